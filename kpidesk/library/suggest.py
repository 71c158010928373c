"""Suggest library KPIs for goals the owner wrote in their own words (nb or en).

Score of a KPI for one goal = theme match (the goal's themes × the KPI's themes,
earlier themes of a KPI weighing more) + name match (the goal names the KPI) +
industry fit. A leading KPI also earns part of the score of the best lagging KPI
it drives (capped just below it), and a lagging KPI the words missed is reached
through its drivers, so every goal gets an early warning and a result. KPIs meant
for other industries are left out. Deterministic: ties are broken by code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kpidesk.domain.types import CHANNELS, INDUSTRIES, Timing
from kpidesk.library import lexicon, reasons, words
from kpidesk.library.catalog import Library, load_library
from kpidesk.library.model import LibraryKpi, check_lang

_POSITION_WEIGHTS = (1.0, 0.8, 0.6, 0.5)
_CHANNEL_WEIGHT = 0.5  # a KPI tracked per channel serves every channel, a little …
_OWN_CHANNEL_WEIGHT = 1.5  # … a channel's own KPI is what a goal naming that channel wants
_NAME_WEIGHT = 0.8
_INDUSTRY_BONUS = 0.3  # a KPI made for this industry …
_ALL_INDUSTRIES_BONUS = 0.15  # … beats one for every industry, a little
_DRIVE_SHARE = 0.4  # a leading KPI earns 40 % the score of the lagging KPI it drives …
_DRIVE_CAP = 0.95  # … but no more than just below it
_RESULT_SHARE = 0.3  # a lagging KPI only reached through its driver
_THRESHOLD = 0.45
_GENERIC_NAME_WORDS = words.stems(
    "antall andel prosent gjennomsnittlig snitt per number share rate average percentage of"
    " i på fra av"
)
_FALLBACK = ("REVENUE", "PROFIT_MARGIN", "CUSTOMER_SATISFACTION", "CUSTOMER_ENQUIRIES")


@dataclass(frozen=True)
class Suggestion:
    """One KPI suggested for one goal, with a one-sentence reason in the asked language."""

    code: str
    name: str
    reason: str
    goal_index: int
    timing: Timing
    score: float
    theme: str
    """The goal theme the suggestion rests on (e.g. "retention"), "" for a fallback."""


@dataclass(frozen=True)
class _Entry:
    kpi: LibraryKpi
    themes: dict[str, float]
    names: tuple[tuple[tuple[str, frozenset[str]], ...], ...]
    """Per language, the non-generic words of the name: (stem, known compound parts)."""


@dataclass(frozen=True)
class _Score:
    total: float
    theme: str
    why: str  # which reason: "theme", "name", "drives", "result" or "fallback"
    driven: str = ""
    """The related KPI of a "drives" (the lagging KPI) or "result" (the leading KPI) reason."""


class _Index:
    def __init__(self, library: Library) -> None:
        by_stem, _ = lexicon.theme_maps()
        name_texts = [kpi.name.get(lang) for kpi in library for lang in ("nb", "en")]
        self.vocabulary = frozenset(by_stem) | words.stems(name_texts)
        self.entries = tuple(self._entry(kpi) for kpi in library)
        self.by_code = {entry.kpi.code: entry for entry in self.entries}
        self.drivers: dict[str, list[str]] = {}
        for kpi in library:
            for code in kpi.drives:
                self.drivers.setdefault(code, []).append(kpi.code)

    def _entry(self, kpi: LibraryKpi) -> _Entry:
        themes = {t: _POSITION_WEIGHTS[min(i, 3)] for i, t in enumerate(kpi.themes)}
        if kpi.channel:
            themes[kpi.channel] = _OWN_CHANNEL_WEIGHT
        if kpi.by_channel:
            themes.update({c: _CHANNEL_WEIGHT for c in CHANNELS if c not in themes})
        names = tuple(self._name_words(kpi.name.get(lang)) for lang in ("nb", "en"))
        return _Entry(kpi, themes, names)

    def _name_words(self, name: str) -> tuple[tuple[str, frozenset[str]], ...]:
        found = []
        for word in words.words(name):
            stem = words.stem(word)
            if word not in words.STOPWORDS and stem not in _GENERIC_NAME_WORDS:
                found.append((stem, frozenset(words.split_compound(word, self.vocabulary))))
        return tuple(found)


@cache
def _index(library: Library) -> _Index:
    return _Index(library)


def _word_weight(stem: str) -> float:
    themes = lexicon.theme_maps()[0].get(stem)
    return 0.5 if themes and themes <= lexicon.BROAD_THEMES else 1.0


def _name_score(entry: _Entry, terms: frozenset[str]) -> float:
    """How strongly the goal names the KPI: matched name words (broad ones weigh half),
    scaled by the share of the name that matched."""
    best = 0.0
    for name in entry.names:
        hits = [s for s, parts in name if s in terms or (parts and parts <= terms)]
        if hits:
            best = max(best, sum(map(_word_weight, hits)) * len(hits) / len(name))
    return _NAME_WEIGHT * best


def _base_score(
    entry: _Entry, terms: frozenset[str], goal: dict[str, float], industry: str
) -> _Score:
    parts = {t: w * goal[t] for t, w in entry.themes.items() if t in goal}
    by_theme = sum(parts.values())
    by_name = _name_score(entry, terms)
    theme = min(parts, key=lambda t: (-parts[t], t)) if parts else entry.kpi.themes[0]
    total = by_theme + by_name
    if total:
        total += _INDUSTRY_BONUS if industry in entry.kpi.industries else _ALL_INDUSTRIES_BONUS
    return _Score(round(total, 4), theme, "name" if by_name > by_theme else "theme")


def _with_drives(entry: _Entry, base: dict[str, _Score]) -> _Score:
    """A leading KPI's score raised by the lagging KPIs it drives, but kept below the best
    of them unless it scores higher on its own: the result comes first, its early warning next."""
    own = base[entry.kpi.code]
    driven = [(base[code].total, code) for code in entry.kpi.drives if code in base]
    if not driven:
        return own
    best_total, best_code = min(driven, key=lambda pair: (-pair[0], pair[1]))
    total = round(
        max(own.total, min(own.total + _DRIVE_SHARE * best_total, _DRIVE_CAP * best_total)), 4
    )
    if total > own.total and own.total < _THRESHOLD:
        return _Score(total, base[best_code].theme, "drives", best_code)
    return _Score(total, own.theme, own.why, own.driven)


def _as_result(entry: _Entry, base: dict[str, _Score], drivers: dict[str, list[str]]) -> _Score:
    """A lagging KPI the goal's words missed, scored by the leading KPIs that drive it."""
    own = base[entry.kpi.code]
    scored = [(base[code].total, code) for code in drivers.get(entry.kpi.code, ()) if code in base]
    if own.total > 0 or not scored:
        return own
    best_total, best_code = min(scored, key=lambda pair: (-pair[0], pair[1]))
    return _Score(round(_RESULT_SHARE * best_total, 4), entry.kpi.themes[0], "result", best_code)


