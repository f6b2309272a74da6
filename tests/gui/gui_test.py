#!/usr/bin/env python3
"""GUI tests for `entgraph gui`: the real program under Xvfb, driven by real X input
(xdotool clicks, drags, wheel, typing, held keys), checked on what can be observed from
outside: the X screen's pixels, the window title, files written, and the JSON state dump
the program writes on SIGUSR1 and on exit (--state-dump).

Run inside an X server (ctest wraps it in `xvfb-run -a -s "-screen 0 1280x800x24"`):
    gui_test.py --binary build/entgraph [--demo] [--keep DIR]
Standard library only.  Exit 0 when every check passes; 77 (skip) when xdotool or
ImageMagick's `import` is missing.
"""
import argparse
import html
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

W, H = 1280, 800
SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FAILURES = []
SKIP = 77  # the exit status ctest reads as skipped (SKIP_RETURN_CODE)


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what, flush=True)
    if not cond:
        FAILURES.append(what)
    return cond


def x_workdir(keep):
    """The folder for screenshots and logs (`keep`, or a new temporary one) when the X
    checks can run; None, after saying why, when they cannot: xdotool or ImageMagick's
    `import` missing, or no display.  The main() of gui_panels_test.py uses it too; it
    lives here, beside FAILURES, because this file also runs as __main__ (a helper in
    gui_steps.py would see a second import of this module, with its own FAILURES)."""
    for tool in ("xdotool", "import"):
        if not shutil.which(tool):
            print("skipping: %s is not installed" % tool)
            return None
    if not os.environ.get("DISPLAY"):
        print("skipping: no X display (run under xvfb-run)")
        return None
    workdir = keep or tempfile.mkdtemp(prefix="entgraph-gui-test-")
    os.makedirs(workdir, exist_ok=True)
    return workdir


def exit_status(workdir=None):
    """Ends a run: where its artifacts are, then 1 when a check failed, else 0."""
    if workdir:
        print("artifacts in", workdir)
    if FAILURES:
        print("%d check(s) failed" % len(FAILURES))
        return 1
    print("all checks passed")
    return 0


def xdo(*args):
    return subprocess.run(["xdotool", *map(str, args)], capture_output=True, text=True, timeout=20)


def hold(key, seconds=0.12):
    """Press and hold a key (1.86 ImGui needs a key down for a frame)."""
    xdo("keydown", key)
    time.sleep(seconds)
    xdo("keyup", key)
    time.sleep(0.25)


def move(x, y):
    xdo("mousemove", int(x), int(y))
    time.sleep(0.2)


def click(x, y, button=1):
    move(x, y)
    xdo("click", button)
    time.sleep(0.35)


def drag(x0, y0, x1, y1, steps=8):
    move(x0, y0)
    xdo("mousedown", 1)
    time.sleep(0.15)
    for k in range(1, steps + 1):
        xdo("mousemove", int(x0 + (x1 - x0) * k / steps), int(y0 + (y1 - y0) * k / steps))
        time.sleep(0.06)
    time.sleep(0.15)
    xdo("mouseup", 1)
    time.sleep(0.35)


def screen(save=None):
    """The whole X screen as raw RGB bytes (ImageMagick `import`)."""
    raw = subprocess.run(["import", "-window", "root", "-depth", "8", "rgb:-"],
                         capture_output=True, timeout=30).stdout
    if save:
        subprocess.run(["import", "-window", "root", save], timeout=30)
    return raw


def pixel(raw, x, y):
    i = (int(y) * W + int(x)) * 3
    return tuple(raw[i:i + 3])


def hex_rgb(h):
    return tuple(int(h[k:k + 2], 16) for k in (1, 3, 5))


def close(a, b, tol=36):
    return all(abs(p - q) <= tol for p, q in zip(a, b))


