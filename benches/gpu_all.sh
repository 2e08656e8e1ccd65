#!/bin/bash
# Every GPU measurement of the GPU issue in one run that builds nothing on
# the GPU machine: PyTorch CUDA, wgpu and libtorch CUDA on W4 (4-256-256-2,
# 200k events, batch 256) and the bigger net (4-512-512-512-2, 1M events,
# batch 1024), then the device-parameterised tests on wgpu and tch-cuda.
#
# Prepare on the build machine, from the repository root, with a venv whose
# torch is the GPU machine's version (ask it first:
# python3 -c 'import torch; print(torch.__version__, torch.version.cuda)'):
#   python3 -m venv .venv-torchGPU && .venv-torchGPU/bin/pip install torch==<that version>
#   export LIBTORCH_USE_PYTORCH=1 LIBTORCH_BYPASS_VERSION_CHECK=1 VIRTUAL_ENV=$PWD/.venv-torchGPU PATH=$PWD/.venv-torchGPU/bin:$PATH
#   cargo build --release --example gpu_training --features tch --target-dir target-tch
#   cargo test --release --features tch --target-dir target-tch --no-run    # nn_parity, pt_import, end_to_end
#   cargo build --release --example gpu_training --features wgpu --target-dir target-gpu
#   cargo test --release --features wgpu --target-dir target-gpu --no-run
#   mkdir -p .gpubin; copy the two gpu_training binaries as gpu_training_tch and gpu_training_wgpu, and the
#   test binaries target-*/release/deps/{nn_parity,pt_import,end_to_end}-<hash> as <name>_tch and <name>_wgpu;
#   strip and xz them all; cp benches/pytorch_baseline.py .gpubin/;
#   (mkdir -p .gl && cd .gl && apt-get download libvulkan1 libegl1 libglvnd0 libopengl0 libgl1 libglx0 libgles2)
# Run: OUT=<folder> bash benches/gpu_all.sh (with .gpubin and .gl beside it);
# it writes $OUT/log.txt and $OUT/summary.txt.
exec > >(tee $OUT/log.txt) 2>&1
set -x
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv
source benches/gpu_setup.sh
python3 -c "import torch;print(torch.__version__, torch.version.cuda, torch.cuda.get_device_name(0))"
export PYTHONUNBUFFERED=1
big="--hidden 512,512,512 --events 1000000 --batch 1024"
timeout 200 python3 .gpubin/pytorch_baseline.py --workload w4 --repeat 3 --device cuda
timeout 300 python3 .gpubin/pytorch_baseline.py --workload w4big --repeat 3 --device cuda
for run in 1 2; do
  timeout 100 .gpubin/gpu_training_wgpu --device wgpu
  timeout 200 .gpubin/gpu_training_wgpu --device wgpu $big
  LD_LIBRARY_PATH=$TL timeout 100 .gpubin/gpu_training_tch --device tch-cuda:0
  LD_LIBRARY_PATH=$TL timeout 200 .gpubin/gpu_training_tch --device tch-cuda:0 $big
done
# The binaries find their fixtures through the path they were built in.
mkdir -p /work && [ -e /work/main ] || ln -s "$PWD" /work/main
for t in nn_parity pt_import end_to_end; do
  TMVA_BURN_TEST_DEVICES=cpu,wgpu timeout 150 .gpubin/${t}_wgpu --test-threads 1
  LD_LIBRARY_PATH=$TL TMVA_BURN_TEST_DEVICES=cpu,tch-cuda:0 timeout 150 .gpubin/${t}_tch --test-threads 1
done
set +x
grep -E '"workload"|^device |test result' $OUT/log.txt > $OUT/summary.txt
echo DONE
