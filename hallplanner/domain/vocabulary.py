"""Value sets of the plan, each value with its Chinese label.

The enum values are the stable identifiers stored in the database and written in
exchange files; the labels are what planners read.
"""

from __future__ import annotations

from enum import StrEnum


class Labelled(StrEnum):
    """A value set whose members carry the Chinese label planners see."""

    label: str

    def __new__(cls, value: str, label: str) -> "Labelled":
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def from_label(cls, text: str) -> "Labelled":
        """The member whose value or Chinese label is ``text``."""
        for member in cls:
            if text in (member.value, member.label):
                return member
        choices = "、".join(member.label for member in cls)
        raise ValueError(f"“{text}”不是有效的取值,可选:{choices}")


class Level(Labelled):
    """Administrative level that exercises an item or runs a hall."""

    CITY = "city", "市级"
    DISTRICT = "district", "区级"
    TOWN = "town", "镇(街道)级"
    VILLAGE = "village", "村(社区)级"


class DepartmentKind(Labelled):
    """The suffix class of a department, as signage writes it: XX局(委、办)."""

    BUREAU = "局", "局"
    COMMISSION = "委", "委"
    OFFICE = "办", "办"
    COUNCIL = "会", "会"
    OTHER = "其他", "其他"


class ItemType(Labelled):
    """Item type as the provincial online hall lists it."""

    LICENSE = "行政许可", "行政许可"
    CONFIRMATION = "行政确认", "行政确认"
    PAYMENT = "行政给付", "行政给付"
    ADJUDICATION = "行政裁决", "行政裁决"
    REWARD = "行政奖励", "行政奖励"
    LEVY = "行政征收", "行政征收"
    INSPECTION = "行政检查", "行政检查"
    OTHER_POWER = "其他行政权力", "其他行政权力"
    PUBLIC_SERVICE = "公共服务", "公共服务"


class EntryStatus(Labelled):
    """Where an item stands with respect to the center (plan §二)."""

    PLANNED = "planned", "拟进驻"
    ENTERED = "entered", "已进驻"
    SUB_CENTER = "sub_center", "分中心办理"
    SPECIAL_SITE = "special_site", "特殊事项原址办理"
    OUTSIDE = "outside", "未进驻"


class ItemOperation(Labelled):
    """The catalog adjustments of plan §二(四)."""

    NEW = "new", "新增"
    DELETE = "delete", "删除"
    MERGE = "merge", "合并"
    SPLIT = "split", "拆分"
    RENAME = "rename", "更名"


class VenueKind(Labelled):
    """Kinds of places where items are handled."""

    CITY_CENTER = "city_center", "市政务服务中心"
    DISTRICT_CENTER = "district_center", "区政务服务中心"
    SUB_CENTER = "sub_center", "政务服务分中心"
    EXTENSION = "extension", "靠前延伸办事窗口"
    TOWN_CENTER = "town_center", "便民服务中心"
    VILLAGE_STATION = "village_station", "便民服务站"
    LEGACY_OFFICE = "legacy_office", "原办理点"
    SPECIAL_SITE = "special_site", "特殊事项办理点"


class VenueStatus(Labelled):
    OPEN = "open", "运行中"
    CLOSED = "closed", "已撤销"


class HostKind(Labelled):
    """Who hosts a venue; extension windows may stand at the places of plan §三(三)1."""

    GOVERNMENT = "government", "政府机关"
    BANK = "bank", "银行"
    INSURER = "insurer", "保险机构"
    NOTARY = "notary", "公证处"
    CONVENIENCE_STORE = "convenience_store", "社区便利店"
    HOSPITAL = "hospital", "医院"
    MEDICAL = "medical", "医疗机构"
    CAR_DEALER = "car_dealer", "汽车4S店"
    FISHING_PORT = "fishing_port", "渔港码头"
    INDUSTRIAL_PARK = "industrial_park", "工业园区"
    OTHER = "other", "其他"


class WindowKind(Labelled):
    DOMAIN = "domain", "分领域综合窗口"
    GENERAL = "general", "无差别综合窗口"
    DEDICATED = "dedicated", "专用窗口"


class PlaceRole(Labelled):
    """The role a place plays for an item (plan §二(二))."""

    MAIN = "main", "主办理点"
    EXTENSION = "extension", "靠前延伸办事窗口"


class StaffRole(Labelled):
    CHIEF_REPRESENTATIVE = "chief_rep", "首席事务代表"
    WINDOW = "window", "窗口人员"
    BACK_OFFICE = "back_office", "后台审批人员"
