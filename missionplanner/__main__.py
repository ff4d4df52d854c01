"""`python -m missionplanner` runs the same entry point as the console script."""

import sys

from missionplanner.cli import main

sys.exit(main())
