"""What the import dialog shows before the dry run: kind of file, first rows, mappable columns."""

from __future__ import annotations

import pytest

from kpidesk.imports.preview import guess_preset, preview_file


@pytest.mark.parametrize(
    ("name", "preset"),
    [
        ("ga4_monthly_channels.csv", "ga4"),
        ("ga4_nb_two_tables.csv", "ga4"),
        ("meta_reach_utf16.csv", "meta"),
        ("meta_content.csv", "meta"),
        ("nb_excel_wide.csv", "generic"),
        ("long_export.csv", "generic"),
    ],
)
def test_the_kind_of_file_is_guessed(fixtures, name, preset) -> None:
    assert guess_preset(fixtures / name) == preset


def test_ga4_preview_lists_metrics_and_channel_groups_without_the_total(fixtures) -> None:
    preview = preview_file(fixtures / "ga4_nb_two_tables.csv", "ga4")
    assert preview.columns == ["Økter", "Nøkkelhendelser"]
    assert preview.channels == ["Organic Search", "Email"]
    assert preview.row_numbers[0] == 10


def test_single_metric_meta_export_maps_its_metric(fixtures) -> None:
    preview = preview_file(fixtures / "meta_reach_utf16.csv", "meta")
    assert preview.columns == ["Facebook-sidens rekkevidde"]
    assert preview.header == ["Date", "Primary"] and preview.row_numbers[0] == 4


def test_a_missing_file_is_an_error_not_an_exception(tmp_path) -> None:
    assert "does not exist" in preview_file(tmp_path / "nope.csv", "generic").error
    assert preview_file(tmp_path / "nope.csv", "generic").header_key
