"""The printed documents (ReportLab): the scorecard and the KPI charter. No Qt in here."""

from kpidesk.reports.reportlab_import import install

install()  # before any module here imports ReportLab: see reportlab_import.py
