#!/usr/bin/env python3
"""Score crosscheck on the natural benchmark.

Runs `crosscheck check target/natural/<cluster> --format json --fail-on never` on every cluster
of eval/natural/clusters.toml (build the articles first with eval/natural/build.py) and matches
the findings of kind `figure` and `date` against the cluster's labels.

A finding matches a label (of the same kind) when one of its claims is in the article of the
label's `a_url` and its text is contained in side `a` (or contains it), and another of its
claims is in the article of `b_url` and matches side `b` the same way. Texts are compared
after normalising spaces (non-breaking ones included), apostrophes and case.

Per kind:
  TP            conflict labels matched by at least one finding
  FN            conflict labels matched by none
  false alarms  findings that match an agreement label (conflict = false) and no conflict label
  unlabelled    findings that match no label (listed, for a human to judge)
  precision     TP / (TP + false alarms + unlabelled)
  precision*    TP / (TP + false alarms), ignoring unlabelled findings
  recall        TP / (TP + FN)

Name-spelling findings are listed per cluster, not scored.

Python 3.11+ standard library only.
"""

import argparse
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
KINDS = ("figure", "date")


def norm(s: str) -> str:
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"\s+", " ", s)
    return s.strip().casefold()


def text_matches(claim_text: str, side: str) -> bool:
    c, s = norm(claim_text), norm(side)
    return bool(c) and (c in s or s in c)


def label_matches(finding: dict, label: dict, ids: dict[str, str]) -> bool:
    """ids: url -> article id."""
    if finding.get("kind") != label["kind"]:
        return False
    a_id, b_id = ids[label["a_url"]], ids[label["b_url"]]
    claims = finding.get("claims", [])
    a_hits = [i for i, c in enumerate(claims) if c.get("article") == a_id and text_matches(c.get("text", ""), label["a"])]
    b_hits = [i for i, c in enumerate(claims) if c.get("article") == b_id and text_matches(c.get("text", ""), label["b"])]
    return any(i != j for i in a_hits for j in b_hits)


