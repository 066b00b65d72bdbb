"""Checks the `dead_units` of `relu-lab dying --json` with NumPy, independently of the Java trainer.

Takes the initial network and data (`relu-lab dying --steps 0 --dump INIT.json`, same seed and
shape) and the summary of the full run (`relu-lab dying --json`, same settings, plain full-batch
SGD). Trains the network again in NumPy, float64: forward z = h @ W + b, ReLU on the hidden
layers, mean softmax cross-entropy, backward, W -= lr * dW. After every step it notes which
hidden units fire on no training point (z <= 0 everywhere), and from that history computes
died_at_step for the units dead at the end: the first step S from which a unit is silent at
every step to the end (0 for a unit dead at initialisation).

Rounding can differ from Java's sums in the last bits. At a high rate training is chaotic and
such a difference grows until the two runs part: at lr 2 (seed 1, the default network) they agree
on every unit for 100 steps and part before 300; at lr 1 they agree for all 300. A unit whose largest pre-activation
comes within 1e-9 of 0 would be ambiguous, and the script says so rather than guess.
Prints one line per unit that disagrees and a summary; exits 1 on any disagreement.

Usage: python3 check_died_at_step.py INIT.json SUMMARY.json
"""
import json
import sys

import numpy as np

AMBIGUOUS = 1e-9


def silent_units(ws, bs, x):
    """Per hidden layer, the boolean silent mask and the largest pre-activation per unit."""
    h = x
    masks, margins = [], []
    for w, b in zip(ws[:-1], bs[:-1]):
        z = h @ w + b
        zmax = z.max(axis=0)
        masks.append(~(zmax > 0))
        margins.append(np.abs(zmax))
        h = np.maximum(z, 0)
    return masks, margins


def step(ws, bs, x, y, lr):
    n = x.shape[0]
    hs, zs = [x], []
    for w, b in zip(ws[:-1], bs[:-1]):
        z = hs[-1] @ w + b
        zs.append(z)
        hs.append(np.maximum(z, 0))
    s = hs[-1] @ ws[-1] + bs[-1]
    s = s - s.max(axis=1, keepdims=True)
    p = np.exp(s)
    p /= p.sum(axis=1, keepdims=True)
    dz = p
    dz[np.arange(n), y] -= 1
    dz /= n
    for layer in range(len(ws) - 1, -1, -1):
        dw = hs[layer].T @ dz
        db = dz.sum(axis=0)
        if layer > 0:
            dz = (dz @ ws[layer].T) * (zs[layer - 1] > 0)
        ws[layer] -= lr * dw
        bs[layer] -= lr * db


def main(init_path, summary_path):
    with open(init_path, encoding="utf-8") as f:
        init = json.load(f)
    with open(summary_path, encoding="utf-8") as f:
        summary = json.load(f)
    x = np.asarray(init["X"], dtype=np.float64)
    y = np.asarray(init["y"], dtype=np.int64)
    ws = [np.asarray(layer["W"], dtype=np.float64) for layer in init["layers"]]
    bs = [np.asarray(layer["b"], dtype=np.float64) for layer in init["layers"]]
    lr = summary["lr"]
    steps = summary["steps_run"]
    history, closest = [], np.inf
    for k in range(steps + 1):
        masks, margins = silent_units(ws, bs, x)
        history.append(masks)
        closest = min(closest, min(m.min() for m in margins))
        if k < steps:
            step(ws, bs, x, y, lr)
    expected = {}
    for layer, last in enumerate(history[-1]):
        for unit in np.flatnonzero(last):
            s = steps
            while s > 0 and history[s - 1][layer][unit]:
                s -= 1
            expected[(layer, int(unit))] = s
    listed = {(d["layer"], d["unit"]): d["died_at_step"] for d in summary["dead_units"]}
    ok = expected == listed
    for key in sorted(set(expected) | set(listed)):
        if expected.get(key) != listed.get(key):
            print(f"layer {key[0]} unit {key[1]}: NumPy {expected.get(key)}, Java {listed.get(key)}")
    if closest < AMBIGUOUS:
        print(f"note: some unit's largest pre-activation came within {closest:.1e} of 0")
    print(f"{len(expected)} dead units, died_at_step {'ok' if ok else 'MISMATCH'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
