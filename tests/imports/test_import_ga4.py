from datetime import date

from kpidesk.domain.periods import Period
from kpidesk.imports.reader import read_file

OCT = Period.parse("2026-10")


def _by_key(result):
    return {(v.kpi, v.segment, v.period): v.value for v in result.values}


def test_monthly_by_channel_with_grand_total(fixtures):
    result = read_file(fixtures / "ga4_monthly_channels.csv", preset="ga4")
    assert not result.problems
    got = _by_key(result)
    assert got[("Sessions", "seo", OCT)] == 1200
    assert got[("Sessions", "ppc", OCT)] == 400
    assert got[("Sessions", "social", OCT)] == 200  # Organic + Paid Social
    assert got[("Sessions", "email", OCT)] == 80
    assert got[("Total revenue", "seo", OCT)] == 15000.5
    # The grand total is the total, taken from the file, not added to a channel.
    assert got[("Sessions", "", OCT)] == 2880
    assert got[("Key events", "", OCT)] == 75
    assert sum(1 for k in got if k[:2] == ("Sessions", "")) == 1
    assert {k[1] for k in got} == {"seo", "ppc", "social", "email", ""}
    # Unmapped channel groups are reported, not guessed.
    assert result.unmapped_segments == ["Direct", "Referral"]
    # A rate of two channels cannot be added: left out, with a note.
    assert ("Engagement rate", "social", OCT) not in got
    assert got[("Engagement rate", "seo", OCT)] == 0.6666666667
    assert any("Engagement rate" in n for n in result.notes)
    assert all(v.row == 17 for v in result.values if v.segment == "")


def test_channel_map_extends_and_leaves_out(fixtures):
    result = read_file(
        fixtures / "ga4_monthly_channels.csv",
        preset="ga4",
        channel_map={"Referral": "content", "direct": ""},
        mapping={"Sessions": "WEB_SESS"},
    )
    got = _by_key(result)
    assert got[("WEB_SESS", "content", OCT)] == 100
    assert result.unmapped_segments == []
    assert ("WEB_SESS", "", OCT) in got


def test_daily_with_date_column(fixtures):
    result = read_file(fixtures / "ga4_daily.csv", preset="ga4")
    assert not result.problems
    got = _by_key(result)
    assert got[("Sessions", "seo", date(2026, 10, 2))] == 42
    assert got[("Conversions", "seo", date(2026, 10, 3))] == 0
    # Per-day totals add up every channel, mapped or not; the range total is not a day.
    assert got[("Sessions", "", date(2026, 10, 1))] == 70
    assert sum(v for (k, s, _), v in got.items() if k == "Sessions" and s == "") == 210
    assert all(isinstance(p, date) for (_, _, p) in got)


def test_conversions_and_key_events_share_a_mapping(fixtures):
    result = read_file(fixtures / "ga4_daily.csv", preset="ga4", mapping={"Key events": "CONV"})
    assert {v.kpi for v in result.values} == {"Sessions", "CONV"}


def test_norwegian_preamble_and_two_tables(fixtures):
    result = read_file(fixtures / "ga4_nb_two_tables.csv", preset="ga4")
    assert not result.problems
    q3 = Period.parse("2026-Q3")
    got = _by_key(result)
    assert got[("Økter", "seo", q3)] == 3600
    assert got[("Økter", "", q3)] == 3840  # "Totalsum"
    assert got[("Nøkkelhendelser", "email", q3)] == 15
    assert got[("Økter", "", date(2026, 7, 1))] == 40  # second table, daily, no channel
    assert [v.row for v in result.values if v.period == date(2026, 7, 2)] == [19]


def test_range_that_is_no_period_is_a_problem(tmp_path):
    path = tmp_path / "ga4.csv"
    path.write_text("# Start: 20261003\n# End: 20261017\nChannel,Sessions\nEmail,5\n")
    (problem,) = read_file(path, preset="ga4").problems
    assert problem.row == 3 and "2026-10-03…2026-10-17" in problem.message


def test_bad_number_names_row_and_column(tmp_path):
    path = tmp_path / "ga4.csv"
    path.write_text("# 20261001 20261031\nChannel,Sessions\nEmail,lots\n")
    (problem,) = read_file(path, preset="ga4").problems
    assert str(problem).startswith("row 3, column 'Sessions': 'lots' is not a number")
