"""Accounts on a real PostgreSQL server: what each login may change is enforced by the server itself."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from hallplanner.cli import main
from hallplanner.db.database import open_database
from hallplanner.domain.access import AccessRole
from hallplanner.domain.errors import HallPlannerError
from hallplanner.services import accounts
from hallplanner.services.catalog import list_items
from hallplanner.services.editing import PlanEditor
from tests.team import Team

pytestmark = pytest.mark.postgres


@pytest.fixture
def team(postgres_url, sample_path) -> Team:
    return Team(postgres_url, sample_path)


def _as_owner(team: Team, statement: str, **values) -> list:
    engine = create_engine(team.url)
    try:
        with engine.connect() as connection:
            return connection.execute(text(statement), values).scalars().all()
    finally:
        engine.dispose()


def _volume(team: Team, item_id: int) -> int:
    return _as_owner(team, "SELECT annual_volume FROM service_items WHERE id = :id", id=item_id)[0]


def test_a_department_login_changes_its_own_items_and_the_server_refuses_the_others(team):
    engine = team.engine(team.police)
    with engine.begin() as connection:
        other = connection.execute(text("UPDATE service_items SET annual_volume = 7 WHERE id = :id"), {"id": team.hr_item})
        own = connection.execute(text("UPDATE service_items SET annual_volume = 7 WHERE id = :id"),
                                 {"id": team.police_item})
    assert (other.rowcount, own.rowcount) == (0, 1)
    assert _volume(team, team.police_item) == 7 and _volume(team, team.hr_item) != 7
    # Neither by giving its own item away, nor by adding an item to another department.
    for statement in ("UPDATE service_items SET department_id = :other WHERE id = :own",
                      "INSERT INTO service_items (name, basic_code, implementation_code, item_type, department_id, "
                      "level, category, annual_volume, avg_minutes, jointly_handled, online_depth, fully_online, "
                      "negative_list, special_sensitive, status, plan_ref, illustrative) VALUES ('x', 'x', 'x-1', "
                      "'行政许可', :other, 'city', '', 0, 0, false, 1, false, false, false, 'planned', '', false)"):
        with pytest.raises(ProgrammingError, match="row-level security"), engine.begin() as connection:
            connection.execute(text(statement), {"other": team.hr_id, "own": team.police_item})
    # The plan as a whole is not a department's: a window, a venue.
    with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as connection:
        connection.execute(text("UPDATE windows SET name = 'x'"))
    engine.dispose()


def test_the_audit_trail_takes_only_rows_naming_the_login_and_nobody_rewrites_it(team):
    engine = team.engine(team.police)
    for statement in ("UPDATE audit_log SET actor = 'someone'", "DELETE FROM audit_log"):
        with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as connection:
            connection.execute(text(statement))
    with pytest.raises(ProgrammingError, match="row-level security"), engine.begin() as connection:
        connection.execute(text("INSERT INTO audit_log (at, actor, action, entity, entity_id) "
                                "VALUES (now(), 'someone else', 'update', 'service_items', 1)"))
    engine.dispose()


def test_through_the_services_a_department_gets_a_clear_refusal_and_the_trail_names_the_login(team):
    db = open_database(team.url_of(team.police))
    assert (db.access.role, db.access.department_name) == (AccessRole.DEPARTMENT, "公安局")
    items = {item.id: item for item in list_items(db)}
    editor = PlanEditor(db)
    with pytest.raises(HallPlannerError, match=re.escape("部门账号只能修改本部门(公安局)的事项和人员,这一条属于人社局")):
        editor.update_item(team.hr_item, items[team.hr_item].version, {"annual_volume": 5})
    with pytest.raises(HallPlannerError, match="部门账号只能修改本部门"):
        editor.create_staff({"name": "王五", "department_id": team.hr_id, "role": "window"})
    editor.update_item(team.police_item, items[team.police_item].version, {"annual_volume": 5})
    db.close()
    assert _volume(team, team.police_item) == 5 and _volume(team, team.hr_item) != 5
    actors = _as_owner(team, "SELECT DISTINCT actor FROM audit_log WHERE entity = 'service_items' AND entity_id = :id",
                       id=team.police_item)
    assert actors == [f"张警官({team.police})"]


def test_the_server_refusal_itself_reaches_the_planner_in_words_not_a_traceback(team, monkeypatch):
    """Were the services' own check missing, the server's refusal would still be told plainly."""
    monkeypatch.setattr("hallplanner.db.database.guard_flush", lambda *args: None)
    db = open_database(team.url_of(team.police))
    editor = PlanEditor(db)
    with pytest.raises(HallPlannerError) as refused:
        editor.create_staff({"name": "王五", "department_id": team.hr_id, "role": "window"})
    assert str(refused.value).startswith("服务器拒绝了修改:此账号没有这项权限,未作改动")
    assert "row-level security" in str(refused.value)
    db.close()


def test_a_viewer_reads_and_cannot_write(team):
    db = open_database(team.url_of(team.viewer))
    assert len(list_items(db)) > 200
    with pytest.raises(HallPlannerError, match="只读账号"):
        PlanEditor(db).rename_item(team.police_item, 1, "新名称")
    db.close()
    engine = team.engine(team.viewer)
    with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as connection:
        connection.execute(text("UPDATE service_items SET annual_volume = 1"))
    engine.dispose()


def test_a_planner_edits_everything_and_cannot_grant(team):
    db = open_database(team.url_of(team.planner))
    items = {item.id: item for item in list_items(db)}
    editor = PlanEditor(db)
    for item_id in (team.police_item, team.hr_item):
        editor.update_item(item_id, items[item_id].version, {"annual_volume": 11})
    with pytest.raises(HallPlannerError, match="只有管理员账号可以管理账号"):
        accounts.grant(db, "intruder", AccessRole.ADMIN, password="x")
    db.close()
    assert _volume(team, team.police_item) == _volume(team, team.hr_item) == 11
    engine = team.engine(team.planner)
    with pytest.raises(DBAPIError, match="must have admin option"), engine.begin() as connection:
        connection.exec_driver_sql(f"GRANT hallplanner_admin TO {team.planner}")
    engine.dispose()


def test_an_admin_login_grants_and_revokes(team):
    db = open_database(team.url_of(team.admin))
    accounts.grant(db, team.viewer, AccessRole.PLANNER)
    promoted = open_database(team.url_of(team.viewer))
    assert promoted.access.role is AccessRole.PLANNER
    promoted.close()
    accounts.revoke(db, team.hr)
    db.close()
    engine = team.engine(team.hr)
    with pytest.raises(ProgrammingError, match="permission denied"), engine.connect() as connection:
        connection.execute(text("SELECT count(*) FROM service_items"))
    engine.dispose()


def test_db_users_lists_the_logins(team, capsys):
    assert main(["db", "users", "--db", team.url, "--json"]) == 0
    listed = {row["login"]: row for row in json.loads(capsys.readouterr().out)}
    assert listed[team.police] == {"login": team.police, "role": "department", "department": "公安局",
                                   "display_name": "张警官", "superuser": False}
    assert (listed[team.planner]["role"], listed[team.viewer]["role"], listed[team.admin]["role"]) == (
        "planner", "viewer", "admin")
    assert main(["db", "users", "--db", team.url_of(team.planner)]) == 1
    assert "只有管理员账号可以管理账号" in capsys.readouterr().err


def test_db_grant_reads_the_password_from_a_file_and_never_prints_it(team, tmp_path, capsys):
    secret = tmp_path / "password"
    secret.write_text("very-secret-word\n", encoding="utf-8")
    login = f"new{team.police}"
    assert main(["db", "grant", "--db", team.url, "--user", login, "--role", "department", "--department", "人社局",
                 "--display-name", "赵六", "--password-file", str(secret)]) == 0
    shown = capsys.readouterr()
    assert "very-secret-word" not in shown.out + shown.err and login in shown.out
    stored = _as_owner(team, "SELECT rolpassword FROM pg_authid WHERE rolname = :l", l=login)[0]
    assert stored.startswith("SCRAM-SHA-256$")
    assert main(["db", "grant", "--db", team.url, "--user", "x" + login, "--role", "department",
                 "--password-file", str(secret)]) == 1
    assert "须用 --department" in capsys.readouterr().err
    # A new login without a password file, and no terminal to type one on: refused, nothing made.
    assert main(["db", "grant", "--db", team.url, "--user", "y" + login, "--role", "viewer"]) == 1
    assert "或用 --password-file 给出" in capsys.readouterr().err
    assert _as_owner(team, "SELECT count(*) FROM pg_roles WHERE rolname = :l", l="y" + login) == [0]


def test_accounts_on_a_sqlite_file_are_refused_plainly(sample_copy, capsys):
    assert main(["db", "users", "--db", str(sample_copy)]) == 1
    assert "SQLite 文件没有登录账号" in capsys.readouterr().err


def test_the_migration_sets_access_up_on_an_older_server_database_and_takes_it_away_again(postgres_url):
    from alembic import command

    from hallplanner.db import access
    from hallplanner.db.migrations import alembic_config, upgrade_to_head

    engine = create_engine(postgres_url)
    upgrade_to_head(engine, "0007")
    with engine.connect() as connection:
        assert not access.is_installed(connection)
    db = open_database(postgres_url)  # opening upgrades it
    assert db.upgraded_from == "0007"
    db.close()
    policies = "SELECT count(*) FROM pg_policies WHERE tablename = 'service_items' AND policyname LIKE 'hallplanner%'"
    with engine.connect() as connection:
        assert access.is_installed(connection) and connection.scalar(text(policies)) == 5
    with engine.connect() as connection:  # a downgrade: the access control goes, the group roles stay
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
        connection.commit()
        assert not access.is_installed(connection) and connection.scalar(text(policies)) == 0
        assert connection.scalar(text("SELECT relrowsecurity FROM pg_class WHERE relname = 'service_items'")) is False
    engine.dispose()


def test_what_the_window_offers_a_department_for_its_own_items_and_staff_the_server_takes(team):
    """Every edit the GUI leaves enabled for a department login on its own rows goes through, history and trail too."""
    import datetime as dt

    from hallplanner.domain.vocabulary import ItemType, Level
    from hallplanner.services.catalog import list_venues, record

    db = open_database(team.url_of(team.police))
    editor = PlanEditor(db)
    created = editor.create_item({"name": "新增的公安事项", "department_id": team.police_id, "basic_code": "000199999000",
                                  "implementation_code": "113502000036126350001999990000",
                                  "item_type": ItemType.PUBLIC_SERVICE, "level": Level.CITY, "online_depth": 1})
    [item_id] = created.ids("service_items")
    window = next(w for venue in list_venues(db) for w in venue.windows if w.department_short == "公安局")
    editor.assign([item_id], window.id)
    editor.schedule_entry([item_id], dt.date.today() + dt.timedelta(days=30))
    editor.rename_item(item_id, next(i for i in list_items(db) if i.id == item_id).version, "改名后的公安事项")
    editor.delete_items([item_id])
    person = editor.create_staff({"name": "王五", "department_id": team.police_id, "role": "window"})
    [staff_id] = person.ids("staff")
    renamed = editor.update_staff(staff_id, 1, {"name": "王五六", "department_id": team.police_id, "role": "window"})
    editor.undo(renamed)  # undo is an edit like any other
    editor.undo(person)
    with pytest.raises(HallPlannerError, match="部门账号只能修改本部门的事项和人员"):
        editor.update_window(window.id, record(db, "window", window.id)["version"], {"name": "改名的窗口"})
    db.close()
    tables = _as_owner(team, "SELECT DISTINCT entity FROM audit_log WHERE actor = :actor", actor=f"张警官({team.police})")
    assert {"service_items", "handling_places", "item_status_history", "staff"} <= set(tables)


def _logins(team: Team) -> dict[str, int | None]:
    engine = create_engine(team.url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT login, department_id FROM hallplanner_access.logins")).all()
    engine.dispose()
    return dict(rows)


def test_replacing_the_plan_on_a_server_keeps_each_login_with_its_department_by_name(team, tmp_path, capsys):
    """The new plan numbers its departments otherwise: a login follows its department's full name, or loses it."""
    other = tmp_path / "other.sqlite"
    assert main(["sample", "generate", "--items", "60", "--db", str(other)]) == 0
    with sqlite3.connect(other) as connection:
        departments = dict(connection.execute("SELECT full_name, id FROM departments").fetchall())
        now_at_hr_id = connection.execute("SELECT short_name FROM departments WHERE id = ?", (team.hr_id,)).fetchone()
    assert "厦门市人力资源和社会保障局" not in departments and now_at_hr_id[0] != "人社局"
    capsys.readouterr()
    assert main(["db", "copy", "--from", str(other), "--to", team.url, "--force"]) == 0
    error = capsys.readouterr().err
    assert team.hr in error and team.police not in error and len(error.strip().splitlines()) == 1
    logins = _logins(team)
    assert (logins[team.police], logins[team.hr]) == (departments["厦门市公安局"], None)
    engine = team.engine(team.hr)  # hr's department is gone: it writes no department's staff
    with engine.begin() as connection:
        assert connection.execute(text("UPDATE staff SET name = name")).rowcount == 0
    engine.dispose()
    engine = team.engine(team.police)
    with engine.begin() as connection:
        changed = connection.execute(text("UPDATE staff SET name = name")).rowcount
    engine.dispose()
    assert changed == _as_owner(team, "SELECT count(*) FROM staff WHERE department_id = :d",
                                d=departments["厦门市公安局"])[0] > 0


