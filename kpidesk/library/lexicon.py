"""Which goal themes the owner's own words point to, in Norwegian Bokmål and English.

Words are listed in any inflection; they are stemmed with `words.stem`, so one
form usually covers the rest. A word written ``=word`` matches only exactly,
for stems that would collide (``returning`` customers versus product ``returns``).
"""

from __future__ import annotations

from functools import cache
from types import MappingProxyType

from kpidesk.library import words
from kpidesk.library.model import THEMES, Bilingual

BROAD_THEMES = frozenset({"growth", "sales", "customers", "marketing"})
"""Themes whose words say little on their own ("kunder", "salg"); they weigh half."""

THEME_WORDS: dict[str, str] = {
    "growth": """
        vekst vokse vokser omsetning omsetningen inntekt inntekter utvide ekspandere
        grow growing growth expand expansion revenue revenues income scale
    """,
    "sales": """
        salg salget salgs selge selger solgt ordre ordrer bestilling bestillinger kjøp handle
        handel tilbud anbud oppdrag snittkjøp handlekurv
        sales sale sell selling sold order orders purchase purchases deals quote quotes tender
        basket butikk butikken store shop
    """,
    "online_sales": """
        nett nettbutikk netthandel nettsalg nettside nettsiden nettsted hjemmeside ehandel
        digitalt trafikk konvertering konverteringer konverteringsrate
        online ecommerce webshop website web digital traffic conversion conversions
        checkout cart shopify woocommerce
    """,
    "acquisition": """
        ny nye nytt tiltrekke skaffe vinne henvendelse henvendelser forespørsel forespørsler
        førstegangskunde nykunde kundetilgang leads
        new attract acquire acquisition win winning enquiry enquiries inquiry inquiries
        prospect prospects lead besøk besøkende visitor visitors visits footfall
    """,
    "retention": """
        fast faste stamkunde stamkunder stamgjest stamgjester lojal lojale lojalitet gjenkjøp
        gjenbesøk tilbake beholde kundeklubb kundeklubben frafall gjentatt gjentatte
        =returning back repeat regular regulars loyal loyalty retain retention keep churn comeback
        membership members
    """,
    "customers": """
        kunde kunder kundene kundebase gjest gjester klient klienter
        customer customers client clients guest guests
    """,
    "satisfaction": """
        fornøyd fornøyde tilfreds tilfredshet kundetilfredshet misfornøyd opplevelse
        kundeopplevelse service kundeservice anbefale anbefaling anmeldelse anmeldelser omtale
        stjerner klage klager
        satisfied satisfaction happy happier experience recommend recommendation review
        reviews rating ratings complaint complaints nps delight
    """,
    "profitability": """
        lønnsom lønnsomme lønnsomhet fortjeneste profitt overskudd margin marginer resultat
        resultatet bunnlinje bunnlinjen inntjening dekningsbidrag prosjektmargin
        profit profits profitable profitability margins earnings bottom
    """,
    "costs": """
        kostnad kostnader utgift utgifter spare sparing billigere svinn matsvinn innkjøp
        varekostnad lønnskostnad lønnskostnader råvare råvarer budsjett sløsing kaste
        cost costs expense expenses spending save saving savings cheaper waste wasted budget
    """,
    "cash": """
        likviditet kontanter kontantstrøm penger betaling betalt betale betaler faktura
        fakturaer utestående purring inkasso kreditt bank gjeld
        cash liquidity money paid pay payment payments invoice invoices receivable
        receivables overdue debt
    """,
    "brand": """
        merkevare merkenavn kjent kjennskap synlig synlighet omdømme profil nærområdet
        brand awareness aware known visible visibility reputation recognition presence
    """,
    "marketing": """
        markedsføring reklame annonsering kampanje kampanjer markedsplan
        marketing advertising campaign campaigns promotion promote promotions
    """,
    "efficiency": """
        effektiv effektivt effektivitet produktiv produktivitet utnyttelse kapasitet belegg
        faktureringsgrad fakturerbar fakturerbare raskere
        efficient efficiency productivity productive capacity occupancy utilisation
        utilization billable =faster streamline
    """,
    "quality": """
        kvalitet feil mangler reklamasjon reklamasjoner retur returer presis punktlig
        punktlighet forsinkelse forsinkelser levering leveranse leveranser leveringstid
        utsolgt lager
        quality error errors mistake mistakes defect defects =returns =return delivery
        deliveries late delay delays punctual reliable reliability stock
    """,
    "people": """
        ansatt ansatte medarbeider medarbeidere personale trivsel arbeidsmiljø engasjement
        engasjerte motivasjon sykefravær sykmelding rekruttere rekruttering turnover
        opplæring kurs kompetanse overtid
        employee employees staff team people workforce engagement engaged motivation morale
        wellbeing absence sick hiring recruit recruiting training skills overtime
    """,
    "safety": """
        sikkerhet sikker trygg hms skade skader ulykke ulykker nestenulykke uønsket
        vernerunde byggeplass byggeplassen
        safety safe injury injuries accident accidents incident incidents hazard hse
    """,
    "seo": """
        seo google søk søket søkemotor søkemotorer søkemotoroptimalisering søkeord rangering
        search organic organisk keyword keywords ranking rankings
    """,
    "ppc": """
        annonse annonser ads ad adwords ppc klikk klikkpris cpc roas
        click clicks
    """,
    "social": """
        sosiale some facebook instagram tiktok linkedin snapchat følgere følger innlegg
        social followers follower influencer posts reels
    """,
    "email": """
        epost nyhetsbrev mail email newsletter newsletters mailchimp utsendelse abonnenter
        subscribers subscriber
    """,
    "content": """
        innhold blogg artikkel artikler video videoer podkast guide guider
        content blog article articles podcast youtube
    """,
}

