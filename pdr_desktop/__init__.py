"""PDR Desktop: the Portsmouth Performance Conversation, offline."""

__version__ = "0.1.0"
APP_NAME = "PDR Desktop"
APP_ID = "pdr-desktop"
