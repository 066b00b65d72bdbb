#!/usr/bin/env python3
"""The NumPy twin of `relu-lab compute --input X --dout D --out DIR`: the same reads and writes.

    python3 src/bench/python/relu_layer_numpy.py X.npy D.npy DIR

It loads x and dout, writes out.npy (np.maximum(x, 0)), gate.npy (x > 0), zeroed.npy (x < 0)
and dx.npy (np.where(x > 0, dout, 0)) into DIR, and prints the cells zeroed per channel and in
total, as the Java command does. src/bench/compute_vs_numpy.py times the two processes.
"""
import os
import sys

import numpy as np


def main(x_path, dout_path, out_dir):
    x = np.load(x_path)
    dout = np.load(dout_path)
    os.makedirs(out_dir, exist_ok=True)
    gate = x > 0
    zeroed = x < 0
    np.save(os.path.join(out_dir, "out.npy"), np.maximum(x, 0))
    np.save(os.path.join(out_dir, "gate.npy"), gate)
    np.save(os.path.join(out_dir, "zeroed.npy"), zeroed)
    np.save(os.path.join(out_dir, "dx.npy"), np.where(gate, dout, 0.0))
    per_channel = zeroed.reshape(x.shape[0] if x.ndim == 3 else 1, -1).sum(axis=1)
    for d, count in enumerate(per_channel[:32]):
        print(f"  channel {d}: {count:,} of {zeroed[d].size if x.ndim == 3 else zeroed.size:,}")
    print(f"in total: {int(per_channel.sum()):,} of {x.size:,} cells zeroed")


if __name__ == "__main__":
    main(*sys.argv[1:4])
