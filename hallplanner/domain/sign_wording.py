"""The words printed on the boards: Chinese signs, whatever language the interface speaks.

The plan's own words for the two formats it fixes (§三(二)2, §三(三)2), and the fixed
words of our window plates and special-item notices. Nothing here is translated:
a planner working in English still prints the Chinese sign.
"""

from __future__ import annotations

CENTER = "政务服务中心"  # 厦门市(XX区)政务服务中心
SUBCENTER = "分中心"  # …XX(按业务分类)分中心
SERVICE_WINDOW = "服务窗口"  # …XX地点XX服务窗口
LIST_SEPARATOR = "、"  # between the categories a window plate lists


def floor_text(floor: str) -> str:
    """``5`` reads as ``5层``; ``5层`` and ``1-3层`` stay as written."""
    return f"{floor}层" if floor.isdigit() else floor


def notice_lines(department: str, address: str, floor: str, room: str, person: str, phone: str) -> tuple[str, ...]:
    """Under a special item's name: its department, the address down to floor and room, contact and phone."""
    return (f"办理部门：{department}",
            f"办理地点：{address}{floor_text(floor)}{room}",
            f"联系人：{person}  联系电话：{phone}")
