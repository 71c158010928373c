"""Every entry of the bundled KPI library is complete, consistent and fit for a small business."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from kpidesk.domain.formula import parse_formula
from kpidesk.domain.types import CHANNELS, INDUSTRIES, KpiKind, Timing
from kpidesk.library import LibraryError, LibraryKpi, load_library
from kpidesk.library.model import LANGS, TEXT_FIELDS, THEMES, UNITS

LIBRARY = load_library()
KPIS = LIBRARY.all()

# Every KPI KPI-GUIDE.md names, by library code.
GUIDE_KPIS = {
    "revenue": "REVENUE",
    "profit margin": "PROFIT_MARGIN",
    "growth rate": "REVENUE_GROWTH",
    "number of customers": "CUSTOMER_COUNT",
    "conversion rate": "CONVERSION_RATE",
    "customer satisfaction": "CUSTOMER_SATISFACTION",
    "employee engagement": "EMPLOYEE_ENGAGEMENT",
    "brand awareness": "BRAND_AWARENESS",
    "sales calls": "SALES_CALLS",
    "customer enquiries": "CUSTOMER_ENQUIRIES",
    "marketing activities": "MARKETING_ACTIVITIES",
    "market share": "MARKET_SHARE",
    "cost per conversion": "COST_PER_CONVERSION",
    "website visits": "WEB_VISITS",
    "click-through rate": "CTR",
    "social media engagement": "SOCIAL_ENGAGEMENT",
}
DECIMALS_BY_UNIT = {"NOK": {0, 2}, "%": {0, 1, 2}, "count": {0, 1}, "score": {0, 1}}
NORWEGIAN_LETTERS = re.compile("[æøåÆØÅ]")


def _ids(kpi: LibraryKpi) -> str:
    return kpi.code


def test_the_library_is_big_enough_and_codes_are_unique():
    assert len(KPIS) >= 85
    codes = [kpi.code for kpi in KPIS]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("kpi", KPIS, ids=_ids)
def test_every_text_is_there_in_both_languages(kpi):
    for field in TEXT_FIELDS:
        texts = {lang: kpi.text(field, lang) for lang in LANGS}
        assert all(t.strip() for t in texts.values()), field
        if field != "name":
            assert texts["nb"] != texts["en"], f"{field} is not translated"
            assert texts["nb"].endswith(".") and texts["en"].endswith("."), field


@pytest.mark.parametrize("kpi", KPIS, ids=_ids)
def test_vocabularies_units_and_decimals_are_valid(kpi):
    assert re.fullmatch(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)*", kpi.code)
    assert kpi.unit in UNITS
    assert kpi.decimals in DECIMALS_BY_UNIT.get(kpi.unit, {0, 1, 2})
    assert set(kpi.themes) <= set(THEMES)
    assert set(kpi.industries) <= {"all", *INDUSTRIES}
    assert kpi.channel in ("", *CHANNELS)
    if kpi.unit == "%" and not kpi.is_formula:
        assert kpi.rollup.value in ("mean", "last"), "a measured percentage is averaged"
    if kpi.unit == "NOK" and kpi.rollup.value == "sum":
        assert kpi.direction.value in ("higher", "lower", "range")


@pytest.mark.parametrize("kpi", [k for k in KPIS if k.is_formula], ids=_ids)
def test_formulas_parse_and_name_existing_codes(kpi):
    if not kpi.is_formula:
        return
    formula = parse_formula(kpi.formula, known_codes={k.code for k in KPIS} - {kpi.code})
    assert formula.codes  # a formula over no KPI is a constant, not a KPI


@pytest.mark.parametrize("kpi", [k for k in KPIS if k.by_channel and k.is_formula], ids=_ids)
def test_a_formula_split_by_channel_has_inputs_split_by_channel(kpi):
    inputs = set(re.findall(r"[A-Z][A-Z0-9_]+", kpi.formula))
    assert all(LIBRARY.get(code).by_channel for code in inputs)


@pytest.mark.parametrize("kpi", KPIS, ids=_ids)
def test_leading_kpis_drive_existing_lagging_kpis(kpi):
    if kpi.timing is Timing.LEADING:
        assert kpi.drives
        assert all(LIBRARY.get(code).timing is Timing.LAGGING for code in kpi.drives)
    else:
        assert not kpi.drives


@pytest.mark.parametrize("kpi", KPIS, ids=_ids)
def test_qualitative_kpis_have_a_complete_rubric(kpi):
    if kpi.kind is KpiKind.QUALITATIVE:
        assert kpi.scale is not None and kpi.unit == "score"
        values = range(kpi.scale.minimum, kpi.scale.maximum + 1)
        assert len(values) >= 3
        for lang in LANGS:
            labels = [kpi.scale.label(v, lang) for v in values]
            assert all(labels) and len(set(labels)) == len(labels)
    else:
        assert kpi.scale is None


def test_every_kpi_the_guide_names_is_in_the_library():
    for words, code in GUIDE_KPIS.items():
        assert code in LIBRARY, words
    assert LIBRARY.get("BRAND_AWARENESS").kind is KpiKind.QUALITATIVE
    assert LIBRARY.get("SALES_CALLS").timing is Timing.LEADING
    assert LIBRARY.get("CTR").formula.replace(" ", "") == "AD_CLICKS/AD_IMPRESSIONS*100"


def test_every_channel_has_its_own_marketing_kpis():
    per_channel = Counter(kpi.channel for kpi in KPIS if kpi.channel)
    assert all(per_channel[channel] >= 3 for channel in CHANNELS), per_channel
    assert {"WEB_VISITS", "CONVERSIONS", "COST_PER_CONVERSION"} <= {
        kpi.code for kpi in KPIS if kpi.by_channel
    }


@pytest.mark.parametrize("industry", INDUSTRIES)
def test_every_industry_has_fitting_kpis_of_its_own(industry):
    fitting = LIBRARY.for_industry(industry)
    assert len(fitting) >= 8
    if industry != "other":
        assert sum(industry in kpi.industries for kpi in fitting) >= 6


def test_industry_specific_kpis_are_there():
    expected = {
        "hospitality": {"AVERAGE_TICKET", "COVERS", "REPEAT_VISITS", "FOOD_COST_PCT"},
        "services": {"BILLABLE_UTILISATION"},
        "construction": {"PROJECT_MARGIN", "CHANGE_ORDERS", "SAFETY_INCIDENTS"},
        "wholesale": {"ORDER_FILL_RATE", "DSO", "INVENTORY_TURNOVER"},
        "retail": {"FOOTFALL", "SALES_PER_SQM"},
        "ecommerce": {"ONLINE_REVENUE", "CART_ABANDONMENT"},
    }
    for industry, codes in expected.items():
        assert codes <= {kpi.code for kpi in LIBRARY.for_industry(industry)}, industry


def test_norwegian_is_written_with_norwegian_letters():
    names = {kpi.code: kpi.name.nb for kpi in KPIS}
    assert names["CUSTOMER_SATISFACTION"] == "Kundetilfredshet"
    assert names["GROSS_PROFIT"] == "Bruttofortjeneste"
    assert names["WEB_VISITS"] == "Nettstedsbesøk"
    assert names["REPEAT_CUSTOMER_RATE"] == "Andel gjenkjøp"
    nb = " ".join(kpi.text(f, "nb") for kpi in KPIS for f in TEXT_FIELDS)
    assert len(NORWEGIAN_LETTERS.findall(nb)) > 200
    for ascii_spelling in ("fornoyd", "okonomi", "onsker", " pa nett", " na ", "kjop "):
        assert ascii_spelling not in nb.casefold()


def test_no_benchmark_figures_are_invented():
    # Texts may explain how to compute a KPI, never what a "good" value is.
    pattern = re.compile(r"\d+\s*(%|prosent|per cent|kr|NOK)|bransjesnitt|industry average")
    for kpi in KPIS:
        for field in ("why", "how", "definition"):
            for lang in LANGS:
                assert not pattern.search(kpi.text(field, lang)), (kpi.code, field, lang)


def test_lookup_and_conversion_to_a_domain_kpi():
    kpi = LIBRARY.get("CONVERSION_RATE")
    domain = kpi.to_kpi("nb", kpi_id=7)
    assert (domain.id, domain.name, domain.library_code) == (7, "Konverteringsrate", kpi.code)
    assert domain.dimension == "channel" and domain.formula == kpi.formula
    scale = LIBRARY.get("CUSTOMER_SATISFACTION").to_kpi("en").scale
    assert scale is not None and scale.labels[5] == "Very satisfied"
    with pytest.raises(KeyError, match="NOPE"):
        LIBRARY.get("NOPE")
    with pytest.raises(ValueError, match="language"):
        kpi.text("name", "sv")


@pytest.mark.parametrize(
    ("query", "lang", "first"),
    [
        ("kundetilfredshet", "nb", "CUSTOMER_SATISFACTION"),
        ("konverteringsrate", "nb", "CONVERSION_RATE"),
        ("Conversion rate", "en", "CONVERSION_RATE"),
        ("nettstedsbesøk", "nb", "WEB_VISITS"),
        ("food cost", "en", "FOOD_COST_PCT"),
        ("faste kundene", "nb", "REPEAT_CUSTOMERS"),
    ],
)
def test_search_finds_by_name_in_either_language(query, lang, first):
    assert LIBRARY.search(query, lang)[0].code == first


def test_search_also_reads_definitions_and_the_other_language():
    assert "PROFIT_MARGIN" in {k.code for k in LIBRARY.search("driftsresultat", "en")}
    assert "CUSTOMER_SATISFACTION" in {k.code for k in LIBRARY.search("satisfied", "nb")}
    assert LIBRARY.search("zzzz", "nb") == []


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD_ENTRY = """
[[kpi]]
code = "{code}"
name = {{ nb = "Navn", en = "Name" }}
definition = {{ nb = "Def.", en = "Def." }}
why = {{ nb = "Hvorfor.", en = "Why." }}
how = {{ nb = "Hvordan.", en = "How." }}
unit = "count"
decimals = 0
direction = "higher"
frequency = "month"
rollup = "sum"
kind = "quantitative"
industries = ["all"]
themes = ["growth"]
{extra}
"""
LAGGING = 'timing = "lagging"'


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('formula = "A / NOPE"', "formula names unknown code"),
        ('channel = "radio"', "channel 'radio'"),
        ("scale = { min = 1, max = 3, nb = ['a'], en = ['b'] }", "scale needs 3 descriptors"),
        ("scale = { min = 1, max = 2, nb = ['a', 'b'], en = ['c', 'd'] }", "needs a scale"),
        ('timing = "leading"', "names the lagging KPIs it drives"),
        ('colour = "red"', "unknown field"),
    ],
)
def test_bad_data_names_the_file_and_the_code(tmp_path, extra, message):
    _write(tmp_path, "a.toml", 'area = "sales"\n' + GOOD_ENTRY.format(code="A", extra=LAGGING))
    _write(
        tmp_path,
        "b.toml",
        'area = "sales"\n'
        + GOOD_ENTRY.format(
            code="BAD", extra=extra if "timing" in extra else f"{extra}\n{LAGGING}"
        ),
    )
    with pytest.raises(LibraryError, match=rf"b\.toml: BAD: .*{re.escape(message)}"):
        load_library.__wrapped__(tmp_path)


def test_duplicate_codes_and_bad_areas_are_refused(tmp_path):
    entry = GOOD_ENTRY.format(code="A", extra=LAGGING)
    _write(tmp_path, "a.toml", 'area = "sales"\n' + entry + entry)
    with pytest.raises(LibraryError, match=r"a\.toml: A: duplicate code"):
        load_library.__wrapped__(tmp_path)
    _write(tmp_path, "a.toml", 'area = "space"\n' + entry)
    with pytest.raises(LibraryError, match=r"a\.toml: .*area 'space'"):
        load_library.__wrapped__(tmp_path)
