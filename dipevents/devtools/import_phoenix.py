"""Import the people of the Phoenix country actor dictionary as dated roles
(data/people-phoenix.tsv).

    python -m dipevents.devtools.import_phoenix Phoenix.Countries.actors.txt \
        [-o dipevents/data/people-phoenix.tsv]

Source: openeventdata/petrarch2, petrarch2/data/dictionaries/Phoenix.Countries.actors.txt (MIT
licence, Copyright (c) 2014 Open Event Data Alliance; notice kept in the output's header),
generated in January 2014 from CountryInfo.140130.txt (heads of state and government,
ministers and other office holders, with dates). Fetch it once; the importer runs offline and
gives the same file for the same input.

What is kept: people, that is entries of two words or more whose every role is a state's code
(``RUSGOV``, ``BENGOVEDU``: state, then sector), with the roles that carry a readable date
range. Undated roles (an "elite" tag with no dates would be valid on every day and hide the
dated office) and malformed dates are dropped and counted. A synonym is kept when it is a name,
not a title plus a name ("PRESIDENT_PUTIN"): the resolver reads titles itself. Anyone the
curated files already name is left out, so a curated row is never overridden or merged with.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path

from ..actors.kb import tabari_day
from ..tables import DATA_DIR, read_tsv, read_words, split_list
from . import mit_notice

HEADER = """# People with dated roles imported from the Phoenix country actor dictionary by
# dipevents/devtools/import_phoenix.py (do not edit by hand: edit people.tsv, whose entries win,
# or re-run the importer). Source: openeventdata/petrarch2,
# petrarch2/data/dictionaries/Phoenix.Countries.actors.txt, built in January 2014 from
# CountryInfo.140130.txt: nobody who took office after that is here.
#
""" + mit_notice(2014)
COLUMNS = ["code", "sector", "name", "names", "from", "to", "role"]
# CAMEO sectors the knowledge base uses; others ("ELI", elites) leave the sector empty.
SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "BUS", "MED", "CVL",
                     "LAB", "EDU"})
# The dictionary was built in January 2014: a two-digit year after 14 is in the 1900s.
PIVOT = 14
# Words that make a synonym a title plus a name rather than a name.
TITLES = read_words("titles.tsv") | {"former", "ex", "the"}
# Particles news prints in lower case inside a name ("Bashar al-Assad", "Osama bin Laden").
PARTICLES = frozenset({"al", "bin", "ibn", "de", "da", "dos", "van", "von", "der", "el", "la",
                       "le", "du", "di"})
CODE = re.compile(r"\[([A-Z]{3}[A-Z]*)(?:\s+([^\]]*))?\]")


@dataclass
class Person:
    name: str
    synonyms: list[str] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)  # (code, date spec)


def read_entries(path: Path) -> list[Person]:
    """Entries of a TABARI actor file: a name line, ``+synonym`` lines, ``[CODE dates]``."""
    people: list[Person] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        roles = CODE.findall(line)
        if line.startswith("+") and people:
            people[-1].synonyms.append(line[1:].split("[")[0])
        elif not line[0].isspace():
            people.append(Person(line.split("[")[0]))
        if roles and people:
            people[-1].roles += roles
    return people


def name_of(words: str) -> str:
    """ "ABDUL_RASHID_DOSTUM_" -> "Abdul Rashid Dostum"; "BASHAR_AL-ASSAD" -> "Bashar al-Assad"."""
    parts = [w for w in words.strip().strip("_").replace("_", " ").split() if w]
    out = []
    for i, word in enumerate(parts):
        cased = "-".join(p.capitalize() for p in word.lower().split("-"))
        head = cased.split("-")[0].lower()
        if i and head in PARTICLES:
            cased = head + cased[len(head):]
        out.append(cased)
    return " ".join(out)


def parse_dates(spec: str) -> tuple[Date | None, Date | None] | None:
    """``yymmdd-yymmdd``, ``>yymmdd``, ``<yymmdd`` (eight digits for some early years); None
    when the spec is empty or unreadable, or ends before it starts."""
    spec = spec.strip()
    try:
        if spec.startswith(">"):
            return _day(spec[1:]), None
        if spec.startswith("<"):
            return None, _day(spec[1:])
        if "-" in spec:
            start, end = (_day(part) for part in spec.split("-", 1))
            return (start, end) if start <= end else None
    except ValueError:
        return None
    return None


def _day(text: str) -> Date:
    if len(text) not in (6, 8) or not text.isdigit():
        raise ValueError(text)  # ("9008223": a digit too many, no guess at which)
    return tabari_day(text, PIVOT)


def curated_people(data: Path = DATA_DIR) -> set[str]:
    """Every name the curated people, organisations and countries give: these decide."""
    names: set[str] = set()
    for file, columns in (("people.tsv", ("name", "names")), ("organisations.tsv", ("name", "names")),
                          ("countries.tsv", ("name", "names", "demonyms", "seats"))):
        for row in read_tsv(data / file):
            for column in columns:
                names.update(split_list(row[column]))
    return names


def rows(path: Path, data: Path = DATA_DIR) -> tuple[list[dict[str, str]], Counter]:
    """People.tsv rows for the dictionary's people, sorted, and counts of what was left out."""
    states = {row["code"] for row in read_tsv(data / "countries.tsv")}
    curated = curated_people(data)
    skipped: Counter = Counter()
    out: set[tuple[str, ...]] = set()
    for person in read_entries(path):
        name = name_of(person.name)
        if len(name.split()) < 2 or not person.roles:
            skipped["not a person (one word or no code)"] += 1
            continue
        if any(code[:3] not in states for code, _ in person.roles):
            skipped["a code that is no state's"] += 1
            continue
        names = [name] + [n for n in map(name_of, person.synonyms)
                          if len(n.split()) > 1 and n.split()[0].lower().strip(".") not in TITLES]
        names = list(dict.fromkeys(n for n in names if n not in curated))
        if name in curated or not names:
            skipped["named by the curated files"] += 1
            continue
        kept = 0
        for code, spec in person.roles:
            dates = parse_dates(spec)
            if dates is None:
                skipped["role without a readable date range"] += 1
                continue
            sector = code[3:6] if code[3:6] in SECTORS else ""
            start, end = (d.isoformat() if d else "" for d in dates)
            out.add((code[:3], sector, name, "|".join(names), start, end, code))
            kept += 1
        if not kept:
            skipped["no dated role"] += 1
    return [dict(zip(COLUMNS, r, strict=True)) for r in sorted(out)], skipped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dictionary", type=Path)
    ap.add_argument("-o", "--output", type=Path, default=DATA_DIR / "people-phoenix.tsv")
    args = ap.parse_args()
    found, skipped = rows(args.dictionary)
    text = HEADER + "\t".join(COLUMNS) + "\n" + "".join(
        "\t".join(row[c] for c in COLUMNS) + "\n" for row in found)
    args.output.write_text(text, encoding="utf-8")
    people = len({row["name"] for row in found})
    print(f"{args.output}: {len(found)} roles of {people} people from {args.dictionary}",
          file=sys.stderr)
    for reason, count in skipped.most_common():
        print(f"  left out: {count} {reason}", file=sys.stderr)


if __name__ == "__main__":
    main()
