"""What the command's verbs share: exit codes, the database to use, argument types, one-line failures."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from hallplanner.domain.errors import HallPlannerError

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
DB_ENV = "HALLPLANNER_DB"


def whole_number(text: str) -> int:
    """An ``int`` argument whose error names the value in Chinese (argparse would say "int")."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数") from None


def counted(text: str) -> int:
    """A count of at least one (of items to make, of edits to list)."""
    number = whole_number(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"“{text}”不是正整数(至少为 1)")
    return number


def rule_id(text: str) -> str:
    from hallplanner.domain.plan_rules import RULES

    for rule_id in RULES:
        if rule_id.lower() == text.strip().lower():
            return rule_id
    raise argparse.ArgumentTypeError(f"没有规则“{text}”,可选:{'、'.join(RULES)}")


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期,格式如 2023-12-31") from None


def number(text: str) -> float:
    """A decimal argument whose error names the value in Chinese."""
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是数值") from None


def template(text: str):
    """A signboard template by name or size; a bad one is a usage error like any other."""
    from hallplanner.exchange.sign_templates import template_named

    try:
        return template_named(text)
    except HallPlannerError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def fail(message: str) -> None:
    print(f"hallplanner: {' '.join(message.split())}", file=sys.stderr)


def database_target(args: argparse.Namespace) -> str:
    target = getattr(args, "db", None) or os.environ.get(DB_ENV)
    if not target:
        raise HallPlannerError(f"请用 --db 指定数据库(或设置环境变量 {DB_ENV})")
    return target


def refuse_to_overwrite(destination: Path, force: bool) -> None:
    if destination.exists() and not force:
        raise HallPlannerError(f"文件已存在,未作改动:{destination}(加 --force 覆盖)")