def test_copying_a_plan_back_over_itself_keeps_the_logins_departments(team, sample_path):
    from hallplanner.db.transfer import copy_plan

    before = _logins(team)
    result = copy_plan(sample_path, team.url, force=True)
    assert result.replaced and result.logins_without_department == ()
    assert _logins(team) == before


def test_an_admin_login_cannot_make_itself_a_server_superuser(team):
    engine = team.engine(team.admin)
    assert _as_owner(team, "SELECT rolcreaterole FROM pg_roles WHERE rolname = :l", l=team.admin) == [False]
    with pytest.raises(DBAPIError, match="permission denied|must have admin option"), engine.begin() as connection:
        connection.exec_driver_sql(f"GRANT pg_execute_server_program TO {team.admin}")
    engine.dispose()


def test_an_admin_grants_existing_logins_and_leaves_new_logins_to_the_owner(team, tmp_path, capsys):
    assert main(["db", "grant", "--db", team.url_of(team.admin), "--user", team.hr, "--role", "viewer"]) == 0
    hr = open_database(team.url_of(team.hr))
    assert hr.access.role is AccessRole.VIEWER
    hr.close()
    secret = tmp_path / "password"
    secret.write_text("another-secret\n", encoding="utf-8")
    capsys.readouterr()
    login = f"fresh{team.admin}"
    assert main(["db", "grant", "--db", team.url_of(team.admin), "--user", login, "--role", "viewer",
                 "--password-file", str(secret)]) == 1
    error = capsys.readouterr().err
    assert len(error.strip().splitlines()) == 1 and "数据表的所有者" in error and "Traceback" not in error
    assert _as_owner(team, "SELECT count(*) FROM pg_roles WHERE rolname = :l", l=login) == [0]
    assert main(["db", "grant", "--db", team.url_of(team.admin), "--user", team.viewer, "--role", "viewer",
                 "--password-file", str(secret)]) == 1
    assert "更改另一个账号的密码" in capsys.readouterr().err


