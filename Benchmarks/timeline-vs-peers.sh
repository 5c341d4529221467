#!/usr/bin/env bash
# Timeline phrases side by side: Followup's parser, dateparser and parsedatetime on the same
# tables (the phrase tables of the tests, 336 phrases in English and Brazilian Portuguese).
# Usage: Benchmarks/timeline-vs-peers.sh   (writes Benchmarks/results/timeline-vs-peers.md)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/test-venv
if ! "$venv/bin/python" -c "import holidays, dateparser, parsedatetime" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q holidays==0.108 dateparser==1.5.0 parsedatetime==2.6
fi
swift build -c release --product followup-bench >/dev/null
FOLLOWUP_DUMP_PHRASES="$PWD/.build/timeline-phrases.json" swift test --filter TimelinePhraseDump >/dev/null
{
    echo "# Timeline phrases: Followup vs dateparser vs parsedatetime"
    echo
    echo "Command: \`Benchmarks/timeline-vs-peers.sh\` ($(date -u +%Y-%m-%d), $(nproc) cores)"
    echo
    echo '```'
    .build/release/followup-bench timeline --phrases .build/timeline-phrases.json
    .build/release/followup-bench business-days
    .build/release/followup-bench year-agenda
    "$venv/bin/python" Benchmarks/timeline/peers.py .build/timeline-phrases.json
    echo '```'
} | tee Benchmarks/results/timeline-vs-peers.md
