#!/usr/bin/env python3
"""Protected books: AES-256 from a password typed at the terminal (twice, echo off), from an
environment variable, or from a file (one password, or one per person with --each). poppler,
MuPDF and qpdf open each book with its password and refuse it without; a per-person file that
lacks someone stops the batch before any work; no password ever appears on stdout, stderr, the
terminal, or in the PDF bytes.
"""
import os
import pty
import select
import signal
import subprocess
import termios
import time

from batch_support import (BRIEFBOOK, SOURCE, VALID_FULL, expect_run, pdf_text, people, qpdf_check, start,
                           temporary_files)

checker = start("test_batch_password")
TMP = checker.tmp
SECRET = "Pw-批次-7c1e90"  # non-ASCII on purpose: passwords are UTF-8 (PDF 2.0 SASLprep'd)


def opens_only_with(name, pdf, password, others=()):
    """poppler, MuPDF and qpdf open `pdf` with `password` and refuse it without or with another."""
    ok, report = qpdf_check(pdf, password)
    checker.check(ok, f"{name}: qpdf --check with the password failed: {report[-300:]}")
    checker.check(not qpdf_check(pdf)[0], f"{name}: qpdf opens the book without a password")
    shown = subprocess.run(["qpdf", "--show-encryption", f"--password={password}", str(pdf)], capture_output=True,
                           text=True, errors="replace").stdout
    checker.check("R = 6" in shown and "AESv3" in shown, f"{name}: not AES-256 (R 6, AESv3): {shown[:300]!r}")
    checker.check(pdf_text(pdf, password) not in (None, ""), f"{name}: pdftotext cannot read it with the password")
    checker.check(pdf_text(pdf) is None, f"{name}: pdftotext reads it without a password")
    mupdf = ["mutool", "draw", "-F", "txt", "-o", os.devnull]
    checker.check(subprocess.run(mupdf + ["-p", password, str(pdf), "1"], capture_output=True).returncode == 0,
          f"{name}: MuPDF cannot open it with the password")
    checker.check(subprocess.run(mupdf + [str(pdf), "1"], capture_output=True).returncode != 0,
          f"{name}: MuPDF opens it without a password")
    for other in others:
        checker.check(not qpdf_check(pdf, other)[0], f"{name}: opens with another person's password")
    never_written(name, pdf.read_bytes(), password)


def never_written(name, data, *secrets):
    for secret in secrets:
        for encoded in {secret.encode("utf-8"), secret.encode("utf-16-be")}:
            checker.check(encoded not in (data if isinstance(data, bytes) else data.encode("utf-8")),
                  f"{name}: a password appears in the output")


def from_environment():
    pdf = TMP / "env.pdf"
    result = expect_run(checker, "--password-env", ["build", VALID_FULL, "--password-env", "BOOK_PW", "-o", pdf], 0,
                        env={"BOOK_PW": SECRET})
    opens_only_with("--password-env", pdf, SECRET)
    never_written("--password-env output", result.stdout + result.stderr, SECRET)
    expect_run(checker, "unset variable", ["build", VALID_FULL, "--password-env", "NO_SUCH_PW_VAR", "-o", TMP / "x.pdf"], 3,
               stderr_has="--password-env NO_SUCH_PW_VAR: the variable is not set [password.unset]")
    checker.check(not (TMP / "x.pdf").exists(), "a book was written without its password")


