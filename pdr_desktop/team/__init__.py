"""The manager's team: every practitioner's conversation at a glance, the training needs, board exports.

No Qt here (the UI in `pdr_desktop.ui.review.team_*` and the `team` command share it):
- `summary`: one file → a `TeamSummary` (plain data, cacheable, no dates relative to today);
- `files`, `cache`, `scan`: the team's folders → summaries, re-reading only what changed;
- `members`: summaries → one `Member` per conversation (newest copy, older ones kept);
- `status`: what today makes of a member (overdue, the stage of each round);
- `catalogue`, `training`: learning rows from the form, needs matched to a learning catalogue;
- `tables`, `export_csv`, `export_xlsx`, `export_pdf`: the same tables for people and the board.
"""

from __future__ import annotations
