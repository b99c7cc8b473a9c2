#!/usr/bin/env bash
# Start-up comparison of `asl4j validate` with statelint's own command line, side by side in one
# run: one small definition, and every valid definition of the shared corpus in one call.
#
# Usage: cli/bench/startup.sh [RUNS=10]
#
# statelint 1.30.0 is installed with the npm setup of ../shared/bench/validate (its package.json
# and package-lock.json, `npm ci`) into cli/target/bench/statelint, and run as
# node_modules/.bin/statelint, one Node.js process per call like `asl4j validate FILE...`.
# Runs alternate between the tools, so that a busy machine slows them alike; each case gets one
# warm-up run per tool (not counted) and the table gives, over RUNS, the median and range of the
# wall time and the median CPU time (user + system, every thread and child process): on a busy
# machine the wall time says more about the other processes than about the tools.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(cd "$root/../shared" && pwd)
runs=${1:-10}
small="$shared/seed-workflows/3-choice-glue-a-or-b.asl.json"
shopt -s globstar nullglob
corpus=("$shared"/corpus/valid/**/*.json)
[ ${#corpus[@]} -gt 0 ] || { echo "no corpus under $shared/corpus/valid" >&2; exit 2; }

peer="$root/cli/target/bench/statelint"
statelint="$peer/node_modules/.bin/statelint"
if [ ! -x "$statelint" ]; then
  echo "installing statelint (npm ci, ../shared/bench/validate's lock file) ..." >&2
  mkdir -p "$peer"
  cp "$shared/bench/validate/package.json" "$shared/bench/validate/package-lock.json" "$peer/"
  (cd "$peer" && npm ci --no-audit --no-fund --silent)
fi

# build the jar and its class-data archive before timing anything
"$root/asl4j" --version >/dev/null
jar="$root/cli/target/asl4j.jar"

# tool name -> command prefix
names=("statelint" "asl4j (./asl4j)" "asl4j (java -jar, no tuning)")
commands=("$statelint" "$root/asl4j validate" "java -jar $jar validate")

# prints the wall time and the CPU time (user + system) of one run, in milliseconds; the exit
# code does not matter here (statelint and asl4j both reject a few corpus files)
measure() {
  local TIMEFORMAT='%3R %3U %3S' t
  t=$( { time "$@" >/dev/null 2>&1; } 2>&1 ) || true
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$t"
}

# the median of numbers on standard input, in seconds
median() {
  sort -n | awk '{ a[NR] = $1 } END {
    printf "%.2f s", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) / 1000 }'
}

# the fastest and slowest of numbers on standard input, in seconds
range() {
  sort -n | awk '{ a[NR] = $1 } END { printf "%.2f-%.2f s", a[1] / 1000, a[NR] / 1000 }'
}

bench() { # case label, then the files
  local label=$1; shift
  local i t
  local -a walls cpus
  for t in "${!commands[@]}"; do
    # shellcheck disable=SC2086 # the command prefixes are words on purpose
    measure ${commands[$t]} "$@" >/dev/null # warm-up: file cache, class-data archive
    walls[$t]=""
    cpus[$t]=""
  done
  for ((i = 0; i < runs; i++)); do
    for t in "${!commands[@]}"; do
      local r
      # shellcheck disable=SC2086
      r=$(measure ${commands[$t]} "$@")
      walls[$t]+="${r% *} "
      cpus[$t]+="${r#* } "
    done
  done
  for t in "${!commands[@]}"; do
    printf '| %s | %s | %s | %s | %s |\n' "$label" "${names[$t]}" \
      "$(tr ' ' '\n' <<<"${walls[$t]}" | grep . | median)" \
      "$(tr ' ' '\n' <<<"${walls[$t]}" | grep . | range)" \
      "$(tr ' ' '\n' <<<"${cpus[$t]}" | grep . | median)"
  done
}

echo "$(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1);" \
  "node $(node --version); $runs runs each"
echo
echo "| case | command | wall time, median | wall time, range | CPU time (user + system), median |"
echo "| --- | --- | --- | --- | --- |"
bench "one definition ($(basename "$small"))" "$small"
bench "the ${#corpus[@]} valid corpus files, one call" "${corpus[@]}"
