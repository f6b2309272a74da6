"""Steps shared by the GUI test groups of gui_panels_test.py and gui_open.py: settings
written before a start, clicks on panels found in the state dump's window list, and
screen checks that leave out whatever a panel covers.  Standard library only; the
basic helpers (and the FAILURES list) are gui_test.py's.
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gui_test as g  # noqa: E402  (one module instance: its FAILURES list is shared)
from gui_test import W, H, check, xdo, hold, move, click, screen, pixel, hex_rgb, close  # noqa

DATA = os.path.join(g.SOURCE_DIR, "tests", "data", "gui")
HIGHLIGHT = (255, 217, 51)  # selection ring, path edges (CanvasStyle::highlight)


def settle(gui, pred, timeout=8):
    """Dumps until pred(state) holds or the time is up; returns the last state (the caller
    checks it).  Input reaches the program a frame at a time and a loaded machine draws
    slowly, so an effect is waited for rather than expected after a fixed pause."""
    deadline = time.time() + timeout
    while True:
        s = gui.dump()
        if pred(s) or time.time() > deadline:
            return s
        time.sleep(0.2)


def click_when(gui, name, timeout=8):
    """Clicks widget `name` once the state dump lists it (a popup opens a frame later)."""
    s = settle(gui, lambda s: name in s["widgets"], timeout)
    w = s["widgets"].get(name)
    if not check(w is not None, "widget %s is on screen" % name):
        return False
    click(*centre(w))
    return True


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
    s = settle(gui, lambda s: window(s, prefix) is None)
    check(window(s, prefix) is None, "its title bar's x closes the %s panel" % prefix)


def double_click(x, y):
    move(x, y)
    xdo("click", "--repeat", "2", "--delay", "80", "1")
    time.sleep(0.4)


def names_of(state):
    return {n["name"] for n in state["nodeList"]}


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
    if not click_when(gui, "layout.engine"):
        return False
    if not click_when(gui, "layout.engine." + engine):
        hold("Escape")
        return False
    return click_when(gui, "layout.run")


def positions(state):
    return {n["name"]: (n["x"], n["y"]) for n in state["nodeList"]}


def moved(before, after, eps=1.0):
    return [k for k in before if k in after and
            abs(before[k][0] - after[k][0]) + abs(before[k][1] - after[k][1]) > eps]


def ctrl_click_type(gui, widget, text, expect):
    """Ctrl+click turns an ImGui slider into a text field: type a value; returns the state
    once expect(state) holds (or after a while)."""
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
    return settle(gui, expect)


def toggle(gui, widget, expect):
    """Clicks a checkbox; returns the state once expect(state) holds (or after a while)."""
    w = gui.dump()["widgets"].get(widget)
    if check(w is not None, "widget %s is on screen" % widget):
        click(w["x0"] + 8, (w["y0"] + w["y1"]) / 2)  # the box itself
    return settle(gui, expect)


def scroll_to(gui, widget, panel, tries=20):
    """Scrolls panel (a window name prefix) with the wheel until widget lies inside it;
    returns the widget's rectangle then, or None."""
    w = None
    for _ in range(tries):
        s = gui.dump()
        w, win = s["widgets"].get(widget), window(s, panel)
        if w is None or win is None:
            return None
        top, bottom = win["y0"] + win["titleHeight"], min(win["y1"], H) - 4
        if top <= w["y0"] and w["y1"] <= bottom:
            return w
        move((win["x0"] + win["x1"]) / 2, (top + bottom) / 2)
        xdo("click", 5 if w["y1"] > bottom else 4)
        time.sleep(0.25)
    return w if w is not None and check(False, "%s scrolled into view" % widget) else None
