"""Accounts on a PostgreSQL server, enforced by the server: group roles, grants, row-level security.

Four group roles (``hallplanner_admin``, ``_planner``, ``_department``, ``_viewer``) hold the
table privileges; a login is a member of one. Group roles are the cluster's, so a login has
the same role in every HallPlanner database of one server; the department it speaks for is
per database, in ``hallplanner_access.logins``, read by the policies through a SECURITY
DEFINER function (a department login cannot read or change that table).

What each role may do (``domain.access`` says the same in Python):

- every role reads every table (``alembic_version`` too: opening checks the schema version);
- planner and admin write every table of the plan; admin also the logins table, and an admin
  login holds every group role WITH ADMIN OPTION so that ``db grant`` can give existing logins
  their roles (never CREATEROLE: on PostgreSQL 15 that would let it grant itself the server's
  own roles, pg_execute_server_program among them); new logins are made by the tables' owner;
- department writes only ``DEPARTMENT_ROWS``: rows of its own department, by row-level
  security on each (a row of another department is invisible to its UPDATE and DELETE, and an
  INSERT or UPDATE that would give a row to another department is an error); a staff member's
  post is at a general window or one of its department's, an authorized item one of its items;
- the audit trail and the lifecycle log (``APPEND_ONLY``) take inserts from every writing role,
  each naming the login that makes it (``actor`` is ``login`` or ``display name(login)``, checked
  by policy; the display name is the one registered by ``db grant`` where there is one); nobody
  but the tables' owner may rewrite them, except that a login names its own edit (``LABELLED``);
  a trail row's edit, and an edit whose label is set, is the login's own, made in the transaction
  at hand (so no login slips rows into another's edit, or relabels an old one); a department's
  lifecycle events name only its own items (or ones it deleted in the same transaction);

``install`` is idempotent and reads the tables the database has, so it covers tables later
migrations add: it runs in migration 0009, on a new database, and again after every upgrade.
A table not named below is read by all and written by planner and admin only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from hallplanner.db import schema
from hallplanner.domain.access import Access, AccessRole, actor_name
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message

SCHEMA = "hallplanner_access"
GROUPS = {role: f"hallplanner_{role.value}" for role in AccessRole}
WRITERS = (GROUPS[AccessRole.ADMIN], GROUPS[AccessRole.PLANNER], GROUPS[AccessRole.DEPARTMENT])
# A department's rows: the table, and how a row names its department (directly, or by its parent).
DEPARTMENT_ROWS: Mapping[str, str | tuple[str, str]] = {
    "service_items": "department_id",
    "staff": "department_id",
    "handling_places": ("service_items", "item_id"),
    "item_status_history": ("service_items", "item_id"),
    "item_qualifications": ("service_items", "item_id"),
    "staff_posts": ("staff", "staff_id"),
    "staff_qualifications": ("staff", "staff_id"),
    "staff_authorized_items": ("staff", "staff_id"),
    "negative_list_proposals": "department_id",
    "negative_list_proposal_steps": ("negative_list_proposals", "proposal_id"),
}
APPEND_ONLY = {"audit_log": "actor", "audit_edits": "actor", "item_events": "actor"}
# Of the append-only rows, the one column a login may still set on its own rows: an edit is
# named (``db.changes.label_edit``) after its rows are written, in the same transaction.
LABELLED = {"audit_edits": "label"}
VERSION_TABLE = "alembic_version"
LOGIN_PATTERN = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,39}")
ACCESS_KEY = "hallplanner.access"


class AccessRefused(HallPlannerError):
    """An edit the current login may not make; the message says why."""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _owned_check(table: str) -> str:
    """The policy expression: the row belongs to the login's department."""
    owner = DEPARTMENT_ROWS[table]
    mine = f"{SCHEMA}.login_department()"
    if isinstance(owner, str):
        return f"{owner} = {mine}"
    parent, column = owner
    return f"EXISTS (SELECT 1 FROM public.{parent} p WHERE p.id = {column} AND p.department_id = {mine})"


FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION {SCHEMA}.login_department() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT department_id FROM {SCHEMA}.logins WHERE login = session_user::text $$;
CREATE OR REPLACE FUNCTION {SCHEMA}.display_name() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT coalesce((SELECT display_name FROM {SCHEMA}.logins WHERE login = session_user::text), '') $$;
CREATE OR REPLACE FUNCTION {SCHEMA}.names_login(actor text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT actor = session_user::text
                 OR CASE WHEN {SCHEMA}.display_name() <> ''
                         THEN actor = {SCHEMA}.display_name() || '(' || session_user::text || ')'
                         ELSE right(actor, length(session_user::text) + 2) = '(' || session_user::text || ')' END $$;
CREATE OR REPLACE FUNCTION {SCHEMA}.made_in_this_transaction(made xid) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
    AS $$ SELECT CASE WHEN age(made) <= 0  -- this transaction's own xids, or a later one's
                      THEN pg_xact_status((top + mod(made::text::bigint - mod(top, 4294967296) + 4294967296, 4294967296))
                                          ::text::xid8) = 'in progress'  -- visible and in progress: ours
                      ELSE false END
          FROM (SELECT pg_current_xact_id()::text::bigint AS top) current $$;
CREATE OR REPLACE FUNCTION {SCHEMA}.about_own_items(sources text, results text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
    AS $$ SELECT NOT EXISTS (  -- what an event made: items of the login's department
                     SELECT 1 FROM jsonb_array_elements(results::jsonb) r WHERE NOT EXISTS (
                         SELECT 1 FROM public.service_items i
                         WHERE i.id = (r->>'id')::integer AND i.department_id = {SCHEMA}.login_department()))
             AND NOT EXISTS (  -- what it started from: such items, or items this login deleted in this transaction
                     SELECT 1 FROM jsonb_array_elements(sources::jsonb) s WHERE NOT EXISTS (
                         SELECT 1 FROM public.service_items i
                         WHERE i.id = (s->>'id')::integer AND i.department_id = {SCHEMA}.login_department())
                     AND (EXISTS (SELECT 1 FROM public.service_items i WHERE i.id = (s->>'id')::integer)
                          OR NOT EXISTS (
                              SELECT 1 FROM public.audit_log a
                              WHERE a.entity = 'service_items' AND a.action = 'delete'
                                AND a.entity_id = (s->>'id')::integer AND {SCHEMA}.names_login(a.actor)
                                AND {SCHEMA}.made_in_this_transaction(a.xmin)))) $$;
"""
# An edit's rows (``audit_log.edit_id``) name an edit of the same login, made in the same transaction.
OWN_EDIT = (f"(edit_id IS NULL OR EXISTS (SELECT 1 FROM public.audit_edits e WHERE e.id = edit_id "
            f"AND {SCHEMA}.names_login(e.actor) AND {SCHEMA}.made_in_this_transaction(e.xmin)))")
# Rows whose department is not only their parent's: where a department posts its staff, and for what.
ALSO_OWNED = {
    # A general window (no department) or one of the login's department.
    "staff_posts": f"coalesce((SELECT w.department_id FROM public.windows w WHERE w.id = window_id), "
                   f"{SCHEMA}.login_department()) = {SCHEMA}.login_department()",
    "staff_authorized_items": f"EXISTS (SELECT 1 FROM public.service_items i WHERE i.id = item_id "
                              f"AND i.department_id = {SCHEMA}.login_department())",
    # A department raises its proposals (plan §三(五)); receiving, gathering and deciding them
    # are the reform offices' steps, so a department's own rows stay at 'raised'.
    "negative_list_proposals": "state = 'raised'",
    "negative_list_proposal_steps": "state = 'raised'",
}


def is_installed(connection: Connection) -> bool:
    return bool(connection.scalar(text("SELECT count(*) FROM pg_namespace WHERE nspname = :name"), {"name": SCHEMA}))


def may_install(connection: Connection) -> bool:
    """Whether this login can set up access control: it owns the tables, can make the group roles
    (or they exist) and can make the access schema in this database (or it exists)."""
    row = connection.execute(text(
        "SELECT r.rolsuper, r.rolcreaterole, "
        "       coalesce(pg_has_role(session_user, t.tableowner, 'USAGE'), false) AS owns, "
        "       (SELECT count(*) FROM pg_roles WHERE rolname = ANY(:groups)) AS groups, "
        "       has_database_privilege(current_database(), 'CREATE') "
        "       OR EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = :schema) AS schema "
        "FROM pg_roles r LEFT JOIN pg_tables t ON t.schemaname = 'public' AND t.tablename = 'service_items' "
        "WHERE r.rolname = session_user"), {"groups": list(GROUPS.values()), "schema": SCHEMA}).one()
    return row.rolsuper or (row.owns and row.schema and (row.rolcreaterole or row.groups == len(GROUPS)))


def install(connection: Connection) -> None:
    """Create or refresh the group roles, the logins table, the grants and the policies (idempotent)."""
    for group in GROUPS.values():
        if not connection.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname = :name"), {"name": group}):
            # The roles are the server's: another database may be making them at this moment.
            connection.exec_driver_sql(f"DO $$ BEGIN CREATE ROLE {group} NOLOGIN; "
                                       "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
    groups = ", ".join(GROUPS.values())
    connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    connection.exec_driver_sql(f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC")
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {groups}")
    connection.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {SCHEMA}.logins (login text PRIMARY KEY, "
                               "department_id integer, display_name text NOT NULL DEFAULT '')")
    connection.exec_driver_sql(f"REVOKE ALL ON {SCHEMA}.logins FROM PUBLIC, {groups}")
    connection.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {SCHEMA}.logins TO {GROUPS[AccessRole.ADMIN]}")
    connection.exec_driver_sql(FUNCTIONS)

    tables = inspect(connection).get_table_names(schema="public")
    connection.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {groups}")
    connection.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {groups}")
    connection.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {', '.join(WRITERS)}")
    plan_writers = f"{GROUPS[AccessRole.ADMIN]}, {GROUPS[AccessRole.PLANNER]}"
    for table in tables:
        if table == VERSION_TABLE:
            continue
        if table in APPEND_ONLY:
            connection.exec_driver_sql(f"GRANT INSERT ON public.{table} TO {', '.join(WRITERS)}")
            if table in LABELLED:
                connection.exec_driver_sql(f"GRANT UPDATE ({LABELLED[table]}) ON public.{table} TO {', '.join(WRITERS)}")
        elif table in DEPARTMENT_ROWS:
            connection.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON public.{table} TO {', '.join(WRITERS)}")
        else:
            connection.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON public.{table} TO {plan_writers}")
        _set_policies(connection, table)


def _set_policies(connection: Connection, table: str) -> None:
    existing = connection.execute(text("SELECT policyname FROM pg_policies WHERE schemaname = 'public' "
                                       "AND tablename = :table AND policyname LIKE 'hallplanner%'"),
                                  {"table": table}).scalars().all()
    for policy in existing:
        connection.exec_driver_sql(f"DROP POLICY {_quoted(policy)} ON public.{table}")
    if table not in DEPARTMENT_ROWS and table not in APPEND_ONLY:
        return
    connection.exec_driver_sql(f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY")
    policies = [f"CREATE POLICY hallplanner_read ON public.{table} FOR SELECT USING (true)"]
    if table in APPEND_ONLY:
        own = f"{SCHEMA}.names_login({APPEND_ONLY[table]})"
        # (Migration 0009 installs this before a later one gives the trail its edits.)
        edits = table == "audit_log" and "edit_id" in {column["name"] for column in inspect(connection).get_columns(table)}
        appended = f"{own} AND {OWN_EDIT}" if edits else own
        policies.append(f"CREATE POLICY hallplanner_append ON public.{table} FOR INSERT WITH CHECK ({appended})")
        if table in LABELLED:
            now = f"{own} AND {SCHEMA}.made_in_this_transaction(xmin)"
            policies.append(f"CREATE POLICY hallplanner_label ON public.{table} FOR UPDATE USING ({now}) "
                            f"WITH CHECK ({own})")
        if table == "item_events":
            # A department's lifecycle events are about its own items (planners' and admins' about any).
            plan_writer = " OR ".join(f"pg_has_role(session_user, '{GROUPS[role]}', 'MEMBER')"
                                      for role in (AccessRole.ADMIN, AccessRole.PLANNER))
            policies.append(f"CREATE POLICY hallplanner_department_events ON public.{table} AS RESTRICTIVE FOR INSERT "
                            f"WITH CHECK ({plan_writer} OR {SCHEMA}.about_own_items(sources, results))")
    else:
        mine, department = _owned_check(table), GROUPS[AccessRole.DEPARTMENT]
        if table in ALSO_OWNED:
            mine = f"{mine} AND ({ALSO_OWNED[table]})"
        policies += [
            f"CREATE POLICY hallplanner_plan ON public.{table} FOR ALL "
            f"TO {GROUPS[AccessRole.ADMIN]}, {GROUPS[AccessRole.PLANNER]} USING (true) WITH CHECK (true)",
            f"CREATE POLICY hallplanner_department_insert ON public.{table} FOR INSERT TO {department} "
            f"WITH CHECK ({mine})",
            f"CREATE POLICY hallplanner_department_update ON public.{table} FOR UPDATE TO {department} "
            f"USING ({mine}) WITH CHECK ({mine})",
            f"CREATE POLICY hallplanner_department_delete ON public.{table} FOR DELETE TO {department} "
            f"USING ({mine})",
        ]
    for policy in policies:
        connection.exec_driver_sql(policy)


def uninstall(connection: Connection) -> None:
    """Take the policies, grants and logins table away again (the group roles stay: other databases may use them)."""
    for table in inspect(connection).get_table_names(schema="public"):
        policies = connection.execute(text("SELECT policyname FROM pg_policies WHERE schemaname = 'public' "
                                           "AND tablename = :table AND policyname LIKE 'hallplanner%'"),
                                      {"table": table}).scalars().all()
        for policy in policies:
            connection.exec_driver_sql(f"DROP POLICY {_quoted(policy)} ON public.{table}")
        if table in DEPARTMENT_ROWS or table in APPEND_ONLY:
            connection.exec_driver_sql(f"ALTER TABLE public.{table} DISABLE ROW LEVEL SECURITY")
    groups = [group for group in GROUPS.values()
              if connection.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname = :name"), {"name": group})]
    if groups:
        connection.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {', '.join(groups)}")
        connection.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {', '.join(groups)}")
    connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")


# Logins across a replaced plan: ``logins.department_id`` is an id of the plan's departments,
# and a new plan numbers its departments otherwise.

def login_departments(connection: Connection) -> dict[str, str | None]:
    """Each login's department by full name (None: no department, or one the plan no longer has)."""
    if connection.dialect.name != "postgresql" or not is_installed(connection):
        return {}
    return dict(connection.execute(text(
        f"SELECT l.login, d.full_name FROM {SCHEMA}.logins l LEFT JOIN public.departments d ON d.id = l.department_id "
        "WHERE l.department_id IS NOT NULL")).all())


def restore_login_departments(connection: Connection, departments: Mapping[str, str | None]) -> tuple[str, ...]:
    """Point each login remembered by ``login_departments`` at the department of the same full name
    in the plan now there; the logins whose department it has not are left with none (and returned)."""
    orphaned = []
    for login, full_name in sorted(departments.items()):
        department_id = connection.scalar(text("SELECT min(id) FROM public.departments WHERE full_name = :name"),
                                          {"name": full_name}) if full_name is not None else None
        connection.execute(text(f"UPDATE {SCHEMA}.logins SET department_id = :id WHERE login = :login"),
                           {"id": department_id, "login": login})
        if department_id is None:
            orphaned.append(login)
    return tuple(orphaned)


# The current login.

def current_access(connection: Connection) -> Access:
    """Who is connected and what they may do, as the server says (read once when a plan is opened)."""
    if connection.dialect.name != "postgresql":
        return Access.unrestricted()
    login = connection.scalar(text("SELECT session_user::text"))
    if not is_installed(connection):
        return Access(AccessRole.ADMIN, login=login, on_server=True)
    role = _role_of(connection, login)
    row = connection.execute(text(
        f"SELECT {SCHEMA}.login_department() AS department_id, {SCHEMA}.display_name() AS display_name")).one()
    department = ""
    if row.department_id is not None:
        department = connection.scalar(text("SELECT short_name FROM departments WHERE id = :id"),
                                       {"id": row.department_id}) or ""
    return Access(role, login=login, display_name=row.display_name, department_id=row.department_id,
                  department_name=department, on_server=True)


def owns_tables(connection: Connection) -> bool:
    """Whether the login owns the plan's tables (or is a superuser): it alone may empty them or fill them whole."""
    return bool(connection.scalar(text(
        "SELECT r.rolsuper OR coalesce(pg_has_role(session_user, t.tableowner, 'USAGE'), false) "
        "FROM pg_roles r LEFT JOIN pg_tables t ON t.schemaname = 'public' AND t.tablename = 'service_items' "
        "WHERE r.rolname = session_user")))


def _role_of(connection: Connection, login: str) -> AccessRole:
    """The login's role: the tables' owner and a superuser count as admin; no group at all reads only."""
    if owns_tables(connection):
        return AccessRole.ADMIN
    for role in AccessRole:  # strongest first
        if connection.scalar(text("SELECT pg_has_role(session_user, :group, 'MEMBER')"), {"group": GROUPS[role]}):
            return role
    return AccessRole.VIEWER


def server_actor(connection: Connection, claimed: str | None) -> str:
    """How the audit trail names the login now: the login, with the display name the administrator
    registered for it, else the one the caller gives (the policies on the trail check the login)."""
    if is_installed(connection):
        login, registered = connection.execute(text(f"SELECT session_user::text, {SCHEMA}.display_name()")).one()
    else:
        login, registered = connection.scalar(text("SELECT session_user::text")), ""
    return actor_name(login, registered or claimed or "")


# The same rules in the services: an edit the server would refuse is refused first, with its reason.

PARENT_MODELS = {"service_items": schema.ServiceItem, "staff": schema.StaffMember}


def _department_of(session: Session, obj: object, parents: dict[int, object], *, before: bool) -> int | None:
    """The department a row belongs to: its own column, or its item's or person's (``parents``: new
    rows not yet given their parent's id, by the parent whose collection holds them)."""
    owner = DEPARTMENT_ROWS[obj.__tablename__]
    column = owner if isinstance(owner, str) else owner[1]
    history = inspect(obj).attrs[column].history
    value = history.deleted[0] if before and history.deleted else getattr(obj, column)
    if isinstance(owner, str):
        return value
    parent = session.get(PARENT_MODELS[owner[0]], value) if value is not None else parents.get(id(obj))
    return None if parent is None else _department_of(session, parent, parents, before=before)


def _new_children(session: Session) -> dict[int, object]:
    """Each child row in an item's or person's loaded collections, by its parent (new parents and changed ones)."""
    parents = {}
    for parent in (*session.new, *session.dirty):
        if not isinstance(parent, tuple(PARENT_MODELS.values())):
            continue
        state = inspect(parent)
        for relationship in state.mapper.relationships:
            if relationship.uselist and relationship.key in state.dict:  # loaded: no query from here
                parents.update((id(child), parent) for child in state.dict[relationship.key])
    return parents


def guard_flush(session: Session, _flush_context: object, _instances: object) -> None:
    """``before_flush`` hook: refuse what the login may not change, before the server has to."""
    access: Access | None = session.info.get(ACCESS_KEY)
    if access is None or access.may_edit_plan:
        return
    parents = None
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table is None or (obj in session.dirty and not session.is_modified(obj, include_collections=False)):
            continue
        refusal = access.plan_refusal() if not access.may_write else None
        if refusal is None and table in APPEND_ONLY:
            continue
        if refusal is None and table not in DEPARTMENT_ROWS:
            refusal = access.plan_refusal()
        if refusal is None:
            parents = _new_children(session) if parents is None else parents
            states = [] if obj in session.new else [_department_of(session, obj, parents, before=True)]
            if obj not in session.deleted:
                states.append(_department_of(session, obj, parents, before=False))
            for department_id in states:
                refusal = refusal or access.department_refusal(department_id, _department_name(session, department_id))
        if refusal is not None:
            raise AccessRefused(refusal)


def _department_name(session: Session, department_id: int | None) -> str:
    department = session.get(schema.Department, department_id) if department_id is not None else None
    return department.short_name if department is not None else ""


def check_login_name(login: str) -> None:
    if not LOGIN_PATTERN.fullmatch(login) or login.lower().startswith(("pg_", "hallplanner_")):
        raise HallPlannerError(message("access", "账号名“{login}”不可用:以字母或下划线开头,只含字母、数字、_ . -,"
                                                 "至多 40 个字符,且不以 pg_ 或 hallplanner_ 开头").format(login=login))


def check_display_name(login: str, display_name: str) -> None:
    if len(actor_name(login, display_name)) > 64:
        raise HallPlannerError(message("access", "显示名称太长:连同账号名至多 64 个字符"))
