#!/usr/bin/env bash
# Replaces the app image's launcher, bin/relu-lab, with a shell script that starts the image's
# own Java with the options and class path jpackage wrote into lib/app/relu-lab.cfg.
#
# Why: at every start, jpackage's launcher on Linux (JDK 17) asks the package manager which
# package owns it (rpm -qf, then dpkg -S and dpkg -L) to find its own library: about 0.15 s
# before Java starts, half of a short command's time and a sixth of the window's. The script
# starts the same JVM with the same arguments at once. It needs the runtime's bin/java, which
# the jpackage call keeps (--jlink-options without --strip-native-commands).
#
#   bash src/packaging/shell-launcher.sh APP_IMAGE
set -euo pipefail
image=$1
cfg=$image/lib/app/relu-lab.cfg
test -x "$image/lib/runtime/bin/java"
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
classpath=$(sed -n 's/^app\.classpath=\$APPDIR/$app\/lib\/app/p' "$cfg" | paste -sd:)
options=$(sed -n 's/^java-options=//p' "$cfg" | sed 's/\$APPDIR/$app\/lib\/app/g' | sed 's/.*/"&"/' | paste -sd' ')
cat >"$image/bin/relu-lab" <<SCRIPT
#!/bin/sh
# ReLU Lab's launcher, written by src/packaging/shell-launcher.sh from lib/app/relu-lab.cfg:
# jpackage's launcher would first ask the package manager which package owns it (0.15 s).
app=\$(dirname "\$(dirname "\$(readlink -f "\$0")")")
exec "\$app/lib/runtime/bin/java" $options -Djpackage.app-path="\$app/bin/relu-lab" \\
    -cp "$classpath" \\
    $main "\$@"
SCRIPT
chmod 755 "$image/bin/relu-lab"
"$image/bin/relu-lab" --version >/dev/null
echo "shell-launcher: $image/bin/relu-lab"
