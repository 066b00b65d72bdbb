#!/usr/bin/env bash
# Start-up of ReLU Lab's window against a hello-world JavaFX window started the same way, on the
# same jars: N alternated runs of each, whole process from exec to exit at the first rendered
# frame (StartupProbe), median of each and their ratio. Needs a display: under Xvfb it starts one.
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
time_ms() {
  local t0 t1
  t0=$(date +%s%N)
  java -cp "$cp" relulab.bench.startup.StartupProbe "$1" >/dev/null 2>&1
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
# One untimed run of each warms the file cache.
time_ms hello >/dev/null; time_ms relulab >/dev/null
hello=(); relulab=()
for _ in $(seq "$runs"); do
  hello+=("$(time_ms hello)")
  relulab+=("$(time_ms relulab)")
done
python3 - "${hello[*]}" "${relulab[*]}" <<'PY'
import statistics, sys
hello = [int(v) for v in sys.argv[1].split()]
relu = [int(v) for v in sys.argv[2].split()]
h, r = statistics.median(hello), statistics.median(relu)
print(f"hello-world window: median {h:.0f} ms  {sorted(hello)}")
print(f"ReLU Lab window:    median {r:.0f} ms  {sorted(relu)}")
print(f"ratio (ReLU Lab / hello-world): {r / h:.2f}x")
PY
echo "where ReLU Lab's start-up goes (one more run):"
java -cp "$cp" relulab.bench.startup.StartupProbe relulab 2>/dev/null
