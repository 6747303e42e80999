"""The command line: batch verbs, and one clear line on stderr for every error."""

from __future__ import annotations

import argparse
import ast
import hashlib
import inspect
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from contextlib import closing
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from hallplanner import __version__, argparse_zh
from hallplanner.bundled import sample_source_dir
from hallplanner.cli import main
from hallplanner.db.database import open_database
from hallplanner.domain.errors import HallPlannerError
from tests.test_migrations import make_first_revision_file


def hallplanner(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the command as a user would; the developer's own HALLPLANNER_DB is not passed on."""
    environment = {key: value for key, value in os.environ.items() if key != "HALLPLANNER_DB"} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "hallplanner", *args], capture_output=True, text=True, env=environment, timeout=120,
        cwd=cwd,
    )


def assert_one_clear_error(result: subprocess.CompletedProcess, *expected: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in expected:
        assert fragment in lines[0]


def test_db_init_then_info(tmp_path):
    path = tmp_path / "new.sqlite"
    created = hallplanner("db", "init", "--db", str(path))
    assert created.returncode == 0, created.stderr
    info = hallplanner("db", "info", "--db", str(path))
    assert info.returncode == 0, info.stderr
    assert "(最新)" in info.stdout and "事项:0" in info.stdout


def test_db_init_never_touches_an_existing_file(tmp_path):
    path = tmp_path / "plan.sqlite"
    path.write_text("a planner's notes", encoding="utf-8")
    assert_one_clear_error(hallplanner("db", "init", "--db", str(path)), "已存在", str(path))
    assert path.read_text(encoding="utf-8") == "a planner's notes"


def test_db_upgrade_reports_the_backup(tmp_path):
    path = tmp_path / "old.sqlite"
    make_first_revision_file(path)
    info = hallplanner("db", "info", "--db", str(path))
    assert "0001" in info.stdout and "可升级" in info.stdout
    result = hallplanner("db", "upgrade", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "0001" in result.stdout and "before-upgrade" in result.stdout
    again = hallplanner("db", "upgrade", "--db", str(path))
    assert "已是最新" in again.stdout


def test_items_takes_the_database_from_the_environment(tmp_path):
    path = tmp_path / "plan.sqlite"
    hallplanner("db", "init", "--db", str(path))
    result = hallplanner("items", "--json", env={"HALLPLANNER_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("missing", "不存在"),
        ("text_file", "不是 HallPlanner 数据库"),
        ("folder", "文件夹"),
        ("foreign_sqlite", "不是 HallPlanner 数据库"),
        ("newer", "更新版本"),
    ],
)
def test_items_on_bad_input_names_the_file(tmp_path, case, expected):
    path = tmp_path / "plan.sqlite"
    if case == "text_file":
        path.write_text("编号,名称\n1,护照\n", encoding="utf-8")
    elif case == "folder":
        path.mkdir()
    elif case == "foreign_sqlite":
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE notes (text TEXT)")
    elif case == "newer":
        hallplanner("db", "init", "--db", str(path))
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    assert_one_clear_error(hallplanner("items", "--json", "--db", str(path)), expected, str(path))


def test_read_only_file_is_read_but_never_written(tmp_path, sample_path):
    path = tmp_path / "plan.sqlite"
    path.write_bytes(sample_path.read_bytes())
    path.chmod(0o444)
    before = path.read_bytes()

    listed = hallplanner("items", "--json", "--db", str(path))
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) > 0
    assert_one_clear_error(hallplanner("sample", "generate", "--items", "5", "--db", str(path)), "已存在")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.sqlite"]


def test_read_only_older_file_cannot_be_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    make_first_revision_file(path)
    path.chmod(0o444)
    assert_one_clear_error(hallplanner("db", "upgrade", "--db", str(path)), "只读", str(path))
    assert_one_clear_error(hallplanner("items", "--db", str(path)), "只读")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("items",), "--db"),
        (("items", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"), "无法连接数据库"),
        (("items", "--db", "nosuchdriver://x/y"), "数据库地址"),
        (("frobnicate",), "用法错误"),
        (("sample", "generate", "--items", "0", "--db", "x.sqlite"), "--items"),
        (("sample", "generate", "--items", "3", "--db", "/no/such/folder/x.sqlite"), "文件夹不存在"),
    ],
)
def test_usage_and_connection_errors_are_one_line(tmp_path, args, expected):
    assert_one_clear_error(hallplanner(*args), expected)


