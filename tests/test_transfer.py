"""Copying a plan between databases: a SQLite file onto a PostgreSQL server and back, and file to file."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import create_engine, make_url, select, text

from hallplanner.bundled import sample_source_dir
from hallplanner.db.database import open_database
from hallplanner.db.migrations import upgrade_to_head
from hallplanner.db.schema import AuthorizedItem, Base, FloorImage, ItemEvent, Region, SignboardOverride
from hallplanner.db.transfer import copy_plan
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.signboards import BoardKind
from hallplanner.domain.vocabulary import ItemOperation, Level
from tests.test_cli import assert_one_clear_error, hallplanner
from tests.test_migrations import FIRST_REVISION, make_first_revision_file


def plan_rows(target) -> dict[str, list[tuple]]:
    """Every row of every plan table, in id order, as the database gives them back."""
    db = open_database(target, readonly=True, upgrade=False)
    try:
        with db.engine.connect() as connection:
            return {table.name: [tuple(row) for row in connection.execute(select(table).order_by(table.c.id))]
                    for table in Base.metadata.sorted_tables}
    finally:
        db.close()


@pytest.fixture
def busy_plan(sample_copy):
    """The sample with a row in every table: audit trail, item events, a region whose parent came later,
    a floor drawing's bytes."""
    db = open_database(sample_copy)
    with db.transaction(actor="测试规划员") as session:
        later_parent = Region(name="测试街道", level=Level.DISTRICT)
        child = Region(name="测试社区", level=Level.DISTRICT)
        session.add_all([child, later_parent])
        session.flush()
        child.parent = later_parent  # the child's id is the smaller: inserting by id alone would fail
        session.add(SignboardOverride(board_kind=BoardKind.WINDOW, subject_id=1, text="综合受理窗口"))
        session.add(ItemEvent(actor="测试规划员", operation=ItemOperation.NEW, results='[{"id": 1}]'))
        session.add(AuthorizedItem(staff_id=1, item_id=1))
        # As the page stores a drawing: its bytes outside the ORM, so outside the audit trail.
        session.execute(FloorImage.__table__.insert().values(sha256="0" * 64, media_type="image/png", width=1,
                                                             height=1, source="平面.png", data=b"\x89PNG\x00\xff"))
    db.close()
    rows = plan_rows(sample_copy)
    assert all(rows.values()), [name for name, table_rows in rows.items() if not table_rows]
    return sample_copy


@pytest.mark.postgres
def test_a_plan_copied_to_the_server_and_back_is_the_same_plan(busy_plan, postgres_url, tmp_path):
    original = plan_rows(busy_plan)
    to_server = copy_plan(busy_plan, postgres_url)
    assert to_server.counts == {name: len(rows) for name, rows in original.items()}
    assert plan_rows(postgres_url) == original
    back = tmp_path / "back.sqlite"
    copy_plan(postgres_url, back)
    assert plan_rows(back) == original

    # The ids came along; new rows on the server continue after them.
    server = open_database(postgres_url)
    with server.transaction() as session:
        region = Region(name="新街道", level=Level.DISTRICT)
        session.add(region)
    server.close()
    assert region.id == max(row[0] for row in original["regions"]) + 1


@pytest.mark.postgres
def test_a_plan_on_the_server_is_not_overwritten_without_force(busy_plan, postgres_url, sample_path):
    copy_plan(sample_path, postgres_url)
    before = plan_rows(postgres_url)
    with pytest.raises(HallPlannerError, match="已有数据.*--force"):
        copy_plan(busy_plan, postgres_url)
    assert plan_rows(postgres_url) == before

    result = copy_plan(busy_plan, postgres_url, force=True)
    assert result.replaced
    assert plan_rows(postgres_url) == plan_rows(busy_plan)


@pytest.mark.postgres
def test_a_server_database_at_another_schema_version_is_refused(sample_path, postgres_url):
    engine = create_engine(postgres_url)
    upgrade_to_head(engine, FIRST_REVISION)
    engine.dispose()
    with pytest.raises(HallPlannerError, match=f"目标数据库的结构版本是 {FIRST_REVISION}.*hallplanner db upgrade"):
        copy_plan(sample_path, postgres_url)
    engine = create_engine(postgres_url)
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == FIRST_REVISION
        assert connection.scalar(text("SELECT count(*) FROM service_items")) == 0
    engine.dispose()


