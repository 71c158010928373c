from datetime import date

from kpidesk.imports.reader import read_file


def test_single_metric_utf16_missing_day_is_zero(fixtures):
    result = read_file(fixtures / "meta_reach_utf16.csv", preset="meta")
    assert not result.problems
    assert result.encoding == "utf-16"
    got = [(v.kpi, v.period, v.value) for v in result.values]
    name = "Facebook-sidens rekkevidde"
    assert got == [
        (name, date(2026, 10, 1), 120.0),
        (name, date(2026, 10, 2), 98.0),
        (name, date(2026, 10, 3), 0.0),  # left out by Meta: nothing happened
        (name, date(2026, 10, 4), 77.0),
        (name, date(2026, 10, 5), 0.0),
    ]
    assert result.values[0].row == 4
    assert "1 day(s) missing" in result.notes[0]


def test_single_metric_rate_is_not_zero_filled(tmp_path):
    text = 'sep=,\n"Engagement rate"\n"Date","Primary"\n"2026-10-01T00:00:00","0.5"\n'
    text += '"2026-10-03T00:00:00","0.25"\n'
    path = tmp_path / "rate.csv"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    result = read_file(path, preset="meta", mapping={"Engagement rate": "ER"})
    assert [(v.kpi, v.period, v.value) for v in result.values] == [
        ("ER", date(2026, 10, 1), 0.5),
        ("ER", date(2026, 10, 3), 0.25),
    ]


def test_content_export_summed_per_publish_date(fixtures):
    result = read_file(fixtures / "meta_content.csv", preset="meta")
    assert not result.problems
    got = {(v.kpi, v.period): v.value for v in result.values}
    assert got == {
        ("Posts", date(2026, 10, 5)): 2,
        ("Reach", date(2026, 10, 5)): 2000,
        ("Reactions, comments and shares", date(2026, 10, 5)): 125,
        ("Link clicks", date(2026, 10, 5)): 12,
        ("Posts", date(2026, 10, 7)): 1,
        ("Reach", date(2026, 10, 7)): 1500,
        ("Reactions, comments and shares", date(2026, 10, 7)): 130,
        ("Link clicks", date(2026, 10, 7)): 20,
    }
    assert any("month first" in n for n in result.notes)
    assert any("Engagement rate" in n for n in result.notes)


def test_content_export_follows_declared_day_first_order(fixtures):
    result = read_file(fixtures / "meta_content.csv", preset="meta", date_format="dmy")
    assert {v.period for v in result.values} == {date(2026, 5, 10), date(2026, 7, 10)}


def test_other_csv_is_not_a_meta_export(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n")
    assert "not a Meta export" in str(read_file(path, preset="meta").problems[0])
