"""The learned type model: training data, reproducible training, loading, and its uses."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dipevents.engine import Coded
from dipevents.model import Actor
from dipevents.opinion import Opinion, choose
from dipevents.training import TrainingDataError, from_gold, read_labelled, train
from dipevents.typemodel import NONE, TypeModelError, best_event, load_type_model, top

from .conftest import run_cli

# Written for these tests (no gold text is copied into the project).
GOLD_DOC = {
    "doc_id": "d1", "date": "2024-03-01",
    "text": "Ruritania shelled border posts of Freedonia. The weather was mild.\n\n"
            "Freedonia condemned the shelling and recalled its ambassador. Markets rose.",
    "events": [
        {"actor": "RUR", "action": "ASSAULT", "target": "FRE",
         "evidence": "Ruritania shelled border posts of Freedonia", "optional": False},
        {"actor": "FRE", "action": "ACCUSE", "target": "RUR",
         "evidence": "Freedonia condemned the shelling", "optional": False},
        {"actor": "FRE", "action": "SANCTION", "target": "RUR",
         "evidence": "recalled its ambassador", "optional": False},
        {"actor": "FRE", "action": "PROTEST", "target": "RUR",
         "evidence": "Markets rose", "optional": True},
    ]}
SENTENCES = [
    ("Ruritania shelled the capital of Freedonia.", "ASSAULT"),
    ("Troops of Ruritania bombed villages in Freedonia.", "ASSAULT"),
    ("Freedonia condemned Ruritania for the attack.", "ACCUSE"),
    ("Ruritania denounced the Freedonian leadership.", "ACCUSE"),
    ("The leaders of Ruritania and Freedonia met in Geneva.", "CONSULT"),
    ("Freedonia held talks with Ruritania.", "CONSULT"),
    ("The weather in the capital was mild.", NONE),
    ("Markets rose on Tuesday.", NONE),
]


def split(text):
    """Sentences at full stops, with their offsets (as the pipeline gives them)."""
    at = 0
    for part in text.replace("\n\n", "  ").split(". "):
        start = text.index(part.strip(), at)
        piece = part.strip().rstrip(".") + "."
        at = start + len(piece)
        yield start, type("D", (), {"text": text[start:start + len(piece)]})()


def test_gold_document_sentences_take_the_types_of_their_required_events():
    got = [(x.text, sorted(x.labels)) for x in from_gold(GOLD_DOC, "g:d1", split, "g:1")]
    assert got == [("Ruritania shelled border posts of Freedonia.", ["ASSAULT"]),
                   ("The weather was mild.", [NONE]),
                   ("Freedonia condemned the shelling and recalled its ambassador.",
                    ["ACCUSE", "SANCTION"])]
    # "Markets rose." holds only an optional event: neither an event nor quiet, left out


def test_a_document_with_a_required_event_that_cannot_be_placed_gives_no_examples():
    doc = {**GOLD_DOC, "events": [{**GOLD_DOC["events"][0], "evidence": "not in the text"}]}
    assert list(from_gold(doc, "g:d1", split, "g:1")) == []


@pytest.mark.parametrize("line, message", [
    ("{not json", "f.jsonl:2: not JSON"),
    ('{"label": "ACCUSE"}', 'f.jsonl:2: a record needs a "text" string'),
    ('{"text": "x", "label": "FIGHT"}', "f.jsonl:2: unknown label 'FIGHT'"),
    ('{"text": "x"}', 'f.jsonl:2: a record needs "label"'),
])
def test_bad_training_lines_are_named_by_file_and_line(tmp_path, line, message):
    path = tmp_path / "f.jsonl"
    path.write_text('{"text": "fine", "label": "NONE"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(TrainingDataError) as err:
        read_labelled(path, split)
    assert message in str(err.value).replace(str(tmp_path) + "/", "")


def _labelled(tmp_path):
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps({"text": t, "label": lab}) + "\n" for t, lab in SENTENCES),
                    encoding="utf-8")
    return path


def test_training_is_reproducible_and_learns_the_labels(tmp_path):
    import spacy

    make_doc = spacy.blank("en").make_doc
    examples = read_labelled(_labelled(tmp_path), split)
    first, second = train(examples, make_doc, epochs=20), train(examples, make_doc, epochs=20)
    assert first.get_pipe("textcat_multilabel").model.to_bytes() == \
        second.get_pipe("textcat_multilabel").model.to_bytes()
    from dipevents.typemodel import TypeModel

    scores = TypeModel(first).scores([make_doc("Ruritania shelled villages of Freedonia.")])[0]
    assert best_event(scores)[0] == "ASSAULT"
    assert top(scores, 3)[0][0] == "ASSAULT" and len(top(scores, 3)) == 3


def test_a_type_model_option_that_is_no_model_is_one_clear_error(tmp_path):
    assert load_type_model("none") is None
    with pytest.raises(TypeModelError, match="not a type model directory"):
        load_type_model(str(tmp_path))
    result = run_cli("extract", "-", "--type-model", tmp_path, stdin="Russia met China.")
    assert result.exit_code == 3
    assert result.output.strip().count("\n") == 0 and "not a type model directory" in result.output


def test_train_command_writes_a_model_that_extract_uses(tmp_path):
    out = tmp_path / "model"
    result = run_cli("train", _labelled(tmp_path), "-o", out, "--epochs", 5)
    assert result.exit_code == 0, result.output
    assert (out / "meta.json").exists()
    meta = json.loads((out / "meta.json").read_text())
    assert meta["dipevents"]["examples"] == len(SENTENCES)
    result = run_cli("extract", "-", "--type-model", out, "-f", "jsonl",
                     stdin="Britain imposed sanctions on Russia.")
    assert result.exit_code == 0 and '"SANCTION"' in result.output


def test_train_command_on_bad_input_is_one_line_and_exit_1(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a", "label": "NOPE"}\n', encoding="utf-8")
    result = run_cli("train", bad, "-o", tmp_path / "m")
    assert result.exit_code == 1
    assert result.output.strip() == f"dipevents: {bad}:1: unknown label 'NOPE' (labels are the " \
                                    f"PLOVER types and {NONE})"
    assert not (tmp_path / "m").exists()


# -- the uses, with a model whose opinion the test fixes -------------------------------------

class Fixed:
    """A type model that gives every sentence the same scores."""

    def __init__(self, **scores):
        from dipevents.typemodel import Thresholds

        self.scores_ = {"NONE": 0.0, **scores}
        self.thresholds = Thresholds(find=0.4, veto=0.9)

    def scores(self, docs):
        return [dict(self.scores_) for _ in docs]


@pytest.fixture
def with_opinion(extractor):
    from dipevents.events import Extractor

    def make(uses, **scores):
        return Extractor(extractor.pipeline, extractor.kb, extractor.lex,
                         opinion=Opinion(Fixed(**scores), frozenset(uses)))

    return make


# "routed" is in no lexicon: only the model can name this event.
UNLISTED = "Russian troops routed the Ukrainian border post of Kessel on Monday."


def test_find_emits_the_models_type_on_the_main_verb_where_no_rule_found_one(with_opinion,
                                                                             extractor):
    assert extractor.lex.verbs.get("rout") is None
    plain = Extractor_events(with_opinion((), ASSAULT=0.95), UNLISTED)
    assert plain == []
    events = Extractor_events(with_opinion({"find"}, ASSAULT=0.95), UNLISTED)
    assert [(e.action.type, e.action.cameo, e.action.text, e.rule.split("/")[0]) for e in events] \
        == [("ASSAULT", "190", "routed", "model:ASSAULT")]
    assert "model-find" in events[0].rules
    assert events[0].date.value == "2024-02-26"  # the rules still date it: "on Monday"
    # below the threshold, nothing
    assert Extractor_events(with_opinion({"find"}, ASSAULT=0.3), UNLISTED) == []


def test_find_needs_a_target(with_opinion):
    assert Extractor_events(with_opinion({"find"}, ASSAULT=0.95),
                            "Russian troops routed the hill.") == []


def test_find_leaves_sentences_the_rules_coded_alone(with_opinion):
    text = "Russia condemned Ukraine on Monday."
    events = Extractor_events(with_opinion({"find"}, ASSAULT=0.99), text)
    assert [e.action.type for e in events] == ["ACCUSE"]


def Extractor_events(ex, text):  # noqa: N802 - reads as what it returns
    return ex.extract("t", text, date(2024, 3, 1))


def _coded(kind, actor="RUS", target="UKR"):
    party = lambda code: Actor(code, code, code, None, 0, 1)  # noqa: E731
    return Coded(None, party(actor), party(target), kind, "000", "verb")


def test_choose_keeps_the_type_the_model_prefers_for_one_dyad():
    coded = [_coded("ACCUSE"), _coded("THREATEN"), _coded("CONSULT", "USA", "CHN")]
    kept = choose(coded, {"ACCUSE": 0.2, "THREATEN": 0.7, "CONSULT": 0.1})
    assert [(c.type, c.rules) for c in kept] == [("THREATEN", ("model-choose",)),
                                                 ("CONSULT", ())]


def test_explain_shows_the_models_three_best_types(tmp_path):
    out = tmp_path / "model"
    assert run_cli("train", _labelled(tmp_path), "-o", out, "--epochs", 5).exit_code == 0
    result = run_cli("explain", "Ruritania shelled Freedonia.", "--type-model", out, "-f", "jsonl")
    first = json.loads(result.output.splitlines()[0])
    assert first["sentence"] == "Ruritania shelled Freedonia."
    assert [m["type"] for m in first["model"]][0] == "ASSAULT" and len(first["model"]) == 3
    assert all(0 <= m["score"] <= 1 for m in first["model"])
