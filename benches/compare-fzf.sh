#!/usr/bin/env bash
# newsline against fzf on the same quotes, in the same run, on this machine:
# generates a corpus of N quotes (default 1,000,000), writes them one per line,
# then times `newsline quotes --search Q` (loading its dataset included) and
# `fzf --filter Q` for each query, and says whether both put the same quote
# first and whether each one's first quote holds every word of the query.
# newsline is timed twice: reading the JSON (--no-cache, as on a first open)
# and reading its cached copy and index (every later open); its copies are kept
# in the comparison's folder, not in the user's cache folder.
#
#   bash benches/compare-fzf.sh            # N=1000000
#   N=100000 RUNS=3 bash benches/compare-fzf.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000000}
RUNS=${RUNS:-3}
if ! command -v fzf >/dev/null; then
  echo "installing fzf from the distribution's packages" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq fzf >/dev/null
fi
cargo build --release -q
bin=target/release/newsline
dir=${TMPDIR:-/tmp}/newsline-compare
mkdir -p "$dir"
export XDG_CACHE_HOME="$dir/cache"
data="$dir/q$N.json"
lines="$dir/q$N.txt"
[ -f "$data" ] || "$bin" generate --events $((N / 10)) --quotes "$N" --actors 2000 --seed 1 -o "$data"
[ -f "$lines" ] || "$bin" --data "$data" --no-cache quotes --plain > "$lines"
# One search first, so that the copy and its index exist before the timing.
"$bin" --data "$data" quotes --search warmup -n 1 > /dev/null 2>&1 || true

# Median wall time in ms of a command, over RUNS runs; its output is kept in $dir/out.
median_ms() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" > "$dir/out"
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

# Folded for comparing: accents to ASCII, lower case.
fold() { printf '%s' "$1" | iconv -f utf-8 -t ascii//TRANSLIT 2>/dev/null | tr '[:upper:]' '[:lower:]'; }
# Whether a first quote holds every word of the query, each at the start of
# one of its words (accents and case aside): "-" when there is no quote.
holds_words() {
  local text w
  text=$(fold "$1")
  [ -n "$text" ] || { echo "-"; return; }
  for w in $(fold "$2"); do
    printf '%s' "$text" | grep -qE "(^|[^[:alnum:]])$w" || { echo no; return; }
  done
  echo yes
}

echo "fzf $(fzf --version | cut -d' ' -f1), $(nproc) cores, $N quotes ($(du -h "$data" | cut -f1) of JSON)"
echo
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
echo "| query | newsline from JSON ms | newsline from copy ms | fzf ms | fzf / newsline (JSON) | fzf / newsline (copy) | same first quote | first quote holds every word (newsline / fzf) |"
echo "|---|---|---|---|---|---|---|---|"
for q in "securite" "troupes terrestres" "garanties solides" "l'europe doit" "s" "zzzz"; do
  cold=$(median_ms "$bin" --data "$data" --no-cache quotes --search "$q" --plain -n 1)
  cold_top=$(head -1 "$dir/out")
  warm=$(median_ms "$bin" --data "$data" quotes --search "$q" --plain -n 1)
  nl_top=$(head -1 "$dir/out")
  [ "$nl_top" = "$cold_top" ] || echo "newsline's first hit differs between the JSON and the copy for $q" >&2
  fz=$(median_ms sh -c 'fzf --filter "$1" < "$2" | head -1' _ "$q" "$lines")
  fz_top=$(head -1 "$dir/out")
  same=$([ "$nl_top" = "$fz_top" ] && echo yes || echo no)
  echo "| $q | $cold | $warm | $fz | $(ratio "$fz" "$cold") | $(ratio "$fz" "$warm") | $same | $(holds_words "$nl_top" "$q") / $(holds_words "$fz_top" "$q") |"
done
