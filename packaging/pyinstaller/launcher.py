"""Entry script for the frozen app: the same `pdr-desktop` command as the pip install."""

from pdr_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
