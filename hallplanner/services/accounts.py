"""Accounts on a shared server: grant a login a role (and a department), take it away, list them.

The rules themselves live in the server (``db.access``); this module makes the logins and
their memberships. A password is sent to the server only as a SCRAM verifier made here (the
server never sees, and cannot log, the password itself), and is never printed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from hallplanner.db import access
from hallplanner.db.database import Database
from hallplanner.domain.access import AccessRole
from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message
from hallplanner.domain.sign_wording import LIST_SEPARATOR


@dataclass(frozen=True)
class Account:
    login: str
    role: AccessRole | None  # None: a superuser outside the groups, or a login whose role was revoked
    department: str
    display_name: str
    superuser: bool = False


@contextmanager
def _administering(db: Database) -> Iterator[Connection]:
    if not db.is_postgresql:
        raise HallPlannerError(message("accounts", "账号只用于 PostgreSQL 服务器上的规划;SQLite 文件没有登录账号:{location}")
                               .format(location=db.location))
    if not db.access.may_grant:
        raise HallPlannerError(message("accounts", "只有管理员账号可以管理账号,{login} 是{role}账号")
                               .format(login=db.access.login, role=db.access.role.label))
    try:
        with db.engine.begin() as connection:
            yield connection
    except DBAPIError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0]
        raise HallPlannerError(message("accounts", "服务器拒绝了账号操作,未作改动:{reason}").format(reason=reason)) from exc


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _department_id(connection: Connection, name: str) -> int:
    rows = connection.execute(text("SELECT id, full_name FROM departments WHERE full_name = :name OR short_name = :name "
                                    "ORDER BY full_name = :name DESC, id"), {"name": name}).all()
    if not rows:
        raise HallPlannerError(message("accounts", "规划中没有部门“{name}”(按全称或标识简称查找)").format(name=name))
    if len(rows) > 1 and rows[0].full_name != name:
        raise HallPlannerError(message("accounts", "“{name}”指多个部门({names}),请写部门全称")
                               .format(name=name, names=LIST_SEPARATOR.join(row.full_name for row in rows)))
    return rows[0].id


def grant(db: Database, login: str, role: AccessRole, *, department: str | None = None,
          display_name: str | None = None, password: str | None = None) -> Account:
    """Give ``login`` ``role`` in this plan, creating the login (with ``password``) when the server has none."""
    access.check_login_name(login)
    if role is AccessRole.DEPARTMENT and not department:
        raise HallPlannerError(message("accounts", "部门账号须用 --department 指定所属部门"))
    if role is not AccessRole.DEPARTMENT and department:
        raise HallPlannerError(message("accounts", "只有部门账号(--role department)属于一个部门"))
    with _administering(db) as connection:
        if not access.is_installed(connection):
            if not access.may_install(connection):
                raise HallPlannerError(message("accounts", "此数据库尚未设置账号权限,须由数据表的所有者(或超级用户)"
                                                           "第一次运行 db grant"))
            access.install(connection)
        existing = connection.execute(text("SELECT rolcanlogin, rolsuper, rolcreaterole FROM pg_roles "
                                           "WHERE rolname = :login"), {"login": login}).first()
        if existing is not None and not existing.rolcanlogin:
            raise HallPlannerError(message("accounts", "“{login}”是服务器上的一个组角色,不是登录账号").format(login=login))
        makes_roles = _may_make_roles(connection)
        if existing is None and not makes_roles:
            raise HallPlannerError(message("accounts", "服务器上还没有账号 {login};新建登录账号须由数据表的所有者"
                                                       "(有 CREATEROLE 权限)或超级用户运行 db grant").format(login=login))
        if existing is None and not password:
            raise HallPlannerError(message("accounts", "服务器上还没有账号 {login},新建时须给出密码").format(login=login))
        if password and existing is not None and not makes_roles and login != db.access.login:
            raise HallPlannerError(message("accounts", "只有数据表的所有者(有 CREATEROLE 权限)或超级用户"
                                                       "可以更改另一个账号的密码,未作改动"))
        if password:
            verifier = _verifier(connection, login, password)
            verb = "CREATE" if existing is None else "ALTER"
            connection.exec_driver_sql(f"{verb} ROLE {_quoted(login)} LOGIN PASSWORD '{verifier}'")
        was_admin = False
        for group in access.GROUPS.values():
            if connection.scalar(text("SELECT pg_has_role(:login, :group, 'MEMBER')"), {"login": login, "group": group}):
                was_admin = was_admin or group == access.GROUPS[AccessRole.ADMIN]
                connection.exec_driver_sql(f"REVOKE {group} FROM {_quoted(login)}")
        if role is AccessRole.ADMIN:
            # An admin manages the other logins' roles: the admin option on each group, and no
            # CREATEROLE (on PostgreSQL 15 that would let it grant itself the server's own roles).
            groups = ", ".join(access.GROUPS.values())
            connection.exec_driver_sql(f"GRANT {groups} TO {_quoted(login)} WITH ADMIN OPTION")
        else:
            connection.exec_driver_sql(f"GRANT {access.GROUPS[role]} TO {_quoted(login)}")
        if was_admin and existing.rolcreaterole and not existing.rolsuper and makes_roles and login != db.access.login:
            connection.exec_driver_sql(f"ALTER ROLE {_quoted(login)} NOCREATEROLE")  # as earlier versions gave admins
        department_id = _department_id(connection, department) if department else None
        old_name = connection.scalar(text(f"SELECT display_name FROM {access.SCHEMA}.logins WHERE login = :login"),
                                     {"login": login})
        name = display_name if display_name is not None else old_name or ""
        access.check_display_name(login, name)
        connection.execute(text(
            f"INSERT INTO {access.SCHEMA}.logins (login, department_id, display_name) VALUES (:login, :department, :name) "
            "ON CONFLICT (login) DO UPDATE SET department_id = excluded.department_id, display_name = excluded.display_name"),
            {"login": login, "department": department_id, "name": name})
    return next(account for account in list_accounts(db) if account.login == login)


def _may_make_roles(connection: Connection) -> bool:
    """Whether the current login may create logins and set their passwords (CREATEROLE or superuser)."""
    return bool(connection.scalar(text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = session_user")))


def _verifier(connection: Connection, login: str, password: str) -> str:
    """The password as the server keeps it (SCRAM-SHA-256), made by the client library."""
    pgconn = connection.connection.driver_connection.pgconn
    verifier = pgconn.encrypt_password(password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256").decode()
    return verifier.replace("'", "''")


def revoke(db: Database, login: str) -> None:
    """Take ``login``'s role away (on the whole server: roles are the server's) and forget its department here.

    The login itself stays: it may own things or be used elsewhere; the server's administrator
    drops it with DROP ROLE when it is no longer needed.
    """
    access.check_login_name(login)
    with _administering(db) as connection:
        groups = [group for group in access.GROUPS.values()
                  if connection.scalar(text("SELECT pg_has_role(:login, :group, 'MEMBER')"),
                                       {"login": login, "group": group})]
        known = connection.scalar(text(f"SELECT count(*) FROM {access.SCHEMA}.logins WHERE login = :login"),
                                  {"login": login}) if access.is_installed(connection) else 0
        if not groups and not known:
            raise HallPlannerError(message("accounts", "{login} 不是 HallPlanner 账号,未作改动").format(login=login))
        for group in groups:
            connection.exec_driver_sql(f"REVOKE {group} FROM {_quoted(login)}")
        if access.GROUPS[AccessRole.ADMIN] in groups and _may_make_roles(connection) and connection.scalar(
                text("SELECT rolcreaterole AND NOT rolsuper FROM pg_roles WHERE rolname = :login"), {"login": login}):
            connection.exec_driver_sql(f"ALTER ROLE {_quoted(login)} NOCREATEROLE")  # as earlier versions gave admins
        if known:
            connection.execute(text(f"DELETE FROM {access.SCHEMA}.logins WHERE login = :login"), {"login": login})


def list_accounts(db: Database) -> list[Account]:
    """Every login with a HallPlanner role or department here, by name."""
    with _administering(db) as connection:
        if not access.is_installed(connection):
            return []
        rows = connection.execute(text(
            "SELECT r.rolname AS login, r.rolsuper, coalesce(l.display_name, '') AS display_name, "
            "       coalesce(d.short_name, '') AS department, "
            "       array(SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "             WHERE m.member = r.oid AND g.rolname = ANY(:groups)) AS groups "
            f"FROM pg_roles r LEFT JOIN {access.SCHEMA}.logins l ON l.login = r.rolname "
            "LEFT JOIN departments d ON d.id = l.department_id "
            "WHERE r.rolcanlogin ORDER BY r.rolname"), {"groups": list(access.GROUPS.values())}).all()
    accounts = []
    for row in rows:
        roles = [role for role in AccessRole if access.GROUPS[role] in row.groups]
        if roles or row.display_name or row.department:
            accounts.append(Account(row.login, roles[0] if roles else None, row.department, row.display_name,
                                    row.rolsuper))
    return accounts
