from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.formula import MAX_DEPTH, Evaluation, FormulaError, parse_formula
from kpidesk.domain.periods import Period
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.types import Frequency, RollUp

M, Q = Frequency.MONTH, Frequency.QUARTER


def value_of(text, **values):
    return parse_formula(text).evaluate(values).value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 + 2 * 3", 7.0),
        ("(1 + 2) * 3", 9.0),
        ("10 - 4 - 3", 3.0),
        ("24 / 4 / 2", 3.0),
        ("-2 * 3", -6.0),
        ("2 * -3", -6.0),
        ("--4", 4.0),
        ("-(1 + 2)", -3.0),
        ("1 - -1", 2.0),
        (".5 + 1.", 1.5),
        ("min(3, 1, 2)", 1.0),
        ("MAX(3, 1, 2)", 3.0),
        ("Abs(-7)", 7.0),
        ("max(1)", 1.0),
        ("min(max(1, 5), 4) * 2", 8.0),
        ("  1\t+\n2  ", 3.0),
    ],
)
def test_arithmetic(text, expected):
    assert value_of(text) == expected


def test_codes_are_case_sensitive_inputs():
    formula = parse_formula("ORDERS / VISITS * 100")
    assert formula.codes == frozenset({"ORDERS", "VISITS"})
    assert formula.evaluate({"ORDERS": 5, "VISITS": 200}) == Evaluation(2.5, "")
    assert formula.evaluate({"orders": 5, "VISITS": 200}) == Evaluation(None, "no value for ORDERS")
    assert parse_formula("x_1 + X_1").codes == frozenset({"x_1", "X_1"})


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"A": 1.0, "B": 0.0}, "division by zero"),
        ({"A": 1.0, "B": None}, "no value for B"),
        ({"A": 1.0}, "no value for B"),
        ({"B": 2.0}, "no value for A"),
    ],
)
def test_no_value_with_reason(values, reason):
    assert parse_formula("A / B").evaluate(values) == Evaluation(None, reason)


def test_missing_is_not_zero_inside_functions():
    assert parse_formula("max(A, 0)").evaluate({"A": None}) == Evaluation(None, "no value for A")


def test_overflow_gives_no_value():
    result = parse_formula("A * A").evaluate({"A": 1e200})
    assert result.value is None
    assert result.reason


@pytest.mark.parametrize(
    ("text", "message", "position", "code"),
    [
        ("ORDERS * 100 / VISTS", "unknown KPI code 'VISTS'", 15, "VISTS"),
        ("(ORDERS+1", "expected ')'", 9, None),
        ("ORDERS +", "expected a number, KPI code or '(' but found end of formula", 8, None),
        ("", "expected a number, KPI code or '(' but found end of formula", 0, None),
        ("1 2", "unexpected '2'", 2, None),
        ("ORDERS # 2", "unexpected character '#'", 7, None),
        ("sqrt(4)", "unknown function 'sqrt'", 0, None),
        ("abs(1, 2)", "abs() takes 1 argument", 8, None),
        ("min + 1", "expected '('", 4, None),
        ("VISITS)", "unexpected ')'", 6, None),
        ("1 + * 2", "expected a number, KPI code or '(' but found '*'", 4, None),
    ],
)
def test_errors(text, message, position, code):
    with pytest.raises(FormulaError) as info:
        parse_formula(text, known_codes={"ORDERS", "VISITS"})
    error = info.value
    assert (error.message, error.position, error.code) == (message, position, code)
    assert str(error) == f"{message} at position {position}"


def test_unknown_codes_are_allowed_without_a_list():
    assert parse_formula("VISTS").codes == frozenset({"VISTS"})


def test_depth_and_length_are_guarded():
    parse_formula("(" * MAX_DEPTH + "1" + ")" * MAX_DEPTH)
    with pytest.raises(FormulaError, match="nested deeper"):
        parse_formula("(" * 300 + "1" + ")" * 300)
    with pytest.raises(FormulaError, match="nested deeper"):
        parse_formula("-" * 500 + "1")
    with pytest.raises(FormulaError, match="longer than"):
        parse_formula("1+" * 5000 + "1")
    # a long flat sum is fine and evaluates without recursion
    assert value_of("+".join(["1"] * 400)) == 400.0


FORMULA_ALPHABET = st.sampled_from(list("0123456789.+-*/(), ABCXYZabcminxs_\t#é"))


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=60), st.text(FORMULA_ALPHABET, max_size=60)))
def test_any_text_parses_or_raises_formula_error(text):
    try:
        formula = parse_formula(text, known_codes={"A", "B", "C"})
    except FormulaError as error:
        assert 0 <= error.position <= len(text)
        return
    result = formula.evaluate({"A": 1.0, "B": 0.0, "C": None})
    assert (result.value is None) == bool(result.reason)


# --- ratios are computed, not averaged ------------------------------------------------


def _monthly(values):
    first = Period.parse("2026-01")
    return {first.shift(i): v for i, v in enumerate(values)}


def test_quarterly_ratio_is_sum_over_sum_not_mean_of_ratios():
    orders = KpiSeries.plain(M, RollUp.SUM, _monthly([1, 10, 100]))
    visits = KpiSeries.plain(M, RollUp.SUM, _monthly([10, 100, 100]))
    rate = KpiSeries.derived(
        M, parse_formula("ORDERS / VISITS"), {"ORDERS": orders, "VISITS": visits}
    )
    monthly = [rate.value(p).value for p in Period.parse("2026-Q1").children(M)]
    assert monthly == [0.1, 0.1, 1.0]
    quarter = rate.value(Period.parse("2026-Q1")).value
    assert quarter == 111 / 210
    assert quarter != pytest.approx(sum(monthly) / 3)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(0, 1e6, allow_nan=False), st.floats(1, 1e6, allow_nan=False)),
        min_size=3,
        max_size=3,
    )
)
def test_quarterly_ratio_property(pairs):
    orders = KpiSeries.plain(M, RollUp.SUM, _monthly([n for n, _ in pairs]))
    visits = KpiSeries.plain(M, RollUp.SUM, _monthly([d for _, d in pairs]))
    rate = KpiSeries.derived(M, parse_formula("O / V"), {"O": orders, "V": visits})
    expected = sum(n for n, _ in pairs) / sum(d for _, d in pairs)
    assert rate.span(date(2026, 1, 1), date(2026, 3, 31)).value == pytest.approx(expected)
