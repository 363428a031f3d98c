"""Low-level WordprocessingML touches python-docx has no API for (shading, fields, row flags), and
quicker ways to add runs and paragraphs."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.run import _RunContentAppender
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

FONT = "Arial"  # what the council's forms use; LibreOffice substitutes Liberation Sans
BODY_PT = 10
SMALL_PT = 8
HEADER_FILL = "D9E2F3"  # header cells, like the shaded headings of council forms
LABEL_FILL = "EEF2F8"  # standard texts and other fixed row labels
GREY = RGBColor(0x55, 0x55, 0x55)
INK = RGBColor(0x1F, 0x2A, 0x44)

A4_WIDTH, A4_HEIGHT = Cm(21.0), Cm(29.7)
MARGIN = Cm(1.8)
TEXT_WIDTH = A4_WIDTH - 2 * MARGIN


def setup_page(doc: DocxDocument) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = A4_WIDTH, A4_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    section.header_distance = section.footer_distance = Cm(0.8)


def setup_styles(doc: DocxDocument) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    # East-Asian and complex-script text (names, RTL comments) should use the same face.
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 15), ("Heading 1", 12)):
        style = doc.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = INK
        style.paragraph_format.space_before = Pt(10 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
        # Theme fonts override the named font in Word: drop them so Arial applies.
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
    # The Title style of the default template draws a rule and uses huge spacing: keep it plain.
    title_ppr = doc.styles["Title"].element.get_or_add_pPr()
    for border in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(border)


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> None:
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out pages."""

    def fld_char(kind: str) -> etree._Element:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        return el

    run = paragraph.add_run()
    run._r.append(fld_char("begin"))
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    run = paragraph.add_run()
    run._r.append(fld_char("separate"))
    paragraph.add_run(placeholder)
    run = paragraph.add_run()
    run._r.append(fld_char("end"))


def add_run(paragraph: Paragraph, text: str = "") -> Run:
    """paragraph.add_run(text) without its cost: python-docx first empties the new run with
    an XPath query (compiled on every call), a tenth of a Word export for a new, empty run."""
    r = paragraph._p.add_r()
    if text:
        _RunContentAppender.append_to_run_from_text(r, text)
    return Run(r, paragraph)


def add_paragraph(container: DocxDocument | _Cell, text: str = "", style_id: str | None = None) -> Paragraph:
    """container.add_paragraph(text, style) with the style given by id: python-docx looks a style
    name up by scanning every style, twice, for every paragraph."""
    paragraph: Paragraph = container.add_paragraph()
    if text:
        add_run(paragraph, text)
    if style_id is not None:
        paragraph._p.style = style_id
    return paragraph
