"""House-rule engine throughput and linear-time regex benchmark.

Run: ``python -m benchmarks.rules_bench [--items N] [--seed S]``

1. Generates (seeded) N comments in Dutch/English, 5-120 words, with emoji, links, a few
   listed words in disguise (leetspeak, stretched letters, spaced letters) and some personal
   data; and a rule set of 1,000 words/phrases + 20 regexes + detectors (phone, e-mail, IBAN,
   BSN, links, shouting).
2. Times ``rules.evaluate`` over all comments (normalisation on), single process, and a fixed
   pure-Python loop before and after as calibration (engine cost in loop additions per item).
3. Times a naive baseline on a subsample in the same run: the same text normalised naively
   (per-character NFKD/casefold/leet loop) and then one Python ``re`` per word/pattern, in turn.
4. Times the pathological regex ``(a+)+$`` on adversarial strings of 25/50/100 kB.
"""

from __future__ import annotations

import argparse
import random
import re
import time
import unicodedata

import rules

NL = [
    "de",
    "het",
    "een",
    "en",
    "van",
    "in",
    "op",
    "voor",
    "met",
    "dat",
    "dit",
    "is",
    "niet",
    "wel",
    "we",
    "u",
    "ik",
    "je",
    "zij",
    "gemeente",
    "plan",
    "weg",
    "verkeer",
    "bewoners",
    "inspraak",
    "project",
    "fietspad",
    "brug",
    "dijk",
    "water",
    "park",
    "school",
    "bus",
    "trein",
    "parkeren",
    "veilig",
    "gevaarlijk",
    "goed",
    "slecht",
    "waarom",
    "wanneer",
    "hoe",
    "bedankt",
    "vraag",
    "antwoord",
    "informatieavond",
    "locatie",
    "kosten",
    "belasting",
    "wethouder",
    "raad",
    "besluit",
    "snel",
    "langzaam",
    "kankerpatiënten",
    "koffiepot",
    "strijd",
    "tegen",
    "kanker",
    "ideeën",
    "café",
    "overlast",
    "geluid",
    "bomen",
]
EN = [
    "the",
    "a",
    "and",
    "of",
    "in",
    "on",
    "for",
    "with",
    "that",
    "this",
    "is",
    "not",
    "we",
    "you",
    "i",
    "they",
    "council",
    "plan",
    "road",
    "traffic",
    "residents",
    "project",
    "bike",
    "lane",
    "bridge",
    "water",
    "park",
    "school",
    "bus",
    "train",
    "parking",
    "safe",
    "dangerous",
    "good",
    "bad",
    "why",
    "when",
    "how",
    "thanks",
    "question",
    "answer",
    "meeting",
    "location",
    "cost",
    "tax",
    "decision",
    "quickly",
    "slowly",
    "noise",
    "trees",
    "community",
]
EMOJI = ["😀", "👍", "🙏", "😡", "❤️", "🚲", "🌳", "😂", "🤔", "👏🏽"]
LINKS = [
    "https://www.rijkswaterstaat.nl/a27",
    "bit.ly/x1y2",
    "www.example.nl/info",
    "https://t.co/abc",
    "https://youtube.com/watch?v=1",
]
BAD = [
    "kankerlijer",
    "tering",
    "kut",
    "debiel",
    "idioot",
    "klootzak",
    "hoer",
    "moron",
    "idiot",
    "asshole",
    "nikker",
    "flikker",
]
PII = ["06-12345678", "jan.jansen@example.nl", "NL91 ABNA 0417 1643 00", "111222333"]


def disguise(word: str, rng: random.Random) -> str:
    """Return a word in one of the disguises the normaliser undoes."""
    style = rng.randrange(4)
    if style == 0:
        return word.translate(str.maketrans("aeio", "4310"))
    if style == 1:
        return word[0] + word[1] * 4 + word[2:]
    if style == 2:
        return ".".join(word)
    return word.upper()


