"""Several drafts exported in one go (issue 17): `pdr-desktop export A.pdr B.pdr … -o FOLDER` and
export_batch, with real drafts in tmp_path and a broken one in the middle."""

from __future__ import annotations

import docx
import pytest
from pypdf import PdfReader

from pdr_desktop.cli import main
from pdr_desktop.drafts import write_draft
from pdr_desktop.export.batch import BatchFolderError, export_batch
from pdr_desktop.export.naming import export_stem
from pdr_desktop.export.pdf_embed import ATTACHMENT_NAME

NAMES = ("Siobhán Ó Dálaigh", "Jo Bloggs", "Amir Khan")


@pytest.fixture
def drafts(drafts_for):
    """Three real drafts with a broken file between the first and the second."""
    return drafts_for(NAMES)


def test_cli_pdf_batch_writes_the_rest_names_the_broken_one_and_exits_1(drafts, out, form, capsys):
    assert main(["export", *map(str, drafts), "--to", "pdf", "-o", str(out)]) == 1
    captured = capsys.readouterr()
    written = sorted(out.iterdir())
    assert len(written) == 3
    # Named as File ▸ Export… names them: "Performance Conversation – <name> – <round>.pdf".
    for name in NAMES:
        matching = [p for p in written if name in p.name]
        assert len(matching) == 1, name
        assert matching[0].suffix == ".pdf"
        assert ATTACHMENT_NAME in PdfReader(matching[0]).attachments
    # Which draft went to which file, in the order given.
    good = [p for p in drafts if p.name != "broken.pdr"]
    expected = [f"{src} → {out / p.name}" for src, p in zip(good, _in_given_order(written), strict=True)]
    assert captured.out.splitlines() == expected
    # The failure is said once, in the summary, in plain words before the parser's detail.
    assert captured.err.count("broken.pdr") == 1
    assert (
        "3 exported, 1 failed: broken.pdr – it is not a PDR Desktop draft (it is not valid JSON: line 1"
        in (captured.err)
    )


def _in_given_order(written):
    return sorted(written, key=lambda p: next(i for i, n in enumerate(NAMES) if n in p.name))


def test_cli_docx_batch_all_good_exits_0(drafts, out, capsys):
    good = [p for p in drafts if p.name != "broken.pdr"]
    assert main(["export", *map(str, good), "--to", "docx", "-o", str(out)]) == 0
    written = sorted(out.iterdir())
    assert [p.suffix for p in written] == [".docx"] * 3
    texts = {
        p.name: "\n".join(par.text for par in docx.Document(str(p)).sections[0].header.paragraphs)
        for p in written
    }
    for name in NAMES:
        assert any(name in text for text in texts.values())
    assert capsys.readouterr().err == ""


