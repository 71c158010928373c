"""Formulas over KPI codes, e.g. ``ORDERS / VISITS * 100``, parsed safely (no eval).

Grammar::

    expr   := term (('+' | '-') term)*
    term   := unary (('*' | '/') unary)*
    unary  := '-' unary | atom
    atom   := NUMBER | CODE | FUNC '(' expr (',' expr)* ')' | '(' expr ')'

The parser compiles to a postfix program so evaluation needs no recursion, and
a missing input or a division by zero gives no value with a reason, never an
exception.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

MAX_LENGTH = 1000
"""Longest formula text accepted; a KPI formula is a line, not a program."""
MAX_DEPTH = 40
"""Deepest nesting of parentheses, functions and unary minus accepted."""

_FUNCTIONS: dict[str, Callable[[list[float]], float]] = {
    "min": min,
    "max": max,
    "abs": lambda args: abs(args[0]),
}
_MAX_ARGS = {"abs": 1}
_SPACE = re.compile(r"\s*")
_TOKEN = re.compile(
    r"(?P<num>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<op>[-+*/(),])"
)
_END = "end of formula"


class FormulaError(ValueError):
    """A formula that cannot be parsed, with where (0-based) and which code."""

    def __init__(self, message: str, position: int, code: str | None = None) -> None:
        super().__init__(f"{message} at position {position}")
        self.message = message
        self.position = position
        self.code = code


@dataclass(frozen=True)
class Evaluation:
    """A computed value, or None with the reason there is none."""

    value: float | None
    reason: str = ""


# A program step: ("num", value) | ("ref", code) | ("neg",) | ("op", symbol) | ("call", name, n)
_Step = tuple[Any, ...]


@dataclass(frozen=True)
class Formula:
    """A parsed formula: its text, the KPI codes it reads, and how to evaluate it."""

    text: str
    codes: frozenset[str]
    _program: tuple[_Step, ...] = field(repr=False, compare=False)

    def evaluate(self, values: Mapping[str, float | None]) -> Evaluation:
        """The formula's value for these input values (None with a reason if it has none)."""
        stack: list[Evaluation] = []
        for step in self._program:
            stack.append(_run(step, stack, values))
        result = stack[-1]
        if result.value is not None and not math.isfinite(result.value):
            return Evaluation(None, "result is not a finite number")
        return result


def _run(step: _Step, stack: list[Evaluation], values: Mapping[str, float | None]) -> Evaluation:
    """Execute one step, popping its operands from `stack`."""
    kind = step[0]
    if kind == "num":
        return Evaluation(step[1])
    if kind == "ref":
        value = values.get(step[1])
        return Evaluation(float(value)) if value is not None else Evaluation(None, _no_value(step))
    count = 1 if kind == "neg" else 2 if kind == "op" else step[2]
    args = stack[-count:]
    del stack[-count:]
    missing = next((a for a in args if a.value is None), None)
    if missing is not None:  # a missing input makes the whole result missing, never zero
        return missing
    numbers = [a.value for a in args]
    if kind == "neg":
        return Evaluation(-numbers[0])
    if kind == "call":
        return Evaluation(float(_FUNCTIONS[step[1]](numbers)))
    return _arithmetic(step[1], numbers[0], numbers[1])


def _no_value(step: _Step) -> str:
    return f"no value for {step[1]}"


def _arithmetic(op: str, a: float, b: float) -> Evaluation:
    if op == "+":
        return Evaluation(a + b)
    if op == "-":
        return Evaluation(a - b)
    if op == "*":
        return Evaluation(a * b)
    if b == 0:
        return Evaluation(None, "division by zero")
    return Evaluation(a / b)


def parse_formula(text: str, known_codes: Collection[str] | None = None) -> Formula:
    """Parse `text`; with `known_codes`, any other code is an error naming it."""
    if not isinstance(text, str):
        raise FormulaError("a formula must be text", 0)
    if len(text) > MAX_LENGTH:
        raise FormulaError(f"formula longer than {MAX_LENGTH} characters", MAX_LENGTH)
    parser = _Parser(text, known_codes)
    parser.expression(0)
    parser.expect_end()
    codes = frozenset(step[1] for step in parser.program if step[0] == "ref")
    return Formula(text, codes, tuple(parser.program))


