"""Sign-off: a typed name, a date, and a Sign button that fingerprints the form as it is now."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from pdr_desktop.clock import current_clock
from pdr_desktop.dates import UK_FORMAT, parse_date, to_display
from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Field, FormDefinition, Role
from pdr_desktop.review import signing
from pdr_desktop.ui.fields.date_field import DateInput
from pdr_desktop.ui.fields.editor import FieldEditor
from pdr_desktop.ui.fields.line_edit import LineEdit
from pdr_desktop.ui.fields.locking import READ_ONLY_FLAGS, apply_lock


class SignatureField(FieldEditor):
    """Typed name + date; Sign records the fingerprint through review.signing.

    The field needs the form and the draft (signing covers the whole form), so the
    page calls `attach(form, draft)` whenever it loads a draft.
    """

    def __init__(self, field: Field, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(field, accessible_name, parent)
        self.form: FormDefinition | None = None
        self.draft: Draft | None = None
        self.name = LineEdit(self)
        self.name.setAccessibleName(self.tr("{0} name").format(accessible_name.rstrip(": ")))
        self.name.setPlaceholderText(self.tr("Type your full name"))
        self.date = DateInput(self.tr("{0} date").format(accessible_name.rstrip(": ")), parent=self)
        self.sign_button = QPushButton(self.tr("Sign"), self)
        self._signer = accessible_name.rstrip(": ")
        self.status = QLabel(self)
        self.status.setObjectName("signatureStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(READ_ONLY_FLAGS)
        # The other person's answers given after this signature: calm news, not a warning.
        self.added = QLabel(self)
        self.added.setObjectName("signatureAdded")
        self.added.setWordWrap(True)
        self.added.setTextInteractionFlags(READ_ONLY_FLAGS)
        self.added.setVisible(False)
        name_label = QLabel(self.tr("Name"), self)
        name_label.setBuddy(self.name)
        date_label = QLabel(self.tr("Date"), self)
        date_label.setBuddy(self.date.line)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(name_label, 0, 0)
        layout.addWidget(self.name, 0, 1)
        layout.addWidget(date_label, 1, 0)
        layout.addWidget(self.date, 1, 1, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.sign_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status, 3, 0, 1, 2)
        layout.addWidget(self.added, 4, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        self.setFocusProxy(self.name)
        self.name.textEdited.connect(self.edited)
        self.date.line.textEdited.connect(self.edited)
        self.date.calendar.clicked.connect(self._picked)
        self.sign_button.clicked.connect(self.sign)
        self.refresh_status()

    def _picked(self, qdate) -> None:
        self.date.menu.close()
        self.date.pick(date(qdate.year(), qdate.month(), qdate.day()))

    def attach(self, form: FormDefinition, draft: Draft) -> None:
        # The page calls set_value right after, which shows the status; hashing here would be twice.
        self.form = form
        self.draft = draft

    def sign(self) -> None:
        """Sign with the typed name; the date defaults to today when left empty."""
        if self.locked or self.form is None or self.draft is None:
            return
        name = self.name.text().strip()
        if not name:
            self.status.setProperty("warning", True)
            self.status.setText(self.tr("Type your name before signing."))
            self._repolish()
            self.name.setFocus()
            return
        if not self.date.line.text().strip():
            self.date.line.setText(current_clock().today().strftime(UK_FORMAT))
        elif parse_date(self.date.line.text()) is None:
            # Never replace what someone typed; ask for a real date instead.
            self.status.setProperty("warning", True)
            self.status.setText(self.tr("The date is not one we recognise. Use a date like 15/07/2026."))
            self._repolish()
            self.date.line.setFocus()
            return
        signing.sign(self.form, self.draft, self.field.owner, name, self.date.stored())
        self.refresh_status()
        self.edited.emit()

    def refresh_status(self) -> None:
        if self.form is None or self.draft is None:
            self.status.setText(self.tr("Not signed"))
            self._show_sign_button(self.tr("Sign"))
            return
        status = signing.signature_status(self.form, self.draft, self.field.owner)
        if status.signed and not status.valid:
            self.status.setText(self._changed_text(status))
        else:
            self.status.setText(signing.status_text(self.form, status))
        self.status.setToolTip(status.fingerprint)
        added = signing.added_summary(self.form, status) if status.signed else []
        self.added.setText(self._added_text(status, added))
        self.added.setVisible(bool(added))
        self.status.setProperty("warning", status.signed and not status.valid)
        self.status.setProperty("signed", status.signed and status.valid)
        self._show_sign_button(self.tr("Sign again") if status.signed else self.tr("Sign"))
        self._repolish()

    def _changed_text(self, status: signing.SignatureStatus) -> str:
        """What the signer signed that is different now, one place per line (never one paragraph)."""
        assert self.form is not None
        when = to_display(status.date)
        if self.locked:  # the other person's signature: theirs to sign again
            head = self.tr("Changed since signed by {name} on {date}:").format(name=status.name, date=when)
            tail = [self.tr("They need to sign again.")]
        else:
            head = self.tr("Changed since you signed on {date}. Check these answers, then sign again:")
            head = head.format(date=when)
            tail = []
        places = signing.changed_places(self.form, status) or [
            self.tr("the answers are not the ones that were signed")
        ]
        return "\n".join([head, *(f"•  {place}" for place in places), *tail])

    def _added_text(self, status: signing.SignatureStatus, added: list[str]) -> str:
        if not added:
            return ""
        other = signing.added_by(status)
        if self.locked:  # someone else's signature: the later answers are this person's own
            text = self.tr("Added by you after {who} signed: {what}.")
            who = self.tr("your manager") if status.role is Role.MANAGER else self.tr("the practitioner")
        else:
            text = self.tr("Added by {who} after you signed: {what}.")
            who = self.tr("your manager") if other is Role.MANAGER else self.tr("the practitioner")
        return text.format(who=who, what=", ".join(added))

    def _show_sign_button(self, text: str) -> None:
        """The button's words, and a name that starts with them ("Sign again: …")."""
        self.sign_button.setText(text)
        self.sign_button.setAccessibleName(self.tr("{0}: {1}").format(text, self._signer))
        self.sign_button.setAccessibleDescription(self.status.text())

    def _repolish(self) -> None:
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def value(self) -> Any:
        return {"name": self.name.text(), "date": self.date.stored()}

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        name = str(value.get("name", "") or "")
        if name != self.name.text():
            self.name.setText(name)
        self.date.load(str(value.get("date", "") or ""))
        self.refresh_status()

    def inputs(self) -> list[QWidget]:
        return [self.name, self.date.line, self.date.button, self.sign_button]

    def focus_input(self, part: str | None = None) -> QWidget:
        """ "name" (default), "date" or "sign"."""
        return {"date": self.date.line, "sign": self.sign_button}.get(part or "", self.name)

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        apply_lock(self.name, locked)
        self.date.set_locked(locked)
        apply_lock(self.sign_button, locked)
        self.refresh_status()  # "after you signed" or "after your manager signed" follows the mode
