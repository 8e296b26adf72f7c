#!/usr/bin/env python3
"""Load time of a gazetteer of one million entries (issue "Speed": under 2 s).

  python3 tools/bench_gazetteer_load.py [--entries 1000000] [--runs 5] [--dir bench-out/gazetteer-1m]
                                        [--binary .build/release/gazette] [--json]

Writes a gazetteer folder in the format of Gazetteers/README.md: the shipped lists
(copied, manifest first) plus generated entry lists that bring the number of entry
names (aliases included, counted as the loader counts them) to --entries. The
generated names are made, with a fixed seed, from the words of the shipped lists:
person names (first name and surname), organizations (words of the English lexicon
and a head such as "Holdings", some with an acronym alias written in capitals and a
canonical form), and places (names of countries-cldr.tsv in every script, combined
with a surname or a compass word, hyphenated, with apostrophes and periods, or in
scripts without spaces, so that every path of the loader is exercised; about a tenth
of the names need the ICU tokenizer).

Then runs `gazette annotate --timing --gazetteers DIR --input-format jsonl -` on an
empty input --runs times under /usr/bin/time with the compiled-gazetteer cache off
(GAZETTE_CACHE=off: the lists are compiled) and --runs times with a cache in a
temporary folder (filled by one run first), and prints the medians of the load time
the binary reports, the wall time of the process and its peak resident memory.
The folder is rebuilt only when it is missing or was made with other settings.
"""
import argparse, json, os, random, shutil, statistics, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTEERS = ROOT / "Gazetteers"
SEED = 7
HEADS = ["Holdings", "Group", "Foundation", "Institute", "Corporation", "Bank", "Agency", "Council",
         "Partners", "Industries", "Trust", "Association", "Systems", "Energy", "Logistics", "Media"]
COMPASS = ["North", "South", "East", "West", "Upper", "Lower", "New", "Old", "Greater", "Central"]
CJK = "東西南北山川田中村木林森高橋本小大原石井上下江海島浜野口谷松竹梅花京都阪神戸"
THAI = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวสหอฮะาิีึืุูเแโใไ"


def words(file):
    return [l.split("\t")[0].strip() for l in (GAZETTEERS / file).read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]


def shipped_entry_count(manifest):
    """Entry names (with aliases) of the shipped entry lists, as the loader counts them."""
    total = 0
    for file, kind in manifest:
        if kind != "entries":
            continue
        for line in (GAZETTEERS / file).read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if not fields[0].strip(" \r") or line.startswith("#"):
                continue
            total += 1
            if len(fields) > 2:
                total += sum(1 for a in fields[2].split("|") if a.strip(" \r"))
    return total


