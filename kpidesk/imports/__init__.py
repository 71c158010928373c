"""Readers for CSV, XLSX/ODS/XLS, GA4 and Meta exports, and pasted blocks (no Qt, no database).

Import the modules themselves (`kpidesk.imports.reader`, `.numbers`, `.paste` …):
this package imports nothing, so the data-entry grid can parse a number
without loading every spreadsheet reader at start-up.
"""
