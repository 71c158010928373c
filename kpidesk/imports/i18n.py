"""The texts the import readers and planner show, in Norwegian Bokmål and English.

Like kpidesk.reports.i18n, these are not Qt strings: the readers are pure
Python. Every user-visible message template in kpidesk.imports is a key here
with both texts and the same ``{name}`` placeholders (a test checks it).

How the language reaches a message: ``read_file(..., lang=...)`` and
``plan_file(..., lang=...)`` set the context variable ``LANG`` for the time they
run, and ``msg(key)`` with no explicit language reads it. So the readers deep
down need no extra parameter. The default is English, which the CLI and the
tests use; the desktop dialog passes the app's language. A worker thread starts
with the default context, which is fine: plan_file sets LANG itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

LANGS = ("nb", "en")
LANG: ContextVar[str] = ContextVar("kpidesk_imports_lang", default="en")

_TEXTS: dict[str, tuple[str, str]] = {
    # (nb, en)
    # --- where a problem is (ImportProblem.__str__, ImportFileError.__str__)
    "at_row": ("rad {row}", "row {row}"),
    "at_column": ("kolonne «{column}»", "column '{column}'"),
    "and_more_one": ("(og 1 problem til)", "(and 1 more problem)"),
    "and_more": ("(og {n} problemer til)", "(and {n} more problems)"),
    "file_unreadable": ("filen kunne ikke leses", "the file could not be read"),
    "total": ("totalt", "total"),
    # --- files
    "not_text": ("filen er ikke en tekstfil (CSV)", "the file is not a text (CSV) file"),
    "bad_encoding": (
        "filen er ikke gyldig {encoding}-tekst",
        "the file is not valid {encoding} text",
    ),
    "too_large": ("filen er for stor ({mb} MB)", "the file is too large ({mb} MB)"),
    "cannot_read": ("kan ikke lese {name}: {reason}", "cannot read {name}: {reason}"),
    "empty": ("{name} er tom", "{name} is empty"),
    "csv_broken": (
        "rad {row}: CSV-filen kan ikke leses ({reason})",
        "row {row}: the CSV cannot be read ({reason})",
    ),
    "no_header": ("{name} har ingen overskriftsrad", "{name} has no header row"),
    "the_file": ("filen", "the file"),
    "not_a_file": (
        "{name} finnes ikke eller er ikke en fil",
        "{name} does not exist or is not a file",
    ),
    "preset_not_sheet": (
        "{preset}-oppsettet leser CSV-eksporter, ikke regneark",
        "the {preset} preset reads CSV exports, not spreadsheets",
    ),
    "no_sheet": (
        "det finnes ikke noe ark med navnet «{sheet}» med data",
        "there is no sheet named '{sheet}' with data",
    ),
    "no_values": ("{name} inneholder ingen verdier", "{name} holds no values"),
    "wide_sheets_skipped": (
        "ark i bred form er utelatt (det lange arket har alt): {sheets}",
        "sheets in wide format left out (the long sheet has it all): {sheets}",
    ),
    "also_at_row": ("rad {row}", "row {row}"),
    "also_earlier": ("tidligere", "earlier"),
    "of_sheet": ("{where} i arket «{sheet}»", "{where} of sheet '{sheet}'"),
    "also_in": (
        "«{kpi}» {segment} {period} står også i {where} med en annen verdi",
        "'{kpi}' {segment} {period} is also in {where} with another value",
    ),
    # --- spreadsheets
    "sheet_damaged_reason": (
        "{name} er skadet eller ikke et regneark ({reason})",
        "{name} is damaged or not a spreadsheet ({reason})",
    ),
    "sheet_too_many_parts": (
        "{name} har for mange deler ({n}) til å kunne åpnes",
        "{name} has too many parts ({n}) to be opened",
    ),
    "sheet_too_big": (
        "{name} ville blitt {mb} MB når den pakkes ut, mer enn {limit} MB som er tillatt",
        "{name} would unpack to {mb} MB, more than the {limit} MB allowed",
    ),
    "sheet_zip_bomb": (
        "{name} er komprimert {ratio}:1 (delen {part}); det ser ut som en zip-bombe og åpnes ikke",
        "{name} is compressed {ratio}:1 (part {part}); this looks like a zip bomb "
        "and is not opened",
    ),
    "sheet_password": (
        "{name} er passordbeskyttet; lagre den uten passord og prøv igjen",
        "{name} is password-protected; save it without a password and try again",
    ),
    "not_ods": ("{name} er ikke et ODS-regneark", "{name} is not an ODS spreadsheet"),
    "not_xls": (
        "{name} er ikke en XLS-fil av den gamle typen",
        "{name} is not an old-style XLS file",
    ),
    "not_sheet": (
        "{name} er ikke et regneark (XLSX, ODS eller XLS)",
        "{name} is not a spreadsheet (XLSX, ODS or XLS)",
    ),
    "sheet_unreadable": (
        "{name} kan ikke leses som et regneark ({reason})",
        "{name} cannot be read as a spreadsheet ({reason})",
    ),
    "sheet_damaged": ("{name} er skadet og kan ikke leses", "{name} is damaged and cannot be read"),
    "sheet_no_data": ("{name} har ingen data", "{name} has no data"),
    # --- pasted blocks
    "paste_too_large": ("den innlimte blokken er for stor", "the pasted block is too large"),
    "paste_number_format": (
        "tall som 1.234 kan være norske (1234) eller engelske (1.234); velg tallformat",
        "numbers like 1.234 could be Norwegian (1234) or English (1.234); choose the number format",
    ),
    # --- numbers and dates
    "number_too_long": (
        "«{text}…» er for langt til å være et tall",
        "'{text}…' is too long to be a number",
    ),
    "not_number_nb": (
        "«{text}» er ikke et tall (ventet norsk format med desimalkomma)",
        "'{text}' is not a number (expected nb format, decimal comma)",
    ),
    "not_number_en": (
        "«{text}» er ikke et tall (ventet engelsk format med desimalpunktum)",
        "'{text}' is not a number (expected en format, decimal point)",
    ),
    "number_too_large": ("«{text}» er for stort", "'{text}' is too large"),
    "not_number": ("«{text}» er ikke et tall", "'{text}' is not a number"),
    "date_not_number": ("«{text}» er en dato, ikke et tall", "'{text}' is a date, not a number"),
    "bad_date": ("«{text}» er ikke en gyldig dato", "'{text}' is not a valid date"),
    "date_too_long": (
        "«{text}…» er for langt til å være en dato",
        "'{text}…' is too long to be a date",
    ),
    "date_ambiguous": (
        "«{text}» kan være dag/måned eller måned/dag; velg datorekkefølgen i filen",
        "'{text}' could be day/month or month/day; choose the file's date order",
    ),
    "not_date_hint": (
        "«{text}» er ikke en dato eller periode; "
        "skriv 2026-10-05, 05.10.2026, 20261005 eller 2026-10",
        "'{text}' is not a date or period; write 2026-10-05, 05.10.2026, 20261005 or 2026-10",
    ),
    "not_date": ("«{text}» er ikke en dato eller periode", "'{text}' is not a date or period"),
    "export_no_folder": ("mappen {folder} finnes ikke", "the folder {folder} does not exist"),
    "export_cannot_write": (
        "kan ikke skrive i {folder}: {reason}",
        "cannot write in {folder}: {reason}",
    ),
    "export_not_written": ("{name} ble ikke skrevet: {reason}", "{name} was not written: {reason}"),
    "export_kind": (
        "{name}: eksport skriver .csv- eller .xlsx-filer, ikke «{suffix}»",
        "{name}: export writes .csv or .xlsx files, not '{suffix}'",
    ),
    "bad_period": (
        "«{text}» er ikke en gyldig periode; skriv for eksempel 2026-10-05, 2026-W41, 2026-10, "
        "2026-Q3 eller 2026",
        "'{text}' is not a valid period; write e.g. 2026-10-05, 2026-W41, 2026-10, 2026-Q3 or 2026",
    ),
    "period_kind": (
        "«{text}» er en periode på én {found}, men verdiene her gjelder én {wanted}",
        "'{text}' is a {found} period, but the values here are per {wanted}",
    ),
    # --- tables
    "ask_number_format": (
        "tall som 1.234 kan være norske (1234) eller engelske (1.234); velg tallformatet i filen",
        "numbers like 1.234 could be Norwegian (1234) or English (1.234); "
        "choose the file's number format",
    ),
    "ask_date_format": (
        "datoene kan være dag/måned eller måned/dag (01/02/2026); velg datorekkefølgen i filen",
        "the dates could be day/month or month/day (01/02/2026); choose the file's date order",
    ),
    "kpi_missing": ("KPI mangler", "the KPI is missing"),
    "period_missing": ("perioden mangler", "the period is missing"),
    "map_unknown_column": (
        "--map nevner en kolonne som filen ikke har",
        "--map names a column the file does not have",
    ),
    "no_kpi_columns": (
        "ingen KPI-kolonner: ventet en periodekolonne og én kolonne per KPI",
        "no KPI columns: expected a period column and one per KPI",
    ),
    # --- GA4
    "ga4_no_dates": (
        "ingen start- og sluttdato i «#»-linjene over tabellen og ingen Date-kolonne",
        "no start and end date in the '#' lines above the table and no Date column",
    ),
    "ga4_not_period": (
        "filen dekker {start}…{end}, som ikke er én dag, uke, måned, kvartal eller år; "
        "eksporter en hel periode eller legg til dimensjonen Date",
        "the file covers {start}…{end}, which is not one day, week, month, quarter or year; "
        "export a whole period or add the Date dimension",
    ),
    "ga4_bad_day": (
        "«{text}» er ikke en dato på formen ÅÅÅÅMMDD",
        "'{text}' is not a YYYYMMDD date",
    ),
    "ga4_totals_summed": (
        "{table}: totalene er regnet ut ved å legge sammen kanalene",
        "{table}: totals computed by adding up the channels",
    ),
    "ga4_no_table": ("filen har ingen GA4-tabell", "the file has no GA4 table"),
    "ga4_table": ("tabell {n}", "table {n}"),
    "ga4_unmapped": (
        "kanalgrupper uten segment (koble dem eller utelat dem): {names}",
        "channel groups without a segment (map them or leave them out): {names}",
    ),
    "summed_dropped": (
        "«{kpi}» for segmentet «{segment}» er utelatt: en rate eller et snitt fra flere "
        "kilder kan ikke legges sammen",
        "'{kpi}' for segment '{segment}' left out: a rate or average of several "
        "sources cannot be added up",
    ),
    # --- Meta
    "meta_days_filled": (
        "«{metric}»: {n} dag(er) som mangler i filen, er regnet som 0",
        "'{metric}': {n} day(s) missing in the file counted as 0",
    ),
    "meta_month_first": (
        "publiseringstider er lest med måned først (MM/DD/ÅÅÅÅ), slik Meta skriver dem",
        "publish times read month first (MM/DD/YYYY), as Meta writes them",
    ),
    "meta_rates_skipped": (
        "rater og snitt kan ikke legges sammen per dag: {names}",
        "rates and averages cannot be added up per day: {names}",
    ),
    "meta_not_export": (
        "ikke en Meta-eksport: ventet et målenavn og «Date»,«Primary», "
        "eller en innleggsliste med kolonnen «Publish time»",
        'not a Meta export: expected a metric name and "Date","Primary", '
        'or a post list with a "Publish time" column',
    ),
    # --- KPI and segment names (catalogue)
    "kpi_ambiguous": (
        "«{text}» er navnet på flere KPI-er ({codes}); bruk koden",
        "'{text}' is the name of several KPIs ({codes}); use the code",
    ),
    "no_kpi": (
        "det finnes ingen KPI «{text}» (skriv en KPI-kode eller et navn, eller koble kolonnen "
        "til en KPI)",
        "there is no KPI '{text}' (write a KPI code or name, or map the column with --map)",
    ),
    "no_segment": (
        "det finnes ikke noe segment «{text}» (kjente: {known})",
        "there is no segment '{text}' (known: {known})",
    ),
    "not_split": (
        "{code} er ikke delt opp i segmenter, så den har ikke «{text}»",
        "{code} is not split by segment, so it has no '{text}'",
    ),
    "wrong_dimension": (
        "«{text}» er en verdi for {dimension}; {code} er delt opp etter {kpi_dimension}",
        "'{text}' is a {dimension} value; {code} is split by {kpi_dimension}",
    ),
    "segment_word": ("segment", "segment"),
    "none": ("ingen", "none"),
    # --- planning (resolve, planned, plan)
    "too_coarse": (
        "{code} måles per {frequency}, men {period} gjelder en lengre periode ({period_frequency})",
        "{code} is measured per {frequency}; {period} is a whole {period_frequency}",
    ),
    "is_formula": (
        "{code} regnes ut fra formelen ({formula}); importer tallene den bygger på",
        "{code} is computed from its formula ({formula}); import its inputs",
    ),
    "twice": (
        "{code} {segment} {period} står to ganger i filen med ulike verdier",
        "{code} {segment} {period} is in the file twice with different values",
    ),
    "unsplit_total": (
        "{code} er ikke delt opp i segmenter: bare totalen i filen er brukt",
        "{code} is not split by segment: only the file's total was used",
    ),
    "unmatched_columns": (
        "kolonner som ikke passer med noen KPI, er utelatt (koble dem til en KPI): {names}",
        "columns that match no KPI, left out (map them with --map): {names}",
    ),
    "no_column_matches": (
        "ingen kolonne passer med en KPI ({names}); koble kolonnene til KPI-er",
        "no column matches a KPI ({names}); map them with --map COLUMN=KPI",
    ),
    "whole_and_parts": (
        "{code} {period}: filen har både verdien per {frequency} og verdier for deler av perioden",
        "{code} {period}: the file has the whole {frequency} and its parts",
    ),
    "mixed_frequencies": (
        "{code} {period}: filen blander verdier per {frequencies}",
        "{code} {period}: the file mixes {frequencies} values",
    ),
    "and": ("og", "and"),
    "counted": ("{n} av {expected} {units}", "{n} of {expected} {units}"),
    "not_over": (
        "{code} {period} er ikke over: {counted} så langt",
        "{code} {period} is not over: {counted} so far",
    ),
    "partial": (
        "{code} {period}: filen har bare {counted}, fra {first}; verdien per {frequency} "
        "trenger alle (eksporter hele perioder)",
        "{code} {period}: the file has only {counted}, from {first} on; "
        "a {frequency}'s value needs them all (export whole {frequency}s)",
    ),
    "closed": (
        "{code} {period} er i en lukket periode (perioder til og med {through} er lukket); "
        "gjenåpne perioden for å endre verdien",
        "{code} {period} is in a closed period (periods through {through} are closed); "
        "reopen the period to change its value",
    ),
    "retired": (
        "{code} ble avviklet {date}; ingen verdier fra da av",
        "{code} was retired on {date}; no values from then on",
    ),
    "outside_scale": (
        "{value} er utenfor skalaen til {code} {minimum}–{maximum}",
        "{value} is outside {code}'s scale {minimum}–{maximum}",
    ),
    "n_values": ("{message} ({n} verdier)", "{message} ({n} values)"),
    "format_open": (
        "tallformatet eller datoformatet i filen er ikke valgt ennå",
        "the file's number or date format is still open",
    ),
}

_FREQUENCY: dict[str, tuple[str, str]] = {
    # en word: (nb singular, nb plural)
    "day": ("dag", "dager"),
    "week": ("uke", "uker"),
    "month": ("måned", "måneder"),
    "quarter": ("kvartal", "kvartaler"),
    "year": ("år", "år"),
}


def current() -> str:
    """The language messages are made in now."""
    return LANG.get()


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Make messages in `lang` until the block ends: "nb" (or nb_NO, no …) or else English."""
    token = LANG.set("nb" if lang.lower().startswith(("nb", "no")) else "en")
    try:
        yield
    finally:
        LANG.reset(token)


def msg(key: str, lang: str | None = None, **values: object) -> str:
    """The text for `key` in `lang` (the current language when None), filled in."""
    nb, en = _TEXTS[key]
    text = nb if (lang or LANG.get()) == "nb" else en
    return text.format(**values) if values else text


def freq(frequency: object, lang: str | None = None, plural: bool = False) -> str:
    """A frequency's noun (day, week …; nb dag, uke …) in `lang`, one or several."""
    word = str(frequency)
    if (lang or LANG.get()) == "nb" and word in _FREQUENCY:
        return _FREQUENCY[word][plural]
    return word + "s" if plural else word


def texts() -> dict[str, tuple[str, str]]:
    """The whole catalogue, for tests."""
    return dict(_TEXTS)
