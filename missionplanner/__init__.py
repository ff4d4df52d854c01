"""Mission Planner: plan business and trade delegation missions."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("missionplanner")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

# Where Qt keeps the desktop app's settings (QSettings), shared by the GUI and the command line.
ORGANIZATION = "MissionPlanner"
APPLICATION = "Mission Planner"
