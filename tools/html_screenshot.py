#!/usr/bin/env python3
"""Renders Gazette's HTML pages and checks them in a real browser (headless Chromium).

For each page: load it, fail on any console message (an error, an exception), count
the <mark> elements in the DOM Chromium built against the spans of the input, make
sure the page has no element or attribute the writer did not write (no <img>, one
<script>, no external src/href), take a screenshot; then hover a span of an entity
that occurs twice (a mouseover event dispatched by an appended script) and check that
the tooltip shows and that both spans of the entity are outlined. On the large page,
follow a contents link and check where the section lands.

Pages: the made-up examples of tools/examples (annotated.jsonl, overlapping.jsonl)
through `gazette render`; the same documents through `gazette annotate --format
html`; the seed example article of ../shared/examples when that folder exists;
1,000 documents, to see that a large page loads; and the report of `gazette eval
--html` for corpus/gold.jsonl against a copy damaged by this script (spans dropped,
shifted, relabelled, revalued and added), where the marks of each error class must
number what the evaluator counted, and the "only documents with errors" filter must
hide exactly the documents without one.

Usage: tools/html_screenshot.py [--out DIR] [--no-build]
Needs: chromium (Debian: apt-get install chromium). Exit status 1 on any failure.
"""
import argparse
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "tools", "examples")
SHARED_EXAMPLES = os.path.join(ROOT, "..", "shared", "examples")
GAZETTE = os.path.join(ROOT, ".build", "debug", "gazette")

# Dispatches a mouseover on the first span whose entity has another span in its
# document, as a pointer would; written into a copy of the page, never the page.
HOVER_SCRIPT = """<script>
(function () {
  var marks = document.querySelectorAll("mark[data-e]");
  for (var i = 0; i < marks.length; i++) {
    var m = marks[i], id = m.getAttribute("data-e"), n = 0;
    var same = m.closest("article").querySelectorAll("mark[data-e]");
    for (var j = 0; j < same.length; j++) if (same[j].getAttribute("data-e") === id) n++;
    if (n < 2) continue;
    var r = m.getBoundingClientRect();
    m.dispatchEvent(new MouseEvent("mouseover", {bubbles: true, clientX: r.left + 8, clientY: r.bottom - 2}));
    document.body.setAttribute("data-hovered", id);
    document.body.setAttribute("data-expected", String(n));
    return;
  }
})();
</script>
"""


# Records where a section lands after the browser followed the URL's anchor.
ANCHOR_SCRIPT = """<script>
window.addEventListener("load", function () {
  setTimeout(function () {
    var top = document.getElementById("%s").getBoundingClientRect().top;
    var head = document.querySelector("header.top").offsetHeight;
    document.body.setAttribute("data-anchor", top + " " + head + " " + window.scrollY);
  }, 500);
});
</script>
"""


class Failures:
    def __init__(self):
        self.items = []

    def check(self, ok, message):
        print(("  ok    " if ok else "  FAIL  ") + message)
        if not ok:
            self.items.append(message)


