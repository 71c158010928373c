import codecs

import pytest

from kpidesk.imports.csvfile import decode_bytes, parse_csv, sniff_delimiter
from kpidesk.imports.errors import ImportFileError
from kpidesk.imports.reader import read_file

TEXT = "Dato;Snittkjøp;Ærlighet;Økter\n01.10.2026;12,5;1;2\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_encodings_keep_norwegian_letters(data, encoding):
    text, found = decode_bytes(data)
    assert text == TEXT
    assert found == encoding


def test_binary_is_refused():
    with pytest.raises(ImportFileError, match="not a text"):
        decode_bytes(b"a,b\n\x00\x01\x02\x03garbage")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Dato;Omsetning", "2026-10;1234,50", "2026-11;12,5"], ";"),
        (["date,revenue", "2026-10,1234.50"], ","),
        (["Dato\tOmsetning", "2026-10\t1 234,50"], "\t"),
        (["kpi,segment,period,value,comment", 'A,,2026,"1,5",x'], ","),
        (["single"], ","),
        ([], ","),
    ],
)
def test_sniff_delimiter(lines, expected):
    assert sniff_delimiter(lines) == expected


def test_sep_line_is_honoured_and_rows_keep_file_numbers():
    table = parse_csv('sep=;\r\nA;B\r\n\r\n1,5;"two\r\nlines"\r\n3;4\r\n')
    assert table.header == ["A", "B"]
    assert table.header_row == 2
    assert table.rows == [["1,5", "two\r\nlines"], ["3", "4"]]
    assert table.row_numbers == [4, 6]


def test_norwegian_excel_csv(fixtures):
    result = read_file(fixtures / "nb_excel_wide.csv")
    assert result.ok, result.problems
    assert result.encoding == "cp1252"
    assert str(result.number_format) == "nb"
    got = {(v.kpi, v.period.isoformat()): v.value for v in result.values}
    assert got[("Omsetning", "2026-10-01")] == 1234.5
    assert got[("Omsetning", "2026-10-02")] == 1234.5  # no-break space thousands
    assert got[("Omsetning", "2026-10-03")] == 2000.0  # kr 2 000
    assert got[("Omsetning", "2026-10-04")] == -12.5
    assert got[("Snittkjøp", "2026-10-01")] == 27.43
    assert got[("Bruttomargin %", "2026-10-01")] == 62.5
    assert ("Antall kunder", "2026-10-03") not in got  # an empty cell is no value
    assert all(v.kpi != "Kommentar" for v in result.values)


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", b"\n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match="empty"):
        read_file(path)


def test_header_only_file_holds_no_values(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("kpi,segment,period,value,comment\n")
    result = read_file(path)
    assert "holds no values" in str(result.problems[0])


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError, match="does not exist"):
        read_file(tmp_path / "nope.csv")
