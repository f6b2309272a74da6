#!/usr/bin/env python3
"""More GUI tests for `entgraph gui` (helpers shared with gui_test.py): the real program
under Xvfb, driven by real X input, checked on the state dump, the window title and the
X screen's pixels.

    gui_panels_test.py --binary build/entgraph --only open  [--xdnd build/xdnd_drop] [--keep DIR]
    gui_panels_test.py --binary build/entgraph --only panels [--keep DIR]

open:   File -> Open's in-app browser (typed path, double-click into a folder, tick a file,
        open a folder), extraction on the worker adding to the graph; dropping a file and a
        folder on the window (XDND, through xdnd_drop); Ctrl+F and a query typed with 1 ms
        between keys (the input latch).
panels: the Layout panel (dot, sfdp: positions change, nodes drawn where the dump says;
        neato on a large graph: progress and Cancel, the window keeps answering), Filters
        (types, minimum mentions, co-occurrence, hide isolated: counts and pixels drop and
        come back), Path (typed names: the path, its evidence, highlighted edges on the
        canvas) and Articles (the evidence sentence opens the article; clicking a
        highlighted mention selects its entity).
Exit 0 when every check passes; 77 (skip) without xdotool, ImageMagick or a display.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gui_test as g  # noqa: E402  (one module instance: its FAILURES list is ours)
from gui_test import W, H, check, xdo, hold, move, click, screen, pixel, hex_rgb, close  # noqa

DATA = os.path.join(g.SOURCE_DIR, "tests", "data", "gui")
HIGHLIGHT = (255, 217, 51)  # selection ring, path edges (CanvasStyle::highlight)


def write_settings(workdir, name, **flags):
    """Settings the program reads at start ($XDG_CONFIG_HOME/entgraph/settings.json)."""
    folder = os.path.join(workdir, name + "-config", "entgraph")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "settings.json"), "w") as f:
        json.dump(flags, f)


def fast_chord(chord):
    """A chord pressed and released within a millisecond or two (xdotool key)."""
    xdo("key", "--delay", "1", chord)
    time.sleep(0.4)


def centre(w):
    return (w["x0"] + w["x1"]) / 2, (w["y0"] + w["y1"]) / 2


def node(state, name):
    return next((n for n in state["nodeList"] if n["name"] == name), None)


def window(state, prefix):
    return next((w for w in state.get("windows", []) if w["name"].startswith(prefix)), None)


def panels_cover(state, x, y, pad=6):
    """Whether an ImGui window (a panel, menu, note) is drawn over window point x, y."""
    for w in state.get("windows", []):
        if w["x1"] - w["x0"] >= W - 1 and w["y1"] - w["y0"] >= H - 1:
            continue  # a full-window host, not a panel
        if w["x0"] - pad <= x <= w["x1"] + pad and w["y0"] - pad <= y <= w["y1"] + pad:
            return True
    return False


def close_panel(gui, prefix):
    """Clicks the close (x) button at the right of a panel's title bar, once no other
    window (a note in the corner, say) lies over it."""
    deadline = time.time() + 8
    while True:
        s = gui.dump()
        w = window(s, prefix)
        if not check(w is not None, "the %s panel is open" % prefix):
            return
        h = w["titleHeight"]
        x, y = w["x1"] - h / 2 - 2, w["y0"] + h / 2
        others = dict(s, windows=[o for o in s["windows"] if o["name"] != w["name"]])
        if not panels_cover(others, x, y, 0) or time.time() > deadline:
            break
        time.sleep(0.5)
    click(x, y)
    check(window(gui.dump(), prefix) is None, "its title bar's x closes the %s panel" % prefix)


def double_click(x, y):
    move(x, y)
    xdo("click", "--repeat", "2", "--delay", "80", "1")
    time.sleep(0.4)


def names_of(state):
    return {n["name"] for n in state["nodeList"]}


def write_many_articles(folder, count=600, paragraphs=150):
    """A folder of generated articles, big enough that reading it takes a few seconds."""
    import random
    rnd = random.Random(7)
    first = ["Ingrid", "Petter", "Henrik", "Marit", "Astrid", "Olav", "Sigrid", "Knut", "Arne"]
    last = ["Solberg", "Lunde", "Aasen", "Haugland", "Moe", "Rypdal", "Nyland", "Berg", "Dahl"]
    towns = ["Vardholm", "Brennesund", "Kirkenes", "Alta", "Hammerfest", "Honningsvag"]
    os.makedirs(folder, exist_ok=True)
    for k in range(count):
        lines = ["Coastal Report %d" % k, ""]
        for _ in range(paragraphs):
            a = rnd.choice(first) + " " + rnd.choice(last)
            b = rnd.choice(first) + " " + rnd.choice(last)
            lines.append("%s met %s in %s on Monday to discuss the ferry routes." %
                         (a, b, rnd.choice(towns)))
            lines.append("")
        with open(os.path.join(folder, "report-%03d.txt" % k), "w") as f:
            f.write("\n".join(lines))


# ---------------------------------------------------------------------------- open

def test_open(binary, workdir, xdnd):
    print("== open: File -> Open's browser, drag and drop, fast typing", flush=True)
    write_settings(workdir, "open", lastFolder=os.path.join(g.SOURCE_DIR, "tests", "data"))
    gui = g.Gui(binary, ["gui", "--pause-layout"], workdir, "open")
    try:
        if not check(gui.window is not None, "an empty window opens"):
            return
        check(gui.title() == "entgraph \u2014 (nothing open)", "title: %r" % gui.title())

        # Ctrl+O as a fast chord: the browser opens in the last folder.
        fast_chord("ctrl+o")
        s = gui.dump()
        check(s["panels"]["open"], "Ctrl+O opens the Open articles browser")
        check(s.get("openPanel", {}).get("folder") == os.path.join(g.SOURCE_DIR, "tests", "data"),
              "it starts in the last folder: %r" % s.get("openPanel"))
        # A typed path that does not exist: a message, nothing opened.
        g.type_into(gui, "open.path", "/nonexistent/articles")
        s = gui.dump()
        check("does not exist" in s.get("openPanel", {}).get("error", ""),
              "a missing typed path is reported: %r" % s.get("openPanel"))
        # A typed folder: listed.
        g.type_into(gui, "open.path", DATA)
        s = gui.dump()
        check(s.get("openPanel", {}).get("folder") == DATA, "Enter on a typed folder lists it")
        check(all("open.entry." + e in s["widgets"] for e in ("folder", "pick", "drop")),
              "its sub-folders are listed: %s" %
              sorted(k for k in s["widgets"] if k.startswith("open.entry.")))
        # Double-click goes into a folder; "Open this folder" reads it on the worker.
        entry = s["widgets"].get("open.entry.pick")
        if entry:
            double_click(*centre(entry))
        s = gui.dump()
        check(s.get("openPanel", {}).get("folder") == os.path.join(DATA, "pick"),
              "double-click enters pick/: %r" % s.get("openPanel"))
        tick = s["widgets"].get("open.entry.fishery-report.txt")
        if check(tick is not None and "open.entry.lighthouse-notice.txt" in s["widgets"],
                 "its two files are listed"):
            click(tick["x0"] + 8, (tick["y0"] + tick["y1"]) / 2)  # the checkbox
            g.click_widget(gui, "open.selected")
            s = gui.wait_for(lambda s: s["nodes"]["total"] > 0 and not s["importing"], 60,
                             "the ticked article to be read")
            check(s["articles"] == 1, "one ticked file, one article (%s)" % s.get("articles"))
            check("Marit Haugland" in names_of(s) and "Olav Rypdal" not in names_of(s),
                  "its entities are shown, the unticked file's are not")
            check(not s["panels"]["open"], "the browser closes when it opens the files")
            check(gui.title() == "entgraph \u2014 fishery-report.txt *", "title: %r" % gui.title())
        n1 = s["nodes"]["total"]

        # Again through Ctrl+O: Up, then into folder/, "Open this folder" adds two articles.
        fast_chord("ctrl+o")
        g.click_widget(gui, "open.up")
        s = gui.dump()
        check(s.get("openPanel", {}).get("folder") == DATA, "Up goes to the parent folder")
        entry = s["widgets"].get("open.entry.folder")
        if entry:
            double_click(*centre(entry))
        g.click_widget(gui, "open.folder")
        seen_running = False
        deadline = time.time() + 60
        while time.time() < deadline:
            s = gui.dump()
            t = s["tasks"]["import"]
            if t["running"]:
                seen_running = seen_running or (0.0 <= t["progress"] <= 1.0 and
                                                t["label"].startswith("Importing"))
            elif s["articles"] == 3:
                break
            time.sleep(0.1)
        check(s["articles"] == 3 and s["nodes"]["total"] > n1,
              "the folder's two articles are added to the graph (%d -> %d nodes, %s articles)" %
              (n1, s["nodes"]["total"], s["articles"]))
        check({"Ingrid Solberg", "Henrik Aasen", "Marit Haugland"} <= names_of(s),
              "old and new entities are all there")
        check(any(i.startswith("Opened 3 articles") for i in s["infos"]),
              "the window says what was opened: %s" % s["infos"])
        print("     (import progress %sseen in a dump)" % ("" if seen_running else "not "))
        check(gui.title() == "entgraph \u2014 fishery-report.txt + folder *",
              "title: %r" % gui.title())

        # Fast typing: Ctrl+F as one quick chord, a query at 1 ms a key, two quick
        # Backspaces and a quick Return: nothing is lost (the input latch).
        fast_chord("ctrl+f")
        xdo("type", "--delay", "1", "henrik aasXY")
        xdo("key", "--delay", "1", "BackSpace", "BackSpace")
        # The keys queue up in the latch and are applied a frame each (an idle window
        # wakes every 100 ms): wait for them, but every one must arrive.
        s = gui.wait_for(lambda s: s["search"]["query"] == "henrik aas", 10,
                         "the fast keystrokes to be applied")
        check(s["panels"]["search"], "a fast Ctrl+F opens Search")
        check(s["search"]["query"] == "henrik aas", "every fast keystroke arrived: %r" %
              s["search"]["query"])
        xdo("key", "Return")
        s = gui.wait_for(lambda s: s["selection"], 10, "Enter to select")
        check([x["name"] for x in s["selection"]] == ["Henrik Aasen"],
              "a quick Enter selects the new entity: %s" % [x["name"] for x in s["selection"]])
        # Held keys: Backspace held for a second repeats (and stops when released); Shift
        # held across fast typing gives capitals.
        text = "abcdefghijklmnopqrstuvwxyz0123456789"
        g.click_widget(gui, "search.query")
        xdo("key", "--delay", "1", "ctrl+a", "BackSpace")
        gui.wait_for(lambda s: s["search"]["query"] == "", 10, "the query to be cleared")
        xdo("type", "--delay", "1", text)
        s = gui.wait_for(lambda s: s["search"]["query"] == text, 15, "the typed text")
        check(s["search"]["query"] == text, "36 keys typed 1 ms apart all arrive: %r" %
              s["search"]["query"])
        xdo("keydown", "BackSpace")
        time.sleep(1.0)
        xdo("keyup", "BackSpace")
        time.sleep(0.6)
        q = gui.dump()["search"]["query"]
        check(text.startswith(q) and 5 <= len(text) - len(q) < len(text),
              "Backspace held for 1 s deletes repeatedly, then stops (%d deleted)" %
              (len(text) - len(q)))
        xdo("keydown", "shift")
        time.sleep(0.1)
        xdo("type", "--delay", "1", "xyz")
        xdo("keyup", "shift")
        s = gui.wait_for(lambda s: s["search"]["query"] == q + "XYZ", 10, "the shifted keys")
        check(s["search"]["query"] == q + "XYZ", "Shift held across fast typing: %r" %
              s["search"]["query"][len(q):])
        close_panel(gui, "Search")

        # Drag and drop: a file and a folder dropped together on the canvas.
        if xdnd:
            before = s["nodes"]["total"]
            r = subprocess.run([xdnd, gui.window, "640", "400",
                                os.path.join(DATA, "drop", "bridge-vote.txt"),
                                os.path.join(DATA, "drop", "more")],
                               capture_output=True, text=True, timeout=30)
            check(r.returncode == 0, "the window accepts the XDND drop (rc %d %s)" %
                  (r.returncode, r.stderr.strip()))
            s = gui.wait_for(lambda s: s["articles"] == 5 and not s["importing"], 60,
                             "the dropped articles")
            check(s["articles"] == 5 and s["nodes"]["total"] > before,
                  "the dropped file and folder add two articles (%d -> %d nodes)" %
                  (before, s["nodes"]["total"]))
            check({"Astrid Moe", "Sigrid Nyland", "Henrik Aasen"} <= names_of(s),
                  "entities of both dropped articles join the graph")
            check(gui.title().endswith("+ bridge-vote.txt and 1 more *"), "title: %r" %
                  gui.title())
            # A drop of something that is not an article: an error in the window, no crash.
            bad = os.path.join(workdir, "not-an-article.bin")
            with open(bad, "wb") as f:
                f.write(bytes(range(256)) * 8)
            errors = len(s["errors"])
            r = subprocess.run([xdnd, gui.window, "640", "400", bad], capture_output=True,
                               text=True, timeout=30)
            s = gui.wait_for(lambda s: len(s["errors"]) > errors and not s["importing"], 30,
                             "an error for the binary file")
            check(len(s["errors"]) > errors and s["articles"] == 5 and gui.proc.poll() is None,
                  "a dropped binary file is reported, the graph stays: %s" % s["errors"][errors:])
        else:
            print("     (no xdnd_drop: the drag-and-drop part is not run)")
        # A large folder: extraction runs on the worker with progress while the window
        # keeps answering (the wheel zooms), then adds every article.
        big = os.path.join(workdir, "many")
        write_many_articles(big)
        s = gui.dump()
        before, articles = s["nodes"]["total"], s["articles"]
        fast_chord("ctrl+o")
        g.type_into(gui, "open.path", big)
        g.click_widget(gui, "open.folder")
        cam = gui.dump()["camera"]["zoom"]
        progress, zoomed = set(), False
        deadline = time.time() + 90
        while time.time() < deadline:
            s = gui.dump()
            t = s["tasks"]["import"]
            if t["running"]:
                progress.add(round(t["progress"], 2))
                if not zoomed and len(progress) >= 2:
                    move(900, 300)
                    xdo("click", 4)
                    time.sleep(0.4)
                    s = gui.dump(timeout=5)
                    zoomed = abs(s["camera"]["zoom"] / cam - 1.15) < 0.02
                    check(zoomed and s["tasks"]["import"]["running"],
                          "the canvas zooms while the import runs (%.3f)" %
                          (s["camera"]["zoom"] / cam))
            elif s["articles"] > articles:
                break
            time.sleep(0.15)
        check(len(progress) >= 3 and max(progress) > min(progress),
              "the import reports its progress as it goes: %s" % sorted(progress))
        check(s["articles"] == articles + 600 and s["nodes"]["total"] > before,
              "the 600 articles are added (%s articles, %d -> %d nodes)" %
              (s["articles"], before, s["nodes"]["total"]))
        check(s["errors"] == [] or s["errors"][-1] == "no article could be read",
              "no new errors: %s" % s["errors"])
        shutil.rmtree(big, ignore_errors=True)  # 8 MB
        screen(os.path.join(workdir, "open.png"))
        rc = gui.quit_with_ctrl_q()
        check(rc == 0, "Ctrl+Q quits (rc %s)" % rc)
    finally:
        gui.kill()

# ---------------------------------------------------------------------------- panels

def open_nodes(state, margin=30):
    """Visible nodes drawn big enough, on screen, under no panel, away from other nodes."""
    nodes = [n for n in state["nodeList"] if n["visible"]]
    out = []
    for n in nodes:
        x, y, r = n["sx"], n["sy"], n["rpx"]
        if r < 4 or not (r < x < W - r and 30 + r < y < H - 40 - r):
            continue
        if panels_cover(state, x, y, r + 4):
            continue
        if all(m is n or (m["sx"] - x) ** 2 + (m["sy"] - y) ** 2 > (r + m["rpx"] + margin) ** 2
               for m in nodes):
            out.append(n)
    return out


def drawn_where_dumped(gui, state, what):
    """The screen shows each open node's type colour at the centre the dump gives."""
    move(W - 5, 25)  # no hover
    raw = screen(os.path.join(gui.workdir, what.replace(" ", "-") + ".png"))
    cands = open_nodes(state)
    ok = [n for n in cands if close(pixel(raw, n["sx"], n["sy"]), hex_rgb(n["color"]))]
    for n in cands:
        if n not in ok:
            print("     %s at (%.0f,%.0f): screen %s, expected %s" %
                  (n["name"], n["sx"], n["sy"], pixel(raw, n["sx"], n["sy"]), n["color"]))
    check(len(cands) >= 3 and len(ok) == len(cands),
          "%s: nodes are drawn where the dump says (%d/%d)" % (what, len(ok), len(cands)))


