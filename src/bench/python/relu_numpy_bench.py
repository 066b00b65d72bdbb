#!/usr/bin/env python3
"""Times ReLU in NumPy the way the chapter writes it, to compare with `relu-lab bench`.

    copy               np.copyto(out, x)             16 bytes per element (read x, write out)
    relu-forward       np.maximum(x, 0)              16 bytes per element
    relu-forward-out   np.maximum(x, 0, out=out)     16 bytes per element, into an existing array
    relu-backward      np.where(x > 0, dout, 0)      24 bytes per element (read x and dout, write dx)

The chapter's forms allocate a new result array on every call, as NumPy code usually does;
relu-forward-out shows what NumPy reaches without that allocation (np.where has no out=).

The data are the same kind as the Java runner's: N float64 Gaussian values (random signs),
a few warm-up calls, then the median of several timed calls. Bandwidth counts bytes read plus
written, as in Java. These ufuncs run on one thread; OpenBLAS settings do not affect them.

Usage, back to back with the Java figures:

    java -jar target/relu-lab.jar bench --json > /tmp/java.json
    python3 src/bench/python/relu_numpy_bench.py --compare /tmp/java.json

Without --compare it prints its own figures as JSON in the `relu-lab bench --json` format.
"""
import argparse
import json
import statistics
import sys
import time

import numpy as np

DEFAULT_ELEMENTS = 8 * 1024 * 1024
WARMUP_CALLS = 3
TIMED_CALLS = 7
SEED = 2026


def median_seconds(fn):
    for _ in range(WARMUP_CALLS):
        fn()
    samples = []
    for _ in range(TIMED_CALLS):
        start = time.perf_counter_ns()
        fn()
        samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples)


def measure(n):
    rng = np.random.default_rng(SEED)
    x = rng.standard_normal(n)
    dout = rng.standard_normal(n)
    out = np.empty_like(x)
    kernels = [
        ("copy", 16, lambda: np.copyto(out, x)),
        ("relu-forward", 16, lambda: np.maximum(x, 0)),
        ("relu-forward-out", 16, lambda: np.maximum(x, 0, out=out)),
        ("relu-backward", 24, lambda: np.where(x > 0, dout, 0)),
    ]
    results = []
    for name, bytes_per_element, fn in kernels:
        ns_per_element = median_seconds(fn) / n
        results.append({"name": name, "ns_per_element": ns_per_element,
                        "gbps": bytes_per_element / ns_per_element})
    return {"elements": n, "results": results}


def compare(java, numpy_report):
    by_name = {r["name"]: r for r in java["results"]}
    print(f"{numpy_report['elements']:,} elements; GB/s = bytes read + written per ns")
    print(f"{'kernel':<18}{'Java GB/s':>10}{'NumPy GB/s':>12}{'Java/NumPy':>12}"
          f"{'Java vs copy':>14}{'NumPy vs copy':>15}")
    java_copy = by_name["copy"]["gbps"]
    numpy_copy = numpy_report["results"][0]["gbps"]
    for r in numpy_report["results"]:
        j = by_name[r["name"].removesuffix("-out")]["gbps"]
        print(f"{r['name']:<18}{j:>10.2f}{r['gbps']:>12.2f}{j / r['gbps']:>11.2f}x"
              f"{j / java_copy:>13.2f}x{r['gbps'] / numpy_copy:>14.2f}x")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--elements", type=int, help="elements per array (default: the Java run's, "
                        f"else {DEFAULT_ELEMENTS})")
    parser.add_argument("--compare", metavar="JAVA_JSON",
                        help="output of `relu-lab bench --json` to compare with")
    args = parser.parse_args()
    java = None
    if args.compare:
        with open(args.compare, encoding="utf-8") as f:
            java = json.load(f)
    n = args.elements or (java["elements"] if java else DEFAULT_ELEMENTS)
    if n <= 0:
        sys.exit(f"relu_numpy_bench: the number of elements must be positive, got {n}")
    report = measure(n)
    if java is None:
        print(json.dumps(report))
    else:
        if java["elements"] != n:
            sys.exit(f"relu_numpy_bench: the Java run used {java['elements']} elements, not {n}")
        compare(java, report)


if __name__ == "__main__":
    main()
