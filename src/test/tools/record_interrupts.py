#!/usr/bin/env python3
"""Record the interrupt goldens: run every interrupts/*.py with CPython, press Ctrl-C, write its .out.

Each script runs as `python3 /absolute/NAME.py` in a fresh empty directory, stderr merged into
stdout. Once it has printed the line "ready" it is sent SIGINT; the .out file holds all it wrote
and its exit status. The script's path becomes {SCRIPT} and CPython's library directory becomes
/usr/lib/python3.11/, as record_scripts.py does. InterruptedScriptsTest does the same with socklab.

Usage: python3 src/test/tools/record_interrupts.py [SCRIPT.py ...]
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "interrupts")
LIBRARY = re.compile(r"/[^\s\"']*/lib/python3\.11/")


def record(path):
    script = os.path.realpath(path)
    cwd = tempfile.mkdtemp(prefix="interrupt")
    try:
        p = subprocess.Popen(["python3", script], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, env=dict(os.environ, PYTHONIOENCODING="utf-8"))
        seen = p.stdout.readline()
        if seen != b"ready\n":
            raise SystemExit(path + ": did not print ready first: " + repr(seen))
        p.send_signal(signal.SIGINT)
        seen += p.stdout.read()
        status = p.wait(timeout=60)
    finally:
        shutil.rmtree(cwd, ignore_errors=True)
    text = LIBRARY.sub("/usr/lib/python3.11/", seen.decode("utf-8").replace(script, "{SCRIPT}"))
    # a process that SIGINT ended reports -2 here; a shell shows it as 130, which socklab exits with
    return text + "--- exit status " + str(128 + -status if status < 0 else status) + " ---\n"


def main():
    paths = sys.argv[1:] or [os.path.join(ROOT, n) for n in sorted(os.listdir(ROOT)) if n.endswith(".py")]
    for path in paths:
        with open(path[:-3] + ".out", "w", encoding="utf-8", newline="\n") as f:
            f.write(record(path))
        print("wrote " + os.path.relpath(path[:-3] + ".out", ROOT))


if __name__ == "__main__":
    main()
