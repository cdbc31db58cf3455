from datetime import date

import pytest
import spacy

from dipevents.actors import default_kb
from dipevents.actors.kb import KnowledgeBase
from dipevents.pipeline import Gazetteer
from dipevents.tables import DATA_DIR


def test_same_name_resolves_by_the_documents_date():
    kb = default_kb()
    as_fm = kb.resolve_id("person:Liz Truss", date(2022, 2, 10))
    as_pm = kb.resolve_id("person:Liz Truss", date(2022, 10, 1))
    after = kb.resolve_id("person:Liz Truss", date(2023, 6, 1))
    assert (as_fm.code, as_fm.sector) == ("GBR", "GOV")
    assert as_pm.valid_from == date(2022, 9, 6)
    assert (after.code, after.sector) == ("GBR", None)  # an ex-official keeps the state only
    assert kb.resolve_id("person:Mark Rutte", date(2020, 1, 1)).code == "NLD"
    assert kb.resolve_id("person:Mark Rutte", date(2025, 1, 1)).code == "NATO"


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    gazetteer = Gazetteer(nlp, default_kb())
    return lambda text: gazetteer(nlp.make_doc(text))


def test_gazetteer_marks_states_seats_demonyms_people_and_media(blank):
    doc = blank("The Kremlin told Nato that Liz Truss and British troops near Kyiv, the BBC said.")
    found = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("The Kremlin", "GPE", "RUS/GOV") not in found  # case-sensitive: "The" is not "the"
    assert ("Kremlin", "GPE", "RUS/GOV") in found
    assert ("Nato", "ORG", "NATO") in found
    assert ("Liz Truss", "PERSON", "person:Liz Truss") in found
    assert ("British", "NORP", "GBR") in found
    assert ("Kyiv", "GPE", "UKR/GOV") in found
    assert ("BBC", "ORG", "no-actor") in found


def test_user_entries_override_builtin_ones(tmp_path):
    f = tmp_path / "extra.tsv"
    f.write_text("code\tsector\tname\tnames\nXYZ\tREB\tThe Group\tthe Group|Moscow\n")
    kb = KnowledgeBase()
    kb.load_countries(DATA_DIR / "countries.tsv")
    kb.load_organisations(f)
    assert kb.patterns[("Moscow", "ORG")].id == "XYZ"


def test_role_words_give_sectors():
    roles = default_kb().roles
    assert roles["troops"] == "MIL" and roles["parliament"] == "LEG"
    assert roles["companies"] == "BUS" and roles["ambassador"] == "GOV"


def test_seas_are_no_actor(blank):
    doc = blank("South Korea fired rockets into the Sea of Japan.")
    assert {(e.text, e.ent_id_) for e in doc.ents} == {("South Korea", "KOR"),
                                                      ("Sea of Japan", "no-actor")}
