#!/usr/bin/env bash
# with-stack.sh COMPONENTS -- COMMAND…
# Starts the named stack components that are not running yet, exports the stack's CRM_* variables, runs COMMAND, then
# stops exactly the components it started (a stack you already run with `make run` or `make infra-up` is left alone).
set -uo pipefail
components=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do components+=("$1"); shift; done
shift || true
stack() { "$JAVA_HOME/bin/java" -jar deploy/local/target/crm-local-stack.jar "$@"; }

before="$(stack running)"
started=()
for c in $(stack expand "${components[@]}"); do
  grep -qx "$c" <<<"$before" || started+=("$c")
done
cleanup() {
  if [ ${#started[@]} -gt 0 ]; then
    echo "── stopping what this run started: ${started[*]}"
    stack stop "${started[@]}"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
stack start "${components[@]}" || exit 1
eval "$(stack env)"
"$@"
