"""Competitors: add, rename, remove (and put back), figures stored and read back."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.domain.entities import Kpi
from kpidesk.store import kpis
from kpidesk.store.changelog import list_changes
from kpidesk.store.competitors import (
    CompetitorValue,
    add_competitor,
    add_competitor_value,
    competitor_values,
    delete_competitor_value,
    list_competitors,
    remove_competitor,
    restore_competitor,
    restore_competitor_value,
    update_competitor,
)
from kpidesk.store.errors import StoreError


@pytest.fixture
def rating(store):
    return kpis.add_kpi(store, Kpi(0, "RATING", "Google rating", decimals=1))


def test_competitors_are_added_renamed_and_listed_by_name(store) -> None:
    vagen = add_competitor(store, "  Vågen Kaffehus ", "Strandkaien 3, vagenkaffe.example")
    koppen = add_competitor(store, "Kaffekoppen AS")
    assert vagen.name == "Vågen Kaffehus"
    assert [c.name for c in list_competitors(store)] == ["Kaffekoppen AS", "Vågen Kaffehus"]
    renamed = update_competitor(store, vagen.__class__(vagen.id, "Vågen Kaffebar", "moved"))
    assert list_competitors(store)[1] == renamed
    assert (renamed.name, renamed.note) == ("Vågen Kaffebar", "moved")
    with pytest.raises(StoreError, match=r"^Name: Kaffekoppen AS is a competitor already"):
        update_competitor(store, koppen.__class__(vagen.id, "Kaffekoppen AS"))
    with pytest.raises(StoreError, match=r"^Name: a competitor needs a name"):
        add_competitor(store, "   ")
    assert list_competitors(store)[1].name == "Vågen Kaffebar"  # nothing half-written
    fields = [(c.entity, c.field, c.old, c.new) for c in list_changes(store)]
    assert ("competitor", "name", "Vågen Kaffehus", "Vågen Kaffebar") in fields


def test_figures_round_trip_through_the_file(store, rating, reopen) -> None:
    rival = add_competitor(store, "Kaffekoppen AS")
    first = add_competitor_value(
        store, CompetitorValue(rival.id, rating.id, date(2026, 4, 1), 4.3, " Google Maps ")
    )
    second = add_competitor_value(
        store, CompetitorValue(rival.id, rating.id, date(2026, 10, 1), 4.1, "Google Maps")
    )
    assert first.id and second.id > first.id and first.source == "Google Maps"
    store.close()
    with reopen() as again:
        assert competitor_values(again, rating.id) == [first, second]
        assert competitor_values(again, competitor_id=rival.id) == [first, second]
        assert competitor_values(again, kpi_id=rating.id + 99) == []


def test_bad_figures_are_refused_naming_the_field(store, rating) -> None:
    rival = add_competitor(store, "Kaffekoppen AS")
    with pytest.raises(StoreError, match=r"^Source:"):
        add_competitor_value(store, CompetitorValue(rival.id, rating.id, date(2026, 4, 1), 4.3))
    with pytest.raises(StoreError, match=r"^Value:"):
        add_competitor_value(
            store, CompetitorValue(rival.id, rating.id, date(2026, 4, 1), float("nan"), "x")
        )
    with pytest.raises(StoreError, match="no competitor"):
        add_competitor_value(store, CompetitorValue(999, rating.id, date(2026, 4, 1), 4.0, "x"))
    assert competitor_values(store) == []


def test_removing_a_competitor_removes_its_figures_and_undo_puts_both_back(store, rating) -> None:
    rival = add_competitor(store, "Kaffekoppen AS", "Torgallmenningen")
    other = add_competitor(store, "Vågen Kaffehus")
    kept = add_competitor_value(
        store, CompetitorValue(other.id, rating.id, date(2026, 4, 1), 4.6, "Google Maps")
    )
    figure = add_competitor_value(
        store, CompetitorValue(rival.id, rating.id, date(2026, 4, 1), 4.3, "Google Maps")
    )
    removed, values = remove_competitor(store, rival.id)
    assert (removed, values) == (rival, [figure])
    assert list_competitors(store) == [other]
    assert competitor_values(store) == [kept]
    restore_competitor(store, removed, values)
    assert list_competitors(store) == [rival, other]  # the same ids: later undo steps still fit
    assert competitor_values(store, rating.id) == [kept, figure]


def test_a_figure_deleted_and_put_back_keeps_its_id(store, rating) -> None:
    rival = add_competitor(store, "Kaffekoppen AS")
    figure = add_competitor_value(
        store, CompetitorValue(rival.id, rating.id, date(2026, 4, 1), 4.3, "Google Maps")
    )
    assert delete_competitor_value(store, figure.id) == figure
    assert competitor_values(store) == []
    with pytest.raises(StoreError, match="no competitor figure"):
        delete_competitor_value(store, figure.id)
    restore_competitor_value(store, figure)
    assert competitor_values(store) == [figure]
