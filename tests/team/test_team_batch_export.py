"""Export ▸ Selected forms in the real team view (issue 17): several rows, one folder, a file each."""

from __future__ import annotations

import docx
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from pdr_desktop.settings import load_settings
from pdr_desktop.ui.review.team_model import ROW_ROLE, Column
from pdr_desktop.ui.review.team_view import TeamView


def test_selected_rows_export_as_word_into_one_folder(
    qtbot, registry, clock, team_folder, tmp_path, monkeypatch
):
    out = tmp_path / "exports"
    out.mkdir()
    said = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Word document (.docx)", True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    settings = load_settings()
    settings.team_folders = [str(team_folder.folder)]
    view = TeamView(registry, clock, lambda p: True, settings)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=20_000):
        view.show()
    readable = [
        r
        for r in range(view.team_tab.proxy.rowCount())
        if view.team_tab.proxy.index(r, 0).data(ROW_ROLE).summary.readable
    ][:2]
    selection = view.team_tab.table.selectionModel()
    selection.clearSelection()
    for row in readable:
        selection.select(
            view.team_tab.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    paths = view.selected_paths()
    assert len(paths) == 2
    assert view.export_forms_action.isEnabled()
    view.export_forms_action.trigger()
    written = sorted(out.iterdir())
    assert [p.suffix for p in written] == [".docx", ".docx"]
    names = {view.team_tab.proxy.index(row, Column.NAME).data() for row in readable}
    headers = [docx.Document(str(p)).sections[0].header.paragraphs[0].text for p in written]
    assert all(any(name in h for h in headers) for name in names)
    assert said == [f"2 exported.\nThe files are in {out}"]
    # "Leave out names": the named forms are not on offer, and the menu says why.
    view.anonymise_check.setChecked(True)
    assert not view.export_forms_action.isEnabled()
    assert "Leave out names" in view.export_forms_action.toolTip()
    view.anonymise_check.setChecked(False)
    assert view.export_forms_action.isEnabled()
    assert "Leave out names" not in view.export_forms_action.toolTip()
