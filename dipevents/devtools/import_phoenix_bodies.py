"""Import state agencies and armed groups from the Phoenix actor dictionaries
(data/organisations-phoenix.tsv).

    python -m dipevents.devtools.import_phoenix_bodies Phoenix.Countries.actors.txt \
        Phoenix.MilNonState.actors.txt [-o dipevents/data/organisations-phoenix.tsv]

Sources: openeventdata/petrarch2, petrarch2/data/dictionaries/Phoenix.Countries.actors.txt and
Phoenix.MilNonState.actors.txt (MIT licence, Copyright (c) 2014 Open Event Data Alliance;
notice kept in the output's header). The MilNonState file lists armed groups from the START
TOPS database (2013). Fetch them once; the importer runs offline and gives the same file for
the same inputs.

What is kept, as organisations.tsv rows (code, sector, name, names):
- from the country file, bodies: entries with no dated role whose name or a synonym holds a
  word of a state body (agency, ministry, police, army, court, ...), coded by their state with
  the sector their code gives (an intelligence service, ``SPY``, is GOV as the curated table
  codes the CIA);
- from the armed-group file, groups that Phoenix codes by a state (``UGAREB``): that state and
  the sector REB, as the CAMEO convention codes them and the PLOVER records accept. Groups with
  no state's code (``IMG``, ``INT``) are left out: GUIDELINES.md gives such a group a code of
  its own, which only a curator can choose.
A name is kept when it can only name this body: two words or more not all of them generic
("Supreme Court", "Security Council" name a body of any state), or an acronym of three
capitals or more; names the curated files give are left out, so a curated row always wins.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from ..tables import DATA_DIR, read_tsv
from . import mit_notice
from .import_phoenix import TITLES, curated_people, name_of, read_entries

HEADER = """# State agencies and armed groups imported from the Phoenix actor dictionaries by
# dipevents/devtools/import_phoenix_bodies.py (do not edit by hand: edit organisations.tsv,
# whose entries win, or re-run the importer). Sources: openeventdata/petrarch2,
# petrarch2/data/dictionaries/Phoenix.Countries.actors.txt and Phoenix.MilNonState.actors.txt
# (armed groups from the START TOPS database, 2013).
#
""" + mit_notice(2014)
COLUMNS = ["code", "sector", "name", "names"]
# Words that make a country-file entry a state body.
BODY = re.compile(r"(^|_)(AGENCY|MINISTRY|DEPARTMENT|BUREAU|SERVICES?|POLICE|FORCES?|ARMY|NAVY|"
                  r"COMMAND|GUARDS?|COURT|OFFICE|INTELLIGENCE|COMMISSION|AUTHORITY|"
                  r"ADMINISTRATION|DIRECTORATE|CORPS|PARLIAMENT|ASSEMBLY|CONGRESS|SENATE|"
                  r"COUNCIL|GENDARMERIE|PATROL|CUSTOMS|MARINES?|YARD|BASIJ|MOSSAD|BET)(_|$)")
# A body's sector: the first of these in its code after the state; an intelligence service
# (SPY) is GOV, as organisations.tsv codes the CIA and the FSB.
SECTOR_ORDER = ("MIL", "COP", "JUD", "LEG", "GOV", "SPY")
SECTOR_AS = {"SPY": "GOV"}
REBEL_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "RAD", "OPP"})
# Words that name a kind of body, not one body: a name of only these (and function words)
# would match every state's.
GENERIC = frozenset("""of the and for on in to a an supreme court courts justices justice federal
law enforcement senate house representatives congress department ministry security council
military army navy air force forces national guard guards police service services
intelligence community office staff official officials spokesman secretariat marine marines
royal armed special border patrol customs administration agency bureau commission authority
directorate corps parliament assembly command general high state public affairs defence
defense interior foreign home external internal central main group groups party parties
islamic arab people's peoples popular front revolutionary revolution liberation movement
democratic socialist communist united organization organisation union youth youths brigade
brigades cell cells committee action resistance militia militias fighters combatants
commando commandos new red workers anarchist anarchists armed struggle unity national
independent free freedom justice""".split())
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{2,5}$")
VOWELS = frozenset("AEIOU")
# Words of a person's role that the title list leaves to the role table.
ROLE_WORDS = frozenset({"official", "officials", "spokesman", "spokeswoman", "spokesperson",
                        "secretary", "chairman", "director"})
# Abbreviations that stay upper case inside a name ("US Intelligence Community").
UPPER = frozenset({"US", "UK", "UN", "EU", "USA", "UAE"})
PAREN = re.compile(r"\(([^)]*)\)")


def acronym(word: str) -> bool:
    """Whether an upper-case Phoenix word is an acronym ("FBI", "ANSF") rather than a word
    (the file writes every name in capitals: "SENATE", "BASIJ"): three or four letters, or
    five or six with at most one vowel."""
    return bool(ACRONYM.match(word)) and (len(word) <= 4 or len(VOWELS & set(word)) <= 1)


def body_names(raw: str, acronyms: frozenset[str] = frozenset()) -> list[str]:
    """News forms of a Phoenix name: the words without a parenthesised acronym, and the
    acronym ("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_": "Aden Abyan Islamic Army", "AAIA"); an
    acronym entry stays upper case ("FBI_"), and so do the entry's acronyms inside a name
    ("PLA_NAVY": "PLA Navy"). A leading "The" is dropped."""
    inner = [a for a in PAREN.findall(raw) if ACRONYM.match(a)]
    words = PAREN.sub(" ", raw).replace("_", " ").split()
    if words and words[0] == "THE" and len(words) > 1:
        words = words[1:]
    if len(words) == 1 and acronym(words[0]):
        return [words[0], *inner]
    cased = name_of(" ".join(words)).split()
    return [" ".join(_cased(w, o, i, acronyms) for i, (w, o) in enumerate(zip(cased, words,
                                                                             strict=True))),
            *inner]


def _cased(word: str, source: str, index: int, acronyms: frozenset[str]) -> str:
    """Function words inside a name stay lower case ("Bureau of Investigation"); known
    abbreviations stay upper case ("US Intelligence Community")."""
    low = word.lower()
    if source in UPPER or source in acronyms or "." in word:
        return source
    return low if index and low in ("of", "the", "and", "for", "on", "in", "de", "del") else word


def specific(name: str) -> bool:
    """Whether a name can only mean one body: an acronym, or two words or more, not all
    generic."""
    if ACRONYM.match(name):
        return True
    if "," in name:  # "Anarchists, the": an inverted form, not what news prints
        return False
    words = name.lower().replace(".", "").split()
    if any(w in TITLES or w in ROLE_WORDS for w in words):
        return False  # "White House Spokesman": a title the resolver reads itself
    return len(words) > 1 and not all(w in GENERIC for w in words)


def sector_of(code: str) -> str:
    if code[3:6] in REBEL_SECTORS:
        return "REB"
    chunks = [code[i:i + 3] for i in range(3, len(code), 3)]
    for sector in SECTOR_ORDER:
        if sector in chunks:
            return SECTOR_AS.get(sector, sector)
    return ""


def rows(countries: Path, groups: Path, data: Path = DATA_DIR
         ) -> tuple[list[dict[str, str]], Counter]:
    """organisations.tsv rows for the dictionaries' bodies and groups, sorted, and counts of
    what was left out."""
    states = {row["code"] for row in read_tsv(data / "countries.tsv")}
    curated = curated_people(data)
    skipped: Counter = Counter()
    out: dict[str, tuple[str, str, str, list[str]]] = {}
    for path, kind in ((countries, "body"), (groups, "group")):
        for entry in read_entries(path):
            codes = [code for code, spec in entry.roles]
            if not codes or any(spec.strip() for _, spec in entry.roles):
                skipped["no code, or a dated role (a person)"] += 1
                continue
            code = codes[0]
            if code[:3] not in states or len(set(codes)) > 1:
                skipped["no single state's code"] += 1
                continue
            if kind == "body":
                if not any(BODY.search(n) for n in (entry.name, *entry.synonyms)):
                    skipped["not a state body"] += 1
                    continue
                sector = sector_of(code)
            else:
                sector = sector_of(code) if len(code) > 3 else "REB"
            raws = (entry.name, *entry.synonyms)
            acronyms = frozenset(w for raw in raws for w in raw.replace("_", " ").split()
                                 if acronym(w) and len(raw.strip("_").split("_")) == 1)
            names = [n for raw in raws for n in body_names(raw, acronyms)]
            names = [n for n in dict.fromkeys(names) if specific(n) and n not in curated
                     and n not in out]
            if not names:
                skipped["no name of its own left (generic or curated)"] += 1
                continue
            out[names[0]] = (code[:3], sector, names[0], names)
    found = [dict(zip(COLUMNS, (c, s, n, "|".join(ns)), strict=True))
             for c, s, n, ns in sorted(out.values())]
    return found, skipped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("countries", type=Path)
    ap.add_argument("groups", type=Path)
    ap.add_argument("-o", "--output", type=Path, default=DATA_DIR / "organisations-phoenix.tsv")
    args = ap.parse_args()
    found, skipped = rows(args.countries, args.groups)
    text = HEADER + "\t".join(COLUMNS) + "\n" + "".join(
        "\t".join(row[c] for c in COLUMNS) + "\n" for row in found)
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {len(found)} bodies and groups", file=sys.stderr)
    for reason, count in skipped.most_common():
        print(f"  left out: {count} {reason}", file=sys.stderr)


if __name__ == "__main__":
    main()
