"""Every script prints, or the user is told: Portsmouth's community languages in the PDF."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from pdr_desktop.cli import main
from pdr_desktop.drafts import write_draft
from pdr_desktop.export import export_file
from pdr_desktop.export import pdf_shaping as shaping
from pdr_desktop.export.pdf_writer import write_pdf

TEXTS = {
    "polish": ("Zażółć gęślą jaźń, pisze Łucja Dąbrowska", "DejaVuSans"),
    "arabic": ("عملت مع العائلات لمدة خمس سنوات", "NotoSansArabic"),
    "urdu": ("میں نے بچوں اور خاندانوں کے ساتھ کام کیا ہے", "NotoSansArabic"),
    "hebrew": ("אני עובדת עם משפחות בפורטסמות", "NotoSansHebrew"),
    "bengali": ("আমি শিশু ও পরিবারের সাথে কাজ করি", "NotoSansBengali"),
    "chinese": ("我与儿童和家庭一起工作已经五年了，我們與家庭合作", "DroidSansFallback"),
}


def _fonts(path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def _nfkc(text: str) -> str:
    """Arabic prints in its joining forms (presentation forms); NFKC reads them as the letters."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("script", sorted(TEXTS))
def test_each_script_prints_in_a_font_that_has_it_and_reads_back(form, sample_draft, tmp_path, script):
    text, font = TEXTS[script]
    sample_draft.answers["wider.self"] = text
    sample_draft.answers["details.name"] = text.split("،")[0][:20]
    path = tmp_path / f"{script}.pdf"
    report = write_pdf(form, sample_draft, path)
    assert report.unprintable == []
    assert any(name.startswith(font) for name in _fonts(path)), _fonts(path)
    extracted = _nfkc(" ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages))
    if script == "bengali":
        return  # conjuncts are glyphs without a character: see the /ActualText test below
    for word in _nfkc(text).replace("،", " ").replace("，", " ").split():
        assert word in extracted, word


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
@pytest.mark.parametrize("script", ["bengali", "arabic", "hebrew", "chinese", "polish"])
def test_copying_from_a_pdf_reader_gets_the_typed_words(form, sample_draft, tmp_path, script):
    """Poppler (Evince, Okular, pdftotext) honours /ActualText: shaped lines copy as typed."""
    text, _font = TEXTS[script]
    sample_draft.answers["wider.self"] = text
    path = tmp_path / f"{script}.pdf"
    write_pdf(form, sample_draft, path)
    copied = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    copied = _nfkc(copied.replace("\u202b", "").replace("\u202c", ""))
    for word in _nfkc(text).replace("،", " ").replace("，", " ").split():
        assert word in copied, word


def test_right_to_left_lines_are_in_display_order():
    runs = shaping.visual_runs("Name: مرحبا بالعالم (Early Help)", "DejaVuSans", rtl_base=False)
    assert [r.text.strip() for r in runs if r.text.strip()] == ["Name:", "مرحبا بالعالم", "(Early Help)"]
    runs = shaping.visual_runs("مرحبا بالعالم 2026", "DejaVuSans", rtl_base=True)
    # Right to left: the number, read left to right, stands at the left end of the line.
    assert runs[0].text.strip() == "2026" and runs[0].level == 2
    assert shaping.rtl_paragraph("שלום world") and not shaping.rtl_paragraph("world שלום")


def test_arabic_is_joined_and_bengali_is_shaped():
    arabic = shaping.Run("مرحبا", "NotoSansArabic", level=1)
    glyphs, _width = shaping.shape(arabic, 10)
    # Joining forms, laid out right to left: alef (final) is leftmost, meem (initial) rightmost.
    assert [unicodedata.name(g.char) for g in glyphs] == [
        "ARABIC LETTER ALEF FINAL FORM",
        "ARABIC LETTER BEH MEDIAL FORM",
        "ARABIC LETTER HAH INITIAL FORM",
        "ARABIC LETTER REH FINAL FORM",
        "ARABIC LETTER MEEM INITIAL FORM",
    ]
    assert [g.x for g in glyphs] == sorted(g.x for g in glyphs)
    bengali = shaping.Run("ক্ষমা", "NotoSansBengali")
    glyphs, _width = shaping.shape(bengali, 10)
    assert len(glyphs) < len("ক্ষমা")  # ক + ্ + ষ join into one conjunct glyph


def test_unprintable_characters_are_counted_by_place_and_said(form, sample_draft, tmp_path):
    sample_draft.answers["standards.s2.self"] = "Great visit 🦄🦄 and தமிழ்"
    path = tmp_path / "emoji.pdf"
    report = export_file(form, sample_draft, path, "pdf")
    assert len(report.unprintable) == 1
    place, count = report.unprintable[0]
    assert "2. Children are spoken to alone" in place and "My Self-assessment" in place
    assert count == 2 + len("தமிழ்")  # the two emoji and every Tamil letter and sign
    message = report.messages()[0]
    assert message.startswith(f"{count} characters in Practice Standards")
    assert "cannot be printed in the PDF" in message and "the Word copy keeps them" in message


def test_the_cli_warns_about_unprintable_characters(sample_draft, tmp_path, capsys):
    sample_draft.answers["wider.self"] = "Done 🦄"
    source = tmp_path / "mine.pdr"
    write_draft(sample_draft, source, backup=False)
    assert main(["export", str(source), "--to", "pdf", "-o", str(tmp_path / "mine.pdf")]) == 0
    err = capsys.readouterr().err
    assert "warning: 1 character in Wider Contribution" in err
    assert "cannot be printed in the PDF" in err


def test_nothing_is_reported_when_everything_prints(form, sample_draft, tmp_path):
    report = export_file(form, sample_draft, tmp_path / "ok.pdf", "pdf")
    assert report.unprintable == [] and report.messages() == []


def test_isolates_and_unassigned_characters_do_not_stop_the_bidi_order(form, sample_draft, tmp_path):
    """python-bidi's reference algorithm predates isolates; found by test_pdf_any_text's fuzzing."""
    line = "مرحبا \u2067Early Help\u2069 \u0378 done"
    assert len(shaping.bidi_levels(line, rtl_base=True)) == len(line)
    sample_draft.answers["wider.self"] = line
    write_pdf(form, sample_draft, tmp_path / "isolates.pdf")
