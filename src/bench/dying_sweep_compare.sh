#!/usr/bin/env bash
# The dying-ReLU sweep's speed target, whole process against whole process: `relu-lab dying
# --sweep --json` (25 rates x 3 seeds, 300 full-batch steps, 2 x 64 units, every core) against
# src/bench/python/dying_sweep_numpy.py doing the same runs in one NumPy process.
#
# NumPy runs with OpenBLAS on one thread: on two cores its threaded products on these small
# matrices were 5-7x slower (84 s against 12 s), and the faster baseline is the fair one.
# The pair is run ROUNDS times back to back (default 3), alternating, and each wall and CPU
# time is printed with the ratio Java / NumPy; the medians close the report.
#
# Usage: mvn -q -o package -DskipTests && bash src/bench/dying_sweep_compare.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
jar=target/relu-lab.jar
[ -f "$jar" ] || { echo "build first: mvn -q -o package -DskipTests" >&2; exit 2; }
python=$(python3 -c 'import sys; print(sys.executable)')  # skip a version-manager shim
timed() {  # prints "wall cpu" in seconds for the command
    local start end
    start=$(date +%s.%N)
    local cpu times
    times=$(mktemp)
    /usr/bin/time -o "$times" -f '%U %S' "$@" > /dev/null 2> /dev/null
    end=$(date +%s.%N)
    cpu=$(tail -1 "$times")
    rm -f "$times"
    awk -v s="$start" -v e="$end" -v c="$cpu" 'BEGIN { split(c, u, " "); printf "%.2f %.2f\n", e - s, u[1] + u[2] }'
}
java_walls=(); numpy_walls=()
for ((r = 1; r <= rounds; r++)); do
    read -r jw jc < <(timed java -jar "$jar" dying --sweep --json)
    read -r nw nc < <(OPENBLAS_NUM_THREADS=1 timed "$python" src/bench/python/dying_sweep_numpy.py)
    awk -v r="$r" -v jw="$jw" -v jc="$jc" -v nw="$nw" -v nc="$nc" 'BEGIN {
        printf "round %d: java %.2f s wall (%.2f s CPU), numpy %.2f s wall (%.2f s CPU): wall ratio %.2fx, CPU ratio %.2fx\n",
               r, jw, jc, nw, nc, jw / nw, jc / nc }'
    java_walls+=("$jw"); numpy_walls+=("$nw")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
jm=$(median "${java_walls[@]}"); nm=$(median "${numpy_walls[@]}")
awk -v j="$jm" -v n="$nm" 'BEGIN { printf "median wall: java %.2f s, numpy %.2f s, ratio %.2fx (target <= 0.30x)\n", j, n, j / n }'
