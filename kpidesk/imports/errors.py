"""Problems found while reading a file, each naming the file row and column."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kpidesk.imports.i18n import LANG, msg


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with the input, located by 1-based file row and column."""

    row: int | None
    column: str | int | None
    message: str
    # The language the message was made in (kpidesk.imports.i18n.LANG then);
    # the row and column are named in it too.
    lang: str = field(default_factory=LANG.get, compare=False, repr=False)

    def __str__(self) -> str:
        place = []
        if self.row is not None:
            place.append(msg("at_row", self.lang, row=self.row))
        if self.column is not None and self.column != "":
            place.append(msg("at_column", self.lang, column=self.column))
        return f"{', '.join(place)}: {self.message}" if place else self.message


class ImportFileError(Exception):
    """A file (or pasted block) that cannot be read, with every problem found."""

    def __init__(self, problems: ImportProblem | str | Iterable[ImportProblem]) -> None:
        if isinstance(problems, str):
            problems = [ImportProblem(None, None, problems)]
        elif isinstance(problems, ImportProblem):
            problems = [problems]
        self.problems: tuple[ImportProblem, ...] = tuple(problems) or (
            ImportProblem(None, None, msg("file_unreadable")),
        )
        super().__init__(str(self))

    def __str__(self) -> str:
        # The CLI prints exactly one line: the first problem, and how many more.
        first = str(self.problems[0])
        more = len(self.problems) - 1
        if more:
            lang = self.problems[0].lang
            more_text = msg("and_more", lang, n=more) if more > 1 else msg("and_more_one", lang)
            first += " " + more_text
        return first
