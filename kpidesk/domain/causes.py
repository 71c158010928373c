"""The cause tags a new business starts with; the owner can rename, add and remove them."""

from __future__ import annotations

DEFAULT_CAUSES: dict[str, tuple[str, ...]] = {
    "nb": (
        "Sesong",
        "Kampanje satt på pause",
        "Utsolgt fra lager",
        "Mangel på ansatte",
        "Prisendring",
    ),
    "en": ("Season", "Campaign paused", "Out of stock", "Staff shortage", "Price change"),
}
