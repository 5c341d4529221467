#!/usr/bin/env bash
# Timeline phrases side by side: Followup's grammars against dateparser, parsedatetime, ctparse
# and recognizers-text-date-time, on two sets in one run:
#   - the real recruiter phrases of ../shared/corpus/timelines.jsonl (read at run time, judged by
#     range; "vague" rows must read as no firm date), and
#   - the project's own phrase tables (the tests' tables, one expected day each).
# Usage: Benchmarks/timeline-vs-peers.sh   (writes Benchmarks/results/timeline-vs-peers.md)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/test-venv
shared=${FOLLOWUP_SHARED:-../shared}/corpus/timelines.jsonl
if ! "$venv/bin/python" -c "import holidays, dateparser, parsedatetime, ctparse, recognizers_date_time" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q holidays==0.108 dateparser==1.5.0 parsedatetime==2.6 ctparse==0.3.6 recognizers-text-suite==1.0.2a2
fi
scripts/build-release followup-bench >/dev/null
FOLLOWUP_DUMP_PHRASES="$PWD/.build/timeline-phrases.json" swift test --filter TimelinePhraseDump >/dev/null
python3 Benchmarks/timeline/shared_phrases.py "$shared" .build/timeline-shared.json
{
    echo "# Timeline phrases: Followup vs dateparser, parsedatetime, ctparse, recognizers-text"
    echo
    echo "Command: \`Benchmarks/timeline-vs-peers.sh\` ($(date -u +%Y-%m-%d), $(nproc) cores)"
    echo
    echo '```'
    echo "## the shared recruiter phrases ($shared)"
    .build/release/followup-bench timeline --phrases .build/timeline-shared.json
    "$venv/bin/python" Benchmarks/timeline/peers.py .build/timeline-shared.json "the shared phrases"
    echo
    echo "## the project's own phrase tables"
    .build/release/followup-bench timeline --phrases .build/timeline-phrases.json
    "$venv/bin/python" Benchmarks/timeline/peers.py .build/timeline-phrases.json "the own tables"
    echo
    .build/release/followup-bench business-days
    .build/release/followup-bench year-agenda
    echo '```'
} | tee Benchmarks/results/timeline-vs-peers.md
