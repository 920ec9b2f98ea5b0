#!/usr/bin/env python3
"""Check the gold files of this set (articles_fresh16) against their article texts (standard library only).

    python check.py              # every *.gold.json beside this script
    python check.py A.gold.json  # only the files named
    python check.py --review     # also list what no quantity or date item covers

The checks are the shared ones of ``tests/gold_check.py`` (its docstring lists them).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # the repository root, so the shared checker imports

from tests.gold_check import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HERE))
