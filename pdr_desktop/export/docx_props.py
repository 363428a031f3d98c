"""The review round, meeting dates and number of objectives, kept again as custom document properties.

LibreOffice drops custom XML parts (our embedded draft) when a DOCX goes through ODT and
back, but keeps custom document properties. The tables then give back every answer and
the objectives' progress; these properties give back what the tables cannot show: which
round the conversation is in, which rounds were completed, and the meeting dates. Values
are cut into pieces of at most 240 characters, because Word keeps no longer property text.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass

import defusedxml.ElementTree as SafeET
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from pdr_desktop.dates import parse_iso
from pdr_desktop.drafts.model import Draft, ReviewState
from pdr_desktop.forms.model import FormDefinition

PART_NAME = "docProps/custom.xml"
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
PROPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the id Word gives user-defined properties
NAME = "PDR Desktop review state"
PIECE = 240
MAX_STATE = 8 * 1024  # a few rounds' dates; anything bigger is not ours
_PIECE_NAME = re.compile(rf"^{re.escape(NAME)} (\d{{1,3}})$")


@dataclass(frozen=True)
class ExportState:
    review: ReviewState
    objectives: int | None  # how many objectives the export printed (None: not recorded)


def state_json(draft: Draft, objectives: int) -> str:
    data = {**draft.review.to_json(), "objectives": objectives}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def add_review_properties(document: DocxDocument, draft: Draft, objectives: int) -> None:
    text = state_json(draft, objectives)
    root = etree.Element(f"{{{PROPS_NS}}}Properties", nsmap={None: PROPS_NS, "vt": VT_NS})
    pieces = [text[i : i + PIECE] for i in range(0, len(text), PIECE)] or [""]
    for number, piece in enumerate(pieces, start=1):
        prop = etree.SubElement(root, f"{{{PROPS_NS}}}property")
        prop.set("fmtid", FMTID)
        prop.set("pid", str(number + 1))  # pid 0 and 1 are reserved
        prop.set("name", f"{NAME} {number}")
        etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = piece
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = document.part.package
    part = Part(PackURI(f"/{PART_NAME}"), CONTENT_TYPE, xml, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def read_export_state(archive: zipfile.ZipFile, form: FormDefinition) -> ExportState | None:
    """The review state kept in the document's properties, or None when absent or not usable."""
    try:
        info = archive.getinfo(PART_NAME)
    except KeyError:
        return None
    if info.file_size > 1024 * 1024:
        return None
    try:
        root = SafeET.fromstring(archive.read(PART_NAME))
    except Exception:  # someone else's malformed properties are not ours to judge
        return None
    pieces: dict[int, str] = {}
    for prop in root.iter(f"{{{PROPS_NS}}}property"):
        match = _PIECE_NAME.match(prop.get("name", ""))
        value = prop.find(f"{{{VT_NS}}}lpwstr")
        if match and value is not None:
            pieces[int(match.group(1))] = value.text or ""
    text = "".join(pieces[n] for n in sorted(pieces))
    if not text or len(text) > MAX_STATE or sorted(pieces) != list(range(1, len(pieces) + 1)):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return _checked(data, form)


def _checked(data: object, form: FormDefinition) -> ExportState | None:
    rounds = form.round_ids()
    if not isinstance(data, dict):
        return None
    current, meetings, completed = (
        data.get("current_round"),
        data.get("meetings"),
        data.get("completed_rounds"),
    )
    if current not in rounds or not isinstance(meetings, dict) or not isinstance(completed, list):
        return None
    if not all(k in rounds and isinstance(v, str) and parse_iso(v) for k, v in meetings.items()):
        return None
    if not all(r in rounds for r in completed):
        return None
    count = data.get("objectives")
    count = count if isinstance(count, int) and not isinstance(count, bool) and 0 <= count <= 10_000 else None
    review = ReviewState(current_round=current, meetings=dict(meetings), completed_rounds=list(completed))
    return ExportState(review, count)
