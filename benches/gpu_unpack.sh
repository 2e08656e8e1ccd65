# Sourced on the lent machine (by gpu_setup.sh, and by device_check.sh for
# its CPU-only run): unpacks the xz-compressed binaries in .gpubin/ and makes
# them executable.
python3 -c "import lzma,glob
for f in glob.glob('.gpubin/*.xz'): open(f[:-3],'wb').write(lzma.open(f).read())"
find .gpubin -type f ! -name '*.xz' ! -name '*.py' -exec chmod +x {} +
