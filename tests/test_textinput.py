"""Reading single texts and batch files; every bad input is an InputError with one line."""

import io
import json

import pytest

from assistant.textinput import BatchItem, InputError, check_text, decode_bytes, read_batch, read_text_arg


def test_read_text_arg_plain_and_stdin():
    assert read_text_arg("hello", None, 100) == "hello"
    stdin = io.TextIOWrapper(io.BytesIO("\ufeffvia stdin ✓".encode()), encoding="utf-8")
    assert read_text_arg("-", stdin, 100) == "via stdin ✓"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01\x02binary", "looks like a binary file"),
        ("caf\u00e9".encode("latin-1"), "is not valid UTF-8"),
    ],
)
def test_decode_bytes_refuses_binary_and_wrong_encoding(data, message):
    with pytest.raises(InputError, match=message):
        decode_bytes(data, "input")


def test_size_limit_and_empty():
    with pytest.raises(InputError, match="is 11 characters; the limit is 10"):
        check_text("x" * 11, 10)
    with pytest.raises(InputError, match="text is empty"):
        check_text("  \n", 10, allow_empty=False)
    assert check_text("", 10) == ""


def test_batch_formats(tmp_path):
    jsonl = tmp_path / "b.jsonl"
    jsonl.write_text(json.dumps({"id": "a", "text": "one"}) + "\n\n" + json.dumps({"text": "two"}) + "\n")
    assert read_batch(jsonl, 100) == [BatchItem("a", "one"), BatchItem("3", "two")]
    csv_file = tmp_path / "b.csv"
    csv_file.write_text('ID,Text\nx,"first, with comma"\n,second\n')
    assert read_batch(csv_file, 100) == [BatchItem("x", "first, with comma"), BatchItem("2", "second")]
    txt = tmp_path / "b.txt"
    txt.write_text("line one\n\nline two\n")
    assert read_batch(txt, 100) == [BatchItem("1", "line one"), BatchItem("3", "line two")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("b.csv", b"id,body\n1,x\n", "has no 'text' column"),
        ("b.jsonl", b'{"id": 1}\n', "expected an object with a string 'text' field"),
        ("b.jsonl", b"{not json\n", "invalid JSON"),
        ("b.xlsx", b"PK\x03\x04", "unsupported batch file type '.xlsx'"),
        ("b.txt", b"\x00\x00\x00", "looks like a binary file"),
        ("b.txt", b"ok\n" + b"x" * 50, "limit is 10"),
    ],
)
def test_bad_batch_files(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_batch(path, 10)


def test_missing_batch_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_batch(tmp_path / "nope.jsonl", 10)
