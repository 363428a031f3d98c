"""Preferences: role, guidance, spelling, manager's email, drafts folder. IT-locked settings are greyed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop import paths
from pdr_desktop.forms.model import Role
from pdr_desktop.settings import (
    SettingLockedError,
    Settings,
    expand_folder,
    load_settings,
    manager_email_problem,
    save_user_setting,
)
from pdr_desktop.ui.accessible import name_buttons

if TYPE_CHECKING:
    from pdr_desktop.ui.main_window import MainWindow


MIN_CHARS = 64  # wide enough for a typical folder path and the longest label beside it
FOLDER_CHARS = 48  # the folder box shows at least this much of a path


def shown_folder(settings: Settings) -> str:
    """The folder new conversations go to: the one chosen (by the person or IT) or the standard one."""
    if settings.drafts_dir:
        return str(Path(expand_folder(settings.drafts_dir)))
    return str(paths.drafts_dir())


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MIN_CHARS)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(form)

        self.role_combo = QComboBox()
        self.role_combo.addItem(self.tr("Practitioner"), Role.PRACTITIONER.value)
        self.role_combo.addItem(self.tr("Manager"), Role.MANAGER.value)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(settings.role or "practitioner")))
        self.role_combo.setAccessibleName(self.tr("I use PDR Desktop as a"))
        self.guidance_check = QCheckBox(self.tr("Show guidance beside the fields"))
        self.guidance_check.setChecked(settings.show_guidance)
        self.guidance_check.setAccessibleName(self.guidance_check.text())
        self.spelling_check = QCheckBox(self.tr("Check spelling as I type (British English)"))
        self.spelling_check.setChecked(settings.spellcheck)
        self.spelling_check.setAccessibleName(self.spelling_check.text())
        self.email_edit = QLineEdit(settings.manager_email)
        self.email_edit.setAccessibleName(self.tr("My manager's email address"))
        if settings.manager_email_domain:
            self.email_edit.setPlaceholderText(f"name@{settings.manager_email_domain}")
        # The folder in use, not an empty box: the standard one unless another was chosen.
        self.shown_folder = shown_folder(settings)
        self.folder_edit = QLineEdit(self.shown_folder)
        self.folder_edit.setAccessibleName(self.tr("Folder for my conversations"))
        self.folder_edit.setToolTip(self.shown_folder)
        self.folder_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * FOLDER_CHARS)
        self.folder_edit.setCursorPosition(0)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the folder for my conversations"))
        self.browse_button.clicked.connect(self._browse)
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder_edit, 1)
        folder_layout.addWidget(self.browse_button)

        self.editors = {
            "role": (self.role_combo, self.tr("I use PDR Desktop as a:")),
            "show_guidance": (self.guidance_check, ""),
            "spellcheck": (self.spelling_check, ""),
            "manager_email": (self.email_edit, self.tr("My manager's &email:")),
            "drafts_dir": (folder_row, self.tr("&Folder for my conversations:")),
        }
        self.lock_labels: dict[str, QLabel] = {}
        for key, (editor, label) in self.editors.items():
            row = QWidget()
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(editor)
            if settings.is_locked(key):
                editor.setEnabled(False)
                note = QLabel(self.tr("Set by your organisation"))
                note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # greyed, like the box
                note.setAccessibleName(
                    self.tr("{setting}: set by your organisation").format(
                        setting=label.replace("&", "").rstrip(":") or editor.accessibleName()
                    )
                )
                row_layout.addWidget(note)
                self.lock_labels[key] = note
            if label:
                form.addRow(label, row)
                buddy = form.labelForField(row)
                if isinstance(buddy, QLabel):
                    buddy.setBuddy(editor if editor is not folder_row else self.folder_edit)
            else:
                form.addRow(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        name_buttons(self)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for my conversations"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def accept(self) -> None:
        problem = manager_email_problem(self.email_edit.text(), self.settings)
        if problem and not self.settings.is_locked("manager_email"):
            message = self.tr("Please check your manager's e-mail: {problem}.").format(problem=problem)
            QMessageBox.warning(self, self.tr("Manager's e-mail"), message)
            self.email_edit.setFocus()
            return
        super().accept()

    def values(self) -> dict[str, object]:
        folder = self.folder_edit.text().strip()
        if folder == self.shown_folder:
            folder = self.settings.drafts_dir  # unchanged: "the standard folder" stays unset
        return {
            "role": self.role_combo.currentData(),
            "show_guidance": self.guidance_check.isChecked(),
            "spellcheck": self.spelling_check.isChecked(),
            "manager_email": self.email_edit.text().strip(),
            "drafts_dir": folder,
        }

    def save(self) -> list[str]:
        """Write the changed, unlocked values; returns the problems met (empty when all saved)."""
        problems = []
        for key, value in self.values().items():
            if self.settings.is_locked(key) or getattr(self.settings, key) == value:
                continue
            try:
                save_user_setting(key, value)
            except SettingLockedError as exc:
                problems.append(str(exc))
            except OSError as exc:
                problems.append(self.tr("{key} could not be saved: {reason}").format(key=key, reason=exc))
        return problems

    def apply_to(self, window: MainWindow) -> None:
        problems = self.save()
        old = window.settings
        window.settings = load_settings()
        if problems:
            QMessageBox.warning(window, self.tr("Preferences not saved"), "\n".join(problems))
        new = window.settings
        if new.show_guidance != old.show_guidance:
            window.menus.action_guidance.setChecked(new.show_guidance)
        if (new.spellcheck, new.spelling_words) != (old.spellcheck, old.spelling_words):
            from pdr_desktop.ui.spelling import spelling_service

            spelling_service().configure(new.spellcheck, new.spelling_words)
        if new.role != old.role and new.role and window.draft is None:
            window.set_role(Role(new.role))
        if new.drafts_dir != old.drafts_dir and window.draft is None:
            window.show_start_page()
