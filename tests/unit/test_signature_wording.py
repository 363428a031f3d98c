"""The fingerprint is described as what it is: an integrity check, not proof of who signed."""

from __future__ import annotations

from pathlib import Path

from pdr_desktop.export import docx_extraction
from pdr_desktop.export import text_values as tv

ROOT = Path(__file__).parents[2]


def test_the_form_guidance_and_readme_say_what_the_fingerprint_is(form):
    guidance = " ".join(s.guidance for s in form.sections) + " ".join(
        g.guidance for s in form.sections for g in s.groups
    )
    assert "any later change is visible" not in guidance
    assert "not a cryptographic signature" in guidance
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "not a cryptographic signature" in readme


def test_the_printed_line_says_integrity_check_and_old_exports_still_import():
    assert tv.FINGERPRINT_PREFIX.startswith("Integrity check, not a signature")
    old_cell = "Siobhán Ó Dálaigh\nFingerprint (SHA-256): " + "a" * 64
    new_cell = "Siobhán Ó Dálaigh\n" + tv.FINGERPRINT_PREFIX + "b" * 64
    assert docx_extraction.without_status(old_cell) == "Siobhán Ó Dálaigh"
    assert docx_extraction.without_status(new_cell) == "Siobhán Ó Dálaigh"
