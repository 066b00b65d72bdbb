#!/usr/bin/python3
"""Writes the golden files for erf and for the ReLU family, made by PyTorch and mpmath.

Run with Debian's interpreter, which has PyTorch 1.13 (python3-torch) and mpmath:

    /usr/bin/python3 src/test/resources/golden/make_family_golden.py

Deterministic (seeded). It writes:

erf/x.npy, erf/erf.npy, erf/erfc.npy
    float64 points (edge values, fdlibm's breakpoints 0.84375, 1.25, 1/0.35, 6 and 28 with their
    neighbours, thousands of random points) and erf, erfc computed by mpmath with 60 digits and
    rounded once to the nearest double.

family/{spec}_{f8,f4}_{x,dout}.npy
    input: random normal values times 0.01, 1, 5 and 30 plus special values (+-0, NaN, +-Inf,
    subnormals, huge values, PyTorch's softplus threshold 20, the zeros of GELU' and SiLU', the
    underflow of exp); dout: random normal with +-Inf and NaN cells.
family/{spec}_{f8,f4}_{out,dx,slope}.npy
    torch.nn.functional's forward, backward (x.grad for that dout) and slope (x.grad for dout = 1),
    computed in the input's dtype, as PyTorch does.
family/{spec}_{f8,f4}_{out,dx,slope}_true.npy
    the mathematics, by mpmath with 60 digits, rounded once to the dtype: the function's limits at
    +-Inf, NaN for NaN, and dx = f'(x) * dout except that a slope that is 0 as a double (the
    precision the program computes in) blocks an infinite or NaN dout (gives 0), as ReLU's does.

spec is the member's name with ':' as '_': relu, leaky_0.01, leaky_0.2, elu_1.0, elu_0.5, gelu,
gelu_tanh, silu, softplus, sigmoid, tanh.

ReLU and Leaky ReLU are selects, x > 0 ? x : a*x and x > 0 ? dout : a*dout, so at a NaN x they
take the other branch: ReLU blocks the gradient there (slope 0, dx 0), where PyTorch's relu
passes dout through, and Leaky ReLU gives a*dout as PyTorch does. ReLU'(0) is 0, as in PyTorch.
"""
import os

import mpmath
import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
mpmath.mp.dps = 60
INF = float("inf")
NAN = float("nan")

# PyTorch's constants for the tanh approximation, as doubles: sqrt(2/pi) and 0.044715.
K_BETA = 2.0 ** 0.5 * (2.0 / np.pi ** 0.5) * 0.5
K_KAPPA = 0.044715
SOFTPLUS_THRESHOLD = 20.0

SPECIAL = {
    np.float64: [0.0, -0.0, NAN, INF, -INF, 5e-324, -5e-324, -1e-310, 2.2250738585072014e-308,
                 1e308, -1e308, 1e-300, -1e-300, 1000.0, -1000.0, -745.2, -709.8, -40.0, -38.5,
                 -37.0, -27.0, -10.0, 20.0, np.nextafter(20.0, 21.0), np.nextafter(20.0, 19.0), 30.0,
                 -0.7517915, -1.2784645, -1e-10, 1e-10, 1e-20, -1e-20],
    np.float32: [0.0, -0.0, NAN, INF, -INF, 1e-45, -1e-45, -1e-40, 1.1754944e-38,
                 3.4e38, -3.4e38, 1e-37, -1e-37, 1000.0, -1000.0, -104.0, -88.7, -40.0, -14.0,
                 -10.0, 20.0, np.nextafter(np.float32(20.0), np.float32(21.0)),
                 np.nextafter(np.float32(20.0), np.float32(19.0)), 30.0,
                 -0.7517915, -1.2784645, -1e-10, 1e-10, 1e-20, -1e-20],
}
SCALES = [0.01, 1.0, 5.0, 30.0]
PER_SCALE = 150

SPECS = ["relu", "leaky:0.01", "leaky:0.2", "elu:1.0", "elu:0.5", "gelu", "gelu:tanh", "silu", "softplus",
         "sigmoid", "tanh"]


def save(path, array):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    np.save(full, array, allow_pickle=False)


def nearest(value, dtype):
    """An mpf (or float) rounded once to the dtype: through its decimal digits, which Python rounds correctly."""
    if isinstance(value, float):
        return np.array(value).astype(dtype)[()] if dtype == np.float32 else value
    text = mpmath.nstr(value, 40, strip_zeros=False, min_fixed=1, max_fixed=0)
    return np.float32(text) if dtype == np.float32 else float(text)


# ---------------------------------------------------------------- erf