def from_files():
    # One password for a book that is not personalised: the file's first line.
    single = TMP / "single.txt"
    single.write_text(SECRET + "\n", encoding="utf-8")
    expect_run(checker, "--password-file single", ["build", VALID_FULL, "--password-file", single, "-o", TMP / "s.pdf"], 0)
    opens_only_with("--password-file single", TMP / "s.pdf", SECRET)

    # One per person with --each.
    everyone = people(VALID_FULL)
    passwords = {person: f"{SECRET}-{i}" for i, person in enumerate(everyone)}
    table = TMP / "passwords.tsv"
    table.write_text("# id<TAB>password\n" + "".join(f"{p}\t{pw}\n" for p, pw in passwords.items()), encoding="utf-8")
    out = TMP / "each"
    result = expect_run(checker, "--password-file per person", ["build", VALID_FULL, "--each", "all", "--password-file", table,
                                                       "-o", out], 0)
    never_written("per-person output", result.stdout + result.stderr, *passwords.values())
    for person, password in passwords.items():
        others = [pw for p, pw in passwords.items() if p != person]
        opens_only_with(f"book of {person}", out / f"{person}.pdf", password, others)

    # Someone missing: an error before any work, naming the person, not a password.
    partial = TMP / "partial.tsv"
    partial.write_text("".join(f"{p}\t{passwords[p]}\n" for p in everyone[:-1]), encoding="utf-8")
    missing_out = TMP / "missing"
    result = expect_run(checker, "a person without a password", ["build", VALID_FULL, "--each", "all", "--password-file",
                                                        partial, "-o", missing_out], 1,
                        stderr_has=f"partial.tsv: no password for '{everyone[-1]}'")
    checker.check(not missing_out.exists(), "a batch with a missing password made its folder")
    never_written("missing person output", result.stdout + result.stderr, *passwords.values())

    # A malformed line is named by number; its content (perhaps a password) is not printed.
    broken = TMP / "broken.tsv"
    broken.write_text(f"{everyone[0]}\t{SECRET}\n{SECRET}\n", encoding="utf-8")
    result = expect_run(checker, "malformed line", ["build", VALID_FULL, "--for", everyone[0], "--password-file", broken,
                                           "-o", TMP / "m.pdf"], 1,
                        stderr_has="broken.tsv: line 2: expected PERSON_ID<TAB>PASSWORD")
    never_written("malformed line output", result.stdout + result.stderr, SECRET)


def type_into(process_fd, text):
    os.write(process_fd, text.encode("utf-8"))


def read_terminal(fd, until, timeout=120):
    """What the program wrote to its terminal, until `until` appears (or it ends)."""
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and until.encode() not in seen:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def from_the_terminal():
    pdf = TMP / "typed.pdf"
    pid, fd = pty.fork()
    if pid == 0:  # the child: its controlling terminal is the pty
        os.chdir(SOURCE)
        os.execv(BRIEFBOOK, [BRIEFBOOK, "build", VALID_FULL, "--password", "-o", str(pdf)])
    transcript = read_terminal(fd, "Password for the PDF: ")
    type_into(fd, SECRET + "\n")
    transcript += read_terminal(fd, "again: ")
    type_into(fd, SECRET + "-typo\n")  # the two differ: asked again
    transcript += read_terminal(fd, "The two differ. Password for the PDF: ")
    type_into(fd, SECRET + "\n")
    transcript += read_terminal(fd, "again: ")
    type_into(fd, SECRET + "\n")
    transcript += read_terminal(fd, "wrote ")
    transcript += read_terminal(fd, "\n", timeout=60)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    checker.check(os.waitstatus_to_exitcode(status) == 0, f"--password: exit {status}; terminal: {transcript[-500:]!r}")
    checker.check(b"The two differ" in transcript, "--password: differing passwords were not asked again")
    never_written("--password terminal (echo must be off)", transcript, SECRET)
    if checker.check(pdf.exists(), "--password: no book"):
        opens_only_with("--password", pdf, SECRET)

    # Ctrl-C at the prompt ends the run as SIGINT would, with the terminal's echo back on.
    pid, fd = pty.fork()
    if pid == 0:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.chdir(SOURCE)
        os.execv(BRIEFBOOK, [BRIEFBOOK, "build", VALID_FULL, "--password", "-o", str(TMP / "cancelled.pdf")])
    read_terminal(fd, "Password for the PDF: ")
    type_into(fd, "half-typed\x03")
    _, status = os.waitpid(pid, 0)
    echo_back = bool(termios.tcgetattr(fd)[3] & termios.ECHO)
    os.close(fd)
    checker.check(os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGINT,
                  f"Ctrl-C at the prompt: status {status}, expected death by SIGINT")
    checker.check(echo_back, "Ctrl-C at the prompt left the terminal without echo")
    checker.check(not (TMP / "cancelled.pdf").exists(), "Ctrl-C at the prompt: a book was written")

    # Without a terminal, asking is impossible: a clear error before any work.
    result = subprocess.run([BRIEFBOOK, "build", VALID_FULL, "--password", "-o", str(TMP / "no-tty.pdf")], cwd=SOURCE,
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, start_new_session=True,
                            timeout=60)
    checker.check(result.returncode == 3 and "no terminal" in result.stderr and "[password.no-terminal]" in result.stderr,
          f"--password without a terminal: exit {result.returncode}, {result.stderr!r}")
    checker.check(not (TMP / "no-tty.pdf").exists(), "--password without a terminal wrote a book")


def main():
    from_environment()
    from_files()
    from_the_terminal()
    checker.check(temporary_files(TMP) == [], f"temporary files left: {temporary_files(TMP)}")
    checker.done()


if __name__ == "__main__":
    main()
