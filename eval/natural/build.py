#!/usr/bin/env python3
"""Build the natural benchmark's articles from clusters.toml and the saved search answers.

For every cluster in eval/natural/clusters.toml, each article's excerpt is taken from the
saved answer file it names (eval/natural/answers/<answer>, matched by URL) and written to
target/natural/<cluster-id>/<n>.md (n counts from 1 in the order of the cluster's articles),
with front matter (id, lang, date when known, url).

The excerpts come from a search tool that prefixes some of them with a date line
(" date 2023-09 ..."); that prefix is metadata, not article text, and is dropped.

The script also checks every label: its two URLs must be articles of its cluster, and its two
surface strings must occur in those articles' text (after normalising spaces and case).

Exit status: 0 when every article was written and every label checks out, 1 otherwise (a
missing answer file, a URL not found in its answer, a label that does not check out).

Python 3.11+ standard library only (tomllib).
"""

import argparse
import json
import re
import shutil
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

DATE_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}(?:-\d{2})?\s+")


def norm(s: str) -> str:
    """Spaces (incl. non-breaking and thin ones) collapsed, case folded, apostrophes unified."""
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"\s+", " ", s)
    return s.strip().casefold()


def load_clusters(path: Path) -> list[dict]:
    with open(path, "rb") as f:
        data = tomllib.load(f)
    return data.get("cluster", [])


def clean_excerpt(text: str) -> str:
    text = DATE_PREFIX.sub("", text, count=1)
    return text.strip() + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clusters", default=str(HERE / "clusters.toml"))
    ap.add_argument("--answers", default=str(HERE / "answers"))
    ap.add_argument("--out", default=str(ROOT / "target" / "natural"))
    args = ap.parse_args()

    clusters = load_clusters(Path(args.clusters))
    answers_dir = Path(args.answers)
    out_dir = Path(args.out)

    missing_answers: set[str] = set()
    problems: list[str] = []
    cache: dict[str, dict] = {}
    n_articles = 0
    n_labels = 0

    ids = [c["id"] for c in clusters]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        problems.append(f"duplicate cluster ids: {sorted(dup)}")

    for c in clusters:
        cid = c["id"]
        cdir = out_dir / cid
        if cdir.exists():
            shutil.rmtree(cdir)
        texts: dict[str, str] = {}
        urls = [a["url"] for a in c.get("article", [])]
        if len(set(urls)) != len(urls):
            problems.append(f"{cid}: the same URL is listed twice")
        if not 2 <= len(urls) <= 6:
            problems.append(f"{cid}: {len(urls)} articles (expected 2 to 6)")
        for n, a in enumerate(c.get("article", []), start=1):
            ans = a["answer"]
            path = answers_dir / ans
            if ans not in cache:
                if not path.exists():
                    missing_answers.add(ans)
                    continue
                cache[ans] = json.loads(path.read_text(encoding="utf-8"))
            answer = cache[ans]
            if answer.get("query") != a.get("query"):
                problems.append(
                    f"{cid}-{n}: query in clusters.toml differs from {ans}'s "
                    f"({a.get('query')!r} vs {answer.get('query')!r})"
                )
            hit = next((r for r in answer.get("results", []) if r.get("url") == a["url"]), None)
            if hit is None:
                problems.append(f"{cid}-{n}: {a['url']} is not among the results of {ans}")
                continue
            body = clean_excerpt(hit["excerpt"])
            texts[a["url"]] = body
            fm = [f"id: {cid}-{n}", f"lang: {a['lang']}"]
            if a.get("date"):
                fm.append(f"date: {a['date']}")
            fm.append(f"url: {a['url']}")
            cdir.mkdir(parents=True, exist_ok=True)
            (cdir / f"{n}.md").write_text("---\n" + "\n".join(fm) + "\n---\n" + body, encoding="utf-8")
            n_articles += 1

        for i, lab in enumerate(c.get("label", []), start=1):
            n_labels += 1
            where = f"{cid} label {i} ({lab.get('what', '?')})"
            if lab.get("kind") not in ("figure", "date"):
                problems.append(f"{where}: kind must be figure or date")
            if not isinstance(lab.get("conflict"), bool):
                problems.append(f"{where}: conflict must be true or false")
            if lab.get("a_url") == lab.get("b_url"):
                problems.append(f"{where}: both sides come from the same article")
            for side in ("a", "b"):
                url = lab.get(f"{side}_url")
                if url not in urls:
                    problems.append(f"{where}: {side}_url is not an article of the cluster")
                    continue
                if url not in texts:
                    continue  # its answer is missing; reported above
                if norm(lab[side]) not in norm(texts[url]):
                    problems.append(f"{where}: {side} = {lab[side]!r} not found in its article")

    if missing_answers:
        print(
            "MISSING answer files (restore them into "
            f"{answers_dir}): {', '.join(sorted(missing_answers))}",
            file=sys.stderr,
        )
    for p in problems:
        print(f"problem: {p}", file=sys.stderr)
    print(
        f"{len(clusters)} clusters, {n_articles} articles written to {out_dir}, "
        f"{n_labels} labels checked"
    )
    return 1 if (missing_answers or problems) else 0


if __name__ == "__main__":
    sys.exit(main())
