"""Scoring commands: ``model install|list|use|download`` and ``score``.

``score`` sends each text to the model installed for its language, else the general model.

Heavy libraries are imported only inside the handlers, so ``moderator --help`` stays fast.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from moderator.errors import DataError

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

    from moderator.scoring.base import ModelInfo
    from moderator.scoring.routing import RoutedScorer
    from moderator.scoring.run import Scored

CHUNK = 4096  # texts read, scored and written per step of `score --input`


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the scoring subcommands to the ``moderator`` parser."""
    from moderator.scoring.factory import RUNTIMES

    model = subparsers.add_parser("model", help="install and list toxicity models")
    sub = model.add_subparsers(dest="model_command", metavar="ACTION", required=True)
    install = sub.add_parser("install", parents=[common],
                             help="install a model bundle or a Hugging Face classifier folder")
    install.add_argument("source", metavar="FILE_OR_DIR", help="bundle folder or .zip")
    install.add_argument("--labels", metavar="SPEC",
                         help='Hugging Face model: its labels to categories, e.g. '
                              '"LABEL_1=toxicity,hate=identity_attack,LABEL_0=-" (- ignores; '
                              '*=- ignores the rest); default: the bundle\'s moderator.json')
    install.add_argument("--language", metavar="CODE",
                         help="Hugging Face model: the language it scores (e.g. nl); default: "
                              "moderator.json or the model card")
    install.add_argument("--name", help="name in the store (default: from the bundle)")
    install.add_argument("--no-activate", action="store_true", help="install but keep the active")
    install.add_argument("--no-prepare", action="store_true",
                         help="skip building the fast CPU runtime now (it is built on first use)")
    install.set_defaults(handler=_install)
    listing = sub.add_parser("list", parents=[common], help="installed models; * = active")
    listing.add_argument("--json", action="store_true", help="one JSON object per model")
    listing.set_defaults(handler=_list)
    use = sub.add_parser("use", parents=[common], help="make an installed model the active one")
    use.add_argument("name")
    use.add_argument("--version", help="a specific installed version")
    use.set_defaults(handler=_use)
    download = sub.add_parser("download", parents=[common],
                              help="download a released Detoxify model (needs internet)")
    download.add_argument("name", metavar="NAME", help="original, unbiased or multilingual")
    download.set_defaults(handler=_download)

    score = subparsers.add_parser("score", parents=[common], help="score texts for toxicity")
    score.add_argument("--input", metavar="FILE",
                       help="JSON lines with a 'text' field ('-' = stdin); without it, score "
                            "the workspace's unscored items")
    score.add_argument("--json", action="store_true",
                       help="one JSON line per input (workspace: per item scored, naming the "
                            "model that scored it)")
    score.add_argument("--runtime", choices=RUNTIMES, default="auto",
                       help="how to run the model (default: CUDA if present, else ONNX int8)")
    score.add_argument("--batch-size", type=int, metavar="N", help="texts per forward pass")
    score.set_defaults(handler=_score)


def _store(args: argparse.Namespace) -> Any:
    from moderator.scoring.store import ModelStore, default_root

    return ModelStore(default_root(getattr(args, "workspace", None)))


def _install(args: argparse.Namespace) -> int:
    from moderator.scoring.factory import prepare
    from moderator.scoring.labels import parse_spec

    labels = parse_spec(args.labels) if args.labels is not None else None
    info = _store(args).install(Path(args.source), name=args.name,
                                activate=not args.no_activate, labels=labels,
                                language=args.language)
    state = "active" if info.active else "not active"
    if info.language:
        state += f" for {info.language}"
    print(f"installed {info.name} {info.version} ({info.architecture}, "
          f"{len(info.categories)} categories); {state}")
    if info.labels:
        print(f"labels: {_labels_text(info)}")
    if not args.no_prepare:
        try:
            print(f"fast runtime: {prepare(info)}")
        except (RuntimeError, ImportError, OSError, ValueError) as exc:
            print(f"fast runtime not built ({exc}); PyTorch will be used", file=sys.stderr)
    return 0