def test_generate_is_deterministic_and_refuses_to_overwrite(tmp_path):
    first, second, other = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "c.sqlite"
    for path, seed in ((first, "7"), (second, "7"), (other, "8")):
        result = hallplanner("sample", "generate", "--items", "400", "--seed", seed, "--db", str(path))
        assert result.returncode == 0, result.stderr
    dumps = [hallplanner("items", "--json", "--db", str(path)).stdout for path in (first, second, other)]
    assert dumps[0] == dumps[1] != dumps[2]
    assert len(json.loads(dumps[0])) == 400

    assert_one_clear_error(hallplanner("sample", "generate", "--items", "5", "--db", str(first)), "--force")
    assert hallplanner("items", "--json", "--db", str(first)).stdout == dumps[0]


def test_a_reader_that_stops_early_is_no_error(sample_path):
    """``hallplanner items | head -1``: quiet, and exit status 0 (also under ``set -o pipefail``)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "hallplanner", "items", "--db", str(sample_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        # A pipe smaller than the listing, so hallplanner is still writing when the reader leaves.
        pipesize=4096,
    )
    first_line = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=120) == 0
    assert stderr == b""
    assert first_line.count(b"\t") == 4, "the reader got a whole first item"


def test_the_installed_hallplanner_command_runs_main():
    # Read from the installation's metadata, not looked up on PATH: the test holds
    # whether or not the environment is activated.
    [command] = entry_points(group="console_scripts", name="hallplanner")
    assert command.load() is main


def test_version():
    result = hallplanner("--version")
    assert result.returncode == 0 and result.stdout == f"hallplanner {__version__}\n"


def test_awkward_file_names_open(tmp_path, sample_path):
    folder = tmp_path / "规划 #2 ?"
    folder.mkdir()
    created = folder / "新 #3?.sqlite"
    assert hallplanner("db", "init", "--db", str(created)).returncode == 0
    assert "(最新)" in hallplanner("db", "info", "--db", str(created)).stdout
    path = folder / "厦门 样例#1.sqlite"
    path.write_bytes(sample_path.read_bytes())
    path.chmod(0o444)
    result = hallplanner("items", "--json", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 291


def test_reports_and_boards_refuse_to_overwrite_a_file_without_force(tmp_path, sample_path):
    """A planner's workbook is not replaced by a PDF because a name was mistyped."""
    workbook = tmp_path / "目录.xlsx"
    workbook.write_bytes(b"a planner's workbook")
    for args in (("check", "--pdf", str(workbook)), ("signs", "-o", str(workbook))):
        refused = hallplanner(*args, "--db", str(sample_path))
        assert_one_clear_error(refused, "已存在", str(workbook), "--force")
        assert workbook.read_bytes() == b"a planner's workbook"
    written = hallplanner("signs", "-o", str(workbook), "--db", str(sample_path), "--kind", "subcenter", "--force")
    assert written.returncode == 0, written.stderr
    assert workbook.read_bytes().startswith(b"%PDF")


