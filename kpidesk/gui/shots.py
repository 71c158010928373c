"""`kpidesk shots FILE DIR`: a PNG of every screen and dialog, rendered offscreen.

The file is copied first, so taking pictures never changes it, and the
settings live in a temporary folder, so the user's recent files stay theirs.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from kpidesk.gui.app import build_window, make_application
from kpidesk.gui.context import AppContext
from kpidesk.gui.i18n import install_language
from kpidesk.gui.settings import Settings

WINDOW_SIZE = (1280, 800)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name.removesuffix("Screen")).lower()


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def _dialog_shot(make: Callable[[], QWidget], path: Path) -> Path:
    dialog = make()
    dialog.show()
    try:
        return _save(dialog, path)
    finally:
        dialog.close()
        dialog.deleteLater()


def take_shots(location: Path, folder: Path, language: str) -> list[Path]:
    """Save every screen and dialog as PNG files in `folder`; return their paths."""
    from kpidesk.gui.dialogs.guide import GuideDialog
    from kpidesk.gui.dialogs.new_business import NewBusinessDialog
    from kpidesk.gui.dialogs.preferences import PreferencesDialog
    from kpidesk.gui.team.connect_dialog import example_dialog

    folder.mkdir(parents=True, exist_ok=True)
    app = make_application()
    language = install_language(app, language)
    with tempfile.TemporaryDirectory(prefix="kpidesk-shots-") as tmp:
        copy = Path(tmp) / location.name
        shutil.copyfile(location, copy)
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        context = AppContext(settings, language)
        window = build_window(context)
        window.resize(*WINDOW_SIZE)
        window.show()
        written = [_save(window, folder / "01-welcome.png")]
        dialogs: dict[str, Callable[[], QWidget]] = {
            "new_business": lambda: NewBusinessDialog(language, window),
            "preferences": lambda: PreferencesDialog(settings, window),
            "guide": lambda: GuideDialog(language, window),
            "team_connect": lambda: example_dialog(settings, window),
        }
        if not window.files.open_path(str(copy)):
            raise RuntimeError(f"{location} could not be opened")
        for number, screen in enumerate(window.screens, start=2):
            window.show_screen(screen)
            # a screen may make what it shows in the background (the Reports preview)
            context.tasks.wait()
            written.append(
                _save(window, folder / f"{number:02d}-{_snake(type(screen).__name__)}.png")
            )
            dialogs.update(screen.shot_dialogs())
        dialogs.update(window.transfer.shot_dialogs())
        dialogs.update(window.history.shot_dialogs())
        for name, make in dialogs.items():
            written.append(_dialog_shot(make, folder / f"dialog-{name}.png"))
        from kpidesk.gui.wizard import wizard_shots

        for name, page in wizard_shots(context, window):
            written.append(_save(page, folder / f"{name}.png"))
        window.close()
    return written
