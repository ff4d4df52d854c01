"""Mission Planner: plan business and trade delegation missions."""

# The one place the version is written (pyproject reads it from here): looking it up in the installed
# package's metadata instead would import importlib.metadata, a noticeable part of start-up.
__version__ = "0.1.0"

# Where Qt keeps the desktop app's settings (QSettings), shared by the GUI and the command line.
ORGANIZATION = "MissionPlanner"
APPLICATION = "Mission Planner"
