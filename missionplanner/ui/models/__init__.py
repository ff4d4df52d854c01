"""Models of the desktop application."""
