"""Lays a module socklab writes in Python on the lines CPython's copy has them: each statement whose
first line reads as one in the same function of CPython's file moves down to that line, so that
tracebacks through the module quote the same line numbers.

Usage: python3 src/test/tools/align_to_cpython.py CPYTHON_FILE.py OURS.py OUT.py
"""
import ast, sys

def scopes(tree):
    """line -> qualified scope name, for every line inside a def or class."""
    out = {}
    def walk(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
                name = prefix + child.name
                start = min([d.lineno for d in child.decorator_list] + [child.lineno])
                for ln in range(start, child.end_lineno + 1):
                    out[ln] = name
                walk(child, name + ".")
            else:
                walk(child, prefix)
    walk(tree, "")
    return out

def starts(tree):
    """first lines of statements (where blank lines may be added before)."""
    s = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt):
            s.add(min([d.lineno for d in getattr(node, 'decorator_list', [])] + [node.lineno]))
    return s

ref_src, mine_src, out_path = sys.argv[1:4]
ref = open(ref_src).read().split("\n")
mine = open(mine_src).read().split("\n")
rt, mt = ast.parse("\n".join(ref)), ast.parse("\n".join(mine))
rscope, mscope = scopes(rt), scopes(mt)
rstarts, mstarts = starts(rt), starts(mt)
# reference statement first lines by (scope, text)
index = {}
for ln in sorted(rstarts):
    key = (rscope.get(ln, ""), ref[ln - 1].strip())
    index.setdefault(key, []).append(ln)
out = []
moved = missed = 0
for i, line in enumerate(mine, 1):
    if i in mstarts and line.strip():
        key = (mscope.get(i, ""), line.strip())
        target = next((t for t in index.get(key, []) if t > len(out)), None)
        if target is not None and mscope.get(i, ""):
            while len(out) < target - 1:
                out.append("")
            moved += 1
    out.append(line)
# drop trailing blank runs longer than two at the very end
open(out_path, "w").write("\n".join(out).rstrip("\n") + "\n")
print("anchored", moved, "lines; file now", len(out), "lines")
