"""British English spelling: the dictionary, the field's words, what is never checked, the draft check."""

from __future__ import annotations

import dataclasses
import os
import stat

import pytest

from pdr_desktop.drafts import read_draft, write_draft
from pdr_desktop.forms.model import Role
from pdr_desktop.spelling import check_draft, make_checker, shared_dictionary
from pdr_desktop.spelling.draft_check import checked_texts, ignore_in_draft, ignored_in, names_in
from pdr_desktop.spelling.engine import british_twin
from pdr_desktop.spelling.personal import (
    PersonalDictionaryError,
    add_word,
    personal_dictionary_path,
    read_words,
)
from pdr_desktop.spelling.tokens import tokens
from pdr_desktop.spelling.vocabulary import WordSet, form_words


@pytest.fixture(scope="module")
def checker():
    """One checker for the module: reading the dictionary takes about a second."""
    from pdr_desktop.forms import default_registry

    return make_checker(default_registry().get("portsmouth-early-help-2022"), personal_words=())


def wrong(checker, text: str) -> list[str]:
    return [text[t.start : t.end] for t in checker.misspelled(text)]


@pytest.mark.parametrize(
    "word", ["organisation", "behaviour", "colour", "practise", "programme", "judgement", "Organisation’s"]
)
def test_british_spellings_are_right(checker, word):
    assert checker.is_correct(word)


@pytest.mark.parametrize(
    ("word", "british"),
    [("color", "colour"), ("behavior", "behaviour"), ("organize", "organise"), ("recognized", "recognised")],
)
def test_us_spellings_are_flagged_with_the_british_one_first(checker, word, british):
    assert not checker.is_correct(word)
    assert checker.suggestions(word)[0] == british


def test_ize_rule_leaves_words_that_are_not_spellings_of_each_other():
    assert british_twin("organizations") == "organisations"
    assert british_twin("REALIZE") == "REALISE"
    assert british_twin("prize") is None and british_twin("seize") is None and british_twin("size") is None
    assert shared_dictionary().knows("prize") and shared_dictionary().knows("citizen")


def test_common_misspellings_get_the_word_meant(checker):
    assert wrong(checker, "I recieve feedback") == ["recieve"]
    assert checker.suggestions("recieve")[0] == "receive"


@pytest.mark.parametrize(
    "text",
    [
        "genogram sociogram safeguarding restorative Portsmouth wellbeing Wellbeing",
        "MASH CAMHS SEND EHCP EHCPs Signs of Safety the 10x10x10 model",
        "genograms, a Genogram, ecomaps and Cafcass's report",
    ],
)
def test_the_fields_vocabulary_is_known(checker, text):
    assert wrong(checker, text) == []


def test_near_miss_of_a_listed_abbreviation_is_flagged_others_are_not(checker):
    assert wrong(checker, "CAHMS and LADO and PLO and MARAC") == ["CAHMS"]
    assert checker.suggestions("CAHMS")[0] == "CAMHS"
    assert checker.suggestions("genogrm")[0] == "genogram"


def test_never_checked_digits_addresses_initials(checker):
    text = (
        "Call 07700 900123, e-mail jo.bloggs@portsmouthcc.gov.uk or see https://www.example.org/xyzq "
        "and www.qwzx.com, portsmouth.gov.uk/qqq, C:\\Users\\qqzz, Y7 2nd 10x10x10 COVID-19 "
        "J. R. Smith, e.g. i.e. etc. approx A&E"
    )
    assert wrong(checker, text) == []


def test_apostrophes_straight_and_curly(checker):
    text = "children’s children's parents’ parents' don’t don't it’s 'quoted' ‘also’"
    assert wrong(checker, text) == []
    assert wrong(checker, "dont recieve’s") == ["dont", "recieve’s"]
    offered = checker.suggestions("colleage’s")
    assert "colleague’s" in offered and not any("'" in s for s in offered)  # the writer’s apostrophe kept


