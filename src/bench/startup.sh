#!/usr/bin/env bash
# Start-up of ReLU Lab's window against a hello-world JavaFX window started the same way, on the
# same jars: N alternated runs of each, whole process from exec to exit at the first rendered
# frame (StartupProbe), median of each and its ratio to the hello-world's. Also timed, in the
# same alternation: the workbench lesson alone, without the shell around it.
# Needs a display: under Xvfb it starts one.
#   bash src/bench/startup.sh [RUNS]        (default 11)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-11}
mvn -o -q package -DskipTests
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp-test.txt -Dmdep.includeScope=test
cp="target/relu-lab.jar:target/test-classes:$(cat target/cp-test.txt)"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:97
  sleep 1
fi
# Each kind of start: the baseline, the program as it starts, and the workbench lesson alone
# (what the shell around it costs).
kinds=("hello" "relulab" "workbench")
time_ms() {
  local t0 t1
  t0=$(date +%s%N)
  java -cp "$cp" relulab.bench.startup.StartupProbe "$1" >/dev/null 2>&1
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
# One untimed run of each warms the file cache.
for k in "${kinds[@]}"; do time_ms "$k" >/dev/null; done
declare -A times
for _ in $(seq "$runs"); do
  for k in "${kinds[@]}"; do
    times[$k]+="$(time_ms "$k") "
  done
done
python3 - "${kinds[@]}" <<PY
import statistics, sys
times = {$(for k in "${kinds[@]}"; do printf '"%s": [%s], ' "$k" "$(echo ${times[$k]} | tr ' ' ',')"; done)}
hello = statistics.median(times["hello"])
for kind, values in times.items():
    m = statistics.median(values)
    print(f"{kind:20s} median {m:5.0f} ms  {m / hello:4.2f}x hello-world  {sorted(values)}")
PY
echo "where ReLU Lab's start-up goes (one more run):"
java -cp "$cp" relulab.bench.startup.StartupProbe relulab 2>/dev/null
