#!/usr/bin/env python3
"""Writes generated mail and what Python's `email` package reads from it: the oracle of
`MailOracleTests`.

Usage: make_mail.py OUTPUT_DIR [COUNT]

Each message is built from a seeded random choice of what real mail does: MIME trees (plain,
alternative, mixed with attachments, related, HTML only, calendar invitations), transfer encodings
(7bit, 8bit, quoted-printable, base64), charsets (UTF-8, ISO-8859-1, Windows-1252), encoded-word
headers in B and Q, raw UTF-8 headers, folded long headers, address lists with quoted names,
comments and groups, and dates in the forms RFC 5322 allows, obsolete ones included. The bytes go
to OUTPUT_DIR/NNNN.eml; `expected.json` holds, per file, what `email.message_from_bytes` with
`policy.default` reads: subject, addresses, date, ids and the plain-text body.
"""
import json, random, sys
from datetime import datetime, timedelta, timezone
from email import policy, utils
from email.header import Header
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

NAMES = ["Ana Souza", "João Conceição", "Zoë Müller", "Lee, Ana", "O'Brien Talent", "Renée Faÿ", "Bob", "王小明", "Chloé 🚀 Dubois", ""]
WORDS = ["interview", "next steps", "entrevista", "próxima etapa", "decisão", "café", "naïve résumé", "Überblick", "€100", "— update",
         "“quoted”", "follow-up", "Olá!", "ação", "coração", "über", "smile 🙂", "plain"]
DOMAINS = ["acme.com", "Example.ORG", "empresa.com.br", "mail.recruit.io"]
CHARSETS = ["utf-8", "iso-8859-1", "windows-1252"]