def _latest_edit(team: Team) -> int:
    return _as_owner(team, "SELECT max(id) FROM audit_edits")[0]


AUDIT_ROW = ("INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after, edit_id) VALUES (now(), :me, "
             "'update', 'service_items', :item, '{\"annual_volume\": 1}', '{\"annual_volume\": 0}', :edit)")


def test_a_department_login_cannot_slip_rows_into_another_edit(team):
    """Not into a planner's edit, nor into one of its own edits made earlier."""
    engine = team.engine(team.police)
    with pytest.raises(ProgrammingError, match="row-level security"), engine.begin() as connection:
        connection.execute(text(AUDIT_ROW), {"me": team.police, "item": team.hr_item, "edit": _latest_edit(team)})
    with engine.begin() as connection:  # its own edit, in its own transaction: the editor's way
        edit = connection.scalar(text("INSERT INTO audit_edits (at, actor, label) VALUES (now(), :me, '') RETURNING id"),
                                 {"me": team.police})
        connection.execute(text(AUDIT_ROW), {"me": team.police, "item": team.police_item, "edit": edit})
        connection.execute(text("UPDATE audit_edits SET label = '改' WHERE id = :id"), {"id": edit})
    # Later, in another transaction: no more rows for that edit, and its label stays.
    with pytest.raises(ProgrammingError, match="row-level security"), engine.begin() as connection:
        connection.execute(text(AUDIT_ROW), {"me": team.police, "item": team.police_item, "edit": edit})
    with engine.begin() as connection:
        relabelled = connection.execute(text("UPDATE audit_edits SET label = '改写' WHERE id = :id"), {"id": edit})
    assert relabelled.rowcount == 0
    assert _as_owner(team, "SELECT label FROM audit_edits WHERE id = :id", id=edit) == ["改"]
    assert _as_owner(team, "SELECT count(*) FROM audit_log WHERE edit_id = :id", id=edit) == [1]
    with engine.begin() as connection:  # an edit made under a savepoint is still this transaction's
        connection.execute(text("SELECT 1"))
        savepoint = connection.begin_nested()
        edit = connection.scalar(text("INSERT INTO audit_edits (at, actor, label) VALUES (now(), :me, '') RETURNING id"),
                                 {"me": team.police})
        savepoint.commit()
        connection.execute(text(AUDIT_ROW), {"me": team.police, "item": team.police_item, "edit": edit})
        connection.execute(text("UPDATE audit_edits SET label = '改' WHERE id = :id"), {"id": edit})
    assert _as_owner(team, "SELECT label FROM audit_edits WHERE id = :id", id=edit) == ["改"]
    engine.dispose()


