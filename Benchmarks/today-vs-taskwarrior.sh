#!/usr/bin/env bash
# `followup today` on 10,000 processes against Taskwarrior's `task next` on 10,000 tasks, side by
# side in one hyperfine run; then the agenda over 100,000 processes in memory and from SQLite.
# Usage: Benchmarks/today-vs-taskwarrior.sh [PROCESSES]
# (writes Benchmarks/results/today.md, or today-PROCESSES.md for another count than 10,000).
# Both programs are started without a shell (`hyperfine -N`), so a small count measures each
# one's fixed cost: start, open, read, print.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v task >/dev/null || missing+=(taskwarrior)
command -v hyperfine >/dev/null || missing+=(hyperfine)
if ((${#missing[@]})); then
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

scripts/build-release followup >/dev/null
scripts/build-release followup-bench >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

.build/release/followup-bench seed --db "$work/followup.sqlite" --processes "$count"

# Taskwarrior: the same number of tasks, each with a project, a tag and a due date, imported in one go.
export TASKRC="$work/taskrc" TASKDATA="$work/task"
mkdir -p "$TASKDATA"
printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nhooks=off\n' "$TASKDATA" >"$TASKRC"
python3 - "$count" >"$work/tasks.json" <<'PY'
import json, sys
count = int(sys.argv[1])
print(json.dumps([{"description": f"Follow up with Company {i}", "project": f"search.c{i % 50}", "tags": ["followup"],
    "due": f"2026{3 + i % 3:02d}{1 + i % 28:02d}T150000Z", "status": "pending", "entry": "20260301T120000Z"} for i in range(count)]))
PY
task import "$work/tasks.json" >/dev/null 2>&1
echo "tasks imported: $(task count status:pending)"

mkdir -p Benchmarks/results
results=Benchmarks/results/today.md
[ "$count" = 10000 ] || results=Benchmarks/results/today-$count.md
export FOLLOWUP_DB=$work/followup.sqlite FOLLOWUP_NOW=2026-03-20T10:00
runs=15
[ "$count" -gt 1000 ] || runs=200
hyperfine -N --warmup 10 --min-runs "$runs" --export-markdown "$results" \
    -n "followup today ($count processes)" ".build/release/followup today" \
    -n "task next ($count tasks)" "task rc.gc=off next"

echo
.build/release/followup-bench agenda --processes 100000
.build/release/followup-bench seed --db "$work/large.sqlite" --processes 100000 >/dev/null
.build/release/followup-bench load-agenda --db "$work/large.sqlite"
