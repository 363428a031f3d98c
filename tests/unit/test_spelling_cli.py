"""`pdr-desktop check --spelling`: mistakes by place with suggestions; the exit code keeps its meaning."""

from __future__ import annotations

from pdr_desktop.cli import main
from pdr_desktop.drafts import Draft, write_draft


def test_check_spelling_lists_mistakes_and_keeps_exit_code(tmp_path, capsys, sample_draft):
    sample_draft.answers["wider.self"] = "I recieve feedback and recieve praise for my behavior."
    sample_draft.signatures.clear()  # an answer changed after signing is not complete; not this test
    path = tmp_path / "typos.pdr"
    write_draft(sample_draft, path)
    assert main(["check", str(path), "--spelling"]) == 0  # complete, mistakes or not
    out = capsys.readouterr().out
    assert "Spelling (3 possible mistakes):" in out
    assert (
        "  Wider Contribution and feedback › My Self-assessment: “recieve” (2×) → receive, relieve, "
        "reverie; “behavior” → behaviour\n"
    ) in out
    assert out.rstrip().endswith("Complete: nothing is missing.")

    assert main(["check", str(path)]) == 0
    assert "Spelling" not in capsys.readouterr().out


def test_check_spelling_on_an_incomplete_draft_still_exits_1(tmp_path, capsys, form):
    draft = Draft.new(form)
    draft.answers["details.name"] = "Zqwyneth Ó Dálaigh"  # a name: never a mistake
    draft.answers["wider.self"] = "Zqwyneth has done it."
    path = tmp_path / "clean.pdr"
    write_draft(draft, path)
    assert main(["check", str(path), "--spelling", "--role", "practitioner"]) == 1
    assert "Spelling: no possible mistakes found." in capsys.readouterr().out


def test_check_spelling_uses_the_personal_dictionary(tmp_path, capsys, sample_draft):
    from pdr_desktop.spelling.personal import add_word

    sample_draft.answers["wider.self"] = "The Zqhub team."
    path = tmp_path / "personal.pdr"
    write_draft(sample_draft, path)
    main(["check", str(path), "--spelling"])
    assert "“Zqhub”" in capsys.readouterr().out
    add_word("Zqhub")
    main(["check", str(path), "--spelling"])
    assert "Spelling: no possible mistakes found." in capsys.readouterr().out
