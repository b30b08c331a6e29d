"""House-rule engine throughput and linear-time regex benchmark.

Run: ``python -m benchmarks.rules_bench [--items N] [--heavy-items N] [--warm N]``

1. Generates (seeded) N comments in Dutch/English, 5-120 words, with emoji, links, a few
   listed words in disguise (leetspeak, stretched letters, spaced letters) and some personal
   data; and a rule set of 1,000 words/phrases + 20 regexes + detectors (phone, e-mail, IBAN,
   BSN, links, shouting).
2. Times ``rules.evaluate`` over all comments (normalisation on), single process, next to a
   plain pass over the same comments (case-fold, one Aho-Corasick pass collecting every hit,
   one RE2 set pass), alternating chunk by chunk so that the ratio holds on a busy machine;
   rates are per CPU second; a fixed pure-Python loop calibrates (additions per item). Both
   first go over ``--warm`` other comments untimed, as a running worker has; every timed
   comment is new to both (RE2 builds automaton states lazily: a second pass over the same
   texts would flatter the engine).
3. Times a naive baseline on a subsample in the same run: the same text normalised naively
   (per-character NFKD/casefold/leet loop) and then one Python ``re`` per word/pattern, in turn.
4. Times the pathological regex ``(a+)+$`` on adversarial strings of 25/50/100 kB.
5. Hit-heavy workload (issue 11): 600-character texts where ~45% of items contain a listed
   word or pattern, same rule set, side by side with the plain pass.
6. Linear evaluation (issue 16): one 100,000-character comment of a repeated insult through
   the shipped ``spelregels-nl`` set (every word hit is also an exception hit).
7. Loading ``spelregels-nl`` (parse + compile, some 70,000 automaton keys) in a fresh
   interpreter and again in this one.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass

import ahocorasick
import re2

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


def hit_heavy_texts(rng: random.Random, words: list[str], count: int) -> list[str]:
    """Return texts of ~600 characters; ~45% carry a listed word (some disguised) or pattern."""
    texts = []
    hits = [w.rstrip("*") for w in words if " " not in w]
    for _ in range(count):
        vocab = NL if rng.random() < 0.7 else EN
        parts: list[str] = []
        while sum(map(len, parts)) + len(parts) < 600:
            parts.append(rng.choice(vocab))
        if rng.random() < 0.45:
            for _ in range(rng.randint(1, 3)):
                word = rng.choice(hits)
                parts[rng.randrange(len(parts))] = (
                    disguise(word, rng) if rng.random() < 0.3 else word)
            if rng.random() < 0.3:
                parts.append(rng.choice(["koop nu", "bel nu", "1234 AB", "crypto"]))
        texts.append(" ".join(parts)[:600])
    return texts


class PlainPass:
    """The plain pass the engine is compared with: no normalisation, boundaries or evidence.

    One Aho-Corasick automaton of the words (wildcards cut) and one RE2 set of the regexes,
    built once; per item: ``casefold``, every automaton hit collected, one set match.

    Args:
        words: The rule set's words.
    """

    def __init__(self, words: list[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        for index, word in enumerate(words):
            self.automaton.add_word(word.replace("*", "").casefold(), index)
        self.automaton.make_automaton()
        options = re2.Options()
        options.log_errors = False
        self.regexes = re2.Set.SearchSet(options)
        for pattern in REGEXES:
            self.regexes.Add("(?i)" + pattern)
        self.regexes.Compile()

    def run(self, texts: list[str]) -> int:
        """Return how many texts have a hit."""
        flagged = 0
        for text in texts:
            folded = text.casefold()
            found = list(self.automaton.iter(folded))
            if found or self.regexes.Match(folded.encode("utf-8")):
                flagged += 1
        return flagged


@dataclass
class SideBySide:
    """CPU and wall seconds of the engine and the plain pass over the same items.

    Measured in alternating chunks, so that a noisy, shared machine slows both alike and the
    ratio stays meaningful when the absolute rates do not.
    """

    items: int = 0
    engine_cpu: float = 0.0
    engine_wall: float = 0.0
    plain_cpu: float = 0.0
    plain_wall: float = 0.0
    engine_hits: int = 0
    plain_hits: int = 0

    @property
    def ratio(self) -> float:
        """The engine's speed as a fraction of the plain pass's (CPU time)."""
        return self.plain_cpu / self.engine_cpu

    def rate(self, cpu: bool = True) -> float:
        """The engine's items per second (CPU or wall time)."""
        return self.items / (self.engine_cpu if cpu else self.engine_wall)

    def plain_rate(self) -> float:
        """The plain pass's items per CPU second."""
        return self.items / self.plain_cpu


def side_by_side(ruleset: rules.RuleSet, words: list[str], warm: list[str], texts: list[str],
                 chunk: int = 500) -> SideBySide:
    """Time the engine and the plain pass over ``texts``, after both went over ``warm``.

    Every timed text is new to both, as every comment is in use: the engine's RE2 sets build
    their automaton states lazily, and a pass over texts seen before would find them all
    built. ``warm`` (other texts of the same kind, untimed) stands for the items a running
    worker has already seen. The timed pass alternates chunk by chunk, in turn which of the
    two goes first, so that neither always finds the chunk warm from the other.
    """
    plain = PlainPass(words)
    for text in warm:
        rules.evaluate(ruleset, rules.Subject(text))
    plain.run(warm)
    subjects = [rules.Subject(text) for text in texts]
    result = SideBySide()
    for number, at in enumerate(range(0, len(texts), chunk)):
        engine_first = number % 2 == 0
        if not engine_first:
            _time_plain(result, plain, texts[at:at + chunk])
        cpu, wall = time.process_time(), time.perf_counter()
        result.engine_hits += sum(1 for s in subjects[at:at + chunk]
                                  if rules.evaluate(ruleset, s))
        result.engine_cpu += time.process_time() - cpu
        result.engine_wall += time.perf_counter() - wall
        if engine_first:
            _time_plain(result, plain, texts[at:at + chunk])
    result.items = len(texts)
    return result