def test_token_offsets_point_at_the_words():
    text = "  “Quoted” parents’ self-assessment—done\tagain"
    found = list(tokens(text))
    assert [t.word for t in found] == ["Quoted", "parents", "self-assessment", "done", "again"]
    assert all(text[t.start : t.end] == t.word for t in found)


def test_hyphenated_words_flag_only_the_wrong_part(checker):
    text = "a self-assesment and a well-being co-ordinated multi-agency plan"
    assert wrong(checker, text) == ["assesment"]


def test_word_set_case_rules():
    words = WordSet(["genogram", "Cafcass", "CiN", "EHCP"])
    assert all(w in words for w in ("genogram", "Genogram", "GENOGRAM"))
    assert words.inflection_of("genograms") == "genogram" and words.inflection_of("genogram’s") == "genogram"
    assert "Cafcass" in words and "CAFCASS" in words and "cafcass" not in words
    assert "CiN" in words and "CIN" in words and "cin" not in words and "Cin" not in words
    assert words.inflection_of("EHCPs") == "EHCP" and "ehcp" not in words and "genograms" not in words


def test_a_known_words_wrong_plural_is_still_a_mistake(checker):
    assert "family" in checker.form_words  # the form says "family"…
    assert wrong(checker, "familys and genograms") == ["familys"]  # …which does not make "familys" right


def test_form_words_are_derived_from_the_definition(form):
    section = dataclasses.replace(form.sections[0], title="Zorblefax arrangements")
    changed = dataclasses.replace(form, sections=(section, *form.sections[1:]))
    assert "Zorblefax" in form_words(changed) and "Zorblefax" not in form_words(form)
    with_it = make_checker(changed, personal_words=())
    without = make_checker(form, personal_words=())
    assert with_it.is_correct("Zorblefax") and not without.is_correct("Zorblefax")


def test_organisation_words_from_site_settings(tmp_path, monkeypatch, form):
    from pdr_desktop import paths
    from pdr_desktop.settings import load_settings

    site = tmp_path / "site.json"
    site.write_text(
        '{"format": "pdr-desktop-site-settings", "settings": {'
        '"spelling_words": {"value": ["Landport", "Zqhub"], "locked": true},'
        '"spellcheck": {"value": false, "locked": true}}}',
        encoding="utf-8",
    )
    monkeypatch.setenv(paths.SITE_SETTINGS_ENV, str(site))
    settings = load_settings()
    assert settings.spelling_words == ["Landport", "Zqhub"] and settings.spellcheck is False
    assert settings.is_locked("spellcheck")
    checker = make_checker(form, settings.spelling_words, personal_words=())
    assert checker.is_correct("Zqhub") and checker.suggestions("Zqhb")[0] == "Zqhub"

    site.write_text(
        '{"format": "pdr-desktop-site-settings", "settings": {"spelling_words": {"value": ["a", 3]}}}',
        encoding="utf-8",
    )
    bad = load_settings()
    assert bad.spelling_words == [] and "must be a list of text" in bad.problems[0]


# --- the personal dictionary ---------------------------------------------------------------------


def test_personal_dictionary_is_owner_only_sorted_and_merged(isolated_home):
    path = personal_dictionary_path()
    assert path.parent == isolated_home
    assert add_word("Zqxwell") == ["Zqxwell"]
    path.write_text(path.read_text(encoding="utf-8") + "Aardzz\n", encoding="utf-8")  # another window
    assert add_word("kinnerfold") == ["Aardzz", "kinnerfold", "Zqxwell"]
    assert read_words() == ["Aardzz", "kinnerfold", "Zqxwell"]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert not list(path.parent.glob(".*.tmp"))


def test_unreadable_personal_dictionary_is_reported_and_never_overwritten(isolated_home):
    path = personal_dictionary_path()
    isolated_home.mkdir(parents=True)
    damaged = b"Siobhan\n\xff\xfe broken\n"
    path.write_bytes(damaged)
    with pytest.raises(PersonalDictionaryError, match="not UTF-8"):
        add_word("Zqxwell")
    assert path.read_bytes() == damaged
    with pytest.raises(ValueError):
        add_word("two words")


