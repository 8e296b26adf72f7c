#!/usr/bin/env python3
"""Builds the project's gold corpus from its marked-up sources.

  tools/build_corpus.py [--check] [--root DIR]

Reads corpus/src/*.ann.txt (articles with inline markup, see corpus/README.md),
strips the markup into corpus/articles/<name>.txt and writes corpus/gold.jsonl,
one document per article in the format of FORMAT.md. With --check nothing is
written: the script fails when the files on disk differ from what it would write.

Markup: [[LABEL text]] for a span, [[LABEL|value=V|mod=M text]] for a temporal
span, [[O text]] for text deliberately left unannotated (a distractor); the
label or key list ends at the first space, the text runs to the next "]]".

Every build checks the gold: offsets slice back to the span text, no spans
overlap, labels are known, temporal spans carry a TIMEX3-shaped value and a
known mod, no entity span starts with a determiner or ends with a possessive,
a weekday named in a span agrees with its value, the header date, publisher
and byline are annotated, and every string annotated as an entity is
annotated (or marked [[O ...]]) wherever else it occurs as a whole word in the
same article, and so is the surname of every person named in full. Exit status 1 on any problem.
"""
import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

LABELS = {"PERSON", "ORG", "PROGRAMME", "GPE", "LOC", "MISC", "DATE", "TIME", "DURATION", "SET"}
TEMPORAL = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
VALUE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|[0-9X]{1,4}(-([0-9X]{2}|W[0-9X]{2}|Q[1-4X]|H[12X]|SP|SU|FA|WI))?(-([0-9X]{2}|WE|[1-7]))?"
    r"(T([0-9X]{2}(:[0-9X]{2}(:[0-9X]{2}(\.[0-9]+)?)?)?|MO|AF|EV|NI|DT)(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?"
    r"|P([0-9.X]+[YMWDHSECL]|T[0-9.X]+[HMS]|[0-9.X]+(CE|DE|ML|Q|H|WE))+"
    r"|P[0-9X]+Y[0-9X]+M(?:[0-9X]+D)?|T[0-9X]{2}(:[0-9X]{2})?|T(MO|AF|EV|NI|DT))$")
MARK = re.compile(r"\[\[([A-Z]+)((?:\|[a-z]+=[^|\s\]]+)*) ((?:(?!\]\]|\[\[).)+?)\]\]", re.S)
HEADER = re.compile(r"^ ?date (\d{4}-\d{2}-\d{2}) By (.+)$")
BYLINE = re.compile(r"^By (\S.*)$")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DETERMINERS = ("the ", "The ", "a ", "A ", "an ", "An ")
POSSESSIVES = ("'s", "\u2019s", "'", "\u2019")


