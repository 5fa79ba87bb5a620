#!/usr/bin/env bash
# Benchmark: cold and warm start of the infrastructure (PostgreSQL, Kafka, Keycloak, SMTP), on alternate ports and a
# throwaway state folder so that a running stack is left alone. Cold = empty state (PostgreSQL initdb, Kafka storage
# format, Keycloak unpack, build and realm import); warm = the same state restarted. Prints a table.
# Usage: deploy/local/bench/infra-start.sh [warm-runs]   (needs JAVA_HOME; `make bench` sets it)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-3}"
state="$(mktemp -d /tmp/crm-bench-state.XXXXXX)"
export CRM_STATE_DIR="$state"
export CRM_POSTGRES_PORT=25432 CRM_KAFKA_PORT=29092 CRM_KAFKA_CONTROLLER_PORT=29093 CRM_KAFKA_SASL_PORT=29094 CRM_KEYCLOAK_PORT=28180 \
  CRM_KEYCLOAK_MANAGEMENT_PORT=29100 CRM_SMTP_PORT=23025 CRM_SMTP_API_PORT=28025
stack() { "$JAVA_HOME/bin/java" -jar deploy/local/target/crm-local-stack.jar "$@"; }
cleanup() { stack stop infra >/dev/null 2>&1 || true; rm -rf "$state"; }
trap cleanup EXIT

now() { date +%s.%N; }
timed_start() { local t0 t1; t0=$(now); stack start infra >/dev/null; t1=$(now); awk -v a="$t0" -v b="$t1" "BEGIN { print b - a }"; }

echo "infrastructure start benchmark ($(nproc) cores; state in $state)" >&2
cold=$(timed_start)
stack stop infra >/dev/null
warm=()
for _ in $(seq "$runs"); do
  warm+=("$(timed_start)")
  stack stop infra >/dev/null
done
median=$(printf '%s\n' "${warm[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
printf '\n| %-28s | %10s | %10s |\n' "infrastructure start" "seconds" "target"
printf '|%s|%s|%s|\n' "------------------------------" "------------" "------------"
printf '| %-28s | %10.1f | %10s |\n' "cold (empty state)" "$cold" "<= 60"
for i in "${!warm[@]}"; do printf '| %-28s | %10.1f | %10s |\n' "warm run $((i + 1))" "${warm[$i]}" ""; done
printf '| %-28s | %10.1f | %10s |\n' "warm median of $runs" "$median" "<= 15"
