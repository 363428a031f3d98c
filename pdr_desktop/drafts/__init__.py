"""Drafts: the model, the .pdr file format, migrations and the safe store. No Qt here."""

from pdr_desktop.drafts.codec import DraftFormatError, draft_to_json, dumps, from_json, loads
from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.model import (
    DRAFT_FORMAT,
    DRAFT_SUFFIX,
    SCHEMA_VERSION,
    Draft,
    ReviewState,
    empty_row,
    empty_value,
    is_filled,
    row_is_blank,
)
from pdr_desktop.drafts.store import (
    MAX_DRAFT_BYTES,
    PendingRecovery,
    clear_recovery,
    default_drafts_folder,
    list_backups,
    make_backup,
    pending_recovery,
    read_draft,
    recovery_path,
    unique_path,
    write_draft,
    write_recovery,
)

__all__ = [
    "DRAFT_FORMAT",
    "DRAFT_SUFFIX",
    "MAX_DRAFT_BYTES",
    "SCHEMA_VERSION",
    "Draft",
    "DraftFileError",
    "DraftFormatError",
    "PendingRecovery",
    "ReviewState",
    "clear_recovery",
    "default_drafts_folder",
    "draft_to_json",
    "dumps",
    "empty_row",
    "empty_value",
    "from_json",
    "is_filled",
    "list_backups",
    "loads",
    "make_backup",
    "pending_recovery",
    "read_draft",
    "recovery_path",
    "row_is_blank",
    "unique_path",
    "write_draft",
    "write_recovery",
]
