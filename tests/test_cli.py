"""The command line: batch verbs, and one clear line on stderr for every error."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from hallplanner.bundled import sample_source_dir
from hallplanner.db.database import open_database
from hallplanner.domain.errors import HallPlannerError
from tests.test_migrations import make_first_revision_file


def hallplanner(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, **(env or {})}
    environment.pop("HALLPLANNER_DB", None) if env is None else None
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


def test_console_script_is_installed():
    result = subprocess.run(["hallplanner", "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("hallplanner ")


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
    assert len(json.loads(result.stdout)) == 277


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
    assert "事项:277" in hallplanner("db", "info", "--db", str(destination)).stdout


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
