"""The board's one-page PDF (reportlab): the counts, the chart of each round's stages, and the
training needs by theme. Counts only, always: nobody is named on the page.

The chart is the same data the team view paints with Qt (`status.round_counts`), drawn here
with reportlab's shapes in the same colours, each bar labelled with its numbers.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pdr_desktop import APP_NAME, __version__
from pdr_desktop.atomic import atomic_write_bytes
from pdr_desktop.dates import long_date
from pdr_desktop.export.fonts import BOLD, markup, register_fonts, safe_text
from pdr_desktop.team.report import TeamReport
from pdr_desktop.team.status import STAGE_COLOURS, STAGES, Stage
from pdr_desktop.team.training import NOT_IN_CATALOGUE, by_theme

MARGIN = 1.6 * cm
WIDTH = A4[0] - 2 * MARGIN
HEIGHT = A4[1] - 2 * MARGIN
MAX_THEMES = 16  # what fits beside the chart on one page; the spreadsheet has them all
PDF_SUBJECT = f"{APP_NAME} team summary"


def _styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4),
        "body": ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12.5),
        "small": ParagraphStyle(
            "small", fontName=font, fontSize=8, leading=10, textColor=colors.HexColor("#444444")
        ),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=10.5),
    }


def round_chart(report: TeamReport, width: float = WIDTH) -> Drawing:
    """One stacked bar per round, a segment per stage with its count, and a legend."""
    font = register_fonts()
    label_width, bar_height, gap = 3.6 * cm, 14, 8
    rows = report.counts
    legend_height = 16
    height = legend_height + len(rows) * (bar_height + gap) + 4
    drawing = Drawing(width, height)
    bar_width = width - label_width - 4
    for index, counts in enumerate(rows):
        y = height - legend_height - (index + 1) * (bar_height + gap) + gap / 2
        drawing.add(String(0, y + 4, safe_text(counts.label), fontName=font, fontSize=8.5))
        total = counts.total or 1
        x = label_width
        for stage in STAGES:
            number = counts.counts[stage]
            if not number:
                continue
            share = bar_width * number / total
            fill = colors.HexColor(STAGE_COLOURS[stage])
            drawing.add(
                Rect(x, y, share, bar_height, fillColor=fill, strokeColor=colors.white, strokeWidth=0.5)
            )
            if share > 10:
                drawing.add(
                    String(
                        x + share / 2,
                        y + 4,
                        str(number),
                        fontName=BOLD,
                        fontSize=8,
                        fillColor=colors.white,
                        textAnchor="middle",
                    )
                )
            x += share
    x = 0.0
    for stage in STAGES:
        drawing.add(
            Rect(x, height - 10, 8, 8, fillColor=colors.HexColor(STAGE_COLOURS[stage]), strokeColor=None)
        )
        drawing.add(String(x + 11, height - 9, stage.value, fontName=font, fontSize=7.5))
        x += 11 + len(stage.value) * 4.1 + 10
    return drawing


def _table(data: list[list[Any]], widths: list[float], styles: dict[str, ParagraphStyle]) -> Table:
    cells = [[Paragraph(markup(str(v)), styles["cell"]) for v in row] for row in data]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def pdf_bytes(report: TeamReport, organisation: str = "") -> bytes:
    styles = _styles()
    conversations, overdue, unreadable = (
        len(report.conversations),
        len(report.overdue),
        len(report.unreadable),
    )
    headline = (
        f"As at {long_date(report.today)}: {conversations} conversation{'s' if conversations != 1 else ''}, "
        f"{overdue} overdue (the practitioner's part not received by the send-by date)"
    )
    if unreadable:
        headline += f"; {unreadable} file{'s' if unreadable != 1 else ''} could not be read"
    story = [
        Paragraph(markup(f"Team summary{f' – {organisation}' if organisation else ''}"), styles["title"]),
        Paragraph(markup(headline + "."), styles["body"]),
        Paragraph("Where each review round is", styles["h2"]),
        round_chart(report),
        Spacer(1, 4),
    ]
    # Sized so each heading wraps between words, never inside one ("Complete-d").
    room = {Stage.NOT_REACHED: 1.9, Stage.PRACTITIONER: 2.6, Stage.MANAGER: 2.5, Stage.READY: 2.2}
    stage_widths = [3.3 * cm, *(room.get(s, 2.3) * cm for s in STAGES), 1.8 * cm, 1.2 * cm]
    rounds: list[list[Any]] = [["Round", *(s.value for s in STAGES), "Overdue", "Total"]]
    rounds += [[c.label, *(c.counts[s] for s in STAGES), c.overdue, c.total] for c in report.counts]
    story.append(_table(rounds, stage_widths, styles))
    story.append(Paragraph("Training needs by theme", styles["h2"]))
    groups = by_theme(report.needs, report.catalogue)
    themed = sorted((g for g in groups if g.title != NOT_IN_CATALOGUE), key=lambda g: -g.practitioners)
    unmatched = next((g for g in groups if g.title == NOT_IN_CATALOGUE), None)
    needs: list[list[Any]] = [["Theme", "Area", "Practitioners"]]
    needs += [[g.title, g.area, g.practitioners] for g in themed[:MAX_THEMES]]
    if unmatched is not None:
        needs.append([NOT_IN_CATALOGUE, "", unmatched.practitioners])
    if len(needs) == 1:
        story.append(Paragraph("No learning needs are written in these conversations yet.", styles["body"]))
    else:
        story.append(_table(needs, [WIDTH * 0.55, WIDTH * 0.27, WIDTH * 0.18], styles))
    if len(themed) > MAX_THEMES:
        more = len(themed) - MAX_THEMES
        story.append(
            Paragraph(
                f"…and {more} more theme{'s' if more != 1 else ''}: the spreadsheet lists them all.",
                styles["small"],
            )
        )
    notes = [
        "Counts only: no practitioner is named on this page.",
        report.catalogue_note(),
        f"Made by {APP_NAME} {__version__} on this computer; nothing was sent anywhere.",
    ]
    story.append(Spacer(1, 6))
    story += [Paragraph(markup(n), styles["small"]) for n in notes if n]
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title="Team summary",
        subject=PDF_SUBJECT,
        creator=f"{APP_NAME} {__version__}",
        author=safe_text(organisation),
    )
    # One page, always: a very long list shrinks to fit rather than spilling onto a second.
    doc.build([KeepInFrame(WIDTH, HEIGHT, story, mode="shrink")])
    return out.getvalue()


def write_pdf(path: Path, report: TeamReport, organisation: str = "") -> Path:
    atomic_write_bytes(Path(path), pdf_bytes(report, organisation))
    return Path(path)
