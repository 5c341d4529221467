#!/usr/bin/env python3
"""Writes a generated mailbox for the mail benchmark: COUNT messages in one mbox, mixed MIME trees,
charsets and transfer encodings (the generator of the parser's oracle tests), with threads: about
one message in ten is from or to a contact of the seeded processes, and replies point at earlier
messages with In-Reply-To and References.

Usage: make_mailbox.py OUTPUT.mbox COUNT
"""
import importlib.util, random, sys
from email import utils
from pathlib import Path

spec = importlib.util.spec_from_file_location(
    "make_mail", Path(__file__).resolve().parents[2] / "Tests/FollowUpMailTests/Oracle/make_mail.py")
make_mail = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_mail)

CONTACTS = [f"recruiter{i}@company{i}.test" for i in range(50)]


def main():
    output, count = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(7)
    sent_ids = []
    with output.open("wb") as box:
        for index in range(count):
            data = make_mail.build(rng, index)
            if rng.random() < 0.1:
                contact = rng.choice(CONTACTS)
                mine = rng.random() < 0.5
                sender, recipient = ("ana@home.test", contact) if mine else (contact, "ana@home.test")
                data = data.replace(b"From: ", b"X-Original-From: ", 1).replace(b"To: ", b"X-Original-To: ", 1)
                extra = f"From: {sender}\nTo: {recipient}\n"
                if not mine and sent_ids:
                    parent = rng.choice(sent_ids)
                    extra += f"In-Reply-To: <{parent}>\nReferences: <{parent}>\n"
                data = extra.encode() + data
                if mine:
                    message_id = utils.make_msgid(idstring=f"b{index}", domain="home.test").strip("<>")
                    data = data.replace(b"Message-ID: <", f"Message-ID: <{message_id}>\nX-Old-ID: <".encode(), 1)
                    sent_ids.append(message_id)
            data = data.replace(b"\r\n", b"\n")
            box.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n")
            # mboxrd quoting of body lines that look like separators.
            lines = data.split(b"\n")
            box.write(b"\n".join(b">" + line if line.lstrip(b">").startswith(b"From ") else line for line in lines))
            box.write(b"\n\n")


if __name__ == "__main__":
    main()
