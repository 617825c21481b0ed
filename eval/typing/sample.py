#!/usr/bin/env python3
"""Draw the span sample that labels.tsv was labelled from (kept for the record).

Runs `crosscheck extract --format json` per ECB+ topic folder and per natural cluster folder,
keeps the name claims (person, place, org), and draws with a fixed seed:
  - ECB+ (English): round-robin over topics, N_EN spans in all;
  - natural (French articles only, front matter `lang: fr`): round-robin over clusters, N_FR spans.
At most 3 spans per article and at most one span per distinct (article, text).
Writes a TSV (source, path, start, end, text) with an empty label column to --out.

Run from /work/main:  python3 eval/typing/sample.py --out /tmp/sample.tsv
"""
import argparse
import json
import random
import subprocess
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ECB = Path("../shared/corpora/ecbplus")
NAT = Path("target/natural")
KINDS = {"person", "place", "org"}
SEED = 20240917
N_EN, N_FR, PER_ARTICLE = 172, 150, 3


def extract(binary, folder):
    out = subprocess.run([binary, "extract", str(folder), "--format", "json"],
                         cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def candidates(binary, folders, lang):
    """topic -> list of (path, start, end, text), one per distinct (article, text) picked at random."""
    rng = random.Random(SEED)
    by_topic = {}
    for topic, folder in folders:
        d = extract(binary, folder)
        arts = {a["id"]: a for a in d["articles"]}
        groups = defaultdict(list)
        for c in d["claims"]:
            a = arts[c["article"]]
            if c["kind"] in KINDS and a["lang"] == lang:
                groups[(a["path"], c["text"])].append((a["path"], c["start"], c["end"], c["text"]))
        items = [rng.choice(v) for _, v in sorted(groups.items())]
        rng.shuffle(items)
        if items:
            by_topic[topic] = items
    return by_topic


def round_robin(by_topic, n):
    picked, per_article = [], defaultdict(int)
    queues = {t: list(v) for t, v in sorted(by_topic.items())}
    while len(picked) < n and any(queues.values()):
        for t in sorted(queues):
            q = queues[t]
            while q:
                item = q.pop(0)
                if per_article[item[0]] < PER_ARTICLE:
                    per_article[item[0]] += 1
                    picked.append(item)
                    break
            if len(picked) >= n:
                break
    return picked


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/crosscheck")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    binary = str((ROOT / args.bin).resolve())
    ecb_topics = sorted((p.name, p) for p in (ROOT / ECB).iterdir() if p.is_dir())
    ecb = candidates(binary, [(t, ECB / t) for t, _ in ecb_topics], "en")
    nat_dirs = sorted(p.name for p in (ROOT / NAT).iterdir() if p.is_dir())
    nat = candidates(binary, [(c, NAT / c) for c in nat_dirs], "fr")
    rows = [("ecbplus",) + r for r in round_robin(ecb, N_EN)]
    rows += [("natural",) + r for r in round_robin(nat, N_FR)]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("source\tpath\tstart\tend\ttext\tlabel\n")
        for r in rows:
            f.write("\t".join(map(str, r)) + "\t\n")
    print(f"{len(rows)} spans ({sum(r[0] == 'ecbplus' for r in rows)} ecbplus, "
          f"{sum(r[0] == 'natural' for r in rows)} natural) written to {args.out}")


if __name__ == "__main__":
    main()
