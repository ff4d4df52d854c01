"""Start Mission Planner from a source tree: `python main.py` equals the `missionplanner` command."""

import sys

from missionplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
