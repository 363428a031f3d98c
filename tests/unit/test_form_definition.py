"""The Portsmouth definition reproduces seed 000 word for word, and broken definitions are explained."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pdr_desktop.forms import FieldType, FormDefinitionError, Role, discover, load_form

# A copy of ../shared/seeds/000 (the form itself), so the test does not depend on the checkout's neighbours.
SEED = Path(__file__).resolve().parents[1] / "data" / "seed-000-performance-conversation.txt"
FORM_FILE = Path(__file__).resolve().parents[2] / "forms" / "portsmouth-early-help-2022.json"


def norm(text: str) -> str:
    """Compare wording, not layout: the Word export collapses runs of spaces and line breaks."""
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def seed() -> str:
    return norm(SEED.read_text(encoding="utf-8"))


def seed_lines() -> list[str]:
    return [norm(line) for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_title_intro_and_source_are_in_the_seed(form, seed):
    assert form.title in seed
    assert form.approach_heading in seed
    assert form.source in seed
    for paragraph in form.intro:
        assert norm(paragraph) in seed, paragraph[:60]
    assert len(form.intro) == 5


def test_ten_practice_standards_in_order_with_exact_text(form):
    standards = form.section("standards")
    expected = [line for line in seed_lines() if re.match(r"^\d{1,2}\. ", line)]
    assert len(expected) == 10
    assert [norm(g.label) for g in standards.groups] == expected
    for group in standards.groups:
        self_field = form.field(f"standards.{group.id}.self")
        manager = form.field(f"standards.{group.id}.manager")
        assert (self_field.label, self_field.type, self_field.owner) == (
            "My Self-assessment",
            FieldType.LONGTEXT,
            Role.PRACTITIONER,
        )
        assert manager.label == "Manager assessment (standards have been met Yes/No)"
        assert (manager.type, manager.owner, manager.allow_comment) == (FieldType.YESNO, Role.MANAGER, True)
        assert self_field.description == group.label  # accessible description is the standard's text


def test_wider_contribution_and_feedback(form, seed):
    wider = form.section("wider")
    assert wider.heading == "Wider Contribution (restorative behaviours, demonstrating values and impact)"
    assert wider.heading in seed
    owners = {f.id: (f.label, f.type, f.owner) for f in wider.fields}
    assert owners == {
        "wider.self": ("My Self-assessment", FieldType.LONGTEXT, Role.PRACTITIONER),
        "wider.manager": (
            "Manager assessment (standards have been met Yes/No)",
            FieldType.YESNO,
            Role.MANAGER,
        ),
        "wider.feedback": (
            "Professional, young person and family feedback",
            FieldType.LONGTEXT,
            Role.PRACTITIONER,
        ),
    }


def test_four_learning_rows_and_columns(form, seed):
    learning = form.section("learning")
    assert [g.label for g in learning.groups] == [
        "Portsmouth Model of Family Practice Training",
        "Core knowledge and skills.",
        "Thematics.",
        "Other training relating to your role & other learning opportunities",
    ]
    for group in learning.groups:
        assert group.label in seed
        labels = [f.label for f in learning.fields if f.group == group.id]
        assert labels == ["My Self-assessment", "Next Steps & Progress"]


def test_objective_columns_and_intro(form, seed):
    objectives = form.rows_field()
    assert objectives is not None and objectives.id == "objectives.items"
    assert [c.label for c in objectives.columns] == [
        "Specific Objectives for next year",
        "Next Steps",
        "By When",
        "By Whom",
    ]
    assert objectives.column("by_when").type is FieldType.DATE_OR_TEXT
    assert objectives.min_rows == 5
    assert norm(form.section("objectives").intro[0]) in seed


def test_six_comment_blocks_with_prompts(form, seed):
    comments = form.section("comments")
    blocks = [(g.owner, g.round, norm(f"{g.label} {g.prompt}")) for g in comments.groups]
    assert blocks == [
        (
            Role.PRACTITIONER,
            "initial",
            "Practitioner’s comments at Initial Conversation (September / October) "
            "What's gone well in the last year? Hopes for the next year?",
        ),
        (Role.PRACTITIONER, "six_month", "Comments at Six Month Review (March/April)"),
        (Role.PRACTITIONER, "final", "Comments at the Final Review (July/ August)"),
        (Role.MANAGER, "initial", "Manager comments at Initial Conversation (September/ October)"),
        (Role.MANAGER, "six_month", "Comments at Six Month Review (March/April)"),
        (Role.MANAGER, "final", "Comments at the Final Review (July/ August)"),
    ]
    for owner, rnd, text in blocks:
        assert text in seed
        who = "Practitioner" if owner is Role.PRACTITIONER else "Manager"
        fields = [f for f in comments.fields if f.group == f"{owner.value}.{rnd}"]
        assert [f.label for f in fields] == ["Comments", f"Name of {who}", "Position", "Date Completed"]
        assert {f.owner for f in fields} == {owner} and {f.round for f in fields} == {rnd}


def test_wellbeing_and_two_signature_blocks(form, seed):
    wellbeing = form.field("wellbeing.action_plan")
    assert wellbeing.label == "Has the 'Wellbeing Action plan' been completed Yes / No"
    assert wellbeing.label in seed and wellbeing.type is FieldType.YESNO
    signatures = [f for f in form.fields.values() if f.type is FieldType.SIGNATURE]
    assert [(f.label, f.owner) for f in signatures] == [
        ("Signed (Practitioner):", Role.PRACTITIONER),
        ("Signed (Manager):", Role.MANAGER),
    ]
    cells = [c for item in form.section("signoff").layout for row in item.table.rows for c in row]
    assert [c.text for c in cells] == ["Signed (Practitioner):", "Date:", "Signed (Manager):", "Date:"]


def test_details_and_rounds(form):
    assert [f.label for f in form.section("details").fields] == [
        "Name",
        "Position",
        "Date Updated",
        "Period Covered",
    ]
    assert [(r.id, r.starts_month) for r in form.rounds] == [("initial", 9), ("six_month", 3), ("final", 7)]


def test_every_layout_text_cell_is_seed_wording(form, seed):
    for section in form.sections:
        for item in section.layout:
            texts = [item.heading, item.paragraph]
            if item.table:
                texts += [c.text for row in item.table.rows for c in row]
            for text in filter(None, texts):
                assert norm(text) in seed, (section.id, text)


def test_every_field_has_an_owner_and_manager_fields_are_the_managers_columns(form):
    manager = sorted(f.id for f in form.fields.values() if f.owner is Role.MANAGER)
    expected = sorted(
        [f"standards.s{i}.manager" for i in range(1, 11)]
        + ["wider.manager"]
        + [
            f"comments.manager.{r}.{p}"
            for r in ("initial", "six_month", "final")
            for p in ("comment", "name", "position", "date")
        ]
        + ["signoff.manager"]
    )
    assert manager == expected


# --- the validator ------------------------------------------------------------------------


def broken(tmp_path, mutate) -> Path:
    data = json.loads(FORM_FILE.read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "broken-form.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("mutate", "where", "problem"),
    [
        (lambda d: d.pop("id"), "", "missing required key 'id'"),
        (
            lambda d: d["sections"][1]["fields"][0].update(owner="director"),
            "sections[1].fields[0].owner",
            "'director' is not one of: practitioner, manager",
        ),
        (
            lambda d: d["sections"][0]["fields"][2].update(type="colour"),
            "sections[0].fields[2].type",
            "'colour'",
        ),
        (
            lambda d: d["sections"][1]["fields"][0].update(group="s99"),
            "sections[1].fields[0].group",
            "group 's99' is not defined",
        ),
        (
            lambda d: d["sections"][0]["layout"][0]["table"]["rows"][0].pop(),
            "sections[0].layout[0].table.rows[0]",
            "cells span 3 columns but the table has 4",
        ),
        (
            lambda d: d["sections"][0]["fields"][1].update(id="details.name"),
            "sections[0].fields[1].id",
            "duplicate field id 'details.name'",
        ),
        (lambda d: d["rounds"][0].update(starts_month=13), "rounds[0].starts_month", "13 is not a month"),
        (lambda d: d.update(sections="none"), "sections", "expected list, found str"),
        (lambda d: d.update(format_version=99), "format_version", "newer than this app understands"),
    ],
)
def test_broken_definition_names_file_place_and_problem(tmp_path, mutate, where, problem):
    path = broken(tmp_path, mutate)
    with pytest.raises(FormDefinitionError) as info:
        load_form(path)
    message = str(info.value)
    assert "broken-form.json" in message
    assert info.value.where == where
    assert problem in message


def test_invalid_json_definition_gives_line_and_column(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "pdr-desktop-form",\n "id": }', encoding="utf-8")
    with pytest.raises(FormDefinitionError, match=r"bad.json at line 2 column 8: not valid JSON"):
        load_form(path)


def test_extra_folder_adds_forms_and_reports_broken_ones(tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    data = json.loads(FORM_FILE.read_text(encoding="utf-8"))
    data["id"], data["version"] = "council-test-form", "2026-01"
    (extra / "council.json").write_text(json.dumps(data), encoding="utf-8")
    (extra / "oops.json").write_text("{", encoding="utf-8")
    registry = discover([extra])
    assert {"portsmouth-early-help-2022", "council-test-form"} <= set(registry.forms)
    assert [e.path.name for e in registry.errors] == ["oops.json"]


def test_configured_extra_forms_dir_is_used(tmp_path, monkeypatch):
    from pdr_desktop.forms import default_registry
    from pdr_desktop.settings import save_user_setting

    extra = tmp_path / "extra-forms"
    extra.mkdir()
    data = json.loads(FORM_FILE.read_text(encoding="utf-8"))
    data["id"] = "configured-form"
    (extra / "f.json").write_text(json.dumps(data), encoding="utf-8")
    save_user_setting("extra_forms_dir", str(extra))
    default_registry.cache_clear()
    assert "configured-form" in default_registry()


def test_evidence_prompts_read_as_sentences(form):
    """Each prompt completes "I will have met this practice standard when …" with a clause."""
    stem = "I will have met this practice standard when "
    prompts = [p for s in form.sections for g in s.groups for p in g.prompts]
    assert prompts and all(p.startswith(stem) for p in prompts)
    for prompt in prompts:
        rest = prompt.removeprefix(stem)
        assert rest.split(" ", 1)[0].rstrip(",") not in {"where", "how", "what", "chronologies"}, prompt
        assert not rest.startswith(
            ("the family and community network you", "quality assurance or audits of your work and")
        ), prompt
