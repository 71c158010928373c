import pytest

from kpidesk.imports.numbers import EN, NB, detect_number_format, parse_number

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        ("1 234,50", NB, 1234.5),
        (f"1{NBSP}234,50", NB, 1234.5),
        (f"1{NNBSP}234,50", NB, 1234.5),
        (f"1{NNBSP}234{NNBSP}567,5", NB, 1234567.5),
        ("−12,5", NB, -12.5),
        ("-12,5", NB, -12.5),
        ("12,5 %", NB, 12.5),
        ("62,5 %", NB, 62.5),
        ("kr 1 234", NB, 1234.0),
        ("kr. 1 234,-", NB, 1234.0),
        ("1 234 NOK", NB, 1234.0),
        ("(1 234,00)", NB, -1234.0),
        ("1.234", NB, 1234.0),
        ("1.234,5", NB, 1234.5),
        ("0,625", NB, 0.625),
        ("1,234.50", EN, 1234.5),
        ("0.625", EN, 0.625),
        ("62.5%", EN, 62.5),
        ("1.234", EN, 1.234),
        ("-1,000", EN, -1000.0),
        ("1234", EN, 1234.0),
        ("1234", NB, 1234.0),
        ("", NB, None),
        ("   ", EN, None),
    ],
)
def test_parse_number(text, fmt, expected):
    assert parse_number(text, fmt) == expected


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("12,3,4", NB),
        ("1 234,50", EN),
        ("0.625", NB),
        ("1,234.50", NB),
        ("12 34", NB),
        ("abc", EN),
        ("-", NB),
        ("%", EN),
        ("1e999", EN),
        ("nan", EN),
        ("inf", EN),
    ],
)
def test_parse_number_refuses_with_reason(text, fmt):
    with pytest.raises(ValueError, match=r"number|too large"):
        parse_number(text, fmt)


@pytest.mark.parametrize(
    ("samples", "expected"),
    [
        (["1.234", "12"], None),  # 1234 in nb, 1.234 in en: ask
        (["1,234", "12"], None),
        (["1.234", "12,5"], NB),
        (["1 234,50", "7"], NB),
        (["1,234.50", "0.625"], EN),
        (["62.5%", "1.234"], EN),
        (["12", "1234"], NB),  # whole numbers read alike: the preference
        ([], NB),
        (["12,5", "abc"], NB),
    ],
)
def test_detect_number_format_per_file(samples, expected):
    assert detect_number_format(samples) is expected


def test_detect_prefers_given_format_only_when_it_does_not_matter():
    assert detect_number_format(["12", "13"], prefer=EN) is EN
    assert detect_number_format(["1.234"], prefer=EN) is None
