# Sourced by the GPU scripts (gpu_all.sh, gpu_w4.sh, gpu_tests.sh) on the GPU
# machine: installs the Vulkan loader debs from .gl/, points Vulkan at the
# NVIDIA driver, unpacks the xz-compressed binaries in .gpubin/ and sets TL to
# the directory of the machine's libtorch (its PyTorch's torch/lib).
for f in .gl/*.deb; do dpkg -x $f /; done; ldconfig
if ls /usr/local/nvidia/share/vulkan/icd.d/ 2>/dev/null; then
  export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
  export __EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
fi
source benches/gpu_unpack.sh
TL=$(python3 -c "import torch,os;print(os.path.dirname(torch.__file__))" 2>/dev/null)/lib
