"""The guided KPI-selection wizard (File → Choose KPIs…, and after File → New)."""

from kpidesk.gui.wizard.wizard import KpiWizard, run_kpi_wizard, wizard_shots

__all__ = ["KpiWizard", "run_kpi_wizard", "wizard_shots"]
