"""SectionPage: the scrolling page for one form section, and `create_page` to pick the right kind.

A page builds its widgets from the section's definition (titles, intro, groups,
fields), loads values from the Draft and writes each edit straight back into it,
then emits `edited(field_id)`. It holds no business rules.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.drafts.model import Draft, utc_now
from pdr_desktop.forms.model import Field, FormDefinition, Group, Role, Section
from pdr_desktop.ui.accessible import DescriptionLabel, link_description
from pdr_desktop.ui.fields.editor import FieldEditor
from pdr_desktop.ui.fields.factory import create_editor
from pdr_desktop.ui.fields.locking import READ_ONLY_FLAGS, apply_lock, describe_lock, owner_tag
from pdr_desktop.ui.pages.style import apply_fonts


def as_role(role: Role | str) -> Role:
    return role if isinstance(role, Role) else Role(str(role))


def split_field_id(field_id: str) -> tuple[str, int | None, str | None]:
    """ "objectives.items#3.by_when" → ("objectives.items", 3, "by_when"); rows count from 1 as people do."""
    if "#" not in field_id:
        return field_id, None, None
    base, _, rest = field_id.partition("#")
    number, _, column = rest.partition(".")
    try:
        return base, int(number), column or None
    except ValueError:
        return base, None, None


class SectionPage(QScrollArea):
    """One section of the form as a scrolling page. See ui/pages/__init__.py for the contract.

    focus_field accepts a plain field id ("standards.s3.self"), a part of a field
    ("signoff.practitioner.name" / ".date", "standards.s1.manager.comment"), and for the
    objectives table "objectives.items", "objectives.items#3" (row 3, counted from 1)
    or "objectives.items#3.by_when" (row 3, that column).
    """

    edited = Signal(str)
    read_only = False  # the whole draft is read-only (open elsewhere, or a read-only file)
    show_heading = True  # the form's own heading under the title (off where a card repeats it)

    def __init__(
        self,
        form: FormDefinition,
        section: Section,
        draft: Draft,
        role: Role | str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.section = section
        self.draft = draft
        self.role = as_role(role)
        self.current_round = draft.review.current_round
        self.editors: dict[str, FieldEditor] = {}
        self._tags: dict[str, DescriptionLabel] = {}
        self._guidance: list[QWidget] = []
        self._guidance_visible = True
        self.setObjectName(f"page-{section.id}")
        self.setAccessibleName(section.title)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName("pageBody")
        self.content = QVBoxLayout(self.body)
        self.content.setContentsMargins(32, 24, 32, 32)
        self.content.setSpacing(16)
        self.setWidget(self.body)
        self.build_header()
        self.build()
        self.content.addStretch(1)
        apply_fonts(self.body, self.font())
        self._load()
        self.set_role(self.role)
        self.update_tab_order()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the person changed their text size
            apply_fonts(self.body, self.font())

    # --- building blocks for subclasses ------------------------------------------------------
    def build(self) -> None:
        """Lay out the fields; the plain version lists them in form order, grouped."""
        layout = self.content
        current_group: str | None = None
        for fld in self.section.fields:
            if fld.group and fld.group != current_group:
                current_group = fld.group
                _card, layout = self.add_card(self.section.group(fld.group).label)
                self.add_group_guidance(self.section.group(fld.group), layout)
            self.add_field(fld, layout)

    def build_header(self) -> None:
        title = QLabel(self.section.title, self.body)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        title.setAccessibleName(self.section.title)
        title.setTextInteractionFlags(READ_ONLY_FLAGS)
        title.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.content.addWidget(title)
        if self.show_heading and self.section.heading and self.section.heading != self.section.title:
            self.content.addWidget(self.make_label(self.section.heading, "pageSubtitle"))
        for paragraph in self.section.intro:
            self.content.addWidget(self.make_label(paragraph, "intro"))
        if self.section.guidance:
            panel = self.make_guidance(self.section.guidance)
            self.content.addWidget(panel)

    def make_label(self, text: str, object_name: str = "", parent: QWidget | None = None) -> QLabel:
        label = QLabel(text, parent or self.body)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(READ_ONLY_FLAGS)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # selectable by mouse; Tab goes to inputs only
        if object_name:
            label.setObjectName(object_name)
        return label

    def make_guidance(self, text: str, prompts: tuple[str, ...] = (), title: str = "") -> QFrame:
        panel = QFrame(self.body)
        panel.setObjectName("guidance")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        if title:
            layout.addWidget(self.make_label(title, "guidanceTitle", panel))
        if text:
            layout.addWidget(self.make_label(text, "guidanceText", panel))
        if prompts:
            layout.addWidget(self.make_label(self.tr("Evidence you might give:"), "guidanceTitle", panel))
            for prompt in prompts:
                layout.addWidget(self.make_label("•  " + prompt, "guidanceText", panel))
        # Only a hide is needed: a child is shown with its page. setVisible(True) here would
        # polish (style) the whole page before it has its place in the window, then again after.
        if not self._guidance_visible:
            panel.hide()
        self._guidance.append(panel)
        return panel

    def add_group_guidance(self, group: Group, layout: QBoxLayout) -> None:
        if group.guidance or group.prompts:
            layout.addWidget(self.make_guidance(group.guidance, group.prompts))
        if group.prompt:
            layout.addWidget(self.make_label(group.prompt, "prompt"))

    def add_card(
        self, title: str = "", object_name: str = "card", tag_for: Field | None = None
    ) -> tuple[QFrame, QVBoxLayout]:
        """A card; with `tag_for`, that field's owner tag sits in the card's title row."""
        card = QFrame(self.body)
        card.setObjectName(object_name)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(10)
        if title or tag_for:
            row = QHBoxLayout()
            heading = self.make_label(title, "cardTitle", card)
            heading.setAccessibleName(title)
            row.addWidget(heading, 1)
            if tag_for is not None:
                tag = DescriptionLabel(owner_tag(tag_for.owner), card)
                tag.setObjectName("ownerTag")
                tag.setVisible(False)
                row.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
                self._tags[tag_for.id] = tag
            layout.addLayout(row)
        self.content.addWidget(card)
        return card, layout

    def accessible_name(self, fld: Field) -> str:
        """What a screen reader says for the field; the visible label plus where it is."""
        if fld.group:
            return f"{self.section.group(fld.group).label}: {fld.label}"
        return fld.label

    def add_field(
        self,
        fld: Field,
        layout: QBoxLayout,
        label: str | None = None,
        accessible_name: str | None = None,
        show_tag: bool = True,
    ) -> FieldEditor:
        """A label row (visible label, and the owner tag shown while locked) then the field's editor.

        label=None uses the field's own label, "" shows none (the card title says it);
        show_tag=False where a block or card already carries the owner tag.
        """
        editor = create_editor(fld, accessible_name or self.accessible_name(fld), self.body)
        text = fld.label if label is None else label
        header = QHBoxLayout()
        header.setSpacing(8)
        if text:
            caption = self.make_label(text.replace("&", "&&"), "fieldLabel")  # "&" would be a mnemonic
            caption.setBuddy(editor.focus_input())
            header.addWidget(caption, 1)
        if show_tag:
            tag = DescriptionLabel(owner_tag(fld.owner), self.body)
            tag.setObjectName("ownerTag")
            tag.setVisible(False)
            if not text:
                header.addStretch(1)
            header.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
            self._tags[fld.id] = tag
        if header.count():
            layout.addLayout(header)
        layout.addWidget(editor)
        self.register(fld, editor)
        return editor

    def register(self, fld: Field, editor: FieldEditor) -> None:
        self.editors[fld.id] = editor
        editor.edited.connect(lambda f=fld: self._editor_edited(f))

    # --- draft <-> widgets -------------------------------------------------------------------
    def _editor_edited(self, fld: Field) -> None:
        editor = self.editors[fld.id]
        if editor.locked:
            return  # belt and braces: the other role's answer never reaches the draft from here
        self.write(fld, editor.value())

    def write(self, fld: Field, value: Any) -> None:
        self.draft.set(fld, value)
        self.draft.updated = utc_now()
        self.edited.emit(fld.id)
        self.after_edit(fld)

    def after_edit(self, fld: Field) -> None:
        """Hook: react to an edit on this page (prefill, signature status)."""

    def _load(self) -> None:
        for fid, editor in self.editors.items():
            attach = getattr(editor, "attach", None)
            if callable(attach):
                attach(self.form, self.draft)
            editor.set_value(self.draft.get(self.form.field(fid)))

    def refresh_from_draft(self) -> None:
        """Re-show any value the draft holds differently (changed by another page or a dialog).

        Without this a widget holding an old copy - the objectives rows after progress
        was scaled elsewhere - would write it back over the newer value on its next edit.
        """
        for fid, editor in self.editors.items():
            value = self.draft.get(self.form.field(fid))
            if editor.differs_from(value):
                editor.set_value(value)
        for editor in self.editors.values():
            refresh = getattr(editor, "refresh_status", None)
            if callable(refresh):
                refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_from_draft()

    def set_draft(self, draft: Draft) -> None:
        self.draft = draft
        self.current_round = draft.review.current_round or self.current_round
        self._load()
        self.set_role(self.role)

    def set_role(self, role: Role | str) -> None:
        self.role = as_role(role)
        for fid, editor in self.editors.items():
            owner = self.form.field(fid).owner
            other_person = owner is not self.role
            apply_lock(editor, other_person or self.read_only)
            # "Your manager's part" (or read-only here), for screen readers
            describe_lock(editor.inputs(), owner, other_person, self.read_only)
            tag = self._tags.get(fid)
            if tag is not None:
                link_description(tag, editor.inputs())
                tag.setVisible(other_person)

    def set_guidance_visible(self, visible: bool) -> None:
        self._guidance_visible = visible
        for panel in self._guidance:
            if panel.isHidden() == visible:  # a no-op setVisible still polishes the page
                panel.setVisible(visible)

    def set_current_round(self, round_id: str) -> None:
        self.current_round = round_id

    def commit(self) -> None:
        """Push anything still held inside a widget (an open table cell) into the draft."""
        for editor in self.editors.values():
            commit = getattr(editor, "commit", None)
            if callable(commit) and not editor.locked:
                commit()

    # --- focus -------------------------------------------------------------------------------
    def editor_for(self, field_id: str) -> tuple[FieldEditor | None, str | None]:
        base, row, column = split_field_id(field_id)
        if base in self.editors:
            part = f"{row}.{column}" if row is not None and column else (str(row) if row else None)
            return self.editors[base], part
        head, _, part = base.rpartition(".")
        if head in self.editors:
            return self.editors[head], part
        return None, None

    def focus_field(self, field_id: str) -> bool:
        editor, part = self.editor_for(field_id)
        if editor is None:
            return False
        target = editor.focus_input(part)
        self.ensureWidgetVisible(editor, 0, 48)
        self.ensureWidgetVisible(target, 0, 48)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_sequence(self) -> list[QWidget]:
        """Every focusable input in reading order (subclasses that reorder cards override this)."""
        widgets: list[QWidget] = []
        for editor in self.editors.values():
            widgets.extend(editor.inputs())
        return widgets

    def update_tab_order(self) -> None:
        sequence = self.focus_sequence()
        for first, second in itertools.pairwise(sequence):
            QWidget.setTabOrder(first, second)

    def inputs(self) -> list[QWidget]:
        return self.focus_sequence()


def page_class(section: Section) -> type[SectionPage]:
    """The page kind for a section, chosen by its shape so a changed form still gets sensible pages."""
    from pdr_desktop.ui.pages import kinds

    return kinds.page_class(section)


def create_page(
    form: FormDefinition,
    section: Section,
    draft: Draft,
    role: Role | str,
    parent: QWidget | None = None,
) -> SectionPage:
    return page_class(section)(form, section, draft, role, parent)


__all__ = ["SectionPage", "as_role", "create_page", "page_class", "split_field_id"]
