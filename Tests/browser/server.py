"""Starts `followup serve` on a free loopback port for the browser and conformance checks."""
import os
import socket
import subprocess
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`followup serve` with a fixed clock; restarting it with another clock moves time."""

    def __init__(self, binary, database, work):
        self.binary, self.database, self.work = binary, database, work
        self.process = None
        self.port = free_port()

    def start(self, now):
        self.stop()
        env = dict(os.environ, FOLLOWUP_DB=self.database, FOLLOWUP_NOW=now, TZ="America/New_York", HOME=self.work)
        started = time.monotonic()
        self.process = subprocess.Popen([self.binary, "serve", "--port", str(self.port)], env=env,
                                        stdout=subprocess.DEVNULL, stderr=open(os.path.join(self.work, "serve.log"), "a"))
        while True:
            try:
                urllib.request.urlopen(self.url("/healthz"), timeout=1).read()
                break
            except OSError:
                if time.monotonic() - started > 30 or self.process.poll() is not None:
                    raise RuntimeError("followup serve did not start: " + open(os.path.join(self.work, "serve.log")).read())
                time.sleep(0.02)
        return time.monotonic() - started

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(10)
            self.process = None

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"
