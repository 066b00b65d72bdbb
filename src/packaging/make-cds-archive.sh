#!/bin/sh
# Makes the class-data archive of the ReLU Lab installation it lies in, lib/app/relu-lab.jsa,
# from the classes listed beside it in lib/app/relu-lab.classlist (src/packaging/cds-archive.sh
# says why and how the list is made). Shipped in the app image as lib/app/make-cds-archive and
# run twice: on the image when it is built, and by the .deb's postinst where the package
# installs, since an archive fits only the JVM that made it and the jars at the paths it saw.
# Exits non-zero, with the JVM's last lines on stderr, when no archive was made; the program
# then starts as before, only more slowly.
set -e
app=$(dirname "$(dirname "$(dirname "$(readlink -f "$0")")")")
log=$(mktemp)
trap 'rm -f "$log"' EXIT
rm -f "$app/lib/app/relu-lab.jsa"
if ! JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/lib/app/relu-lab.classlist" \
    "$app/bin/relu-lab" >"$log" 2>&1 || [ ! -s "$app/lib/app/relu-lab.jsa" ]; then
  tail -n 5 "$log" >&2
  exit 1
fi
