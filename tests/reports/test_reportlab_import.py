"""ReportLab's URL pattern is compiled when used, never at import, and matches as before."""

from __future__ import annotations

import re
import subprocess
import sys

from kpidesk.reports.reportlab_import import CJK_PATTERN, URI_PATTERN_START, LazyPattern

URLS = [
    "https://www.example.com/a/very/long/path?q=1",
    "http://192.168.0.1:8080/x",
    "ftp://bryggen-kaffebar.no/",
    "HTTPS://EKSEMPEL.NO/ÆØÅ",
    "mailto:someone@example.com",
    "not a url",
    "www.example.com",
]


def test_importing_the_documents_leaves_the_url_pattern_uncompiled() -> None:
    code = (
        "import kpidesk.reports.scorecard, kpidesk.reports.charter\n"
        "import reportlab.platypus.paragraph as p\n"
        "import reportlab.lib.textsplit as t\n"
        "print(type(p.uri_pat).__name__, p.uri_pat._compiled is None, type(t.rx).__name__)\n"
        "print(p._uri_split_pairs('https://example.com/a/b'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    first, second = done.stdout.splitlines()
    assert first == "LazyPattern True LazyPattern"
    assert second == str(
        [
            ("https://example.com/a/", "b"),
            ("https://example.com/", "a/b"),
            ("https://", "example.com/a/b"),
        ]
    )


def test_the_lazy_pattern_matches_like_the_compiled_one() -> None:
    import reportlab.platypus.paragraph as paragraph

    lazy = paragraph.uri_pat
    assert isinstance(lazy, LazyPattern)
    source, flags = lazy._source
    compiled = re.compile(source, flags)
    for url in URLS:
        expected = compiled.match(url)
        got = lazy.match(url)
        assert (got and got.groups()) == (expected and expected.groups()), url
    assert lazy.pattern == compiled.pattern and lazy.flags == compiled.flags


def test_other_patterns_are_compiled_as_usual() -> None:
    import reportlab.platypus.paragraph as paragraph

    assert isinstance(paragraph._hy_letters_pat, re.Pattern)
    # after the import, re.compile is the standard one again, also for the URL pattern's source
    assert re.compile.__module__ == "re"
    assert isinstance(re.compile(URI_PATTERN_START + "x", re.I), re.Pattern)


def test_the_lazy_cjk_pattern_splits_like_the_compiled_one() -> None:
    import reportlab.lib.textsplit as textsplit

    assert isinstance(textsplit.rx, LazyPattern)
    text = "Kaffe 咖啡 og te 茶".encode()
    expected = re.compile(CJK_PATTERN, re.UNICODE)
    assert textsplit.rx.sub(r"\1 ", text.decode()) == expected.sub(r"\1 ", text.decode())
