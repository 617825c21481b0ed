#!/usr/bin/env python3
"""One-slip perturbation benchmark for name findings on real English news (ECB+).

For every ECB+ subtopic folder (`<topic>/<topic>_ecb`, `<topic>/<topic>_ecbplus`) with at least
three articles, the script asks `crosscheck extract` for the folder's name claims, picks target
names that at least two articles use, and makes one edit at a time the way a hurried writer
would: in ONE occurrence of the name, in ONE article, every other occurrence left right. Each
edited folder (a copy under /tmp) is checked with `crosscheck check --format json` and compared
with the report on the untouched folder.

Targets (per folder, drawn with a fixed seed):
  person  a surname (last word of a person claim, at least one claim with a given name before
          it) of >= 5 letters, used in person claims of >= 2 articles
  place   a place claim used by >= 2 articles; the edited word is its longest word, >= 5 letters
  org     an organisation claim used by >= 2 articles; the edited word is its longest word,
          >= 6 letters
  Words the corpus also writes in lower case ("Street", "Department", a headline's "Rehires")
  are not names and are never edited (--keep-common-words edits them too). Up to PER_KIND
  targets of each kind; every spelling class below is applied to each of them, each time in an
  occurrence and at a position drawn afresh.

Error classes (expected rule in brackets):
  drop        one letter dropped, not the first                                [name-spelling]
  double      one letter doubled, anywhere (a capital is doubled in lower case:
              "Nnichols")                                                      [name-spelling]
  swap        two adjacent different letters swapped, from the second on       [name-spelling]
  subst1      one letter replaced by a neighbouring QWERTY key, not the first  [name-spelling]
  subst2      two non-adjacent letters replaced that way; words >= 8 letters   [name-spelling]
  initial     one "Given Surname" written "X. Surname", X the letter after the given name's
              initial; the full name stays in some other occurrence           [name-initial]
  place-once  a drop or a swap in one occurrence of a place, in an article that writes the
              place at least twice, so that article carries both spellings    [name-spelling]
Benign classes (must add no finding):
  surname-only  one "Given Surname" written "Surname"
  accent        an accent removed from a capital of a place name, or an acute added on its
                capital initial vowel ("Atlanta" -> "Átlanta")
  apostrophe    a straight apostrophe in a name made curly, or a curly one straight
  initial, place-once, surname-only, accent and apostrophe draw up to PER_CLASS cases of their
  own per folder from every eligible name.

Scoring:
  caught        a finding of the expected rule cites a claim overlapping the edited bytes of the
                edited article
  new finding   a finding of the edited folder that the untouched folder's report does not
                have: none of its identity (rule, texts and articles of the claims it cites),
                its (rule, subject), and its rule with the set of readings quoted in its
                message is found in the untouched report (so an old disagreement whose counts
                or subject shift with the edit is not new)
  false alarm   for an error class, a new finding that does not cite the edit; for a benign
                class, any new finding
  The table's other columns are explained in print_table.

Usage (Python 3.8+ standard library only; any working directory):
  python3 eval/names/perturb.py [--bin target/release/crosscheck] [--details FILE]
                                [--workers 2] [--keep-common-words]
"""

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "ecbplus"
SEED = 20241203
PER_KIND = 2          # targets of each kind (person, place, org) per folder
PER_CLASS = 2         # cases per folder for the classes that draw their own names
MIN_ARTICLES = 3      # folders with fewer articles are skipped
MIN_LETTERS = {"person": 5, "place": 5, "org": 6}

SPELLING = ["drop", "double", "swap", "subst1", "subst2"]
ERROR_CLASSES = SPELLING + ["initial", "place-once"]
BENIGN_CLASSES = ["surname-only", "accent", "apostrophe"]
EXPECTED_RULE = {c: "name-spelling" for c in SPELLING + ["place-once"]}
EXPECTED_RULE["initial"] = "name-initial"
KINDS = ("person", "place", "org")

# A word of a name: letters, possibly joined by an apostrophe or a hyphen (O'Brien, Jean-Paul).
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
APOSTROPHES = {"'": "’", "’": "'"}

