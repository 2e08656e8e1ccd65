#!/bin/bash
# The device-parameterised tests (nn parity, model.pt import, end-to-end tutorial) on a GPU
# machine through wgpu (the run recorded in BENCHMARKS.md). Prepare on the build machine:
#   cargo test --release --features wgpu --no-run   # then copy, strip and xz target/release/deps/{nn_parity,pt_import,end_to_end}-<hash>
#   into .gpubin/ as nn_parity.xz, pt_import.xz, end_to_end.xz, and the Vulkan loader debs into .gl/ (see gpu_w4.sh).
exec > >(tee $OUT/tests.txt) 2>&1
set -x
source benches/gpu_setup.sh
# The binaries find their fixtures through the path they were built in.
mkdir -p /work && [ -e /work/main ] || ln -s "$PWD" /work/main
export TMVA_BURN_TEST_DEVICES=cpu,wgpu
for t in nn_parity pt_import end_to_end; do timeout 150 .gpubin/$t --test-threads 1; done
echo DONE
