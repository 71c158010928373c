"""The main window: opening files, the read-only path, menus, accessibility."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kpidesk.gui.dialogs.guide import GuideDialog
from kpidesk.gui.dialogs.new_business import NewBusinessDialog
from kpidesk.gui.dialogs.preferences import PreferencesDialog
from kpidesk.store.business import get_business
from tests.gui.conftest import focusable_without_name


def test_starts_on_the_welcome_screen(window) -> None:
    assert window.ui.screens.currentWidget() is window.welcome
    assert not window.ui.navigation.isVisible()
    assert not window.ui.action_close.isEnabled()


def test_opening_a_file_shows_it_and_remembers_it(window, demo_path: Path) -> None:
    assert window.files.open_path(str(demo_path))
    assert window.context.store is not None and not window.context.store.read_only
    assert demo_path.name in window.windowTitle()
    assert window.file_label.text() == str(demo_path)
    assert not window.read_only_badge.isVisible() and not window.banner.isVisible()
    assert window.context.settings.recent_files[0] == str(demo_path.resolve())
    assert window.ui.menu_recent.actions()[0].text().endswith(demo_path.name)
    window.ui.action_close.trigger()
    assert window.context.store is None
    assert window.ui.screens.currentWidget() is window.welcome


def test_file_held_by_another_process_opens_read_only_after_asking(
    window, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent("""
            import sys, time
            from kpidesk.store.connection import open_database
            store = open_database(sys.argv[1]); print("ok", flush=True); time.sleep(60)
        """),
            str(demo_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        asked = []

        def answer(box: QMessageBox) -> int:
            asked.append(box.text())
            box.clickedButton = lambda: box.buttons()[0]  # "Open Read-Only"
            return 0

        monkeypatch.setattr(QMessageBox, "exec", answer)
        assert window.files.open_path(str(demo_path))
        assert f"process {holder.pid}" in asked[0]
        assert window.context.read_only
        assert window.read_only_badge.isVisible()
        assert window.banner.isVisible() and f"process {holder.pid}" in window.banner.text()
    finally:
        holder.kill()
        holder.wait()


def test_a_bad_file_is_refused_with_a_message(window, tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "notes.kpidesk"
    bad.write_text("hei")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not window.files.open_path(str(bad))
    assert "not a KPIDesk file" in shown[0]
    assert window.context.store is None
    assert bad.read_text() == "hei"


def test_new_business_dialog_validates_and_builds_business(qtbot, context) -> None:
    dialog = NewBusinessDialog("nb")
    qtbot.addWidget(dialog)
    dialog.ok_button().click()
    assert dialog.result() == 0 and "name" in dialog.ui.error_label.text()
    qtbot.keyClicks(dialog.ui.name_edit, "Fjord & Fjell AS")
    dialog.ui.fiscal_combo.setCurrentIndex(6)
    dialog.ok_button().click()
    business = dialog.business()
    assert (business.name, business.fiscal_start_month, business.language) == (
        "Fjord & Fjell AS",
        7,
        "nb",
    )


def test_new_business_creates_the_file(window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "fjell"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    from kpidesk.domain.entities import Business

    assert window.files.create(Business("Fjell Sport AS", "retail"))
    store = window.context.store
    assert store is not None and store.path == target.with_suffix(".kpidesk")
    assert get_business(store).name == "Fjell Sport AS"


def test_back_up_now_writes_a_checked_copy(window, demo_path: Path, private_data_dir) -> None:
    window.files.open_path(str(demo_path))
    window.ui.action_backup.trigger()
    assert list((private_data_dir / "backups" / "demo").glob("demo-*.kpidesk"))


@pytest.mark.parametrize(
    "make",
    [
        lambda w: w,
        lambda w: NewBusinessDialog("en", w),
        lambda w: PreferencesDialog(w.context.settings, w),
        lambda w: GuideDialog("en", w),
    ],
    ids=["main window", "new business", "preferences", "guide"],
)
def test_everything_focusable_has_an_accessible_name(window, make, qtbot) -> None:
    widget = make(window)
    widget.show()
    qtbot.waitExposed(widget)
    assert focusable_without_name(widget) == []


def test_app_starts_and_quits_in_a_subprocess(demo_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "kpidesk.cli", str(demo_path), "--smoke", "--no-crash-dialog"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_file_handed_over_by_the_system_is_opened(window, demo_path: Path, qapp) -> None:
    from PySide6.QtGui import QFileOpenEvent

    from kpidesk.gui.app import OpenFileEvents

    qapp.installEventFilter(OpenFileEvents(window))
    qapp.sendEvent(qapp, QFileOpenEvent(str(demo_path)))
    assert window.context.store is not None and window.context.store.path == demo_path
