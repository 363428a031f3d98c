"""F1: a short how-to, where the data is kept, and that the app never goes online."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from pdr_desktop import APP_NAME, __version__, paths
from pdr_desktop.ui.accessible import name_buttons


class HelpDialog(QDialog):
    def __init__(self, drafts_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app} help").format(app=APP_NAME))
        self.setAccessibleName(self.tr("Help"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # nothing here may open a web page
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.setHtml(self.help_html(drafts_folder))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("m") * 70, metrics.height() * 32)
        name_buttons(self)

    def help_html(self, drafts_folder: Path) -> str:
        places = [
            (self.tr("Your conversations"), drafts_folder),
            (self.tr("Backups of earlier versions"), paths.backups_dir()),
            (self.tr("Recovery copies (after a crash)"), paths.recovery_dir()),
            (self.tr("Settings"), paths.config_dir()),
        ]
        rows = "".join(
            f"<li>{escape(label)}: <code>{escape(str(path))}</code></li>" for label, path in places
        )
        steps = [
            self.tr("Choose <b>New conversation</b>, or open one from the list on the start page."),
            self.tr(
                "Work through the sections on the left. Each shows Not started, In progress or Completed."
            ),
            self.tr("Move between sections with <b>Next</b> and <b>Back</b> (Ctrl+Page Down, Ctrl+Page Up)."),
            self.tr(
                "<b>Check your answers</b>, just before Sign-off, shows each answer with a <b>Change</b> "
                "link and marks anything still missing where it belongs."
            ),
            self.tr(
                "Sign on the <b>Sign-off</b> page, then <b>Send to manager…</b> (File menu, or the end of "
                "Check your answers) puts Word, PDF and draft copies in a folder for your e-mail."
            ),
        ]
        return (
            f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>"
            f"<h3>{self.tr('How to fill in your Performance Conversation')}</h3>"
            "<ol>" + "".join(f"<li>{s}</li>" for s in steps) + "</ol>"
            f"<h3>{self.tr('Saving')}</h3>"
            f"<p>{self.tr('Everything you type is saved automatically within a second. There is no need to press Save. If the computer crashes, PDR Desktop offers to recover your words the next time you open the conversation.')}</p>"  # noqa: E501
            f"<h3>{self.tr('One window at a time')}</h3>"
            f"<p>{self.tr('A conversation open in another window (or on another computer sharing the folder) opens here read-only, with the reason at the top; Open a copy gives you one to change. If someone else saves the file while you work on it, their answers and yours are merged; where you both changed the same answer, both versions are kept as two files for you to compare.')}</p>"  # noqa: E501
            f"<h3>{self.tr('Signatures')}</h3>"
            f"<p>{self.tr('Signing records your typed name, the date and a fingerprint of the answers as they were. The fingerprint is an integrity check: it shows when answers were changed afterwards in PDR Desktop or in Word, and which. It is not a cryptographic signature and does not prove who signed: someone who deliberately rewrites the file can rewrite the fingerprint too.')}</p>"  # noqa: E501
            f"<h3>{self.tr('Where your data is kept')}</h3><ul>{rows}</ul>"
            f"<h3>{self.tr('Privacy')}</h3>"
            f"<p>{self.tr('PDR Desktop never goes online. It sends nothing anywhere: no telemetry, no updates, no cloud. Your conversations leave this computer only when you send a copy yourself.')}</p>"  # noqa: E501
            f"<h3>{self.tr('Keyboard')}</h3><ul>"
            f"<li>{self.tr('Ctrl+N new, Ctrl+O open, Ctrl+S save, Ctrl+W close, Ctrl+Q quit')}</li>"
            f"<li>{self.tr('Ctrl+Page Down / Ctrl+Page Up: next / previous section')}</li>"
            f"<li>{self.tr('Tab moves between fields; F1 shows this help')}</li></ul>"
        )
