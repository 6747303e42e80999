"""The plan's vocabulary, without Qt or a database."""

import pytest

from hallplanner.domain.regions import CITY, xiamen_regions
from hallplanner.domain.vocabulary import EntryStatus, Labelled, Level, PlaceRole, VenueKind


@pytest.mark.parametrize("value_set", Labelled.__subclasses__())
def test_every_value_has_a_distinct_chinese_label(value_set):
    labels = [member.label for member in value_set]
    assert len(set(labels)) == len(labels)
    assert all(any("\u4e00" <= char <= "\u9fff" for char in label) for label in labels)


def test_values_are_read_back_from_either_value_or_label():
    assert EntryStatus.from_label("已进驻") is EntryStatus.ENTERED
    assert EntryStatus.from_label("entered") is EntryStatus.ENTERED
    assert VenueKind.from_label("靠前延伸办事窗口") is VenueKind.EXTENSION
    assert PlaceRole("main").label == "主办理点"


def test_an_unknown_label_lists_the_choices():
    with pytest.raises(ValueError, match="“已撤出”不是有效的取值,可选:拟进驻、已进驻"):
        EntryStatus.from_label("已撤出")


def test_xiamen_has_one_city_and_six_districts():
    regions = xiamen_regions()
    assert [r.name for r in regions if r.level is Level.CITY] == [CITY]
    districts = [r for r in regions if r.level is Level.DISTRICT]
    assert [r.name for r in districts] == ["思明区", "湖里区", "集美区", "海沧区", "同安区", "翔安区"]
    assert all(r.parent == CITY for r in districts)
