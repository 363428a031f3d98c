"""A batch's files written on its writer thread (export/batch_writer): each still atomic, a
failed write reported for its own draft, every file written before export_batch returns."""

from __future__ import annotations

import threading

import docx
import pytest

from pdr_desktop import atomic
from pdr_desktop.drafts import write_draft
from pdr_desktop.export.batch import export_batch
from pdr_desktop.export.batch_writer import BatchWriter


@pytest.fixture
def three(tmp_path, sample_draft):
    paths = []
    for index in range(3):
        draft = sample_draft.clone()
        draft.answers["details.name"] = f"Person {index}"
        path = tmp_path / f"{index}.pdr"
        write_draft(draft, path, backup=False)
        paths.append(path)
    out = tmp_path / "out"
    out.mkdir()
    return paths, out


def test_files_are_written_off_the_batch_thread_and_all_there_when_it_returns(three, monkeypatch):
    paths, out = three
    writers: list[str] = []
    real = atomic.write_now

    def write_now(target, data, private, folders):
        writers.append(threading.current_thread().name)
        return real(target, data, private, folders)

    monkeypatch.setattr(atomic, "write_now", write_now)
    outcome = export_batch(paths, "docx", out, workers=1)
    assert outcome.ok and len(outcome.written) == 3
    assert writers == ["batch-writer"] * 3
    for _, target in outcome.written:
        assert docx.Document(str(target)).tables
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_write_that_fails_is_reported_for_its_own_draft(three, monkeypatch):
    paths, out = three
    real = atomic.write_now

    def write_now(target, data, private, folders):
        if "Person 1" in target.name:
            raise OSError(28, "No space left on device", str(target))
        return real(target, data, private, folders)

    monkeypatch.setattr(atomic, "write_now", write_now)
    outcome = export_batch(paths, "pdf", out, workers=1)
    assert [s.name for s, _ in outcome.written] == ["0.pdr", "2.pdr"]
    assert len(outcome.failed) == 1
    source, why = outcome.failed[0]
    assert source.name == "1.pdr"
    assert "cannot be written (No space left on device)" in why
    assert sorted(p.name for p in out.iterdir()) == sorted(t.name for _, t in outcome.written)


def test_outside_a_batch_writes_happen_at_once_on_the_callers_thread(tmp_path):
    writer = BatchWriter()
    atomic.atomic_write_bytes(tmp_path / "now.bin", b"now")
    assert (tmp_path / "now.bin").read_bytes() == b"now"  # no writer was asked
    assert writer.close() == []


def test_a_folder_that_cannot_be_synced_is_raised_at_close(tmp_path, monkeypatch):
    def fail(folder):
        raise OSError(5, "Input/output error", str(folder))

    monkeypatch.setattr(atomic, "fsync_dir", fail)
    writer = BatchWriter()
    job = (tmp_path / "a.pdr", tmp_path / "a.pdf")
    writer.hand_over(job, tmp_path / "a.pdf", b"%PDF-", True)
    with pytest.raises(OSError, match="Input/output"):
        writer.close()
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF-"
