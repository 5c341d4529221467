"""OpenAPI conformance: schemathesis against a running `followup serve`, with a temporary database.

Usage: conformance.py PATH/TO/followup PATH/TO/schemathesis

Every check runs except `positive_data_acceptance`: it expects every schema-valid request to be
accepted, but the API rightly refuses some that the schema cannot describe — an impossible date
(2026-02-30), an alignment draft for a process with no outside context, a phrase with no timeline —
with the documented 400/409/422 and a message. Those answers are still checked for shape.
"""
import os
import shutil
import subprocess
import sys
import tempfile

from server import Server

binary, schemathesis = os.path.abspath(sys.argv[1]), sys.argv[2]
work = tempfile.mkdtemp(prefix="followup-openapi-")
server = Server(binary, os.path.join(work, "followup.sqlite"), work)
server.start("2026-03-11T16:00")
try:
    status = subprocess.run(
        [schemathesis, "run", server.url("/api/openapi.yaml"), "--url", server.url(""), "--max-examples", "60",
         "--exclude-checks", "positive_data_acceptance", "--seed", "20261201", "--no-color"],
        env=dict(os.environ, SCHEMATHESIS_HOOKS=""), check=False).returncode
finally:
    server.stop()
    shutil.rmtree(work, ignore_errors=True)
print("openapi conformance: " + ("1 passed, 0 failed" if status == 0 else "0 passed, 1 failed"))
sys.exit(status)