# QWERTY neighbours: same row left and right, the two keys above and the two below.
ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def _qwerty_neighbours():
    out = {}
    for r, row in enumerate(ROWS):
        for i, ch in enumerate(row):
            near = set()
            for j in (i - 1, i + 1):
                if 0 <= j < len(row):
                    near.add(row[j])
            if r > 0:
                near.update(ROWS[r - 1][j] for j in (i, i + 1) if 0 <= j < len(ROWS[r - 1]))
            if r < len(ROWS) - 1:
                near.update(ROWS[r + 1][j] for j in (i - 1, i) if 0 <= j < len(ROWS[r + 1]))
            out[ch] = sorted(near)
    return out


NEIGHBOURS = _qwerty_neighbours()


def letters(word):
    return sum(ch.isalpha() for ch in word)


def words(text):
    return [(m.start(), m.group()) for m in WORD.finditer(text)]


# ---------------------------------------------------------------------------------------------
# Running crosscheck


def run_json(binary, args):
    """Run crosscheck with `args` from the repository root and parse its JSON output."""
    proc = subprocess.run([binary, *args, "--format", "json"], cwd=ROOT,
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"crosscheck {' '.join(args)} failed: {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def check(binary, folder):
    return run_json(binary, ["check", str(folder), "--fail-on", "never"])


def identity(finding):
    """Rule, texts (normalised) and articles of the cited claims, offsets left out."""
    readings = sorted({" ".join(c["text"].split()).lower() for c in finding["claims"]})
    articles = sorted({c["article"] for c in finding["claims"]})
    return finding["rule"], tuple(readings), tuple(articles)


def quoted(finding):
    """The readings the message quotes, in its order."""
    return re.findall(r'"([^"]*)"', finding["message"])


def names_edit(finding, edited):
    """Does the message name the edited text as the reading to fix?

    A name-spelling message quotes the flagged reading first; a name-initial message quotes the
    two initials it finds at odds, so the edit must be one of them.
    """
    flagged = quoted(finding) if finding["rule"] == "name-initial" else quoted(finding)[:1]
    return any(edited in q for q in flagged)


def readings(finding):
    """The rule and the quoted readings of the message, as a set: the disagreement itself.

    Counts, the subject and which reading is flagged change when an edit elsewhere tips the
    balance; the readings compared do not.
    """
    return finding["rule"], frozenset(" ".join(q.split()).lower() for q in quoted(finding))


def cites(finding, article, start, end):
    """Does the finding cite a claim overlapping bytes [start, end) of the article?"""
    return any(c["article"] == article and c["start"] < end and c["end"] > start
               for c in finding["claims"])


# ---------------------------------------------------------------------------------------------
# Targets


class Occurrence:
    """One occurrence of a target word (or of a whole claim) and its byte span in the file."""

    def __init__(self, article, word, start):
        self.article = article          # article id
        self.word = word
        self.start = start              # byte offsets into the whole file, as `extract` gives
        self.end = start + len(word.encode())


def occurrence(claim, char_index=0, word=None):
    """The occurrence of `word` at character `char_index` of the claim (default: the claim)."""
    word = claim["text"] if word is None else word
    offset = claim["start"] + len(claim["text"][:char_index].encode())
    return Occurrence(claim["article"], word, offset)


def common_words(paths):
    """Words the corpus also writes in lower case ("street", "department", "rehires").

    The extractor types some capitalised common words as names (a headline's "Rehires", the
    "Street" of "High Street"); a slip in such a word is not a misspelled name, so targets skip
    them.
    """
    common = set()
    for path in paths:
        for _, word in words(body(path.read_text(encoding="utf-8"))):
            if word[0].islower():
                common.add(word.lower())
    return common


def body(text):
    """The article without its front matter (whose URL is all lower case)."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[end + 5:]
    return text


def longest_word(text, common):
    """The longest word of a name that is not a common word (the first on a tie), or None."""
    found = [w for w in words(text) if w[1].lower() not in common]
    if not found:
        return None
    return max(found, key=lambda w: (letters(w[1]), -w[0]))


def collect_targets(claims, common):
    """kind -> {target name: [Occurrence of its edited word]} for names in >= 2 articles.

    Persons are grouped by surname (so "Brian Nichols" and "Nichols" are one target), places and
    organisations by their whole text. Words in `common` are never edited.
    """
    surnames = set()
    for c in claims:
        if c["kind"] == "person":
            ws = words(c["text"])
            if len(ws) >= 2 and ws[0][1][:1].isupper() and ws[-1][1].lower() not in common:
                surnames.add(ws[-1][1])
    groups = {k: defaultdict(list) for k in KINDS}
    for c in claims:
        kind = c["kind"]
        if kind == "person":
            ws = words(c["text"])
            if ws and ws[-1][1] in surnames:
                idx, word = ws[-1]
                groups[kind][word].append(occurrence(c, idx, word))
        elif kind in ("place", "org"):
            lw = longest_word(c["text"], common)
            if lw:
                groups[kind][" ".join(c["text"].split())].append(occurrence(c, lw[0], lw[1]))
    targets = {}
    for kind in KINDS:
        targets[kind] = {
            name: occs for name, occs in sorted(groups[kind].items())
            if letters(occs[0].word) >= MIN_LETTERS[kind]
            and len({o.article for o in occs}) >= 2
        }
    return targets


def full_name_claims(claims, surname):
    """Person claims written exactly "Given Surname" (given name >= 3 letters, capitalised)."""
    out = []
    for c in claims:
        if c["kind"] != "person":
            continue
        ws = words(c["text"])
        if len(ws) == 2 and ws[1][1] == surname:
            given = ws[0][1]
            if given.isalpha() and len(given) >= 3 and given[0].isupper():
                out.append((c, ws))
    return out


# ---------------------------------------------------------------------------------------------
# Edits. Each returns (new text, description) or None when the word does not allow it.


def _alpha_positions(word, first=1):
    return [i for i in range(first, len(word)) if word[i].isalpha()]


def _neighbour(rng, ch):
    new = rng.choice(NEIGHBOURS[ch.lower()])
    return new.upper() if ch.isupper() else new


def edit_drop(rng, word):
    pos = _alpha_positions(word)
    if not pos:
        return None
    i = rng.choice(pos)
    return word[:i] + word[i + 1:], f"drop {word[i]!r} at {i}"


def edit_double(rng, word):
    pos = _alpha_positions(word, first=0)
    if not pos:
        return None
    i = rng.choice(pos)
    return word[:i + 1] + word[i].lower() + word[i + 1:], f"double {word[i]!r} at {i}"


def edit_swap(rng, word):
    pos = [i for i in range(1, len(word) - 1)
           if word[i].isalpha() and word[i + 1].isalpha()
           and word[i].lower() != word[i + 1].lower()]
    if not pos:
        return None
    i = rng.choice(pos)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:], f"swap at {i}"


def edit_subst1(rng, word):
    pos = [i for i in _alpha_positions(word) if word[i].lower() in NEIGHBOURS]
    if not pos:
        return None
    i = rng.choice(pos)
    chars = list(word)
    chars[i] = _neighbour(rng, word[i])
    return "".join(chars), f"subst {word[i]!r}->{chars[i]!r} at {i}"


def edit_subst2(rng, word):
    if letters(word) < 8:
        return None
    pos = [i for i in _alpha_positions(word) if word[i].lower() in NEIGHBOURS]
    pairs = [(i, j) for i in pos for j in pos if j > i + 1]
    if not pairs:
        return None
    i, j = rng.choice(pairs)
    chars = list(word)
    chars[i] = _neighbour(rng, word[i])
    chars[j] = _neighbour(rng, word[j])
    return "".join(chars), f"subst at {i} and {j}"


EDITS = {"drop": edit_drop, "double": edit_double, "swap": edit_swap,
         "subst1": edit_subst1, "subst2": edit_subst2}

ACUTE = {"A": "Á", "E": "É", "I": "Í", "O": "Ó", "U": "Ú"}


def edit_accent(word):
    """Remove the accent of the first accented capital, or put an acute on a capital vowel."""
    for i, ch in enumerate(word):
        if ch.isupper():
            base = unicodedata.normalize("NFD", ch)[0]
            if base != ch:
                return word[:i] + base + word[i + 1:], f"accent removed from {ch!r}"
    if word[:1] in ACUTE:
        return ACUTE[word[0]] + word[1:], f"acute added on {word[0]!r}"
    return None


# ---------------------------------------------------------------------------------------------
# Cases


def make_case(cls, kind, target, occ, new_text, how):
    """A case replaces the occurrence's bytes in its article with new_text."""
    return {"class": cls, "kind": kind, "target": target, "article": occ.article,
            "start": occ.start, "end": occ.end, "original": occ.word, "new": new_text,
            "how": how}


def spelling_cases(rng, targets):
    """drop, double, swap, subst1, subst2 on up to PER_KIND targets of each kind."""
    cases = []
    for kind in KINDS:
        names = list(targets[kind])
        rng.shuffle(names)
        for name in names[:PER_KIND]:
            occs = targets[kind][name]
            for cls in SPELLING:
                occ = rng.choice(occs)
                edited = EDITS[cls](rng, occ.word)
                if edited and edited[0] != occ.word:
                    cases.append(make_case(cls, kind, name, occ, *edited))
    return cases


def place_once_cases(rng, targets):
    """A drop or swap in one occurrence of a place its article writes at least twice."""
    eligible = []
    for name, occs in targets["place"].items():
        per_article = Counter(o.article for o in occs)
        repeated = [o for o in occs if per_article[o.article] >= 2]
        if repeated:
            eligible.append((name, repeated))
    rng.shuffle(eligible)
    cases = []
    for name, occs in eligible[:PER_CLASS]:
        occ = rng.choice(occs)
        op = rng.choice(["drop", "swap"])
        edited = EDITS[op](rng, occ.word) or EDITS["drop"](rng, occ.word)
        if edited and edited[0] != occ.word:
            cases.append(make_case("place-once", "place", name, occ, edited[0],
                                   f"{op}: {edited[1]}"))
    return cases


def person_cases(rng, claims, targets):
    """initial and surname-only: one "Given Surname" occurrence rewritten."""
    initial, surname_only = [], []
    for surname in targets["person"]:
        full = full_name_claims(claims, surname)
        if full:
            initial.append((surname, full))
            surname_only.append((surname, full))
    cases = []
    rng.shuffle(initial)
    taken = 0
    for surname, full in initial:
        if taken == PER_CLASS:
            break
        # Only a full name that stays written in full somewhere else can contradict the initial.
        keep = [(c, ws) for c, ws in full if "A" <= ws[0][1][0] <= "Z"
                and sum(1 for _, wd in full if wd[0][1] == ws[0][1]) >= 2]
        if not keep:
            continue
        c, ws = rng.choice(keep)
        given = ws[0][1]
        letter = chr((ord(given[0]) - ord("A") + 1) % 26 + ord("A"))
        case = make_case("initial", "person", surname, occurrence(c), f"{letter}. {surname}",
                         f"{given} -> {letter}.")
        case["same_article_full"] = any(
            d["article"] == c["article"] and d is not c for d, _ in full)
        case["shared_surname"] = len({wd[0][1] for _, wd in full}) >= 2
        cases.append(case)
        taken += 1
    rng.shuffle(surname_only)
    for surname, full in surname_only[:PER_CLASS]:
        c, ws = rng.choice(full)
        cases.append(make_case("surname-only", "person", surname, occurrence(c), surname,
                               f"{ws[0][1]} dropped"))
    return cases


def accent_cases(rng, targets):
    """An accent removed or added on a capital of one occurrence of a place."""
    eligible = []
    for name, occs in targets["place"].items():
        edited = edit_accent(occs[0].word)
        if edited:
            eligible.append((name, occs, edited))
    rng.shuffle(eligible)
    cases = []
    for name, occs, (new, how) in eligible[:PER_CLASS]:
        occ = rng.choice(occs)
        cases.append(make_case("accent", "place", name, occ, new, how))
    return cases


def apostrophe_cases(rng, claims):
    """One occurrence of a name with an apostrophe written with the other apostrophe."""
    groups = defaultdict(list)
    for c in claims:
        if c["kind"] in KINDS and any(a in c["text"] for a in APOSTROPHES):
            groups[(c["kind"], c["text"])].append(c)
    # Names written at least twice: the edited occurrence has a twin to be compared with.
    eligible = [(key, cs) for key, cs in sorted(groups.items()) if len(cs) >= 2]
    rng.shuffle(eligible)
    cases = []
    for (kind, text), cs in eligible[:PER_CLASS]:
        c = rng.choice(cs)
        new = "".join(APOSTROPHES.get(ch, ch) for ch in text)
        cases.append(make_case("apostrophe", kind, text, occurrence(c), new,
                               "straight <-> curly"))
    return cases


# ---------------------------------------------------------------------------------------------
# One folder


def article_files(folder):
    return sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt"))


def run_folder(binary, folder, common):
    """Build and run every case of one folder; returns the list of scored cases."""
    rel = folder.relative_to(CORPUS).as_posix()
    rng = random.Random(f"{SEED}/{rel}")
    extracted = run_json(binary, ["extract", str(folder)])
    claims = extracted["claims"]
    id_to_file = {a["id"]: Path(a["path"]).name for a in extracted["articles"]}
    targets = collect_targets(claims, common)
    cases = (spelling_cases(rng, targets) + place_once_cases(rng, targets)
             + person_cases(rng, claims, targets) + accent_cases(rng, targets)
             + apostrophe_cases(rng, claims))

    base = check(binary, folder)["findings"]
    known = ({identity(f) for f in base} | {(f["rule"], f["subject"]) for f in base}
             | {readings(f) for f in base})

    tmp = Path(tempfile.mkdtemp(prefix="cc-names-", dir="/tmp"))
    try:
        copy = tmp / folder.name
        shutil.copytree(folder, copy)
        for case in cases:
            path = copy / id_to_file[case["article"]]
            original = path.read_bytes()
            start, new = case["start"], case["new"].encode()
            if original[start:case["end"]].decode() != case["original"]:
                raise RuntimeError(f"{path.name}: bytes {start}-{case['end']} are not "
                                   f"{case['original']!r}; is the binary reading another copy?")
            end = start + len(new)
            path.write_bytes(original[:start] + new + original[case["end"]:])
            try:
                findings = check(binary, copy)["findings"]
                # What the extractor makes of the edited text: a missed case whose edit is no
                # longer part of a name claim was lost before any rule could compare it.
                after = run_json(binary, ["extract", str(copy)])["claims"]
            finally:
                path.write_bytes(original)
            score(case, findings, known, start, end)
            case["edited_claims"] = [f"{c['kind']}: {c['text']}" for c in after
                                     if c["article"] == case["article"]
                                     and c["start"] < end and c["end"] > start]
            case.update(folder=rel, file=path.name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return cases


def score(case, findings, known, start, end):
    """Fill in caught, the findings on the edit and the false alarms of one case.

    `known` holds the identities, (rule, subject) pairs and readings of the untouched report.
    """
    benign = case["class"] in BENIGN_CLASSES
    expected = EXPECTED_RULE.get(case["class"])
    on_edit, alarms = [], []
    for f in findings:
        new = not ({identity(f), (f["rule"], f["subject"]), readings(f)} & known)
        hit = cites(f, case["article"], start, end)
        if hit:
            on_edit.append(f)
        # An error edit is expected to add a finding on itself; a benign one adds none at all.
        if new and (benign or not hit):
            alarms.append(f)
    caught = [f for f in on_edit if f["rule"] == expected]
    case["caught"] = None if benign else bool(caught)
    case["edit_flagged"] = None if benign else any(names_edit(f, case["new"]) for f in caught)
    case["on_edit"] = [f"{f['rule']}: {f['message']}" for f in on_edit]
    case["false_alarms"] = [f"{f['severity']} {f['rule']}: {f['message']}" for f in alarms]
    case["false_alarm_warn"] = any(f["severity"] in ("warning", "error") for f in alarms)


# ---------------------------------------------------------------------------------------------
# Report


def folders():
    """The subtopic folders with at least MIN_ARTICLES articles, in topic order."""
    found = [d for d in CORPUS.glob("*/*") if d.is_dir() and len(article_files(d)) >= MIN_ARTICLES]

    def key(d):
        return int(d.parent.name), d.name
    return sorted(found, key=key)


def is_name(claims):
    return any(c.split(":")[0] in KINDS for c in claims)


def print_table(cases):
    """The table per class, recall per kind of name, and the initial cases the rule skips.

    flagged   caught cases whose finding names the edited spelling as the one to fix (see
              names_edit); otherwise the finding calls the right spelling wrong, or its
              message is about another pair of readings
    other     missed cases where a finding of another rule cites the edit
    no name   missed cases where the edited text is no longer part of a name claim
    new FA    cases with a false alarm; FA warn+: with one of severity warning or error
    """
    head = (f"{'class':<13} {'cases':>5} {'caught':>6} {'recall':>7} {'flagged':>7} {'other':>6}"
            f" {'no name':>7} {'new FA':>6} {'FA warn+':>8}")
    print(head)
    print("-" * len(head))
    for cls in ERROR_CLASSES + BENIGN_CLASSES:
        cs = [c for c in cases if c["class"] == cls]
        fa = sum(1 for c in cs if c["false_alarms"])
        fa_warn = sum(1 for c in cs if c["false_alarm_warn"])
        if cls in BENIGN_CLASSES:
            caught = recall = flagged = other = lost = "-"
        else:
            n = sum(1 for c in cs if c["caught"])
            caught, recall = str(n), (f"{n / len(cs):.1%}" if cs else "-")
            flagged = str(sum(1 for c in cs if c["edit_flagged"]))
            missed = [c for c in cs if not c["caught"]]
            other = str(sum(1 for c in missed if c["on_edit"]))
            lost = str(sum(1 for c in missed if not is_name(c["edited_claims"])))
        print(f"{cls:<13} {len(cs):>5} {caught:>6} {recall:>7} {flagged:>7} {other:>6} {lost:>7}"
              f" {fa:>6} {fa_warn:>8}")
    errors = [c for c in cases if c["class"] in ERROR_CLASSES]
    n = sum(1 for c in errors if c["caught"])
    print("-" * len(head))
    print(f"{'all errors':<13} {len(errors):>5} {n:>6} {n / max(len(errors), 1):>7.1%}")

    # Recall of the spelling classes by kind of name.
    print()
    print(f"{'recall by kind':<15}" + "".join(f"{k:>16}" for k in KINDS))
    for cls in SPELLING + ["place-once"]:
        row = f"{cls:<15}"
        for kind in KINDS:
            cs = [c for c in cases if c["class"] == cls and c["kind"] == kind]
            n = sum(1 for c in cs if c["caught"])
            row += f"{f'{n}/{len(cs)}' if cs else '-':>16}"
        print(row)

    # The initial rule stays silent by design in two situations; show recall without them.
    init = [c for c in cases if c["class"] == "initial"]
    plain = [c for c in init if not c["same_article_full"] and not c["shared_surname"]]
    if init:
        n = sum(1 for c in plain if c["caught"])
        print(f"\ninitial: {len(init) - len(plain)} of {len(init)} cases have the full name in the"
              f" same article or a surname shared by two given names; on the other {len(plain)}:"
              f" {n} caught")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "crosscheck"),
                    help="crosscheck binary (default: target/release/crosscheck)")
    ap.add_argument("--details", metavar="FILE", help="write every case as a JSON line to FILE")
    ap.add_argument("--workers", type=int, default=2, help="folders run in parallel (default 2)")
    ap.add_argument("--keep-common-words", action="store_true",
                    help="also edit name words the corpus writes in lower case elsewhere")
    args = ap.parse_args()
    binary = str(Path(args.bin).resolve())

    started = time.monotonic()
    todo = folders()
    common = set() if args.keep_common_words else common_words(
        p for d in todo for p in article_files(d))
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        results = list(pool.map(lambda d: run_folder(binary, d, common), todo))
    cases = [c for folder_cases in results for c in folder_cases]

    print(f"{len(todo)} folders, {len(cases)} cases, {time.monotonic() - started:.0f} s\n")
    print_table(cases)

    if args.details:
        fields = ["folder", "file", "class", "kind", "target", "original", "new", "how",
                  "caught", "edit_flagged", "on_edit", "edited_claims", "false_alarms",
                  "same_article_full", "shared_surname"]
        with open(args.details, "w", encoding="utf-8") as out:
            for c in cases:
                row = {k: c[k] for k in fields if k in c}
                row["edited"] = row.pop("new")
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"\ndetails: {args.details}", file=sys.stderr)


if __name__ == "__main__":
    main()
