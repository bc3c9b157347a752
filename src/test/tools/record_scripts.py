#!/usr/bin/env python3
"""Record the golden scripts: run every scripts/*.py with CPython as a script and write its .out.

Each script runs as `python3 /absolute/NAME.py` in a fresh empty directory, its stdin the
NAME.stdin beside it when there is one (else empty); a script whose first line is
COMMAND_MARK runs as `python3 -c SOURCE` instead (the -c mode's tracebacks differ). The .out file holds
its stdout, its stderr and its exit status, in that order, between marker lines. Two things are
normalised so that recordings do not depend on this machine: the script's absolute path becomes
{SCRIPT} and CPython's library directory (/.../lib/python3.11/) becomes /usr/lib/python3.11/.
ScriptGoldenTest runs the same scripts through socklab and compares the whole file.

Usage: python3 src/test/tools/record_scripts.py [--check] [SCRIPT.py ...]
With no script given, records every script under src/test/resources/scripts.
--check compares instead of writing and exits 1 when a recording differs.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "scripts")
TIMEOUT = 60
LIBRARY = re.compile(r"/[^\s\"']*/lib/python3\.11/")
COMMAND_MARK = "# golden: run with -c\n"


def command(script):
    """The command line that runs the script: the file, or its text as -c's program."""
    source = open(script, encoding="utf-8").read()
    return ["python3", "-c", source] if source.startswith(COMMAND_MARK) else ["python3", script]


def record(path):
    script = os.path.realpath(path)
    cwd = tempfile.mkdtemp(prefix="script")
    try:
        feed = script[:-3] + ".stdin"
        stdin = open(feed, "rb").read() if os.path.exists(feed) else b""
        res = subprocess.run(command(script), cwd=cwd, input=stdin,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT,
                             env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    finally:
        shutil.rmtree(cwd, ignore_errors=True)

    def normal(data):
        return LIBRARY.sub("/usr/lib/python3.11/", data.decode("utf-8").replace(script, "{SCRIPT}"))

    return render(normal(res.stdout), normal(res.stderr), res.returncode)


def render(out, err, status):
    """The layout ScriptGoldenTest builds from socklab's run too."""
    return "--- stdout ---\n" + out + "--- stderr ---\n" + err + "--- exit status " + str(status) + " ---\n"


def scripts(paths):
    if paths:
        return paths
    return [os.path.join(ROOT, n) for n in sorted(os.listdir(ROOT)) if n.endswith(".py")]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed .out files")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    differ = 0
    for path in scripts(args.paths):
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
