"""Start-up to first response of `followup serve`: spawn, poll /healthz, stop; the median of N runs.

Usage: startup.py FOLLOWUP DATABASE [RUNS]
"""
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

binary, database = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 15
times = []
for _ in range(runs):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, FOLLOWUP_DB=database, FOLLOWUP_NOW="2026-03-20T10:00", TZ="America/New_York")
    started = time.monotonic()
    process = subprocess.Popen([binary, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
            break
        except OSError:
            time.sleep(0.001)
    times.append((time.monotonic() - started) * 1000)
    process.terminate()
    process.wait()
print(f"{statistics.median(times):.0f} {min(times):.0f} {max(times):.0f}")