class _Parser:
    """Recursive descent over the token list, emitting a postfix program."""

    def __init__(self, text: str, known_codes: Collection[str] | None) -> None:
        self.tokens = _tokenize(text)
        self.index = 0
        self.known = None if known_codes is None else frozenset(known_codes)
        self.program: list[_Step] = []

    # --- token access --------------------------------------------------
    def peek(self) -> tuple[str, str, int]:
        return self.tokens[self.index]

    def take(self) -> tuple[str, str, int]:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, symbol: str) -> None:
        kind, value, position = self.peek()
        if (kind, value) != ("op", symbol):
            raise FormulaError(f"expected '{symbol}'", position)
        self.take()

    def expect_end(self) -> None:
        kind, value, position = self.peek()
        if kind != "end":
            raise FormulaError(f"unexpected '{value}'", position)

    # --- grammar -------------------------------------------------------
    def expression(self, depth: int) -> None:
        self.term(depth)
        while self.peek()[:2] in (("op", "+"), ("op", "-")):
            symbol = self.take()[1]
            self.term(depth)
            self.program.append(("op", symbol))

    def term(self, depth: int) -> None:
        self.unary(depth)
        while self.peek()[:2] in (("op", "*"), ("op", "/")):
            symbol = self.take()[1]
            self.unary(depth)
            self.program.append(("op", symbol))

    def unary(self, depth: int) -> None:
        kind, value, position = self.peek()
        if depth > MAX_DEPTH:
            raise FormulaError(f"formula nested deeper than {MAX_DEPTH} levels", position)
        if (kind, value) == ("op", "-"):
            self.take()
            self.unary(depth + 1)
            self.program.append(("neg",))
        else:
            self.atom(depth)

    def atom(self, depth: int) -> None:
        kind, value, position = self.take()
        if kind == "num":
            self.program.append(("num", float(value)))
        elif kind == "name":
            self.name(value, position, depth)
        elif (kind, value) == ("op", "("):
            self.expression(depth + 1)
            self.expect(")")
        else:
            shown = _END if kind == "end" else f"'{value}'"
            raise FormulaError(f"expected a number, KPI code or '(' but found {shown}", position)

    def name(self, value: str, position: int, depth: int) -> None:
        function = value.lower()
        if function in _FUNCTIONS:
            self.call(function, depth)
        elif self.peek()[:2] == ("op", "("):
            raise FormulaError(f"unknown function '{value}'", position)
        elif self.known is not None and value not in self.known:
            raise FormulaError(f"unknown KPI code '{value}'", position, code=value)
        else:
            self.program.append(("ref", value))

    def call(self, function: str, depth: int) -> None:
        self.expect("(")
        count = 1
        self.expression(depth + 1)
        while self.peek()[:2] == ("op", ","):
            self.take()
            self.expression(depth + 1)
            count += 1
        position = self.peek()[2]
        self.expect(")")
        most = _MAX_ARGS.get(function)
        if most is not None and count > most:
            raise FormulaError(f"{function}() takes {most} argument", position)
        self.program.append(("call", function, count))


def _tokenize(text: str) -> list[tuple[str, str, int]]:
    """(kind, text, position) tokens ending with an ("end", "", len) token."""
    tokens: list[tuple[str, str, int]] = []
    position = 0
    while True:
        position = _SPACE.match(text, position).end()
        if position >= len(text):
            break
        match = _TOKEN.match(text, position)
        if match is None or match.lastgroup is None:
            raise FormulaError(f"unexpected character '{text[position]}'", position)
        kind = match.lastgroup
        tokens.append((kind, match.group(kind), position))
        position = match.end()
    tokens.append(("end", "", len(text)))
    return tokens
