"""The manager's list shows received files in the order people count them: p2 before p10."""

from __future__ import annotations

from pdr_desktop.export.naming import natural_key
from pdr_desktop.team.received import received_files


def test_received_files_are_listed_p1_p2_p10_not_p1_p10_p2(tmp_path):
    for name in ("p10.pdr", "p2.pdr", "P1.pdr", "notes.txt", "p1 (2).pdr", "a.docx"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in received_files(tmp_path)] == [
        "a.docx",
        "P1.pdr",
        "p1 (2).pdr",
        "p2.pdr",
        "p10.pdr",
    ]


def test_natural_key_counts_numbers_and_ignores_case():
    names = ["Form 10", "form 9", "Form 9b", "form"]
    assert sorted(names, key=natural_key) == ["form", "form 9", "Form 9b", "Form 10"]
