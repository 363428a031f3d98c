"""The exact draft JSON inside the DOCX, as a custom XML part (the way Word stores data bindings).

Word keeps custom XML parts when it edits and saves a document, so a DOCX sent to a
manager and back still reopens as the exact draft; the tables are what people see,
the embedded draft is what the app trusts for everything the tables cannot show.
"""

from __future__ import annotations

import hashlib
import re
import uuid
import zipfile
from dataclasses import dataclass

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

NAMESPACE = "urn:pdr-desktop:draft"
ROOT_TAG = f"{{{NAMESPACE}}}draft"
EMBED_VERSION = "1"
DATASTORE_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
_ITEM_NAME = re.compile(r"^customXml/item\d+\.xml$", re.IGNORECASE)


class EmbeddedDraftError(ValueError):
    """Our part is there but damaged; the message is the human reason."""


@dataclass(frozen=True)
class EmbeddedDraft:
    json_text: str
    part_name: str


def item_xml(json_text: str) -> bytes:
    root = etree.Element(ROOT_TAG, nsmap={"pdr": NAMESPACE})
    root.set("version", EMBED_VERSION)
    # The checksum tells a damaged part from a good one before we trust it over the tables.
    root.set("sha256", hashlib.sha256(json_text.encode("utf-8")).hexdigest())
    root.text = json_text
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def props_xml() -> bytes:
    root = etree.Element(f"{{{DATASTORE_NS}}}datastoreItem", nsmap={"ds": DATASTORE_NS})
    root.set(f"{{{DATASTORE_NS}}}itemID", "{" + str(uuid.uuid4()).upper() + "}")
    refs = etree.SubElement(root, f"{{{DATASTORE_NS}}}schemaRefs")
    ref = etree.SubElement(refs, f"{{{DATASTORE_NS}}}schemaRef")
    ref.set(f"{{{DATASTORE_NS}}}uri", NAMESPACE)
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=False)
    return data


def embed_draft(document: DocxDocument, json_text: str) -> str:
    """Add customXml/itemN.xml (+ its properties part), related from the main document part."""
    main = document.part
    package = main.package
    item_name = package.next_partname("/customXml/item%d.xml")
    number = re.search(r"(\d+)", str(item_name.filename))
    props_name = PackURI(f"/customXml/itemProps{number.group(1) if number else 1}.xml")
    item = Part(item_name, CT.XML, item_xml(json_text), package)
    props = Part(props_name, CT.OFC_CUSTOM_XML_PROPERTIES, props_xml(), package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    main.relate_to(item, RT.CUSTOM_XML)
    return str(item_name)


def find_embedded(archive: zipfile.ZipFile) -> EmbeddedDraft | None:
    """Our draft part in an (already safety-checked) DOCX archive, or None if there is none."""
    for name in archive.namelist():
        if not _ITEM_NAME.match(name):
            continue
        try:
            root = SafeET.fromstring(archive.read(name))
        except DefusedXmlException as exc:
            # zip_safety refuses DTDs before this; should one slip past it, refuse, never skip:
            # skipping would quietly import the tables as if no draft were inside.
            raise EmbeddedDraftError(
                f"its part “{name}” declares XML entities (possibly an “entity bomb”)"
            ) from exc
        except Exception:  # someone else's malformed custom XML is not ours to judge
            continue
        if root.tag != ROOT_TAG:
            continue
        text = root.text or ""
        expected = root.get("sha256", "")
        if expected and hashlib.sha256(text.encode("utf-8")).hexdigest() != expected:
            raise EmbeddedDraftError("the draft stored inside it is damaged (its checksum does not match)")
        return EmbeddedDraft(text, name)
    return None
