"""What a batch export does once rather than once per draft (issue 17): each draft is read once
(the draft read to name its file is the one written), and the cycle collector is set aside
while the batch runs and put back as it was after."""

from __future__ import annotations

import gc
from collections import Counter

import docx
import pytest

from pdr_desktop.drafts import write_draft
from pdr_desktop.export import batch
from pdr_desktop.export.batch import export_batch


@pytest.fixture
def drafts(tmp_path, sample_draft):
    paths = []
    for index, name in enumerate(("Jo Bloggs", "Amir Khan")):
        draft = sample_draft.clone()
        draft.answers["details.name"] = name
        path = tmp_path / f"{index}.pdr"
        write_draft(draft, path, backup=False)
        paths.append(path)
    return paths


def _count_reads(monkeypatch) -> Counter:
    reads: Counter = Counter()
    real = batch.read_any

    def counting(source, registry, *args, **kwargs):
        reads[source.name] += 1
        return real(source, registry, *args, **kwargs)

    monkeypatch.setattr(batch, "read_any", counting)
    return reads


@pytest.mark.parametrize("kind", ["docx", batch.BOTH])
def test_each_draft_is_read_once(drafts, out, monkeypatch, kind):
    reads = _count_reads(monkeypatch)
    outcome = export_batch(drafts, kind, out, workers=1)
    assert outcome.ok and len(outcome.written) == len(batch.kinds_of(kind)) * 2
    assert reads == {"0.pdr": 1, "1.pdr": 1}
    for path in (p for p in out.iterdir() if p.suffix == ".docx"):  # each from its own draft
        person = path.name.split(" – ")[1]
        assert person in docx.Document(str(path)).sections[0].header.paragraphs[0].text


def test_past_the_memory_bound_drafts_are_read_again(drafts, out, monkeypatch):
    monkeypatch.setattr(batch, "KEEP_READ_BYTES", 0)
    reads = _count_reads(monkeypatch)
    assert export_batch(drafts, "docx", out, workers=1).ok
    assert reads == {"0.pdr": 2, "1.pdr": 2}


def test_a_batch_collects_less_often_and_puts_the_collector_back(drafts, out, monkeypatch):
    seen = []
    real = batch.export_one

    def spy(*args, **kwargs):
        seen.append((gc.get_threshold(), gc.get_freeze_count() > 0))
        return real(*args, **kwargs)

    monkeypatch.setattr(batch, "export_one", spy)
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    assert export_batch(drafts, "pdf", out, workers=1).ok
    assert seen == [(batch.BATCH_GC_THRESHOLD, True)] * 2
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_the_collector_comes_back_only_when_the_last_batch_ends():
    before = gc.get_threshold()
    with batch.fewer_collections():
        with batch.fewer_collections():
            assert gc.get_threshold() == batch.BATCH_GC_THRESHOLD
        assert gc.get_threshold() == batch.BATCH_GC_THRESHOLD  # the other batch still runs
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_an_export_reads_the_draft_without_changing_it(form, sample_draft, tmp_path, kind):
    """The exports read answers in place (Draft.peek, no copy per value): they must not write."""
    from pdr_desktop.drafts import codec
    from pdr_desktop.export import export_draft

    before = codec.dumps(sample_draft)
    export_draft(form, sample_draft, tmp_path / f"out.{kind}", kind)
    assert codec.dumps(sample_draft) == before
