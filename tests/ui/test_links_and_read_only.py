"""A read-only draft stays read-only; a linked draft is written through its link, never replaced."""

from __future__ import annotations

import json
import os

import pytest

from pdr_desktop.drafts import write_draft
from pdr_desktop.drafts.store import check_writable
from pdr_desktop.review.sample import build_sample


def test_a_read_only_draft_opens_read_only_and_stays_so(window, tmp_path, form, typer):
    path = tmp_path / "Signed off.pdr"
    write_draft(build_sample(form), path, backup=False)
    path.chmod(0o444)
    before = path.read_bytes()
    assert window.open_path(path)
    assert window.read_only and "read-only" in window.windowTitle()
    assert "marked read-only" in window.session.bar.label.text()
    window.focus_field("details.position")
    typer("Changed")
    window.save_now()
    window.close_draft()
    assert path.read_bytes() == before
    assert os.stat(path).st_mode & 0o777 == 0o444


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_a_linked_draft_is_saved_through_the_link(window, tmp_path, form, typer):
    real = tmp_path / "OneDrive" / "Aisha Khan.pdr"
    real.parent.mkdir()
    write_draft(build_sample(form), real, backup=False)
    link = tmp_path / "Desktop" / "Aisha Khan.pdr"
    link.parent.mkdir()
    link.symlink_to(real)
    assert window.open_path(link)
    assert not window.read_only
    window.focus_field("details.position")
    typer("Through the link")
    assert window.save_now()
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["answers"]["details.position"] == "Through the link"
    assert not list(link.parent.glob(".*.tmp")) and not list(real.parent.glob(".*.tmp"))


def test_a_link_to_nothing_is_refused_with_a_reason(tmp_path):
    link = tmp_path / "gone.pdr"
    link.symlink_to(tmp_path / "moved-away.pdr")
    with pytest.raises(FileNotFoundError, match=r"it is a link to .*moved-away\.pdr, which does not exist"):
        check_writable(link)
    assert link.is_symlink() and not (tmp_path / "moved-away.pdr").exists()