def test_a_department_posts_its_staff_only_at_its_own_or_general_windows(team):
    windows = dict(_as_owner_rows(team, "SELECT coalesce(department_id, 0), min(id) FROM windows "
                                        "GROUP BY coalesce(department_id, 0)"))
    police_staff = _as_owner(team, "SELECT min(id) FROM staff WHERE department_id = :d", d=team.police_id)[0]
    engine = team.engine(team.police)
    for statement, values in (
        ("INSERT INTO staff_posts (staff_id, window_id, post, version) VALUES (:s, :w, 'a', 1)",
         {"s": police_staff, "w": windows[team.hr_id]}),
        ("INSERT INTO staff_authorized_items (staff_id, item_id) VALUES (:s, :i)",
         {"s": police_staff, "i": team.hr_item}),
    ):
        with pytest.raises(ProgrammingError, match="row-level security"), engine.begin() as connection:
            connection.execute(text(statement), values)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO staff_authorized_items (staff_id, item_id) VALUES (:s, :i)"),
                           {"s": police_staff, "i": team.police_item})
        if 0 in windows:
            connection.execute(text("INSERT INTO staff_posts (staff_id, window_id, post, version) VALUES (:s, :w, 'a', 1)"),
                               {"s": police_staff, "w": windows[0]})
    engine.dispose()


