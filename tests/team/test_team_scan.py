"""Reading a team's folder: one row per conversation, newest copy first, every bad file listed."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from pdr_desktop.drafts import read_draft, write_draft
from pdr_desktop.team.cache import SummaryCache, registry_stamp
from pdr_desktop.team.files import list_folders
from pdr_desktop.team.members import group_members
from pdr_desktop.team.scan import scan
from pdr_desktop.team.status import Stage, current_stage, is_overdue, round_counts, stage
from pdr_desktop.team.summary import Signatures, TeamSummary, summarise


def by_name(members):
    return {m.current.name: m for m in members if m.readable}


def test_the_folder_gives_one_row_per_practitioner_and_lists_every_bad_file(team_folder, registry, clock):
    result = scan([team_folder.folder], registry)
    members = group_members(result.summaries)
    people = by_name(members)
    assert set(people) == team_folder.names
    reasons = {Path(m.current.path).name: m.current.error for m in members if not m.readable}
    assert set(reasons) == {p.name for p in team_folder.broken}
    assert "cut off" in reasons["truncated.pdr"]
    assert reasons["notes really.docx"]  # a reason, whatever the Word reader calls it
    assert "form" in reasons["other council.pdr"]
    if "pipe.pdr" in reasons:
        assert "not a regular file" in reasons["pipe.pdr"]
    assert all(not Path(s.path).name.startswith("~$") for s in result.summaries)
    assert not any(s.path.endswith(".txt") for s in result.summaries)


def test_the_newer_copy_counts_and_the_older_is_an_earlier_copy(team_summaries, built_team, clock):
    _folder, newer, older, _broken = built_team
    members = group_members(team_summaries)
    niamh = by_name(members)["Niamh Byrne"]
    assert Path(niamh.current.path) == newer
    assert [Path(s.path) for s in niamh.earlier_copies] == [older]
    today = clock.today()
    # The Word copy she sent first was overdue (her comment missing, the send-by date passed);
    # the newer .pdr has it, so the conversation is not.
    assert is_overdue(niamh.earlier_copies[0], today)
    assert not is_overdue(niamh.current, today)


def test_overdue_follows_the_clock(team_summaries, clock):
    members = group_members(team_summaries)
    overdue = {m.current.name for m in members if m.readable and is_overdue(m.current, clock.today())}
    assert overdue == {"Bartosz Zieliński", "Grace O'Neill", "Tom Hughes"}
    # A week earlier Tom's send-by date (four days ago) had not come yet.
    tom = by_name(members)["Tom Hughes"].current
    assert not is_overdue(tom, clock.today() - timedelta(days=7))
    assert is_overdue(tom, clock.today())


def test_stages_per_round(team_summaries, clock):
    people = by_name(group_members(team_summaries))
    # Every answer in but nobody signed: completing the round asks for the manager's signature
    # (completeness.to_do, as the form's own Check your answers counts it), so not "Ready" yet.
    assert current_stage(people["Aisha Rahman"].current) is Stage.MANAGER
    assert current_stage(people["Siobhán Ó Dálaigh"].current) is Stage.MANAGER
    assert current_stage(people["Kwame Mensah"].current) is Stage.PRACTITIONER
    chloe = people["Chloé Martin"].current
    assert [stage(chloe, r) for r, _ in chloe.rounds] == [Stage.COMPLETED] * 3
    kwame = people["Kwame Mensah"].current
    assert stage(kwame, "final") is Stage.NOT_REACHED
    counts = {c.round_id: c for c in round_counts(list(people.values()), clock.today())}
    assert counts["initial"].total == len(people)
    assert counts["six_month"].overdue == 2  # Bartosz and Tom; Grace is late for the initial one
    assert counts["initial"].overdue == 1


def test_a_summary_says_what_the_row_shows(team_summaries):
    people = by_name(group_members(team_summaries))
    siobhan = people["Siobhán Ó Dálaigh"].current
    assert siobhan.position == "Early Help Practitioner"
    assert siobhan.period.startswith("September 2026")
    assert siobhan.round_label == "Six Month Review"
    assert len(siobhan.objectives) == 7 and siobhan.achieved == 1
    assert siobhan.average_score == pytest.approx(sum((6, 7, 5, 8, 4, 6, 7)) / 7)
    assert any("Manager assessment" in label for label in siobhan.manager_missing)
    assert people["Chloé Martin"].current.signatures is Signatures.BOTH
    assert people["Mohammed Al-Sayed"].current.signatures is Signatures.PRACTITIONER
    priya = people["Priya Natarajan"].current
    assert priya.signatures is Signatures.CHANGED
    assert "Learning and Development" in priya.signature_note
    assert people["Kwame Mensah"].current.meeting == ""
    assert [a.label for a in siobhan.learning] == [
        "Portsmouth Model of Family Practice Training",
        "Core knowledge and skills",
        "Thematics",
        "Other training relating to your role & other learning opportunities",
    ]


def test_summaries_survive_the_cache_exactly(team_summaries):
    for summary in team_summaries:
        assert TeamSummary.from_json(json.loads(json.dumps(summary.to_json()))) == summary


def test_the_cache_reads_only_changed_files(team_folder, registry, tmp_path):
    cache_file = tmp_path / "cache" / "team.json"
    stamp = registry_stamp(registry)
    cache = SummaryCache(stamp, cache_file)
    cold = scan([team_folder.folder], registry, cache)
    regular = [s for s in cold.summaries if not s.path.endswith("pipe.pdr")]
    assert cold.read == len(regular)
    assert cache.save()
    if os.name == "posix":
        assert stat.S_IMODE(cache_file.stat().st_mode) == 0o600
    warm_cache = SummaryCache.load(stamp, cache_file)
    warm = scan([team_folder.folder], registry, warm_cache)
    assert warm.read == 0
    assert warm.summaries == cold.summaries
    # One practitioner's file changes: only it is read again.
    tom = team_folder.folder / "Tom Hughes – Performance conversation.pdr"
    draft = read_draft(tom, registry)
    draft.answers["details.position"] = "Senior Youth Support Worker"
    write_draft(draft, tom, backup=False)
    again = scan([team_folder.folder], registry, warm_cache)
    assert again.read == 1
    assert (
        by_name(group_members(again.summaries))["Tom Hughes"].current.position
        == "Senior Youth Support Worker"
    )


def test_a_changed_form_definition_or_app_empties_the_cache(team_folder, registry, tmp_path):
    cache_file = tmp_path / "team.json"
    cache = SummaryCache(registry_stamp(registry), cache_file)
    scan([team_folder.folder], registry, cache)
    cache.save()
    assert len(SummaryCache.load("another app version", cache_file)) == 0


def test_a_file_fixed_with_chmod_is_read_again(team_folder, registry, tmp_path):
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("root reads any file; permissions need a normal user")
    tom = team_folder.folder / "Tom Hughes – Performance conversation.pdr"
    tom.chmod(0)
    cache = SummaryCache(registry_stamp(registry), tmp_path / "team.json")
    first = {Path(s.path).name: s for s in scan([team_folder.folder], registry, cache).summaries}
    assert first[tom.name].error
    tom.chmod(0o600)
    second = {Path(s.path).name: s for s in scan([team_folder.folder], registry, cache).summaries}
    assert second[tom.name].readable


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        '{"format": "pdr-desktop-team-cache", "stamp": "x", "entries": []}',
        "[1, 2]",
        '{"entries": NaN}',
        "[" * 100_000,
        '{"format": "pdr-desktop-team-cache", "format": "again"}',
        '{"entries": [' + "9" * 5000 + "]}",
    ],
)
def test_a_damaged_or_stale_cache_is_ignored(content, registry, tmp_path):
    cache_file = tmp_path / "team.json"
    cache_file.write_text(content, encoding="utf-8")
    assert len(SummaryCache.load(registry_stamp(registry), cache_file)) == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_a_cache_that_is_a_pipe_is_ignored_without_waiting(registry, tmp_path):
    pipe = tmp_path / "team.json"
    os.mkfifo(pipe)  # opening it to read would block until a writer comes
    assert len(SummaryCache.load(registry_stamp(registry), pipe)) == 0


def test_a_hand_edited_cache_entry_is_dropped_not_trusted(form, registry, tmp_path):
    from pdr_desktop.team.sample_team import write_team

    folder = write_team(tmp_path / "team", form, date(2026, 11, 23))[0].parent
    cache_file = tmp_path / "team.json"
    stamp = registry_stamp(registry)
    cache = SummaryCache(stamp, cache_file)
    scan([folder], registry, cache)
    cache.save()
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    data["entries"][0]["summary"]["objectives"] = [{"latest": 99, "achieved": True}]
    data["entries"][1]["summary"] = "nonsense"
    cache_file.write_text(json.dumps(data), encoding="utf-8")
    assert len(SummaryCache.load(stamp, cache_file)) == len(data["entries"]) - 2


def test_carried_forward_conversation_keeps_last_year_as_an_earlier_year(form, registry, tmp_path):
    from pdr_desktop.review.carry_forward import carry_forward
    from pdr_desktop.review.sample import build_sample

    old = build_sample(form)
    new = carry_forward(form, old)
    write_draft(old, tmp_path / "last year.pdr", backup=False)
    write_draft(new, tmp_path / "this year.pdr", backup=False)
    members = group_members(scan([tmp_path], registry).summaries)
    assert len(members) == 1
    assert Path(members[0].current.path).name == "this year.pdr"
    assert [Path(s.path).name for s in members[0].earlier_years] == ["last year.pdr"]


def test_a_loop_of_carried_forward_links_hides_nobody(form, registry, tmp_path):
    from pdr_desktop.review.sample import build_sample

    a, b = build_sample(form), build_sample(form)
    a.meta["carried_from"] = {"draft_id": b.draft_id}
    b.meta["carried_from"] = {"draft_id": a.draft_id}
    write_draft(a, tmp_path / "a.pdr", backup=False)
    write_draft(b, tmp_path / "b.pdr", backup=False)
    members = group_members(scan([tmp_path], registry).summaries)
    shown = {Path(m.current.path).name for m in members} | {
        Path(s.path).name for m in members for s in m.earlier
    }
    assert shown == {"a.pdr", "b.pdr"}


def test_listing_skips_repeats_and_names_missing_folders(team_folder, tmp_path):
    link = tmp_path / "link to team"
    link.symlink_to(team_folder.folder, target_is_directory=True)
    missing = tmp_path / "not connected"
    once = list_folders([team_folder.folder])
    twice = list_folders([team_folder.folder, link, team_folder.folder, missing])
    assert [f.path.name for f in twice.files] == [f.path.name for f in once.files]
    assert len(twice.problems) == 1 and "not connected" in twice.problems[0]


def test_odd_entries_are_listed_with_a_reason(tmp_path):
    (tmp_path / "a folder.pdr").mkdir()
    (tmp_path / "gone.pdr").symlink_to(tmp_path / "nowhere.pdr")
    (tmp_path / ".hidden.pdr.123.tmp").write_text("x", encoding="utf-8")
    problems = {f.path.name: f.problem for f in list_folders([tmp_path]).files}
    assert "is a folder" in problems["a folder.pdr"]
    assert "no longer exists" in problems["gone.pdr"]
    assert ".hidden.pdr.123.tmp" not in problems


def test_a_file_that_changes_between_listing_and_reading_is_still_a_row(tmp_path, registry):
    missing = summarise(tmp_path / "vanished.pdr", registry)
    assert missing.error and "does not exist" in missing.error
