"""Translations: every word on screen reaches the .ts, the .ts is current, a .qm really translates.

pyside6-lupdate extracts only literals, in ``self.tr("…")`` inside a class (context: the class)
and ``QCoreApplication.translate("Context", "…")``. A variable, a wrapper such as ``_tr(text)``
or ``window.tr("…")`` (filed under "window", looked up under the window's class) is a word a
translator never sees; the scan below finds them.
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from pdr_desktop.team.status import Stage
from pdr_desktop.team.summary import Signatures
from pdr_desktop.team.training import NOT_IN_CATALOGUE
from pdr_desktop.ui.role_dialog import RoleDialog
from pdr_desktop.ui.status_words import signatures_words, stage_words
from pdr_desktop.ui.translation import install_translators

ROOT = Path(__file__).resolve().parents[2]
TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}


def _load_translations_tool():
    # By file path: packaging/ is not a package (its name is a PyPI library's).
    spec = importlib.util.spec_from_file_location("pdr_translations", ROOT / "packaging" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _load_translations_tool()


def _is_text(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        problem = self._problem(node)
        if problem:
            self.problems.append(f"{self.path.name}:{node.lineno}: {problem}: {ast.unparse(node)[:90]}")
        self.generic_visit(node)

    def _problem(self, node: ast.Call) -> str | None:
        func = node.func
        if isinstance(func, ast.Name) and func.id in {"tr", "_tr", "translate", "_translate"}:
            return "a translation wrapper lupdate cannot see"
        if not isinstance(func, ast.Attribute):
            return None
        owner = func.value
        if func.attr == "tr":
            if not (isinstance(owner, ast.Name) and owner.id == "self" and self.classes):
                return "tr() on something other than self in a class"
            if not node.args or not _is_text(node.args[0]):
                return "tr() of a non-literal"
        on_application = isinstance(owner, ast.Name) and owner.id in TRANSLATE_OWNERS
        if func.attr != "translate" or not on_application:
            return None
        if len(node.args) < 2 or not (_is_text(node.args[0]) and _is_text(node.args[1])):
            return "translate() of a non-literal"
        return None


def untranslatable_calls(files: list[Path]) -> list[str]:
    problems: list[str] = []
    for path in files:
        scanner = _Scanner(path)
        scanner.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        problems.extend(scanner.problems)
    return problems


def test_every_translatable_call_has_literal_words_lupdate_can_extract():
    assert untranslatable_calls(sorted((ROOT / "pdr_desktop").rglob("*.py"))) == []


def test_the_scan_finds_each_kind_of_call_lupdate_misses(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Ctx', text)\n"  # translate() of a non-literal
        "_tr('Hello')\n"  # a wrapper
        "class Page:\n"
        "    def build(self, window, word):\n"
        "        self.tr(word)\n"  # non-literal
        "        window.tr('Save')\n"  # wrong context
        "        self.tr('Fine')\n"
        "        QCoreApplication.translate('Ctx', 'Fine' ' too')\n",
        encoding="utf-8",
    )
    problems = untranslatable_calls([sample])
    assert [p.split(":")[1] for p in problems] == ["3", "4", "7", "8"], problems


def _messages(ts: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            state = (
                message.find("translation").get("type") if message.find("translation") is not None else None
            )
            if state not in {"vanished", "obsolete"}:
                found.add((name, message.findtext("source")))
    return found


def test_the_committed_ts_has_every_word_of_the_ui_and_no_other(tmp_path):
    if translations.tool("lupdate") is None:
        pytest.skip("lupdate not found (it comes with PySide6): cannot check translations/*.ts")
    fresh = tmp_path / "fresh_en_GB.ts"
    translations.update([fresh])
    committed = _messages(translations.SOURCE_TS)
    extracted = _messages(fresh)
    assert len(extracted) > 400  # the UI's words, not an empty run
    assert extracted - committed == set(), "new words: run `make translations` and commit the .ts"
    assert committed - extracted == set(), "words gone from the UI: run `make translations`"


def test_status_words_cover_every_stage_and_signature_state_in_the_domains_english():
    # The UI writes them again as literals (for lupdate); untranslated they must match the domain.
    assert stage_words() == {stage: stage.value for stage in Stage}
    assert signatures_words() == {state: state.value for state in Signatures}
    assert NOT_IN_CATALOGUE == "Not in the catalogue"  # ui/review/team_training.py says it so


FAKE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="eo">
<context>
    <name>RoleDialog</name>
    <message>
        <source>Welcome to PDR Desktop</source>
        <translation>Bonvenon al PDR Desktop</translation>
    </message>
</context>
</TS>
"""


def _compiled_fake_language(folder: Path) -> Path:
    lrelease = translations.tool("lrelease")
    if lrelease is None:
        pytest.skip("lrelease not found (it comes with PySide6)")
    ts = folder / "pdr_desktop_eo.ts"
    ts.write_text(FAKE_TS, encoding="utf-8")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / "pdr_desktop_eo.qm")], check=True)
    return folder


def test_a_compiled_qm_for_the_locale_translates_a_real_window(qtbot, qapp, tmp_path):
    folder = _compiled_fake_language(tmp_path)
    installed = install_translators(qapp, QLocale("eo"), str(folder))
    try:
        assert len(installed) == 1  # the app's file; Qt has no Esperanto of its own
        dialog = RoleDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Bonvenon al PDR Desktop"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    dialog = RoleDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Welcome to PDR Desktop"


def test_without_a_qm_for_the_locale_nothing_is_installed_and_the_words_stay_english(qtbot, qapp, tmp_path):
    _compiled_fake_language(tmp_path)
    assert install_translators(qapp, QLocale("cy"), str(tmp_path)) == []  # Welsh: no file here, none in Qt
    dialog = RoleDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Welcome to PDR Desktop"
