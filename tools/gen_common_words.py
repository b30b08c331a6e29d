"""Generate ``rules/data/common-words.txt``: frequent Dutch and English words (run by hand).

Tolerant matching (one deleted or swapped letter, ``rules/variants.py``) must not turn a listed
term into an ordinary word: ``neger`` less its ``g`` is ``neer``. The engine drops every variant
that is a frequent word; this script writes that list from the ``wordfreq`` package::

    pip install --target /tmp/wf wordfreq
    PYTHONPATH=/tmp/wf python tools/gen_common_words.py > rules/data/common-words.txt
"""

from __future__ import annotations

from wordfreq import top_n_list

SIZES = {"nl": 40_000, "en": 15_000}


def main() -> None:
    """Print the list."""
    words: set[str] = set()
    for language, size in SIZES.items():
        words.update(w for w in top_n_list(language, size) if w.isalpha() and len(w) >= 3)
    print("# Frequent Dutch and English words (wordfreq top lists); generated, see tools/")
    for word in sorted(words):
        print(word)


if __name__ == "__main__":
    main()
