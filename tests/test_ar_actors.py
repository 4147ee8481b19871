"""Arabic actors: who a phrase names, one table per construction.

Every sentence was written for these tests. Expectations use the tuples of
``test_ar_extraction`` (source country, source sector, PLOVER, target, negated,
modality); the office tables name the person a title stands for on a date.
"""

from __future__ import annotations

import pytest

from kg.build import extract_article
from kg.records import Article
from tests.test_ar_extraction import ANY, check, events_of


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


# A verb before its subject is singular; a plural or dual verb has its subject before
# it (X وحلفاؤه استهدفوا) or in itself, never the phrase after it.
AGREEMENT = [
    pytest.param(
        "ذكرت مصادر أن بريطانيا وشركاءها قصفوا معسكرات تنظيم داعش شمال العراق.",
        [("GBR", None, "ASSAULT", "ISIS", False, "asserted")],
        id="plural-verb-after-coordinated-subject",
    ),
    pytest.param(
        "قصفت الطائرات الروسية معسكرات تنظيم داعش شمال سوريا.",
        [("RUS", ANY, "ASSAULT", "ISIS", False, "asserted")],
        id="singular-verb-before-its-subject",
    ),
    # one craft or two of war (طائرة حربية، مروحيتان) are a state's forces as their plural is
    pytest.param(
        "وقال مسؤول محلي إن مروحيتين فرنسيتين هاجمتا قافلة لمسلحي القاعدة في مالي.",
        [("FRA", "MIL", "ASSAULT", ANY, False, "asserted")],
        id="two-helicopters-of-a-state",
    ),
    pytest.param(
        "وذكر شهود أن طائرة عسكرية أردنية قصفت مخزنا لأسلحة التنظيم.",
        [("JOR", "MIL", "ASSAULT", ANY, False, "asserted")],
        id="a-military-plane-of-a-state",
    ),
]


@pytest.mark.parametrize("text,expected", AGREEMENT)
def test_verb_agreement_places_the_subject(text, expected):
    check(text, expected)


def test_a_plural_verb_does_not_take_the_phrase_after_it_as_subject():
    got = events_on("وهاجموا الجيش العراقي قرب الحدود ليلا.", None)
    assert got and all(e.source is None or e.source.country != "IRQ" for e in got), got


# A bare title before a person (سفير X, مستشار X) is X's ambassador or adviser: X's
# state, not X; an embassy named by an office is not its holder.
# (text, article date, PLOVER, source id)
OF_A_PERSON = [
    pytest.param(
        "واستقبل سفير خادم الحرمين الشريفين في باريس وزير الداخلية الفرنسي.",
        "2016-01-10",
        "CONSULT",
        "SAU-GOV",
        id="ambassador-of-the-king",
    ),
    pytest.param(
        "وانتقد مستشار الرئيس الروسي العقوبات الأوروبية.",
        "2016-01-10",
        "ACCUSE",
        "RUS-GOV",
        id="adviser-of-the-president",
    ),
    pytest.param(
        "واستقبل نائب خادم الحرمين الشريفين في مكتبه أمس وزير الدفاع التركي.",
        "2016-01-10",
        "CONSULT",
        "person/muhammad-bin-nayef",  # the crown prince stands in for the king
        id="deputy-of-the-king-unnamed",
    ),
    pytest.param(
        "تظاهر المئات أمام سفارة خادم الحرمين الشريفين في لندن.",
        "2016-01-10",
        "PROTEST",
        None,
        id="embassy-of-the-king",
    ),
]


@pytest.mark.parametrize("text,day,plover,source", OF_A_PERSON)
def test_a_title_of_a_person_is_his_state(text, day, plover, source):
    events = [e for e in events_on(text, day) if e.action.plover == plover]
    assert events, "the event is read"
    actors = [a.id for e in events for a in (e.source, e.target) if a]
    assert "person/king-salman" not in actors and "person/vladimir-putin" not in actors
    assert source is None or events[0].source.id == source, actors


# Where a name after a title ends: before a second title (مدير ...) or "and others".
# (text, the person's id)
NAME_ENDS = [
    ("وانتقد اللواء سامي عبدالرحيم مدير إدارة المرور الحكومة.", "person/سامي-عبدالرحيم"),
    ("واعتقلت الشرطة القاضي فؤاد حمدي وغيره من المسؤولين.", "person/فؤاد-حمدي"),
]


@pytest.mark.parametrize("text,person", NAME_ENDS, ids=["before-a-title", "before-others"])
def test_a_name_ends_before_a_title_or_others(text, person):
    ids = [a.id for e in events_on(text, None) for a in (e.source, e.target) if a]
    assert person in ids, ids


# A title, adjectives of it (nisbas) and a name: the name is the title's holder, of the
# title's sector. (text, person id, sector)
DESCRIBED_TITLES = [
    ("اغتال مجهولون الصحفي الاستقصائي رامي الحداد في البصرة.", "person/رامي-الحداد", "MED"),
    ("انتقد المعارض اليساري نبيل حداد الحكومة.", "person/نبيل-حداد", "OPP"),
    ("اعتقلت قوات الأمن الناشط الحقوقي وليد السمان في حمص.", "person/وليد-السمان", "CVL"),
]


