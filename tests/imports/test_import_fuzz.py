"""Readers on arbitrary input: a result or our own error, never another exception."""

import contextlib
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpidesk.imports.csvfile import decode_bytes, parse_csv
from kpidesk.imports.dates import DateFormat, detect_date_format, parse_date_or_period
from kpidesk.imports.errors import ImportFileError
from kpidesk.imports.ga4 import read_ga4_text
from kpidesk.imports.meta import read_meta_text
from kpidesk.imports.numbers import EN, NB, detect_number_format, parse_number
from kpidesk.imports.paste import parse_paste
from kpidesk.imports.reader import read_file
from kpidesk.imports.tables import read_table

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NUMBERISH = st.text(alphabet="0123456789 ,.-−%()krNOK\u00a0\u202fe+E", max_size=20)
DATEISH = st.text(alphabet="0123456789-./:TZW Q+", max_size=25)
CSVISH = st.text(alphabet=string.printable + 'æøå\u00a0;\t"#−', max_size=400)
pytestmark = pytest.mark.timeout(60)


@FAST
@given(st.one_of(NUMBERISH, st.text(max_size=30)), st.sampled_from([NB, EN]))
def test_parse_number_gives_a_number_none_or_value_error(text, fmt):
    try:
        value = parse_number(text, fmt)
    except ValueError:
        return
    assert value is None or value == value  # never NaN


@FAST
@given(st.lists(NUMBERISH, max_size=10))
def test_detect_number_format_never_raises(samples):
    assert detect_number_format(samples) in (NB, EN, None)


@FAST
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_en_repr_round_trips(value):
    assert parse_number(repr(value), EN) == value


@FAST
@given(st.one_of(DATEISH, st.text(max_size=30)), st.sampled_from([None, *DateFormat]))
def test_date_parsing_gives_a_date_period_or_value_error(text, fmt):
    with contextlib.suppress(ValueError):
        parse_date_or_period(text, fmt)
    detect_date_format([text])


@FAST
@given(st.binary(max_size=600))
def test_csv_reader_on_arbitrary_bytes(data):
    try:
        text, _ = decode_bytes(data)
        table = parse_csv(text)
        read_table(table)
    except ImportFileError:
        pass


@FAST
@given(CSVISH)
def test_readers_on_csv_like_text(text):
    for reader in (read_ga4_text, read_meta_text):
        with contextlib.suppress(ImportFileError):
            reader(text)
    with contextlib.suppress(ImportFileError):
        read_table(parse_csv(text))


@FAST
@given(st.text(alphabet='0123456789,. -\t\r\n"%', max_size=200), st.sampled_from([NB, EN, None]))
def test_parse_paste(text, fmt):
    try:
        rows = parse_paste(text, fmt)
    except ImportFileError:
        return
    assert len({len(r) for r in rows}) <= 1


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([".csv", ".xlsx", ".ods", ".xls", ".dat"]))
def test_read_file_on_arbitrary_files(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    path.write_bytes(data)
    with contextlib.suppress(ImportFileError):
        read_file(path)
