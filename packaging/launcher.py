"""The bundle's entry point: PyInstaller runs a script, not `python -m attendance_desktop`
(whose `__main__` uses a relative import that a top-level script cannot)."""

import sys

from attendance_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
