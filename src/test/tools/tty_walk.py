#!/usr/bin/env python3
"""Walk lessons in a real terminal (tmux) answering each step as a learner would, by its kind.

../shared/tools/tty_lesson.py types solutions only; this walker also answers the engine's other
kinds: a choose step by its number, a predict step by a first wrong guess and then what the screen
said happened, and a solution whose {PORT} the texts never show through %solution.

Usage: tty_lesson.py [--start percent|option] [--lang en|zh] [--cmd CMD] LESSON_ID...
  percent: start the shell, then type `%lesson ID`;  option: start `CMD --lesson ID`.
For each step it types the solution's lines (placeholders such as {PORT} are read back from the
screen, where the lesson shows their values) or Enter for a step without one, and waits for the
prompt's step counter to move on or the lesson to end. Prints one line per lesson and a last line
`tty lessons: N/M finished`. Exit 0 when all finished.
"""
import argparse, json, glob, os, re, subprocess, sys, tempfile, time

def tmux(*a, check=False):
    return subprocess.run(["tmux", *a], capture_output=True, text=True, check=check)

def screen(s):
    return tmux("capture-pane", "-p", "-J", "-t", s, "-S", "-").stdout

def wait_for(s, pred, secs):
    end = time.time() + secs
    while time.time() < end:
        txt = screen(s)
        if pred(txt):
            return txt
        time.sleep(0.25)
    return None

def load(lessons_dir):
    out = {}
    for f in glob.glob(os.path.join(lessons_dir, "*.json")):
        if f.endswith("schema.json"):
            continue
        try:
            d = json.load(open(f, encoding="utf-8"))
            out[d["id"]] = d
        except Exception:
            pass
    return out

def text_of(v, lang):
    if isinstance(v, dict):
        return v.get(lang) or v.get("en") or ""
    return v or ""

def fill_from_screen(step, lang, txt, values):
    """Find each placeholder's value by matching the step's own texts against the screen."""
    for field in ("ask", "say"):
        tmpl = text_of(step.get(field), lang)
        for line in tmpl.splitlines():
            names = re.findall(r"\{([A-Z][A-Z0-9_]*)\}", line)
            if not names:
                continue
            pat = re.escape(line)
            for n in set(names):
                pat = pat.replace(re.escape("{%s}" % n), r"(?P<%s>\d+)" % n, 1).replace(re.escape("{%s}" % n), r"\d+")
            # markdown backticks may be rendered away
            pat = pat.replace("`", "`?")
            for m in re.finditer(pat, txt):
                values.update({k: v for k, v in m.groupdict().items() if v})
    return values

PREDICT = {"en": ("You said: ?", "It printed: ", "It raised ", "✗"),
           "zh": ("你的预测：?", "实际打印：", "实际报错：", "✗")}
SOLUTION = {"en": "Solution:", "zh": "答案："}

def send(sess, line):
    if line:
        tmux("send-keys", "-t", sess, "-l", "--", line)
    tmux("send-keys", "-t", sess, "Enter")
    time.sleep(0.6)

def predict(sess, lang):
    """Guess wrong, read what happened, say it."""
    yours, printed, raised, cross = PREDICT[lang]
    before = screen(sess).count(yours)
    send(sess, "?")
    txt = wait_for(sess, lambda t: t.count(yours) > before and cross in t[t.rfind(yours):], 15)
    if txt is None:
        return False
    after = txt[txt.rfind(yours) + len(yours):]
    after = after[:after.find(cross)].strip()
    if after.startswith(raised):
        said = after[len(raised):].splitlines()[0]
    elif after.startswith(printed):
        said = after[len(printed):].splitlines()[-1]
    else:
        said = "None"
    send(sess, said)
    return True