class Gui:
    def __init__(self, binary, args, workdir, name, hooks=True):
        self.dump_path = os.path.join(workdir, name + "-state.json")
        self.shot_path = os.path.join(workdir, name + "-exit.png")
        env = dict(os.environ)
        env["XDG_CONFIG_HOME"] = os.path.join(workdir, name + "-config")
        self.log = open(os.path.join(workdir, name + ".log"), "w")
        hook_args = ["--state-dump", self.dump_path, "--screenshot", self.shot_path,
                     "--size", f"{W}x{H}"] if hooks else []
        for attempt in range(2):  # a just-started Xvfb can refuse the very first client
            self.proc = subprocess.Popen([binary, *args, *hook_args], stdout=self.log,
                                         stderr=subprocess.STDOUT, env=env)
            self.window = None
            deadline = time.time() + 30
            while time.time() < deadline and self.proc.poll() is None:
                r = xdo("search", "--name", "^entgraph")
                if r.returncode == 0 and r.stdout.strip():
                    self.window = r.stdout.split()[0]
                    break
                time.sleep(0.2)
            if self.window or self.proc.poll() is None:
                break
            time.sleep(1.0)
        if self.window:
            time.sleep(0.8)  # first frames
            move(W - 40, H // 2)

    def title(self):
        return xdo("getwindowname", self.window).stdout.strip()

    def dump(self, timeout=15):
        if os.path.exists(self.dump_path):
            os.remove(self.dump_path)
        self.proc.send_signal(signal.SIGUSR1)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if os.path.exists(self.dump_path):
                with open(self.dump_path) as f:
                    return json.load(f)
            time.sleep(0.1)
        raise RuntimeError("no state dump within %ss" % timeout)

    def wait_for(self, pred, timeout=60, what="condition"):
        deadline = time.time() + timeout
        state = None
        while time.time() < deadline:
            state = self.dump()
            if pred(state):
                return state
            time.sleep(0.4)
        check(False, "timed out waiting for " + what)
        return state

    def quit_with_ctrl_q(self, timeout=15):
        xdo("key", "ctrl+q")  # a fast chord: exercises the input latch
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def isolated_nodes(state, margin=24):
    """Visible nodes on the bare canvas (not under a panel), far from every other node."""
    nodes = [n for n in state["nodeList"] if n["visible"]]
    out = []
    for n in nodes:
        x, y, r = n["sx"], n["sy"], n["rpx"]
        if r < 5 or not (360 < x < 890 and 60 < y < 740):
            continue
        if all((m is n) or (m["sx"] - x) ** 2 + (m["sy"] - y) ** 2 > (r + m["rpx"] + margin) ** 2
               for m in nodes):
            out.append(n)
    return out


def background_point(state):
    """A canvas point far from every node."""
    nodes = [n for n in state["nodeList"] if n["visible"]]
    best, best_d = (620, 400), -1
    for x in range(380, 880, 20):
        for y in range(80, 720, 20):
            d = min(((n["sx"] - x) ** 2 + (n["sy"] - y) ** 2) ** 0.5 - n["rpx"] for n in nodes)
            if d > best_d:
                best, best_d = (x, y), d
    return best


# ---------------------------------------------------------------------------- sessions

def test_canvas(binary, workdir):
    print("== canvas: synthetic graph, picking, selection, camera, layout, search, hide", flush=True)
    gui = Gui(binary, ["gui", "--synthetic", "40"], workdir, "canvas")
    try:
        if not check(gui.window is not None, "the window opens"):
            return
        check(gui.title() == "entgraph \u2014 synthetic graph (40 nodes)",
              "window title names what is open: %r" % gui.title())
        s = gui.wait_for(lambda s: s["layout"]["state"] == "settled", 40, "the layout to settle")
        check(s["nodes"]["total"] == 40 and s["nodes"]["visible"] == 40, "40 nodes visible")
        check(s["edges"]["visible"] > 40, "edges visible: %d" % s["edges"]["visible"])

        hold("space")
        s = gui.dump()
        check(s["layout"]["state"] == "paused", "Space pauses the layout (%s)" % s["layout"]["state"])

        # Pixels: every isolated node's centre shows its type colour on the X screen.
        move(5, H - 5)
        raw = screen(os.path.join(workdir, "canvas-1.png"))
        cands = isolated_nodes(s)
        check(len(cands) >= 3, "at least 3 isolated nodes on the canvas (%d)" % len(cands))
        matched = 0
        for n in cands:
            got = pixel(raw, n["sx"], n["sy"])
            ok = close(got, hex_rgb(n["color"]))
            matched += ok
            if not ok:
                print("     node %s at (%.0f,%.0f): screen %s, expected %s" %
                      (n["name"], n["sx"], n["sy"], got, n["color"]))
        check(cands and matched == len(cands), "node centres have their type colour (%d/%d)" %
              (matched, len(cands)))
        bx, by = background_point(s)
        bg = pixel(raw, bx, by)
        check(all(c < 60 for c in bg), "background is dark where there is no node: %s" % (bg,))

        # Click selects; shift-click adds; Esc clears.
        a, b = cands[0], cands[1]
        click(a["sx"], a["sy"])
        s = gui.dump()
        check([x["name"] for x in s["selection"]] == [a["name"]], "click selects %s" % a["name"])
        raw = screen(os.path.join(workdir, "canvas-selected.png"))
        ring = pixel(raw, a["sx"] + a["rpx"] - 2, a["sy"])  # inside the 3-pixel ring
        check(close(ring, (255, 217, 51), 60), "the selected node has a highlight ring: %s" % (ring,))
        xdo("keydown", "shift")
        time.sleep(0.1)
        click(b["sx"], b["sy"])
        xdo("keyup", "shift")
        time.sleep(0.2)
        s = gui.dump()
        check(sorted(x["name"] for x in s["selection"]) == sorted([a["name"], b["name"]]),
              "shift-click adds to the selection")
        check(any(n["dimmed"] for n in s["nodeList"]), "nodes out of focus are dimmed")
        hold("Escape")
        s = gui.dump()
        check(s["selection"] == [], "Esc clears the selection")

        # Wheel zooms at the cursor: the world point under it stays put.
        bx, by = background_point(s)
        cam0 = s["camera"]
        move(bx, by)
        for _ in range(3):
            xdo("click", 4)
            time.sleep(0.15)
        time.sleep(0.3)
        s = gui.dump()
        cam1 = s["camera"]
        check(abs(cam1["zoom"] / cam0["zoom"] - 1.15 ** 3) < 0.02,
              "wheel up x3 zooms in by 1.15^3 (%.3f)" % (cam1["zoom"] / cam0["zoom"]))
        wx0 = (bx - W / 2) / cam0["zoom"] + cam0["x"]
        wx1 = (bx - W / 2) / cam1["zoom"] + cam1["x"]
        check(abs(wx0 - wx1) < 2.0, "zoom keeps the point under the cursor (%.2f vs %.2f)" % (wx0, wx1))

        # Dragging the background pans.
        bx, by = background_point(s)
        drag(bx, by, bx + 80, by + 50)
        s2 = gui.dump()
        dx = (s2["camera"]["x"] - s["camera"]["x"]) * s["camera"]["zoom"]
        dy = (s2["camera"]["y"] - s["camera"]["y"]) * s["camera"]["zoom"]
        check(abs(dx + 80) < 6 and abs(dy - 50) < 6, "drag pans the view (%.1f, %.1f)" % (dx, dy))

        # F fits everything back in view.
        hold("f")
        s = gui.dump()
        inside = all(0 <= n["sx"] <= W and 0 <= n["sy"] <= H for n in s["nodeList"] if n["visible"])
        check(inside, "F fits every visible node on screen")

        # Dragging a node moves and pins it.
        cands = isolated_nodes(s)
        if check(len(cands) >= 1, "an isolated node to drag"):
            n = cands[0]
            drag(n["sx"], n["sy"], n["sx"] + 40, n["sy"] + 30)
            s = gui.dump()
            m = next(x for x in s["nodeList"] if x["name"] == n["name"])
            check(m["pinned"], "a dragged node is pinned")
            check(abs(m["sx"] - (n["sx"] + 40)) < 6 and abs(m["sy"] - (n["sy"] + 30)) < 6,
                  "a dragged node follows the mouse (%.0f,%.0f)" % (m["sx"], m["sy"]))

        # Ctrl+F, typing and Enter select the match.
        xdo("keydown", "ctrl")
        time.sleep(0.05)
        hold("f")
        xdo("keyup", "ctrl")
        time.sleep(0.3)
        xdo("type", "--delay", "60", "entity 17")
        time.sleep(0.3)
        hold("Return")
        s = gui.dump()
        check(s["panels"]["search"], "Ctrl+F opens the Search panel")
        check(s["search"]["query"] == "entity 17", "typed query reached the search field: %r" %
              s["search"]["query"])
        check([x["name"] for x in s["selection"]] == ["Entity 17"], "Enter selects the match")

        # Delete hides the selection (after leaving the text field with a canvas click).
        bx, by = background_point(s)
        n17 = next(x for x in s["nodeList"] if x["name"] == "Entity 17")
        click(n17["sx"], n17["sy"])
        hold("Delete")
        s = gui.dump()
        check(s["nodes"]["visible"] == 39 and s["nodes"]["hidden"] == 1, "Delete hides the selection")
        # Space resumes the layout.
        hold("space")
        s = gui.dump()
        check(s["layout"]["state"] in ("running", "settled"), "Space resumes the layout (%s)" %
              s["layout"]["state"])
        check(s["errors"] == [], "no errors shown: %s" % s["errors"])

        rc = gui.quit_with_ctrl_q()
        check(rc == 0, "Ctrl+Q quits cleanly (rc %s)" % rc)
        check(os.path.exists(gui.dump_path), "the state dump is written on exit")
        check(os.path.exists(gui.shot_path) and os.path.getsize(gui.shot_path) > 1000,
              "--screenshot writes a PNG on exit")
    finally:
        gui.kill()


def test_demo_and_export(binary, workdir):
    print("== demo: `entgraph` alone opens the bundled articles", flush=True)
    gui = Gui(binary, [], workdir, "bare", hooks=False)
    try:
        if check(gui.window is not None, "`entgraph` alone opens a window"):
            check(gui.title() in ("entgraph \u2014 demo", "entgraph \u2014 demo *"),
                  "its title says demo: %r" % gui.title())
            # The articles load on a worker: coloured nodes appear on the screen.
            deadline, coloured = time.time() + 60, 0
            palette = [(0x8e, 0xc5, 0xf2), (0xf6, 0xb2, 0x6b), (0x9b, 0xd8, 0x8e), (0xd9, 0xb8, 0xf0)]
            while time.time() < deadline and coloured < 50:
                time.sleep(1.0)
                raw = screen()
                coloured = sum(1 for y in range(60, 740, 4) for x in range(360, 900, 4)
                               if any(close(pixel(raw, x, y), c, 6) for c in palette))
            check(coloured >= 50, "demo entities are drawn in their type colours (%d samples)" % coloured)
            # " *": the articles are open but in no workspace.
            check(gui.title() == "entgraph \u2014 demo *", "once loaded, it is marked unsaved: %r" %
                  gui.title())
            rc = gui.quit_with_ctrl_q()
            check(rc == 0, "Ctrl+Q closes it (rc %s)" % rc)
    finally:
        gui.kill()

    print("== demo articles through `entgraph gui FOLDER`: entities table; export", flush=True)
    demo = os.path.join(SOURCE_DIR, "assets", "demo")
    gui = Gui(binary, ["gui", demo], workdir, "demo")
    try:
        if not check(gui.window is not None, "the demo window opens"):
            return
        s = gui.wait_for(lambda s: s["nodes"]["total"] > 0 and not s["importing"], 90,
                         "the demo articles to load")
        check(gui.title() == "entgraph \u2014 demo *", "title names the folder: %r" % gui.title())
        check(s["unsaved"] and s["workspace"] == "", "articles not in a workspace are unsaved")
        check(s["nodes"]["total"] >= 5, "demo graph has entities (%d)" % s["nodes"]["total"])
        check(s["errors"] == [], "no errors: %s" % s["errors"])
        hold("space")  # keep positions still

        # Clicking the first row of the Entities table selects that entity.
        s = gui.dump()
        row = s["widgets"].get("entities.row0")
        if check(row is not None, "the Entities table has rows"):
            click((row["x0"] + row["x1"]) / 2, (row["y0"] + row["y1"]) / 2)
            s = gui.dump()
            check(len(s["selection"]) == 1, "clicking a table row selects the entity")

        # Ctrl+E, a file name, Export: the SVG holds the visible entities.
        out = os.path.join(workdir, "screen.svg")
        xdo("keydown", "ctrl")
        time.sleep(0.05)
        hold("e")
        xdo("keyup", "ctrl")
        time.sleep(0.4)
        s = gui.dump()
        check(s["panels"]["export"], "Ctrl+E opens the Export dialog")
        field = s["widgets"].get("export.file")
        if check(field is not None, "the export dialog has a file field"):
            click((field["x0"] + field["x1"]) / 2, (field["y0"] + field["y1"]) / 2)
            xdo("key", "ctrl+a")
            time.sleep(0.2)
            xdo("type", "--delay", "20", out)
            time.sleep(0.3)
            s = gui.dump()
            btn = s["widgets"].get("export.button")
            if check(btn is not None, "the export dialog has an Export button"):
                click((btn["x0"] + btn["x1"]) / 2, (btn["y0"] + btn["y1"]) / 2)
                deadline = time.time() + 30
                while time.time() < deadline and not os.path.exists(out):
                    time.sleep(0.2)
                time.sleep(0.5)
                if check(os.path.exists(out), "File -> Export wrote " + out):
                    # Graphviz writes some characters as entities ("-" as &#45;).
                    svg = html.unescape(open(out, encoding="utf-8", errors="replace").read())
                    visible = [n for n in s["nodeList"] if n["visible"]]
                    named = sum(1 for n in visible if n["name"] in svg)
                    check("<svg" in svg and named == len(visible),
                          "the SVG names every visible entity (%d/%d)" % (named, len(visible)))
        rc = gui.quit_with_ctrl_q()
        check(rc == 0, "Ctrl+Q quits the demo cleanly (rc %s)" % rc)
    finally:
        gui.kill()


def ctrl(key, shift=False):
    """Ctrl(+Shift)+key with the modifiers held down across a frame (the input latch)."""
    xdo("keydown", "ctrl")
    if shift:
        xdo("keydown", "shift")
    time.sleep(0.05)
    hold(key)
    if shift:
        xdo("keyup", "shift")
    xdo("keyup", "ctrl")
    time.sleep(0.4)


def click_widget(gui, name):
    s = gui.dump()
    w = s["widgets"].get(name)
    if not check(w is not None, "widget %s is on screen" % name):
        return False
    click((w["x0"] + w["x1"]) / 2, (w["y0"] + w["y1"]) / 2)
    return True


def select_two(gui, s, max_y=740):
    """Click one isolated node, shift-click another; returns them (or None)."""
    cands = [n for n in isolated_nodes(s, 16) if n["sy"] < max_y]
    if not check(len(cands) >= 3, "three isolated nodes to pick (%d)" % len(cands)):
        return None
    a, b = cands[0], cands[1]
    click(a["sx"], a["sy"])
    xdo("keydown", "shift")
    time.sleep(0.1)
    click(b["sx"], b["sy"])
    xdo("keyup", "shift")
    time.sleep(0.3)
    s = gui.dump()
    check([x["name"] for x in s["selection"]] == [a["name"], b["name"]],
          "two entities selected: %s" % [x["name"] for x in s["selection"]])
    return a, b, cands[2]


def ws_entities(binary, ws):
    r = subprocess.run([binary, "stats", "-w", ws, "--json"], capture_output=True, text=True,
                       timeout=60)
    if r.returncode != 0:
        check(False, "`entgraph stats -w` works: %s" % r.stderr.strip())
        return -1
    return json.loads(r.stdout)["entities"]


def test_workspace(binary, workdir):
    print("== workspace: open, merge (button, Ctrl+M, suggestion), undo/redo, reopen", flush=True)
    # Bad workspaces: a clear message and a non-zero exit, never a crash.
    bad = os.path.join(workdir, "bad.entgraph")
    with open(bad, "wb") as f:
        f.write(b"SQLite format 3\0" + os.urandom(4000))
    other = os.path.join(workdir, "other.db")
    import sqlite3
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    for path in (bad, other, os.path.join(workdir, "missing.entgraph")):
        r = subprocess.run([binary, "gui", path], capture_output=True, text=True, timeout=60,
                           env=dict(os.environ, XDG_CONFIG_HOME=os.path.join(workdir, "bad-config")))
        check(r.returncode == 1 and r.stderr.startswith("entgraph: "),
              "`entgraph gui %s` fails with a message (rc %d: %r)" %
              (os.path.basename(path), r.returncode, r.stderr.strip()[:160]))

    ws = os.path.join(workdir, "case.entgraph")
    demo = os.path.join(SOURCE_DIR, "assets", "demo")
    r = subprocess.run([binary, "import", "-w", ws, demo], capture_output=True, text=True,
                       timeout=120)
    if not check(r.returncode == 0, "`entgraph import -w` the demo (rc %d: %s)" %
                 (r.returncode, r.stderr.strip()[-300:])):
        return
    n0 = ws_entities(binary, ws)
    check(n0 > 10, "the workspace holds entities (%d)" % n0)

    gui = Gui(binary, ["gui", ws, "--pause-layout"], workdir, "ws")
    try:
        if not check(gui.window is not None, "the workspace window opens"):
            return
        check(gui.title() == "entgraph \u2014 case.entgraph", "title names the workspace: %r" %
              gui.title())
        s = gui.wait_for(lambda s: s["nodes"]["total"] > 0, 30, "the workspace graph")
        check(s["nodes"]["total"] == n0, "the graph is the workspace's (%d nodes, %d entities)" %
              (s["nodes"]["total"], n0))
        check(not s["unsaved"] and s["workspace"] == ws, "a workspace is open, nothing unsaved")
        picked = select_two(gui, s)
        if not picked:
            return
        a, b, c = picked
        # The Inspector's "Merge into <first>" button, clicked for real.
        if click_widget(gui, "inspector.merge"):
            time.sleep(0.3)
            s = gui.dump()
            check(s["nodes"]["total"] == n0 - 1, "Merge button: one entity fewer (%d)" %
                  s["nodes"]["total"])
            check([x["name"] for x in s["selection"]] == [a["name"]],
                  "the survivor %s stays selected" % a["name"])
            check(b["name"] not in [n["name"] for n in s["nodeList"]], "%s is gone" % b["name"])
            m = next((n for n in s["nodeList"] if n["name"] == c["name"]), None)
            check(m is not None and abs(m["sx"] - c["sx"]) < 1.5 and abs(m["sy"] - c["sy"]) < 1.5,
                  "other nodes keep their place after the reload")
            check(ws_entities(binary, ws) == n0 - 1, "the merge is saved at once (stats -w)")
            # The merged name is now an alias: Split turns one alias back into an entity.
            if click_widget(gui, "inspector.split0"):
                time.sleep(0.3)
                s = gui.dump()
                check(s["nodes"]["total"] == n0, "Split: the alias is its own entity again (%d)" %
                      s["nodes"]["total"])
                check(ws_entities(binary, ws) == n0, "the split is saved at once (stats -w)")
                ctrl("z")
                s = gui.dump()
                check(s["nodes"]["total"] == n0 - 1, "Ctrl+Z undoes the split (%d)" %
                      s["nodes"]["total"])
        screen(os.path.join(workdir, "ws-merged.png"))
        ctrl("z")
        s = gui.dump()
        check(s["nodes"]["total"] == n0, "Ctrl+Z undoes the merge (%d)" % s["nodes"]["total"])
        ctrl("z", shift=True)
        s = gui.dump()
        check(s["nodes"]["total"] == n0 - 1, "Ctrl+Shift+Z redoes it (%d)" % s["nodes"]["total"])
        check(s["errors"] == [], "no errors: %s" % s["errors"])
        rc = gui.quit_with_ctrl_q()
        check(rc == 0, "Ctrl+Q quits (rc %s)" % rc)
    finally:
        gui.kill()
    check(ws_entities(binary, ws) == n0 - 1, "after quitting the workspace holds the merge")
    with open(gui.dump_path) as f:
        placed = {(n["name"], n["type"]): (n["x"], n["y"]) for n in json.load(f)["nodeList"]}
    settings = os.path.join(workdir, "ws-config", "entgraph", "settings.json")
    with open(settings) as f:
        conf = json.load(f)
    check(conf.get("recentWorkspaces", [None])[0] == ws, "the workspace is in the recent list")
    conf["showSuggestions"] = True
    with open(settings, "w") as f:
        json.dump(conf, f)

    gui = Gui(binary, ["gui", ws, "--pause-layout"], workdir, "ws")
    try:
        if not check(gui.window is not None, "the workspace reopens"):
            return
        s = gui.wait_for(lambda s: s["nodes"]["total"] > 0, 30, "the workspace graph")
        check(s["nodes"]["total"] == n0 - 1, "reopened as left: merged (%d)" % s["nodes"]["total"])
        key = lambda n: (n["name"], n["type"])
        moved = [n["name"] for n in s["nodeList"] if key(n) in placed and
                 (abs(n["x"] - placed[key(n)][0]) > 0.01 or abs(n["y"] - placed[key(n)][1]) > 0.01)]
        check(len(placed) > 10 and not moved, "every node is where it was left (moved: %s)" % moved)
        # Ctrl+M merges two more.
        picked = select_two(gui, s, max_y=470)  # above the suggestions panel
        if picked:
            ctrl("m")
            s = gui.dump()
            check(s["nodes"]["total"] == n0 - 2, "Ctrl+M merges the selection (%d)" %
                  s["nodes"]["total"])
        # The merge suggestions panel: Accept merges the pair, Dismiss drops it.
        s = gui.dump()
        check(s["panels"]["suggestions"] and s["suggestions"] > 0,
              "the suggestions panel lists pairs (%s)" % s["suggestions"])
        before = s["suggestions"]
        if click_widget(gui, "suggestions.dismiss0"):
            s = gui.dump()
            check(s["suggestions"] == before - 1 and s["nodes"]["total"] == n0 - 2,
                  "Dismiss drops the pair, no merge (%d -> %d)" % (before, s["suggestions"]))
        if click_widget(gui, "suggestions.accept0"):
            s = gui.dump()
            check(s["nodes"]["total"] == n0 - 3, "Accept merges the pair (%d)" % s["nodes"]["total"])
        screen(os.path.join(workdir, "ws-suggestions.png"))
        for _ in range(3):
            ctrl("z")
        s = gui.dump()
        check(s["nodes"]["total"] == n0, "three Ctrl+Z undo both merges and the first (%d)" %
              s["nodes"]["total"])
        check(s["errors"] == [], "no errors: %s" % s["errors"])
        rc = gui.quit_with_ctrl_q()
        check(rc == 0, "Ctrl+Q quits (rc %s)" % rc)
    finally:
        gui.kill()
    check(ws_entities(binary, ws) == n0, "after reopening and undoing, the workspace is as imported")


def type_into(gui, widget, text):
    if not click_widget(gui, widget):
        return False
    xdo("key", "ctrl+a")
    time.sleep(0.2)
    xdo("type", "--delay", "50", text)
    time.sleep(0.3)
    hold("Return")
    return True


def test_workspace_files(binary, workdir):
    print("== workspace files: save the open articles as a workspace, rename, import", flush=True)
    demo = os.path.join(SOURCE_DIR, "assets", "demo")
    ws = os.path.join(workdir, "saved.entgraph")
    gui = Gui(binary, ["gui", demo, "--pause-layout"], workdir, "wsfiles")
    try:
        if not check(gui.window is not None, "the demo window opens"):
            return
        s = gui.wait_for(lambda s: s["nodes"]["total"] > 0 and not s["importing"], 90,
                         "the demo articles to load")
        check(s["unsaved"] and gui.title().endswith(" *"), "articles alone are unsaved: %r" %
              gui.title())
        # Ctrl+S on unsaved articles: Save as workspace (imported on the worker).
        ctrl("s")
        s = gui.dump()
        check(s["panels"]["workspaceDialog"], "Ctrl+S opens the Save as workspace dialog")
        type_into(gui, "workspace.path", ws)
        s = gui.wait_for(lambda s: s["workspace"] == ws and not s["importing"], 90,
                         "the workspace to be written and opened")
        check(gui.title() == "entgraph \u2014 saved.entgraph" and not s["unsaved"],
              "the title names the new workspace, no unsaved marker: %r" % gui.title())
        n0 = ws_entities(binary, ws)
        check(s["nodes"]["total"] == n0 and n0 > 10,
              "the saved workspace is what is shown (%d / %d)" % (s["nodes"]["total"], n0))

        # Rename through the Inspector's name field; Ctrl+Z brings the old name back.
        time.sleep(0.5)
        s = gui.dump()
        cands = isolated_nodes(s, 16)
        if check(len(cands) >= 1, "an isolated node to rename"):
            n = cands[0]
            click(n["sx"], n["sy"])
            check([x["name"] for x in gui.dump()["selection"]] == [n["name"]],
                  "a click selects %s" % n["name"])
            type_into(gui, "inspector.name", "Renamed Entity")
            screen(os.path.join(workdir, "wsfiles-renamed.png"))
            s = gui.dump()
            names = [x["name"] for x in s["nodeList"]]
            check("Renamed Entity" in names and n["name"] not in names,
                  "the Inspector renames %s" % n["name"])
            check([x["name"] for x in s["selection"]] == ["Renamed Entity"],
                  "the renamed entity stays selected")
            bx, by = background_point(s)
            click(bx, by)  # leave the text field: Ctrl+Z goes to the workspace
            ctrl("z")
            s = gui.dump()
            names = [x["name"] for x in s["nodeList"]]
            check(n["name"] in names and "Renamed Entity" not in names,
                  "Ctrl+Z undoes the rename")

            # Notes and Hide in workspace, each one saved edit.
            click(n["sx"], n["sy"])
            if click_widget(gui, "inspector.notes"):
                xdo("type", "--delay", "50", "seen in two reports")
                time.sleep(0.3)
                click_widget(gui, "inspector.savenotes")
                time.sleep(0.3)
                r = subprocess.run([binary, "history", "-w", ws], capture_output=True, text=True,
                                   timeout=60)
                check("edit notes of '%s'" % n["name"] in r.stdout,
                      "Save notes is an edit in the workspace's history")
            before = gui.dump()["nodes"]["total"]
            if click_widget(gui, "inspector.hide"):
                s = gui.dump()
                check(s["nodes"]["total"] == before - 1 and
                      n["name"] not in [x["name"] for x in s["nodeList"]],
                      "Hide in workspace takes %s out of the graph" % n["name"])
                check(ws_entities(binary, ws) == before - 1, "and out of the workspace's graph")
                hold("Escape")  # with nothing selected the Inspector lists the hidden
                if click_widget(gui, "inspector.show0"):
                    check(gui.dump()["nodes"]["total"] == before, "Show brings it back")
                    check(ws_entities(binary, ws) == before, "also in the workspace")

        # File -> Import articles into the workspace (worker thread).
        article = os.path.join(workdir, "extra.txt")
        with open(article, "w") as f:
            f.write("Harbour Board Names New Chief\n\nThe Vardholm Harbour Authority appointed "
                    "Ingrid Solberg as its director on Monday. Solberg met Mayor Petter Lunde in "
                    "Vardholm to discuss the new ferry terminal.\n")
        before = gui.dump()["nodes"]["total"]
        if click_widget(gui, "menu.file") and click_widget(gui, "menu.file.import"):
            s = gui.dump()
            check(s["panels"]["workspaceDialog"], "File -> Import opens its dialog")
            type_into(gui, "workspace.path", article)
            s = gui.wait_for(lambda s: not s["importing"] and s["nodes"]["total"] > before, 60,
                             "the import")
            check(s["nodes"]["total"] > before, "the import adds entities (%d -> %d)" %
                  (before, s["nodes"]["total"]))
            check(ws_entities(binary, ws) == s["nodes"]["total"],
                  "the import is in the workspace file")
        check(s["errors"] == [], "no errors: %s" % s["errors"])
        screen(os.path.join(workdir, "wsfiles.png"))
        rc = gui.quit_with_ctrl_q()
        check(rc == 0, "Ctrl+Q quits (rc %s)" % rc)
    finally:
        gui.kill()


def test_no_display(binary):
    print("== no display", flush=True)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    for args in ([], ["gui"]):
        r = subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=30)
        check(r.returncode != 0, "`entgraph %s` without a display exits non-zero" % " ".join(args))
        check("no display (DISPLAY is not set)" in r.stderr and "entgraph export" in r.stderr,
              "and says so: %r" % r.stderr.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--only", choices=["canvas", "demo", "workspace", "nodisplay"])
    ap.add_argument("--keep", help="keep screenshots and logs in this folder")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    if args.only == "nodisplay":
        test_no_display(binary)
        return exit_status()
    workdir = x_workdir(args.keep)
    if workdir is None:
        return SKIP
    if args.only in (None, "canvas"):
        test_canvas(binary, workdir)
    if args.only in (None, "demo"):
        test_demo_and_export(binary, workdir)
    if args.only in (None, "workspace"):
        test_workspace(binary, workdir)
        test_workspace_files(binary, workdir)
    return exit_status(workdir)


if __name__ == "__main__":
    sys.exit(main())
