#!/usr/bin/python3
"""Writes the golden files of Leaky ReLU on float32, as NumPy computes it.

Run with any Python that has NumPy:

    python3 src/test/resources/golden/make_leaky_float32.py

Deterministic (seeded). NumPy multiplies a float32 array by np.float32(a) in float32: the slope is
rounded to float32 first and each product rounded once to float32. Computing a * x in float64 and
rounding the result to float32 differs from that by one ulp in about one cell in eight. It writes:

leaky32/x.npy, leaky32/dout.npy
    float32, shape (10, 10, 10): random normal values times 1, 1e-3 and 1e3, with +-0, +-Inf, NaN,
    subnormals and the largest floats.
leaky32/{a}_out.npy, leaky32/{a}_dx.npy
    np.where(x > 0, x, np.float32(a) * x) and np.where(x > 0, dout, np.float32(a) * dout) for each
    slope a in SLOPES.
"""
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SLOPES = ["0.01", "0.1", "0.2", "0.3", "0.333", "0.05", "0.9"]
SPECIAL = [0.0, -0.0, np.inf, -np.inf, np.nan, 1e-40, -1e-40, 1e-45, -1e-45, 3.4e38, -3.4e38, 1.1754944e-38]


def values(rng, count):
    v = np.concatenate([rng.standard_normal(count // 3) * s for s in (1.0, 1e-3, 1e3)])
    v = np.concatenate([v, SPECIAL * 3])[:count]
    v = np.concatenate([v, rng.standard_normal(count - v.size)])
    return rng.permutation(v).astype(np.float32).reshape(10, 10, 10)


def save(name, array):
    path = os.path.join(HERE, "leaky32", name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    np.save(path, array, allow_pickle=False)


if __name__ == "__main__":
    rng = np.random.default_rng(20201208)
    x = values(rng, 1000)
    dout = values(rng, 1000)
    save("x.npy", x)
    save("dout.npy", dout)
    for a in SLOPES:
        slope = np.float32(a)
        out = np.where(x > 0, x, slope * x)
        dx = np.where(x > 0, dout, slope * dout)
        assert out.dtype == np.float32 and dx.dtype == np.float32
        save(a + "_out.npy", out)
        save(a + "_dx.npy", dx)
        wide = np.where(x > 0, x, (float(a) * x.astype(np.float64)).astype(np.float32))
        print(a, "cells where a float64 product rounded once differs:", int(np.sum(wide.view(np.int32) != out.view(np.int32))))
