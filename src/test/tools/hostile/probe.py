"""Hostile probe: throw odd inputs at python3 and socklab, piped (-i) and as a script, and report
each case whose output differs and every Java name socklab printed.

Usage: python3 src/test/tools/hostile/probe.py CASES.py [pipe] [script]
  (SOCKLAB_JAR=target/socklab.jar by default; PROBE_TIMEOUT seconds per run, 120 by default;
   REUSE_PY=1 reuses CPython's recorded output beside the cases file.)
CASES.py defines CASES, one case per line; an indented block and the lines right after it form
one case. Cases run in one session, so a case that reads stdin, deletes files or never returns
spoils the run: keep such inputs out (CPython runs them unsandboxed).
Findings are fixed with a golden transcript recorded from CPython; the probe itself is a tool,
not a test.
"""
import re, subprocess, sys, os, importlib.util
TIMEOUT = int(os.environ.get('PROBE_TIMEOUT', '120'))

JAVA_NAME = re.compile(r'\b(java|javax|jdk|sun|socklab)\.[a-z]|\b[A-Za-z]{1,40}(Exception|Error)\b')
PY_NAMES = set(n for n in dir(__builtins__) if n.endswith(('Error', 'Exception'))) | {'JSONDecodeError', 'herror', 'gaierror', 'timeout', 'error', 'UnpicklingError', 'PicklingError', 'Empty', 'Full', 'BrokenBarrierError', 'FrozenInstanceError', 'ArgumentError', 'ArgumentTypeError', 'SSLError', 'InvalidOperation', 'ExecError', 'UnsupportedOperation', 'UnsupportedDigestmodError', 'SameFileError', 'IllegalMonthError', 'IllegalWeekdayError', 'SubprocessError', 'CalledProcessError', 'TimeoutExpired', 'SSLZeroReturnError', 'ClosedResourceError', 'ReadError', 'UnidentifiedError', 'BadGzipFile', 'InterpolationError', 'TokenError', 'PatternError', 'DecimalException', 'MyError', 'HTTPException', 'TestError'}

def split_cases(text):
    cases, cur = [], []
    prev_indented = False
    for line in text.strip('\n').split('\n'):
        indented = line[:1] in (' ', '\t')
        if not indented and cur and not prev_indented:
            cases.append(cur); cur = []
        elif not indented and cur and prev_indented:
            pass
        cur.append(line)
        prev_indented = indented
    if cur: cases.append(cur)
    # a usage line after a block starts a new case when the block already had one
    out = []
    for c in cases:
        out.append('\n'.join(c))
    return out

def piped_source(cases):
    parts = []
    for i, c in enumerate(cases):
        parts.append("print('#%d')" % i)
        lines = c.split('\n')
        res, prev_ind = [], False
        for l in lines:
            ind = l[:1] == ' '
            if prev_ind and not ind:
                res.append('')
            res.append(l); prev_ind = ind
        if prev_ind: res.append('')
        parts.append('\n'.join(res))
    return '\n'.join(parts) + '\n'

def script_source(cases):
    parts = []
    for i, c in enumerate(cases):
        body = '\n'.join('    ' + l for l in c.split('\n'))
        parts.append("print('#%d')\ntry:\n%s\nexcept BaseException as _e:\n    print(type(_e).__name__ + ':', _e)" % (i, body))
    return '\n'.join(parts) + '\nprint("#end")\n'

def run(cmd, src, mode, cwd):
    path = os.path.join(cwd, 'probe_in.py')
    with open(path, 'w') as f: f.write(src)
    try:
        if mode == 'pipe':
            p = subprocess.run(cmd + ([] if 'java' in cmd[0] else ['-i', '-q', '-u']), input=src, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=TIMEOUT, cwd=cwd)
        else:
            p = subprocess.run(cmd + [path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=TIMEOUT, cwd=cwd)
    except subprocess.TimeoutExpired as e:
        out = e.output.decode() if isinstance(e.output, bytes) else (e.output or '')
        return out + '\nTIMEOUT', -1
    return p.stdout, p.returncode

def by_case(out):
    res = {}
    parts = re.split(r'(?m)#(\d+|end)\n', out)
    for k in range(1, len(parts) - 1, 2):
        res[parts[k]] = parts[k + 1]
    return res

def norm(s):
    s = re.sub(r'0x[0-9a-f]{6,}', '0xADDR', s)
    s = re.sub(r'(>>> |\.\.\. )+', '', s)
    s = s.replace(os.getcwd(), 'CWD')
    return s.strip()

def main():
    spec = importlib.util.spec_from_file_location('cases', sys.argv[1])
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    cases = split_cases(m.CASES)
    modes = sys.argv[2:] or ['pipe', 'script']
    import tempfile
    cwd = tempfile.mkdtemp(prefix='probe')
    SOCKLAB = ['java', '-jar', os.environ.get('SOCKLAB_JAR', 'target/socklab.jar')]
    for mode in modes:
        src = piped_source(cases) if mode == 'pipe' else script_source(cases)
        tag = os.path.basename(sys.argv[1]) + '.' + mode
        if os.environ.get('REUSE_PY') and os.path.exists(tag + '.py.out'):
            po, prc = open(tag + '.py.out').read(), 0
        else:
            po, prc = run(['python3'], src, mode, cwd)
            open(tag + '.py.out', 'w').write(po)
        so, src_rc = run(SOCKLAB, src, mode, cwd)
        open(tag + '.sl.out', 'w').write(so)
        sys.stdout.flush(); print('== mode', mode, 'cases', len(cases), 'rc python', prc, 'socklab', src_rc)
        pc, sc = by_case(po), by_case(so)
        for m_ in JAVA_NAME.finditer(so):
            w = m_.group(0)
            if w not in PY_NAMES and not w.startswith('socklab.jar'):
                i = so.rfind('#', 0, m_.start())
                print('JAVA NAME', repr(w), 'near', so[i:i+10].split('\n')[0])
        diffs = 0
        for i, c in enumerate(cases):
            a, b = norm(pc.get(str(i), '<missing>')), norm(sc.get(str(i), '<missing>'))
            if a != b:
                diffs += 1
                print('--- case %d: %s' % (i, c.replace('\n', '\\n')[:150]))
                print('  py: ' + a.replace('\n', '\n      ')[-600:])
                print('  sl: ' + b.replace('\n', '\n      ')[-600:])
        print('== differing', diffs)

main()
