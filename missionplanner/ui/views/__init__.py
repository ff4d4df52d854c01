"""Views of the desktop application."""