def comment(rng: random.Random) -> str:
    """Return one generated comment."""
    vocab = NL if rng.random() < 0.7 else EN
    words = [rng.choice(vocab) for _ in range(rng.randint(5, 120))]
    roll = rng.random()
    if roll < 0.03:
        words[rng.randrange(len(words))] = disguise(rng.choice(BAD), rng)
    elif roll < 0.05:
        words[rng.randrange(len(words))] = rng.choice(PII)
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(EMOJI))
    if rng.random() < 0.1:
        words.append(rng.choice(LINKS))
    text = " ".join(words)
    return text.upper() if rng.random() < 0.01 else text.capitalize()


def pseudo_word(rng: random.Random) -> str:
    """Return a seeded nonsense word (the filler of the 1,000-entry list)."""
    syllables = ["kra", "blo", "zep", "mur", "vix", "dor", "quan", "strel", "pof", "gnu", "tyx"]
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))


def word_list(rng: random.Random) -> list[str]:
    """Return 1,000 words/phrases: real insults, pseudo-words, phrases and wildcards."""
    words = list(BAD)
    while len(words) < 1000:
        word = pseudo_word(rng)
        roll = rng.random()
        if roll < 0.2:
            word = f"{word} {pseudo_word(rng)}"
        elif roll < 0.3:
            word += "*"
        words.append(word)
    return words


REGEXES = [
    rf"\b{w}[a-z]{{0,3}}\s+(?:nu|now|vandaag|today)\b"
    for w in ("koop", "buy", "bestel", "order", "win", "claim", "bel", "call", "volg", "follow")
]
REGEXES += [
    r"\b\d{4}\s?[A-Z]{2}\b",
    r"(?:!!+|\?\?+){3,}",
    r"\b(?:free|gratis)\s+\w+\s+\w+\b",
    r"\bcrypto\w*\b",
    r"\b(?:casino|poker)\b",
    r"\$\d+",
    r"€\s?\d{3,}",
    r"\b(?:dm|pm)\s+(?:me|mij)\b",
    r"(?:ha){6,}",
    r"\bwhats?app\s*\+?\d+",
]


def quote(value: str) -> str:
    """Return a YAML single-quoted scalar."""
    return "'" + value.replace("'", "''") + "'"


def ruleset_yaml(rng: random.Random) -> str:
    """Return the benchmark rule set as YAML text."""
    words = word_list(rng)
    lines = ["ruleset: bench", "version: 1", "rules:"]
    for index in range(10):
        chunk = words[index * 100 : (index + 1) * 100]
        lines += [
            f"  - id: W{index}",
            f"    title: words {index}",
            "    severity: high",
            "    action: hide",
            "    when:",
            "      words:",
        ]
        lines += [f"        - {quote(w)}" for w in chunk]
    lines += [
        "  - id: RX",
        "    title: regexes",
        "    severity: low",
        "    action: flag",
        "    when:",
        "      regex:",
    ] + [f"        - {quote(r)}" for r in REGEXES]
    lines += [
        "  - id: PII",
        "    title: pii",
        "    severity: high",
        "    action: hide",
        "    when: {detect: [phone_nl, email, iban, bsn]}",
        "  - id: LINK",
        "    title: links",
        "    severity: low",
        "    action: flag",
        "    when: {links: {shorteners: true, deny: [example.nl]}}",
        "  - id: CAPS",
        "    title: caps",
        "    severity: low",
        "    action: flag",
        "    when: {shouting: {min_letters: 20, ratio: 0.8}}",
    ]
    return "\n".join(lines) + "\n"


def naive_normalise(text: str) -> str:
    """Per-character normalisation in plain Python (the obvious implementation)."""
    leet = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
    out = []
    for ch in unicodedata.normalize("NFKD", text).casefold():
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
            continue
        out.append(leet.get(ch, ch))
    return re.sub(r"(.)\1+", r"\1", "".join(out))


