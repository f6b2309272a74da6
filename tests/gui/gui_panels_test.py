#!/usr/bin/env python3
"""More GUI tests for `entgraph gui`: the real program under Xvfb, driven by real X
input, checked on the state dump, the window title and the X screen's pixels.  The
`open` group lives in gui_open.py, shared steps in gui_steps.py, the basic helpers in
gui_test.py.

    gui_panels_test.py --binary build/entgraph --only open  [--xdnd build/xdnd_drop] [--keep DIR]
    gui_panels_test.py --binary build/entgraph --only panels [--keep DIR]

open:   File -> Open's in-app browser (typed path, double-click into a folder, tick a file,
        open a folder), extraction on the worker adding to the graph, with progress on a
        large folder; dropping a file and a folder on the window (XDND, through xdnd_drop);
        Ctrl+F and a query typed with 1 ms between keys, held Backspace and Shift (the
        input latch).
panels: the Layout panel (dot, sfdp: positions change, nodes drawn where the dump says;
        neato on a large graph: progress and Cancel, the window keeps answering), Filters
        (types, minimum mentions, co-occurrence, hide isolated: counts and pixels drop and
        come back; an article unticked: the entities only it mentions go, None and All),
        Path (typed names: the path, its evidence, highlighted edges on the
        canvas) and Articles (the evidence sentence opens the article; clicking a
        highlighted mention selects its entity).
Exit 0 when every check passes; 77 (skip) without xdotool, ImageMagick or a display.
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gui_steps import (DATA, HIGHLIGHT, W, H, g, check, xdo, hold, move, click, screen,  # noqa
                       pixel, hex_rgb, close, centre, node, window, panels_cover, close_panel,
                       write_settings, open_nodes, drawn_where_dumped, colour_pixels,
                       run_engine, positions, moved, ctrl_click_type, toggle, settle,
                       click_when, scroll_to)
from gui_open import test_open  # noqa: E402

SEARCH_RING = (90, 220, 255)  # SearchPanel.cpp's kMatchRing


# ---------------------------------------------------------------------------- panels

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
    # 1400 nodes (below neato's limit of 1500) keep neato busy for seconds even on a fast
    # machine, long after the click (600 nodes once finished before it on CI).
    gui = g.Gui(binary, ["gui", "--synthetic", "1400", "--pause-layout"], workdir, "cancel")
    gui.workdir = workdir
    try:
        if not check(gui.window is not None, "the large graph opens"):
            return
        s = gui.wait_for(lambda s: s["nodes"]["total"] == 1400, 30, "the synthetic graph")
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
        click_when(gui, "layout.cancel")
        t0 = time.time()
        s = gui.wait_for(lambda s: not s["tasks"]["layout"]["running"], 90, "the cancel")
        # neato runs in a child process that Cancel kills: the task ends at once instead
        # of when neato would have finished (about 10 s here).
        waited = time.time() - t0
        check(waited < 5, "Cancel stops neato at once (%.1f s after the click)" % waited)
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


def test_filters(gui):
    s = gui.dump()
    n0, e0 = s["nodes"]["visible"], s["edges"]["visible"]
    persons = [n for n in s["nodeList"] if n["type"] == "PERSON" and n["visible"]]
    person_colour = hex_rgb(persons[0]["color"]) if persons else (0, 0, 0)
    px0 = colour_pixels(gui, s, person_colour)
    check(len(persons) >= 3 and px0 > 20, "%d people drawn (%d pixels of their colour)" %
          (len(persons), px0))
    s = toggle(gui, "filters.type.PERSON", lambda s: "PERSON" not in s["filter"]["types"])
    check("PERSON" not in s["filter"]["types"] and s["nodes"]["visible"] == n0 - len(persons),
          "unticking People hides them (%d -> %d)" % (n0, s["nodes"]["visible"]))
    px1 = colour_pixels(gui, s, person_colour)
    check(px1 < px0 / 10, "their colour leaves the canvas (%d -> %d pixels)" % (px0, px1))
    s = toggle(gui, "filters.type.PERSON", lambda s: "PERSON" in s["filter"]["types"])
    check(s["nodes"]["visible"] == n0 and s["edges"]["visible"] == e0, "ticking brings them back")
    px2 = colour_pixels(gui, s, person_colour)
    check(px2 > px0 * 0.8, "and their colour returns (%d pixels)" % px2)

    s = ctrl_click_type(gui, "filters.minMentions", "2",
                        lambda s: s["filter"]["minMentions"] == 2)
    want = sum(1 for n in s["nodeList"] if n["mentions"] >= 2)
    check(s["filter"]["minMentions"] == 2 and s["nodes"]["visible"] == want < n0,
          "Min mentions 2 keeps the %d entities mentioned twice or more (%d)" %
          (want, s["nodes"]["visible"]))
    s = ctrl_click_type(gui, "filters.minMentions", "0",
                        lambda s: s["filter"]["minMentions"] == 0)
    check(s["filter"]["minMentions"] == 0 and s["nodes"]["visible"] == n0, "and 0 shows all again")

    # The Filters panel scrolls (one row per entity type): bring each box into view first.
    scroll_to(gui, "filters.cooccurrence", "Filters")
    s = toggle(gui, "filters.cooccurrence", lambda s: not s["filter"]["cooccurrence"])
    e1 = s["edges"]["visible"]
    check(not s["filter"]["cooccurrence"] and e1 < e0,
          "co-occurrence links off: fewer links (%d -> %d)" % (e0, e1))
    bright0 = colour_pixels(gui, s, (0, 0, 0), 60)  # dark background points
    scroll_to(gui, "filters.hideIsolated", "Filters")
    s = toggle(gui, "filters.hideIsolated", lambda s: s["filter"]["hideIsolated"])
    n1 = s["nodes"]["visible"]
    check(s["filter"]["hideIsolated"] and 0 < n1 < n0,
          "hide isolated: entities without a shown link go (%d -> %d)" % (n0, n1))
    bright1 = colour_pixels(gui, s, (0, 0, 0), 60)
    check(bright1 > bright0, "the canvas has more background where they were (%d -> %d)" %
          (bright0, bright1))
    toggle(gui, "filters.hideIsolated", lambda s: not s["filter"]["hideIsolated"])
    s = toggle(gui, "filters.cooccurrence", lambda s: s["filter"]["cooccurrence"])
    check(s["nodes"]["visible"] == n0 and s["edges"]["visible"] == e0,
          "both back on: every entity and link is shown again")


def test_article_filter(gui):
    """The Filters panel's Articles section: unticking one article hides exactly the
    entities no other article mentions (and links), ticking it brings them back; None
    empties the canvas and All restores it."""
    s = gui.dump()
    n0, e0, total = s["nodes"]["visible"], s["edges"]["visible"], s["articles"]
    if not check(scroll_to(gui, "filters.articles", "Filters") is not None,
                 "the Articles section header is in the Filters panel"):
        return
    click_when(gui, "filters.articles")
    s = settle(gui, lambda s: "filters.article.0" in s["widgets"])
    # The article that alone mentions the most entities.
    only = [sum(1 for n in s["nodeList"] if n["articles"] == [a]) for a in range(total)]
    a = max(range(total), key=lambda k: only[k])
    want = sum(1 for n in s["nodeList"] if any(k != a for k in n["articles"]))
    if not check(scroll_to(gui, "filters.article.%d" % a, "Filters") is not None,
                 "article %d's box is in the panel" % a):
        return
    s = toggle(gui, "filters.article.%d" % a, lambda s: s["filter"]["articlesShown"] == total - 1)
    vis = {n["index"] for n in s["nodeList"] if n["visible"]}
    check(s["filter"]["articlesShown"] == total - 1 and s["nodes"]["visible"] == want < n0 and
          s["edges"]["visible"] < e0,
          "unticking article %d hides the %d entities only it mentions (%d -> %d) and links "
          "(%d -> %d)" % (a, only[a], n0, s["nodes"]["visible"], e0, s["edges"]["visible"]))
    check(all(n["visible"] == any(k != a for k in n["articles"]) for n in s["nodeList"]) and
          all(e["a"] in vis and e["b"] in vis for e in s["edgeList"] if e["visible"]),
          "exactly the entities of the other articles are shown, and links between them")
    s = toggle(gui, "filters.article.%d" % a, lambda s: s["filter"]["articlesShown"] == total)
    check(s["nodes"]["visible"] == n0 and s["edges"]["visible"] == e0,
          "ticking it brings them back (%d entities, %d links)" % (n0, e0))
    for button, shown in (("none", 0), ("all", total)):
        w = scroll_to(gui, "filters.articles." + button, "Filters")
        if not check(w is not None, "the %s button is in the panel" % button):
            return
        click(*centre(w))
        s = settle(gui, lambda s: s["filter"]["articlesShown"] == shown)
        if shown == 0:
            check(s["nodes"]["visible"] == 0 and s["edges"]["visible"] == 0,
                  "None hides everything (%d entities shown)" % s["nodes"]["visible"])
        else:
            check(s["nodes"]["visible"] == n0 and s["edges"]["visible"] == e0,
                  "All shows it again (%d entities)" % s["nodes"]["visible"])
    w = scroll_to(gui, "filters.articles", "Filters")
    if w is not None:
        click(*centre(w))  # fold the section again


def ring_points(n, gap=5):
    r = n["rpx"] + gap
    return [(n["sx"] + r, n["sy"]), (n["sx"] - r, n["sy"]), (n["sx"], n["sy"] - r),
            (n["sx"], n["sy"] + r)]


def test_search_highlight(gui):
    """Search rings its matches on the canvas while the panel is open."""
    xdo("key", "--delay", "1", "ctrl+f")
    s = settle(gui, lambda s: "search.query" in s["widgets"])
    xdo("type", "--delay", "30", "council")
    s = settle(gui, lambda s: s["search"]["query"] == "council")
    matches = [n for n in s["nodeList"] if "council" in n["name"].lower()]
    check(s["search"]["matches"] == len(matches) >= 2, "Search finds the %d councils (%d)" %
          (len(matches), s["search"]["matches"]))
    # The panel opens over the middle of the canvas: move it to the top left corner, where
    # it hides no more of the graph than the other panels do.
    w = window(s, "Search")
    if w is not None:
        g.drag(w["x0"] + 60, w["y0"] + w["titleHeight"] / 2, 68, 30 + w["titleHeight"] / 2)
        s = gui.dump()
    move(W - 5, 25)
    raw = screen(os.path.join(gui.workdir, "search.png"))

    def ringed(n):
        return sum(close(pixel(raw, x, y), SEARCH_RING, 70) for x, y in ring_points(n)) >= 3
    shown = [n for n in open_nodes(s, 14) if not any(panels_cover(s, x, y, 2)
                                                      for x, y in ring_points(n))]
    hits = [n["name"] for n in shown if n in matches and ringed(n)]
    check(any(n in matches for n in shown) and
          len(hits) == len([n for n in shown if n in matches]),
          "the matches on screen are ringed: %s" % hits)
    others = [n["name"] for n in shown if n not in matches and ringed(n)]
    check(not others, "no other node is ringed: %s" % others)
    close_panel(gui, "Search")
    raw = screen()
    gone = [n["name"] for n in shown if n in matches and ringed(n)]
    check(not gone, "closing Search takes the rings away: %s" % gone)


def path_pair(state, prefer="Ingrid Solberg"):
    """Two uniquely named entities two or more links apart over the shown edges (BFS on
    the dump's edge list), preferring `prefer` as the start; with the hop count."""
    nodes = state["nodeList"]
    names = [n["name"] for n in nodes]
    unique = {i for i, n in enumerate(names) if names.count(n) == 1}
    adj = {i: set() for i in range(len(nodes))}
    for e in state["edgeList"]:
        if e["visible"]:
            adj[e["a"]].add(e["b"])
            adj[e["b"]].add(e["a"])
    best = None
    starts = sorted(unique, key=lambda i: (names[i] != prefer, names[i]))
    for a in starts:
        dist, todo = {a: 0}, [a]
        for i in todo:
            for j in adj[i]:
                if j not in dist:
                    dist[j] = dist[i] + 1
                    todo.append(j)
        far = [j for j in dist if j in unique and dist[j] >= 2]
        if far:
            b = max(far, key=lambda j: (min(dist[j], 3), -j))
            if best is None or min(dist[b], 3) > best[2]:
                best = (names[a], names[b], min(dist[b], 3))
            if best[2] >= 2:
                return best[0], best[1], dist[b], adj, names
    return None


def test_path_and_articles(gui):
    picked = path_pair(gui.dump())
    if not check(picked is not None, "two entities two links apart to find a path between"):
        return
    a, b, hops, adj, names = picked
    # Move the Path panel over the (finished) Filters panel and fit: the canvas is clear.
    w = window(gui.dump(), "Path")
    if check(w is not None, "the Path panel is open"):
        g.drag(w["x0"] + 60, w["y0"] + w["titleHeight"] / 2, 68, 30 + w["titleHeight"] / 2)
        move(W - 5, 25)
        hold("f")
    g.type_into(gui, "path.from", a)
    g.type_into(gui, "path.to", b)
    g.click_widget(gui, "path.find")
    s = settle(gui, lambda s: s["path"])
    index = {n: i for i, n in enumerate(names)}
    linked = all(index[p] in adj[index[q]] for p, q in zip(s["path"], s["path"][1:])
                 if p in index and q in index)
    check(s["path"][:1] == [a] and s["path"][-1:] == [b] and len(s["path"]) == hops + 1 and
          linked, "the shortest path %s -> %s (%d links): %s" % (a, b, hops, s["path"]))
    steps = s.get("pathSteps", [])
    for st in steps:
        sentence = st.get("sentence", "").lower()  # a dateline names a place in capitals
        check(any(w.lower() in sentence for w in st["from"].split()) and
              any(w.lower() in sentence for w in st["to"].split()),
              "evidence for %s -> %s names both: %r" % (st["from"], st["to"], sentence))
    check(all("path.sentence%d" % k in s["widgets"] for k in range(len(steps))) and steps,
          "the Path panel lists each step's sentence")
    # The path's edges are drawn in the highlight colour.
    move(W - 5, 25)
    raw = screen(os.path.join(gui.workdir, "path.png"))
    # Per step, points along the middle of its edge (a co-occurrence edge is dashed, so
    # about half of them fall between dashes): enough of them in the highlight colour.
    per_step = []
    for st in steps:
        p, q = node(s, st["from"]), node(s, st["to"])
        samples = hits = 0
        for k in range(4, 37):
            t = k / 40
            x, y = p["sx"] + (q["sx"] - p["sx"]) * t, p["sy"] + (q["sy"] - p["sy"]) * t
            if panels_cover(s, x, y, 2) or not (0 < x < W and 30 < y < H - 40):
                continue
            if any((n["sx"] - x) ** 2 + (n["sy"] - y) ** 2 < (n["rpx"] + 4) ** 2
                   for n in s["nodeList"] if n["visible"]):
                continue
            samples += 1
            hits += close(pixel(raw, x, y), HIGHLIGHT, 70)
        per_step.append((st["from"], st["to"], hits, samples))
    check(any(n >= 8 for _, _, _, n in per_step) and
          all(h >= n * 0.35 for _, _, h, n in per_step),
          "the path's edges are highlighted on the canvas: %s" % per_step)
    # Elsewhere (points between two nodes off the path) no highlight colour; a midpoint
    # where the edge crosses a path edge (the layout may put one there) is no evidence.
    path_segments = [(node(s, p), node(s, q)) for p, q in zip(s["path"], s["path"][1:])]

    def on_path_edge(x, y, pad=6):
        for p, q in path_segments:
            dx, dy = q["sx"] - p["sx"], q["sy"] - p["sy"]
            t = max(0.0, min(1.0, ((x - p["sx"]) * dx + (y - p["sy"]) * dy) /
                             max(dx * dx + dy * dy, 1e-9)))
            if (p["sx"] + t * dx - x) ** 2 + (p["sy"] + t * dy - y) ** 2 < pad * pad:
                return True
        return False

    off = [(m, n) for m, n in ((node(s, e["from"]), node(s, e["to"])) for e in s["edgeList"]
                               if e["visible"]) if not (m["name"] in s["path"] and
                                                        n["name"] in s["path"])]
    mids = [(m["name"], n["name"], (m["sx"] + n["sx"]) / 2, (m["sy"] + n["sy"]) / 2)
            for m, n in off]
    stray = [(a, b) for a, b, x, y in mids
             if not panels_cover(s, x, y, 2) and not on_path_edge(x, y) and
             close(pixel(raw, x, y), HIGHLIGHT, 50)]
    check(not stray, "edges off the path are not highlighted: %s" % stray)
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
    s = settle(gui, lambda s: "openArticle" in s and "articles.text" in s["widgets"])
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
        s = settle(gui, lambda s: s["selection"])
        check([x["name"] for x in s["selection"]] == [s["nodeList"][i]["name"]],
              "clicking the mention of %s selects it" % s["nodeList"][i]["name"])
    # Another article from the list.
    other = 1 - s.get("openArticle", 0) if s.get("articles", 0) > 1 else None
    if other is not None and g.click_widget(gui, "articles.row%d" % other):
        s = settle(gui, lambda s: s.get("openArticle") == other)
        check(s.get("openArticle") == other, "the list opens article %d" % other)


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
        test_article_filter(gui)
        test_search_highlight(gui)
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
    workdir = g.x_workdir(args.keep)
    if workdir is None:
        return g.SKIP
    if args.only in (None, "open"):
        test_open(binary, workdir, args.xdnd and os.path.abspath(args.xdnd))
    if args.only in (None, "panels"):
        test_panels(binary, workdir)
    return g.exit_status(workdir)


if __name__ == "__main__":
    sys.exit(main())
