"""The wizard: task list on the left, one page per section, Check your answers last.

Entries are identified by id: a section id, an extra page id (added by the review
UI through MainWindow.add_extra_page) or CHECK_ID. Pages come from
``pdr_desktop.ui.pages.create_page`` and follow the SectionPage contract.

Section pages are built the first time they are needed (shown, focused or asked for through
``pages[section_id]``): building all of them made opening a draft take most of a second.
Until then the section is in ``order`` and the task list but has no container in the stack;
state set on the wizard (draft, role, round, guidance) is applied to built pages at once and to
the others when built.
The task-list statuses come from the domain (section_status), so unbuilt pages don't matter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import FieldType, FormDefinition, Role, Section
from pdr_desktop.review.completeness import Status, section_status, to_do
from pdr_desktop.ui.check_answers import CheckAnswersPage
from pdr_desktop.ui.focus import (
    ensure_fully_visible,
    first_tab_stop,
    focus_is_seen,
    is_tab_stop,
    quiet_container,
)
from pdr_desktop.ui.lazy_pages import BuildAhead, LazyPages
from pdr_desktop.ui.section_list import CHECK_ID, SectionList
from pdr_desktop.ui.task_list_splitter import TaskListSplitter
from pdr_desktop.ui.wizard_pages import ExtraPage, WizardPage, scrollable

if TYPE_CHECKING:
    from pdr_desktop.ui.pages.base import SectionPage


def page_factory() -> Callable[[FormDefinition, Section, Draft, Role, QWidget | None], SectionPage]:
    """The pages engineer's factory; a function so tests can substitute a stand-in."""
    from pdr_desktop.ui.pages import create_page

    return create_page


def _has_signature(section: Section) -> bool:
    return any(f.type is FieldType.SIGNATURE for f in section.fields)


def _is_sign_off(section: Section) -> bool:
    return bool(section.fields) and all(f.type is FieldType.SIGNATURE for f in section.fields)