def colour_pixels(gui, state, colour, tol=8):
    """How many sampled canvas points (under no panel) show `colour`."""
    raw = screen()
    return sum(1 for y in range(30, H - 40, 3) for x in range(0, W, 3)
               if close(pixel(raw, x, y), colour, tol) and not panels_cover(state, x, y, 0))


def run_engine(gui, engine, timeout=60):
    """Picks `engine` in the Layout panel's combo and clicks Run."""
    if not g.click_widget(gui, "layout.engine"):
        return False
    time.sleep(0.3)
    if not g.click_widget(gui, "layout.engine." + engine):
        hold("Escape")
        return False
    return g.click_widget(gui, "layout.run")


def positions(state):
    return {n["name"]: (n["x"], n["y"]) for n in state["nodeList"]}


def moved(before, after, eps=1.0):
    return [k for k in before if k in after and
            abs(before[k][0] - after[k][0]) + abs(before[k][1] - after[k][1]) > eps]


def test_layout(gui):
    s = gui.dump()
    before = positions(s)
    for engine in ("dot", "sfdp"):
        if not check(run_engine(gui, engine), "%s is picked and started from the panel" % engine):
            continue
        s = gui.wait_for(lambda s: s["layoutEngine"] == engine and
                         not s["tasks"]["layout"]["running"] and not s["layout"]["animating"],
                         60, "the %s layout" % engine)
        check(s["errors"] == [], "no errors: %s" % s["errors"])
        after = positions(s)
        changed = moved(before, after)
        check(len(changed) >= len(before) * 0.8, "%s moves the nodes (%d of %d)" %
              (engine, len(changed), len(before)))
        check(s["layout"]["state"] == "paused", "the live layout pauses to keep the result")
        if engine == "dot":
            # dot ranks: nodes sit on a few rows.
            rows = {round(p[1], 1) for p in after.values()}
            check(len(rows) <= len(after) / 2, "dot puts %d nodes on %d rows" %
                  (len(after), len(rows)))
        drawn_where_dumped(gui, s, "after " + engine)
        before = after


