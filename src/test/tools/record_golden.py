#!/usr/bin/env python3
"""Record the golden transcripts: run every golden/*/*.py through CPython and write its .out.

Each session is fed to `python3 -i -q -u` on standard input with the placeholders filled in
exactly as ../shared/fidelity/fidelity.py does: {PORT} {PORT2} (free TCP ports), {UPORT} (a free
UDP port), {TMP} (a fresh empty directory). The merged stdout+stderr is kept raw (prompts and
full tracebacks included) except that the concrete ports and the TMP path are put back as their
placeholders and ephemeral ports at the end of a tuple become <eph> (the JUnit runner normalises
them the same way), so that re-recording reproduces the same files.

Usage: python3 src/test/tools/record_golden.py [--check] [SESSION.py ...]
With no session given, records every session under src/test/resources/golden.
--check compares instead of writing and exits 1 when a recording differs.
"""
import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "golden")
REF = ["python3", "-i", "-q", "-u"]
TIMEOUT = 60
EPHEMERAL = re.compile(r"(?<=, )(3[2-9]\d{3}|[4-6]\d{4})(?=\))")


def free_port(kind=socket.SOCK_STREAM):
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fill(text, values):
    for key, val in values.items():
        text = text.replace("{" + key + "}", str(val))
    return text


def unfill(text, values, used):
    for key in ("PORT", "PORT2", "UPORT"):
        if key in used:
            text = re.sub(r"\b%d\b" % values[key], "{%s}" % key, text)
    return text.replace(values["TMP"], "{TMP}")


def record(path):
    with open(path, encoding="utf-8") as f:
        body = f.read()
    used = set(re.findall(r"\{(PORT2|PORT|UPORT|TMP)\}", body))
    values = {"PORT": free_port(), "PORT2": free_port(),
              "UPORT": free_port(socket.SOCK_DGRAM), "TMP": tempfile.mkdtemp(prefix="golden")}
    try:
        res = subprocess.run(REF, input=fill(body, values).encode("utf-8"), cwd=values["TMP"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT,
                             env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    finally:
        shutil.rmtree(values["TMP"], ignore_errors=True)
    out = unfill(res.stdout.decode("utf-8"), values, used)
    return EPHEMERAL.sub("<eph>", out)


def sessions(paths):
    if paths:
        return paths
    found = []
    for sub in sorted(os.listdir(ROOT)):
        folder = os.path.join(ROOT, sub)
        if os.path.isdir(folder):
            found += [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith(".py")]
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed .out files")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    differ = 0
    for path in sessions(args.paths):
        out = record(path)
        target = path[:-3] + ".out"
        if args.check:
            old = open(target, encoding="utf-8").read() if os.path.exists(target) else None
            same = old == out
            differ += not same
            print(("same  " if same else "DIFF  ") + os.path.relpath(path, ROOT))
            continue
        with open(target, "w", encoding="utf-8", newline="\n") as f:
            f.write(out)
        print("wrote " + os.path.relpath(target, ROOT))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
