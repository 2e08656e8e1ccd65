#!/bin/bash
# One short run on a lent GPU machine, building nothing there: the
# device-parameterised tests on wgpu and on libtorch CUDA, W4 on the GPU
# (PyTorch CUDA, wgpu, tch-cuda), then `benches/compare.py` on two of the
# machine's CPU cores (ours and PyTorch pinned alike with taskset), a second
# CPU model for the issue-15 ratio table.
#
# Prepare .gpubin/ and .gl/ as benches/gpu_all.sh says (the tch binaries
# against the machine's torch version), and add the CPU side:
#   cargo bench --no-run --bench training --bench workflow
#   cargo build --release --example gpu_training
#   copy target/release/deps/{training,workflow}-<hash> and
#   target/release/examples/gpu_training into .gpubin/ as training, workflow
#   and gpu_training; strip and xz them.
# Run: OUT=<folder> bash benches/device_check.sh; writes $OUT/log.txt and $OUT/summary.txt.
# CPU_ONLY=1 runs only the CPU side (then .gpubin/ needs only training,
# workflow and gpu_training, and .gl/ is not used), with W4 on one training
# thread beside the default two.
exec > >(tee $OUT/log.txt) 2>&1
set -x
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv
lscpu | grep -E 'Model name|^CPU\(s\)'
if [ -n "$CPU_ONLY" ]; then
  source benches/gpu_unpack.sh
  python3 -c "import torch;print(torch.__version__)"
  mkdir -p /work && [ -e /work/main ] || ln -s "$PWD" /work/main
  for i in 1 2 3; do
    taskset -c 0,1 .gpubin/gpu_training --device cpu
    taskset -c 0,1 .gpubin/gpu_training --device cpu --threads 1
  done
  timeout 300 taskset -c 0,1 python3 benches/compare.py --python python3 --bin-dir .gpubin --repeat 3
  set +x
  grep -E '"workload"|^device |^\| W' $OUT/log.txt > $OUT/summary.txt
  echo DONE
  exit 0
fi
source benches/gpu_setup.sh
python3 -c "import torch;print(torch.__version__, torch.version.cuda, torch.cuda.get_device_name(0))"
export PYTHONUNBUFFERED=1
# The binaries find their fixtures through the path they were built in.
mkdir -p /work && [ -e /work/main ] || ln -s "$PWD" /work/main
for t in nn_parity pt_import end_to_end; do
  TMVA_BURN_TEST_DEVICES=cpu,wgpu timeout 150 .gpubin/${t}_wgpu --test-threads 1
  LD_LIBRARY_PATH=$TL TMVA_BURN_TEST_DEVICES=cpu,tch-cuda:0 timeout 150 .gpubin/${t}_tch --test-threads 1
done
timeout 120 python3 .gpubin/pytorch_baseline.py --workload w4 --repeat 3 --device cuda
# W4 through wgpu only when its binary came (the transfer is limited to 64 MiB).
if [ -x .gpubin/gpu_training_wgpu ]; then
  timeout 60 .gpubin/gpu_training_wgpu --device wgpu
  timeout 60 .gpubin/gpu_training_wgpu --device wgpu
fi
LD_LIBRARY_PATH=$TL timeout 60 .gpubin/gpu_training_tch --device tch-cuda:0
timeout 240 taskset -c 0,1 python3 benches/compare.py --python python3 --bin-dir .gpubin --repeat 3
set +x
grep -E '"workload"|^device |test result|^\| W' $OUT/log.txt > $OUT/summary.txt
echo DONE