def _scores(index: _Index, goal_text: str, industry: str) -> dict[str, _Score]:
    terms = words.terms(goal_text, index.vocabulary)
    goal = lexicon.themes_of(goal_text, index.vocabulary)
    fitting = [e for e in index.entries if e.kpi.fits(industry)]
    base = {e.kpi.code: _base_score(e, terms, goal, industry) for e in fitting}
    return {
        e.kpi.code: _with_drives(e, base)
        if e.kpi.is_leading
        else _as_result(e, base, index.drivers)
        for e in fitting
    }


def _rank(items: list[tuple[str, _Score]]) -> list[tuple[str, _Score]]:
    return sorted(items, key=lambda item: (-item[1].total, item[0]))


def _pick(scores: dict[str, _Score], index: _Index, limit: int) -> list[tuple[str, _Score]]:
    """The best `limit` KPIs, with at least one leading and one lagging KPI when any scored."""
    ranked = _rank(list(scores.items()))
    chosen = [item for item in ranked if item[1].total >= _THRESHOLD][:limit]
    for timing in Timing:
        if not chosen or limit < 2:
            break
        if any(index.by_code[code].kpi.timing is timing for code, _ in chosen):
            continue
        extra = [i for i in ranked if index.by_code[i[0]].kpi.timing is timing and i[1].total > 0]
        if extra:
            chosen = [*chosen[: limit - 1], extra[0]]
    return _rank(chosen)


def _fallback(index: _Index, industry: str, limit: int) -> list[tuple[str, _Score]]:
    codes = [c for c in _FALLBACK if c in index.by_code and index.by_code[c].kpi.fits(industry)]
    return [(code, _Score(0.0, "", "fallback")) for code in codes[:limit]]


def _reason(kpi: LibraryKpi, score: _Score, goal: str, lang: str, library: Library) -> str:
    label = lexicon.THEME_LABELS[score.theme].get(lang) if score.theme else ""
    other = library.get(score.driven).name.get(lang) if score.driven else ""
    return reasons.reason(score.why, lang, goal, kpi.timing, label, other)


def suggest(
    industry: str,
    goals: Sequence[str],
    lang: str = "nb",
    limit: int = 10,
    library: Library | None = None,
) -> list[Suggestion]:
    """Up to `limit` suggestions per goal, grouped by goal in order, best first within a goal.

    A KPI can be suggested for more than one goal (goals and KPIs are many-to-many).
    """
    if industry not in INDUSTRIES:
        raise ValueError(f"unknown industry {industry!r}; use one of {', '.join(INDUSTRIES)}")
    check_lang(lang)
    if isinstance(goals, str):
        raise TypeError("goals must be a sequence of goal texts, not one string")
    library = library or load_library()
    index = _index(library)
    result = []
    for goal_index, goal in enumerate(goals):
        picked = _pick(_scores(index, goal, industry), index, limit) or _fallback(
            index, industry, limit
        )
        for code, score in picked:
            kpi = library.get(code)
            reason = _reason(kpi, score, goal, lang, library)
            name = kpi.name.get(lang)
            result.append(
                Suggestion(code, name, reason, goal_index, kpi.timing, score.total, score.theme)
            )
    return result
