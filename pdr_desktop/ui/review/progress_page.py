"""The "Progress review" wizard page: scale each objective 0–10 at the six-month and final reviews.

Objectives belong to the practitioner, but the seed asks both people to "review and
scale the progress" together in the meeting, so either role can scale here; the
words of an objective stay read-only on this page (they are edited on the
objectives page by their owner).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.drafts.model import Draft, row_is_blank, row_title
from pdr_desktop.forms.model import FormDefinition, Role
from pdr_desktop.review import progress as scaling
from pdr_desktop.review.completeness import Status
from pdr_desktop.ui.focus import quiet_container
from pdr_desktop.ui.pages.style import apply_fonts
from pdr_desktop.ui.review.progress_widget import ScaleChart

NOT_SCALED = scaling.SCALE_MIN - 1  # the spin box's "Not scaled" position, below 0
PAGE_ID = "progress"


class ObjectiveProgress(QFrame):
    """One objective, as a card like the other pages': its words, this round's scale and note,
    "Achieved", and the chart of all rounds."""

    def __init__(self, form: FormDefinition, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.index = index
        number = index + 1
        self.title = QLabel(self.tr("Objective %1").replace("%1", str(number)))
        self.title.setObjectName("cardTitle")
        self.title.setAccessibleName(self.title.text())
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.carried = QLabel()
        self.carried.setWordWrap(True)
        # Italic rather than disabled: disabled text is skipped by some screen readers.
        italic = self.carried.font()
        italic.setItalic(True)
        self.carried.setFont(italic)
        self.scale = QSpinBox()
        self.scale.setRange(NOT_SCALED, scaling.SCALE_MAX)
        self.scale.setSpecialValueText(self.tr("Not scaled"))
        self.scale.setSuffix(self.tr(" / 10"))
        self.scale.setMinimumWidth(self.scale.fontMetrics().horizontalAdvance("Not scaled") + 48)
        self.scale.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.scale.setAccessibleName(self.tr("Objective %1 progress, 0 to 10").replace("%1", str(number)))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        # Three lines, the document's margins and the theme's 3-pixel frame (edge or focus border).
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 16)
        self.note.setAccessibleName(self.tr("Objective %1 progress note").replace("%1", str(number)))
        self.achieved = QCheckBox(self.tr("Achieved"))
        self.achieved.setAccessibleName(self.tr("Objective %1 achieved").replace("%1", str(number)))
        self.chart = ScaleChart(form)

        inputs = QFormLayout()
        self.scale_label = QLabel(self.tr("Progress"))
        self.scale_label.setBuddy(self.scale)
        inputs.addRow(self.scale_label, self.scale)
        note_label = QLabel(self.tr("Note"))
        note_label.setBuddy(self.note)
        inputs.addRow(note_label, self.note)
        inputs.addRow("", self.achieved)
        body = QHBoxLayout()
        body.addLayout(inputs, 1)
        body.addWidget(self.chart, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.carried)
        layout.addLayout(body)

    def show_row(self, form: FormDefinition, row: dict[str, Any], round_id: str | None) -> None:
        """Fill from `row` without emitting anything (the caller blocks signals)."""
        rows = form.rows_field()
        title = row_title(rows, row).strip() if rows is not None else ""
        self.text.setText(title or self.tr("(no objective written yet)"))
        carried = str(row.get("carried_from", "")).strip()
        self.carried.setText(carried)
        self.carried.setVisible(bool(carried))
        scalable = round_id is not None
        entry = scaling.entry(form, row, round_id) if round_id is not None else None
        value = NOT_SCALED if entry is None or entry.scale is None else entry.scale
        if self.scale.value() != value:
            self.scale.setValue(value)
        note = entry.note if entry else ""
        if self.note.toPlainText() != note:
            self.note.setPlainText(note)
        self.achieved.setChecked(scaling.is_achieved(row))
        self.scale.setEnabled(scalable)
        self.note.setEnabled(scalable)
        self.chart.set_row(row)


class ProgressPage(QWidget):
    """Implements the SectionPage contract of pdr_desktop.ui.pages for an extra page."""

    edited = Signal(str)

    def __init__(
        self,
        form: FormDefinition,
        draft: Draft | None = None,
        role: Role = Role.PRACTITIONER,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page-progress")
        self.form = form
        self.role = role
        self.draft: Draft | None = None
        self._round: str | None = None
        self._shape: tuple | None = None
        self._rows: list[ObjectiveProgress] = []
        rows_field = form.rows_field()
        if rows_field is None:
            raise ValueError(f"the form {form.id} has no objectives table to review")
        self.rows_field = rows_field

        # Laid out like every section page: a title, the round, guidance in its panel, then one
        # card per objective, all on the pages' background and scrolling together.
        self._list = QWidget()
        self._list.setObjectName("pageBody")
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(32, 24, 32, 32)
        self._list_layout.setSpacing(16)
        self.heading = QLabel(self.tr("Progress review"))
        self.heading.setObjectName("pageTitle")
        self.heading.setAccessibleName(self.heading.text())
        self.round_note = QLabel()
        self.round_note.setObjectName("intro")
        self.round_note.setWordWrap(True)
        self.guidance = QFrame()
        self.guidance.setObjectName("guidance")
        words = QLabel(
            self.tr(
                "At each review, agree together how far each objective has come, from 0 (not started) "
                "to 10 (fully achieved), and note what has happened. Objectives marked achieved are not "
                "carried into next year's conversation; the others are."
            )
        )
        words.setObjectName("guidanceText")
        words.setWordWrap(True)
        guidance_layout = QVBoxLayout(self.guidance)
        guidance_layout.setContentsMargins(14, 10, 14, 10)
        guidance_layout.addWidget(words)
        self.empty = QLabel(self.tr("There are no objectives yet. Add them on the objectives page."))
        self.empty.setWordWrap(True)
        for widget in (self.heading, self.round_note, self.guidance, self.empty):
            self._list_layout.addWidget(widget)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._list)
        scroll.setAccessibleName(self.tr("Objectives to review"))
        quiet_container(scroll)  # its inputs are the Tab stops; it follows the focus
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        apply_fonts(self._list, self.font())
        if draft is not None:
            self.set_draft(draft)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the person changed their text size
            apply_fonts(self._list, self.font())

    # --- the page contract --------------------------------------------------------------------

    def set_draft(self, draft: Draft) -> None:
        self.draft = draft
        self._shape = None  # another draft: rebuild even if the objectives line up
        self.set_current_round(draft.review.current_round)

    def set_role(self, role: Role | str) -> None:
        # Both roles scale together in the meeting, so nothing locks here.
        self.role = Role(role)

    def set_guidance_visible(self, visible: bool) -> None:
        self.guidance.setVisible(visible)

    def set_current_round(self, round_id: str) -> None:
        self._round = round_id if round_id in scaling.scaling_rounds(self.form) else None
        self._describe_round(round_id)
        self.refresh()

    def status(self) -> tuple[str, str]:
        """The task-list tag: (text, the section status whose colour it takes).

        "Not needed yet" before the first review that scales progress (or with no objectives);
        otherwise how many objectives have a scale for this round (achieved ones count as done).
        """
        used = self._used_rows()
        if self._round is None or not used:
            return self.tr("Not needed yet"), Status.NOT_STARTED.value
        done = sum(
            1
            for _, row in used
            if scaling.is_achieved(row) or scaling.entry(self.form, row, self._round).scale is not None
        )
        if done == len(used):
            return Status.COMPLETED.value, Status.COMPLETED.value
        state = Status.IN_PROGRESS if done else Status.NOT_STARTED
        return state.value, state.value

    def commit(self) -> None:
        # Every change is written to the draft as it happens; nothing is held back.
        return None

    def set_read_only(self, read_only: bool) -> None:
        # Nothing here is locked box by box (both roles scale together): the page is locked whole.
        self.setEnabled(not read_only)

    def focus_field(self, field_id: str) -> bool:
        """ "objectives.items" focuses the first objective; "progress.N" the N-th (1-based)."""
        self.refresh()
        target: ObjectiveProgress | None = None
        if field_id == self.rows_field.id and self._rows:
            target = self._rows[0]
        elif field_id.startswith(f"{PAGE_ID}."):
            number = field_id.split(".", 1)[1]
            target = next((r for r in self._rows if number.isdigit() and r.index == int(number) - 1), None)
        if target is None:
            return False
        self.scroll_area.ensureWidgetVisible(target)
        widget = target.scale if target.scale.isEnabled() else target.achieved
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- building and refreshing --------------------------------------------------------------

    @property
    def current_round(self) -> str | None:
        """The round being scaled, or None when the draft is at a round without scaling."""
        return self._round

    def objective_widgets(self) -> list[ObjectiveProgress]:
        return list(self._rows)

    def _describe_round(self, round_id: str) -> None:
        rounds = " and ".join(self.form.round(r).label for r in scaling.scaling_rounds(self.form))
        if self._round is None:
            label = self.form.round(round_id).label if round_id in self.form.round_ids() else round_id
            text = self.tr(
                "Progress is scaled at the %1. This conversation is at the %2, so the charts fill in later."
            )
            self.round_note.setText(text.replace("%1", rounds).replace("%2", label))
        else:
            rnd = self.form.round(self._round)
            text = self.tr("Scaling progress for the %1 (%2).")
            self.round_note.setText(text.replace("%1", rnd.label).replace("%2", rnd.period))

    def _used_rows(self) -> list[tuple[int, dict[str, Any]]]:
        if self.draft is None:
            return []
        rows = self.draft.get(self.rows_field)
        return [(i, row) for i, row in enumerate(rows) if not row_is_blank(self.rows_field, row)]

    def refresh(self, force: bool = False) -> None:
        """Show the draft's objectives; rebuild only when the objectives themselves changed.

        Rebuilding while someone types a note would move their cursor, so a change
        of values alone is written into the existing widgets instead.
        """
        used = self._used_rows()
        shape = tuple(i for i, _ in used)
        if force or shape != self._shape:
            self._rebuild(shape)
        for widget, (_, row) in zip(self._rows, used, strict=True):
            self._blocked(widget, lambda w=widget, r=row: w.show_row(self.form, r, self._round))
        self.empty.setVisible(not used)

    def _rebuild(self, shape: tuple) -> None:
        focused = self.focusWidget()
        for widget in self._rows:
            self._list_layout.removeWidget(widget)
            widget.hide()  # deleteLater waits for the event loop; meanwhile it must not paint
            widget.deleteLater()
        self._rows = []
        for index in shape:
            widget = ObjectiveProgress(self.form, index, self._list)
            widget.scale.valueChanged.connect(lambda value, i=index: self._scale_changed(i, value))
            widget.note.textChanged.connect(lambda w=widget: self._note_changed(w))
            widget.achieved.toggled.connect(lambda checked, i=index: self._achieved_changed(i, checked))
            self._list_layout.insertWidget(self._list_layout.count() - 1, widget)
            self._rows.append(widget)
        apply_fonts(self._list, self.font())
        self._shape = shape
        if focused is not None and not focused.isVisible() and self._rows:
            self._rows[0].scale.setFocus()

    @staticmethod
    def _blocked(widget: ObjectiveProgress, fill: Any) -> None:
        children = (widget.scale, widget.note, widget.achieved)
        for child in children:
            child.blockSignals(True)
        try:
            fill()
        finally:
            for child in children:
                child.blockSignals(False)

    # --- writing to the draft -----------------------------------------------------------------

    def _widget(self, index: int) -> ObjectiveProgress | None:
        return next((w for w in self._rows if w.index == index), None)

    def _scale_changed(self, index: int, value: int) -> None:
        if self.draft is None or self._round is None:
            return
        scale = None if value == NOT_SCALED else value
        scaling.set_progress(self.form, self.draft, index, self._round, scale)
        self._after_edit(index)

    def _note_changed(self, widget: ObjectiveProgress) -> None:
        if self.draft is None or self._round is None:
            return
        scaling.set_note(self.form, self.draft, widget.index, self._round, widget.note.toPlainText())
        self._after_edit(widget.index)

    def _achieved_changed(self, index: int, checked: bool) -> None:
        if self.draft is None:
            return
        scaling.set_achieved(self.form, self.draft, index, checked)
        self._after_edit(index)

    def _after_edit(self, index: int) -> None:
        widget = self._widget(index)
        if widget is not None and self.draft is not None:
            widget.chart.set_row(self.draft.get(self.rows_field)[index])
        self.edited.emit(self.rows_field.id)