def test_sample_build_overwrites_only_with_force(tmp_path):
    """Without --db the build goes beside its source (in a checkout, the tracked sample), from any folder."""
    source = tmp_path / "sample_db" / "source"
    shutil.copytree(sample_source_dir(), source)
    destination = tmp_path / "sample_db" / "xiamen.sqlite"
    destination.write_bytes(b"a planner's old copy")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    refused = hallplanner("sample", "build", "--source", str(source), cwd=elsewhere)
    assert_one_clear_error(refused, "已存在", str(destination), "--force")
    assert destination.read_bytes() == b"a planner's old copy"

    forced = hallplanner("sample", "build", "--source", str(source), "--force", cwd=elsewhere)
    assert forced.returncode == 0, forced.stderr
    assert "事项:291" in hallplanner("db", "info", "--db", str(destination)).stdout


def execute_and_close(path: Path, *statements: str) -> None:
    """Run SQL on a file and close it (a sqlite3 connection left to the garbage collector stays
    open until it runs, keeping the -wal and -shm of a WAL file)."""
    with closing(sqlite3.connect(path)) as connection, connection:
        for statement in statements:
            connection.execute(statement)


def make_refused_file(kind: str, path: Path, sample_path: Path) -> str:
    """A file HallPlanner must refuse; returns what the refusal says."""
    if kind == "empty":
        path.touch()
        return "db init"
    if kind == "other_application":
        execute_and_close(path, "CREATE TABLE notes (text TEXT)", "INSERT INTO notes VALUES ('护照窗口周五加开')")
        return "不是 HallPlanner 数据库"
    # A newer HallPlanner's file: in rollback-journal mode like the sample, or left in WAL.
    if kind == "newer":
        shutil.copyfile(sample_path, path)
    else:
        open_database(path, create=True).close()
    execute_and_close(path, "UPDATE alembic_version SET version_num = 'f00dfeed'")
    return "更新版本"


