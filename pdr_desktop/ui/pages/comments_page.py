"""Comments: one card per review round, practitioner's and manager's blocks inside it.

The round that is due now comes first and is marked, because that is the one
people have come to fill in; the others stay below in the year's order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pdr_desktop.forms.model import Field, FieldType, Group, Role
from pdr_desktop.ui.accessible import DescriptionLabel, link_description
from pdr_desktop.ui.fields.locking import owner_tag
from pdr_desktop.ui.pages.base import SectionPage
from pdr_desktop.ui.pages.columns import ColumnsRow


class CommentsPage(SectionPage):
    def build(self) -> None:
        self._round_cards: dict[str, QFrame] = {}
        self._round_tags: dict[str, QLabel] = {}
        self._prefilled: dict[str, str] = {}  # field id → the field it is pre-filled from
        self._order: list[str] = []
        self._block_tags: list[tuple[Role, QLabel]] = []
        rounds = [r for r in self.form.rounds if any(g.round == r.id for g in self.section.groups)]
        for rnd in rounds:
            card, layout = self.add_card(object_name="roundCard")
            header = QHBoxLayout()
            title = self.make_label(f"{rnd.label} ({rnd.period})", "cardTitle", card)
            title.setAccessibleName(title.text())  # read as shown, months included
            header.addWidget(title, 1)
            tag = QLabel(self.tr("Current round"), card)
            tag.setObjectName("roundTag")
            tag.setVisible(False)
            header.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(header)
            for group in self.section.groups:
                if group.round == rnd.id:
                    self._add_block(group, layout, card)
            self._round_cards[rnd.id] = card
            self._round_tags[rnd.id] = tag
            self._order.append(rnd.id)
        self._form_order = list(self._order)

    def _add_block(self, group: Group, layout: QVBoxLayout, card: QWidget) -> None:
        block = QFrame(card)
        block.setObjectName("commentBlock")
        inner = QVBoxLayout(block)
        inner.setContentsMargins(0, 8, 0, 4)
        inner.setSpacing(8)
        owner = group.owner or Role.PRACTITIONER
        header = QHBoxLayout()
        header.addWidget(self.make_label(self._block_title(owner), "blockTitle", block), 1)
        tag = DescriptionLabel(owner_tag(owner), block)
        tag.setObjectName("ownerTag")
        header.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
        self._block_tags.append((owner, tag))
        inner.addLayout(header)
        inner.addWidget(self.make_label(group.label, "blockSubtitle", block))
        if group.prompt:
            inner.addWidget(self.make_label(group.prompt, "prompt", block))
        fields = [f for f in self.section.fields if f.group == group.id]
        details = ColumnsRow(block)
        for fld in fields:
            if fld.type is FieldType.LONGTEXT:
                self.add_field(fld, inner, show_tag=False)
                continue
            self.add_field(fld, details.add_cell(), show_tag=False)
            if fld.prefill:
                self._prefilled[fld.id] = fld.prefill
        inner.addWidget(details)
        layout.addWidget(block)
        link_description(tag, [w for fld in fields for w in self.editors[fld.id].inputs()])

    def _block_title(self, owner: Role) -> str:
        if owner is Role.MANAGER:
            return self.tr("Manager's comments")
        return self.tr("Practitioner's comments")

    def accessible_name(self, fld: Field) -> str:
        rnd = self.form.round(fld.round).label if fld.round else ""
        return f"{fld.owner.label}, {rnd}: {fld.label}" if rnd else f"{fld.owner.label}: {fld.label}"

    def set_role(self, role) -> None:
        super().set_role(role)
        for owner, tag in getattr(self, "_block_tags", []):
            tag.setVisible(owner is not self.role)

    # --- current round first ------------------------------------------------------------------
    def set_current_round(self, round_id: str) -> None:
        super().set_current_round(round_id)
        self._arrange()

    def _arrange(self) -> None:
        current = self.current_round if self.current_round in self._round_cards else None
        order = ([current] if current else []) + [r for r in self._form_order if r != current]
        first_card_at = min(self.content.indexOf(card) for card in self._round_cards.values())
        for rid in order:
            self.content.removeWidget(self._round_cards[rid])
        for offset, rid in enumerate(order):
            self.content.insertWidget(first_card_at + offset, self._round_cards[rid])
        for rid, card in self._round_cards.items():
            is_current = rid == current
            card.setProperty("current", is_current)
            card.style().unpolish(card)
            card.style().polish(card)
            self._round_tags[rid].setVisible(is_current)
            card.setAccessibleDescription(self.tr("Current round") if is_current else "")
        self._order = order
        self.update_tab_order()

    def round_order(self) -> list[str]:
        return list(self._order)

    def focus_sequence(self) -> list[QWidget]:
        by_round: dict[str, list[QWidget]] = {rid: [] for rid in self._round_cards}
        for fid, editor in self.editors.items():
            by_round[self.form.field(fid).round or self._form_order[0]].extend(editor.inputs())
        return [w for rid in getattr(self, "_order", []) for w in by_round.get(rid, [])]

    def set_draft(self, draft) -> None:
        super().set_draft(draft)
        self._arrange()

    def _load(self) -> None:
        super()._load()
        self._show_prefills()
        if getattr(self, "_order", None) and self.current_round in self._round_cards:
            self._arrange()

    def refresh_from_draft(self) -> None:
        super().refresh_from_draft()
        self._show_prefills()  # the name on Details may have changed since this page was built

    # --- name and position from Details ------------------------------------------------------
    def _show_prefills(self) -> None:
        """An empty name/position shows what it will be filled with (greyed) until the block is used."""
        for fid, source in self._prefilled.items():
            editor = self.editors[fid]
            setter = getattr(editor, "set_placeholder", None)
            if callable(setter):
                setter(self.draft.text(source))

    def after_edit(self, fld: Field) -> None:
        # Working in a block fills its empty name and position from Details, once, editable after.
        if fld.id in self._prefilled or fld.group is None or fld.owner is not self.role:
            return
        for fid, source in self._prefilled.items():
            target = self.form.field(fid)
            if target.group != fld.group or target.owner is not self.role:
                continue
            value = self.draft.text(source)
            if value and not self.draft.text(fid).strip():
                self.editors[fid].set_value(value)
                self.write(target, value)
