"""The filter row of the KPIs screen: combo boxes that set a KpisFilter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from kpidesk.domain.entities import Goal, Person, Segment
from kpidesk.domain.types import Area, KpiKind, Timing
from kpidesk.gui import labels
from kpidesk.gui.forms.ui_kpis_screen import Ui_KpisScreen
from kpidesk.gui.models.kpis_model import SPLIT_BY_CHANNEL, KpisFilter
from kpidesk.gui.widgets.combos import refill_combo


class FilterBar(QObject):
    """Keeps the filter combos and the proxy in step; `changed` after every change."""

    changed = Signal()

    def __init__(self, ui: Ui_KpisScreen, proxy: KpisFilter) -> None:
        super().__init__(ui.kpis_table)
        self.ui, self.proxy = ui, proxy
        self._fixed(ui.area_filter, self.tr("All areas"), labels.area_names())
        self._fixed(ui.kind_filter, self.tr("Both kinds"), labels.kind_names())
        self._fixed(ui.timing_filter, self.tr("Leading and lagging"), labels.timing_names())
        self._combos: dict[str, QComboBox] = {
            "goal_id": ui.goal_filter,
            "area": ui.area_filter,
            "kind": ui.kind_filter,
            "timing": ui.timing_filter,
            "owner_id": ui.owner_filter,
            "channel": ui.channel_filter,
        }
        for name, combo in self._combos.items():
            combo.currentIndexChanged.connect(lambda _=0, n=name: self._set(n))
        ui.show_retired_check.toggled.connect(self._show_retired)
        ui.search_edit.textChanged.connect(self._search)
        ui.clear_filters_button.clicked.connect(self.clear)

    @staticmethod
    def _fixed(combo: QComboBox, any_text: str, names: dict[Any, str]) -> None:
        combo.addItem(any_text, None)
        for value, name in names.items():
            combo.addItem(name, value.value)

    def fill(self, goals: list[Goal], people: list[Person], channels: list[Segment]) -> None:
        """Refill the choices that come from the file, keeping what is chosen."""
        ui = self.ui
        choices = {
            ui.goal_filter: [(self.tr("All goals"), None)]
            + [(g.title, g.id) for g in goals if g.archived_on is None],
            ui.owner_filter: [(self.tr("Everyone"), None)] + [(p.name, p.id) for p in people],
            ui.channel_filter: [
                (self.tr("Any channel"), None),
                (self.tr("Split by channel"), SPLIT_BY_CHANNEL),
            ]
            + [(s.name, s.code) for s in channels],
        }
        for combo, items in choices.items():
            refill_combo(combo, items)
        for name in ("goal_id", "owner_id", "channel"):
            self._set(name)

    def _set(self, name: str) -> None:
        value = self._combos[name].currentData()
        converters = {"area": Area, "kind": KpiKind, "timing": Timing}
        if value is not None and name in converters:
            value = converters[name](value)
        self.proxy.set_filter(name, value)
        self.changed.emit()

    def _show_retired(self, show: bool) -> None:
        self.proxy.set_filter("show_retired", show)
        self.changed.emit()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self.changed.emit()

    def clear(self) -> None:
        for combo in self._combos.values():
            combo.setCurrentIndex(0)
        self.ui.search_edit.clear()
        self.ui.show_retired_check.setChecked(False)