def test_layout_cancel(binary, workdir):
    print("== layout cancel: neato on a large graph, progress, Cancel", flush=True)
    write_settings(workdir, "cancel", showLayout=True, showEntities=False, showInspector=False,
                   showFilters=False)
    gui = g.Gui(binary, ["gui", "--synthetic", "600", "--pause-layout"], workdir, "cancel")
    gui.workdir = workdir
    try:
        if not check(gui.window is not None, "the large graph opens"):
            return
        s = gui.wait_for(lambda s: s["nodes"]["total"] == 600, 30, "the synthetic graph")
        before = positions(s)
        cam = s["camera"]["zoom"]
        if not check(run_engine(gui, "neato"), "neato is started"):
            return
        s = gui.wait_for(lambda s: s["tasks"]["layout"]["running"], 10, "neato to start")
        t = s["tasks"]["layout"]
        check(t["running"] and t["label"].startswith("Layout neato") and 0 <= t["progress"] <= 1,
              "the task shows with its progress: %s" % t)
        check("layout.progress" in s["widgets"] and "layout.cancel" in s["widgets"],
              "the panel shows a progress bar and Cancel")
        # The window keeps answering while the worker runs: the wheel zooms.
        move(640, 300)
        xdo("click", 4)
        time.sleep(0.5)
        s = gui.dump(timeout=5)
        check(abs(s["camera"]["zoom"] / cam - 1.15) < 0.02,
              "the canvas zooms while neato runs (%.3f)" % (s["camera"]["zoom"] / cam))
        check(s["tasks"]["layout"]["running"], "neato is still running then")
        g.click_widget(gui, "layout.cancel")
        t0 = time.time()
        s = gui.wait_for(lambda s: not s["tasks"]["layout"]["running"], 90, "the cancel")
        print("     (neato ended %.1f s after Cancel)" % (time.time() - t0))
        check(any("Layout cancelled" in i for i in s["infos"]), "the window says it was "
              "cancelled: %s" % s["infos"])
        time.sleep(0.8)
        s = gui.dump()
        check(not moved(before, positions(s)) and not s["layout"]["animating"],
              "a cancelled layout leaves the nodes where they were")
        check(s["errors"] == [], "no errors: %s" % s["errors"])
        rc = gui.quit_with_ctrl_q()
        check(rc == 0, "Ctrl+Q quits (rc %s)" % rc)
    finally:
        gui.kill()


