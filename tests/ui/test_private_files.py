"""Private by default: under umask 000 every folder the app makes is 0700 and every file 0600.

A subprocess sets umask 000 and does what a person does: starts the window, makes a conversation,
types, saves (with a backup and a recovery copy), changes a preference, exports both formats,
gets a conflict copy and closes. Then every folder and file under its home is checked.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent("""
    import os, sys
    os.umask(0)
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from pdr_desktop.ui.app import create_application
    from pdr_desktop.ui.main_window import MainWindow
    from pdr_desktop.settings import save_user_setting
    from pdr_desktop.drafts import lock, read_draft, write_draft
    from pdr_desktop.drafts.store import make_backup, write_recovery
    from pdr_desktop.export import export_draft

    app = create_application()
    window = MainWindow()
    window.show()
    window.new_draft()
    path = window.draft_path
    modes = {"lock": oct(lock.lock_path(path).stat().st_mode & 0o777)}
    window.draft.answers["details.position"] = "Personal Advisor"
    window.autosave.note_edit()
    window.autosave.write_recovery_now()
    assert window.save_now()
    make_backup(path, window.draft.draft_id)
    write_recovery(window.draft, path)
    save_user_setting("show_guidance", False)
    export_draft(window.form, window.draft, path.with_suffix(".docx"), "docx")
    export_draft(window.form, window.draft, path.with_suffix(".pdf"), "pdf")
    other = read_draft(path, window.registry)        # another writer saves the same answer
    other.answers["details.position"] = "Theirs"
    write_draft(other, path, backup=False)
    window.draft.answers["details.position"] = "Mine"
    window.autosave.note_edit()
    assert window.save_now()
    assert "conflict" in window.draft_path.name, window.draft_path
    window.close()
    print(modes["lock"])
""")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_everything_the_app_makes_is_owner_only_under_umask_000(tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "PDR_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "0o600"  # the lock, while the draft was open
    seen_dirs, seen_files = [], []
    for root, dirs, files in os.walk(home):
        for name in dirs:
            seen_dirs.append(os.path.join(root, name))
        for name in files:
            seen_files.append(os.path.join(root, name))
    loose = [p for p in seen_dirs if stat.S_IMODE(os.stat(p).st_mode) != 0o700]
    loose += [p for p in seen_files if stat.S_IMODE(os.stat(p).st_mode) != 0o600]
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert not loose, loose
    names = {os.path.basename(p) for p in seen_files}
    assert {"window-state.ini", "settings.json"} <= names
    assert any(n.endswith(".docx") for n in names) and any(n.endswith(".pdf") for n in names)
    assert any("(conflict," in n for n in names)
    assert {"drafts", "backups", "recovery", "config"} <= {os.path.basename(p) for p in seen_dirs}
