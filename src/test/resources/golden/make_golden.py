#!/usr/bin/env python3
"""Writes the golden files that the Java engine and the `compute` command are checked against.

Run from anywhere with python3 and NumPy (made with NumPy 2.4):

    python3 src/test/resources/golden/make_golden.py

Deterministic (seeded). For float64 and float32 and ranks 1 to 4 it writes, under relu/:

    {f8,f4}_r{1,2,3,4}_x.npy       input: random values with random signs plus special values
                                   (+-0, NaN, +-Inf, subnormals, huge and tiny numbers)
    {f8,f4}_r{1,2,3,4}_dout.npy    upstream gradient, with +-Inf and NaN at passing and blocked cells
    ..._out.npy     np.maximum(x, 0)
    ..._gate.npy    x > 0
    ..._zeroed.npy  x < 0
    ..._dx.npy      np.where(x > 0, dout, 0), dout cast to x's dtype

under csv/ a CSV input with its values and expected outputs, and under formats/ the same
small array stored in every dtype, byte order, header version and memory order the reader
accepts, each with the float64 values it must read as.
"""
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
RANK_SHAPES = {1: (40,), 2: (5, 8), 3: (2, 4, 5), 4: (1, 2, 4, 5)}

SPECIAL = {
    np.float64: [0.0, -0.0, np.nan, np.inf, -np.inf,
                 5e-324, -5e-324,                   # smallest subnormals
                 -1e-310, 2.2250738585072014e-308,  # a subnormal, the smallest normal
                 1e308, -1e308, 1e-300, -1e-300],   # huge and tiny
    np.float32: [0.0, -0.0, np.nan, np.inf, -np.inf,
                 1e-45, -1e-45,                     # smallest float32 denormals
                 -1e-40, 1.1754944e-38,             # a denormal, the smallest normal
                 3.4e38, -3.4e38, 1e-37, -1e-37],
}


def save(path, array):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    np.save(full, array, allow_pickle=False)


def make_x(rng, dtype, n):
    """Random magnitudes over six decades with random signs, special values at random places."""
    x = rng.standard_normal(n) * 10.0 ** rng.uniform(-3, 3, n)
    special = SPECIAL[dtype]
    x[rng.permutation(n)[:len(special)]] = special
    return x.astype(dtype)


def make_dout(rng, x):
    """Random gradient with +-Inf and NaN both where x > 0 (passing) and elsewhere (blocked)."""
    dout = rng.standard_normal(x.size).astype(x.dtype)
    passing = rng.permutation(np.flatnonzero(x > 0))
    blocked = rng.permutation(np.flatnonzero(~(x > 0)))
    for k, value in enumerate([np.inf, -np.inf, np.nan]):
        dout[passing[k]] = value
        dout[blocked[k]] = value
    return dout


def relu_outputs(x, dout):
    out = np.maximum(x, 0)
    dx = np.where(x > 0, dout.astype(x.dtype), 0)
    assert out.dtype == x.dtype and dx.dtype == x.dtype
    return {"out": out, "gate": x > 0, "zeroed": x < 0, "dx": dx}


def write_relu(rng):
    for dtype, code in [(np.float64, "f8"), (np.float32, "f4")]:
        for rank, shape in RANK_SHAPES.items():
            n = int(np.prod(shape))
            x = make_x(rng, dtype, n)
            dout = make_dout(rng, x)
            name = f"relu/{code}_r{rank}"
            save(f"{name}_x.npy", x.reshape(shape))
            save(f"{name}_dout.npy", dout.reshape(shape))
            for key, value in relu_outputs(x, dout).items():
                save(f"{name}_{key}.npy", value.reshape(shape))


def write_csv():
    text = ("# two depth slices of 3 x 4, as a student would type them\n"
            "1.5, -2, 0, -0\n"
            "nan,inf,-inf,1e-300\n"
            "-5e-324,3,-4.25,+7\n"
            "\n"
            "# slice 2\n"
            "-1,2,-3,4\n"
            "5,-6,7,-8\n"
            "0.125,-0.5,1e308,-1e308\n")
    with open(os.path.join(HERE, "csv", "x.csv"), "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    x = np.array([[[1.5, -2, 0, -0.0], [np.nan, np.inf, -np.inf, 1e-300], [-5e-324, 3, -4.25, 7]],
                  [[-1, 2, -3, 4], [5, -6, 7, -8], [0.125, -0.5, 1e308, -1e308]]])
    save("csv/x.npy", x)
    for key, value in relu_outputs(x, np.ones_like(x)).items():
        if key != "dx":
            save(f"csv/{key}.npy", value)


def write_formats():
    """One small array in every encoding the reader accepts; *_expected.npy is the float64 truth."""
    base = np.array([[[0, 1, -2, 3], [4, -5, 6, 7], [-8, 9, 10, -11]],
                     [[12, -13, 14, 15], [-16, 17, 18, 19], [20, -21, 22, 23]]])
    floats = base + np.array(0.25)
    variants = {
        "f8_big_endian": floats.astype(">f8"),
        "f4_big_endian": floats.astype(">f4"),
        "f4_little_endian": floats.astype("<f4"),
        "i4": base.astype("<i4"),
        "i8": base.astype("<i8") * 1000003,
        "u1": (np.abs(base) * 11).astype("|u1"),
        "b1": base > 0,
        "fortran_3d": np.asfortranarray(floats),
        "fortran_2d": np.asfortranarray(floats[1]),
        "fortran_4d": np.asfortranarray(floats[np.newaxis]),
    }
    for name, array in variants.items():
        save(f"formats/{name}.npy", array)
        save(f"formats/{name}_expected.npy", np.ascontiguousarray(array.astype("<f8")))
    for version in [(1, 0), (2, 0), (3, 0)]:
        name = f"formats/version_{version[0]}_{version[1]}.npy"
        with open(os.path.join(HERE, name), "wb") as f:
            np.lib.format.write_array(f, floats, version=version)
    save("formats/version_expected.npy", floats)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "csv"), exist_ok=True)
    write_relu(np.random.default_rng(20260127))
    write_csv()
    write_formats()
