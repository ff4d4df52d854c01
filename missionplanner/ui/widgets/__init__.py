"""Widgets of the desktop application."""
