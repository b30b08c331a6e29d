#!/usr/bin/env bash
# One prepared GPU run of the scoring benchmark (issue 6): the app's CUDA scorer (bf16, batch 512,
# length-bucketed) on an xlm-roberta-base-shaped model, against stock Detoxify.predict on the GPU.
# Run from the repository root on the GPU machine:
#     bash benchmarks/score_gpu.sh
# Needs python3 with torch (CUDA), transformers, tokenizers and numpy (the H200 image has them).
# detoxify (pure Python) is not in that image: carry its wheel as .whl/detoxify-0.5.4-py3-none-any.whl
# (pip download --no-deps -d .whl detoxify==0.5.4) for the stock baseline and the real install
# path; without it the app's CUDA scorer is still measured, built from the same config.
# Environment: N (comments, default 100000), STOCK_N (default 2000), PYTHON (default python3).
set -u
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_HUB_DISABLE_PROGRESS_BARS=1
export HF_HUB_DISABLE_TELEMETRY=1 TOKENIZERS_PARALLELISM=true
PY=${PYTHON:-python3}
OUTDIR=${OUT:-/tmp/score-gpu-out}
mkdir -p "$OUTDIR"
LOG="$OUTDIR/score_gpu.log"
: >"$LOG"

echo "== environment" | tee -a "$LOG"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>&1 | tee -a "$LOG"
echo "torch.cuda.is_available(): $($PY -c 'import torch;print(torch.cuda.is_available())' 2>&1)" \
  | tee -a "$LOG"

if ! $PY -c 'import detoxify' 2>/dev/null; then
  if ls .whl/detoxify-*.whl >/dev/null 2>&1; then
    $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site \
      .whl/detoxify-*.whl && export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
  else
    timeout 60 $PY -m pip install -q --no-deps detoxify==0.5.4 >/dev/null 2>&1 \
      || echo "detoxify not installable here (offline): stock baseline will be skipped" | tee -a "$LOG"
  fi
fi

$PY - <<'EOF' 2>&1 | tee -a "$LOG"
import importlib, os, sys
print("python", sys.version.split()[0], "| cpus", os.cpu_count())
for name in ("torch", "transformers", "tokenizers", "numpy", "onnxruntime", "detoxify"):
    try:
        print(f"{name} {getattr(importlib.import_module(name), '__version__', '?')}")
    except Exception as exc:  # report, do not stop: the benchmark says what it can still do
        print(f"{name} MISSING ({type(exc).__name__}: {exc})")
import torch
if torch.cuda.is_available():
    print("cuda", torch.version.cuda, "|", torch.cuda.get_device_name(0))
EOF

if ! $PY -c 'import sys, torch; sys.exit(0 if torch.cuda.is_available() else 1)' 2>/dev/null; then
  echo "no CUDA device visible to torch: nothing to measure" | tee -a "$LOG"
  exit 1
fi

echo "== benchmark" | tee -a "$LOG"
set -o pipefail
timeout 480 $PY -m benchmarks.score_bench --device cuda --n "${N:-100000}" \
  --stock-n "${STOCK_N:-2000}" --workdir /tmp/score-bench 2>&1 | tee -a "$LOG"
rc=$?
nvidia-smi --query-gpu=name,memory.used,utilization.gpu --format=csv,noheader 2>&1 | tee -a "$LOG"
exit $rc
