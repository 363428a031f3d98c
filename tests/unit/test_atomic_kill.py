"""A save interrupted by SIGKILL leaves the old draft or the new one, never a broken file."""

from __future__ import annotations

import signal
import time

import pytest

from pdr_desktop.drafts import read_draft


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
@pytest.mark.parametrize("delay", [0.02 + 0.037 * i for i in range(12)])
def test_sigkill_mid_save_leaves_a_whole_draft(tmp_path, registry, saving_loop, delay):
    folder = tmp_path / "drafts"
    folder.mkdir()
    path = folder / "draft.pdr"
    child = saving_loop(path)
    time.sleep(delay)  # let it be somewhere inside a later save
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    draft = read_draft(path, registry)  # raises if the file is partial
    n = int(draft.answers["details.name"].removeprefix("version "))
    assert draft.answers["wider.self"] == str(n) * 3_000_000
    # Temp files from the interrupted write may remain; they are never mistaken for the draft.
    assert all(p.name.startswith(".draft.pdr.") for p in folder.iterdir() if p != path)
