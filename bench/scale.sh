#!/usr/bin/env bash
# Time to a proven minimum as the number of states grows, for each backend: bandits on 3..7
# input bits, deterministic chains of horizon 2..8, stochastic mdps of horizon 2..6 and the
# same mdp discounted over an infinite horizon (files from
# bench/ScaleCases.java, threshold "optimal"), and slippery gridworlds 5x5, 8x8 and 12x12
# (bench/Gridworlds.java, thresholds "optimal" and "optimal - 1/10"; each file reads the PRISM model
# bench/gridworld.prism). Prints a Markdown table for the README, with the candidates the exact
# check rejected and how many of them were cuts. --state-lists adds each gridworld again as the
# same mdp with every state written out (grid-...-list), to time the two forms in one run.
# Usage: bench/scale.sh [--skip-build] [--timeout S] [--backends "sat4j z3"] [--only REGEX] [--state-lists]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TIMEOUT=120
BACKENDS="sat4j z3"
BUILD=1
ONLY=.
LISTS=0
while (( $# )); do
  case "$1" in
    --skip-build) BUILD=0 ;;
    --timeout) TIMEOUT=$2; shift ;;
    --backends) BACKENDS=$2; shift ;;
    --only) ONLY=$2; shift ;;
    --state-lists) LISTS=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
(( BUILD )) && mvn -B -q -DskipTests package
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A private copy: a rebuild of target/ during the run must not pull the classes from under it.
cp "$ROOT/target/mincirc.jar" "$WORK/mincirc.jar"
JAR=$WORK/mincirc.jar
java "$ROOT/bench/ScaleCases.java" "$WORK"
java "$ROOT/bench/Gridworlds.java" "$WORK"
if (( LISTS )); then
  java "$ROOT/bench/Gridworlds.java" --state-list "$WORK/list"
  for f in "$WORK"/list/*.mdp; do mv "$f" "$WORK/$(basename "$f" .mdp)-list.mdp"; done
fi

now() { date +%s.%N; }
field() { grep -o "\"$1\" : \"\?[^,\"}]*" "$2" | head -1 | sed 's/.* : "\?//'; }

printf '| instance | states | backend | status | size | proven lower bound | policies | rejected | cuts | seconds |\n'
printf '| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for f in $(ls "$WORK"/*.mdp | sort -V | grep -E -- "$ONLY"); do
  name=$(basename "$f" .mdp)
  if grep -q ' from "' "$f"; then  # a PRISM model: count the states it expands to
    states=$(java -jar "$JAR" show --json "$f" | grep -o '"states" : [0-9]*' | head -1 | sed 's/.* : //')
  else
    states=$(grep -c '^  state ' "$f")
  fi
  for b in $BACKENDS; do
    t0=$(now)
    set +e
    java -jar "$JAR" run --json --no-progress --timeout "$TIMEOUT" --backend "$b" "$f" > "$WORK/out.json" 2> "$WORK/err.txt"
    set -e
    t1=$(now)
    status=$(field status "$WORK/out.json"); status=${status:-error}
    [[ -s "$WORK/out.json" ]] || status="error: $(head -c 80 "$WORK/err.txt")"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %.1f |\n' "$name" "$states" "$b" "$status" \
      "$(field size "$WORK/out.json")" "$(field lowerBound "$WORK/out.json")" \
      "$(field policies "$WORK/out.json")" "$(field candidatesRejected "$WORK/out.json")" \
      "$(field cuts "$WORK/out.json")" "$(echo "$t1 - $t0" | bc)"
  done
done