@pytest.mark.parametrize(
    "text,person,sector", DESCRIBED_TITLES, ids=["journalist", "opponent", "activist"]
)
def test_a_described_title_before_a_name_is_its_holder(text, person, sector):
    found = [(a.id, a.sector) for e in events_on(text, None) for a in (e.source, e.target) if a]
    assert (person, sector) in found, found


# A dictionary name of a title and a given name alone (أمير نايف, شيخ حمد), then بن or a
# family name: another person of that name, of the title's state else of the same family.
# (text, person id, country)
LONGER_NAMES = [
    ("استقبل الأمير نايف بن فهد سفير اليابان لدى المملكة.", "person/نايف-بن-فهد", "SAU"),
    (
        "التقى وزير المالية القطري الشيخ حمد بن ناصر نظيره الفرنسي في باريس.",
        "person/حمد-بن-ناصر",
        "QAT",
    ),
    ("انتقد الشيخ صباح الفهد العلي الحكومة اللبنانية.", "person/صباح-الفهد-العلي", "KWT"),
    ("اتصل الأمير سلمان بن حمد آل خليفة بالرئيس الفرنسي.", "person/سلمان-بن-حمد-آل-خليفة", "BHR"),
    ("الرياض - واس: استقبل الأمير سعود بن ماجد وفدا فرنسيا.", "person/سعود-بن-ماجد", "SAU"),
    (
        "الرياض - واس: التقى الشيخ محمد بن فالح القحطاني السفير الألماني.",
        "person/محمد-بن-فالح-القحطاني",
        "SAU",
    ),
]


@pytest.mark.parametrize(
    "text,person,country",
    LONGER_NAMES,
    ids=["bin", "titled", "family", "ruling-family", "state-only-entry", "other-family"],
)
def test_a_given_name_with_more_name_is_not_the_dictionary_person(text, person, country):
    found = [(a.id, a.country) for e in events_on(text, None) for a in (e.source, e.target) if a]
    assert (person, country) in found, found


# A title, a rank with its staff qualifier (الركن) or a second office joined by و, and
# the name are one person, the subject; the object after them is the target.
# (text, source id, target country)
TITLE_CHAINS = [
    pytest.param(
        "اتهم وزير الدفاع الأردني الفريق الركن خالد العتيبي سوريا بتهريب السلاح.",
        "person/خالد-العتيبي",
        "SYR",
        id="a-rank-and-its-staff-qualifier-before-the-name",
    ),
    pytest.param(
        "هاجم وزير الداخلية البحريني اللواء الركن الشيخ سلمان بن حمد قطر في مؤتمر صحفي.",
        "person/سلمان-بن-حمد",
        "QAT",
        id="a-rank-its-qualifier-and-an-honorific-before-the-name",
    ),
    pytest.param(
        "هنأ نائب رئيس الوزراء القطري ووزير الخارجية الشيخ فهد بن سعد رئيس الوزراء التونسي"
        " بتشكيل الحكومة.",
        "person/فهد-بن-سعد",
        "TUN",
        id="two-offices-joined-by-and-before-one-name-are-one-person",
    ),
]


@pytest.mark.parametrize("text,source,target", TITLE_CHAINS)
def test_a_title_chain_is_one_person(text, source, target):
    got = [
        (e.source.id if e.source else None, e.target.country if e.target else None)
        for e in events_on(text, None)
    ]
    assert (source, target) in got, got