def ctrl_click_type(gui, widget, text):
    """Ctrl+click turns an ImGui slider into a text field: type a value."""
    w = gui.dump()["widgets"].get(widget)
    if not check(w is not None, "widget %s is on screen" % widget):
        return
    xdo("keydown", "ctrl")
    time.sleep(0.1)
    click(*centre(w))
    xdo("keyup", "ctrl")
    time.sleep(0.2)
    xdo("key", "ctrl+a")
    xdo("type", "--delay", "40", text)
    time.sleep(0.2)
    hold("Return")


def toggle(gui, widget):
    w = gui.dump()["widgets"].get(widget)
    if check(w is not None, "widget %s is on screen" % widget):
        click(w["x0"] + 8, (w["y0"] + w["y1"]) / 2)  # the box itself
    return gui.dump()


def test_filters(gui):
    s = gui.dump()
    n0, e0 = s["nodes"]["visible"], s["edges"]["visible"]
    persons = [n for n in s["nodeList"] if n["type"] == "PERSON" and n["visible"]]
    person_colour = hex_rgb(persons[0]["color"]) if persons else (0, 0, 0)
    px0 = colour_pixels(gui, s, person_colour)
    check(len(persons) >= 3 and px0 > 20, "%d people drawn (%d pixels of their colour)" %
          (len(persons), px0))
    s = toggle(gui, "filters.type.PERSON")
    check("PERSON" not in s["filter"]["types"] and s["nodes"]["visible"] == n0 - len(persons),
          "unticking People hides them (%d -> %d)" % (n0, s["nodes"]["visible"]))
    px1 = colour_pixels(gui, s, person_colour)
    check(px1 < px0 / 10, "their colour leaves the canvas (%d -> %d pixels)" % (px0, px1))
    s = toggle(gui, "filters.type.PERSON")
    check(s["nodes"]["visible"] == n0 and s["edges"]["visible"] == e0, "ticking brings them back")
    px2 = colour_pixels(gui, s, person_colour)
    check(px2 > px0 * 0.8, "and their colour returns (%d pixels)" % px2)

    ctrl_click_type(gui, "filters.minMentions", "2")
    s = gui.dump()
    want = sum(1 for n in s["nodeList"] if n["mentions"] >= 2)
    check(s["filter"]["minMentions"] == 2 and s["nodes"]["visible"] == want < n0,
          "Min mentions 2 keeps the %d entities mentioned twice or more (%d)" %
          (want, s["nodes"]["visible"]))
    ctrl_click_type(gui, "filters.minMentions", "0")
    s = gui.dump()
    check(s["filter"]["minMentions"] == 0 and s["nodes"]["visible"] == n0, "and 0 shows all again")

    s = toggle(gui, "filters.cooccurrence")
    e1 = s["edges"]["visible"]
    check(not s["filter"]["cooccurrence"] and e1 < e0,
          "co-occurrence links off: fewer links (%d -> %d)" % (e0, e1))
    bright0 = colour_pixels(gui, s, (0, 0, 0), 60)  # dark background points
    s = toggle(gui, "filters.hideIsolated")
    n1 = s["nodes"]["visible"]
    check(s["filter"]["hideIsolated"] and 0 < n1 < n0,
          "hide isolated: entities without a shown link go (%d -> %d)" % (n0, n1))
    bright1 = colour_pixels(gui, s, (0, 0, 0), 60)
    check(bright1 > bright0, "the canvas has more background where they were (%d -> %d)" %
          (bright0, bright1))
    toggle(gui, "filters.hideIsolated")
    s = toggle(gui, "filters.cooccurrence")
    check(s["nodes"]["visible"] == n0 and s["edges"]["visible"] == e0,
          "both back on: every entity and link is shown again")


