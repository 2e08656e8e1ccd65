#!/usr/bin/env python3
"""uproot + PyTorch's side of benches/apply_compare.sh: read the ROOT file in
steps of 131072 entries (as tmva-burn apply does), run the trained TorchScript
model on the 20 variables, write one signal score per line (after a header).

    python benches/apply_pytorch.py TRAINED.pt INPUT.root OUTPUT.csv
"""
import sys

import numpy as np
import torch
import uproot

torch.set_num_threads(2)
model = torch.jit.load(sys.argv[1])
model.eval()
names = [f"var{i}" for i in range(20)]
with open(sys.argv[3], "w") as out, torch.no_grad():
    out.write("PyTorch\n")
    for chunk in uproot.iterate(f"{sys.argv[2]}:events", names, step_size=131072, library="np"):
        x = np.stack([chunk[n] for n in names], axis=1).astype(np.float32)
        scores = model(torch.from_numpy(x))[:, 0].numpy()
        np.savetxt(out, scores, fmt="%.9g")
