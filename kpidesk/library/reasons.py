"""The one-sentence reasons `suggest` gives, in Norwegian Bokmål and English."""

from __future__ import annotations

from kpidesk.domain.types import Timing

_TIMING = {
    ("nb", Timing.LEADING): "et ledende tall som varsler tidlig",
    ("nb", Timing.LAGGING): "et etterslepende tall som viser resultatet",
    ("en", Timing.LEADING): "a leading KPI that warns early",
    ("en", Timing.LAGGING): "a lagging KPI that shows the result",
}
# Keyed by why a KPI was picked: its themes, its name, the lagging KPI it drives,
# the leading KPI that drives it, or nothing matched at all.
_REASONS = {
    "theme": {
        "nb": "Passer til {goal} fordi det måler {label}; {timing}.",
        "en": "Fits {goal} because it measures {label}; {timing}.",
    },
    "name": {
        "nb": "Måler direkte det {goal} handler om ({label}); {timing}.",
        "en": "Measures exactly what {goal} is about ({label}); {timing}.",
    },
    "drives": {
        "nb": "Et tidlig varsel for {goal}: det pleier å påvirke {other}, som måler {label}.",
        "en": "An early warning for {goal}: it tends to move {other}, which measures {label}.",
    },
    "result": {
        "nb": "Viser om {goal} lykkes: {other} pleier å påvirke dette tallet, som måler {label}.",
        "en": "Shows whether {goal} works: {other} tends to move this KPI, which measures {label}.",
    },
    "fallback": {
        "nb": "Ingen ord i {goal} pekte på et bestemt nøkkeltall, så dette er et grunnleggende "
        "nøkkeltall for alle bedrifter; {timing}.",
        "en": "No word in {goal} pointed to a particular KPI, so this is a basic KPI for any "
        "business; {timing}.",
    },
}
WHYS = frozenset(_REASONS)


def quote(goal: str, lang: str) -> str:
    """The goal in the language's quotation marks, shortened if long."""
    text = " ".join(goal.split())
    text = text if len(text) <= 60 else text[:59].rstrip() + "…"
    return f"«{text}»" if lang == "nb" else f"\u201c{text}\u201d"


def reason(why: str, lang: str, goal: str, timing: Timing, label: str = "", other: str = "") -> str:
    """One sentence: why a KPI fits `goal`; `label` names the theme, `other` a related KPI."""
    return _REASONS[why][lang].format(
        goal=quote(goal, lang), label=label, other=other, timing=_TIMING[lang, timing]
    )
