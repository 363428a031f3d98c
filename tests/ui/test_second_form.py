"""A second, smaller form (tests/forms/second_form.json) goes the whole way with no code of its own.

Its ids, sections, rounds and columns share nothing with Portsmouth's, so anything in the app
that still knew Portsmouth's ids would fail here: new draft → typing into every field of the
real wizard pages, in both roles → completeness → Word and PDF exports read back → the Word copy
imported into the right fields → the differences between two drafts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton

from pdr_desktop.export import export_draft, import_file
from pdr_desktop.forms import FieldRole, FieldType, FormDefinition, FormRegistry, Role, discover
from pdr_desktop.review.completeness import missing
from pdr_desktop.review.diff import diff_drafts

TEST_FORMS = Path(__file__).resolve().parent.parent / "forms"
SECOND_FORM_ID = "test-second-form-2030"


@pytest.fixture
def registry() -> FormRegistry:
    """The bundled forms plus the test folder: the same search path IT's extra folder uses."""
    found = discover([TEST_FORMS])
    assert not found.errors, found.errors
    return found


@pytest.fixture
def form(registry: FormRegistry) -> FormDefinition:
    return registry.get(SECOND_FORM_ID)


@pytest.fixture
def second_window(make_window, registry):
    from pdr_desktop.settings import load_settings

    settings = load_settings()
    settings.default_form = SECOND_FORM_ID
    return make_window(settings=settings)


def answer_for(fid: str) -> str:
    return f"Answer for {fid} – Zoë"  # non-ASCII on purpose


def press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def fill_field(window, qtbot, typer, fld) -> None:
    assert window.focus_field(fld.id), fld.id
    if fld.type in (FieldType.TEXT, FieldType.LONGTEXT):
        typer(answer_for(fld.id))
    elif fld.type is FieldType.DATE:
        typer("12/11/2026")
    elif fld.type is FieldType.YESNO:
        assert isinstance(QApplication.focusWidget(), QRadioButton), fld.id
        press(qtbot, Qt.Key.Key_Space)  # "Yes"
        for _ in range(6):  # Tab on to the comment box
            press(qtbot, Qt.Key.Key_Tab)
            if isinstance(QApplication.focusWidget(), QLineEdit):
                break
        typer(f"Comment {fld.id}")
    elif fld.type is FieldType.SIGNATURE:
        typer(f"Signer {fld.owner.value} Ó")
        press(qtbot, Qt.Key.Key_Tab)
        typer("20/11/2026")
    elif fld.type is FieldType.ROWS:
        for number in (1, 2):
            for column in fld.columns:
                assert window.focus_field(f"{fld.id}#{number}.{column.id}")
                press(qtbot, Qt.Key.Key_F2)  # edit the cell
                typer("Ongoing" if column.type is FieldType.DATE_OR_TEXT else f"Row {number} {column.label}")
                press(qtbot, Qt.Key.Key_Tab)  # leaves the cell; the delegate commits it


def fill_in_the_wizard(window, qtbot, typer, form: FormDefinition) -> None:
    for role in (Role.PRACTITIONER, Role.MANAGER):
        window.menus.role_actions[role].trigger()
        for section in form.sections:
            window.wizard.section_list.setFocus()
            window.show_section(section.id)
            for fld in section.fields:
                if fld.owner is role:
                    fill_field(window, qtbot, typer, fld)


def test_the_form_defines_every_kind_of_field(form):
    kinds = {f.type for f in form.fields.values()} | {c.type for f in form.fields.values() for c in f.columns}
    assert kinds == set(FieldType)
    assert form.id != "portsmouth-early-help-2022" and "details.name" not in form.fields


