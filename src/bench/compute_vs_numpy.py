#!/usr/bin/env python3
"""Whole-process speed of the command line against NumPy and a Java hello-world.

    mvn -o -q package -DskipTests
    python3 src/bench/compute_vs_numpy.py [--elements 16777216] [--runs 7] [--jar target/relu-lab.jar]

Two comparisons, each timed as whole processes started from here, in alternated runs (A, B,
A, B, ...) so that a busy machine slows both sides alike:

  compute   `java -jar relu-lab.jar compute --input x.npy --dout d.npy --out DIR` against
            src/bench/python/relu_layer_numpy.py doing the same reads and writes, on
            float64 data of shape (64, H, W) with random signs (seeded);
  start-up  `java -jar relu-lab.jar --version` against a Java hello-world compiled here.

It prints the median wall time of each and the ratios of the medians, and the medians of
the per-pair ratios (robust when the load changes during the runs). NumPy runs under the
interpreter itself, not through a version-manager shim that would add its own start-up.
Both programs' outputs are compared byte for byte once, so the race is a fair one.
"""
import argparse
import filecmp
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
HELLO = "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }\n"


def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def alternate(runs, first, second):
    """Runs the two commands alternately; returns the two lists of wall times."""
    a, b = [], []
    for i in range(runs):
        order = [(first, a), (second, b)] if i % 2 == 0 else [(second, b), (first, a)]
        for cmd, times in order:
            times.append(timed(cmd))
    return a, b


def report(name, a_name, a, b_name, b, limit=None):
    ratio = statistics.median(a) / statistics.median(b)
    pairs = statistics.median(x / y for x, y in zip(a, b))
    print(f"{name}: {a_name} median {statistics.median(a):.3f} s (min {min(a):.3f}), "
          f"{b_name} median {statistics.median(b):.3f} s (min {min(b):.3f})")
    verdict = "" if limit is None else (" (target <= %.2fx: %s)" % (limit, "met" if ratio <= limit else "NOT met"))
    print(f"  ratio of medians {ratio:.2f}x, median of pair ratios {pairs:.2f}x{verdict}")
    return ratio


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--elements", type=int, default=16 * 1024 * 1024)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--jar", default=os.path.join(HERE, "..", "..", "target", "relu-lab.jar"))
    args = parser.parse_args()
    if args.elements % (64 * 64):
        parser.error("--elements must be a multiple of 4096 (64 channels of W x W/64 cells)")
    jar = os.path.abspath(args.jar)
    with tempfile.TemporaryDirectory(prefix="relu-bench-") as tmp:
        rng = np.random.default_rng(12)
        shape = (64, 64, args.elements // 4096)
        x, d = os.path.join(tmp, "x.npy"), os.path.join(tmp, "d.npy")
        np.save(x, rng.standard_normal(shape))
        np.save(d, rng.standard_normal(shape))
        java_out, numpy_out = os.path.join(tmp, "java"), os.path.join(tmp, "numpy")
        java = ["java", "-jar", jar, "compute", "--input", x, "--dout", d, "--out", java_out]
        numpy = [sys.executable, os.path.join(HERE, "python", "relu_layer_numpy.py"), x, d, numpy_out]
        timed(java)
        timed(numpy)
        for name in ("out.npy", "gate.npy", "zeroed.npy", "dx.npy"):
            if not filecmp.cmp(os.path.join(java_out, name), os.path.join(numpy_out, name), shallow=False):
                sys.exit(f"{name} differs between Java and NumPy")
        print(f"{args.elements:,} float64 elements, shape {shape}, {args.runs} alternated runs; outputs identical")
        j, n = alternate(args.runs, java, numpy)
        report("compute", "java", j, "numpy", n, limit=1.0)

        with open(os.path.join(tmp, "Hello.java"), "w") as f:
            f.write(HELLO)
        subprocess.run(["javac", "-d", tmp, os.path.join(tmp, "Hello.java")], check=True)
        version = ["java", "-jar", jar, "--version"]
        hello = ["java", "-cp", tmp, "Hello"]
        timed(version)
        v, h = alternate(args.runs, version, hello)
        report("start-up", "relu-lab --version", v, "hello-world", h)
        print(f"  relu-lab --version median {statistics.median(v):.3f} s (target <= 0.35 s: "
              f"{'met' if statistics.median(v) <= 0.35 else 'NOT met'})")


if __name__ == "__main__":
    main()