def solution_values(sess, lang, sol, values):
    """Ask %solution and read the placeholders' values back from the lines it shows."""
    before = screen(sess).count(SOLUTION[lang])
    send(sess, "%solution")
    send(sess, "y")
    txt = wait_for(sess, lambda t: t.count(SOLUTION[lang]) > before, 10) or ""
    txt = txt[txt.rfind(SOLUTION[lang]):]
    fill_from_screen({"ask": sol}, lang, txt, values)

def walk(args, lid, lesson):
    sess = "ttyl%d" % os.getpid()
    home = tempfile.mkdtemp(prefix="ttyl")
    cmd = args.cmd + (" --lesson %s" % lid if args.start == "option" else "")
    tmux("kill-session", "-t", sess)
    tmux("new-session", "-d", "-s", sess, "-x", "250", "-y", "60",
         "env SOCKLAB_HOME=%s LANG=%s %s --lang %s; sleep 60" % (home, "en_US.UTF-8", cmd, args.lang))
    try:
        if not wait_for(sess, lambda t: ">>>" in t, 20):
            return False, "no prompt"
        if args.start == "percent":
            tmux("send-keys", "-t", sess, "-l", "%lesson " + lid)
            tmux("send-keys", "-t", sess, "Enter")
        steps = lesson["steps"]
        n = len(steps)
        values = {}
        for i, step in enumerate(steps, 1):
            mark = "[%s %d/%d]" % (lid, i, n)
            if not wait_for(sess, lambda t: mark in t, 15):
                return False, "never reached step %d" % i
            time.sleep(0.4)
            txt = screen(sess)
            fill_from_screen(step, args.lang, txt, values)
            kind = step.get("kind", "run") if step.get("ask") else "explain"
            if kind == "choose":
                send(sess, str(step["answer"]))
            elif kind == "predict":
                if not predict(sess, args.lang):
                    return False, "step %d: the prediction got no reply" % i
            else:
                sol = step.get("solution") or ""
                if re.search(r"\{[A-Z][A-Z0-9_]*\}", sol) and any(
                        n not in values for n in re.findall(r"\{([A-Z][A-Z0-9_]*)\}", sol)):
                    solution_values(sess, args.lang, sol, values)
                for k, v in values.items():
                    sol = sol.replace("{%s}" % k, v)
                if re.search(r"\{[A-Z][A-Z0-9_]*\}", sol):
                    return False, "step %d: placeholder not shown on screen: %s" % (i, sol[:60])
                lines = sol.splitlines() if sol.strip() else [""]
                for line in lines:
                    send(sess, line)
                if any(l[:1].isspace() for l in lines):
                    send(sess, "")  # a blank line ends the block
            nxt = "[%s %d/%d]" % (lid, i + 1, n)
            def moved(t):
                return (nxt in t) if i < n else (t.count("★") > 0 or "%d/%d" % (n, n) in t)
            if not wait_for(sess, moved, 12):
                tail = [l for l in screen(sess).splitlines() if l.strip()][-4:]
                return False, "step %d did not pass: %s" % (i, " | ".join(tail)[:240])
        return True, "%d steps" % n
    finally:
        tmux("kill-session", "-t", sess)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--start", choices=["percent", "option"], default="percent")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--cmd", default="java -jar target/socklab.jar")
    ap.add_argument("--lessons-dir", default="lessons")
    ap.add_argument("ids", nargs="*")
    a = ap.parse_args()
    lessons = load(a.lessons_dir)
    ids = a.ids or sorted(lessons, key=lambda k: lessons[k].get("order", 0))
    ok = 0
    for lid in ids:
        if lid not in lessons:
            print("%-18s missing" % lid)
            continue
        good, why = walk(a, lid, lessons[lid])
        ok += good
        print("%-18s %s  %s" % (lid, "ok  " if good else "FAIL", why))
    print("tty lessons (%s, %s): %d/%d finished" % (a.start, a.lang, ok, len(ids)))
    sys.exit(0 if ok == len(ids) and ids else 1)

if __name__ == "__main__":
    main()
