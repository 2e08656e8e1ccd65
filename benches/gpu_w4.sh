#!/bin/bash
# W4 on a GPU machine (the run recorded in BENCHMARKS.md, "W4 on a GPU").
# Prepare on the build machine, from the repository root:
#   cargo build --release --example gpu_training --features wgpu --target-dir target-gpu
#   LIBTORCH_USE_PYTORCH=1 LIBTORCH_BYPASS_VERSION_CHECK=1 cargo build --release --example gpu_training --features tch --target-dir target-tch
#   mkdir -p .gpubin; cp target-gpu/release/examples/gpu_training .gpubin/gpu_training_wgpu
#   cp target-tch/release/examples/gpu_training .gpubin/gpu_training_tch; strip .gpubin/gpu_training_*; xz .gpubin/gpu_training_*
#   cp benches/pytorch_baseline.py .gpubin/; (mkdir -p .gl && cd .gl && apt-get download libvulkan1 libegl1 libglvnd0 libopengl0 libgl1 libglx0 libgles2)
# then run this script on the GPU machine with .gpubin and .gl beside it; OUT names a folder for the log.
exec > >(tee $OUT/log.txt) 2>&1
set -x
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv
source benches/gpu_setup.sh
python3 -c "import torch;print(torch.__version__, torch.cuda.get_device_name(0))"
export PYTHONUNBUFFERED=1
timeout 150 python3 .gpubin/pytorch_baseline.py --workload w4 --repeat 3 --device cuda
timeout 100 .gpubin/gpu_training_wgpu --device wgpu
timeout 100 .gpubin/gpu_training_wgpu --device wgpu
LD_LIBRARY_PATH=$TL timeout 60 .gpubin/gpu_training_tch --device tch-cuda:0
LD_LIBRARY_PATH=$TL timeout 60 .gpubin/gpu_training_tch --device tch-cuda:0
timeout 60 .gpubin/gpu_training_wgpu --device cpu
timeout 150 python3 .gpubin/pytorch_baseline.py --workload w4 --repeat 1 --device cpu --threads 16
echo DONE