class DOMCounter(html.parser.HTMLParser):
    """Counts elements of the DOM Chromium dumps, and the attributes that load things."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = {}
        self.marks = 0
        self.continued = 0
        self.outlined = 0
        self.external = []
        self.tip_hidden = None
        self.tip_text = None
        self._in_tip = False
        self.body = {}
        self.kinds = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        classes = (a.get("class") or "").split()
        if tag == "mark":
            self.marks += 1
            self.continued += "cont" in classes
            self.outlined += "same" in classes
            if "cont" not in classes:
                for c in classes:
                    if c.startswith("x-"):
                        self.kinds[c[2:]] = self.kinds.get(c[2:], 0) + 1
        if tag == "body":
            self.body = a
        for name in ("src", "srcset", "action", "formaction", "poster", "data"):
            if name in a:
                self.external.append(f"<{tag} {name}>")
        if "href" in a and not (a["href"] or "").startswith("#"):
            self.external.append(f"<{tag} href={a['href']}>")
        if any(n.startswith("on") for n in a):
            self.external.append(f"<{tag}> with an on* handler")
        if a.get("id") == "tip":
            self.tip_hidden = "hidden" in a
            self._in_tip = True
            self.tip_text = ""

    def handle_endtag(self, tag):
        if tag == "div":
            self._in_tip = False

    def handle_data(self, data):
        if self._in_tip:
            self.tip_text += data


def chromium(args, profile, size="1280,1000"):
    """Runs headless Chromium; returns (stdout, console lines, seconds)."""
    command = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + size,
               "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0"] + args
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    elapsed = time.monotonic() - started
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    if done.returncode != 0:
        console.append(f"chromium exited with {done.returncode}: {done.stderr[-500:]}")
    return done.stdout, console, elapsed


def spans_in(paths):
    total = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    total += len(json.loads(line).get("spans", []))
    return total


def check_page(name, page, expected_marks, out, profile, failures, size="1280,1000"):
    print(f"{name}: {os.path.relpath(page, ROOT) if page.startswith(ROOT) else page}"
          f" ({os.path.getsize(page) // 1024} KiB)")
    url = "file://" + page
    dom, console, seconds = chromium(["--dump-dom", url], profile)
    failures.check(not console, f"no console messages ({len(console)}){': ' + console[0] if console else ''}")
    counter = DOMCounter()
    counter.feed(dom)
    spans = counter.marks - counter.continued
    if expected_marks is not None:
        failures.check(spans == expected_marks, f"{spans} span elements for {expected_marks} spans")
    failures.check(counter.tags.get("img", 0) == 0, f"no <img> ({counter.tags.get('img', 0)})")
    failures.check(counter.tags.get("script", 0) == 1, f"one <script> ({counter.tags.get('script', 0)})")
    failures.check(counter.tags.get("style", 0) == 1, f"one <style> ({counter.tags.get('style', 0)})")
    failures.check(not counter.external, f"nothing loaded from elsewhere {counter.external[:3]}")
    print(f"  info  loaded and dumped in {seconds:.1f} s: {counter.tags.get('article', 0)} articles, "
          f"{counter.marks} mark elements")
    shot = os.path.join(out, name + ".png")
    _, console, _ = chromium(["--screenshot=" + shot, url], profile, size)
    failures.check(os.path.exists(shot) and not console, f"screenshot {os.path.relpath(shot, ROOT)}")
    return counter


def check_hover(name, page, out, profile, failures):
    hover_page = os.path.join(out, name + "-hover.html")
    with open(page, encoding="utf-8") as f:
        text = f.read()
    with open(hover_page, "w", encoding="utf-8") as f:
        f.write(text.replace("</body></html>", HOVER_SCRIPT + "</body></html>"))
    url = "file://" + hover_page
    dom, console, _ = chromium(["--dump-dom", url], profile)
    failures.check(not console, f"hover: no console messages{': ' + console[0] if console else ''}")
    counter = DOMCounter()
    counter.feed(dom)
    hovered = counter.body.get("data-hovered")
    expected = int(counter.body.get("data-expected") or 0)
    failures.check(hovered is not None, f"hover: a span of entity {hovered!r} hovered")
    failures.check(counter.tip_hidden is False and bool(counter.tip_text),
                   f"hover: tooltip shown: {(counter.tip_text or '').splitlines()[:2]}")
    failures.check(counter.outlined == expected, f"hover: {counter.outlined} spans outlined, expected {expected}")
    shot = os.path.join(out, name + "-hover.png")
    _, console, _ = chromium(["--screenshot=" + shot, url], profile)
    failures.check(os.path.exists(shot) and not console, f"hover screenshot {os.path.relpath(shot, ROOT)}")


def check_anchor(name, page, anchor, out, profile, failures):
    """Follows a contents link: the section must land just below the sticky header.

    (Headless screenshots do not show a page scrolled to an anchor, so this is measured.)
    """
    probe = os.path.join(out, name + "-anchor.html")
    with open(page, encoding="utf-8") as f:
        text = f.read()
    with open(probe, "w", encoding="utf-8") as f:
        f.write(text.replace("</body></html>", ANCHOR_SCRIPT % anchor + "</body></html>"))
    dom, console, _ = chromium(["--virtual-time-budget=3000", "--dump-dom", f"file://{probe}#{anchor}"], profile)
    counter = DOMCounter()
    counter.feed(dom)
    measured = counter.body.get("data-anchor", "").split()
    ok = not console and len(measured) == 3 and abs(float(measured[0]) - float(measured[1])) < 4 and float(measured[2]) > 0
    failures.check(ok, f"#{anchor}: section top, header height, scroll = {measured}")
    os.remove(probe)


def check_detector(page, out, profile, failures):
    """The console check must catch a failing script, or it proves nothing."""
    broken = os.path.join(out, "detector-check.html")
    with open(page, encoding="utf-8") as f:
        text = f.read()
    with open(broken, "w", encoding="utf-8") as f:
        f.write(text.replace("</body></html>", "<script>notDefinedAnywhere();</script></body></html>"))
    _, console, _ = chromium(["--dump-dom", "file://" + broken], profile)
    failures.check(any("notDefinedAnywhere" in line for line in console),
                   "the console check catches an uncaught exception")
    os.remove(broken)


# Ticks the "only documents with errors" box as a user would, then records how many
# articles are still displayed.
FILTER_SCRIPT = """<script>
window.addEventListener("load", function () {
  document.getElementById("only-errors").click();
  var shown = 0, all = document.querySelectorAll("article.doc");
  for (var i = 0; i < all.length; i++) if (getComputedStyle(all[i]).display !== "none") shown++;
  document.body.setAttribute("data-shown", shown + " " + all.length);
});
</script>
"""


def damage(gold_path, pred_path):
    """Writes a prediction file made from gold with every kind of error, deterministically.

    Every third document is left intact, so that the filter has something to hide.
    """
    relabel = {"PERSON": "ORG", "ORG": "GPE", "GPE": "LOC", "LOC": "GPE", "PROGRAMME": "ORG",
               "DATE": "DURATION", "DURATION": "DATE", "TIME": "DATE", "SET": "DURATION", "MISC": "ORG"}
    with open(gold_path, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    with open(pred_path, "w", encoding="utf-8") as out:
        for n, doc in enumerate(docs):
            spans = []
            for k, span in enumerate(doc.get("spans", [])):
                s = {key: span[key] for key in ("start", "end", "label", "value", "mod") if key in span}
                case = (k + n) % 9 if n % 3 else -1
                if case == 1:
                    continue  # missed
                if case == 2 and s["end"] - s["start"] > 2:
                    s["end"] -= 1  # boundary
                elif case == 3:
                    s["label"] = relabel.get(s["label"], "MISC")  # label
                elif case == 4 and "value" in s:
                    s["value"] = s["value"] + "X"  # value
                spans.append(s)
            if n % 3:
                # spurious: the first word of the second paragraph, unless gold has a span there
                cut = doc["text"].find("\n\n") + 2
                word = cut + len(doc["text"][cut:].split(" ")[0])
                if cut > 1 and not any(sp["start"] < word and cut < sp["end"] for sp in doc["spans"]):
                    spans.append({"start": cut, "end": word, "label": "MISC"})
            out.write(json.dumps({"id": doc["id"], "spans": spans}, ensure_ascii=False) + "\n")


def check_eval(gold, out, profile, failures):
    """The evaluation report: marks per error class against the evaluator's counts, the filter."""
    pred = os.path.join(out, "eval-pred.jsonl")
    damage(gold, pred)
    page = os.path.join(out, "eval.html")
    done = subprocess.run([GAZETTE, "eval", "--gold", gold, pred, "--json", "--errors", "--html", page],
                          capture_output=True, text=True)
    failures.check(done.returncode == 0, f"gazette eval --html -> {done.returncode} {done.stderr.strip()[:300]}")
    report = json.loads(done.stdout)
    micro = report["micro"]["strict"]
    errors = report["errors"]
    pairs = [e for e in errors if "gold" in e and "predicted" in e]
    expected = {"missed": micro["missed"], "spurious": micro["spurious"],
                "correct": micro["correct"] - sum(1 for e in pairs if e["kinds"] == ["value"]),
                "gold": len(pairs)}
    for kind in ("boundary", "label", "value"):
        expected[kind] = sum(1 for e in pairs if kind in e["kinds"])
    marks = micro["spurious"] + micro["missed"] + 2 * len(pairs) + expected["correct"]
    counter = check_page("eval", page, marks, out, profile, failures, size="1280,1600")
    for kind, n in expected.items():
        failures.check(counter.kinds.get(kind, 0) == n, f"{counter.kinds.get(kind, 0)} x-{kind} marks, evaluator: {n}")
    failures.check(all(n > 0 for n in expected.values()), f"every class occurs: {expected}")
    check_hover("eval", page, out, profile, failures)
    probe = os.path.join(out, "eval-filter.html")
    with open(page, encoding="utf-8") as f:
        text = f.read()
    with open(probe, "w", encoding="utf-8") as f:
        f.write(text.replace("</body></html>", FILTER_SCRIPT + "</body></html>"))
    dom, console, _ = chromium(["--dump-dom", "file://" + probe], profile)
    filtered = DOMCounter()
    filtered.feed(dom)
    shown = [int(x) for x in filtered.body.get("data-shown", "-1 -1").split()]
    with_errors = len({e["document"] for e in errors} | set(report["gold_without_prediction"]))
    failures.check(not console and shown == [with_errors, report["documents"]],
                   f"filter: {shown[0]} of {shown[1]} articles shown, {with_errors} have errors")
    shot = os.path.join(out, "eval-filter.png")
    _, console, _ = chromium(["--screenshot=" + shot, "file://" + probe], profile, size="1280,1600")
    failures.check(os.path.exists(shot) and not console, f"filter screenshot {os.path.relpath(shot, ROOT)}")
    os.remove(probe)


