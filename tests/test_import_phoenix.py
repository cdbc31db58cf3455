"""The Phoenix people importer (devtools/import_phoenix.py) on a small dictionary of our own in
its format, and imported people in extraction: they fill gaps, never override curated rows,
and yield to what the sentence says."""

from datetime import date

from dipevents.devtools.import_phoenix import name_of, rows

DICTIONARY = """\
RUSSIA_  [RUS]
+RUSSIAN_FEDERATION_
GRIGORY_PETROVICH_IVANOV_  # CountryInfo.txt
+GRIGORY_IVANOV_
+PRESIDENT_IVANOV_
\t[RUSELI 550101-980101]
\t[RUSGOVFRN 980101-031231]
\t[RUSGOV >040101]
\t[RUSELI]
AMIRA_BIN_HASSAN_  # CountryInfo.txt
\t[JORGOV 9902231-011231]
\t[JORLEG 020101-050101]
NAMELESS_  # CountryInfo.txt
\t[RUSGOV 990101-000101]
ACME_FRONT_
\t[XYZREB 990101-000101]
VLADIMIR_PUTIN_  # CountryInfo.txt
\t[RUSGOV >000507]
"""


def test_people_with_dated_roles_become_people_rows(tmp_path):
    path = tmp_path / "countries.actors"
    path.write_text(DICTIONARY, encoding="utf-8")
    found, skipped = rows(path)
    ivanov = [r for r in found if r["name"] == "Grigory Petrovich Ivanov"]
    # undated roles are dropped; ELI (elite) is no sector of ours, GOVFRN is GOV; 55 is 1955
    assert [(r["code"], r["sector"], r["from"], r["to"]) for r in ivanov] == [
        ("RUS", "", "1955-01-01", "1998-01-01"), ("RUS", "GOV", "1998-01-01", "2003-12-31"),
        ("RUS", "GOV", "2004-01-01", "")]
    # a title plus a name is not a name: the resolver reads titles itself
    assert ivanov[0]["names"] == "Grigory Petrovich Ivanov|Grigory Ivanov"
    # a malformed date drops that role only
    assert [(r["sector"], r["from"]) for r in found if r["name"] == "Amira bin Hassan"] == [
        ("LEG", "2002-01-01")]
    names = {r["name"] for r in found}
    assert "Nameless" not in names and "Acme Front" not in names  # one word; no state's code
    assert "Vladimir Putin" not in names  # the curated people table names him
    assert skipped["named by the curated files"] == 1


def test_names_are_cased_as_news_prints_them():
    assert name_of("BASHAR_AL-ASSAD_") == "Bashar al-Assad"
    assert name_of("OSAMA_BIN_LADEN") == "Osama bin Laden"
    assert name_of("JEAN-CLAUDE_JUNCKER_") == "Jean-Claude Juncker"


def test_an_imported_person_fills_a_gap_and_yields_to_the_sentence(extractor):
    def keys(text, day=date(1999, 6, 1)):
        return {e.key() for e in extractor.extract("t", text, day)}

    # Mahendra Chaudhry, Fiji's prime minister in 1999, is in no curated file
    assert ("FJI", "ACCUSE", "IND", False) in keys("Mahendra Chaudhry condemned India.")
    # the dictionary files some people under the wrong state: the sentence's own state wins
    assert ("MRT", "CONSULT", "SAU", False) in keys(
        "Mauritania's President Mohamed Ould Abdel Aziz met Saudi officials.", date(2018, 12, 1))


BODIES = """\
NARNIA_  [NRN]
ATLANTIS_INTELLIGENCE_COMMUNITY_
+CENTRAL_SECRET_SERVICE_
+CSS_
+ATLANTIS_MARINE_CORPS_
+SUPREME_COURT_JUSTICES
+ATLANTIS_SPOKESMAN_
\t[USASPY]
PEOPLES_LIBERATION_ARMY_
+PLA_
+PLA_NAVY_
\t[CHNMIL]
BUREAU_OF_NOTHING_  # a person's dated role: not a body
\t[USAGOV 990101-000101]
STATE_DUMA_
\t[RUSLEG]
"""
GROUPS = """\
ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] # kkl 21 Mar 13
+ARMY_OF_ADEN_
REVOLUTIONARY_PEOPLE'S_FRONT_ [ITAREB]
ANARCHISTS,_THE [ESPREB]
GLOBAL_JIHAD_FRONT_ [IMGMUSALQ]
"""


def test_bodies_and_groups_become_organisation_rows(tmp_path):
    from dipevents.devtools.import_phoenix_bodies import rows as body_rows

    (tmp_path / "c.txt").write_text(BODIES, encoding="utf-8")
    (tmp_path / "g.txt").write_text(GROUPS, encoding="utf-8")
    found, skipped = body_rows(tmp_path / "c.txt", tmp_path / "g.txt")
    got = {r["name"]: (r["code"], r["sector"], r["names"].split("|")) for r in found}
    # an intelligence service is GOV; generic names ("Supreme Court Justices") and titles
    # ("... Spokesman") are left out; the acronym stays upper case
    assert got["Atlantis Intelligence Community"] == ("USA", "GOV", [
        "Atlantis Intelligence Community", "Central Secret Service", "CSS",
        "Atlantis Marine Corps"])
    # the entry's acronym stays upper case inside its other names; its full name is all
    # generic words, which would match another state's army
    assert got["PLA"] == ("CHN", "MIL", ["PLA", "PLA Navy"])
    assert "State Duma" not in got  # the curated files name it: theirs wins
    # a group coded by a state is that state's rebels, its acronym a name of its own
    assert got["Aden Abyan Islamic Army"] == ("YEM", "REB", [
        "Aden Abyan Islamic Army", "AAIA", "Army of Aden"])
    # all generic words, an inverted form, no state's code: left out
    assert not {"Revolutionary People's Front", "Anarchists, the", "Global Jihad Front"} & set(got)
    assert skipped["no single state's code"] == 2  # IMG, and NRN: no state of ours


def test_imported_bodies_never_take_a_states_code(extractor):
    from dipevents.actors.kb import default_kb

    kb = default_kb()
    assert kb.entries["USA"][0].kind == "state"
    assert ("USA", "ACCUSE", "MEX", False) in {e.key() for e in extractor.extract(
        "t", "The Drug Enforcement Agency accused Mexico of inaction.", date(2020, 1, 1))}
