"""User settings, layered under machine-wide settings that IT may lock.

Order of precedence, lowest first: built-in defaults → site file value →
user value (ignored for a key the site file locks).  A site file that cannot be
read is reported in ``Settings.problems`` and the app carries on with safe
defaults: a typo by IT must not stop practitioners working.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from pdr_desktop import paths
from pdr_desktop.atomic import atomic_write_text
from pdr_desktop.checked_json import describe_error, read_json_file

SITE_FORMAT = "pdr-desktop-site-settings"
# Folder settings IT writes once for hundreds of users, so they may say $HOME or %USERPROFILE%.
PATH_KEYS = frozenset({"extra_forms_dir", "drafts_dir", "learning_catalogue"})
SITE_FILE_NAME = "site-settings.json"
USER_FILE_NAME = "settings.json"
MAX_SETTINGS_BYTES = 1024 * 1024


@dataclass
class Settings:
    organisation: str = "Portsmouth City Council"
    default_form: str = ""
    extra_forms_dir: str = ""
    drafts_dir: str = ""
    manager_email_domain: str = ""
    manager_email: str = ""
    role: str = ""  # "" until the user answers "I'm a practitioner / I'm a manager"
    show_guidance: bool = True
    spellcheck: bool = True  # underline possible spelling mistakes as you type; IT may lock it
    spelling_words: list[str] = field(default_factory=list)  # the organisation's own words, for IT
    learning_catalogue: str = ""  # a learning catalogue file (JSON); "" means the bundled example
    team_folders: list[str] = field(default_factory=list)  # the manager's team view remembers these
    locked: frozenset[str] = field(default_factory=frozenset)
    problems: list[str] = field(default_factory=list)
    site_file: Path | None = None

    def is_locked(self, key: str) -> bool:
        return key in self.locked


SETTING_KEYS = tuple(f.name for f in fields(Settings) if f.name not in {"locked", "problems", "site_file"})
_TYPES = {f.name: type(getattr(Settings(), f.name)) for f in fields(Settings) if f.name in SETTING_KEYS}


class SettingLockedError(PermissionError):
    def __init__(self, key: str) -> None:
        super().__init__(f"The setting {key!r} is set by your organisation and cannot be changed.")
        self.key = key


def site_settings_path() -> Path | None:
    override = os.environ.get(paths.SITE_SETTINGS_ENV, "").strip()
    if override:
        return Path(override)
    for folder in paths.site_config_dirs():
        candidate = folder / SITE_FILE_NAME
        if candidate.is_file():
            return candidate
    return None


def user_settings_path() -> Path:
    return paths.config_dir() / USER_FILE_NAME


def _read_json(path: Path) -> Any:
    # The checked reader: size first, ordinary files only (a FIFO must not hang the start), limits.
    return read_json_file(path, MAX_SETTINGS_BYTES)


def _parse_site(data: Any) -> tuple[dict[str, Any], set[str]]:
    """Site file: {"format": ..., "settings": {"key": {"value": ..., "locked": bool}}}."""
    if not isinstance(data, dict) or data.get("format") != SITE_FORMAT:
        raise ValueError(f'expected an object with "format": "{SITE_FORMAT}"')
    raw = data.get("settings")
    if not isinstance(raw, dict):
        raise ValueError('"settings" must be an object')
    values: dict[str, Any] = {}
    locked: set[str] = set()
    for key, entry in raw.items():
        if key not in SETTING_KEYS:
            raise ValueError(f"unknown setting {key!r} (known: {', '.join(SETTING_KEYS)})")
        if not isinstance(entry, dict) or "value" not in entry:
            raise ValueError(f'setting {key!r} must be an object with a "value"')
        value = entry["value"]
        if not isinstance(value, _TYPES[key]):
            raise ValueError(f"setting {key!r} must be a {_TYPES[key].__name__}")
        if isinstance(value, list) and not all(isinstance(item, str) for item in value):
            raise ValueError(f"setting {key!r} must be a list of text")
        lock = entry.get("locked", False)
        if not isinstance(lock, bool):
            raise ValueError(f'setting {key!r}: "locked" must be true or false')
        values[key] = value
        if lock:
            locked.add(key)
    return values, locked


def load_settings() -> Settings:
    settings = Settings()
    site_path = site_settings_path()
    locked: set[str] = set()
    if site_path is not None:
        settings.site_file = site_path
        try:
            values, locked = _parse_site(_read_json(site_path))
        except (OSError, ValueError) as exc:  # JSONDecodeError is a ValueError
            settings.problems.append(
                f"The organisation settings file {site_path} could not be used: {describe_error(exc)}. "
                "PDR Desktop is running with its default settings; please tell IT."
            )
            values, locked = {}, set()
        for key, value in values.items():
            setattr(settings, key, value)
    user_path = user_settings_path()
    if user_path.exists() or user_path.is_symlink():  # not is_file(): a FIFO there is reported, not skipped
        try:
            user = _read_json(user_path)
            if not isinstance(user, dict):
                raise ValueError("expected a JSON object")
        except (OSError, ValueError) as exc:
            settings.problems.append(
                f"Your settings file {user_path} could not be read ({describe_error(exc)}); "
                "defaults are used until you change a setting."
            )
            user = {}
        for key, value in user.items():
            if key in SETTING_KEYS and key not in locked and isinstance(value, _TYPES[key]):
                setattr(settings, key, value)
    for key in PATH_KEYS:
        setattr(settings, key, expand_folder(getattr(settings, key)))
    settings.locked = frozenset(locked)
    return settings


def expand_folder(value: str) -> str:
    """Expand ``~``, ``$HOME`` and (on Windows) ``%USERPROFILE%`` in a folder setting."""
    return os.path.expandvars(str(Path(value).expanduser())) if value else value


def save_user_setting(key: str, value: Any) -> None:
    """Persist one user preference; refuses keys the organisation has locked."""
    if key not in SETTING_KEYS:
        raise KeyError(key)
    if load_settings().is_locked(key):
        raise SettingLockedError(key)
    path = user_settings_path()
    current: dict[str, Any] = {}
    if path.exists():
        try:
            loaded = _read_json(path)
            current = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            current = {}  # an unreadable user file is replaced, not merged
    current[key] = value
    paths.config_dir(ensure=True)
    atomic_write_text(path, json.dumps(current, indent=2, ensure_ascii=False))


def manager_email_problem(email: str, settings: Settings) -> str | None:
    """Why `email` can't be the manager's address under IT's rules, or None when it can.

    IT sets `manager_email_domain` so forms go to a council mailbox, never a personal one.
    An empty address is allowed (the e-mail is then addressed by hand).
    """
    email = email.strip()
    if not email:
        return None
    local, at, domain = email.rpartition("@")
    if not at or not local or "." not in domain or " " in email:
        return f"“{email}” is not an e-mail address"
    wanted = settings.manager_email_domain.strip().lstrip("@").lower()
    if wanted and domain.lower() != wanted:
        return f"your organisation asks for an address ending in @{wanted}"
    return None
