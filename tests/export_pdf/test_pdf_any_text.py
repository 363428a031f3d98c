"""Whatever people type (any Unicode, markup, control characters) exports and comes back exactly."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pdr_desktop.drafts.codec import dumps
from pdr_desktop.export.pdf_reader import read_pdf
from pdr_desktop.export.pdf_writer import render_pdf, write_pdf


@settings(
    max_examples=20, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(max_size=60), answer=st.text(max_size=400))
def test_any_text_exports_and_round_trips(form, registry, sample_draft, tmp_path, name, answer):
    draft = sample_draft.clone()
    draft.answers["details.name"] = name
    draft.answers["wider.self"] = answer
    draft.answers["standards.s3.manager"] = {"answer": "no", "comment": answer}
    path = tmp_path / "any.pdf"
    write_pdf(form, draft, path)
    assert dumps(read_pdf(path, registry).draft) == dumps(draft)


def test_render_pdf_is_bytes_of_a_pdf(form, sample_draft):
    data = render_pdf(form, sample_draft)
    assert io.BytesIO(data).read(5) == b"%PDF-"
