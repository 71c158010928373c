import pytest

from kpidesk.imports.errors import ImportFileError
from kpidesk.imports.numbers import EN, NB
from kpidesk.imports.paste import parse_paste


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        ("1\t2,5\r\n3\t\r\n", NB, [[1.0, 2.5], [3.0, None]]),
        ("1 234,50\t−7\n", NB, [[1234.5, -7.0]]),
        ("1,234.50\t0.625\n62.5%", EN, [[1234.5, 0.625], [62.5, None]]),
        ("1\n\n2\t3", NB, [[1.0, None], [None, None], [2.0, 3.0]]),
        ('"1 234"\t5', NB, [[1234.0, 5.0]]),
        ("", NB, []),
        ("\r\n", NB, []),
        ("12,5", None, [[12.5]]),
    ],
)
def test_parse_paste(text, fmt, expected):
    assert parse_paste(text, fmt) == expected


def test_every_bad_cell_is_named():
    with pytest.raises(ImportFileError) as info:
        parse_paste("1\tx\r\n2\t3\r\ny\t4\r\n", NB)
    assert [(p.row, p.column) for p in info.value.problems] == [(1, 2), (3, 1)]
    assert str(info.value).startswith("row 1, column '2': 'x' is not a number")


def test_ambiguous_block_asks():
    with pytest.raises(ImportFileError, match="choose the number format"):
        parse_paste("1.234\t5", None)
