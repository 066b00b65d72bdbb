#!/usr/bin/env bash
# The class-data archive of the installed program, lib/app/relu-lab.jsa, which its launcher
# names with -XX:SharedArchiveFile (see the jpackage call in pom.xml).
#
# Why: jpackage's trimmed runtime has no class-data archive at all, not even the JDK's own, so
# every start of the installed program loaded, parsed and verified each class from scratch,
# the window's 4,500 and the JDK's own before the shortest command. The archive holds them
# already parsed and verified, mapped into memory at start-up.
#
# How: the classes to archive are those that real starts load. `list` records them while
# running the window to its first frame (StartupProbe; on the headless Monocle platform, and
# also on the display's when there is one) and every command once, into the image's
# lib/app/relu-lab.classlist, beside the script that makes the archive from it with the image's
# own runtime (make-cds-archive.sh, shipped as lib/app/make-cds-archive). `dump` runs that
# script on the image and checks the archive is used: an archive fits only the JVM that made it
# and the jars at the paths it was made with, so the .deb's postinst runs the same script where
# it installs (src/packaging/linux/postinst).
# The JVM checks the archive against the jars when it starts and, if anything differs,
# silently runs without it.
#
#   bash src/packaging/cds-archive.sh list JAVA_HOME TARGET_DIR
#   bash src/packaging/cds-archive.sh dump APP_IMAGE
set -euo pipefail
if [ "$1" = dump ]; then
  image=$2
  "$image/lib/app/make-cds-archive"
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  # -Xshare:on refuses to start, rather than start without it, when the archive does not fit.
  JAVA_TOOL_OPTIONS=-Xshare:on "$image/bin/relu-lab" --version >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
  echo "cds-archive: $(du -m "$image/lib/app/relu-lab.jsa" | cut -f1) MB for $image"
  exit
fi
java_home=$2
target=$3
image=$target/dist/relu-lab
work=$target/cds
rm -rf "$work"
mkdir -p "$work/out"
java=$java_home/bin/java
probe_cp="$target/relu-lab.jar:$target/test-classes:$target/lib/*"
sample=$(dirname "$0")/../test/resources/golden/relu

# The window, to its first frame with the workbench painted (StartupProbe exits there).
list=0
window() {
  list=$((list + 1))
  "$java" -XX:DumpLoadedClassList="$work/$list.lst" "$@" -cp "$probe_cp" \
      relulab.bench.startup.StartupProbe relulab >"$work/$list.log" 2>&1
}
window -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
if [ -n "${DISPLAY:-}" ]; then
  window
fi

# Each command once, through the image's launcher (the JVM reads JAVA_TOOL_OPTIONS).
run_command() {
  list=$((list + 1))
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/$list.lst" "$image/bin/relu-lab" "$@" \
      >"$work/$list.log" 2>&1
}
run_command --help
run_command compute --input "$sample/f8_r3_x.npy" --dout "$sample/f8_r3_dout.npy" --out "$work/out"
run_command render --input "$sample/f8_r3_x.npy" --out "$work/out/x.png"
run_command dying --lr 2 --steps 20 --json
run_command vanishing --depth 5 --width 16 --json
run_command bench --elements 4096 --json

cat "$work"/*.lst | awk '!seen[$0]++' >"$image/lib/app/relu-lab.classlist"
install -m 755 "$(dirname "$0")/make-cds-archive.sh" "$image/lib/app/make-cds-archive"
echo "cds-archive: $(wc -l <"$image/lib/app/relu-lab.classlist") classes listed"
