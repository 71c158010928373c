"""The normaliser: inflections and compounds in Norwegian Bokmål and English meet."""

from __future__ import annotations

import pytest

from kpidesk.library import lexicon, words
from kpidesk.library.catalog import load_library
from kpidesk.library.suggest import _index


@pytest.mark.parametrize(
    "forms",
    [
        ("kunde", "kunder", "kunden", "kundene"),
        ("fast", "faste"),
        ("salg", "salget"),
        ("nettbutikk", "nettbutikken"),
        ("omsetning", "omsetningen"),
        ("customer", "customers"),
        ("sale", "sales"),
        ("grow", "growing", "grows"),
    ],
)
def test_inflections_share_a_stem(forms):
    assert len({words.stem(words.fold(form)) for form in forms}) == 1


def test_folding_keeps_norwegian_letters_and_joins_hyphenated_words():
    assert words.words("Kaféen, E-post og søkeord på Nett!") == [
        "kafeen",
        "epost",
        "og",
        "søkeord",
        "på",
        "nett",
    ]


def test_compounds_split_into_known_parts():
    vocabulary = _index(load_library()).vocabulary
    assert words.split_compound("nettbutikken", vocabulary) == ("nett", "butikk")
    assert words.stem("kundetilfredshet") in words.terms("kundetilfredsheten", vocabulary)
    assert words.terms("nettbutikkene", vocabulary) == {"nettbutikk"}  # known whole: no split
    assert words.stem("salgssamtaler") in words.terms("salgssamtalene", vocabulary)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Flere faste kunder", "retention"),
        ("returning customers", "retention"),
        ("færre returer", "quality"),
        ("reduce returns", "quality"),
        ("Øke salget i nettbutikken", "online_sales"),
        ("Get paid faster", "cash"),
        ("Mer synlig på Instagram", "social"),
        ("Bedre trivsel for de ansatte", "people"),
        ("Færre skader på byggeplassen", "safety"),
    ],
)
def test_words_point_to_goal_themes(text, theme):
    vocabulary = _index(load_library()).vocabulary
    assert theme in lexicon.themes_of(text, vocabulary)


def test_an_exact_entry_beats_a_colliding_stem():
    vocabulary = _index(load_library()).vocabulary
    assert "retention" not in lexicon.themes_of("faster delivery", vocabulary)
