import io
import json
from datetime import date

from dipevents.inputs import InputError, iter_documents


def kinds(items):
    return [type(i).__name__ for i in items]


def test_text_file_and_reference_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Russia met Belarus.", encoding="utf-8")
    (doc,) = iter_documents([str(f)], date(2022, 2, 10))
    assert doc.id == str(f) and doc.date == date(2022, 2, 10) and doc.text == "Russia met Belarus."


def test_bom_is_allowed(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffText".encode())
    (doc,) = iter_documents([str(f)])
    assert doc.text == "Text"


def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.md").write_text("two")
    (tmp_path / "1.txt").write_text("one")
    (tmp_path / "skip.bin").write_text("x")
    docs = list(iter_documents([str(tmp_path)]))
    assert [d.text for d in docs] == ["one", "two"]


def test_each_bad_input_is_reported_and_the_rest_still_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("fine")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02abc")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    emptydir = tmp_path / "nothing"
    emptydir.mkdir()
    items = list(iter_documents([str(tmp_path / "missing.txt"), str(binary), str(latin),
                                 str(empty), str(emptydir), str(good)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.source for e in errors] == [str(tmp_path / "missing.txt"), str(binary), str(latin),
                                          str(empty), str(emptydir)]
    assert "no such file" in errors[0].reason
    assert "binary" in errors[1].reason
    assert "UTF-8" in errors[2].reason and "0xe9" in errors[2].reason
    assert "empty" in errors[3].reason
    assert "no .txt or .md" in errors[4].reason
    assert items[-1].text == "fine"


def test_jsonl_collection_lines_are_documents_and_bad_lines_are_named(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text("\n".join([
        json.dumps({"doc_id": "a", "text": "one", "date": "2022-01-01", "source": "x"}),
        "{not json",
        json.dumps({"id": "b", "title": "no text"}),
        json.dumps({"id": "c", "text": "three", "date": "yesterday"}),
        json.dumps({"text": "four"}),
    ]))
    items = list(iter_documents([str(f)], date(2020, 5, 5)))
    assert kinds(items) == ["Document", "InputError", "InputError", "InputError", "Document",
                            "Document"]
    first = items[0]
    assert (first.id, first.date, first.meta) == ("a", date(2022, 1, 1), {"source": "x"})
    assert items[1].source == f"{f}:2" and "JSON" in items[1].reason
    assert items[2].source == f"{f}:3" and "text" in items[2].reason
    # A bad date is reported, but the document is still processed with the fallback date.
    assert not items[3].fatal and items[4].id == "c" and items[4].date == date(2020, 5, 5)
    assert items[5].id == f"{f}:5"


def test_stdin_is_dash():
    (doc,) = iter_documents(["-"], stdin=io.BytesIO(b"From stdin"))
    assert (doc.id, doc.text) == ("-", "From stdin")


def test_stdin_may_carry_a_jsonl_collection():
    lines = [json.dumps({"id": "a", "text": "one"}), "not json", json.dumps({"text": "three"})]
    items = list(iter_documents(["-"], stdin=io.BytesIO("\n".join(lines).encode())))
    assert kinds(items) == ["Document", "InputError", "Document"]
    assert items[0].id == "a" and items[1].source == "-:2" and items[2].id == "-:3"


def test_stdin_text_that_starts_with_a_brace_is_still_text():
    (doc,) = iter_documents(["-"], stdin=io.BytesIO(b"{not json}\nRussia met Iran."))
    assert doc.text == "{not json}\nRussia met Iran."
