"""The packaged app's first start (issue 11, item 6): the welcome screen in the
system's language, the demo offered, the data folder created."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from kpidesk.gui import i18n
from kpidesk.gui.app import build_context, build_window
from kpidesk.gui.settings import Settings


def system_locale(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make i18n see `name` as the operating system's locale."""

    class SystemLocale(QLocale):
        @staticmethod
        def system() -> QLocale:
            return QLocale(name)

    monkeypatch.setattr(i18n, "QLocale", SystemLocale)


@pytest.fixture
def first_start(qapp, settings: Settings, qtbot):
    """The window of a first start: no language chosen yet, no file open."""
    windows = []

    def start():
        assert settings.language == ""
        context = build_context(qapp, settings)
        window = build_window(context)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield start
    i18n.install_language(qapp, "en")


@pytest.mark.parametrize("name", ["nb_NO", "nn_NO", "no_NO"])
def test_first_start_on_a_norwegian_system_is_in_bokmal(
    first_start, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    system_locale(monkeypatch, name)
    window = first_start()
    assert window.context.language == "nb"
    assert window.ui.screens.currentWidget() is window.welcome
    demo = window.welcome.ui.demo_button
    assert demo.isVisible()
    assert demo.text() == "Åpne &demovirksomheten"


@pytest.mark.parametrize("name", ["en_GB", "de_DE", "sv_SE", "C"])
def test_first_start_elsewhere_is_in_english(
    first_start, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    system_locale(monkeypatch, name)
    window = first_start()
    assert window.context.language == "en"
    assert window.welcome.ui.demo_button.text() == "Open the &demo business"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_first_start_creates_the_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {
        **{k: v for k, v in os.environ.items() if k != "KPIDESK_DATA_DIR"},
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "kpidesk.cli", "--smoke", "--no-crash-dialog"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert (home / "data" / "KPIDesk").is_dir()
