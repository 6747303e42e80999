"""Value sets of the plan, each value with its Chinese label.

The enum values are the stable identifiers stored in the database and written in
exchange files; the labels are what planners read, translated in the GUI (each
in the context of its value set's name).
"""

from __future__ import annotations

from enum import StrEnum

from hallplanner.domain.messages import Message, message


class Labelled(StrEnum):
    """A value set whose members carry the Chinese label planners see."""

    label: Message

    def __new__(cls, value: str, label: Message) -> "Labelled":
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

    CITY = "city", message("Level", "市级")
    DISTRICT = "district", message("Level", "区级")
    TOWN = "town", message("Level", "镇(街道)级")
    VILLAGE = "village", message("Level", "村(社区)级")


class DepartmentKind(Labelled):
    """The suffix class of a department, as signage writes it: XX局(委、办)."""

    BUREAU = "局", message("DepartmentKind", "局")
    COMMISSION = "委", message("DepartmentKind", "委")
    OFFICE = "办", message("DepartmentKind", "办")
    COUNCIL = "会", message("DepartmentKind", "会")
    OTHER = "其他", message("DepartmentKind", "其他")


class ItemType(Labelled):
    """Item type as the provincial online hall lists it."""

    LICENSE = "行政许可", message("ItemType", "行政许可")
    CONFIRMATION = "行政确认", message("ItemType", "行政确认")
    PAYMENT = "行政给付", message("ItemType", "行政给付")
    ADJUDICATION = "行政裁决", message("ItemType", "行政裁决")
    REWARD = "行政奖励", message("ItemType", "行政奖励")
    LEVY = "行政征收", message("ItemType", "行政征收")
    INSPECTION = "行政检查", message("ItemType", "行政检查")
    OTHER_POWER = "其他行政权力", message("ItemType", "其他行政权力")
    PUBLIC_SERVICE = "公共服务", message("ItemType", "公共服务")


class EntryStatus(Labelled):
    """Where an item stands with respect to the center (plan §二)."""

    PLANNED = "planned", message("EntryStatus", "拟进驻")
    ENTERED = "entered", message("EntryStatus", "已进驻")
    SUB_CENTER = "sub_center", message("EntryStatus", "分中心办理")
    SPECIAL_SITE = "special_site", message("EntryStatus", "特殊事项原址办理")
    OUTSIDE = "outside", message("EntryStatus", "未进驻")


class ItemOperation(Labelled):
    """The catalog adjustments of plan §二(四)."""

    NEW = "new", message("ItemOperation", "新增")
    DELETE = "delete", message("ItemOperation", "删除")
    MERGE = "merge", message("ItemOperation", "合并")
    SPLIT = "split", message("ItemOperation", "拆分")
    RENAME = "rename", message("ItemOperation", "更名")


class VenueKind(Labelled):
    """Kinds of places where items are handled."""

    CITY_CENTER = "city_center", message("VenueKind", "市政务服务中心")
    DISTRICT_CENTER = "district_center", message("VenueKind", "区政务服务中心")
    SUB_CENTER = "sub_center", message("VenueKind", "政务服务分中心")
    EXTENSION = "extension", message("VenueKind", "靠前延伸办事窗口")
    TOWN_CENTER = "town_center", message("VenueKind", "便民服务中心")
    VILLAGE_STATION = "village_station", message("VenueKind", "便民服务站")
    LEGACY_OFFICE = "legacy_office", message("VenueKind", "原办理点")
    SPECIAL_SITE = "special_site", message("VenueKind", "特殊事项办理点")


class VenueStatus(Labelled):
    OPEN = "open", message("VenueStatus", "运行中")
    CLOSED = "closed", message("VenueStatus", "已撤销")


class HostKind(Labelled):
    """Who hosts a venue; extension windows may stand at the places of plan §三(三)1."""

    GOVERNMENT = "government", message("HostKind", "政府机关")
    BANK = "bank", message("HostKind", "银行")
    INSURER = "insurer", message("HostKind", "保险机构")
    NOTARY = "notary", message("HostKind", "公证处")
    CONVENIENCE_STORE = "convenience_store", message("HostKind", "社区便利店")
    HOSPITAL = "hospital", message("HostKind", "医院")
    MEDICAL = "medical", message("HostKind", "医疗机构")
    CAR_DEALER = "car_dealer", message("HostKind", "汽车4S店")
    FISHING_PORT = "fishing_port", message("HostKind", "渔港码头")
    INDUSTRIAL_PARK = "industrial_park", message("HostKind", "工业园区")
    OTHER = "other", message("HostKind", "其他")


class WindowKind(Labelled):
    DOMAIN = "domain", message("WindowKind", "分领域综合窗口")
    GENERAL = "general", message("WindowKind", "无差别综合窗口")
    DEDICATED = "dedicated", message("WindowKind", "专用窗口")


