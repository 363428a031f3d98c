"""Files we cannot use are refused with a reason, and left byte-for-byte as they were."""

from __future__ import annotations

import json

import pytest

from pdr_desktop.cli import main
from pdr_desktop.drafts import MAX_DRAFT_BYTES, DraftFileError, dumps, read_draft


def good_json(sample_draft) -> dict:
    return json.loads(dumps(sample_draft))


def bad_cases(sample_draft):
    text = dumps(sample_draft)
    data = good_json(sample_draft)
    wrong_types = json.loads(text)
    wrong_types["answers"]["details.name"] = 42
    wrong_yesno = json.loads(text)
    wrong_yesno["answers"]["standards.s1.manager"] = {"answer": "maybe", "comment": ""}
    answers_list = json.loads(text)
    answers_list["answers"] = ["not", "a", "mapping"]
    future = dict(data, schema_version=99)
    other_form = dict(data, form={"id": "leeds-social-work-2024", "version": "1"})
    no_marker = dict(data)
    no_marker.pop("format")
    return {
        "truncated": (text[: len(text) // 2].encode(), "ends part-way through"),
        # Plain words first, the parser's position after them, and never its own jargon.
        "not JSON": (
            b"Dear Tom, please find my PDR attached",
            "it is not a PDR Desktop draft (it is not valid JSON: line 1, column 1)",
        ),
        "only blank space": (b"  \n\n", "it is empty (only blank space)"),
        "binary": (b"\x89PNG\r\n\x1a\n\x00\xff\xfe", "not a text file"),
        "a Word file renamed": (b"PK\x03\x04\x14\x00\x06\x00\xff\xfe", "it is a Word document (.docx)"),
        "a PDF renamed": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "it is a PDF file (.pdf)"),
        "empty": (b"", "the file is empty"),
        "wrong type": (json.dumps(wrong_types).encode(), "“answers.details.name” (Name) should be text"),
        "wrong yes/no": (json.dumps(wrong_yesno).encode(), "answers.standards.s1.manager"),
        "answers not a mapping": (json.dumps(answers_list).encode(), "“answers” should be an object"),
        "future schema": (json.dumps(future).encode(), "saved by a newer version of PDR Desktop"),
        "another form": (json.dumps(other_form).encode(), "“leeds-social-work-2024”, which is not installed"),
        "not a draft": (json.dumps(no_marker).encode(), "not a PDR Desktop draft"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "truncated",
        "not JSON",
        "binary",
        "a Word file renamed",
        "a PDF renamed",
        "empty",
        "only blank space",
        "wrong type",
        "wrong yes/no",
        "answers not a mapping",
        "future schema",
        "another form",
        "not a draft",
    ],
)
def test_bad_file_is_refused_with_reason_and_left_unchanged(tmp_path, registry, sample_draft, case):
    content, reason = bad_cases(sample_draft)[case]
    path = tmp_path / "Received from Tom.pdr"
    path.write_bytes(content)
    before = path.stat().st_mtime_ns
    with pytest.raises(DraftFileError) as info:
        read_draft(path, registry)
    assert "Received from Tom.pdr" in str(info.value)
    assert reason in str(info.value)
    assert "Expecting" not in str(info.value)  # json's own words mean nothing to a manager
    assert path.read_bytes() == content
    assert path.stat().st_mtime_ns == before


def test_oversized_file_is_refused_before_reading(tmp_path, registry):
    path = tmp_path / "huge.pdr"
    with path.open("wb") as handle:
        handle.truncate(MAX_DRAFT_BYTES + 1)  # sparse: cheap to make, still over the limit
    with pytest.raises(DraftFileError, match=r"huge.pdr.*drafts are never larger than 20 MB"):
        read_draft(path, registry)
    assert path.stat().st_size == MAX_DRAFT_BYTES + 1


def test_missing_file_says_so(tmp_path, registry):
    with pytest.raises(DraftFileError, match="does not exist"):
        read_draft(tmp_path / "gone.pdr", registry)


def test_check_command_exits_2_with_reason_on_stderr(tmp_path, capsys, sample_draft):
    content, _ = bad_cases(sample_draft)["future schema"]
    path = tmp_path / "future.pdr"
    path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "future.pdr" in err and "newer version" in err
    assert path.read_bytes() == content
