"""Build the desktop bundle (one folder, no Python needed) and check it starts.

    python tools/bundle.py            # build into dist/, then smoke-test the frozen programs

Steps: compile the Qt catalogues (``.qm``) so the bundle speaks English too, run
PyInstaller on ``build.spec``, then run the frozen CLI (``--version``, ``demo``,
``queue --json``, a sync job through the hidden worker flag) and the frozen app offscreen
for a few seconds. Prints the bundle's size; exits non-zero when any step fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
APP_SECONDS = 8


def compile_catalogues() -> None:
    """``.ts`` -> ``.qm`` for every language (build outputs, gitignored)."""
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def build() -> Path:
    """Run PyInstaller; returns the bundle folder."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    subprocess.run([str(BIN / "pyinstaller"), "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
                    str(ROOT / "build.spec")], check=True, cwd=ROOT)
    return ROOT / "dist" / f"{project['name']}-{project['version']}"


def _run(args: list[str], **kw: object) -> str:
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False,
                          **kw)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise SystemExit(f"bundle: {' '.join(args[:3])} failed ({done.returncode}): "
                         f"{(done.stderr or done.stdout).strip()[-500:]}")
    return str(done.stdout)


SYSTEM_DESKTOP = ("libgtk-3", "libgdk-3", "libwayland-")


def linked(folder: Path) -> None:
    """Every library left in the bundle finds the libraries it links (Linux: ldd)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return
    internal = folder / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(
        [str(internal), str(internal / "PySide6" / "Qt" / "lib")])}
    missing = set()
    helpers = [p for p in internal.rglob("libexec/*") if p.suffix != ".conf"]  # web login
    for lib in [*internal.rglob("*.so*"), *helpers]:
        if lib.is_file() and not lib.is_symlink():
            out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True,
                                 env=env, check=False).stdout
            missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    # Desktop libraries the system has wherever the plugin that links them is used (the GTK
    # theme on GNOME, the Wayland platform on a Wayland session); never bundled.
    missing = {name for name in missing if not name.startswith(SYSTEM_DESKTOP)}
    if missing:
        raise SystemExit(f"bundle: libraries missing from the bundle: {sorted(missing)}")
    print("bundle: every bundled library finds what it links")


def smoke(folder: Path) -> None:
    """Start the frozen CLI and app the way a user (and the app's child jobs) would."""
    cli, app = folder / "moderator", folder / "moderator-app"
    if os.name == "nt":
        cli, app = cli.with_suffix(".exe"), app.with_suffix(".exe")
    with tempfile.TemporaryDirectory() as tmp:
        ws = str(Path(tmp) / "ws")
        print(_run([str(cli), "--version"]).strip())
        _run([str(cli), "demo", "--workspace", ws])
        rows = [json.loads(line) for line in
                _run([str(cli), "queue", "--workspace", ws, "--json", "--limit", "1000"])
                .splitlines() if line.strip()]
        if len(rows) < 100:
            raise SystemExit(f"bundle: the frozen queue shows {len(rows)} items")
        print(f"frozen CLI: demo + queue --json ({len(rows)} items)")
        last = _run([str(cli), "--run-worker", "sync", "--workspace", ws]).splitlines()[-1]
        if "result" not in json.loads(last):
            raise SystemExit(f"bundle: the frozen worker did not finish: {last}")
        print("frozen worker: sync job ran")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tmp,
               "XDG_CONFIG_HOME": str(Path(tmp) / "cfg")}
        proc = subprocess.Popen([str(app), "--workspace", ws], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            out, _ = proc.communicate(timeout=APP_SECONDS)
            raise SystemExit(f"bundle: the frozen app exited ({proc.returncode}): {out[-500:]}")
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.communicate(timeout=10)
        print(f"frozen app: stayed up {APP_SECONDS} s offscreen")


def size_mb(folder: Path) -> float:
    """The bundle's size on disk in MB."""
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def main() -> None:
    """Build, test, report."""
    compile_catalogues()
    shutil.rmtree(ROOT / "dist", ignore_errors=True)
    folder = build()
    linked(folder)
    smoke(folder)
    print(f"bundle: {folder.relative_to(ROOT)} {size_mb(folder):.0f} MB")


if __name__ == "__main__":
    main()
