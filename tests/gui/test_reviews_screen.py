"""The Reviews screen: past reviews, a guided review whose decisions change the file, Undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kpidesk.domain.periods import Period
from kpidesk.domain.tiles import tile_for
from kpidesk.domain.types import Decision, Frequency, ReviewScope
from kpidesk.gui.models import reviews_model
from kpidesk.gui.models.reviews_model import ReviewsModel
from kpidesk.gui.models.table import SORT_ROLE
from kpidesk.gui.screens.registry import make_screens
from kpidesk.gui.screens.reviews import ReviewsScreen
from kpidesk.store import kpis, reviews, targets
from kpidesk.store.connection import Store
from kpidesk.store.series import load_series
from tests.conftest import DEMO_TODAY
from tests.gui.conftest import focusable_without_name
from tests.gui.screens_support import make_context, open_demo

OCTOBER, NOVEMBER = Period.parse("2026-10"), Period.parse("2026-11")


@pytest.fixture
def screen(qtbot, demo_path: Path, tmp_path: Path, context):
    ctx = make_context(tmp_path, open_demo(demo_path))
    view = ReviewsScreen(ctx, today=DEMO_TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    yield view
    ctx.set_store(None)


def store_of(screen: ReviewsScreen) -> Store:
    assert screen.context.store is not None
    return screen.context.store


def step_to(session, code: str) -> None:
    row = next(n for n, k in enumerate(session.kpis) if k.code == code)
    session.ui.steps_list.setCurrentRow(row)
    assert session.current_kpi().code == code


def status_in(store: Store, code: str, period: Period):
    kpi = kpis.kpi_by_code(store, code)
    series = load_series(store, [kpi])[(kpi.id, "")]
    return tile_for(kpi, series, targets.list_targets(store, kpi.id), period).status


def test_model_passes_qtmodeltester_and_sorts_by_date(qtmodeltester, screen) -> None:
    store = store_of(screen)
    model = ReviewsModel()
    names = {k.id: k.name for k in kpis.list_kpis(store)}
    model.set_reviews(reviews.list_reviews(store), {}, names)
    qtmodeltester.check(model)
    qtmodeltester.check(screen.proxy, force_py=True)
    assert model.rowCount() == 3
    newest = model.index(0, reviews_model.HELD_ON)
    assert newest.data(SORT_ROLE) == date(2026, 10, 20)
    assert model.index(0, reviews_model.DECISIONS).data() == "kept: 3"
    assert model.index(1, reviews_model.SCOPE).data() == "KPI: Utdelte flygeblader"
    assert model.index(2, reviews_model.DECISIONS).data() == "kept: 2, target adjusted: 1"


def test_screen_sits_between_data_entry_and_reports(context) -> None:
    keys = [entry.key for entry in make_screens(context)]
    assert keys[keys.index("data_entry") + 1] == "reviews"
    assert keys[keys.index("reviews") + 1] == "reports"


def test_list_shows_past_reviews_and_when_the_next_is_due(screen) -> None:
    assert screen.proxy.rowCount() == 3
    assert "20 Oct 2026" in screen.ui.details_browser.toPlainText()
    assert "kept: 3" in screen.ui.details_browser.toPlainText()
    assert screen.ui.due_label.text() == "Next review planned for 19 Jan 2027."
    combo = screen.ui.scope_combo
    assert combo.itemText(0).startswith("The whole set (KPIs: 15)")
    assert any(combo.itemText(n).startswith("Goal: ") for n in range(combo.count()))


def test_guided_review_changes_the_file_in_one_undoable_save(qtbot, screen) -> None:
    store = store_of(screen)
    before = len(reviews.list_reviews(store))
    october_status = status_in(store, "REVENUE", OCTOBER)
    qtbot.mouseClick(screen.ui.start_button, Qt.MouseButton.LeftButton)
    session = screen.session
    assert session is not None and len(session.kpis) == 15
    ui = session.ui
    # Revenue: a target October could never meet, from November on.
    step_to(session, "REVENUE")
    ui.adjust_radio.click()
    assert ui.effective_combo.currentText() == "November 2026"
    ui.realistic_edit.clear()
    qtbot.keyClicks(ui.realistic_edit, "5000000")
    qtbot.keyClicks(ui.note_edit, "Winter push")
    # Newsletter subscribers: retire, with a reason.
    step_to(session, "NEWSLETTER_SUBSCRIBERS")
    ui.retire_radio.click()
    assert ui.problem_label.isVisible()  # a retirement needs a reason
    qtbot.keyClicks(ui.note_edit, "Nobody acts on it")
    assert not ui.problem_label.isVisible()
    assert ui.steps_list.currentItem().text().startswith("⊘")
    qtbot.mouseClick(ui.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.next_button, Qt.MouseButton.LeftButton)
    assert session.on_summary
    changes = [ui.changes_list.item(n).text() for n in range(ui.changes_list.count())]
    revenue = kpis.kpi_by_code(store, "REVENUE")
    assert any(f"New target for {revenue.name} from 1 Nov 2026" in c for c in changes)
    assert any("Retired from 1 Nov 2026" in c for c in changes)
    qtbot.keyClicks(ui.notes_edit, "Q3 looked fine")
    assert ui.save_button.isEnabled()
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.session is None)
    saved = reviews.list_reviews(store)
    assert len(saved) == before + 1 and saved[-1].notes == "Q3 looked fine"
    assert saved[-1].next_review == date(2027, 2, 27)  # three months on, by default
    decisions = {d.kpi_id: d.decision for d in saved[-1].decisions}
    assert len(decisions) == 15
    letter = kpis.kpi_by_code(store, "NEWSLETTER_SUBSCRIBERS")
    assert decisions[revenue.id] is Decision.ADJUST_TARGET
    assert targets.list_targets(store, revenue.id)[-1].realistic == 5_000_000
    assert letter.retired_on == NOVEMBER.start and letter.retired_reason == "Nobody acts on it"
    assert status_in(store, "REVENUE", OCTOBER) == october_status
    assert screen.ui.pages.currentWidget() is screen.ui.list_page
    assert screen.selected_review().id == saved[-1].id
    # One Undo takes the whole review back.
    screen.context.undo_stack.undo()
    assert len(reviews.list_reviews(store)) == before
    assert not kpis.kpi_by_code(store, "NEWSLETTER_SUBSCRIBERS").is_retired
    assert targets.list_targets(store, revenue.id)[-1].realistic != 5_000_000
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == before)


def test_replace_with_a_library_kpi_from_the_page(qtbot, screen) -> None:
    store = store_of(screen)
    session = screen.start_review(ReviewScope.KPI, kpi_id=kpis.kpi_by_code(store, "FLYERS").id)
    assert session is not None and session.kpis == []  # a retired KPI is not reviewed again
    screen.session.cancel()
    engagement = kpis.kpi_by_code(store, "SOCIAL_ENGAGEMENT")
    session = screen.start_review(ReviewScope.KPI, kpi_id=engagement.id)
    ui = session.ui
    assert session.kpis == [engagement] and ui.title_label.text().endswith(engagement.name)
    ui.replace_radio.click()
    qtbot.keyClicks(ui.library_search_edit, "NPS")
    assert ui.library_radio.isChecked() and ui.library_combo.count() >= 1
    code = ui.library_combo.currentData()
    qtbot.keyClicks(ui.note_edit, "Ask the guests instead")
    assert session.save()
    week = Period.containing(Frequency.WEEK, DEMO_TODAY).start  # a weekly KPI: this week
    new = kpis.kpi_by_code(store, code)
    assert new is not None and new.active_from == week
    old = kpis.get_kpi(store, engagement.id)
    assert old.replaced_by_id == new.id and old.retired_on == week
    saved = reviews.list_reviews(store)[-1]
    assert saved.scope is ReviewScope.KPI and saved.kpi_id == engagement.id


def test_a_number_that_is_not_one_keeps_the_page_and_says_which(qtbot, screen) -> None:
    session = screen.start_review(ReviewScope.ALL)
    ui = session.ui
    ui.adjust_radio.click()
    ui.stretch_edit.clear()
    qtbot.keyClicks(ui.stretch_edit, "lots")
    qtbot.mouseClick(ui.next_button, Qt.MouseButton.LeftButton)
    assert session.index == 0 and ui.steps_list.currentRow() == 0
    assert ui.problem_label.text() == "Stretch: “lots” is not a number."
    ui.stretch_edit.clear()
    qtbot.mouseClick(ui.next_button, Qt.MouseButton.LeftButton)
    assert session.index == 1


def test_summary_refuses_a_plan_with_problems_and_shows_the_balance(qtbot, screen) -> None:
    session = screen.start_review(ReviewScope.ALL)
    ui = session.ui
    step_to(session, "WEB_VISITS")
    ui.definition_radio.click()  # the same definition: nothing to change
    session.go(len(session.kpis))
    assert not ui.save_button.isEnabled()
    visits = kpis.kpi_by_code(store_of(screen), "WEB_VISITS")
    assert f"{visits.name} – Definition: write the new definition" in (
        ui.summary_problem_label.text()
    )
    assert not session.save()
    balance = [ui.balance_list.item(n).text() for n in range(ui.balance_list.count())]
    assert balance and all(t.startswith(("⚠ As before", "✓")) for t in balance)


def test_balance_names_a_goal_left_without_a_leading_kpi(qtbot, screen) -> None:
    session = screen.start_review(ReviewScope.ALL)
    store = store_of(screen)
    goal = next(g for g in session.goals if kpis.get_kpi(store, g.kpi_ids[0]).code == "REVENUE")
    leading = [k for k in session.kpis if k.id in goal.kpi_ids and k.timing.value == "leading"]
    for kpi in leading:
        step_to(session, kpi.code)
        session.ui.retire_radio.click()
        qtbot.keyClicks(session.ui.note_edit, "Not used")
    session.go(len(session.kpis))
    balance = [
        session.ui.balance_list.item(n).text() for n in range(session.ui.balance_list.count())
    ]
    assert any(
        t.startswith("⚠ New:") and "no leading KPI" in t and goal.title in t for t in balance
    )


def test_cancel_asks_before_losing_decisions(qtbot, screen, monkeypatch) -> None:
    session = screen.start_review(ReviewScope.ALL)
    session.ui.retire_radio.click()
    answers = []

    def ask(*args):
        answers.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", ask)
    qtbot.mouseClick(session.ui.cancel_button, Qt.MouseButton.LeftButton)
    assert answers and screen.session is session
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(session.ui.cancel_button, Qt.MouseButton.LeftButton)
    assert screen.session is None and screen.ui.pages.currentWidget() is screen.ui.list_page
    assert len(reviews.list_reviews(store_of(screen))) == 3


def test_read_only_file_cannot_start_a_review(qtbot, demo_path: Path, tmp_path: Path, context):
    ctx = make_context(tmp_path, open_demo(demo_path, read_only=True))
    view = ReviewsScreen(ctx, today=DEMO_TODAY)
    qtbot.addWidget(view)
    assert not view.ui.start_button.isEnabled()
    assert view.start_review(ReviewScope.ALL) is None
    ctx.set_store(None)


def test_every_focusable_widget_has_a_name(qtbot, screen) -> None:
    assert focusable_without_name(screen) == []
    session = screen.start_review(ReviewScope.ALL)
    qtbot.waitUntil(session.isVisible)
    radios = (
        session.ui.keep_radio,
        session.ui.adjust_radio,
        session.ui.definition_radio,
        session.ui.replace_radio,
        session.ui.retire_radio,
    )
    for radio in radios:
        radio.click()
        assert focusable_without_name(screen) == [], radio.objectName()
    session.go(len(session.kpis))
    assert focusable_without_name(screen) == []


def test_quarterly_review_of_the_demo_end_to_end(qtbot, screen) -> None:
    """Keep most, adjust one target, retire one: a few minutes' work, one save."""
    store = store_of(screen)
    session = screen.start_review(ReviewScope.ALL)
    ui = session.ui
    for n, kpi in enumerate(session.kpis):
        assert session.index == n and ui.progress_label.text() == f"KPI {n + 1} of 15"
        assert ui.recent_label.accessibleName().startswith("Last ")
        assert session.facts.chart is not None and session.facts.tile is not None
        if kpi.code == "CONVERSION_RATE":
            assert ui.benchmarks_tree.topLevelItem(0).text(2) == "1.90%"
            ui.adjust_radio.click()
            ui.realistic_edit.setText("2.2")
            ui.note_edit.setPlainText("Above the industry average")
        elif kpi.code == "EMAIL_OPEN_RATE":
            ui.retire_radio.click()
            ui.note_edit.setPlainText("Open rates are no longer measured reliably")
        else:
            ui.note_edit.setPlainText("Fine")
        qtbot.mouseClick(ui.next_button, Qt.MouseButton.LeftButton)
    assert session.on_summary
    ui.notes_edit.setPlainText("Quarterly review")
    assert session.save()
    saved = reviews.list_reviews(store)[-1]
    counts = {d: sum(1 for x in saved.decisions if x.decision is d) for d in Decision}
    assert counts[Decision.KEEP] == 13 and counts[Decision.RETIRE] == 1
    assert counts[Decision.ADJUST_TARGET] == 1
    assert "kept: 13, target adjusted: 1, retired: 1" in screen.ui.details_browser.toPlainText()


