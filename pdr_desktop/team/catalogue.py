"""The learning catalogue: the courses a council offers, as data (like the form), for grouping
training needs by theme.

A catalogue is a JSON file IT can supply (the site setting `learning_catalogue`); without one,
the bundled example is used and every screen and export says it is an example. Errors name the
file, the place inside it (`courses[3].keywords[0]`) and what is wrong, as form definitions do.

    {"format": "pdr-desktop-learning-catalogue", "format_version": 1,
     "title": "…", "example": false, "source": "…",
     "courses": [{"id": "core-domestic-abuse", "title": "Domestic Abuse", "area": "Core Training",
                  "keywords": ["domestic abuse", "coercive control"]}, …]}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pdr_desktop.checked_json import read_json_file
from pdr_desktop.resources import resource_path

CATALOGUE_FORMAT = "pdr-desktop-learning-catalogue"
CATALOGUE_FORMAT_VERSION = 1
EXAMPLE_FILE = ("resources", "catalogues", "example-learning-catalogue.json")
MAX_CATALOGUE_BYTES = 2 * 1024 * 1024
MAX_COURSES = 2000
MAX_KEYWORDS = 100
MAX_TEXT = 300  # a course's id, title, area, keyword
MAX_NOTE = 2000  # the catalogue's title and source note


class CatalogueError(ValueError):
    def __init__(self, path: Path | str, where: str, problem: str) -> None:
        self.path, self.where, self.problem = Path(path), where, problem
        place = f" at {where}" if where else ""
        super().__init__(f"Learning catalogue {self.path.name}{place}: {problem}")


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    area: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class LearningCatalogue:
    title: str
    courses: tuple[Course, ...]
    example: bool = False
    source: str = ""
    path: Path | None = None

    def areas(self) -> list[str]:
        return list(dict.fromkeys(c.area for c in self.courses))


def example_catalogue_path() -> Path:
    return resource_path(*EXAMPLE_FILE)


def load_catalogue(path: Path | str) -> LearningCatalogue:
    """The catalogue in `path`, read with the same limits as drafts and settings (it comes from IT,
    so it may be anything): a regular file, at most 2 MB, UTF-8, no deep nesting, no huge numbers,
    no repeated keys. Every refusal is a CatalogueError naming the file and the reason."""
    path = Path(path)
    try:
        data = read_json_file(path, MAX_CATALOGUE_BYTES)
    except (FileNotFoundError, IsADirectoryError) as exc:
        raise CatalogueError(path, "", "the file does not exist or is not a file") from exc
    except OSError as exc:
        raise CatalogueError(path, "", f"it cannot be read ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise CatalogueError(
            path, f"line {exc.lineno} column {exc.colno}", f"not valid JSON ({exc.msg})"
        ) from exc
    except ValueError as exc:  # JsonLimitError: its message is the plain reason (too large, a FIFO, …)
        raise CatalogueError(path, "", str(exc)) from exc
    return parse_catalogue(data, path)


def parse_catalogue(data: Any, path: Path | str = "<memory>") -> LearningCatalogue:
    path = Path(path)

    def fail(where: str, problem: str) -> CatalogueError:
        return CatalogueError(path, where, problem)

    def text(obj: dict[str, Any], key: str, where: str, required: bool = True, limit: int = MAX_TEXT) -> str:
        value = obj.get(key, "")
        place = f"{where}.{key}" if where else key
        if not isinstance(value, str):
            raise fail(place, f"expected text, found {type(value).__name__}")
        if required and not value.strip():
            raise fail(place, "must not be empty")
        if len(value) > limit:
            raise fail(place, f"longer than {limit} characters")
        return value.strip()

    if not isinstance(data, dict):
        raise fail("", f"expected an object, found {type(data).__name__}")
    if data.get("format") != CATALOGUE_FORMAT:
        raise fail("format", f"expected {CATALOGUE_FORMAT!r}; this is not a PDR Desktop learning catalogue")
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise fail("format_version", "expected a whole number")
    if version > CATALOGUE_FORMAT_VERSION:
        raise fail(
            "format_version",
            f"version {version} is newer than this app understands ({CATALOGUE_FORMAT_VERSION}); "
            "update PDR Desktop",
        )
    example = data.get("example", False)
    if not isinstance(example, bool):
        raise fail("example", "expected true or false")
    courses_raw = data.get("courses")
    if not isinstance(courses_raw, list):
        raise fail("courses", "expected a list of courses")
    if not courses_raw:
        raise fail("courses", "the catalogue has no courses")
    if len(courses_raw) > MAX_COURSES:
        raise fail("courses", f"more than {MAX_COURSES} courses")
    courses: list[Course] = []
    seen: set[str] = set()
    for index, raw in enumerate(courses_raw):
        where = f"courses[{index}]"
        if not isinstance(raw, dict):
            raise fail(where, f"expected an object, found {type(raw).__name__}")
        unknown = sorted(set(raw) - {"id", "title", "area", "keywords", "description"})
        if unknown:
            raise fail(f"{where}.{unknown[0]}", "unknown key (known: id, title, area, keywords, description)")
        course_id = text(raw, "id", where)
        if course_id in seen:
            raise fail(f"{where}.id", f"the id {course_id!r} is used by an earlier course")
        seen.add(course_id)
        keywords_raw = raw.get("keywords")
        if not isinstance(keywords_raw, list) or not keywords_raw:
            raise fail(f"{where}.keywords", "expected a list of at least one word or phrase")
        if len(keywords_raw) > MAX_KEYWORDS:
            raise fail(f"{where}.keywords", f"more than {MAX_KEYWORDS} keywords")
        keywords = []
        for k_index, keyword in enumerate(keywords_raw):
            place = f"{where}.keywords[{k_index}]"
            if not isinstance(keyword, str) or not keyword.strip():
                raise fail(place, "expected a word or phrase")
            if len(keyword) > MAX_TEXT:
                raise fail(place, f"longer than {MAX_TEXT} characters")
            keywords.append(keyword.strip())
        courses.append(
            Course(course_id, text(raw, "title", where), text(raw, "area", where), tuple(keywords))
        )
    return LearningCatalogue(
        title=text(data, "title", "", limit=MAX_NOTE),
        courses=tuple(courses),
        example=example,
        source=text(data, "source", "", required=False, limit=MAX_NOTE),
        path=path if str(path) != "<memory>" else None,
    )


@dataclass(frozen=True)
class CatalogueChoice:
    """The catalogue in use, or why the one IT named cannot be used (then needs are ungrouped)."""

    catalogue: LearningCatalogue | None
    error: str = ""
    configured: str = ""  # the setting's value; "" when the bundled example is used


def choose_catalogue(setting: str) -> CatalogueChoice:
    """The catalogue the setting names, or the bundled example when it names none."""
    if setting.strip():
        try:
            return CatalogueChoice(load_catalogue(Path(setting).expanduser()), configured=setting)
        except CatalogueError as exc:
            # Never fall back to the example here: themes from another council's courses would
            # pass for this council's own.
            return CatalogueChoice(None, str(exc), setting)
    try:
        return CatalogueChoice(load_catalogue(example_catalogue_path()))
    except (CatalogueError, FileNotFoundError) as exc:
        return CatalogueChoice(None, str(exc))


def keyword_pattern(keyword: str) -> re.Pattern[str]:
    """A keyword as a whole word or phrase, any spacing or case, a plural "s" allowed."""
    words = [re.escape(w) for w in keyword.casefold().split()]
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(words) + r"(?:s|es)?(?!\w)")