def generate(directory, entries):
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    manifest_lines = (GAZETTEERS / "manifest.tsv").read_text(encoding="utf-8").splitlines()
    manifest = []
    for line in manifest_lines:
        fields = line.split("\t")
        if line and not line.startswith("#") and len(fields) == 4 and fields[0] != "file":
            manifest.append((fields[0], fields[1]))
            shutil.copy(GAZETTEERS / fields[0], directory / fields[0])
    rng = random.Random(SEED)
    first = [w.title() for w in words("cue-first-names.txt")]
    last = [w.title() for w in words("cue-surnames.txt")]
    lexicon = [w.title() for w in words("lexicon-common.txt") if w.isalpha()]
    places = words("countries-cldr.tsv")
    remaining = entries - shipped_entry_count(manifest)
    # Shares of the generated names: persons, organizations, places.
    budget = {"big-persons.tsv": remaining * 4 // 10, "big-orgs.tsv": remaining * 3 // 10}
    budget["big-places.tsv"] = remaining - sum(budget.values())
    seen = set()

    def unique(make):
        while True:
            name = make()
            if name not in seen:
                seen.add(name)
                return name

    with (directory / "big-persons.tsv").open("w", encoding="utf-8") as f:
        for _ in range(budget["big-persons.tsv"]):
            name = unique(lambda: f"{rng.choice(first)} {rng.choice(last)}"
                          + (f" {rng.choice(last)}" if rng.random() < 0.2 else ""))
            f.write(f"{name}\t\t\tgenerated\n")
    with (directory / "big-orgs.tsv").open("w", encoding="utf-8") as f:
        n = budget["big-orgs.tsv"]
        while n > 0:
            name = unique(lambda: " ".join([rng.choice(lexicon) for _ in range(rng.randint(1, 3))]
                                           + [rng.choice(HEADS)]))
            if n >= 2 and rng.random() < 0.25:
                # An acronym alias written in capitals (matched in capitals only) and a canonical form.
                acronym = "".join(p[0] for p in name.split() if p[0].isalpha()).upper() + rng.choice("XYZQ")
                f.write(f"{name}\t{name} Ltd.\t{acronym}\tgenerated\n")
                n -= 2
            else:
                f.write(f"{name}\t\t\tgenerated\n")
                n -= 1
    with (directory / "big-places.tsv").open("w", encoding="utf-8") as f:
        for i in range(budget["big-places.tsv"]):
            kind = i % 10
            if kind < 4:
                make = lambda: f"{rng.choice(places)} {rng.choice(last)}"
            elif kind < 6:
                make = lambda: f"{rng.choice(COMPASS)} {rng.choice(places)}"
            elif kind == 6:
                make = lambda: f"{rng.choice(last)}-{rng.choice(places)}"
            elif kind == 7:
                make = lambda: f"{rng.choice(last)}'s {rng.choice(lexicon)}" if rng.random() < 0.5 \
                    else f"St. {rng.choice(last)}"
            elif kind == 8:
                make = lambda: "".join(rng.choice(CJK) for _ in range(rng.randint(2, 5)))
            else:
                make = lambda: "".join(rng.choice(THAI) for _ in range(rng.randint(3, 8)))
            f.write(f"{unique(make)}\t\t\tgenerated\n")
    # The generated lists come after the shipped ones, so shipped names keep their label.
    text = "\n".join(manifest_lines) + "\n"
    text += "big-persons.tsv\tentries\tPERSON\tacronyms\nbig-orgs.tsv\tentries\tORG\tacronyms\n"
    text += "big-places.tsv\tentries\tGPE\tacronyms\n"
    (directory / "manifest.tsv").write_text(text, encoding="utf-8")
    (directory / "SETTINGS").write_text(f"entries {entries} seed {SEED}\n", encoding="utf-8")


def run_once(binary, directory, cache):
    """One run with the compiled-gazetteer cache in the folder `cache`, or with none (None)."""
    env = dict(os.environ, GAZETTE_CACHE=str(cache) if cache else "off")
    p = subprocess.run(["/usr/bin/time", "-f", "time %e %M", str(binary), "annotate", "--timing", "--gazetteers",
                        str(directory), "--input-format", "jsonl", "-"], stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True, env=env)
    lines = p.stderr.decode().splitlines()
    load = next(int(l.split()[1]) for l in lines if l.startswith("load "))
    wall, kb = next(l.split()[1:] for l in lines if l.startswith("time "))
    return load, float(wall) * 1000, int(kb) / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dir", type=Path, default=ROOT / "bench-out" / "gazetteer-1m")
    ap.add_argument("--binary", type=Path, default=ROOT / ".build" / "release" / "gazette")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a line")
    a = ap.parse_args()
    if not a.binary.exists():
        sys.exit(f"bench_gazetteer_load: {a.binary} is missing; swift build -c release --product gazette")
    settings = a.dir / "SETTINGS"
    if not settings.exists() or settings.read_text() != f"entries {a.entries} seed {SEED}\n":
        generate(a.dir, a.entries)
    # Compiled from the lists (no cache), then read from a cache the first run fills.
    runs = [run_once(a.binary, a.dir, None) for _ in range(a.runs)]
    with tempfile.TemporaryDirectory() as cache:
        run_once(a.binary, a.dir, cache)
        cached = [run_once(a.binary, a.dir, cache) for _ in range(a.runs)]
    result = {"entries": a.entries, "runs": a.runs,
              "load_ms": statistics.median(r[0] for r in runs),
              "wall_ms": statistics.median(r[1] for r in runs),
              "peak_rss_mb": statistics.median(r[2] for r in runs),
              "cached_load_ms": statistics.median(r[0] for r in cached),
              "cached_peak_rss_mb": statistics.median(r[2] for r in cached)}
    if a.json:
        print(json.dumps(result))
    else:
        print(f"gazetteer of {a.entries} entries ({a.dir}): load {result['load_ms']:.0f} ms, process "
              f"{result['wall_ms']:.0f} ms, peak resident memory {result['peak_rss_mb']:.0f} MB; from the cache: "
              f"load {result['cached_load_ms']:.0f} ms, {result['cached_peak_rss_mb']:.0f} MB "
              f"(medians of {a.runs} runs; target: load under 2000 ms)")


if __name__ == "__main__":
    main()