def parse(source, name):
    """Strips the markup of one source; returns (text, spans, outside, problems)."""
    out, spans, outside, problems = [], [], [], []
    pos = length = 0
    for m in MARK.finditer(source):
        chunk = source[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        label, keys, body = m.group(1), m.group(2), m.group(3)
        start, end = length, length + len(body)
        out.append(body)
        length = end
        pos = m.end()
        if label == "O":
            if keys:
                problems.append(f"{name}: [[O {body}]] takes no keys")
            outside.append((start, end))
            continue
        span = {"start": start, "end": end, "label": label, "text": body}
        for kv in filter(None, keys.split("|")):
            k, v = kv.split("=", 1)
            if k not in ("value", "mod") or k in span:
                problems.append(f"{name}: {body!r}: unknown or repeated key {k!r}")
            span[k] = v
        spans.append(span)
    out.append(source[pos:])
    text = "".join(out)
    for token in ("[[", "]]"):
        if token in text:
            line = text[:text.index(token)].count("\n") + 1
            problems.append(f"{name}: unparsed markup {token!r} on line {line}")
    return text, spans, outside, problems


def check_span(text, s, name):
    """Problems with one span taken on its own."""
    p = []
    where = f"{name}: {s['label']} {s['text']!r} at {s['start']}"
    if text[s["start"]:s["end"]] != s["text"]:
        p.append(f"{where}: slice differs")
    if s["text"] != s["text"].strip():
        p.append(f"{where}: leading or trailing space")
    if s["label"] not in LABELS:
        p.append(f"{where}: unknown label")
    if s["label"] in TEMPORAL:
        v = s.get("value")
        if v is None or not VALUE.match(v):
            p.append(f"{where}: missing or malformed value {v!r}")
        if "mod" in s and s["mod"] not in MODS:
            p.append(f"{where}: unknown mod {s['mod']!r}")
        date = re.match(r"^(\d{4})-(\d{2})-(\d{2})", v or "")
        named = [d for d in WEEKDAYS if re.search(rf"\b{d}\b", s["text"])]
        if date and named:
            actual = WEEKDAYS[datetime.date(*map(int, date.groups())).weekday()]
            if named[0] != actual:
                p.append(f"{where}: value {v} is a {actual}")
    else:
        if "value" in s or "mod" in s:
            p.append(f"{where}: value or mod on a non-temporal span")
        if s["text"].startswith(DETERMINERS):
            p.append(f"{where}: starts with a determiner")
        if s["text"].endswith(POSSESSIVES):
            p.append(f"{where}: ends with a possessive")
    return p


def check_document(text, spans, outside, name):
    """Problems across the spans of one document."""
    p = []
    last = None
    for s in sorted(spans, key=lambda s: s["start"]):
        if last and s["start"] < last["end"]:
            p.append(f"{name}: {s['text']!r} overlaps {last['text']!r}")
        last = s
        p += check_span(text, s, name)
    covered = [(s["start"], s["end"]) for s in spans] + outside
    exact = {(s["start"], s["end"]) for s in spans}
    entities = {s["text"] for s in spans if s["label"] not in TEMPORAL}
    # A person named in full is usually mentioned again by surname alone.
    entities |= {s["text"].split()[-1] for s in spans
                 if s["label"] == "PERSON" and " " in s["text"] and not s["text"].endswith(".")}
    for entity in sorted(entities):
        for m in re.finditer(rf"(?<!\w){re.escape(entity)}(?!\w)", text):
            if (m.start(), m.end()) in exact:
                continue
            if any(a <= m.start() and m.end() <= b for a, b in covered):
                continue
            line = text[:m.start()].count("\n") + 1
            p.append(f"{name}: {entity!r} on line {line} is not annotated (mark it or wrap it in [[O ...]])")
    return p


def header_meta(text, spans, name):
    """meta for a document: dct and publisher from the header, byline when present."""
    p = []
    lines = text.split("\n")
    m = HEADER.match(lines[0])
    if not m:
        return {}, [f"{name}: first line is not a 'date YYYY-MM-DD By Publisher' header"]
    meta = {"dct": m.group(1), "publisher": m.group(2)}
    want = [("DATE", m.start(1), m.end(1)), ("ORG", m.start(2), m.end(2))]
    offset = len(lines[0]) + 1
    for line in lines[1:]:
        if line.strip():
            b = BYLINE.match(line)
            if b and len(b.group(1).split()) <= 6:
                meta["byline"] = b.group(1)
                want.append(("PERSON", offset + b.start(1), offset + b.end(1)))
            break
        offset += len(line) + 1
    have = {(s["label"], s["start"], s["end"]) for s in spans}
    for label, a, b in want:
        if (label, a, b) not in have:
            p.append(f"{name}: header or byline {text[a:b]!r} is not a {label} span")
    for s in spans:
        if (s["label"], s["start"], s["end"]) == ("DATE", want[0][1], want[0][2]) and s.get("value") != meta["dct"]:
            p.append(f"{name}: header date value {s.get('value')!r} differs from the dct")
    return meta, p


def build(root):
    """Builds everything in memory: ({path: content}, problems, label counts)."""
    src = root / "corpus" / "src"
    files, docs, problems, counts = {}, [], [], Counter()
    sources = sorted(src.glob("*.ann.txt"))
    if not sources:
        problems.append(f"no sources in {src}")
    for path in sources:
        name = path.name[:-len(".ann.txt")] + ".txt"
        source = path.read_text(encoding="utf-8")
        if "\r" in source or source.startswith("\ufeff"):
            problems.append(f"{name}: carriage return or BOM in the source")
        text, spans, outside, p = parse(source, name)
        problems += p
        problems += check_document(text, spans, outside, name)
        meta, p = header_meta(text, spans, name)
        problems += p
        ordered = []
        for s in sorted(spans, key=lambda s: s["start"]):
            o = {k: s[k] for k in ("start", "end", "label", "text")}
            for k in ("value", "mod"):
                if k in s:
                    o[k] = s[k]
            ordered.append(o)
            counts[s["label"]] += 1
        files[f"corpus/articles/{name}"] = text
        docs.append({"id": name, "text": text, "meta": meta, "spans": ordered})
    files["corpus/gold.jsonl"] = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    return files, problems, counts, len(docs)


def main():
    args = sys.argv[1:]
    if "-h" in args or "--help" in args:
        print(__doc__.strip())
        return
    # (an option it does not know is an error, not a build: "--help" once rebuilt the corpus)
    known = {"--check", "--root"}
    for k, a in enumerate(args):
        if a.startswith("-") and a not in known or a == "--root" and k + 1 >= len(args):
            print(f"build_corpus.py: unknown option or missing value: {a}\nusage: tools/build_corpus.py [--check] [--root DIR]",
                  file=sys.stderr)
            sys.exit(2)
        if not a.startswith("-") and (k == 0 or args[k - 1] != "--root"):
            print(f"build_corpus.py: unexpected argument: {a}\nusage: tools/build_corpus.py [--check] [--root DIR]", file=sys.stderr)
            sys.exit(2)
    check = "--check" in args
    root = Path(args[args.index("--root") + 1]) if "--root" in args else Path(__file__).resolve().parent.parent
    files, problems, counts, ndocs = build(root)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problems; nothing written", file=sys.stderr)
        sys.exit(1)
    stale = []
    articles = root / "corpus" / "articles"
    expected = {root / rel for rel in files}
    leftovers = [p for p in articles.glob("*.txt") if p not in expected] if articles.exists() else []
    for rel, content in files.items():
        path = root / rel
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != content:
            stale.append(rel)
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(content)
    for p in leftovers:
        stale.append(str(p.relative_to(root)))
        if not check:
            p.unlink()
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"{ndocs} documents, {sum(counts.values())} spans ({summary})")
    if check and stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        sys.exit(1)
    if stale and not check:
        print("wrote " + ", ".join(stale))


if __name__ == "__main__":
    main()
