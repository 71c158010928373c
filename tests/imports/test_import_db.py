"""Importing into a database: matching, roll-ups, all-or-nothing, idempotence, change log."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from kpidesk.domain.entities import Kpi, Scale
from kpidesk.domain.periods import Period
from kpidesk.domain.types import CHANNELS, Frequency, KpiKind, RollUp
from kpidesk.imports.catalogue import Catalogue
from kpidesk.imports.errors import ImportFileError
from kpidesk.imports.plan import apply_plan, plan_file
from kpidesk.store import changelog, kpis
from kpidesk.store.business import ensure_segment
from kpidesk.store.errors import StoreError
from kpidesk.store.measurements import count_values, load_measurements

TODAY = date(2026, 11, 27)
OCT = Period.parse("2026-10")


@pytest.fixture
def shop(store):
    """A shop with channel segments, monthly and daily KPIs, a formula and a retired KPI."""
    for code in CHANNELS:
        ensure_segment(store, code, "channel", code.upper())
    add = kpis.add_kpi
    made = {
        "SESSIONS": add(
            store,
            Kpi(0, "SESSIONS", "Økter", frequency=Frequency.MONTH, dimension="channel"),
        ),
        "REVENUE": add(store, Kpi(0, "REVENUE", "Omsetning", frequency=Frequency.MONTH)),
        "STOCK": add(
            store, Kpi(0, "STOCK", "Lager", frequency=Frequency.MONTH, rollup=RollUp.LAST)
        ),
        "ORDERS": add(store, Kpi(0, "ORDERS", "Ordre", frequency=Frequency.MONTH)),
        "RATE": add(
            store, Kpi(0, "RATE", "Rate", frequency=Frequency.MONTH, formula="ORDERS / SESSIONS")
        ),
        "FLYERS": add(store, Kpi(0, "FLYERS", "Flygeblader", frequency=Frequency.MONTH)),
        "NPS": add(
            store,
            Kpi(0, "NPS", "Tilfredshet", kind=KpiKind.QUALITATIVE, scale=Scale(1, 5)),
        ),
    }
    kpis.retire_kpi(store, made["FLYERS"].id, date(2026, 9, 1), "ingen flere")
    return made


def write(tmp_path: Path, text: str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def values_of(store, kpi) -> dict[tuple[str, str], tuple[float | None, str, str]]:
    return {
        (m.segment, m.period.label()): (m.value, m.comment, m.source)
        for m in load_measurements(store, kpi.id)
    }


def test_codes_and_names_match_trimmed_and_in_any_case(store, shop, tmp_path):
    data = write(
        tmp_path,
        "kpi,segment,period,value\n"
        " revenue ,,2026-10,100\n"
        "OMSETNING,,2026-09,90\n"
        "sessions,SEO,2026-10,5\n"
        "Økter,seo,2026-09,4\n",
    )
    plan = plan_file(store, data, today=TODAY)
    assert plan.ok, plan.problems
    assert plan.by_kpi() == {
        "REVENUE": {"new": 2, "changed": 0, "unchanged": 0},
        "SESSIONS": {"new": 2, "changed": 0, "unchanged": 0},
    }
    assert apply_plan(store, plan).new == 4
    assert values_of(store, shop["SESSIONS"])[("seo", "2026-10")][0] == 5


def test_aliases_match_names_in_the_other_language(store, shop):
    catalogue = Catalogue([shop["REVENUE"]], [], aliases={"Revenue": "REVENUE", "x": "NOPE"})
    assert catalogue.kpi("revenue ").code == "REVENUE"


def test_every_problem_is_located_and_nothing_is_written(store, shop, tmp_path):
    data = write(
        tmp_path,
        "kpi,segment,period,value\n"
        "REVENUE,,2026-10,100\n"
        "NOSUCH,,2026-10,1\n"  # unknown KPI
        "RATE,,2026-10,3\n"  # formula KPI
        "REVENUE,seo,2026-10,1\n"  # REVENUE has no segments
        "SESSIONS,tiktok,2026-10,1\n"  # unknown segment
        "REVENUE,,2026,5\n"  # coarser than the KPI
        "FLYERS,,2026-08,7\n"  # before retirement: fine
        "FLYERS,,2026-10,7\n"  # after retirement
        "NPS,,2026-10,9\n"  # outside the scale
        "REVENUE,,2026-09,100\n",
    )
    plan = plan_file(store, data, today=TODAY)
    found = {(p.row, p.column) for p in plan.problems}
    assert found == {(r, "value") for r in (3, 4, 5, 6, 7, 9, 10)}
    messages = " | ".join(p.message for p in plan.problems)
    for part in ("no KPI 'NOSUCH'", "formula", "not split", "no segment 'tiktok'", "whole year"):
        assert part in messages
    assert "retired on 2026-09-01" in messages and "outside NPS's scale 1–5" in messages
    with pytest.raises(ImportFileError):
        apply_plan(store, plan)
    assert count_values(store) == 0


def test_one_bad_row_in_the_middle_writes_nothing(store, shop, tmp_path):
    rows = [f"REVENUE,,{2000 + i}-01,{i}," for i in range(1, 200)]
    rows[100] = "REVENUE,,2100-01,twelve,"
    data = write(tmp_path, "kpi,segment,period,value,comment\n" + "\n".join(rows) + "\n")
    plan = plan_file(store, data, today=TODAY)
    [problem] = plan.problems
    assert (problem.row, problem.column) == (102, "value")
    with pytest.raises(ImportFileError):
        apply_plan(store, plan)
    assert count_values(store) == 0


def test_reimport_is_idempotent_and_dry_run_writes_nothing(store, shop, tmp_path):
    data = write(tmp_path, "kpi,period,value,comment\nREVENUE,2026-10,100,god\nSTOCK,2026-10,5,\n")
    plan = plan_file(store, data, today=TODAY)
    assert count_values(store) == 0  # the plan itself is the dry run
    assert apply_plan(store, plan).new == 2
    log_size = len(changelog.list_changes(store))
    again = plan_file(store, data, today=TODAY)
    assert again.count("unchanged") == 2 and again.count("new") == again.count("changed") == 0
    applied = apply_plan(store, again)
    assert (applied.new, applied.changed, applied.unchanged) == (0, 0, 2)
    assert len(changelog.list_changes(store)) == log_size


def test_source_file_and_change_log(store, shop, tmp_path):
    first = write(tmp_path, "kpi,period,value\nREVENUE,2026-10,100\n", "kasse-okt.csv")
    apply_plan(store, plan_file(store, first, today=TODAY))
    fixed = write(tmp_path, "kpi,period,value,comment\nREVENUE,2026-10,120,rettet\n", "rettet.csv")
    plan = plan_file(store, fixed, today=TODAY)
    [value] = plan.values
    assert (value.status, value.old_value, value.value) == ("changed", 100, 120)
    apply_plan(store, plan)
    assert values_of(store, shop["REVENUE"])[("", "2026-10")] == (120, "rettet", "rettet.csv")
    entries = changelog.list_changes(store, kpi_id=shop["REVENUE"].id)
    [change] = [e for e in entries if e.field == "value"]
    assert (change.old, change.new, change.context) == ("100", "120", "2026-10-01")
    batches = [e.context for e in changelog.list_changes(store) if e.entity == "values"]
    assert batches[:2] == ["rettet.csv", "kasse-okt.csv"]


def test_empty_comment_keeps_the_stored_one(store, shop, tmp_path):
    apply_plan(
        store,
        plan_file(
            store,
            write(tmp_path, "kpi,period,value,comment\nREVENUE,2026-10,1,notat\n"),
            today=TODAY,
        ),
    )
    plan = plan_file(store, write(tmp_path, "Month,REVENUE\n2026-10,1\n", "wide.csv"), today=TODAY)
    assert plan.count("unchanged") == 1
    assert values_of(store, shop["REVENUE"])[("", "2026-10")][1] == "notat"


def test_keep_existing_leaves_different_values_alone(store, shop, tmp_path):
    apply_plan(
        store,
        plan_file(store, write(tmp_path, "kpi,period,value\nREVENUE,2026-09,1\n"), today=TODAY),
    )
    data = write(tmp_path, "kpi,period,value\nREVENUE,2026-09,2\nREVENUE,2026-10,3\n", "b.csv")
    plan = plan_file(store, data, today=TODAY)
    applied = apply_plan(store, plan, conflict="keep")
    assert (applied.new, applied.changed, applied.kept) == (1, 0, 1)
    got = values_of(store, shop["REVENUE"])
    assert got[("", "2026-09")][0] == 1 and got[("", "2026-10")][0] == 3


def _ga4_daily(month: Period, channels: dict[str, int], total: bool = True) -> str:
    """A GA4 daily export: one row per channel and day, sessions = base + day."""
    lines = [
        "# Traffic acquisition",
        f"# Start date: {month.start:%Y%m%d}",
        f"# End date: {month.end:%Y%m%d}",
        "Session primary channel group (Default channel group),Date,Sessions,Key events",
    ]
    day, grand = month.start, 0
    while day <= month.end:
        for channel, base in channels.items():
            lines.append(f"{channel},{day:%Y%m%d},{base + day.day},1")
            grand += base + day.day
        day += timedelta(days=1)
    if total:
        lines.append(f"Grand total,,{grand},99")
    return "\n".join(lines) + "\n"


def test_ga4_daily_file_rolls_up_into_a_monthly_kpi_by_channel(store, shop, tmp_path):
    channels = {"Organic Search": 10, "Paid Search": 20, "Direct": 30}
    data = write(tmp_path, _ga4_daily(OCT, channels), "ga4.csv")
    plan = plan_file(
        store, data, "ga4", {"Sessions": "SESSIONS", "Key events": "ORDERS"}, today=TODAY
    )
    assert plan.ok, plan.problems
    assert apply_plan(store, plan).new == 4  # seo, ppc and total sessions; total orders
    days = sum(range(1, 32))
    got = values_of(store, shop["SESSIONS"])
    assert got[("seo", "2026-10")][0] == 31 * 10 + days
    assert got[("ppc", "2026-10")][0] == 31 * 20 + days
    # The total holds every channel, Direct too, added up once.
    assert got[("", "2026-10")][0] == 31 * 60 + 3 * days
    assert values_of(store, shop["ORDERS"])[("", "2026-10")][0] == 31 * 3
    assert any("Direct" in note for note in plan.notes)
    assert any("ORDERS is not split" in note for note in plan.notes)


def test_rollup_uses_the_kpis_own_rule(store, shop, tmp_path):
    rows = [
        f"STOCK,{day:%Y-%m-%d},{day.day}" for day in (OCT.start + timedelta(d) for d in range(31))
    ]
    data = write(tmp_path, "kpi,period,value\n" + "\n".join(rows) + "\n")
    apply_plan(store, plan_file(store, data, today=TODAY))
    assert values_of(store, shop["STOCK"])[("", "2026-10")][0] == 31  # last, not sum


def test_a_partly_covered_past_period_is_refused(store, shop, tmp_path):
    rows = "".join(f"REVENUE,2026-10-{d:02d},100\n" for d in range(1, 16))
    plan = plan_file(store, write(tmp_path, "kpi,period,value\n" + rows), today=TODAY)
    [problem] = plan.problems
    assert problem.row == 2 and "only 15 of 31 days" in problem.message


def test_the_current_period_may_be_partial_with_a_note(store, shop, tmp_path):
    rows = "".join(f"REVENUE,2026-11-{d:02d},100\n" for d in range(1, 27))
    plan = plan_file(store, write(tmp_path, "kpi,period,value\n" + rows), today=TODAY)
    assert plan.ok, plan.problems
    assert [v.value for v in plan.values] == [2600]
    assert any("2026-11 is not over: 26 of 30 days" in note for note in plan.notes)


def test_nb_excel_csv_into_matching_daily_kpis(store, fixtures):
    made = {
        name: kpis.add_kpi(store, Kpi(0, code, name, frequency=Frequency.DAY, rollup=rollup))
        for code, name, rollup in [
            ("REV", "Omsetning", RollUp.SUM),
            ("CUST", "Antall kunder", RollUp.SUM),
            ("TICKET", "Snittkjøp", RollUp.MEAN),
            ("MARGIN", "Bruttomargin %", RollUp.MEAN),
        ]
    }
    plan = plan_file(store, fixtures / "nb_excel_wide.csv", today=TODAY)
    assert plan.ok, plan.problems
    apply_plan(store, plan)
    revenue = values_of(store, made["Omsetning"])
    assert [revenue[("", f"2026-10-0{d}")][0] for d in (1, 2, 3, 4)] == [
        1234.5,
        1234.5,
        2000,
        -12.5,
    ]
    assert values_of(store, made["Bruttomargin %"])[("", "2026-10-01")][0] == 62.5
    assert values_of(store, made["Snittkjøp"])[("", "2026-10-02")][0] == 24.69
    assert {m.source for m in load_measurements(store, made["Antall kunder"].id)} == {
        "nb_excel_wide.csv"
    }


def test_a_closed_or_read_only_store_is_a_clear_error(store, shop, tmp_path, reopen):
    data = write(tmp_path, "kpi,period,value\nREVENUE,2026-10,1\n")
    plan = plan_file(store, data, today=TODAY)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        apply_plan(store, plan)
    with (
        reopen(read_only=True) as reader,
        pytest.raises(StoreError, match="read-only"),
    ):
        apply_plan(reader, plan_file(reader, data, today=TODAY))
