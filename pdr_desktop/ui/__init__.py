"""The Qt user interface. Everything PySide6 lives under this package."""
