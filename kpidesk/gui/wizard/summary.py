"""Page 7: everything that will be stored, before "Create"."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from kpidesk.domain.formatting import format_value
from kpidesk.gui.labels import frequency_names, horizon_names, industry_names, timing_names
from kpidesk.gui.wizard.common import StatePage, buddy
from kpidesk.gui.wizard.state import WizardState


class SummaryPage(StatePage):
    def __init__(self, state: WizardState, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(
            self.tr("Check the plan. “Create” stores it all at once; Cancel stores nothing.")
        )
        self.browser = QTextBrowser()
        self.browser.setObjectName("summary_browser")
        layout = QVBoxLayout(self)
        layout.addWidget(buddy(QLabel(self.tr("&Plan:")), self.browser, self.tr("Plan")))
        layout.addWidget(self.browser)

    def initializePage(self) -> None:
        self.browser.setHtml(self.html())

    def html(self) -> str:
        state = self.state
        business = state.business
        new = self.tr("new")
        parts = [
            f"<h3>{escape(business.name)}</h3><p>{escape(industry_names()[business.industry])}"
            f" · {escape(business.currency)}</p>"
        ]
        timings, frequencies, horizons = timing_names(), frequency_names(), horizon_names()
        for index, goal in enumerate(state.goals):
            badge = f" <i>({new})</i>" if goal.existing_id is None else ""
            parts.append(
                f"<h4>{escape(goal.title)}{badge} – {escape(horizons[goal.horizon].lower())}</h4>"
            )
            rows = []
            for draft in state.serving(index):
                target = ""
                if draft.realistic is not None or draft.stretch is not None:
                    kpi = draft.kpi
                    target = self.tr("target {0}, stretch {1}").format(
                        format_value(draft.realistic, kpi.unit, kpi.decimals, self.lang),
                        format_value(draft.stretch, kpi.unit, kpi.decimals, self.lang),
                    )
                owner = escape(draft.owner) if draft.owner else "–"
                mark = "" if draft.existing else f" <i>({new})</i>"
                rows.append(
                    f"<li><b>{escape(draft.kpi.name)}</b>{mark} · "
                    f"{escape(timings[draft.kpi.timing].lower())} · "
                    f"{escape(frequencies[draft.kpi.frequency].lower())} · "
                    f"{self.tr('owner')}: {owner}"
                    + (f" · {escape(target)}" if target else "")
                    + "</li>"
                )
            if not rows:
                rows.append(f"<li>{self.tr('No KPI yet')}</li>")
            parts.append("<ul>" + "".join(rows) + "</ul>")
        inputs = state.formula_inputs()
        if inputs:
            names = ", ".join(escape(e.name.get(business.language)) for e in inputs)
            parts.append(
                "<p>"
                + self.tr(
                    "Also added, because formulas above are calculated from them: {0}."
                ).format(names)
                + "</p>"
            )
        return "".join(parts)
