"""Who may change what on a shared server: the four roles and the rule a department login keeps.

The server enforces these itself (``db/access.py``: PostgreSQL roles, grants and row-level
security); this module states them in plain Python, so that the services refuse an edit with
a clear reason before the server would, and the GUI shows what may not be changed as read-only.
A SQLite file has no logins: whoever opens it may change everything (``Access.unrestricted``).
"""

from __future__ import annotations

from dataclasses import dataclass

from hallplanner.domain.messages import Message, message
from hallplanner.domain.vocabulary import Labelled


class AccessRole(Labelled):
    """What a login may do with the plan on a server."""

    ADMIN = "admin", message("AccessRole", "管理员")  # the city's reform office: everything, accounts too
    PLANNER = "planner", message("AccessRole", "规划人员")  # edits the whole plan
    DEPARTMENT = "department", message("AccessRole", "部门")  # its own department's items and staff
    VIEWER = "viewer", message("AccessRole", "只读")  # reads


@dataclass(frozen=True)
class Access:
    """The current login, as the server reported it when the plan was opened.

    ``department_id`` is the department a department login speaks for (None otherwise, or when
    the administrator has not named one: then it may change nothing).
    """

    role: AccessRole
    login: str = ""
    display_name: str = ""
    department_id: int | None = None
    department_name: str = ""
    on_server: bool = False

    @classmethod
    def unrestricted(cls) -> Access:
        return cls(AccessRole.ADMIN)

    @property
    def may_write(self) -> bool:
        return self.role is not AccessRole.VIEWER

    @property
    def may_edit_plan(self) -> bool:
        """Venues, windows, departments, floors, signboards, deadlines, settings, imports: the plan as a whole."""
        return self.role in (AccessRole.ADMIN, AccessRole.PLANNER)

    @property
    def may_grant(self) -> bool:
        return self.role is AccessRole.ADMIN

    def may_change_department(self, department_id: int | None) -> bool:
        """Whether rows of ``department_id`` (an item, a person) may be changed."""
        if self.may_edit_plan:
            return True
        return (self.role is AccessRole.DEPARTMENT and self.department_id is not None
                and department_id == self.department_id)

    def plan_refusal(self) -> Message | None:
        """Why the plan as a whole is read-only for this login (None: it is not)."""
        if self.may_edit_plan:
            return None
        if self.role is AccessRole.VIEWER:
            return message("access", "只读:只读账号 {login} 只能查看规划").format(login=self.login)
        return message("access", "只读:部门账号只能修改本部门的事项和人员")

    def department_refusal(self, department_id: int | None, owner: str = "") -> Message | None:
        """Why a row of ``department_id`` (named ``owner``) may not be changed (None: it may)."""
        if self.may_change_department(department_id):
            return None
        if self.role is AccessRole.VIEWER:
            return self.plan_refusal()
        if self.department_id is None:
            return message("access", "只读:部门账号 {login} 尚未指定所属部门,请管理员用 db grant --department 指定"
                           ).format(login=self.login)
        return message("access", "只读:部门账号只能修改本部门({mine})的事项和人员,这一条属于{owner}").format(
            mine=self.department_name, owner=owner or message("access", "其他部门"))


def actor_name(login: str, display_name: str) -> str:
    """How the audit trail names a login: with the planner's display name when there is one."""
    return f"{display_name}({login})" if display_name else login
