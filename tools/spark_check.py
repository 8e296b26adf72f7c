#!/usr/bin/env python3
"""Runs Gazette under Apache Spark (local mode) with RDD.pipe and checks that the
output, sorted by id, equals one `gazette annotate` run byte for byte.

  pip install pyspark          (Java 17 is needed; Spark runs in local mode)
  tools/spark_check.py [--docs 3000] [--partitions 8] [--binary .build/release/gazette]

The corpus is corpus/articles (and ../shared/corpora texts when present), repeated
to --docs documents with distinct ids. Each Spark partition is piped through
`gazette annotate --input-format jsonl --jobs 1 -`, the recipe README describes.
"""
import argparse, json, os, subprocess, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(n):
    texts = []
    for p in sorted((ROOT / "corpus" / "articles").glob("**/*.txt")):
        texts.append((p.read_text(encoding="utf-8"), None))
    shared = ROOT.parent / "shared" / "corpora"
    for p in sorted(shared.glob("*/*.jsonl")) if shared.exists() else []:
        for line in p.open(encoding="utf-8"):
            d = json.loads(line)
            texts.append((d["text"], d.get("meta", {}).get("dct")))
    if not texts:
        sys.exit("spark_check: no texts (corpus/articles is empty)")
    docs = []
    for i in range(n):
        text, dct = texts[i % len(texts)]
        doc = {"id": f"doc-{i:06d}", "text": text}
        if dct:
            doc["meta"] = {"dct": dct}
        docs.append(json.dumps(doc, ensure_ascii=False))
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--binary", default=str(ROOT / ".build" / "release" / "gazette"))
    a = ap.parse_args()
    binary = os.path.abspath(a.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"spark_check: {binary} is missing: run `swift build -c release` first")
    docs = corpus(a.docs)

    single = subprocess.run([binary, "annotate", "--input-format", "jsonl", "-"], input="\n".join(docs).encode(),
                            stdout=subprocess.PIPE, check=True).stdout.decode("utf-8").splitlines()

    from pyspark.sql import SparkSession
    spark = SparkSession.builder.master("local[2]").appName("gazette-spark-check").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    t = time.perf_counter()
    rdd = spark.sparkContext.parallelize(docs, a.partitions)
    piped = rdd.pipe(f"{binary} annotate --input-format jsonl --jobs 1 -").collect()
    seconds = time.perf_counter() - t
    spark.stop()

    def by_id(lines):
        return sorted(lines, key=lambda l: json.loads(l)["id"])

    same = by_id(piped) == by_id(single)
    print(f"documents {len(docs)}, partitions {a.partitions}: Spark output {len(piped)} lines in {seconds:.1f} s; "
          f"single run {len(single)} lines; sorted by id, byte-identical: {'yes' if same else 'NO'}")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
