"""Event records against the JSON Schema shipped in the package (a small validator for the
subset the schema uses, to avoid a dependency for one test)."""

import json
import re

from dipevents.model import dedupe
from dipevents.tables import DATA_DIR

SCHEMA = json.loads((DATA_DIR / "event.schema.json").read_text())
TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool,
         "object": dict, "array": list, "null": type(None)}


def _error(value, schema, path):
    """What is wrong with ``value`` for one alternative of a oneOf, or None."""
    try:
        return check(value, schema, path)
    except AssertionError as err:
        return str(err)


def check(value, schema, path="$"):
    if "$ref" in schema:
        schema = SCHEMA["$defs"][schema["$ref"].split("/")[-1]]
    if "oneOf" in schema:
        errs = [_error(value, s, path) for s in schema["oneOf"]]
        assert errs.count(None) == 1, f"{path}: matches {errs.count(None)} alternatives: {errs}"
        return None
    if "enum" in schema:
        assert value in schema["enum"], f"{path}: {value!r} not in {schema['enum']}"
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(isinstance(value, TYPES[t]) and not (t in ("integer", "number")
                 and isinstance(value, bool)) for t in types)
        if not ok:
            return f"{path}: {value!r} is not {types}"
    if isinstance(value, str) and "pattern" in schema:
        assert re.match(schema["pattern"], value), f"{path}: {value!r} !~ {schema['pattern']}"
    if isinstance(value, list) and "items" in schema:
        for n, item in enumerate(value):
            err = check(item, schema["items"], f"{path}[{n}]")
            assert err is None, err
    if isinstance(value, dict):
        for key in schema.get("required", []):
            assert key in value, f"{path}: missing {key}"
        if schema.get("additionalProperties") is False:
            extra = set(value) - set(schema["properties"])
            assert not extra, f"{path}: unexpected {extra}"
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                err = check(value[key], sub, f"{path}.{key}")
                assert err is None, err
    return None


def test_records_match_the_schema_and_keep_key_order(code):
    _, events = code("Russia imposed sanctions on Ukraine on Monday. "
                     "Britain did not send troops to Poland. "
                     "The European Commission opened an investigation into 70 employees of Wargaming.")
    assert any(e.target_words for e in events)
    for event in events:
        record = event.to_dict()
        assert check(record, SCHEMA) is None
        assert list(record) == SCHEMA["required"]
    deduped = dedupe(events)
    assert all(check(e.to_dict(), SCHEMA) is None for e in deduped)


def test_schema_rejects_a_broken_record(code):
    _, events = code("Russia imposed sanctions on Ukraine.")
    record = events[0].to_dict()
    record["action"]["type"] = "CHAT"
    try:
        check(record, SCHEMA)
    except AssertionError:
        return
    raise AssertionError("the validator accepted an unknown event type")
