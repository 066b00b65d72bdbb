#!/usr/bin/env bash
# Makes src/main/resources/relulab/window-classes.txt, the classes WindowClassPreloader loads on a
# second thread while JavaFX starts: those ReLU Lab's first frame loads and a hello-world JavaFX
# window does not, in the order the window first loads them. Classes from the JDK's shared
# archive (already mapped), lambdas and other hidden classes (made at run time) and the probe's
# own classes are left out. Rerun it when the window's first frame changes a lot (a new
# control, a new library); a stale list only loses part of the head start, never correctness.
#   bash src/bench/window-classes.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
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
log=$(mktemp -d)
# Without preloading, or the old list would load its own classes into the new one.
for mode in hello relulab; do
  java -Dprobe.noPreload=true -Xlog:class+load:file="$log/$mode.txt" -cp "$cp" relulab.bench.startup.StartupProbe "$mode" \
      >/dev/null 2>&1
done
out=src/main/resources/relulab/window-classes.txt
python3 - "$log/hello.txt" "$log/relulab.txt" "$out" <<'PY'
import re, sys
def loaded(path):
    for line in open(path):
        m = re.search(r"\] (\S+) source: (.*)$", line)
        if m:
            yield m.group(1), m.group(2)
hello = {name for name, _ in loaded(sys.argv[1])}
names = []
for name, source in loaded(sys.argv[2]):
    hidden = "/0x" in name or "$$Lambda" in name or "LookupDefineClass" in source or name.startswith("jdk.internal.reflect.Generated")
    probe = name.startswith(("relulab.bench.", "relulab.testsupport.", "relulab.WindowClassPreloader"))
    if not hidden and not probe and source != "shared objects file" and (name not in hello or name.startswith("relulab.")) and name not in names:
        names.append(name)
with open(sys.argv[3], "w") as f:
    f.write("# The classes of the main window's first frame that a hello-world JavaFX window does not load,\n")
    f.write("# in the order the window loads them; made by src/bench/window-classes.sh (see WindowClassPreloader).\n")
    f.write("\n".join(names) + "\n")
print(f"{len(names)} classes written to {sys.argv[3]}")
PY
rm -r "$log"
