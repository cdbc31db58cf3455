import pytest

from dipevents.actions import default_lexicon
from dipevents.actions.lexicon import PLOVER_TYPES, Lexicon
from dipevents.tables import DATA_DIR

HEADER = "trigger\tpos\ttype\tcameo\tmode\ttargets\tobjects\tjoint\n"


def test_every_plover_type_has_a_trigger():
    lex = default_lexicon()
    types = {e.type for table in (lex.verbs, lex.nouns) for es in table.values() for e in es}
    assert types == set(PLOVER_TYPES)


def test_codes_carry_goldstein_and_quad_class():
    cameo = default_lexicon().cameo
    assert (cameo["040"].quad_class, cameo["040"].goldstein) == (1, 1.0)
    assert cameo["163"].quad_class == 4 and cameo["163"].goldstein == -8.0
    assert cameo["111"].quad_class == 3 and cameo["072"].quad_class == 2


def base() -> Lexicon:
    lex = Lexicon()
    lex.load_cameo(DATA_DIR / "cameo.tsv")
    lex.load_classes(DATA_DIR / "classes.tsv")
    return lex


@pytest.mark.parametrize("row,message", [
    ("parley\tverb\tCHAT\t040\t\twith\t\t\n", "unknown PLOVER type"),
    ("parley\tverb\tCONSULT\t999\t\twith\t\t\n", "not in cameo.tsv"),
    ("parley\tadverb\tCONSULT\t040\t\twith\t\t\n", "pos must be"),
    ("parley\tverb\tCONSULT\t040\t\twith\t@nothing\t\n", "unknown word class"),
])
def test_bad_user_lexicon_rows_are_errors_naming_the_entry(tmp_path, row, message):
    f = tmp_path / "user.tsv"
    f.write_text(HEADER + row)
    with pytest.raises(ValueError, match=message) as info:
        base().load(f)
    assert "parley" in str(info.value)


def test_user_lexicon_entries_take_precedence(tmp_path):
    f = tmp_path / "user.tsv"
    f.write_text(HEADER + "meet\tverb\tAGREE\t057\t\twith\t\t\n")
    lex = base()
    lex.load(DATA_DIR / "lexicon.tsv")
    lex.load(f)
    assert lex.verbs["meet"][0].type == "AGREE"


@pytest.mark.parametrize("text, expected", [
    ("Turkey dropped its objection to Sweden's membership.", ("TUR", "CONCEDE", "SWE", False)),
    ("Canada repealed its sanctions on Iran.", ("CAN", "CONCEDE", "IRN", False)),
    ("An Iranian court freed a French tourist.", ("IRN", "CONCEDE", "FRA", False)),
])
def test_yielding_verbs_concede(code, text, expected):
    keys, _ = code(text)
    assert expected in keys, keys


@pytest.mark.parametrize("text, expected", [
    ("Serbia turned down a request from Kosovo for talks.", ("SRB", "REJECT", "XKX", False)),
    ("Israel brushed aside Egypt's proposal.", ("ISR", "REJECT", "EGY", False)),
])
def test_phrasal_verbs_of_rejection(code, text, expected):
    keys, _ = code(text)
    assert expected in keys, keys