def erf_points(rng):
    points = [0.0, -0.0, NAN, INF, -INF, 5e-324, -5e-324, 1e-310, 2.2250738585072014e-308,
              2.0 ** -28, 2.0 ** -56, 1e-300, 0.25, 0.5, 1.0, 2.0, 3.0, 5.9, 26.5, 27.2, 27.3, 40.0, 1e300]
    for b in [0.84375, 1.25, 1 / 0.35, 6.0, 28.0, 0.25, 2.0 ** -28, 2.0 ** -56]:
        x = b
        for _ in range(4):
            points.append(x)
            x = np.nextafter(x, INF)
        x = b
        for _ in range(4):
            x = np.nextafter(x, -INF)
            points.append(x)
    points += list(rng.uniform(0, 7, 3000))
    points += list(rng.uniform(0, 30, 2000))
    points += list(10.0 ** rng.uniform(-320, 0, 1000))
    points += list(rng.standard_normal(2000))
    points += [-p for p in points]
    return np.array(points, dtype=np.float64)


def true_erf(v):
    """(erf(v), erfc(v)) rounded to doubles; past |v| = 30 both are their limits to the last bit."""
    if np.isnan(v):
        return v, v
    if abs(v) >= 30:
        return (1.0, 0.0) if v > 0 else (-1.0, 2.0)
    erfc = nearest(mpmath.erfc(mpmath.mpf(v)), np.float64)
    return (v if v == 0 else nearest(mpmath.erf(mpmath.mpf(v)), np.float64)), erfc


def write_erf(rng):
    x = erf_points(rng)
    erf, erfc = (np.array(a) for a in zip(*(true_erf(v) for v in x)))
    save("erf/x.npy", x)
    save("erf/erf.npy", erf)
    save("erf/erfc.npy", erfc)


# ---------------------------------------------------------------- the family in mpmath

def sigmoid(x):
    return 1 / (1 + mpmath.exp(-x))


def true_member(spec, v):
    """(f(v), f'(v)) of a finite, non-zero float v as mpf."""
    x = mpmath.mpf(v)
    if spec == "relu":
        return (x, mpmath.mpf(1)) if x > 0 else (mpmath.mpf(0), mpmath.mpf(0))
    if spec.startswith("leaky:"):
        a = mpmath.mpf(float(spec[6:]))
        return (x, mpmath.mpf(1)) if x > 0 else (a * x, a)
    if spec == "sigmoid":
        return sigmoid(x), sigmoid(x) * sigmoid(-x)
    if spec == "tanh":
        return mpmath.tanh(x), mpmath.sech(x) ** 2
    if spec.startswith("elu:"):
        a = mpmath.mpf(float(spec[4:]))
        return (x, mpmath.mpf(1)) if x > 0 else (a * mpmath.expm1(x), a * mpmath.exp(x))
    if spec == "gelu":
        if abs(v) > 40:  # Phi(x) is 1 or below 1e-350: x itself or -0, to the last bit
            return (x, mpmath.mpf(1)) if v > 0 else (mpmath.mpf(-0.0), mpmath.mpf(-0.0))
        cdf = mpmath.erfc(-x / mpmath.sqrt(2)) / 2
        pdf = mpmath.exp(-x * x / 2) / mpmath.sqrt(2 * mpmath.pi)
        return x * cdf, cdf + x * pdf
    if spec == "gelu:tanh":
        b, k = mpmath.mpf(K_BETA), mpmath.mpf(K_KAPPA)
        u = b * (x + k * x ** 3)
        half = sigmoid(2 * u)  # (1 + tanh(u)) / 2 and 1 - tanh(u)^2 = 4 s(2u) s(-2u), without cancellation
        return x * half, half + x / 2 * (4 * half * sigmoid(-2 * u)) * b * (1 + 3 * k * x * x)
    if spec == "silu":
        s = sigmoid(x)
        return x * s, s * (1 + x * (1 - s))
    if spec == "softplus":
        if v > SOFTPLUS_THRESHOLD:
            return x, mpmath.mpf(1)
        return mpmath.log1p(mpmath.exp(x)), sigmoid(x)
    raise ValueError(spec)