def encodable(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def address(rng, name=None):
    name = rng.choice(NAMES) if name is None else name
    local = rng.choice(["ana", "joao.c", "talent+jobs", "r.faye", "bob", "hiring"])
    return name, f"{local}@{rng.choice(DOMAINS)}"


def header_name(rng, name):
    """A display name the way different clients write it."""
    if not name:
        return ""
    style = rng.randrange(4)
    if name.isascii():
        return f'"{name}"' if ("," in name or "'" in name or style == 0) else name
    charset = rng.choice([c for c in CHARSETS if encodable(name, c)] or ["utf-8"])
    if style == 0:
        return Header(name, charset).encode()
    if style == 1:
        return Header(name, "utf-8").encode()
    if style == 2:
        # A Q-encoded word inside quotes, which clients send although RFC 2047 forbids it.
        return '"' + Header(name, "utf-8").encode() + '"'
    return Header(name, charset).encode()


def address_field(rng, count):
    parts = []
    for _ in range(count):
        name, addr = address(rng)
        shown = header_name(rng, name)
        style = rng.randrange(5)
        if not shown or style == 0:
            parts.append(addr)
        elif style == 1 and name.isascii() and "," not in name and "'" not in name:
            parts.append(f"{addr} ({name})")
        else:
            parts.append(f"{shown} <{addr}>")
    if count > 2 and rng.random() < 0.3:
        return "Hiring team: " + ", ".join(parts) + ";"
    return ", ".join(parts)


def date_field(rng):
    moment = datetime(2020, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randrange(0, 7 * 365 * 86400))
    offset = timedelta(minutes=rng.choice([0, -180, -300, 60, 330, 600, -420, 120]))
    local = moment.astimezone(timezone(offset))
    style = rng.randrange(8)
    if style == 0:
        return utils.format_datetime(local)
    if style == 1:
        return utils.formatdate(moment.timestamp(), usegmt=True)
    if style == 2:  # no day of the week, single-digit day
        return local.strftime("%-d %b %Y %H:%M:%S ") + local.strftime("%z")
    if style == 3:  # two-digit year and a zone name
        names = {-300: "EST", -240: "EDT", -360: "CST", -420: "PDT", 0: "GMT"}
        minutes = int(offset.total_seconds() // 60)
        if minutes in names:
            return local.strftime("%a, %d %b %y %H:%M:%S ") + names[minutes]
        return local.strftime("%a, %d %b %y %H:%M:%S %z")
    if style == 4:  # a comment after the zone
        return utils.format_datetime(local) + " (" + rng.choice(["CET", "BRT", "UTC"]) + ")"
    if style == 5:  # no seconds
        return local.strftime("%a, %d %b %Y %H:%M ") + local.strftime("%z")
    if style == 6:  # extra spaces and a lower-case month
        return local.strftime("%a,  %d %b  %Y %H:%M:%S %z").replace(local.strftime("%b"), local.strftime("%b").lower())
    return local.strftime("%d %b %Y %H:%M:%S -0000")


def text_body(rng, length):
    words = [rng.choice(WORDS) for _ in range(length)]
    lines, line = [], []
    for word in words:
        line.append(word)
        if len(line) > rng.randrange(6, 20):
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    if rng.random() < 0.2:
        lines.append("From the team: a line that starts like an mbox separator.")
    if rng.random() < 0.2:
        lines.append("a very long line " + "x" * 120 + " end")
    return "\n".join(lines) + "\n"


def text_part(rng, subtype, text):
    charset = rng.choice([c for c in CHARSETS if encodable(text, c)] or ["utf-8"])
    part = MIMEText(text, subtype, charset)
    encoding = rng.choice(["base64", "quoted-printable", "8bit"])
    if encoding != "base64" or charset != "utf-8":
        del part["Content-Transfer-Encoding"]
        payload = text.encode(charset)
        if encoding == "base64":
            import base64
            part.set_payload(base64.encodebytes(payload).decode("ascii"))
        elif encoding == "quoted-printable":
            import quopri
            part.set_payload(quopri.encodestring(payload).decode("ascii"))
        else:
            part.set_payload(payload.decode(charset), charset=None)
            part.set_payload(payload, charset=None)
            part.replace_header("Content-Type", f'text/{subtype}; charset="{charset}"')
        part["Content-Transfer-Encoding"] = encoding
    return part


def calendar_part(rng):
    ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:abc-%d@acme.com\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % rng.randrange(10**6)
    part = MIMEText(ics, "calendar", "utf-8")
    part.set_param("method", "REQUEST")
    return part


def body_tree(rng):
    text = text_body(rng, rng.randrange(5, 60))
    html = "<html><body><p>" + text.replace("\n", "<br>") + "</p></body></html>"
    shape = rng.randrange(7)
    if shape == 0:
        return text_part(rng, "plain", text)
    def alternative():
        part = MIMEMultipart("alternative")
        part.attach(text_part(rng, "plain", text))
        part.attach(text_part(rng, "html", html))
        return part

    if shape == 1:
        return alternative()
    if shape == 2:
        tree = MIMEMultipart("mixed")
        tree.attach(alternative())
        attachment = MIMEApplication(bytes(rng.randrange(256) for _ in range(300)), "pdf")
        attachment.add_header("Content-Disposition", "attachment", filename=rng.choice(["cv.pdf", "currículo.pdf"]))
        tree.attach(attachment)
        notes = MIMEText("attached notes, not the body\n", "plain", "utf-8")
        notes.add_header("Content-Disposition", "attachment", filename="notes.txt")
        tree.attach(notes)
        return tree
    if shape == 3:
        return text_part(rng, "html", html)
    if shape == 4:
        tree = MIMEMultipart("mixed")
        tree.attach(text_part(rng, "plain", text))
        tree.attach(calendar_part(rng))
        return tree
    if shape == 5:
        tree = MIMEMultipart("related")
        tree.attach(alternative())
        image = MIMEApplication(b"\x89PNG....", "octet-stream")
        image.add_header("Content-ID", "<logo>")
        tree.attach(image)
        return tree
    tree = MIMEMultipart("alternative")
    tree.preamble = "This is a multi-part message in MIME format."
    tree.epilogue = "trailing words after the last boundary"
    tree.attach(text_part(rng, "plain", text))
    tree.attach(calendar_part(rng))
    return tree


def subject(rng):
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 16)))
    style = rng.randrange(4)
    if text.isascii() or style == 0:
        return text if text.isascii() else Header(text, "utf-8").encode()
    charset = rng.choice([c for c in CHARSETS if encodable(text, c)] or ["utf-8"])
    if style == 1:
        return Header(text, charset).encode()
    if style == 2:
        return Header(text, charset, header_name="Subject").encode(maxlinelen=40)
    return "Re: " + Header(text, "utf-8").encode()