def _as_owner_rows(team: Team, statement: str, **values) -> list:
    engine = create_engine(team.url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(statement), values)]
    finally:
        engine.dispose()


def test_through_the_services_a_department_posts_at_its_own_window_and_not_at_anothers(team):
    windows = dict(_as_owner_rows(team, "SELECT department_id, min(id) FROM windows WHERE department_id IS NOT NULL "
                                        "GROUP BY department_id"))
    db = open_database(team.url_of(team.police))
    editor = PlanEditor(db)
    posted = editor.create_staff({"name": "王五", "department_id": team.police_id, "role": "window",
                                  "posts": [(windows[team.police_id], "a", None)], "authorized_items": [team.police_item]})
    [staff_id] = posted.ids("staff")
    with pytest.raises(HallPlannerError, match="row-level security"):
        editor.create_staff({"name": "赵六", "department_id": team.police_id, "role": "window",
                             "posts": [(windows[team.hr_id], "a", None)]})
    with pytest.raises(HallPlannerError, match="row-level security"):
        editor.create_staff({"name": "钱七", "department_id": team.police_id, "role": "window",
                             "authorized_items": [team.hr_item]})
    db.close()
    assert _as_owner(team, "SELECT window_id FROM staff_posts WHERE staff_id = :s", s=staff_id) == [windows[team.police_id]]
    assert _as_owner(team, "SELECT count(*) FROM staff WHERE name IN ('赵六', '钱七')") == [0]