def _time_plain(result: SideBySide, plain: PlainPass, texts: list[str]) -> None:
    cpu, wall = time.process_time(), time.perf_counter()
    result.plain_hits += plain.run(texts)
    result.plain_cpu += time.process_time() - cpu
    result.plain_wall += time.perf_counter() - wall


def repeated_insult(size: int = 100_000, unit: str = "kanker ") -> tuple[float, int]:
    """Return (best CPU seconds of 5, hits) for one comment of ``size`` characters."""
    ruleset = rules.load(rules.shipped_set("spelregels-nl"))
    rules.evaluate(ruleset, rules.Subject("x"))
    text = (unit * (size // len(unit) + 1))[:size]
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        hits = rules.evaluate(ruleset, rules.Subject(text))
        best = min(best, time.process_time() - start)
    return best, len(hits)


_COLD_LOAD = (
    "import time, rules\n"
    "start = time.process_time()\n"
    "rules.load(rules.shipped_set('spelregels-nl'))\n"
    "print(time.process_time() - start)\n"
)


def load_times(rounds: int = 3) -> tuple[float, float]:
    """Return (best cold, best warm) CPU seconds of ``rules.load`` of ``spelregels-nl``.

    Cold: in a fresh interpreter (after ``import rules``), as a CLI command pays it. Warm:
    again in this process, where an equal rule set compiled before is reused.
    """
    cold = min(float(subprocess.run([sys.executable, "-c", _COLD_LOAD], capture_output=True,
                                    text=True, check=True).stdout) for _ in range(rounds))
    rules.load(rules.shipped_set("spelregels-nl"))
    warm = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        rules.load(rules.shipped_set("spelregels-nl"))
        warm = min(warm, time.process_time() - start)
    return cold, warm


def calibration(rounds: int = 5) -> float:
    """Return the best time of a fixed pure-Python loop (1,000,000 additions), in seconds.

    Shared or throttled machines make absolute rates noisy; the engine's cost in loop
    additions per item (printed below) compares runs on different machines and loads.
    """
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        total = 0
        for number in range(1_000_000):
            total += number
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20240501)
    parser.add_argument("--baseline-items", type=int, default=300)
    parser.add_argument("--heavy-items", type=int, default=20_000)
    parser.add_argument("--warm", type=int, default=20_000,
                        help="untimed items of each workload first (other texts)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    warm = [comment(rng) for _ in range(args.warm)]
    texts = [comment(rng) for _ in range(args.items)]
    ruleset_text = ruleset_yaml(random.Random(args.seed + 1))
    start = time.process_time()
    ruleset = rules.load(ruleset_text)
    compile_s = time.process_time() - start
    words = word_list(random.Random(args.seed + 1))
    calibrate_s = calibration()
    low = side_by_side(ruleset, words, warm, texts)
    calibrate_s = min(calibrate_s, calibration())
    sample = texts[: args.baseline_items]
    naive_rate = len(sample) / naive_baseline(words, sample)
    chars = sum(map(len, texts)) / len(texts)
    print(f"items            {len(texts):>10,}   (mean {chars:.0f} chars, "
          f"{low.engine_hits:,} with hits)")
    print("rule set         1,000 words/phrases + 20 regex + phone/email/IBAN/BSN/links/caps")
    print(f"compile          {compile_s * 1000:>10.1f} ms CPU")
    print(f"calibration      {calibrate_s * 1000:>10.1f} ms CPU per 1,000,000 Python additions")
    print(f"low-hit          {low.rate():>10,.0f} items per CPU second   ({low.rate(False):,.0f} "
          f"items/s wall; {low.engine_cpu / low.items / calibrate_s * 1e6:,.0f} additions "
          f"per item)")
    print(f"low-hit ratio    {low.ratio:>10.2f}x the plain AC + RE2-set pass "
          f"({low.plain_rate():,.0f} items per CPU second, same process, alternating)")
    print(f"naive baseline   {naive_rate:>10,.0f} items/s   (measured on {len(sample)} items)")
    for kb, seconds in pathological():
        print(f"(a+)+$ on {kb:>3} kB   {seconds * 1000:>8.2f} ms")
    heavy_texts = hit_heavy_texts(random.Random(args.seed + 2), words,
                                  args.warm + args.heavy_items)
    heavy = side_by_side(ruleset, words, heavy_texts[:args.warm], heavy_texts[args.warm:])
    print(f"hit-heavy        {heavy.rate():>10,.0f} items per CPU second   (600 chars, "
          f"{heavy.engine_hits / heavy.items:.0%} with hits; plain pass: "
          f"{heavy.plain_rate():,.0f} items per CPU second, "
          f"{heavy.plain_hits / heavy.items:.0%} with hits)")
    print(f"hit-heavy ratio  {heavy.ratio:>10.2f}x the plain pass (normalisation on)")
    long_s, long_hits = repeated_insult()
    print(f"100,000-char repeated insult (spelregels-nl): {long_s * 1000:.1f} ms CPU, "
          f"{long_hits} hits")
    cold, warm = load_times()
    print(f"load spelregels-nl: {cold * 1000:.0f} ms CPU in a fresh process, "
          f"{warm * 1000:.0f} ms again in this one")
    print(f"headline: {low.rate():,.0f} items per CPU second with normalisation, "
          f"{low.rate() / naive_rate:,.0f}x the naive baseline; hit-heavy "
          f"{heavy.ratio:.2f}x the plain pass")


if __name__ == "__main__":
    main()