def naive_baseline(ruleset_words: list[str], texts: list[str]) -> float:
    """Return seconds for the naive engine over ``texts``: one ``re`` per entry, in turn."""
    patterns = [
        re.compile(r"(?<!\w)" + re.escape(w).replace(r"\*", r"\S*") + r"(?!\w)")
        for w in ruleset_words
    ]
    patterns += [re.compile(r, re.IGNORECASE) for r in REGEXES]
    patterns += [
        re.compile(r"(?:\+31|0031|\b0)[ \-.]?[1-9](?:[ \-.]?\d){8}\b"),
        re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
        re.compile(r"\b\d{9}\b"),
        re.compile(r"(?i)\b[a-z]{2}\d{2}(?: ?[a-z0-9]){11,30}"),
        re.compile(r"(?i)https?://\S+|www\.\S+"),
    ]
    start = time.perf_counter()
    for text in texts:
        norm = naive_normalise(text)
        for pattern in patterns:
            pattern.search(norm)
    return time.perf_counter() - start


def pathological() -> list[tuple[int, float]]:
    """Return (kB, seconds) for ``(a+)+$`` against 'aaa…a!' of 25, 50 and 100 kB."""
    ruleset = rules.load(
        "ruleset: p\nversion: 1\nrules:\n  - id: P\n    title: p\n"
        "    severity: low\n    action: flag\n    when: {regex: '(a+)+$'}\n"
    )
    timings = []
    for kb in (25, 50, 100):
        text = "a" * (kb * 1000 - 1) + "!"
        start = time.perf_counter()
        rules.evaluate(ruleset, rules.Subject(text))
        timings.append((kb, time.perf_counter() - start))
    return timings


def calibration(rounds: int = 5) -> float:
    """Return the best time of a fixed pure-Python loop (1,000,000 additions), in seconds.

    Shared or throttled machines make absolute rates noisy; the engine's cost in loop
    additions per item (printed below) compares runs on different machines and loads.
    """
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        total = 0
        for number in range(1_000_000):
            total += number
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20240501)
    parser.add_argument("--baseline-items", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = [comment(rng) for _ in range(args.items)]
    ruleset_text = ruleset_yaml(random.Random(args.seed + 1))
    start = time.perf_counter()
    ruleset = rules.load(ruleset_text)
    compile_s = time.perf_counter() - start
    subjects = [rules.Subject(text) for text in texts]
    calibrate_before = calibration()
    start, cpu_start = time.perf_counter(), time.process_time()
    flagged = sum(1 for subject in subjects if rules.evaluate(ruleset, subject))
    engine_s, engine_cpu_s = time.perf_counter() - start, time.process_time() - cpu_start
    calibrate_s = min(calibrate_before, calibration())
    words = word_list(random.Random(args.seed + 1))
    sample = texts[: args.baseline_items]
    naive_s = naive_baseline(words, sample) * len(texts) / len(sample)
    engine_rate, naive_rate = len(texts) / engine_s, len(texts) / naive_s
    chars = sum(map(len, texts)) / len(texts)
    print(f"items            {len(texts):>10,}   (mean {chars:.0f} chars, {flagged:,} with hits)")
    print("rule set         1,000 words/phrases + 20 regex + phone/email/IBAN/BSN/links/caps")
    print(f"compile          {compile_s * 1000:>10.1f} ms")
    print(
        f"engine           {engine_rate:>10,.0f} items/s   ({engine_s:.2f} s; "
        f"{len(texts) / engine_cpu_s:,.0f} items per CPU second)"
    )
    print(
        f"calibration      {calibrate_s * 1000:>10.1f} ms per 1,000,000 Python additions "
        f"(engine = {engine_s / len(texts) / calibrate_s * 1e6:,.0f} additions per item)"
    )
    print(
        f"naive baseline   {naive_rate:>10,.0f} items/s   (measured on {len(sample)} items, scaled)"
    )
    for kb, seconds in pathological():
        print(f"(a+)+$ on {kb:>3} kB   {seconds * 1000:>8.2f} ms")
    print(
        f"headline: {engine_rate:,.0f} items/s with normalisation, "
        f"{engine_rate / naive_rate:,.0f}x the naive baseline"
    )


if __name__ == "__main__":
    main()
