#!/usr/bin/env bash
# `apply` on a 10,000,000-entry, 20-variable ROOT 6.40 file (ZLIB), beside
# uproot + PyTorch doing the same (read the file in steps, run the same
# trained network, write one score per line), one after the other. Prints
# wall time, events/s and peak memory (max RSS) of each.
#
#   bash benches/apply_compare.sh
#
# Makes its inputs with benches/make_big_root_files.py (.venv-root: ROOT 6.40
# and uproot) and needs .venv-torch (torch 2.9.1, uproot) for the PyTorch side.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=target/bench-data
WORK=target/bench-apply
ROOTPY=${ROOTPY:-.venv-root/bin/python}
TORCHPY=${TORCHPY:-.venv-torch/bin/python}
mkdir -p "$WORK"
"$ROOTPY" benches/make_big_root_files.py "$DATA" --only apply_10m >/dev/null
# A small training file of the same shape (its own seed range: --entries).
"$ROOTPY" benches/make_big_root_files.py "$WORK/train" --only apply_10m --entries 200000 >/dev/null
cargo build --release --bin tmva-burn >/dev/null 2>&1
BIN=target/release/tmva-burn

vars=$(python3 -c 'print(", ".join(f"\"var{i}\"" for i in range(20)))')
cat > "$WORK/job.toml" <<TOML
[factory]
job = "Apply"
output = "train_out.root"
options = "Silent:!DrawProgressBar:AnalysisType=Classification"

[data]
variables = [$vars]
options = "nTrain_Signal=20000:nTrain_Background=20000:nTest_Signal=5000:nTest_Background=5000:SplitMode=Random:NormMode=NumEvents:!V"
cuts = { Signal = "var0 + 0.5*var1 - var2 > 0", Background = "var0 + 0.5*var1 - var2 <= 0" }

[[data.trees]]
file = "train/apply_10m.root"
tree = "events"
class = "Signal"

[[data.trees]]
file = "train/apply_10m.root"
tree = "events"
class = "Background"

[[methods]]
kind = "PyTorch"
title = "PyTorch"
options = "!H:!V:NumEpochs=2:BatchSize=64:FilenameTrainedModel=trained.pt"
network = { n_inputs = 20, layers = [
    { type = "Linear", out_features = 64 }, { type = "ReLU" },
    { type = "Linear", out_features = 2 }, { type = "Softmax", dim = 1 },
] }
TOML
"$BIN" train "$WORK/job.toml" >/dev/null

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null
  read -r secs rss < "$WORK/time.txt"
  awk -v l="$label" -v s="$secs" -v r="$rss" \
    'BEGIN { printf "| %s | %.2f s | %.2f M events/s | %.0f MiB |\n", l, s, 10/s, r/1024 }'
}
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
echo "CPU: $cpu, $(nproc) cores"
echo "| apply 10M x 20 (ZLIB) to a CSV of scores | wall | throughput | peak RSS |"
echo "| --- | --- | --- | --- |"
measure "tmva-burn apply" "$BIN" apply --weights "$WORK/dataset/weights/Apply_PyTorch.weights.xml" \
  --input "$DATA/apply_10m.root" --tree events --output "$WORK/scores_ours.csv"
[ -x "$TORCHPY" ] && measure "uproot + PyTorch (steps of 131072)" "$TORCHPY" benches/apply_pytorch.py "$WORK/trained.pt" \
  "$DATA/apply_10m.root" "$WORK/scores_torch.csv"
[ -x "$TORCHPY" ] || exit 0
python3 - "$WORK" <<'PY'
import sys
w = sys.argv[1]
a = [float(l) for l in open(f"{w}/scores_ours.csv").read().split()[1:]]
b = [float(l) for l in open(f"{w}/scores_torch.csv").read().split()[1:]]
assert len(a) == len(b) == 10_000_000, (len(a), len(b))
worst = max(abs(x - y) for x, y in zip(a, b))
print(f"scores agree: {len(a)} events, largest difference {worst:.2e}")
PY
