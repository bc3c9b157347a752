#!/usr/bin/env bash
# Runs the same Python file under CPython and socklab (best of N runs each) and prints the ratio.
# Usage: src/test/bench/ratio.sh [FILE.py ...]   (after ./mvnw -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${RUNS:-5}
files=("$@")
# python3 may be a pyenv shim (a shell script that adds ~50 ms); time the real interpreter instead.
py3=$(python3 -c 'import sys; print(sys.executable)')
# the CPU workloads and the start-up: echo_load.py and its server and clients time themselves
[ ${#files[@]} -gt 0 ] || files=(src/test/bench/cpu_*.py src/test/bench/startup.py)
best() {
  local best=999999 t0 t1 ms
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 )); [ "$ms" -lt "$best" ] && best=$ms
  done
  echo "$best"
}
printf '%-28s %10s %10s %7s\n' file cpython_ms socklab_ms ratio
for f in "${files[@]}"; do
  py=$(best "$py3" "$f")
  sl=$(best java -jar target/socklab.jar "$f")
  printf '%-28s %10d %10d %7.2f\n' "$(basename "$f")" "$py" "$sl" "$(echo "$sl / ($py + 0.0001)" | bc -l)"
done
py=$(best sh -c '"$0" -i -q < /dev/null' "$py3")
sl=$(best sh -c 'java -jar target/socklab.jar < /dev/null')
printf '%-28s %10d %10d %7.2f\n' "piped start-up" "$py" "$sl" "$(echo "$sl / ($py + 0.0001)" | bc -l)"
