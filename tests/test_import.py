"""``import newsfacts`` stays light: no plugins, data tables or dateparser until they are needed."""

from __future__ import annotations

import subprocess
import sys


def test_import_does_not_load_plugins_or_dateparser() -> None:
    code = (
        "import sys, newsfacts\n"
        "heavy = [m for m in sys.modules if m.startswith(('dateparser', 'newsfacts_'))]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


def test_version_is_available() -> None:
    import newsfacts

    assert isinstance(newsfacts.__version__, str) and newsfacts.__version__
