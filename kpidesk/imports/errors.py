"""Problems found while reading a file, each naming the file row and column."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with the input, located by 1-based file row and column."""

    row: int | None
    column: str | int | None
    message: str

    def __str__(self) -> str:
        place = []
        if self.row is not None:
            place.append(f"row {self.row}")
        if self.column is not None and self.column != "":
            place.append(f"column '{self.column}'")
        return f"{', '.join(place)}: {self.message}" if place else self.message


class ImportFileError(Exception):
    """A file (or pasted block) that cannot be read, with every problem found."""

    def __init__(self, problems: ImportProblem | str | Iterable[ImportProblem]) -> None:
        if isinstance(problems, str):
            problems = [ImportProblem(None, None, problems)]
        elif isinstance(problems, ImportProblem):
            problems = [problems]
        self.problems: tuple[ImportProblem, ...] = tuple(problems) or (
            ImportProblem(None, None, "the file could not be read"),
        )
        super().__init__(str(self))

    def __str__(self) -> str:
        # The CLI prints exactly one line: the first problem, and how many more.
        first = str(self.problems[0])
        more = len(self.problems) - 1
        if more:
            first += f" (and {more} more problem{'s' if more > 1 else ''})"
        return first
