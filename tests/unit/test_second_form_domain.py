"""The domain with a second form (tests/forms/second_form.json): nothing falls back on Portsmouth's ids.

Carrying a year forward, the team summary, the CLI's new draft and an old (v1) draft file all find
the fields they need through the form's roles and shape.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pdr_desktop.drafts import read_draft, write_draft
from pdr_desktop.forms import FieldRole, FormDefinition, FormRegistry, Role, discover
from pdr_desktop.forms.loader import FormDefinitionError, parse_form
from pdr_desktop.review.carry_forward import carry_forward
from pdr_desktop.review.sample import MANAGER, build_sample
from pdr_desktop.team.summary import summarise

TEST_FORMS = Path(__file__).resolve().parent.parent / "forms"


@pytest.fixture
def registry() -> FormRegistry:
    return discover([TEST_FORMS])


@pytest.fixture
def form(registry: FormRegistry) -> FormDefinition:
    return registry.get("test-second-form-2030")


def test_carry_forward_finds_details_period_and_comments_by_role(form):
    old = build_sample(form)
    old.set(form.field("talks.coord.autumn.note"), "Autumn went well.")
    new = carry_forward(form, old)
    assert new.text("who.volunteer") == old.text("who.volunteer")
    assert new.text("who.team") == old.text("who.team")
    assert new.text("who.year") == "September 2026 to August 2027"
    assert new.review.current_round == "spring"  # the form's first round
    manager = new.meta["reference"]["comments"][Role.MANAGER.value]
    assert (manager["round"], manager["text"], manager["name"]) == ("autumn", "Autumn went well.", MANAGER)
    assert new.meta["reference"]["objectives_achieved"][0].startswith("Complete the Motivational")


def test_team_summary_reads_position_and_period_by_role(form, registry, tmp_path):
    draft = build_sample(form)
    draft.set(form.field("who.team"), "Harbour shop")
    path = tmp_path / "volunteer.pdr"
    write_draft(draft, path, backup=False)
    summary = summarise(path, registry)
    assert (summary.position, summary.period) == ("Harbour shop", draft.text("who.year"))
    assert summary.form_id == form.id and summary.round_id == "autumn"


def test_v1_draft_of_the_second_form_migrates_with_its_own_ids(form, registry, tmp_path):
    path = tmp_path / "old.pdr"
    v1 = {
        "format": "pdr-desktop-draft",
        "schema_version": 1,
        "form_id": form.id,
        "form_version": form.version,
        "id": "1f0c7b0e-0000-4000-8000-000000000002",
        "created": "2025-09-20T10:00:00Z",
        "modified": "2025-09-21T11:30:00Z",
        "app_version": "0.0.9",
        "role": "",
        "meta": {},
        "answers": {"who.volunteer": "Zoë", "look_back.agreed": "Yes", "look_back.mine": "yes"},
        "objectives": [{"aim": "Learn the till", "when": "Ongoing", "helper": "Sam"}],
    }
    path.write_text(json.dumps(v1), encoding="utf-8")
    draft = read_draft(path, registry)
    assert draft.answers["look_back.agreed"] == {"answer": "yes", "comment": ""}
    assert draft.answers["look_back.mine"] == "yes"  # a long answer that says "yes" stays words
    assert draft.answers["plans.list"][0]["aim"] == "Learn the till"
    assert draft.review.current_round == "spring"
    assert draft.display_name(form) == "Zoë"


def test_cli_new_sets_the_subject_name_field_of_the_chosen_form(registry, form, tmp_path, monkeypatch):
    from pdr_desktop.cli import main

    monkeypatch.setattr("pdr_desktop.cli.draft_commands.default_registry", lambda: registry)
    out = tmp_path / "new.pdr"
    assert main(["new", "--form", form.id, "--name", "Zoë Clarke", "-o", str(out)]) == 0
    assert read_draft(out, registry).text("who.volunteer") == "Zoë Clarke"


def test_a_role_given_twice_or_a_round_role_outside_a_round_is_refused(form):
    data = json.loads((TEST_FORMS / "second_form.json").read_text(encoding="utf-8"))
    data["sections"][0]["fields"][1]["role"] = "subject_name"
    with pytest.raises(FormDefinitionError, match="subject_name"):
        parse_form(data)
    data["sections"][0]["fields"][1]["role"] = "round_comment"
    with pytest.raises(FormDefinitionError, match="one review round"):
        parse_form(data)
    assert form.role_field(FieldRole.SUBJECT_NAME) is not None
