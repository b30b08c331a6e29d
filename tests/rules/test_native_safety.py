"""The C part of the rule engine (``rules/_native.c``) keeps its references straight.

Each drive runs in a child interpreter, so a crash fails a test instead of ending pytest:

- Under constant collection (``gc.set_threshold(1)``, debug allocator, ``-X dev``) and from
  several threads sharing one compiled rule set, every text gives the hits it gives alone,
  and the long-lived objects the C code touches keep their reference counts.
- Wrong arguments raise TypeError (or the error of the bad value), never crash.
- Python code that runs in the middle of a C call (``__index__``, ``__hash__``, ``__eq__``, a
  ``fold_char`` calling ``setup``) and changes what the call is using gets an exception or
  the right answer, never a freed object.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_HEADER = """
import gc, json, sys, threading, time
import rules
from rules import _native, normalize
from rules.model import Hit
"""

DRIVE = _HEADER + """
SECONDS = 3.0
SETS = [rules.engine.compile(rules.load(rules.shipped_set(name)))
        for name in ("spelregels-nl", "house-rules-en")]
TEXTS = [
    "Wat een kankerlijer ben jij", "k4nk3rl1jer", "kl00tz@k", "kuuuuut gemeente",
    "DEBIEEEEEL", "wat een k u t plan", "k.u.t.", "débiel", "kl\\u200boot\\u200bzak",
    "kutmarokkanen", "Ga terug naar je eigen land", "Al die vuile moslims", "you idiot",
    "f*ck you", "I will kill you", "bel 06-12345678 of mail a@b.nl", "", " ", "a", "\\ud800",
    "x\\udfff kut", "k\\u0308u\\u0308t", "kut\\U0001F600kut", "\\uff4b\\uff55\\uff54", "ᴋᴜᴛ",
    "кут", "id\\u0456ot",
    "ﬁ ß ẞ İ Σ ς", "\\u202ekut\\u202c", "k\\u200du\\u200dt", "\\x00kut\\x00", "a.b.c.d.e.f",
    "kut " * 400, "k u t " * 100, "idiot." * 200, "😀👍🏽" * 50,
]
KEYS = ["kut", "ut", "idiot", "k", "😀", "\\ud800", "\\uff4b", "é", "..", "tje"]
PROTO = {"rule_id": "R", "ruleset_version": "1", "severity": "low", "action": "flag",
         "title": "t", "public_text": "p", "template": None}
TERMS = [("term", "")] * len(KEYS)
FLAGS = bytes(3 if key.isalnum() else 1 for key in KEYS)
SIMPLE = [((index, index),) for index in range(len(KEYS))]


def signature(hits):
    return [(hit.rule_id, hit.spans, [(e.span, e.word, e.term, e.list) for e in hit.evidence])
            for hit in hits]


def direct(text, screen):
    normal = _native.exact(text)
    folded = normal.text
    assert folded == _native.normalize(text)
    if folded:
        spans = [(0, len(folded)), (0, 1), (len(folded) - 1, len(folded))]
        assert normal.original_spans(spans) == [normal.original_span(*s) for s in spans]
    found = {}
    pending = _native.find_words(folded, range(len(KEYS)), KEYS, SIMPLE, FLAGS, found, 2)
    evidence = {}
    hits = [_native.word_hit(normal, one, evidence, PROTO, Hit, TERMS, text)
            for many in found.values() for one in many]
    return (screen.find(text), screen.find(folded), pending,
            _native.ascii_case(text.encode("utf-8", "surrogatepass")), signature(hits))


def worker(seed, expected, errors, deadline):
    screen = _native.Screen(KEYS)
    order = TEXTS[seed:] + TEXTS[:seed]
    try:
        while time.monotonic() < deadline:
            for text in order:
                got = ([signature(s.evaluate(rules.Subject(text))) for s in SETS],
                       direct(text, screen))
                if got != expected[text]:
                    errors.append(f"{text[:40]!r}: {got} != {expected[text]}")
                    return
    except BaseException as exc:
        errors.append(repr(exc))


shared = _native.Screen(KEYS)
expected = {text: ([signature(s.evaluate(rules.Subject(text))) for s in SETS],
                   direct(text, shared)) for text in TEXTS}