def run_crosscheck(binary: str, cluster_dir: Path) -> dict:
    proc = subprocess.run(
        [binary, "check", str(cluster_dir), "--format", "json", "--fail-on", "never"],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{binary} failed on {cluster_dir} (exit {proc.returncode}): {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def short(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "crosscheck"), help="crosscheck binary")
    ap.add_argument("--clusters", default=str(HERE / "clusters.toml"))
    ap.add_argument("--articles", default=str(ROOT / "target" / "natural"), help="folder written by build.py")
    ap.add_argument("--details", metavar="FILE", help="write every finding with its match status as JSONL")
    ap.add_argument("--cluster", action="append", help="score only this cluster id (repeatable)")
    args = ap.parse_args()

    with open(args.clusters, "rb") as f:
        clusters = tomllib.load(f).get("cluster", [])
    if args.cluster:
        clusters = [c for c in clusters if c["id"] in set(args.cluster)]
    if not Path(args.bin).exists():
        print(f"no crosscheck binary at {args.bin} (cargo build --release, or --bin PATH)", file=sys.stderr)
        return 2

    stats = {k: {"labels": 0, "agreements": 0, "tp": 0, "fn": 0, "fa": 0, "unl": 0, "tp_findings": 0} for k in KINDS}
    unlabelled: list[str] = []
    missed: list[str] = []
    false_alarms: list[str] = []
    spelling: dict[str, list[str]] = {}
    details = []

    for c in clusters:
        cid = c["id"]
        cdir = Path(args.articles) / cid
        if not cdir.is_dir():
            print(f"missing {cdir}: run eval/natural/build.py first", file=sys.stderr)
            return 2
        ids = {a["url"]: f"{cid}-{n}" for n, a in enumerate(c.get("article", []), start=1)}
        labels = c.get("label", [])
        report = run_crosscheck(args.bin, cdir)
        findings = report.get("findings", [])
        matched_conflicts: set[int] = set()

        for f in findings:
            kind = f.get("kind")
            claims = f.get("claims", [])
            claim_desc = [{"article": cl.get("article"), "text": cl.get("text")} for cl in claims]
            if kind not in KINDS:
                spelling.setdefault(cid, []).append(
                    f"{f.get('rule')}: {f.get('subject')} — " + " | ".join(sorted({cl.get('text', '') for cl in claims}))
                )
                details.append({"cluster": cid, "rule": f.get("rule"), "kind": kind, "subject": f.get("subject"),
                                "status": "not-scored", "labels": [], "claims": claim_desc})
                continue
            hits = [i for i, lab in enumerate(labels) if label_matches(f, lab, ids)]
            conf = [i for i in hits if labels[i]["conflict"]]
            agree = [i for i in hits if not labels[i]["conflict"]]
            if conf:
                status = "tp"
                matched_conflicts.update(conf)
                stats[kind]["tp_findings"] += 1
            elif agree:
                status = "false-alarm"
                stats[kind]["fa"] += 1
                for i in agree:
                    false_alarms.append(f"{cid} [{f.get('rule')}] {labels[i]['what']}: "
                                        f"{labels[i]['a']!r} / {labels[i]['b']!r}")
            else:
                status = "unlabelled"
                stats[kind]["unl"] += 1
                texts = " | ".join(f"{cl.get('article', '').rsplit('-', 1)[-1]}:{short(cl.get('text', ''), 40)}" for cl in claims)
                unlabelled.append(f"{cid} [{f.get('rule')}] subject={short(str(f.get('subject')), 50)!r} claims: {texts}")
            details.append({"cluster": cid, "rule": f.get("rule"), "kind": kind, "subject": f.get("subject"),
                            "message": f.get("message"), "status": status,
                            "labels": [{"what": labels[i]["what"], "conflict": labels[i]["conflict"]} for i in hits],
                            "claims": claim_desc})

        for i, lab in enumerate(labels):
            k = lab["kind"]
            if lab["conflict"]:
                stats[k]["labels"] += 1
                if i in matched_conflicts:
                    stats[k]["tp"] += 1
                else:
                    stats[k]["fn"] += 1
                    missed.append(f"{cid} [{k}] {lab['what']}: {lab['a']!r} / {lab['b']!r}")
            else:
                stats[k]["agreements"] += 1

    n_labels = sum(len(c.get("label", [])) for c in clusters)
    n_review = sum(1 for c in clusters for lab in c.get("label", []) if lab.get("review"))
    print(f"crosscheck natural benchmark: {len(clusters)} clusters, {n_labels} labels "
          f"({n_review} added after reviewing a first run), binary {args.bin}\n")
    header = f"{'kind':7} {'conflicts':>9} {'agreem.':>7} {'TP':>4} {'FN':>4} {'false al.':>9} {'unlab.':>6} {'precision':>9} {'recall':>7} {'F1':>6} {'prec.*':>7}"
    print(header)
    print("-" * len(header))
    tot = {k: 0 for k in ("labels", "agreements", "tp", "fn", "fa", "unl")}
    rows = [(k, stats[k]) for k in KINDS]
    for k in tot:
        tot[k] = sum(s[k] for _, s in rows)
    for name, s in rows + [("all", tot)]:
        p = ratio(s["tp"], s["tp"] + s["fa"] + s["unl"])
        r = ratio(s["tp"], s["tp"] + s["fn"])
        f1 = None if (p is None or r is None or p + r == 0) else 2 * p * r / (p + r)
        p2 = ratio(s["tp"], s["tp"] + s["fa"])
        print(f"{name:7} {s['labels']:>9} {s['agreements']:>7} {s['tp']:>4} {s['fn']:>4} {s['fa']:>9} {s['unl']:>6} "
              f"{fmt(p):>9} {fmt(r):>7} {fmt(f1):>6} {fmt(p2):>7}")
    print("\nprecision = TP / (TP + false alarms + unlabelled); prec.* ignores unlabelled findings")

    print(f"\nmissed conflicts (FN): {len(missed)}")
    for m in missed:
        print(f"  - {m}")
    print(f"\nfalse alarms (findings on agreement labels): {len(false_alarms)}")
    for m in false_alarms:
        print(f"  - {m}")
    print(f"\nunlabelled findings (judge by hand): {len(unlabelled)}")
    for u in unlabelled:
        print(f"  - {u}")
    print("\nname findings (not scored):")
    for cid in [c["id"] for c in clusters]:
        for s in spelling.get(cid, []):
            print(f"  - {cid}: {s}")

    if args.details:
        with open(args.details, "w", encoding="utf-8") as out:
            for d in details:
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"\ndetails: {len(details)} findings written to {args.details}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
