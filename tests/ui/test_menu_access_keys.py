"""Every menu's access keys (the underlined letters) are unique within it, plug-ins' items included."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMenu

_MNEMONIC = re.compile(r"&(?!&)(.)")


def access_key(text: str) -> str:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def menus_of(window) -> list[tuple[str, QMenu]]:
    """(path, menu) for the menu bar and every menu and submenu in it."""
    out: list[tuple[str, QMenu]] = []

    def walk(menu: QMenu, path: str) -> None:
        menu.aboutToShow.emit()  # menus filled as they open (Open Recent) are filled now
        out.append((path, menu))
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {action.text()}")

    for action in window.menuBar().actions():
        walk(action.menu(), action.text())
    return out


def clashes(actions) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        key = access_key(action.text())
        if key:
            seen.setdefault(key, []).append(action.text())
    return {k: v for k, v in seen.items() if len(v) > 1}


def test_access_keys_are_unique_in_every_menu(make_window, sample_draft, tmp_path):
    from pdr_desktop.drafts import write_draft

    for role in ("practitioner", "manager"):
        window = make_window(role)
        path = tmp_path / f"{role}.pdr"
        write_draft(sample_draft, path)
        window.open_path(path)  # some items appear or change with a draft open
        found = menus_of(window)
        assert {p for p, _ in found} >= {"&File", "&Edit", "&View", "&Review", "&Help"}
        assert not clashes(window.menuBar().actions()), "menu bar"
        for path_text, menu in found:
            assert not clashes(menu.actions()), path_text
        window.close_draft()


def test_every_item_has_an_access_key(window):
    missing = [
        f"{path} › {a.text()}"
        for path, menu in menus_of(window)
        for a in menu.actions()
        if not a.isSeparator() and a.isEnabled() and not access_key(a.text()) and "Recent" not in path
    ]
    assert missing == []
