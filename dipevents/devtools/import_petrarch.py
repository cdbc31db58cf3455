"""Import PETRARCH-2's CAMEO verb dictionary as lexicon rows (data/lexicon-petrarch.tsv).

    python -m dipevents.devtools.import_petrarch CAMEO.2.0.txt [--roots 15,17,18,19] \
        [-o dipevents/data/lexicon-petrarch.tsv]

Source: openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt (MIT licence,
Copyright (c) 2015 Open Event Data Alliance; notice kept in the output's header). Fetch it once;
the importer runs offline and gives the same file for the same input and options.

What our coder can use is taken: each verb of a block whose default code is set (a row with
no object), and each pattern ``- * WORD [code]`` whose object is one word or a synonym set (a
row whose ``objects`` are those words). Codes map to PLOVER types as the curated lexicon maps
them (exact code, then its three-digit code, then its root); a code missing from cameo.tsv
falls back to its three-digit code, then its root's. Verbs the curated lexicon already has are
left out, so a curated entry is never overridden. Rows are kept by CAMEO root (``--roots``):
the classes the dev sets showed to help (see the README's Accuracy section).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ..tables import DATA_DIR, read_tsv
from . import mit_notice

HEADER = """# Verb triggers imported from PETRARCH-2's CAMEO verb dictionary by
# dipevents/devtools/import_petrarch.py (do not edit by hand: edit lexicon.tsv, whose entries
# win, or re-run the importer). Source: openeventdata/petrarch2,
# petrarch2/data/dictionaries/CAMEO.2.0.txt. Columns as in lexicon.tsv, plus its source block.
#
""" + mit_notice(2015)
# CAMEO roots and the PLOVER type each stands for where the curated lexicon says nothing
# finer (09 "investigate" and 01 "make statement" have none).
ROOT_TYPES = {"02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT",
              "06": "COOPERATE", "07": "AID", "08": "CONCEDE", "10": "REQUEST", "11": "ACCUSE",
              "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
              "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT",
              "20": "ASSAULT"}
# Verbs too general to mean an event by themselves, whatever block lists them.
TOO_GENERAL = frozenset({"be", "have", "do", "say", "make", "take", "give", "get", "go",
                         "come", "see", "put", "set", "let", "keep", "hold", "turn", "run",
                         "move", "call", "use", "tell", "find", "leave", "show", "bring"})
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]+)\]")
WORD = re.compile(r"^[A-Z][A-Z-]*$")


def read_dictionary(path: Path) -> tuple[dict[str, list[str]], list[dict]]:
    """Synonym sets (``&NAME`` -> words) and verb blocks (name, default code, verbs,
    patterns) of a PETRARCH verb dictionary."""
    synsets: dict[str, list[str]] = {}
    blocks: list[dict] = []
    current: str | None = None
    block: dict | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("&"):
            current, block = line.strip()[1:], None
            synsets[current] = []
        elif line.startswith("+") and current is not None:
            synsets[current].append(line[1:].strip().rstrip("_"))
        elif (m := BLOCK.match(line)):
            current = None
            block = {"name": m.group(1), "code": m.group(2).strip(), "verbs": [],
                     "patterns": []}
            blocks.append(block)
        elif block is not None and (m := PATTERN.match(line)):
            block["patterns"].append((m.group(1), m.group(2).strip()))
        elif block is not None and not line.startswith("-"):
            verb = line.split("{")[0].strip()
            if verb:
                block["verbs"].append(verb.lower().replace("_", " ").strip())
    return synsets, blocks


class CodeMap:
    """CAMEO codes of the dictionary -> (code in cameo.tsv, PLOVER type), as the curated
    lexicon maps them."""

    def __init__(self, data: Path = DATA_DIR) -> None:
        self.known = {row["code"] for row in read_tsv(data / "cameo.tsv")}
        self.types: dict[str, Counter] = defaultdict(Counter)
        for row in read_tsv(data / "lexicon.tsv"):
            if row["cameo"]:
                for key in (row["cameo"], row["cameo"][:3], row["cameo"][:2]):
                    self.types[key][row["type"]] += 1

    def __call__(self, code: str) -> tuple[str, str] | None:
        code = code.split(":")[0].strip()  # "[042:043]": the actor's code
        if not code.isdigit() or code[:2] not in ROOT_TYPES:
            return None
        known = next((c for c in (code, code[:3], code[:2] + "0") if c in self.known), None)
        if known is None:
            return None
        for key in (code, code[:3], code[:2]):
            if self.types.get(key):
                return known, self.types[key].most_common(1)[0][0]
        return known, ROOT_TYPES[code[:2]]


def rows(path: Path, roots: set[str] | None = None,
         defaults: str = "head") -> list[dict[str, str]]:
    """Lexicon rows for the dictionary's verbs, curated verbs left out, sorted and unique.

    ``defaults`` says which verbs take a block's default code with no object: ``all`` of
    them, only the ``head`` verb the block is named for (its synonyms came from WordNet and
    rarely share the code on their own), or ``none``."""
    synsets, blocks = read_dictionary(path)
    codes = CodeMap()
    curated = {row["trigger"].split()[0] for row in read_tsv(DATA_DIR / "lexicon.tsv")
               if row["pos"] == "verb"}
    out: dict[tuple[str, str], dict[str, str]] = {}
    for block in blocks:
        verbs = [v for v in block["verbs"] if v.split()[0] not in curated
                 and v not in TOO_GENERAL and re.fullmatch(r"[a-z]+(?: [a-z]+)?", v)]
        head = block["name"].lower().replace("_", " ")
        for code, objects in _readings(block, synsets):
            mapped = codes(code)
            if mapped is None or (roots and code[:2] not in roots):
                continue
            cameo, kind = mapped
            for verb in verbs:
                if not objects and (defaults == "none" or (defaults == "head" and verb != head)):
                    continue
                key = (verb, objects)
                out.setdefault(key, {"trigger": verb, "pos": "verb", "type": kind,
                                     "cameo": cameo, "mode": "", "targets": "dobj",
                                     "objects": objects, "joint": "",
                                     "source": f"petrarch:{block['name']}"})
    return [out[k] for k in sorted(out)]


def _readings(block: dict, synsets: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(code, objects) of a block: its default code with no object, and each pattern whose
    object after the verb is one word or a synonym set of single words."""
    found = [(block["code"], "")] if block["code"] not in ("---", "") else []
    for pattern, code in block["patterns"]:
        words = pattern.replace("$", "").replace("+", "").replace("%", "").split()
        if len(words) != 2 or words[0] != "*":
            continue
        word = words[1]
        names = synsets.get(word[1:], []) if word.startswith("&") else [word]
        lemmas = sorted({n.lower() for n in names if WORD.match(n)}
                        | {n.lower()[:-1] for n in names if WORD.match(n) and n.endswith("S")
                           and not n.endswith(("SS", "IS", "US"))})
        if lemmas:
            found.append((code, "|".join(lemmas)))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dictionary", type=Path)
    ap.add_argument("-o", "--output", type=Path, default=DATA_DIR / "lexicon-petrarch.tsv")
    ap.add_argument("--roots", default="", help="CAMEO roots to keep, e.g. 15,17,18,19")
    ap.add_argument("--defaults", choices=("all", "head", "none"), default="head",
                    help="which verbs take a block's default code with no object")
    args = ap.parse_args()
    roots = {r.strip().zfill(2) for r in args.roots.split(",") if r.strip()} or None
    found = rows(args.dictionary, roots, args.defaults)
    columns = ["trigger", "pos", "type", "cameo", "mode", "targets", "objects", "joint",
               "source"]
    text = HEADER + "\t".join(columns) + "\n" + "".join(
        "\t".join(row[c] for c in columns) + "\n" for row in found)
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {len(found)} rows from {args.dictionary}", file=sys.stderr)


if __name__ == "__main__":
    main()
