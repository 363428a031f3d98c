"""The team's stages and signature states as shown on screen, in the reader's language.

The domain (pdr_desktop/team) names them in English and is free of Qt; its words also go into
the board's spreadsheet and CSV unchanged. Here each is written once more as a literal inside
``QCoreApplication.translate`` so that pyside6-lupdate finds it (it cannot read ``tr(stage.value)``).
tests/ui/test_translations.py checks every member has its word and that the English matches.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pdr_desktop.review.signing import Signatures
from pdr_desktop.team.status import Stage


def stage_word(stage: Stage) -> str:
    return stage_words()[stage]


def stage_words() -> dict[Stage, str]:
    return {
        Stage.NOT_REACHED: QCoreApplication.translate("StatusWords", "Not reached yet"),
        Stage.PRACTITIONER: QCoreApplication.translate("StatusWords", "Practitioner's part to do"),
        Stage.MANAGER: QCoreApplication.translate("StatusWords", "Manager's part to do"),
        Stage.READY: QCoreApplication.translate("StatusWords", "Ready to complete"),
        Stage.COMPLETED: QCoreApplication.translate("StatusWords", "Completed"),
    }


def signatures_word(state: Signatures) -> str:
    return signatures_words()[state]


def signatures_words() -> dict[Signatures, str]:
    return {
        Signatures.NONE: QCoreApplication.translate("StatusWords", "Not signed"),
        Signatures.PRACTITIONER: QCoreApplication.translate("StatusWords", "Practitioner signed"),
        Signatures.MANAGER: QCoreApplication.translate("StatusWords", "Manager signed"),
        Signatures.BOTH: QCoreApplication.translate("StatusWords", "Both signed"),
        Signatures.CHANGED: QCoreApplication.translate("StatusWords", "Changed since signed"),
    }
