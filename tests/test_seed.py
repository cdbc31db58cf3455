"""The seed document: the three events issue 2 names, dated by --date, and no boilerplate."""

from datetime import date

from .conftest import SEED


def test_seed_events(extractor):
    events = extractor.extract("seed", SEED.read_text(encoding="utf-8"), date(2022, 2, 10))
    found = {(e.actor.code, e.action.type, e.target.code if e.target else None): e
             for e in events}
    for key in [("GBR", "CONSULT", "RUS"), ("RUS", "COOPERATE", "BLR"), ("GBR", "SANCTION", "RUS")]:
        assert key in found, key
        assert found[key].date.value == "2022-02-10"
    talks = found[("GBR", "CONSULT", "RUS")]
    text = SEED.read_text(encoding="utf-8")
    assert text[talks.start:talks.end] == talks.text
    assert text[talks.action.start:talks.action.end] == talks.action.text
    assert "Leave a Reply" not in " ".join(e.text for e in events)
