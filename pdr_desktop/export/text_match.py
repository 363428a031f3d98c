"""Loose text comparison for reading forms people have typed into.

Word, copy-paste and twenty years of form versions change quotes, dashes, spacing
and case; none of that should stop a label being recognised.
"""

from __future__ import annotations

import difflib
import functools
import unicodedata

_FOLD = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "″": '"',
        "–": "-",
        "—": "-",
        "‑": "-",
        "‐": "-",
        "−": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
        "\ufeff": "",
    }
)
FUZZY_MIN = 20  # a prefix this long (or longer) of a long label identifies it
FUZZY_RATIO = 0.86


def _fold_char(char: str) -> str:
    return unicodedata.normalize("NFKC", char.translate(_FOLD)).casefold()


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text plus, for each of its characters, the index of the original character."""
    out: list[str] = []
    origin: list[int] = []
    pending_space = False
    for index, char in enumerate(text):
        folded = _fold_char(char)
        if not folded:
            continue
        if folded.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            origin.append(index - 1)
            pending_space = False
        for piece in folded:
            out.append(piece)
            origin.append(index)
    return "".join(out), origin


@functools.lru_cache(maxsize=4096)
def norm(text: str) -> str:
    return normalise_with_map(text or "")[0]


@functools.lru_cache(maxsize=1024)
def same_label(found: str, label: str) -> bool:
    """Whether a cell's text is the form's label, allowing for typography and small wording changes."""
    a, b = norm(found), norm(label)
    if not a or not b:
        return a == b
    if a == b or a.rstrip(" :.") == b.rstrip(" :."):
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    shorter = shorter.rstrip(" .:")  # "…" folds to "...": a label cut short is still the label
    if len(shorter) >= FUZZY_MIN and longer.startswith(shorter):
        return True
    if min(len(a), len(b)) >= FUZZY_MIN:
        a, b = a[:200], b[:200]
        if 2 * min(len(a), len(b)) < FUZZY_RATIO * (len(a) + len(b)):
            return False  # the lengths alone rule it out; skip the costly comparison
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        return matcher.quick_ratio() >= FUZZY_RATIO and matcher.ratio() >= FUZZY_RATIO
    return False


def _cut(text: str, norm_prefix_len: int, origin: list[int]) -> str:
    return text[origin[norm_prefix_len - 1] + 1 :] if norm_prefix_len else text


@functools.lru_cache(maxsize=1024)
def strip_label(text: str, label: str) -> str | None:
    """The text after `label` at the start of `text`, or None when the text does not start with it.

    Labels ending "Yes / No" (the wellbeing question) may have had one option deleted or the
    answer typed after them; both read as the answer.
    """
    # Only the start of a (possibly 50,000-character) answer can hold the label.
    folded, origin = normalise_with_map(text[: 4 * len(label) + 200])
    wanted = norm(label)
    if not wanted:
        return text
    for candidate in (wanted, wanted.rstrip(" :")):
        if candidate and folded.startswith(candidate):
            return _cut(text, len(candidate), origin)
    for tail in (" yes / no", " yes/no"):
        if wanted.endswith(tail):
            stem = wanted[: -len(tail)]
            if folded.startswith(stem):
                rest = _cut(text, len(stem), origin)
                rest_norm = norm(rest)
                for both in ("yes / no", "yes/no"):
                    if rest_norm.startswith(both):
                        _rest_folded, rest_origin = normalise_with_map(rest)
                        return _cut(rest, len(both), rest_origin)
                return rest
    # A long label retyped with small differences: accept when the start matches closely.
    if len(wanted) >= FUZZY_MIN and same_label(folded[: len(wanted)], wanted):
        return _cut(text, min(len(wanted), len(folded)), origin)
    return None


def canon(text: str) -> str:
    """Text compared for "was this cell edited?": trailing spaces and outer blank lines don't count."""
    lines = [line.rstrip() for line in (text or "").replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()
