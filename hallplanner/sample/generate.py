"""Synthetic catalogs of any size, for benchmarks and scale tests.

The same ``items`` and ``seed`` always give the same database. The shape follows
a real city: items at every level (city, district, town, village), departments
with the business categories they actually handle, a skewed spread of case
volumes, halls whose window counts follow their level, sub-centers for
negative-list items, extension windows at banks, hospitals and the like, and staff.
The plan over time too: entered items' center places open on their entry day, and
their old places at the department's former office close that day unless kept (with a
reason, now and then without one); planned items are handled at that office until their
entry day, some with a day fixed, some not yet; sub-centers open on a day, some after
the deadline. Every generated row is marked illustrative.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from hallplanner.domain.regions import CITY, XIAMEN_DISTRICTS
from hallplanner.domain.vocabulary import (
    DeadlineKind,
    AuthorizationCoverage,
    DepartmentKind,
    EntryStatus,
    HostKind,
    ItemType,
    KeepReason,
    Level,
    PlaceRole,
    Post,
    StaffRole,
    VenueKind,
    VenueStatus,
    WindowKind,
)
from hallplanner.sample.bulk import write_new_database

GENERATOR = "规模测试数据"

# (short name, kind, domain window it staffs, business categories and their objects)
CITY_DEPARTMENTS: list[tuple[str, DepartmentKind, str, dict[str, list[str]]]] = [
    ("公安局", DepartmentKind.BUREAU, "公安事务", {
        "出入境": ["普通护照", "往来港澳通行证", "往来台湾通行证", "出入境证件"],
        "车驾管": ["机动车驾驶证", "机动车登记证书", "机动车号牌", "临时行驶车号牌"],
        "户政": ["居民身份证", "户口迁移", "居住证", "户籍证明"],
        "治安": ["旅馆业特种行业许可证", "公章刻制业", "大型群众性活动安全"],
    }),
    ("人社局", DepartmentKind.BUREAU, "人社事务", {
        "社会保险": ["基本养老保险", "失业保险金", "社会保障卡", "养老保险关系转移"],
        "就业创业": ["就业失业登记", "创业补贴", "职业介绍", "人力资源服务许可"],
        "工伤保险": ["工伤认定", "劳动能力鉴定", "工伤保险待遇"],
    }),
    ("科技局", DepartmentKind.BUREAU, "科技事务", {
        "科技项目": ["科技计划项目", "高新技术企业", "科技成果登记", "技术合同登记"],
    }),
    ("司法局", DepartmentKind.BUREAU, "法律服务", {
        "法律援助": ["法律援助申请", "公证员执业", "律师执业", "司法鉴定"],
    }),
    ("市场监管局", DepartmentKind.BUREAU, "市场监管事务", {
        "企业登记": ["企业设立登记", "企业变更登记", "企业注销登记", "个体工商户登记"],
        "食品经营": ["食品经营许可", "食品生产许可", "小作坊登记"],
        "计量": ["计量器具型式批准", "计量标准考核"],
    }),
    ("资源规划局", DepartmentKind.BUREAU, "不动产事务", {
        "不动产": ["不动产首次登记", "不动产转移登记", "不动产抵押权登记", "不动产查封登记"],
        "规划许可": ["建设工程规划许可", "建设用地规划许可", "乡村建设规划许可"],
    }),
    ("住房局", DepartmentKind.BUREAU, "住房公积金事务", {
        "公积金": ["住房公积金提取", "住房公积金贷款", "住房公积金缴存登记"],
        "房屋交易": ["商品房预售许可", "房屋租赁登记备案"],
    }),
    ("教育局", DepartmentKind.BUREAU, "教育事务", {
        "学籍管理": ["学籍转接", "教师资格认定", "民办学校设立", "校外培训机构审批"],
    }),
    ("民政局", DepartmentKind.BUREAU, "民政事务", {
        "婚姻登记": ["结婚登记", "离婚登记", "补领婚姻登记证"],
        "社会组织": ["社会团体成立登记", "民办非企业单位登记"],
        "殡葬管理": ["遗体异地运送核准", "殡葬服务"],
    }),
    ("卫健委", DepartmentKind.COMMISSION, "卫生健康事务", {
        "医疗机构": ["医疗机构执业登记", "医师执业注册", "护士执业注册"],
        "公共卫生": ["公共场所卫生许可", "放射诊疗许可", "出生医学证明"],
    }),
    ("交通局", DepartmentKind.BUREAU, "交通运输事务", {
        "道路运输": ["道路运输经营许可", "从业资格证", "出租汽车经营"],
    }),
    ("生态环境局", DepartmentKind.BUREAU, "生态环境事务", {
        "环评审批": ["建设项目环评文件", "排污许可", "辐射安全许可"],
    }),
    ("农业农村局", DepartmentKind.BUREAU, "农业农村事务", {
        "动物检疫": ["动物检疫申报", "动物防疫条件合格证", "兽药经营许可"],
        "渔业": ["渔业捕捞许可", "渔业船舶登记"],
    }),
    ("医保局", DepartmentKind.BUREAU, "医疗保障事务", {
        "医疗保障": ["医保参保登记", "异地就医备案", "医疗费用报销"],
    }),
    ("退役军人局", DepartmentKind.BUREAU, "退役军人事务", {
        "优抚安置": ["退役士兵安置", "优待证办理", "伤残抚恤"],
    }),
    ("文旅局", DepartmentKind.BUREAU, "文化旅游事务", {
        "文化市场": ["娱乐场所经营许可", "营业性演出许可", "旅行社设立许可"],
    }),
    ("应急局", DepartmentKind.BUREAU, "应急管理事务", {
        "安全生产": ["危险化学品经营许可", "烟花爆竹经营许可", "安全生产许可"],
    }),
    ("城管局", DepartmentKind.BUREAU, "城市管理事务", {
        "市容环卫": ["户外广告设置", "城市道路挖掘", "建筑垃圾处置"],
    }),
]
TOWN_CATEGORIES = {
    "社会事务": ["低保申请", "临时救助", "残疾人证申领", "高龄津贴"],
    "计生服务": ["生育登记", "独生子女父母奖励", "计划生育家庭特别扶助"],
    "劳动保障": ["灵活就业登记", "城乡居民养老保险参保", "就业困难人员认定"],
}
VILLAGE_CATEGORIES = {
    "便民代办": ["居住证明", "城乡居民医保参保", "老年人优待证", "困难群众救助代办"],
}
ACTIONS = ["申请", "核准", "变更", "注销", "补领", "审批", "备案", "证明开具", "年度报告", "延续"]
TOWN_NAMES = {
    "思明区": ["中华街道", "滨海街道", "鹭江街道", "厦港街道", "嘉莲街道", "梧村街道", "筼筜街道", "开元街道", "莲前街道", "鼓浪屿街道"],
    "湖里区": ["湖里街道", "殿前街道", "禾山街道", "江头街道", "金山街道"],
    "集美区": ["集美街道", "侨英街道", "杏林街道", "杏滨街道", "灌口镇", "后溪镇"],
    "海沧区": ["海沧街道", "新阳街道", "嵩屿街道", "东孚街道"],
    "同安区": ["大同街道", "祥平街道", "新民镇", "西柯街道", "五显镇", "洪塘镇", "汀溪镇", "莲花镇"],
    "翔安区": ["新店街道", "马巷街道", "内厝镇", "新圩镇", "大嶝街道", "金海街道"],
}
VILLAGE_SYLLABLES = ("东", "西", "南", "北", "前", "后", "上", "下", "新", "古", "石", "林", "埔", "厝", "湖", "山", "溪", "美", "兴", "安")
HOSTS = [HostKind.BANK, HostKind.INSURER, HostKind.HOSPITAL, HostKind.CAR_DEALER, HostKind.NOTARY,
         HostKind.INDUSTRIAL_PARK, HostKind.FISHING_PORT, HostKind.CONVENIENCE_STORE, HostKind.MEDICAL]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红梅鑫斌宇浩凯健俊帆帅旭宁"
# Share of items per level; the remainder goes to villages.
LEVEL_SHARES = {Level.CITY: 0.05, Level.DISTRICT: 0.30, Level.TOWN: 0.30}
ITEMS_PER_VILLAGE = 40
EXTENSIONS_PER_UNIT = 3
START = dt.date(2023, 9, 15)
# The plan's deadlines (§三(一), §三(二)1) for city items; districts follow with their own (§三(六)).
DEADLINES = [
    (Level.CITY, DeadlineKind.ENTER, dt.date(2023, 12, 31), "§三(一)"),
    (Level.CITY, DeadlineKind.SUB_CENTER, dt.date(2023, 11, 30), "§三(二)1"),
    (Level.DISTRICT, DeadlineKind.ENTER, dt.date(2024, 6, 30), "§三(六)"),
    (Level.DISTRICT, DeadlineKind.SUB_CENTER, dt.date(2024, 3, 31), "§三(六)"),
]
KEEP_REASONS = [KeepReason.LARGE_VOLUME, KeepReason.JOINT_ITEMS, KeepReason.NAMED_BY_PLAN, None]
KEEP_WEIGHTS = (4, 2, 3, 1)  # now and then a place kept without a reason (an R4 warning)


@dataclass
class Tables:
    """The rows of every table (fields named as the tables), built in memory and inserted in bulk."""

    regions: list[dict] = field(default_factory=list)
    departments: list[dict] = field(default_factory=list)
    venues: list[dict] = field(default_factory=list)
    windows: list[dict] = field(default_factory=list)
    service_items: list[dict] = field(default_factory=list)
    item_status_history: list[dict] = field(default_factory=list)
    handling_places: list[dict] = field(default_factory=list)
    staff: list[dict] = field(default_factory=list)
    deadlines: list[dict] = field(default_factory=list)
    staff_posts: list[dict] = field(default_factory=list)

    def add(self, table: str, **row: object) -> int:
        rows = getattr(self, table)
        row["id"] = len(rows) + 1
        rows.append(row)
        return row["id"]


@dataclass
class Unit:
    """A department and what it handles: its categories and its hall."""

    department_id: int
    region_id: int
    level: Level
    categories: dict[str, list[str]]
    domain: str
    hall_id: int
    hall_windows: list[int]
    prefix: str  # first part of its items' implementation codes
    sub_center_id: int | None = None
    old_office_id: int | None = None
    extension_ids: list[int] = field(default_factory=list)


def generate(destination: str | Path, *, items: int, seed: int = 1, force: bool = False) -> Tables:
    """Write a synthetic catalog of ``items`` service items to a new SQLite file or onto a server.

    ``force`` replaces a plan already on the server (a file is replaced by the caller's choice).
    """
    if items < 1:
        raise ValueError("items must be at least 1")
    tables = _Generator(random.Random(seed), items).run()
    write_new_database(destination, vars(tables), actor=GENERATOR, force=force)
    return tables


class _Generator:
    def __init__(self, rng: random.Random, item_count: int) -> None:
        self.rng = rng
        self.item_count = item_count
        self.tables = Tables()
        self.units: dict[Level, list[Unit]] = {level: [] for level in Level}
        self.region_ids: dict[str, int] = {}
        self.window_numbers: Counter[int] = Counter()

    def run(self) -> Tables:
        city = self._region(CITY, Level.CITY, None)
        for level, kind, due_on, plan_ref in DEADLINES:
            self.tables.add("deadlines", region_id=city, level=level, kind=kind, due_on=due_on, plan_ref=plan_ref)
        city_hall = self._hall(f"{CITY}政务服务中心", VenueKind.CITY_CENTER, city, windows=0)
        for number, (short, kind, domain, categories) in enumerate(CITY_DEPARTMENTS):
            self._unit(f"{CITY}{short}", short, kind, city, Level.CITY, categories, domain, city_hall,
                       prefix=f"113502{number:02d}", windows=8)
        self._general_windows(city_hall, 12)
        villages_wanted = max(1, round(self.item_count * (1 - sum(LEVEL_SHARES.values())) / ITEMS_PER_VILLAGE))
        towns = [(district, town) for district in XIAMEN_DISTRICTS for town in TOWN_NAMES[district]]
        for d_number, district in enumerate(XIAMEN_DISTRICTS, start=1):
            region = self._region(district, Level.DISTRICT, city)
            hall = self._hall(f"{CITY}{district}政务服务中心", VenueKind.DISTRICT_CENTER, region, windows=0)
            for number, (short, kind, domain, categories) in enumerate(CITY_DEPARTMENTS):
                self._unit(f"{CITY}{district}{short}", short, kind, region, Level.DISTRICT, categories,
                           domain, hall, prefix=f"1135020{d_number}{number:02d}", windows=3)
            self._general_windows(hall, 6)
        for t_number, (district, town) in enumerate(towns, start=1):
            region = self._region(f"{district}{town}", Level.TOWN, self.region_ids[district])
            hall = self._hall(f"{town}便民服务中心", VenueKind.TOWN_CENTER, region, windows=0)
            kind = DepartmentKind.OFFICE if town.endswith("街道") else DepartmentKind.OTHER
            office = f"{town}办事处" if town.endswith("街道") else f"{town}人民政府"
            self._unit(f"{CITY}{district}{office}", office, kind, region, Level.TOWN, TOWN_CATEGORIES,
                       "", hall, prefix=f"11350{t_number:03d}", windows=6)
        for v_number in range(1, villages_wanted + 1):
            district, town = towns[(v_number - 1) % len(towns)]
            name = f"{''.join(self.rng.sample(VILLAGE_SYLLABLES, 2))}社区{v_number}"
            region = self._region(f"{district}{town}{name}", Level.VILLAGE, self.region_ids[f"{district}{town}"])
            hall = self._hall(f"{name}便民服务站", VenueKind.VILLAGE_STATION, region, windows=0)
            self._unit(f"{CITY}{district}{town}{name}居民委员会", f"{name}居委会", DepartmentKind.COUNCIL,
                       region, Level.VILLAGE, VILLAGE_CATEGORIES, "", hall, prefix=f"5{v_number:07d}", windows=2)
        self._items()
        self._close_old_offices()
        return self.tables

    def _region(self, name: str, level: Level, parent: int | None) -> int:
        self.region_ids[name] = self.tables.add("regions", name=name, level=level, parent_id=parent)
        return self.region_ids[name]

    def _hall(self, name: str, kind: VenueKind, region: int, *, windows: int, department: int | None = None,
              host: HostKind = HostKind.GOVERNMENT, category: str = "", label: str = "",
              opens_on: dt.date | None = None) -> int:
        venue = self.tables.add(
            "venues", name=name, kind=kind, status=VenueStatus.OPEN, region_id=region, department_id=department,
            host_kind=host, business_category=category, location_label=label,
            address=f"{name}服务大厅", floor=f"{self.rng.randint(1, 3)}", room=f"{self.rng.randint(101, 399)}",
            contact_person=self._person(), phone=f"0592-{self.rng.randint(2000000, 8999999)}",
            plan_ref="", illustrative=True, opens_on=opens_on, closes_on=None,
        )
        self._general_windows(venue, windows)
        return venue

    def _add_window(self, venue: int, name: str, kind: WindowKind, domain: str, department: int | None) -> int:
        self.window_numbers[venue] += 1
        number = self.window_numbers[venue]
        row, column = divmod(number - 1, 12)
        return self.tables.add(
            "windows", venue_id=venue, number=f"{number:03d}", name=name, kind=kind, domain=domain,
            department_id=department, x=2.0 + column * 2.5, y=2.0 + row * 3.0, width=2.0, height=1.2, rotation=0.0,
        )

    def _general_windows(self, venue: int, count: int) -> list[int]:
        return [self._add_window(venue, "无差别综合窗口", WindowKind.GENERAL, "", None) for _ in range(count)]

    def _unit(self, full: str, short: str, kind: DepartmentKind, region: int, level: Level,
              categories: dict[str, list[str]], domain: str, hall: int, *, prefix: str, windows: int) -> None:
        department = self.tables.add("departments", full_name=full, short_name=short, kind=kind, region_id=region)
        window_kind = WindowKind.DOMAIN if domain else WindowKind.DEDICATED
        window_name = f"{domain}综合窗口" if domain else f"{short}窗口"
        hall_windows = [self._add_window(hall, window_name, window_kind, domain, department) for _ in range(windows)]
        self.units[level].append(Unit(department, region, level, categories, domain, hall, hall_windows, prefix))
        self._staff(department, hall, hall_windows, chief=level in (Level.CITY, Level.DISTRICT))

    def _person(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.choices(GIVEN, k=self.rng.randint(1, 2)))

    def _staff(self, department: int, hall: int, windows: list[int], *, chief: bool) -> None:
        start = START + dt.timedelta(days=self.rng.randint(0, 120))
        if chief:
            self.tables.add("staff", name=self._person(), department_id=department, role=StaffRole.CHIEF_REPRESENTATIVE,
                            full_time=True, start_date=start, venue_id=hall, authorization_written=True,
                            authorization_date=start, authorization_coverage=AuthorizationCoverage.ALL,
                            authorization_category="", note="", illustrative=True)
        for window in windows:
            person = self.tables.add("staff", name=self._person(), department_id=department, role=StaffRole.WINDOW,
                                     full_time=self.rng.random() < 0.85, start_date=start, venue_id=hall,
                                     authorization_written=False, authorization_date=None,
                                     authorization_coverage=AuthorizationCoverage.NONE, authorization_category="",
                                     note="", illustrative=True)
            self.tables.add("staff_posts", staff_id=person, window_id=window, post=Post.A, session_id=None)
        if chief:
            self.tables.add("staff", name=self._person(), department_id=department, role=StaffRole.BACK_OFFICE,
                            full_time=True, start_date=start, venue_id=hall, authorization_written=False,
                            authorization_date=None, authorization_coverage=AuthorizationCoverage.NONE,
                            authorization_category="", note="", illustrative=True)

    def _level_counts(self) -> dict[Level, int]:
        counts = {level: int(self.item_count * share) for level, share in LEVEL_SHARES.items()}
        counts[Level.VILLAGE] = self.item_count - sum(counts.values())
        return counts

    def _items(self) -> None:
        for level, count in self._level_counts().items():
            units = self.units[level]
            for serial in range(count):
                self._item(units[serial % len(units)], serial)

    def _item(self, unit: Unit, serial: int) -> None:
        rng = self.rng
        category = rng.choice(list(unit.categories))
        subject = rng.choice(unit.categories[category])
        action = rng.choice(ACTIONS)
        template = (list(unit.categories).index(category) * 100 + unit.categories[category].index(subject)) * 10
        basic_code = f"{unit.level.value[:1].upper()}{ACTIONS.index(action)}{template:05d}{serial % 100000:05d}"
        status = self._status(unit.level)
        negative = status in (EntryStatus.SUB_CENTER, EntryStatus.SPECIAL_SITE)
        depth = rng.choices((1, 2, 3, 4), weights=(1, 2, 4, 3))[0]
        item = self.tables.add(
            "service_items", name=subject if subject.endswith(action) else f"{subject}{action}",  # not 低保申请申请
            basic_code=basic_code,
            implementation_code=f"{unit.prefix}{basic_code}{len(self.tables.service_items):06d}"[:36],
            item_type=rng.choice(list(ItemType)), department_id=unit.department_id, level=unit.level,
            category=category, annual_volume=int(rng.lognormvariate(4.0, 1.8)),
            avg_minutes=rng.randint(5, 60), jointly_handled=rng.random() < 0.08, online_depth=depth,
            fully_online=depth == 4 and rng.random() < 0.7, negative_list=negative,
            special_sensitive=status is EntryStatus.SPECIAL_SITE, status=status, plan_ref="", illustrative=True,
        )
        # Entered items entered before the plan or soon after it; the others took their status after it.
        since = START + dt.timedelta(days=rng.randint(-600, 100) if status is EntryStatus.ENTERED
                                     else rng.randint(0, 400))
        self.tables.add("item_status_history", item_id=item, from_status=None, to_status=status,
                        changed_at=dt.datetime.combine(since, dt.time(9)), changed_by=GENERATOR,
                        reason="生成的规模测试数据")
        if status is EntryStatus.ENTERED:
            window = rng.choice(unit.hall_windows) if rng.random() < 0.9 else None
            # Entered before the plan kept dates: a center place without one, now and then.
            opens_on = None if since < START and rng.random() < 0.3 else since
            self._place(item, unit.hall_id, window, PlaceRole.MAIN, opens_on=opens_on)
            roll = rng.random()
            if roll < 0.05:
                self._place(item, self._extension(unit), None, PlaceRole.EXTENSION, keep_reason=self._keep_reason())
            elif opens_on is not None and (since >= START or roll < 0.35):  # old place closed on the entry day
                self._place(item, self._old_office(unit), None, PlaceRole.MAIN, closes_on=since)
        elif status is EntryStatus.PLANNED:
            self._planned(item, unit, since)
        elif status is EntryStatus.SUB_CENTER:
            sub_center = self._sub_center(unit, category)
            self._place(item, sub_center, None, PlaceRole.MAIN)
            self._place(item, self._old_office(unit), None, PlaceRole.MAIN,
                        closes_on=self.tables.venues[sub_center - 1]["opens_on"])
        else:  # outside the plan, or special sensitive (R7): handled at the department's own office
            self._place(item, self._old_office(unit), None, PlaceRole.MAIN)

    def _planned(self, item: int, unit: Unit, since: dt.date) -> None:
        """Handled at the department's old office until it enters; half have a center window,
        half of those an entry day; a few old places are to be kept."""
        rng = self.rng
        old_office = self._old_office(unit)
        if rng.random() < 0.5:
            self._place(item, old_office, None, PlaceRole.MAIN)
            return
        entry = since + dt.timedelta(days=rng.randint(30, 240)) if rng.random() < 0.5 else None
        self._place(item, unit.hall_id, rng.choice(unit.hall_windows), PlaceRole.MAIN, opens_on=entry)
        if rng.random() < 0.1:
            self._place(item, old_office, None, PlaceRole.EXTENSION, keep_reason=self._keep_reason())
        else:
            self._place(item, old_office, None, PlaceRole.MAIN, closes_on=entry)

    def _keep_reason(self) -> KeepReason | None:
        return self.rng.choices(KEEP_REASONS, weights=KEEP_WEIGHTS)[0]

    def _status(self, level: Level) -> EntryStatus:
        if level in (Level.TOWN, Level.VILLAGE):
            return self.rng.choices((EntryStatus.ENTERED, EntryStatus.PLANNED), weights=(85, 15))[0]
        return self.rng.choices(
            list(EntryStatus), weights=(20, 62, 5, 0.1, 12.9)
        )[0]

    def _place(self, item: int, venue: int, window: int | None, role: PlaceRole, *, opens_on: dt.date | None = None,
               closes_on: dt.date | None = None, keep_reason: KeepReason | None = None) -> None:
        self.tables.add("handling_places", item_id=item, venue_id=venue, window_id=window, role=role,
                        opens_on=opens_on, closes_on=closes_on, keep_reason=keep_reason,
                        keep_note="生成的保留说明" if keep_reason else "")

    def _old_office(self, unit: Unit) -> int:
        """Where the department handled its items before the plan; it closes when its last item leaves."""
        if unit.old_office_id is None:
            short = self.tables.departments[unit.department_id - 1]["short_name"]
            unit.old_office_id = self._hall(f"{short}原办事窗口", VenueKind.LEGACY_OFFICE, unit.region_id, windows=1,
                                            department=unit.department_id)
        return unit.old_office_id

    def _close_old_offices(self) -> None:
        """An old office every place of which has closed is closed, on the day its last place closed."""
        last_day: dict[int, dt.date | None] = {}
        for place in self.tables.handling_places:
            venue = self.tables.venues[place["venue_id"] - 1]
            if venue["kind"] is VenueKind.LEGACY_OFFICE:
                previous = last_day.get(venue["id"], dt.date.min)
                closes = place["closes_on"]
                last_day[venue["id"]] = None if closes is None or previous is None else max(previous, closes)
        for venue_id, closes in last_day.items():
            if closes is not None:
                venue = self.tables.venues[venue_id - 1]
                venue["status"], venue["closes_on"] = VenueStatus.CLOSED, closes

    def _sub_center(self, unit: Unit, category: str) -> int:
        if unit.sub_center_id is None:
            short = self.tables.departments[unit.department_id - 1]["short_name"]
            unit.sub_center_id = self._hall(f"{short}{category}分中心", VenueKind.SUB_CENTER, unit.region_id,
                                            windows=2, department=unit.department_id, category=category,
                                            opens_on=START + dt.timedelta(days=self.rng.randint(20, 120)))
        return unit.sub_center_id

    def _extension(self, unit: Unit) -> int:
        """One of the unit's few extension windows, opened on first use."""
        if len(unit.extension_ids) >= EXTENSIONS_PER_UNIT:
            return self.rng.choice(unit.extension_ids)
        host = self.rng.choice(HOSTS)
        short = self.tables.departments[unit.department_id - 1]["short_name"]
        label = f"{host.label}{self.rng.randint(1, 30)}号网点"
        venue = self._hall(f"{short}{label}服务窗口", VenueKind.EXTENSION, unit.region_id, windows=0,
                           department=unit.department_id, host=host, label=label)
        self._add_window(venue, f"{short}服务窗口", WindowKind.DEDICATED, "", unit.department_id)
        unit.extension_ids.append(venue)
        return venue
