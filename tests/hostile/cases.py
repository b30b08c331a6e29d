"""Hostile inputs for every CLI entry point, by class (issue 16): hand-picked and generated.

Each generator writes what it needs under ``tmp`` and yields :class:`Case` objects. The
generated ones come from a seeded random mutator over valid seeds (so a failure is
reproducible by its id), the hand-picked ones name the class of bug they stand for.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from moderator.untrusted import MAX_IMPORT_FILE

if TYPE_CHECKING:
    from collections.abc import Iterator

HOSTILE_STRINGS: tuple[bytes, ...] = (
    b"\xff\xfe", b"\xed\xa0\x80", b"\xc3", b"a\x00b", b"\xe2\x80\xa8", b"\xc2\x85",
    b"\xef\xbb\xbf", b"<b>x</b><img src=file:///etc/passwd>", b"\xf0\x9f\x98\x80" * 3,
    b"\\ud800", b"%s%n", b"'; drop table items; --", b"\x1b[31m", b"../../etc/passwd",
    "ıİǅﬁ".encode(), "ꙮ" .encode() * 50, b"9" * 40, b"-1", b"1e309", b"nan", b"inf",
)
WORDS = ("kanker", "debiel", "idioot", "windmolen", "dijkversterking", "A27", "😀", "🇳🇱")


@dataclass
class Case:
    """One command line: raw argv bytes, optional stdin bytes."""

    id: str
    argv: list[bytes]
    stdin: bytes = b""
    expect_ok: bool | None = None  # True: must succeed; False: must fail cleanly
    meta: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> str:
        """The line the driver reads."""
        return json.dumps({
            "id": self.id, "argv": [base64.b64encode(a).decode() for a in self.argv],
            "stdin": base64.b64encode(self.stdin).decode()})


def _b(*parts: str | bytes | Path) -> list[bytes]:
    return [p if isinstance(p, bytes) else str(p).encode("utf-8", "surrogateescape")
            for p in parts]


def mutate(rng: random.Random, data: bytes, rounds: int = 3) -> bytes:
    """A few random edits: flips, cuts, duplications, hostile insertions."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, rounds)):
        op = rng.randrange(6)
        pos = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[min(pos, len(buf) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            del buf[pos:pos + rng.randint(1, 40)]
        elif op == 2:
            buf[pos:pos] = rng.choice(HOSTILE_STRINGS)
        elif op == 3 and buf:
            chunk = bytes(buf[pos:pos + rng.randint(1, 60)])
            buf[pos:pos] = chunk * rng.randint(2, 50)
        elif op == 4:
            buf[pos:pos] = rng.choice((b"{", b"[", b"\"", b",", b"}", b"]", b":", b"\n"))
        else:
            buf[pos:pos] = rng.choice(WORDS).encode() * rng.randint(1, 20)
    return bytes(buf)


RULES_SEED = b"""ruleset: Test
version: "1"
language: nl
rules:
  - id: R1
    title: Geen schelden
    severity: high
    action: hide
    when:
      any:
        - words: ["kanker*", "debiel", "krijg de tering"]
        - regex: ['\\bkoop\\s+nu\\b']
        - detect: [phone_nl, email]
    exceptions: ["kankeronderzoek"]
"""
JSONL_SEED = (b'{"platform": "facebook", "account_external_id": "p1", "external_id": "e1", '
              b'"kind": "comment", "text": "Wat een mooi plan", "author_name": "Anna", '
              b'"author_external_id": "a1", "created_at": "2026-11-20T10:00:00+01:00", '
              b'"thread_external_id": "t1"}\n')
CSV_SEED = (b"external_id,text,author_name,created_at,thread_external_id\n"
            b"c1,Mooi plan,Anna,2026-11-20T10:00:00+01:00,t1\n"
            b"c2,\"Met een, komma\",Bram,2026-11-20T11:00:00Z,t1\n")
FB_COMMENTS_SEED = json.dumps({"comments_v2": [{"timestamp": 1732096800, "title": "post", "data": [
    {"comment": {"timestamp": 1732096800, "comment": "Goed plan!", "author": "Anna"}}]}]}).encode()
FB_MESSAGE_SEED = json.dumps({"participants": [{"name": "Anna"}], "messages": [
    {"sender_name": "Anna", "timestamp_ms": 1732096800000, "content": "Hallo"}],
    "thread_path": "inbox/anna_1"}).encode()
X_DM_SEED = b"window.YTD.direct_messages.part0 = " + json.dumps([{"dmConversation": {
    "conversationId": "1-2", "messages": [{"messageCreate": {
        "id": "9", "senderId": "1", "text": "hoi", "createdAt": "2026-11-20T10:00:00.000Z"}}]}}
]).encode()
TIKTOK_SEED = json.dumps({"Comment": {"Comments": {"CommentsList": [
    {"date": "2026-11-20 10:00:00", "comment": "leuk"}]}}}).encode()
YT_CSV_SEED = (b"comment id,channel id,comment create timestamp,video id,comment text\n"
               b"c1,UC1,2026-11-20T10:00:00+00:00,v1,\"{\"\"text\"\":\"\"mooi\"\"}\"\n")
LI_CSV_SEED = (b"CONVERSATION ID,FROM,DATE,CONTENT\n"
               b"conv1,Anna,2026-11-20 10:00:00 UTC,Hallo daar\n")


def rule_file_cases(tmp: Path, rng: random.Random, n: int) -> Iterator[Case]:
    """``rules check`` / ``rules test`` on broken, huge and odd rule files."""
    picked = {
        "surrogate-wildcard": RULES_SEED.replace(b"debiel", b"\\ud800*"),
        "lone-surrogate-utf8": RULES_SEED.replace(b"debiel", b"deb\xed\xa0\x80iel"),
        "invalid-utf8": RULES_SEED.replace(b"Geen", b"G\xffeen"),
        "deep-yaml": b"rules: " + b"[" * 20000 + b"]" * 20000,
        "anchor-bomb": b"a: &a [x,x,x,x,x,x,x,x,x]\n" + b"".join(
            b"%c: &%c [*%c,*%c,*%c,*%c,*%c,*%c,*%c,*%c,*%c]\n" % ((98 + i,) * 2 + (97 + i,) * 9)
            for i in range(12)),
        "list-not-map": b"- 1\n- 2\n",
        "empty": b"",
        "nul": b"\x00" * 100,
        "huge-number-version": RULES_SEED.replace(b'"1"', b"1e999999"),
        "regex-huge-repeat": RULES_SEED.replace(b"koop", b"(a{1000}){1000}"),
        "many-words": RULES_SEED.replace(b'"debiel"', b", ".join(
            b'"w%d*"' % i for i in range(20000))),
        "tabs": RULES_SEED.replace(b"  ", b"\t"),
    }
    for name, data in picked.items():
        path = tmp / f"rules-{name}.yaml"
        path.write_bytes(data)
        yield Case(f"rules-check:{name}", _b("rules", "check", path))
        yield Case(f"rules-test:{name}", _b("rules", "test", path, "--text", "jij debiel"))
    big = tmp / "rules-50mb.yaml"
    big.write_bytes(RULES_SEED + b"# " + b"x" * (50 << 20) + b"\n")
    yield Case("rules-check:50mb", _b("rules", "check", big))
    yield Case("rules-check:dev-zero", _b("rules", "check", "/dev/zero"))
    yield Case("rules-check:directory", _b("rules", "check", tmp))
    yield Case("rules-check:missing", _b("rules", "check", tmp / "nope.yaml"))
    for i in range(n):
        path = tmp / f"rules-gen-{i}.yaml"
        path.write_bytes(mutate(rng, RULES_SEED))
        yield Case(f"rules-check:gen-{i}", _b("rules", "check", path))


def rules_input_cases(tmp: Path, rng: random.Random, n: int) -> Iterator[Case]:
    """``rules test --input`` (file and stdin) and ``--text`` with hostile texts."""
    seed = tmp / "rules-seed.yaml"
    seed.write_bytes(RULES_SEED)
    insult = ("kankerlijer " * 9100)[:100_000]
    lines = {
        "surrogate-escape": b'{"text": "a\\ud800b debiel"}\n',
        "u2028": '{"text": "een\u2028twee debiel"}\n'.encode(),
        "u0085": '{"text": "een\u0085twee"}\n'.encode(),
        "invalid-utf8": b'{"text": "\xff\xfe debiel"}\n',
        "text-not-string": b'{"text": true}\n{"text": []}\n{"text": null}\n{"no": 1}\n',
        "deep-json": b"[" * 100_000 + b"]" * 100_000 + b"\n",
        "huge-int": b'{"text": "x", "id": ' + b"9" * 5000 + b"}\n",
        "long-line": b'{"text": "' + b"a" * (30 << 20) + b'"}\n',
        "repeated-insult": json.dumps({"text": insult}).encode() + b"\n",
        "not-json": b"this is not json\n\n{}\n",
        "bom": b'\xef\xbb\xbf{"text": "debiel"}\n',
    }
    for name, data in lines.items():
        path = tmp / f"input-{name}.jsonl"
        path.write_bytes(data)
        yield Case(f"rules-input:{name}", _b("rules", "test", seed, "--input", path, "--json"))
        if len(data) < 1 << 20:
            yield Case(f"rules-stdin:{name}", _b("rules", "test", seed, "--input", "-", "--json"),
                       stdin=data)
    for text in (b"\xff\xfe", b"a\xed\xa0\x80b", b"k\xcc\x81ut", insult.encode()):
        yield Case(f"rules-text:{text[:8]!r}", _b("rules", "test", seed, "--text", text))
    for i in range(n):
        path = tmp / f"input-gen-{i}.jsonl"
        path.write_bytes(mutate(rng, JSONL_SEED * 3))
        yield Case(f"rules-input:gen-{i}", _b("rules", "test", seed, "--input", path, "--json"))


IMPORT_SEEDS: dict[str, tuple[str, str, bytes]] = {  # format -> (file name, account, seed)
    "jsonl": ("items.jsonl", "4", JSONL_SEED),
    "csv": ("items.csv", "4", CSV_SEED),
    "facebook": ("your_activity/comments/comments.json", "4", FB_COMMENTS_SEED),
    "facebook-inbox": ("messages/inbox/anna_1/message_1.json", "4", FB_MESSAGE_SEED),
    "instagram": ("comments/post_comments_1.json", "2", json.dumps([{"string_map_data": {
        "Comment": {"value": "mooi"}, "Time": {"timestamp": 1732096800},
        "Media Owner": {"value": "rws"}}}]).encode()),
    "x-archive": ("data/direct-messages.js", "3", X_DM_SEED),
    "tiktok": ("user_data_tiktok.json", "7", TIKTOK_SEED),
    "youtube-takeout": ("Takeout/YouTube/comments/comments.csv", "6", YT_CSV_SEED),
    "linkedin": ("messages.csv", "5", LI_CSV_SEED),
}


def _format(key: str) -> str:
    return key.removesuffix("-inbox")


def _write_export(root: Path, how: str, name: str, data: bytes) -> Path:
    """The same export as a plain file, a ZIP or a folder."""
    if how == "file":
        path = root / Path(name).name
        path.write_bytes(data)
        return path
    if how == "zip":
        path = root / "export.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(name, data)
        return path
    folder = root / "export"
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return folder


def import_cases(tmp: Path, ws: Path, rng: random.Random, n: int) -> Iterator[Case]:
    """``import`` of every format, as a file, a ZIP and a folder, mutated and hand-picked."""
    counter = 0

    def case(cid: str, key: str, how: str, name: str, data: bytes) -> Case:
        nonlocal counter
        counter += 1
        root = tmp / f"imp-{counter}"
        root.mkdir()
        path = _write_export(root, how, name, data)
        _, account, _ = IMPORT_SEEDS[key]
        return Case(cid, _b("import", path, "--format", _format(key), "--account", account,
                            "--workspace", ws))

    for key, (name, _acc, seed) in IMPORT_SEEDS.items():
        for how in ("file", "zip", "folder"):
            if how == "file" and key not in ("jsonl", "csv"):
                continue
            yield case(f"import:{key}:{how}:seed", key, how, name, seed)
            for i in range(n):
                yield case(f"import:{key}:{how}:gen-{i}", key, how, name, mutate(rng, seed))
    dates = (b'"9999-12-31T23:59:59-14:00"', b'"0001-01-01T00:00:00+14:00"', b"1e20",
             b'"1e20"', b"Infinity", b"-1e400", b'"99999-01-01"', b"18446744073709551617")
    for d in dates:
        line = JSONL_SEED.replace(b'"2026-11-20T10:00:00+01:00"', d)
        yield case(f"import:jsonl:date:{d[:12]!r}", "jsonl", "file", "items.jsonl", line)
        fb = FB_COMMENTS_SEED.replace(b"1732096800", d.strip(b'"'))
        yield case(f"import:facebook:date:{d[:12]!r}", "facebook", "zip",
                   "your_activity/comments/comments.json", fb)
    picked = {
        ("jsonl", "u2028"): '{"text": "een\u2028twee", "external_id": "x1", "created_at": '
                            '"2026-11-20T10:00:00Z", "thread_external_id": "t"}\n'.encode(),
        ("jsonl", "text-true"): JSONL_SEED.replace(b'"Wat een mooi plan"', b"true"),
        ("jsonl", "text-list"): JSONL_SEED.replace(b'"Wat een mooi plan"', b"[]"),
        ("jsonl", "surrogate"): JSONL_SEED.replace(b"mooi", b"\\udc80"),
        ("jsonl", "id-huge"): JSONL_SEED.replace(b'"e1"', b"1" + b"0" * 30),
        ("jsonl", "deep"): b"[" * 100_000 + b"]" * 100_000 + b"\n",
        ("jsonl", "long-line"): b'{"text": "' + b"a" * (30 << 20) + b'"}\n',
        ("csv", "big-field"): b"external_id,text,author_name,created_at,thread_external_id\n"
                              b"c1," + b"x" * 200_000 + b",A,2026-11-20T10:00:00Z,t\n",
        ("csv", "invalid-utf8"): CSV_SEED.replace(b"Mooi", b"M\xffooi"),
        ("csv", "nul"): CSV_SEED.replace(b"Mooi", b"M\x00ooi"),
        ("facebook-inbox", "wrong-folder"): FB_MESSAGE_SEED,
        ("facebook", "list-top"): b"[1, 2, 3]",
        ("facebook", "string-top"): b'"comments_v2"',
        ("x-archive", "no-assign"): b"window.YTD = ",
    }
    for (key, label), data in picked.items():
        name = IMPORT_SEEDS[key][0]
        if label == "wrong-folder":
            name = "message_1.json"
        how = "file" if key in ("jsonl", "csv") else "zip"
        yield case(f"import:{key}:{label}", key, how, name, data)
    yield from _zip_cases(tmp, ws)


def write_bomb(path: Path, name: str, size: int, others: dict[str, bytes] | None = None) -> None:
    """A ZIP whose member ``name`` inflates to ``size`` blanks, written in 1 MiB pieces.

    Compressed at level 1 (1.5 s of CPU for 1 GiB; never 1 GiB in memory).
    """
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    info._compresslevel = 1  # type: ignore[attr-defined]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for other, data in (others or {}).items():
            z.writestr(other, data)
        with z.open(info, "w", force_zip64=True) as f:
            piece = b" " * (1 << 20)
            for _ in range(size >> 20):
                f.write(piece)
            f.write(b" " * (size & ((1 << 20) - 1)))


def _zip_cases(tmp: Path, ws: Path) -> Iterator[Case]:
    comments = "your_activity/comments/comments.json"

    def imp(label: str, path: Path) -> Case:
        return Case(f"import:facebook:{label}", _b("import", path, "--format", "facebook",
                                                   "--account", "4", "--workspace", ws))

    write_bomb(tmp / "bomb.zip", comments, MAX_IMPORT_FILE + 1)
    yield imp("zip-bomb", tmp / "bomb.zip")  # over the member size limit
    write_bomb(tmp / "ratio.zip", comments, 8 << 20)
    yield imp("zip-ratio", tmp / "ratio.zip")  # small, but inflating ~1000 times
    lying = bytearray((tmp / "ratio.zip").read_bytes())
    for header in (b"PK\x03\x04", b"PK\x01\x02"):  # claim 100 bytes in both headers
        at = lying.find(header)
        size_at = at + (22 if header == b"PK\x03\x04" else 24)
        lying[size_at:size_at + 4] = (100).to_bytes(4, "little")
    (tmp / "lying.zip").write_bytes(bytes(lying))
    yield imp("zip-lying-size", tmp / "lying.zip")
    many = tmp / "many.zip"
    with zipfile.ZipFile(many, "w", zipfile.ZIP_STORED) as z:  # stored: no inflation
        z.writestr(comments, json.dumps({"comments_v2": [{"data": [{}] * 250_001}]}))
    yield imp("items-limit", many)  # 250,001 bad records: streamed, each one skipped
    crowded = tmp / "crowded.zip"  # the most containers MAX_JSON_DOCUMENT allows
    with zipfile.ZipFile(crowded, "w", zipfile.ZIP_STORED) as z:
        z.writestr(comments, b'{"comments_v2": [{"data": [' + b"[]," * ((16 << 20) // 3 - 20)
                   + b"[]]}]}")
    yield imp("json-crowded", crowded)
    corrupt = tmp / "corrupt.zip"
    good = tmp / "good.zip"
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("your_activity/comments/comments.json", FB_COMMENTS_SEED * 50)
    raw = bytearray(good.read_bytes())
    raw[60:90] = b"\x00" * 30
    corrupt.write_bytes(bytes(raw))
    yield Case("import:facebook:zip-corrupt", _b("import", corrupt, "--format", "facebook",
                                                 "--account", "4", "--workspace", ws))
    encrypted = bytearray(good.read_bytes())  # the "encrypted" flag in both headers
    encrypted[6] |= 1
    cd = encrypted.rfind(b"PK\x01\x02")
    encrypted[cd + 8] |= 1
    (tmp / "encrypted.zip").write_bytes(bytes(encrypted))
    yield Case("import:facebook:zip-encrypted", _b(
        "import", tmp / "encrypted.zip", "--format", "facebook", "--account", "4",
        "--workspace", ws))
    version = bytearray(good.read_bytes())  # "needs zip version 6.4" (found by Hypothesis)
    cd = version.rfind(b"PK\x01\x02")
    version[cd + 6:cd + 8] = (64).to_bytes(2, "little")
    (tmp / "version.zip").write_bytes(bytes(version))
    yield Case("import:facebook:zip-version", _b(
        "import", tmp / "version.zip", "--format", "facebook", "--account", "4",
        "--workspace", ws))
    method = tmp / "method.zip"
    raw = bytearray(good.read_bytes())
    raw[8:10] = (99).to_bytes(2, "little")  # unknown compression method (AES)
    cd = raw.rfind(b"PK\x01\x02")
    raw[cd + 10:cd + 12] = (99).to_bytes(2, "little")
    method.write_bytes(bytes(raw))
    yield Case("import:facebook:zip-unknown-method", _b(
        "import", method, "--format", "facebook", "--account", "4", "--workspace", ws))
    link_dir = tmp / "linked"
    (link_dir / "your_activity" / "comments").mkdir(parents=True)
    (link_dir / "your_activity" / "comments" / "comments.json").symlink_to("/etc/passwd")
    yield Case("import:facebook:symlink", _b("import", link_dir, "--format", "facebook",
                                             "--account", "4", "--workspace", ws),
               meta={"no_passwd": "1"})


def archive_cases(tmp: Path, package: Path, rng: random.Random, n: int) -> Iterator[Case]:
    """``archive verify`` on packages of the wrong shape, corrupted and inflating."""
    with zipfile.ZipFile(package) as z:
        members = {name: z.read(name) for name in z.namelist()}
    manifest = json.loads(members["manifest.json"])

    def write(cid: str, files: dict[str, bytes]) -> Case:
        path = tmp / f"arch-{len(list(tmp.glob('arch-*')))}.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in files.items():
                z.writestr(name, data)
        return Case(f"archive:{cid}", _b("archive", "verify", path))

    shapes: dict[str, object] = {"list": [1, 2], "string": "x", "null": None,
                                 "head-zz": {**manifest, "audit_head": "zz"},
                                 "head-int": {**manifest, "audit_head": 7},
                                 "files-list": {**manifest, "files": ["audit.jsonl"]},
                                 "files-digest-int": {**manifest, "files": {
                                     k: 1 for k in manifest.get("files", {})}},
                                 "traversal": {**manifest, "files": {"../../etc/passwd": "0"}}}
    for label, doc in shapes.items():
        yield write(f"manifest-{label}", {**members, "manifest.json": json.dumps(doc).encode()})
    yield write("manifest-deep", {**members, "manifest.json": b"[" * 100_000 + b"]" * 100_000})
    yield write("manifest-invalid-utf8", {**members, "manifest.json": b"\xff\xfe{}"})
    audit = {k for k in members if k.endswith(".jsonl")}
    for name in audit:
        yield write(f"blob-{name}", {**members, name: b"\xff\x00" * 100})
        yield write(f"deep-{name}", {**members, name: b"[" * 100_000 + b"]" * 100_000})
        bomb = tmp / f"bomb-{name}.zip"
        write_bomb(bomb, name, MAX_IMPORT_FILE + 1, {k: v for k, v in members.items() if k != name})
        yield Case(f"archive:bomb-{name}", _b("archive", "verify", bomb))
    for i in range(n):
        victim = rng.choice(sorted(members))
        yield write(f"gen-{i}", {**members, victim: mutate(rng, members[victim])})

    def resealed(files: dict[str, bytes]) -> dict[str, bytes]:
        """A forged package: the manifest's checksums match the changed files."""
        digests = {k: hashlib.sha256(v).hexdigest() for k, v in files.items()
                   if k != "manifest.json"}
        return {**files, "manifest.json": json.dumps({**manifest, "files": digests}).encode()}

    first = members["audit.jsonl"].split(b"\n", 1)[0]
    entry = json.loads(first)
    lines = {"blob": b"\xff\x00" * 100, "deep": b"[" * 100_000 + b"]" * 100_000,
             "list": b"[1, 2]", "seq-text": json.dumps({**entry, "seq": "1"}).encode(),
             "seq-bool": json.dumps({**entry, "seq": True}).encode(),
             "account-float": json.dumps({**entry, "account_id": 1.5}).encode(),
             "missing-field": json.dumps({"seq": 1}).encode(),
             "u2028": json.dumps({**entry, "detail": "a\u2028b"}, ensure_ascii=False).encode(),
             "nan": first.replace(b'"seq": 1', b'"seq": NaN'),
             "long": b'{"detail": "' + b"a" * (2 << 20) + b'"}'}
    for label, line in lines.items():
        yield write(f"resealed-{label}", resealed({**members, "audit.jsonl": line + b"\n"}))
    for i in range(n):
        audit = mutate(rng, members["audit.jsonl"])
        yield write(f"resealed-gen-{i}", resealed({**members, "audit.jsonl": audit}))
    yield write("missing-audit", {k: v for k, v in members.items() if k != "audit.jsonl"})
    yield write("extra-file", {**members, "evil.txt": b"x"})
    yield write("no-manifest", {k: v for k, v in members.items() if k != "manifest.json"})
    yield write("resealed-no-audit", resealed(
        {k: v for k, v in members.items() if k != "audit.jsonl"}))
    yield Case("archive:good", _b("archive", "verify", package), expect_ok=True)
    not_zip = tmp / "not-a-zip.zip"
    not_zip.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    yield Case("archive:not-zip", _b("archive", "verify", not_zip))
    yield Case("archive:dev-zero", _b("archive", "verify", "/dev/zero"))
    # Never the machine's own /dev/null: a broken export would replace it (as root, CI).
    fifo = tmp / "not-a-file"
    os.mkfifo(fifo)
    yield Case("archive:export-over-fifo", _b("archive", "export", "--out", fifo,
                                              "--workspace", tmp / "ws-arch"),
               meta={"kept": str(fifo)})


def argument_cases(ws: Path, rng: random.Random, n: int) -> Iterator[Case]:
    """Command-line values: odd encodings, out-of-range numbers and dates, odd names."""
    where = ("--workspace", ws)
    for value in HOSTILE_STRINGS:
        yield Case(f"queue:search:{value[:10]!r}", _b("queue", "--search", value, "--json", *where))
        yield Case(f"queue:rule:{value[:10]!r}", _b("queue", "--rule", value, *where))
        yield Case(f"queue:account:{value[:10]!r}", _b("queue", "--account", value, *where))
        yield Case(f"queue:as:{value[:10]!r}", _b("queue", "--as", value, *where))
        yield Case(f"action:note:{value[:10]!r}", _b("action", "note", "1", "--text", value,
                                                       *where))
        for opt in ("--since", "--until", "--limit", "--min-toxicity"):
            yield Case(f"queue:{opt}:{value[:10]!r}", _b("queue", opt, value, *where))
    for when in ("99999-01-01", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00",
                 "2026-02-30", "1e20"):
        yield Case(f"queue:since:{when}", _b("queue", "--since", when, *where))
    for item in ("1" + "0" * 30, "-1", "0", "9223372036854775808"):
        yield Case(f"action:hide:{item}", _b("action", "hide", item, *where))
    for limit in ("0", "-5", "99999999999999999999"):
        yield Case(f"queue:limit:{limit}", _b("queue", "--limit", limit, *where))
    for i in range(n):
        words = [rng.choice(HOSTILE_STRINGS + tuple(w.encode() for w in WORDS))
                 for _ in range(rng.randint(1, 4))]
        yield Case(f"queue:search:gen-{i}", _b("queue", "--search", b" ".join(words), *where))


def database_cases(tmp: Path) -> Iterator[Case]:
    """``--database`` URLs and ``--workspace`` folders that cannot work."""
    urls = ("sqlite://", "sqlite:///:memory:", "postgresql+psycopg2://u@h/db",
            "postgresql://u@127.0.0.1:99999/db", "postgresql://u@[::1/db",
            "postgresql://u@127.0.0.1:notaport/db", "mysql://u@h/db", "", "://",
            "sqlite:////nonexistent/dir/x.db", "oracle+cx://x", "postgresql://%zz@h/db")
    for url in urls:
        yield Case(f"database:{url or 'empty'}", _b("queue", "--database", url))
    os.mkfifo(tmp / "fifo")  # a non-directory, non-file path that is safe to misuse
    folders = ("~nosuchuser/ws", str(tmp / "fifo"), "/proc/1/nope", str(tmp / "file-not-dir"))
    (tmp / "file-not-dir").write_text("x")
    for folder in folders:
        yield Case(f"workspace:{folder}", _b("queue", "--workspace", folder))


def damage(demo: Path, ws: Path, sql: str) -> None:
    """A copy of ``demo`` with ``sql`` applied as another tool would (no triggers)."""
    shutil.copytree(demo, ws)
    with sqlite3.connect(ws / "moderator.db") as c:
        c.execute("PRAGMA foreign_keys = OFF")
        for trig in [r[0] for r in c.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")]:
            c.execute(f'DROP TRIGGER IF EXISTS "{trig}"')
        c.execute(sql)


CORRUPT_EDITS = {  # label -> SQL another tool might have run
    "newer-schema": "UPDATE alembic_version SET version_num = 'ffffffffffff'",
    "unknown-status": "UPDATE items SET status = 'zombie' WHERE id IN (1, 2, 3)",
    "unknown-platform": "UPDATE items SET platform = 'myspace' WHERE id = 4",
    "broken-json": "UPDATE flags SET spans = '{not json' WHERE id IN "
                   "(SELECT id FROM flags LIMIT 3)",
    "blob-audit": "UPDATE audit_entries SET moderator = X'FF00FE' WHERE seq = 2",
    "invalid-utf8-audit": "UPDATE audit_entries SET detail = CAST(X'7B22FF22' AS TEXT) "
                          "WHERE seq = 3",
    "text-as-blob": "UPDATE items SET text = X'DEADBEEF' WHERE id = 5",
    "null-created": "UPDATE items SET created_at = 'not a date' WHERE id = 6",
    "unknown-kind": "UPDATE items SET kind = 'hologram' WHERE id = 7",
    "invalid-utf8-item": "UPDATE items SET text = CAST(X'48FF4F' AS TEXT) WHERE id = 8",
    "blob-author": "UPDATE items SET author_name = X'00FF' WHERE id = 9",
    "number-text": "UPDATE items SET text = 12345 WHERE id = 10",
    "spans-shape": "UPDATE flags SET spans = '[1, [2], {\"a\": 3}]' WHERE id IN "
                   "(SELECT id FROM flags LIMIT 2)",
    "audit-seq-gap": "UPDATE audit_entries SET seq = seq + 1000 WHERE seq = 4",
    "audit-account-text": "UPDATE audit_entries SET account_id = 'x' WHERE seq = 5",
    "audit-hash-number": "UPDATE audit_entries SET hash = 7 WHERE seq = 6",
}


def corrupt_workspace_cases(tmp: Path, demo: Path) -> Iterator[Case]:
    """Workspaces whose rows a newer version or a broken tool wrote."""
    for label, sql in CORRUPT_EDITS.items():
        ws = tmp / f"ws-{label}"
        damage(demo, ws, sql)
        for cmd in (("queue", "--json", "--all", "--limit", "1000"), ("audit", "verify"),
                    ("audit", "export", "--format", "jsonl", "--out", str(ws / "a.jsonl")),
                    ("audit", "export", "--format", "csv", "--out", str(ws / "a.csv")),
                    ("archive", "export", "--out", str(tmp / f"{label}.zip"))):
            name = " ".join(cmd[:2]) + (f" {cmd[3]}" if cmd[1] == "export" and cmd[0] == "audit"
                                        else "")
            yield Case(f"corrupt:{label}:{name}", _b(*cmd, "--workspace", ws))