def test_kpi_detail_starts_a_review_of_its_kpi(qtbot, window, demo_path: Path) -> None:
    assert window.files.open_path(str(demo_path))
    keys = [entry.key for entry in window.entries]
    detail = window.screen_at(keys.index("kpi_detail"))
    window.show_screen(detail)
    revenue = kpis.kpi_by_code(window.context.store, "REVENUE")
    detail.show_kpi(revenue.id)
    qtbot.mouseClick(detail.ui.review_button, Qt.MouseButton.LeftButton)
    reviews_screen = window.screen_at(keys.index("reviews"))
    assert window.ui.screens.currentWidget() is reviews_screen
    assert reviews_screen.session is not None and reviews_screen.session.kpis == [revenue]
    assert window.ui.navigation.currentItem().text() == "Reviews"


def test_closing_the_file_ends_a_review_in_progress(qtbot, screen) -> None:
    session = screen.start_review(ReviewScope.ALL)
    session.ui.retire_radio.click()
    screen.context.set_store(None)
    assert screen.session is None and screen.ui.pages.currentWidget() is screen.ui.list_page
    assert screen.proxy.rowCount() == 0


def test_summary_warns_when_a_formula_loses_an_input(qtbot, screen) -> None:
    store = store_of(screen)
    session = screen.start_review(ReviewScope.ALL)
    step_to(session, "WEB_VISITS")
    session.ui.retire_radio.click()
    qtbot.keyClicks(session.ui.note_edit, "Counted elsewhere")
    session.go(len(session.kpis))
    balance = [
        session.ui.balance_list.item(n).text() for n in range(session.ui.balance_list.count())
    ]
    rate, visits = kpis.kpi_by_code(store, "CONVERSION_RATE"), kpis.kpi_by_code(store, "WEB_VISITS")
    assert f"⚠ {rate.name} is computed from {visits.name}: it gets no new values" in "\n".join(
        balance
    )


def test_replace_with_an_own_kpi_takes_a_code_from_its_name(qtbot, screen) -> None:
    store = store_of(screen)
    letter = kpis.kpi_by_code(store, "NEWSLETTER_SUBSCRIBERS")
    session = screen.start_review(ReviewScope.KPI, kpi_id=letter.id)
    ui = session.ui
    ui.replace_radio.click()
    qtbot.keyClicks(ui.own_name_edit, "Club members")
    assert ui.own_radio.isChecked() and ui.own_code_edit.text() == "CLUB_MEMBERS"
    ui.own_code_edit.setText("club members")
    qtbot.keyClicks(ui.note_edit, "Members matter more")
    assert "Short code: start with a letter" in ui.problem_label.text()
    ui.own_code_edit.clear()
    qtbot.keyClicks(ui.own_code_edit, "members")
    ui.new_target_edit.setText("3200")
    assert not ui.problem_label.isVisible()
    assert session.save()
    new = kpis.kpi_by_code(store, "MEMBERS")
    assert (new.name, new.unit, new.frequency) == ("Club members", letter.unit, letter.frequency)
    assert [t.realistic for t in targets.list_targets(store, new.id)] == [3200]