gc.set_threshold(1)
sys.setswitchinterval(1e-5)
errors = []
deadline = time.monotonic() + SECONDS
threads = [threading.Thread(target=worker, args=(seed, expected, errors, deadline))
           for seed in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
gc.set_threshold(700)
assert not errors, errors[:3]

# Reference counts of what the C code reads, copies, stores or returns, over many calls.
compiled = SETS[0]
watched = [normalize.fold_char, Hit, None, True, PROTO, TERMS, compiled.tables.terms,
           *PROTO.values(), *KEYS, *SIMPLE, *(rule[3] for rule in compiled._rules)]
text = "kut idiot kut " * 3 + "kl00tz@k \\ud800 débiel"
normal = _native.exact(text)
for _ in range(200):
    direct(text, shared)
    compiled.evaluate(rules.Subject(text))
before = [sys.getrefcount(item) for item in watched]
for _ in range(3000):
    direct(text, shared)
    compiled.evaluate(rules.Subject(text))
gc.collect()
after = [sys.getrefcount(item) for item in watched]
changed = [(repr(item)[:40], b, a) for item, b, a in zip(watched, before, after) if b != a]
assert not changed, changed
print("OK")
"""

BAD = _HEADER + """
normal = _native.exact("abc def ghi")
screen = _native.Screen(["abc"])


class NoDict:
    __slots__ = ()


CASES = {
    "exact(int)": lambda: _native.exact(1),
    "exact(bytes)": lambda: _native.exact(b"abc"),
    "normalize(None)": lambda: _native.normalize(None),
    "ascii_case(str)": lambda: _native.ascii_case("abc"),
    "Screen(tuple)": lambda: _native.Screen(("abc",)),
    "Screen([int])": lambda: _native.Screen([1]),
    "Screen.find(bytes)": lambda: screen.find(b"abc"),
    "Normalized()": lambda: _native.Normalized(),
    "original_span(str)": lambda: normal.original_span("0", 1),
    "original_span(1 arg)": lambda: normal.original_span(0),
    "original_spans(int)": lambda: normal.original_spans(1),
    "original_spans([int])": lambda: normal.original_spans([1, 2]),
    "original_spans([list])": lambda: normal.original_spans([[0, 1]]),
    "original_spans([(str, int)])": lambda: normal.original_spans([("0", 1)]),
    "setup(int)": lambda: _native.setup(1, normalize.fold_char, " "),
    "setup(not callable)": lambda: _native.setup(["a"] * 256, 1, " "),
    "setup([int])": lambda: _native.setup([1] * 256, normalize.fold_char, " "),
    "find_words(6 args)": lambda: _native.find_words("a", [0], ["a"], [()], b"\\0", {}),
    "find_words(text int)": lambda: _native.find_words(1, [0], ["a"], [()], b"\\0", {}, 1),
    "find_words(candidates int)": lambda: _native.find_words("a", 1, ["a"], [()], b"\\0", {}, 1),
    "find_words([str])": lambda: _native.find_words("a", ["0"], ["a"], [()], b"\\0", {}, 1),
    "find_words(key int)": lambda: _native.find_words("a", [0], [1], [()], b"\\0", {}, 1),
    "find_words(plan list)": lambda: _native.find_words("a", [0], ["a"], [[]], b"\\0", {}, 1),
    "find_words(plan of ints)": lambda: _native.find_words(
        "abc abc", [0], ["abc"], [(1, 2)], b"\\0", {}, 1),
    "find_words(plan of 1-tuples)": lambda: _native.find_words(
        "abc abc", [0], ["abc"], [((1,),)], b"\\0", {}, 1),
    "find_words(found not lists)": lambda: _native.find_words(
        "abc abc", [0], ["abc"], [((1, 0),)], b"\\0", {1: 5}, 1),
    "find_words(flags str)": lambda: _native.find_words("a", [0], ["a"], [()], "\\0", {}, 1),
    "find_words(many str)": lambda: _native.find_words("a", [0], ["a"], [()], b"\\0", {}, "1"),
    "word_hit(str)": lambda: _native.word_hit("abc", (0, 3, 0), {}, {}, Hit, [], "x"),
    "word_hit(found list)": lambda: _native.word_hit(normal, [0, 3, 0], {}, {}, Hit, [], "x"),
    "word_hit(found str)": lambda: _native.word_hit(normal, ("0", 3, 0), {}, {}, Hit, [], "x"),
    "word_hit(hit_type dict)": lambda: _native.word_hit(
        normal, (0, 3, 0), {}, {}, dict, [], "x"),
    "word_hit(hit_type list)": lambda: _native.word_hit(
        normal, (0, 3, 0), {}, {}, list, [], "x"),
    "word_hit(hit_type int)": lambda: _native.word_hit(normal, (0, 3, 0), {}, {}, int, [], "x"),
    "word_hit(hit_type Normalized)": lambda: _native.word_hit(
        normal, (0, 3, 0), {}, {}, _native.Normalized, [], "x"),
    "word_hit(hit_type no dict)": lambda: _native.word_hit(
        normal, (0, 3, 0), {}, {}, NoDict, [], "x"),
    "word_hit(hit_type instance)": lambda: _native.word_hit(
        normal, (0, 3, 0), {}, {}, Hit.__new__(Hit), [], "x"),
    "word_hit(evidence not lists)": lambda: _native.word_hit(
        normal, (0, 3, 0), {(0, 3): (0,)}, {}, Hit, [], "x"),
    "word_hit(span outside)": lambda: _native.word_hit(
        normal, (0, 99, 0), {}, {}, Hit, [], "x"),
}
for name, call in CASES.items():
    try:
        call()
    except Exception as exc:
        outcome = type(exc).__name__
    else:
        outcome = "no error"
    print(json.dumps([name, outcome]), flush=True)
print(json.dumps(["END", len(CASES)]))
"""

REENTRY = _HEADER + """
import functools
case = sys.argv[1]
normal = _native.exact("abc def ghi")
if case == "index clears spans":
    spans = []

    class Index:
        def __index__(self):
            spans.clear()
            return 0

    spans.extend([(Index(), 1)] + [(0, 1)] * 50)
    try:
        normal.original_spans(spans)
    except RuntimeError:
        print("OK")
elif case == "hash clears keys":
    keys, simple = ["abc", "def"], []

    class Slot:
        def __hash__(self):
            simple.clear()
            keys.clear()
            return 1

    simple.extend([((Slot(), 0),), ((Slot(), 1),)])
    try:
        _native.find_words("abc def", [0, 1], keys, simple, b"\\0\\0", {}, 3)
    except IndexError:
        print("OK")
elif case == "eq clears evidence":
    evidence = {}

    class Term:
        def __eq__(self, other):
            evidence.clear()
            return False

        __hash__ = object.__hash__

    evidence[(0, 3)] = [Term()]
    hit = _native.word_hit(normal, (0, 3, 5), evidence, {}, Hit, [], "abc def ghi")
    (span, ids, count), = hit.__dict__["_lazy"][2]
    assert span == (0, 3) and ids[1:] == [5] and count == 2, hit.__dict__
    print("OK")
elif case == "fold_char calls setup":
    fold = normalize.fold_char

    @functools.cache
    def again(ch):
        _native.setup([fold(chr(code)) for code in range(256)], fold, normalize.SEPARATORS)
        return fold(ch)

    _native.setup([fold(chr(code)) for code in range(256)], again, normalize.SEPARATORS)
    del again
    assert _native.normalize("x\\u4e00y") == "x\\u4e00y"
    print("OK")
"""


def child(script: str, *args: str, debug: bool = True) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if debug:
        env["PYTHONMALLOC"] = "debug"
    flags = ["-X", "dev"] if debug else ["-X", "faulthandler"]
    return subprocess.run([sys.executable, *flags, "-c", textwrap.dedent(script), *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          check=False)


def test_gc_pressure_and_threads_sharing_a_rule_set() -> None:
    done = child(DRIVE)
    assert done.returncode == 0 and done.stdout.strip() == "OK", (
        f"exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")


def test_bad_arguments_raise() -> None:
    done = child(BAD, debug=False)
    outcomes = dict(json.loads(line) for line in done.stdout.splitlines())
    assert done.returncode == 0, (
        f"exit {done.returncode}; the last case that finished: {list(outcomes)[-1:]}\n"
        f"{done.stderr[-4000:]}")
    assert outcomes.pop("END") == len(outcomes) > 30
    # An index, a size or a value out of range says so; everything else is a wrong type.
    others = {"Normalized()": "TypeError", "word_hit(span outside)": "IndexError",
              "setup([int])": "ValueError"}
    wrong = {name: outcome for name, outcome in outcomes.items()
             if outcome != others.get(name, "TypeError")}
    assert not wrong, wrong


def test_python_code_changing_what_a_call_uses() -> None:
    for case in ("index clears spans", "hash clears keys", "eq clears evidence",
                 "fold_char calls setup"):
        done = child(REENTRY, case, debug=False)
        assert done.returncode == 0 and done.stdout.strip() == "OK", (
            f"{case}: exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
