"""Checks a model written by `relu-lab dying --dump FILE.json` with NumPy.

Recomputes every hidden layer's pre-activations z = h @ W + b from the dumped X, W and b and
checks that the units listed as dead are <= 0 on every training point (they never fire) and
that every other unit is > 0 on at least one point. Prints one line per layer and exits with
status 1 if the dump disagrees with NumPy.

Usage: python3 check_dead_units.py FILE.json
"""
import json
import sys

import numpy as np


def main(path):
    with open(path, encoding="utf-8") as f:
        model = json.load(f)
    h = np.asarray(model["X"], dtype=np.float64)
    slope = 0.0
    if model["activation"].startswith("leaky:"):
        slope = float(model["activation"].split(":", 1)[1])
    silent_lists = [d + i for d, i in zip(model["dead"], model["inactive"])]
    ok = True
    for layer, listed in zip(model["layers"][:-1], silent_lists):
        z = h @ np.asarray(layer["W"], dtype=np.float64) + np.asarray(layer["b"], dtype=np.float64)
        silent = np.flatnonzero(np.all(z <= 0, axis=0))
        agrees = sorted(listed) == silent.tolist()
        ok &= agrees
        print(f"{len(silent)} of {z.shape[1]} silent, listed {len(listed)}: {'ok' if agrees else 'MISMATCH'}")
        h = np.where(z > 0, z, slope * z)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
