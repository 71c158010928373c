"""The Reports screen: the scorecard or the KPI charter, previewed, saved, opened, printed.

The document is made in memory off the GUI thread (see report_preview) every
time a choice changes; page 1 is shown as an image. Save as PDF writes those
same bytes through a temporary file moved into place, so a failed save never
truncates an existing file. What the documents read from the file is kept
until the file's data change, so another period or language only lays out.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kpidesk.domain.formatting import format_number, format_period
from kpidesk.gui.context import AppContext
from kpidesk.gui.forms.ui_reports_screen import Ui_ReportsScreen
from kpidesk.gui.read_ahead import READ_AHEAD
from kpidesk.gui.report_preview import (
    CHARTER,
    PRINT_DPI,
    SCORECARD,
    Document,
    Request,
    make_document,
    page_renderer,
    period_choices,
    render_pages,
    save_pdf,
)
from kpidesk.gui.screens.base import Screen
from kpidesk.gui.tasks import CancelToken, TaskSignals
from kpidesk.reports.inputs import main_frequency
from kpidesk.store.business import get_business
from kpidesk.store.kpis import list_kpis
from kpidesk.store.summary import summarize

try:  # a trimmed Qt may lack it: Print… is then disabled and says why
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
except ImportError:  # pragma: no cover - PySide6-Essentials ships it
    QPrintDialog = QPrinter = None  # type: ignore[assignment,misc]

PAGE_MARGIN = 12


class ReportsScreen(Screen):
    icon_name = "reports"
    watches = (
        "business",
        "goals",
        "kpis",
        "values",
        "targets",
        "benchmarks",
        "reviews",
        "people",
        "segments",
    )

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ReportsScreen()
        self.ui.setupUi(self)
        self.today = today or date.today()
        self.renderer = page_renderer()
        self.document: Document | None = None
        self.saved_path: Path | None = None
        self._inputs: object = None
        self._location: str | None = None
        self._preview: tuple[TaskSignals, CancelToken] | None = None
        self._saving: TaskSignals | None = None
        self._printing: tuple[TaskSignals, object] | None = None
        self._page: QImage | None = None
        self._setup()
        self.refresh()

    def title(self) -> str:
        return self.tr("Reports")

    # --- set-up ---------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        ui.language_combo.addItem(self.tr("Norwegian (Bokmål)"), "nb")
        ui.language_combo.addItem(self.tr("English"), "en")
        ui.preview_scroll.setBackgroundRole(QPalette.ColorRole.Dark)
        ui.preview_scroll.viewport().installEventFilter(self)
        ui.progress_bar.setRange(0, 4)
        ui.progress_bar.hide()
        ui.saved_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        ui.about_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        ui.scorecard_radio.toggled.connect(self._kind_changed)
        ui.period_combo.currentIndexChanged.connect(lambda _: self.request_preview())
        ui.language_combo.currentIndexChanged.connect(lambda _: self.request_preview())
        ui.save_button.clicked.connect(self.save_as)
        ui.open_button.clicked.connect(self.open_saved)
        ui.print_button.clicked.connect(self.print_document)
        for key, slot in (
            (QKeySequence.StandardKey.Save, self.save_as),
            (QKeySequence.StandardKey.Print, self.print_document),
        ):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    def can_print(self) -> bool:
        return QPrintDialog is not None and self.renderer is not None

    # --- loading --------------------------------------------------------------
    def refresh(self) -> None:
        """The file or its data changed: read the periods again and remake the preview."""
        # What the documents read is out of date; the app may have read it again ahead.
        self._inputs = self.context.read_ahead.get(READ_AHEAD)
        store = self.context.store
        if store is None:
            self._location = None
            self._cancel_preview()
            self.document = None
            self._show_text("")
            self._update_buttons()
            return
        combo = self.ui.period_combo
        previous = combo.currentData()
        business = get_business(store)
        summary = summarize(store)
        groups, default = period_choices(
            main_frequency(list_kpis(store)),
            business.fiscal_start_month,
            summary.first_period,
            self.today,
        )
        for widget in (combo, self.ui.language_combo):
            widget.blockSignals(True)
        combo.clear()
        for group in groups:
            if combo.count():
                combo.insertSeparator(combo.count())
            for period in group:
                combo.addItem(format_period(period, self.context.language), period.label())
        if store.location != self._location:  # another file: its own defaults
            self._location = store.location
            self.saved_path = None
            self.ui.saved_label.clear()
            previous = None
            lang = business.language if business.language in ("nb", "en") else "nb"
            self.ui.language_combo.setCurrentIndex(self.ui.language_combo.findData(lang))
        index = combo.findData(previous) if previous else -1
        combo.setCurrentIndex(index if index >= 0 else combo.findData(default.label()))
        for widget in (combo, self.ui.language_combo):
            widget.blockSignals(False)
        self.request_preview()

    def kind(self) -> str:
        return SCORECARD if self.ui.scorecard_radio.isChecked() else CHARTER

    def _kind_changed(self, _checked: bool) -> None:
        scorecard = self.kind() == SCORECARD
        self.ui.period_combo.setEnabled(scorecard)
        self.ui.period_label.setEnabled(scorecard)
        self.request_preview()

    def request(self) -> Request:
        """What the choices on screen ask for."""
        period = self.ui.period_combo.currentData() if self.kind() == SCORECARD else None
        return Request(self.kind(), period, self.ui.language_combo.currentData(), self.today)

    # --- the preview (off the GUI thread) -------------------------------------
    def request_preview(self) -> None:
        """Make the chosen document in the background and show its page 1 when done."""
        store = self.context.store
        self._cancel_preview()
        self.document = None
        if store is None:
            self._update_buttons()
            return
        request, path = self.request(), store.path
        inputs, renderer = self._inputs, self.renderer
        if path is None and inputs is None:
            # A team database: a worker thread has no connection (nor the password)
            # of its own, so the inputs are read here, once, with this one.
            from kpidesk.reports.inputs import load_inputs

            inputs = load_inputs(store)
        signals, token = self.context.tasks.start(
            lambda token, progress: make_document(request, path, inputs, token, progress, renderer),
            on_progress=self._preview_progress,
            on_finished=self._preview_ready,
            on_failed=self._preview_failed,
        )
        self._preview = (signals, token)
        self.ui.progress_bar.setValue(0)
        self.ui.progress_bar.show()
        self.ui.preview_title_label.setText(self.tr("Making the preview…"))
        self._update_buttons()

    def is_busy(self) -> bool:
        """True while a preview is being made."""
        return self._preview is not None

    def _cancel_preview(self) -> None:
        if self._preview is not None:
            self._preview[1].cancel()
            self._preview = None
        self.ui.progress_bar.hide()

    def _current(self, sender: QObject | None) -> bool:
        return self._preview is not None and sender is self._preview[0]

    def _preview_progress(self, done: int, total: int) -> None:
        if self._current(self.sender()):
            self.ui.progress_bar.setRange(0, total)
            self.ui.progress_bar.setValue(done)

    def _preview_ready(self, document: Document) -> None:
        if not self._current(self.sender()):
            return  # an older choice's document
        self._preview = None
        self.ui.progress_bar.hide()
        self.document = document
        self._inputs = document.inputs
        name = (
            self.tr("Scorecard") if document.request.kind == SCORECARD else self.tr("KPI charter")
        )
        self.ui.preview_title_label.setText(
            self.tr("{0}: page 1 of {1}").format(name, document.pages)
        )
        if document.image is not None:
            self._page = document.image
            self._show_page()
        else:
            self._show_text(self._summary(document))
        self._update_buttons()

    def _preview_failed(self, message: str, _details: str) -> None:
        if not self._current(self.sender()):
            return
        self._preview = None
        self.ui.progress_bar.hide()
        self.ui.preview_title_label.setText(self.tr("The document could not be made."))
        self._show_text(message)
        self._update_buttons()

    def _summary(self, document: Document) -> str:
        """What page 1 holds, in words, when no page image can be drawn here."""
        lines = [
            self.tr("The document has {0} pages.").format(document.pages),
            self.tr(
                "Pages cannot be drawn as images on this computer; install Poppler "
                "(pdftoppm) to see them here. Save as PDF works without it."
            ),
        ]
        for goal in document.goals:
            score = (
                format_number(goal.score, 0, self.context.language)
                if goal.score is not None
                else "–"
            )
            title = goal.title or self.tr("Other KPIs")
            lines.append(self.tr("{0}: score {1} ({2} KPIs)").format(title, score, goal.kpis))
        return "\n".join(lines)

    def _show_text(self, text: str) -> None:
        self._page = None
        label = self.ui.preview_label
        label.setPixmap(QPixmap())
        label.setText(text)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setAutoFillBackground(bool(text))

    def _show_page(self) -> None:
        """Page 1 as wide as the preview allows (never larger than drawn), with an edge."""
        if self._page is None:
            return
        viewport = self.ui.preview_scroll.viewport()
        width = min(self._page.width(), max(200, viewport.width() - 2 * PAGE_MARGIN - 4))
        ratio = self.devicePixelRatioF()
        scaled = self._page.scaledToWidth(
            int(width * ratio), Qt.TransformationMode.SmoothTransformation
        )
        framed = QPixmap(scaled.width() + 2, scaled.height() + 2)
        framed.fill(QColor("#7b8794"))
        painter = QPainter(framed)
        painter.drawImage(1, 1, scaled)
        painter.end()
        framed.setDevicePixelRatio(ratio)
        label = self.ui.preview_label
        label.setText("")
        label.setAutoFillBackground(False)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        label.setPixmap(framed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.ui.preview_scroll.viewport():
            self._show_page()
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        ui = self.ui
        ready = self.document is not None
        ui.save_button.setEnabled(ready and self._saving is None)
        ui.open_button.setEnabled(self.saved_path is not None and self.saved_path.exists())
        if not self.can_print():
            ui.print_button.setEnabled(False)
            ui.print_button.setToolTip(
                self.tr(
                    "Printing needs Qt's print support and Poppler (pdftoppm). "
                    "Save as PDF and print the file instead."
                )
            )
        else:
            ui.print_button.setEnabled(ready and self._printing is None)
        doc = self.tr(
            "The scorecard of the chosen period: goals, KPIs, targets, statuses and charts."
        )
        if self.kind() == CHARTER:
            doc = self.tr(
                "A card per KPI in use: what it measures, why, how, its targets and owner."
            )
        ui.about_label.setText(doc)

    # --- save, open -----------------------------------------------------------
    def suggested_name(self) -> str:
        document = self.document
        assert document is not None
        if document.request.kind == SCORECARD:
            name = self.tr("Scorecard {0}").format(document.request.period)
        else:
            name = self.tr("KPI charter")
        return re.sub(r'[\\/:*?"<>|]+', "-", name) + ".pdf"

    def _save_folder(self) -> Path:
        if self.saved_path is not None:
            return self.saved_path.parent
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def save_as(self) -> None:
        """Ask where, then write the document there in the background."""
        if self.document is None or self._saving is not None:
            return
        location, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(self._save_folder() / self.suggested_name()),
            self.tr("PDF documents (*.pdf)"),
        )
        if location:
            if not location.lower().endswith(".pdf"):
                location += ".pdf"
            self.save_to(Path(location))

    def save_to(self, target: Path) -> TaskSignals | None:
        """Write the document to `target` off the GUI thread; returns the task's signals."""
        if self.document is None:
            return None
        pdf = self.document.pdf
        signals, _ = self.context.tasks.start(
            lambda token, progress: save_pdf(pdf, target),
            on_finished=self._saved,
            on_failed=self._save_failed,
        )
        self._saving = signals
        self.ui.saved_label.setText(self.tr("Saving {0}…").format(target.name))
        self._update_buttons()
        return signals

    def _saved(self, path: Path) -> None:
        self._saving = None
        self.saved_path = path
        self.ui.saved_label.setText(self.tr("Saved to {0}").format(str(path)))
        self._update_buttons()

    def _save_failed(self, message: str, _details: str) -> None:
        self._saving = None
        self.ui.saved_label.setText(self.tr("The PDF was not saved."))
        self._update_buttons()
        QMessageBox.warning(
            self,
            self.tr("Save as PDF"),
            self.tr(
                "The PDF could not be saved: {0}\nAn existing file of that name is unchanged."
            ).format(message),
        )

    def open_saved(self) -> None:
        """Open the saved PDF in the system's PDF viewer."""
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    # --- print ----------------------------------------------------------------
    def print_document(self) -> None:
        """The system's print dialog, then every page drawn for the printer off the GUI thread."""
        if self.document is None or not self.can_print() or self._printing is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name().removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        pdf, renderer = self.document.pdf, self.renderer
        dpi = min(PRINT_DPI, max(72, printer.resolution()))
        signals, _ = self.context.tasks.start(
            lambda token, progress: render_pages(pdf, dpi, None, renderer),
            on_finished=self._print_pages,
            on_failed=self._print_failed,
        )
        self._printing = (signals, printer)
        self.ui.saved_label.setText(self.tr("Preparing the pages for the printer…"))
        self._update_buttons()

    def _print_pages(self, images: list[QImage] | None) -> None:
        assert self._printing is not None
        printer = self._printing[1]
        self._printing = None
        if not images:
            self._print_failed(self.tr("the pages could not be drawn"), "")
            return
        painter = QPainter()
        if not painter.begin(printer):
            self._print_failed(self.tr("the printer could not be started"), "")
            return
        area = painter.viewport()
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(
                area.x(),
                area.y(),
                image.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                ),
            )
        painter.end()
        self.ui.saved_label.setText(self.tr("Sent {0} pages to the printer.").format(len(images)))
        self._update_buttons()

    def _print_failed(self, message: str, _details: str) -> None:
        self._printing = None
        self.ui.saved_label.clear()
        self._update_buttons()
        QMessageBox.warning(
            self,
            self.tr("Print"),
            self.tr("The document could not be printed: {0}").format(message),
        )
