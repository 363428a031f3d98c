"""The learning catalogue (data, validated like forms) and the training-needs summary."""

from __future__ import annotations

import copy
import json
import os

import pytest

from pdr_desktop.forms.loader import parse_form
from pdr_desktop.team.catalogue import (
    CatalogueError,
    choose_catalogue,
    example_catalogue_path,
    load_catalogue,
    parse_catalogue,
)
from pdr_desktop.team.learning import learning_rows
from pdr_desktop.team.members import group_members
from pdr_desktop.team.training import NOT_IN_CATALOGUE, Matcher, by_row, by_theme, need_counts, team_needs

GOOD = {
    "format": "pdr-desktop-learning-catalogue",
    "format_version": 1,
    "title": "Test council",
    "courses": [
        {
            "id": "da",
            "title": "Domestic Abuse",
            "area": "Core",
            "keywords": ["domestic abuse", "coercive control"],
        },
        {
            "id": "mi",
            "title": "Motivational Interviewing",
            "area": "Model",
            "keywords": ["motivational interviewing"],
        },
    ],
}


def test_the_example_catalogue_is_marked_as_one_and_comes_from_seed_002():
    catalogue = load_catalogue(example_catalogue_path())
    assert catalogue.example
    assert "EXAMPLE" in catalogue.source and "Middlesbrough" in catalogue.title
    assert catalogue.areas() == [
        "Induction",
        "Core Training",
        "Developmental Offer",
        "Managers",
        "ASYE Programme",
        "Multi-Agency Training",
    ]
    titles = {c.title for c in catalogue.courses}
    assert {"Analytical Assessments", "Graded Care Profile", "County Lines", "Supervision Skills"} <= titles


def _broken(change):
    data = copy.deepcopy(GOOD)
    change(data)
    return data


@pytest.mark.parametrize(
    ("data", "where", "problem"),
    [
        ([], "", "expected an object"),
        (
            _broken(lambda d: d.update(format="pdr-desktop-form")),
            "format",
            "not a PDR Desktop learning catalogue",
        ),
        (_broken(lambda d: d.update(format_version=9)), "format_version", "newer than this app"),
        (_broken(lambda d: d.update(courses=[])), "courses", "no courses"),
        (_broken(lambda d: d["courses"][1].update(id="da")), "courses[1].id", "used by an earlier course"),
        (_broken(lambda d: d["courses"][0].update(keywords="abuse")), "courses[0].keywords", "list"),
        (
            _broken(lambda d: d["courses"][0]["keywords"].append(7)),
            "courses[0].keywords[2]",
            "word or phrase",
        ),
        (_broken(lambda d: d["courses"][1].pop("area")), "courses[1].area", "must not be empty"),
        (_broken(lambda d: d["courses"][0].update(cost=3)), "courses[0].cost", "unknown key"),
        (_broken(lambda d: d["courses"][0].update(title="x" * 400)), "courses[0].title", "longer than"),
    ],
)
def test_a_broken_catalogue_names_the_file_the_place_and_the_reason(data, where, problem, tmp_path):
    path = tmp_path / "council-catalogue.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    message = str(caught.value)
    assert "council-catalogue.json" in message and problem in message
    assert caught.value.where == where


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"format": "pdr-desktop-learning-catalogue", "format": 2}', "appears twice"),
        ('{"format_version": NaN}', "not a number JSON allows"),
        ("{not json", "not valid JSON"),
        ("[" * 100_000, "nested 100,000 levels deep"),
        ('{"format_version": 1' + "0" * 5000 + "}", "a number 5,001 digits long"),
    ],
)
def test_hostile_catalogue_text_is_refused_with_a_reason(text, problem, tmp_path):
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match=problem):
        load_catalogue(path)


