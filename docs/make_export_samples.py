"""Regenerate the pictures in docs/export-samples/ from the sample draft.

    .venv/bin/python docs/make_export_samples.py

Exports the sample draft (review.sample.build_sample) as DOCX and PDF, renders PDF pages 1-2,
the objectives and the sign-off page with pdftoppm, and a multilingual variant's scripts page
and a page where a long answer continues; then prints the DOCX through LibreOffice (skipped
with a note when soffice is missing) and renders its pages 1, 2, the objectives page and the
sign-off page. The work folder is a fixed temp path, emptied first, so every run does the same.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "export-samples"
WORK = Path(tempfile.gettempdir()) / "pdr-desktop-export-samples"
DPI = "70"

from pypdf import PdfReader  # noqa: E402

from pdr_desktop.export import export_draft  # noqa: E402
from pdr_desktop.forms.registry import default_form  # noqa: E402
from pdr_desktop.review.sample import build_sample  # noqa: E402


def render_page(pdf: Path, page: int, png: Path) -> None:
    """Render one page (1-based) of `pdf` to `png` at DPI dots per inch."""
    stem = WORK / png.stem
    subprocess.run(
        ["pdftoppm", "-png", "-r", DPI, "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    shutil.move(str(stem.with_suffix(".png")), png)
    print(f"wrote {png.relative_to(ROOT)} (page {page})")


def find_page(pdf: Path, *needles: str) -> int:
    """The first page (1-based) whose text contains every needle (case and spacing ignored)."""
    wanted = ["".join(n.lower().split()) for n in needles]
    for number, page in enumerate(PdfReader(str(pdf)).pages, start=1):
        text = "".join((page.extract_text() or "").lower().split())
        if all(w in text for w in wanted):
            return number
    raise LookupError(f"no page of {pdf.name} contains {needles}")


def multilingual(draft):
    """The sample with names and answers in Portsmouth's community languages, and one long answer."""
    draft = draft.clone()
    draft.answers["standards.s3.self"] = "\n".join(
        [
            "Polski: rodzina Dąbrowskich, Łucja i Zbigniew, pracujemy nad planem.",
            "العربية: عملت مع العائلات لمدة خمس سنوات في بورتسموث.",
            "اردو: میں نے بچوں اور خاندانوں کے ساتھ کام کیا ہے۔",
            "বাংলা: আমি শিশু ও পরিবারের সাথে কাজ করি।",
            "עברית: אני עובדת עם משפחות בפורטסמות.",
            "中文：我与儿童和家庭一起工作，已经五年了。",
            "Emoji 🙂 cannot print: the export says so.",
        ]
    )
    draft.answers["comments.manager.initial.name"] = "محمد أحمد"
    sentence = "I met the family at home, we reviewed the plan together and agreed what happens next. "
    draft.answers["standards.s2.self"] = sentence * 70
    return draft


def main() -> int:
    form = default_form()
    draft = build_sample(form)
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    OUT.mkdir(parents=True, exist_ok=True)

    docx = export_draft(form, draft, WORK / "sample.docx", "docx")
    pdf = export_draft(form, draft, WORK / "sample.pdf", "pdf")
    for page in (1, 2):
        render_page(pdf, page, OUT / f"pdf-page{page}.png")
    render_page(pdf, find_page(pdf, "Specific Objectives"), OUT / "pdf-objectives.png")
    render_page(pdf, find_page(pdf, "Signed (Manager)"), OUT / "pdf-signoff.png")
    scripts = export_draft(form, multilingual(draft), WORK / "scripts.pdf", "pdf")
    render_page(scripts, find_page(scripts, "Impact chronologies"), OUT / "pdf-scripts.png")
    render_page(scripts, find_page(scripts, "(continued)"), OUT / "pdf-continued.png")

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("note: soffice (LibreOffice) not found; the docx-*.png pictures were left as they are")
        return 0
    profile = (WORK / "lo-profile").as_uri()  # a private profile, so a running LibreOffice is not disturbed
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(WORK / "printed"),
            str(docx),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    printed = WORK / "printed" / "sample.pdf"  # LibreOffice names it after the .docx
    pages = {
        "docx-page1.png": 1,
        "docx-page2.png": 2,
        "docx-objectives.png": find_page(printed, "Specific Objectives"),
        "docx-signoff.png": find_page(printed, "Signed (Manager)"),
    }
    for name, page in pages.items():
        render_page(printed, page, OUT / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
