"""What the demo business is: its people, goals and KPIs, in nb and en.

These are business data written in the demo file's language, not UI strings.
Benchmarks are marked as example figures: KPIDesk never presents invented
numbers as real ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kpidesk.domain.types import (
    Area,
    Decision,
    Direction,
    Frequency,
    Horizon,
    KpiKind,
    RollUp,
    Timing,
)

BUSINESS_NAME = "Bryggen Kaffebar AS"
PEOPLE = (
    (
        "Ingrid Solberg",
        "ingrid@bryggenkaffe.example",
        {"nb": "Daglig leder", "en": "Managing director"},
    ),
    ("Magnus Berg", "magnus@bryggenkaffe.example", {"nb": "Kafésjef", "en": "Café manager"}),
    ("Sara Nilsen", "sara@bryggenkaffe.example", {"nb": "Markedsføring", "en": "Marketing"}),
)
CHANNEL_NAMES = {
    "seo": {"nb": "Søkemotoroptimalisering (SEO)", "en": "Search engine optimisation (SEO)"},
    "ppc": {"nb": "Betalte annonser (PPC)", "en": "Paid ads (PPC)"},
    "social": {"nb": "Sosiale medier", "en": "Social media"},
    "email": {"nb": "E-post", "en": "E-mail"},
    "content": {"nb": "Innholdsmarkedsføring", "en": "Content marketing"},
}


@dataclass(frozen=True)
class GoalSpec:
    key: str
    title: dict[str, str]
    description: dict[str, str]
    horizon: Horizon
    area: Area
    owner: int  # index into PEOPLE
    due_in_years: int


GOALS = (
    GoalSpec(
        "brand",
        {
            "nb": "Bli Bergens mest anbefalte kaffebar og kaffenettbutikk",
            "en": "Become Bergen's most recommended coffee bar and online coffee shop",
        },
        {
            "nb": "Langsiktig mål: vekst i omsetning med sunn margin, fornøyde kunder og et "
            "engasjert team.",
            "en": "Long-term goal: growing revenue at a healthy margin, with happy customers and "
            "an engaged team.",
        },
        Horizon.LONG,
        Area.FINANCE,
        0,
        3,
    ),
    GoalSpec(
        "online",
        {
            "nb": "Øke netthandelen med 30 % innen utgangen av neste år",
            "en": "Grow online sales by 30 % by the end of next year",
        },
        {
            "nb": "Flere besøkende i nettbutikken fra alle fem kanaler, og at flere av dem kjøper.",
            "en": "More web shop visitors from all five channels, and more of them buying.",
        },
        Horizon.SHORT,
        Area.MARKETING,
        2,
        1,
    ),
    GoalSpec(
        "regulars",
        {"nb": "Flere faste kunder i kafeen", "en": "More regular customers in the café"},
        {
            "nb": "Gjester som kommer igjen: kundeklubben, god service og nyhetsbrev.",
            "en": "Guests who come back: the loyalty club, good service and the newsletter.",
        },
        Horizon.SHORT,
        Area.CUSTOMERS,
        1,
        1,
    ),
)


@dataclass(frozen=True)
class KpiSpec:
    code: str
    name: dict[str, str]
    definition: dict[str, str]
    source: dict[str, str]
    area: Area
    timing: Timing
    unit: str
    frequency: Frequency
    rollup: RollUp
    goals: tuple[str, ...]
    owner: int
    targets: tuple[float, float, float]  # realistic, stretch, warning (per KPI period)
    decimals: int = 0
    kind: KpiKind = KpiKind.QUANTITATIVE
    direction: Direction = Direction.HIGHER
    formula: str = ""
    dimension: str = ""
    scale: tuple[int, int, dict[str, tuple[str, ...]]] | None = None
    drives: tuple[str, ...] = ()
    library_code: str = ""
    extra: dict[str, object] = field(default_factory=dict)


def _t(nb: str, en: str) -> dict[str, str]:
    return {"nb": nb, "en": en}


_TILL = _t("Kassesystemet (dagsoppgjør)", "The till system (daily close)")
_ACCOUNTS = _t("Regnskapet (Tripletex), månedlig", "The accounts (Tripletex), monthly")
_GA = _t("Google Analytics 4, eksport per kanal", "Google Analytics 4, export by channel")
_SATISFACTION_SCALE = (
    1,
    5,
    {
        "nb": ("Svært misfornøyd", "Misfornøyd", "Nøytral", "Fornøyd", "Svært fornøyd"),
        "en": ("Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"),
    },
)
_ENGAGEMENT_SCALE = (
    0,
    10,
    {
        "nb": ("Ikke i det hele tatt", *([""] * 4), "Middels", *([""] * 4), "I svært stor grad"),
        "en": ("Not at all", *([""] * 4), "Moderately", *([""] * 4), "Completely"),
    },
)

KPIS = (
    KpiSpec(
        "REVENUE",
        _t("Omsetning", "Revenue"),
        _t(
            "Samlet salg eks. mva. i kafeen og nettbutikken i perioden.",
            "Total sales excl. VAT in the café and the web shop in the period.",
        ),
        _ACCOUNTS,
        Area.FINANCE,
        Timing.LAGGING,
        "NOK",
        Frequency.MONTH,
        RollUp.SUM,
        ("brand",),
        0,
        (900_000, 1_000_000, 820_000),
        library_code="REVENUE",
    ),
    KpiSpec(
        "GROSS_MARGIN",
        _t("Bruttomargin", "Gross margin"),
        _t(
            "(Omsetning − varekost) / omsetning × 100.",
            "(Revenue − cost of goods) / revenue × 100.",
        ),
        _ACCOUNTS,
        Area.FINANCE,
        Timing.LAGGING,
        "%",
        Frequency.MONTH,
        RollUp.MEAN,
        ("brand",),
        0,
        (62, 65, 58),
        decimals=1,
    ),
    KpiSpec(
        "AVG_TICKET",
        _t("Snittkjøp i kafeen", "Average café ticket"),
        _t(
            "Kafeomsetning delt på antall kvitteringer.",
            "Café sales divided by the number of receipts.",
        ),
        _TILL,
        Area.SALES,
        Timing.LAGGING,
        "NOK",
        Frequency.WEEK,
        RollUp.MEAN,
        ("brand", "regulars"),
        1,
        (95, 105, 88),
    ),
    KpiSpec(
        "CUSTOMER_ENQUIRIES",
        _t(
            "Kundehenvendelser (catering og bedrift)", "Customer enquiries (catering and corporate)"
        ),
        _t(
            "Nye forespørsler om catering og bedriftsavtaler per uke.",
            "New requests for catering and corporate deals per week.",
        ),
        _t("Innboksen og telefonloggen", "The inbox and the phone log"),
        Area.SALES,
        Timing.LEADING,
        "count",
        Frequency.WEEK,
        RollUp.SUM,
        ("brand",),
        0,
        (6, 9, 4),
        drives=("REVENUE",),
    ),
    KpiSpec(
        "STAFF_ENGAGEMENT",
        _t("Ansattes engasjement", "Employee engagement"),
        _t(
            "Snittsvar på «Hvor gjerne anbefaler du oss som arbeidsplass?» (0–10) i "
            "kvartalsvis pulsmåling.",
            "Average answer to “How gladly would you recommend us as a workplace?” (0–10) in "
            "the quarterly pulse survey.",
        ),
        _t("Anonym pulsmåling blant de ansatte", "Anonymous staff pulse survey"),
        Area.PEOPLE,
        Timing.LEADING,
        "score",
        Frequency.QUARTER,
        RollUp.MEAN,
        ("brand",),
        0,
        (7.5, 8.5, 6.5),
        decimals=1,
        kind=KpiKind.QUALITATIVE,
        scale=_ENGAGEMENT_SCALE,
        drives=("CUSTOMER_SATISFACTION",),
    ),
    KpiSpec(
        "WEB_VISITS",
        _t("Besøk i nettbutikken", "Web shop visits"),
        _t(
            "Økter i nettbutikken per dag, fordelt på kanal.",
            "Web shop sessions per day, by channel.",
        ),
        _GA,
        Area.MARKETING,
        Timing.LEADING,
        "count",
        Frequency.DAY,
        RollUp.SUM,
        ("online",),
        2,
        (650, 780, 560),
        dimension="channel",
        drives=("WEB_ORDERS", "ONLINE_REVENUE"),
        library_code="WEBSITE_VISITS",
    ),
    KpiSpec(
        "WEB_ORDERS",
        _t("Nettbestillinger", "Online orders"),
        _t(
            "Fullførte bestillinger i nettbutikken per dag, fordelt på kanal.",
            "Completed web shop orders per day, by channel.",
        ),
        _GA,
        Area.SALES,
        Timing.LAGGING,
        "count",
        Frequency.DAY,
        RollUp.SUM,
        ("online",),
        2,
        (13, 16, 11),
        dimension="channel",
    ),
    KpiSpec(
        "CONVERSION_RATE",
        _t("Konverteringsrate", "Conversion rate"),
        _t(
            "Nettbestillinger / besøk × 100. Beregnes av summene for perioden, ikke som "
            "snitt av dagene.",
            "Online orders / visits × 100. Computed from the period's totals, never as the "
            "mean of daily rates.",
        ),
        _t("Beregnet fra nettbestillinger og besøk", "Computed from online orders and visits"),
        Area.MARKETING,
        Timing.LAGGING,
        "%",
        Frequency.MONTH,
        RollUp.MEAN,
        ("online",),
        2,
        (2.0, 2.5, 1.7),
        decimals=2,
        formula="WEB_ORDERS / WEB_VISITS * 100",
        dimension="channel",
        library_code="CONVERSION_RATE",
    ),
    KpiSpec(
        "ONLINE_REVENUE",
        _t("Omsetning i nettbutikken", "Online revenue"),
        _t(
            "Salg eks. mva. i nettbutikken, etter returer.",
            "Web shop sales excl. VAT, after returns.",
        ),
        _t("Nettbutikken (Shopify), månedsrapport", "The web shop (Shopify), monthly report"),
        Area.SALES,
        Timing.LAGGING,
        "NOK",
        Frequency.MONTH,
        RollUp.SUM,
        ("online",),
        2,
        (180_000, 220_000, 160_000),
    ),
    KpiSpec(
        "EMAIL_OPEN_RATE",
        _t("Åpningsrate for nyhetsbrevet", "Newsletter open rate"),
        _t(
            "Andel mottakere som åpnet månedens nyhetsbrev.",
            "Share of recipients who opened the month's newsletter.",
        ),
        _t("E-postverktøyet (Mailchimp)", "The e-mail tool (Mailchimp)"),
        Area.MARKETING,
        Timing.LEADING,
        "%",
        Frequency.MONTH,
        RollUp.MEAN,
        ("online",),
        2,
        (35, 40, 30),
        decimals=1,
        drives=("ONLINE_REVENUE",),
    ),
    KpiSpec(
        "REPEAT_SHARE",
        _t("Andel gjenkjøp", "Repeat-customer share"),
        _t(
            "Andel kjøp i kafeen gjort av medlemmer som har handlet før i måneden.",
            "Share of café purchases made by members who bought before that month.",
        ),
        _t("Kundeklubben i kassesystemet", "The loyalty club in the till system"),
        Area.CUSTOMERS,
        Timing.LAGGING,
        "%",
        Frequency.MONTH,
        RollUp.MEAN,
        ("regulars",),
        1,
        (40, 45, 35),
        decimals=1,
    ),
    KpiSpec(
        "LOYALTY_SIGNUPS",
        _t("Nye medlemmer i kundeklubben", "New loyalty-club members"),
        _t("Nye innmeldinger i kundeklubben per uke.", "New loyalty-club sign-ups per week."),
        _t("Kundeklubben i kassesystemet", "The loyalty club in the till system"),
        Area.CUSTOMERS,
        Timing.LEADING,
        "count",
        Frequency.WEEK,
        RollUp.SUM,
        ("regulars",),
        1,
        (25, 35, 20),
        drives=("REPEAT_SHARE",),
    ),
    KpiSpec(
        "CUSTOMER_SATISFACTION",
        _t("Kundetilfredshet", "Customer satisfaction"),
        _t(
            "Snittscore (1–5) i kvartalets gjesteundersøkelse.",
            "Average score (1–5) in the quarter's guest survey.",
        ),
        _t("Gjesteundersøkelse med QR-kode på bordene", "Guest survey by QR code on the tables"),
        Area.CUSTOMERS,
        Timing.LAGGING,
        "score",
        Frequency.QUARTER,
        RollUp.MEAN,
        ("regulars",),
        1,
        (4.3, 4.6, 4.0),
        decimals=1,
        kind=KpiKind.QUALITATIVE,
        scale=_SATISFACTION_SCALE,
        library_code="CUSTOMER_SATISFACTION",
    ),
    KpiSpec(
        "SOCIAL_ENGAGEMENT",
        _t("Engasjement i sosiale medier", "Social media engagement"),
        _t(
            "Likerklikk, kommentarer, delinger og lagringer på Instagram og Facebook per uke.",
            "Likes, comments, shares and saves on Instagram and Facebook per week.",
        ),
        _t("Meta Business Suite, ukeseksport", "Meta Business Suite, weekly export"),
        Area.MARKETING,
        Timing.LEADING,
        "count",
        Frequency.WEEK,
        RollUp.SUM,
        ("regulars",),
        2,
        (900, 1200, 750),
        drives=("REPEAT_SHARE", "WEB_VISITS"),
    ),
    KpiSpec(
        "NEWSLETTER_SUBSCRIBERS",
        _t("Abonnenter på nyhetsbrevet", "Newsletter subscribers"),
        _t(
            "Antall aktive abonnenter ved utgangen av måneden.",
            "Active subscribers at the end of the month.",
        ),
        _t("E-postverktøyet (Mailchimp)", "The e-mail tool (Mailchimp)"),
        Area.MARKETING,
        Timing.LEADING,
        "count",
        Frequency.MONTH,
        RollUp.LAST,
        ("regulars",),
        2,
        (3000, 3500, 2700),
        drives=("ONLINE_REVENUE", "REPEAT_SHARE"),
    ),
    KpiSpec(
        "FLYERS",
        _t("Utdelte flygeblader", "Flyers handed out"),
        _t(
            "Flygeblader delt ut på Bryggen og Torget per uke.",
            "Flyers handed out at Bryggen and the fish market per week.",
        ),
        _t("Telleliste fra de ansatte", "Tally sheet kept by staff"),
        Area.MARKETING,
        Timing.LEADING,
        "count",
        Frequency.WEEK,
        RollUp.SUM,
        ("regulars",),
        1,
        (500, 650, 400),
        drives=("REPEAT_SHARE",),
    ),
)

RETIRED = {
    "FLYERS": (
        _t(
            "Ga ingen målbar effekt på gjenkjøp; erstattet av kundeklubben.",
            "Had no measurable effect on repeat purchases; replaced by the loyalty club.",
        ),
        "LOYALTY_SIGNUPS",
    )
}


@dataclass(frozen=True)
class ReviewSpec:
    when: str  # "midway", "retirement" or "last"
    notes: dict[str, str]
    decisions: tuple[tuple[str, Decision, dict[str, str]], ...]
    scope_kpi: str | None = None


REVIEWS = (
    ReviewSpec(
        "midway",
        _t(
            "Halvveis-gjennomgang: omsetningsmålet var for lett, nettbutikken vokser.",
            "Half-way review: the revenue target was too easy, the web shop is growing.",
        ),
        (
            (
                "REVENUE",
                Decision.ADJUST_TARGET,
                _t(
                    "Målet ble nådd i de fleste måneder; hevet til 950 000 kr fra neste måned.",
                    "The target was met in most months; raised to NOK 950,000 from next month.",
                ),
            ),
            (
                "WEB_VISITS",
                Decision.KEEP,
                _t(
                    "Følg med på betalte annonser; SEO bærer veksten.",
                    "Watch paid ads; SEO carries the growth.",
                ),
            ),
            (
                "CUSTOMER_SATISFACTION",
                Decision.KEEP,
                _t(
                    "Stabilt godt. Fortsett med QR-undersøkelsen.",
                    "Steadily good. Keep the QR survey going.",
                ),
            ),
        ),
    ),
    ReviewSpec(
        "retirement",
        _t(
            "Flygebladene gir ikke flere faste kunder; kundeklubben gjør det.",
            "Flyers bring no more regulars; the loyalty club does.",
        ),
        (
            (
                "FLYERS",
                Decision.REPLACE,
                _t(
                    "Erstattes av nye medlemmer i kundeklubben.",
                    "Replaced by new loyalty-club members.",
                ),
            ),
        ),
        scope_kpi="FLYERS",
    ),
    ReviewSpec(
        "last",
        _t(
            "Kvartalsgjennomgang: nettbutikken er i rute, åpningsraten for nyhetsbrevet faller.",
            "Quarterly review: the web shop is on track, the newsletter open rate is falling.",
        ),
        (
            (
                "EMAIL_OPEN_RATE",
                Decision.KEEP,
                _t(
                    "Vi tester nye emnefelt i tre måneder før vi endrer målet.",
                    "We test new subject lines for three months before changing the target.",
                ),
            ),
            (
                "CONVERSION_RATE",
                Decision.KEEP,
                _t(
                    "Over bransjesnittet; behold målet.",
                    "Above the industry average; keep the target.",
                ),
            ),
            (
                "REPEAT_SHARE",
                Decision.KEEP,
                _t("Kundeklubben virker – fortsett.", "The loyalty club works – carry on."),
            ),
        ),
    ),
)