# An attack noun whose target takes على names its doer with لـ right after it.
# (text, expected events)
DOER_BY_LAM = [
    (
        "أصيب ثلاثة جنود في هجوم عنيف للمعارضة السورية على مواقع الجيش قرب حلب.",
        [("SYR", "OPP", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "وأسفرت غارة للتحالف على معسكرات الحوثيين عن تدمير مخازن أسلحة.",
        [("SAU", "MIL", "ASSAULT", "YEM", False, "asserted")],
    ),
]


@pytest.mark.parametrize("text,expected", DOER_BY_LAM, ids=["opposition", "coalition"])
def test_the_doer_of_an_attack_noun_with_lam(text, expected):
    check(text, expected)


def test_an_official_named_without_nationality_is_of_the_article_country():
    text = "القاهرة - أ ش أ: أعلن اللواء حسن منصور أن قوات الأمن اعتقلت خمسة مسلحين."
    sources = [e.source for e in events_on(text, None) if e.source]
    people = [a for a in sources if a.type == "person"] or [
        a for e in events_on(text, None) for a in (e.attributed_to,) if a
    ]
    assert people and people[0].country == "EGY", sources


# الجانبان, الطرفين: the two actors of the sentence before (or named before it in the
# same sentence): both are the source. (text, source countries of the second sentence)
TWO_SIDES = [
    (
        "التقى وزير الخارجية الكويتي نظيره العماني في الدوحة أمس. واتفق الجانبان على"
        " تشكيل لجنة مشتركة.",
        {"KWT", "OMN"},
    ),
    (
        "استقبل الرئيس التونسي رئيس الوزراء الجزائري في قصر قرطاج. وبحث الطرفان أمن الحدود.",
        {"TUN", "DZA"},
    ),
]


@pytest.mark.parametrize("text,sources", TWO_SIDES, ids=["agree", "consult"])
def test_the_two_sides_are_the_two_actors_before(text, sources):
    second = [e for e in events_on(text, None) if e.sentence_start > 0 and e.source]
    assert {e.source.country for e in second} == sources, second
    assert all(e.source.text in ("الجانبان", "الطرفان") for e in second)


# The two sides are the ones named after بين, and stay so past a sentence that speaks
# of the two countries (البلدان) with other actors in it. (text, countries)
SIDES_BETWEEN = [
    pytest.param(
        "وأكد وزير الخارجية المغربي أهمية تعزيز التعاون بين المملكة المغربية والجمهورية"
        " التونسية. وأكد البلدان أهمية العمل المشترك في مكافحة التنظيمات الإرهابية ودعم"
        " أمن المملكة المغربية. وبحث الجانبان تطورات الأوضاع في ليبيا.",
        {"MAR", "TUN"},
        id="named-after-between-and-kept-past-the-two-countries",
    ),
]


@pytest.mark.parametrize("text,countries", SIDES_BETWEEN)
def test_the_two_sides_are_those_between(text, countries):
    sides = [e.source for e in events_on(text, None) if e.source and e.source.text == "الجانبان"]
    assert sides and {a.country for a in sides} == countries, [a.country for a in sides]


def test_a_first_person_verb_does_not_take_the_phrase_after_it_as_subject():
    text = "وقال الوزير العراقي: نطالب الحكومة التركية بوقف الغارات فورا."
    requests = [e for e in events_on(text, None) if e.action.plover == "REQUEST"]
    assert requests and all(e.source.country == "IRQ" for e in requests), requests
    assert any(e.target and e.target.country == "TUR" for e in requests), requests


# A nisba joined by و to a dual or plural title's nisba holds the same title.
SHARED_TITLE = [
    pytest.param(
        "وأدان الرئيسان الأرجنتيني والبرازيلي الهجوم على المدنيين.",
        [("ARG", "GOV", "ACCUSE", ANY, False, "asserted")]
        + [("BRA", "GOV", "ACCUSE", ANY, False, "asserted")],
        id="dual-title",
    ),
    pytest.param(
        "وبحث وزيرا الخارجية الهندي والباكستاني الوضع في كشمير.",
        [("IND", "GOV", "CONSULT", "PAK", False, "asserted")]
        + [("PAK", "GOV", "CONSULT", "IND", False, "asserted")],
        id="dual-title-in-construct",
    ),
]


@pytest.mark.parametrize("text,expected", SHARED_TITLE)
def test_a_coordinated_nisba_shares_the_title(text, expected):
    check(text, expected)


# بلاده: the country of the sentence's subject; حكومة بلاده: its government.
# (text, expected events)
HIS_COUNTRY = [
    (
        "وأكد وزير الخارجية الهولندي أن بلاده تدعم الحكومة الليبية.",
        [("NLD", "GOV", "SUPPORT", "LBY", False, "asserted")],
    ),
    (
        "وجدد السفير الياباني إدانة حكومة بلاده لتفجير المسجد.",
        [("JPN", "GOV", "ACCUSE", ANY, False, "asserted")],
    ),
]


@pytest.mark.parametrize("text,expected", HIS_COUNTRY, ids=["his-country", "its-government"])
def test_his_country_is_the_subject_country(text, expected):
    check(text, expected)


def test_a_word_of_a_name_opens_no_clause():
    # بان كي مون: not بأن ("that") and كي ("so that")
    check(
        "ودعا الأمين العام للأمم المتحدة بان كي مون مجلس الأمن إلى التحرك العاجل.",
        [("IGO", "IGO", "REQUEST", "UNSC", False, "asserted")],
    )


# The object of a meeting after the place and the time (استقبل X في قصر ... أمس Y); a
# concept in a palace's name is no target; الرئيس after a verb opening with ال (التقى) is
# the president, not "main".
MEETINGS = [
    (
        "استقبل ملك البحرين في قصر الصخير أمس وزير الخارجية الياباني.",
        [("BHR", "GOV", "CONSULT", "JPN", False, "asserted")],
    ),
    (
        "استقبل أمير الكويت في قصر السلام رئيس الوزراء الهندي.",
        [("KWT", "GOV", "CONSULT", "IND", False, "asserted")],
    ),
    (
        "التقى الرئيس الغاني نظيره النيجيري على هامش القمة.",
        [("GHA", "GOV", "CONSULT", "NGA", False, "asserted")],
    ),
]


@pytest.mark.parametrize(
    "text,expected", MEETINGS, ids=["after-place-and-time", "palace-of-peace", "iltaqa"]
)
def test_who_meets_whom(text, expected):
    check(text, expected)


def test_a_company_or_party_with_no_owner_is_no_actor():
    # الشركة, الحزب alone are everyday nouns, not graph nodes (with an owner they are)
    texts = ("وانتقدت المفوضية الأوروبية الشركة بسبب الاحتكار.", "وانتقد الوزير الألماني الحزب.")
    events = [e for text in texts for e in events_on(text, None)]
    ids = [a.id for e in events for a in (e.source, e.target) if a]
    assert len(events) >= 2 and "group/company" not in ids and "group/party" not in ids, ids


# What is sent from Y (رسالة من Y, بدعوة من Y) goes to the clause's doer, who received or
# came by it; a speaker telling of it is not its receiver. (text, expected events)
SENT_TO_THE_DOER = [
    (
        "تلقى رئيس الوزراء الماليزي رسالة من نظيره السنغافوري حول أمن المضائق.",
        [("SGP", "GOV", "CONSULT", "MYS", False, "asserted")],
    ),
    (
        "وصل وزير الخارجية المغربي إلى تونس بدعوة من نظيره التونسي.",
        [("TUN", "GOV", "CONSULT", "MAR", False, "asserted")],
    ),
]


@pytest.mark.parametrize("text,expected", SENT_TO_THE_DOER, ids=["message", "invitation"])
def test_what_is_sent_goes_to_the_doer(text, expected):
    check(text, expected)


def test_a_speaker_telling_of_a_message_did_not_receive_it():
    # (read below the threshold too: a message to no one named is no event; one to
    # someone named is to them, never to who tells of it)
    events = events_of("قال الوزير الكندي إن رسالة من الرئيس المكسيكي وصلت أمس.", 0)
    assert not any(e.target is not None and e.target.country == "CAN" for e in events), events
    text = "قال الوزير الكندي إن رسالة من الرئيس المكسيكي إلى رئيس الوزراء الإسباني وصلت أمس."
    sent = [
        (e.source.country, e.target.country) for e in events_of(text, 0) if e.source and e.target
    ]
    assert ("MEX", "ESP") in sent and ("MEX", "CAN") not in sent, sent


def test_the_object_pronoun_of_a_meeting_is_the_one_spoken_of():
    check(
        "زار رئيس الوزراء اليوناني نيقوسيا حيث استقبله الرئيس القبرصي في القصر.",
        [("CYP", "GOV", "CONSULT", "GRC", False, "asserted")],
    )


def test_after_a_bare_noun_the_object_pronoun_is_that_noun():
    text = "وتحدث الوزير البولندي خلال مؤتمر استضافته فيينا أمس."
    hosts = [e for e in events_of(text, 0) if e.action.id == "host_meeting"]
    assert hosts and all(e.target is None or e.target.country != "POL" for e in hosts), hosts


# Suspects, smugglers and gangs are actors (criminals, CRM): the target of an arrest,
# not a missing one; the security authorities making it are the police (COP).
def _arrests(text: str) -> list[tuple]:
    # (read below the threshold too: a gang caught is crime news, no political event)
    return [
        (e.source and e.source.sector, e.action.plover, e.target and e.target.sector)
        for e in events_of(text, 0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ألقت الشرطة القبض على مشتبه به في مدينة الدمام.", id="suspect"),
        pytest.param("قبضت الجهات الأمنية على ثلاثة مهربين قرب الحدود.", id="smugglers"),
        pytest.param("قبضت السلطات الأمنية الكويتية على عصابة لسرقة السيارات.", id="gang"),
    ],
)
def test_the_arrested_are_the_target(text):
    assert ("COP", "COERCE", "CRM") in _arrests(text), _arrests(text)


# A common given name before a family name opens a person's name with no title
# (kg/lang/ar/data/given_names.tsv); such a person has no country.
GIVEN_NAMES = [
    ("ألقت الشرطة السعودية القبض على محمد الزهراني في الطائف.", "محمد الزهراني"),
    ("اعتقلت الشرطة السعودية فهد بن سعد العتيبي في الرياض.", "فهد بن سعد العتيبي"),
]


@pytest.mark.parametrize("text,name", GIVEN_NAMES)
def test_a_given_name_opens_a_name(text, name):
    targets = [e.target for e in events_on(text, None) if e.target is not None]
    assert [(t.type, t.text, t.country) for t in targets] == [("person", name, None)], targets


@pytest.mark.parametrize(
    "text",
    [
        # a father's name inside a known name is no second person
        "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وزير الخارجية الأمريكي.",
        # a given name alone, or before a common word, is no name
        "أشاد قادة العالم بجهود سعود وما أسداه لبلاده.",
    ],
)
def test_a_given_name_inside_a_name_or_alone_is_no_person(text):
    got = [e for e in events_on(text, "2015-07-20")]
    assert not [
        a for e in got for a in (e.source, e.target) if a is not None and "سعود" in a.text.split()
    ], [(e.source, e.target) for e in got]


# Ministers are their government (CAMEO: GOV, the defence secretary GOVMIL), in Arabic as
# in English; the ministries keep their own sector (the interior ministry's police).
@pytest.mark.parametrize(
    "text",
    [
        "التقى وزير الدفاع الأمريكي نظيره السعودي في جدة.",
        "التقى وزير الداخلية المصري نظيره الأردني في القاهرة.",
    ],
)
def test_ministers_are_their_government(text):
    sources = [e.source for e in events_on(text, "2015-07-20") if e.source is not None]
    assert sources and all(a.sector == "GOV" for a in sources), sources


def test_a_dictionary_place_that_names_a_body_is_the_body():
    # the imported dictionary lists الكونغرس الاميركي as a place (and as a person): the
    # hand tables' body and its nationality read it
    events = events_on("وكان نتنياهو حث أعضاء الكونغرس الاميركي على رفض الاتفاق.", None)
    targets = [(e.target.country, e.target.sector) for e in events if e.target is not None]
    assert ("USA", "LEG") in targets, targets


# الحزب, التنظيم, الجماعة alone (with the article, nothing after them they could belong
# to) are the organisation last named with that word in the article.
@pytest.mark.parametrize(
    "text,actor",
    [
        ("أعلن تنظيم داعش مسؤوليته عن التفجير. وهاجم التنظيم قرية في ريف حلب أمس.", "ISIS"),
        (
            "وانتقد الوزير حزب الله اللبناني. وطالبت الحكومة اللبنانية الحزب بتسليم سلاحه.",
            "HEZBOLLAH",
        ),
    ],
)
def test_the_party_alone_is_the_one_named_before(text, actor):
    events = events_on(text, None)
    found = [
        a.id
        for e in events
        for a in (e.source, e.target)
        if a is not None and a.text in ("التنظيم", "الحزب")
    ]
    assert found == [actor], [(e.source, e.target) for e in events]


def test_a_dictionary_office_is_no_person():
    # the imported dictionary lists أمير منطقة الرياض and الرئيس الاميركي as "persons": a
    # title and a place with no name are an office, read by the title (its holder)
    events = events_on("وقال الرئيس الاميركي باراك اوباما إنه سيزور كينيا الأسبوع المقبل.", None)
    sources = [e.source for e in events if e.source is not None]
    assert sources and all(a.id == "person/barack-obama" or "اوباما" in a.text for a in sources), (
        sources
    )


def test_an_office_of_a_place_before_its_holder_is_the_subject():
    # استقبل أمير منطقة الرياض الأمير X: the office in construct with its region, then the
    # titled name that holds it; the ambassador after is the one received
    events = events_on(
        "استقبل أمير منطقة الرياض الأمير فيصل بن بندر سفير اليابان لدى المملكة.", None
    )
    got = [(e.source.country, e.target.id) for e in events if e.source and e.target]
    assert got == [("SAU", "JPN-GOV")], got
    assert "فيصل بن بندر" in events[0].source.text


# Whose an actor is: a title, a body or a group word resolved to its country and sector.
# (text, PLOVER, "source" or "target", expected actor id)
WHOSE = [
    pytest.param(
        "وأكد النائب سالم المري أن الشريعة بريئة من هذه الأعمال.\n"
        "من جهته، دان النائب د. فهد الشمري الهجوم الإرهابي على المسجد.",
        "ACCUSE",
        "source",
        "person/فهد-الشمري",
        id="an-abbreviated-doctor-between-title-and-name-is-courtesy",
    ),
    pytest.param(
        "وصل وزير الخارجية الفرنسي لوران فابيوس إلى القاهرة أمس في زيارة رسمية.\n"
        "وكان الرئيس الفرنسي فرانسوا هولاند قد دعا إلى وقف القتال في ليبيا.\n"
        "وأشاد الوزير الفرنسي خلال مؤتمر صحفي بجهود الحكومة المصرية في مكافحة الإرهاب.",
        "SUPPORT",
        "source",
        "person/laurent-fabius",
        id="the-minister-alone-is-the-minister-named-before-not-the-president",
    ),
    pytest.param(
        "وأعرب أمير منطقة الجوف عن شكره لنائب خادم الحرمين الشريفين.",
        "SUPPORT",
        "target",
        "person/muhammad-bin-nayef",
        id="the-kings-deputy-with-lam-is-the-crown-prince",
    ),
    pytest.param(
        "اقتحمت قوات الاحتلال الإسرائيلي مخيم جنين فجر اليوم واعتقلت عشرة شبان. "
        "ودعت حركة الجهاد الإسلامي إلى تصعيد المقاومة ضد الاحتلال.",
        "REQUEST",
        "target",
        "PSE-REB",
        id="the-resistance-is-of-a-state-that-has-one",
    ),
    pytest.param(
        "استقبل الرئيس الإيراني وزير الخارجية العماني في طهران. "
        "وانتقد النواب في مجلس الشيوخ الحكومة الإيرانية.",
        "ACCUSE",
        "source",
        "USA-LEG",
        id="members-in-a-senate-are-of-its-state",
    ),
    pytest.param(
        "ووجهت المحكمة الدولية اتهامات إلى قادة سودانيين.",
        "ACCUSE",
        "target",
        "SDN-GOV",
        id="leaders-are-not-commanders",
    ),
    pytest.param(
        "ورفض الناطق بلسان الخارجية الروسية الاتهامات الأمريكية.",
        "REJECT",
        "source",
        "RUS-GOV",
        id="spokesman-bilisan-speaks-for-the-body",
    ),
    pytest.param(
        "وقصفت الطائرات التركية مواقع للمقاتلين الأكراد في شمال العراق.",
        "ASSAULT",
        "target",
        "PKK",
        id="armed-kurds-fought-by-turkey-are-the-pkk",
    ),
    pytest.param(
        "وهاجم تنظيم داعش حاجزا لمقاتلين أكراد في ريف الحسكة السوري.",
        "ASSAULT",
        "target",
        "YPG",
        id="armed-kurds-in-syria-are-the-ypg",
    ),
    pytest.param(
        "وأدانت المحكمة الجزائية المتخصصة خمسة متهمين بتمويل الإرهاب.",
        "ACCUSE",
        "source",
        "SAU-JUD",
        id="a-court-only-some-states-have",
    ),
    pytest.param(
        "وهاجم تنظيم «القاعدة» نقطة للتفتيش في المكلا.",
        "ASSAULT",
        "source",
        "ALQAEDA",
        id="a-group-word-then-its-name-in-quotes",
    ),
    pytest.param(
        "وقصف مسلحو «جبهة النصرة» حيا في حلب.",
        "ASSAULT",
        "source",
        "NUSRA",
        id="men-of-a-group-named-in-quotes",
    ),
    pytest.param(
        "وهاجم عناصر «داعش» حاجزا للجيش العراقي قرب الرمادي.",
        "ASSAULT",
        "source",
        "ISIS",
        id="members-of-a-group-named-in-quotes",
    ),
    pytest.param(
        "واشتبكت وحدات من الجيش و«النصرة» في ريف إدلب.",
        "ASSAULT",
        "target",
        "NUSRA",
        id="and-glued-to-a-quoted-name",
    ),
    pytest.param(
        "وهاجم اللواء 14 مواقع المتمردين في الجبل.",
        "ASSAULT",
        "source",
        "group/brigade",
        id="a-unit-named-by-its-number",
    ),
    pytest.param(
        "وقتل المتطرفون عشرات الإيزيديين في سنجار.",
        "ASSAULT",
        "target",
        "IRQ-REL",
        id="a-faith-is-a-religious-group",
    ),
    pytest.param(
        "واتهم الطوارق الحكومة النيجرية بخرق الاتفاق.",
        "ACCUSE",
        "source",
        "group/tuareg",
        id="a-people-is-a-group",
    ),
    pytest.param(
        "واعتدى ملثمون على صحفي في الشارع.",
        "ASSAULT",
        "source",
        "group/masked-gunmen",
        id="masked-men",
    ),
    pytest.param(
        "وحثت الوزارة السعودية أصحاب العمل على الالتزام بالأنظمة.",
        "REQUEST",
        "target",
        "group/employers",
        id="employers",
    ),
]


@pytest.mark.parametrize("text,plover,role,expected", WHOSE)
def test_whose_an_actor_is(text, plover, role, expected):
    got = [(e.action.plover, getattr(e, role)) for e in events_on(text, "2015-07-20")]
    assert (plover, expected) in [(p, a.id if a else None) for p, a in got], got


# The conjunction before a word that is never a name (وهو, وأعضاء) ends the name after a
# title: the title is the person, of the nationality it says. (text, PLOVER, source id)
NO_NAME_WITH_AND = [
    pytest.param(
        "وأشاد الوزير الكويتي وهو يستقبل السفير الياباني بالعلاقات بين البلدين.",
        "SUPPORT",
        "KWT-GOV",
        id="and-a-pronoun",
    ),
    pytest.param(
        "واستقبل الرئيس الغاني وأعضاء حكومته وزير الخارجية الصيني.",
        "CONSULT",
        "GHA-GOV",
        id="and-members",
    ),
]


@pytest.mark.parametrize("text,plover,source", NO_NAME_WITH_AND)
def test_and_a_common_word_is_no_name(text, plover, source):
    got = [(e.action.plover, e.source.id if e.source else None) for e in events_on(text, None)]
    assert (plover, source) in got, got


def test_security_as_a_committees_field_is_no_police():
    # لجنة الأمن والدفاع: a committee on security; its member is not the police
    text = (
        "وقال عضو لجنة الأمن والدفاع في البرلمان الليبي «أطالب الأمم المتحدة بفرض حظر على السلاح»."
    )
    actors = [a for e in events_on(text, None) for a in (e.source, e.target) if a]
    assert all(a.sector != "COP" for a in actors), [a.id for a in actors]


# A bare group noun (التنظيم، الجماعة، الحركة) is the last group of its kind named in the
# article, also when that group was named without the noun (داعش is تنظيم داعش).
# (text, CAMEO code of the act, "source" or "target", the actor's id)
GROUP_NOUNS_BACK = [
    pytest.param(
        "سيطر داعش على مدينة الرطبة. وخطف التنظيم عشرين مدنيا.",
        "181",
        "source",
        "ISIS",
        id="organisation-after-its-short-name",
    ),
    pytest.param(
        "هاجم الحوثيون مدينة تعز. وقصفت طائرات التحالف مواقع الجماعة.",
        "194",
        "target",
        "HOUTHI",
        id="group-after-its-people",
    ),
]


@pytest.mark.parametrize("text,cameo,role,expected", GROUP_NOUNS_BACK)
def test_a_bare_group_noun_is_the_group_named_before(text, cameo, role, expected):
    found = [e for e in events_on(text, "2015-07-01") if e.action.cameo == cameo]
    actors = [getattr(e, role) for e in found]
    assert any(a is not None and a.id == expected for a in actors), found


def test_a_bare_group_noun_after_two_groups_is_no_one():
    """Two armed groups in one sentence: التنظيم could be either, so it stays empty."""
    text = "اشتبك داعش وجبهة النصرة في ريف حلب. وخطف التنظيم عشرين مدنيا."
    found = [e for e in events_on(text, "2015-07-01") if e.action.cameo == "181"]
    assert found and all(e.source is None for e in found), found


# A member of parliament with no country named: not of a state without elected deputies
# (the article's own, here Saudi Arabia), but of the state with deputies the article
# names (roles.tsv states). A seat standing for an international body is the body.
# (text, the phrase's first word, expected country)
NO_OWN_DEPUTIES = [
    pytest.param(
        "الرياض - واس: رحب مجلس الأمة الكويتي بزيارة وفد الشورى إلى الكويت. "
        "وانتقد النائب فهد المري قرار الحكومة.",
        "النائب",
        "KWT",
        id="deputy-of-the-named-state",
    ),
    pytest.param(
        "الرياض - واس: عقد البرلمان الأردني جلسة طارئة في عمان. "
        "وهاجم النواب سياسة الحكومة الاقتصادية.",
        "النواب",
        "JOR",
        id="deputies-of-the-named-state",
    ),
    pytest.param(
        "انتقدت بروكسل الحكومة المجرية لإغلاق حدودها.",
        "بروكسل",
        "IGO",
        id="seat-of-the-union",
    ),
]


@pytest.mark.parametrize("text,first,expected", NO_OWN_DEPUTIES)
def test_an_actor_of_a_body_another_state_has(text, first, expected):
    events = events_on(text, "2015-07-01")
    found = [a for e in events for a in (e.source, e.target) if a and a.text.startswith(first)]
    assert found and all(a.country == expected for a in found), events


# A name in quotes inside an actor's phrase: the phrase's text closes the quote.
# (text, the source's words)
QUOTED_IN_PHRASE = [
    pytest.param(
        "وشن تنظيم «داعش» هجوما على مواقع الجيش العراقي قرب تكريت.",
        "تنظيم «داعش»",
        id="guillemets",
    ),
    pytest.param(
        "وهاجمت حركة “طالبان” مركزا للشرطة الأفغانية في قندوز.",
        "حركة “طالبان”",
        id="curly-quotes",
    ),
]


@pytest.mark.parametrize("text,words", QUOTED_IN_PHRASE)
def test_a_quoted_name_in_a_phrase_is_closed(text, words):
    (event,) = events_on(text, None)
    assert event.source.text == words
    assert text[event.source.start : event.source.end] == words


# A person named in full, later by the last word of the name alone; a word written like
# it with another letter (هادئ, calm) is no name.
# (text, the expected event tuples)
SURNAMES = [
    pytest.param(
        "استقبل وزير الخارجية اليمني عادل الشرعبي السفير الأمريكي في عدن أمس. وانتقد الشرعبي"
        " الحكومة الإيرانية بشدة.",
        [("YEM", "GOV", "ACCUSE", "IRN", False, "asserted")],
        id="surname-after-full-name",
    ),
    pytest.param(
        "وصل رئيس الوزراء الليبي سالم القماطي إلى القاهرة أمس. ودعا القماطي مصر إلى دعم الجيش"
        " الليبي.",
        [("LBY", "GOV", "REQUEST", "EGY", False, "asserted")],
        id="surname-with-conjunction",
    ),
]


@pytest.mark.parametrize("text,expected", SURNAMES)
def test_a_surname_alone_is_the_person_named_before(text, expected):
    check(text, expected)


# A family named by a nisba (المصري, العراقي): the nisba alone later, where no noun
# before it could take it as its adjective, is the person; after a noun it stays an
# adjective (المسؤول المصري). (text, the person's id, the nationality's adjective phrase)
NISBA_SURNAMES = [
    pytest.param(
        "قال وزير الخارجية الأردني ناصر المصري إن بلاده تدعم الحوار. وانتقد المصري الحكومة"
        " الإيرانية بشدة، وانتقد المسؤول المصري الحكومة الإيرانية أيضا.",
        "person/ناصر-المصري",
        "المسؤول المصري",
        id="after-a-verb",
    ),
    pytest.param(
        "أعلن رئيس البرلمان اليمني الدكتور سالم العراقي أن المجلس سيجتمع غدا. والتقى العراقي"
        " السفير الأمريكي في عدن، والتقى الوفد العراقي السفير الأمريكي أيضا.",
        "person/سالم-العراقي",
        "الوفد العراقي",
        id="after-a-verb-opening-with-al",
    ),
]


@pytest.mark.parametrize("text,person,adjective", NISBA_SURNAMES)
def test_a_family_nisba_alone_is_the_person_named_before(text, person, adjective):
    sources = [e.source for e in events_on(text, "2015-07-01") if e.source]
    assert person in [a.id for a in sources], [a.id for a in sources]
    assert all(a.id != person for a in sources if a.text == adjective)


# A family name the dictionary gives one person (العبادي), given in full to another
# person before: that name alone later is the other person. A body named by its own
# name takes no person in apposition after it: the name is the verb's object.
# (text, the expected (source, target) ids)
NAMESAKES = [
    pytest.param(
        "نعت النقابة المصور الصحفي سمير العبادي أمس. وكان تنظيم داعش قد خطف العبادي من منزله"
        " في الموصل.",
        ("ISIS", "person/سمير-العبادي"),
        id="svo",
    ),
    pytest.param(
        "نعت النقابة المراسل الصحفي خالد العبادي أمس. وقد خطف تنظيم داعش العبادي من منزله في"
        " الموصل.",
        ("ISIS", "person/خالد-العبادي"),
        id="vso",
    ),
]


@pytest.mark.parametrize("text,expected", NAMESAKES)
def test_a_family_name_alone_is_the_namesake_named_before(text, expected):
    got = [
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events_on(text, "2015-07-01")
    ]
    assert expected in got, got


def test_a_person_named_like_a_country_gives_no_home_country():
    # كاميرون without the article is the man; الكاميرون the country is no home here
    text = (
        "وقال كاميرون إن الشرطة اعتقلت ثلاثة مشتبهين. وأضاف كاميرون أن الجيش سيدعم الشرطة في عملها."
    )
    countries = {
        a.country for e in events_on(text, "2015-07-01") for a in (e.source, e.target) if a
    }
    assert "CMR" not in countries, countries


# A state's national security council (مجلس الأمن القومي X) is that state's body, not
# the UN Security Council whose short name opens it. (text, the expected event tuples)
NATIONAL_COUNCILS = [
    pytest.param(
        "وطالب المتحدث باسم مجلس الأمن القومي الفرنسي الحكومة الليبية بحماية المدنيين.",
        [("FRA", "GOV", "REQUEST", "LBY", False, "asserted")],
        id="spokesman-of-the-council",
    ),
]


@pytest.mark.parametrize("text,expected", NATIONAL_COUNCILS)
def test_a_national_security_council_is_its_state(text, expected):
    check(text, expected)


# What one leader conveys to another after a title (تحيات, تهنئة) is no name of his: the
# title alone later is still the office's holder. (text, date, the meeting's source id)
CONVEYED_AFTER_A_TITLE = [
    pytest.param(
        "ونقل السفير الفرنسي لخادم الحرمين الشريفين تحيات الرئيس الفرنسي. ثم استقبل خادم"
        " الحرمين الشريفين وزير الخارجية الفرنسي في الرياض.",
        "2015-07-01",
        "person/king-salman",
        id="greetings",
    ),
    pytest.param(
        "ونقل السفير الكويتي لخادم الحرمين الشريفين تعازي أمير الكويت. ثم استقبل خادم"
        " الحرمين الشريفين وزير الخارجية الكويتي في جدة.",
        "2015-07-01",
        "person/king-salman",
        id="condolences",
    ),
]


@pytest.mark.parametrize("text,day,source", CONVEYED_AFTER_A_TITLE)
def test_what_is_conveyed_after_a_title_is_no_name(text, day, source):
    got = [e.source.id for e in events_on(text, day) if e.action.plover == "CONSULT" and e.source]
    assert source in got, got


# A title, the body it is held in (with ب), then a name: the named person, of the body's
# state, not one named before with the same title. (text, the source's id and country)
TITLE_IN_A_BODY = [
    pytest.param(
        "وقال النائب البحريني علي الدوسري إن المجلس سيناقش الميزانية. وانتقد النائب بمجلس"
        " النواب البحريني الدكتور حسن المرزوق الحكومة الإيرانية.",
        ("person/حسن-المرزوق", "BHR"),
        id="after-another-of-the-title",
    ),
]


@pytest.mark.parametrize("text,expected", TITLE_IN_A_BODY)
def test_a_title_held_in_a_body_is_the_name_after_it(text, expected):
    got = [(e.source.id, e.source.country) for e in events_on(text, "2015-07-01") if e.source]
    assert expected in got, got


def test_a_word_written_like_a_surname_is_no_person():
    text = (
        "وصل الوزير اليمني علي هادي إلى الرياض أمس. وقال متحدث إن الوضع هادئ في عدن، وهاجم"
        " مسلحون مركزا للشرطة."
    )
    actors = [a.text for e in events_on(text, "2015-07-01") for a in (e.source, e.target) if a]
    assert "هادئ" not in actors, actors
