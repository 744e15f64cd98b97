#!/usr/bin/env bash
# Minimum circuit sizes of the 222 NPN classes of 4-input functions, by mincirc and by ABC's
# `twoexact -g` (raised from N = support-1 until a solution appears, on the support-reduced
# table), checked to agree on every class; prints each total wall time and the ratio.
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

t0=$(now)
java -jar "$JAR" synth --batch "$WORK/tts.txt" --inputs 4 --json --no-progress > "$WORK/mincirc.jsonl"
t1=$(now)

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

grep -o '"size":[0-9]*' "$WORK/mincirc.jsonl" | cut -d: -f2 > "$WORK/mincirc.txt"
optimal=$(grep -c '"status":"optimal"' "$WORK/mincirc.jsonl" || true)
if ! diff <(paste -d' ' "$WORK/tts.txt" "$WORK/mincirc.txt") <(paste -d' ' "$WORK/tts.txt" "$WORK/abc.txt") > "$WORK/diff.txt"; then
  echo "DISAGREEMENT (mincirc < > abc):"; cat "$WORK/diff.txt"; exit 1
fi
echo "all 222 classes agree; mincirc proved optimal: $optimal/222"
echo "size distribution (size: classes): $(sort -n "$WORK/mincirc.txt" | uniq -c | awk '{printf "%s:%s ", $2, $1}')"
awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" 'BEGIN {
  m = b - a; x = d - c;
  printf "mincirc total %.1f s (one JVM, --batch)\nabc twoexact -g total %.1f s\nratio mincirc/abc = %.2f\n", m, x, m / x }'
