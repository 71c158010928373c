"""Entry point of the frozen app (PyInstaller runs this file; see kpidesk.spec)."""

import os
import sys

# A windowed build on Windows has no console: stdout/stderr are None, and
# `kpidesk --version` or an error line would crash on print. Send them nowhere.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115

from kpidesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
