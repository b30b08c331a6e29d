"""Generate ``rules/confusables.py`` from Unicode's confusables data (run by hand, not at run time).

The data comes from the ``confusable-homoglyphs`` package (its ``confusables.json`` is built
from Unicode's confusables.txt). Install it anywhere, then run::

    pip install --target /tmp/ch confusable-homoglyphs
    PYTHONPATH=/tmp/ch python tools/gen_confusables.py > rules/confusables.py

Kept: single characters beyond Latin-1 that Unicode lists as confusable with an ASCII letter
or digit, and that Unicode NFKD + case-folding does not already turn into that character
(Cyrillic small o U+043E, Greek omicron U+03BF, Latin alpha U+0251...).
Combining marks are left out.
"""

from __future__ import annotations

import json
import string
import unicodedata
from pathlib import Path

import confusable_homoglyphs

DATA = Path(confusable_homoglyphs.__file__).with_name("confusables.json")
TARGETS = string.ascii_letters + string.digits


def main() -> None:
    """Print the module."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for target in TARGETS:
        for entry in data.get(target, []):
            char = entry["c"]
            if len(char) != 1 or ord(char) <= 0xFF or unicodedata.combining(char):
                continue
            folded = unicodedata.normalize("NFKD", char).casefold()
            if folded == target.lower() or char in table:
                continue
            table[char] = target.lower()
    pairs = "".join(f"{char}{target}" for char, target in sorted(table.items()))
    print("# ruff: noqa: RUF001 - the look-alike characters are the point of this file")
    print('"""Look-alike letters from other scripts and their ASCII letter (generated).')
    print()
    print("Made by ``tools/gen_confusables.py`` from Unicode's confusables data; see that script.")
    print('"""')
    print()
    print("from __future__ import annotations")
    print()
    print("_PAIRS = (")
    chunk = 40
    for start in range(0, len(pairs), chunk * 2):
        print(f"    {pairs[start:start + chunk * 2]!r}")
    print(")")
    print("CONFUSABLES: dict[str, str] = {")
    print("    _PAIRS[i]: _PAIRS[i + 1] for i in range(0, len(_PAIRS), 2)")
    print("}")
    print('"""Character -> the lower-case ASCII letter or digit it is made to look like."""')


if __name__ == "__main__":
    main()
