"""Places from the gazetteer (data/places-geonames.tsv, built by devtools/build_places.py):
cities and regions stand for their state, guarded words stay words, curated names win."""

import pytest

from dipevents.actors import default_kb
from dipevents.tables import DATA_DIR, read_tsv


def codes(name):
    kb = default_kb()
    return {kb.resolve_id(p.id, None).code for p in kb.lookup(name)}


@pytest.mark.parametrize("name, code", [("Culiacán", "MEX"), ("Culiacan", "MEX"),
                                        ("Nangarhar Province", "AFG"), ("Kidal", "MLI"),
                                        ("Taizz Governorate", "YEM"), ("Sittwe", "MMR"),
                                        ("Najran", "SAU"), ("Manbij", "SYR"),
                                        # an Arabic name without its article, as news prints it
                                        ("Qamishli", "SYR"), ("Diwaniyah", "IRQ"),
                                        # and without a glottal mark inside a word
                                        ("Mekele", "ETH"), ("Taif", "SAU"),
                                        # a region of one state, curated
                                        ("Siberia", "RUS")])
def test_cities_and_regions_stand_for_their_state(name, code):
    assert codes(name) == {code}


@pytest.mark.parametrize("word", ["Nice", "Mobile", "Reading", "March", "Gulf", "Victoria",
                                  "Salt", "Tall", "Ahmadi"])
def test_a_place_that_is_also_a_word_stays_a_word(word):
    assert not any(p.id.startswith("place:") for p in default_kb().lookup(word))


def test_curated_names_win_over_the_gazetteer():
    built = {n for row in read_tsv(DATA_DIR / "places-geonames.tsv")
             for n in row["names"].split("|")}
    curated = {n for row in read_tsv(DATA_DIR / "countries.tsv")
               for col in ("names", "seats") for n in row[col].split("|") if n}
    assert not built & curated


def test_a_place_gives_its_state_in_an_event(code):
    keys, events = code("Gunmen in Culiacan attacked a police station. "
                        "Saudi troops shelled positions in Taizz Governorate.")
    assert ("SAU", "ASSAULT", "YEM", False) in keys
    assert any(e.target and e.target.location for e in events)


def test_a_place_and_its_admin_word_are_one_name(extractor):
    doc = extractor.pipeline.tokenize("Fighting spread to Idlib Governorate and Ituri Province.")
    assert [e.text for e in doc.ents] == ["Idlib Governorate", "Ituri Province"]


@pytest.mark.parametrize("text, expected", [
    ("The Allied Democratic Forces killed 17 villagers in Ituri Province.",
     ("ADF", "ASSAULT", "COD", False)),
    ("AFRICOM said its aircraft struck al-Shabaab fighters in Somalia on Monday.",
     ("USA", "ASSAULT", "SHABAAB", False)),
    ("The Mexican National Guard arrested a cartel leader in Culiacan.",
     ("MEX", "COERCE", "MEX", False)),
    ("Iran's Revolutionary Guards seized a British tanker.", ("IRN", "COERCE", "GBR", False)),
])
def test_groups_commands_and_guards_the_news_names(code, text, expected):
    keys, events = code(text)
    assert expected in keys, keys


def gazetteer_names(extractor, text, kind="place:"):
    """The names of one kind the cheap pass marks in a text, with the code each stands for."""
    kb = extractor.kb
    return {ent.text: kb.resolve_id(ent.ent_id_, None).code
            for _, doc in extractor.pipeline.sentences(text) for ent in doc.ents
            if ent.ent_id_.startswith(kind)}


@pytest.mark.parametrize("text, piece", [
    ("Housing Secretary Ben Carson spoke.", "Carson"),               # a surname that is a town
    ("Wreaths were laid at Arlington National Cemetery.", "Arlington"),  # inside a longer name
])
def test_a_gazetteer_place_inside_a_longer_name_is_no_place(extractor, text, piece):
    assert piece not in gazetteer_names(extractor, text)


@pytest.mark.parametrize("text, name, code", [
    ("Rebels attacked the central Maidan Wardak Province.", "Wardak Province", "AFG"),
    ("The Delhi Police arrested him.", "Delhi", "IND"),           # a role after it
    ("Shells fell on Central Manbij.", "Manbij", "SYR"),           # a place word before it
    ("In Culiacan, gunmen opened fire.", "Culiacan", "MEX"),       # a common word before it
])
def test_a_gazetteer_place_beside_place_and_role_words_stands(extractor, text, name, code):
    assert gazetteer_names(extractor, text).get(name) == code


@pytest.mark.parametrize("text, surname, kept", [
    ("Prime Minister Muhyiddin Yassin announced aid.", "Yassin", False),  # another Yassin
    ("Mr Putin spoke.", "Putin", True),                                  # a title before it
    ("President Putin spoke.", "Putin", True),
    ("Putin spoke.", "Putin", True),
])
def test_a_bare_surname_after_an_unknown_first_name_is_someone_else(extractor, text, surname,
                                                                    kept):
    assert (surname in gazetteer_names(extractor, text, "person:")) == kept


def test_the_arabic_article_is_taken_off_only_where_there_is_one():
    from dipevents.devtools.build_places import without_article

    assert without_article("Al Qamishli") == ["Qamishli"]
    assert without_article("Ash Shatrah") == ["Shatrah"]
    assert without_article("Ar-Raqqah") == ["Raqqah"]
    assert without_article("Alexandria") == [] and without_article("El Paso") == []


def test_a_glottal_mark_is_left_out_only_where_it_marks_one():
    from dipevents.devtools.build_places import unmarked

    assert unmarked("Mek'ele") == ["Mekele"] and unmarked("Ma’an") == ["Maan"]
    assert unmarked("Kabul") == []
    assert "NDjamena" not in {n for row in read_tsv(DATA_DIR / "places-geonames.tsv")
                              for n in row["names"].split("|")}
