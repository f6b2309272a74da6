"""The `open` group of gui_panels_test.py: File -> Open's in-app browser, drag and drop
(XDND, through xdnd_drop), fast typing and held keys, a large import with progress."""
import os
import shutil
import subprocess
import time

from gui_steps import (DATA, W, H, g, check, xdo, hold, move, click, screen, fast_chord,  # noqa
                       centre, close_panel, double_click, names_of, write_settings, settle,
                       click_when)


def write_many_articles(folder, count=600, paragraphs=300):
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
        s = settle(gui, lambda s: s["panels"]["open"] and "open.path" in s["widgets"])
        check(s["panels"]["open"], "Ctrl+O opens the Open articles browser")
        check(s.get("openPanel", {}).get("folder") == os.path.join(g.SOURCE_DIR, "tests", "data"),
              "it starts in the last folder: %r" % s.get("openPanel"))
        # A typed path that does not exist: a message, nothing opened.
        g.type_into(gui, "open.path", "/nonexistent/articles")
        s = settle(gui, lambda s: s.get("openPanel", {}).get("error"))
        check("does not exist" in s.get("openPanel", {}).get("error", ""),
              "a missing typed path is reported: %r" % s.get("openPanel"))
        # A typed folder: listed.
        g.type_into(gui, "open.path", DATA)
        s = settle(gui, lambda s: s.get("openPanel", {}).get("folder") == DATA)
        check(s.get("openPanel", {}).get("folder") == DATA, "Enter on a typed folder lists it")
        check(all("open.entry." + e in s["widgets"] for e in ("folder", "pick", "drop")),
              "its sub-folders are listed: %s" %
              sorted(k for k in s["widgets"] if k.startswith("open.entry.")))
        # Double-click goes into a folder; "Open this folder" reads it on the worker.
        entry = s["widgets"].get("open.entry.pick")
        if entry:
            double_click(*centre(entry))
        s = settle(gui, lambda s: "open.entry.fishery-report.txt" in s["widgets"])
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
        click_when(gui, "open.up")
        s = settle(gui, lambda s: s.get("openPanel", {}).get("folder") == DATA)
        check(s.get("openPanel", {}).get("folder") == DATA, "Up goes to the parent folder")
        entry = s["widgets"].get("open.entry.folder")
        if entry:
            double_click(*centre(entry))
        s = settle(gui, lambda s: s.get("openPanel", {}).get("folder") ==
                   os.path.join(DATA, "folder"))
        check(s.get("openPanel", {}).get("folder") == os.path.join(DATA, "folder"),
              "double-click enters folder/")
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

        # Fast typing: Ctrl+F as one quick chord and the query typed at once after it, 1 ms
        # a key, two quick Backspaces, a quick Return and more keys straight after it:
        # nothing is lost (the input latch; the Search field's focus frames).
        xdo("key", "--delay", "1", "ctrl+f")
        xdo("type", "--delay", "1", "henrik aasXY")
        xdo("key", "--delay", "1", "BackSpace", "BackSpace")
        # The keys queue up in the latch and are applied a frame each (an idle window
        # wakes every 100 ms): wait for them, but every one must arrive.
        s = gui.wait_for(lambda s: s["search"]["query"] == "henrik aas", 10,
                         "the fast keystrokes to be applied")
        check(s["panels"]["search"], "a fast Ctrl+F opens Search")
        check(s["search"]["query"] == "henrik aas", "every fast keystroke arrived: %r" %
              s["search"]["query"])
        xdo("key", "--delay", "1", "Return")
        xdo("type", "--delay", "1", "en")
        s = gui.wait_for(lambda s: s["selection"] and s["search"]["query"] == "henrik aasen",
                         10, "Enter to select and the keys after it")
        check([x["name"] for x in s["selection"]] == ["Henrik Aasen"],
              "a quick Enter selects the new entity: %s" % [x["name"] for x in s["selection"]])
        check(s["search"]["query"] == "henrik aasen",
              "keys typed right after Enter reach the field: %r" % s["search"]["query"])
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
        settle(gui, lambda s: "open.path" in s["widgets"])
        g.type_into(gui, "open.path", big)
        s = settle(gui, lambda s: s.get("openPanel", {}).get("folder") == big)
        check(s.get("openPanel", {}).get("folder") == big, "the typed folder is listed")
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
        # two different readings while it runs: the import can finish within a second on
        # a quiet machine, so more samples are not guaranteed
        check(len(progress) >= 2 and max(progress) > min(progress),
              "the import reports its progress as it goes: %s" % sorted(progress))
        check(s["articles"] == articles + 600 and s["nodes"]["total"] > before,
              "the 600 articles are added (%s articles, %d -> %d nodes)" %
              (s["articles"], before, s["nodes"]["total"]))
        check(s["errors"] == [] or s["errors"][-1] == "no article could be read",
              "no new errors: %s" % s["errors"])
        shutil.rmtree(big, ignore_errors=True)  # 16 MB
        screen(os.path.join(workdir, "open.png"))
        rc = gui.quit_with_ctrl_q()
        check(rc == 0, "Ctrl+Q quits (rc %s)" % rc)
    finally:
        gui.kill()