class ZoneKind(Labelled):
    """What a zone of a hall floor is for (DB31/T 862 names most of them; HALL-PRACTICE.md)."""

    GENERAL = "general", message("ZoneKind", "无差别综合受理区")
    DOMAIN = "domain", message("ZoneKind", "分领域办事区")
    DEDICATED = "dedicated", message("ZoneKind", "专用窗口区")
    WAITING = "waiting", message("ZoneKind", "等候区")
    GUIDANCE = "guidance", message("ZoneKind", "引导咨询区")
    SELF_SERVICE = "self_service", message("ZoneKind", "自助服务区")
    BACK_OFFICE = "back_office", message("ZoneKind", "后台办公区")
    OTHER = "other", message("ZoneKind", "其他")


class PlaceRole(Labelled):
    """The role a place plays for an item (plan §二(二))."""

    MAIN = "main", message("PlaceRole", "主办理点")
    EXTENSION = "extension", message("PlaceRole", "靠前延伸办事窗口")


class KeepReason(Labelled):
    """Why an entered item's old place is kept as an extension window (plan §二(二), R4)."""

    LARGE_VOLUME = "large_volume", message("KeepReason", "办件量较大")
    JOINT_ITEMS = "joint_items", message("KeepReason", "该处有联办事项")
    NAMED_BY_PLAN = "named_by_plan", message("KeepReason", "方案明确保留")


class DeadlineKind(Labelled):
    """What a deadline of the plan is for."""

    ENTER = "enter", message("DeadlineKind", "事项进驻中心")
    SUB_CENTER = "sub_center", message("DeadlineKind", "分中心设立")


class StaffRole(Labelled):
    CHIEF_REPRESENTATIVE = "chief_rep", message("StaffRole", "首席事务代表")
    WINDOW = "window", message("StaffRole", "窗口人员")
    BACK_OFFICE = "back_office", message("StaffRole", "后台审批人员")


class Post(Labelled):
    """A/B posts (AB岗, local practice): A holds the window, B stands in when A is away."""

    A = "a", message("Post", "A岗")
    B = "b", message("Post", "B岗")


class AuthorizationCoverage(Labelled):
    """Which items a written authorization covers."""

    NONE = "none", message("AuthorizationCoverage", "无")
    ALL = "all", message("AuthorizationCoverage", "本部门在中心的全部事项")
    LISTED = "listed", message("AuthorizationCoverage", "所列事项")
    CATEGORY = "category", message("AuthorizationCoverage", "某一类别的事项")


class ChecklistPoint(Labelled):
    """整建制 and 三集中、三到位 (plan §三(四)1). The plan names them without defining them; the
    meanings are common usage, not the plan's text."""

    WHOLE_SECTION = "whole_section", message("ChecklistPoint", "审批处(科)室整建制进驻")
    FUNCTIONS_CONCENTRATED = "functions", message("ChecklistPoint", "审批职能向一个处(科)室集中")
    SECTION_IN_CENTER = "section", message("ChecklistPoint", "审批处(科)室向政务服务中心集中")
    ITEMS_ONLINE = "online", message("ChecklistPoint", "审批事项向网上办事大厅集中")
    ENTRY_IN_PLACE = "entry", message("ChecklistPoint", "事项进驻到位")
    AUTHORIZATION_IN_PLACE = "authorization", message("ChecklistPoint", "审批授权到位")
    SUPERVISION_IN_PLACE = "supervision", message("ChecklistPoint", "电子监察到位")


class ChecklistState(Labelled):
    DONE = "done", message("ChecklistState", "已到位")
    PARTIAL = "partial", message("ChecklistState", "部分到位")
    TODO = "todo", message("ChecklistState", "未到位")


class PublicationChannel(Labelled):
    """Where a changed handling place is published (plan §三(四)5, R13)."""

    ONLINE_HALL = "online_hall", message("PublicationChannel", "省网上办事大厅")
    WEBSITE = "website", message("PublicationChannel", "门户网站")
    WECHAT = "wechat", message("PublicationChannel", "微信公众号")


class InspectionState(Labelled):
    """Where the rectification an inspection asked for stands (plan §四(三), R16)."""

    OPEN = "open", message("InspectionState", "待整改")
    RECTIFIED = "rectified", message("InspectionState", "已整改")
    CLEAR = "clear", message("InspectionState", "无需整改")


class ListScope(Labelled):
    """Which negative list: the province's for city and district centers, or the city's own for town
    service centers and village stations (厦审改办〔2022〕29号, plan §三(六))."""

    CENTERS = "centers", message("ListScope", "市、区政务服务中心(省负面清单)")
    GRASSROOTS = "grassroots", message("ListScope", "镇街便民服务中心、村居便民服务站")


class ProposalAction(Labelled):
    """What a negative-list adjustment proposal asks for (plan §三(五))."""

    ADD = "add", message("ProposalAction", "列入负面清单")
    REMOVE = "remove", message("ProposalAction", "移出负面清单")


class ProposalState(Labelled):
    """Where a proposal stands on its way (plan §三(五)): the department raises it, the reform office
    of its level receives it, the city office gathers it for the province, the province decides."""

    RAISED = "raised", message("ProposalState", "部门提出")
    SUBMITTED = "submitted", message("ProposalState", "已报同级审改办")
    GATHERED = "gathered", message("ProposalState", "市审改办已汇总报送")
    APPROVED = "approved", message("ProposalState", "已同意")
    REJECTED = "rejected", message("ProposalState", "未同意")
