"""The Reports screen: preview off the GUI thread, Save as PDF, a failed save, defaults."""

from __future__ import annotations

import os
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QTimer

from kpidesk.gui.screens import reports as reports_module
from kpidesk.gui.screens.reports import ReportsScreen
from tests.conftest import DEMO_TODAY
from tests.gui.screens_support import make_context, open_demo, unnamed_focusable

BUSINESS = "Bryggen Kaffebar AS"


@pytest.fixture
def screen(qtbot, demo_path, tmp_path):
    context = make_context(tmp_path, open_demo(demo_path))
    screen = ReportsScreen(context, today=DEMO_TODAY)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    wait_for_preview(qtbot, screen)
    yield screen
    context.tasks.wait()
    context.set_store(None)


def wait_for_preview(qtbot, screen: ReportsScreen) -> None:
    qtbot.waitUntil(lambda: not screen.is_busy() and screen.document is not None, timeout=20_000)


def save(qtbot, screen: ReportsScreen, target: Path) -> None:
    assert screen.save_to(target) is not None
    qtbot.waitUntil(lambda: screen._saving is None, timeout=10_000)


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_period_defaults_to_the_last_ended_month(screen):
    assert screen.ui.period_combo.currentData() == "2026-10"
    assert screen.ui.period_combo.currentText() == "October 2026"
    labels = [screen.ui.period_combo.itemData(i) for i in range(screen.ui.period_combo.count())]
    assert {"2026-Q3", "2025", "2023-11"} <= set(labels)
    assert "2026-11" not in labels  # not ended yet
    assert screen.ui.language_combo.currentData() == "nb"  # the business's language


@pytest.mark.parametrize(("lang", "page_words"), [("nb", "Side 1 av"), ("en", "Page 1 of")])
def test_save_writes_the_previewed_pdf(qtbot, screen, tmp_path, lang, page_words):
    combo = screen.ui.language_combo
    combo.setCurrentIndex(combo.findData(lang))
    wait_for_preview(qtbot, screen)
    assert screen.document.request.lang == lang
    target = tmp_path / "out" / "scorecard.pdf"
    target.parent.mkdir()
    save(qtbot, screen, target)
    assert screen.saved_path == target
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert BUSINESS in text and page_words in text
    assert len(pypdf.PdfReader(target).pages) == screen.document.pages
    assert screen.ui.open_button.isEnabled()
    assert [p.name for p in target.parent.iterdir()] == ["scorecard.pdf"]  # no temporary left


def test_the_charter_needs_no_period(qtbot, screen, tmp_path):
    screen.ui.charter_radio.setChecked(True)
    assert not screen.ui.period_combo.isEnabled()
    wait_for_preview(qtbot, screen)
    assert screen.document.request.kind == "charter"
    target = tmp_path / "charter.pdf"
    save(qtbot, screen, target)
    assert BUSINESS in pdf_text(target)


def test_a_failed_save_leaves_the_existing_file_untouched(qtbot, screen, tmp_path, monkeypatch):
    target = tmp_path / "scorecard.pdf"
    target.write_bytes(b"the owner's earlier scorecard")
    warnings = []
    monkeypatch.setattr(
        reports_module.QMessageBox, "warning", lambda *args: warnings.append(args[2])
    )

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    save(qtbot, screen, target)
    assert target.read_bytes() == b"the owner's earlier scorecard"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".tmp")) == [
        "scorecard.pdf"
    ]
    assert warnings and "No space left on device" in warnings[0]
    assert screen.saved_path is None and not screen.ui.open_button.isEnabled()


def test_the_preview_is_made_off_the_gui_thread(qtbot, screen, monkeypatch):
    import threading

    threads = []
    real = reports_module.make_document

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(reports_module, "make_document", spy)
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    screen._inputs = None  # as after a change of data: read the file again
    screen.ui.period_combo.setCurrentIndex(screen.ui.period_combo.findData("2026-Q3"))
    assert screen.is_busy()
    wait_for_preview(qtbot, screen)
    timer.stop()
    assert threads and threads[0] != threading.get_ident()
    assert len(ticks) >= 3  # the event loop kept running while the document was made
    assert screen.document.request.period == "2026-Q3"
    assert "page 1 of" in screen.ui.preview_title_label.text()


