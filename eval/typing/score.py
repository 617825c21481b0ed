#!/usr/bin/env python3
"""Score the entity typing of name claims against the hand labels in eval/typing/labels.tsv.

For every labelled span (source, path, start, end, text, label) the binary's name claim with
exactly that span (same file, same start and end byte offsets, kind person, place or org) is
looked up; a span with no such claim is counted as missed.

Printed: per predicted type its precision (labelled that type / predicted that type), per true
label its recall (predicted that type / labelled that type, missed spans included in the
denominator), how many not-a-name spans were extracted as names, how many labelled spans got no
name claim, and a confusion table. Columns: all spans, ECB+ (English), natural (French).

Offsets are byte offsets into the whole file (front matter included), as crosscheck reports them.
Paths in labels.tsv are relative to the repository root (ECB+ is read from ../shared).

Run from the repository root:
    python3 eval/typing/score.py [--bin target/release/crosscheck] [--details FILE]

Natural texts are rebuilt with eval/natural/build.py when one of the labelled files is missing
(or always with --rebuild-natural).
"""

import argparse
import csv
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
KINDS = ("person", "place", "org")
LABELS = KINDS + ("not-a-name",)
SOURCES = ("ecbplus", "natural")


def norm(p: str) -> str:
    return os.path.normpath(p)


def load_labels(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        r["start"], r["end"] = int(r["start"]), int(r["end"])
        if r["label"] not in LABELS:
            sys.exit(f"bad label {r['label']!r} in {path}")
    return rows


def check_texts(rows: list[dict]) -> int:
    """Warn when a labelled span's text no longer matches the file bytes (the file changed)."""
    bad = 0
    for r in rows:
        data = (ROOT / r["path"]).read_bytes()
        got = data[r["start"]:r["end"]].decode("utf-8", "replace")
        if got != r["text"]:
            bad += 1
            print(f"warning: {r['path']}:{r['start']}-{r['end']} reads {got!r}, "
                  f"labelled text is {r['text']!r}", file=sys.stderr)
    return bad


def extract(binary: str, folders: list[str]) -> dict[tuple[str, int, int], str]:
    """(path, start, end) -> kind, for every person/place/org claim in the folders."""
    spans = {}
    for folder in folders:
        out = subprocess.run([binary, "extract", folder, "--format", "json"], cwd=ROOT,
                             capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"{binary} extract {folder} failed ({out.returncode}):\n{out.stderr}")
        d = json.loads(out.stdout)
        paths = {a["id"]: norm(a["path"]) for a in d["articles"]}
        for c in d["claims"]:
            if c["kind"] in KINDS:
                spans[(paths[c["article"]], c["start"], c["end"])] = c["kind"]
    return spans


def folder_of(r: dict) -> str:
    parts = Path(r["path"]).parts
    if r["source"] == "ecbplus":  # ../shared/corpora/ecbplus/<topic>/<sub>/<file>
        return str(Path(*parts[:-2]))
    return str(Path(*parts[:-1]))  # target/natural/<cluster>/<n>.md


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "-"


def table(rows: list[dict]) -> str:
    groups = {"all": rows}
    for s in SOURCES:
        groups[s] = [r for r in rows if r["source"] == s]
    cols = list(groups)
    lines = []

    def line(name, cells):
        lines.append(f"| {name} | " + " | ".join(cells) + " |")

    line("metric", [f"{c} (n={len(groups[c])})" for c in cols])
    lines.append("|" + "---|" * (len(cols) + 1))
    for k in KINDS:
        line(f"precision {k}", [ratio(sum(r["pred"] == k and r["label"] == k for r in g),
                                      sum(r["pred"] == k for r in g)) for g in groups.values()])
    for k in KINDS:
        line(f"recall {k}", [ratio(sum(r["pred"] == k and r["label"] == k for r in g),
                                   sum(r["label"] == k for r in g)) for g in groups.values()])
    # A not-a-name span that is no claim is right; any other missed span is wrong.
    right = lambda r: r["pred"] == r["label"] or (r["label"] == "not-a-name"
                                                 and r["pred"] == "missed")
    line("accuracy (4 labels; no claim is right for not-a-name, wrong otherwise)",
         [ratio(sum(right(r) for r in g), len(g)) for g in groups.values()])
    line("not-a-name extracted as a name",
         [f"{sum(r['label'] == 'not-a-name' and r['pred'] in KINDS for r in g)}"
          f" of {sum(r['label'] == 'not-a-name' for r in g)}" for g in groups.values()])
    line("labelled spans with no claim", [str(sum(r["pred"] == "missed" for r in g))
                                          for g in groups.values()])
    return "\n".join(lines)


def confusion(rows: list[dict]) -> str:
    preds = KINDS + ("missed",)
    c = Counter((r["label"], r["pred"]) for r in rows)
    out = ["| label \\ predicted | " + " | ".join(preds) + " | total |",
           "|" + "---|" * (len(preds) + 2)]
    for lab in LABELS:
        n = [c[(lab, p)] for p in preds]
        out.append(f"| {lab} | " + " | ".join(map(str, n)) + f" | {sum(n)} |")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default="target/release/crosscheck",
                    help="crosscheck binary (relative to the current folder)")
    ap.add_argument("--labels", default=str(HERE / "labels.tsv"))
    ap.add_argument("--details", metavar="FILE", help="write every span with predicted vs label")
    ap.add_argument("--rebuild-natural", action="store_true",
                    help="always run eval/natural/build.py first")
    args = ap.parse_args()

    binary = str(Path(args.bin).resolve())
    if not Path(binary).exists():
        sys.exit(f"no binary at {binary} (cargo build --release?)")
    rows = load_labels(Path(args.labels))

    nat_missing = any(r["source"] == "natural" and not (ROOT / r["path"]).exists() for r in rows)
    if args.rebuild_natural or nat_missing:
        subprocess.run([sys.executable, str(ROOT / "eval" / "natural" / "build.py")], cwd=ROOT,
                       check=False, stdout=subprocess.DEVNULL)
    missing = [r["path"] for r in rows if not (ROOT / r["path"]).exists()]
    if missing:
        sys.exit(f"{len(missing)} labelled files are missing, e.g. {missing[0]}")
    if check_texts(rows):
        print("warning: some labelled spans no longer match their files; scores may be off",
              file=sys.stderr)

    folders = sorted({folder_of(r) for r in rows})
    spans = extract(binary, folders)
    for r in rows:
        r["pred"] = spans.get((norm(r["path"]), r["start"], r["end"]), "missed")

    print(f"{len(rows)} labelled spans; binary {args.bin}\n")
    print(table(rows))
    print()
    print(confusion(rows))

    if args.details:
        with open(args.details, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                           escapechar="\\")
            w.writerow(["source", "path", "start", "end", "text", "label", "predicted", "ok"])
            for r in rows:
                w.writerow([r["source"], r["path"], r["start"], r["end"], r["text"], r["label"],
                            r["pred"], "yes" if r["pred"] == r["label"] else "no"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