def _list(args: argparse.Namespace) -> int:
    store = _store(args)
    models = store.installed()
    if not models and not args.json:
        print(f"no models installed in {store.root}")
    for m in models:
        if args.json:
            print(json.dumps({"name": m.name, "version": m.version, "active": m.active,
                              "kind": m.kind, "language": m.language or None,
                              "architecture": m.architecture, "categories": list(m.categories),
                              "labels": dict(m.labels) or None,
                              "installed_at": m.installed_at, "sha256": m.sha256},
                             ensure_ascii=False))
        else:
            mark = "*" if m.active else " "
            lang = m.language or "any"
            print(f"{mark} {m.name:<16} {m.version}  {lang:<4} {m.architecture:<38} "
                  f"{_labels_text(m)}  {m.installed_at}")
    return 0


def _labels_text(m: ModelInfo) -> str:
    """``LABEL_0=-,LABEL_1=toxicity`` for a Hugging Face model, else its categories."""
    if m.labels:
        return ",".join(f"{label}={category}" for label, category in m.labels)
    return ",".join(m.categories)


def _use(args: argparse.Namespace) -> int:
    info = _store(args).activate(args.name, args.version)
    print(f"active model: {info.name} {info.version}")
    return 0


def _download(args: argparse.Namespace) -> int:
    from moderator.scoring.download import download

    info = download(args.name, _store(args))
    print(f"installed {info.name} {info.version}; active")
    return 0


def _score(args: argparse.Namespace) -> int:
    from moderator.scoring.routing import open_routed

    router = open_routed(_store(args).require_routing(), args.runtime,
                         batch_size=args.batch_size)
    if args.input is None:
        return _score_workspace(args, router)
    from moderator.scoring.run import ScoreCache, score_routed

    cache = ScoreCache()
    with _open_input(args.input) as source:
        for records in _chunks(_read_jsonl(source, args.input)):
            scored = score_routed(router, [r["text"] for r in records], cache)
            for record, s in zip(records, scored, strict=True):
                print(_format(record, s, as_json=args.json))
    return 0


def _score_workspace(args: argparse.Namespace, router: RoutedScorer) -> int:
    from moderator.scoring.run import ScoringRun
    from moderator.workspace import Workspace

    def progress(done: int, total: int) -> None:
        print(f"\rscored {done} of {total}", end="", file=sys.stderr, flush=True)

    def stored(name: str, version: str, ids: list[Any], languages: list[str] | None) -> None:
        for n, item in enumerate(ids):  # which model scored which item, as it happens
            print(json.dumps({"id": int(item), "model": name, "model_version": version,
                              "language": languages[n] if languages else None}), flush=True)

    workspace = Workspace.open(workspace=args.workspace, database=args.database)
    try:
        result = ScoringRun(router, workspace.scores, progress=progress,
                            stored=stored if args.json else None).run()
    finally:
        workspace.close()
    print(file=sys.stderr)
    runtimes = ", ".join(dict.fromkeys(s.runtime for s in router.scorers))
    counts = "; ".join(f"{n} by {model}" for model, n in result.by_model.items())
    summary = (f"scored {result.done} items ({result.from_cache} from cache) "
               f"with {router.describe()} on {runtimes}" + (f" ({counts})" if counts else ""))
    print(summary, file=sys.stderr if args.json else sys.stdout)
    return 0


def _format(record: dict[str, Any], scored: Scored, *, as_json: bool) -> str:
    scores = scored.scores
    if as_json:
        out = {"text": record["text"], "scores": {k: round(v, 6) for k, v in scores.items()},
               "model": scored.model_name, "model_version": scored.model_version,
               "language": scored.language}
        if "id" in record:
            out = {"id": record["id"], **out}
        return json.dumps(out, ensure_ascii=False)
    worst = max(scores, key=scores.__getitem__) if scores else "-"
    text = record["text"].replace("\n", " ")
    return f"{scores.get(worst, 0.0):.3f}\t{worst}\t{scored.model_name}\t{text[:80]}"


@contextlib.contextmanager
def _open_input(name: str) -> Iterator[TextIO]:
    if name == "-":
        yield sys.stdin
        return
    try:
        fh = Path(name).open(encoding="utf-8")  # noqa: SIM115 - only open() may be an input error
    except OSError as exc:
        raise DataError(f"cannot read {name}: {exc.strerror}") from exc
    with fh:
        yield fh


def _read_jsonl(source: TextIO, name: str) -> Iterator[dict[str, Any]]:
    for lineno, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{name}:{lineno}: not valid JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise DataError(f"{name}:{lineno}: expected an object with a \"text\" string")
        yield record


def _chunks(records: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