def test_page_one_is_shown_as_an_image_or_summarised(screen):
    if screen.renderer is None:
        assert "pages" in screen.ui.preview_label.text()
        assert not screen.ui.print_button.isEnabled()
        assert screen.ui.print_button.toolTip()
    else:
        pixmap = screen.ui.preview_label.pixmap()
        assert not pixmap.isNull() and pixmap.height() > pixmap.width()  # an A4 page
        assert screen.ui.print_button.isEnabled()


def test_a_change_of_data_makes_a_new_preview(qtbot, screen):
    first = screen.document
    screen.context.changed("values")
    assert screen.is_busy() and screen.document is None
    wait_for_preview(qtbot, screen)
    assert screen.document is not first


def test_every_focusable_widget_has_an_accessible_name(screen):
    assert unnamed_focusable(screen) == []
    for name in ("period_combo", "language_combo"):
        label = getattr(screen.ui, name.replace("_combo", "_label"))
        assert label.buddy() is getattr(screen.ui, name) and "&" in label.text()


def test_opening_a_file_reads_ahead_for_the_first_preview(
    window, demo_path, qtbot, monkeypatch
) -> None:
    from kpidesk.gui import read_ahead, report_preview

    monkeypatch.setattr(read_ahead, "WARM_UP_DELAY_MS", 0)
    context = window.context
    assert window.files.open_path(str(demo_path))
    qtbot.waitUntil(lambda: read_ahead.READ_AHEAD in context.read_ahead, timeout=20_000)
    ahead = context.read_ahead[read_ahead.READ_AHEAD]
    assert report_preview.warmed_up.is_set()
    given = []
    make = reports_module.make_document
    monkeypatch.setattr(
        reports_module,
        "make_document",
        lambda request, path, inputs, *rest: (
            given.append(inputs) or make(request, path, inputs, *rest)
        ),
    )
    screen = ReportsScreen(context, today=DEMO_TODAY)
    qtbot.addWidget(screen)
    wait_for_preview(qtbot, screen)
    assert given == [ahead]  # the first preview computed from what was read ahead
    context.changed("values")  # an edit: what was read ahead is out of date, for everyone
    assert read_ahead.READ_AHEAD not in context.read_ahead
    wait_for_preview(qtbot, screen)
    assert given[-1] is None  # read again by the preview itself
    context.tasks.wait()


def test_a_change_while_reading_ahead_keeps_nothing(window, demo_path, qtbot, monkeypatch) -> None:
    from kpidesk.gui import read_ahead

    monkeypatch.setattr(read_ahead, "WARM_UP_DELAY_MS", 0)
    context = window.context
    assert window.files.open_path(str(demo_path))
    context.changed("targets")  # before the read ahead has finished (it has not started)
    qtbot.wait(200)
    context.tasks.wait()
    qtbot.wait(50)
    assert read_ahead.READ_AHEAD not in context.read_ahead


def test_the_warm_up_loads_the_documents_code_and_fonts() -> None:
    """In a fresh interpreter, as the app's first minute: nothing of ReportLab before, all after."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from kpidesk.gui.report_preview import warm_up\n"
        "from kpidesk.gui.tasks import CancelToken\n"
        "before = 'reportlab' in sys.modules\n"
        "warm_up(CancelToken(), lambda done, total: None)\n"
        "from reportlab.pdfbase.pdfmetrics import getRegisteredFontNames\n"
        "from kpidesk.reports.fonts import BOLD, REGULAR\n"
        "print(before, 'kpidesk.reports.scorecard' in sys.modules,\n"
        "      {REGULAR, BOLD} <= set(getRegisteredFontNames()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "True", "True"]


def test_a_team_database_without_a_file_still_gets_its_preview(qtbot, demo_path, tmp_path):
    """No file path (a team database): the inputs are read with the open connection."""
    context = make_context(tmp_path, open_demo(demo_path))
    store = context.store
    original = type(store).path
    type(store).path = property(lambda self: None)
    try:
        screen = ReportsScreen(context, today=DEMO_TODAY)
        qtbot.addWidget(screen)
        screen.show()
        wait_for_preview(qtbot, screen)
        assert screen.document.pages >= 1
    finally:
        type(store).path = original
        context.tasks.wait()
        context.set_store(None)
