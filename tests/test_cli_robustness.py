"""Bad input on every text command: one line on stderr, exit 2, nothing on stdout.

Runs the real ``coach`` entry point in a subprocess, the way a user or a script sees it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

COMMANDS = ["bias", "goal", "feedback", "ask"]


def coach(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "COACH_LLM": "offline", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        input=stdin,
        capture_output=True,
        env=full_env,
        timeout=120,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess, fragment: str) -> None:
    stderr = proc.stderr.decode()
    assert proc.returncode == 2, stderr
    assert proc.stdout == b"", "nothing may be written to stdout on bad input"
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: ")
    assert fragment in lines[0]


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad")
    files = {
        "binary": ("b.txt", b"\x7fELF\x00\x01\x02\x00" * 20),
        "latin1": ("l.txt", "Caf\u00e9 staff did well.\n".encode("latin-1")),
        "xlsx": ("s.xlsx", b"PK\x03\x04 not really"),
        "no_text_column": ("c.csv", b"id,body\n1,You are lazy\n"),
        "bad_json": ("j.jsonl", b'{"id": 1, "text": "fine"}\n{broken\n'),
        "oversized": ("o.jsonl", json.dumps({"id": "big", "text": "x" * 60_000}).encode() + b"\n"),
    }
    paths = {}
    for key, (name, content) in files.items():
        paths[key] = folder / name
        paths[key].write_bytes(content)
    return paths


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("case", "fragment"),
    [
        ("binary", "looks like a binary file"),
        ("latin1", "is not valid UTF-8"),
        ("xlsx", "unsupported batch file type '.xlsx'"),
        ("no_text_column", "has no 'text' column"),
        ("bad_json", "invalid JSON"),
        ("oversized", "the limit is 50,000"),
    ],
)
def test_bad_batch_files(command, case, fragment, bad_files):
    assert_one_line_error(coach(command, "--input", str(bad_files[case])), fragment)


@pytest.mark.parametrize("command", COMMANDS)
def test_oversized_text_argument_and_stdin(command):
    assert_one_line_error(coach(command, "-", stdin=b"y" * 50_001), "50,001 characters; the limit is 50,000")


@pytest.mark.parametrize("command", COMMANDS)
def test_binary_and_wrong_encoding_on_stdin(command):
    assert_one_line_error(coach(command, "-", stdin=b"\x00\x01binary"), "binary")
    assert_one_line_error(coach(command, "-", stdin="na\u00efve".encode("latin-1")), "not valid UTF-8")


@pytest.mark.parametrize("command", ["goal", "feedback", "ask"])
def test_empty_text_is_refused_where_there_is_nothing_to_check(command):
    assert_one_line_error(coach(command, "   "), "empty")


def test_empty_text_has_no_bias_flags():
    proc = coach("bias", "", "--json")
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout) == {"flags": []}


@pytest.mark.parametrize("command", COMMANDS)
def test_missing_batch_file(command, tmp_path):
    assert_one_line_error(coach(command, "--input", str(tmp_path / "none.jsonl")), "no such file")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["bias", "--input", "."], "Invalid value for '--input': File '.' is a directory. (see 'coach bias --help')"),
        (["ask", "x", "--history", "."], "'--history': File '.' is a directory. (see 'coach ask --help')"),
        (["search"], "Missing argument 'QUERY'. (see 'coach search --help')"),
        (["search", "x", "-k", "0"], "0 is not in the range 1<=x<=100. (see 'coach search --help')"),
        (["frobnicate"], "No such command 'frobnicate'. (see 'coach --help')"),
        (["goal", "--nope"], "No such option '--nope'. Did you mean '--input'? (see 'coach goal --help')"),
    ],
)
def test_usage_errors_are_one_line(args, fragment):
    """A wrong option, a missing argument or a folder where a file belongs is one line too,
    naming the help to read, not click's three-line usage block."""
    assert_one_line_error(coach(*args), fragment)


def test_a_reader_that_stops_early_gets_no_error(tmp_path):
    """`coach feedback --input big.txt | head -1`: the closed pipe ends the command quietly."""
    batch = tmp_path / "drafts.txt"
    batch.write_text("You never listen to the team and you are always late to the stand-up.\n" * 120)
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "feedback", "--input", str(batch)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "COACH_LLM": "offline"},
    )
    first = proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert json.loads(first)["id"] == "1"
    assert stderr == ""
    assert proc.returncode == 1


def test_a_corrupt_pdf_is_one_report_line_without_library_noise(tmp_path):
    """The ingest report names the broken file once; pypdf's own warnings ("EOF marker not
    found") are not printed around it."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "gym.md").write_text("# Gym\n\nThe company pays for gym memberships up to 30 EUR a month.\n")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a PDF")
    env = {"COACH_EMBEDDINGS": "fake", "COACH_INDEX_DIR": str(tmp_path / "index")}
    proc = coach("ingest", str(folder), env=env)
    assert proc.returncode == 1, proc.stderr.decode()
    report = proc.stdout.decode().splitlines()
    assert report[0] == "added      gym.md  (1 chunks)"
    assert report[1].startswith("error      broken.pdf: cannot read PDF (")
    assert [line for line in proc.stderr.decode().splitlines() if not line.startswith("embedding ")] == []


def test_serve_on_a_port_in_use_says_so_in_one_line_before_any_work(tmp_path):
    """Not Gradio's 'Cannot find empty port ... GRADIO_SERVER_PORT ... launch()', and before the
    knowledge index is built (which can take a minute on an empty index)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {"COACH_INDEX_DIR": str(tmp_path / "index"), "COACH_EMBEDDINGS": "fake"}
        proc = coach("serve", "--port", str(port), "--no-warm-up", env=env)
    assert_one_line_error(
        proc, f"port {port} on 127.0.0.1 is already in use; stop what is using it or choose another with --port"
    )
    assert not (tmp_path / "index").exists()


@pytest.mark.parametrize(("args", "env", "fragment"), [
    (["serve", "--port", "99999"], {}, "'--port': 99999 is not in the range 1<=x<=65535. (see 'coach serve --help')"),
    (["serve"], {"COACH_PORT": "70000"}, "invalid setting port: Input should be less than or equal to 65535"),
])
def test_serve_refuses_a_port_that_cannot_exist(args, env, fragment, tmp_path):
    assert_one_line_error(coach(*args, env={"COACH_INDEX_DIR": str(tmp_path / "index"), **env}), fragment)


@pytest.mark.parametrize(
    ("command", "line"),
    [("goal", "error: goal is empty"), ("feedback", "error: feedback draft is empty"), ("ask", "error: question is empty")],
)
def test_an_empty_text_is_named_as_what_the_command_checks(command, line):
    """The same words as the app ("The feedback draft is empty"), not a generic "text"."""
    proc = coach(command, "")
    assert_one_line_error(proc, line)
    assert proc.stderr.decode().strip() == line


@pytest.mark.parametrize(
    ("stdin", "fragment"),
    [
        ("Caf\u00e9 leave?\n".encode("latin-1"), "standard input is not valid UTF-8"),
        (b"How long is probation?\x00\n", "question holds a NUL character"),
        (b"y" * 50_001 + b"\n", "question is 50,001 characters; the limit is 50,000"),
    ],
)
def test_chat_refuses_a_bad_line_like_ask_does(stdin, fragment):
    """One line and exit 2 before any answer, not 'internal error (UnicodeDecodeError)'."""
    assert_one_line_error(coach("chat", stdin=stdin), fragment)
