"""The bundle's smaller ICU data (packaging/pyinstaller/icu_subset.py) still serves what Qt asks ICU.

Qt's collation (QCollator: file dialogs sort names with it), time zone names and case mapping
are run in a child process whose libicudata is the subset, loaded ahead of PySide6's own.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "icu_subset", ROOT / "packaging" / "pyinstaller" / "icu_subset.py"
)
icu_subset = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(icu_subset)

QT_ICU_DATA = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
needs_qt_icu = pytest.mark.skipif(not QT_ICU_DATA, reason="this PySide6 has no ICU data library (not Linux)")
needs_cc = pytest.mark.skipif(icu_subset.compiler() is None, reason="no C compiler")


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("coll/ucadata.icu", True),
        ("coll/root.res", True),
        ("coll/en.res", True),
        ("coll/en_GB.res", True),
        ("coll/sv.res", False),
        ("coll/zh.res", False),
        ("zoneinfo64.res", True),
        ("timezoneTypes.res", True),
        ("metaZones.res", True),
        ("supplementalData.res", True),
        ("likelySubtags.res", True),
        ("res_index.res", True),
        ("en_GB.res", True),
        ("fr.res", False),
        ("zh_Hant_TW.res", False),
        ("zone/en.res", True),
        ("zone/de.res", False),
        ("translit/Latin_ASCII.res", False),
        ("brkitr/cjdict.dict", False),
        ("brkitr/word.brk", True),
        ("ibm-943_P15A-2003.cnv", False),
        ("cnvalias.icu", True),
        ("uts46.nrm", True),
    ],
)
def test_keeps_english_root_and_shared_tables_only(item, kept):
    assert icu_subset.keep(item) is kept


@needs_qt_icu
def test_the_package_read_and_written_whole_is_byte_identical():
    library = QT_ICU_DATA[0].read_bytes()
    package = icu_subset.read_symbol(library, icu_subset.data_symbol(library))
    header, items = icu_subset.parse_package(package)
    assert len(items) > 1000
    assert icu_subset.build_package(header, items) == package


# Run with the subset first on the library path; prints what Qt made of it as JSON.
_QT_PROBE = textwrap.dedent(
    """
    import json
    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    english = QCollator(QLocale("en_GB"))
    words = ["zebra", "Émile", "apple", "Banana", "émile", "item10", "item9"]
    ordered = sorted(words, key=english.sortKey)
    english.setNumericMode(True)
    numeric = sorted(words, key=english.sortKey)
    swedish = QCollator(QLocale("sv_SE")).compare("ö", "z")  # Swedish data left out: root order
    london = QTimeZone(b"Europe/London")
    maps = open("/proc/self/maps", encoding="utf-8").read()
    print(json.dumps({
        "ordered": ordered, "numeric": numeric, "swedish": swedish,
        "upper_tr": QLocale("tr").toUpper("istanbul"), "upper_en": QLocale("en_GB").toUpper("straße"),
        "zone": london.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                                   QLocale("en_GB")),
        "zones": len(QTimeZone.availableTimeZoneIds()),
        "icudata": sorted({line.split()[-1] for line in maps.splitlines() if "libicudata" in line}),
    }))
    """
)


@needs_qt_icu
@needs_cc
def test_qt_collates_names_times_and_cases_with_the_subset(tmp_path):
    subset = tmp_path / QT_ICU_DATA[0].name
    kept, total = icu_subset.make_subset(QT_ICU_DATA[0], subset, icu_subset.compiler())
    assert kept < total / 2
    assert subset.stat().st_size < 8_000_000 < QT_ICU_DATA[0].stat().st_size
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _QT_PROBE], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    seen = json.loads(done.stdout)
    assert seen["icudata"] == [str(subset)]  # the subset really was the one loaded
    assert seen["ordered"] == ["apple", "Banana", "émile", "Émile", "item10", "item9", "zebra"]
    assert seen["numeric"] == ["apple", "Banana", "émile", "Émile", "item9", "item10", "zebra"]
    assert seen["swedish"] == -1
    assert seen["upper_tr"] == "İSTANBUL"
    assert seen["upper_en"] == "STRASSE"
    assert seen["zone"] == "Greenwich Mean Time"
    assert seen["zones"] > 400


BUNDLED = sorted((ROOT / "dist" / "pdr-desktop" / "_internal").glob("PySide6/Qt/lib/libicudata.so.*"))


@pytest.mark.skipif(not BUNDLED, reason="bundle not built (bash packaging/linux/build.sh)")
def test_the_built_bundle_carries_the_subset():
    assert BUNDLED[0].stat().st_size < 8_000_000