def test_an_older_source_is_refused_and_no_destination_file_is_left(tmp_path):
    old, destination = tmp_path / "old.sqlite", tmp_path / "copy.sqlite"
    make_first_revision_file(old)
    before = old.read_bytes()
    with pytest.raises(HallPlannerError, match=f"源数据库的结构版本是 {FIRST_REVISION}"):
        copy_plan(old, destination)
    assert old.read_bytes() == before
    assert not [path.name for path in tmp_path.iterdir() if path.name.startswith("copy")]


def test_a_cancelled_copy_leaves_the_destination_as_it_was(busy_plan, sample_path, tmp_path):
    destination = tmp_path / "copy.sqlite"
    shutil.copyfile(sample_path, destination)
    before = plan_rows(destination)
    seen = []

    def cancel_halfway(done, total):
        seen.append(done)
        if done > total // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        copy_plan(busy_plan, destination, force=True, progress=cancel_halfway)
    assert plan_rows(destination) == before
    assert seen[0] == 0 and seen == sorted(seen)


def test_db_copy_file_to_file_on_the_command_line(busy_plan, tmp_path):
    destination = tmp_path / "copy.sqlite"
    copied = hallplanner("db", "copy", "--from", str(busy_plan), "--to", str(destination))
    assert copied.returncode == 0, copied.stderr
    assert copied.stderr == ""  # not a terminal and no --progress: no progress lines
    assert "各表行数与源数据库一致" in copied.stdout
    assert plan_rows(destination) == plan_rows(busy_plan)

    refused = hallplanner("db", "copy", "--from", str(busy_plan), "--to", str(destination))
    assert_one_clear_error(refused, "已有数据", "--force")

    forced = hallplanner("db", "copy", "--from", str(busy_plan), "--to", str(destination), "--force", "--progress")
    assert forced.returncode == 0, forced.stderr
    progress = forced.stderr.splitlines()
    assert progress[0].startswith("复制中 0%") and progress[-1].startswith("复制中 100%")
    assert_one_clear_error(hallplanner("db", "copy", "--from", str(destination), "--to", str(destination)), "同一个")


