"""Load the UI language: our strings, Qt's standard strings, and the locale.

Qt ships no Bokmål translation of its own dialogs and buttons (OK, Cancel,
Next, Back …), so `qtbase_extra_nb` is ours, made from
resources/translations/qtbase_extra_nb.ts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kpidesk.paths import resource

LOCALES = {"nb": "nb_NO", "en": "en_GB"}
_installed: list[QTranslator] = []


def system_language() -> str:
    """nb on a Norwegian system (Bokmål or Nynorsk), otherwise en."""
    name = QLocale.system().name()
    return "nb" if name.split("_")[0] in ("nb", "no", "nn") else "en"


def install_language(app: QCoreApplication, language: str) -> str:
    """Install translators and the default locale for `language` ("" = system)."""
    language = language or system_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for name in (f"kpidesk_{language}", f"qtbase_extra_{language}"):
        translator = QTranslator(app)
        if translator.load(str(resource("translations", f"{name}.qm"))):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(LOCALES[language]))
    return language


def ui_language() -> str:
    """The language of the installed UI locale: "nb" or "en"."""
    return "nb" if QLocale().name().split("_")[0] in ("nb", "no", "nn") else "en"