def test_a_departments_lifecycle_events_are_about_its_own_items(team):
    engine = team.engine(team.police)
    event = ("INSERT INTO item_events (at, actor, operation, sources, results, note) "
             "VALUES (now(), :me, 'rename', :sources, '[]', '')")
    for sources in (f'[{{"id": {team.hr_item}}}]', '[{"id": 999999}]'):  # another's item; one it never deleted
        with pytest.raises(ProgrammingError, match="row-level security"), engine.begin() as connection:
            connection.execute(text(event), {"me": team.police, "sources": sources})
    with engine.begin() as connection:
        connection.execute(text(event), {"me": team.police, "sources": f'[{{"id": {team.police_item}}}]'})
    engine.dispose()
    # The editor's merge and split: sources deleted in the same transaction, results its own.
    police_items = _as_owner(team, "SELECT id FROM service_items WHERE department_id = :d ORDER BY id LIMIT 3",
                             d=team.police_id)
    db = open_database(team.url_of(team.police))
    editor = PlanEditor(db)
    merged = editor.merge_items(police_items[:2], "合并后的公安事项")
    editor.split_item(police_items[2], ["拆分一", "拆分二"])
    db.close()
    assert _as_owner(team, "SELECT operation FROM item_events WHERE actor = :a ORDER BY id",
                     a=f"张警官({team.police})")[-2:] == ["merge", "split"]
    assert merged.ids("service_items")


def test_granting_again_takes_createrole_from_an_admin_an_earlier_version_made(team):
    engine = create_engine(team.url)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"ALTER ROLE {team.admin} CREATEROLE")
    engine.dispose()
    db = open_database(team.url)
    accounts.grant(db, team.admin, AccessRole.ADMIN)
    db.close()
    assert _as_owner(team, "SELECT rolcreaterole FROM pg_roles WHERE rolname = :l", l=team.admin) == [False]


def test_a_department_raises_its_own_proposals_and_only_the_reform_offices_move_them_on(team):
    """Plan §三(五): the department proposes; the same-level reform office and the city office take it from there."""
    raise_one = ("INSERT INTO negative_list_proposals (department_id, scope, action, item_name, basic_code, state, "
                 "illustrative, version) VALUES (:d, 'centers', 'remove', '测试事项', '', :state, false, 1) RETURNING id")
    engine = team.engine(team.police)
    for department, state in ((team.hr_id, "raised"), (team.police_id, "approved")):
        with pytest.raises(ProgrammingError, match="row-level security"), engine.begin() as connection:
            connection.execute(text(raise_one), {"d": department, "state": state})
    with engine.begin() as connection:
        own = connection.scalar(text(raise_one), {"d": team.police_id, "state": "raised"})
        connection.execute(text("INSERT INTO negative_list_proposal_steps (proposal_id, state, \"on\", person, office, "
                                "reason, attachments) VALUES (:p, 'raised', '2024-01-02', '张警官', '市公安局', '', '[]')"),
                           {"p": own})
    with pytest.raises(ProgrammingError, match="row-level security"), engine.begin() as connection:
        connection.execute(text("UPDATE negative_list_proposals SET state = 'approved' WHERE id = :p"), {"p": own})
    engine.dispose()
    assert _as_owner(team, "SELECT state FROM negative_list_proposals WHERE id = :p", p=own)[0] == "raised"
