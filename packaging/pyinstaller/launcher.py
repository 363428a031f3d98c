"""Entry script for the frozen app: the same `pdr-desktop` command as the pip install."""

import sys


def _attach_parent_console() -> None:
    """Let the windowed Windows exe print when IT runs it from cmd.exe or PowerShell.

    The exe is built without a console (a console exe flashes a black window on every
    double-click), so Windows gives it no stdout. When it was started from a console, attach to
    that one and reopen the standard streams on it, so `--version`, `check` and the `import`
    report are seen. Started from Explorer there is no parent console and nothing changes.
    """
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        return
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115, PTH123 (a device name, not a path)
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115, PTH123 (a device name, not a path)


if __name__ == "__main__":
    # `pdr-desktop export … --jobs 2` starts workers (and multiprocessing's resource tracker) by
    # running this exe again with "--multiprocessing-fork …" or "-c …"; freeze_support turns such
    # a start into the worker instead of a second command line. Any other start leaves
    # multiprocessing unloaded (the spec's run-time hook asks the same question).
    if getattr(sys, "frozen", False) and ("--multiprocessing-fork" in sys.argv or "-c" in sys.argv):
        import multiprocessing

        multiprocessing.freeze_support()
    if sys.platform == "win32" and getattr(sys, "frozen", False) and sys.stdout is None:
        _attach_parent_console()
    from pdr_desktop.cli import main

    raise SystemExit(main())
