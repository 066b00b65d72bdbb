#!/usr/bin/env python3
"""The dying-ReLU sweep in NumPy, to time against `relu-lab dying --sweep --json`.

Does the same runs as the Java command, in one process: 25 learning rates from 1e-3 to 10
(evenly on a log scale) x 3 seeds; each run trains a 2-64-64-3 ReLU network with He-normal
weights and zero biases on the 300-point, 3-arm spiral (standardised) with 300 full-batch SGD
steps of mean softmax cross-entropy. Like the Java trainer it evaluates every step on the whole
set (loss, accuracy and the silent units of each hidden layer: pre-activation <= 0 on every
point), and stops a run whose loss is no longer finite, keeping the last finite step.

The numbers differ from Java's (NumPy's random generator is not java.util.Random), the work
does not: the same matrix products, per step, for the same 75 runs. It prints the runs as JSON
in the format of `relu-lab dying --sweep --json`.

Usage (whole process against whole process; src/bench/dying_sweep_compare.sh does this):

    time python3 src/bench/python/dying_sweep_numpy.py > /dev/null
    time java -jar target/relu-lab.jar dying --sweep --json > /dev/null
"""
import argparse
import json
import sys

import numpy as np

POINTS_PER_CLASS = 100
CLASSES = 3
WIDTH = 64
STEPS = 300


def spiral(rng):
    x = np.zeros((POINTS_PER_CLASS * CLASSES, 2))
    y = np.zeros(POINTS_PER_CLASS * CLASSES, dtype=np.int64)
    for k in range(CLASSES):
        ix = range(POINTS_PER_CLASS * k, POINTS_PER_CLASS * (k + 1))
        r = np.linspace(0.0, 1, POINTS_PER_CLASS)
        t = np.linspace(k * 4, (k + 1) * 4, POINTS_PER_CLASS) + rng.standard_normal(POINTS_PER_CLASS) * 0.2
        x[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        y[ix] = k
    x = (x - x.mean(axis=0)) / x.std(axis=0)
    return x, y


def train(lr, seed):
    rng = np.random.default_rng(seed)
    x, y = spiral(rng)
    n = x.shape[0]
    sizes = [2, WIDTH, WIDTH, CLASSES]
    ws = [rng.standard_normal((a, b)) * np.sqrt(2.0 / a) for a, b in zip(sizes[:-1], sizes[1:])]
    bs = [np.zeros(b) for b in sizes[1:]]
    previous = None
    diverged_at = -1
    result = None
    for step in range(STEPS + 1):
        h1z = x @ ws[0] + bs[0]
        h1 = np.maximum(h1z, 0)
        h2z = h1 @ ws[1] + bs[1]
        h2 = np.maximum(h2z, 0)
        s = h2 @ ws[2] + bs[2]
        with np.errstate(over="ignore", invalid="ignore"):
            shifted = s - s.max(axis=1, keepdims=True)
            e = np.exp(shifted)
            total = e.sum(axis=1, keepdims=True)
            loss = float(np.mean(np.log(total[:, 0]) - shifted[np.arange(n), y]))
        if not np.isfinite(loss):
            diverged_at = step
            break
        dead = [float(np.all(h1z <= 0, axis=0).mean()), float(np.all(h2z <= 0, axis=0).mean())]
        accuracy = float(np.mean(np.argmax(s, axis=1) == y))
        result = (loss, accuracy, dead)
        if step == STEPS:
            break
        ds = e / total
        ds[np.arange(n), y] -= 1
        ds /= n
        grads_w = [None] * 3
        grads_b = [None] * 3
        grads_w[2] = h2.T @ ds
        grads_b[2] = ds.sum(axis=0)
        dh2 = ds @ ws[2].T
        dh2[h2z <= 0] = 0
        grads_w[1] = h1.T @ dh2
        grads_b[1] = dh2.sum(axis=0)
        dh1 = dh2 @ ws[1].T
        dh1[h1z <= 0] = 0
        grads_w[0] = x.T @ dh1
        grads_b[0] = dh1.sum(axis=0)
        with np.errstate(over="ignore", invalid="ignore"):
            for layer in range(3):
                ws[layer] = ws[layer] - lr * grads_w[layer]
                bs[layer] = bs[layer] - lr * grads_b[layer]
    loss, accuracy, dead = result
    return {"lr": lr, "seed": seed, "diverged": diverged_at >= 0, "final_loss": loss,
            "train_accuracy": accuracy, "dead_fraction": dead}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rates", type=int, default=25)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--min-lr", type=float, default=1e-3)
    parser.add_argument("--max-lr", type=float, default=10.0)
    args = parser.parse_args()
    rates = np.logspace(np.log10(args.min_lr), np.log10(args.max_lr), args.rates)
    runs = [train(float(lr), seed) for lr in rates for seed in range(1, args.seeds + 1)]
    json.dump({"runs": runs}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
