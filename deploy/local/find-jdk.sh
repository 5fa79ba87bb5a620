#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer: $JAVA_HOME if it qualifies, else `java` on the PATH, else the newest JDK found
# in the usual install folders. Exits 1 with one sentence on stderr when there is none.
set -u
major() { # $1 = java binary -> major version number (17, 21, 25 …) or 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1
}
ok() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(major "$1/bin/java" || echo 0)" -ge 21 ] 2>/dev/null; }

if [ -n "${JAVA_HOME:-}" ] && ok "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
if command -v java >/dev/null 2>&1; then
  home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  if ok "$home"; then echo "$home"; exit 0; fi
fi
best=""; best_major=0
for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  [ -d "$dir" ] || continue
  if ok "$dir"; then
    m="$(major "$dir/bin/java")"
    if [ "$m" -gt "$best_major" ]; then best="$(readlink -f "$dir")"; best_major="$m"; fi
  fi
done
if [ -n "$best" ]; then echo "$best"; exit 0; fi
echo "No JDK 21 or newer found: install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25) or point JAVA_HOME at it." >&2
exit 1
