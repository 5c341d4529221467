#!/usr/bin/env bash
# `followup mail scan` over a generated mailbox of 20,000 messages (mixed MIME, charsets, threads)
# against Python's mailbox + email reading the same file for the same fields, side by side in one
# hyperfine run; then a re-scan with nothing new.
# Usage: Benchmarks/mail-vs-python.sh [MESSAGES]   (writes Benchmarks/results/mail.md)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-20000}

command -v hyperfine >/dev/null || {
    sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
    sudo_ apt-get update -qq
    DEBIAN_FRONTEND=noninteractive sudo_ apt-get install -y -qq hyperfine >/dev/null
}
scripts/build-release followup >/dev/null
scripts/build-release followup-bench >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mailbox=.build/mail-benchmark-$count.mbox
[ -s "$mailbox" ] || python3 Benchmarks/mail/make_mailbox.py "$mailbox" "$count"

export FOLLOWUP_DB="$work/followup.sqlite" FOLLOWUP_NOW=2026-12-31T12:00:00Z
for i in 0 1 2 3 4; do
    .build/release/followup add "Company$i" --role Engineer --contact "R <recruiter$i@company$i.test>" >/dev/null
done
.build/release/followup settings mail-addresses ana@home.test >/dev/null

mkdir -p Benchmarks/results
{
    echo "# Mail scan: Followup vs Python's mailbox + email"
    echo
    echo "Command: \`Benchmarks/mail-vs-python.sh $count\` ($(date -u +%Y-%m-%d)), $(du -h "$mailbox" | cut -f1) mbox"
    echo
    hyperfine -N --runs 2 --export-markdown "$work/first.md" \
        -n "followup mail scan --dry-run ($count messages)" ".build/release/followup mail scan $mailbox --dry-run" \
        -n "python3 mailbox + email ($count messages)" "python3 Benchmarks/mail/python_scan.py $mailbox" >&2
    cat "$work/first.md"
    echo
    echo "A scan reads only the headers of mail about no process. Every message read in full, bodies"
    echo "included, as the Python peer does (\`followup-bench mail\`, one core, in process):"
    echo
    .build/release/followup-bench mail --mbox "$mailbox"
    echo
    .build/release/followup mail scan "$mailbox" | tail -n 1
    echo
    hyperfine -N --warmup 1 --runs 5 --export-markdown "$work/again.md" \
        -n "followup mail scan, nothing new ($count messages)" ".build/release/followup mail scan $mailbox" >&2
    cat "$work/again.md"
} | tee Benchmarks/results/mail.md
