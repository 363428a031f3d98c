""" "Start next year's conversation…" and the read-only "Last year" reference it leaves behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.drafts.model import Draft
from pdr_desktop.drafts.store import default_drafts_folder, unique_path, write_draft
from pdr_desktop.forms.model import FieldRole, FormDefinition
from pdr_desktop.review import workflow
from pdr_desktop.review.carry_forward import carry_forward, period_label
from pdr_desktop.ui.accessible import name_buttons


def start_next_year(window) -> Path | None:
    """Make next year's draft from the open one, save it beside the others and open it."""
    draft: Draft | None = window.draft
    if draft is None:
        return None
    form: FormDefinition = window.form
    if not workflow.year_finished(form, draft):
        open_rounds = [r.label for r in form.rounds if r.id not in draft.review.completed_rounds]
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("MainWindow", "Start next year's conversation"),
            QCoreApplication.translate(
                "MainWindow",
                "This year's conversation is not finished: %1 not completed yet. "
                "Start next year's anyway? This year's draft stays as it is.",
            ).replace("%1", ", ".join(open_rounds)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    # Save this year's words first: the new draft is built from them, and the window
    # switches away from this draft straight after.
    if window.draft_path is not None and not window.save_now():
        return None
    new = carry_forward(form, draft)
    # Where the start page lists conversations, so next year's shows up there.
    drafts_folder = getattr(window, "drafts_folder", None)
    if callable(drafts_folder):
        folder = drafts_folder()
    else:
        folder = window.draft_path.parent if window.draft_path is not None else default_drafts_folder()
    title = f"{new.display_name(form)} {period_label(new.role_text(form, FieldRole.PERIOD))}".strip()
    path = unique_path(folder, title)
    try:
        write_draft(new, path)
    except OSError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Could not start next year's conversation"),
            QCoreApplication.translate("MainWindow", "“%1” could not be saved: %2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc)),
        )
        return None
    window.load_draft(new, path)
    carried = new.meta.get("carried_from", {}).get("objectives_carried", 0)
    left = len(new.meta.get("reference", {}).get("objectives_achieved", []))
    message = QCoreApplication.translate(
        "MainWindow",
        "Next year's conversation is ready in “%1”.\n\n%2 unfinished objective(s) were carried forward; "
        "%3 achieved objective(s) stay with last year. Last year's closing comments are under "
        "Review › Last year's comments.",
    )
    message = message.replace("%1", path.name).replace("%2", str(carried)).replace("%3", str(left))
    notes = new.meta.get("notes", [])
    if notes:
        message += "\n\n" + "\n".join(notes)
    QMessageBox.information(
        window, QCoreApplication.translate("MainWindow", "Next year's conversation"), message
    )
    return path


def reference_html(reference: dict[str, Any]) -> str:
    """Last year's comments and achieved objectives, escaped, as simple HTML."""
    from html import escape

    parts = []
    period = str(reference.get("period", "")).strip()
    if period:
        parts.append(f"<p><b>Period covered:</b> {escape(period)}</p>")
    comments = reference.get("comments", {}) if isinstance(reference.get("comments"), dict) else {}
    for who, title in (("practitioner", "Practitioner's comments"), ("manager", "Manager's comments")):
        comment = comments.get(who)
        if not isinstance(comment, dict):
            continue
        signed = ", ".join(
            p for p in (str(comment.get("name", "")), str(comment.get("date", ""))) if p.strip()
        )
        parts.append(f"<h3>{escape(title)} – {escape(str(comment.get('round_label', '')))}</h3>")
        text = escape(str(comment.get("text", ""))).replace("\n", "<br>")
        parts.append(f"<p>{text}</p>")
        if signed:
            parts.append(f"<p><i>{escape(signed)}</i></p>")
    achieved = [str(a) for a in reference.get("objectives_achieved", []) if str(a).strip()]
    if achieved:
        parts.append("<h3>Objectives achieved last year</h3><ul>")
        parts += [f"<li>{escape(a)}</li>" for a in achieved]
        parts.append("</ul>")
    return "\n".join(parts)


class LastYearDialog(QDialog):
    """Read-only: the reference is there to look back at, not to edit."""

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Last year's comments"))
        self.resize(640, 480)
        reference = draft.meta.get("reference")
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Last year's comments"))
        self.browser.setOpenLinks(False)
        intro = QLabel()
        intro.setWordWrap(True)
        if isinstance(reference, dict) and reference:
            intro.setText(
                self.tr("From last year's conversation, for reference. This year's answers are separate.")
            )
            self.browser.setHtml(reference_html(reference))
        else:
            intro.setText(
                self.tr("This conversation was not started from last year's, so there is nothing to show.")
            )
            self.browser.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        name_buttons(self)


def has_reference(draft: Draft | None) -> bool:
    return (
        draft is not None and isinstance(draft.meta.get("reference"), dict) and bool(draft.meta["reference"])
    )
