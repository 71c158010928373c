"""Cause tags on values, and competitors with dated figures."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.domain.entities import Business, Kpi
from kpidesk.domain.periods import Period
from kpidesk.store import kpis
from kpidesk.store.business import save_business
from kpidesk.store.causes import (
    add_cause,
    list_causes,
    remove_cause,
    rename_cause,
    set_value_causes,
    value_causes,
)
from kpidesk.store.competitors import (
    CompetitorValue,
    add_competitor,
    add_competitor_value,
    competitor_values,
)
from kpidesk.store.connection import create_database
from kpidesk.store.errors import StoreError


def test_a_new_business_gets_default_causes_in_its_language(tmp_path) -> None:
    with create_database(tmp_path / "nb.kpidesk") as store:
        save_business(store, Business("Fjordkafé", language="nb"))
        assert [c.name for c in list_causes(store)][:2] == ["Sesong", "Kampanje satt på pause"]


def test_tags_explain_values_and_can_be_edited(store) -> None:
    kpi = kpis.add_kpi(store, Kpi(0, "REV", "Revenue"))
    season, paused = list_causes(store)[:2]
    july = Period.parse("2026-07")
    set_value_causes(store, kpi.id, july, [season.id, paused.id])
    assert value_causes(store, kpi.id) == {("", july.start): [season.name, paused.name]}
    rename_cause(store, season.id, "Summer season")
    assert value_causes(store, kpi.id)[("", july.start)][0] == "Summer season"
    remove_cause(store, paused.id)
    assert value_causes(store, kpi.id) == {("", july.start): ["Summer season"]}
    stock = add_cause(store, "Supplier late")
    assert list_causes(store)[-1] == stock
    with pytest.raises(StoreError, match="already"):
        add_cause(store, "Supplier late")


def test_competitor_figures_need_a_source(store) -> None:
    kpi = kpis.add_kpi(store, Kpi(0, "CSAT", "Satisfaction"))
    rival = add_competitor(store, "Kaffekoppen AS")
    with pytest.raises(StoreError, match="source"):
        add_competitor_value(store, CompetitorValue(rival.id, kpi.id, date(2026, 10, 1), 4.2))
    add_competitor_value(
        store,
        CompetitorValue(rival.id, kpi.id, date(2026, 10, 1), 4.2, "Google reviews, 1 Oct 2026"),
    )
    [figure] = competitor_values(store, kpi.id)
    assert (figure.value, figure.source) == (4.2, "Google reviews, 1 Oct 2026")
