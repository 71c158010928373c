"""Start the desktop app: Qt application, language, context, main window."""

from __future__ import annotations

import gc
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QStyleFactory

from kpidesk import __version__, dataclass_code
from kpidesk.gui import startup
from kpidesk.gui.context import AppContext
from kpidesk.gui.crash import install_crash_handler
from kpidesk.gui.i18n import install_language
from kpidesk.gui.icons import icon
from kpidesk.gui.settings import Settings
from kpidesk.locations import data_dir
from kpidesk.logs import hold_logging, setup_logging

if TYPE_CHECKING:
    from kpidesk.gui.first_home import FirstHome

log = logging.getLogger(__name__)
GIL_SWITCH_INTERVAL = 0.0005
FIRST_PAINT_WAIT_MS = 2000


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so QSettings and the log find their folders."""
    app = QApplication.instance()
    # Fusion follows the system's light/dark palette where a native style would not.
    # Elsewhere than on Windows and macOS it is named from the start: choosing it
    # after asking for the style makes PySide build QStyle's enums first (~5 ms
    # before the first paint).
    fusion_named = app is None and not sys.platform.startswith(("win", "darwin"))
    if app is None:
        args = list(argv or [sys.argv[0]])
        app = QApplication([*args, "-style", "fusion"] if fusion_named else args)
    # A background task in pure Python (parsing an import) holds the GIL for the
    # default 5 ms at a time and starves the event loop: measured, the window got
    # 3 of 10 timer ticks while an import was planned; at 0.5 ms it gets 10 of 14.
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    QCoreApplication.setOrganizationName("KPIDesk")
    QCoreApplication.setApplicationName("KPIDesk")
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    native = ("windows11", "windowsvista", "macos")
    if not fusion_named and app.style().name().lower() not in native:
        app.setStyle(QStyleFactory.create("Fusion"))
    return app


def build_context(app: QApplication, settings: Settings | None = None) -> AppContext:
    """Settings, language and the rest of the shared state for a new window."""
    settings = settings or Settings()
    language = install_language(app, settings.language)
    return AppContext(settings, language)


def build_window(context: AppContext):  # noqa: ANN201 - avoids importing every screen early
    """The main window with every screen the app has."""
    from kpidesk.gui.main_window import MainWindow
    from kpidesk.gui.screens.registry import make_screens

    return MainWindow(context, make_screens(context))


def run_app(
    location: str | None = None,
    *,
    crash_dialog: bool = True,
    smoke: bool = False,
    first_home: FirstHome | None = None,
) -> int:
    """Open the main window (on `location`, if given) and run until it closes.

    A healthy file's Home is painted first from a quick read (`store.quick`,
    without Peewee); then the file is opened the usual way and Home reloads
    from the store. Other files (in use, damaged, …) are opened before the
    first paint, so their questions come first. Work nobody sees yet waits for
    the paint (`startup.after_first_paint`). `first_home`: Home's first
    dashboard of `location`, already on its way from a child process.
    """
    startup.begin()
    hold_logging()  # the log file opens after the first paint; nothing logged is lost
    startup.after_first_paint(_after_start)
    install_crash_handler(show_dialog=crash_dialog)
    app = make_application()
    context = build_context(app)
    context.first_home = first_home
    startup.mark("application")
    window = build_window(context)
    if sys.platform == "darwin":
        # Only macOS hands files over as events. An application-wide filter sees
        # every event of every widget in Python (at start it made PySide build
        # ~80 more classes), so other systems go without.
        app.installEventFilter(OpenFileEvents(window))
    startup.mark("window")
    painted_screen = []

    def first_paint() -> None:
        if painted_screen:
            return  # painted already (or the window waited too long for its first paint)
        startup.mark("painted")
        painted_screen.append(painted_line(window))
        # cli switched the collector off for the start: its objects live as long
        # as the app, and collecting them over and over cost ~50 ms. Frozen, later
        # collections do not scan them again either.
        gc.freeze()
        gc.enable()
        startup.painted()

    def open_file() -> None:
        if not window.files.open_path(location):
            window.end_preview()
        startup.mark("opened")
        if first_home is not None:
            first_home.close()  # Home has taken its dashboard, or will compute its own
        dataclass_code.save()  # the classes the opening defined too

    # Watching from before the file opens: a question about a file in use
    # paints the window while it waits for the answer.
    startup.FirstPaint(window, first_paint)
    # A window that is never exposed (another workspace, minimised) is not painted:
    # the file still opens and the log starts, a moment later.
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, first_paint)
    reads = None
    if location:
        from kpidesk.store.quick import quick_reads

        reads = quick_reads(location)
    if reads is not None:
        window.preview(location, reads)
        startup.mark("home")
        window.show()
        startup.after_first_paint(open_file)
    else:
        window.show()
        if location:
            open_file()
    if smoke:  # smoke tests and the start-up benchmark: quit once painted and open
        startup.after_first_paint(lambda: quit_smoke(window, painted_screen))
    return app.exec()


def _after_start() -> None:
    log_path = setup_logging()
    data_dir()  # the first start creates the per-user data folder (demo, backups)
    dataclass_code.save()
    log.info("KPIDesk %s started; log in %s", __version__, log_path)


def quit_smoke(window: QObject, painted_screen: list[str]) -> None:
    """Print the start's marks and what the first paint showed, then close the window."""
    lines = [*startup.mark_lines(), *painted_screen]
    first = window.context.first_home
    if first is not None and first.helper_cpu_ms is not None:
        lines.append(f"startup-helper cpu={first.helper_cpu_ms:.1f}")
    print("\n".join(lines), flush=True)
    window.close()


class OpenFileEvents(QObject):
    """Opens a file the system hands over as an event (macOS: double-click in Finder)."""

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.window.files.open_path(event.file())
            return True
        return False


def painted_line(window: QObject) -> str:
    """What the first paint showed, for the benchmark to check: the screen and its tiles.

    And where Home's data came from: `first-home=used` when from the helper process.
    """
    screen = window.ui.screens.currentWidget()
    tiles = len(getattr(screen, "tiles", []))
    first = window.context.first_home
    outcome = first.outcome.split()[0] if first is not None else "none"
    return f"startup-screen {window.current_key()} tiles={tiles} first-home={outcome}"
