#!/usr/bin/env python3
"""Throughput of threaded_echo_server.py under CPython and under socklab, and their ratio.

Usage: python3 src/test/bench/echo_load.py [--clients 32] [--connections 1000] [--size 20480]
(after ./mvnw -q -DskipTests package). Each engine's server serves the same load from
echo_clients.py (CPython threads); the time is the clients' wall clock, from the first connect to
the last byte checked.
"""
import argparse
import os
import socket
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.path.join(HERE, "..", "..", "..", "target", "socklab.jar")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(engine, args):
    port = free_port()
    total = args.clients * args.connections
    server = subprocess.Popen(engine + [os.path.join(HERE, "threaded_echo_server.py"), "127.0.0.1", str(port), str(total)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        first = server.stdout.readline().strip()
        if not first.startswith("listening"):
            sys.exit("server did not start: %r" % first)
        load = subprocess.run([sys.executable, os.path.join(HERE, "echo_clients.py"), "127.0.0.1", str(port),
                               str(args.clients), str(args.connections), str(args.size)],
                              stdout=subprocess.PIPE, text=True)
        report = load.stdout.strip()
        if load.returncode != 0:
            sys.exit("clients failed: " + report)
        after = server.stdout.readline().strip()
        server.stdin.write("\n")
        server.stdin.flush()
        server.wait(60)
        return float(report.split()[3]), after
    finally:
        server.kill()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--connections", type=int, default=1000)
    ap.add_argument("--size", type=int, default=20480)
    args = ap.parse_args()
    megabytes = args.clients * args.connections * args.size * 2 / 1e6
    results = {}
    for name, engine in (("cpython", [sys.executable]), ("socklab", ["java", "-jar", JAR])):
        seconds, after = run(engine, args)
        results[name] = seconds
        print("%-8s %8.2f s %9.0f conn/s %8.1f MB/s echoed   (%s)"
              % (name, seconds, args.clients * args.connections / seconds, megabytes / seconds, after))
    print("socklab/cpython time ratio: %.2f" % (results["socklab"] / results["cpython"]))


if __name__ == "__main__":
    main()