def test_cli_missing_folder_exits_2_and_writes_nothing(drafts, tmp_path, capsys):
    missing = tmp_path / "no such folder"
    assert main(["export", str(drafts[0]), str(drafts[2]), "--to", "pdf", "-o", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists()


def test_cli_several_drafts_without_a_folder_exit_2(drafts, capsys):
    assert main(["export", str(drafts[0]), str(drafts[2]), "--to", "pdf"]) == 2
    assert "-o FOLDER" in capsys.readouterr().err


def test_cli_one_draft_into_a_folder_gets_the_window_name(drafts, out, form, registry, capsys):
    from pdr_desktop.drafts import read_draft

    assert main(["export", str(drafts[0]), "--to", "pdf", "-o", str(out)]) == 0
    expected = out / f"{export_stem(form, read_draft(drafts[0], registry))}.pdf"
    assert capsys.readouterr().out.strip() == f"{drafts[0]} → {expected}"
    assert expected.read_bytes().startswith(b"%PDF-")


def test_same_names_never_overwrite(tmp_path, sample_draft, out):
    first, second = tmp_path / "a.pdr", tmp_path / "b.pdr"
    write_draft(sample_draft, first, backup=False)
    write_draft(sample_draft, second, backup=False)
    existing = out / "Performance Conversation – Siobhán Ó Dálaigh – Final Review.pdf"
    outcome = export_batch([first, second], "pdf", out)
    assert outcome.ok, outcome.summary()
    names = [target.name for _, target in outcome.written]
    assert len(set(names)) == 2
    assert existing.name in names
    outcome = export_batch([first], "pdf", out)
    assert outcome.written[0][1].name.endswith("(3).pdf")  # the two files already there stay


def test_the_summary_names_each_draft_saved_under_a_new_name(tmp_path, sample_draft, out, capsys):
    """Two people with the same name, and a re-export into the same folder: the summary says
    which draft went to which "(2)" file and why, once each."""
    first, second = tmp_path / "a.pdr", tmp_path / "b.pdr"
    write_draft(sample_draft, first, backup=False)
    write_draft(sample_draft, second, backup=False)
    stem = "Performance Conversation – Siobhán Ó Dálaigh – Final Review"
    outcome = export_batch([first, second], "pdf", out)
    assert outcome.renamed_existing == [] and outcome.renamed_in_batch == [second]
    assert (
        f"1 saved under a new name because another draft here gives the same name: b.pdr → {stem} (2).pdf"
        in outcome.summary()
    )
    assert main(["export", str(first), str(second), "--to", "pdf", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"{first} → {out / stem} (3).pdf",
        f"{second} → {out / stem} (4).pdf",
    ]
    assert (
        "2 saved under a new name because a file of that name was already there: "
        f"a.pdr → {stem} (3).pdf; b.pdr → {stem} (4).pdf"
    ) in captured.err
    assert captured.err.count("b.pdr") == 1


def test_the_same_draft_named_twice_is_exported_once(drafts, out, tmp_path, capsys):
    again = tmp_path / "drafts" / ".." / "drafts" / drafts[0].name  # another route to the same file
    assert main(["export", str(drafts[0]), str(again), "--to", "pdf", "-o", str(out)]) == 0
    assert len(list(out.iterdir())) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "1 exported, 1 named more than once (done once): 0.pdr" in captured.err


def test_progress_and_cancel(drafts, out):
    seen = []
    good = [p for p in drafts if p.name != "broken.pdr"]

    def progress(done, total, path):
        seen.append((done, total, path.name))

    outcome = export_batch(good, "docx", out, progress, cancelled=lambda: len(seen) >= 1, workers=1)
    assert seen == [(1, 3, "0.pdr")]
    assert [s.name for s, _ in outcome.written] == ["0.pdr"]
    assert [p.name for p in outcome.cancelled] == ["1.pdr", "2.pdr"]
    assert "1 exported" in outcome.summary() and "2 not exported (cancelled)" in outcome.summary()
    assert len(list(out.iterdir())) == 1


def test_folder_that_is_a_file_is_refused(drafts, tmp_path):
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    with pytest.raises(BatchFolderError):
        export_batch(drafts, "pdf", not_a_folder)


def test_two_worker_processes_give_the_same_files(drafts, out):
    outcome = export_batch(drafts, "pdf", out, workers=2)
    assert [s.name for s, _ in outcome.written] == ["0.pdr", "1.pdr", "2.pdr"]
    assert [s.name for s, _ in outcome.failed] == ["broken.pdr"]
    assert all(target.read_bytes().startswith(b"%PDF-") for _, target in outcome.written)


def test_each_file_is_fsynced_before_its_rename_and_the_folder_once(drafts, out, monkeypatch):
    """A batch shares the folder's fsync; every file is still synced before it takes its name."""
    import os

    from pdr_desktop import atomic

    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    names = {}

    def fsync(fd):
        events.append("folder" if os.path.isdir(f"/proc/self/fd/{fd}") else "file")
        return real_fsync(fd)

    def replace(src, dst):
        names[str(dst)] = os.path.getsize(src)
        events.append("rename")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic.os, "replace", replace)
    outcome = export_batch(drafts, "docx", out)
    assert len(outcome.written) == 3
    assert events == ["file", "rename"] * 3 + ["folder"]
    for path in out.iterdir():
        assert path.stat().st_size == names[str(path)]  # the name arrived with the whole file
        assert docx.Document(str(path)).tables


def test_a_single_write_still_fsyncs_its_folder_and_a_batch_syncs_after_a_failure(tmp_path, monkeypatch):
    from pdr_desktop import atomic

    synced: list[str] = []
    monkeypatch.setattr(atomic, "fsync_dir", lambda folder: synced.append(folder.name))
    atomic.atomic_write_bytes(tmp_path / "a.bin", b"a")
    assert synced == [tmp_path.name]
    synced.clear()
    with pytest.raises(RuntimeError), atomic.folder_syncs_deferred():
        atomic.atomic_write_bytes(tmp_path / "b.bin", b"b")
        with atomic.folder_syncs_deferred():  # nested: the outer one syncs
            atomic.atomic_write_bytes(tmp_path / "c.bin", b"c")
        assert synced == []
        raise RuntimeError("the batch stops")
    assert synced == [tmp_path.name]
    assert (tmp_path / "b.bin").read_bytes() == b"b"


def test_word_and_pdf_keep_one_name_even_when_only_one_of_them_was_there(drafts, out):
    from pdr_desktop.export.batch import BOTH

    first = drafts[0]
    taken = export_batch([first], "pdf", out).written[0][1]  # a PDF already there, no Word file
    outcome = export_batch([first], BOTH, out)
    assert outcome.ok, outcome.summary()
    names = sorted(target.name for _, target in outcome.written)
    assert names == [f"{taken.stem} (2).docx", f"{taken.stem} (2).pdf"]
    assert outcome.summary().startswith("1 exported, 1 saved under a new name because a file of that name")
    assert f"0.pdr → {taken.stem} (2).docx and {taken.stem} (2).pdf" in outcome.summary()
    assert docx.Document(str(out / names[0])).sections[0].header is not None
    assert ATTACHMENT_NAME in PdfReader(out / names[1]).attachments
