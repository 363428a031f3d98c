"""What the task list pays on every key once signatures count towards Sign-off (issue 12).

An edit anywhere can disturb a signature, so each keystroke re-checks the Sign-off section.
Measured against its peer in the same run: hashing the whole form once (what a signature
made now costs, and what the old whole-form check did).

Run: .venv/bin/python -m pytest benchmarks/bench_signing.py --benchmark-only
      -o python_files='bench_*.py' -p no:cacheprovider
"""

from __future__ import annotations

from pdr_desktop.forms import Role
from pdr_desktop.review import signing
from pdr_desktop.review.completeness import section_status


def test_sign_off_status_with_both_signatures(benchmark, form, sample_draft):
    signoff = form.section("signoff")
    status = benchmark(section_status, form, sample_draft, signoff, None, "final")
    assert status.value == "Completed"


def test_one_signature_status(benchmark, form, sample_draft):
    status = benchmark(signing.signature_status, form, sample_draft, Role.PRACTITIONER)
    assert status.valid


def test_peer_whole_form_fingerprint(benchmark, form, sample_draft):
    assert len(benchmark(signing.fingerprint, form, sample_draft)) == 64
