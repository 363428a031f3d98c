"""Shared test set-up: headless Qt, and every test's data in its own tmp_path."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from pdr_desktop import clock as clock_module
from pdr_desktop import paths
from pdr_desktop.forms import FormDefinition, default_registry


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, tmp_path_factory, monkeypatch):
    """No test touches the real user's drafts, settings or a machine-wide site file."""
    home = tmp_path / "pdr-home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    # A valid site file that sets nothing: no test sees the machine's real one, and no window
    # shows the "organisation settings could not be used" banner meant for a broken file.
    site = tmp_path_factory.mktemp("site") / "empty-site-settings.json"  # not in tests' own folder
    site.write_text('{"format": "pdr-desktop-site-settings", "settings": {}}', encoding="utf-8")
    monkeypatch.setenv(paths.SITE_SETTINGS_ENV, str(site))
    default_registry.cache_clear()
    yield home
    default_registry.cache_clear()


# A Monday in the Initial Conversation round. Every test runs on this day unless it says otherwise,
# whatever the real date (or faketime) says: the app reads time only through its clock.
PINNED_NOW = datetime(2026, 11, 23, 9, 41)


@pytest.fixture(autouse=True)
def clock():
    """The app's one clock, pinned; tests that compare file times set them from it (set_mtime)."""
    pinned = clock_module.FixedClock(PINNED_NOW)
    previous = clock_module.install(pinned)
    yield pinned
    clock_module.install(previous)


@pytest.fixture
def set_mtime():
    """set_mtime(path, moment): a file time the pinned clock agrees with (never real file times)."""

    def set_time(path, moment: datetime) -> None:
        stamp = moment.timestamp()
        os.utime(path, (stamp, stamp))

    return set_time


@pytest.fixture
def registry():
    return default_registry()


@pytest.fixture
def form(registry) -> FormDefinition:
    return registry.get("portsmouth-early-help-2022")


@pytest.fixture
def sample_draft(form):
    from pdr_desktop.review.sample import build_sample

    return build_sample(form)


@pytest.fixture
def signed_then_completed_by_manager(form, sample_draft):
    """The sample as it comes back to the practitioner: they signed before the manager's answers
    were in, then the manager filled in theirs and signed (so only the manager's part is newer)."""
    from pdr_desktop.forms import Role
    from pdr_desktop.review import signing

    draft = sample_draft.clone()
    draft.signatures.clear()
    managers = [f for f in form.fields.values() if f.owner is Role.MANAGER]
    answers = {f.id: draft.get(f) for f in managers}
    for fld in managers:
        draft.answers.pop(fld.id, None)
    signing.sign(form, draft, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-20")
    draft.answers.update(answers)
    signing.sign(form, draft, Role.MANAGER, "Tomáš Dąbrowski", "2026-07-21")
    return draft


# --- real second processes (locks, other writers) ---------------------------------------------

# A second PDR Desktop process: takes the draft's lock with its clock pinned like ours, says
# "ready", then waits until it is killed or its stdin closes (then releases, as a closing app does).
HOLD_LOCK = textwrap.dedent("""
    import sys
    from datetime import datetime
    from pathlib import Path
    from pdr_desktop import clock
    from pdr_desktop.drafts import lock

    clock.install(clock.FixedClock(datetime(2026, 11, 23, 9, 41)))
    result = lock.acquire(Path(sys.argv[1]))
    print("ready" if result.lock else f"refused {result}", flush=True)
    sys.stdin.read()
    result.lock.release()
""")

# Another writer (a synced copy from another laptop, a manager saving over it): loads the draft,
# sets the given answers, saves it with the ordinary store. No lock: that is the point.
WRITE_ANSWERS = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from pdr_desktop.drafts import read_draft, write_draft
    from pdr_desktop.forms import default_registry

    path = Path(sys.argv[1])
    draft = read_draft(path, default_registry())
    draft.answers.update(json.loads(sys.argv[2]))
    write_draft(draft, path, backup=False)
    print("written", flush=True)
""")


# A process that saves the draft again and again until it is killed: each version large and
# different ("version N" as the name, N repeated 3,000,000 times as an answer) so the write window
# is wide enough for a kill to land inside a save. Says "ready" after its first save.
KEEP_SAVING = textwrap.dedent("""
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
        draft.answers["details.name"] = f"version {n}"
        draft.answers["wider.self"] = str(n) * 3_000_000
        write_draft(draft, path, backup=False)
        if n == 1:
            print("ready", flush=True)
""")


def child_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def ready_child():
    """ready_child(script, path) → a second Python process running `script` on path, once it has
    said "ready" (killed at the end of the test, its pipes closed)."""
    started: list[subprocess.Popen] = []

    def start(script: str, path: Path) -> subprocess.Popen:
        child = subprocess.Popen(
            [sys.executable, "-c", script, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=child_env(),
            text=True,
        )
        started.append(child)
        assert child.stdout.readline().strip() == "ready"
        return child

    yield start
    for child in started:
        child.kill()
        child.wait(timeout=30)
        for stream in (child.stdin, child.stdout):
            stream.close()


@pytest.fixture
def lock_holder(ready_child):
    """lock_holder(path) → a running process holding the draft's lock (killed at the end; closing
    its stdin makes it release the lock and exit, as a closing app does)."""
    return functools.partial(ready_child, HOLD_LOCK)


@pytest.fixture
def saving_loop(ready_child):
    """saving_loop(path) → a running process saving to path again and again, after its first
    save (the test kills it mid-save; any still running are killed at the end)."""
    return functools.partial(ready_child, KEEP_SAVING)


@pytest.fixture
def second_writer():
    """second_writer(path, {field: value}) → another process saves those answers into the file."""

    def write(path: Path, answers: dict) -> None:
        import json

        done = subprocess.run(
            [sys.executable, "-c", WRITE_ANSWERS, str(path), json.dumps(answers)],
            capture_output=True,
            env=child_env(),
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "written"

    return write
