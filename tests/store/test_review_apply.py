"""Saving a review makes its decisions in one transaction, keeps history, and can be taken back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pytest

from kpidesk.demo.build import create_demo
from kpidesk.domain.dashboard import View, ViewKind
from kpidesk.domain.entities import TOTAL_SEGMENT, Kpi
from kpidesk.domain.periods import Period
from kpidesk.domain.review_plan import DecisionDraft, ReviewPlan, TargetValues
from kpidesk.domain.tiles import tile_for
from kpidesk.domain.types import Decision, Frequency, ReviewScope, Status, Timing
from kpidesk.gui.models.dashboard_data import load_dashboard
from kpidesk.reports.api import write_scorecard_file
from kpidesk.reports.inputs import load_inputs
from kpidesk.reports.scorecard_data import build_scorecard
from kpidesk.store import closing, goals, kpis, measurements, reviews, targets
from kpidesk.store.changelog import list_changes
from kpidesk.store.connection import Store, open_database
from kpidesk.store.errors import StoreError
from kpidesk.store.reads import StoreReads
from kpidesk.store.review_apply import apply_review, undo_review
from kpidesk.store.review_facts import load_review_facts
from kpidesk.store.series import load_series
from tests.conftest import DEMO_TODAY

OCTOBER = Period.parse("2026-10")  # the demo's last ended month
NOVEMBER = Period.parse("2026-11")  # the month the review is held in: "from next month"


@pytest.fixture
def demo(demo_path: Path):
    with open_database(demo_path) as store:
        yield store


def kpi(store: Store, code: str) -> Kpi:
    found = kpis.kpi_by_code(store, code)
    assert found is not None
    return found


def tile(store: Store, kpi_: Kpi, period: Period):
    series = load_series(store, [kpi_])[(kpi_.id, TOTAL_SEGMENT)]
    return tile_for(kpi_, series, targets.list_targets(store, kpi_.id), period)


def plan(*drafts: DecisionDraft, **extra) -> ReviewPlan:
    values = {"held_on": DEMO_TODAY, "scope": ReviewScope.ALL, "decisions": drafts} | extra
    return ReviewPlan(**values)


def scorecard_codes(store: Store, period: Period) -> set[str]:
    data = build_scorecard(load_inputs(store), period, DEMO_TODAY)
    return {line.kpi.code for line in data.lines}


def test_target_adjusted_from_next_month_leaves_last_month_as_it_was(demo: Store) -> None:
    revenue = kpi(demo, "REVENUE")
    before = tile(demo, revenue, OCTOBER)
    assert before.status is not Status.OFF_TRACK
    october_card = build_scorecard(load_inputs(demo), OCTOBER, DEMO_TODAY)
    # A target October could never meet: applied to October it would turn it red.
    draft = DecisionDraft(
        revenue.id,
        Decision.ADJUST_TARGET,
        "Raised for the winter season",
        NOVEMBER.start,
        TargetValues(realistic=5_000_000, stretch=6_000_000, warning=4_000_000),
    )
    apply_review(demo, plan(draft))
    after = tile(demo, revenue, OCTOBER)
    assert (after.status, after.target, after.value) == (before.status, before.target, before.value)
    assert build_scorecard(load_inputs(demo), OCTOBER, DEMO_TODAY) == october_card
    november = tile(demo, revenue, NOVEMBER).target
    assert november is not None and november.realistic == 5_000_000
    assert november.note == "Raised for the winter season"
    logged = [c for c in list_changes(demo, kpi_id=revenue.id) if c.entity == "target"]
    assert logged[0].context == "from 2026-11-01" and "realistic=5000000" in logged[0].new


def test_retire_keeps_history_and_removes_the_tile(demo: Store) -> None:
    visits = kpi(demo, "NEWSLETTER_SUBSCRIBERS")
    values_before = measurements.load_measurements(demo, visits.id)
    targets_before = targets.list_targets(demo, visits.id)
    view = View(ViewKind.MONTH, OCTOBER)
    assert visits.id in load_dashboard(StoreReads(demo), view, DEMO_TODAY).tiles
    draft = DecisionDraft(visits.id, Decision.RETIRE, "Nobody acts on it", NOVEMBER.start)
    apply_review(demo, plan(draft))
    retired = kpis.get_kpi(demo, visits.id)
    assert (retired.retired_on, retired.retired_reason) == (NOVEMBER.start, "Nobody acts on it")
    assert measurements.load_measurements(demo, visits.id) == values_before
    assert targets.list_targets(demo, visits.id) == targets_before
    assert visits.id not in load_dashboard(StoreReads(demo), view, DEMO_TODAY).tiles
    # Its old scorecards still show it; the next month's does not.
    assert "NEWSLETTER_SUBSCRIBERS" in scorecard_codes(demo, OCTOBER)
    assert "NEWSLETTER_SUBSCRIBERS" not in scorecard_codes(demo, NOVEMBER)
    assert tile(demo, retired, OCTOBER).value is not None  # its chart still has the values


def test_replace_with_a_new_kpi_links_old_to_new_in_the_right_scorecards(demo: Store) -> None:
    engagement = kpi(demo, "SOCIAL_ENGAGEMENT")
    new = Kpi(
        0,
        "STORIES_POSTED",
        "Stories posted",
        "Instagram stories posted per week.",
        timing=Timing.LEADING,
        unit="count",
        frequency=Frequency.WEEK,
    )
    draft = DecisionDraft(
        engagement.id,
        Decision.REPLACE,
        "Engagement follows the stories we post",
        NOVEMBER.start,
        TargetValues(realistic=5, stretch=7),
        new_kpi=new,
    )
    goal_ids = {g.id for g in goals.list_goals(demo) if engagement.id in g.kpi_ids}
    apply_review(demo, plan(draft))
    added = kpi(demo, "STORIES_POSTED")
    old = kpis.get_kpi(demo, engagement.id)
    assert old.replaced_by_id == added.id and old.retired_on == NOVEMBER.start
    assert added.active_from == NOVEMBER.start and not added.is_retired
    assert {g.id for g in goals.list_goals(demo) if added.id in g.kpi_ids} == goal_ids
    assert goal_ids <= {g.id for g in goals.list_goals(demo) if old.id in g.kpi_ids}
    assert [(t.effective_from, t.realistic) for t in targets.list_targets(demo, added.id)] == [
        (NOVEMBER.start, 5)
    ]
    before, after = scorecard_codes(demo, OCTOBER), scorecard_codes(demo, Period.parse("2026-12"))
    assert "SOCIAL_ENGAGEMENT" in before and "STORIES_POSTED" not in before
    assert "STORIES_POSTED" in after and "SOCIAL_ENGAGEMENT" not in after


def test_replace_with_an_existing_kpi_adds_it_to_the_goals_it_lacks(demo: Store) -> None:
    email = kpi(demo, "EMAIL_OPEN_RATE")
    engagement = kpi(demo, "SOCIAL_ENGAGEMENT")
    draft = DecisionDraft(
        email.id,
        Decision.REPLACE,
        "Engagement says more",
        NOVEMBER.start,
        replacement_id=engagement.id,
    )
    apply_review(demo, plan(draft))
    assert kpis.get_kpi(demo, email.id).replaced_by_id == engagement.id
    for goal in goals.list_goals(demo):
        if email.id in goal.kpi_ids:
            assert engagement.id in goal.kpi_ids
    assert kpis.get_kpi(demo, engagement.id).active_from is None  # in use all along


def test_changed_definition_keeps_the_old_text_visible(demo: Store) -> None:
    share = kpi(demo, "REPEAT_SHARE")
    draft = DecisionDraft(
        share.id, Decision.CHANGE_DEFINITION, "Count members only", definition="Members only."
    )
    apply_review(demo, plan(draft))
    assert kpis.get_kpi(demo, share.id).definition == "Members only."
    facts = load_review_facts(demo, kpis.get_kpi(demo, share.id), None)
    assert [(c.old, c.new) for c in facts.definitions] == [(share.definition, "Members only.")]


def test_review_saved_with_its_notes_decisions_and_next_date(demo: Store) -> None:
    revenue = kpi(demo, "REVENUE")
    count = len(reviews.list_reviews(demo))
    saved = apply_review(
        demo,
        plan(
            DecisionDraft(revenue.id, Decision.KEEP, "  Fine as it is "),
            notes="Quarter went well",
            next_review=date(2027, 2, 27),
        ),
    ).review
    stored = reviews.list_reviews(demo)[-1]
    assert len(reviews.list_reviews(demo)) == count + 1 and stored.id == saved.id
    assert (stored.held_on, stored.notes, stored.next_review) == (
        DEMO_TODAY,
        "Quarter went well",
        date(2027, 2, 27),
    )
    assert [(d.kpi_id, d.decision, d.note) for d in stored.decisions] == [
        (revenue.id, Decision.KEEP, "Fine as it is")
    ]


def test_a_failing_decision_saves_nothing(demo: Store, monkeypatch) -> None:
    revenue, visits = kpi(demo, "REVENUE"), kpi(demo, "NEWSLETTER_SUBSCRIBERS")
    count, changes = len(reviews.list_reviews(demo)), len(list_changes(demo))

    def broken(*args, **kwargs):
        raise StoreError("Nothing was saved: the disk is full.")

    monkeypatch.setattr("kpidesk.store.kpis.retire_kpi", broken)
    drafts = (
        DecisionDraft(
            revenue.id, Decision.ADJUST_TARGET, "", NOVEMBER.start, TargetValues(realistic=1)
        ),
        DecisionDraft(visits.id, Decision.RETIRE, "Gone", NOVEMBER.start),
    )
    with pytest.raises(StoreError, match="disk is full"):
        apply_review(demo, plan(*drafts))
    assert len(reviews.list_reviews(demo)) == count and len(list_changes(demo)) == changes
    assert [t.effective_from for t in targets.list_targets(demo, revenue.id)][-1] < NOVEMBER.start


def test_a_bad_plan_is_refused_naming_the_kpi(demo: Store) -> None:
    revenue = kpi(demo, "REVENUE")
    with pytest.raises(StoreError, match="KPI REVENUE, decision: say why"):
        apply_review(demo, plan(DecisionDraft(revenue.id, Decision.RETIRE, "", NOVEMBER.start)))
    closing.close_periods(demo, OCTOBER.end)
    late = DecisionDraft(
        revenue.id, Decision.ADJUST_TARGET, "", OCTOBER.start, TargetValues(realistic=1)
    )
    with pytest.raises(StoreError, match="closed period"):
        apply_review(demo, plan(late))


def test_undo_takes_every_change_back(demo: Store) -> None:
    revenue, subscribers = kpi(demo, "REVENUE"), kpi(demo, "NEWSLETTER_SUBSCRIBERS")
    first_target = targets.list_targets(demo, revenue.id)[0]
    kpis_before, targets_before = kpis.list_kpis(demo), targets.list_targets(demo)
    goals_before, reviews_before = goals.list_goals(demo), reviews.list_reviews(demo)
    new = Kpi(0, "MEMBERS_ACTIVE", "Active members", unit="count")
    applied = apply_review(
        demo,
        plan(
            # corrects the target that starts on the same day
            DecisionDraft(
                revenue.id,
                Decision.ADJUST_TARGET,
                "",
                first_target.effective_from,
                TargetValues(realistic=1),
            ),
            DecisionDraft(
                subscribers.id, Decision.REPLACE, "Members say more", NOVEMBER.start, new_kpi=new
            ),
        ),
    )
    assert targets.list_targets(demo, revenue.id)[0].realistic == 1
    undo_review(demo, applied)
    assert kpis.list_kpis(demo) == kpis_before
    assert [replace(t, created_at=None) for t in targets.list_targets(demo)] == [
        replace(t, created_at=None) for t in targets_before
    ]
    assert goals.list_goals(demo) == goals_before
    assert reviews.list_reviews(demo) == reviews_before


def test_undo_is_refused_once_the_new_kpi_has_values(demo: Store) -> None:
    subscribers = kpi(demo, "NEWSLETTER_SUBSCRIBERS")
    new = Kpi(0, "MEMBERS_ACTIVE", "Active members", unit="count")
    applied = apply_review(
        demo,
        plan(DecisionDraft(subscribers.id, Decision.REPLACE, "Why", NOVEMBER.start, new_kpi=new)),
    )
    measurements.set_value(demo, kpi(demo, "MEMBERS_ACTIVE").id, NOVEMBER, 40)
    with pytest.raises(StoreError, match="has history"):
        undo_review(demo, applied)
    assert kpis.get_kpi(demo, subscribers.id).is_retired  # nothing was taken back


def q3_text(path: Path, out: Path) -> str:
    """The Q3 scorecard as printed (every page's text)."""
    write_scorecard_file(path, out, "2026-Q3", "en", DEMO_TODAY)
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(out).pages)


