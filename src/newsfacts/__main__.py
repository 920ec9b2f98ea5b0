"""``python -m newsfacts``: the command line."""

from newsfacts.cli import main

raise SystemExit(main())