def build(rng, index):
    message = body_tree(rng)
    message["From"] = address_field(rng, 1)
    message["To"] = address_field(rng, rng.randrange(1, 6))
    if rng.random() < 0.4:
        message["Cc"] = address_field(rng, rng.randrange(1, 4))
    if rng.random() < 0.95:
        message["Subject"] = subject(rng)
    if rng.random() < 0.97:
        message["Date"] = date_field(rng)
    message["Message-ID"] = utils.make_msgid(idstring=str(index), domain=rng.choice(DOMAINS))
    if rng.random() < 0.5:
        parent = utils.make_msgid(domain="acme.com")
        message["In-Reply-To"] = parent
        message["References"] = " ".join([utils.make_msgid(domain="acme.com") for _ in range(rng.randrange(0, 4))] + [parent])
    linesep = "\r\n" if rng.random() < 0.3 else "\n"
    data = message.as_bytes(policy=policy.compat32.clone(linesep=linesep, max_line_length=78))
    if rng.random() < 0.15:
        # Raw UTF-8 in a header, as modern clients send.
        name = rng.choice(["João", "Zoë", "Conceição"])
        data = data.replace(b"Message-ID:", f"X-Sender-Name: {name}{linesep}Message-ID:".encode("utf-8"), 1)
    return data


def expected(data):
    message = __import__("email").message_from_bytes(data, policy=policy.default)

    def addresses(field):
        header = message[field]
        if header is None:
            return []
        return [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]

    date = None
    if message["Date"] is not None:
        try:
            parsed = utils.parsedate_to_datetime(str(message["Date"]))
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=timezone.utc)
            date = int(parsed.timestamp())
        except (TypeError, ValueError):
            date = None
    body = message.get_body(preferencelist=("plain",))
    plain = body.get_content().replace("\r\n", "\n") if body is not None else None
    ids = lambda field: utils.unquote(str(message[field])).split() if message[field] else []
    return {
        "subject": str(message["Subject"]) if message["Subject"] is not None else None,
        "from": addresses("From"),
        "to": addresses("To"),
        "cc": addresses("Cc"),
        "date": date,
        "message_id": str(message["Message-ID"]).strip().strip("<>") if message["Message-ID"] else None,
        "in_reply_to": [i.strip("<>") for i in ids("In-Reply-To")],
        "references": [i.strip("<>") for i in ids("References")],
        "plain": plain,
        "calendars": sum(1 for part in message.walk() if part.get_content_type() == "text/calendar"),
    }


def main():
    output = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    output.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261207)
    table = {}
    for index in range(count):
        data = build(rng, index)
        name = f"{index:04d}.eml"
        (output / name).write_bytes(data)
        table[name] = expected(data)
    (output / "expected.json").write_text(json.dumps(table, ensure_ascii=False, indent=1))
    # The same messages in one mbox, written and read back by Python's `mailbox` (which quotes
    # body lines starting "From " as ">From ", the mboxo way).
    import mailbox
    box = mailbox.mbox(str(output / "all.mbox"), create=True)
    for name in sorted(table):
        box.add((output / name).read_bytes())
    box.flush()
    box.close()
    read = mailbox.mbox(str(output / "all.mbox"), create=False)
    ids = [str(message["Message-ID"]).strip().strip("<>") for message in read]
    (output / "mbox-expected.json").write_text(json.dumps(ids))


if __name__ == "__main__":
    main()
