"""The KPI wizard, driven as a user would: goals → KPIs → checks → balance → targets → create."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWizard

from kpidesk.domain.types import Horizon, Timing
from kpidesk.gui.wizard import KpiWizard
from kpidesk.library import load_library
from kpidesk.store.business import get_business, list_people
from kpidesk.store.goals import list_goals
from kpidesk.store.kpis import list_kpis
from kpidesk.store.targets import list_targets
from tests.gui.conftest import focusable_without_name

TODAY = date(2026, 5, 14)


@pytest.fixture
def open_context(context, store):
    context.set_store(store)
    return context


def make_wizard(context, qtbot) -> KpiWizard:
    wizard = KpiWizard(context, today=TODAY, offer_charter=False)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_page(wizard: KpiWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on {wizard.currentPage().objectName()}"
    button.click()


def plain(codes: list[str], timing: Timing) -> list[str]:
    """Suggested codes of one timing that are no formula (a formula brings its inputs)."""
    library = load_library()
    return [c for c in codes if library.get(c).timing is timing and not library.get(c).is_formula]


def add_goal(wizard: KpiWizard, qtbot, title: str) -> None:
    qtbot.keyClicks(wizard.goals.goal_edit, title)
    qtbot.keyClick(wizard.goals.goal_edit, Qt.Key.Key_Return)  # adds, stays on the page


def run_through(wizard: KpiWizard, qtbot) -> dict[str, object]:
    """A first run on an empty file: two goals, three KPIs, one target; returns what was chosen."""
    next_page(wizard)  # profile, prefilled from the file
    add_goal(wizard, qtbot, "Flere faste kunder")
    add_goal(wizard, qtbot, "Grow online sales")
    assert wizard.currentPage() is wizard.goals
    assert [g.title for g in wizard.state.goals] == ["Flere faste kunder", "Grow online sales"]
    next_page(wizard)

    page = wizard.kpis
    lead0 = plain(page.codes_under(0), Timing.LEADING)[0]
    lag0 = plain(page.codes_under(0), Timing.LAGGING)[0]
    lag1 = next(c for c in plain(page.codes_under(1), Timing.LAGGING) if c not in (lag0,))
    for code, goal in ((lead0, 0), (lag0, 0), (lag1, 1)):
        page.check(code, goal)
    next_page(wizard)

    check = wizard.check
    check.select(lead0)
    check.owner_combo.setFocus()
    qtbot.keyClicks(check.owner_combo.lineEdit(), "Kari Nordmann")
    next_page(wizard)

    balance = wizard.balance
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    balance.go_on.click()
    next_page(wizard)

    targets = wizard.targets
    targets.select(lag0)
    for edit, text in (
        (targets.baseline_edit, "100"),
        (targets.realistic_edit, "120"),
        (targets.stretch_edit, "110"),
    ):
        qtbot.keyClicks(edit, text)
    flagged = targets.warning_label.text()
    targets.stretch_edit.clear()
    qtbot.keyClicks(targets.stretch_edit, "130")
    next_page(wizard)
    assert "Flere faste kunder" in wizard.summary.browser.toPlainText()
    return {"codes": (lead0, lag0, lag1), "flagged": flagged, "balance": balance}


def test_a_whole_run_creates_exactly_what_was_chosen(open_context, store, qtbot) -> None:
    wizard = make_wizard(open_context, qtbot)
    chosen = run_through(wizard, qtbot)
    lead0, lag0, lag1 = chosen["codes"]
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted

    goals = list_goals(store)
    assert [g.title for g in goals] == ["Flere faste kunder", "Grow online sales"]
    kpis = {k.code: k for k in list_kpis(store)}
    assert set(kpis) == {lead0, lag0, lag1}
    assert all(k.library_code == k.code for k in kpis.values())
    assert set(goals[0].kpi_ids) == {kpis[lead0].id, kpis[lag0].id}
    assert set(goals[1].kpi_ids) == {kpis[lag1].id}
    (target,) = list_targets(store)
    assert (target.kpi_id, target.realistic, target.stretch) == (kpis[lag0].id, 120.0, 130.0)
    start = wizard.state.effective_from(wizard.state.find(lag0))
    assert target.effective_from == start and start <= TODAY
    assert kpis[lag0].baseline == 100.0
    (kari,) = list_people(store)
    assert kari.name == "Kari Nordmann" and kpis[lead0].owner_id == kari.id


def test_balance_warns_of_a_goal_without_a_leading_kpi(open_context, qtbot) -> None:
    wizard = make_wizard(open_context, qtbot)
    chosen = run_through(wizard, qtbot)
    texts = chosen["balance"].warning_texts()
    assert any("Grow online sales" in t and "no leading KPI" in t for t in texts)
    shown = [
        chosen["balance"].warnings.item(i).text() for i in range(chosen["balance"].warnings.count())
    ]
    assert any("Grow online sales" in t and "leading" in t for t in shown)


def test_a_stretch_target_below_the_realistic_one_is_flagged(open_context, qtbot) -> None:
    wizard = make_wizard(open_context, qtbot)
    chosen = run_through(wizard, qtbot)
    assert "less ambitious" in chosen["flagged"]
    assert wizard.targets.warning_label.text() == ""


def test_rerun_adds_a_goal_and_a_kpi_without_duplicates(open_context, store, qtbot) -> None:
    first = make_wizard(open_context, qtbot)
    lead0, lag0, lag1 = run_through(first, qtbot)["codes"]
    first.button(QWizard.WizardButton.FinishButton).click()

    wizard = make_wizard(open_context, qtbot)
    assert wizard.profile.ui.name_edit.text() == "Testbutikken AS"
    next_page(wizard)
    assert [g.existing_id is not None for g in wizard.state.goals] == [True, True]
    add_goal(wizard, qtbot, "grow ONLINE sales")  # the same goal: not added twice
    add_goal(wizard, qtbot, "Fewer complaints")
    assert len(wizard.state.goals) == 3
    next_page(wizard)
    page = wizard.kpis
    assert set(page.codes_under(0)) >= {lead0, lag0}
    new_code = next(
        c
        for c in plain(page.codes_under(2), Timing.LEADING)
        + plain(page.codes_under(2), Timing.LAGGING)
        if c not in (lead0, lag0, lag1)
    )
    page.check(new_code, 2)
    if lag1 in page.codes_under(2):
        page.check(lag1, 2)  # an existing KPI now also serves the new goal
    for _ in range(2):
        next_page(wizard)
    wizard.balance.go_on.setChecked(True)
    next_page(wizard)
    next_page(wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()

    goals = list_goals(store)
    assert [g.title for g in goals] == [
        "Flere faste kunder",
        "Grow online sales",
        "Fewer complaints",
    ]
    codes = [k.code for k in list_kpis(store)]
    assert sorted(codes) == sorted({lead0, lag0, lag1, new_code})
    assert len(list_targets(store)) == 1
    assert len(goals[0].kpi_ids) == 2


def test_cancelling_writes_nothing(open_context, store, qtbot) -> None:
    before = (get_business(store), list_goals(store), list_kpis(store), list_people(store))
    wizard = make_wizard(open_context, qtbot)
    wizard.profile.ui.name_edit.setText("Another name")
    run_through(wizard, qtbot)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.result() == QWizard.DialogCode.Rejected
    after = (get_business(store), list_goals(store), list_kpis(store), list_people(store))
    assert after == before and list_targets(store) == []


def test_every_focusable_widget_on_every_page_has_a_name(open_context, qtbot) -> None:
    wizard = make_wizard(open_context, qtbot)
    missing = {}
    pages = iter(wizard.pages())
    first = next(pages)
    missing[first.objectName()] = focusable_without_name(first)
    add_goal(wizard, qtbot, "Flere faste kunder")  # typed on the goals page below
    next_page(wizard)
    for page in pages:
        if page is wizard.kpis:
            page.search_edit.setText("kunde")
        missing[page.objectName()] = focusable_without_name(page)
        if page is wizard.kpis:
            page.check(page.codes_under(0)[0], 0)
        if page is wizard.balance:
            page.go_on.setChecked(True)
        if page is not wizard.summary:
            next_page(wizard)
    assert {k: v for k, v in missing.items() if v} == {}


def test_own_kpi_dialog_names_its_inputs_and_adds_the_kpi(open_context, qtbot) -> None:
    from kpidesk.gui.wizard.custom_kpi import CustomKpiDialog

    wizard = make_wizard(open_context, qtbot)
    wizard.state.add_goal("Flere faste kunder", Horizon.SHORT)
    dialog = CustomKpiDialog(wizard.state, 0, wizard)
    qtbot.addWidget(dialog)
    dialog.show()
    assert focusable_without_name(dialog) == []
    qtbot.keyClicks(dialog.ui.name_edit, "Cakes before noon")
    assert dialog.ui.code_edit.text() == "CAKES_BEFORE_NOON"
    dialog.accept()
    assert dialog.result() == CustomKpiDialog.DialogCode.Accepted
    kpi = dialog.kpi()
    assert (kpi.code, kpi.name, kpi.library_code) == ("CAKES_BEFORE_NOON", "Cakes before noon", "")


def test_charter_is_written_after_create(open_context, store, qtbot, tmp_path: Path) -> None:
    wizard = make_wizard(open_context, qtbot)
    run_through(wizard, qtbot)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    out = tmp_path / "charter.pdf"
    wizard.write_charter(out)
    # The PDF is written to a temporary file and moved into place: once it is
    # there, it is whole.
    qtbot.waitUntil(out.exists, timeout=20_000)
    assert out.read_bytes().startswith(b"%PDF")
    open_context.tasks.wait()


def test_choose_kpis_menu_entry_follows_the_file(window, store) -> None:
    assert not window.ui.action_choose_kpis.isEnabled()
    window.context.set_store(store)
    assert window.ui.action_choose_kpis.isEnabled()


def test_the_owners_text_is_shown_literally_not_as_markup(open_context, store, qtbot) -> None:
    from kpidesk.domain.entities import Goal, Kpi
    from kpidesk.store import goals, kpis

    hostile = "<b>R&D</b> <img src='x'>"
    kpi = kpis.add_kpi(store, Kpi(0, "RND", hostile, definition="a < b & c"))
    goal = goals.add_goal(store, Goal(0, "Innovasjon"))
    goals.link_kpi(store, goal.id, kpi.id)
    wizard = make_wizard(open_context, qtbot)
    next_page(wizard)  # profile
    next_page(wizard)  # goals: the existing one
    next_page(wizard)  # KPIs: the existing one is chosen
    wizard.check.select("RND")
    heading = wizard.check.heading
    document = QTextDocument()
    document.setHtml(heading.text())
    assert hostile in document.toPlainText() and "a < b & c" in document.toPlainText()
