#!/usr/bin/env bash
# Minimum circuit sizes of the 222 NPN classes of 4-input functions, by mincirc and by ABC's
# `twoexact -g` (raised from N = support-1 until a solution appears, on the support-reduced
# table), checked to agree on every class; prints each total wall time and the ratio.
# Every mincirc backend in BACKENDS (default: all that run here but the one-process-per-solve
# cadical-process) is run on the same classes in the same run, and each total is given as a
# ratio to ABC's. ENCODINGS (default "auto") lists the --encoding choices to run per backend
# (e.g. ENCODINGS="ssv fence auto"); EXTRA adds options to every mincirc run (e.g. "--jobs 2").
# Usage: bench/vs-abc.sh [--skip-build]   (needs berkeley-abc, java 17, maven)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
[[ "${1:-}" == "--skip-build" ]] || mvn -B -q -DskipTests package
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A private copy: a rebuild of target/ during the run must not pull the classes from under it.
cp "$ROOT/target/mincirc.jar" "$WORK/mincirc.jar"
JAR=$WORK/mincirc.jar

java "$ROOT/bench/Npn4.java" > "$WORK/classes.txt"
[[ $(wc -l < "$WORK/classes.txt") -eq 222 ]] || { echo "expected 222 classes" >&2; exit 1; }
cut -d' ' -f1 "$WORK/classes.txt" > "$WORK/tts.txt"

now() { date +%s.%N; }

if [[ -z "${BACKENDS:-}" ]]; then
  BACKENDS=$(java -jar "$JAR" backends --json | python3 -c 'import json,sys
print(" ".join(b["name"] for b in json.load(sys.stdin) if b["available"] and b["name"] != "cadical-process"))')
fi
ENCODINGS=${ENCODINGS:-auto}
EXTRA=${EXTRA:-}
RUNS=()
declare -A SECONDS_OF
for b in $BACKENDS; do
  for e in $ENCODINGS; do
    r="$b--$e"
    RUNS+=("$r")
    t0=$(now)
    # shellcheck disable=SC2086
    java -jar "$JAR" synth --batch "$WORK/tts.txt" --inputs 4 --json --no-progress --backend "$b" --encoding "$e" \
      $EXTRA > "$WORK/mincirc-$r.jsonl"
    t1=$(now)
    SECONDS_OF[$r]=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
    echo "mincirc --backend $b --encoding $e $EXTRA: ${SECONDS_OF[$r]} s" >&2
  done
done

# ABC writes solution files into the working directory
cd "$WORK"
: > abc.txt
t2=$(now)
while read -r hex support reduced; do
  if (( support <= 1 )); then echo 0 >> abc.txt; continue; fi
  n=$((support - 1))
  while true; do
    out=$(berkeley-abc -c "twoexact -g -I $support -N $n $reduced" 2>&1)
    if grep -q "Solution was dumped" <<< "$out"; then echo "$n" >> abc.txt; break; fi
    # Debian's build sometimes ends a run without a solution silently (no "has no solution"
    # line): a finished run without a dumped solution means none at this N.
    if grep -q "has no solution\|Total runtime" <<< "$out"; then n=$((n + 1)); continue; fi
    echo "ABC gave no answer for $hex: $out" >&2; exit 1
  done
done < classes.txt
t3=$(now)
cd "$ROOT"

abc_seconds=$(awk -v c="$t2" -v d="$t3" 'BEGIN { printf "%.1f", d - c }')
echo "| tool | proven optimal | total s | ratio to ABC |"
echo "| --- | ---: | ---: | ---: |"
for r in "${RUNS[@]}"; do
  grep -o '"size":[0-9]*' "$WORK/mincirc-$r.jsonl" | cut -d: -f2 > "$WORK/mincirc-$r.txt"
  optimal=$(grep -c '"status":"optimal"' "$WORK/mincirc-$r.jsonl" || true)
  if ! diff <(paste -d' ' "$WORK/tts.txt" "$WORK/mincirc-$r.txt") <(paste -d' ' "$WORK/tts.txt" "$WORK/abc.txt") > "$WORK/diff.txt"; then
    echo "DISAGREEMENT (mincirc ${r/--/ --encoding } < > abc):"; cat "$WORK/diff.txt"; exit 1
  fi
  awk -v n="${r%%--*}" -v e="${r#*--}" -v o="$optimal" -v m="${SECONDS_OF[$r]}" -v x="$abc_seconds" \
    'BEGIN { printf "| mincirc --backend %s --encoding %s | %d/222 | %.1f | %.2f |\n", n, e, o, m, m / x }'
done
echo "| ABC twoexact -g | - | $abc_seconds | 1.00 |"
first=${RUNS[0]}
echo "all 222 classes agree with ABC on every backend"
echo "size distribution (size: classes): $(sort -n "$WORK/mincirc-$first.txt" | uniq -c | awk '{printf "%s:%s ", $2, $1}')"