def test_second_form_from_new_draft_to_import_and_diff(second_window, qtbot, typer, form, registry, tmp_path):
    window = second_window
    window.new_draft()
    assert window.form is form and window.draft is not None and window.draft.form_id == form.id
    assert window.draft.review.current_round in form.round_ids()
    assert {m.field_id for m in missing(form, window.draft, None, "autumn")} >= {
        "who.volunteer",
        "plans.list",
    }

    fill_in_the_wizard(window, qtbot, typer, form)
    draft = window.draft

    # Every answer typed reached the draft, and the window is titled after the volunteer (a role).
    assert draft.text("who.volunteer") == answer_for("who.volunteer")
    assert draft.get(form.field("look_back.agreed")) == {
        "answer": "yes",
        "comment": "Comment look_back.agreed",
    }
    assert draft.get(form.field("sign.coordinator")) == {"name": "Signer manager Ó", "date": "2026-11-20"}
    rows = [r for r in draft.get(form.field("plans.list")) if r["aim"].strip()]
    assert [(r["aim"], r["when"], r["helper"]) for r in rows] == [
        ("Row 1 Aim", "Ongoing", "Row 1 Helper"),
        ("Row 2 Aim", "Ongoing", "Row 2 Helper"),
    ]
    assert window.windowTitle().startswith(answer_for("who.volunteer"))
    assert draft.display_name(form) == answer_for("who.volunteer")

    # Completeness: nothing is missing in either round.
    for round_id in form.round_ids():
        assert missing(form, draft, None, round_id) == [], round_id

    # Word export, read back with python-docx: every answer is there.
    docx_path = export_draft(form, draft, tmp_path / "second.docx", "docx")
    document = Document(str(docx_path))
    words = "\n".join(
        [p.text for p in document.paragraphs]
        + [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    )
    assert document.core_properties.author == answer_for("who.volunteer")
    assert document.core_properties.subject == answer_for("who.year")
    for fld in form.fields.values():
        if fld.type in (FieldType.TEXT, FieldType.LONGTEXT):
            assert answer_for(fld.id) in words, fld.id
    for expected in (
        "Comment look_back.agreed",
        "Signer practitioner Ó",
        "Row 2 Aim",
        "Row 1 Helper",
        "Ongoing",
    ):
        assert expected in words

    # PDF export, read back with pypdf.
    pdf_path = export_draft(form, draft, tmp_path / "second.pdf", "pdf")
    reader = PdfReader(str(pdf_path))
    pdf_text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert reader.metadata.author == answer_for("who.volunteer")
    for fld in form.fields.values():
        if fld.type in (FieldType.TEXT, FieldType.LONGTEXT):
            assert answer_for(fld.id) in pdf_text, fld.id
    assert "Comment look_back.agreed" in pdf_text and "Row 2 Aim" in pdf_text

    # The Word copy imported back: each value in its own field.
    imported = import_file(docx_path, registry).draft
    assert imported.form_id == form.id
    for fld in form.fields.values():
        assert imported.get(fld) == draft.get(fld) or _same_rows(fld, imported.get(fld), draft.get(fld)), (
            fld.id
        )

    # Differences between two drafts: a changed answer and a changed plan are named by field.
    changed = imported.clone()
    changed.set(form.field("look_back.mine"), "Something else went well")
    plans = changed.get(form.field("plans.list"))
    plans[0]["when"] = "May 2031"
    changed.set(form.field("plans.list"), plans)
    changes = diff_drafts(form, imported, changed)
    assert {c.field_id.split("#")[0] for c in changes} == {"look_back.mine", "plans.list"}
    assert any("May 2031" in str(c.after) for c in changes)


def _same_rows(fld, got, wanted) -> bool:
    """Rows compare on the form's columns (bookkeeping such as "progress" is not printed)."""
    if fld.type is not FieldType.ROWS:
        return False
    keep = [c.id for c in fld.columns]
    used = [[r.get(k, "") for k in keep] for r in wanted if any(str(r.get(k, "")).strip() for k in keep)]
    return [[r.get(k, "") for k in keep] for r in got] == used


def test_second_form_roles_are_found_by_purpose(form):
    assert form.role_field(FieldRole.SUBJECT_NAME).id == "who.volunteer"
    assert form.role_field(FieldRole.PERIOD).id == "who.year"
    assert form.role_field(FieldRole.UPDATED_ON) is None  # a form may leave a role out
    assert form.round_field(FieldRole.ROUND_COMMENT, "autumn", Role.MANAGER).id == "talks.coord.autumn.note"
    assert form.rows_field().title_column().id == "aim"


def test_sample_conversation_of_the_second_form_is_complete_and_signed(form):
    from pdr_desktop.review.sample import FALLBACK, PRACTITIONER, build_sample
    from pdr_desktop.review.signing import signature_status

    draft = build_sample(form)
    assert draft.display_name(form) == PRACTITIONER
    assert missing(form, draft, None, form.round_ids()[-1]) == []
    assert draft.text("talks.coord.spring.by") and draft.text("look_back.mine") == FALLBACK
    assert set(draft.review.meetings) == set(form.round_ids())
    assert all(signature_status(form, draft, role).valid for role in Role)


def test_a_window_on_portsmouth_opens_a_second_form_draft_in_that_forms_order(make_window, form, tmp_path):
    from pdr_desktop.drafts import write_draft
    from pdr_desktop.review.sample import build_sample
    from pdr_desktop.ui.review.progress_page import PAGE_ID
    from pdr_desktop.ui.section_list import CHECK_ID

    window = make_window()  # the default form is Portsmouth's; the registry also has the test form
    assert window.form.id != form.id
    path = tmp_path / "volunteer.pdr"
    write_draft(build_sample(form), path, backup=False)
    assert window.open_path(path)
    assert window.form is form
    # The progress review follows the section holding the plans; Check your answers comes before signing.
    assert window.wizard.order == ["who", "look_back", "plans", PAGE_ID, "talks", CHECK_ID, "sign"]
    assert window.windowTitle().startswith("Siobhán Ó Dálaigh")
