"""Arabic actors: who a phrase names, one table per construction.

Every sentence was written for these tests. Expectations use the tuples of
``test_ar_extraction`` (source country, source sector, PLOVER, target, negated,
modality); the office tables name the person a title stands for on a date.
"""

from __future__ import annotations

import pytest

from kg.build import extract_article
from kg.records import Article
from tests.test_ar_extraction import ANY, check


def events_on(text: str, day: str | None):
    events, _ = extract_article(Article(id="t", text=text, lang="ar", date=day))
    return events


# A title of one office with no name: its holder on the article's date.
# (text, article date, PLOVER, expected source person id)
OFFICE_HOLDERS = [
    pytest.param(
        "استقبل خادم الحرمين الشريفين رئيس الوزراء الباكستاني في قصره أمس.",
        "2014-11-02",
        "CONSULT",
        "person/king-abdullah-saudi",
        id="custodian-before-2015-01-23",
    ),
    pytest.param(
        "استقبل خادم الحرمين الشريفين رئيس الوزراء الباكستاني في قصره أمس.",
        "2015-03-10",
        "CONSULT",
        "person/king-salman",
        id="custodian-after-2015-01-23",
    ),
    pytest.param(
        "الرياض - واس: التقى ولي العهد وزير الدفاع البريطاني أمس.",
        "2015-03-10",
        "CONSULT",
        "person/muqrin-bin-abdulaziz",
        id="crown-prince-of-the-dateline-2015-03",
    ),
    pytest.param(
        "الرياض - واس: التقى ولي العهد وزير الدفاع البريطاني أمس.",
        "2016-08-20",
        "CONSULT",
        "person/muhammad-bin-nayef",
        id="crown-prince-of-the-dateline-2016",
    ),
    pytest.param(
        "التقى ولي ولي العهد السعودي وزير الخارجية الفرنسي في باريس.",
        "2016-08-20",
        "CONSULT",
        "person/mohammed-bin-salman",
        id="deputy-crown-prince-2016",
    ),
    pytest.param(
        "انتقد الرئيس الأمريكي التجارب الصاروخية الكورية الشمالية.",
        "2013-05-01",
        "ACCUSE",
        "person/barack-obama",
        id="us-president-2013",
    ),
]


@pytest.mark.parametrize("text,day,plover,person", OFFICE_HOLDERS)
def test_an_office_title_is_its_holder_on_the_article_date(text, day, plover, person):
    got = [(e.action.plover, e.source.id if e.source else None) for e in events_on(text, day)]
    assert (plover, person) in got, got


# A title that is not today's holder, or a country with no table of holders: the office
# as a country's sector, never a person.
NO_HOLDER = [
    pytest.param(
        "انتقد الرئيس الأمريكي السابق التجارب الصاروخية الكورية الشمالية.",
        "2013-05-01",
        id="former-president",
    ),
    pytest.param(
        "استقبل ولي العهد الكويتي وزير الخارجية الفرنسي.",
        "2016-08-20",
        id="no-table-for-kuwait",
    ),
]


@pytest.mark.parametrize("text,day", NO_HOLDER)
def test_no_holder_no_person(text, day):
    events = events_on(text, day)
    assert events, "the event itself is still read"
    assert all(e.source is None or e.source.type != "person" for e in events), [
        e.source for e in events
    ]


def test_a_title_that_says_its_state_outside_the_table_is_that_state():
    text = "استقبل خادم الحرمين الشريفين رئيس الوزراء الباكستاني في قصره أمس."
    sources = [e.source for e in events_on(text, "1999-05-01") if e.action.plover == "CONSULT"]
    assert sources and sources[0].id == "SAU-GOV", sources


def test_a_title_refers_back_to_the_person_named_with_it():
    text = (
        "عمان - بترا: استقبل الملك عبدالله الثاني الوفد الأمريكي أمس.\n"
        "وأشاد الملك بدعم الولايات المتحدة للأردن."
    )
    praise = [e for e in events_on(text, "2016-01-10") if e.action.id == "praise"]
    assert praise and praise[0].source.id == "person/king-abdullah-ii", praise


# التابع لـ / الموالي لـ: the body after the linker owns the phrase.
OWNERS = [
    pytest.param(
        "أطلقت وحدات جيش الشمال التابع للمعارضة السورية قذائف على مواقع الجيش السوري.",
        [("SYR", "OPP", "ASSAULT", "SYR", False, "asserted")],
        id="army-of-the-opposition",
    ),
    pytest.param(
        "هاجمت القوات الموالية للمعارضة اليمنية مقرات الحكومة.",
        [("YEM", "OPP", "ASSAULT", ANY, False, "asserted")],
        id="forces-loyal-to-the-opposition",
    ),
    pytest.param(
        "قصف الجيش التابع للحكومة السورية مواقع المعارضة.",
        [("SYR", "MIL", "ASSAULT", ANY, False, "asserted")],
        id="the-state-owner-keeps-the-army",
    ),
]


@pytest.mark.parametrize("text,expected", OWNERS)
def test_the_owner_after_an_affiliation_linker(text, expected):
    check(text, expected)


# A nisba of a group after a title and a given name is the family name (الحوثي);
# after a title alone it is the group. (text, the arrested target's id)
FAMILY_NAMES = [
    ("اعتقلت قوات الأمن العميد ياسر الحوثي في صنعاء.", "person/ياسر-الحوثي"),
    ("اعتقلت قوات الأمن القائد الحوثي في صنعاء.", "HOUTHI"),
]


@pytest.mark.parametrize("text,target", FAMILY_NAMES, ids=["family-name", "group-nisba"])
def test_a_group_nisba_after_a_given_name_is_a_family_name(text, target):
    got = [e.target.id for e in events_on(text, None) if e.action.id == "arrest" and e.target]
    assert got == [target]