def true_special(spec, v):
    """(f(v), f'(v)) as floats at NaN, +-Inf and +-0, where the limits or the signs decide."""
    if spec == "relu" or spec.startswith("leaky:"):
        a = 0.0 if spec == "relu" else float(spec[6:])
        if v > 0:
            return v, 1.0
        if spec == "relu":
            return (v if np.isnan(v) else 0.0), a  # NaN stays NaN; -Inf and +-0 give 0
        return a * v, a  # NaN, -Inf and +-0 take the other branch
    if np.isnan(v):
        return NAN, NAN
    if spec == "sigmoid":
        return ((1.0, 0.0) if v > 0 else (0.0, 0.0)) if np.isinf(v) else (0.5, 0.25)
    if spec == "tanh":
        return (float(np.sign(v)), 0.0) if np.isinf(v) else (v, 1.0)
    if v == INF:
        return INF, 1.0
    if v == -INF:
        if spec.startswith("elu:"):
            return -float(spec[4:]), 0.0
        return (0.0, 0.0) if spec == "softplus" else (-0.0, 0.0)
    # +-0
    if spec.startswith("elu:"):
        return float(spec[4:]) * v, float(spec[4:])
    if spec == "softplus":
        return float(mpmath.log(2)), 0.5
    return 0.5 * v, 0.5


def truth(spec, x, dout, dtype):
    out, dx, slope = [], [], []
    for v, d in zip(x.tolist(), dout.tolist()):
        if np.isnan(v) or np.isinf(v) or v == 0:
            f, s = true_special(spec, v)
            fo, so = nearest(f, dtype), nearest(s, dtype)
            s_hp = mpmath.mpf(s) if not np.isnan(s) else None
        else:
            f, s_hp = true_member(spec, v)
            fo, so = nearest(f, dtype), nearest(s_hp, dtype)
        blocked = nearest(s_hp, np.float64) == 0 if s_hp is not None else False
        if np.isnan(so) or np.isnan(d):
            g = 0.0 if blocked else NAN
        elif blocked and np.isinf(d):
            g = 0.0
        elif np.isinf(d):
            g = float(nearest(s_hp, np.float64)) * d
        else:
            g = nearest(s_hp * mpmath.mpf(d), dtype) if d != 0 and s_hp != 0 else float(so) * d
        out.append(fo)
        slope.append(so)
        dx.append(nearest(g, dtype))
    return [np.array(a, dtype=dtype) for a in (out, dx, slope)]


# ---------------------------------------------------------------- PyTorch

def torch_member(spec):
    if spec.startswith("elu:"):
        return lambda t: F.elu(t, alpha=float(spec[4:]))
    if spec.startswith("leaky:"):
        return lambda t: F.leaky_relu(t, negative_slope=float(spec[6:]))
    return {"relu": F.relu, "sigmoid": torch.sigmoid, "tanh": torch.tanh,"gelu": F.gelu, "gelu:tanh": lambda t: F.gelu(t, approximate="tanh"),
            "silu": F.silu, "softplus": F.softplus}[spec]


def torch_pass(spec, x, dout):
    f = torch_member(spec)
    t = torch.tensor(x, requires_grad=True)
    out = f(t)
    out.backward(torch.tensor(dout))
    s = torch.tensor(x, requires_grad=True)
    f(s).backward(torch.ones_like(s))
    return out.detach().numpy(), t.grad.numpy(), s.grad.numpy()


def make_x(rng, dtype):
    x = np.concatenate([rng.standard_normal(PER_SCALE) * scale for scale in SCALES])
    x = np.concatenate([x, np.array(SPECIAL[dtype])])
    return rng.permutation(x).astype(dtype)


def make_dout(rng, x):
    dout = rng.standard_normal(x.size).astype(x.dtype)
    cells = rng.permutation(x.size)
    for k, value in enumerate([INF, -INF, NAN] * 4):
        dout[cells[k]] = value
    # An infinite dout where the slope is 0 or tiny, and where x is NaN.
    dout[np.flatnonzero(x == -np.inf)[0]] = INF
    dout[np.flatnonzero(x == -1000.0)[0]] = -INF
    dout[np.flatnonzero(np.isnan(x))[0]] = INF
    return dout


def write_family(rng):
    for dtype, code in [(np.float64, "f8"), (np.float32, "f4")]:
        x = make_x(rng, dtype)
        dout = make_dout(rng, x)
        for spec in SPECS:
            name = "family/" + spec.replace(":", "_") + "_" + code
            save(name + "_x.npy", x)
            save(name + "_dout.npy", dout)
            for key, value in zip(["out", "dx", "slope"], torch_pass(spec, x, dout)):
                assert value.dtype == dtype
                save(f"{name}_{key}.npy", value)
            for key, value in zip(["out", "dx", "slope"], truth(spec, x, dout, dtype)):
                save(f"{name}_{key}_true.npy", value)


if __name__ == "__main__":
    torch.manual_seed(0)
    write_erf(np.random.default_rng(20261207))
    write_family(np.random.default_rng(20261208))