@pytest.mark.parametrize("kind", ["empty", "other_application", "newer", "newer_in_wal_mode"])
def test_a_refused_file_stays_byte_for_byte_unchanged(tmp_path, sample_path, kind):
    path = tmp_path / "plan.sqlite"
    expected = make_refused_file(kind, path, sample_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    header = path.read_bytes()[18:20]

    with pytest.raises(HallPlannerError, match=expected):
        open_database(path)
    for verb in (("db", "upgrade"), ("db", "info"), ("items", "--json")):
        assert_one_clear_error(hallplanner(*verb, "--db", str(path)), expected, str(path))

    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert path.read_bytes()[18:20] == header  # the journal mode was not switched either
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.sqlite"]  # no -wal, -shm or -journal


def test_db_init_initialises_an_empty_file(tmp_path):
    path = tmp_path / "plan.sqlite"
    path.touch()
    created = hallplanner("db", "init", "--db", str(path))
    assert created.returncode == 0, created.stderr
    assert "(最新)" in hallplanner("db", "info", "--db", str(path)).stdout


def test_db_upgrade_refuses_the_bundled_sample(sample_path):
    before = hashlib.sha256(sample_path.read_bytes()).hexdigest()
    assert_one_clear_error(hallplanner("db", "upgrade", "--db", str(sample_path)), "样例", str(sample_path))
    assert "(最新)" in hallplanner("db", "info", "--db", str(sample_path)).stdout
    assert hashlib.sha256(sample_path.read_bytes()).hexdigest() == before
    assert not sample_path.with_name(sample_path.name + "-wal").exists()


def argparse_messages() -> set[str]:
    """Every message id the running Python's argparse passes to gettext."""
    calls = (node for node in ast.walk(ast.parse(inspect.getsource(argparse))) if isinstance(node, ast.Call))
    return {call.args[0].value for call in calls
            if isinstance(call.func, ast.Name) and call.func.id in ("_", "ngettext")
            and call.args and isinstance(call.args[0], ast.Constant)}


def english_fragments() -> set[str]:
    """The English words of argparse's messages, without their placeholders ("invalid choice:", …)."""
    pieces = (piece.strip() for message in argparse_messages() for piece in re.split(r"%(?:\(\w+\))?[sr]", message))
    return {piece for piece in pieces if re.search("[a-z]{3}", piece)}


def columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


# Raised only while a parser is being built wrongly: a bug in HallPlanner, which the
# user sees as the one-line internal error, never as a usage message.
PROGRAMMING_ERRORS = {
    ".__call__() not defined",
    "'required' is an invalid argument for positionals",
    "mutually exclusive arguments must be optional",
    "%r is not callable",
    "cannot merge actions - two groups are named %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "cannot have multiple subparser arguments",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    "conflicting option string: %s",
    'argument "-" with mode %r',
}


def test_every_message_argparse_can_show_a_user_is_translated():
    # "%(heading)s:" (Python 3.13) only puts a colon after a group title we translate.
    untranslated = argparse_messages() - PROGRAMMING_ERRORS - {"%(heading)s:"} - set(argparse_zh.MESSAGES)
    assert untranslated == set(), "new argparse messages: add them to hallplanner/argparse_zh.py"


@pytest.mark.parametrize("verb", [(), ("items",), ("db",), ("sample",)], ids=["hallplanner", "items", "db", "sample"])
def test_help_is_in_chinese_and_fits_the_terminal(verb):
    result = hallplanner(*verb, "--help", env={"COLUMNS": "80"})
    assert result.returncode == 0 and result.stderr == ""
    text = result.stdout
    assert text.startswith(" ".join(("用法:hallplanner", *verb)))
    assert "选项:" in text and "-h, --help" in text and "显示本帮助并退出" in text
    assert [fragment for fragment in english_fragments() if fragment in text] == []
    assert re.findall(r"--\w+ [A-Z]+\b", text) == [], "argparse's placeholders made from option names"
    assert max(columns(line) for line in text.splitlines()) <= 80
    # Every argument's help starts in the same column, also after Chinese placeholders.
    arguments = text[re.search(r"^(位置参数|选项):$", text, re.MULTILINE).start():]
    rows = re.findall(r"^( {2}(?: {2})?\S.*?  +)\S", arguments, re.MULTILINE)
    assert len(rows) >= 2 and len({columns(row) for row in rows}) == 1, rows


@pytest.mark.parametrize(("verb", "actions"), [("db", ("init", "upgrade", "info")), ("sample", ("build", "generate"))])
def test_each_verb_explains_each_of_its_actions(verb, actions):
    text = hallplanner(verb, "--help").stdout
    for action in actions:
        assert re.search(rf"^  {action} +\S", text, re.MULTILINE), f"{verb} --help does not explain {action}"


def test_sample_help_shows_the_defaults():
    text = hallplanner("sample", "--help", env={"COLUMNS": "200"}).stdout
    assert re.search(r"--items 数量 .*(默认 10000)", text)
    assert re.search(r"--seed 种子 .*(默认 1)", text)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("db", "frob"), "无效的取值 'frob'(可选:'init', 'upgrade', 'info', 'copy', 'grant', 'revoke', 'users')"),
        (("db",), "缺少必需的参数:操作"),
        (("items", "--bogus"), "无法识别的参数:--bogus"),
        (("items", "--db"), "参数 --db:需要一个值"),
        (("sample", "generate", "--items", "十"), "参数 --items:“十”不是整数"),
        (("sample", "generate", "--s", "3"), "不明确"),
        (("items", "--json=yes"), "参数 --json:"),
    ],
)
def test_usage_errors_are_one_chinese_line(args, expected):
    result = hallplanner(*args)
    assert result.returncode == 2
    assert_one_clear_error(result, "用法错误", expected)
    assert [fragment for fragment in english_fragments() if fragment in result.stderr] == []


def test_items_name_each_window_with_its_number(sample_copy):
    """A01 … A08 share a name: the list tells them apart as the catalog does."""
    lines = hallplanner("items", "--db", str(sample_copy)).stdout.splitlines()
    passport = next(line for line in lines if "\t普通护照签发\t" in line)
    assert passport.endswith("\tA01 公安事务综合窗口")
