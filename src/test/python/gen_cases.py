"""Fills in the expected column of the runtime's .cases files from python3 itself.

Each line of a .cases file is `python source<TAB>expected`; the source may be several statements
joined by '; ' whose last one is an expression. Run after adding lines: python3 gen_cases.py
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "socklab" / "runtime"


def expected(src):
    parts = src.split("; ")
    env = {}
    try:
        for stmt in parts[:-1]:
            exec(stmt, env)
        return "=> " + repr(eval(parts[-1], env))
    except Exception as e:  # the case expects this error
        return "!! " + type(e).__name__ + ": " + str(e)


for path in sorted(ROOT.glob("*.cases")):
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            out.append(line)
            continue
        src = line.split("\t")[0]
        out.append(src + "\t" + expected(src))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
