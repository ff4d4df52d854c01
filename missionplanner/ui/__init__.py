"""The Qt desktop application: main window, models, views, dialogs, undo commands."""
