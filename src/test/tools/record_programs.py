#!/usr/bin/env python3
"""Record what CPython prints for every socket program under src/test/resources/programs.

A program is a folder holding either server.py + client.py or a single main.py. Each side runs
as `python3 NAME.py 127.0.0.1 PORT` in a fresh folder of its own holding a copy of its script and
of the program's other files (modules imported beside the script, data files);
the client starts only once the server has printed its first line ("listening"). A side reads
its stdin from NAME.stdin beside the scripts when there is one (a chat bot's typed lines), else
from an empty stream. Every side's
stdout, stderr and exit status go to expected/NAME.stdout, .stderr and .exit beside the program,
with that side's folder written as {DIR} and the folder of CPython's library in traceback
frames as {LIB} (it differs from machine to machine). ProgramsTest (JUnit) runs the same layout through
socklab and compares against these files, so CI needs no Python.

Usage: python3 src/test/tools/record_programs.py [--check] [PROGRAM ...]
With no program given, records every program. --check compares instead of writing and exits 1
when a recording differs. A program whose folder has a `requires` file is recorded all the same.
"""
import argparse
import os
import shutil
import socket
import subprocess
import sys
import re
import tempfile
import threading

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "programs")
HOST = "127.0.0.1"
TIMEOUT = 60
NOT_SHARED = {"server.py", "client.py", "main.py", "requires", "known_failures"}
LIBRARY = re.compile(r'^  File "/[^"]*/lib/python3\.11/', re.M)


def free_port():
    """A port free for both TCP and UDP right now."""
    while True:
        with socket.socket() as tcp:
            tcp.bind((HOST, 0))
            port = tcp.getsockname()[1]
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                udp.bind((HOST, port))
            return port
        except OSError:
            continue


def shared_files(program):
    """Files every side gets beside its script: modules it imports, data it sends (not the other sides' scripts)."""
    return sorted(n for n in os.listdir(program)
                  if os.path.isfile(os.path.join(program, n)) and n not in NOT_SHARED and not n.endswith(".stdin"))


class Side:
    """One running script: its folder, its process and the stdout collected so far."""

    def __init__(self, program, name, work, port):
        self.name = name
        self.dir = os.path.join(work, name)
        os.mkdir(self.dir)
        shutil.copy(os.path.join(program, name + ".py"), self.dir)
        for extra in shared_files(program):
            shutil.copy(os.path.join(program, extra), self.dir)
        env = dict(os.environ, PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
        typed = os.path.join(program, name + ".stdin")
        stdin = open(typed, "rb") if os.path.exists(typed) else subprocess.DEVNULL
        self.proc = subprocess.Popen(["python3", name + ".py", HOST, str(port)], cwd=self.dir, env=env,
                                     stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if stdin is not subprocess.DEVNULL:
            stdin.close()
        self.first_line = threading.Event()
        self.out = bytearray()
        self.err = b""
        self.readers = [threading.Thread(target=self._read_out), threading.Thread(target=self._read_err)]
        for t in self.readers:
            t.start()

    def _read_out(self):
        while chunk := self.proc.stdout.read1(65536):
            self.out += chunk
            if b"\n" in self.out:
                self.first_line.set()
        self.first_line.set()

    def _read_err(self):
        self.err = self.proc.stderr.read()

    def finish(self):
        try:
            status = self.proc.wait(TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            status = "timeout"
        for t in self.readers:
            t.join()
        def norm(data):
            text = data.decode("utf-8", "backslashreplace")
            text = text.replace(os.path.realpath(self.dir), "{DIR}").replace(self.dir, "{DIR}")
            return LIBRARY.sub('  File "{LIB}/', text)
        return {"stdout": norm(bytes(self.out)), "stderr": norm(self.err), "exit": f"{status}\n"}


def run(program):
    work = tempfile.mkdtemp(prefix="socklab-programs-")
    try:
        port = free_port()
        if os.path.exists(os.path.join(program, "main.py")):
            return {"main": Side(program, "main", work, port).finish()}
        server = Side(program, "server", work, port)
        if not server.first_line.wait(TIMEOUT):
            server.proc.kill()
        client = Side(program, "client", work, port)
        return {"client": client.finish(), "server": server.finish()}
    finally:
        shutil.rmtree(work)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()
    names = args.programs or sorted(n for n in os.listdir(ROOT) if os.path.isdir(os.path.join(ROOT, n)))
    differs = False
    for name in names:
        program = os.path.join(ROOT, os.path.basename(os.path.normpath(name)))
        expected = os.path.join(program, "expected")
        os.makedirs(expected, exist_ok=True)
        for side, files in run(program).items():
            for kind, text in files.items():
                path = os.path.join(expected, f"{side}.{kind}")
                if args.check:
                    with open(path, encoding="utf-8") as f:
                        if f.read() != text:
                            print("differs:", path)
                            differs = True
                else:
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(text)
            print(os.path.basename(program), side, files["exit"].strip())
    sys.exit(1 if differs else 0)


if __name__ == "__main__":
    main()
