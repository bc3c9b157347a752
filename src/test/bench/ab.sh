#!/usr/bin/env bash
# Compares socklab builds on one Python file (or "-" for a piped start-up on empty input): interleaved runs,
# best wall-clock ms and best process CPU ms (all threads, JIT included; needs perf). Interleaving and CPU
# time keep the comparison honest on a shared, busy machine, where wall-clock alone swings by 2x.
# Usage: src/test/bench/ab.sh FILE.py|- OLD.jar NEW.jar [MORE.jar ...]   (RUNS=8 by default)
set -euo pipefail
runs=${RUNS:-8}
file=$1
shift
declare -A wall cpu
for jar in "$@"; do wall[$jar]=999999; cpu[$jar]=999999; done
have_perf=$(command -v perf >/dev/null && perf stat -e task-clock true >/dev/null 2>&1 && echo yes || echo no)
run() {
  if [ "$file" = - ]; then "$@" < /dev/null; else "$@" "$file" < /dev/null; fi
}
for _ in $(seq "$runs"); do
  for jar in "$@"; do
    t0=$(date +%s%N)
    if [ "$have_perf" = yes ]; then
      c=$(run perf stat -x, -e task-clock java -jar "$jar" 2>&1 >/dev/null | grep task-clock | cut -d, -f1)
      c=${c%.*}
      [ "$c" -lt "${cpu[$jar]}" ] && cpu[$jar]=$c
    else
      run java -jar "$jar" >/dev/null 2>&1 || true
    fi
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    [ "$ms" -lt "${wall[$jar]}" ] && wall[$jar]=$ms
  done
done
printf '%-40s %8s %8s\n' jar wall_ms cpu_ms
for jar in "$@"; do
  printf '%-40s %8d %8s\n' "$jar" "${wall[$jar]}" "$([ "$have_perf" = yes ] && echo "${cpu[$jar]}" || echo -)"
done