def test_path_and_articles(gui):
    a, b = "Ingrid Solberg", "Nordkyst Ferry Company"
    # Move the Path panel over the (finished) Filters panel and fit: the canvas is clear.
    w = window(gui.dump(), "Path")
    if check(w is not None, "the Path panel is open"):
        g.drag(w["x0"] + 60, w["y0"] + w["titleHeight"] / 2, 68, 30 + w["titleHeight"] / 2)
        move(W - 5, 25)
        hold("f")
    g.type_into(gui, "path.from", a)
    g.type_into(gui, "path.to", b)
    g.click_widget(gui, "path.find")
    time.sleep(0.3)
    s = gui.dump()
    check(s["path"] == [a, "Petter Lunde", b], "the path %s -> %s: %s" % (a, b, s["path"]))
    steps = s.get("pathSteps", [])
    for st in steps:
        sentence = st.get("sentence", "")
        check(st["from"].split()[-1] in sentence and st["to"].split()[0] in sentence,
              "evidence for %s -> %s: %r" % (st["from"], st["to"], sentence))
    check(all("path.sentence%d" % k in s["widgets"] for k in range(len(steps))) and steps,
          "the Path panel lists each step's sentence")
    # The path's edges are drawn in the highlight colour.
    move(W - 5, 25)
    raw = screen(os.path.join(gui.workdir, "path.png"))
    samples = hits = 0
    for st in steps:
        p, q = node(s, st["from"]), node(s, st["to"])
        for k in range(1, 10):
            t = k / 10
            x, y = p["sx"] + (q["sx"] - p["sx"]) * t, p["sy"] + (q["sy"] - p["sy"]) * t
            if panels_cover(s, x, y, 2) or not (0 < x < W and 30 < y < H - 40):
                continue
            if any((n["sx"] - x) ** 2 + (n["sy"] - y) ** 2 < (n["rpx"] + 4) ** 2
                   for n in s["nodeList"] if n["visible"]):
                continue
            samples += 1
            hits += close(pixel(raw, x, y), HIGHLIGHT, 70)
    check(samples >= 4 and hits >= samples * 0.7,
          "the path's edges are highlighted on the canvas (%d of %d points)" % (hits, samples))
    on_path = [n for n in open_nodes(s, 4) if n["name"] in s["path"]]
    rings = sum(1 for n in on_path
                if close(pixel(raw, n["sx"] + n["rpx"] - 2, n["sy"]), HIGHLIGHT, 70))
    check(rings == len(on_path), "path nodes have the highlight ring (%d/%d)" %
          (rings, len(on_path)))
    labelled = [lb["name"] for lb in s["labelList"]]
    check(all(labelled.count(n) == 1 for n in s["path"]),
          "each path node is labelled once: %s" % {n: labelled.count(n) for n in s["path"]})
    twice = sorted({n for n in labelled if labelled.count(n) > 1})
    check(not twice, "no node has two labels on the canvas: %s" % twice)

    # Clicking the first step's sentence opens its article in the Articles panel.
    if not g.click_widget(gui, "path.sentence0"):
        return
    s = gui.dump()
    check(s["panels"]["articles"] and s.get("openArticle") == steps[0]["article"],
          "the evidence sentence opens article %s (%s)" % (steps[0]["article"],
                                                          s.get("openArticle")))
    text = s["widgets"].get("articles.text")
    mentions = [(int(k.rsplit(".", 1)[1]), w) for k, w in s["widgets"].items()
                if k.startswith("articles.mention.")]
    inside = [(i, w) for i, w in mentions if text and w["y0"] >= text["y0"] and
              w["y1"] <= text["y1"] and w["x1"] <= text["x1"]]
    check(len(inside) >= 2, "the article's mentions are highlighted in the text (%d)" %
          len(inside))
    raw = screen(os.path.join(gui.workdir, "article.png"))
    coloured = 0
    for i, w in inside:
        colour = hex_rgb(s["nodeList"][i]["color"])
        coloured += any(close(pixel(raw, w["x0"] + 2, y), colour, 40)
                        for y in range(int(w["y0"]) + 1, int(w["y1"]) - 1))
    check(coloured == len(inside), "each in its entity's type colour (%d/%d)" %
          (coloured, len(inside)))
    target = next(((i, w) for i, w in inside if s["nodeList"][i]["name"] != a), None)
    if target:
        i, w = target
        click(*centre(w))
        s = gui.dump()
        check([x["name"] for x in s["selection"]] == [s["nodeList"][i]["name"]],
              "clicking the mention of %s selects it" % s["nodeList"][i]["name"])
    # Another article from the list.
    other = 1 - s.get("openArticle", 0) if s.get("articles", 0) > 1 else None
    if other is not None and g.click_widget(gui, "articles.row%d" % other):
        check(gui.dump().get("openArticle") == other, "the list opens article %d" % other)


