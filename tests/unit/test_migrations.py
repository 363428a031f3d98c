"""Files written by older releases open and are upgraded in memory; the file itself is untouched."""

from __future__ import annotations

import json

from pdr_desktop.drafts import SCHEMA_VERSION, dumps, read_draft, write_draft

V1 = {
    "format": "pdr-desktop-draft",
    "schema_version": 1,
    "form_id": "portsmouth-early-help-2022",
    "form_version": "2022-01",
    "id": "1f0c7b0e-0000-4000-8000-000000000001",
    "created": "2025-09-20T10:00:00Z",
    "modified": "2025-09-21T11:30:00Z",
    "app_version": "0.0.9",
    "role": "",
    "meta": {},
    "answers": {
        "details.name": "Zoë Ní Bhriain",
        "standards.s1.self": "I explain our involvement at the first visit.",
        "standards.s1.manager": "Yes",
        "wellbeing.action_plan": "no",
    },
    "objectives": [
        {
            "objective": "Complete MI training",
            "next_steps": "Book course",
            "by_when": "Ongoing",
            "by_whom": "Me",
        },
    ],
}


def test_v1_file_migrates_to_current_schema(tmp_path, registry):
    path = tmp_path / "old.pdr"
    original = json.dumps(V1, ensure_ascii=False, indent=2)
    path.write_text(original, encoding="utf-8")
    draft = read_draft(path, registry)
    assert draft.draft_id == V1["id"]
    assert draft.updated == "2025-09-21T11:30:00Z"
    assert draft.answers["details.name"] == "Zoë Ní Bhriain"
    assert draft.answers["standards.s1.manager"] == {"answer": "yes", "comment": ""}
    assert draft.answers["wellbeing.action_plan"] == {"answer": "no", "comment": ""}
    assert draft.answers["objectives.items"] == [
        {
            "objective": "Complete MI training",
            "next_steps": "Book course",
            "by_when": "Ongoing",
            "by_whom": "Me",
            "achieved": False,
            "progress": {},
            "carried_from": "",
        }
    ]
    assert draft.review.current_round == "initial"
    assert path.read_text(encoding="utf-8") == original  # reading never rewrites

    write_draft(draft, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["schema_version"] == SCHEMA_VERSION
    assert read_draft(path, registry).answers == draft.answers
    assert dumps(read_draft(path, registry)) == dumps(draft)
