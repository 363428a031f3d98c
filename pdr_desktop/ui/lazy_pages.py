"""The wizard's section pages by id, each built the first time it is asked for.

Building all eight pages when a draft opened took most of a second; most sessions look at a
few of them. ``built`` holds only the pages made so far, for the wizard to pass state on to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QWidget


class LazyPages(Mapping[str, QWidget]):
    """Section id → its page, built on first access; ``built`` holds only those made so far."""

    def __init__(self, build: Callable[[str], QWidget], section_ids: Callable[[], list[str]]) -> None:
        self._build = build
        self._section_ids = section_ids
        self.built: dict[str, QWidget] = {}

    def __getitem__(self, section_id: str) -> QWidget:
        page = self.built.get(section_id)
        if page is None:
            if section_id not in self._section_ids():
                raise KeyError(section_id)
            page = self._build(section_id)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._section_ids())

    def __len__(self) -> int:
        return len(self._section_ids())

    def __contains__(self, section_id: object) -> bool:
        return section_id in self._section_ids()
