#!/bin/bash
# time.sh — time planeval summarize against the bare floor (floor.py) and the pandas peer (peer.py)
# on every set made by gen.py, interleaved, and print median wall seconds, max RSS and the ratios.
#
# usage: ./time.sh [--quick] [--reps N] [--jobs N] [SET...]
#   SET       default: K H C P mix big1 big10 (folders under data/)
#   --quick   one repetition (to prove the script works; such times do not count)
#   --reps N  repetitions per tool and set (default 3)
#   --jobs N  pass `-j N` to planeval (default: planeval's own automatic choice)
# Each repetition runs the three tools in a rotated order (planeval floor peer / floor peer planeval /
# peer planeval floor) so that drift on the machine is spread over all three.
# Raw runs go to results/runs-<UTC time>.tsv, the summary to results/summary-<UTC time>.txt.
# planeval is checked on every run: exit code 0 and nothing on stderr, or the script says so.
set -u
cd "$(dirname "$0")"
REPO=$(cd ../.. && pwd)
export PYTHONPATH="${PV_SRC:-$REPO/src}" PYTHONDONTWRITEBYTECODE=1

REPS=3
JOBS=""
SETS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) REPS=1 ;;
    --reps) REPS="$2"; shift ;;
    --jobs) JOBS="-j $2"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) SETS+=("$1") ;;
  esac
  shift
done
[ ${#SETS[@]} -eq 0 ] && SETS=(K H C P mix big1 big10)

mkdir -p results
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RUNS=results/runs-$STAMP.tsv
SUMMARY=results/summary-$STAMP.txt
{
  echo "# time.sh $STAMP reps=$REPS jobs='${JOBS:-auto}' host=$(hostname) cpus=$(nproc)"
  echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# python: $(python -c 'import sys; print(sys.version.split()[0])')  planeval: $(python -m planeval --version 2>&1 | head -1)"
} | tee "$SUMMARY"
printf "set\ttool\trep\twall_s\tmaxrss_kb\trc\n" > "$RUNS"

run_one() {  # set tool rep
  local set=$1 tool=$2 rep=$3 out err tf rc
  tf=$(mktemp); err=$(mktemp)
  case $tool in
    planeval) /usr/bin/time -f "%e %M" -o "$tf" python -m planeval $JOBS summarize "data/$set" --bodies file --by body -f json > /dev/null 2> "$err" ;;
    floor)    /usr/bin/time -f "%e %M" -o "$tf" python floor.py "data/$set" > /dev/null 2> "$err" ;;
    peer)     /usr/bin/time -f "%e %M" -o "$tf" python peer.py "data/$set" > /dev/null 2> "$err" ;;
  esac
  rc=$?
  read -r wall rss < <(tail -1 "$tf")
  printf "%s\t%s\t%s\t%s\t%s\t%s\n" "$set" "$tool" "$rep" "$wall" "$rss" "$rc" >> "$RUNS"
  if [ "$rc" != 0 ] || [ -s "$err" ]; then
    echo "!! $set $tool rep $rep: exit $rc, stderr:" | tee -a "$SUMMARY"; head -c 2000 "$err" | tee -a "$SUMMARY"
  fi
  rm -f "$tf" "$err"
}

TOOLS=(planeval floor peer)
for set in "${SETS[@]}"; do
  [ -d "data/$set" ] || { echo "no data/$set (run gen.py)"; continue; }
  for ((r = 1; r <= REPS; r++)); do
    off=$(( (r - 1) % 3 ))
    for ((k = 0; k < 3; k++)); do
      tool=${TOOLS[$(( (k + off) % 3 ))]}
      run_one "$set" "$tool" "$r"
      echo "  $set rep $r $tool: $(tail -1 "$RUNS" | cut -f4,5 | tr '\t' ' ') (s, KB)"
    done
  done
done

python - "$RUNS" <<'EOF' | tee -a "$SUMMARY"
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
sets = list(dict.fromkeys(r["set"] for r in rows))
print()
print(f"{'set':<7}{'planeval s':>11}{'MB':>7}{'floor s':>9}{'MB':>7}{'peer s':>8}{'MB':>7}"
      f"{'pv/floor':>10}{'pv/peer':>9}  runs")
for s in sets:
    med, mx, n = {}, {}, {}
    for t in ("planeval", "floor", "peer"):
        rr = [r for r in rows if r["set"] == s and r["tool"] == t and r["wall_s"]]
        med[t] = statistics.median(float(r["wall_s"]) for r in rr) if rr else float("nan")
        mx[t] = max(int(r["maxrss_kb"]) for r in rr) / 1024 if rr else float("nan")
        n[t] = len(rr)
    print(f"{s:<7}{med['planeval']:>11.2f}{mx['planeval']:>7.0f}{med['floor']:>9.2f}{mx['floor']:>7.0f}"
          f"{med['peer']:>8.2f}{mx['peer']:>7.0f}{med['planeval'] / med['floor']:>10.2f}"
          f"{med['planeval'] / med['peer']:>9.2f}  {n['planeval']}/{n['floor']}/{n['peer']}")
print("(median wall seconds; MB = max RSS over the runs, of the largest single process;"
      " pv/peer < 1 means planeval is faster than the peer)")
EOF
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$SUMMARY"
echo "raw runs: $RUNS   summary: $SUMMARY"
