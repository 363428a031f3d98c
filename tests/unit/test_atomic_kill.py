"""A save interrupted by SIGKILL leaves the old draft or the new one, never a broken file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from pdr_desktop.drafts import read_draft

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from pdr_desktop.drafts import Draft, write_draft
    from pdr_desktop.forms import default_registry

    form = default_registry().get("portsmouth-early-help-2022")
    path = Path(sys.argv[1])
    n = 0
    while True:
        n += 1
        draft = Draft.new(form)
        # Large, varying content makes the write window wide enough to be hit.
        draft.answers["details.name"] = f"version {n}"
        draft.answers["wider.self"] = str(n) * 3_000_000
        write_draft(draft, path, backup=False)
        if n == 1:
            print("ready", flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
@pytest.mark.parametrize("delay", [0.02 + 0.037 * i for i in range(12)])
def test_sigkill_mid_save_leaves_a_whole_draft(tmp_path, registry, delay):
    folder = tmp_path / "drafts"
    folder.mkdir()
    path = folder / "draft.pdr"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, env={**os.environ}, text=True
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        time.sleep(delay)  # let it be somewhere inside a later save
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
    draft = read_draft(path, registry)  # raises if the file is partial
    n = int(draft.answers["details.name"].removeprefix("version "))
    assert draft.answers["wider.self"] == str(n) * 3_000_000
    # Temp files from the interrupted write may remain; they are never mistaken for the draft.
    assert all(p.name.startswith(".draft.pdr.") for p in folder.iterdir() if p != path)