def run(command, failures, expect_status=(0,)):
    done = subprocess.run(command, capture_output=True, text=True)
    failures.check(done.returncode in expect_status,
                   " ".join(os.path.relpath(c, ROOT) if c.startswith(ROOT) else c for c in command)
                   + f" -> {done.returncode}{' ' + done.stderr.strip()[:300] if done.returncode not in expect_status else ''}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(ROOT, ".build", "html-screenshots"))
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    if not args.no_build:
        subprocess.run(["swift", "build", "--product", "gazette"], cwd=ROOT, check=True)
    failures = Failures()
    examples = [os.path.join(EXAMPLES, "annotated.jsonl"), os.path.join(EXAMPLES, "overlapping.jsonl")]

    with tempfile.TemporaryDirectory(prefix="gazette-chromium-") as profile:
        page = os.path.join(out, "render.html")
        run([GAZETTE, "render", *examples, "--output", page, "--title", "Gazette examples"], failures)
        check_page("render", page, spans_in(examples), out, profile, failures)
        check_hover("render", page, out, profile, failures)
        check_detector(page, out, profile, failures)

        page = os.path.join(out, "annotate.html")
        annotated = os.path.join(out, "annotate.jsonl")
        run([GAZETTE, "annotate", examples[0], "--output", annotated], failures)
        run([GAZETTE, "annotate", "--format", "html", examples[0], "--output", page], failures)
        check_page("annotate", page, spans_in([annotated]), out, profile, failures)

        if os.path.isdir(SHARED_EXAMPLES):
            page = os.path.join(out, "seed.html")
            seed = os.path.join(out, "seed.jsonl")
            run([GAZETTE, "annotate", SHARED_EXAMPLES, "--output", seed], failures)
            run([GAZETTE, "annotate", "--format", "html", SHARED_EXAMPLES, "--output", page], failures)
            check_page("seed", page, spans_in([seed]), out, profile, failures)
        else:
            print("seed: ../shared/examples not found, skipped")

        big = os.path.join(out, "thousand.jsonl")
        with open(examples[0], encoding="utf-8") as f:
            docs = [json.loads(line) for line in f if line.strip()]
        with open(big, "w", encoding="utf-8") as f:
            for k in range(1000):
                doc = dict(docs[k % len(docs)])
                doc["id"] = f"{k + 1:04d}-{doc['id']}"
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        page = os.path.join(out, "thousand.html")
        run([GAZETTE, "render", big, "--output", page], failures)
        check_page("thousand", page, spans_in([big]), out, profile, failures)
        check_anchor("thousand", page, "d500", out, profile, failures)

        check_eval(os.path.join(ROOT, "corpus", "gold.jsonl"), out, profile, failures)

    if failures.items:
        print(f"{len(failures.items)} check(s) failed")
        return 1
    print(f"all checks passed; screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
