"""Update the Qt Linguist catalogues from the UI sources and compile them.

    python tools/translations.py            # lupdate (keeps existing translations) + lrelease

Source strings are Dutch. ``moderator_en.ts`` holds the English translations;
``moderator_nl.ts`` only the Dutch plural forms (``%n bericht(en)`` → 1 bericht /
2 berichten). The ``.qm`` files are build outputs (gitignored); the app also compiles
a missing one at start-up (``ui/i18n.py``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    """Every UI module with translatable strings."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def main() -> None:
    """Run lupdate then lrelease for every language."""
    for lang in ("nl", "en"):
        ts = TS_DIR / f"moderator_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete",
                        "-source-language", "nl_NL", "-target-language",
                        "nl_NL" if lang == "nl" else "en_GB", "-ts", str(ts)],
                       check=True, cwd=ROOT)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True, cwd=ROOT)


if __name__ == "__main__":
    main()
