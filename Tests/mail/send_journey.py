#!/usr/bin/env python3
"""Mail out, for real: `followup send` hands the draft to msmtp, which delivers it to an SMTP sink
(aiosmtpd) on loopback; the message received is read back with Python's `email` package, and the
process records it as sent with the same Message-ID. A send command that fails records nothing.

Usage: send_journey.py FOLLOWUP_BINARY   (run with a Python that has aiosmtpd)
"""
import email, json, os, shutil, socket, subprocess, sys, tempfile, textwrap
from email import policy
from pathlib import Path

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"


def main():
    binary = os.path.abspath(sys.argv[1])
    work = Path(tempfile.mkdtemp(prefix="followup-send-"))
    sink = Sink()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        rc = work / "msmtprc"
        rc.write_text(textwrap.dedent(f"""\
            defaults
            auth off
            tls off
            logfile {work}/msmtp.log
            account sink
            host 127.0.0.1
            port {port}
            from ana@home.test
            account default : sink
            """))
        rc.chmod(0o600)
        environment = dict(os.environ, FOLLOWUP_DB=str(work / "followup.sqlite"), FOLLOWUP_NOW="2026-03-11T18:00:00-04:00")

        def followup(*arguments, expect=0):
            result = subprocess.run([binary, *arguments], capture_output=True, text=True, env=environment)
            assert result.returncode == expect, (arguments, result.returncode, result.stdout, result.stderr)
            return result

        followup("add", "Acme", "--role", "Backend Engineer", "--contact", "Dana Reyes <dana@acme.test>", "--time-zone", "America/New_York",
                 "--language", "pt-BR")
        followup("interviewed", "acme-backend-engineer", "--at", "2026-03-11 14:00", "--topic", "a migração do faturamento")
        followup("settings", "mail-addresses", "ana@home.test")
        followup("settings", "name", "Ana Conceição")

        # A send command that fails: nothing is recorded.
        followup("settings", "send-command", "false")
        failed = followup("send", "acme-backend-engineer", "--yes", expect=1)
        assert "failed (exit 1)" in failed.stderr and "nothing was recorded" in failed.stderr, failed.stderr
        assert not any(e["kind"] == "message-sent" for p in json.loads(followup("export").stdout)["processes"] for e in p["events"])

        followup("settings", "send-command", f"msmtp -C {rc} -t --read-envelope-from")
        draft = json.loads(followup("draft", "acme-backend-engineer", "--json").stdout)
        followup("send", "acme-backend-engineer", "--yes")
        assert len(sink.messages) == 1, sink.messages
        mail_from, recipients, data = sink.messages[0]
        assert mail_from == "ana@home.test" and recipients == ["dana@acme.test"], (mail_from, recipients)
        message = email.message_from_bytes(data, policy=policy.default)
        assert message["From"].addresses[0].display_name == "Ana Conceição", message["From"]
        assert message["To"].addresses[0].addr_spec == "dana@acme.test"
        assert str(message["Subject"]) == draft["subject"], (str(message["Subject"]), draft["subject"])
        assert message.get_content().replace("\r\n", "\n").strip() == draft["body"].strip()
        events = [e for p in json.loads(followup("export").stdout)["processes"] for e in p["events"]]
        sent = [e for e in events if e["kind"] == "message-sent"]
        assert len(sent) == 1 and sent[0]["messageID"] == str(message["Message-ID"]).strip("<>"), (sent, message["Message-ID"])
        print(f"Send journey: msmtp delivered the draft to an SMTP sink on 127.0.0.1:{port}; Python's email read it back; "
              "recorded as sent with its Message-ID; a failing send command recorded nothing")
    finally:
        controller.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
