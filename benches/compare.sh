#!/usr/bin/env bash
# Ours and PyTorch back to back, one ratio table with the CPU model and each
# workload's peak memory (see benches/compare.py). Needs .venv-torch (torch
# 2.9.1; `.ci/backends` creates it).
set -euo pipefail
cd "$(dirname "$0")/.."
exec "${PYTHON:-.venv-torch/bin/python}" benches/compare.py --python "${PYTHON:-.venv-torch/bin/python}" "$@"
