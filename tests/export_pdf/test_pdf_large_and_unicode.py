"""Huge answers, many objectives and any script: the export never fails and never drops a word."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from pdr_desktop.export import fonts
from pdr_desktop.export.pdf_writer import write_pdf


def _words(n: int, prefix: str) -> list[str]:
    return [f"{prefix}{i:05d}" for i in range(n)]


def test_50000_character_answer_in_a_narrow_cell_comes_back_word_for_word(
    form, sample_draft, tmp_path, pdf_text
):
    words = _words(7200, "w")
    # Line breaks every so often, and one blank-line paragraph break, as people really type.
    text = " ".join(w + ("\n" if i % 40 == 39 else "") for i, w in enumerate(words))
    text = text[:20000] + "\n\n" + text[20000:]
    assert len(text) >= 50000
    sample_draft.answers["standards.s1.self"] = text
    path = tmp_path / "long.pdf"
    write_pdf(form, sample_draft, path)
    printed = re.findall(r"w\d{5}", pdf_text(path))
    assert printed == words


def test_long_answers_everywhere_and_a_word_with_no_spaces(form, sample_draft, tmp_path, pdf_text):
    sample_draft.answers["comments.manager.final.comment"] = " ".join(_words(7200, "m"))
    sample_draft.answers["wider.feedback"] = "x" * 12000  # pasted junk: must still print in full
    sample_draft.answers["details.name"] = "Name " * 300
    # "k", not a hex digit: the signatures' SHA-256 fingerprints print on the sign-off page too.
    sample_draft.answers["wider.manager"] = {"answer": "no", "comment": " ".join(_words(3000, "k"))}
    path = tmp_path / "long.pdf"
    write_pdf(form, sample_draft, path)
    text = pdf_text(path)
    assert re.findall(r"m\d{5}", text) == _words(7200, "m")
    assert re.findall(r"k\d{5}", text) == _words(3000, "k")
    # The unbreakable word wraps over lines and pages (with footers between): count its letters.
    assert sum(len(run) for run in re.findall(r"x{20,}", re.sub(r"\s+", "", text))) == 12000


def test_50_objectives_all_printed_with_their_progress(
    form, sample_draft, tmp_path, pdf_text, objective_rows
):
    sample_draft.answers["objectives.items"] = objective_rows(50)
    path = tmp_path / "many.pdf"
    write_pdf(form, sample_draft, path)
    text = pdf_text(path)
    for i in range(1, 51):
        assert f"Objective number {i:03d} about practice area {i - 1}" in text
        assert f"Six month note {i:03d}" in text
    assert re.findall(r"Objective number (\d{3})", text) == [f"{i:03d}" for i in range(1, 51)]


SCRIPTS = {
    "greek": "Καλημέρα, η πρακτική μου βελτιώθηκε",
    "cyrillic": "Привет, моя практика улучшилась",
}


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_greek_and_cyrillic_stay_readable(form, sample_draft, tmp_path, pdf_text, script):
    sample_draft.answers["wider.self"] = SCRIPTS[script]
    path = tmp_path / f"{script}.pdf"
    write_pdf(form, sample_draft, path)
    assert SCRIPTS[script] in pdf_text(path)


def test_arabic_emoji_and_control_characters_do_not_crash(form, sample_draft, tmp_path, pdf_text):
    # Latin first: a paragraph that starts in Arabic reads right to left, and extractors differ on
    # the order of its mixed runs (see test_pdf_scripts for right-to-left paragraphs).
    sample_draft.answers["wider.self"] = "great work 🦄🧠 <b>not bold</b> & done\x07\u200b. مرحبا بالعالم"
    sample_draft.answers["details.name"] = "Zoë 🦄"
    path = tmp_path / "mixed.pdf"
    write_pdf(form, sample_draft, path)
    text = pdf_text(path)
    assert "great work □□ <b>not bold</b> & done." in text  # markup is printed, not obeyed
    assert len(PdfReader(str(path)).pages) > 1


def test_safe_text_replaces_only_what_the_font_lacks():
    assert fonts.safe_text("Dąbrowski Ζωή Жанна") == "Dąbrowski Ζωή Жанна"
    assert fonts.safe_text("a🦄b\x00c\r\nd") == f"a{fonts.FALLBACK}bc\nd"
    assert fonts.markup("a < b & c\nnext  line") == "a &lt; b &amp; c<br/>next \u00a0line"


def test_fonts_come_from_the_bundle():
    from pdr_desktop.resources import resource_path

    for filename in fonts.FONT_FILES.values():
        assert resource_path("resources", "fonts", filename).stat().st_size > 100_000
    assert "Bitstream" in resource_path("resources", "fonts", "LICENSE-DejaVu.txt").read_text()
