"""Small, explicit rows for data-layer tests."""

from __future__ import annotations

from sqlalchemy.orm import Session

from hallplanner.db.schema import Department, HandlingPlace, Region, ServiceItem, Venue, Window
from hallplanner.domain.vocabulary import (
    DepartmentKind,
    EntryStatus,
    ItemType,
    Level,
    PlaceRole,
    VenueKind,
    WindowKind,
)


def add_hall_with_item(session: Session, *, name: str = "普通护照签发", volume: int = 1200) -> ServiceItem:
    """厦门市公安局 with one item at 公安事务综合窗口 A01 of the city center."""
    city = Region(name="厦门市", level=Level.CITY)
    department = Department(full_name="厦门市公安局", short_name="公安局", kind=DepartmentKind.BUREAU, region=city)
    center = Venue(name="厦门市政务服务中心", kind=VenueKind.CITY_CENTER, region=city)
    window = Window(venue=center, number="A01", name="公安事务综合窗口", kind=WindowKind.DOMAIN, domain="公安事务",
                    department=department)
    item = ServiceItem(
        name=name, basic_code="000101001000", implementation_code="11350200MB0000001X000101001000000",
        item_type=ItemType.LICENSE, department=department, level=Level.CITY, category="出入境",
        annual_volume=volume, status=EntryStatus.ENTERED,
    )
    item.places.append(HandlingPlace(venue=center, window=window, role=PlaceRole.MAIN))
    session.add(item)
    session.flush()
    return item
