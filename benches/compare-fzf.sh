#!/usr/bin/env bash
# newsline against fzf on the same quotes, in the same run, on this machine:
# for each corpus (the generator's small vocabulary, and realistic text drawn
# from 80,000 real French and English words), generates N quotes (default
# 1,000,000), writes them one per line, then times for each query the whole
# command, every hit written to a file: `newsline quotes --search Q` in each
# output mode (`--plain`, the table, `--json`) reading its cached copy and
# index (every later open), and `fzf --filter Q`. With COLD=1 it also times
# `--plain` reading the JSON (`--no-cache`, as on a first open). It says
# whether both put the same quote first and whether each one's first quote
# holds every word of the query. newsline's copies are kept in the
# comparison's folder, not in the user's cache folder.
#
#   bash benches/compare-fzf.sh            # N=1000000, both corpora
#   N=100000 RUNS=3 NEWSLINE_BENCH_TEXT=realistic COLD=1 bash benches/compare-fzf.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000000}
RUNS=${RUNS:-3}
COLD=${COLD:-0}
TEXTS=${NEWSLINE_BENCH_TEXT:-small,realistic}
if ! command -v fzf >/dev/null; then
  echo "installing fzf from the distribution's packages" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq fzf >/dev/null
fi
cargo build --release -q
bin=target/release/newsline
dir=${TMPDIR:-/tmp}/newsline-compare
mkdir -p "$dir"
export XDG_CACHE_HOME="$dir/cache"

# "wall cpu": the median wall time and the median CPU time (user + system,
# every thread) in ms of a command over RUNS runs; its output is kept in
# $dir/out. On a shared machine the CPU time moves less than the wall time;
# fzf searches on every core, so its CPU time is more than its wall time.
measure() {
  local walls=() cpus=() t
  for _ in $(seq "$RUNS"); do
    t=$( { TIMEFORMAT='%R %U %S'; time "$@" > "$dir/out" 2> /dev/null; } 2>&1 || true )
    walls+=("$(awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%d", a[1] * 1000 }')")
    cpus+=("$(awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%d", (a[2] + a[3]) * 1000 }')")
  done
  local mid=$(( (RUNS + 1) / 2 ))
  echo "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "${mid}p") $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "${mid}p")"
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
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

for text in ${TEXTS//,/ }; do
  case "$text" in
    small) stem=q ;;
    realistic) stem=r ;;
    *) echo "unknown text $text (small or realistic)" >&2; exit 2 ;;
  esac
  data="$dir/$stem$N.json"
  lines="$dir/$stem$N.txt"
  [ -f "$data" ] || "$bin" generate --events $((N / 10)) --quotes "$N" --actors 2000 --seed 1 --text "$text" -o "$data"
  [ -f "$lines" ] || "$bin" --data "$data" --no-cache quotes --plain > "$lines"
  # One search first, so that the copy and its index exist before the timing.
  "$bin" --data "$data" quotes --search warmup -n 1 > /dev/null 2>&1 || true

  echo "$text text: fzf $(fzf --version | cut -d' ' -f1), $(nproc) cores, $N quotes ($(du -hL "$data" | cut -f1) of JSON), median of $RUNS runs"
  echo
  echo "Wall time in ms, and the ratio fzf / newsline (above 1: newsline is faster)"
  echo
  wall="| query | hits | newsline --plain | table | --json | fzf | fzf / --plain | fzf / table | fzf / --json |"
  wrule="|---|---|---|---|---|---|---|---|---|"
  cpu="| query | newsline --plain | table | --json | fzf | --json / --plain |"
  crule="|---|---|---|---|---|---|"
  if [ "$COLD" = 1 ]; then
    wall="$wall --plain from JSON | fzf / from JSON |"
    wrule="$wrule---|---|"
  fi
  echo "$wall same first quote | first quote holds every word (newsline / fzf) |"
  echo "$wrule---|---|"
  for q in "securite" "troupes terrestres" "garanties solides" "l'europe doit" "s" "zzzz"; do
    read -r plain plain_cpu < <(measure "$bin" --data "$data" quotes --search "$q" --plain)
    hits=$(wc -l < "$dir/out")
    nl_top=$(head -1 "$dir/out")
    read -r table table_cpu < <(measure "$bin" --data "$data" quotes --search "$q")
    read -r json json_cpu < <(measure "$bin" --data "$data" quotes --search "$q" --json)
    read -r fz fz_cpu < <(measure sh -c 'fzf --filter "$1" < "$2"' _ "$q" "$lines")
    fz_top=$(head -1 "$dir/out")
    row="| $q | $hits | $plain | $table | $json | $fz | $(ratio "$fz" "$plain") | $(ratio "$fz" "$table") | $(ratio "$fz" "$json") |"
    if [ "$COLD" = 1 ]; then
      read -r cold _ < <(measure "$bin" --data "$data" --no-cache quotes --search "$q" --plain)
      cold_top=$(head -1 "$dir/out")
      [ "$nl_top" = "$cold_top" ] || echo "newsline's first hit differs between the JSON and the copy for $q" >&2
      row="$row $cold | $(ratio "$fz" "$cold") |"
    fi
    same=$([ "$nl_top" = "$fz_top" ] && echo yes || echo no)
    echo "$row $same | $(holds_words "$nl_top" "$q") / $(holds_words "$fz_top" "$q") |"
    cpu="$cpu
| $q | $plain_cpu | $table_cpu | $json_cpu | $fz_cpu | $(ratio "$json_cpu" "$plain_cpu") |"
  done
  echo
  echo "CPU time in ms (user + system, all threads)"
  echo
  echo "$cpu" | sed -n 1p
  echo "$crule"
  echo "$cpu" | sed -n '2,$p'
  echo
done
