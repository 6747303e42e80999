"""The ``db`` verb's accounts: grant a login a role, revoke it, list the logins (PostgreSQL only)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from hallplanner.cli.common import database_target
from hallplanner.domain.errors import HallPlannerError

ACTIONS = ("grant", "revoke", "users")


def add_arguments(db: argparse.ArgumentParser) -> None:
    db.add_argument("--user", metavar="账号", help="grant、revoke:服务器上的登录账号名")
    db.add_argument("--role", choices=("admin", "planner", "department", "viewer"), metavar="角色",
                    help="grant:admin 管理员(全部,含账号)、planner 规划人员(整个规划)、"
                         "department 部门(只改本部门的事项和人员)、viewer 只读")
    db.add_argument("--department", metavar="部门", help="grant --role department:所属部门(全称或标识简称,如 公安局)")
    db.add_argument("--display-name", metavar="姓名", help="grant:审计记录中与账号一同记下的姓名")
    db.add_argument("--password-file", type=Path, metavar="文件",
                    help="grant:从文件第一行读取新账号的密码(不写时在终端输入;已有账号不写则不改密码)")
    db.add_argument("--json", action="store_true", help="users:以 JSON 输出")


def run(args: argparse.Namespace) -> int:
    from hallplanner.db.database import open_database
    from hallplanner.domain.access import AccessRole
    from hallplanner.services import accounts

    if args.action in ("grant", "revoke") and not args.user:
        raise HallPlannerError(f"db {args.action} 须用 --user 指定账号")
    if args.action == "grant" and not args.role:
        raise HallPlannerError("db grant 须用 --role 指定角色(admin、planner、department、viewer)")
    db = open_database(database_target(args))
    try:
        if args.action == "grant":
            role = AccessRole(args.role)
            account = accounts.grant(db, args.user, role, department=args.department,
                                     display_name=args.display_name, password=_password(args, db))
            where = f"({account.department})" if account.department else ""
            print(f"已授权:{account.login} 为{role.label}账号{where}")
        elif args.action == "revoke":
            accounts.revoke(db, args.user)
            print(f"已收回 {args.user} 的 HallPlanner 角色(登录账号本身保留)")
        else:
            listed = accounts.list_accounts(db)
            if args.json:
                json.dump([{"login": a.login, "role": a.role.value if a.role else None, "department": a.department,
                            "display_name": a.display_name, "superuser": a.superuser} for a in listed],
                          sys.stdout, ensure_ascii=False, indent=1)
                print()
            else:
                for a in listed:
                    print("\t".join((a.login, a.role.label if a.role else "(无角色)", a.department or "-",
                                     a.display_name or "-")))
    finally:
        db.close()
    return 0


def _password(args: argparse.Namespace, db) -> str | None:
    """The new login's password: from --password-file, or asked without echo when the login is new."""
    if args.password_file:
        try:
            lines = args.password_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise HallPlannerError(f"无法读取密码文件 {args.password_file}:{exc.strerror}") from exc
        if not lines or not lines[0]:
            raise HallPlannerError(f"密码文件的第一行是空的:{args.password_file}")
        return lines[0]
    from sqlalchemy import text

    with db.engine.connect() as connection:
        exists = connection.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname = :login"),
                                   {"login": args.user}) if db.is_postgresql else True
    if exists:
        return None
    if not sys.stdin.isatty():
        raise HallPlannerError(f"服务器上还没有账号 {args.user}:请在终端运行以输入密码,或用 --password-file 给出")
    first = getpass.getpass(f"{args.user} 的新密码:")
    if not first or first != getpass.getpass("再输入一次:"):
        raise HallPlannerError("两次输入的密码不一致或为空,未作改动")
    return first
