"""The app's words (and Qt's own: OK, Cancel, the file dialogs) in the system's language.

A language is there when resources/translations/pdr_desktop_<locale>.qm is: compiled from
translations/*.ts by `make translations` and by the bundle build (docs/translating.md). With
none for the system's language the app speaks the British English it is written in.
Only QtCore is touched here: start-up time is measured, and QtCore is loaded already.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pdr_desktop.resources import resource_path

APP_FILE = "pdr_desktop"  # pdr_desktop_<locale>.qm


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: str | None = None
) -> list[QTranslator]:
    """Install the app's and Qt's translations for *locale* (the system's); returns those installed.

    *folder* holds the app's .qm files (the bundled resources/translations unless given).
    QTranslator.load(locale, …) tries each of the locale's UI languages, most specific first
    (pdr_desktop_cy_GB.qm, then pdr_desktop_cy.qm), so one file serves a whole language.
    """
    locale = locale if locale is not None else QLocale.system()
    if folder is None:
        try:
            folder = str(resource_path("resources", "translations"))
        except FileNotFoundError:
            folder = ""  # a checkout where `make translations` has not run: English, as written
    candidates = [
        (APP_FILE, folder),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    installed = []
    for name, where in candidates:
        translator = QTranslator(app)  # parented: lives as long as the application
        if where and translator.load(locale, name, "_", where) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
