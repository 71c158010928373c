import contextlib
import random
import zipfile
from datetime import date, datetime

import pytest

from kpidesk.domain.periods import Period
from kpidesk.imports.errors import ImportFileError
from kpidesk.imports.reader import read_file
from kpidesk.imports.spreadsheet import OLE_MAGIC, ZipLimits, read_spreadsheet

ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Ark1">
<table:table-row><table:table-cell office:value-type="string"><text:p>Dato</text:p>
</table:table-cell><table:table-cell office:value-type="string"><text:p>Økter</text:p>
</table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="date" office:date-value="2026-10-05">
<text:p>05.10.2026</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="1234.5"><text:p>1 234,5</text:p>
</table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>""".replace("\n", "")
ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
<manifest:file-entry manifest:full-path="/"
 manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def test_xlsx_wide_with_real_dates_and_numbers(make_xlsx):
    path = make_xlsx(
        {
            "Salg": [
                [None],
                ["Dato", "Omsetning", "Kunder", "Notat"],
                [date(2026, 10, 5), 1234.5, 12, "ok"],
                [datetime(2026, 10, 6, 0, 0), "1 234,50", None, None],
                ["2026-10-07", "=B3*2", 3, None],  # a formula without a cached value is empty
            ]
        }
    )
    result = read_file(path, mapping={"Notat": "-"})
    assert result.ok, result.problems
    got = {(v.kpi, v.period, v.row): v.value for v in result.values}
    assert got == {
        ("Omsetning", date(2026, 10, 5), 3): 1234.5,
        ("Kunder", date(2026, 10, 5), 3): 12.0,
        ("Omsetning", date(2026, 10, 6), 4): 1234.5,
        ("Kunder", date(2026, 10, 7), 5): 3.0,
    }


def test_xlsx_long_sheet_wins_over_wide_sheets(make_xlsx):
    path = make_xlsx(
        {
            "Verdier": [
                ["kpi", "segment", "period", "value", "comment"],
                ["REV", None, "2026-10", 5, None],
            ],
            "Mål 1": [["period", "REV"], ["2026-10", 5]],
        }
    )
    result = read_file(path)
    assert [(v.kpi, v.period, v.value) for v in result.values] == [
        ("REV", Period.parse("2026-10"), 5.0)
    ]
    assert "Mål 1" in result.notes[0]


def test_xlsx_bad_cell_names_sheet_row_and_column(make_xlsx):
    path = make_xlsx({"Ark": [["Periode", "Salg"], ["2026-10", "mange"]]})
    (problem,) = read_file(path).problems
    assert str(problem).startswith("row 2, column 'Salg': 'mange' is not a number")


def test_ods(tmp_path):
    path = tmp_path / "tall.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", ODS_CONTENT)
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
    result = read_file(path)
    assert [(v.kpi, v.period, v.value) for v in result.values] == [
        ("Økter", date(2026, 10, 5), 1234.5)
    ]


def test_zip_bomb_is_refused_before_opening(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(ImportFileError, match="zip bomb"):
        read_file(path)
    with pytest.raises(ImportFileError, match="would unpack to 20 MB"):
        read_spreadsheet(path, ZipLimits(max_uncompressed=10 * 1024 * 1024))


def test_encrypted_xlsx_gets_a_clean_message(tmp_path):
    path = tmp_path / "secret.xlsx"
    path.write_bytes(OLE_MAGIC + b"\0" * 1000)
    with pytest.raises(ImportFileError, match="password-protected"):
        read_file(path)


@pytest.mark.parametrize(
    ("name", "content", "match"),
    [
        ("notes.xlsx", b"hello, I am text", "not a spreadsheet"),
        ("empty.xlsx", b"", "empty"),
        ("broken.xlsx", b"PK\x03\x04broken", "damaged or not a spreadsheet"),
        ("fake.xls", OLE_MAGIC + b"\0" * 600, "cannot be read"),
        ("image.ods", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "not a spreadsheet"),
    ],
)
def test_non_spreadsheets_get_a_clean_message(tmp_path, name, content, match):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=match):
        read_file(path)


def test_zip_that_is_no_workbook(tmp_path):
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hi")
    with pytest.raises(ImportFileError):
        read_file(path)


def test_presets_refuse_spreadsheets(make_xlsx):
    with pytest.raises(ImportFileError, match="ga4 preset reads CSV"):
        read_file(make_xlsx({"A": [["x"]]}), preset="ga4")


def test_damaged_xlsx_gives_only_our_error(make_xlsx, tmp_path):
    good = make_xlsx({"A": [["Dato", "Salg"], *[[f"2026-10-{i:02d}", i] for i in range(1, 20)]]})
    data = good.read_bytes()
    rng = random.Random(7)
    for n in range(60):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path = tmp_path / f"d{n}.xlsx"
        path.write_bytes(bytes(damaged))
        with contextlib.suppress(ImportFileError):
            read_file(path)
