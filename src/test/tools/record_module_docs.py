#!/usr/bin/env python3
"""Record CPython 3.11's __doc__ and __all__ of every standard module socklab has.

Reads the module names from the one module table (modules/StandardModules.java) and writes
src/main/resources/socklab/runtime/module-docs.txt: for each module a line '=== NAME', a line
'__all__ NAME...' when the module has __all__, a line '---', then the docstring up to the next
'=== ' line (the last newline is the entry's end; a module without docstring has a line 'None').

Usage: python3 src/test/tools/record_module_docs.py
"""
import importlib
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "..", "..", "main", "java", "socklab", "modules", "StandardModules.java")
OUT = os.path.join(HERE, "..", "..", "main", "resources", "socklab", "runtime", "module-docs.txt")


def names():
    with open(TABLE, encoding="utf-8") as f:
        return sorted(set(re.findall(r'ModuleSpec(?:\.\w+)?\("([\w.]+)"', f.read())))


def main():
    out = ["# CPython 3.11's module docstrings and __all__; written by src/test/tools/record_module_docs.py.\n"]
    for name in names():
        module = importlib.import_module(name)
        doc = module.__doc__
        assert doc is None or not re.search(r"(?m)^=== |^None$", doc), name
        listed = "__all__ %s\n" % " ".join(module.__all__) if hasattr(module, "__all__") else ""
        out.append("=== %s\n%s---\n%s\n" % (name, listed, doc))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