def test_quarterly_review_of_the_demo_keeps_last_quarter_and_shapes_the_next(
    tmp_path: Path,
) -> None:
    """The "done when" of the review cycle: Q3 prints as before, Q4 reflects the decisions."""
    path = tmp_path / "q.kpidesk"
    with create_demo(path, "en", 2, DEMO_TODAY) as store:
        printed = q3_text(path, tmp_path / "before.pdf")
        revenue, letter = kpi(store, "REVENUE"), kpi(store, "NEWSLETTER_SUBSCRIBERS")
        others = [k for k in kpis.list_kpis(store, include_retired=False) if k.id != revenue.id]
        drafts = [
            DecisionDraft(
                revenue.id,
                Decision.ADJUST_TARGET,
                "Winter is stronger online",
                NOVEMBER.start,
                TargetValues(realistic=990_000, stretch=1_100_000, warning=900_000),
            ),
            *(
                DecisionDraft(k.id, Decision.KEEP)
                if k.id != letter.id
                else DecisionDraft(k.id, Decision.RETIRE, "Replaced by members", NOVEMBER.start)
                for k in others
            ),
        ]
        apply_review(store, plan(*drafts, notes="Q3 review", next_review=date(2027, 2, 27)))
        assert q3_text(path, tmp_path / "after.pdf") == printed
        q4 = build_scorecard(load_inputs(store), Period.parse("2026-Q4"), DEMO_TODAY)
        assert q4.reviews[-1].notes == "Q3 review"
        line = next(x for x in q4.lines if x.kpi.code == "REVENUE")
        assert any(d.decision.note == "Winter is stronger online" for d in line.decisions)
        assert line.target is not None and line.target.realistic > 3 * 950_000  # Nov+Dec raised
        first_quarter = build_scorecard(load_inputs(store), Period.parse("2027-Q1"), DEMO_TODAY)
        assert "NEWSLETTER_SUBSCRIBERS" not in {x.kpi.code for x in first_quarter.lines}