THEME_LABELS: dict[str, Bilingual] = {
    "growth": Bilingual("vekst", "growth"),
    "sales": Bilingual("salg", "sales"),
    "online_sales": Bilingual("salg på nett", "online sales"),
    "acquisition": Bilingual("nye kunder", "winning new customers"),
    "retention": Bilingual("faste kunder og gjenkjøp", "repeat customers and loyalty"),
    "customers": Bilingual("kundegrunnlaget", "your customer base"),
    "satisfaction": Bilingual("kundetilfredshet", "customer satisfaction"),
    "profitability": Bilingual("lønnsomhet", "profitability"),
    "costs": Bilingual("kostnader", "costs"),
    "cash": Bilingual("likviditet (penger i banken)", "cash in the bank"),
    "brand": Bilingual("synlighet og merkevare", "brand and visibility"),
    "marketing": Bilingual("markedsføring", "marketing"),
    "efficiency": Bilingual("effektivitet", "efficiency"),
    "quality": Bilingual("kvalitet og leveranse", "quality and delivery"),
    "people": Bilingual("ansatte og arbeidsmiljø", "your staff and workplace"),
    "safety": Bilingual("sikkerhet (HMS)", "health and safety"),
    "seo": Bilingual("synlighet i søk (SEO)", "search visibility (SEO)"),
    "ppc": Bilingual("betalte annonser", "paid ads"),
    "social": Bilingual("sosiale medier", "social media"),
    "email": Bilingual("e-postmarkedsføring", "e-mail marketing"),
    "content": Bilingual("innholdsmarkedsføring", "content marketing"),
}

assert set(THEME_WORDS) == set(THEMES) == set(THEME_LABELS), "every theme needs words and a label"


@cache
def theme_maps() -> tuple[
    MappingProxyType[str, frozenset[str]], MappingProxyType[str, frozenset[str]]
]:
    """(stem → themes, exact word → themes), built once from `THEME_WORDS`."""
    by_stem: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}
    for theme, text in THEME_WORDS.items():
        for word in text.split():
            if word.startswith("="):
                exact.setdefault(words.fold(word[1:]), set()).add(theme)
            else:
                by_stem.setdefault(words.stem(words.fold(word)), set()).add(theme)
    freeze = lambda d: MappingProxyType({k: frozenset(v) for k, v in d.items()})  # noqa: E731
    return freeze(by_stem), freeze(exact)


def themes_of(text: str, vocabulary: frozenset[str]) -> dict[str, float]:
    """Theme → weight (1, or ½ for a broad theme) for every theme a text's words point to."""
    by_stem, exact = theme_maps()
    found: set[str] = set()
    for word in words.words(text):
        if word in exact:  # an exact entry wins over the word's stem (faster ≠ fast)
            found.update(exact[word])
        elif word not in words.STOPWORDS:
            for term in words.word_terms(word, vocabulary):
                found.update(by_stem.get(term, ()))
    return {theme: 0.5 if theme in BROAD_THEMES else 1.0 for theme in sorted(found)}
