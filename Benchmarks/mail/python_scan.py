#!/usr/bin/env python3
"""The peer of `followup mail scan`: Python's `mailbox` and `email` (policy.default) reading every
message of an mbox for what a scan reads (ids, addresses, date, subject, the plain-text body).

Usage: python_scan.py MAILBOX.mbox
"""
import email, mailbox, sys
from email import policy, utils

count = 0
for key in (box := mailbox.mbox(sys.argv[1], create=False)).iterkeys():
    message = email.message_from_bytes(box.get_bytes(key), policy=policy.default)
    for field in ("From", "To", "Cc"):
        header = message[field]
        if header is not None:
            header.addresses
    if message["Date"] is not None:
        try:
            utils.parsedate_to_datetime(str(message["Date"]))
        except (TypeError, ValueError):
            pass
    message["Message-ID"], message["In-Reply-To"], message["References"], message["Subject"]
    body = message.get_body(preferencelist=("plain",))
    if body is not None:
        body.get_content()
    count += 1
print(f"{count} messages")