class WizardView(QWidget):
    entry_shown = Signal(str)  # entry id now on screen
    page_edited = Signal(str)  # field id (from any page)
    field_chosen = Signal(str)  # the check page asked to jump to a field
    page_built = Signal(str)  # a section page was just made: its widgets need a place in the tab order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard")
        self.form: FormDefinition | None = None
        self.draft: Draft | None = None
        self.role = Role.PRACTITIONER
        self.round_id = ""
        self.guidance_visible = True
        self.read_only = False
        self.pages = LazyPages(self._build_page, self._section_ids)  # section id → SectionPage
        self.containers: dict[str, QWidget] = {}  # entry id → widget in the stack (built pages only)
        self.extras: list[ExtraPage] = []
        self.order: list[str] = []
        # Until a page has been shown the stack's current widget is whichever was added first
        # (the Progress review page): a first draft must open on its first section, not there.
        self._shown_any = False

        self.section_list = SectionList()
        self.section_list.entry_chosen.connect(self.show_entry)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Form page"))
        self.build_ahead = BuildAhead(self.pages, self, self.stack, self.containers.get)
        self.check_page = CheckAnswersPage()
        quiet_container(self.check_page)
        self.check_page.field_chosen.connect(self.field_chosen)
        self.check_page.section_chosen.connect(self.show_entry)

        # Names begin with the words on the buttons (voice control users say what they see).
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous section"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Next section"))
        self.next_button.setAccessibleDescription(self.tr("Go to the next section of the form"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(nav)
        self.splitter = TaskListSplitter(self.section_list, right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.splitter.fit_list()

    # --- building ------------------------------------------------------------------------

    def build(self, form: FormDefinition, draft: Draft, role: Role, round_id: str) -> None:
        """Pages for *form*; reused (set_draft) when the form is the one already built."""
        self.draft, self.role, self.round_id = draft, role, round_id
        if self.form is not None and self.form.id == form.id:
            self.form = form
            for page in self.pages.built.values():
                page.set_draft(draft)
        else:
            self._clear_pages()
            self.form = form  # each section's page is made when first needed (see page())
        for page in self.pages.built.values():
            page.set_role(role)
            page.set_current_round(round_id)
        for extra in self.extras:
            self._prepare_extra(extra)
        self._rebuild_order()
        self.refresh_statuses()
        self.build_ahead.start()

    def _clear_pages(self) -> None:
        for section_id in self._section_ids():
            container = self.containers.pop(section_id, None)
            if container is not None:
                self.stack.removeWidget(container)
                container.deleteLater()
        self.pages.built.clear()
        self.build_ahead.forget()

    def page(self, section_id: str) -> SectionPage:
        """A section's page, built if this is the first time it is needed."""
        return self.pages[section_id]

    def _section_ids(self) -> list[str]:
        return [s.id for s in self.form.sections] if self.form is not None else []

    def _build_page(self, section_id: str) -> SectionPage:
        """Make a section's page with the wizard's current state and put it in the stack."""
        assert self.form is not None and self.draft is not None
        page = page_factory()(self.form, self.form.section(section_id), self.draft, self.role, None)
        page.edited.connect(self.page_edited)
        if self.read_only:
            page.read_only = True
            page.set_role(self.role)
        page.set_current_round(self.round_id)
        page.set_guidance_visible(self.guidance_visible)
        self.pages.built[section_id] = page
        container = scrollable(page)
        quiet_container(container)
        self.containers[section_id] = container
        self.stack.addWidget(container)
        self.page_built.emit(section_id)
        return page

    def _prepare_extra(self, extra: ExtraPage) -> None:
        if self.draft is not None:
            extra.page.set_draft(self.draft)
        extra.page.set_role(self.role)
        extra.page.set_current_round(self.round_id)

    def add_extra(self, extra: ExtraPage) -> None:
        widget = extra.page
        assert isinstance(widget, QWidget)  # an extra page is a QWidget too (ui.wizard_pages)
        self.extras.append(extra)
        if not widget.accessibleName():  # the page is named as the task list names it
            widget.setAccessibleName(extra.title)
        if isinstance(widget, QAbstractScrollArea):
            quiet_container(widget)
        self.containers[extra.page_id] = widget
        extra.page.edited.connect(self.page_edited)
        if self.form is not None:
            self._prepare_extra(extra)
            self._rebuild_order()
            self.refresh_statuses()

    def _rebuild_order(self) -> None:
        assert self.form is not None
        order: list[str] = []
        titles: dict[str, str] = {}
        for section in self.form.sections:
            order.append(section.id)
            titles[section.id] = section.title
            for extra in self.extras:
                if extra.after(self.form) == section.id:
                    order.append(extra.page_id)
                    titles[extra.page_id] = extra.title
        for extra in self.extras:  # after a section this form doesn't have: at the end
            if extra.page_id not in titles:
                order.append(extra.page_id)
                titles[extra.page_id] = extra.title
        # Check your answers is the last step before signing (and sending): just before the
        # sign-off section, or last on a form without one.
        sign_off = next((s.id for s in self.form.sections if _is_sign_off(s)), None)
        order.insert(order.index(sign_off) if sign_off in order else len(order), CHECK_ID)
        titles[CHECK_ID] = self.tr("Check your answers")
        self.containers[CHECK_ID] = self.check_page
        for entry_id in order:
            widget = self.containers.get(entry_id)  # None: a section page not built yet
            if widget is not None and self.stack.indexOf(widget) < 0:
                self.stack.addWidget(widget)
        self.order = order
        current = self.current_id()
        self.section_list.set_entries([(e, titles[e]) for e in order])
        self.splitter.size_once()
        if current in order:
            self.section_list.select_entry(current)

    # --- state ---------------------------------------------------------------------------

    def set_draft(self, draft: Draft) -> None:
        self.draft = draft
        for page in self.pages.built.values():
            page.set_draft(draft)
        for extra in self.extras:
            extra.page.set_draft(draft)
        self.refresh_statuses()

    def set_role(self, role: Role) -> None:
        self.role = role
        for page in self.pages.built.values():
            page.set_role(role)
        for extra in self.extras:
            extra.page.set_role(role)
        self.refresh_statuses()

    def set_read_only(self, read_only: bool) -> None:
        """Every box read-only (still readable and copyable): the draft is open elsewhere."""
        self.read_only = read_only
        for page in self.pages.built.values():
            page.read_only = read_only
            page.set_role(self.role)
        for extra in self.extras:
            extra.page.set_read_only(read_only)

    def set_current_round(self, round_id: str) -> None:
        self.round_id = round_id
        for page in self.pages.built.values():
            page.set_current_round(round_id)
        for extra in self.extras:
            extra.page.set_current_round(round_id)
        self.refresh_statuses()

    def set_guidance_visible(self, visible: bool) -> None:
        self.guidance_visible = visible
        for page in self.pages.built.values():
            page.set_guidance_visible(visible)
        for extra in self.extras:
            extra.page.set_guidance_visible(visible)

    def commit(self) -> None:
        for page in self.pages.built.values():  # a page never built holds nothing unsaved
            page.commit()
        for extra in self.extras:
            extra.page.commit()

    def refresh_statuses(self, section_id: str | None = None) -> None:
        if self.form is None or self.draft is None:
            return
        one = section_id if section_id in self._section_ids() else None
        sections = [self.form.section(one)] if one is not None else list(self.form.sections)
        if one is not None:  # an edit anywhere can disturb a signature: sections that hold one are re-checked
            sections += [s for s in self.form.sections if s not in sections and _has_signature(s)]
        for section in sections:
            status = section_status(self.form, self.draft, section, self.role, self.round_id)
            self.section_list.set_status(section.id, status.value)
        for extra in self.extras:  # e.g. Progress review: (tag text, colour as a section status)
            tag = extra.page.status()
            if tag:
                self.section_list.set_status(extra.page_id, *tag)
        self._show_check_status()
        self.refresh_check_page()

    def refresh_check_page(self) -> None:
        """Re-list Check your answers when it is the page in view (cheap: a few dozen labels)."""
        if self.form is not None and self.draft is not None and self.current_id() == CHECK_ID:
            self.check_page.refresh(self.form, self.draft, self.role, self.round_id)

    def _show_check_status(self) -> None:
        """Check your answers says how much is left for this person at this round."""
        assert self.form is not None and self.draft is not None
        # The count the start page, the received list and My team show for this draft and role.
        count = to_do(self.form, self.draft, self.role, self.round_id).left
        if count:
            text = self.tr("%n to do", "", count)
            self.section_list.set_status(CHECK_ID, text, Status.IN_PROGRESS.value)
        else:
            self.section_list.set_status(CHECK_ID, self.tr("Ready"), Status.COMPLETED.value)

    # --- navigation ----------------------------------------------------------------------

    def current_id(self) -> str:
        if not self._shown_any:
            return ""
        widget = self.stack.currentWidget()
        for entry_id, container in self.containers.items():
            if container is widget:
                return entry_id
        return ""

    def _prepare(self, entry_id: str) -> None:
        """Make the entry's content current: the check page's list, a section page never built."""
        if entry_id == CHECK_ID and self.form is not None and self.draft is not None:
            self.check_page.refresh(self.form, self.draft, self.role, self.round_id)
        if entry_id in self.pages:
            self.page(entry_id)  # built now if this is the first time it is shown

    def show_entry(self, entry_id: str, prepared: bool = False) -> None:
        if self.form is None or entry_id not in self.order:
            return
        if not prepared:
            self._prepare(entry_id)
        self.stack.setCurrentWidget(self.containers[entry_id])
        # From now, not from the click: a page built on this visit can take longer than the
        # delay, and the next page built ahead would then hold back this one's first frame.
        self.build_ahead.postpone()
        self._shown_any = True
        self.section_list.select_entry(entry_id)
        index = self.order.index(entry_id)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.order) - 1)
        following = self.order[index + 1] if index + 1 < len(self.order) else ""
        to_check = following == CHECK_ID
        self.next_button.setText(self.tr("&Next: Check your answers") if to_check else self.tr("&Next"))
        self.next_button.setAccessibleName(
            self.tr("Next: Check your answers") if to_check else self.tr("Next section")
        )
        self.entry_shown.emit(entry_id)

    def landing_entry(self) -> str:
        """Where an opened draft starts: the first section not completed yet, else Check your
        answers (a finished draft reopens on its summary, not on a page with nothing to do)."""
        assert self.form is not None and self.draft is not None
        for section in self.form.sections:
            status = section_status(self.form, self.draft, section, self.role, self.round_id)
            if status is not Status.COMPLETED:
                return section.id
        return CHECK_ID

    def step(self, delta: int) -> None:
        if not self.order:
            return
        current = self.current_id()
        index = self.order.index(current) if current in self.order else 0
        target = max(0, min(len(self.order) - 1, index + delta))
        if target != index:
            self._step_to(self.order[target])

    def go_next(self) -> None:
        self.step(1)

    def go_back(self) -> None:
        self.step(-1)

    def _step_to(self, entry_id: str) -> None:
        """Back/Next or Ctrl+PgUp/PgDn: the new page, and the focus somewhere seen, moved once.

        Focus on Back/Next stays (Enter keeps stepping), and so does focus in the task list
        (its highlighted row moves) or the round bar. A focus on the old page goes to the input
        last used on the new page, else its first input (the page from its top), else the task
        list when the page has no inputs. It is moved *before* the pages are swapped: swapping
        first would move it twice (to Next as the old page hides, then onto the new page), and
        clearing it first makes Qt report the old box focused once more; either way a screen
        reader would speak two or three widgets for one key press.
        """
        self._prepare(entry_id)
        container = self.containers[entry_id]
        old_page = self.stack.currentWidget()
        focused = QApplication.focusWidget()
        leaving = focused is None or (old_page is not None and old_page.isAncestorOf(focused))
        target = None
        if leaving:
            remembered = container.focusWidget()
            usable = remembered is not None and container.isAncestorOf(remembered)
            target = remembered if usable and is_tab_stop(remembered) else first_tab_stop(container)
            if target is not remembered and isinstance(container, QScrollArea):
                container.verticalScrollBar().setValue(0)  # a first visit: from the top
            # The page is still hidden: focusing now is one focus event, and the swap keeps it.
            (target or self.section_list).setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_entry(entry_id, prepared=True)
        now = QApplication.focusWidget()
        if now is not None and container.isAncestorOf(now):
            ensure_fully_visible(now)
        elif not (now is not None and focus_is_seen(now) and self.window().isAncestorOf(now)):
            (first_tab_stop(container) or self.section_list).setFocus(Qt.FocusReason.OtherFocusReason)

    def section_of(self, field_id: str) -> str | None:
        """The section holding a field id, also for parts: "signoff.manager.date", "objectives.items#2"."""
        if self.form is None:
            return None
        base = field_id.partition("#")[0]
        while base:
            if base in self.form.fields:
                return self.form.fields[base].section_id
            base = base.rpartition(".")[0]
        return None

    def focus_field(self, field_id: str) -> bool:
        if self.form is None:
            return False
        section_id = self.section_of(field_id)
        candidates = [section_id] if section_id else []
        candidates += [e.page_id for e in self.extras]
        before = self.current_id()
        for entry_id in candidates:
            page: WizardPage | None = self.pages.get(entry_id)  # a section page is built if it was not yet
            page = page or next((e.page for e in self.extras if e.page_id == entry_id), None)
            if page is None:
                continue
            self.show_entry(entry_id)
            if page.focus_field(field_id):
                container = self.containers[entry_id]
                focused = QApplication.focusWidget()
                wrapped = container is not cast(object, page)  # a page that is no QScrollArea itself
                if isinstance(container, QScrollArea) and wrapped and focused is not None:
                    container.ensureWidgetVisible(focused)
                return True
        if before:
            self.show_entry(before)
        return False
