"""The wizard's state and its one-transaction write, without widgets."""

from __future__ import annotations

from datetime import date

from kpidesk.domain.types import Frequency, Horizon
from kpidesk.gui.wizard.create import create_all
from kpidesk.gui.wizard.state import WizardState
from kpidesk.library import load_library
from kpidesk.store.goals import list_goals
from kpidesk.store.kpis import list_kpis
from kpidesk.store.targets import list_targets

TODAY = date(2026, 5, 14)


def test_formula_inputs_are_added_first_and_rerun_duplicates_nothing(store) -> None:
    library = load_library()
    state = WizardState.from_store(store, TODAY)
    goal = state.add_goal("Flere faste kunder", Horizon.SHORT)
    draft = state.choose(library.get("REPEAT_CUSTOMER_RATE"), goal)
    draft.realistic, draft.stretch, draft.owner = 30.0, 40.0, "Kari"
    created = create_all(store, state)
    codes = {k.code for k in list_kpis(store)}
    assert {"REPEAT_CUSTOMER_RATE", "REPEAT_CUSTOMERS", "CUSTOMER_COUNT"} <= codes
    assert (created.goals, created.links, created.targets, created.people) == (1, 1, 1, 1)
    (target,) = list_targets(store)
    assert target.effective_from == date(2026, 5, 1) and target.realistic == 30.0

    again = WizardState.from_store(store, TODAY)
    assert again.find("REPEAT_CUSTOMER_RATE").goals == {0}
    again.add_goal("flere  faste KUNDER", Horizon.LONG)  # the same goal
    again.choose(library.get("REPEAT_CUSTOMER_RATE"), 0)
    assert create_all(store, again) == type(created)(0, 0, 0, 0, 0)
    assert len(list_goals(store)) == 1 and len(list_targets(store)) == 1


def test_frequency_change_moves_the_target_start(store) -> None:
    state = WizardState.from_store(store, TODAY)
    goal = state.add_goal("Mer salg", Horizon.SHORT)
    draft = state.choose(load_library().get("REVENUE"), goal)
    state.set_frequency(draft, Frequency.QUARTER)
    draft.realistic = 100.0
    create_all(store, state)
    (target,) = list_targets(store)
    assert target.effective_from == date(2026, 4, 1)


def test_a_hand_made_kpi_with_a_library_name_is_not_suggested_twice(store) -> None:
    from kpidesk.domain.entities import Kpi

    entry = load_library().get("REPEAT_CUSTOMER_RATE")
    state = WizardState.from_store(store, TODAY)
    goal = state.add_goal("Flere faste kunder", Horizon.SHORT)
    own = state.choose(Kpi(0, "REPEAT_SHARE", entry.name.nb.upper()), goal)
    assert state.find("REPEAT_CUSTOMER_RATE") is own
    assert state.choose(entry, goal) is own and len(state.kpis) == 1
