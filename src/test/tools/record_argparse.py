#!/usr/bin/env python3
"""Record how CPython runs the argparse scripts: stdout, stderr and exit status of every case.

Cases are listed in src/test/resources/argparse/cases.txt, one a line: a name, optionally
COLUMNS=N, then a script from that folder and its arguments in shell quoting. Each is run as
`python3 SCRIPT ARGS...` in that folder with COLUMNS removed from the environment (or set to N),
and the results are written to expected/NAME.out, NAME.err and NAME.status, which
ArgparseScriptTest compares with socklab's.

Usage: python3 src/test/tools/record_argparse.py [--check] [--run CMD]
--check compares instead of writing and exits 1 when a recording differs;
--run CMD (with --check) runs the cases with CMD (e.g. "java -jar target/socklab.jar") instead of python3.
"""
import os
import shlex
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "argparse")


def cases():
    with open(os.path.join(ROOT, "cases.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                words = shlex.split(line)
                env = {}
                while "=" in words[1] and words[1].split("=")[0].isupper():
                    key, value = words.pop(1).split("=", 1)
                    env[key] = value
                yield words[0], env, words[1:]


def run(cmd, env_extra, argv):
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    env.update(env_extra)
    res = subprocess.run(cmd + argv, cwd=ROOT, capture_output=True, env=env, timeout=60)
    return res.stdout.decode("utf-8"), res.stderr.decode("utf-8"), "%d\n" % res.returncode


def main():
    check = "--check" in sys.argv
    cmd = ["python3"]
    if "--run" in sys.argv:
        cmd = shlex.split(sys.argv[sys.argv.index("--run") + 1])
    os.makedirs(os.path.join(ROOT, "expected"), exist_ok=True)
    failed = 0
    for name, env, argv in cases():
        got = run(cmd, env, argv)
        for suffix, text in zip((".out", ".err", ".status"), got):
            path = os.path.join(ROOT, "expected", name + suffix)
            if check:
                with open(path, encoding="utf-8") as f:
                    want = f.read()
                if want != text:
                    failed += 1
                    print("DIFF %s%s\n--- want\n%s--- got\n%s" % (name, suffix, want, text))
            else:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
