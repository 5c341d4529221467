#!/usr/bin/env bash
# The web app under load, in one run on loopback: wrk, 10 s, 2 threads, 64 connections, against
# GET /healthz (the trivial route), POST /api/review of a typical message, and GET / (Today) over
# 1,000 seeded processes; then start-up to first response (median of 15 starts).
# Usage: Benchmarks/web-vs-healthz.sh   (writes Benchmarks/results/web.md)
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null; then
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null
fi

scripts/build-release followup >/dev/null
scripts/build-release followup-bench >/dev/null
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
.build/release/followup-bench seed --db "$work/followup.sqlite" --processes 1000 >/dev/null

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
FOLLOWUP_DB="$work/followup.sqlite" FOLLOWUP_NOW=2026-03-20T10:00 TZ=America/New_York \
    .build/release/followup serve --port "$port" >/dev/null 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.05; done
page=$(curl -sf "http://127.0.0.1:$port/")
[ "$(grep -o 'href="/processes/[a-z0-9-]*"' <<<"$page" | grep -v '/processes/new"' | sort -u | wc -l)" = 1000 ] || { echo "Today did not list the 1,000 processes"; exit 1; }

run() { # name, then wrk arguments
    local name=$1
    shift
    wrk -t2 -c64 -d10s --latency "$@" >"$work/$name.txt"
    local rps p99
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/$name.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/$name.txt")
    echo "$name $rps $p99"
}
healthz=$(run healthz "http://127.0.0.1:$port/healthz")
review=$(run review -s Benchmarks/web/review.lua "http://127.0.0.1:$port/api/review")
today=$(run today "http://127.0.0.1:$port/")
kill "$server"
server=""
startup=$(python3 Benchmarks/web/startup.py .build/release/followup "$work/followup.sqlite")

mkdir -p Benchmarks/results
{
    echo "# Web app under load (wrk -t2 -c64 -d10s, loopback, release build, $(nproc) cores)"
    echo
    echo "| route | requests/s | p99 latency |"
    echo "|---|---:|---:|"
    for line in "$healthz" "$review" "$today"; do
        read -r name rps p99 <<<"$line"
        case $name in
            healthz) label="GET /healthz (trivial)" ;;
            review) label="POST /api/review (typical check-in)" ;;
            today) label="GET / (Today, 1,000 processes)" ;;
        esac
        echo "| $label | $rps | $p99 |"
    done
    read -r median fastest slowest <<<"$startup"
    echo
    echo "Start-up to first response (1,000-process database): median ${median} ms (fastest ${fastest}, slowest ${slowest}) over 15 starts."
    read -r _ hrps _ <<<"$healthz"
    read -r _ rrps _ <<<"$review"
    echo
    echo "Review throughput is $(python3 -c "print(f'{$rrps / $hrps:.2f}')")× that of /healthz (goal ≥ 0.5)."
} | tee Benchmarks/results/web.md