def test_panels(binary, workdir):
    print("== panels: Layout (dot, sfdp), Filters, Path, Articles", flush=True)
    write_settings(workdir, "panels", showLayout=True, showPath=True, showEntities=False,
                   showInspector=False)
    gui = g.Gui(binary, ["gui", os.path.join(DATA, "folder"), os.path.join(DATA, "pick"),
                         "--pause-layout"], workdir, "panels")
    gui.workdir = workdir
    try:
        if not check(gui.window is not None, "the window opens"):
            return
        s = gui.wait_for(lambda s: s["articles"] == 4 if "articles" in s else False, 60,
                         "the four articles")
        check(s["nodes"]["total"] >= 12, "their entities (%d)" % s["nodes"]["total"])
        test_layout(gui)
        close_panel(gui, "Layout")
        hold("f")
        test_filters(gui)
        test_path_and_articles(gui)
        s = gui.dump()
        check(s["errors"] == [], "no errors: %s" % s["errors"])
        rc = gui.quit_with_ctrl_q()
        check(rc == 0, "Ctrl+Q quits (rc %s)" % rc)
    finally:
        gui.kill()
    test_layout_cancel(binary, workdir)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--only", choices=["open", "panels"])
    ap.add_argument("--xdnd", help="the xdnd_drop tool (drag-and-drop checks)")
    ap.add_argument("--keep", help="keep screenshots and logs in this folder")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    for tool in ("xdotool", "import"):
        if not shutil.which(tool):
            print("skipping: %s is not installed" % tool)
            return 77
    if not os.environ.get("DISPLAY"):
        print("skipping: no X display (run under xvfb-run)")
        return 77
    workdir = args.keep or tempfile.mkdtemp(prefix="entgraph-gui-test-")
    os.makedirs(workdir, exist_ok=True)
    if args.only in (None, "open"):
        test_open(binary, workdir, args.xdnd and os.path.abspath(args.xdnd))
    if args.only in (None, "panels"):
        test_panels(binary, workdir)
    print("artifacts in", workdir)
    if g.FAILURES:
        print("%d check(s) failed" % len(g.FAILURES))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
