"""Entry point of the bundled app (PyInstaller): the same `planner` command."""

import sys

from planner.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