def test_personal_words_are_accepted_and_suggested(form):
    checker = make_checker(form, personal_words=["Kinnerfold"])
    assert checker.is_correct("Kinnerfold") and checker.is_correct("KINNERFOLD")
    assert checker.suggestions("Kinerfold")[0] == "Kinnerfold"


# --- the whole conversation ------------------------------------------------------------------------


def test_check_draft_lists_mistakes_in_form_order_with_places(form, sample_draft, checker):
    sample_draft.answers["wider.self"] = "I recieve feedback."
    sample_draft.answers["standards.s2.self"] = "Work with the famly."
    sample_draft.answers["standards.s1.manager"] = {"answer": "yes", "comment": "Good colour and behavior"}
    rows = sample_draft.answers["objectives.items"]
    rows[1]["next_steps"] = "Atend the course"
    rows[1]["by_whom"] = "Zqwerty Smith"  # a name column: never checked
    findings = check_draft(form, sample_draft, checker)
    assert [(f.place, f.word) for f in findings] == [
        (
            "Practice Standards › 1. All families understand the reason for involvement fro… › "
            "Manager assessment (standards have been met Yes/No) › Comment",
            "behavior",
        ),
        (
            "Practice Standards › 2. Children are spoken to alone and worked with by profes… › "
            "My Self-assessment",
            "famly",
        ),
        ("Wider Contribution and feedback › My Self-assessment", "recieve"),
        ("Objectives › row 2 › Next Steps", "Atend"),
    ]
    assert [f.target for f in findings] == [
        "standards.s1.manager.comment",
        "standards.s2.self",
        "wider.self",
        "objectives.items#2.next_steps",
    ]
    wider = findings[2]
    assert sample_draft.answers["wider.self"][wider.start : wider.end] == "recieve"
    only_manager = check_draft(form, sample_draft, checker, role=Role.MANAGER)
    assert [f.word for f in only_manager] == ["behavior"]


def test_names_in_details_are_not_checked_and_are_accepted_elsewhere(form, sample_draft, checker):
    sample_draft.answers["details.name"] = "Zqwyneth Ó Dálaigh"
    sample_draft.answers["wider.self"] = "Zqwyneth worked with Tomáš and Dálaigh"
    texts = {t.field_id for t in checked_texts(form, sample_draft)}
    assert "details.name" not in texts and "details.position" in texts
    assert "comments.manager.initial.name" not in texts
    assert "Tomáš" in names_in(form, sample_draft)  # the manager's signature
    assert check_draft(form, sample_draft, checker) == []


def test_checking_a_draft_leaves_the_checker_it_is_given_as_it_was(form, sample_draft, checker):
    # The window's checker is shared by every box of the process: one conversation's list must not
    # hand its ignored words (or names) to another conversation's boxes.
    sample_draft.answers["wider.self"] = "Qwenzy plan"
    assert ignore_in_draft(sample_draft, "Qwenzy")
    assert check_draft(form, sample_draft, checker) == []
    assert wrong(checker, "Qwenzy plan") == ["Qwenzy"]


def test_ignored_words_travel_with_the_draft(form, sample_draft, checker, tmp_path, registry):
    sample_draft.answers["wider.self"] = "Qwenzy and Qwenzy’s plan"
    assert [f.word for f in check_draft(form, sample_draft, checker)] == ["Qwenzy", "Qwenzy’s"]
    assert ignore_in_draft(sample_draft, "Qwenzy") and not ignore_in_draft(sample_draft, "Qwenzy")
    assert check_draft(form, sample_draft, checker) == []
    path = tmp_path / "ignored.pdr"
    write_draft(sample_draft, path)
    reopened = read_draft(path, registry)
    assert ignored_in(reopened) == ["Qwenzy"]
    reopened.meta["spelling_ignored"] = ["ok", 7, "two words", None]  # edited by hand: skipped, no crash
    assert ignored_in(reopened) == ["ok"]