def test_an_oversized_or_missing_catalogue_is_refused(tmp_path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (2 * 1024 * 1024 + 1))
    with pytest.raises(CatalogueError, match=r"big\.json: it is 2\.0 MB, larger than the 2\.0 MB"):
        load_catalogue(big)
    with pytest.raises(CatalogueError, match="does not exist"):
        load_catalogue(tmp_path / "absent.json")
    with pytest.raises(CatalogueError, match="does not exist or is not a file"):
        load_catalogue(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_a_catalogue_that_is_a_pipe_is_refused_without_waiting(tmp_path):
    pipe = tmp_path / "catalogue.json"
    os.mkfifo(pipe)  # opening it to read would block until a writer comes
    with pytest.raises(CatalogueError, match=r"catalogue\.json: it is a pipe \(FIFO\), not an ordinary file"):
        load_catalogue(pipe)


def test_a_broken_site_catalogue_never_falls_back_to_the_example(tmp_path):
    broken = tmp_path / "it.json"
    broken.write_text("{}", encoding="utf-8")
    choice = choose_catalogue(str(broken))
    assert choice.catalogue is None and "it.json" in choice.error
    assert choose_catalogue("").catalogue.example


def test_the_site_setting_supplies_the_councils_own_catalogue(tmp_path, monkeypatch):
    from pdr_desktop import paths
    from pdr_desktop.settings import load_settings

    own = tmp_path / "portsmouth-learning.json"
    own.write_text(json.dumps(GOOD), encoding="utf-8")
    site = tmp_path / "site.json"
    site.write_text(
        json.dumps(
            {
                "format": "pdr-desktop-site-settings",
                "settings": {"learning_catalogue": {"value": str(own), "locked": True}},
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv(paths.SITE_SETTINGS_ENV, str(site))
    choice = choose_catalogue(load_settings().learning_catalogue)
    assert choice.catalogue.title == "Test council" and not choice.catalogue.example


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("A domestic abuse refresher", ["Domestic Abuse"]),
        ("Coercive   control and DOMESTIC-ABUSE updates", ["Domestic Abuse"]),
        ("Motivational Interviewing", ["Motivational Interviewing"]),
        ("domestically", []),  # a whole word or phrase, not part of one
        ("", []),
    ],
)
def test_needs_match_keywords_as_whole_words(text, wanted):
    matcher = Matcher(parse_catalogue(GOOD))
    assert [c.title for c in matcher.courses(text)] == wanted


def test_learning_rows_come_from_the_form_definition_not_from_code(form):
    rows = learning_rows(form)
    assert [r.label for r in rows] == [g.label for g in form.section("learning").groups]
    assert [(r.did.label, r.next.label) for r in rows] == [
        ("My Self-assessment", "Next Steps & Progress")
    ] * 4
    # A council that renames a row and adds one is followed.
    data = json.loads(form.path.read_text(encoding="utf-8"))
    learning = next(s for s in data["sections"] if s["id"] == "learning")
    learning["groups"][2]["label"] = "Themed learning"
    learning["groups"].append({"id": "digital", "label": "Digital skills"})
    for suffix in ("self", "next"):
        learning["fields"].append(
            {
                "id": f"learning.digital.{suffix}",
                "label": suffix,
                "type": "longtext",
                "owner": "practitioner",
                "group": "digital",
            }
        )
    changed = parse_form(data, form.path)
    titles = [r.title for r in learning_rows(changed)]
    assert titles[2] == "Themed learning" and titles[-1] == "Digital skills" and len(titles) == 5


def test_the_training_summary_by_row_and_by_theme(team_summaries):
    members = group_members(team_summaries)
    catalogue = choose_catalogue("").catalogue
    needs = team_needs(members, catalogue)
    rows = by_row(needs)
    assert [g.title for g in rows] == [
        "Portsmouth Model of Family Practice Training",
        "Core knowledge and skills",
        "Thematics",
        "Other training relating to your role & other learning opportunities",
    ]
    assert all(n.practitioner for g in rows for n in g.needs)
    themes = {g.title: g for g in by_theme(needs, catalogue)}
    assert {n.practitioner for n in themes["Graded Care Profile"].needs} == {"Siobhán Ó Dálaigh"}
    assert themes["Graded Care Profile"].area == "Core Training"
    unmatched = themes[NOT_IN_CATALOGUE]
    assert "Motivational Interviewing course: I want to use MI with young people leaving care." in {
        n.next for n in unmatched.needs
    }
    # The groups end with the unmatched needs, and no need is lost on the way.
    assert list(themes)[-1] == NOT_IN_CATALOGUE
    asked = {(n.path, n.row) for n in needs if n.next}
    grouped = {(n.path, n.row) for g in themes.values() for n in g.needs}
    assert grouped == asked


def test_anonymised_counts_name_nobody(team_summaries):
    members = group_members(team_summaries)
    catalogue = choose_catalogue("").catalogue
    counts = need_counts(team_needs(members, catalogue), catalogue)
    text = json.dumps([c.__dict__ for c in counts], ensure_ascii=False)
    assert not any(m.current.name in text for m in members if m.readable)
    thematic = {c.theme: c.practitioners for c in counts if c.row_label == "Thematics"}
    assert thematic["Domestic Abuse"] == 2


def test_the_quick_matcher_finds_exactly_what_trying_every_keyword_finds():
    from pdr_desktop.team.catalogue import keyword_pattern
    from pdr_desktop.team.sample_team import LEARNING

    catalogue = choose_catalogue("").catalogue
    texts = [text for person in LEARNING for pair in person for text in pair]
    texts += ["Practice educators, stage 2", "CHAIRING meetings", "drugs", "analyses", "Tri.x manual"]
    matcher = Matcher(catalogue)
    for text in texts:
        slow = tuple(
            c
            for c in catalogue.courses
            if any(keyword_pattern(k).search(text.casefold()) for k in c.keywords)
        )
        assert matcher.courses(text) == slow, text
