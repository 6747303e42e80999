"""The plan's vocabulary, without Qt or a database."""

import pytest

from hallplanner.domain.messages import Message, message
from hallplanner.domain.regions import CITY, xiamen_regions
from hallplanner.domain.vocabulary import EntryStatus, Labelled, Level, PlaceRole, VenueKind


@pytest.mark.parametrize("value_set", Labelled.__subclasses__())
def test_every_value_has_a_distinct_chinese_label_the_gui_can_translate(value_set):
    labels = [member.label for member in value_set]
    assert len(set(labels)) == len(labels)
    assert all(any("\u4e00" <= char <= "\u9fff" for char in label) for label in labels)
    assert all(isinstance(label, Message) for label in labels)


ENGLISH = {
    ("editor", " {count} 个事项"): "{count} items",
    ("placement", "把{items}设为{status}"): "Set {items} to “{status}”",
    ("EntryStatus", "已进驻"): "entered",
}


def test_a_message_is_its_chinese_text_and_can_be_made_again_in_another_language():
    count = message("editor", " {count} 个事项").format(count=3)
    done = message("placement", "把{items}设为{status}").format(items=count, status=EntryStatus.ENTERED.label)
    assert done == "把 3 个事项设为已进驻"
    assert f"{done}。" == "把 3 个事项设为已进驻。"
    assert done.render(lambda context, text: ENGLISH.get((context, text), text)) == "Set 3 items to “entered”"


def test_a_message_without_a_translation_stays_chinese():
    missing = message("placement", "所选事项不在“{venue}”办理").format(venue="思明区分中心")
    assert missing.render(lambda context, text: ENGLISH.get((context, text), text)) == "所选事项不在“思明区分中心”办理"


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
