"""Entry script for the PyInstaller build: the same main() as the
``reflectjournal`` console script."""

import sys

from reflectjournal.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
