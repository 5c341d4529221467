#!/usr/bin/env python3
"""IMAP, the Unix way, for real: Dovecot serves a test mailbox on loopback, mbsync copies it to a
Maildir, and `followup mail scan` reads that Maildir into events.

Usage: imap_journey.py FOLLOWUP_BINARY

Dovecot runs as an ordinary user with its configuration, sockets and logs in a temporary folder
(as `nobody` when this runs as root, since Dovecot serves no mail as root). The messages are put
in the server with IMAP APPEND, so they are read back exactly as a mail server holds them.
"""
import grp, imaplib, json, os, pwd, shutil, socket, subprocess, sys, tempfile, textwrap, time
from pathlib import Path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


MESSAGES = {
    "INBOX": [
        "From: Dana Reyes <dana@acme.test>\r\nTo: Ana <ana@home.test>\r\nSubject: Re: Thank you\r\n"
        "Date: Tue, 10 Mar 2026 10:00:00 -0400\r\nMessage-ID: <r1@acme.test>\r\nIn-Reply-To: <s1@home.test>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        "Thanks Ana! We will get back to you by Friday. Caf=C3=A9 soon.\r\n",
        "From: =?utf-8?q?Jo=C3=A3o_Pe?= <people@acme.test>\r\nTo: ana@home.test\r\nSubject: =?utf-8?q?Pr=C3=B3xima_etapa?=\r\n"
        "Date: Mon, 16 Mar 2026 09:00:00 -0400\r\nMessage-ID: <r2@acme.test>\r\n\r\n"
        "We would like to schedule a final interview with the team.\r\n",
        "From: Newsletter <news@shop.test>\r\nTo: ana@home.test\r\nSubject: Sale\r\nDate: Mon, 16 Mar 2026 09:00:00 -0400\r\n"
        "Message-ID: <n1@shop.test>\r\n\r\nBuy things.\r\n",
    ],
    "Sent": [
        "From: Ana <ana@home.test>\r\nTo: Dana Reyes <dana@acme.test>\r\nSubject: Thank you\r\nDate: Mon, 9 Mar 2026 18:00:00 -0400\r\n"
        "Message-ID: <s1@home.test>\r\n\r\nHi Dana, thank you for today's conversation about the billing service.\r\n",
    ],
}


def main():
    binary = os.path.abspath(sys.argv[1])
    work = Path(tempfile.mkdtemp(prefix="followup-imap-"))
    os.chmod(work, 0o755)
    as_root = os.geteuid() == 0
    user = pwd.getpwnam("nobody") if as_root else pwd.getpwuid(os.geteuid())
    group = grp.getgrgid(user.pw_gid).gr_name
    server = work / "server"
    for folder in ["run", "state", "home"]:
        (server / folder).mkdir(parents=True)
    port = free_port()
    (server / "users").write_text("ana:{PLAIN}secret::::\n")
    (server / "dovecot.conf").write_text(textwrap.dedent(f"""\
        protocols = imap
        listen = 127.0.0.1
        base_dir = {server}/run
        state_dir = {server}/state
        log_path = {server}/dovecot.log
        ssl = no
        disable_plaintext_auth = no
        auth_mechanisms = plain login
        default_login_user = {user.pw_name}
        default_internal_user = {user.pw_name}
        default_internal_group = {group}
        first_valid_uid = {min(user.pw_uid, 500)}
        last_valid_uid = 0
        passdb {{
          driver = passwd-file
          args = scheme=PLAIN username_format=%u {server}/users
        }}
        userdb {{
          driver = static
          args = uid={user.pw_uid} gid={user.pw_gid} home={server}/home/%u
        }}
        mail_location = maildir:~/Maildir
        namespace inbox {{
          inbox = yes
          separator = /
        }}
        service imap-login {{
          chroot =
          inet_listener imap {{
            address = 127.0.0.1
            port = {port}
          }}
          inet_listener imaps {{
            port = 0
          }}
        }}
        service anvil {{
          chroot =
        }}
        service imap {{
          process_limit = 4
        }}
        """))
    if as_root:
        shutil.chown(server, user.pw_name, user.pw_gid)
        for path in server.rglob("*"):
            shutil.chown(path, user.pw_name, user.pw_gid)
    # setpriv, not runuser: Dovecot gets the signal that stops it, with no session around it.
    prefix = ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups"] if as_root else []
    dovecot = subprocess.Popen(prefix + ["/usr/sbin/dovecot", "-F", "-c", str(server / "dovecot.conf")])
    try:
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.05)
        else:
            sys.exit("Dovecot did not start: " + (server / "dovecot.log").read_text(errors="replace"))
        imap = imaplib.IMAP4("127.0.0.1", port)
        imap.login("ana", "secret")
        for mailbox, messages in MESSAGES.items():
            if mailbox != "INBOX":
                imap.create(mailbox)
            for message in messages:
                status, _ = imap.append(mailbox, None, None, message.encode("utf-8"))
                assert status == "OK", (mailbox, status)
        imap.logout()

        local = work / "local"
        local.mkdir()
        (work / "mbsyncrc").write_text(textwrap.dedent(f"""\
            IMAPAccount test
            Host 127.0.0.1
            Port {port}
            User ana
            Pass secret
            SSLType None
            AuthMechs LOGIN

            IMAPStore remote
            Account test

            MaildirStore local
            Path {local}/
            Inbox {local}/INBOX
            SubFolders Verbatim

            Channel test
            Far :remote:
            Near :local:
            Patterns *
            Create Near
            SyncState *
            """))
        sync = subprocess.run(["mbsync", "-c", str(work / "mbsyncrc"), "-a"], capture_output=True, text=True)
        assert sync.returncode == 0, sync.stdout + sync.stderr

        environment = dict(os.environ, FOLLOWUP_DB=str(work / "followup.sqlite"), FOLLOWUP_NOW="2026-03-20T12:00:00-04:00")
        def followup(*arguments):
            result = subprocess.run([binary, *arguments], capture_output=True, text=True, env=environment)
            assert result.returncode == 0, (arguments, result.stdout, result.stderr)
            return result.stdout
        followup("add", "Acme", "--role", "Backend Engineer", "--contact", "Dana Reyes <dana@acme.test>", "--time-zone", "America/New_York")
        followup("settings", "mail-addresses", "ana@home.test")
        scan = json.loads(followup("mail", "scan", str(local), "--json"))
        assert (scan["sent"], scan["replies"], scan["skipped"], scan["malformed"]) == (1, 2, 1, 0), scan
        by_id = {line["messageId"]: line for line in scan["lines"]}
        assert by_id["r1@acme.test"]["deadline"]["end"] == "2026-03-13", by_id["r1@acme.test"]
        assert by_id["r2@acme.test"]["invitesNextStep"] is True, by_id["r2@acme.test"]
        assert "no process knows news@shop.test" in by_id["n1@shop.test"]["reason"], by_id["n1@shop.test"]
        # Synced again with nothing new, the scan records nothing.
        assert subprocess.run(["mbsync", "-c", str(work / "mbsyncrc"), "-a"], capture_output=True).returncode == 0
        again = json.loads(followup("mail", "scan", str(local), "--json"))
        assert (again["sent"], again["replies"], again["known"]) == (0, 0, 3), again
        print(f"IMAP journey: Dovecot on 127.0.0.1:{port}, mbsync to a Maildir, scan recorded 1 sent and 2 replies; a re-scan recorded nothing")
    finally:
        dovecot.terminate()
        dovecot.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