def login_with_password(cluster, database: str, user: str = "copy_clerk", password: str = "right-secret") -> None:
    """A login that must give its password (the session's server trusts every other), owning ``database``."""
    admin = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        if not connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :user"), {"user": user}):
            connection.execute(text(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'"))
        connection.execute(text(f'ALTER DATABASE "{database}" OWNER TO {user}'))
        hba = cluster.data_dir / "pg_hba.conf"
        rule = f"host all {user} 127.0.0.1/32 scram-sha-256\n"
        if rule not in hba.read_text():
            hba.write_text(rule + hba.read_text())
            connection.execute(text("SELECT pg_reload_conf()"))
    admin.dispose()


@pytest.mark.postgres
def test_connection_failures_are_one_line_and_never_show_the_password(postgres_cluster, postgres_url, sample_path):
    database = postgres_url.rsplit("/", 1)[1]
    login_with_password(postgres_cluster, database)
    wrong = f"postgresql+psycopg://copy_clerk:wrong-secret@127.0.0.1:{postgres_cluster.port}/{database}"
    for source, destination, expected in (
        (str(sample_path), wrong, "password authentication failed"),
        (str(sample_path), "postgresql+psycopg://copy_clerk:wrong-secret@127.0.0.1:1/x", "无法连接数据库"),
        (str(sample_path), "postgresql+psycopg://copy_clerk:wrong-secret@127.0.0.1:port/x", "无法识别的数据库地址"),
        (wrong, "/tmp/never.sqlite", "password authentication failed"),
    ):
        result = hallplanner("db", "copy", "--from", source, "--to", destination)
        assert_one_clear_error(result, expected)
        assert "wrong-secret" not in result.stderr + result.stdout


@pytest.mark.postgres
def test_sample_build_and_generate_write_to_a_server(postgres_url, sample_path, tmp_path):
    built = hallplanner("sample", "build", "--db", postgres_url)
    assert built.returncode == 0, built.stderr
    # The sample's dated edits name their planners; on a server the trail names the login with them.
    login = f"({make_url(postgres_url).username})"
    on_server = {name: [tuple(value.removesuffix(login) if isinstance(value, str) else value for value in row)
                        for row in rows]
                 for name, rows in plan_rows(postgres_url).items()}
    assert on_server == plan_rows(sample_path)

    assert_one_clear_error(hallplanner("sample", "generate", "--items", "50", "--db", postgres_url), "已有数据")
    generated = hallplanner("sample", "generate", "--items", "50", "--db", postgres_url, "--force")
    assert generated.returncode == 0, generated.stderr
    as_file = tmp_path / "generated.sqlite"
    assert hallplanner("sample", "generate", "--items", "50", "--db", str(as_file)).returncode == 0
    assert plan_rows(postgres_url) == plan_rows(as_file)


def test_a_copy_whose_counts_do_not_match_is_undone(busy_plan, sample_path, tmp_path, monkeypatch):
    from hallplanner.db import transfer

    destination = tmp_path / "copy.sqlite"
    shutil.copyfile(sample_path, destination)
    before = plan_rows(destination)
    write = transfer._write
    # One audit entry lost on the way (a table nothing refers to).
    monkeypatch.setattr(transfer, "_write", lambda writing, table, rows:
                        write(writing, table, rows[:-1] if table.name == "audit_log" else rows))
    with pytest.raises(HallPlannerError, match="audit_log 的行数不符.*未作改动"):
        copy_plan(busy_plan, destination, force=True)
    assert plan_rows(destination) == before


def test_a_destination_from_a_newer_hallplanner_is_refused_unchanged(sample_path, tmp_path):
    destination = tmp_path / "newer.sqlite"
    shutil.copyfile(sample_path, destination)
    with closing(sqlite3.connect(destination)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = destination.read_bytes()
    with pytest.raises(HallPlannerError, match="更新版本"):
        copy_plan(sample_path, destination, force=True)
    assert destination.read_bytes() == before


@pytest.mark.postgres
def test_a_server_database_copied_onto_itself_under_another_address_is_refused(sample_path, postgres_url):
    copy_plan(sample_path, postgres_url)
    before = plan_rows(postgres_url)
    elsewhere = postgres_url.replace("@127.0.0.1:", "@localhost:")
    assert elsewhere != postgres_url
    with pytest.raises(HallPlannerError, match="同一个"):
        copy_plan(postgres_url, elsewhere, force=True)  # it used to wait for ever on its own read
    assert plan_rows(postgres_url) == before


@pytest.mark.postgres
def test_another_database_on_the_same_server_is_not_taken_for_the_same(sample_path, postgres_url, postgres_cluster):
    from hallplanner.db.database import open_database as open_db

    copy_plan(sample_path, postgres_url)
    other = create_engine(postgres_cluster.url(), isolation_level="AUTOCOMMIT")
    name = make_url(postgres_url).database + "_other"
    with other.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    other.dispose()
    destination = make_url(postgres_url).set(database=name, host="localhost").render_as_string(hide_password=False)
    open_db(destination, create=True).close()
    assert copy_plan(postgres_url, destination).rows == sum(len(rows) for rows in plan_rows(postgres_url).values())


@pytest.mark.postgres
def test_replacing_the_plan_as_a_planner_is_refused_in_one_line(postgres_url, sample_path):
    from tests.team import Team

    team = Team(postgres_url, sample_path)
    before = plan_rows(team.url)
    refused = hallplanner("db", "copy", "--from", str(sample_path), "--to", team.url_of(team.planner), "--force")
    assert_one_clear_error(refused, "只有数据表的所有者(或超级用户)可以替换或填入服务器上的规划", team.planner)
    assert refused.returncode not in (0, 70)
    assert plan_rows(team.url) == before
