"""The PETRARCH-2 verb importer (devtools/import_petrarch.py) on a small dictionary of our own
in its format: what it keeps, how codes map to PLOVER types, and what it leaves out."""

from dipevents.devtools.import_petrarch import rows
from dipevents.tables import DATA_DIR, read_tsv

DICTIONARY = """\
&CRITICISM
+REMARK
+REMARKS
+STANCE
--- UPBRAID [111]
UPBRAID
REPROACH
- * &CRITICISM [111]
- * LEADER [112]
--- BERATE [---]
BERATE
- * POLICY [111]
--- ACCUSE [112]
ACCUSE
--- MUTTER [010]
MUTTER
"""


def test_rows_by_root_with_objects_and_plover_types(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    found = {(r["trigger"], r["objects"]): (r["type"], r["cameo"])
             for r in rows(path, roots={"11"})}
    # The block's head verb takes its default code alone; a synonym only with an object.
    assert found[("upbraid", "")] == ("ACCUSE", "111")
    assert ("reproach", "") not in found
    assert found[("reproach", "remark|remarks|stance")] == ("ACCUSE", "111")  # a synonym set
    assert found[("berate", "policy")] == ("ACCUSE", "111")        # no default code: objects only
    assert ("berate", "") not in found
    assert ("mutter", "") not in found                              # root 01 has no PLOVER type


def test_curated_verbs_are_never_imported(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    curated = {r["trigger"] for r in read_tsv(DATA_DIR / "lexicon.tsv") if r["pos"] == "verb"}
    assert "accuse" in curated
    assert not {r["trigger"] for r in rows(path)} & curated


def test_the_shipped_import_is_one_root_and_loses_to_the_curated_lexicon():
    shipped = list(read_tsv(DATA_DIR / "lexicon-petrarch.tsv"))
    assert shipped and {r["cameo"][:2] for r in shipped} == {"11"}
    assert {r["type"] for r in shipped} == {"ACCUSE"}
