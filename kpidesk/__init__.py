"""KPIDesk: an offline KPI desk for small businesses."""

__version__ = "0.1.0"
