"""Date expressions (kg.lang.{ar,en}.dates) and event dating (kg.dating).

Every sentence was written for these tests. A table row is
``(text, article date, expected [(surface text, iso)])``; the surface text
must be the exact slice of the original text at the mention's offsets.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from kg.build import extract_article
from kg.dating import CONTEXT_CHARS, PRECISIONS, date_mentions, dates_in
from kg.lang.ar.dates import find_dates as find_ar
from kg.lang.en.dates import find_dates as find_en
from kg.pipeline import PipelineConfig, process_articles
from kg.records import Article, Mention

SHARED = Path(__file__).resolve().parents[2] / "shared"
LAVROV = SHARED / "corpus" / "rt_lavrov_2015-10-27_ar.txt"

TUE = date(2015, 10, 27)  # a Tuesday
JAN3 = date(2016, 1, 3)


def found(finder, text, ref, **kw):
    out = finder(text, ref, **kw)
    for d in out:
        assert text[d.start : d.end] == d.text, "offsets must index the original text"
        assert d.precision in PRECISIONS
        assert date.fromisoformat(d.iso).isoformat() == d.iso
    return [(d.text, d.iso) for d in out]


AR = [
    # explicit dates: one pair of names per expression, both written out
    (
        "وتابع الوزير في موسكو الثلاثاء 27 أكتوبر/تشرين الأول، أن موسكو تصر",
        TUE,
        [("الثلاثاء 27 أكتوبر/تشرين الأول", "2015-10-27")],
    ),
    (
        "عقد الاجتماع في 14 تشرين الثاني (نوفمبر) 2014 في بغداد",
        TUE,
        [("14 تشرين الثاني (نوفمبر) 2014", "2014-11-14")],
    ),
    # Egyptian / Gulf names
    ("وصل الوفد إلى القاهرة في 3 يناير 2016", TUE, [("3 يناير 2016", "2016-01-03")]),
    ("وقعت الاشتباكات يوم 9 مايو", TUE, [("يوم 9 مايو", "2015-05-09")]),
    ("صدر القرار في 30 يونيه 2013", TUE, [("30 يونيه 2013", "2013-06-30")]),
    # Levantine / Iraqi names
    ("عقدت الجلسة في 14 حزيران 2014", TUE, [("14 حزيران 2014", "2014-06-14")]),
    ("أعلنت الهدنة في 2 كانون الثاني 2015", TUE, [("2 كانون الثاني 2015", "2015-01-02")]),
    ("انسحبت القوات في 12 أيلول", TUE, [("12 أيلول", "2015-09-12")]),
    ("وصل المبعوث في 4 آب الماضي", TUE, [("4 آب الماضي", "2015-08-04")]),
    # Tunisian / Algerian names
    ("تظاهر الآلاف يوم 5 جوان 2014 في العاصمة", TUE, [("يوم 5 جوان 2014", "2014-06-05")]),
    ("الاحتفال بعيد الاستقلال في 5 جويلية", TUE, [("5 جويلية", "2015-07-05")]),
    ("عاد الرئيس في 20 أوت", TUE, [("20 أوت", "2015-08-20")]),
    ("جرت الانتخابات في 14 جانفي 2011", TUE, [("14 جانفي 2011", "2011-01-14")]),
    ("انطلقت المفاوضات في 3 فيفري", TUE, [("3 فيفري", "2015-02-03")]),
    ("أضرب العمال في الأول من ماي", TUE, [("الأول من ماي", "2015-05-01")]),
    ("صادق البرلمان على النص في 8 أفريل 2015", TUE, [("8 أفريل 2015", "2015-04-08")]),
    # Moroccan names
    ("استقبل الملك الوفد في 20 غشت", TUE, [("20 غشت", "2015-08-20")]),
    ("افتتحت الدورة في 9 شتنبر 2015", TUE, [("9 شتنبر 2015", "2015-09-09")]),
    ("أعلنت النتائج يوم 4 نونبر", JAN3, [("يوم 4 نونبر", "2015-11-04")]),
    ("انتهت الأشغال في 31 دجنبر 2014", TUE, [("31 دجنبر 2014", "2014-12-31")]),
    ("تم التوقيع في 16 يوليوز", TUE, [("16 يوليوز", "2015-07-16")]),
    # Arabic-Indic digits
    ("في ٢٧ تشرين الأول ٢٠١٥ أعلن الجيش", TUE, [("٢٧ تشرين الأول ٢٠١٥", "2015-10-27")]),
    ("نشر البيان بتاريخ ١٠/١١/٢٠١٥", JAN3, [("١٠/١١/٢٠١٥", "2015-11-10")]),
    ("بدأت العملية في ۱۲ مارس ۲۰۱۵", TUE, [("۱۲ مارس ۲۰۱۵", "2015-03-12")]),
    ("وفي 2015-10-20 اجتمع المجلس", TUE, [("2015-10-20", "2015-10-20")]),
    # day ordinals and "of this/last month"
    ("سيعقد المؤتمر في العاشر من الشهر المقبل", TUE, [("العاشر من الشهر المقبل", "2015-11-10")]),
    (
        "التقيا في السابع والعشرين من الشهر الماضي",
        TUE,
        [("السابع والعشرين من الشهر الماضي", "2015-09-27")],
    ),
    ("وقع الانفجار يوم 12 من الشهر الجاري", TUE, [("يوم 12 من الشهر الجاري", "2015-10-12")]),
    (
        "اندلعت المعارك في 6 أكتوبر من العام الماضي",
        TUE,
        [("6 أكتوبر من العام الماضي", "2014-10-06")],
    ),
    # year rollover: a day-month later in the year than the article is last year's
    ("أعلن الحزب انسحابه في 28 ديسمبر", JAN3, [("28 ديسمبر", "2015-12-28")]),
    ("وصل الوفد في 28 كانون الأول", JAN3, [("28 كانون الأول", "2015-12-28")]),
    ("ويعود القرار إلى 2 يناير", JAN3, [("2 يناير", "2016-01-02")]),
    # weekdays: on or before the article date; القادم/المقبل after it, الماضي before it
    ("قال الرئيس الأحد إن الحوار مستمر", TUE, [("الأحد", "2015-10-25")]),
    ("أجرى الوزير يوم الثلاثاء محادثات", TUE, [("يوم الثلاثاء", "2015-10-27")]),
    ("اجتمع الطرفان يوم الأحد الماضي", TUE, [("يوم الأحد الماضي", "2015-10-25")]),
    ("التقيا الثلاثاء الماضي في جنيف", TUE, [("الثلاثاء الماضي", "2015-10-20")]),
    ("المحادثات المقررة يوم الجمعة القادم", TUE, [("يوم الجمعة القادم", "2015-10-30")]),
    ("تبدأ الجولة الثلاثاء المقبل", TUE, [("الثلاثاء المقبل", "2015-11-03")]),
    ("وصل الوفد صباح الإثنين إلى عمان", TUE, [("صباح الإثنين", "2015-10-26")]),
    ("وشن الجيش والأربعاء غارات", TUE, [("الأربعاء", "2015-10-21")]),
    ("قال اليوم الثلاثاء إن", TUE, [("اليوم الثلاثاء", "2015-10-27")]),
    # relative days
    ("وقال الوزير أمس إن", TUE, [("أمس", "2015-10-26")]),
    ("وأمس أعلن الجيش", TUE, [("أمس", "2015-10-26")]),
    ("كما ذكرنا بالأمس", TUE, [("الأمس", "2015-10-26")]),
    ("وصل أول أمس إلى دمشق", TUE, [("أول أمس", "2015-10-25")]),
    ("وصل أول من أمس إلى دمشق", TUE, [("أول من أمس", "2015-10-25")]),
    ("يصل الوفد غداً إلى الرياض", TUE, [("غداً", "2015-10-28")]),
    ("تعقد الجلسة يوم غد", TUE, [("يوم غد", "2015-10-28")]),
    ("تنطلق القمة بعد غد", TUE, [("بعد غد", "2015-10-29")]),
    ("أعلن الجيش اليوم أنه", TUE, [("اليوم", "2015-10-27")]),
    ("وقعت انفجارات الليلة الماضية", TUE, [("الليلة الماضية", "2015-10-26")]),
    ("أعلن مساء أمس عن", TUE, [("مساء أمس", "2015-10-26")]),
    # weeks, months, years
    ("زار الوزير أنقرة الأسبوع الماضي", TUE, [("الأسبوع الماضي", "2015-10-19")]),
    ("يعقد الاجتماع الأسبوع المقبل", TUE, [("الأسبوع المقبل", "2015-11-02")]),
    ("بدأت الحملة الشهر الماضي", TUE, [("الشهر الماضي", "2015-09-01")]),
    ("تبدأ الانتخابات الشهر المقبل", TUE, [("الشهر المقبل", "2015-11-01")]),
    ("وقعت الاتفاقية العام الماضي", TUE, [("العام الماضي", "2014-01-01")]),
    ("زادت الصادرات هذا العام", TUE, [("هذا العام", "2015-01-01")]),
    ("اندلعت المعارك منتصف الشهر الماضي", TUE, [("منتصف الشهر الماضي", "2015-09-01")]),
    ("تتوقف الأعمال في أواخر الشهر", TUE, [("أواخر الشهر", "2015-10-01")]),
    ("وصل في مطلع جانفي", TUE, [("مطلع جانفي", "2015-01-01")]),
    ("اندلعت الاحتجاجات في أكتوبر الماضي", TUE, [("أكتوبر الماضي", "2014-10-01")]),
    ("منذ شهر مارس يتواصل القصف", TUE, [("شهر مارس", "2015-03-01")]),
    ("ارتفعت الأسعار في سبتمبر", TUE, [("سبتمبر", "2015-09-01")]),
    ("تراجع الإنتاج في أيار 2014", TUE, [("أيار 2014", "2014-05-01")]),
    ("أعلنت الحكومة عام 2011 خطة", TUE, [("عام 2011", "2011-01-01")]),
    ("منذ ٢٠١١ تعيش البلاد أزمة", TUE, [("٢٠١١", "2011-01-01")]),
    ("للفترة بين عامي 2025 و2027", TUE, [("عامي 2025", "2025-01-01")]),
    # diacritics and tatweel: offsets map back to the original text
    ("وَقَالَ الوَزِيرُ أَمْسِ إِنَّ", TUE, [("أَمْسِ", "2015-10-26")]),
    ("أجرى يـــوم الثلاثـــاء محادثات", TUE, [("يـــوم الثلاثـــاء", "2015-10-27")]),
    ("في ٢٧ أُكْتُوبَر/تِشْرِين الأَوَّل", TUE, [("٢٧ أُكْتُوبَر/تِشْرِين الأَوَّل", "2015-10-27")]),
    # a character whose lower case is two characters must not shift the offsets
    ("زار وفد من İzmir المدينة أمس", TUE, [("أمس", "2015-10-26")]),
    # two expressions
    (
        "قال الوزير أمس إن الاجتماع عقد يوم الأحد الماضي",
        TUE,
        [("أمس", "2015-10-26"), ("يوم الأحد الماضي", "2015-10-25")],
    ),
    ("وقعت الهجمات الليلة قبل الماضية", TUE, [("الليلة قبل الماضية", "2015-10-25")]),
    # a year written once belongs to both coordinated dates
    (
        "بين شهري أغسطس (آب) وديسمبر (كانون الأول) من عام 2005",
        TUE,
        [("شهري أغسطس (آب)", "2005-08-01"), ("ديسمبر (كانون الأول) من عام 2005", "2005-12-01")],
    ),
    # not dates
    ("لا فرق بين الاثنين في الموقف", TUE, []),
    ("أعلنت قوى 14 آذار رفضها", TUE, []),
    ("في ذكرى ثورة 25 يناير", TUE, []),
    # ... with its year, the month is the name's too
    ("احتفلت البلاد بذكرى ثورة 14 تموز 1958", TUE, []),
    ("مارس الوزير ضغوطا على الحكومة", TUE, []),
    ("في اليوم الأول من المؤتمر", TUE, []),
    ("في ذلك اليوم وصل الوفد", TUE, []),
    ("اجتمعت الدول الأحد عشر", TUE, []),
    ("قتل 27 شخصا في الهجوم", TUE, []),
    ("صدر القرار 2254 بالإجماع", TUE, []),
    # a Hijri year: the Gregorian year its first day falls in (1437 began in October 2015)
    ("تأسست عام 1437 هـ", TUE, [("عام 1437 هـ", "2015-01-01")]),
    ("التقى الرئيس تيريزا ماي في لندن", TUE, []),
]


@pytest.mark.parametrize("text,ref,expected", AR)
def test_arabic_dates(text, ref, expected):
    assert found(find_ar, text, ref) == expected


EN = [
    (
        "On Tuesday, October 27, 2015, the minister said",
        TUE,
        [("Tuesday, October 27, 2015", "2015-10-27")],
    ),
    ("The talks began on 27 October 2015 in Vienna.", TUE, [("27 October 2015", "2015-10-27")]),
    ("They met on October 20 in Geneva.", TUE, [("October 20", "2015-10-20")]),
    ("The ceasefire began Oct. 20, officials said.", TUE, [("Oct. 20", "2015-10-20")]),
    ("The vote took place on the 4th of July.", TUE, [("4th of July", "2015-07-04")]),
    ("Fighting resumed on Sept. 3, 2014.", TUE, [("Sept. 3, 2014", "2014-09-03")]),
    ("A NEW TRUCE FROM OCTOBER 12", TUE, [("OCTOBER 12", "2015-10-12")]),
    ("The minister arrived in Cairo on Tuesday.", TUE, [("Tuesday", "2015-10-27")]),
    ("Rebels shelled the town on Sunday.", TUE, [("Sunday", "2015-10-25")]),
    ("They met last Tuesday in Geneva.", TUE, [("last Tuesday", "2015-10-20")]),
    ("Talks will resume next Friday.", TUE, [("next Friday", "2015-10-30")]),
    ("Clashes broke out on Monday night.", TUE, [("Monday night", "2015-10-26")]),
    ("The army said yesterday that", TUE, [("yesterday", "2015-10-26")]),
    (
        "Police arrested him the day before yesterday.",
        TUE,
        [("the day before yesterday", "2015-10-25")],
    ),
    ("The summit opens tomorrow.", TUE, [("tomorrow", "2015-10-28")]),
    ("Explosions were heard last night.", TUE, [("last night", "2015-10-26")]),
    ("The envoy visited Ankara last week.", TUE, [("last week", "2015-10-19")]),
    ("Sanctions were imposed last month.", TUE, [("last month", "2015-09-01")]),
    ("Elections are due next year.", TUE, [("next year", "2016-01-01")]),
    ("The deal was signed earlier this month.", TUE, [("earlier this month", "2015-10-01")]),
    ("The war began in 2011.", TUE, [("2011", "2011-01-01")]),
    ("Prices rose in early 2014.", TUE, [("early 2014", "2014-01-01")]),
    ("The strikes started in mid-October.", TUE, [("mid-October", "2015-10-01")]),
    ("Protests spread in March 2011.", TUE, [("March 2011", "2011-03-01")]),
    ("The law was passed in May.", TUE, [("May", "2015-05-01")]),
    ("The rally took place last October.", TUE, [("last October", "2014-10-01")]),
    ("The party quit the coalition on 28 December.", JAN3, [("28 December", "2015-12-28")]),
    ("The report is dated 2015-10-20.", TUE, [("2015-10-20", "2015-10-20")]),
    (
        "He said yesterday that the meeting was held on Sunday.",
        TUE,
        [("yesterday", "2015-10-26"), ("Sunday", "2015-10-25")],
    ),
    (
        "Sunday's attack came after last month's talks.",
        TUE,
        [("Sunday's", "2015-10-25"), ("last month's", "2015-09-01")],
    ),
    (
        "Talks were held on October 3 and October 5, 2014.",
        TUE,
        [("October 3", "2014-10-03"), ("October 5, 2014", "2014-10-05")],
    ),
    # not dates
    ("Theresa May said the talks may continue.", TUE, []),
    ("Confidence in May's government fell.", TUE, []),
    ("Protesters march to the square.", TUE, []),
    ("He spoke after the September 11 attacks.", TUE, []),
    ("Pilgrims gathered on Good Friday.", TUE, []),
    ("The Sunday Times reported the deal.", TUE, []),
    ("Resolution 2254 was adopted.", TUE, []),
]


@pytest.mark.parametrize("text,ref,expected", EN)
def test_english_dates(text, ref, expected):
    assert found(find_en, text, ref) == expected


PRECISION = [
    (find_ar, "الأسبوع الماضي", "week", True),
    (find_ar, "الشهر الماضي", "month", True),
    (find_ar, "منتصف أكتوبر", "month", True),
    (find_ar, "أكتوبر 2015", "month", False),
    (find_ar, "العام الماضي", "year", True),
    (find_ar, "عام 2015", "year", False),
    (find_ar, "أمس", "day", True),
    (find_ar, "27 أكتوبر 2015", "day", False),
    (find_ar, "27 أكتوبر", "day", True),  # the year comes from the article date
    (find_en, "last week", "week", True),
    (find_en, "October 2015", "month", False),
    (find_en, "late October", "month", True),
    (find_en, "in 2015", "year", False),
    (find_en, "October 27, 2015", "day", False),
    (find_en, "on Friday", "day", True),
]


@pytest.mark.parametrize("finder,text,precision,relative", PRECISION)
def test_precision_and_relative(finder, text, precision, relative):
    (d,) = finder(text, TUE)
    assert (d.precision, d.relative) == (precision, relative)


NO_REF = [
    # relative expressions and yearless dates need the article date; full dates do not
    (find_ar, "وقال أمس إن الاجتماع عقد يوم الأحد الماضي في 3 يناير", []),
    (find_ar, "عقد الاجتماع في 3 يناير 2016", [("3 يناير 2016", "2016-01-03")]),
    (find_en, "He said yesterday that talks began on Tuesday, October 27", []),
    (find_en, "Talks began on October 27, 2015", [("October 27, 2015", "2015-10-27")]),
]


@pytest.mark.parametrize("finder,text,expected", NO_REF)
def test_without_article_date(finder, text, expected):
    assert found(finder, text, None) == expected


FORWARD = [
    # (finder, text, ref, backward iso, forward iso)
    (find_ar, "يصل الوفد يوم الخميس", TUE, "2015-10-22", "2015-10-29"),
    (find_ar, "تعقد الجولة في 5 يناير", date(2015, 12, 28), "2015-01-05", "2016-01-05"),
    (find_ar, "تجرى الانتخابات في شهر يناير", date(2015, 12, 28), "2015-01-01", "2016-01-01"),
    (find_en, "They will meet on Thursday", TUE, "2015-10-22", "2015-10-29"),
    (find_en, "They will meet again in June", date(2025, 2, 19), "2024-06-01", "2025-06-01"),
    # explicit modifiers do not change with the direction
    (find_ar, "الجمعة القادم", TUE, "2015-10-30", "2015-10-30"),
    (find_en, "last Friday", TUE, "2015-10-23", "2015-10-23"),
]


@pytest.mark.parametrize("finder,text,ref,back,fwd", FORWARD)
def test_forward_resolution(finder, text, ref, back, fwd):
    (b,) = finder(text, ref)
    (f,) = finder(text, ref, forward=True)
    assert (b.iso, f.iso) == (back, fwd)


# ---------------------------------------------------------------------------
# kg.dating.date_mentions: which date a mention takes
# ---------------------------------------------------------------------------


def mention(text, trigger, modality="asserted", date_=None):
    return Mention(0, len(text), None, "meet", trigger, None, modality=modality, date=date_)


DATING = [
    # (text, article date, trigger, modality, expected date)
    (
        "قال الوزير أمس إن الاجتماع عقد يوم الأحد الماضي",
        "2015-10-27",
        "قال",
        "asserted",
        "2015-10-26",
    ),
    (
        "قال الوزير أمس إن الاجتماع عقد يوم الأحد الماضي",
        "2015-10-27",
        "عقد",
        "asserted",
        "2015-10-25",
    ),
    ("وقع البلدان الاتفاقية عام 2014", "2015-10-27", "وقع", "asserted", None),  # a year alone
    ("زار الوزير أنقرة الأسبوع الماضي", "2015-10-27", "زار", "asserted", "2015-10-19"),
    ("اندلعت المعارك منتصف الشهر الماضي", "2015-10-27", "اندلعت", "asserted", "2015-09-01"),
    # an event reported as done does not take a later date of another clause
    ("وافق الوزراء على العقوبات وسيمددونها الشهر المقبل", "2015-10-27", "وافق", "asserted", None),
    ("سيزور الوزير القاهرة يوم الخميس", "2015-10-27", "سيزور", "future", "2015-10-29"),
    (
        "يأمل في انضمام إيران إلى المحادثات يوم الجمعة القادم",
        "2015-10-27",
        "يأمل",
        "hoped",
        "2015-10-30",
    ),
    ("The army shelled the town on Sunday.", "2015-10-27", "shelled", "asserted", "2015-10-25"),
    ("Ministers will meet on Thursday.", "2015-10-27", "meet", "future", "2015-10-29"),
    ("Ministers met in Geneva.", "2015-10-27", "met", "asserted", None),
    # no article date: only dates with a year count
    ("قال الوزير أمس إن", None, "قال", "asserted", None),
    ("اجتمع الطرفان في 3 يناير 2016", None, "اجتمع", "asserted", "2016-01-03"),
]


@pytest.mark.parametrize("text,day,trigger,modality,expected", DATING)
def test_date_mentions(text, day, trigger, modality, expected):
    lang = "en" if text.isascii() else "ar"
    art = Article(id="t", text=text, lang=lang, date=day)
    (m,) = date_mentions(art, [mention(text, trigger, modality)])
    assert m.date == expected


def test_date_mentions_sentence_bounds_and_existing_dates():
    text = "اجتمع الطرفان أمس. ووقعا اتفاقا."
    art = Article(id="t", text=text, lang="ar", date="2015-10-27")
    cut = text.index("ووقعا")
    first = Mention(0, cut, None, "meet", "اجتمع", None)
    second = Mention(cut, len(text), None, "sign_agreement", "ووقعا", None)
    dated = Mention(0, cut, None, "meet", "اجتمع", None, date="2015-01-01")
    got = date_mentions(art, [first, second, dated])
    assert [m.date for m in got] == ["2015-10-26", None, "2015-01-01"]


def test_dates_in_unknown_language():
    assert dates_in("yesterday", "xx", TUE) == []


def test_a_mention_is_dated_from_its_own_trigger_not_the_first_one_with_its_words():
    """ "met" twice: the second meeting is the mention's; its date is Tuesday's."""
    text = "The envoys met on Sunday in Cairo, and the ministers met again on Tuesday."
    art = Article(id="t", text=text, lang="en", date="2015-10-28")
    at = text.rindex("met")
    m = Mention(0, len(text), None, "meet", "met", None, trigger_start=at, trigger_end=at + 3)
    (own,) = date_mentions(art, [m])
    assert own.date == "2015-10-27"
    (first,) = date_mentions(art, [mention(text, "met")])  # without offsets: the first "met"
    assert first.date == "2015-10-25"


def test_dating_reads_only_the_sentences_of_its_mentions_with_some_context(monkeypatch):
    import kg.lang.en.dates

    read = []
    tokenize = kg.lang.en.dates.tokenize
    monkeypatch.setattr(
        kg.lang.en.dates, "tokenize", lambda text: read.append(len(text)) or tokenize(text)
    )
    filler = "Ministers talked about trade on Monday. " * 500
    dated = "He visited Cairo yesterday. "
    text = filler + dated + filler
    start = len(filler)
    m = Mention(start, start + len(dated), None, "visit", "visited", None)
    (got,) = date_mentions(Article(id="t", text=text, lang="en", date="2015-10-27"), [m])
    assert got.date == "2015-10-26"
    assert read == [len(dated) + 2 * CONTEXT_CHARS]  # not the 40,000 characters around


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_dating_is_linear_patterns_are_tried_only_where_a_date_can_start(lang, monkeypatch):
    """No date, no pattern tried, however long the text; the text is tokenised once
    for all the mentions of an article, whatever their modalities."""
    import kg.dating
    import kg.lang.ar.dates
    import kg.lang.en.dates

    pack = {"ar": kg.lang.ar.dates, "en": kg.lang.en.dates}[lang]
    calls = {"at": 0, "tokenize": 0}
    at, tokenize = kg.dating.DateParser.at, pack.tokenize

    def counting_at(self, i):
        calls["at"] += 1
        return at(self, i)

    def counting_tokenize(text):
        calls["tokenize"] += 1
        return tokenize(text)

    monkeypatch.setattr(kg.dating.DateParser, "at", counting_at)
    monkeypatch.setattr(pack, "tokenize", counting_tokenize)
    plain = {"ar": "التقى الوزيران وبحثا العلاقات الثنائية. ", "en": "Ministers met and talked. "}
    dated = {"ar": "وزار الوزير القاهرة أمس. ", "en": "He visited Cairo yesterday. "}
    for n in (10, 1000):
        text = plain[lang] * n + dated[lang]
        art = Article(id="t", text=text, lang=lang, date="2015-10-27")
        mentions = [
            mention(text, "x", "asserted"),
            mention(text, "x", "future"),
            mention(text, "x", "hoped"),
        ]
        calls.update(at=0, tokenize=0)
        got = date_mentions(art, mentions)
        assert calls == {"at": 2, "tokenize": 1}, (n, calls)  # one date, two modalities
        assert got[0].date == "2015-10-26"


# ---------------------------------------------------------------------------
# The data files
# ---------------------------------------------------------------------------

KINDS = {
    "month",
    "weekday",
    "ordinal",
    "rel_day",
    "unit",
    "modifier",
    "this",
    "part",
    "time_of_day",
    "year_cue",
    "month_cue",
    "prep",
    "strong_prep",
    "blocker",
    "not_followed",
    "name_cue",
    "since",
    "year_name",
    "century",
    "ago",
    "count",
    "year_unit",
}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_dates_tsv(lang):
    path = Path(__file__).resolve().parents[1] / "kg" / "lang" / lang / "data" / "dates.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    assert list(rows[0]) == ["kind", "value", "forms", "ambiguous"]
    months, weekdays = set(), set()
    for r in rows:
        assert r["kind"] in KINDS, r
        forms = set(r["forms"].split("|"))
        assert all(f.strip() == f and f for f in forms), r
        assert {a for a in (r["ambiguous"] or "").split("|") if a} <= forms, r
        if r["kind"] == "month":
            months.add(int(r["value"]))
        if r["kind"] == "weekday":
            weekdays.add(int(r["value"]))
    assert months == set(range(1, 13)) and weekdays == set(range(7))


# ---------------------------------------------------------------------------
# End to end: the dates reach the events of kg.build.extract_article
# ---------------------------------------------------------------------------


def test_arabic_events_take_their_sentence_date():
    text = (
        "وقال وزير الخارجية الروسي يوم الأحد الماضي إن موسكو تدعم الحكومة السورية. "
        "وأدانت الحكومة العراقية الغارة التركية."
    )
    events, _ = extract_article(Article(id="e2e", text=text, lang="ar", date="2015-10-27"))
    by_sentence = {(e.sentence.split()[0], e.date) for e in events}
    assert ("وقال", "2015-10-25") in by_sentence
    assert ("وأدانت", "2015-10-27") in by_sentence
    assert not any(e.date == "2015-10-27" for e in events if e.sentence.startswith("وقال"))


def test_english_events_take_their_sentence_date():
    text = (
        "Russia condemned the air strike on Sunday. "
        "The Egyptian foreign minister will visit Moscow on Thursday. "
        "Iran accused Israel of attacking its embassy."
    )
    events, _ = extract_article(Article(id="e2e", text=text, lang="en", date="2015-10-27"))
    dates = {e.sentence.split()[0]: e.date for e in events}
    assert dates == {"Russia": "2015-10-25", "The": "2015-10-29", "Iran": "2015-10-27"}


def test_shared_article_dates():
    if not LAVROV.exists():
        pytest.skip("../shared not found")
    text = LAVROV.read_text(encoding="utf-8")
    # Published the day after the press conference: the text's own dates must win.
    events, _ = extract_article(Article(id="rt", text=text, lang="ar", date="2015-10-28"))
    assert events
    for e in events:
        if "27 أكتوبر" in e.sentence:
            assert e.date == "2015-10-27", e.sentence
        elif "الجمعة القادم" in e.sentence and e.modality == "hoped":
            assert e.date == "2015-10-30", e.sentence
        elif "الثلاثاء" in e.sentence:
            assert e.date == "2015-10-27", e.sentence
        else:
            assert e.date == "2015-10-28", e.sentence
    assert sum(e.date == "2015-10-27" for e in events) >= 2


@pytest.mark.parametrize("finder", [find_ar, find_en])
def test_superscript_digits_are_not_numbers(finder):
    # "²" passes str.isdigit() but int() rejects it; such noise must not break dating
    text = "²0 ² ¹² تشرين الأول ² October"
    assert all(d.iso for d in finder(text, TUE))
    art = Article(id="t", text="²0وزير الخارجية المصري يبحث مع نظيره الروسي في موسكو", lang="ar")
    events, _ = extract_article(art)
    assert events and all(e.date is None or date.fromisoformat(e.date) for e in events)


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [
        ((1436, 10, 21), "2015-08-07"),  # Umm al-Qura: the 6th (tabular is a day off)
        ((1446, 1, 1), "2024-07-08"),
        ((1384, 5, 8), "1964-09-15"),
    ],
)
def test_hijri_dates_are_converted(hijri, gregorian):
    from kg.dating import hijri_to_gregorian

    assert hijri_to_gregorian(*hijri).isoformat() == gregorian


def test_a_hijri_date_in_the_text_is_not_read_as_a_gregorian_one():
    from datetime import date

    from kg.lang.ar.dates import find_dates

    found = find_dates("أعلنت الوزارة يوم 21 / 10 / 1436هـ عن الحادث", date(2015, 8, 8))
    assert [m.iso for m in found if "1436" in m.text] == ["2015-08-07"]


# A sentence naming a year long before the article's tells of history: its events are
# recalled, not reported (kg.dating.HISTORY_YEARS, kg.events); "since" a year is not.
HISTORY = [
    ("ar", "وكانت القوات الإسرائيلية قد هاجمت غزة في عام 2008.", 0),
    ("ar", "هاجمت القوات العراقية الكويت عام 1990.", 0),
    ("ar", "تقصف القوات السورية المدينة المحاصرة منذ عام 2012.", 1),
    ("ar", "هاجمت القوات العراقية مواقع داعش في الرمادي عام 2015.", 1),
    # a doer called dead by an honorific (الراحل, رحمه الله) is told of, not reported
    ("ar", "واستقبل الملك عبدالعزيز رحمه الله في الرياض الرئيس الأمريكي روزفلت.", 0),
    ("ar", "وكان الراحل الملك عبدالله قد استقبل الرئيس الأمريكي.", 0),
    # a Hijri year: 1384 is 1964, 1436 the article's year
    ("ar", "وفي عام 1384هـ استقبل الملك فيصل الرئيس المصري في الرياض.", 0),
    ("ar", "وفي عام 1436هـ استقبل الملك سلمان الرئيس المصري في الرياض.", 1),
    # a year named by its event (حرب 1967), "since" that event, a century over or not
    ("ar", "واحتلت القوات الإسرائيلية سيناء خلال حرب 1967.", 0),
    ("ar", "واعتقلت الشرطة المصرية مئات الناشطين بعد ثورة 2011.", 0),
    ("ar", "وقصفت القوات الإسرائيلية جنوب لبنان مرات عدة منذ حرب 2006.", 1),
    ("ar", "وهاجمت القوات العراقية مواقع داعش في الرمادي بعد انتخابات 2014.", 1),
    ("ar", "وفي القرن التاسع عشر احتلت القوات الفرنسية الجزائر.", 0),
    ("ar", "وقتل الجيش الأمريكي آلاف المدنيين في فيتنام في القرن الماضي.", 0),
    ("ar", "وفي القرن الحالي هاجمت القوات الأمريكية العراق.", 1),
    # years counted back from the article's (قبل خمس سنوات); days back are no history
    ("ar", "وقصفت الطائرات الإسرائيلية مطار بيروت قبل عشرين عاما.", 0),
    ("ar", "واعتقلت الشرطة المصرية الناشط قبل خمس سنوات.", 0),
    ("ar", "واعتقلت الشرطة التركية الصحفي قبل عامين.", 0),
    ("ar", "وهاجمت القوات العراقية مواقع داعش قبل ثلاثة أيام.", 1),
    # acts named by a noun and counted from long ago (منذ) are a sum, not one act
    ("ar", "وتشهد محافظة الأنبار هجمات متكررة على الجيش العراقي منذ عام 2013.", 0),
    ("ar", "ونفذت حركة الشباب منذ تأسيسها مئات الهجمات على الجيش الصومالي.", 0),
    ("ar", "وشنت الطائرات الروسية غارات على ريف إدلب منذ صباح اليوم.", 1),
    # killing counted in thousands, before a plural verb too, is a war's toll
    ("ar", "وتقول المنظمة إن نحو ثلاثة آلاف شخص نصفهم من الأطفال قتلوا في الحرب.", 0),
    # a piece of history names several years, all long before its date: every event in
    # it is recalled, even in a sentence with no year of its own
    (
        "ar",
        "اندلعت الحرب عام 1846 وانتهت عام 1848 بمعاهدة وقعت عام 1848. ووقعت معاهدة أخرى"
        " عام 1853. وقصفت القوات الأمريكية العاصمة المكسيكية.",
        0,
    ),
    # ... but an article with a recent year, or a single old one, is news
    (
        "ar",
        "وقعت الحرب الأولى عام 1948 والثانية عام 1967 والثالثة عام 1973. وقصفت الطائرات"
        " الإسرائيلية مواقع في غزة عام 2015.",
        1,
    ),
    # entries of a this-day-in-history column (a year and a dash opening each), recent
    # years among them: every event in it is recalled
    (
        "ar",
        "1956 - القوات البريطانية تقصف مواقع الجيش المصري في بورسعيد. 1979 - الرئيس"
        " الأمريكي يستقبل رئيس الوزراء الإسرائيلي في واشنطن. 2003 - القوات الأمريكية تقتل"
        " نجلي الرئيس العراقي في الموصل.",
        0,
    ),
    (
        "en",
        "1956 - British forces shell Egyptian army positions in Port Said. 1979 - The US"
        " president receives the Israeli prime minister. 2003 - US troops kill two sons of"
        " the Iraqi president in Mosul.",
        0,
    ),
    # a done act dated by its month or day, with the year, more than six years before the
    # article is recalled
    ("ar", "وزار وزير الخارجية الفرنسي طهران في نوفمبر 2006.", 0),
    ("ar", "واستقبل الملك فهد الرئيس اليمني في الرياض في 3 مارس 2009.", 0),
    ("en", "The French foreign minister visited Tehran in November 2006.", 0),
    # "formerly" (سابقا، في السابق) or years gone by (في السنوات القليلة الماضية) in the
    # act's clause: recalled, or a sum of years of acts
    ("ar", "وزار الرئيس الفرنسي الجزائر ثلاث مرات في السابق.", 0),
    ("ar", "واعتقلت الشرطة التركية سابقا عشرات الصحفيين.", 0),
    ("ar", "وفي السنوات القليلة الماضية خطف مسلحون قبليون عشرات السياح الألمان.", 0),
    # an act told as the circumstance of another (after بعد, إثر; a verb after a relative
    # pronoun) dated more than six months before the article is a known act recalled
    (
        "ar",
        "وأغلقت السلطات التركية المعبر بعد سيطرة تنظيم داعش على مدينة تل أبيض في أكتوبر 2014.",
        0,
    ),
    ("ar", "وطالب الوزير بمحاكمة المسلحين الذين خطفوا الصحفيين الفرنسيين في نوفمبر 2014.", 0),
    # a sentence counting over a half of a year tells a tally of acts, not one
    (
        "ar",
        "وقالت المنظمة إن نحو ألف مدني عراقي قتلوا خلال النصف الأول من هذا العام في هجمات"
        " المسلحين.",
        0,
    ),
    (
        "ar",
        "وذكر التقرير أن الطائرات الأمريكية شنت 300 غارة على مواقع المتمردين في النصف الثاني"
        " من عام 2014.",
        0,
    ),
    ("en", "Iraqi troops invaded Kuwait in 1990.", 0),
    ("en", "Syrian forces have shelled the besieged town since 2012.", 1),
    ("en", "Iraqi troops attacked Islamic State positions in Ramadi in 2014.", 1),
]


@pytest.mark.parametrize("lang,text,n", HISTORY)
def test_history_is_recalled_not_reported(lang, text, n):
    events, _ = extract_article(Article(id="h", text=text, lang=lang, date="2015-07-20"))
    assert len(events) == n, [(e.action.plover, e.confidence) for e in events]
    (done,) = process_articles(
        [Article(id="h", text=text, lang=lang, date="2015-07-20")],
        PipelineConfig(min_confidence=0.0),
    )
    assert done.events, "the recalled event is still there below the threshold"
