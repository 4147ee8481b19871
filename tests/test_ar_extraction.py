"""Arabic extraction: tables of sentence -> expected events, one per phenomenon.

Every sentence was written for these tests. An expectation is a tuple
``(source country, source sector, PLOVER, target country or concept label,
negated, modality)``, where an international body or group stands by its code
(ARL, UNO, ISIS: its CAMEO country slot is IGO or IMG); ``None`` in the source
or target means "no actor". A sentence's events must include each expected tuple
(``ANY`` skips a field).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import extract_article
from kg.lang.ar.morphology import noun_stems, verb_stems
from kg.lang.ar.normalize import normalize, normalize_with_offsets
from kg.pipeline import PipelineConfig, process_articles
from kg.records import Article
from kg.vocab import actions

ANY = object()
SHARED = Path(__file__).resolve().parents[2] / "shared"


def events_of(text: str, min_confidence: float | None = None):
    article = Article(id="t", text=text, lang="ar")
    if min_confidence is None:
        events, _ = extract_article(article)
        return events
    (done,) = process_articles([article], PipelineConfig(min_confidence=min_confidence))
    return list(done.events)


def code(a):
    """An actor's country; international bodies and groups (IGO, NGO, IMG) by their own code."""
    return a.id if a.type != "person" and a.country in ("IGO", "NGO", "IMG") else a.country


def as_tuple(e):
    tgt = None
    if e.target is not None:
        tgt = e.target.label if e.target.type == "concept" else code(e.target)
    return (
        code(e.source) if e.source else None,
        e.source.sector if e.source else None,
        e.action.plover,
        tgt,
        e.negated,
        e.modality,
    )


def matches(expected, got) -> bool:
    return all(x is ANY or x == y for x, y in zip(expected, got, strict=True))


def check(text, expected):
    got = [as_tuple(e) for e in events_of(text)]
    for exp in expected:
        assert any(matches(exp, g) for g in got), f"{exp} not in {got}"
    return got


VERB_SUBJECT_OBJECT = [
    # a delegation "from" a group is the group's (not a government of no country)
    (
        "واجتمع وفد من حركة الجهاد الإسلامي مع مدير المخابرات المصرية في القاهرة.",
        [("PSE", "REB", "CONSULT", "EGY", False, "asserted")],
    ),
    # the genitive of a verbal noun before a verb joined by ف is no subject of that verb;
    # the phrase right after the verb is
    (
        "طوقت الشرطة القرية لاعتقال ناشطين فهاجم الجنود منزلا في أطرافها.",
        [(None, "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # حكومة وشعب X: the government is X's too
    (
        "أعربت حكومة وشعب البحرين عن تضامنهم مع مصر.",
        [("BHR", "GOV", "SUPPORT", "EGY", False, "asserted")],
    ),
    # what is said during a call or in a cable received is said by the caller
    (
        "تلقى وزير الخارجية المغربي اتصالا هاتفيا من نظيره الفرنسي أكد خلاله دعم بلاده للمغرب.",
        [("FRA", "GOV", "SUPPORT", ANY, False, "asserted")],
    ),
    (
        "تلقى ولي العهد السعودي اتصالا هاتفيا من الرئيس الفرنسي جدد خلاله ترحيبه بولي العهد"
        " خلال زيارته لفرنسا.",
        [("FRA", "GOV", "SUPPORT", "SAU", False, "asserted")],
    ),
    (
        "وتلقى الملك عبدالله الثاني اتصالا هاتفيا أمس من فخامة الرئيس الإيطالي سيرجيو ماتاريلا"
        " جدد خلاله ترحيبه بالملك عبدالله الثاني خلال زيارته لروما.",
        [("ITA", "GOV", "SUPPORT", "JOR", False, "asserted")],
    ),
    # (the receiver in a clause of its own, before a comma)
    (
        "وتلقى ولي العهد الأردني، اتصالا هاتفيا أمس من رئيس الوزراء الإيطالي جدد خلاله ترحيبه"
        " بولي العهد الأردني خلال زيارته لروما.",
        [("ITA", "GOV", "SUPPORT", "JOR", False, "asserted")],
    ),
    # a name in straight quotes is the subject, and its closing mark opens no quotation
    (
        'ودعا "ماكرون" نواب البرلمان الفرنسي إلى تأييد الاتفاق.',
        [("FRA", "GOV", "REQUEST", "FRA", False, "asserted")],
    ),
    # (a mark glued to a word before is counted in the pairs: بـ"أزمة)
    (
        'وحذر "ماكرون" من أن أوروبا تواجه بـ"أزمة كبرى في القارة" من دون الاتفاق، ودعا'
        ' "ماكرون" نواب البرلمان الفرنسي إلى تأييد الاتفاق.',
        [("FRA", "GOV", "REQUEST", "FRA", False, "asserted")],
    ),
    (
        'ويواجه "ماكرون" انتقادات حادة من قبل نواب المعارضة الفرنسية.',
        [("FRA", "OPP", "ACCUSE", "FRA", False, "asserted")],
    ),
    # a city between the subject and its verb is where, never who (SVO past a place)
    (
        "قال الجيش الأمريكي إن مقاتلي داعش في مدينة الرمادي أعدموا عشرات المدنيين.",
        [("ISIS", "REB", "ASSAULT", "IRQ", False, "asserted")],
    ),
    # VSO with role + demonym phrases on both sides
    (
        "استقبل الرئيس المصري وزير الخارجية الفرنسي في القاهرة أمس.",
        [("EGY", "GOV", "CONSULT", "FRA", False, "asserted")],
    ),
    # metonyms stand for governments
    (
        "اتهمت موسكو واشنطن بتقويض الاتفاق النووي.",
        [("RUS", "GOV", "ACCUSE", "USA", False, "asserted")],
    ),
    (
        "طالبت الجامعة العربية مجلس الأمن بوقف الحرب في غزة.",
        [("ARL", "IGO", "REQUEST", "UNSC", False, "asserted")],
    ),
    # a count before the subject; students give the sector
    (
        "تظاهر آلاف الطلاب في الجزائر احتجاجا على قرار الحكومة.",
        # the government of the place the article is about: Algeria's
        [("DZA", ANY, "PROTEST", "DZA", False, "asserted")],
    ),
    # a protest at another act is against that act's doer, not where it was held
    (
        "تظاهر مئات الطلاب في مدينة بنغازي احتجاجا على الغارات المصرية.",
        [("LBY", ANY, "PROTEST", "EGY", False, "asserted")],
    ),
    (
        "اعتقلت الشرطة التونسية عشرات المحتجين في العاصمة.",
        [("TUN", "COP", "COERCE", ANY, False, "asserted")],
    ),
    # an adjectival demonym after an indefinite noun gives the subject's country
    (
        "قصفت طائرات روسية مواقع لتنظيم داعش في دير الزور.",
        [("RUS", ANY, "ASSAULT", "ISIS", False, "asserted")],
    ),
    (
        "هاجمت القوات الإسرائيلية مواقع في جنوب لبنان.",
        [("ISR", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # an adverb of time between the subject and the object (ليل الأحد الاثنين، أول من
    # أمس) takes no place of the object's
    (
        "قصفت الطائرات الروسية ليل الأحد الاثنين عشرة أهداف لجبهة النصرة في إدلب.",
        [("RUS", "MIL", "ASSAULT", "SYR", False, "asserted")],
    ),
    (
        "هاجم المستوطنون الإسرائيليون صباح أول من أمس الجمعة المزارعين الفلسطينيين.",
        [("ISR", "CVL", "ASSAULT", "PSE", False, "asserted")],
    ),
    (
        "ودان البرلمان العربي أول من أمس القصف الإيراني لمخيمات اللاجئين.",
        [("ARL", "IGO", "ACCUSE", "IRN", False, "asserted")],  # (the League's parliament)
    ),
    # a title with its holder's name set off by commas (وزير الخارجية، X،) is one person
    (
        "طلب الرئيس المصري من وزير الخارجية، سامح شكري، التوجه إلى نيويورك.",
        [("EGY", "GOV", "REQUEST", "EGY", False, "asserted")],
    ),
]

ATTRIBUTION_AND_FIRST_PERSON = [
    # SVO after أن, future prefix س, attributed to the announcer
    (
        "أعلن البيت الأبيض أن واشنطن ستدعم الحكومة العراقية في مواجهة الجماعات المسلحة.",
        [("USA", "GOV", "SUPPORT", "IRQ", False, "future")],
    ),
    # "we" in a quote is the speaker's government
    (
        'وقال وزير الخارجية الأردني: "نحن ندعم الحوار بين الأطراف اليمنية".',
        [("JOR", "GOV", "SUPPORT", "dialogue", False, "asserted")],
    ),
]

NEGATION = [
    # a present verb after كاد or أوشك (past its subject) nearly happened: not done
    (
        "وكاد المسلحون يقتحمون مبنى البرلمان الليبي لولا تدخل الجيش.",
        [(ANY, "REB", "ASSAULT", "LBY", True, "asserted")],
    ),
    (
        "وكادت عبوة زرعها مسلحو حركة الشباب تقتل جنديين من القوات الكينية.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    # an act a rumour or a claim tells, in a sentence that calls it untrue, is denied
    (
        "وتداولت مواقع إخبارية أنباء عن مقتل قائد حركة الشباب، لكن الحركة نفت صحتها.",
        [(ANY, ANY, "ASSAULT", "SOM", True, "asserted")],
    ),
    (
        "وقال الخبير إن بعض الصحف نشرت أشياء خاطئة وصلت إلى حد ادعاء (احتلال عدن) من قبل"
        " المتمردين الحوثيين.",
        [("YEM", "REB", "ASSAULT", ANY, True, "asserted")],
    ),
    # what a government denies is negated
    (
        "ونفت الحكومة الإثيوبية أن يكون الجيش قد هاجم المدنيين في تيغراي.",
        [
            (ANY, "MIL", "ASSAULT", ANY, True, "asserted"),
        ],
    ),
    # a verb after دون أن did not happen
    (
        "قررت الوزيرة تطبيق التوصيات من دون أن تكون الحكومة الإسرائيلية تبنتها.",
        [("ISR", "GOV", "AGREE", ANY, True, ANY)],
    ),
    # a negated intent negates what is intended; of a concession it is a refusal (kg.events:
    # refusing to ease sanctions is CAMEO 1244)
    (
        "ولا تعتزم كندا رفع العقوبات عن فنزويلا.",
        [("CAN", ANY, "REJECT", "VEN", False, "intended")],
    ),
    # what a denial verb takes as its object is denied
    (
        "ونفت روسيا أي نية لمهاجمة فنلندا.",
        [("RUS", None, "ASSAULT", "FIN", True, ANY)],
    ),
    # "without" negates; "between A and B" names both parties
    (
        "انتهت الجولة دون التوصل إلى اتفاق بين إثيوبيا ومصر.",
        [("ETH", "GOV", "AGREE", "EGY", True, ANY), ("EGY", "GOV", "AGREE", "ETH", True, ANY)],
    ),
    ("لا أحد دعا إيران إلى المؤتمر.", [(None, None, "CONSULT", "IRN", True, "asserted")]),
    (
        "لم تعترف الحكومة المغربية بنتائج الاستفتاء.",
        [("MAR", "GOV", "SUPPORT", ANY, True, "asserted")],
    ),
    (
        "لن تستقبل الحكومة الليبية الوفد الإيراني.",
        [("LBY", "GOV", "REJECT", "IRN", False, "future")],  # refusing to meet: CAMEO 125
    ),
    # a verb of failing governs في + verbal noun past its subject: it did not happen
    (
        "فشل وزراء خارجية الدول الأوروبية في التوصل إلى اتفاق مع تركيا.",
        [(ANY, ANY, "AGREE", "TUR", True, ANY)],
    ),
    # "not ... alone, but": any negator with "alone" or "only" and then بل (not only)
    (
        "وقال المتحدث إن الجيش الإيراني لم يهاجم القوات العراقية وحدها، بل هاجم المدنيين أيضا.",
        [("IRN", "MIL", "ASSAULT", "IRQ", False, "asserted")],
    ),
    # ... and so does a negated verb of being able (لم يتمكن من)
    (
        "ولم تتمكن القوات السورية من السيطرة على مدينة الزبداني.",
        [("SYR", "MIL", "ASSAULT", ANY, True, ANY)],
    ),
    # a base "of" the army is the army's: the army is attacked, not attacking
    (
        "وقال البيان إن مسلحين هاجموا قاعدة للجيش الأردني قرب الحدود.",
        [(ANY, "REB", "ASSAULT", "JOR", False, "asserted")],
    ),
    # a negated verb of being able with the verbal noun as its object (no من)
    (
        "ولم يستطع الجيش السوري السيطرة على مدينة داريا.",
        [("SYR", "MIL", "ASSAULT", ANY, True, ANY)],
    ),
    # "still" (ما زال، لا يزال) is no negation
    (
        "وقالت إن الحكومة الهندية ما زالت تندد بالهجمات على المدنيين.",
        [("IND", "GOV", "ACCUSE", ANY, False, ANY)],
    ),
    # what was foiled or prevented did not happen
    (
        "وأعلنت الشرطة التركية إحباط هجوم لتنظيم داعش على مطار إسطنبول.",
        [("ISIS", "REB", "ASSAULT", ANY, True, ANY)],
    ),
    # ... and what a try or a plan foiled was for (إحباط محاولة، إحباط عملية تفجير)
    (
        "وتمكنت الشرطة الفرنسية من إحباط عملية تفجير قرب محطة للقطارات في باريس.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    (
        "وأعلن الجيش الجزائري إحباط محاولة إرهابية لاستهداف ثكنة عسكرية في الجنوب.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    # and so was what one was kept from, past the one kept (منع X من قصف)
    (
        "ونجحت الوساطة القطرية في منع الجيش السوداني من قصف مواقع المتمردين.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    # ... and so was what one was held back from (ردع X عن، ثني X عن): one policy
    (
        "وطالب النائب الأردني بردع المستوطنين عن اعتداءاتهم على المزارعين الفلسطينيين.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    # what a claim says was done is denied when the claim is rejected (ترفض اتهامات بأن)
    (
        "ورفضت موسكو اتهامات بأنها زودت الانفصاليين الأوكرانيين بالأسلحة.",
        [("RUS", ANY, "AID", "UKR", True, ANY)],
    ),
    # عدم "non-" negates the verbal noun, past a noun of taking place (عدم وقوع)
    (
        "وأكد الجيش المصري عدم وقوع اشتباكات مع المسلحين في سيناء.",
        [("EGY", "MIL", "ASSAULT", ANY, True, ANY)],
    ),
    # ... and so does a negated present verb of taking place (لم يحصل، لم تقع)
    (
        "وأوضح مصدر أمني أنه لم يحصل تبادل لإطلاق النار بين الشرطة والمسلحين.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    (
        "وقال الجيش إنه لم تقع اشتباكات مع المسلحين في رفح.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    # ... and a negated verb of beginning (لن تشرع في): the act it takes is not begun
    (
        "وأكد المتحدث أن الحركة لن تشرع في قتال الفصائل الأخرى.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    # ... past a verbal noun of regaining or imposing (فشل في استعادة السيطرة على)
    (
        "فشلت قوات المعارضة السورية في استعادة السيطرة على بلدة قرب حلب.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    (
        "وأخفق المتمردون الحوثيون في فرض الحصار على مدينة الضالع.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    # a plural verb of failing (فشلوا في التوصل): tried and not managed
    (
        "وقال إن وزراء الاتحاد الأوروبي فشلوا في التوصل إلى اتفاق مع تركيا.",
        [(ANY, ANY, "AGREE", "TUR", True, ANY)],
    ),
    # what goes round (ما تردد عن، ما تداوله) that a denial takes is denied
    (
        "نفى المتحدث باسم الجيش ما تردد عن وقوع هجمات على نقاط التفتيش في رفح.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    (
        "وأكد المتحدث العسكري جاهزية القوات، نافياً ما تردد عن وقوع هجمات مسلحة على أكمنة في رفح.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    # a negated verb of beginning or receiving takes its act past its subject (لم تبدأ
    # الفصائل في قتال، لم تتلق الحكومة دعوة): not begun, not made
    (
        "لم تبدأ الكتائب المسلحة في مهاجمة الجيش النظامي.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    (
        "وقالت الوزارة إنها لم تتلق دعوة رسمية من باريس.",
        [(ANY, ANY, "CONSULT", ANY, True, ANY)],
    ),
    # ... and so does a negated verb of including, past the deal that includes it and a
    # noun of carrying out (لا يتضمن الاتفاق توفير دعم): not part of what was agreed
    (
        "ولا تتضمن الخطة الفرنسية شن غارات على مواقع الجيش الليبي.",
        [(ANY, ANY, "ASSAULT", ANY, True, ANY)],
    ),
    (
        "وأوضح المتحدث أن التفاهم لم يشمل تقديم دعم عسكري للفصائل الكردية.",
        [(ANY, ANY, "AID", ANY, True, ANY)],
    ),
    # a verb of failing right before the verbal noun has it as subject: the talks were
    # held and failed (فشلت المفاوضات في إنهاء الأزمة)
    (
        "وفشلت المفاوضات بين الحكومة الكولومبية والمتمردين في إنهاء النزاع.",
        [(ANY, ANY, "CONSULT", ANY, False, ANY)],
    ),
]

MODALITY = [
    # what a thing would do (من شأنه أن) is a likely effect, not told done
    (
        "وقال الوسيط إن وقف إطلاق النار من شأنه أن يقود الحكومة السودانية إلى التفاوض"
        " مع المتمردين.",
        [("SDN", "GOV", "CONSULT", "SDN", False, "conditional")],
    ),
    (
        "وقال المبعوث إن الاتفاق من شأنه أن يدفع الحكومة اليمنية إلى الحوار مع الحوثيين.",
        [("YEM", "GOV", "CONSULT", "YEM", False, "conditional")],
    ),
    # a verbal noun after حتى يتم or إلى أن يتم is awaited: to come (حتى تم: done)
    (
        "وأكد الضابط أن قوات الجيش الليبي ستواصل التقدم حتى يتم طرد المسلحين من المدينة.",
        [("LBY", "MIL", "ASSAULT", ANY, False, "future")],
    ),
    (
        "وقال العميد إن الطائرات السورية ستستمر في التحليق، حتى يتم تدمير مواقع المسلحين.",
        [("SYR", "MIL", "ASSAULT", ANY, False, "future")],
    ),
    # a verb after قبل أن or بعد أن takes the tense of the main clause: of the future,
    # it is to come too (سيزور الرياض قبل أن يتوجه إلى الكويت)
    (
        "وسيلتقي رئيس الوزراء الإيطالي نظيره اليوناني غدا قبل أن يتوجه إلى تونس.",
        [(ANY, ANY, "CONSULT", "TUN", False, "future")],
    ),
    # على opening a clause of duty lays the act on someone: owed, not done (إن على
    # الدول التصدي للإرهاب)
    (
        "وقال وزير الأوقاف إن على الجيوش الإسلامية التصدي للتنظيمات المتطرفة المسلحة.",
        [(None, None, "ASSAULT", ANY, False, "requested")],
    ),
    # what is scheduled (من المقرر أن) is to come, through the whole clause it opens
    (
        "وذكرت مصادر مصرية أن من المقرر أن يتفقد وزير الدفاع المصري خلال جولته في شمال"
        " سيناء مواقع القوات المنتشرة هناك ويتابع سير العمليات العسكرية ضد المسلحين.",
        [(None, None, "ASSAULT", ANY, False, "future")],
    ),
    # what is unlikely (من المستبعد أن) is not told done
    (
        "ومن المستبعد أن يلتقي رئيس الوزراء الهندي نظيره الباكستاني خلال القمة.",
        [(ANY, ANY, "CONSULT", ANY, False, "conditional")],
    ),
    # قد before an idiom opening with a present verb: it may happen (قد تفرض عقوبات)
    (
        "وأكد المسؤول أن الحكومة البريطانية قد تفرض عقوبات على الشركات الروسية.",
        [(ANY, ANY, "SANCTION", ANY, False, "conditional")],
    ),
    # an agreement named as the basis of what is to come (بموجب اتفاق) is made already
    (
        "وستتمكن فرنسا من نشر طائرات في القاعدة الأردنية بموجب اتفاق مع الأردن في مايو.",
        [(ANY, ANY, "AGREE", "JOR", False, "asserted")],
    ),
    # the act a plot is for is planned (مخطط لتنفيذ تفجيرات، مخططات لشن هجمات)
    (
        "وأحبطت الشرطة التونسية مخططا لتنفيذ تفجيرات في سوسة.",
        [(ANY, ANY, "ASSAULT", ANY, False, "intended")],
    ),
    # a noun that starts like the future's س (سيطرتها) is no verb of the future
    (
        "واستعادت القوات الأفغانية سيطرتها على المدينة بعد معارك عنيفة مع طالبان.",
        [(ANY, ANY, "ASSAULT", ANY, False, "asserted")],
    ),
    # a vow takes its بـ act past the one vowing and the time (تعهد الوزير أمس بشن)
    (
        "تعهد رئيس الوزراء الباكستاني نواز شريف اليوم بشن هجمات على معاقل طالبان.",
        [(ANY, ANY, "ASSAULT", ANY, False, "intended")],
    ),
    # what a draft or a plan is for, right after it, is asked for (مشروع قرار يدين)
    (
        "وسيصوت المجلس الأسبوع المقبل على مشروع قرار يدين كوريا الشمالية.",
        [(ANY, ANY, "ACCUSE", ANY, False, "requested")],
    ),
    # an act after the على or إلى of a request, past a noun of carrying out, is asked
    # for (حث الرئيس على إجراء حوار), and so is one joined to it by that noun (دعت إلى
    # وقف القتال وعقد حوار)
    (
        "وحث الرئيس الكيني أوهورو كينياتا على إجراء حوار جاد مع المعارضة.",
        [(ANY, ANY, "CONSULT", ANY, False, "requested")],
    ),
    (
        "ودعت الحكومة الإثيوبية بلهجة هادئة إلى وقف القتال وعقد حوار مع المعارضة.",
        [(ANY, ANY, "CONSULT", ANY, False, "requested")],
    ),
    # a protest a body announces with عن is called for a time to come
    (
        "وأعلنت نقابة المعلمين في الأردن عن تنظيم مظاهرة أمام البرلمان اليوم احتجاجا على"
        " تأخر الرواتب.",
        [(ANY, ANY, "PROTEST", ANY, False, "future")],
    ),
    # a noun of determination (تصميم X على) takes an act meant, not told done
    (
        "وأكد الوزير تصميم دول مجلس التعاون على محاربة التنظيمات الإرهابية.",
        [(ANY, ANY, "ASSAULT", ANY, False, "intended")],
    ),
    # the act a verb after "it is necessary that" takes is owed, not done
    (
        "وقال الوزير: من الضروري أن تبدأ حكومة كينيا حوارا جادا مع المعارضة.",
        [("KEN", "GOV", "CONSULT", ANY, False, "requested")],
    ),
    # the means or occasion of an aim (يسعى من خلال اجتماعاته، خلال محادثاتها) is had
    (
        "وقال إن وفد الخارجية المصري يسعى من خلال اجتماعاته مع القادة الليبيين لإيصال"
        " رسالة القاهرة.",
        [("EGY", "GOV", "CONSULT", "LBY", False, "asserted")],
    ),
    (
        "وتسعى الحكومة الأردنية خلال محادثاتها مع الوفد الإسرائيلي إلى تثبيت التهدئة.",
        [("JOR", "GOV", "CONSULT", "ISR", False, "asserted")],
    ),
    # a priority (من أولويات) is meant, what has become near (باتت قريبة) is to come
    (
        "وقال المسؤول إن تحرير مدينة الحديدة من سيطرة الحوثيين يعد من أولويات الحكومة اليمنية.",
        [(ANY, ANY, "ASSAULT", "YEM", False, "intended")],
    ),
    (
        "وأكد مصدر أن عملية تحرير مدينة الموصل من تنظيم داعش باتت قريبة.",
        [(ANY, ANY, "ASSAULT", ANY, False, "future")],
    ),
    # what is answered was done, even by an answer to come (ستواصل الرد على الهجوم)
    (
        "وقال المتحدث إن المقاتلين الأكراد سيواصلون الرد على القصف التركي لقراهم.",
        [("TUR", ANY, "ASSAULT", ANY, False, "asserted")],
    ),
    # deciding to approve is approving (قرر مجلس الوزراء الموافقة); deciding to close is not
    # closing yet
    (
        "وقرر مجلس الوزراء الكويتي الموافقة على اتفاقية التعاون الأمني مع البحرين.",
        [("KWT", "GOV", "AGREE", ANY, False, "asserted")],
    ),
    (
        "وقررت الحكومة التونسية إغلاق القنصلية الليبية في تونس.",
        [("TUN", "GOV", "COERCE", "LBY", False, "intended")],
    ),
    # what is dated (موعد) or awaited (بانتظار) is still to come
    (
        "وحددت نقابة المعلمين الأردنيين موعد تنظيم اعتصام أمام وزارة التربية.",
        [("JOR", ANY, "PROTEST", ANY, False, "future")],
    ),
    # a verbal noun joined by و to one meant or ahead is meant or ahead too
    (
        "وتعتزم الحكومة الأردنية فرض عقوبات على إسرائيل واستدعاء السفير الإسرائيلي في عمان.",
        [
            ("JOR", "GOV", ANY, "ISR", False, "intended"),
            ("JOR", "GOV", "ACCUSE", ANY, False, "intended"),
        ],
    ),
    # the whole أن clause after a word of intent or of what is to come is meant or ahead,
    # past its subject and objects (يريد أن تبذل بريطانيا جهودا لمساعدة، من المقرر أن)
    (
        "وقال الرئيس إنه يريد أن تبذل فرنسا مزيدا من الجهود لمساعدة الحكومة العراقية.",
        [("FRA", ANY, "AID", "IRQ", False, "intended")],
    ),
    (
        "ومن المقرر أن يبدأ الاتحاد الأفريقي والسودان مفاوضات حول ترسيم الحدود.",
        [(ANY, ANY, "CONSULT", "SDN", False, "future")],
    ),
    # قد before the verb whose object the event noun is: it may happen
    (
        "وقال الجيش الإسرائيلي إن طائراته قد تشن غارات على مواقع المسلحين في غزة.",
        [("ISR", "MIL", "ASSAULT", ANY, False, "conditional")],
    ),
    # what one orders (أمر، وجه بـ) is asked for, not done; a prosecutor's order is the act
    (
        "وأمر وزير الداخلية الكويتي بالقبض على الناشطين الثلاثة.",
        [("KWT", "GOV", "COERCE", ANY, False, "requested")],
    ),
    (
        "وأمر الرئيس الفرنسي بشن غارات جوية على مواقع داعش في سوريا.",
        [("FRA", "GOV", "ASSAULT", ANY, False, "requested")],
    ),
    # قد before a past verb (تبنى is past, its present is يتبنى) is "has": told, not "may"
    (
        "وقد تبنى تنظيم القاعدة الهجومين على السفارتين.",
        [(ANY, "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    # what was only tried, or got ready for, is intended; an attempt survived was made
    (
        "وفشلت خمس محاولات للتوصل إلى اتفاق بين المعارضة السورية والحكومة السورية.",
        [("SYR", "OPP", "AGREE", ANY, ANY, "intended")],
    ),
    (
        "وقال إن تنظيم داعش يستعد لشن هجوم واسع على مدينة الحسكة.",
        [("ISIS", "REB", "ASSAULT", ANY, False, "intended")],
    ),
    (
        "ونجا وزير الداخلية اليمني من محاولة اغتيال بسيارة مفخخة في عدن.",
        [(ANY, ANY, "ASSAULT", "YEM", False, "asserted")],
    ),
    # close to an act, it is still to come; planned by others, it is intended
    (
        "واقتربت القوات العراقية من تحرير مدينة الموصل من تنظيم داعش.",
        [("IRQ", "MIL", "ASSAULT", ANY, False, "future")],
    ),
    (
        "وقالت الشرطة إن عناصر تنظيم داعش كانوا يخططون لتنفيذ تفجيرات في مدينة الزرقاء.",
        [("ISIS", "REB", "ASSAULT", ANY, False, "intended")],
    ),
    # the future's verb holds its verbal noun past a relative clause; a present act dated
    # ahead is to come; what one fears may happen
    (
        "وسيجري وزير الخارجية الفرنسي خلال زيارته التي تستمر ثلاثة أيام محادثات مع نظيره المصري.",
        [("FRA", "GOV", "CONSULT", "EGY", False, "future")],
    ),
    (
        "ويخشى الحلفاء من أن تشن إيران هجمات على جيرانها في الخليج.",
        [("IRN", ANY, "ASSAULT", ANY, False, "conditional")],
    ),
    # a verbal noun after a verb of the future, or dated ahead, is to come
    (
        "وأعلنت الخارجية الروسية أن لافروف سيعقد اجتماعا مع نظيره السعودي عادل الجبير.",
        [("RUS", "GOV", "CONSULT", "SAU", False, "future")],
    ),
    (
        "وقال المصدر إن زيارة وزير الخارجية السعودي إلى موسكو الثلاثاء القادم مهمة.",
        [("SAU", "GOV", "CONSULT", "RUS", False, "future")],
    ),
    (
        "أعلنت فرنسا اعتزامها إرسال قوات إلى مالي.",
        [("FRA", ANY, "MOBILIZE", ANY, False, "intended")],
    ),
    # what a pledge is to give is not yet given
    (
        "تعهدت اليابان بتقديم 50 مليون دولار مساعدات إنسانية للاجئين السوريين.",
        [
            ("JPN", "GOV", "AGREE", ANY, False, "asserted"),
            ("JPN", "GOV", "AID", "SYR", False, "intended"),
        ],
    ),
    # a threatened act past the threatener's name and a verbal noun of doing is
    # conditional, under the default threshold
    (
        "هددت الحكومة الإثيوبية بشن هجوم على القوات الإريترية.",
        [("ETH", "GOV", "THREATEN", "ERI", False, "asserted")],
    ),
    (
        "تسعى تركيا إلى الوساطة بين موسكو وكييف.",
        [("TUR", "GOV", "CONSULT", "RUS", False, "intended")],
    ),
    # أنها refers to the announcer; "ready to" is an intention
    (
        "أعلنت الحكومة الأردنية أنها على استعداد لاستضافة المحادثات بين الطرفين.",
        [("JOR", "GOV", "CONSULT", "talks", False, "intended")],
    ),
    (
        "أعرب الوزير السعودي عن أمله في أن تنضم قطر إلى المفاوضات.",
        [("QAT", "GOV", "CONSULT", "negotiations", False, "hoped")],
    ),
    # the jussive after لم of a hollow verb (تدن, يزر) is that verb, negated
    (
        "ولم تدن الحكومة الإيرانية الهجوم على السفارة السعودية.",
        [("IRN", "GOV", "ACCUSE", None, True, "asserted")],
    ),
    # an act in a yes-no question is asked about, not told
    (
        "فهل قصفت الطائرات الروسية مواقع المعارضة السورية في حماة؟",
        [("RUS", "MIL", "ASSAULT", ANY, False, "conditional")],
    ),
    # a condition is never an asserted fact
    (
        "إذا هاجمت إيران السفن فإن الولايات المتحدة سترد بقوة.",
        [("IRN", None, "ASSAULT", None, False, "conditional")],
    ),
    # what a plan holds is asked for, what an agreement holds undertaken
    (
        "ودعا المبعوث الأممي إلى وقف إطلاق النار وفقا لخطة تتضمن انسحاب الحوثيين من المدن.",
        [("YEM", "REB", "RETREAT", None, False, "requested")],
    ),
    (
        "ووقع الطرفان اتفاقا ينص على انسحاب القوات الإثيوبية من الحدود.",
        [("ETH", "MIL", "RETREAT", None, False, "intended")],
    ),
    # what "was set" (كان من المزمع) to be used in attacks was not used yet
    (
        "وضبطت الشرطة الكويتية أسلحة كان من المزمع استخدامها في تفجيرات ضد مساجد.",
        [(ANY, ANY, "ASSAULT", ANY, False, "future")],
    ),
]

COORDINATION = [
    (
        "أدانت مصر والأردن الهجوم على السفارة.",
        [
            ("EGY", "GOV", "ACCUSE", ANY, False, "asserted"),
            ("JOR", "GOV", "ACCUSE", ANY, False, "asserted"),
        ],
    ),
    (
        "وقعت الإمارات والبحرين اتفاقا للتعاون الاقتصادي.",
        [
            ("ARE", "GOV", "SUPPORT", ANY, False, "asserted"),
            ("BHR", "GOV", "SUPPORT", ANY, False, "asserted"),
        ],
    ),
]

CLAUSE_STRUCTURE = [
    # "not only X, but also Y" gives Y the same event
    (
        "أكدت الرياض أنها ستقدم المساعدة ليس للحكومة اليمنية فحسب، بل وللنازحين في الداخل.",
        [("SAU", "GOV", "AID", "YEM", False, ANY), ("SAU", "GOV", "AID", None, False, ANY)],
    ),
    # the reporter's object is a verbal noun with its own agent
    (
        "أكد الرئيس الفرنسي دعم باريس للحكومة اللبنانية.",
        [("FRA", "GOV", "SUPPORT", "LBN", False, "asserted")],
    ),
    # the sense is chosen by the preposition that follows: دعا إلى is a call
    (
        "دعت مصر إلى وقف فوري لإطلاق النار في غزة.",
        [("EGY", "GOV", "REQUEST", ANY, False, "asserted")],
    ),
    # a relative clause's subject is the noun it modifies
    (
        "انتقدت الحكومة العراقية الفصائل المسلحة التي هاجمت السفارة الأمريكية.",
        [("IRQ", "GOV", "ACCUSE", ANY, False, "asserted")],
    ),
]

NOT_EVENTS = [
    # an animal's attack is an accident, nobody's act
    pytest.param(
        "أصيب طفل بجروح بعد مهاجمة القرود له في منتزه بمحافظة الطائف.",
        "ASSAULT",
        id="monkeys-attack",
    ),
    # a place named by what it is near is where an attack was, not whom it hit
    pytest.param(
        "وذكر البيان أن الطائرات نفذت ثلاث غارات قرب مدينة الرقة.",
        "ASSAULT-SYR",
        id="near-a-city",
    ),
    pytest.param(
        "وأفاد البيان أن خمس غارات استهدفت التنظيم بالقرب من الرمادي.",
        "ASSAULT-IRQ",
        id="close-to-a-town",
    ),
    # of two states named together, the source's own is its side, not its target
    pytest.param(
        "وبناء على توجيهات الملك سلمان فقد تم الاتفاق خلال المباحثات على تعزيز التعاون بين"
        " الجمهورية التونسية والمملكة العربية السعودية.",
        "AGREE-SAU",
        id="own-state-of-a-pair",
    ),
    # the one a condemned crime killed is its victim, not the condemned
    pytest.param(
        "وأدانت الجامعة العربية الجريمة التي أدت إلى استشهاد الطفل الفلسطيني.",
        "ACCUSE-PSE",
        id="victim-not-condemned",
    ),
    # whom greetings are sent to is no party to the meeting they close
    pytest.param(
        "وفي ختام اللقاء طلب الرئيس التونسي نقل تحياته إلى أخيه الرئيس الجزائري.",
        "CONSULT-DZA",
        id="greetings-sent",
    ),
    # a place joined to the place a topic is in (في ليبيا والعراق) is no party to talks
    pytest.param(
        "بحث الرئيس الروسي فلاديمير بوتين ونظيره الفرنسي فرانسوا هولاند خلال اتصال هاتفي"
        " الأوضاع في ليبيا والعراق.",
        "CONSULT-IRQ",
        id="topic-places-joined",
    ),
    # a present verb of carrying out in a relative clause describes its head: what the
    # group does, no attack told
    pytest.param(
        "قالت الشرطة إن حركة الشباب التي تقوم بهجمات ضد القوات الكينية تنشط في المنطقة.",
        "ASSAULT",
        id="relative-carrying-out",
    ),
    pytest.param(
        "واتهمت الحكومة الهندية المخابرات الباكستانية بدعم جماعة مسلحة التي تشن هجمات ضد"
        " القوات الهندية في كشمير.",
        "ASSAULT",
        id="relative-launching",
    ),
    # لـ + a verbal noun after وذلك ("that is") is the aim of the act before it
    pytest.param(
        "وأغلقت السلطات المصرية المعابر على القناة، وذلك لمنع تسلل العناصر الإرهابية إلى سيناء.",
        "COERCE",
        id="that-is-for-the-aim",
    ),
    # an adverb of what happens now and then (من آن لآخر) opening the clause: a habit
    pytest.param(
        "ومن آن لآخر تقع حوادث خطف مواطنين غربيين في اليمن.", "ASSAULT", id="now-and-then"
    ),
    # ... and of intervals (بين فترة وأخرى، من وقت لآخر), before the act or after it
    pytest.param(
        "وتشن فصائل المعارضة بين فترة وأخرى هجمات على مواقع الجيش السوري في ريف حماة.",
        "ASSAULT",
        id="from-one-period-to-another",
    ),
    pytest.param(
        "وتشهد ضواحي المدينة اشتباكات مسلحة من وقت لآخر بين الجيش والمتمردين.",
        "ASSAULT",
        id="from-time-to-time",
    ),
    # "the agreement" with no party of its own and no terms is a known deal spoken of
    pytest.param(
        "وقال الرئيس الأمريكي إن الاتفاق مع كوبا أفضل لواشنطن من عدم الاتفاق.",
        "AGREE",
        id="the-deal-judged",
    ),
    pytest.param(
        "ووصل الوزير الفرنسي إلى لندن بعد الاتفاق مع كوبا.", "AGREE", id="the-deal-as-a-date"
    ),
    # deaths from an outbreak in health news, with no doer, weapon or act of war
    pytest.param(
        "وأعلنت السلطات الصحية أن تفشي مرض تنفسي في المدينة أسفر عن مقتل ستة أشخاص.",
        "ASSAULT",
        id="deaths-from-an-outbreak",
    ),
    # one private person attacking (a man, a woman) is ordinary crime, and so are the
    # wounds of the sentence; an attack by one on a soldier is still news (STILL_EVENTS)
    pytest.param(
        "أطلق رجل النار على زبائن مقهى في مدينة مرسيليا فأصاب أربعة أشخاص.",
        "ASSAULT",
        id="a-man-opening-fire-is-crime",
    ),
    pytest.param(
        "وهاجمت امرأة جارتها بسكين في حي سكني بمدينة برمنغهام.",
        "ASSAULT",
        id="a-woman-attacking-her-neighbour-is-crime",
    ),
    # a brief with two words of sports is sports news: a player arriving visits no one
    pytest.param(
        "وصل المهاجم البرازيلي إلى مدريد لإجراء الفحص الطبي قبل انتقاله إلى نادي ريال مدريد."
        " وكان اللاعب قد سجل عشرة أهداف في الموسم الماضي.",
        "CONSULT",
        id="a-player-arriving-in-a-sports-brief",
    ),
    # a shark's attack is an accident, a horse show's first place is taken in sport, and
    # a jury tries an ordinary killing
    ("لقي سباح حتفه إثر هجوم سمكة قرش قبالة سواحل أستراليا.", "ASSAULT"),
    pytest.param(
        "ونجحت المهرة السعودية بانتزاع المركز الأول في بطولة جمال الخيل العربية في بلجيكا."
        " وشارك في البطولة 130 جوادا من إسطبلات 14 دولة.",
        "ASSAULT",
        id="first-place-taken-at-a-horse-show",
    ),
    ("وأخفق المحلفون في الاتفاق على إعدام الرجل الذي قتل 12 شخصا داخل دار سينما.", "ASSAULT"),
    # solidarity with a state against armed groups gives them nothing
    ("وأكدت الحكومة الليبية تضامنها مع المملكة في مواجهة الجماعات الإرهابية.", "AID"),
    # a quarrel or a stabbing between private people is crime news, no political act
    ("وأطلق رجل النار على المارة في الشارع بعد أن تشاجر مع مجموعة من الشبان.", "ASSAULT"),
    ("وتعرضت امرأة لهجوم بسكين خلال مشاجرة مع جارتها.", "ASSAULT"),
    # a present verb describing people after a preposition tells what they do, no act
    ("وترسل الحكومة أسلحة إلى مسلحين يواجهون تنظيم داعش.", "ASSAULT"),
    # a series of attacks, or fighting in general, with no doer, victim or target
    ("والانفجار هو الأحدث في سلسلة هجمات شهدتها البلاد.", "ASSAULT"),
    ("وأعرب المسؤولون عن قلقهم من استمرار القتال.", "ASSAULT"),
    # cooperation and coordination as nouns name a tie (its growth, its fields), no act
    ("وأكد الوزير أن الإعلان سيعزز التعاون بين مصر والسعودية.", "COOPERATE"),
    ("واتفق الجانبان على توسيع نطاق التنسيق الأمني بين البلدين.", "CONSULT"),
    # killing or attacks named by a definite bare noun, with no doer, victim or target
    # of their own: the kind, or acts told elsewhere
    ("وقال المتحدث إن المستوطنين يواصلون القتل في الضفة.", "ASSAULT"),
    ("وقال البرلمان إن القانون الجديد يهدف إلى الحد من الهجمات.", "ASSAULT"),
    # a proposal welcomed is no agreement by its proposer
    ("ورحبت الكويت باقتراح الأمم المتحدة عقد مؤتمر للسلام.", "AGREE"),
    # alerting or drawing attention to (نبه) is no threat
    ("ونبهت الوزارة الفلسطينية وزير التعليم الإسرائيلي إلى خطورة تصريحاته.", "THREATEN"),
    # confronting terrorism, the war in a country and sabotage as a charge are no acts
    ("وأكد الوزير أن المملكة ماضية في مواجهة التنظيمات الإرهابية.", "ASSAULT"),
    ("وتحدث الرئيس عن الحرب في سوريا وآثارها على المنطقة.", "ASSAULT"),
    ("واتهمت البحرين مسؤولين إيرانيين بدعم التخريب في المملكة.", "PROTEST"),
    # the لام of purpose after setting out or trying: what they went for, not done
    ("توجهت قوات الجيش الوطني للسيطرة على مدينة زنجبار.", "ASSAULT"),
    ("حاولت الميليشيا التسلل لمهاجمة مواقع الجيش اليمني.", "ASSAULT"),
    # death in a road accident is no attack; استشهد بقول is "quoted"
    ("لقي شخصان مصرعهما في حادث سير على طريق الرياض.", "ASSAULT"),
    ("استشهد الخطيب بقول الشاعر في خطبته.", "ASSAULT"),
    # strikes allowed are not struck; توقع is "expected"; قابل لـ is "capable of"
    ("وافقت تركيا على السماح للجيش الأمريكي بشن ضربات جوية ضد تنظيم داعش.", "ASSAULT"),
    ("توقع رئيس إقليم كردستان مسعود بارزاني تحرير بقية مناطق سنجار قريبا.", "SUPPORT"),
    ("وقال إن الاتحاد النقدي الأوروبي غير قابل للاستقرار دون إصلاحات.", "CONSULT"),
    # support suspended or frozen is no support given
    ("ولم تعلن إيران نيتها تعليق دعمها لحزب الله اللبناني.", "SUPPORT"),
    # opening a crossing or releasing prisoners is no fire
    ("فتحت السلطات المصرية معبر رفح أمام المسافرين.", "ASSAULT"),
    ("أطلقت السلطات الإيرانية سراح عشرة معتقلين.", "ASSAULT"),
    ("وقال خطيب المسجد في خطبة الجمعة إن قتل النفس من أعظم الذنوب عند الله عز وجل.", "ASSAULT"),
    # the sanctions a state lifts are no sanctions it imposes
    ("رفعت الولايات المتحدة العقوبات عن كوبا.", "SANCTION"),
    # an attack adopted is claimed (the claimer did it), no stance taken; a text shown on a
    # website is no offer
    ("وتبنى تنظيم «داعش» التفجير في بيان نشره على الإنترنت.", "AGREE"),
    ("عرض البيت الأبيض على موقعه الإلكتروني نص الاتفاق النووي.", "AGREE"),
    # a weapon found or made safe is a thing, not an attack; an act practised is not done
    ("عثرت الشرطة الألمانية على قذيفة قديمة في مستودع مهجور.", "ASSAULT"),
    ("شاهد الوزير الجنود الأردنيين أثناء تدريبهم على إطلاق النار على أهداف ثابتة.", "ASSAULT"),
    # the qualifiers of a cup are a draw of matches, not killings
    ("تقام قرعة تصفيات كأس آسيا يوم الأحد في ماليزيا.", "ASSAULT"),
    # intercepting a missile is no objection (اعترض على is)
    ("أعلن التحالف اعتراض صاروخ أطلقه الحوثيون باتجاه جازان.", "REJECT"),
    # any operation of storming is none in particular; any cooperation refused is none
    ("وأكد القائد العراقي أن أي عملية اقتحام للمدينة قد تؤدي إلى خسائر كبيرة.", "ASSAULT"),
    ("رفضت الحكومة الأردنية أي تعاون مع الميليشيات المسلحة.", "COOPERATE"),
    # a gang's vandalism in a report of thefts is crime, not a riot
    ("قامت العصابة بتخريب شبكات الري وسرقة الكابلات في القرية.", "PROTEST"),
    # stopping the shooting is not shooting; self-restraint is not a seizure
    ("دعت مصر إلى وقف فوري لإطلاق النار في غزة.", "ASSAULT"),
    ("حثت الأمم المتحدة الطرفين على ضبط النفس.", "COERCE"),
    # a goal inside a purpose phrase is not a reported event
    ("تواصل عمان اتصالاتها مع طهران من أجل إجراء المفاوضات مع واشنطن.", "CONSULT-USA"),
    # what a march is against, or a gathering a bomber struck, is no event of its own
    ("وخرج الآلاف في مسيرة احتجاجية ضد الحرب.", "ASSAULT"),
    ("وفجر انتحاري نفسه وسط تجمع للشرطة في كابول.", "PROTEST"),
    # protests that came before an arrest are background, not the police's protest
    ("واعتقلت السلطات التونسية عشرات الناشطين بعد الاحتجاجات.", "PROTEST"),
    # حمل alone is "carried", not "held responsible"
    ("وحمل المتظاهرون لافتات كتب عليها شعارات.", "ACCUSE"),
    # the right to protest is an idea, not a protest
    ("وأكد الوزير أن حق التظاهر السلمي يكفله القانون.", "PROTEST"),
    # المدينة (the city) is not a participle of أدان (condemn)
    ("وصل الوزير القطري إلى المدينة صباح اليوم.", "ACCUSE"),
    # a wound with no agent, weapon or attack in the sentence: an accident, a disease
    ("أصيب عشرون راكبا بجروح بعد خروج القطار عن مساره قرب العاصمة.", "ASSAULT"),
    ("وتقلل ممارسة الرياضة من خطر الإصابة بأمراض القلب.", "ASSAULT"),
    # an event noun inside the name of a body: its genitive, or لـ past its adjectives
    ("وزار الوزير مقر المركز الوطني لمكافحة الإرهاب في الرياض.", "ASSAULT"),
    ("وأعلنت الهيئة العامة لمكافحة الفساد نتائج أعمالها للعام الماضي.", "ASSAULT"),
    ("وقال المتحدث باسم وزارة الدفاع الكويتية إن الطائرة هبطت بسلام.", "SUPPORT"),
    # where or when fighting happens is a place or a time, not a fight
    ("ونقل المصابون من ساحات القتال إلى مستشفى ميداني.", "ASSAULT"),
    ("وبقي المتهم في منزل صديقه حتى موعد التفجير.", "ASSAULT"),
    # what a decision is judged to be (يعد اعتداء) is a name for it, not an attack
    ("وقال الوزير إن هذا القرار يعد اعتداء على حقوق الشعب الفلسطيني.", "ASSAULT"),
    ("ورأى الكاتب أن الاعتراف بالخطأ بمثابة هجوم على الكبرياء.", "ASSAULT"),
    # any attack, every form of violence: a kind of act, not one that happened
    ("وأكدت الحكومة الأردنية أنها لن تقبل بأي اعتداء على حدودها.", "ASSAULT"),
    # preventing a disease from spreading coerces nobody
    ("وتعمل الوزارة على منع انتشار المرض في المدارس.", "COERCE"),
    # a bomb found, worn or defused is no bombing; a gas cylinder is no bomb
    ("وضبطت الشرطة رجلا يحمل حزاما ناسفا قرب المطار.", "ASSAULT"),
    ("وعثرت قوات الأمن على عبوة ناسفة في سيارة مهجورة وقامت بتفكيكها.", "ASSAULT"),
    ("وقالت الشرطة إنها عثرت على سيارة مفخخة وفككتها قبل انفجارها.", "ASSAULT"),
    ("ووصل المتهم فجر الخميس إلى المطار وهو يحمل حزاما ناسفا.", "ASSAULT"),
    ("وأدى انفجار أسطوانة غاز في مطعم بالمدينة إلى إصابة ثلاثة عمال.", "ASSAULT"),
    ("وأصيب أربعة عمال عندما انفجرت أسطوانة غاز في مطبخ المطعم.", "ASSAULT"),
    # تغير (change) and عذب (sweet) are no raid and no torture
    ("ويعاني العالم من آثار تغير المناخ على الزراعة.", "ASSAULT"),
    ("وكان صوت المطرب عذب النغم في تلك الأمسية.", "ASSAULT"),
    # acts in general: a definite event noun with no doer, target, place or day
    ("وتراجعت الاعتقالات في البلاد خلال السنوات الأخيرة بحسب التقرير.", "COERCE"),
    ("وأكد الكاتب أن الهجمات لا تحل المشكلات السياسية.", "ASSAULT"),
    # what whoever or anyone does, and what groups of a kind do to one another
    pytest.param(
        "وقال الشيخ إنه لا عذر لمن يخطف ويقتل الأبرياء باسم الدين.",
        "ASSAULT",
        id="whoever-kidnaps-and-kills",
    ),
    pytest.param(
        "وأضاف أن من يستبيح قتل المصلين لا يعرف الرحمة.",
        "ASSAULT",
        id="whoever-deems-killing-lawful",
    ),
    pytest.param(
        "وقالت الجمعية إن أي شخص يعذب سجينا يجب أن يحاكم.",
        "ASSAULT",
        id="anyone-who-tortures",
    ),
    pytest.param(
        "وحذر الوزير من أن الفتنة تحول البلاد إلى طوائف وأحزاب تقاتل بعضها البعض.",
        "ASSAULT",
        id="parties-fighting-one-another",
    ),
    # killing or bombing named in a list with ruin and wrongs is a kind of evil, definite
    # or not (and a و-word among indefinite ills is a noun, not "and he killed")
    pytest.param(
        "وقال الخطيب إن الجماعة تعيش في دوامة الخراب والتفجير والسحل.",
        "ASSAULT",
        id="bombing-listed-with-ruin",
    ),
    pytest.param(
        "وتحدث التقرير عما يعانيه الأهالي من ظلم وجوع وفقر وقتل على الهوية.",
        "ASSAULT",
        id="killing-listed-with-wrongs",
    ),
    # the toll of a war or a rising, and acts summed over months or years, are no act told
    pytest.param("وأسفرت الحرب عن مقتل أكثر من ستة آلاف شخص.", "ASSAULT", id="the-toll-of-a-war"),
    pytest.param(
        "وأدى تمرد الجماعة المستمر منذ خمس سنوات إلى مقتل عشرين ألف شخص.",
        "ASSAULT",
        id="the-toll-of-a-rising-of-years",
    ),
    pytest.param(
        "وتعرضت القرى لغارات جوية على مدى ثلاثة أشهر.",
        "ASSAULT",
        id="air-strikes-over-months",
    ),
    pytest.param(
        "وكشف التقرير عن مقتل أكثر من سبعة آلاف مدني في البلاد.",
        "ASSAULT",
        id="killing-counted-in-thousands",
    ),
    # what a duty, a right or a prohibition bears on is owed, allowed or barred, not done:
    # a verbal noun after it (لا يحق قتل، حق الأسير في الإضراب) or a verb in its أن clause
    pytest.param(
        "وقال الخطيب إنه يحرم قتل الأبرياء في الأسواق.", "ASSAULT", id="killing-forbidden"
    ),
    pytest.param(
        "وشدد المحامي على حق الموظفين في الإضراب عن العمل.",
        "PROTEST",
        id="the-right-to-strike",
    ),
    pytest.param(
        "وأصدر العلماء بيانا يحرم على المسلم أن يقتل جاره.",
        "ASSAULT",
        id="forbidden-to-kill-in-a-that-clause",
    ),
    # condemning or opposing a kind of thing in all its forms judges no act
    pytest.param(
        "وأكد البيان أن المملكة المغربية تستنكر التطرف بجميع أشكاله وصوره.",
        "ACCUSE",
        id="condemning-a-kind-in-all-its-forms",
    ),
    pytest.param(
        "وقال الرئيس إن الحكومة المصرية تعارض العنف بأي شكل.",
        "REJECT",
        id="rejecting-a-kind-in-any-form",
    ),
    # what someone is held back from (ردع X عن، منع X من) is not done
    pytest.param(
        "ودعا الوزير إلى ردع الميليشيات عن اعتداءاتها على القرى الحدودية.",
        "ASSAULT",
        id="deterred-from-attacks",
    ),
    # what one can do (يمكنها مساعدة) is not done
    pytest.param(
        "وقال المحلل إن إيران يمكنها مساعدة الحكومة العراقية في ترسيخ وجودها.",
        "AID",
        id="able-to-help",
    ),
    # ... past a subject the verb of ability comes before (تستطيع الشرطة العسكرية احتجاز)
    pytest.param(
        "وبموجب الأمر تستطيع الشرطة العسكرية احتجاز المتظاهرين ثلاثة أيام.",
        "COERCE",
        id="able-to-detain-past-its-subject",
    ),
    pytest.param(
        "ويستطيع الأمن الداخلي اعتقال الصحفيين دون إذن.",
        "COERCE",
        id="able-to-arrest-past-its-subject",
    ),
    # an act after منذ (past its phase or أن) is where a span of time starts: known
    # already, not reported, though its doer is named
    pytest.param(
        "ويعيش سكان البلدة في خوف منذ هجوم حركة الشباب على الثكنة.",
        "ASSAULT",
        id="since-an-attack",
    ),
    pytest.param(
        "وتضاعفت أسعار الوقود منذ بدء قصف التحالف لمواقع الحوثيين.",
        "ASSAULT",
        id="since-the-start-of-a-shelling",
    ),
    pytest.param(
        "وتضاعفت الأسعار منذ أن هاجمت حركة الشباب الثكنة.",
        "ASSAULT",
        id="since-they-attacked",
    ),
    # a present يسيطر with its conjunction is still who holds the ground
    pytest.param(
        "ويسيطر المتمردون الحوثيون على معظم محافظة صعدة.",
        "ASSAULT",
        id="and-they-hold-the-province",
    ),
    # an aspect or a fruit of acts (طبيعة الهجمات، ثمار الاتفاق): none told
    pytest.param(
        "وتحدث الخبير عن طبيعة الهجمات الإسرائيلية على غزة.",
        "ASSAULT",
        id="the-nature-of-attacks",
    ),
    pytest.param(
        "ورأى محللون أن ثمار الاتفاق بين إيران وروسيا ستظهر قريبا.",
        "AGREE",
        id="the-fruits-of-an-agreement",
    ),
    pytest.param(
        "وقد تغير ميزان المواجهات بين الجيش والمتمردين.",
        "ASSAULT",
        id="the-balance-of-clashes",
    ),
    # ... with من or في, past the head's own adjective (النوع من، تاريخ طويل في)
    pytest.param(
        "وتعهد الوزير بالتصدي لهذا النوع من الهجمات الإسرائيلية على المدنيين.",
        "ASSAULT",
        id="this-kind-of-attacks",
    ),
    pytest.param(
        "وللميليشيا تاريخ طويل في الاعتداء على المساجد الإيرانية.",
        "ASSAULT",
        id="a-long-history-of-assaults",
    ),
    pytest.param(
        "وتتسم فرنسا بتقليد طويل من الترحيب باللاجئين.",
        "SUPPORT",
        id="a-long-tradition-of-welcome",
    ),
    # what someone is protected from is a danger guarded against
    pytest.param(
        "وقال إن الجدار يحمي المدينة من هجمات المسلحين.",
        "ASSAULT",
        id="protects-from-attacks",
    ),
    pytest.param(
        "وطالب النائب الحكومة بتسليح القرويين لحماية أنفسهم من اعتداءات المستوطنين.",
        "ASSAULT",
        id="to-protect-themselves-from-assaults",
    ),
    # drugs by their names are crime news: the police arresting dealers is no political act
    pytest.param(
        "ألقت الشرطة الماليزية القبض على أربعة رجال بحوزتهم كميات من الحشيش والكبتاجون.",
        "COERCE",
        id="drug-names-are-crime-news",
    ),
    # a leftover shell going off is an accident, with no one who fired it
    pytest.param(
        "قتل طفلان في انفجار قذيفة من مخلفات الحرب في ريف إدلب.",
        "ASSAULT",
        id="war-remnants-are-an-accident",
    ),
    # a shooting incident (حادثة إطلاق نار) with no side named is crime news
    pytest.param(
        "توفي رجل وأصيب ابنه إثر حادثة إطلاق نار تعرضا لها قرب منزلهما في مدينة صيدا.",
        "ASSAULT",
        id="shooting-incident-is-crime-news",
    ),
    # violence done to one's own kinsman (أطلق النار على والده، طعنها طليقها) is crime
    # news, and so is the arrest for it
    pytest.param(
        "وقبضت الشرطة المصرية على رجل أطلق النار على زوجته في محافظة المنيا.",
        "COERCE",
        id="arresting-a-wife-killer-is-crime-news",
    ),
    pytest.param(
        "وتوفيت امرأة أربعينية بعد أن تعرضت للطعن من طليقها في مدينة الدار البيضاء.",
        "ASSAULT",
        id="stabbed-by-her-former-husband-is-crime-news",
    ),
    pytest.param(
        "وأقدم شاب على إطلاق النار على والدته داخل منزل الأسرة في حي شعبي.",
        "ASSAULT",
        id="shooting-at-his-mother-is-crime-news",
    ),
    # a shooting whose circumstances the police look into is a crime report
    pytest.param(
        "أصيب شاب بطلق ناري في مدينة الدمام، وباشرت الشرطة التحقيق في ملابسات الحادثة.",
        "ASSAULT",
        id="circumstances-of-the-incident-are-crime-news",
    ),
    # the fight of a body's name is against the ill right after it, not a person named later
    pytest.param(
        "وقال الأمين العام للجنة الوطنية لمكافحة المخدرات خبير الأمم المتحدة سعد الحربي"
        " إن الوعي زاد.",
        "ASSAULT",
        id="fighting-an-ill-not-the-person-after-it",
    ),
    # ضبط الحدود, السيطرة على الوضع: control of borders or of a situation seizes nothing
    pytest.param(
        "وتلقى الجيش اللبناني خبرات في مجال ضبط الحدود والأمن من الاتحاد الأوروبي.",
        "COERCE",
        id="border-control-is-no-seizure",
    ),
    # a court's ruling "to killing" (الحكم عليه بالقتل تعزيرا) is a death sentence
    pytest.param(
        "وأصدرت المحكمة الجزائية المتخصصة حكما عليه بالقتل تعزيرا.",
        "ASSAULT",
        id="ruled-to-killing-is-a-sentence",
    ),
    # in sports news مدافع المنتخب is the team's defender, not its guns
    pytest.param(
        "وقال ماركو مدافع المنتخب الإيطالي: «ستكون هذه التصفيات من أصعب التصفيات في تاريخنا».",
        "ASSAULT",
        id="a-teams-defender-is-a-player",
    ),
    # approval followed by a count is a vote (بموافقة 61 عضوا), no accord between sides
    pytest.param(
        "وصمد الائتلاف الحاكم بزعامة أردوغان وتم إقرار القانون بموافقة 61 عضوا ومعارضة 50"
        " عضوا في البرلمان التركي.",
        "AGREE",
        id="approval-counted-is-a-vote",
    ),
    # recruits sent to the fronts are not deported
    pytest.param(
        "وقال قائد في الجيش إن المجندين يتم تدريبهم قبل أن يتم ترحيلهم إلى الجبهات لصد"
        " ميليشيات الحوثي.",
        "COERCE",
        id="sent-to-the-front-is-no-deportation",
    ),
    # approving a post filled is administration, past a subject however long its name
    pytest.param(
        "وافق أمير منطقة القصيم فيصل بن مشعل بن سعود بن عبدالعزيز على توليه الرئاسة"
        " الفخرية للجمعية الخيرية.",
        "AGREE",
        id="approving-a-post-past-a-long-name",
    ),
    pytest.param(
        "علمت الصحيفة بصدور موافقة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز على"
        " تكليف خالد أحمد بأعمال رئيس هيئة الإذاعة.",
        "AGREE",
        id="approving-an-assignment",
    ),
    # a junction (نقطة اتصال) is no call between the forces and the capital
    pytest.param(
        "ومن الناحية الاستراتيجية، تعتبر مضايا نقطة انطلاق لقطع الطريق الدولي، نظرا لقرب"
        " قواتها من الطريق، ونقطة اتصال بالقلمون الغربي لدمشق.",
        "CONSULT",
        id="a-junction-is-no-call",
    ),
    # admitting openly one's own failing (اعترف صراحة بعجزه) recognises no one
    pytest.param(
        "واعترف الرئيس اليمني السابق صراحة بعجزه عن حشد المقاتلين في المعارك.",
        "SUPPORT",
        id="admitted-openly-his-failing",
    ),
    # football's bodies and cups make sports news: كوبا of a cup is no Cuba
    pytest.param(
        "وقال مصدر في اتحاد الكرة إن فوز فريق بوكا جونيورز ببطولة كوبا ليبيرتادوريس أضاع"
        " فرصة التعاقد مع المدرب لأنه سيلتزم مع فريقه باللعب في كأس العالم للأندية.",
        "AGREE",
        id="a-cup-is-no-cuba",
    ),
    # an explosion inside a house, with no one who set it off, is an accident
    pytest.param(
        "قتل ثلاثة فلسطينيين وأصيب عشرون أمس بعد انفجار داخل منزل في خان يونس جنوب قطاع غزة.",
        "ASSAULT",
        id="a-blast-inside-a-house",
    ),
    # afflictions and feelings strike figuratively (أصابتها حمى، أصاب الهلع), and so do
    # what strikes the mind (تغزو عقول): no attack
    pytest.param(
        "ويضيف أن الضائقة المالية التي ضربت المتطرفين في مصراتة أثرت على المقاتلين في الجنوب.",
        "ASSAULT",
        id="a-crisis-that-struck",
    ),
    pytest.param(
        "وأصاب الهلع سكان حلب بعد القصف.",
        "ASSAULT",
        id="panic-struck",
    ),
    # a battle one person wages on another, or on the press, is a contest of words
    pytest.param(
        "وقال التلفزيون الإسرائيلي إن نتنياهو قد نقل معركته ضد أوباما إلى عقر دار الأخير.",
        "ASSAULT",
        id="one-leaders-battle-on-another",
    ),
    pytest.param(
        "وجد الجيش المصري نفسه طرفا في معركة أخرى مع وسائل الإعلام الإلكترونية.",
        "ASSAULT",
        id="a-battle-with-the-press",
    ),
    # a fight governed by a noun of effort, resolve or its lack (الجهود الدولية لمحاربة،
    # التقاعس في مكافحة، جدية في محاربة) is a policy or an aim, no act told
    pytest.param(
        "وحول الجهود الدولية لمحاربة حركة الشباب، قال السفير إن الوضع معقد.",
        "ASSAULT",
        id="efforts-to-fight-a-group",
    ),
    pytest.param(
        "ورأى المحلل أن التقاعس الدولي في مكافحة جماعة بوكو حرام شجعها.",
        "ASSAULT",
        id="inaction-in-fighting-a-group",
    ),
    pytest.param(
        "ولا نرى أي جدية من باكستان في محاربة حركة طالبان.",
        "ASSAULT",
        id="seriousness-in-fighting-a-group",
    ),
    # one persuaded of an act (لإقناع X بالموافقة) is asked to do it: nothing agreed yet
    pytest.param(
        "وبدأت الحكومة حملة واسعة لإقناع النواب بالموافقة على قانون الموازنة الجديد مع"
        " صندوق النقد.",
        "AGREE",
        id="persuaded-to-approve-has-not-approved",
    ),
]

# The same words where the sentence names who did it, a weapon or an attack.
STILL_EVENTS = [
    # one private person attacking a policeman or a soldier is news
    (
        "وقالت الشرطة إن شابا طعن شرطيا فرنسيا أمام مركز للشرطة في باريس.",
        [(ANY, ANY, "ASSAULT", "FRA", False, "asserted")],
    ),
    # ... أطلع with its object before على briefs; a threat that is someone's threatens;
    # forces massed are mobilised
    (
        "أطلع وزير الخارجية السعودي نظيره الأمريكي على نتائج الزيارة.",
        [("SAU", "GOV", "CONSULT", "USA", False, "asserted")],
    ),
    (
        "جاء ذلك بعد تهديد الحوثيين باقتحام عدن.",
        [("YEM", "REB", "THREATEN", "YEM", False, "asserted")],
    ),
    (
        "حشدت إيران قواتها على الحدود مع العراق.",
        [("IRN", ANY, "MOBILIZE", None, False, "asserted")],
    ),
    # ... one slaughtering a man kills him
    (
        "أقدم مسلحون على ذبح رجل أمام أسرته في الموصل.",
        [(ANY, "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    # ... a series of attacks (مجموعة هجمات) is no name
    (
        "شهد الأسبوع الماضي مجموعة هجمات ضد القوات الأمنية التركية نسبت إلى المقاتلين الأكراد.",
        [(ANY, "REB", "ASSAULT", "TUR", False, "asserted")],
    ),
    # ... leave allowed, a departure insisted on, a city taken
    (
        "سمحت السلطات الإسرائيلية للمصلين بدخول المسجد الأقصى.",
        [("ISR", "GOV", "CONCEDE", ANY, False, "asserted")],
    ),
    (
        "أصرت المعارضة السورية على رحيل الأسد قبل أي تسوية.",
        [("SYR", "OPP", "REQUEST", ANY, False, "asserted")],
    ),
    (
        "وأعلن الجيش العراقي السيطرة على مدينة تكريت.",
        [("IRQ", "MIL", "ASSAULT", "IRQ", False, "asserted")],
    ),
    # ... a message sent to someone is a contact
    (
        "بعث الملك سلمان رسالة إلى الرئيس الفرنسي.",
        [("SAU", "GOV", "CONSULT", "FRA", False, "asserted")],
    ),
    # ... riots that broke out are riots
    (
        "واندلعت أعمال شغب في ضواحي باريس ليلة أمس.",
        [(None, None, "PROTEST", ANY, False, "asserted")],
    ),
    # ... done with someone's cooperation (بالتعاون مع) is an act told
    (
        "ونفذت الشرطة الأردنية العملية بالتعاون مع الجيش الأمريكي.",
        [("JOR", "COP", "COOPERATE", "USA", False, "asserted")],
    ),
    # ... an armed doer or an armed target makes aiming an attack
    ("واستهدف مسلحون حافلة تقل جنودا مصريين.", [(ANY, "REB", "ASSAULT", "EGY", False, "asserted")]),
    # "was there to receive him": the one named after it received the one "him" stands for
    (
        "ووصل الرئيس الفرنسي إلى نيروبي حيث كان باستقباله الرئيس الكيني أوهورو كينياتا.",
        [("KEN", "GOV", "CONSULT", "FRA", False, "asserted")],
    ),
    # ... and so is an honorific after في استقبال (سموه، معاليه: "his Highness")
    (
        "ووصل ولي العهد الأردني إلى الرياض، وكان في استقبال سموه أمير منطقة الرياض.",
        [("SAU", "GOV", "CONSULT", "JOR", False, "asserted")],
    ),
    # a refusal is aimed at the partner of the act refused
    (
        "ورفضت الحكومة الأردنية أي تعاون مع الميليشيات الإيرانية في سوريا.",
        [("JOR", "GOV", "REJECT", "IRN", False, "asserted")],
    ),
    # sanctions lifted are no sanctions imposed: the concession goes to whom they weighed on
    (
        "رفعت الولايات المتحدة العقوبات عن كوبا.",
        [("USA", "GOV", "CONCEDE", "CUB", False, "asserted")],
    ),
    # a call received comes from the caller, past the day and a form of address
    (
        "تلقى العاهل الأردني اتصالا هاتفيا اليوم من فخامة الرئيس المصري عبدالفتاح السيسي.",
        [("EGY", "GOV", "CONSULT", "JOR", False, "asserted")],
    ),
    # summoning another state's envoy disapproves; recalling one's own reduces relations
    (
        "استدعت وزارة الخارجية الكويتية السفير العراقي وسلمته مذكرة احتجاج.",
        [("KWT", "GOV", "ACCUSE", "IRQ", False, "asserted")],
    ),
    (
        "استدعت الإمارات سفيرها لدى إيران للتشاور.",
        [("ARE", ANY, "SANCTION", "IRN", False, "asserted")],
    ),
    # what a killing will lead to says nothing of when it happened
    (
        "وسيؤدي مقتل القيادي في حركة الشباب برصاص القوات الصومالية إلى إضعاف الحركة.",
        [("SOM", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # ... while an offer made to someone is one, and the claimer did the attack
    (
        "عرضت قطر على الفصائل الفلسطينية استضافة جولة جديدة من المحادثات.",
        [("QAT", "GOV", "AGREE", "PSE", False, "asserted")],
    ),
    (
        "وتبنت حركة الشباب الصومالية الهجوم على القاعدة العسكرية.",
        [("SOM", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "أصيب ثلاثة جنود عراقيين برصاص قناص في الموصل.",
        [(None, None, "ASSAULT", "IRQ", False, "asserted")],
    ),
    (
        "وقالت الشرطة الأفغانية إن خمسة مدنيين أصيبوا في هجوم شنه مسلحون على سوق في كابول.",
        [("AFG", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    # forces before لـ + a killing are its agent, not the name of a body
    (
        "وأدى القصف الذي نفذته قوات النظام السوري لمقتل عشرة مدنيين في درعا.",
        [("SYR", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # a verb of judging first: the event noun after it is its subject
    (
        "يشكل اغتيال الصحفي الأمريكي في بغداد أخطر اعتداء على الصحافة هذا العام.",
        [(None, None, "ASSAULT", "USA", False, "asserted")],
    ),
    (
        "ومنعت السلطات المصرية الصحفيين الأجانب من دخول سيناء.",
        [("EGY", "GOV", "COERCE", ANY, False, "asserted")],
    ),
    # the same definite noun on a given day is an event
    (
        "واندلعت الاحتجاجات أمس في عدة أحياء من المدينة.",
        [(None, None, "PROTEST", None, False, "asserted")],
    ),
    # a bomb that went off or was planted is a bombing
    (
        "وقالت الشرطة إن عبوة ناسفة انفجرت قرب دورية للجيش العراقي.",
        [(None, None, "ASSAULT", "IRQ", False, "asserted")],
    ),
    (
        "وانفجرت سيارة مفخخة في سوق شعبي في بغداد مما أدى إلى مقتل عشرة أشخاص.",
        [(None, None, "ASSAULT", "IRQ", False, "asserted")],
    ),
    (
        "وزرع مسلحون عبوة ناسفة على طريق سريع جنوب بغداد.",
        [("IRQ", "REB", "ASSAULT", None, False, "asserted")],
    ),
    (
        # the coalition at war in Yemen (صعدة) is the Saudi-led one
        "وأغارت طائرات التحالف على مواقع المتمردين في صعدة.",
        [("SAU", "MIL", "ASSAULT", "YEM", False, "asserted")],
    ),
    # وقد تم: a past verb after قد, "has been agreed"
    (
        "وقد تم الاتفاق بين الأردن والسعودية على تعزيز التعاون العسكري.",
        [("JOR", "GOV", "AGREE", "SAU", False, "asserted")],
    ),
]


WRONG_SOURCES = [
    # victims are never the agent of their own killing
    ("وقتل أربعة جنود سودانيين في كمين قرب الحدود.", "SDN", "ASSAULT"),
    # the killed described by an adjective before the verb are its victims
    ("وقال الجيش الأمريكي إن خمسة متطرفين أفغان بارزين قتلوا في الغارة.", "AFG", "ASSAULT"),
    # a city is no doer, even right before the verb
    ("وقالت المصادر إن الاحتجاجات في مدينة البصرة تواصلت أمس.", "IRQ", "PROTEST"),
    # ... nor of the blast they died in, with a conjunct the tables do not know
    ("قتل نقيب شرطة وسائق إثر انفجار قنبلة قرب العريش.", "EGY", "ASSAULT"),
    ("قتل عقيد شرطة وحارس إثر انفجار سيارة مفخخة في الموصل.", "IRQ", "ASSAULT"),
    # an indefinite accusative is the object of the verb before, not the next one's subject
    ("هاجم مسلحون جنديا عراقيا وأصابوا ثلاثة آخرين بجروح.", "IRQ", "ASSAULT"),
    # the announcer of a death is not its agent
    ("أعلن الجيش الفرنسي مقتل ثلاثة من جنوده في مالي.", "FRA", "ASSAULT"),
    # the government the protesters address is not the one demanding
    (
        "واحتشد مئات المحتجين في ساحة المدينة مطالبين الحكومة التونسية بخفض الأسعار.",
        "TUN",
        "REQUEST",
    ),
    # the government that condemns an attack did not carry it out
    ("ودانت الحكومة الأردنية بشدة التفجير الذي استهدف كنيسة في القاهرة.", "JOR", "ASSAULT"),
    # one of no body who "killed" with an arrest joined after (قتل واعتقل تسعة) was killed
    (
        "وأعلنت وزارة الداخلية الجزائرية أن إرهابيًا قتل واعتقل تسعة أشخاص في مداهمة بالصحراء.",
        "DZA",
        "ASSAULT",
    ),
    # a quoted subject before "killed" with no object is its victim, no fighter
    ("وذكرت الشرطة الكينية أن «مسلحًا صوماليًا» قتل في الاشتباكات قرب الحدود.", "SOM", "ASSAULT"),
    # a verb joined by و to a passive one (قُتل واعتقل ثمانية): the one killed arrested no one
    (
        "وذكرت الشرطة الباكستانية أن مسلحًا أفغانيًا قُتل واعتقل ثمانية أشخاص في المداهمة.",
        "AFG",
        "COERCE",
    ),
    # a place is where, not who: near a city (بالقرب من)
    ("وأفاد البيان أن خمس ضربات استهدفت التنظيم بالقرب من الرقة في سوريا.", "SYR", "ASSAULT"),
    # "wounding" joined to a noun of death: those after it are its victims
    ("وأسفر الانفجار عن استشهاد وجرح عدد من أفراد الشرطة العراقية.", "IRQ", "ASSAULT"),
    # an attack that "occurred" (التي وقعت) has no doer in who arrested its suspects
    (
        "وأعلنت الشرطة الكينية توقيف ثلاثة أشخاص يشتبه في تورطهم في التفجيرات التي وقعت في نيروبي.",
        "KEN",
        "ASSAULT",
    ),
]

# Who is not the doer: the subject of an earlier sentence for a verb further into the
# next (its subject is a word the lexicon does not know), the speaker for an act his
# words report, a masculine title after a feminine verb (its object, not its subject).
NOT_THE_DOER = [
    # a bare past form opening its clause, its genitive and then "came" (جاء) is the
    # verbal noun: the ones after it were killed, they killed no one
    (
        "وقال قائد ميداني إن «قتل مسلحي حركة طالبان جاء إثر هجوم شنته القوات الأفغانية».",
        "TALIBAN",
        "ASSAULT",
    ),
    # the nisba of an act named after a verb with no subject of its own is the act's
    # doer, not the verb's subject
    (
        "وصل وزير الخارجية البريطاني إلى عمان أمس. وندد بالدعم العسكري الروسي للنظام السوري.",
        "RUS",
        "ACCUSE",
    ),
    # a verb of harm joined with "others" in the nominative, or "and another" joined to
    # the one killed: he was killed with them, no doer
    ("وقتل شرطي تونسي وجرح اثنان آخران في هجوم على دورية قرب الحدود.", "TUN", "ASSAULT"),
    (
        "وقالت وزارة الدفاع إن جنديا مصريا قتل وجرح ثلاثة آخرون في هجوم قرب العريش.",
        "EGY",
        "ASSAULT",
    ),
    ("قتل شرطي أردني وآخر من الدرك في اشتباك مسلح قرب الحدود مع عصابة تهريب.", "JOR", "ASSAULT"),
    # the subject before "met his death" is the one killed, not who fought in the clashes
    (
        "وذكرت مصادر قبلية أن قائد كتيبة المعارضة في القرية لقي مصرعه في مواجهات قرب حلب.",
        "SYR",
        "ASSAULT",
    ),
    # an act a quoted statement tells, done by a body it describes: not the speaker's
    (
        "وجاء في بيان الشرطة الكينية «قتل خمسة من رجالنا نتيجة هجوم نفذته المنظمة السرية».",
        "KEN",
        "ASSAULT",
    ),
    (
        "زار رئيس الوزراء الأردني أنقرة أمس. وفي المساء هاجم ملثمون مركزا للشرطة في المدينة.",
        "JOR",
        "ASSAULT",
    ),
    ("قال وزير الداخلية اللبناني إن الهجمات على مراكز الجيش تزايدت في الشمال.", "LBN", "ASSAULT"),
    # a quote whose subject is the speaker, or a clause joined to what he says: he tells
    # of the attack, he did not do it
    (
        "واعتبرت الخارجية الأردنية أن «الهجمات على مراكز الشرطة المصرية في سيناء "
        "تهدد أمن المنطقة».",
        "JOR",
        "ASSAULT",
    ),
    (
        "وقالت وزارة الدفاع التونسية إنه بعد وصول الدورية إلى الحدود أطلق مجهولون النار عليها، "
        "وأسفر الهجوم عن مقتل جندي تونسي.",
        "TUN",
        "ASSAULT",
    ),
    # deaths and wounds that resulted from an attack someone condemned: not his
    (
        "أدانت الحكومة الأردنية الهجوم الذي وقع في مالي، مما أدى إلى مقتل 12 شخصا وإصابة "
        "عدد من المدنيين بجروح.",
        "JOR",
        "ASSAULT",
    ),
    ("أدانت مصر الهجوم على السفارة. وطالبت مجلس الأمن بالتحرك العاجل.", "UNSC", "REQUEST"),
    ("انتقدت تركيا القصف. واتهمت الرئيس السوري بدعم المسلحين.", "SYR", "ACCUSE"),
    # an attack noun told as what occurred (حدث تفجير، لحظة وقوع التفجير) takes no doer
    # from its clause
    ("وأضاف أن الثكنة كان بها مئة جندي نيجيري لحظة وقوع التفجير.", "NGA", "ASSAULT"),
    # the services that attend to a blast (تباشر الأجهزة انفجارا) did not set it off; a
    # state's forces that tell of a bombing by improvised means (عبوة ناسفة، أحزمة
    # ناسفة) are not its doers
    (
        "تباشر الأجهزة الأمنية الكويتية انفجارا وقع ظهر اليوم قرب مركز للشرطة في الجهراء.",
        "KWT",
        "ASSAULT",
    ),
    (
        "وأعلن الأمن الأردني إصابة ثلاثة مجندين الليلة الماضية في تفجير عبوة ناسفة بمعان.",
        "JOR",
        "ASSAULT",
    ),
    (
        "وقال الجيش الأردني إن العثور في الموقع على أشلاء يعتقد أنها ناتجة عن تفجير بأحزمة ناسفة.",
        "JOR",
        "ASSAULT",
    ),
    # the owner of a hideout attacked (وكر لحركة طالبان) is its target, not the doer
    ("وصلت الشرطة الأفغانية إلى القرية. وقامت بمهاجمة وكر لحركة طالبان.", "TALIBAN", "ASSAULT"),
    # a relative clause goes back to the body, not to whom its adjective of siding names
    (
        "وقالت المصادر إن الطائرات تابعة للتحالف الدولي المناهض لتنظيم القاعدة والذي يشن "
        "غارات يومية على مواقع التنظيم في اليمن.",
        "ALQAEDA",
        "ASSAULT",
    ),
    # the victims, the clause's subject, are not the doers of the attack noun after them
    (
        "وقالت مصادر إن ثلاثة جنود باكستانيين قتلوا في انفجار عبوة ناسفة على طريق بيشاور.",
        "PAK",
        "ASSAULT",
    ),
    # an attack noun without its own doer is not by the clause's subject when that is a
    # body or a person of no armed side (who counts, sanctions or mourns it)
    ("وأحصت بعثة الاتحاد الأفريقي في تقريرها الاعتداءات على المدنيين في دارفور.", "AU", "ASSAULT"),
    ("ووثقت منظمة العفو الدولية في تقريرها الهجمات على المستشفيات في اليمن.", "AMNESTY", "ASSAULT"),
    (
        "وفرضت وزارة الخزانة البريطانية عقوبات على قادة في الحركة لدورهم في العمليات "
        "العسكرية للحركة في الصومال.",
        "GBR",
        "ASSAULT",
    ),
    (
        "ورفع وزير الصحة الكويتي العزاء لأسر رجال الشرطة في الهجوم على مركز الجهراء.",
        "KWT",
        "ASSAULT",
    ),
    # the shelling named again with the article (وأسفر القصف) is the one told before,
    # not an act of the side it hit
    (
        'أغارت مقاتلات أردنية صباح اليوم على مخازن لتنظيم "داعش" في العراق، بعد يوم من '
        "اشتباك بين حرس الحدود الأردني ومهربين، وأسفر القصف عن مقتل "
        "خمسة من عناصر التنظيم.",
        "ISIS",
        "ASSAULT",
    ),
]

# ... and who is: a sentence that opens with its verb continues the last subject; a
# feminine verb's subject is the feminine actor before the masculine object.
THE_DOER = [
    # the Arab League's parliament, and the Atlantic alliance's forces by its adjective
    (
        "واستنكر البرلمان العربي الهجوم على قوات الشرطة في سيناء.",
        [("ARL", "IGO", "ACCUSE", None, False, "asserted")],
    ),
    (
        "وبعد انسحاب القوات الأطلسية من العراق بقي هناك عدد من المدربين.",
        [("NATO", "IGO", "RETREAT", ANY, False, "asserted")],
    ),
    # a protest in the cities of a state named only as where is its people's
    (
        "وتشهد العديد من مدن المغرب موجة احتجاجات على غلاء الأسعار.",
        [("MAR", "CVL", "PROTEST", ANY, False, "asserted")],
    ),
    # a verb of harm joined by و with a count after it: more victims, the ones killed
    # before it wounded no one
    (
        "وقالت المصادر إن المسلحين هاجموا القرية وقتل خلاله أربعة جنود وجرح شخص آخر.",
        [(None, None, "ASSAULT", None, False, "asserted")],
    ),
    # a doer the statement describes and the writer names after "in reference to"
    (
        "وجاء في بيان الجيش «قتل أربعة من جنودنا في هجوم شنته المنظمة السرية» في إشارة إلى "
        "حركة الشباب قرب الحدود.",
        [("SOM", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    # بين A و B past a word of members, or after a verb of the fight breaking out: the
    # two sides fight each other
    (
        "ودارت مواجهات عنيفة بين وحدات الجيش الأفغاني ومسلحي طالبان في ولاية هلمند.",
        [
            ("AFG", "MIL", "ASSAULT", "TALIBAN", False, "asserted"),
            ("TALIBAN", "REB", "ASSAULT", "AFG", False, "asserted"),
        ],
    ),
    (
        "وقالت مصادر إن اشتباكات عنيفة اندلعت مساء أمس بين الجيش الليبي ومسلحي داعش في سرت.",
        [
            ("LBY", "MIL", "ASSAULT", "ISIS", False, "asserted"),
            ("ISIS", "REB", "ASSAULT", "LBY", False, "asserted"),
        ],
    ),
    # ... past where or when the fight took place (في + a place, a time between commas)
    (
        "وتواصلت المعارك في ولاية كسلا شرق السودان بين الجيش والمتمردين.",
        [
            ("SDN", "MIL", "ASSAULT", "SDN", False, "asserted"),
            ("SDN", "REB", "ASSAULT", "SDN", False, "asserted"),
        ],
    ),
    (
        "واندلعت مواجهات عنيفة، مساء الأحد الماضي، بين الشرطة التونسية والمحتجين.",
        [
            ("TUN", "COP", "ASSAULT", ANY, False, "asserted"),
            (ANY, "CVL", "ASSAULT", "TUN", False, "asserted"),
        ],
    ),
    (
        "ووقعت اشتباكات ليلية في حي الشيخ مقصود بمدينة حلب بين مسلحين أكراد وعناصر من داعش.",
        [
            ("SYR", "REB", "ASSAULT", "ISIS", False, "asserted"),
            ("ISIS", "REB", "ASSAULT", "SYR", False, "asserted"),
        ],
    ),
    # ... and past the first side's place with an aside in brackets
    (
        "اندلعت أمس مواجهات، بين الجيش في منطقة البيضاء (وسط البلاد)، والمسلحين الحوثيين.",
        [
            (ANY, "MIL", "ASSAULT", "YEM", False, "asserted"),
            ("YEM", "REB", "ASSAULT", ANY, False, "asserted"),
        ],
    ),
    # who called a strike or a march (دعا إليه) made it
    (
        "واعتقلت الشرطة عشرين شخصا بتهمة فرض الإضراب الذي دعت إليه المعارضة.",
        [(ANY, "OPP", "PROTEST", ANY, False, "asserted")],
    ),
    (
        "وانطلقت المسيرة التي دعت إليها نقابة المعلمين من أمام البرلمان.",
        [(ANY, "EDU", "PROTEST", ANY, False, "asserted")],
    ),
    # whose success (نجاح X في) the act after في was did it, not who tells of it
    (
        "وأكدت الحكومة نجاح الشرطة في تفريق المحتجين قرب السفارة.",
        [(ANY, "COP", "COERCE", ANY, False, "asserted")],
    ),
    (
        "وأشادت الوزارة بنجاح الشرطة في اعتقال قادة الجماعة المتطرفة.",
        [(ANY, "COP", "COERCE", ANY, False, "asserted")],
    ),
    # the security units (الوحدات الأمنية) are the police
    (
        "وقال الوزير إن الوحدات الأمنية اعتقلت ستة مهربين قرب الحدود.",
        [(ANY, "COP", "COERCE", ANY, False, "asserted")],
    ),
    # the genitive of a noun of attacks is its doer: a group of people as an armed force
    # (a guard: the row h17 wrote was a danger protected from, now no event at all)
    (
        "وأحصت الجامعة العربية هجمات المستوطنين المتطرفين على القرى الفلسطينية.",
        [("ISR", "CVL", "ASSAULT", ANY, False, "asserted")],
    ),
    # the one held responsible for an attack (حمّل X مسؤولية), or it is attributed to
    # (past an adverb), did it
    (
        "وحمل وزير الداخلية الباكستاني حركة طالبان مسؤولية الهجوم على المدرسة.",
        [("TALIBAN", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "ونسب الرئيس الفرنسي فرانسوا هولاند بوضوح الهجوم إلى تنظيم القاعدة.",
        [("ALQAEDA", "REB", "ASSAULT", None, False, "asserted")],
    ),
    # a body of no armed side still did the act it announces as its object, or it is
    # held answerable for
    (
        "وكانت حكومة إقليم كردستان أعلنت محاصرة بلدة سنجار من ثلاث جهات.",
        [("IRQ", "GOV", "ASSAULT", ANY, False, ANY)],
    ),
    (
        "وشدد البيان على مسؤولية الحكومة السودانية عن التخطيط للهجمات على القرى.",
        [("SDN", "GOV", "ASSAULT", ANY, False, ANY)],
    ),
    # a military unit named by its ordinal is a force (alone اللواء is a rank)
    (
        "هاجمت الكتيبة الرابعة مواقع تنظيم داعش قرب الموصل.",
        [(ANY, "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "تدور مواجهات عنيفة بين اللواء السابع ومسلحي القاعدة في أبين.",
        [(ANY, "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # فجر ليبيا (Libya Dawn) is an armed coalition, no bombing at dawn
    (
        "وقصفت قوات فجر ليبيا مواقع الجيش الليبي في بنغازي.",
        [("LBY", "UAF", "ASSAULT", "LBY", False, "asserted")],
    ),
    # the one who "met his death" at someone's hands is their victim, past the noun a
    # nisba describes
    (
        "ولقي قيادي حوثي بارز مصرعه على يد المقاومة الشعبية في الضالع.",
        [("YEM", "REB", "ASSAULT", "YEM", False, "asserted")],
    ),
    (
        "زار رئيس الوزراء الأردني أنقرة أمس. واستقبل في اليوم التالي وزير الخارجية القطري.",
        [("JOR", "GOV", "CONSULT", "QAT", False, "asserted")],
    ),
    (
        "أدانت مصر الهجوم على السفارة. وطالبت مجلس الأمن بالتحرك العاجل.",
        [("EGY", "GOV", "REQUEST", "UNSC", False, "asserted")],
    ),
    # after أن the subject is in the accusative (ism inna): it did the act
    (
        "وذكر الجيش أن جنديا أردنيا أطلق النار على زملائه في المعسكر.",
        [("JOR", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # بواسطة X names the agent of a passive, as على يد X does
    (
        "قتل ثلاثة مدنيين بواسطة مسلحين من تنظيم داعش.",
        [("ISIS", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "استقبلت الرئيسة الفنلندية وزير الخارجية الفرنسي في هلسنكي.",
        [("FIN", "GOV", "CONSULT", "FRA", False, "asserted")],
    ),
    # قتل X with a word of cause right after it and no object is "X was killed"; what
    # follows the word of cause is the cause's, never the victim
    (
        "قتل رجل جراء قصف القوات الحكومية على حي سكني في حلب.",
        [(None, None, "ASSAULT", "SYR", False, "asserted")],
    ),
    # the two sides of a fight: past the first side's adjective of siding, past من جانب
    # and the other side's word of members, past a second verb of its going on
    (
        "ودارت اشتباكات عنيفة بين الميليشيات الموالية لإيران والجيش السوري الحر في درعا.",
        [("IRN", "UAF", "ASSAULT", "SYR", False, "asserted")],
    ),
    (
        "وتدور مواجهات بين الجيش الليبي من جانب ومسلحي داعش من جانب آخر في سرت.",
        [("LBY", "MIL", "ASSAULT", "ISIS", False, "asserted")],
    ),
    (
        "وقالت مصادر إن اشتباكات اندلعت أمس واستمرت حتى الظهر بين الجيش اللبناني ومسلحي"
        " جبهة النصرة.",
        [("LBN", "MIL", "ASSAULT", "SYR", False, "asserted")],
    ),
    # (past the time of its breaking out, or its time between commas, to بين; past the
    # first side's place and a comma to the second side)
    (
        "وقالت مصادر إن اشتباكات عنيفة اندلعت مساء الخميس واستمرت حتى وقت متأخر من الليل"
        " بين الجيش الليبي ومسلحي تنظيم داعش.",
        [
            ("LBY", "MIL", "ASSAULT", "ISIS", False, "asserted"),
            ("ISIS", "REB", "ASSAULT", "LBY", False, "asserted"),
        ],
    ),
    (
        "وأفادت مصادر محلية أن اشتباكات عنيفة دارت، فجر الاثنين، بين الجيش الليبي ومسلحي"
        " تنظيم داعش قرب سرت.",
        [("LBY", "MIL", "ASSAULT", "ISIS", False, "asserted")],
    ),
    (
        "واندلعت أمس مواجهات، بين قوات الجيش اليمني في محافظة مأرب، ومسلحي جماعة الحوثي.",
        [
            ("YEM", "MIL", "ASSAULT", ANY, False, "asserted"),
            ("YEM", "REB", "ASSAULT", ANY, False, "asserted"),
        ],
    ),
    # the doer verb's subject past its count (نظمها عشرات الطلاب): who made the protest
    (
        "وفرقت الشرطة التونسية مظاهرة نظمها عشرات الطلاب أمام الوزارة.",
        [(None, "EDU", "PROTEST", None, False, "asserted")],
    ),
    # a thing of someone's as the subject (طائرة تابعة لـ X): its owner did it, after
    # the verb (agreeing with it) or before it
    (
        "وقصفت طائرة حربية تابعة للجيش السوري مستشفى في ريف إدلب.",
        [("SYR", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "وقال المرصد إن مروحية تابعة للجيش العراقي قصفت مواقع لتنظيم داعش.",
        [("IRQ", "MIL", "ASSAULT", "ISIS", False, "asserted")],
    ),
    # the speaker's pronoun on أنّ is the subject of a verb of being able: his own act,
    # not one he only tells of
    (
        "وأعلن الجيش الأردني أنه تمكن من قتل خمسة مسلحين على الحدود مع سوريا.",
        [("JOR", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "وقالت الشرطة المصرية إنها نجحت في اعتقال عشرة من أعضاء جماعة الإخوان.",
        [("EGY", "COP", "COERCE", ANY, False, "asserted")],
    ),
    # the fight told after a wounding joined past a comma to the killing is the fight
    # both were in: its other side killed them
    (
        "وقتل 12 من عناصر تنظيم داعش، وجرح 20 آخرون في اشتباكات مع القوات العراقية قرب الفلوجة.",
        [("IRQ", "MIL", "ASSAULT", "ISIS", False, "asserted")],
    ),
    (
        "فقد قتل 25 من مسلحي حركة طالبان، وجرح عشرة آخرون في مواجهات مع الجيش الأفغاني في"
        " ولاية هلمند.",
        [("AFG", "MIL", "ASSAULT", "TALIBAN", False, "asserted")],
    ),
    # ... the fight named in a relative clause before its other side (المعارك التي
    # دارت مع), a clash (صدام) past a harm joined without a comma and an aside in brackets
    (
        "وعثر على جثث عشرات من مسلحي حركة الشباب الذين قتلوا في المعارك التي دارت مع الجيش"
        " الصومالي قرب مقديشو.",
        [("SOM", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "وقتل جندي أفغاني وجرح اثنان آخران قرب قندهار (جنوب البلاد) في صدام مع مسلحي حركة طالبان.",
        [("TALIBAN", "REB", "ASSAULT", "AFG", False, "asserted")],
    ),
    # an attack in the dual, or aimed with ضد, names its doer with لـ right after it
    (
        "قتل أربعة جنود في هجومين للمتمردين الحوثيين على مواقع الجيش.",
        [("YEM", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "قتل عشرون مسلحا في غارات للطيران الأمريكي ضد مواقع التنظيم في الرقة.",
        [("USA", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # the two sides of a fight, the first in quotation marks (بين «طالبان» و«داعش»)
    (
        "تواصل القتال بين مسلحي «طالبان» و«داعش» في ولاية ننكرهار.",
        [("TALIBAN", "REB", "ASSAULT", "ISIS", False, "asserted")],
    ),
    # the agent (على يد) the clause names past the act's time, counted after قبل ("ago",
    # no clause of its own), and its place
    (
        "ووقع هجوم دام قبل ثلاثة أسابيع في فندق بالعاصمة الصومالية مقديشو على يد مسلحي حركة"
        " الشباب.",
        [("SOM", "REB", "ASSAULT", None, False, "asserted")],
    ),
    (
        "وشهدت المدينة هجوما عنيفا قبل عشرة أيام في سوقها الشعبي على يد عناصر من تنظيم داعش.",
        [("ISIS", "REB", "ASSAULT", None, False, "asserted")],
    ),
    # an attack laid to an armed group (نسب إلى), and a claim told by a verbal noun
    # (وإعلان X مسؤوليتها عن قتلهما)
    (
        "وأعلنت الحكومة أن هجوما انتحاريا وقع أمس في مدينة كيليس، ونسب إلى تنظيم داعش.",
        [("ISIS", "REB", "ASSAULT", "TUR", False, "asserted")],
    ),
    (
        "ويأتي الحادث غداة مقتل جنديين في قندهار وإعلان حركة طالبان مسؤوليتها عن قتلهما.",
        [("TALIBAN", "REB", "ASSAULT", "AFG", False, "asserted")],
    ),
    # a fight waged (خاض) by the subject of the relative verb after it
    (
        "وقال الناطق إن اشتباكات عنيفة تخوضها قوات البيشمركة ضد مسلحي تنظيم داعش قرب كركوك.",
        [("IRQ", "MIL", "ASSAULT", "ISIS", False, "asserted")],
    ),
    # a verbal noun, its genitive, then ground or works in the accusative (مناطق، الطرق،
    # مدنا): the genitive did it to them
    (
        "وقال المتحدث إن تفخيخ تنظيم داعش الطرق والجسور يبطئ تقدم الجيش العراقي.",
        [("ISIS", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "وأدانت الحكومة قصف المتمردين الحوثيين في اليمن مناطق سكنية.",
        [("YEM", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "وأدانت الأمم المتحدة قصف قوات النظام السوري مدنا عدة في ريف دمشق.",
        [("SYR", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # a subject before the verb (counted or not) with a definite object after the verb's
    # adjunct of time: they did it, not "were abducted"
    (
        "وكان ثلاثة مسلحين قد اختطفوا في وقت سابق الصحفي الأمريكي.",
        [(None, "REB", "ASSAULT", "USA", False, "asserted")],
    ),
    (
        "وكان مسلحون اختطفوا في يونيو الماضي الطبيب الألماني.",
        [(None, "REB", "ASSAULT", "DEU", False, "asserted")],
    ),
    # an armed side's attacks by لـ with only their place after them
    (
        "وقتل عشرون مدنيا أمس في هجمات مفترضة لحركة الشباب في الصومال.",
        [("SOM", "REB", "ASSAULT", "SOM", False, "asserted")],
    ),
    # casualties counted in a side's ranks (في صفوف X) name whom the attack hit
    (
        "سقط عشرات القتلى في صفوف المدنيين السوريين جراء غارات للطيران الروسي.",
        [("RUS", "MIL", "ASSAULT", "SYR", False, "asserted")],
    ),
    (
        "وأشار المرصد إلى سماع دوي انفجارات في ريف حلب، لافتا إلى سقوط قتلى في صفوف مسلحي داعش.",
        [(None, None, "ASSAULT", "ISIS", False, "asserted")],
    ),
    (
        "وأسفر القصف المدفعي الأردني عن سقوط جرحى في صفوف مسلحي داعش.",
        [("JOR", "MIL", "ASSAULT", "ISIS", False, "asserted")],
    ),
    # the agent (برصاص X، على يد X، من قبل X) past a time set off by commas
    (
        "وقتل جنديان أفغانيان، أمس، برصاص مسلحي طالبان.",
        [("TALIBAN", "REB", "ASSAULT", "AFG", False, "asserted")],
    ),
    (
        "وأكد الجيش الأفغاني أن جنديين قتلا، الليلة الماضية، على يد مسلحي طالبان.",
        [("TALIBAN", "REB", "ASSAULT", "AFG", False, "asserted")],
    ),
    (
        "واعتقل ثلاثة ناشطين، فجر اليوم، من قبل قوات الأمن الإيرانية.",
        [("IRN", "COP", "COERCE", "IRN", False, "asserted")],
    ),
    # the genitive of "demanding" right before its بـ is whom it is asked of (طالب X بـ),
    # the clause's subject asks
    (
        "وجددت النقابات التونسية مطالبة الحكومة التونسية بزيادة الأجور.",
        [("TUN", "LAB", "REQUEST", "TUN", False, "asserted")],
    ),
    # من and an armed body after an attack noun with the article behind a prefix (للقصف
    # الكثيف من): whom it came from, past its adjective
    (
        "وتضررت عشرات المنازل في الحي نتيجة للقصف الكثيف من قوات النظام السوري.",
        [("SYR", "MIL", "ASSAULT", None, False, "asserted")],
    ),
    # who holds the checkpoint an abduction or arrest took place at made it
    (
        "وأوضح المصدر أن اختطاف الطبيب جرى عند حاجز للقوات الحكومية السورية قرب حمص.",
        [("SYR", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "وجرى اعتقال ثلاثة صحفيين مصريين في نقطة تفتيش تابعة للشرطة المصرية شمال القاهرة.",
        [("EGY", "COP", "COERCE", "EGY", False, "asserted")],
    ),
    # a visit with ب after a verb of welcoming: its genitive (a title too) is the
    # visitor, the verb's subject the host
    (
        "واحتفت تونس بزيارة وزير الخارجية الجزائري.",
        [("DZA", "GOV", "CONSULT", "TUN", False, "asserted")],
    ),
]


@pytest.mark.parametrize("text,country,category", WRONG_SOURCES + NOT_THE_DOER)
def test_not_the_source(text, country, category):
    got = [as_tuple(e) for e in events_of(text)]
    assert any(g[2] == category for g in got), got  # the event itself is found
    assert not [g for g in got if g[0] == country and g[2] == category], got


# A body in the construct state takes the country of the nisba after its genitive; a
# word inside an actor's name (قوات الاحتلال) is not a target of its own.
CONSTRUCT_NISBA = [
    (
        "أصدرت محكمة الاستئناف المغربية حكما بسجن ناشط.",
        [("MAR", "JUD", "COERCE", "MAR", False, "asserted")],
    ),
    (
        "قصفت قوات الاحتلال الإسرائيلي مواقع في غزة.",
        [("ISR", "MIL", "ASSAULT", "PSE", False, "asserted")],
    ),
    (
        "اعتقلت شرطة الحدود التركية عشرات المهاجرين.",
        [("TUR", "COP", "COERCE", ANY, False, "asserted")],
    ),
]


# The bare coalition is the one at war in the article's places and groups: the
# Saudi-led one in Yemen, the US-led one against the Islamic State; another alliance
# with its own adjective is neither.
COALITIONS = [
    ("وقصفت قوات التحالف مواقع تنظيم داعش قرب الموصل.", "USCOAL"),
    ("وأغارت مقاتلات التحالف على مخازن سلاح للحوثيين في محافظة صعدة.", "SAUCOAL"),
    ("ودمر طيران التحالف منصة صواريخ قرب تعز اليمنية.", "SAUCOAL"),
    ("وقال مسؤول يمني إن التحالف قصف معسكرا في لحج.", "SAUCOAL"),
    ("وشن التحالف الدولي غارات على مواقع المتطرفين في الرقة السورية.", "USCOAL"),
    ("وانتقد التحالف الوطني الحكومة في بغداد.", None),  # an alliance with its own name
    ("وهاجمت قوات التحالف القرية في الصومال.", None),  # no known war: no guess
]


@pytest.mark.parametrize("text,coalition", COALITIONS, ids=[c or "none" for _, c in COALITIONS])
def test_the_coalition_of_the_article(text, coalition):
    """The source of the attack is the coalition named (its leader's country, MIL)."""
    sources = [e.source for e in events_of(text) if e.source is not None]
    ids = {a.id for a in sources}
    if coalition is None:
        assert not {"SAUCOAL", "USCOAL"} & ids, ids
    else:
        assert coalition in ids, ids
        leader = {"SAUCOAL": "SAU", "USCOAL": "USA"}[coalition]
        assert any(a.country == leader and a.sector == "MIL" for a in sources), sources


# A state body named with no country is the article's, and the article's country is
# its dateline's place; a place the first sentence only tells of is not it.
HOME_COUNTRY = [
    ("الرياض - واس\nوقالت وزارة الداخلية إنها اعتقلت ثلاثة مهربين.", "SAU"),
    ("سالم الحربي- سبق- الرياض: اعتقلت الشرطة ثلاثة مهربين.", "SAU"),
    ("بغداد – خاص\nواعتقلت الشرطة ثلاثة مهربين في البصرة.", "IRQ"),
    # a dateline names a city: عمان there is Amman
    ("عمان - بترا: اعتقلت الشرطة ثلاثة مهربين.", "JOR"),
    ("مسقط - العمانية: اعتقلت الشرطة ثلاثة مهربين.", "OMN"),
    ("وصل الوفد الليبي إلى تونس أمس. وقالت وزارة الداخلية إنها اعتقلت ثلاثة مهربين.", None),
    ("زار الوزير القاهرة يوم الأحد. واعتقلت الشرطة ثلاثة مهربين.", None),
]


@pytest.mark.parametrize("text,home", HOME_COUNTRY, ids=[h or "none" for _, h in HOME_COUNTRY])
def test_the_home_country_comes_from_the_dateline(text, home):
    arrests = [e for e in events_of(text) if e.action.plover == "COERCE"]
    assert [e.source.country for e in arrests if e.source] == [home], arrests


# "Armed", "naval" after a noun describe it: with a collective noun they make an armed
# group, after any other noun they are no actor of their own.
ADJECTIVES_OF_A_NOUN = [
    ("وهاجمت مجموعات مسلحة حاجزا للجيش العراقي.", "armed group"),
    ("وهاجمت عناصر مسلحة دورية للشرطة الأردنية.", "armed group"),
    ("وتبنت الذراع المسلحة للحزب الهجوم على الجنود الإسرائيليين.", None),
    ("وتعرضت الواجهة البحرية لهجوم صاروخي أمس.", None),
]


@pytest.mark.parametrize(
    "text,label",
    ADJECTIVES_OF_A_NOUN,
    ids=[t.split()[1] + "-" + t.split()[2] for t, _ in ADJECTIVES_OF_A_NOUN],
)
def test_an_adjective_is_no_actor_of_its_own(text, label):
    actors = [a for e in events_of(text) for a in (e.source, e.target) if a is not None]
    adjectives = [a for a in actors if a.label in ("gunman", "navy")]
    assert not adjectives, adjectives
    if label:
        assert any(a.label == label and a.sector == "REB" for a in actors), actors


@pytest.mark.parametrize("text,expected", CONSTRUCT_NISBA)
def test_construct_state_nisba(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text,place",
    [
        ("أدان الأردن التفجير الذي وقع شمال العاصمة العراقية بغداد.", "IRQ"),
        ("هاجم مسلحون مركزا للشرطة في العاصمة الإيرانية طهران أمس.", "IRN"),
    ],
)
def test_a_capital_named_after_its_place_noun_is_where(text, place):
    actors = [a for e in events_of(text) for a in (e.source, e.target) if a is not None]
    assert not [a for a in actors if a.country == place and a.sector == "GOV"], actors


@pytest.mark.parametrize("text,expected", THE_DOER)
def test_the_doer(text, expected):
    check(text, expected)


# What is aimed at, needed, asked for or judged is not a reported event: the purpose
# لـ, a verbal noun after a word of aim or duty or after a request, an act named again
# with a demonstrative, a kind of act that a copula or a verb of judging speaks of.
AIMS_AND_REFERENCES = [
    # a present act in a relative clause describes its head: a day far after it is the
    # main clause's; a second verb joined to the first shares its head
    ("وأعلنت الجماعة التي تقاتل القوات الحكومية هدنة إنسانية من منتصف ليل أمس.", "ASSAULT"),
    ("وكان التحالف الذي تقوده واشنطن ويقصف مواقع التنظيم قد دعا إلى وقف إطلاق النار.", "ASSAULT"),
    ("ورحبت الميليشيا التي تدعمها طهران وتهاجم القوات الكردية بقرار الحكومة.", "ASSAULT"),
    # a present act of harm given as a reason (لأنهم، إذ) is how things are, none told
    ("وقال الشيخ إن هذه الجماعات ضالة لأنهم يقتلون الأبرياء في المساجد.", "ASSAULT"),
    ("ويرى محللون أن الوضع خطير إذ يهاجم مسلحون نقاط الشرطة في المدينة.", "ASSAULT"),
    # joined by و to a لـ verbal noun of purpose: a purpose too
    ("ودعم الوزراء الجهود الدولية لإضعاف وتدمير تنظيم داعش.", "ASSAULT"),
    ("وانتشرت القوات العراقية في المنطقة لملاحقة واعتقال عناصر تنظيم القاعدة.", "COERCE"),
    # the لـ of purpose after a verb of doing or undertaking (قام بـ، شن، نفذ) and its
    # object: what the act was for, not done
    ("وقامت قوات الأمن المصرية بمداهمات في قرى الدلتا لاعتقال عناصر مسلحة.", "COERCE"),
    # ... and the act after لاستخدامه في، للمشاركة في: what the clause's act is for
    ("ونشرت ألمانيا مقاتلات في قاعدة تركية لاستخدامها في قصف مواقع التنظيم في سوريا.", "ASSAULT"),
    ("وأرسل السودان قوات برية إلى اليمن للمشاركة في قصف مواقع الحوثيين.", "ASSAULT"),
    # ... or after للبدء بـ / للشروع في: what the clause's act is to begin
    ("وعقد قادة الفصائل اجتماعا في إدلب للبدء بعملية عسكرية ضد قوات النظام.", "ASSAULT"),
    ("ووصلت تعزيزات كبيرة إلى الحدود للشروع في مهاجمة مواقع المتمردين.", "ASSAULT"),
    ("وشنت الشرطة الأفغانية مداهمات على القرى الجبلية لاعتقال قادة من حركة طالبان.", "COERCE"),
    # kinds of crime named in a list (الخطف والاغتيال), none told
    (
        "وتشهد محافظة ديالى حوادث أمنية متفرقة تتمثل بعمليات الخطف والاغتيال والهجمات المسلحة.",
        "ASSAULT",
    ),
    ("ويتهم السكان الميليشيا بارتكابات تشمل الخطف والإعدام.", "ASSAULT"),
    # exposed to attacks (عرضة لـ): a danger, not an attack
    ("وأصبحت القرى الحدودية عرضة لهجمات مباغتة من قبل المسلحين الحوثيين.", "ASSAULT"),
    ("وقال إن الأطفال يأتون من بيئة معرضة للاقتتال الأهلي.", "ASSAULT"),
    ("حشدت الميليشيات مقاتليها قرب المدينة لمهاجمة مواقع الجيش العراقي.", "ASSAULT"),
    ("أرسلت تركيا قوات إلى الحدود لمواجهة مسلحي داعش.", "ASSAULT"),
    # the clause's verb is no act of its own (تواصل): لـ is still its purpose
    ("وتواصل القوات العراقية زحفها للسيطرة على مدينة الفلوجة.", "ASSAULT"),
    ("وأمر زعيم الجماعة بحشد المقاتلين لمهاجمة مدينة مأرب.", "ASSAULT"),
    ("أكد الوزير الفرنسي أن الهدف هو إغلاق السجن في كوبا.", "COERCE"),
    ("وشدد الرئيس المصري على ضرورة وقف القصف الإسرائيلي على غزة.", "ASSAULT"),
    # past a light verbal noun and an elative (إيقاع أشد العقوبات)
    ("وشدد السفير الأردني على أنه يجب إيقاع أشد العقوبات على هؤلاء الإرهابيين.", "SANCTION"),
    ("وشدد وزير الداخلية العراقي على ضرورة إيقاع أقسى العقوبات بحق عناصر داعش.", "SANCTION"),
    ("وقال الجيش العراقي إنه يعمل على اقتحام مدينة الرمادي.", "ASSAULT"),
    ("وتحدث التقرير عن التزام الحكومة الأمريكية بترحيل المعتقلين إلى بلدانهم.", "COERCE"),
    ("طالب الادعاء التركي بالسجن عشر سنوات لثلاثة صحفيين.", "COERCE"),
    ("وقال الوزير الأردني إن هذا الهجوم يعد جريمة نكراء.", "ASSAULT"),
    ("وأضاف الوزير أن هذه الهجمات الإرهابية لن تثني المملكة عن مواصلة جهودها.", "ASSAULT"),
    ("وقال المتحدث إن قصف المدن ليس الحل.", "ASSAULT"),
    # what an act of a kind may bring (قد + a present verb), means or needs
    ("وقال المحلل إن اغتيال قادة التنظيم قد يضعف صفوفه.", "ASSAULT"),
    ("وقال الخبير إن اعتقال قادة الجماعة يتطلب أدلة قوية.", "COERCE"),
    ("ويرى مراقبون أن قصف الجسر يعني قطع طريق الإمداد عن المتمردين.", "ASSAULT"),
    ("وقال الجنرال إن قصف معاقل داعش يقتضي تنسيقا مع الحلفاء.", "ASSAULT"),
    # a slogan, a season or a power named by an act
    ("وترفع الحركة شعار محاربة الجيش الإسرائيلي.", "ASSAULT"),
    ("ويمنح القانون الجديد الرئيس سلطة اعتقال المعارضين دون محاكمة.", "COERCE"),
    ("وأضاف أن الجيش دخل موسم القتال مع مسلحي طالبان.", "ASSAULT"),
    # an act after a word of conceding (رغم، على الرغم من): granted as known, not told
    ("وأكد الوزير أن بلاده لن تتخلى عن حلفائها رغم توقيع واشنطن اتفاقا مع طهران.", "SUPPORT"),
    ("وأقر البرلمان القانون على الرغم من احتجاج نواب المعارضة.", "ACCUSE"),
    # a verb of threatening a good (security, life, unity): a danger, no threat made
    ("وقال الوزير إن إيران تهدد أمن واستقرار دول الخليج.", "THREATEN"),
    ("وأكد أن الميليشيات الحوثية تهدد حياة المدنيين في تعز.", "THREATEN"),
    ("ورأى الكاتب أن تنظيم داعش يهدد وحدة العراق.", "THREATEN"),
    # وقع في is "fell into"; استدعى with no one summoned is "called for"
    ("وقع الجنود الأتراك في كمين نصبه مسلحون قرب الحدود العراقية.", "SUPPORT"),
    ("وهو ما استدعى تحركا دوليا عاجلا لوقف الحرب.", "PROTEST"),
    # a crash or a shot fired by mistake is an accident, not an attack
    ("تحطمت طائرة تابعة للجيش الأفغاني اليوم ما أسفر عن مقتل 17 جنديا.", "ASSAULT"),
    ("أصيب طفل بالخطأ بإطلاق نار في حديقة الفندق.", "ASSAULT"),
    # what is usual, likely or asked as a question is no act done
    ("وغالبا ما يكون احتجازهم على متن سفينة أمريكية.", "COERCE"),
    ("ومن الأرجح أن يوقف القانون أي محاولات جديدة لترحيل المعتقلين.", "COERCE"),
    ("وقال الوزير الأمريكي دعوني أطرح عليكم سؤالا عن إيران.", "REQUEST"),
    # the لام of purpose or كي before a present verb; what قد + a present verb may lead to;
    # مسيرة in construct with a thing is a course, not a march
    ("ويأمل اليمن أن ينعم بالاستقرار لينضم تدريجيا إلى مجلس التعاون الخليجي.", "CONSULT"),
    ("وأرسلت روسيا قوات إلى سوريا كي تقاتل تنظيم داعش.", "ASSAULT"),
    ("وقال الصندوق إن العقوبات قد تؤدي في نهاية المطاف إلى تراجع اقتصاد روسيا.", "CONCEDE"),
    ("وأكد الوزير أهمية دعم مسيرة الانتخابات البلدية في المملكة.", "PROTEST"),
    # a number's counted noun is no verb (طالبا: students); بغرض is a purpose; lightning
    # is weather; في سجن is a place
    ("احتفت المؤسسة بإتمام 30 طالبًا وطالبة لبرنامج إعداد القادة في الجامعة الأمريكية.", "REQUEST"),
    ("ألبس المتهم الانتحاري الحزام الناسف بغرض تفجير المسجد.", "ASSAULT"),
    ("قتلت صاعقة أربعة أطفال في ولاية غيريرو المكسيكية.", "ASSAULT"),
    ("ظهر حراس ليبيون في مقطع فيديو وهم يضربون الساعدي القذافي في سجن بطرابلس.", "COERCE"),
    # دعا X إلى + a visit, past the invited, is an invitation, not a demand
    ("دعا الرئيس الفرنسي نظيره الإيراني إلى زيارة باريس.", "REQUEST"),
    # approving appointments or taking a post is administration, no agreement with anyone
    ("ووافق مجلس الوزراء الكويتي على تعيينات في المرتبة الممتازة.", "AGREE"),
    ("ووافق أمير منطقة القصيم على توليه الرئاسة الفخرية لجمعية خيرية.", "AGREE"),
]

# The same constructions where the act is told: لـ after a verb that takes it (تعرض
# لهجوم، أدى لمقتل), a past verb after بعد أن, a demonstrative with a verb telling more.
TOLD_ALL_THE_SAME = [
    # a named man's visit judged by a copula is still a visit told
    (
        "وصرح مسؤول بأن زيارة لافروف للرياض هي فرصة لتعميق الحوار.",
        [("RUS", "GOV", "CONSULT", "SAU", False, "asserted")],
    ),
    # answering a call (تلبية لدعوة) after a verb of undertaking: the invitation was made
    (
        "وقام رئيس الوزراء الهندي بزيارة إلى اليابان تلبية لدعوة من نظيره الياباني.",
        [("JPN", "GOV", "CONSULT", "IND", False, "asserted")],
    ),
    (
        "وقالت الشرطة التركية إن حافلة تعرضت لهجوم قرب أنقرة.",
        [(None, None, "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "أدى القصف الإسرائيلي على المخيم لمقتل عشرة مدنيين.",
        [("ISR", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "وجاء ذلك بعد أن قصفت الطائرات الروسية مواقع المعارضة السورية.",
        [("RUS", "MIL", "ASSAULT", "SYR", False, "asserted")],
    ),
    (
        "وقال الوزير إن تلك الغارات استهدفت مدنيين.",
        [(None, None, "ASSAULT", ANY, False, "asserted")],
    ),
    # a state's official welcoming a visiting official hosts him (CAMEO 043)
    (
        "ورحب العاهل الأردني بالرئيس الفرنسي الذي يزور المملكة حاليا.",
        [("JOR", "GOV", "CONSULT", "FRA", False, "asserted")],
    ),
    # a curfew, however spelt (التجول، التجوال), coerces; it is no embargo
    (
        "وفرضت السلطات المصرية حظر التجوال على مدينة العريش.",
        [("EGY", ANY, "COERCE", "EGY", False, ANY)],
    ),
    # a verbal noun of doing with its doer's genitive takes لـ on what was done
    (
        "ووقعت خلافات بين القائدين أعقبها توجيه الولايات المتحدة لضربة جوية على مواقع التنظيم.",
        [(ANY, ANY, "ASSAULT", ANY, False, "asserted")],
    ),
    # a verb that takes لـ as its object (تصدى لـ) tells the attack it faced
    (
        "وتصدى الجيش اللبناني لهجوم شنه مسلحون على موقع حدودي.",
        [(None, "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "وقعت مصر والسعودية اتفاقية للتعاون العسكري.",
        [("EGY", "GOV", ANY, "SAU", False, "asserted")],
    ),
    (
        "استدعت وزارة الخارجية الأردنية السفير الإسرائيلي في عمان.",
        [("JOR", "GOV", "ACCUSE", "ISR", False, "asserted")],
    ),
    # a past verb after قد is "has done"; going out to protest is protesting
    (
        "وكانت لجان العاملين قد نفذت اعتصاما في أيار الماضي.",
        [(None, None, "PROTEST", None, False, "asserted")],
    ),
    (
        "وخرج آلاف الأتراك إلى الشوارع ليتظاهروا ضد الحكومة.",
        [("TUR", None, "PROTEST", None, False, "asserted")],
    ),
    # a daily campaign is told; objecting to a decision is rejecting it
    (
        "وتقصف الطائرات الروسية يوميا مواقع المعارضة السورية.",
        [("RUS", "MIL", "ASSAULT", "SYR", False, "asserted")],
    ),
    (
        "واعترضت منظمة التجارة العالمية على قرار الولايات المتحدة.",
        [("WTO", "IGO", "REJECT", "USA", False, "asserted")],
    ),
    # a wish reaches its own complement, not a later clause of the sentence
    (
        "كان الوزير يريد زيارة المدينة، لكن الجيش الإسرائيلي قصف الطريق المؤدي إليها.",
        [("ISR", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "أعرب الوزير عن أمله في عودة الهدوء، مؤكدا استمرار دولة الإمارات في دعمها للشعب اليمني.",
        [("ARE", ANY, "SUPPORT", "YEM", False, "asserted")],
    ),
]

# A nisba with the article after an indefinite noun is that noun's genitive, a name
# (ناحية الصينية), and a nisba's ات plural names things (مجريات): no country.
NOT_A_COUNTRY = [
    # a nisba before بن is a given name: Prince Turki is not Turkish
    ("وقدم الأمير تركي بن محمد بن فهد الشكر لأمير منطقة مكة المكرمة.", "TUR"),
    # مصر after a pronoun and before على is "insisting"
    ("ولم يبد المعتقل أي اهتمام وهو مصر على مواصلة إضرابه عن الطعام.", "EGY"),
    ("قتل خمسة أشخاص في تفجير استهدف سوقا في ناحية الصينية شمال بغداد.", "CHN"),
    ("تابع الرئيس مجريات المفاوضات بين الوفدين.", "HUN"),
    # a city listed without the article never takes it: السيول are floods, not Seoul
    ("وقالت الأمم المتحدة إن الأمطار والسيول هجرت عشرات الأسر.", "KOR"),
    ("وانتقدت السيول أداء البلدية.", "KOR"),
    pytest.param(
        "واعتقلت الشرطة الأردنية سائق الشاحنة السعودية بعد مطاردة في عمان.",
        "SAU",
        id="country-named-like-its-nisba-after-a-feminine-object",
    ),
]

# Talks and agreements are held at a place, which is no party to them.
VENUES = [
    pytest.param(
        "وقال وزير الخارجية الأمريكي في ختام الاجتماعات في جاكرتا إن المحادثات كانت مثمرة.",
        "IDN",
        id="capital-of-a-meeting",
    ),
]


@pytest.mark.parametrize("text,absent", AIMS_AND_REFERENCES)
def test_an_aim_or_a_reference_is_no_event(text, absent):
    got = [as_tuple(e) for e in events_of(text)]
    assert not [g for g in got if g[2] == absent], got


@pytest.mark.parametrize("text,expected", TOLD_ALL_THE_SAME)
def test_told_acts_stay_events(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,country", NOT_A_COUNTRY + VENUES)
def test_a_lookalike_of_a_nationality_is_no_country(text, country):
    """Nor is the place talks are held in a party to them."""
    got = [as_tuple(e) for e in events_of(text)]
    assert not [g for g in got if country in (g[0], g[3])], got


# Readings not made at any confidence (``absent`` as in NOT_EVENTS).
NOT_READ_AT_ALL = [
    # أوقف with an act for its object halts it, no one is held; توصل إلى with no accord
    # after it found someone, nothing was agreed
    ("وذكرت الصحيفة أن السعودية ستوقف دعمها للجيش اللبناني.", "COERCE"),
    ("توصلت الشرطة الأردنية إلى سائق الشاحنة بعد يومين من البحث.", "AGREE"),
    # الدعوة with no لـ-act right after it or after the one called is preaching, no call
    ("وقال الشيخ إن الخوارج يستغلون الشباب بحجج الدعوة والإصلاح لتجنيدهم في صفوفهم.", "REQUEST"),
    # an act naming a band (عصابة القتل) is an epithet, no killing
    ("وظهر زعيم عصابة القتل على إحدى القنوات بتصريحات مستفزة.", "ASSAULT"),
]


@pytest.mark.parametrize("text,absent", NOT_READ_AT_ALL)
def test_not_read_at_all(text, absent):
    got = [as_tuple(e) for e in events_of(text, min_confidence=0)]
    assert not [g for g in got if g[2] == absent], got


# Words that are no trigger in their sentence (at any confidence): فجرا after the
# clause's verb is "at dawn" (the strikes it tells are coded by their own noun).
NOT_TRIGGERS = [
    # ضربات الشمس is sunstroke
    (
        "وأكد المتحدث الرسمي لوزارة الصحة أنه تم التأكد من استكمال التجهيزات لعلاج حالات"
        " ضربات الشمس في مرافق الوزارة.",
        "ضربات",
    ),
    ("وشنت المقاتلات الروسية فجرا غارات على مواقع المعارضة في إدلب.", "فجرا"),
    # a verb of threatening with a thing for its subject and an object, no بـ or أن:
    # "endangers", no threat
    ("وقال أردوغان إن التصعيد يهدد استقرار العراق.", "يهدد"),
    ("وقالت ميركل إن رفض الخطة يهدد مصداقية الاتحاد الأوروبي.", "يهدد"),
    # a gathering of fighters, or one an attack hits, is troops massed, not a protest
    ("واستهدفت المدفعية الأفغانية تجمعا لمسلحي حركة طالبان في ولاية قندهار.", "تجمعا"),
    ("واستهدف الجيش الصومالي بقذائف الهاون تجمعا لعناصر حركة الشباب في ولاية جوبا.", "تجمعا"),
    # ... and after the noun of the clause's act (قامت باقتحام المخيم فجرا)
    ("وقامت الشرطة التركية باقتحام الحي فجرا لتفتيش منازل المشتبه بهم.", "فجرا"),
    ("ونفذت الوحدات الخاصة مداهمة للمخيم فجرا بحثا عن مطلوبين.", "فجرا"),
    # everyday senses told by the word before or after the trigger
    ("وعثر المحققون في حاسوب الموقوف على اتصال بموقع وزارة الداخلية.", "اتصال"),
    ("وكانت رحلة كفاح الفقيد الشيخ سعد بن ناصر مثالا للصبر.", "كفاح"),
    ("واحتفظ التاجر بالعقد القديم يحتج به على شركائه.", "يحتج"),
    ("وقال إن جماعة الحوثي تتبنى أفكارا مستمدة من مذهبها.", "تتبنى"),
    ("وأرجع المحلل ذلك إلى ارتفاع الطلبات من قبل الشركات الفرنسية الشهر الماضي.", "الطلبات"),
    (
        "أعلنت قيادة القوات الجوية الملكية السعودية عن فتح باب القبول لوظائف فنية لعدد 300 طالب.",
        "القبول",
    ),
    # kept away from a place (إبعاد X عن), not deported from a land (عن البلاد)
    ("ويسعى حزب الله إلى إبعاد فصائل المعارضة السورية عن القرى الحدودية اللبنانية.", "إبعاد"),
    # violations caught in an inspection (ضبط مخالفات), financial claims (المطالبات المالية)
    (
        "كثفت وزارة التجارة استعداداتها لشهر رمضان، بالتعاون مع الجهات الرقابية، لضبط"
        " مخالفات نظام حماية المستهلك.",
        "لضبط",
    ),
    ("وأكدت وزارة العمل السعودية الفصل في المطالبات المالية بين العمال وأصحاب العمل.", "المطالبات"),
    # joining an armed group of no state is enlisting in it, no consultation
    (
        "وأضافت الوزارة أن المتهمين هم سعد علي، وخالد فهد والذي انضم إلى تنظيم داعش في الرقة.",
        "انضم",
    ),
    # an armed group reaching a place (its doer found past the clause) moves, no visit
    (
        "وأشارت المصادر إلى أن الطريق الذي يسلكه (داعش) للوصول إلى مدينة حمص يمر بالقرى المسيحية.",
        "للوصول",
    ),
    # a law passed (تبنى البرلمان، أمس، مشروع قانون) is no stance towards anyone
    ("تبنى البرلمان الكيني، أمس، مشروع قانون مثير للجدل حول مكافحة الإرهاب.", "تبنى"),
    # a name after باسم، يدعى (دان: a name, not "condemned")
    ("وقالت الصحيفة إن الشاب الذي عرف باسم دان موريس جلس على السور ثم سقط.", "دان"),
    # فجر in the name of an operation (عملية فجر X: the Dawn of X)
    ("وحققت عملية فجر الفرات تقدما ضد تنظيم داعش في ريف الرقة.", "فجر"),
    # the definite singular المتظاهر is one who pretends more often than a crowd
    ("ويظن المتظاهر بالتقوى أن الناس لا يرون أفعاله.", "المتظاهر"),
    # a message as the medium of a call (دعا في رسالة): the call is the act
    (
        "دعا زعيم تنظيم القاعدة في أول رسالة صوتية له إلى الوحدة في صفوف تنظيمه بعد"
        " تقارير عن خلافات.",
        "رسالة",
    ),
]


@pytest.mark.parametrize("text,word", NOT_TRIGGERS)
def test_no_trigger_here(text, word):
    got = [(e.action.text, e.action.plover) for e in events_of(text, min_confidence=0)]
    assert not [g for g in got if g[0] == word], got


@pytest.mark.parametrize("text,absent", NOT_EVENTS)
def test_not_an_event(text, absent):
    got = [as_tuple(e) for e in events_of(text)]
    cat, _, country = absent.partition("-")
    assert not [g for g in got if g[2] == cat and (not country or g[3] == country)], got


VICTIMS_AND_AGENTS = [
    # an attack's place gives way to the foe named after it with ضد
    (
        "وقال مسؤول إن الحملة العسكرية الجارية في محافظة ديالى ضد تنظيم داعش تتقدم.",
        [(None, None, "ASSAULT", "ISIS", False, "asserted")],
    ),
    # a condemned crime's victim is not the condemned: its doer (على يد) is
    (
        "وأدانت الجامعة العربية جريمة حرق الطفل الفلسطيني على يد مستوطنين إسرائيليين.",
        [("ARL", "IGO", "ACCUSE", "ISR", False, "asserted")],
    ),
    # "another" after the one killed: he was killed, not the killer
    (
        "وقتل شرطي آخر في هجوم بولاية كانو المجاورة.",
        [(None, None, "ASSAULT", "NGA", False, "asserted")],
    ),
    # an armed group's operations named with لـ after a plural noun (ات is no pronoun):
    # the group's, not the speaker's
    (
        "وقالت الوزارة إن القياديين شاركوا في العمليات العسكرية لحركة الشباب في الصومال.",
        [("SOM", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    # an air force's raids named with لـ, aimed against (ضد) someone: the force's
    (
        "وقتل ثلاثة مسلحين في غارات لطيران الجيش النيجيري ضد جماعة بوكو حرام شمال البلاد.",
        [("NGA", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # a count hedged (على الأقل) before the members counted: they are the victims
    (
        "وقتل 12 على الأقل من مقاتلي حركة الشباب في هجوم للجيش الصومالي.",
        [("SOM", "MIL", "ASSAULT", "SOM", False, "asserted")],
    ),
    # ... counted as members (من منسوبي X) and past others counted between
    (
        "وأكد المتحدث استشهاد ثلاثة من منسوبي الجيش المصري إضافة إلى اثنين من المارة وإصابة "
        "أربعة آخرين برصاص المسلحين.",
        [(None, "REB", "ASSAULT", "EGY", False, "asserted")],
    ),
    # the wounded "others" are more of the people counted before them
    (
        "وأكدت المصادر استشهاد خمسة من الجنود المصريين وإصابة أربعة آخرين برصاص المسلحين.",
        [(None, "REB", "ASSAULT", "EGY", False, "asserted")],
    ),
    # one attack that killed some and wounded others is the doer's both times
    (
        "قتل ثلاثة جنود أتراك وأصيب خمسة مدنيين حين فتح مسلحون من حزب العمال الكردستاني النار.",
        [
            ("TUR", "REB", "ASSAULT", "TUR", False, "asserted"),
            ("TUR", "REB", "ASSAULT", None, False, "asserted"),
        ],
    ),
    # members of a body after a verb whose subject came before it are what was hit
    (
        "وادعى تنظيم داعش في بيان أن التفجير في حي البياع استهدف عناصر من الحشد الشعبي.",
        [("ISIS", "REB", "ASSAULT", "IRQ", False, "asserted")],
    ),
    # fire "towards" a position is aimed at its holder
    (
        "وأطلق مسلحو الحوثي قذائف هاون باتجاه مواقع الجيش اليمني في تعز.",
        [("YEM", "REB", "ASSAULT", "YEM", False, "asserted")],
    ),
    # members of a body after the verb are its subject: the body did it
    (
        "هاجمت عناصر من تنظيم داعش قافلة عسكرية قرب الرمادي.",
        [("ISIS", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    # النار after the subject still makes "opened fire"
    (
        "وأطلق عناصر الشرطة العراقية النار على المتظاهرين في البصرة.",
        [("IRQ", "COP", "ASSAULT", "IRQ", False, "asserted")],
    ),
    # the genitive of firing fired what follows; people killed by the sentence's one
    # attack were killed by its doer
    (
        "وقتل شخصان إثر إطلاق ميليشيا الحوثي قذائف على قرى جازان.",
        [("YEM", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "وأعلن الجيش مقتل ثلاثة جنود أتراك حين فتح مسلحون من حزب العمال الكردستاني النار.",
        [("TUR", "REB", "ASSAULT", "TUR", False, "asserted")],
    ),
    # a group in the dual with a count after it killed the counted
    (
        "قتل مسلحان 21 سائحا في مدينة سوسة التونسية.",
        [("TUN", "REB", "ASSAULT", "TUN", False, "asserted")],
    ),
    # the fire of a force is its attack
    (
        "أصيب شاب فلسطيني برصاص قوات الاحتلال في مخيم جنين.",
        [("ISR", "MIL", "ASSAULT", "PSE", False, "asserted")],
    ),
    # a count right after an unvocalised killing verb: the counted are the victims
    (
        "وقتل أربعة جنود سودانيين في كمين قرب الحدود.",
        [(None, None, "ASSAULT", "SDN", False, "asserted")],
    ),
    # a counted subject and nothing after the verb: a passive too
    (
        "وأفاد مصدر أمني بأن ستة شرطيين لبنانيين قتلوا في الاشتباكات.",
        [(None, None, "ASSAULT", "LBN", False, "asserted")],
    ),
    # مقتل X: X is the victim; the announcer is not the agent; جنوده are the army's men
    (
        "أعلن الجيش الفرنسي مقتل ثلاثة من جنوده في مالي.",
        [(None, None, "ASSAULT", "FRA", False, "asserted")],
    ),
    # the agent a passive names: برصاص X, على يد X
    (
        "قتل أمس خمسة من عناصر الشرطة اليمنية برصاص مسلحين.",
        [(None, "REB", "ASSAULT", "YEM", False, "asserted")],
    ),
    # a clause with its own subject stays active
    (
        "قال مسؤولون إن القوات الكينية قتلت عشرة مسلحين.",
        [("KEN", "MIL", "ASSAULT", None, False, "asserted")],
    ),
    # forms that can only be passive: the actor after them is the victim
    (
        "وأصيب ثلاثة جنود مصريين برصاص مهربين قرب الحدود.",
        [(ANY, ANY, "ASSAULT", "EGY", False, "asserted")],
    ),
    (
        # gunmen with no nationality named are of the place where they act
        "واغتيل قاض عراقي على يد مسلحين في البصرة.",
        [("IRQ", "REB", "ASSAULT", "IRQ", False, "asserted")],
    ),
    # تعرض X لهجوم: X came under attack
    (
        "وتعرضت دورية للجيش اللبناني لهجوم مسلح قرب الحدود.",
        [(None, None, "ASSAULT", "LBN", False, "asserted")],
    ),
    # the subject of a verb of doing is the agent of the event noun after it
    (
        "ونفذت القوات الفرنسية ضربة جوية في شمال مالي.",
        [("FRA", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # a light verb broken by its subject: فرقت قوات الأمن المتظاهرين
    (
        "وفرقت الشرطة الجزائرية المتظاهرين بالقوة.",
        [("DZA", "COP", "COERCE", ANY, False, "asserted")],
    ),
    # an accusative object after an adjective of the subject
    (
        "وخطف مسلحون مجهولون صحفيا إيطاليا في الصومال.",
        [("SOM", "REB", "ASSAULT", "ITA", False, "asserted")],
    ),
    # where an attack came from: fired from a country, onto another
    (
        "وأطلقت صواريخ من قطاع غزة على جنوب إسرائيل.",
        [("PSE", None, "ASSAULT", "ISR", False, "asserted")],
    ),
    # a quoted sentence's last word is split from its closing quote and full stop
    (
        "وقال مصدر أمني إن «خمسة أشخاص قتلوا جراء ضربة جوية تركية».",
        [("TUR", "MIL", "ASSAULT", None, False, "asserted")],
    ),
    # who claimed or carried out the attack is its agent
    (
        "قتل سبعة مدنيين في تفجير انتحاري تبنته حركة الشباب.",
        [("SOM", "REB", "ASSAULT", None, False, "asserted")],
    ),
    # an air strike's nisba names the armed forces that carried it out
    (
        "وقتل ثمانية أشخاص جراء ضربة جوية روسية.",
        [("RUS", "MIL", "ASSAULT", None, False, "asserted")],
    ),
    # one member of a body by his rank (قيادي، قائد، أحد عناصر) killed: the body is the victim
    (
        "قتل قيادي ميداني بارز من حركة الشباب في هجوم شنه الجيش الكيني.",
        [("KEN", "MIL", "ASSAULT", "SOM", False, "asserted")],
    ),
    (
        "قتل أحد عناصر حركة حماس برصاص الجيش الإسرائيلي.",
        [("ISR", "MIL", "ASSAULT", "PSE", False, "asserted")],
    ),
    (
        "قتل قائد في تنظيم داعش في غارة شنتها الطائرات الأردنية.",
        [("JOR", "MIL", "ASSAULT", "ISIS", False, "asserted")],
    ),
    # ... and as the act's object, or brought by its own preposition
    (
        "اغتال مسلحون مجهولون قياديا بارزا في حركة فتح.",
        [(ANY, "REB", "ASSAULT", "PSE", False, "asserted")],
    ),
    (
        "شنت الطائرات الأردنية غارة على قيادي في تنظيم داعش.",
        [("JOR", "MIL", "ASSAULT", "ISIS", False, "asserted")],
    ),
    (
        "هاجم مسلحون قائدا في الجيش الحر قرب حلب.",
        [(ANY, "REB", "ASSAULT", "SYR", False, "asserted")],
    ),
    # the act's own على with "her" takes up the town named before it (السيطرة عليها)
    (
        "عادت العائلات إلى مدينة كوباني بعدما استعادت وحدات حماية الشعب السيطرة عليها.",
        [("SYR", "REB", "ASSAULT", "SYR", False, "asserted")],
    ),
    (
        "وتقع مدينة تدمر التي سيطر تنظيم داعش عليها في مايو على طريق دولي.",
        [(ANY, "REB", "ASSAULT", "SYR", False, "asserted")],
    ),
    (
        "وزار الوزير مدينة الرمادي بعد أن استعادت القوات العراقية السيطرة عليها.",
        [("IRQ", "MIL", "ASSAULT", "IRQ", False, "asserted")],
    ),
    # ... the definite rank too, named or not (القيادي في الحركة فلان)
    (
        "اغتال مسلحون مجهولون القيادي البارز في حركة فتح.",
        [(ANY, "REB", "ASSAULT", "PSE", False, "asserted")],
    ),
    (
        "اعتقلت القوات الإسرائيلية القيادي في حركة حماس جمال الطيبي.",
        [("ISR", "MIL", "COERCE", "PSE", False, "asserted")],
    ),
    (
        "شنت الطائرات الأردنية غارة على القيادي في تنظيم داعش.",
        [("JOR", "MIL", "ASSAULT", "ISIS", False, "asserted")],
    ),
    # the relative clause naming an attack's doer names its aim with the act's own
    # preposition, as the owner of the places hit
    (
        "تواصلت الغارات التي تشنها الطائرات الروسية ضد مواقع جبهة النصرة في إدلب.",
        [("RUS", "MIL", "ASSAULT", "SYR", False, "asserted")],
    ),
    (
        "تتواصل الهجمات التي يشنها الجيش الباكستاني على معاقل لحركة طالبان في وزيرستان.",
        [("PAK", "MIL", "ASSAULT", "TALIBAN", False, "asserted")],
    ),
]

# People acted on, named by a common noun: a title counted or indefinite, a young man,
# the accused; the victim of استشهد and of لقي مصرعه; the other side of a clash.
PEOPLE_ACTED_ON = [
    # a participle of holding with no object after it is passive: they are held
    (
        "وأفاد مصدر بأن الصيادين المصريين محتجزون في ميناء طرابلس.",
        [(None, None, "COERCE", "EGY", False, "asserted")],
    ),
    # a count between the subject and the object (أكثر من ألفي، 12 على الأقل من) takes
    # no place of the object's; nor do the adjectives after a subject named in quotes
    (
        "وقتلت حركة الشباب 12 على الأقل من أفراد الشرطة الكينية منذ مطلع الشهر.",
        [("SOM", "REB", "ASSAULT", "KEN", False, "asserted")],
    ),
    (
        "أعدم تنظيم «داعش» المتطرف أكثر من مئتي جندي سوري في تدمر.",
        [(ANY, "REB", "ASSAULT", "SYR", False, "asserted")],
    ),
    # a plural of people right after a singular act noun is whom it was done to, not
    # its adjective (an adjective agrees in number): مقتل مدنيين
    (
        "وأدى انفجار سيارة مفخخة في بغداد إلى مقتل مدنيين.",
        [(ANY, ANY, "ASSAULT", "IRQ", False, "asserted")],
    ),
    # a title counted by a number is that many people of its kind
    (
        "اعتقلت الشرطة التركية 14 ضابطا في أنقرة.",
        [("TUR", "COP", "COERCE", "TUR", False, "asserted")],
    ),
    # ... and in the dual
    (
        "أصيب جنديان أفغانيان في هجوم لحركة طالبان.",
        [(ANY, "REB", "ASSAULT", "AFG", False, "asserted")],
    ),
    (
        "قتلت قوات الاحتلال شابا فلسطينيا في الخليل.",
        [("ISR", "MIL", "ASSAULT", "PSE", False, "asserted")],
    ),
    (
        "ألقت الشرطة السعودية القبض على المتهم في جدة.",
        [("SAU", "COP", "COERCE", "SAU", False, "asserted")],
    ),
    # استشهد is said of the one killed; برصاص names who shot
    (
        "استشهد شاب فلسطيني برصاص قوات الاحتلال قرب نابلس.",
        [("ISR", "MIL", "ASSAULT", "PSE", False, "asserted")],
    ),
    # لقي X مصرعه: X met his death, in an attack by the genitive with لـ
    (
        "لقي ثلاثة جنود عراقيين مصرعهم في هجوم لتنظيم داعش.",
        [("ISIS", "REB", "ASSAULT", "IRQ", False, "asserted")],
    ),
    # killed in clashes with someone: by that someone
    (
        "قتل جندي سعودي في اشتباكات عنيفة مع ميليشيا الحوثي على الحدود.",
        [("YEM", "REB", "ASSAULT", "SAU", False, "asserted")],
    ),
    # hurt in clashes between two sides: by the side the victims are not of
    (
        "وقتل جندي سوري خلال معارك بين الجيش السوري ومقاتلي تنظيم داعش قرب تدمر.",
        [("ISIS", "REB", "ASSAULT", "SYR", False, "asserted")],
    ),
    (
        "أصيب شاب فلسطيني خلال مواجهات بين شبان من القرية وقوات الاحتلال قرب رام الله.",
        [("ISR", ANY, "ASSAULT", "PSE", False, "asserted")],
    ),
    # two bodies of one country, one of them a named rebel group, are the two sides of
    # بين; the dead named as one side were killed by the other
    (
        "وقتل ستة من الحوثيين في اشتباكات بين المقاومة الشعبية والحوثيين في الضالع.",
        [("YEM", "REB", "ASSAULT", "YEM", False, "asserted")],
    ),
    # a bare past form after a campaign noun is the verbal noun it is the campaign of
    # (حملة قصف), whose doer is the subject of the verb before it
    (
        "بدأت البحرية الأمريكية حملة قصف على مواقع المسلحين في الصومال.",
        [("USA", "MIL", "ASSAULT", "SOM", False, "asserted")],
    ),
    # the first side of بين described by a relative clause or an aside in brackets: the
    # other side is the next one joined by و past it
    (
        "ودارت معارك بين الجيش الذي يطوق البلدة منذ أيام ومقاتلي تنظيم داعش.",
        [("ISIS", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "واندلع قتال بين الشرطة التي تحرس الحدود (جنوب البلاد) والمهربين قرب المعبر.",
        [(None, "CRM", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "ودارت اشتباكات بين الجيش التونسي (اللواء الثالث) والمسلحين في جبل الشعانبي.",
        [("TUN", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # the dead of battles told in them (قتل فيها) or as what they resulted in: killed by
    # the armed side that fought them, when they are not of its side
    (
        "استعادت القوات الحكومية البلدة بعد معارك طويلة قتل فيها عدد من المتمردين.",
        [(None, "MIL", "ASSAULT", None, False, "asserted")],
    ),
    (
        "وأسفرت المعارك التي خاضتها قوات الجيش اليمني في المدينة عن مقتل 17 من مسلحي الحوثي.",
        [("YEM", "MIL", "ASSAULT", "YEM", False, "asserted")],
    ),
    # killed by an attack told right after them with ب, or a span of it: by its doer
    (
        "وقتل طفلان بقصف لقوات النظام السوري على حي الوعر.",
        [("SYR", "MIL", "ASSAULT", None, False, "asserted")],
    ),
    (
        "ذكرت الوكالة أن 50 مسلحا كرديا قتلوا وجرح 70 آخرون خلال أسبوع من الغارات الجوية"
        " التركية على مواقعهم في العراق.",
        [("TUR", "MIL", "ASSAULT", "TUR", False, "asserted")],
    ),
    # a subject after أن set off from its verb by a comma is still its subject (past
    # where its people come from, too)
    (
        "وأضاف أن مسلحا آخر، فجر عبوة ناسفة عند مدخل السوق.",
        [(None, "REB", "ASSAULT", None, False, "asserted")],
    ),
    (
        "وقال إن عشرين مستوطنا من مستوطنة قريبة، هاجموا المزارعين الفلسطينيين.",
        [("ISR", "CVL", "ASSAULT", "PSE", False, "asserted")],
    ),
    # a shelling "whose source" is a force (مصدره) is that force's
    (
        "وتعرضت القرية لقصف مدفعي مصدره قوات النظام السوري.",
        [("SYR", "MIL", "ASSAULT", None, False, "asserted")],
    ),
    # the genitive of a verbal noun named in quotes is its doer all the same
    (
        "وجاء ذلك بعد سيطرة «جبهة النصرة» على مدينة إدلب.",
        [("SYR", "REB", "ASSAULT", "SYR", False, "asserted")],
    ),
    # a title with no article before a preposition is someone of that kind: killed
    (
        "قتل جندي في انفجار لغم.",
        [(None, None, "ASSAULT", ANY, False, "asserted")],
    ),
    # a nisba on a verb's definite object names whose it is: the target
    (
        "رفضت مصر التصريحات الإيرانية.",
        [("EGY", "GOV", "REJECT", "IRN", False, "asserted")],
    ),
    (
        "انتقدت روسيا السياسة الأمريكية في المنطقة.",
        [("RUS", "GOV", "ACCUSE", "USA", False, "asserted")],
    ),
    # insisting on an act (إصرار) is a stance on it: the act itself is coded
    (
        "وجددت مصر إصرارها على رفض التدخل الإيراني.",
        [("EGY", "GOV", "REJECT", "IRN", False, "asserted")],
    ),
    # killed "by burning": the one killed, no object after him
    (
        "قتل رضيع فلسطيني حرقا في نابلس.",
        [(None, None, "ASSAULT", "PSE", False, "asserted")],
    ),
    # an act attributed to someone (نسبت إلى X), or undertaken by someone (قام به X)
    (
        "وقعت عملية انتحارية استهدفت مركزا للدرك ونسبت إلى متمردي حزب العمال الكردستاني.",
        [("TUR", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "أعلنت تركيا عن استهداف جديد قام به سلاح الجو التركي لمواقع داعش.",
        [("TUR", "MIL", "ASSAULT", "ISIS", False, "asserted")],
    ),
    # an attack's noun with لـ before its على: the لـ names the doer
    (
        "قتل عشرة مدنيين في قصف للتحالف على صعدة.",
        [("SAU", "MIL", "ASSAULT", "YEM", False, "asserted")],
    ),
    (
        "وقع هجوم لمسلحين على حاجز للجيش المصري في سيناء.",
        [(ANY, "REB", "ASSAULT", "EGY", False, "asserted")],
    ),
    # a past verb in سي is no future (سيطرت)
    (
        "سيطرت القوات العراقية على بلدة قرب تكريت بدعم من طيران التحالف.",
        [("USA", "MIL", "AID", "IRQ", False, "asserted")],
    ),
]

PROTESTS = [
    # an idea after an act aimed at people is what is asked or blamed, not whom
    (
        "ودعت الحكومة الكولومبية إلى وقف لإطلاق النار.",
        [("COL", "GOV", "REQUEST", None, False, "asserted")],
    ),
    (
        "وفتحت النيابة العامة التركية تحقيقا في أعمال العنف.",
        [("TUR", "JUD", "ACCUSE", None, False, "asserted")],
    ),
    # clashes "between" two sides: each side named there, civilians too, is a party
    (
        "واندلعت مواجهات بين شبان عراقيين وقوات الأمن قرب الجامعة.",
        [("IRQ", "CVL", "ASSAULT", ANY, False, "asserted")],
    ),
    # ... past whom the first side is of and a comma, to the second side's members
    (
        "واندلعت اشتباكات أمس بين مسلحين من تنظيم داعش، وعناصر من الجيش العراقي قرب الرمادي.",
        [("IRQ", "MIL", "ASSAULT", "ISIS", False, "asserted")],
    ),
    # farmers are people (a sound plural: مزارع is also "farms")
    (
        "وهاجم عشرات المستوطنين المزارعين الفلسطينيين قرب قريتهم.",
        [(ANY, ANY, "ASSAULT", "PSE", False, "asserted")],
    ),
    # a participle (حال) after the clause: the protesters demand of the government,
    # and their protest is against the one they make demands of
    (
        "واحتشد مئات المحتجين في ساحة المدينة مطالبين الحكومة التونسية بخفض الأسعار.",
        [
            (None, "CVL", "REQUEST", "TUN", False, "asserted"),
            (None, "CVL", "PROTEST", "TUN", False, "asserted"),
        ],
    ),
    # a protest with no named target is against the government where it happens,
    # and protesters with no country are that country's
    (
        "وتظاهر مئات العمال في العاصمة المغربية الرباط للمطالبة بزيادة الأجور.",
        [("MAR", "LAB", "PROTEST", "MAR", False, "asserted")],
    ),
    (
        "وشهدت عدة مدن عراقية احتجاجات على انقطاع الكهرباء.",
        [(None, None, "PROTEST", "IRQ", False, "asserted")],
    ),
    # a city is a place in its country: the protest there is against that government
    (
        "وتظاهر أكثر من ألف شخص في الإسكندرية احتجاجا على الغلاء.",
        [(ANY, ANY, "PROTEST", "EGY", False, "asserted")],
    ),
    # أعلام (flags) are carried; إعلام (the media) is not an actor here
    (
        "ورفع المحتجون أعلاما سورية وتجمعوا أمام مقر البرلمان.",
        [(None, "CVL", "PROTEST", ANY, False, "asserted")],
    ),
    # a march against a thing keeps the thing as its target
    (
        "وخرج الآلاف في مسيرة احتجاجية ضد الغلاء في عمان.",
        [(ANY, ANY, "PROTEST", ANY, False, "asserted")],
    ),
    # an embassy stands for its government
    (
        "وتظاهر عشرات الطلاب أمام السفارة الإيطالية في تونس.",
        [(ANY, "EDU", "PROTEST", "ITA", False, "asserted")],
    ),
    # طالب (student) before an actor is the verb "demanded"
    (
        "وطالب وزير الخارجية الأردني إسرائيل بوقف الاستيطان.",
        [("JOR", "GOV", "REQUEST", "ISR", False, "asserted")],
    ),
]

DIPLOMACY = [
    # a named person right after a titled subject (or after its post, لدى X) is that
    # subject named; the one met is the other state's party named past it
    (
        "التقى سفير خادم الحرمين الشريفين لدى اليابان أحمد بن علي العمري أمس رئيس الوزراء"
        " الياباني شينزو آبي.",
        [("SAU", "GOV", "CONSULT", "JPN", False, "asserted")],
    ),
    (
        "التقى وزير الخارجية اليمني نائب رئيس الوزراء عبدالملك المخلافي، اليوم في الرياض، وزير"
        " الدولة البريطاني لشؤون الشرق الأوسط.",
        [("YEM", "GOV", "CONSULT", "GBR", False, "asserted")],
    ),
    # words condemned in construct with titles, then a name: whose words they were (of
    # a name no table knows, the state its nisba names)
    (
        "واستنكر الأمين العام للجامعة العربية نبيل العربي بشدة أمس تصريحات عضو مجلس الشورى"
        " الإيراني حسين شيخ الإسلام.",
        [("IGO", "IGO", "ACCUSE", "IRN", False, "asserted")],
    ),
    # طلب takes the thing asked (here its pronoun) and من whom it is asked
    (
        "وقال الوزير إن المساعدة العسكرية التي تطلبها مصر من روسيا تشمل أنظمة دفاع جوي.",
        [("EGY", "GOV", "REQUEST", "RUS", False, "asserted")],
    ),
    # "the two sides" (الجانبان) of a meeting told before: each is the other's counterpart
    (
        "والتقى الرئيس المصري العاهل الأردني في عمان. وبحث الجانبان العلاقات الثنائية.",
        [("JOR", "GOV", "CONSULT", "EGY", False, "asserted")],
    ),
    # the rest of a name and a blessing after the host (بن عبدالعزيز آل سعود حفظه الله)
    # are no words of the clause: the guest after the place and the day is the object
    (
        "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود حفظه الله في قصر"
        " السلام بجدة أمس الرئيس المصري.",
        [("SAU", "GOV", "CONSULT", "EGY", False, "asserted")],
    ),
    # backing by an armed force (بدعم من طيران التحالف) is arms given (PLOVER AID), not
    # words
    (
        "واستعادت المقاومة الشعبية مدينة الضالع بدعم من طيران التحالف.",
        [(ANY, "MIL", "AID", ANY, False, "asserted")],
    ),
    # ... also after the conjunction (وبدعم من، وبمساندة من)
    (
        "وتواصل ألوية الجيش الوطني وبدعم من مقاتلات التحالف عملياتها ضد المتمردين في مأرب.",
        [("SAU", "MIL", "AID", ANY, False, "asserted")],
    ),
    # a vow of force is a threat, not a promise of cooperation
    (
        "وتعهد رئيس الوزراء التركي بمحاربة الجماعات الإرهابية كافة.",
        [("TUR", "GOV", "THREATEN", ANY, False, "asserted")],
    ),
    # ... and so is a vow of measures against someone (باتخاذ إجراءات ضد), past its subject
    (
        "ووعد رئيس الوزراء الباكستاني نواز شريف باتخاذ إجراءات صارمة ضد حركة طالبان.",
        [("PAK", "GOV", "THREATEN", ANY, False, "asserted")],
    ),
    # an armed group looting seizes goods (CAMEO 171), it neither riots nor takes ground
    (
        "ونهبت عناصر من حركة الشباب مقر الحكومة المحلية في مقديشو.",
        [(ANY, "REB", "COERCE", ANY, False, "asserted")],
    ),
    # ... not a vow of support against a foe
    (
        "وتعهد الرئيس الفرنسي بدعم الحكومة العراقية ضد الإرهاب.",
        [("FRA", "GOV", "AGREE", "IRQ", False, "asserted")],
    ),
    # the giver named after a definite aid noun's adjective (المقدمة من، القادمة من)
    (
        "ووصلت المساعدات المقدمة من الكويت إلى اليمن.",
        [("KWT", "GOV", "AID", "YEM", False, "asserted")],
    ),
    # a verbal noun of something sent, its sender with من right after it: دعوة من X إلى Y
    (
        "نقل السفير دعوة من الرئيس المصري إلى رئيس الوزراء الياباني لزيارة القاهرة.",
        [("EGY", "GOV", "CONSULT", "JPN", False, "asserted")],
    ),
    (
        "وسلم المبعوث رسالة من الرئيس الفرنسي، إلى العاهل المغربي.",
        [("FRA", "GOV", "CONSULT", "MAR", False, "asserted")],
    ),
    # بدعم من X: the support goes to the clause's doer (an armed force's is military aid)
    (
        "استعاد الجيش العراقي المدينة بدعم من القوات الأمريكية.",
        [("USA", "MIL", "AID", "IRQ", False, "asserted")],
    ),
    # with a pronoun on the noun, the pronoun is the doer and من the other side
    (
        "وتواصل موسكو اتصالاتها من القاهرة بشأن الأزمة.",
        [("RUS", "GOV", "CONSULT", "EGY", False, "asserted")],
    ),
    # a title and the name in apposition are one person
    (
        "بحث وزير الخارجية الكويتي الشيخ سالم الصباح مع نظيره التركي سبل تعزيز التعاون.",
        [("KWT", "GOV", "CONSULT", "TUR", False, "asserted")],
    ),
    # an accusative verbal noun after the subject: أجرى ... اتصالا هاتفيا مع
    (
        "وأجرى رئيس الوزراء الإسباني اتصالا هاتفيا مع العاهل المغربي.",
        [("ESP", "GOV", "CONSULT", "MAR", False, "asserted")],
    ),
    # a phrasal verb broken by its VSO subject: قطعت X علاقاتها مع Y
    (
        "وقطعت جيبوتي علاقاتها الدبلوماسية مع إريتريا.",
        [("DJI", "GOV", ANY, "ERI", False, "asserted")],
    ),
    # two coordinated subjects of a mutual act each act towards the other
    (
        "واتفقت تونس والجزائر على تعزيز التنسيق الأمني.",
        [
            ("TUN", "GOV", "AGREE", "DZA", False, "asserted"),
            ("DZA", "GOV", "AGREE", "TUN", False, "asserted"),
        ],
    ),
    # a threat names whom the threatened act would hit
    (
        "وهددت كوريا الشمالية بضرب القواعد الأمريكية في المنطقة.",
        [("PRK", "GOV", "THREATEN", "USA", False, "asserted")],
    ),
    # praise of "the Qatari efforts" is praise of Qatar
    (
        "وأشادت الجامعة العربية بالجهود القطرية في الوساطة.",
        [("ARL", "IGO", "SUPPORT", "QAT", False, "asserted")],
    ),
    # aircraft and artillery with a nisba are that country's armed forces
    (
        "وقصفت مقاتلات روسية مواقع للمعارضة السورية في إدلب.",
        [("RUS", "MIL", "ASSAULT", "SYR", False, "asserted")],
    ),
    # "the spokesman of X" speaks for X; a long VSO subject before إلى (call for)
    (
        "وقال المتحدث باسم وزارة الخارجية الصينية إن بكين تدعم الحوار.",
        [("CHN", "GOV", "SUPPORT", ANY, False, "asserted")],
    ),
    (
        "ودعا الأمين العام لجامعة الدول العربية أحمد أبو الغيط إلى ضبط النفس.",
        [("IGO", "IGO", "REQUEST", ANY, False, "asserted")],
    ),
    # an institution and the ambassador it summoned are two actors, not one person
    (
        "استدعت وزارة الخارجية القطرية السفير الإيراني لديها وسلمته مذكرة احتجاج.",
        [("QAT", "GOV", "ACCUSE", "IRN", False, "asserted")],
    ),
    # a future continuing auxiliary: ستواصل دعم
    (
        "وأكد البيان أن اليابان ستواصل دعم الفلبين.",
        [("JPN", "GOV", "SUPPORT", "PHL", False, "future")],
    ),
    # a mediator acts between the two parties
    (
        "وأبدت سويسرا استعدادها للوساطة بين أرمينيا وأذربيجان.",
        [
            ("CHE", "GOV", "CONSULT", "ARM", False, ANY),
            ("CHE", "GOV", "CONSULT", "AZE", False, ANY),
        ],
    ),
    # two coordinated subjects hold talks with each other
    (
        "وعقد الرئيس الكيني ونظيره التنزاني جلسة مباحثات في نيروبي.",
        [
            ("KEN", "GOV", "CONSULT", "TZA", False, "asserted"),
            ("TZA", "GOV", "CONSULT", "KEN", False, "asserted"),
        ],
    ),
    # حمّل X المسؤولية: holding responsible, with the subject inside the phrase
    (
        "وحملت الحكومة الصومالية حركة الشباب مسؤولية التفجير.",
        [("SOM", "GOV", "ACCUSE", "SOM", False, "asserted")],
    ),
    # أنها: the pronoun is the subject; the ambassador after the verb is its object
    (
        "وأعلنت الخارجية الجزائرية أنها استدعت السفير الفرنسي وسلمته مذكرة احتجاج.",
        [("DZA", "GOV", "ACCUSE", "FRA", False, "asserted")],
    ),
    # the trigger's preposition past a comma and a day name
    (
        "ناقش وزير الخارجية الأردني، الأحد، مع نظيره العماني الأوضاع في المنطقة.",
        [("JOR", "GOV", "CONSULT", "OMN", False, "asserted")],
    ),
    # an event noun and the one who made it: اتصال هاتفي أجراه X مع Y
    (
        "جاء ذلك خلال اتصال هاتفي أجراه الرئيس السنغالي مع نظيره الموريتاني.",
        [("SEN", "GOV", "CONSULT", "MRT", False, "asserted")],
    ),
    # a verbal noun, its agent, then its object with لـ
    (
        "وندد البرلمان الأوروبي باعتقال بيلاروسيا لصحفيين مستقلين.",
        [("BLR", None, "COERCE", ANY, False, "asserted")],
    ),
    # هنأ (congratulated) keeps its hamza apart from هنا (here)
    (
        "وهنأ العاهل الأردني الرئيس اللبناني بمناسبة انتخابه.",
        [("JOR", "GOV", "SUPPORT", "LBN", False, "asserted")],
    ),
    # receiving a call: the caller is the source
    (
        "وتلقت وزيرة الخارجية الأسترالية اتصالا من نظيرها الياباني.",
        [("JPN", "GOV", "CONSULT", "AUS", False, "asserted")],
    ),
    # "the two sides" pledging with no one else named pledge to each other
    (
        "واستقبل الملك الأردني الرئيس الفلسطيني في عمان، وتعهد الجانبان بمواصلة التنسيق.",
        [
            ("JOR", "GOV", "CONSULT", "PSE", False, "asserted"),
            ("JOR", "GOV", "AGREE", "PSE", False, "asserted"),
            ("PSE", "GOV", "AGREE", "JOR", False, "asserted"),
        ],
    ),
    # "the two sides" (nominative dual) right after the verb are its subject, whoever
    # stands before it
    (
        "وبناء على توجيه الملك الأردني وأخيه الرئيس الفلسطيني اتفق الجانبان على تشكيل لجنة.",
        [
            ("JOR", "GOV", "AGREE", "PSE", False, "asserted"),
            ("PSE", "GOV", "AGREE", "JOR", False, "asserted"),
        ],
    ),
    # دعا X لـ + an act (not a visit or a meeting) is a call on X, not an invitation
    (
        "ودعت الخارجية المصرية إسرائيل لوقف الاستيطان فورا.",
        [("EGY", "GOV", "REQUEST", "ISR", False, "asserted")],
    ),
    (
        "ووجه السفير الفلسطيني الدعوة لمجلس الأمن للتحرك العاجل.",
        [("PSE", "GOV", "REQUEST", ANY, False, "asserted")],
    ),
    (
        "ودعا الرئيس التونسي الأحزاب للمشاركة في الحوار الوطني.",
        [("TUN", "GOV", "CONSULT", ANY, False, "asserted")],
    ),
    # الدعوة إلى + the one invited, then what he is invited to: taking part is an
    # invitation, an act is a call
    (
        "ووجه الرئيس الجزائري الدعوة إلى قادة الدول العربية للمشاركة في القمة.",
        [("DZA", "GOV", "CONSULT", ANY, False, "asserted")],
    ),
    # a freeze lifted (رفعت X التجميد عن), past the subject and a time, is eased
    (
        "وقد رفعت الحكومة البريطانية الشهر الماضي التجميد عن أصول البنك المركزي الليبي.",
        [("GBR", "GOV", "CONCEDE", "LBY", False, "asserted")],
    ),
    # a threat made in a tape (شريطا يهدد فيه): the tape is where, its maker threatens
    (
        "وبث تنظيم داعش تسجيلا مصورا يهدد فيه بقتل الجنود الأتراك المحتجزين لديه.",
        [("ISIS", "REB", "THREATEN", "TUR", False, "asserted")],
    ),
    # ... past a comma after the one called on (الدعوة لمجلس الأمن، للتحرك)
    (
        "وجهت وزيرة الخارجية السويدية في كلمة ألقتها أمس الدعوة لمجلس الأمن، للتحرك من أجل"
        " حماية المدنيين.",
        [("SWE", "GOV", "REQUEST", "UNSC", False, "asserted")],
    ),
    # ... past a place of the one called on (القوات في المنطقة لـ): still the act called for
    (
        "ودعا الرئيس المصري قوات التحالف في المنطقة لضرورة تكثيف جهودها ضد الإرهاب.",
        [("EGY", "GOV", "REQUEST", ANY, False, "asserted")],
    ),
    (
        "ووجهت قطر دعوة إلى وزراء خارجية الدول الأفريقية لحضور المنتدى.",
        [("QAT", "GOV", "CONSULT", ANY, False, "asserted")],
    ),
    (
        "ووجه وزير الخارجية السعودي الدعوة إلى قادة الفصائل الفلسطينية لوقف القتال فورا.",
        [("SAU", "GOV", "REQUEST", "PSE", False, "asserted")],
    ),
    # ... but لـ + the one invited (a title) or a meeting (لقائه) is no act called for
    (
        "وسلم الرئيس المصري الدعوة لولي العهد السعودي خلال لقائه به.",
        [("EGY", "GOV", "CONSULT", "SAU", False, "asserted")],
    ),
    (
        "وسلم الرئيس المصري الدعوة لولي ولي العهد وزير الدفاع الأمير محمد بن سلمان.",
        [("EGY", "GOV", "CONSULT", "SAU", False, "asserted")],
    ),
    # backing a rebel or militia group is arms and money (AID); backing a state is words
    (
        "وكانت طهران قد دعمت المتمردين الحوثيين بالسلاح والتدريب.",
        [("IRN", "GOV", "AID", "YEM", False, "asserted")],
    ),
    (
        "وتواصل قوات التحالف دعم المقاومة الشعبية في تعز.",
        [("SAU", "MIL", "AID", "YEM", False, "asserted")],
    ),
    (
        "وأكد وزير الخارجية البريطاني دعم بلاده للتحالف العربي في اليمن.",
        [("GBR", "GOV", "SUPPORT", "SAU", False, "asserted")],
    ),
    # joint drills with another army are military cooperation
    (
        "وأجرى الجيش المصري مناورات عسكرية مشتركة مع القوات اليونانية.",
        [("EGY", "MIL", "COOPERATE", "GRC", False, "asserted")],
    ),
    # a relative clause: the head is its subject, or (with a resumptive pronoun) its object
    (
        "وانتقد الوزير الفصائل المسلحة التي تحاربها روسيا في سوريا.",
        [("RUS", None, "ASSAULT", "SYR", False, "asserted")],
    ),
    # دعا X أن + a verb, with no meeting or visit: a call, not an invitation
    (
        "ودعا وزير الخارجية الإيطالي الحكومة الليبية أن تتحمل مسؤولياتها كاملة.",
        [("ITA", "GOV", "REQUEST", "LBY", False, "asserted")],
    ),
    # a meeting "scheduled" (مقررا), a present verb dated by a weekday: still to come
    (
        "وانتقدت الحكومة العراقية اجتماعا مقررا بين وزير الخارجية القطري ونظيره الإيراني.",
        [("QAT", "GOV", "CONSULT", "IRN", False, "future")],
    ),
    (
        "ويلتقي وزير الخارجية الأمريكي في الرياض الأحد نظيره السعودي.",
        [("USA", "GOV", "CONSULT", "SAU", False, "future")],
    ),
    (
        "ويلتقي وزير الخارجية الأمريكي غدا في الدوحة نظيره القطري.",
        [("USA", "GOV", "CONSULT", "QAT", False, "future")],
    ),
]

ORGANISATIONS = [
    (
        "حذر الأمين العام للأمم المتحدة من تصعيد عسكري في السودان.",
        [("UNO", ANY, "THREATEN", ANY, False, "asserted")],
    ),
    # a union in the construct state before people of a trade is theirs, not its target
    (
        "وأدانت نقابة الصحفيين السودانيين قرار السلطات إغلاق صحيفتين.",
        [("SDN", "MED", "ACCUSE", ANY, False, "asserted")],
    ),
]


CONSTRUCT_AND_OWNERS = [
    # the relative clause naming an act's doer goes on past the days it was done, set
    # off by a comma, to the act's own preposition and the owner it brings
    (
        "وجاء الهجوم بعد الغارات التي شنتها الطائرات الروسية الخميس والجمعة، على معسكرات"
        " لتنظيم داعش قرب الرقة.",
        [("RUS", "MIL", "ASSAULT", "ISIS", False, "asserted")],
    ),
    # the subject of a relative clause of exposure (الذي تعرض له X) is what the act hit;
    # of a place, its owner
    (
        "واستنكر البرلمان العربي الهجوم المسلح الجبان الذي تعرض له مقر الشرطة المصرية في العريش.",
        [(None, None, "ASSAULT", "EGY", False, "asserted")],
    ),
    (
        "وأدانت الحكومة الأردنية التفجير الذي تعرضت له قافلة للجيش اللبناني قرب عرسال.",
        [(None, None, "ASSAULT", "LBN", False, "asserted")],
    ),
    # a verb of aiming after that relative clause tells whom the act aimed at
    (
        "فر المسلحون أثناء تعرضهم لقصف مدفعي نفذته قوات الجيش المصري، استهدف مواقع تنظيم"
        " أنصار بيت المقدس.",
        [("EGY", "MIL", "ASSAULT", "EGY", False, "asserted")],
    ),
    # a group noun in the construct state names the men or machines of its owner
    (
        "وقصفت طائرات النظام السوري بلدات في ريف حماة.",
        [("SYR", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "وهاجم مسلحو داعش قرية قرب الموصل.",
        [("ISIS", ANY, "ASSAULT", ANY, False, "asserted")],
    ),
    (
        "سيطر مقاتلو المعارضة السورية على تلة استراتيجية.",
        [("SYR", "OPP", "ASSAULT", ANY, False, "asserted")],  # occupying ground: CAMEO 192
    ),
    # the one who holds an attacked place is the target
    (
        "وقصفت قوات الجيش العراقي مناطق واقعة تحت سيطرة داعش.",
        [("IRQ", "MIL", "ASSAULT", "ISIS", False, "asserted")],
    ),
    (
        "وشنت الطائرات الأردنية غارات على قرية يسيطر عليها تنظيم داعش.",
        [("JOR", ANY, "ASSAULT", "ISIS", False, "asserted")],
    ),
    # a noun with a nationality adjective right after the verb is its subject
    (
        "أشادت منظمة الإغاثة البريطانية بالجهود الكبيرة للأردن.",
        [("GBR", ANY, "SUPPORT", "JOR", False, "asserted")],
    ),
    # the partner of the intended event is the target of expressing the intent
    (
        "وأعرب وزير الخارجية الكويتي عن استعداده للتعاون مع العراق.",
        [("KWT", "GOV", "AGREE", "IRQ", False, "asserted")],
    ),
    # a pronoun for two coordinated actors stands for both
    (
        "وأكدت تونس والجزائر أنهما اتفقتا على فتح المعابر.",
        [
            ("TUN", ANY, "AGREE", "DZA", False, "asserted"),
            ("DZA", ANY, "AGREE", "TUN", False, "asserted"),
        ],
    ),
    # clashes between two sides: the sides, not the official who tells of them
    (
        "وقال مسؤول يمني إن المواجهات بين مسلحي الحوثي والمقاومة الشعبية تجددت في تعز.",
        [("YEM", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    # names between slashes; the victims of مقتل, and no agent the text does not give
    (
        "وأعلنت القيادة العراقية عن مقتل عشرة من عناصر تنظيم /داعش/ بضربة جوية.",
        [(None, None, "ASSAULT", "ISIS", False, "asserted")],
    ),
    # a body named with its own genitive takes no second one
    (
        "ومنعت وزارة الداخلية العراقية المتظاهرين من حمل السلاح.",
        [("IRQ", "COP", "COERCE", ANY, False, "asserted")],
    ),
    # an address before a title does not hide the subject
    (
        "وأشاد جلالة الملك عبدالله الثاني بدعم المملكة العربية السعودية للأردن.",
        [("JOR", "GOV", "SUPPORT", "SAU", False, "asserted")],
    ),
    # the agent after على يد is the source, never the target
    (
        "وتتعرض مدينة حلب للقصف المستمر على يد قوات النظام السوري.",
        [("SYR", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # deaths told as the result of an attack: the attackers killed them
    (
        "وقصفت ميليشيات الحوثي أحياء سكنية في عدن مما أسفر عن مقتل عشرة مدنيين.",
        [("YEM", "REB", "ASSAULT", ANY, False, "asserted")],
    ),
    # a coalition is no one country: its leader's, when the text names it
    (
        "وشنت طائرات التحالف بقيادة السعودية غارات على مواقع الحوثيين في صنعاء.",
        [("SAU", "MIL", "ASSAULT", "YEM", False, "asserted")],  # the Houthis: YEM REB
    ),
    # a call for something is a request, an invitation is to a meeting
    (
        "وجدد وزير الخارجية السعودي الدعوة إلى وقف القتال في اليمن.",
        [("SAU", "GOV", "REQUEST", ANY, False, "asserted")],
    ),
    # a politician who "attacks" a rival criticises him
    (
        "وهاجم الرئيس الأمريكي باراك أوباما الجمهوريين في خطاب.",
        [("USA", "GOV", "ACCUSE", ANY, False, "asserted")],
    ),
    # a relative clause with its own subject tells that subject's act
    (
        "وانتقد الوزير الفصائل التي تحاربها القوات العراقية في الأنبار.",
        [("IRQ", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # given names before a known family name: the known person
    (
        "واستقبل الرئيس عبدالفتاح السيسي وزير الخارجية الفرنسي.",
        [("EGY", "GOV", "CONSULT", "FRA", False, "asserted")],
    ),
]


def test_a_threatened_act_is_only_kept_below_the_default_threshold():
    """The threatened strike has not happened: it is coded as conditional, with a
    confidence under the default threshold, so a default build leaves it out."""
    from kg.events import DEFAULT_MIN_CONFIDENCE, build_events
    from kg.lang import get_mentions, get_nlp, make_doc

    article = Article(id="t", text="وهددت كوريا الشمالية بضرب القواعد الأمريكية.", lang="ar")
    nlp = get_nlp("ar")
    mentions = get_mentions(nlp(make_doc(nlp, article.text)))
    everything = build_events(article, mentions, min_confidence=0.0)
    struck = [e for e in everything if e.action.plover == "ASSAULT"]
    assert struck and all(e.modality == "conditional" for e in struck)
    assert all(e.confidence < DEFAULT_MIN_CONFIDENCE for e in struck)
    assert not [e for e in events_of(article.text) if e.action.plover == "ASSAULT"]


# One word of another register (a hospital, a company) does not make a report of
# violence or a strike health or business news.
REGISTERS = [
    # a sermon speaks of killing in general; an attack it condemns by a named group stays
    (
        "وقال خطيب الجمعة إن تنظيم داعش استهدف المصلين في مسجد بالكويت، قال تعالى: ومن يقتل مؤمنا.",
        [("ISIS", "REB", "ASSAULT", "KWT", False, "asserted")],
    ),
    (
        "وأطلق مسلحون النار على دورية للشرطة العراقية ونقل جريحان إلى المستشفى.",
        [(None, "REB", "ASSAULT", "IRQ", False, "asserted")],
    ),
    (
        "ونفذ عمال الشركة الأردنية إضرابا عن العمل احتجاجا على تأخر الرواتب.",
        [("JOR", ANY, "PROTEST", ANY, False, "asserted")],
    ),
    # kinsmen killed by an army's air strike: war, not family crime
    (
        "وقصفت الطائرات السورية منزل القيادي في المعارضة وقتلت زوجته وأطفاله.",
        [("SYR", "MIL", "ASSAULT", ANY, False, "asserted")],
    ),
    # doctors killed in an armed attack on a hospital: violence, not health news
    (
        "مقتل ثلاثة أطباء أمريكيين في هجوم مسلح على مستشفى في جنوب صنعاء.",
        [(None, None, "ASSAULT", "USA", False, "asserted")],
    ),
    # "that it killed" names the killer, not the victims' count alone
    (
        "وأكد حلف شمال الأطلسي أنه قتل نحو 150 متمردا من طالبان.",
        [("NATO", ANY, "ASSAULT", ANY, False, "asserted")],
    ),
]


def test_the_dead_are_not_the_agents_of_how_they_died():
    """The bomb that killed the soldiers was not set off by them; the sources that tell
    of an arrest did not make it; قتل شخصان is "two were killed"."""
    for text in (
        "قتل أربعة من عناصر القوات المسلحة المصرية إثر انفجار عبوة ناسفة في سيناء.",
        "وأضافت مصادر أمنية فرنسية: اعتقل المهاجر في النفق.",
        "وتحدث سكان المدينة عن الوضع. وقتل شخصان آخران في هجمات بقنابل.",
    ):
        got = [as_tuple(e) for e in events_of(text)]
        assert not [g for g in got if g[0] in ("EGY", "FRA") or g[1] == "CVL"], (text, got)


def test_a_place_that_saw_an_act_is_not_its_agent():
    got = [as_tuple(e) for e in events_of("وشهدت الولايات المتحدة عددا من حوادث القتل الجماعي.")]
    assert not [g for g in got if g[0] == "USA"], got


def test_people_of_a_nationality_after_a_definite_noun_are_not_its_adjective():
    got = [as_tuple(e) for e in events_of("واعتقلت الشرطة أفغانيين في طهران.")]
    assert got and not [g for g in got if g[0] == "AFG"], got


def test_presentation_forms_read_as_letters():
    """Some sites still publish Arabic in presentation forms (ﻗﺼﻒ): the same words."""
    plain = [as_tuple(e) for e in events_of("وقصفت القوات السورية مواقع المتمردين.")]
    shaped = [as_tuple(e) for e in events_of("وقصفت ﺍﻟﻘﻮﺍﺕ ﺍﻟﺴﻮﺭﻳﺔ ﻣﻮﺍﻗﻊ ﺍﻟﻤﺘﻤﺮﺩﻳﻦ.")]
    assert plain and shaped == plain


def test_who_tells_of_an_explosion_did_not_set_it_off():
    got = [as_tuple(e) for e in events_of("وقال مسؤول تركي إن انفجارا وقع في بلدة سروج.")]
    assert got and not [g for g in got if g[0] == "TUR"], got


def test_counted_members_killed_are_victims():
    got = [as_tuple(e) for e in events_of("وأكد أن ستة من رجال الجيش والشرطة قتلوا في الهجوم.")]
    assert got and not [g for g in got if g[1] in ("MIL", "COP")], got


def test_victims_are_never_the_agents():
    """The counted dead are the victims (past على الأقل), and the wounded of a passive
    have no agent but one the sentence names."""
    text = "وأفادت مصادر أمنية عراقية بأن خمسة مدنيين على الأقل قتلوا وأصيب 11 بجروح."
    got = [as_tuple(e) for e in events_of(text)]
    assert got and not [g for g in got if g[1] == "CVL" or g[0] == "IRQ"], got


# Words that read as an event or an actor only in another sense.
OTHER_READINGS = [
    # drones named with no owner are of no state named (in Yemen, mostly American)
    (
        "صنعاء: حلقت طائرات التحالف فوق المدينة أمس. وقصفت الطائرات بدون طيار سيارة على"
        " الطريق الساحلي.",
        "YEM",
    ),
    # احتجاجا على (in protest at) fronted before its clause, or past a comma after an act:
    # the reason of that act, no protest of its own
    ("واحتجاجا على قرار الحكومة، أعلن عشرات النواب الأردنيين استقالتهم.", "PROTEST"),
    ("وقررت الكويت سحب سفيرها من طهران، احتجاجا على تصريحات المسؤولين الإيرانيين.", "PROTEST"),
    # death sentences (أحكام الإعدام) are rulings, no killing
    ("وشملت أحكام الإعدام ثلاثة من قادة المعارضة المصرية.", "ASSAULT"),
    # an attack on computers (هجمات إلكترونية) is no armed attack; a movement facing
    # defections (تواجه انشقاق قادتها) fights no one
    ("وتعرضت مواقع حكومية تركية لهجمات إلكترونية واسعة أمس.", "ASSAULT"),
    ("ومنذ مطلع العام تواجه حركة الشباب انشقاق عدد من قادتها.", "ASSAULT"),
    # صادق before a noun of feeling is "sincere" (صادق العزاء), no agreement ratified
    ("ونقل رئيس هيئة الأركان الفريق خالد الحربي صادق العزاء لأمير دولة الكويت.", "SUPPORT"),
    # refused (امتنع عن), past the refusers' names and a bracketed name: not done
    (
        "وامتنع وزير الدفاع الفرنسي (جان إيف لودريان) ونظيره الألماني عن مناقشة الخطة مع"
        " المسؤولين الروس.",
        "CONSULT",
    ),
    # لـ + a verbal noun past a comma after an act is its purpose, not done
    ("وقصفت الطائرات الروسية مواقع المعارضة في إدلب، لدعم تقدم القوات السورية.", "SUPPORT"),
    # the noun تهديد with no content told (بـ what) is a danger, not a threat made
    ("وتسعى الحكومة إلى التصدي لتهديد المتشددين في مصر.", "THREATEN"),
    ("وقال الوزير إن الجيش يعمل على إزالة تهديد داعش على الحدود مع العراق.", "THREATEN"),
    # a law or a plan passed (صادق على تعديل قانون، على خطة) is no agreement signed
    ("صادق البرلمان المغربي أمس في القراءة الثانية على تعديل قانون الصحافة.", "SUPPORT"),
    ("صادق الكنيست الإسرائيلي على قانون يشدد العقوبات على الأسرى الفلسطينيين.", "SUPPORT"),
    # إدارة alone is "running" (running events), not an administration
    ("وأكد المدير خبرة الشركة في استضافة وإدارة المعارض الدولية.", "GOV"),
    # a capital that names an agreement is not a party to it
    ("وقال الوزير إن تطبيق اتفاق فيينا سيجعل المنطقة أكثر أمنا.", "AUT"),
    # كيف is "how", not Kyiv
    ("وشرح المسؤول كيف تشارك الشركات في المعرض.", "UKR"),
    # أصل in من أصل is "out of", not "I arrive"
    ("وتسلمت القوات ثماني طائرات من أصل 12 طائرة.", "CONSULT"),
    # control as a state is not a seizure; سيطرة is a noun, not سيطر + ه
    ("وتقع المدينة تحت سيطرة المعارضة منذ عامين.", "COERCE"),
    # تعرض ل is "was exposed to", not an offer
    ("وتعرض مخيم اللاجئين لقصف عنيف أمس.", "AGREE"),
    # مدرب الفريق is the team's coach, not a lieutenant general
    ("وطالب مدرب الفريق البرتغالي لاعبيه بالتركيز في المباراة.", "MIL"),
    # الرئيس after a definite noun is "main"
    ("وأغلق المحتجون الشارع الرئيس في العاصمة.", "GOV"),
    # لم نعد is "no longer", not a promise
    ("وقال المحامي: «لم نعد نثق بالقضاء الفرنسي».", "AGREE"),
    # a present verb in a relative clause describes its head: no fight is reported
    ("ورفض الشيخ الفتوى بقتال الجماعات التي تقاتل قوات الحكومة العراقية.", "IRQ"),
    # another woman of the same family is not the foreign minister
    ("وقالت نهلة الجبير إن الحملة حققت أهدافها.", "SAU"),
    # بالضبط is "exactly"
    ("وحدد المسؤول بالضبط موعد افتتاح المعرض.", "COERCE"),
    # يجمع بين is "combines", not a rally
    ("وأوضح أن البرنامج الوطني يجمع بين التعليم والترفيه.", "PROTEST"),
    # a politician who "attacks" a rival does it with words
    ("وهاجم الرئيس الأمريكي باراك أوباما الجمهوريين في خطاب.", "ASSAULT"),
    # the place or the tool of an act is not the act
    ("وكشفت الشرطة مكان احتجاز الرهائن في ضواحي المدينة.", "ASSAULT"),
    ("وداهمت القوات ورشة لتفخيخ السيارات في الفلوجة.", "ASSAULT"),
    # a name after a title is no verb (فيصل is not ف + يصل)
    ("وتغير اسم المستشفى إلى مستشفى الملك فيصل التخصصي.", "CONSULT"),
    # البحرية after a definite noun is "by the sea", not the navy
    ("ويطل الفندق الجديد على الواجهة البحرية للمدينة.", "MIL"),
    # riots only feared did not happen
    ("ومنعت الشرطة حمل السلاح في الساحات تحسباً لحدوث أعمال شغب.", "PROTEST"),
    # a capital coordinated with a place is a place; a nationality after a city's name
    # describes the city
    ("وانفجرت سيارتان مفخختان في الموصل وبغداد.", "GOV"),
    ("والتقى الوزير نظيره في مدينة سانت بطرسبورج الروسية.", "RUS"),
    # مسيرته is his career; the wounded are not a wounding; a club's name is no event
    ("وعن مسيرته الدراسية يقول الطبيب إنه تخرج بمرتبة الشرف.", "PROTEST"),
    ("وأكد مدير المستشفى حاجة المستشفيات إلى الأدوية للجرحى.", "ASSAULT"),
    ("وتعادل الفريق الأول بنادي التعاون سلبيا مع ضيفه.", "COOPERATE"),
    # admitting one's links is no recognition
    ("واعتقلت الشرطة التركية ثلاثة رجال اعترفوا بارتباطهم بتنظيم داعش.", "SUPPORT"),
    # a newspaper named in quotes is not its capital's government
    ('وقالت وزارة الصحة في بيان زودت "الرياض" بنسخة منه إنها عالجت المصابين.', "GOV"),
    # يمن without the article is a verb ("may He grant"), not Yemen
    ("ودعا الشيخ أن يمن الله على المصابين في الحادث بالشفاء العاجل.", "YEM"),
    # نيابة عن is "on behalf of"; أمننا is "our security"; مشيرين is "pointing out"
    ("وقدم الوزير التعازي نيابة عن الملك لأسر الضحايا.", "JUD"),
    ("وأكد الوزير أن الضربات الاستباقية تحمي أمننا واستقرارنا.", "COP"),
    ("ورفع المتظاهرون مطالبهم مشيرين إلى تردي الخدمات في المدينة.", "MIL"),
    # أبعاد (dimensions) written with its hamza is not إبعاد (deportation)
    ("وشرح المحللون أبعاد القرار الأمريكي الجديد.", "COERCE"),
    # نصيب is a share, not "we hit", when nobody is speaking
    ("وكان للمملكة نصيب كبير من الجوائز في المعرض الدولي.", "ASSAULT"),
    # معارضة before a noun is "opposing", not the opposition
    ("وأعلن الحزب الحاكم في الأردن معارضة القرار.", "OPP"),
    # ة written ه is a pronoun: مظاهره is "its manifestations", not a demonstration
    ("وأكدت الهيئة رفضها لأوجه الفساد ومظاهره وأساليبه.", "PROTEST"),
    # الدعوة in a ministry's name is no invitation
    ("أعلنت وزارة الشؤون الإسلامية والدعوة والإرشاد تعيين الشيخ في المسجد.", "CONSULT"),
    # اليمن with blessings is good fortune, not Yemen (and hosting one's staff is no
    # meeting of political actors)
    (
        "واستقبل الأمير فيصل بن بندر موظفي الإمارة وتهنئتهم له بعيد الفطر "
        "داعين أن يعيده الله باليمن والبركات.",
        "YEM",
    ),
    # popular anger is a feeling, no protest
    ("وأثار القرار غضبا شعبيا واسعا في المدينة.", "PROTEST"),
    # a place named with its article is no place without it: فرقة (a unit) is no الرقة
    ("وحاصرت القوات الحكومية فرقة من المقاتلين.", "SYR"),
    # aiming at people is no attack with no arms, attack or armed force in the sentence
    ("وتستهدف الدورات التدريبية الشباب السعوديين في المنطقة.", "ASSAULT"),
    ("وقال إن العقوبات تستهدف أفرادا وشركات إيرانية.", "ASSAULT"),
    # a nisba adjective is not "my party"
    ("وأضاف خلال لقاء حزبي عقد في تونس أن الحكومة ماضية في الإصلاح.", "PTY"),
    # الاطلاع على (to read, اطّلع) is not أطلع X على (to brief someone)
    ("وقرر الرئيس المصري بعد الاطلاع على تقرير الحكومة إعفاء الوزير من منصبه.", "CONSULT"),
    # a threat posed or facing a place is a danger, no one threatening
    ("وقال الوزير البريطاني إن هناك تهديدا خطيرا لأمن الخليج.", "THREATEN"),
    ("أطلق الرئيس الفرنسي خطة لمواجهة التهديد الذي يشكله التصحر على الدول الأفريقية.", "THREATEN"),
    # support rallied is no force mobilised
    ("وقد خطط الرئيس الأمريكي لحشد التأييد لخطته في الكونغرس.", "MOBILIZE"),
    # a file closed is a case settled, nothing shut
    ("وبعد خمس سنوات تغلق الوكالة الدولية للطاقة الذرية ملف إيران.", "COERCE"),
    # an animal slaughtered is no killing
    ("وقالت جدة الرئيس الكيني إنها ستذبح خروفا احتفالا بقدومه.", "ASSAULT"),
    # ، ما دعا / ما شجع: what a thing led to, nobody asked
    ("وحضر الاجتماع مسؤولون من الحكومة الأردنية، ما دعا المعارضة الأردنية إلى مقاطعته.", "REQUEST"),
    ("وأعلنت الشرطة اعتقال المشتبه به، ما شجع الحكومة العراقية على رفع حظر التجول.", "REQUEST"),
    # مضرب المثل (a byword) is no striker
    ("وأصبحت المدينة مضرب المثل في النظافة.", "PROTEST"),
    # slaughterhouses (مجازر) near slaughtering tell no killer
    ("وتفقد الوزير مشروع المجازر الحديثة ووحدة التخلص من مخلفات عمليات الذبح.", "ASSAULT"),
    # a body or a sector named by a verbal noun (مجموعة الاتصال، قطاع الاتصالات)
    ("وخفف الرئيس الأمريكي الحظر على قطاع الاتصالات في كوبا.", "CONSULT"),
    ("وقال وزير الخارجية الروسي إن مجموعة الاتصال الدولية ستجتمع في برلين.", "CONSULT"),
    (
        "وتحدث مدير العلاقات الخارجية في وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد"
        " الشيخ سعد.",
        "CONSULT",
    ),
    # a sanction allowed eases nothing; insisting on going on asks nothing; control lost
    # is nothing seized
    ("وقال إن العملية التي بدأتها الأمم المتحدة سمحت بفرض العقوبات على إيران.", "CONCEDE"),
    ("وأصرت إيران على مواصلة تخصيب اليورانيوم.", "REQUEST"),
    ("وقالت المصادر إن قادة داعش قد فقدوا زمام السيطرة على عناصرهم.", "ASSAULT"),
    # a verbal noun with no article after a town or a title is a name (بلدة حوار، الدكتور
    # تحرير علي)
    ("وأفادت وكالة الأناضول التركية للأنباء أن الأهداف حددت حول بلدة حوار في سوريا.", "CONSULT"),
    ("وقال الوزير إن الدكتور تحرير علي من العراق شارك في المعرض.", "ASSAULT"),
    # a message with no one it is sent to is a mission (رسالة سلام)
    ("وقال الأمير إن المملكة العربية السعودية تحمل رسالة سلام.", "CONSULT"),
    # a final ة is no pronoun: وعدة is "and several", not وعده (his promise)
    ("وقال إن إيران تقاتل بعناصر من العراقيين وعدة مئات من الأفغان.", "AGREE"),
    # واجه with a hardship as its object faces it (a law, a difficulty): no foe confronted
    (
        "ويرى التقرير أن الشركات قد تخسر المهارات، وتواجه قانون الحماية المفرط للعمال المحليين.",
        "ASSAULT",
    ),
    # a word with tanween is no verb (سما قاتلاً: a deadly poison)
    ("ورفع أحد المحتجين لافتة كتب عليها أن الفساد صار سما قاتلاً للبلاد!", "ASSAULT"),
    # في مقتل is "in a vital spot"; an attack on a value is an offence against it
    ("وقال الكاتب إن نجاح القمة أصاب خصوم الوحدة العربية في مقتل، فارتبكوا.", "ASSAULT"),
    ("وقالت المنظمة إن حجب المواقع إهانة للمجتمع واعتداء على الحرية.", "ASSAULT"),
    # مسيرة with a work after it is a course of it (مسيرة إصلاح), no march
    (
        "وقال المحلل إن الرجل لا يستطيع أن يقود مسيرة إصلاح، بل ستشهد البلاد في عهده فوضى.",
        "PROTEST",
    ),
    # a striker before a proverb is a byword (مضرب مثل); attack paired with defence is play
    ("ونجاحات وزارة الداخلية أصبحت مضرب مثل يحتذى به.", "PROTEST"),
    ("وطبق اللاعبون نقل الهجمة من الدفاع إلى الهجوم في المران بحضور القائد محمد.", "ASSAULT"),
    # مكافحة الشغب is riot control (police, shields), no riot
    ("وكانت الشاحنات تقل رجال الشرطة حاملين عصيا طويلة ودروع مكافحة الشغب.", "PROTEST"),
    # fixed phrases of another sense, told by the neighbouring word: قتلاهم (their dead),
    # a rank occupied, rules of engagement, an example given, holding on to allies,
    # combining, crowds come to watch, a price paid, checkpoints
    ("ودفن المسلحون قتلاهم في مقبرة جماعية قرب القرية.", "ASSAULT"),
    (
        "ففي حين احتلت 40 جامعة يابانية و12 جامعة هندية مراكز متقدمة في القائمة، غابت"
        " الجامعات الأفريقية.",
        "COERCE",
    ),
    ("ومع احتلال بريطانيا 30% المرتبة الأولى كوجهة مفضلة للدراسة تلتها كندا.", "ASSAULT"),
    ("وقال المتحدث إن الجيش لا يكشف قواعد الاشتباك التي يتبعها جنوده.", "ASSAULT"),
    ("وأود أن أضرب مثلا بما جرى في الانتخابات الماضية.", "PROTEST"),
    ("وقال الوزير إن موسكو ستتمسك بحلفائها في دمشق مهما كلف الأمر.", "REQUEST"),
    ("وهي تجمع بين سنوات عملها في باريس ووزارة الخارجية.", "PROTEST"),
    ("واحتشد آلاف الزوار لمشاهدة عروض الألعاب النارية في الكورنيش.", "PROTEST"),
    ("وقال وزير الخارجية الفرنسي إن تونس دفعت ثمنا باهظا في مواجهة الإرهاب.", "SUPPORT"),
    ("وانتشرت كمائن أمنية للشرطة المصرية على مداخل مدينة العريش.", "ASSAULT"),
    # an attack of words: what the attacker said follows it, or tweets stand next to it
    ("وجدد اللواء هجومه، مساء الأحد، على حركة حماس، قائلا إنها تخدم أجندات خارجية.", "ASSAULT"),
    ("وشن السيناتور كوركر هجوما عنيفا عليه وشكك بنوايا طهران.", "ASSAULT"),
    ("وأطلق ناشطون وسما على تويتر، وشنوا هجوما على وزير الإعلام اللبناني.", "ASSAULT"),
    # an operation claimed, a strategy adopted; anonymity asked; an olive branch waved;
    # lawmakers rallied; preparing (أعد) for war, no promise (وعد)
    ("وتبنت حركة الشباب العملية في بيان نشرته على موقعها.", "AGREE"),
    ("وتبنت أنقرة استراتيجية جديدة في التعامل مع الأكراد.", "AGREE"),
    ("وقال مسؤولون فرنسيون اشترطوا عدم ذكر أسمائهم إن باريس ستشارك في الضربات.", "REQUEST"),
    ("ولوحت حكومة الرئيس التشادي بغصن الزيتون أمام معارضيها.", "THREATEN"),
    (
        "وسيركز نتنياهو جهوده على الضغط على الكونغرس، وحشد عدد كاف من النواب لرفض الاتفاق.",
        "MOBILIZE",
    ),
    ("وقال إن الحوثيين ظلوا يعدون كثيرا للحرب على تعز.", "AGREE"),
    # a campaign "aimed at" suspects in a sentence of arrests arrested them; an effect
    # (مما أجبر) is no coercion of anyone
    (
        "وأوقفت الشرطة الفرنسية 40 شخصا في إطار حملة استهدفت أفرادا يشتبه في انتمائهم إلى"
        " تنظيم القاعدة.",
        "ASSAULT",
    ),
    ("وتقدمت قوات الجيش نحو المدينة مما أجبر مسلحي حركة الشباب على الانسحاب منها.", "COERCE"),
    # thanks for condolences are a courtesy of mourning, no stance
    (
        "من جهته أعرب سعد بن محمد الدوسري والد الشهيد، عن شكره وتقديره لسمو الأمير محمد بن"
        " نايف على تعازيه ومواساته.",
        "SUPPORT",
    ),
    # figures of speech and other words: what befell them, to achieve (تحقيق + a noun),
    # a surprise sprung, a suspect object blown up, protests that swept the cities,
    # submitted to (دان لـ), considered (عدّ, its shadda written), a prison as a place, an
    # approval of a post past a prayer (- حفظه الله -)
    ("وقال إن ما أصابهم أصاب شعب الكويت كله.", "ASSAULT"),
    (
        "وظل المسؤولون في الوزارة يعدون الأهالي خيرا، وقد حان الوقت لتحقيق هذا الوعد في"
        " عهد الملك سلمان.",
        "ACCUSE",
    ),
    ("وتزامن ذلك مع مفاجأة كبيرة فجرها رئيس لجنة التحقيق البرلمانية في سقوط المدينة.", "ASSAULT"),
    ("وفجرت قوات الاحتلال جسما مشبوها في شارع الشهداء بمدينة نابلس.", "ASSAULT"),
    ("ورفع المحتجون لافتات في ساحات الاحتجاج التي اجتاحت عددا كبيرا من مدن لبنان.", "ASSAULT"),
    ("وتحالف شيوخ عسير مع آل خيرات، حيث دانت معظم تهامة اليمن للأميرين حتى ميناء المخا.", "ACCUSE"),
    ("وعدّ الأمين العام لمجلس التعاون الخليجي عبداللطيف الزياني نتائج القمة خطوة كبيرة.", "AGREE"),
    ("وأوضح أن شيخ الأزهر وجه الشكر لأنصاره أمام سجن طرة في القاهرة.", "COERCE"),
    (
        "علمت الصحيفة بصدور موافقة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود -"
        " حفظه الله - على تكليف خالد الأحمد بأعمال رئيس الهيئة.",
        "AGREE",
    ),
]


@pytest.mark.parametrize("text,absent", OTHER_READINGS)
def test_another_reading_gives_no_such_event(text, absent):
    """``absent`` is a PLOVER category, or a country or sector no actor may have."""
    got = [as_tuple(e) for e in events_of(text)]
    assert not [g for g in got if absent in (g[0], g[1], g[2], g[3])], got


# Who an actor is and which country it belongs to, from the words around it.
ACTOR_IDENTITY = [
    pytest.param(
        "وحلقت طائرات التحالف فوق مدينة تعز أمس. وقصفت الطائرات مواقع للحوثيين في صعدة.",
        [("SAU", "MIL", "ASSAULT", "YEM", False, "asserted")],
        id="bare-aircraft-are-the-air-body-named-before",
    ),
    pytest.param(
        "قصفت الطائرات الأمريكية مواقع للتنظيم في الموصل. وتقدم الجيش العراقي نحو"
        " المدينة. وقصفت المقاتلات جسرا في المدينة.",
        [("USA", "MIL", "ASSAULT", ANY, False, "asserted")],
        id="bare-jets-are-the-last-air-body-not-the-last-army",
    ),
    pytest.param(
        "وذكر الجيش التركي أن مسلحين أكرادا قتلوا أربعة من جنوده في كمين.",
        [("TUR", "REB", "ASSAULT", "TUR", False, "asserted")],
        id="armed-kurds-in-the-accusative-are-the-kurdish-group-of-where",
    ),
    pytest.param(
        "تبنى حزب العمال الكردستاني هجمات جديدة. وقتل جنديان تركيان في هجوم شنه حزب العمال.",
        [("TUR", "REB", "ASSAULT", "TUR", False, "asserted")],
        id="party-shortened-name-is-the-one-named-before",
    ),
    pytest.param(
        "انتقد حزب العمال البريطاني خطة الحكومة للتقشف.",
        [("GBR", "PTY", ANY, ANY, False, "asserted")],
        id="party-named-by-workers-is-a-party",
    ),
    pytest.param(
        "أصيب شاب برصاص مجهولين في مدينة رفح بمحافظة شمال سيناء.",
        [(None, None, "ASSAULT", "EGY", False, "asserted")],
        id="city-of-two-countries-in-the-one-its-sentence-names",
    ),
    pytest.param(
        "أعلنت الشرطة المصرية تعزيز الأمن في سيناء. وقتل مسلحون ثلاثة مدنيين في رفح.",
        [("EGY", "REB", "ASSAULT", "EGY", False, "asserted")],
        id="city-of-two-countries-in-the-one-its-article-names",
    ),
    pytest.param(
        "بغداد - واصلت القوات العراقية تقدمها في الأنبار. "
        "وانتقد مجلس الشيوخ خطة الإدارة الأمريكية في العراق.",
        [("USA", "LEG", "ACCUSE", ANY, False, "asserted")],
        id="senate-of-a-state-that-has-one",
    ),
    pytest.param(
        "الرياض - أدانت الكويت الهجوم على المسجد في الدمام. وندد رئيس مجلس الأمة بالهجوم الإرهابي.",
        [("KWT", "LEG", ANY, ANY, False, "asserted")],
        id="national-assembly-of-the-state-the-article-names",
    ),
    pytest.param(
        "وتظاهر مئات في العاصمة العراقية. وقتل شرطي تركي ومدني في هجوم نسب إلى المسلحين الأكراد.",
        [("TUR", "REB", "ASSAULT", "TUR", False, "asserted")],  # (armed Kurds in Turkey: PKK)
        id="people-attacked-with-a-state-police-not-of-an-earlier-place",
    ),
    pytest.param(
        "وأفادت التقارير بوقوع اشتباكات في سوريا. تركيا: اعتقال 20 شخصاً في مداهمات.",
        [("TUR", ANY, "COERCE", "TUR", False, "asserted")],
        id="people-held-by-a-state-not-of-an-earlier-place",
    ),
    pytest.param(
        "اتهم النظام السوري المعارضة بخرق الهدنة. وانتشر الجيش اللبناني على الحدود. "
        "وقصفت القوات النظامية بلدة مضايا بالبراميل المتفجرة.",
        [("SYR", "MIL", "ASSAULT", ANY, False, "asserted")],
        id="regular-forces-are-the-regime-s-not-the-last-army-named",
    ),
    pytest.param(
        "قتل مسلحون في بغداد 12 سائحا أجنبيا وشرطيا قرب المتحف.",
        [("IRQ", "REB", "ASSAULT", None, False, "asserted")],
        id="foreign-in-the-accusative-is-of-no-country-of-the-place",
    ),
    pytest.param(
        "وأرسلت كينيا قوات إلى الصومال. وقصفت طائرات أمريكية المقاتلين في حركة الشباب.",
        [("USA", "MIL", "ASSAULT", "SOM", False, "asserted")],
        id="fighters-in-a-group-are-the-group",
    ),
    pytest.param(
        "وكشفت التحقيقات صلات للخلية بمتشددين في العراق. "
        "وأفرجت السلطات الكويتية عن 20 شخصا من الموقوفين.",
        [("KWT", "GOV", ANY, "KWT", False, "asserted")],
        id="people-a-state-releases-are-of-that-state",
    ),
    pytest.param(
        "وتواصلت الغارات على ريف إدلب السوري. "
        "وقتل سبعة أشخاص في انفجار سيارة مفخخة في بلدة يوكسك أوفا التركية.",
        [(None, None, "ASSAULT", "TUR", False, "asserted")],
        id="people-hit-in-a-town-named-with-its-nationality-not-of-an-earlier-place",
    ),
    pytest.param(
        "استقبل الرئيس الأفغاني وفدا باكستانيا في كابول. "
        "وأصيب 14 شخصا بجروح في هجوم استهدف سوقا ببلدة تشامان الباكستانية.",
        [(None, None, "ASSAULT", "PAK", False, "asserted")],
        id="people-hit-in-a-town-after-bi-named-with-its-nationality",
    ),
    pytest.param(
        "وقالت الحكومة إن 11 شخصا قتلوا في تفجير في بلدة يايلا داغ التركية، "
        "قرب معبر حدودي في شمال سوريا.",
        [(None, None, "ASSAULT", "TUR", False, "asserted")],
        id="people-hit-in-a-town-named-with-its-nationality-the-first-place-said",
    ),
    pytest.param(
        "وتواصلت المعارك في ريف درعا السوري. وقتل مسلحون تسعة أشخاص في العاصمة بغداد أمس.",
        [("IRQ", "REB", "ASSAULT", "IRQ", False, "asserted")],
        id="people-hit-in-the-capital-named-after-its-place-noun",
    ),
    pytest.param(
        "ووصل وفد مصري إلى الخرطوم. وأصيب 20 شخصا في انفجار قنبلة بسوق في كابل.",
        [("EGY", "GOV", "CONSULT", "SDN", False, "asserted")]
        + [(None, None, "ASSAULT", "AFG", False, "asserted")],
        id="people-hit-in-kabul-spelled-without-waw",
    ),
    pytest.param(
        "وأعلنت الحكومة الأردنية إدانتها. وقتل المستوطنون المتطرفون شابا بالرصاص أمس.",
        [("ISR", "CVL", "ASSAULT", "PSE", False, "asserted")],
        id="people-settlers-hit-are-of-the-occupied-land",
    ),
    pytest.param(
        "وشارك مئات في تشييع الشاب الذي قتله المستوطنون أمس.",
        [("ISR", "CVL", "ASSAULT", "PSE", False, "asserted")],
        id="people-settlers-hit-in-a-relative-clause-are-of-the-occupied-land",
    ),
    pytest.param(
        "عمان - بحث الجانبان الأوضاع في اليمن، والجهود المبذولة استجابة لمناشدة "
        "الحكومة الشرعية لحماية المدن اليمنية.",
        [("YEM", "GOV", "REQUEST", ANY, False, "asserted")],
        id="legitimate-government-is-of-a-state-at-war-not-the-dateline-s",
    ),
]


@pytest.mark.parametrize("text,expected", ACTOR_IDENTITY)
def test_actor_identity(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    CONSTRUCT_AND_OWNERS
    + REGISTERS
    + VERB_SUBJECT_OBJECT
    + ATTRIBUTION_AND_FIRST_PERSON
    + COORDINATION
    + CLAUSE_STRUCTURE
    + VICTIMS_AND_AGENTS
    + PEOPLE_ACTED_ON
    + PROTESTS
    + DIPLOMACY
    + ORGANISATIONS
    + STILL_EVENTS,
)
def test_sentence_events(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", NEGATION + MODALITY)
def test_negation_and_modality(text, expected):
    """The pack's reading of negation and modality, below the threshold too (an act not
    done or only imagined is no event at the default threshold: kg/events.py)."""
    got = [as_tuple(e) for e in events_of(text, min_confidence=0)]
    for exp in expected:
        assert any(matches(exp, g) for g in got), f"{exp} not in {got}"


# A column (the writer's own "I", or questions and exclamations, outside quotations)
# argues about states and armies and reports nothing; a quoted "I" is news.
OPINION = [
    ("أرى أن إيران تدعم الميليشيات في المنطقة. وقد قتلت هذه الميليشيات الآلاف في سوريا.", 0),
    ("فهل تتوقف طهران؟ وهل يفهم العالم أن إيران تدعم الميليشيات في المنطقة؟", 0),
    ("وقال الوزير: «أرى أن إيران تدعم الميليشيات في المنطقة». وقصفت الطائرات مواقع الحوثيين.", 2),
    ("والتقى وزير الدفاع الأمريكي إريك كارتر نظيره السعودي في جدة.", 1),
    # the manner of a killing (ذبحا) after its verb is how it was done, no second act
    ("وقتلت جماعة بوكو حرام قبل أيام ذبحا عشرة من الصيادين التشاديين.", 1),
]


# ... and so does a long article that names no day (أمس، الثلاثاء), has no dateline, tells
# of no one saying anything in its lead and hardly quotes anyone: a column, an analysis.
_ARGUMENT = (
    "لا يختلف اثنان على أن المنطقة تمر بمرحلة صعبة من تاريخها الحديث، فالأزمات تتوالى "
    "والحلول تبتعد كلما اقتربت. والسياسة في جوهرها فن الممكن، غير أن الممكن يضيق حين "
    "تغيب الرؤية وتتقدم الحسابات الضيقة على المصالح الكبرى للشعوب. ومن يتأمل المشهد "
    "يدرك أن الحروب لا تصنع سلاما دائما، وأن القوة وحدها لا تبني دولة ولا تحمي حدودا. "
    "والتاريخ مليء بالدروس لمن أراد أن يتعلم، فالإمبراطوريات التي راهنت على السلاح "
    "سقطت، والأمم التي راهنت على التعليم والاقتصاد نهضت وتقدمت. "
)
_ACT = "وقد قصفت الطائرات الروسية مواقع المعارضة السورية في ريف حلب. "
_QUOTED = "ويقول الباحث إن الحل سياسي. "


def _column(lead: str = "", act: str = _ACT, between: str = "") -> str:
    return lead + (_ARGUMENT + between) * 3 + act + _ARGUMENT * 2


OPINION += [
    (_column(), 0),
    (_column(act="واعتقلت الشرطة التركية عشرات الصحفيين في أنقرة. "), 0),
    (_column(lead="دمشق - رويترز: "), 1),  # a dateline: a report
    (_column(act=_ACT.replace("قصفت", "قصفت أمس")), 1),  # a day: a report
    (_column(act=_ACT.replace("قصفت", "قصفت بالأمس")), 1),
    (_column(lead="قال الوزير إن الأزمة طويلة. "), 1),  # a lead telling who said it
    # (a text with no full stops has no lead: a view it tells later does not make a report)
    (_ARGUMENT.replace(". ", "، ") * 2 + "ويرى كثيرون أن الحل بعيد، " + _column(), 0),
    (_column(between=_QUOTED * 2), 1),  # quoting as reports do
    (_ARGUMENT + _ACT, 1),  # a brief
]


@pytest.mark.parametrize("text,n", OPINION)
def test_a_column_reports_no_event(text, n):
    assert len(events_of(text)) == n, [(e.action.plover, e.meta) for e in events_of(text)]


def test_no_asserted_event_from_a_condition():
    text = "إذا هاجمت إيران السفن فإن الولايات المتحدة سترد بقوة."
    got = [as_tuple(e) for e in events_of(text, min_confidence=0)]
    assert got and all(g[5] == "conditional" for g in got if g[2] == "ASSAULT")


def test_attribution_names_the_speaker():
    text = "أعلن البيت الأبيض أن واشنطن ستدعم الحكومة العراقية."
    ev = next(e for e in events_of(text) if e.action.plover == "SUPPORT")
    assert ev.attributed_to is not None and ev.attributed_to.text == "البيت الأبيض"


def test_person_behind_a_title_and_a_counterpart():
    text = (
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأردني أيمن الصفدي في موسكو.\n"
        "وقال الوزير إن روسيا تدعم الحوار."
    )
    evs = events_of(text)
    meet = next(e for e in evs if e.action.plover == "CONSULT")
    assert meet.source.id == "person/sergey-lavrov" and meet.source.country == "RUS"
    assert (
        meet.target.type == "person"
        and meet.target.country == "JOR"
        and meet.target.sector == "GOV"
    )
    support = next(e for e in evs if e.action.plover == "SUPPORT")
    assert support.attributed_to.id == "person/sergey-lavrov"  # الوزير refers back


def test_event_offsets_point_at_the_original_sentence():
    text = "عنوان الخبر\n\nأدانت مصرُ الهجومَ على السفارة. ورحبت قطر بالاتفاق."
    events = events_of(text)
    assert {e.action.plover for e in events if e.source} >= {"ACCUSE", "SUPPORT"}
    for e in events:
        assert text[e.sentence_start : e.sentence_end] == e.sentence
        # the surface text, diacritics kept (the condemned attack has no named agent)
        assert e.source is None or e.source.text in e.sentence


@pytest.mark.parametrize(
    "raw,norm",
    [
        ("أَكَّدَ", "اكد"),  # harakat, hamza on alef
        ("إيـــران", "ايران"),  # tatweel, hamza under alef
        ("الجامعة", "الجامعه"),  # ta marbuta
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("٢٠١٥", "2015"),  # Arabic-Indic digits
        ("مسؤول", "مسوول"),
    ],
)
def test_normalize(raw, norm):
    assert normalize(raw) == norm


def test_offsets_survive_case_folding_that_grows():
    text = "İzmir وتركيا"
    norm, offsets = normalize_with_offsets(text)
    assert len(offsets) == len(norm) + 1
    assert text[offsets[norm.index("و")]] == "و"


def test_normalize_keeps_offsets():
    text = "قالَ الوزيـرُ"
    norm, offsets = normalize_with_offsets(text)
    assert norm == "قال الوزير"
    for i, ch in enumerate(norm):
        assert normalize(text[offsets[i]]) == ch


@pytest.mark.parametrize(
    "word,stem",
    [
        ("وبموسكو", "موسكو"),
        ("للمعارضة", "معارضه"),
        ("اتصالاتها", "اتصال"),
        ("والروسية", "روسي"),
        ("الأمريكيين", "امريكي"),
        ("روسيا", "روسيا"),  # looked up whole first
    ],
)
def test_noun_stems(word, stem):
    assert stem in [a.stem for a in noun_stems(normalize(word))]


def test_whole_word_first():
    # مصر is read as it stands before any stripping
    assert noun_stems(normalize("مصر"))[0].stem == "مصر"
    assert verb_stems(normalize("وستدعم"))[1].stem in ("تدعم", "ستدعم")


@pytest.mark.parametrize(
    "text", ["", "   ", "123 456", "<img src=x onerror=alert(1)>", "\u200f\u200e؟؟"]
)
def test_odd_input_gives_no_error(text):
    assert isinstance(events_of(text), list)


@pytest.mark.skipif(not SHARED.exists(), reason="../shared not found")
def test_seed_article_f1_floor(tmp_path):
    gold = SHARED / "bench" / "ar" / "seed_rt_lavrov.gold.jsonl"
    doc = json.loads(gold.read_text(encoding="utf-8").splitlines()[0])
    events = events_of_doc(doc)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in events))
    out = subprocess.run(
        [sys.executable, str(SHARED / "bench" / "score.py"), str(gold), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    strict = json.loads(out)["strict"]
    assert strict["f1"] >= 0.85, strict  # issue 3 target


def events_of_doc(doc):
    art = Article(id=doc["doc_id"], text=doc["text"], lang=doc["lang"], date=doc.get("date"))
    events, _ = extract_article(art)
    return events


@pytest.mark.skipif(not SHARED.exists(), reason="../shared not found")
def test_afp_protest_assault_lenient_recall_floor(tmp_path):
    gold = SHARED / "bench" / "ar" / "up_gsr_dev.jsonl"
    docs = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    pred = tmp_path / "pred.jsonl"
    with pred.open("w") as fh:
        for doc in docs:
            for e in events_of_doc(doc):
                fh.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    out = subprocess.run(
        [sys.executable, str(SHARED / "bench" / "score.py"), str(gold), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert json.loads(out)["lenient"]["recall"] >= 0.75  # issue 3 target: 0.70


# The object of an attack, arrest or seizure is often a thing, a place or people that
# belong to someone: its owner (a genitive, تابعة ل + actor) or the body the people
# belong to (ينتمون إلى X) is the target. (plover, target code, target sector)
OWNED_TARGETS = [
    # what an anti- weapon is against (مضادات الطيران) is no actor: the places shelled are
    ("وقصف المسلحون القرى المجاورة بمضادات الطيران في محافظة إب.", ("ASSAULT", "YEM", "CVL")),
    # a name in quotes after the act's preposition
    ("وتواصلت الغارات الروسية على «جبهة النصرة» قرب إدلب.", ("ASSAULT", "SYR", ANY)),
    # the owner (with ل) of what an act against (ضد) hit
    (
        "وتصاعدت هجمات الجيش الباكستاني ضد مواقع لحركة طالبان في وزيرستان.",
        ("ASSAULT", "TALIBAN", ANY),
    ),
    # after a verbal noun and its doer, the owner with ل of a longer object with ل
    (
        "وندد البيان بقصف الطائرات الإسرائيلية لثلاثة منازل سكنية وورشة لحركة حماس في غزة.",
        ("ASSAULT", "PSE", ANY),
    ),
    ("قصفت طائرات التحالف مواقع الحوثيين في محافظة صعدة.", ("ASSAULT", "YEM", "REB")),
    ("هاجم مسلحو المعارضة آليات تابعة لقوات النظام السوري قرب حلب.", ("ASSAULT", "SYR", "MIL")),
    ("دمرت القوات العراقية عربات تابعة لتنظيم داعش.", ("ASSAULT", "ISIS", ANY)),
    ("داهمت قوات الأمن مقرا تابعا لحزب الله في بيروت.", (ANY, "LBN", ANY)),
    ("أطلق مسلحون النار على دورية الأمن العام في مدينة الدمام.", ("ASSAULT", ANY, "COP")),
    ("استهدفت الطائرات الأمريكية مسلحي تنظيم داعش قرب الموصل.", ("ASSAULT", "ISIS", ANY)),
    ("اعتقلت قوات الأمن عشرة مواطنين يمنيين في جدة.", ("COERCE", "YEM", "CVL")),
    (
        "ألقت الشرطة القبض على ثلاثة أشخاص يشتبه في انتمائهم إلى تنظيم داعش.",
        ("COERCE", "ISIS", ANY),
    ),
    ("اعتقلت الشرطة خمسة أشخاص ينتمون إلى حزب العمال الكردستاني.", ("COERCE", "TUR", "REB")),
    ("اعتقلت قوات الأمن عددا من المنتمين إلى جماعة الإخوان المسلمين.", ("COERCE", ANY, ANY)),
    ("اعتقلت الشرطة التركية عناصر في تنظيم داعش.", ("COERCE", "ISIS", ANY)),
    # the regime's forces are the regime's country, not that of the last army named
    (
        "قصف النظام السوري بلدات في ريف دمشق. وقال الجيش الأميركي إن طائراته قصفت "
        "مواقع لتنظيم داعش. وهاجم مسلحو المعارضة سيارتين لقوات النظام.",
        ("ASSAULT", "SYR", "MIL"),
    ),
    # each place attacked, with و + the preposition again, is its holder's
    (
        "شنت الطائرات الحربية غارات على بلدة تسيطر عليها المعارضة في ريف إدلب، وعلى قرية "
        "يسيطر عليها تنظيم داعش في ريف حماة.",
        ("ASSAULT", "ISIS", ANY),
    ),
    # civilians with no nationality: of the place, else of the rebels who hit them
    ("قصف المسلحون منازل المدنيين في حلب.", ("ASSAULT", "SYR", "CVL")),
    ("قصفت قوات النظام السوري بيوت المواطنين في مدينة حمص.", ("ASSAULT", "SYR", "CVL")),
    ("قصفت مليشيا الحوثي منازل المواطنين في منطقة دار سعد.", ("ASSAULT", "YEM", "CVL")),
    ("اعتقلت قوات الأمن عشرات المواطنين في القاهرة.", ("COERCE", "EGY", "CVL")),
    # the natives of a place taken are its country's civilians
    ("اعتقلت قوات الأمن عشرات من أبناء محافظة الأنبار.", ("COERCE", "IRQ", "CVL")),
    ("اختطف مسلحون أكثر من مائة من أبناء مدينة الرقة.", ("ASSAULT", "SYR", "CVL")),
    # the owner with لـ of an object of several nouns and adjectives
    ("قصفت المدفعية التركية مخزنين كبيرين وورشة صيانة لمقاتلي داعش.", ("ASSAULT", "ISIS", ANY)),
    ("دمرت المروحيات عربات مدرعة وشاحنات محملة لعناصر حركة الشباب.", ("ASSAULT", "SOM", ANY)),
    (
        "قصفت الطائرات الأردنية بالصواريخ مخزنين كبيرين ونقطة حراسة لعناصر «داعش».",
        (ANY, "ISIS", ANY),
    ),
    # سيطر takes its object only with على: سيطرتها is the verbal noun with its owner
    ("أحكمت قوات الجيش سيطرتها على مواقع الحوثيين في المحافظة.", ("ASSAULT", "YEM", "REB")),
    ("بسط المقاتلون سيطرته على معسكرات لتنظيم داعش.", ("ASSAULT", "ISIS", ANY)),
    # a holy site named is a place of its country's civilians
    ("اقتحمت الشرطة الإسرائيلية المسجد الأقصى صباح اليوم.", (ANY, "PSE", "CVL")),
    ("اقتحمت قوات الاحتلال المسجد الإبراهيمي فجر اليوم.", ("ASSAULT", "PSE", "CVL")),
    # a nationality on the place hit names whose forces or civilians were hit
    ("هاجم مسلحون قاعدة عسكرية أمريكية في ولاية قندهار.", ("ASSAULT", "USA", "MIL")),
    ("نصب مقاتلون كمينا لدورية عسكرية مصرية في سيناء.", ("ASSAULT", "EGY", "MIL")),
    ("قصفت الطائرات مدرسة عراقية قرب الفلوجة.", ("ASSAULT", "IRQ", "CVL")),
    (
        "أوقفت الشرطة 40 شخصا في إطار حملة استهدفت أفرادا يشتبه في انتمائهم إلى "
        "تنظيم داعش وحزب العمال الكردستاني.",
        ("COERCE", "TUR", "REB"),
    ),
]


@pytest.mark.parametrize("text,expected", OWNED_TARGETS, ids=[t[:40] for t, _ in OWNED_TARGETS])
def test_owner_of_the_object_is_the_target(text, expected):
    got = [
        (e.action.plover, code(e.target), e.target.sector)
        for e in events_of(text)
        if e.target is not None
    ]
    assert any(matches(expected, g) for g in got), f"{expected} not in {got}"


# A place the object is in is where, not whom; members somewhere are not that place's.
NOT_OWNERS = [
    ("اعتقلت الشرطة عناصر في صنعاء.", "YEM"),
    ("حملة استهدفت أفرادا يشتبه في انتمائهم إلى تنظيم داعش.", "ISIS"),
    # a foreign force's victims are not of its own country
    ("قصفت الطائرات الإسرائيلية منازل المواطنين.", "ISR"),
    # where the conference whose resolutions were approved was held is no party to them
    ("قررت الحكومة المصرية الموافقة على قرارات المؤتمر الدولي المنعقد في الدوحة بدولة قطر.", "QAT"),
]


@pytest.mark.parametrize("text,absent", NOT_OWNERS, ids=[t[:40] for t, _ in NOT_OWNERS])
def test_place_of_the_object_is_not_the_target(text, absent):
    assert all(e.target is None or code(e.target) != absent for e in events_of(text))


# Whom support or solidarity stands against (في مواجهة، ضد) is the foe, not the one
# supported.
FOES_NOT_SUPPORTED = [
    ("وأكدت الحكومة السودانية تضامنها الكامل في مواجهة المتمردين الحوثيين.", "YEM"),
    ("وجددت الحكومة السودانية دعمها الكامل في مواجهة المتمردين الحوثيين.", "YEM"),
]


@pytest.mark.parametrize("text,foe", FOES_NOT_SUPPORTED)
def test_the_foe_is_not_the_one_supported(text, foe):
    assert all(e.target is None or code(e.target) != foe for e in events_of(text))


# An object pronoun does not stand for a title named before the verb in its own clause
# (the title and the name after it are its subject).
TITLE_NOT_THE_OBJECT = [
    ("وكان السفير القطري في ماليزيا خالد المري قد استقبلهم في مكتبه.", "QAT"),
]


@pytest.mark.parametrize("text,country", TITLE_NOT_THE_OBJECT)
def test_a_title_of_the_subject_is_not_the_object(text, country):
    assert all(e.target is None or code(e.target) != country for e in events_of(text))


# A place where civilians live, pray or shop, hit in a city named after it: that
# country's civilians are the target (the government there is not).
CIVILIANS_HIT = [
    ("هاجم مسلحون منازل في صنعاء.", "YEM"),
    ("قصفت الميليشيات الأحياء السكنية في مدينة تعز.", "YEM"),
    ("فجر انتحاري نفسه في مسجد بالقطيف.", "SAU"),
    ("قصفت طائرات النظام سوقا شعبية في مدينة حلب.", "SYR"),
    # what is described as residential is where civilians live
    ("قصف المسلحون مناطق سكنية في مدينة الموصل.", "IRQ"),
    ("قصفت الطائرات مجمعا سكنيا في مدينة تعز.", "YEM"),
    # a house of worship with no city in its sentence: of the country the article is in
    ("المنامة - خاص\nوأدان الوزير التفجير الإرهابي في مسجد النور أمس.", "BHR"),
    ("وقعت اشتباكات في مدينة حمص. وفجر انتحاري نفسه داخل كنيسة السيدة.", "SYR"),
]


@pytest.mark.parametrize("text,country", CIVILIANS_HIT, ids=[t[:40] for t, _ in CIVILIANS_HIT])
def test_an_attack_on_a_civilian_place_hits_the_civilians_there(text, country):
    hit = [e.target for e in events_of(text) if e.action.plover == "ASSAULT" and e.target]
    assert any(t.country == country and t.sector == "CVL" for t in hit), hit
    assert not any(t.country == country and t.sector == "GOV" for t in hit), hit


# A bombing told by where it struck, whose dead the sentence names as forces or police:
# those forces were hit (country, sector of the target).
FORCES_AMONG_THE_DEAD = [
    (
        "وأدى التفجير الذي استهدف مسجدا في مدينة الطائف إلى استشهاد عدد من رجال الشرطة.",
        ("SAU", "COP"),
    ),
    (
        "قتل ثلاثة جنود في انفجار عبوة ناسفة بمحافظة ديالى، وأعلنت الشرطة مقتل الجنود.",
        ("IRQ", "MIL"),
    ),
    # an attack told by where it struck that led to the death of a named side hit that
    # side, not the province (أدت غارة في محافظة X إلى مقتل عناصر من Y)
    (
        "أدت ضربة شنتها طائرة أمريكية في ولاية هلمند إلى مقتل خمسة من عناصر حركة طالبان.",
        ("IMG", "REB"),
    ),
    (
        "أدت غارة شنتها طائرة أمريكية في محافظة البيضاء إلى مقتل أربعة من عناصر تنظيم القاعدة.",
        ("IMG", "REB"),
    ),
]


@pytest.mark.parametrize("text,expected", FORCES_AMONG_THE_DEAD)
def test_forces_among_the_dead_are_what_a_bombing_hit(text, expected):
    hit = [e.target for e in events_of(text) if e.action.plover == "ASSAULT" and e.target]
    assert hit and all((t.country, t.sector) == expected for t in hit), hit


def test_the_house_of_worship_again_is_the_site_named_before():
    """اقتحموا المسجد الأقصى وهاجموا من في المسجد: المسجد is the site just named."""
    text = "دخلت الشرطة المسجد الأقصى ظهرا ثم هاجمت الموجودين داخل المسجد."
    hit = [e.target for e in events_of(text) if e.action.text == "هاجمت"]
    assert hit and all(t and t.country == "PSE" and t.sector == "CVL" for t in hit), hit


def test_he_after_a_feminine_verb_of_saying_is_not_its_speaker():
    """أشارت الشرطة إلى أنه فجر نفسه: the police say it; "he" blew himself up."""
    text = "وأشارت الشرطة الكويتية إلى أنه فجر نفسه في مسجد بالعاصمة الكويتية."
    got = [as_tuple(e) for e in events_of(text, min_confidence=0)]
    assert not [g for g in got if g[0] == "KWT" and g[2] == "ASSAULT"], got


# The one a doer named after the act is loyal to (الجيش التابع للحكومة) owns the doer,
# it holds nothing the act hit.
DOERS_OWNERS = [
    ("قصف الجيش التابع للحكومة المؤقتة قاربا قرب مدينة درنة.", "GOV"),
    ("قصفت المدفعية التابعة للنظام زورقا في البحيرة.", "GOV"),
]


@pytest.mark.parametrize("text,owner", DOERS_OWNERS)
def test_the_owner_of_the_doer_is_not_the_target(text, owner):
    got = [(e.action.plover, e.target.sector) for e in events_of(text) if e.target is not None]
    assert ("ASSAULT", owner) not in got, got


# What is agreed on or concluded (اتفاقية، تفاهم، صفقة) is made with a partner after مع:
# the partner is the target, not the pact.
AGREED_WITH = [
    ("وافق البرلمان الكويتي على اتفاقية مع الحكومة الفرنسية لتبادل المعلومات.", "FRA"),
    ("وافقت الحكومة اليابانية رسميا على تفاهم مع الهند يشمل التعاون البحري.", "IND"),
]


@pytest.mark.parametrize("text,partner", AGREED_WITH)
def test_the_partner_of_what_is_agreed_is_the_target(text, partner):
    got = [(e.action.plover, code(e.target)) for e in events_of(text) if e.target is not None]
    assert ("AGREE", partner) in got, got


# بين A الموالي لـX و B من جهة، و C من جهة أخرى: whom A is loyal to and B are of A's
# side; A fights C, not its ally B.
SIDES_PAST_LOYALTY = [
    "تدور معارك عنيفة بين الجيش الموالي للحكومة وقوات العشائر من جهة، ومسلحي حركة الشباب"
    " من جهة أخرى.",
    "اندلعت مواجهات بين الشرطة الموالية للحاكم وقوات الدفاع الشعبي من جهة، ومسلحي بوكو"
    " حرام من جهة أخرى.",
]


@pytest.mark.parametrize("text", SIDES_PAST_LOYALTY)
def test_allies_of_one_side_do_not_fight_each_other(text):
    got = [(e.source.sector, e.target.sector) for e in events_of(text) if e.source and e.target]
    assert got and all("REB" in pair for pair in got), got


# A place hit with a possessive pronoun (مقرها، مواقعه) is the place of the one named
# before the act whom the pronoun agrees with: that one is the target.
PLACE_OWNER_BEFORE = [
    ("قالت حركة الشباب إن طائرات أمريكية قصفت معسكرها في جنوب الصومال.", "SOM", "REB"),
    ("أعلن الحزب الديمقراطي الكردستاني أن مدفعية إيرانية قصفت مواقعه شرق أربيل.", ANY, "PTY"),
    ("قالت الشرطة إن مسلحين هاجموا مقرها في حي الأمل.", ANY, "COP"),
]


@pytest.mark.parametrize("text,country,sector", PLACE_OWNER_BEFORE)
def test_the_owner_named_before_a_place_hit_is_the_target(text, country, sector):
    got = [(code(e.target), e.target.sector) for e in events_of(text) if e.target is not None]
    assert any(matches((country, sector), g) for g in got), got


def test_a_place_hit_of_the_speaker_is_read():
    """قصفت الطائرات مواقعنا: a first-person place is the speaker's; the act stays."""
    text = "وقال قائد الفصيل إن الطائرات الروسية قصفت مواقعنا قرب الحدود."
    assert [e for e in events_of(text) if e.action.plover == "ASSAULT"]


def test_a_nearer_place_takes_the_pronoun_of_a_place_hit():
    """دخلت الشرطة البلدة بعد أن هاجم المسلحون منازلها: the town's houses."""
    text = "دخلت الشرطة القرية بعد أن هاجم المسلحون منازلها."
    assert all(e.target is None or e.target.sector != "COP" for e in events_of(text))


# The body the doers are said to belong to (على أيدي مسلحين ينتمون إلى X، نفذه مسلحون
# يعتقد بانتمائهم لـX) is the doers', not the target's.
DOERS_BODY = [
    ("قتل عشرة أشخاص على أيدي مسلحين ينتمون إلى حركة الشباب في قرية نائية.", "REB"),
    ("قتل سبعة جنود في كمين نصبه مسلحون يعتقد بانتمائهم لحركة الشباب.", "REB"),
]


@pytest.mark.parametrize("text,sector", DOERS_BODY)
def test_the_body_of_the_doers_is_not_the_target(text, sector):
    got = [(e.action.plover, e.target.sector) for e in events_of(text) if e.target is not None]
    assert got and ("ASSAULT", sector) not in got, got


def test_those_who_guard_an_act_are_not_its_target():
    """بحماية الشرطة: under the police's guard, the police are on the doers' side."""
    text = "واقتحم مستوطنون ساحات المسجد بحماية الشرطة الإسرائيلية."
    got = [as_tuple(e) for e in events_of(text, min_confidence=0)]
    assert got and not [g for g in got if g[3] == "ISR" and g[0] == "ISR"], got


def test_an_unclaimed_bombing_in_a_town_hits_its_civilians():
    """التفجير الذي وقع في بلدة X with no one named: the civilians there (the gold and
    ICEWS code an unclaimed bombing so); not a base's, nor an air strike's."""
    text = "وقال الوزير إن التفجير الذي وقع أمس في بلدة جرابلس أسفر عن سقوط عشرين قتيلا."
    hit = [e.target for e in events_of(text) if e.action.plover == "ASSAULT"]
    assert any(t and t.country == "SYR" and t.sector == "CVL" for t in hit), hit
    text = "وقال الوزير إن الغارات الجوية التي جرت في سوريا أصابت أهدافها."
    hit = [e.target for e in events_of(text, min_confidence=0) if e.action.plover == "ASSAULT"]
    assert not any(t and t.sector == "CVL" for t in hit), hit


def test_a_clash_in_a_neighbourhood_is_where_not_whom():
    text = "وأفادت مصادر أن اشتباكات ليلية وقعت في حي الحصبة بالعاصمة صنعاء."
    hit = [e.target for e in events_of(text, min_confidence=0) if e.action.plover == "ASSAULT"]
    assert hit and not any(t is not None and t.sector == "CVL" for t in hit), hit


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات الحربية بلدة تسيطر عليها المعارضة.",
        "هاجم الجيش مواقع يسيطر عليها المتمردون شمال البلاد.",
    ],
)
def test_control_held_in_a_relative_clause_is_no_seizure(text):
    # تسيطر عليها after an indefinite noun: the place's holder, not a new seizure
    assert "COERCE" not in [e.action.plover for e in events_of(text)]


# People who belong where they act (kg.actors.LOCAL_SECTORS) with no nationality named:
# of the place, else those a state holds or punishes are of that state.
LOCAL_PEOPLE = [
    # a military post no owner is named for: the forces of where it stands
    (
        "هاجم مسلحون مجهولون موقعا عسكريا في محافظة الأنبار.",
        [("IRQ", "REB", "ASSAULT", "IRQ", False, "asserted")],
    ),
    # بمحافظة X: "in" written on the place noun of the name
    (
        "أعلنت الشرطة مقتل خمسة من رجال الأمن بمحافظة الأنبار.",
        [(None, None, "ASSAULT", "IRQ", False, "asserted")],
    ),
    (
        "ألقت الشرطة القبض على ثلاثة أشخاص في الرياض.",
        [("SAU", "COP", "COERCE", "SAU", False, "asserted")],
    ),
    (
        "قتل مسلحون 12 شخصا في هجوم على مسجد في بغداد.",
        [("IRQ", "REB", "ASSAULT", "IRQ", False, "asserted")],
    ),
    (
        "أعدمت السلطات الإيرانية ثلاثة سجناء.",
        [("IRN", "GOV", "ASSAULT", "IRN", False, "asserted")],
    ),
    # a bomber and the worshippers are two phrases; بالكويت is where
    (
        "هاجم انتحاري المصلين في مسجد بالكويت.",
        [("KWT", "REB", "ASSAULT", "KWT", False, "asserted")],
    ),
    # the killing joined by و is the attackers' (the counted are its victims)
    (
        "استهدفت طائرات التحالف مواقع للحوثيين في صعدة وقتلت 20 مسلحا.",
        [("SAU", "MIL", "ASSAULT", "YEM", False, "asserted")],
    ),
    # the speaker is the doer of the act it announces; a phrase far after the act's
    # noun (عشرة أشخاص) is no subject of it
    (
        "أعلنت وزارة الداخلية السعودية القبض على خلية تضم عشرة أشخاص في الرياض.",
        [("SAU", "COP", "COERCE", "SAU", False, "asserted")],
    ),
    # a town attacked is its country (على مدينة جازان), as in English
    (
        "أطلق الحوثيون صواريخ على مدينة جازان.",
        [("YEM", "REB", "ASSAULT", "SAU", False, "asserted")],
    ),
    # the guns of a militia are the militia's
    (
        "استهدفت مدافع ميليشيات الحوثي المدنيين في تعز.",
        [("YEM", "REB", "ASSAULT", "YEM", False, "asserted")],
    ),
    # a killing with على يد X is passive: the one after the verb is the victim
    (
        "قتل ضابط يمني على يد مسلحين حوثيين في تعز.",
        [("YEM", "REB", "ASSAULT", "YEM", False, "asserted")],
    ),
    # the dead were killed by whoever carried out the attack told after إثر/نتيجة; an
    # attack "from" an armed actor's planes is that actor's
    (
        "قتل خمسة أطفال على الأقل في حلب إثر سقوط قذيفة صاروخية أطلقها مقاتلو المعارضة.",
        [(ANY, "OPP", "ASSAULT", "SYR", False, "asserted")],
    ),
    (
        "قتل ثلاثة أشخاص في حلب نتيجة قصف من طائرات النظام السوري.",
        [("SYR", "MIL", "ASSAULT", "SYR", False, "asserted")],
    ),
    # the noun of an idiom after a preposition is a noun: its doer is the subject before
    (
        "وتمكنت الشرطة السعودية من القبض على ثلاثة مطلوبين.",
        [("SAU", "COP", "COERCE", "SAU", False, "asserted")],
    ),
    # كبّد X خسائر: inflicted losses on X (تكبد X خسائر: X suffered them)
    (
        "كبدت المقاومة الشعبية اليمنية الحوثيين خسائر كبيرة في تعز.",
        [("YEM", "REB", "ASSAULT", "YEM", False, "asserted")],
    ),
    # بريف X: where
    (
        "قتلت قوات النظام سبعة أطفال في قصف بريف إدلب.",
        [(ANY, "MIL", "ASSAULT", "SYR", False, "asserted")],
    ),
    # people of no nationality a state's body consults, calls on or tries: its own
    (
        "التقى رئيس الحكومة التونسية قادة الأحزاب أمس لبحث تشكيل الحكومة.",
        [("TUN", "GOV", "CONSULT", "TUN", False, "asserted")],
    ),
    (
        "دعت نقابة المعلمين المغربية الصحفيين إلى الحذر.",
        [("MAR", "EDU", "REQUEST", "MAR", False, "asserted")],
    ),
    (
        "دعت وزارة الداخلية الكويتية الطلاب إلى الالتزام بالتعليمات.",
        [("KWT", "COP", "REQUEST", "KWT", False, "asserted")],
    ),
    (
        "أجلت محكمة أردنية محاكمة 40 شخصا إلى الشهر المقبل.",
        [("JOR", "JUD", "ACCUSE", "JOR", False, ANY)],
    ),
]


@pytest.mark.parametrize("text,expected", LOCAL_PEOPLE, ids=[t[:40] for t, _ in LOCAL_PEOPLE])
def test_local_people_are_of_where_it_happens(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text,bad",
    [
        # foreign tourists are not the country's people
        ("خطف مسلحون أربعة سياح أجانب في جنوب الجزائر.", lambda g: g[3] == "DZA"),
        # met abroad: the place says nothing of the party leaders' own country
        ("التقى رئيس الحكومة التونسية قادة الأحزاب في باريس.", lambda g: g[3] == "TUN"),
        # a delegation of foreign relations meets other states' people
        ("التقى وفد الخارجية التونسي قادة الأحزاب لبحث الأزمة.", lambda g: g[3] == "TUN"),
        # a number is no verb (اثنين is not أثنى, praised)
        ("اعتقلت السلطات التركية صحفيين اثنين أمس.", lambda g: g[2] == "SUPPORT"),
        # the counted dead are victims: the wounding after them is not theirs
        ("وقتل ثلاثة أشخاص على الأقل وجرح آخرون في مدينة حمص.", lambda g: g[1] == "CVL"),
    ],
)
def test_people_who_are_not_local_or_not_agents(text, bad):
    got = [as_tuple(e) for e in events_of(text)]
    assert got and not [g for g in got if bad(g)], got


@pytest.mark.parametrize(
    "text,bad",
    [
        # a charge is what someone is accused of, not the court's act
        (
            "أفرجت المحكمة الكويتية عن خمسة من المتهمين في تفجير المسجد.",
            lambda g: g[2] == "ASSAULT",
        ),
        ("أخلت المحكمة الكويتية سبيل عشرة من متهمي تفجير المسجد.", lambda g: g[2] == "ASSAULT"),
    ],
)
def test_a_charge_is_no_new_act(text, bad):
    got = [as_tuple(e) for e in events_of(text)]
    assert got and not [g for g in got if bad(g)], got


def test_released_by_the_idiom_and_indefinite_names():
    # أخلى سبيل: released (أخلى alone: evacuated); a name of several words without
    # its article is still the name (تحالف عربي بقيادة السعودية)
    got = check(
        "أخلت المحكمة الكويتية سبيل عشرة من المتهمين.",
        [("KWT", "JUD", ANY, ANY, False, "asserted")],
    )
    assert {g[2] for g in got} == {actions()["release"].plover}, got
    check(
        "وقال إن تحالفا عربيا بقيادة السعودية يقوم بضرب مواقع الحوثيين.",
        [("SAU", "MIL", "ASSAULT", "YEM", False, "asserted")],
    )


# A bare past form right after a verb that takes a verbal noun (and its subject) is that
# noun: its genitive is the victim, not the doer; وليس negates it like ليس.
@pytest.mark.parametrize(
    "text",
    [
        "وقال إنه لم يكن يريد قتل المصلين في الكويت.",
        "رفضت الحكومة العراقية قتل المدنيين في الأنبار.",
        "وقال إن الهدف كان تخويف الناس وليس قتل المصلين في الكويت.",
    ],
)
def test_the_genitive_of_a_verbal_noun_after_a_verb_is_no_doer(text):
    got = [as_tuple(e) for e in events_of(text)]
    kills = [g for g in got if g[2] == "ASSAULT"]
    assert not [g for g in kills if g[1] in ("REL", "CVL")], got


def test_wa_laysa_negates():
    got = [
        as_tuple(e)
        for e in events_of(
            "وقال إن الهدف كان تخويف الناس وليس قتل المصلين في الكويت.", min_confidence=0
        )
    ]
    assert got and all(g[4] for g in got if g[2] == "ASSAULT"), got


# Diplomatic targets: a country's parties named by its nisba; the capital an ambassador
# is withdrawn from.
DIPLOMATIC_TARGETS = [
    # talks take their partner with مع; the bare object after the verb is the topic
    (
        "وبحث وزير الخارجية الأردني الأزمة اليمنية مع نظيره الفرنسي في عمان.",
        [("JOR", "GOV", "CONSULT", "FRA", False, "asserted")],
    ),
    (
        "وناقش رئيس الوزراء العراقي تنظيم داعش مع السفير البريطاني.",
        [("IRQ", "GOV", "CONSULT", "GBR", False, "asserted")],
    ),
    # whose words or deeds are condemned: their agent, their owner with لـ, the doer of
    # the act begun
    (
        "وأكدت الوزارة أن الأردن يدين بشدة التصريحات المسيئة من قبل مسؤولي الحكومة الإسرائيلية.",
        [("JOR", "GOV", "ACCUSE", "ISR", False, "asserted")],
    ),
    (
        "ندد الرئيس الفرنسي أمس أمام الصحفيين بـ«التدخلات المزعزعة» لروسيا في أوكرانيا.",
        [("FRA", "GOV", "ACCUSE", "RUS", False, "asserted")],
    ),
    (
        "أدانت الحكومة اليمنية هجوما بدأته ميليشيا الحوثي منذ أيام على مدينة تعز.",
        [
            ("YEM", "GOV", "ACCUSE", "YEM", False, "asserted"),
            ("YEM", "REB", "ASSAULT", "YEM", False, "asserted"),
        ],
    ),
    (
        "دعا وزير الخارجية السعودي الأطراف اليمنية إلى العودة إلى الحوار.",
        [("SAU", "GOV", "REQUEST", "YEM", False, "asserted")],
    ),
    ("سحبت البحرين سفيرها من طهران.", [("BHR", "GOV", "SANCTION", "IRN", False, "asserted")]),
    # a state body in a capital is that state's (the opposition meeting there is not)
    (
        "اتهمت المعارضة السورية الحكومة في دمشق بقصف المدنيين.",
        [("SYR", "OPP", "ACCUSE", "SYR", False, "asserted")],
    ),
    # two actors who chair talks together talk with each other, whatever the verb
    (
        "وترأس وزير الخارجية المصري ونظيره الأردني أمس جلسة مباحثات.",
        [
            ("EGY", "GOV", "CONSULT", "JOR", False, "asserted"),
            ("JOR", "GOV", "CONSULT", "EGY", False, "asserted"),
        ],
    ),
    # the deal negotiated is the talks' topic; the party named past it is their target
    (
        "وقال المتحدث إن أوتاوا تتفاوض على اتفاق تجاري كبير مع دول أوروبا ومنها ألمانيا.",
        [("CAN", "GOV", "CONSULT", "DEU", False, "asserted")],
    ),
]


@pytest.mark.parametrize(
    "text,expected", DIPLOMATIC_TARGETS, ids=[t[:40] for t, _ in DIPLOMATIC_TARGETS]
)
def test_diplomatic_targets(text, expected):
    check(text, expected)


# Talks are had with someone: an idea after them (other than talks themselves) is their
# topic, never their target (with no party named they have none).
TOPICS_NOT_PARTIES = [
    ("التقى الوزيران الفرنسيان المنسق الأممي لشؤون مكافحة الإرهاب في باريس.", "CONSULT"),
    ("وناقش الوزير الفرنسي خلال الاجتماع المبادرة العربية للسلام.", "CONSULT"),
]


@pytest.mark.parametrize(
    "text,plover", TOPICS_NOT_PARTIES, ids=[t[:40] for t, _ in TOPICS_NOT_PARTIES]
)
def test_a_topic_is_no_party(text, plover):
    got = events_of(text, min_confidence=0)
    assert not [
        e for e in got if e.action.plover == plover and e.target and e.target.type == "concept"
    ], [as_tuple(e) for e in got]


def test_without_casualties_is_no_wounding_and_a_crowd_no_mobilisation():
    got = check(
        "وأفادت مصادر محلية أن الزوارق الإسرائيلية استهدفت مراكب الصيادين في غزة دون أن "
        "يبلغ عن وقوع إصابات.",
        [("ISR", "MIL", "ASSAULT", ANY, False, "asserted")],
    )
    # the casualties that were not reported are no attack of their own
    assert not [g for g in got if g[2] == "ASSAULT" and g[0] is None and not g[4]], got
    text = "وافتتح وزير التجارة السعودي المعرض بحضور حشد كبير من العملاء."
    crowd = [as_tuple(e) for e in events_of(text)]
    assert not [g for g in crowd if g[2] == "MOBILIZE"], crowd
    # a putschist is a rebel (الانقلابيين, the Houthi-Saleh forces in Yemen's press)
    check(
        "وأشارت مصادر إلى مقتل 22 انقلابيا في تعز.",
        [(None, None, "ASSAULT", "YEM", False, "asserted")],
    )


def test_the_charge_of_an_accusation_is_no_act_told():
    # اتهم X Y بـ: what one side says the other did is coded as the accusation only
    got = check(
        "اتهمت إيران السعودية بدعم الإرهاب في اليمن.",
        [("IRN", "GOV", "ACCUSE", "SAU", False, "asserted")],
    )
    assert [g[2] for g in got] == ["ACCUSE"], got


def test_losses_suffered_are_no_attack():
    got = [as_tuple(e) for e in events_of("تكبد الحوثيون خسائر فادحة في تعز.")]
    assert not [g for g in got if g[2] == "ASSAULT" and g[0] == "YEM"], got


@pytest.mark.parametrize(
    "text",
    [
        # the place seized comes after على, past the subject's adjectives and the time
        "سيطرت المقاومة الشعبية اليمنية الموالية للحكومة أمس على مدينة الحوطة في لحج.",
        "وسيطر مقاتلون من المعارضة السورية على حاجز في ريف إدلب.",
    ],
)
def test_seizing_ground_is_occupying_territory(text):
    events = events_of(text)
    assert events and all(e.action.plover == "ASSAULT" for e in events), events
    # whom the subject is loyal to (الموالية للحكومة) is no target
    assert not [e for e in events if e.target is not None and e.target.sector == "GOV"], events


def test_patronage_of_a_ceremony_is_no_mediation():
    got = [
        as_tuple(e)
        for e in events_of(
            "يرعى أمير منطقة مكة المكرمة الأمير خالد الفيصل مساء الاثنين حفل افتتاح الملتقى."
        )
    ]
    assert not [g for g in got if g[2] == "CONSULT"], got
    check(
        "رعت مصر المفاوضات بين حركة فتح وحركة حماس.",
        [("EGY", "GOV", "CONSULT", ANY, False, "asserted")],
    )


# Where sentences end: a full stop typed with no space after it still ends one;
# a stop after one letter or after "etc." abbreviates (names, agencies, initials).
SENTENCES = [
    pytest.param(
        "وأدانت مصر الهجوم بشدة.وزار وزير الخارجية الأردني بغداد أمس.",
        ["وأدانت مصر الهجوم بشدة.", "وزار وزير الخارجية الأردني بغداد أمس."],
        id="no-space-after-stop",
    ),
    pytest.param(
        "وقال د. سامي الخطيب إن اللجنة اجتمعت أمس.",
        ["وقال د. سامي الخطيب إن اللجنة اجتمعت أمس."],
        id="title-initial",
    ),
    pytest.param(
        "وذكرت وكالة الأنباء الفرنسية (أ.ف.ب) أن الشرطة اعتقلت ثلاثة.",
        ["وذكرت وكالة الأنباء الفرنسية (أ.ف.ب) أن الشرطة اعتقلت ثلاثة."],
        id="agency-initials",
    ),
    pytest.param(
        "وشملت المطالب الأجور والسكن الخ.ثم انتهى الاعتصام.",
        ["وشملت المطالب الأجور والسكن الخ.ثم انتهى الاعتصام."],
        id="etc",
    ),
    # an opener of another story where a scraped text lost its full stop starts one ...
    pytest.param(
        "وارتفعت الحصيلة إلى عشرة قتلى من جهة أخرى أعلن الجيش اعتقال ثلاثة.",
        ["وارتفعت الحصيلة إلى عشرة قتلى", "من جهة أخرى أعلن الجيش اعتقال ثلاثة."],
        id="another-story",
    ),
    # ... but not as an aside between commas, nor as the other side of a pair
    pytest.param(
        "وشدد الوزير، من جهة أخرى، على الحوار.",
        ["وشدد الوزير، من جهة أخرى، على الحوار."],
        id="aside",
    ),
    pytest.param(
        "ودارت اشتباكات بين الجيش من جهة والمسلحين من جهة أخرى في المدينة.",
        ["ودارت اشتباكات بين الجيش من جهة والمسلحين من جهة أخرى في المدينة."],
        id="the-other-side",
    ),
]


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_where_sentences_end(text, expected):
    from kg.lang import get_nlp, make_doc

    nlp = get_nlp("ar")
    assert [s.text for s in nlp(make_doc(nlp, text)).sents] == expected


def test_a_full_stop_with_no_space_keeps_the_next_sentence_apart():
    """The army of the second sentence is not the subject of the first one's verb."""
    events = events_of("ودعا البيان إلى الحوار.وقصف الجيش السوري مواقع المعارضة في حلب.")
    assert [(e.source.country, e.action.plover) for e in events if e.source] == [("SYR", "ASSAULT")]


# Who did it to whom, exactly (every event of the sentence): the counted wounded are
# victims, not the doers of the next act; men called by a group's nisba are the group;
# a count "of" a body is the object; arms after ب are the means; the charge after اتهم
# is no target; a noun with a pronoun after a title's nisba is no name.
EXACT = [
    # a verb of harm with an object pronoun and its subject after it: the phrase right
    # before the verb (past كان and قد) is whom the pronoun stands for
    pytest.param(
        "وكان الصحفي الكويتي قد اختطفه مسلحون في بنغازي.",
        [("LBY", "REB", "ASSAULT", "KWT", "MED")],
        id="the-topic-before-a-harm-verb-is-its-object-pronoun",
    ),
    pytest.param(
        "ولا يعرف مصير 15 جنديا مصريا اعتقلهم الحوثيون في صنعاء.",
        [("YEM", "REB", "COERCE", "EGY", "MIL")],
        id="people-counted-before-a-harm-verb-are-its-object-pronoun",
    ),
    # ... but one indefinite noun after such a verb is the object's state (as a hostage),
    # never its subject
    pytest.param(
        "وأطلقت الجماعة المسلحة سراح ضابط كانت تحتجزه رهينة منذ شهرين.",
        [],
        id="an-indefinite-noun-after-a-harm-verb-is-no-subject",
    ),
    # a noun of harm after a word of time, with a pronoun on it and its doer named with
    # من قبل: the pronoun is the one named right before
    pytest.param(
        "وعاد الصحفي الليبي أمس بعد اختطافه من قبل مسلحين في طرابلس.",
        [(None, "REB", "ASSAULT", "LBY", "MED")],
        id="a-harm-noun-after-a-time-word-has-its-pronoun-as-the-one-harmed",
    ),
    # ... and after a verb of result (مما أسفر عن): the one named right before the verb
    pytest.param(
        "ولاحقت القوات الصومالية المتمردين في الغابة مما أسفر عن مقتلهم.",
        [(None, None, "ASSAULT", None, "REB")],
        id="a-harm-noun-after-a-verb-of-result-has-its-pronoun-as-the-one-harmed",
    ),
    # whom the subject serves, past a title and its adjective, is no target; the
    # object comes after it
    pytest.param(
        "قصفت الميليشيات الموالية للعقيد الراحل معمر القذافي مواقع الثوار في مدينة مصراتة.",
        [("LBY", "UAF", "ASSAULT", "LBY", "REB")],
        id="whom-the-subject-is-loyal-to-past-a-title-is-no-target",
    ),
    # a killing or a wounding in a relative clause with nothing done after it was done to
    # the head (the killer would have its object)
    pytest.param(
        "وشيع الأهالي الجنود الذين قتلوا على يد المتمردين في مدينة حلب.",
        [("SYR", "REB", "ASSAULT", "SYR", "MIL")],
        id="the-head-of-who-were-killed-by-x-is-the-victim",
    ),
    pytest.param(
        "زار الوزير المدنيين الذين أصيبوا في قصف المتمردين على مدينة حمص.",
        [(None, None, "ASSAULT", "SYR", "CVL")],
        id="the-head-of-who-were-wounded-in-a-shelling-is-the-victim",
    ),
    pytest.param(
        "زار المحافظ الشرطيين الذين تعرضوا لإصابات برصاص المهربين في مدينة البصرة.",
        [("IRQ", "CRM", "ASSAULT", "IRQ", "COP")],
        id="the-head-of-who-came-under-an-act-is-its-victim",
    ),
    # the forces alone after forces of a kind named: those forces (one dyad, not the army)
    pytest.param(
        "فجر انتحاري نفسه في مقر قوات الطوارئ بمدينة الطائف مما أدى إلى مقتل خمسة من منسوبي"
        " القوات وإصابة ثلاثة آخرين.",
        [("SAU", "REB", "ASSAULT", "SAU", "COP")],
        id="the-forces-alone-after-forces-of-a-kind-are-those-forces",
    ),
    # people words: guests, mourners; emergency forces (police)
    pytest.param(
        "قتل مسلحون ثمانية من الضيوف في حفل بمدينة الموصل.",
        [("IRQ", "REB", "ASSAULT", "IRQ", "CVL")],
        id="guests-killed-are-civilians-of-where",
    ),
    pytest.param(
        "أطلق مسلحون النار على المشيعين في مدينة كركوك.",
        [("IRQ", "REB", "ASSAULT", "IRQ", "CVL")],
        id="mourners-shot-at-are-civilians-of-where",
    ),
    pytest.param(
        "فجر انتحاري نفسه داخل مقر قوات الطوارئ في مدينة الطائف.",
        [("SAU", "REB", "ASSAULT", "SAU", "COP")],
        id="emergency-forces-after-a-noun-are-police-a-final-hamza-is-no-nisba",
    ),
    # a security post (مركزا أمنيا) hit: the police manning it
    pytest.param(
        "استهدف انتحاري مركزا أمنيا في مدينة العريش.",
        [("EGY", "REB", "ASSAULT", "EGY", "COP")],
        id="a-security-post-hit-is-its-police",
    ),
    # an armed body's epithet (الإرهابي) describes it: the people counted after are whom
    # it killed
    pytest.param(
        "أعدم تنظيم داعش الإرهابي 30 شخصا في الموصل.",
        [("ISIS", "REB", "ASSAULT", "IRQ", "CVL")],
        id="an-armed-body-s-epithet-is-no-target",
    ),
    # a count before من and its kind, then a passive: the kind counted was hit
    pytest.param(
        "وأكد المسؤول أن العشرات من الأهالي قُتلوا بسبب الألغام.",
        [(None, None, "ASSAULT", None, "CVL")],
        id="counted-kind-before-a-passive-is-the-victim",
    ),
    # "others" wounded (أصيب ثلاثة آخرون) are more of the dead's side, not a doer among them
    pytest.param(
        "قتل ثلاثة من جنود الجيش النيجيري بينهم ضابط فيما أصيب أربعة آخرون في هجوم.",
        [(None, None, "ASSAULT", "NGA", "MIL")],
        id="others-wounded-are-more-of-the-dead",
    ),
    # "but he" opening a sentence is its subject; what follows the verb is its object,
    # never the one who calls (with no caller named, no call is reported)
    pytest.param(
        "وقال الرئيس الفرنسي إن الاتفاق جيد. لكنه دعا روسيا إلى احترام التزاماتها.",
        [],
        id="but-he-opening-a-sentence-is-its-subject",
    ),
    # a circumstantial participle's object follows it, even when the main subject is no
    # actor the tables know: the one asked is never the one asking (and with no asker
    # named, no request is reported)
    pytest.param(
        "وانتقد رئيس اللجنة التصريحات الأخيرة، مطالبا الحكومة المصرية بالتحرك الفوري.",
        [],
        id="the-object-of-a-circumstantial-participle-never-asks",
    ),
    # an adjective right after a name in quotes describes the name, and is no target
    pytest.param(
        "وقصف تنظيم «داعش» الإرهابي مواقع الجيش العراقي قرب الرمادي.",
        [("ISIS", "REB", "ASSAULT", "IRQ", "MIL")],
        id="an-adjective-after-a-quoted-name-describes-it",
    ),
    pytest.param(
        "أعدمت جماعة «بوكو حرام» المتطرفة عشرين قرويا.",
        [("NGA", "REB", "ASSAULT", None, "CVL")],
        id="an-adjective-after-a-quoted-name-is-no-victim",
    ),
    # the construct dual of a hundred or a thousand counts the noun after it
    pytest.param(
        "خطف المسلحون أكثر من مائتي مدني في ولاية بورنو النيجيرية.",
        [("NGA", "REB", "ASSAULT", "NGA", "CVL")],  # (in a Nigerian state: its people)
        id="two-hundred-in-the-construct-state-counts",
    ),
    # the subject of a verb of result is the act that caused it, a verbal noun whose
    # genitive is its doer (أسفر قصف المسلحين لقرية عن)
    pytest.param(
        "وأسفر قصف المسلحين لقرية في ريف حماة عن مقتل 12 مدنيا.",
        # (the death, given the shelling's doer in its sentence, is the same dyad: one event)
        [("SYR", "REB", "ASSAULT", "SYR", "CVL")],
        id="the-subject-of-a-verb-of-result-is-an-act",
    ),
    # the wounded "others" of a kind named after them (آخرين من رجال الأمن) are of it
    pytest.param(
        "وأعلن المتحدث الأمني مقتل ثلاثة أشخاص، وإصابة ستة آخرين من رجال الأمن نتيجة"
        " إطلاق ميليشيا الحوثي قذائف على منطقة جازان.",
        [("YEM", "REB", "ASSAULT", "SAU", "CVL"), ("YEM", "REB", "ASSAULT", "SAU", "COP")],
        id="others-of-the-kind-named-after-them",
    ),
    pytest.param(
        "وأعلنت إيران إلغاء تأشيرات الدخول لمواطني العراق.",
        [("IRN", "GOV", "CONCEDE", "IRQ", "GOV")],
        id="abolishing-visas-eases-a-restriction-no-refusal",
    ),
    pytest.param(
        "وألغت الحكومة المصرية زيارة الوفد الإسرائيلي إلى القاهرة.",
        [("EGY", "GOV", "REJECT", "ISR", "GOV")],
        id="cancelling-a-visit-is-still-a-refusal",
    ),
    pytest.param(
        "وقدمت السعودية دعما عاجلا لليمن بقيمة 274 مليون دولار.",
        [("SAU", "GOV", "AID", "YEM", "GOV")],
        id="support-with-a-sum-is-aid",
    ),
    pytest.param(
        "وأكد الوزير أن القرار يأتي في سياق الدعم المتواصل من الحكومة السعودية للقضاء.",
        [],
        id="support-that-goes-on-is-a-standing-state-no-act",
    ),
    pytest.param(
        "وأكد المدعي العام أنه يجري التحقيق في الهجوم الذي استهدف مركزا للتجنيد.",
        [(None, None, "ASSAULT", None, None)],
        id="an-attack-investigated-is-not-the-investigators",
    ),
    pytest.param(
        "وتلقى الفريق ضربة قوية قبل ذهاب ربع نهائي دوري أبطال آسيا بعد إصابة قائد الدفاع الإسباني.",
        [],
        id="a-players-injury-before-a-quarter-final-is-no-attack",
    ),
    pytest.param(
        "وهاجم الوزير الإيراني المملكة متهما إياها بتهديد الأمن القومي الإيراني.",
        [("IRN", "GOV", "ACCUSE", None, None)],
        id="attacking-while-accusing-is-words-and-national-security-is-no-police",
    ),
    pytest.param(
        "رفضت مصر التصريحات الإيرانية وعدتها تدخلا في شؤونها.",
        [("EGY", "GOV", "REJECT", "IRN", "GOV")],
        id="wa-before-a-verb-with-a-pronoun-may-be-and",
    ),
    pytest.param(
        "وأبدت الحكومة الإندونيسية تحفظا على مشروع القرار الأمريكي.",
        [("IDN", "GOV", "REJECT", "draft resolution", None)],
        id="showing-a-reservation-is-no-intent",
    ),
    pytest.param(
        "ووصل الرئيس السوداني إلى الرياض بدعوة كريمة من الملك سلمان.",
        [("SDN", "GOV", "CONSULT", "SAU", "GOV"), ("SAU", "GOV", "CONSULT", "SDN", "GOV")],
        id="an-invitation-from-past-its-adjective-is-the-inviters",
    ),
    pytest.param(
        "واتهمت حركة طالبان باكستان الجيش الباكستاني بقتل المدنيين.",
        [("PAK", "REB", "ACCUSE", "PAK", "MIL")],
        id="the-pakistani-taliban-are-one-group",
    ),
    pytest.param(
        "وانتقد الرئيس المصري الأسبق حسني مبارك الحكومة الإثيوبية.",
        [("EGY", "ELI", "ACCUSE", "ETH", "GOV")],
        id="a-former-holder-keeps-his-name-and-is-of-the-elite",
    ),
    pytest.param(
        "وقصفت القوات الكينية مواقع حركة الشباب ردا على هجوم غاريسا الذي استهدف طلابا.",
        [("KEN", "MIL", "ASSAULT", "SOM", "REB")],
        id="an-act-and-its-place-head-the-relative-clause",
    ),
    pytest.param(
        "وقال الوزير السعودي إن للتنظيم قاعدة خارجية تقوم بالقتل والخطف.",
        [(None, None, "ASSAULT", None, None)],
        id="an-external-base-is-no-foreign-ministry",
    ),
    pytest.param(
        "واستدعت الكويت سفيرها في طهران احتجاجا على تصريحات المسؤولين الإيرانيين.",
        [("KWT", "GOV", "SANCTION", "IRN", "GOV")],
        id="in-protest-at-after-another-act-is-no-protest-and-a-recall-reduces-relations",
    ),
    # a province, governorate or region is a place in its country (cities.tsv)
    pytest.param(
        "وقصفت المقاتلات الأمريكية مواقع للمسلحين في محافظة نينوى.",
        [("USA", "MIL", "ASSAULT", "IRQ", "REB")],
        id="militants-in-an-iraqi-governorate-are-iraqi",
    ),
    pytest.param(
        "وتظاهر المئات في محافظة ذي قار للمطالبة بتحسين الخدمات.",
        [(None, None, "PROTEST", "IRQ", "GOV")],
        id="a-protest-in-an-iraqi-governorate-is-against-its-government",
    ),
    pytest.param(
        "وشنت المقاتلات السعودية غارات على مواقع في محافظة لحج.",
        [("SAU", "MIL", "ASSAULT", "YEM", None)],
        id="raids-on-positions-in-a-yemeni-governorate-hit-yemen",
    ),
    pytest.param(
        "وتظاهر العشرات في منطقة البقاع للمطالبة بالإفراج عن المعتقلين.",
        [(None, None, "PROTEST", "LBN", "GOV")],
        id="a-protest-in-the-bekaa-is-against-the-lebanese-government",
    ),
    pytest.param(
        "واقتحم طلاب غاضبون مبنى البرلمان التايواني.",
        [(None, "EDU", "PROTEST", "TWN", "LEG")],
        id="students-storming-a-parliament-protest",
    ),
    pytest.param(
        "وطالب عضو في البرلمان الأردني الحكومة بطرد السفير الإسرائيلي.",
        [("JOR", "LEG", "REQUEST", None, "GOV"), (None, "GOV", "SANCTION", "ISR", "GOV")],
        id="a-member-of-parliament-is-the-legislature",
    ),
    pytest.param(
        "ودانت منظمة «العفو الدولية» قتل المدنيين في اليمن.",
        [("AMNESTY", "NGO", "ACCUSE", "YEM", "CVL"), (None, None, "ASSAULT", "YEM", "CVL")],
        id="an-organisation-named-in-quotes-condemns-a-killing-named-by-its-noun",
    ),
    pytest.param(
        "وانتقدت صحيفة «واشنطن بوست» الأمريكية الرئيس الروسي.",
        [("USA", "MED", "ACCUSE", "RUS", "GOV")],
        id="the-nisba-after-a-quoted-name-describes-it",
    ),
    pytest.param(
        "وقالت الحكومة الهندية إن عقد شراء الطائرات الفرنسية يشمل التدريب.",
        [],
        id="a-contract-is-no-meeting-held",
    ),
    pytest.param(
        "وعقد وزير الخارجية الأردني جلسة مباحثات مع نظيره التركي في عمان.",
        [("JOR", "GOV", "CONSULT", "TUR", "GOV")],
        id="a-session-of-talks-held-is-a-meeting",
    ),
    pytest.param(
        "وقالت قيادة قوات التحالف المساندة للشرعية إن مقاتلاتها قصفت مواقع الحوثيين في صعدة.",
        [("SAU", "MIL", "ASSAULT", "YEM", "REB")],
        id="the-coalition-supporting-legitimacy-is-a-name-not-a-support",
    ),
    pytest.param(
        "وقال المتحدث إن قوات الجيش العراقي تسيطر على قرى جنوبي بيجي.",
        [],
        id="a-present-control-is-who-holds-it",
    ),
    pytest.param(
        "وأكد المتحدث العسكري أن المدينة هادئة وتحت سيطرة كاملة من الجيش المصري.",
        [],
        id="under-control-after-wa-is-a-state",
    ),
    pytest.param(
        "هنأ أمير قطر حكومة وشعب الأردن بذكرى الاستقلال.",
        [("QAT", "GOV", "SUPPORT", "JOR", "GOV"), ("QAT", "GOV", "SUPPORT", "JOR", "CVL")],
        id="a-construct-noun-joined-to-another-shares-its-genitive",
    ),
    pytest.param(
        "اتفق وزراء خارجية دول الاتحاد الأوروبي على فرض عقوبات جديدة على روسيا.",
        [("EU", "IGO", "AGREE", "RUS", "GOV")],
        id="ministers-of-an-alliances-member-states-are-the-alliance",
    ),
    pytest.param(
        "التقى قادة دول مجلس التعاون الرئيس الأمريكي في كامب ديفيد.",
        [("GCC", "IGO", "CONSULT", "USA", "GOV")],
        id="leaders-of-an-alliances-member-states-are-the-alliance-not-its-target",
    ),
    pytest.param(
        "وتحدث المحافظ إلى العشرات من أهالي البصرة الذين تظاهروا أمس أمام مبنى المحافظة.",
        [(None, "CVL", "PROTEST", None, None)],
        id="the-people-of-a-place-head-the-relative-clause-after-the-place",
    ),
    pytest.param(
        "وزار الوفد اللاجئين السوريين الذين قصفت منازلهم في ريف إدلب.",
        [(None, None, "ASSAULT", "SYR", "REF")],  # (their homes: the refugees)
        id="those-whose-homes-were-shelled-shelled-nothing",
    ),
    pytest.param(
        "وأصيب عشرة مدنيين جراء القصف الذي تعرضت له البلدة من مواقع قوات الأسد.",
        [("SYR", "MIL", "ASSAULT", None, "CVL")],
        id="shelling-from-the-positions-of-armed-forces-is-theirs-and-so-are-its-wounded",
    ),
    pytest.param(
        "وهددت حركة الشباب في تسجيل صوتي نشرته على موقع للتواصل الاجتماعي بقتل الرهائن الكينيين.",
        [("SOM", "REB", "THREATEN", None, None)],
        id="the-act-threatened-with-bi-far-after-the-threat-is-not-done",
    ),
    pytest.param(
        "وتبنت ولاية سيناء الهجوم على كمين للجيش المصري في العريش.",
        [("EGY", "REB", "ASSAULT", "EGY", "MIL")],
        id="adopting-an-attack-is-claiming-it-not-an-intent",
    ),
    pytest.param(
        "وتساءل المعلق: لماذا قصفت الطائرات الروسية المدنيين في حلب؟",
        [("RUS", "MIL", "ASSAULT", "SYR", "CVL")],
        id="a-why-question-takes-the-act-as-done",
    ),
    pytest.param(
        "وخطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا مقاتلين من المعارضة.",
        [("SYR", "REB", "ASSAULT", None, None)],
        id="the-body-a-group-is-the-arm-of-is-no-argument",
    ),
    pytest.param(
        "واعتقلت قوات الاحتلال ثلاثة شبان فلسطينيين في الخليل.",
        [("ISR", "MIL", "COERCE", "PSE", "CVL")],
        id="the-occupation-forces-are-israels",
    ),
    pytest.param(
        "وأفرجت السلطات البحرينية عن الناشط بعد انقضاء فترة السجن.",
        [("BHR", "GOV", "RETREAT", None, None)],
        id="a-prison-term-is-no-arrest",
    ),
    pytest.param(
        "وتأتي هذه الخطوة في إطار التحضيرات لزيارة الملك سلمان إلى الأردن.",
        [],
        id="preparations-for-a-visit-are-no-visit",
    ),
    pytest.param(
        "وحقق الجيش اليمني انتصارات كبيرة في محافظة مأرب خلال الأسبوع الماضي.",
        [],
        id="achieving-victories-is-no-inquiry",
    ),
    pytest.param(
        "وحققت النيابة العامة المصرية مع الصحفي في القاهرة.",
        [("EGY", "JUD", "ACCUSE", None, None)],
        id="inquiring-with-someone-is-an-inquiry",
    ),
    pytest.param(
        "ودعت فرنسا ودول الاتحاد الأوروبي إيران إلى الإفراج عن الصحفيين.",
        [("FRA", "GOV", "REQUEST", "IRN", "GOV"), ("EU", "IGO", "REQUEST", "IRN", "GOV")],
        id="and-the-states-of-a-body-are-a-second-subject",
    ),
    pytest.param(
        "وهاجم تنظيم «داعش» مواقع للجيش السوري في ريف حمص.",
        [("ISIS", "REB", "ASSAULT", "SYR", "MIL")],
        id="a-group-named-in-quotes-after-the-verb-is-its-subject",
    ),
    pytest.param(
        "بينما ترفض جماعة (بوكو حرام) أي مفاوضات مع الحكومة النيجيرية.",
        [("NGA", "REB", "REJECT", "negotiations", None)],
        id="a-group-named-in-brackets-after-the-verb-is-its-subject",
    ),
    pytest.param(
        "واستهدفت مقاتلات التحالف مليشيات «الحوثي» في محافظة صعدة.",
        [("SAU", "MIL", "ASSAULT", "YEM", "REB")],
        id="the-kind-of-group-before-a-quoted-name-is-that-group",
    ),
    pytest.param(
        "وذكرت مصادر محلية أن سبعة من الحوثيين وقوات صالح قتلوا في قصف على صعدة.",
        [(None, None, "ASSAULT", "YEM", "REB"), (None, None, "ASSAULT", "YEM", "REB")],
        id="the-forces-of-saleh-are-a-group-killed-with-the-houthis",
    ),
    pytest.param(
        "وقتل شرطي مصري في هجوم شنه مسلحون في العريش.",
        [("EGY", "REB", "ASSAULT", "EGY", "COP")],
        id="killed-with-nothing-after-him-was-killed",
    ),
    pytest.param(
        "واختطف مهندس صيني في جنوب السودان.",
        [(None, None, "ASSAULT", "CHN", "CVL")],
        id="abducted-with-nothing-after-him-was-abducted",
    ),
    pytest.param(
        "وقتل الجيش النيجيري في ولاية بورنو المسلحين المهاجمين.",
        [("NGA", "MIL", "ASSAULT", None, "REB")],
        id="killed-with-someone-after-the-place-killed-them",
    ),
    pytest.param(
        "وقد رحل الرئيس الجزائري الأسبق عن عالمنا أمس.",
        [],
        id="passed-away-is-no-deporting",
    ),
    pytest.param(
        "وأوقفت الحكومة المصرية العمل بالقانون الجديد.",
        [],
        id="stopping-a-law-is-no-arrest",
    ),
    pytest.param(
        "وأعلنت الحكومة الأردنية تعبئة الخزانات بالمياه قبل الصيف.",
        [],
        id="filling-tanks-is-no-mobilising",
    ),
    pytest.param(
        "ورحلت السلطات الإيرانية آلاف اللاجئين الأفغان.",
        [("IRN", "GOV", "COERCE", "AFG", "REF")],
        id="deporting-people-is-deporting",
    ),
    pytest.param(
        "وكانت لجنة حقوق الطفل في منظمة الدول الأفريقية قد دعت الحكومة النيجيرية إلى الإفراج"
        " عن التلاميذ.",
        [],
        id="the-subject-between-kana-and-qad-is-no-actor",
    ),
    pytest.param(
        "وكان عدد من النواب الكويتيين قد انتقد الحكومة الإيرانية.",
        [("KWT", "LEG", "ACCUSE", "IRN", "GOV")],
        id="the-part-between-kana-and-qad-is-the-doer",
    ),
    pytest.param(
        "وكانت تركيا واليونان قد توصلتا الشهر الماضي إلى اتفاق بشأن الهجرة.",
        [("TUR", "GOV", "AGREE", "GRC", "GOV"), ("GRC", "GOV", "AGREE", "TUR", "GOV")],
        id="the-actors-between-kana-and-qad-are-the-doers",
    ),
    pytest.param(
        "وكان الصحفيان قد اختطفهما مسلحون في بنغازي.",
        [("LBY", "REB", "ASSAULT", None, None)],
        id="kana-qad-and-a-pronoun-the-doer-follows",
    ),
    pytest.param(
        "وقال الوزير إن الأردن يدعم الحل السياسي. وتنتقد منظمات حقوقية الحكومة الأثيوبية.",
        [
            ("JOR", "GOV", "SUPPORT", "political solution", None),
            (None, "NGO", "ACCUSE", "ETH", "GOV"),
        ],
        id="rights-groups-after-the-verb-are-its-subject",
    ),
    pytest.param(
        "أكدت المحكمة الكويتية ثبوت التهمة على المتهم، وأطلق النار على المصلين داخل المسجد.",
        [(None, None, "ASSAULT", "KWT", "REL")],
        id="a-court-carried-over-shoots-no-one",
    ),
    pytest.param(
        "وارتفعت أسعار القمح بعد اندلاع الحرب بين روسيا وأوكرانيا.",
        [],
        id="a-war-between-two-that-dates-the-clause",
    ),
    pytest.param(
        "ودارت اشتباكات عنيفة بين الجيش والمسلحين قرب الحدود.",
        [(None, "MIL", "ASSAULT", None, "REB"), (None, "REB", "ASSAULT", None, "MIL")],
        id="clashes-between-two-sides-are-told",
    ),
    pytest.param(
        "وكان يوم وفاته يوما فارقا في مسيرة والده الراحل.",
        [],
        id="his-fathers-career-is-no-march",
    ),
    pytest.param(
        "وخرجت مسيرة حاشدة في وسط العاصمة احتجاجا على القرار.",
        [(None, None, "PROTEST", "resolution", None)],
        id="a-mass-march-is-a-protest",
    ),
    pytest.param(
        "وأشاد رئيس الوزراء العراقي حيدر العبادي بالدعم الذي يقدمه التحالف الدولي للقوات العراقية.",
        [("IRQ", "GOV", "SUPPORT", "USA", "MIL")],
        id="praised-what-the-coalition-gives",
    ),
    pytest.param(
        "وبدأ الجيش الباكستاني حملة عسكرية واسعة ضد حركة طالبان في وزيرستان.",
        [("PAK", "MIL", "ASSAULT", "TALIBAN", "REB")],
        id="military-campaign-is-an-attack",
    ),
    pytest.param(
        "وتعهد الرئيس التركي بالرد بحزم على أي اعتداء يستهدف حدود بلاده.",
        [("TUR", "GOV", "AGREE", None, None)],
        id="what-any-attack-would-do-is-no-attack",
    ),
    pytest.param(
        "وأكد سامح شكري خلال لقائه جون كيري أهمية الحوار.",
        [("EGY", "GOV", "CONSULT", "USA", "GOV")],
        id="his-meeting-with-hamza-seat-pronoun",
    ),
    pytest.param(
        "وتقدمت المقاومة اليمنية في محافظة تعز بعد اشتباكات عنيفة مع مليشيات الحوثي.",
        [("YEM", "REB", "ASSAULT", "YEM", "REB")],
        id="clashes-with-the-other-side-after-bad",
    ),
    pytest.param(
        "وتفرض المقاومة الشعبية حصارا خانقا على مليشيا الحوثي في المدينة.",
        [("YEM", "REB", "ASSAULT", "YEM", "REB")],
        id="siege-laid-by-fighters-is-military",
    ),
    pytest.param(
        "وفرضت الولايات المتحدة حصارا اقتصاديا على كوبا.",
        [("USA", "GOV", "SANCTION", "CUB", "GOV")],
        id="blockade-by-a-state-is-a-sanction",
    ),
    pytest.param(
        "والتقى وزير الدفاع الأمريكي رئيس الوزراء الإسرائيلي في محاولة لتهدئة قلق إسرائيل.",
        [("USA", "GOV", "CONSULT", "ISR", "GOV")],
        id="a-worry-calmed-is-no-criticism",
    ),
    pytest.param(
        "وقال الرئيس المصري إن مصر واجهت أخطر فكر إرهابي في المنطقة.",
        [],  # (facing an idea is no fight either)
        id="most-dangerous-is-no-notifying",
    ),
    pytest.param(
        "وأكد الوزير أن الجيش قادر على صد أي هجوم حوثي.",
        [],
        id="able-to-repel-is-no-repelling",
    ),
    pytest.param(
        "وصوت مجلس الأمن بالإجماع على تمديد بعثة الأمم المتحدة للدعم في ليبيا.",
        [],
        id="support-in-a-missions-name",
    ),
    pytest.param(
        "ويحتشد على الكورنيش في الأعياد آلاف الزوار للاستمتاع بالمهرجان.",
        [],
        id="festival-crowds-are-no-protest",
    ),
    pytest.param(
        "وتدور اشتباكات بين الجيش اليمني والمقاومة الشعبية من جهة، وبين ميليشيات الحوثي"
        " من جهة أخرى في تعز.",
        [("YEM", "MIL", "ASSAULT", "YEM", "REB"), ("YEM", "REB", "ASSAULT", "YEM", "MIL")],
        id="two-sides-each-with-allies",
    ),
    pytest.param(
        "وطالب عدد من النواب الكويتيين الحكومة بالاستقالة.",
        [("KWT", "LEG", "REQUEST", None, "GOV")],
        id="a-number-of-mps-demand",
    ),
    pytest.param(
        "وأعرب عدد من النواب الإيرانيين عن اعتراضهم على الاتفاق النووي.",
        [("IRN", "LEG", "REJECT", "nuclear deal", None)],
        id="a-number-of-mps-object",
    ),
    pytest.param(
        "وجرح العشرات من الجانبين في الاشتباكات.",
        [(None, None, "ASSAULT", None, None)],
        id="dozens-wounded-are-no-doers",
    ),
    pytest.param(
        "وحاصرت القوات العراقية الفلوجة من ثلاث جهات.",
        [("IRQ", "MIL", "ASSAULT", "IRQ", None)],
        id="siege-of-a-city-hits-its-country",
    ),
    pytest.param(
        "وقصفت الطائرات الروسية مدينة حلب.",
        [("RUS", "MIL", "ASSAULT", "SYR", None)],
        id="city-shelled-is-the-target",
    ),
    pytest.param(
        "واحتلت مدينة الموصل المرتبة الثانية في المسابقة.",
        [],
        id="city-right-after-the-verb-is-its-subject",
    ),
    pytest.param(
        "وتراجعت الحكومة الألمانية توقعاتها لإنتاج الطاقة الشمسية.",
        [],
        id="a-forecast-revised-concedes-nothing",
    ),
    pytest.param(
        "وشهد قطاع التعليم في البلاد حراكا كبيرا هذا العام.",
        [],
        id="activity-in-a-sector-is-no-protest-movement",
    ),
    pytest.param(
        "وقصفت الطائرات التركية مواقع تنظيم داعش فجرا في شمال سوريا.",
        [("TUR", "MIL", "ASSAULT", "ISIS", "REB")],
        id="fajran-before-a-preposition-is-at-dawn",
    ),
    pytest.param(
        "وقالت الحكومة المصرية إن التسهيلات الجديدة شجعت المستثمرين الأتراك على دخول السوق.",
        [],
        id="what-encourages-makes-no-request",
    ),
    pytest.param(
        "وقال سامح شكري إنه تبدأ مرحلة جديدة تحمي الحريات وتشجع الشباب على العمل.",
        [],
        id="feminine-verb-is-not-the-minister",
    ),
    pytest.param(
        "وقالت الوزيرة إن حكومتها ستبقي على معارضتها للاتفاق للتأثير على تصويت الكونغرس.",
        [],
        id="the-deal-opposed-is-no-agreeing",
    ),
    pytest.param(
        "وقال وزير الصحة المصري: للأسف الشديد لم تقم منظمة الصحة العالمية بواجبها.",
        [],
        id="unfortunately-is-no-apology",
    ),
    pytest.param(
        "وقال قائد الشرطة العميد سالم المالكي إنه لا مكان للمخربين في المدينة.",
        [],
        id="participle-after-preposition-names-doers",
    ),
    pytest.param(
        "سيغيب قلب الدفاع البرتغالي بيبي عن ريال مدريد الاسباني في مباراة الدوري المقبلة.",
        [],
        id="in-sports-news-places-are-teams",
    ),
    pytest.param(
        "واستقبلت شباك ريال مدريد هدفين بعد مواجهتهما فرقا من طراز روما في مباريات الدوري.",
        [],
        id="a-match-with-rome-is-no-fight-with-italy",
    ),
    pytest.param(
        "وجاء ذلك قبل انسحاب معظم القوات الأجنبية من أفغانستان العام الماضي.",
        [(None, "MIL", "RETREAT", "AFG", "GOV")],
        id="foreign-forces-withdrawing-have-no-country",
    ),
    pytest.param(
        "وأعلن الكرملين انسحاب معظم القوات الروسية.",
        [("RUS", "MIL", "RETREAT", None, None)],
        id="most-of-the-forces-withdraw",
    ),
    pytest.param(
        "ودعت قيادة الجيش اللبناني المواطنين إلى الابتعاد عن الحدود مع سوريا.",
        [("LBN", "MIL", "REQUEST", None, "CVL")],
        id="command-of-a-body-is-the-body",
    ),
    pytest.param(
        "وحذر وزير الصحة السعودي من خطورة انتشار الفيروس.",
        [],
        id="warning-of-a-risk-is-no-threat",
    ),
    pytest.param(
        "وحذرت الخارجية البريطانية من هجمات محتملة على السياح في تونس.",
        [],
        id="warning-of-a-possible-attack-is-an-alert",
    ),
    pytest.param(
        "وحذرت السفارة الأمريكية رعاياها من احتمال تعرض المطار لهجوم.",
        [],
        id="warning-of-a-likely-attack-is-an-alert",
    ),
    pytest.param(
        "وحذر وزير الخارجية الألماني البرلمان اليوناني من أن رفض الإصلاحات سيقود إلى الإفلاس.",
        [],
        id="warning-that-a-consequence-follows-is-no-threat",
    ),
    pytest.param(
        "وحذرت الحكومة الأردنية من أن استمرار الحصار الإسرائيلي على غزة سيشعل المنطقة.",
        [],
        id="warning-that-names-no-one-warned",
    ),
    pytest.param(
        "واستنكرت الحكومة الكويتية الهجوم الذي استهدف المصلين وأسفر عن مقتل 27 شخصا.",
        [
            ("KWT", "GOV", "ACCUSE", None, None),
            (None, None, "ASSAULT", None, "REL"),
            (None, None, "ASSAULT", None, "CVL"),
        ],
        id="condemner-is-no-killer",
    ),
    pytest.param(
        "ونجحت الحكومة الأردنية في تحقيق الاستقرار في البلاد.",
        [],
        id="achieving-is-no-investigating",
    ),
    pytest.param(
        "وأجرت الشرطة المصرية تحقيقات مع المتهمين في الهجوم.",
        [("EGY", "COP", "ACCUSE", "EGY", "CRM")],
        id="investigations-with-suspects",
    ),
    pytest.param(
        "ووافق الملك سلمان على طلبه وأصدر أمرا بإعفائه من منصبه.",
        [("SAU", "GOV", "AGREE", None, None)],
        id="his-request-is-no-students",
    ),
    pytest.param(
        "أشادت منظمة العفو الدولية بالجهود الكبيرة التي تبذلها الحكومة التونسية.",
        [("AMNESTY", "NGO", "SUPPORT", "TUN", "GOV")],
        id="praised-for-what-it-does",
    ),
    pytest.param(
        "وانتقدت الخارجية الأمريكية الإجراءات التي اتخذتها السلطات المصرية بحق الصحفيين.",
        [("USA", "GOV", "ACCUSE", "EGY", "GOV")],
        id="criticised-for-what-it-did",
    ),
    pytest.param(
        "ورحبت السعودية بالقرار الذي أصدره مجلس الأمن بشأن اليمن.",
        [("SAU", "GOV", "SUPPORT", "UNSC", "IGO")],
        id="welcomed-what-it-issued",
    ),
    pytest.param(
        "ودارت معارك عنيفة بين الجيش السوري والمعارضة المسلحة في ريف إدلب.",
        [("SYR", "MIL", "ASSAULT", "SYR", "REB"), ("SYR", "REB", "ASSAULT", "SYR", "MIL")],
        id="battles-between-two-sides",
    ),
    pytest.param(
        "ونصب مسلحون كمينا لدورية للجيش المصري في سيناء.",
        [("EGY", "REB", "ASSAULT", "EGY", "MIL")],  # gunmen in Sinai: of Egypt
        id="setting-an-ambush-is-an-attack",
    ),
    pytest.param(
        "واشتبك الجيش اللبناني ومسلحون سوريون قرب عرسال.",
        [("LBN", "MIL", "ASSAULT", "SYR", "REB"), ("SYR", "REB", "ASSAULT", "LBN", "MIL")],
        id="coordinated-sides-fight-each-other",
    ),
    pytest.param(
        "ووصل نائب الرئيس اليمني إلى مطار عدن قادما من الرياض.",
        [],
        id="arriving-home-is-no-visit",
    ),
    pytest.param(
        "وصل الرئيس السوداني عمر البشير إلى القاهرة في زيارة رسمية.",
        [("SDN", "GOV", "CONSULT", "EGY", "GOV")],
        id="arriving-abroad-is-a-visit",
    ),
    pytest.param(
        "شهدت المدينة حراكا سياحيا كبيرا خلال إجازة العيد.",
        [],
        id="movement-of-another-field-is-no-protest",
    ),
    pytest.param(
        "وخرج آلاف المحتجين في حراك شعبي ضد الحكومة في عدن.",
        [("YEM", "CVL", "PROTEST", "YEM", "GOV")],
        id="popular-movement-is-a-protest",
    ),
    pytest.param(
        "وشن الإعلام القطري هجوما عنيفا على مصر.",
        [("QAT", "MED", "ACCUSE", "EGY", "GOV")],
        id="press-attacks-in-words",
    ),
    pytest.param(
        "واندلعت حرب إعلامية بين قطر ومصر بعد نشر التقرير.",
        [],
        id="media-war-is-no-assault",
    ),
    pytest.param(
        "وقال المصدر إن أكثر من أربعين حوثيا جرحوا في المعارك، كما قتل عشرة"
        " وجرح عشرون من المقاتلين.",
        [(None, None, "ASSAULT", "YEM", "REB"), (None, None, "ASSAULT", None, "REB")],
        id="counted-wounded-are-victims",
    ),
    pytest.param(
        "وهاجم مسلحون حوثيون نقطة أمنية في مدينة عدن.",
        [("YEM", "REB", "ASSAULT", "YEM", "COP")],  # (the police of the post)
        id="gunmen-by-group-nisba",
    ),
    pytest.param(
        "وخطف مسلحون ثلاثة من رجال الشرطة الليبية قرب سرت.",
        [("LBY", "REB", "ASSAULT", "LBY", "COP")],
        id="count-of-a-body-is-object",
    ),
    pytest.param(
        "وتعرضت بلدة داريا لقصف عنيف بالمدفعية الثقيلة.",
        [(None, None, "ASSAULT", None, None)],
        id="arms-after-bi-are-means",
    ),
    pytest.param(
        "واتهم الرئيس التشادي معارضيه بالعمالة لفرنسا.",
        [],
        id="charge-is-no-target",
    ),
    pytest.param(
        "وأسفر القصف عن مقتل ثمانية مدنيين وجرح عشرين آخرين في حلب.",
        [(None, None, "ASSAULT", "SYR", "CVL")],
        id="wounding-joined-to-a-count",
    ),
    pytest.param(
        "اعتُقل ثلاثة صحفيين أتراك في أنقرة.",
        [(None, None, "COERCE", "TUR", "MED")],
        id="passive-written-with-its-damma",
    ),
    pytest.param(
        "وقالت الشرطة الأفغانية إن جنديين قتلا وأصيب خمسة آخرون في كمين.",
        [(None, None, "ASSAULT", None, "MIL")],
        id="killed-with-no-object-then-a-passive",
    ),
    pytest.param(
        "وقال الناطق إن المسلحين قتلوا في اشتباك مع الجيش الصومالي.",
        [("SOM", "MIL", "ASSAULT", None, "REB")],
        id="killed-with-no-object-then-a-preposition",
    ),
    pytest.param(
        "وقال الناطق إن الجيش الصومالي قتل في الاشتباك عشرين مسلحا.",
        [("SOM", "MIL", "ASSAULT", None, "REB")],
        id="killed-in-then-a-count-is-active",
    ),
    pytest.param(
        "وأدانت الحكومة الأردنية قتل أحد الأهالي في إربد.",
        [("JOR", "GOV", "ACCUSE", None, None), (None, None, "ASSAULT", None, "CVL")],
        id="condemned-is-the-doer-not-the-victims",
    ),
    pytest.param(
        "وأدانت قطر اعتقال الشرطة الإسرائيلية لصحفيين فلسطينيين في القدس.",
        [("QAT", "GOV", "ACCUSE", "ISR", "COP"), ("ISR", "COP", "COERCE", "PSE", "MED")],
        id="object-with-lam-after-a-noun-and-its-doer",
    ),
    pytest.param(
        "وتواصل قصف التحالف لمواقع الحوثيين في صعدة.",
        [("SAU", "MIL", "ASSAULT", "YEM", "REB")],
        id="owner-of-the-lam-object",
    ),
    pytest.param(
        "وأكدت الحكومة أن التصرف غير المسؤول للميليشيات أدى إلى اغتيال أحد الأهالي.",
        [(None, None, "ASSAULT", None, "CVL")],
        id="ghayr-is-no-clause-opener",
    ),
    pytest.param(
        "واستقبل الرئيس اليمني عبدربه منصور هادي السفير الأمريكي. وقالت المصادر إن هذا"
        " التصرف غير المسؤول أدى إلى اغتيال أحد الأهالي.",
        [("YEM", "GOV", "CONSULT", "USA", "GOV"), (None, None, "ASSAULT", None, "CVL")],
        id="ghayr-before-a-title-is-an-adjective",
    ),
    pytest.param(
        "وأوضحت وزارة الداخلية البحرينية أن المتفجرات استخدمت في التفجير الإرهابي بالمنامة.",
        [(None, None, "ASSAULT", "BHR", None)],
        id="no-state-body-did-what-it-calls-terrorism",
    ),
    pytest.param(
        "وأدانت الإمارات الهجوم الإرهابي الذي نفذته حركة الشباب.",
        [("ARE", "GOV", "ACCUSE", "SOM", "REB"), ("SOM", "REB", "ASSAULT", None, None)],
        id="condemned-act-with-its-doer",
    ),
    pytest.param(
        "وشنت القوات الجوية المصرية غارات على مواقع إرهابية في سيناء.",
        [("EGY", "MIL", "ASSAULT", None, None)],
        id="places-called-terrorist-are-not-the-act",
    ),
    pytest.param(
        "وقتل في الهجوم زعيم حركة الشباب الذي ألقت القوات الصومالية القبض عليه الشهر الماضي.",
        [("SOM", "MIL", "COERCE", "SOM", "REB"), (None, None, "ASSAULT", "SOM", "REB")],
        id="resumptive-pronoun-makes-the-head-the-object",
    ),
    pytest.param(
        "وكانت المقاومة تقدمت بغطاء جوي من طيران التحالف الذي قصف مواقع الحوثيين.",
        [(None, "MIL", "ASSAULT", "YEM", "REB")],
        id="relative-clause-head-is-its-subject",
    ),
    pytest.param(
        "والتقى أمير منطقة الرياض بالسفير الفرنسي.",
        [("SAU", "GOV", "CONSULT", "FRA", "GOV")],
        id="office-of-a-place-with-no-name",
    ),
    pytest.param(
        "واستقبل وزير الحج السعودي أول فوج من حجاج بيت الله الحرام.",
        [],
        id="receiving-pilgrims-is-no-consultation",
    ),
    pytest.param(
        "وهددت الشرطة التركية المحتجين بتفريقهم بالقوة.",
        [("TUR", "COP", "THREATEN", "TUR", "CVL"), (None, "CVL", "PROTEST", None, None)],
        id="a-state-threatens-its-own-people",
    ),
    pytest.param(
        "وقال المواطن إن الأوضاع الراهنة تهدد أرواح الطلاب.",
        [],
        id="a-situation-threatening-lives-is-no-threat",
    ),
    pytest.param(
        "وتعرضت دورية للشرطة العراقية لهجوم من مسلحين مجهولين.",
        [(None, "REB", "ASSAULT", "IRQ", "COP")],
        id="who-one-came-under-attack-from",
    ),
    pytest.param(
        "وقالت وزارة الداخلية التونسية إن مسلحا هاجم فندقا قتل فيه عشرات من السياح.",
        [(None, "REB", "ASSAULT", None, "CVL")],
        id="killed-in-it-with-a-count-is-passive-and-by-the-one-attack-told",
    ),
    pytest.param(
        "وأعلنت السلطات التركية أن التفجير الانتحاري في سروج أودى بحياة 32 شخصا.",
        [(None, None, "ASSAULT", None, "CVL")],
        id="no-state-did-a-suicide-bombing",
    ),
    pytest.param(
        "وأكدت وزارة الداخلية التركية أن الهجوم الانتحاري نفذه عنصر من تنظيم داعش.",
        [("ISIS", "REB", "ASSAULT", None, None)],
        id="carried-out-by-a-member-of-a-group",
    ),
    pytest.param(
        "قتل اليوم ثلاثة مسلحين في قندهار بعد هجوم عنيف للقوات الأفغانية.",
        [("AFG", "MIL", "ASSAULT", "AFG", "REB")],
        id="killed-right-after-an-armed-sides-attack",
    ),
    pytest.param(
        "وكان متحدثون من «حركة الشباب» قد هددوا الحكومة الكينية.",
        [("SOM", "REB", "THREATEN", "KEN", "GOV")],
        id="people-of-a-group-are-the-group",
    ),
    pytest.param(
        "ونزح السكان من القرى بعد هجوم مسلحي حركة الشباب عليها.",
        [("SOM", "REB", "ASSAULT", None, None)],
        id="genitive-before-a-pronoun-object-is-the-doer",
    ),
    # ... and before a place noun with a possessive pronoun (منازلهم، مواقعها)
    pytest.param(
        "وشجب المتحدث قصف مسلحي حركة الشباب مواقعها قرب الحدود.",
        [("SOM", "REB", "ASSAULT", None, None)],
        id="genitive-before-an-owned-place-is-the-doer",
    ),
    pytest.param(
        "وعبر الأمير جلوي بن عبدالعزيز أمير منطقة نجران عن سعادته بزيارة قصر أبا السعود"
        " التاريخي في وسط مدينة نجران.",
        [],
        id="a-visit-to-a-town-of-ones-own-state-is-no-consultation",
    ),
    pytest.param(
        "وقالت المصادر إن مناطق سورية تتعرض لقصف عنيف.",
        [(None, None, "ASSAULT", "SYR", None)],
        id="a-nationality-of-a-place-noun-is-no-doer",
    ),
    pytest.param(
        "وأفادت المصادر بأن محافظة مأرب اليمنية تعرضت لقصف عنيف.",
        [(None, None, "ASSAULT", "YEM", None)],
        id="a-nationality-after-a-named-place-is-no-doer",
    ),
    pytest.param(
        "وقصفت الطائرات الروسية مواقع في مناطق سورية عدة.",
        [("RUS", "MIL", "ASSAULT", "SYR", None)],
        id="a-nationality-of-a-place-after-a-preposition-stays-where",
    ),
    pytest.param(
        "وهاجمت الجماعات الإرهابية مركزا للشرطة في المدينة.",
        [(None, "REB", "ASSAULT", None, "COP")],
        id="a-group-noun-called-terrorist-is-an-armed-group",
    ),
    pytest.param(
        "فهد العتيبي- سبق- الرياض: أشاد مغردون بقرار وزير التعليم.",
        [],
        id="a-dispatchs-place-line-is-no-actor",
    ),
    pytest.param(
        "رحبت الرياض بالاتفاق.",
        [("SAU", "GOV", "SUPPORT", "agreement", None)],
        id="a-capital-as-subject-stays-its-government",
    ),
    pytest.param(
        "وهاجم المسلحون مسقط رأس الرئيس.",
        [(None, "REB", "ASSAULT", None, None)],
        id="a-birthplace-is-not-muscat",
    ),
    pytest.param(
        "وأرسلت المملكة قوات استجابة لمناشدة الحكومة اليمنية الشرعية للدفاع عن الشعب اليمني.",
        [("YEM", "GOV", "REQUEST", None, None)],
        id="the-genitive-of-an-appeal-past-its-adjective-is-its-doer",
    ),
    pytest.param(
        "وجاء القرار استجابة لطلب الحكومة العراقية من الأمم المتحدة.",
        [("IRQ", "GOV", "REQUEST", "UNO", "IGO")],
        id="a-requests-genitive-doer-and-its-own-preposition",
    ),
    pytest.param(
        "وتمكن الجيش من استعادة القرى بعد سيطرة متطرفي تنظيم داعش عليها.",
        [("ISIS", "REB", "ASSAULT", None, None)],
        id="the-men-of-a-group-in-the-construct-plural-are-the-group",
    ),
    pytest.param(
        "وهاجم متطرفي الحوثي القرية.",
        [("YEM", "REB", "ASSAULT", None, None)],
        id="a-construct-plural-before-a-group-is-no-my-suffix",
    ),
    pytest.param(
        "وقتل الجيش عشرات من متشددي حركة الشباب.",
        [(None, "MIL", "ASSAULT", "SOM", "REB")],
        id="a-construct-plural-of-a-group-as-the-victims",
    ),
    pytest.param(
        "وتصاعد الغضب بعد مقتل شرطي في مدينة أربيل.",
        [(None, None, "ASSAULT", "IRQ", "COP")],
        id="the-one-killed-after-a-death-noun-in-the-singular",
    ),
    pytest.param(
        "وانسحبت قوات المعارضة السورية إلى إدلب.",
        [("SYR", "OPP", "RETREAT", None, None)],
        id="the-place-withdrawn-to-is-not-whom-from",
    ),
    pytest.param(
        "وقال الدبلوماسي بالسفارة الأميركية في القاهرة إن المسلحين يهددون المسيحيين.",
        [("EGY", "REB", "THREATEN", "EGY", "REL")],
        id="an-embassy-after-bi-is-a-post-not-where-it-happens",
    ),
    pytest.param(
        "وقدم الهلال الأحمر الفلسطيني مساعدات لسكان غزة.",
        [("PSE", "NGO", "AID", "PSE", "CVL")],
        id="a-nationality-after-a-society-is-its-country-not-an-actor",
    ),
    pytest.param(
        "وانتقد الوزير الأردني الهلال الأحمر السعودي.",
        [("JOR", "GOV", "ACCUSE", "SAU", "NGO")],
        id="a-national-society-as-the-target",
    ),
    pytest.param(
        "وأشاد الوزير الأردني بالهلال الأحمر.",
        [("JOR", "GOV", "SUPPORT", "REDCRESCENT", "NGO")],
        id="a-society-with-no-nationality-said-gets-no-country",
    ),
    pytest.param(
        "وكان الرئيس العراقي قد أعلن خلال زيارته طهران عن مشروع للمياه.",
        [("IRQ", "GOV", "CONSULT", "IRN", "GOV")],
        id="after-a-noun-with-a-pronoun-comes-its-object-not-its-doer",
    ),
    pytest.param(
        "وقال الوزير الأردني إن زيارته القاهرة ناجحة.",
        [("JOR", "GOV", "CONSULT", "EGY", "GOV")],
        id="his-visit-to-a-capital-is-his",
    ),
    pytest.param(
        "وواصل عبدالملك الحوثي مهاجمة عدن من جديد.",
        [("YEM", "REB", "ASSAULT", "YEM", "GOV")],
        id="a-place-after-a-noun-of-attack-is-attacked-even-of-the-same-country",
    ),
    pytest.param(
        "وفي زيارة لاربيل الأسبوع الماضي وصف وزير الدفاع الأمريكي اشتون كارتر قوات البشمركة"
        " بأنها نموذج.",
        [],
        id="a-place-after-visit-and-lam-is-where-not-the-visitor",
    ),
    pytest.param(
        "وأكد الوزير المصري إدانة بلاده للهجوم على السفارة.",
        [("EGY", "GOV", "ACCUSE", None, None), (None, None, "ASSAULT", None, "GOV")],
        id="an-attack-a-condemnation-noun-names-with-lam-is-not-the-condemners",
    ),
    pytest.param(
        "ورحب الوزير بالهجمات التركية على تنظيم داعش.",
        [("TUR", None, "ASSAULT", "ISIS", "REB")],
        id="an-attack-welcomed-keeps-its-own-doer",
    ),
    pytest.param(
        "ويحاكم في القضية ثلاثة أشقاء ألقت السلطات السعودية القبض عليهم على صلة بالتفجير"
        " الانتحاري الذي استهدف المسجد.",
        # (the mosque's worshippers are hit; no place is named for their country)
        [(None, None, "ASSAULT", None, "CVL")],
        id="a-suicide-bombing-named-in-the-trigger-is-not-the-arresting-states",
    ),
    pytest.param(
        "وعبر كيري عن تهنئة حكومته لمصر بإنجاز القناة.",
        [("USA", "GOV", "SUPPORT", "EGY", "GOV")],
        id="a-country-with-lam-after-his-government-is-its-addressee",
    ),
    pytest.param(
        "وأكد الوزير الأمريكي دعم حكومته للعراق في حربه على الإرهاب.",
        [("USA", "GOV", "SUPPORT", "IRQ", "GOV")],
        id="his-governments-support-for-a-country-with-lam",
    ),
    pytest.param(
        "ووافقت إيران على مستوى آمن من التخصيب.",
        [("IRN", "GOV", "AGREE", None, None)],
        id="safe-with-madda-is-not-security",
    ),
    pytest.param(
        "الرياض - مثل المتهمون أمام القضاء الكويتي أمس. ووجهت النيابة العامة الاتهام إلى 29"
        " شخصا في القضية.",
        [("KWT", "JUD", "ACCUSE", "KWT", "CVL")],
        id="an-unnamed-prosecution-is-of-the-last-judiciary-named",
    ),
    pytest.param(
        "الرياض - ووجهت النيابة العامة الاتهام إلى 29 شخصا في القضية.",
        [("SAU", "JUD", "ACCUSE", "SAU", "CVL")],
        id="with-no-judiciary-named-the-prosecution-is-the-dispatchs",
    ),
    pytest.param(
        "وقالت الحكومة السورية إن هجومها على المدينة يستهدف الإرهابيين.",
        [("SYR", "GOV", "ASSAULT", "SYR", "REB")],
        id="her-attack-the-speaker-tells-of-is-hers",
    ),
    pytest.param(
        "وقال الجيش إن هجماته على مواقع المتمردين مستمرة.",
        [(None, "MIL", "ASSAULT", None, "REB")],
        id="a-pronoun-after-a-plural-noun-is-its-doer",
    ),
    pytest.param(
        "وقال الوزير إن الهجمات على المدينة مستمرة.",
        [],  # (nor are they an act told here: the attacks, with no one in them)
        id="attacks-a-speaker-tells-of-are-not-his",
    ),
    pytest.param(
        "الرياض - أشاد قادة العالم بجهود المملكة.",
        [],
        id="the-worlds-leaders-are-of-no-country",
    ),
    pytest.param(
        "وتلقى الرئيس المصري تهنئة العاهل الأردني بنجاح الانتخابات.",
        [("JOR", "GOV", "SUPPORT", "EGY", "GOV")],
        id="a-congratulation-received-is-its-genitives-to-the-receiver",
    ),
    pytest.param(
        "وتلقى الرئيس المصري دعوة العاهل الأردني لزيارة عمان.",
        [("JOR", "GOV", "CONSULT", "EGY", "GOV")],
        id="an-invitation-received-is-to-the-receiver",
    ),
    pytest.param(
        "وتلقى الرئيس المصري دعوة من العاهل الأردني لزيارة الأردن.",
        [("JOR", "GOV", "CONSULT", "EGY", "GOV")],
        id="an-invitation-received-from-a-sender",
    ),
    pytest.param(
        "وسيزور وزير الخارجية السعودي باريس لبحث الأزمة اليمنية والحرب على الحوثيين.",
        [("SAU", "GOV", "CONSULT", "FRA", "GOV")],
        id="a-war-discussed-on-a-visit-is-a-topic",
    ),
    pytest.param(
        "وبحث الرئيس الفرنسي مع نظيره المصري الحرب في اليمن.",
        [("FRA", "GOV", "CONSULT", "EGY", "GOV")],
        id="the-object-of-a-discussion-is-a-topic",
    ),
    pytest.param(
        "وتباحث وزيرا الخارجية المصري والأردني بشأن الغارات الإسرائيلية على غزة.",
        [("EGY", "GOV", "CONSULT", "JOR", "GOV"), ("JOR", "GOV", "CONSULT", "EGY", "GOV")],
        id="talks-about-air-strikes-code-the-talks",
    ),
    pytest.param(
        "وكثر الحديث عن مفاوضات سرية بين إيران والولايات المتحدة.",
        [],
        id="talk-of-negotiations-is-no-negotiation",
    ),
    pytest.param(
        "وتناول الاجتماع الهجوم على السفارة الأمريكية في بنغازي.",
        [],
        id="an-attack-a-meeting-dealt-with-is-a-topic",
    ),
    pytest.param(
        "وبحث الوزير مع السفير الأمريكي التطورات في سوريا، فيما قصفت الطائرات الروسية"
        " مواقع المعارضة.",
        [("RUS", "MIL", "ASSAULT", "SYR", "OPP")],
        id="a-strike-told-in-the-next-clause-is-no-topic",
    ),
    pytest.param(
        "وانضم الشاب إلى التنظيم قبل أيام من الهجوم على الكنيسة.",
        [],
        id="an-attack-that-dates-the-clause-is-no-event",
    ),
    pytest.param(
        "وارتفعت الأسعار في عدن بعد اندلاع الحرب في اليمن.",
        [],
        id="a-war-whose-outbreak-dates-the-clause-is-no-event",
    ),
    pytest.param(
        "وغادر السفير الأمريكي صنعاء بعد أيام من الهجوم على السفارة.",
        [],
        id="an-attack-with-a-target-that-dates-the-clause-is-no-event",
    ),
    pytest.param(
        "واعتقلت الشرطة المصرية عشرات الطلاب بعد الاحتجاجات في جامعة القاهرة.",
        [("EGY", "COP", "COERCE", "EGY", "EDU")],
        id="the-arrests-after-protests-stay",
    ),
    pytest.param(
        "وقتل خمسة جنود بعد ساعات من هجوم شنه مسلحون على نقطة أمنية.",
        [(None, "REB", "ASSAULT", None, "MIL"), (None, "REB", "ASSAULT", None, "COP")],
        id="killed-hours-after-an-attack-keeps-the-killing",
    ),
    pytest.param(
        "وقال المتهم إن الهدف كان قتل الجنود الأمريكيين.",
        [],
        id="what-the-goal-was-is-a-goal",
    ),
    pytest.param(
        "وقال المتهم إن هدفه كان فقط خطف السياح الألمان.",
        [],
        id="what-the-only-goal-was-is-a-goal",
    ),
    pytest.param(
        "وقال قائد الشرطة إن الهدف الوحيد هو اعتقال المتهمين.",
        [],
        id="a-goal-with-its-adjective-is-a-goal",
    ),
    pytest.param(
        "وكانت الطائرات التي أرسلتها الحكومة الأمريكية لدعم الجيش العراقي قليلة العدد.",
        [],
        id="a-purpose-in-a-relative-clause-is-no-event",
    ),
    pytest.param(
        "واقتحم مسلحو الحوثي المدينة، ليس فقط لطرد القوات الحكومية بل لاعتقال قادة المقاومة.",
        [("YEM", "REB", "ASSAULT", None, None)],
        id="not-only-to-expel-but-to-arrest-are-purposes",
    ),
    pytest.param(
        "وقال المفتي إن قتل الأبرياء محرم في كل الأديان.",
        [],
        id="killing-judged-forbidden-is-no-killing",
    ),
    pytest.param(
        "وقال الوزير إن قصف المدنيين غير مقبول.",
        [],
        id="shelling-judged-unacceptable-is-no-shelling",
    ),
    pytest.param(
        "وقال الوزير إن الهجوم غير المسبوق استهدف الجنود.",
        [(None, None, "ASSAULT", None, "MIL")],
        id="an-unprecedented-attack-is-still-an-attack",
    ),
    pytest.param(
        "وشرح المفتي عقوبة القتل العمد في الشريعة.",
        [],
        id="the-penalty-for-killing-is-no-killing",
    ),
    pytest.param(
        "ونشرت المواقع المتطرفة فيديوهات إعدامات داعش.",
        [],
        id="videos-of-executions-are-no-execution",
    ),
    pytest.param(
        "وقال الشيخ إن من يقتل مسلما فجزاؤه جهنم.",
        [],
        id="whoever-kills-is-no-killing",
    ),
    pytest.param(
        "وانفجرت عبوة ناسفة في سوق المدينة دون وقوع إصابات.",
        [(None, None, "ASSAULT", None, None)],
        id="no-one-hurt-is-no-second-attack",
    ),
    pytest.param(
        "وقالت مصادر فلسطينية إن البحرية الإسرائيلية استهدفت قوارب الصيادين في غزة.",
        [("ISR", "MIL", "ASSAULT", "PSE", "CVL")],
        id="fishermen-are-civilians",
    ),
    pytest.param(
        "وأنكر المتهم نيته قتل المصلين في الحسينية.",
        [],  # (nor is a killing only intended, by no one named, an event: kg.events)
        id="the-object-of-an-intention-is-no-doer",
    ),
    pytest.param(
        # what a government will not allow, it does not do (and what no one named will
        # do is no event)
        "وقالت الحكومة اللبنانية إنها لن تسمح بالاعتداء على المتظاهرين.",
        [],
        id="what-a-government-will-not-allow-it-does-not-do",
    ),
    pytest.param(
        "وتعتزم الحكومة المصرية حظر جماعة الإخوان.",
        [("EGY", "GOV", "SANCTION", "EGY", "OPP")],
        id="the-object-of-a-verb-of-intending-stays-its-object",
    ),
    pytest.param(
        "وانتقد النواب الترحيل المقترح للسجناء اليمنيين إلى عمان.",
        [],
        id="a-proposed-deportation-is-only-asked-for",
    ),
    pytest.param(
        "وطالبت الحكومة الإيرانية بترحيل سكان القريتين إلى الساحل بالإضافة إلى ترحيل سكان"
        " المدينة إلى دمشق.",
        [("IRN", "GOV", "REQUEST", None, "CVL")],
        id="an-act-in-addition-to-one-asked-for-is-asked-for",
    ),
    pytest.param(
        "وقامت الشرطة التركية باعتقال عشرة مسلحين بالإضافة إلى اعتقال صحفيين.",
        [("TUR", "COP", "COERCE", "TUR", "REB"), ("TUR", "COP", "COERCE", None, "MED")],
        id="an-act-in-addition-to-one-done-is-done",
    ),
    pytest.param(
        "وصوت مجلس الأمن على قرار يقضي بفرض عقوبات على كوريا الشمالية.",
        [("UNSC", "IGO", "SANCTION", "PRK", "GOV")],
        id="what-a-decision-holds-is-done",
    ),
    pytest.param(
        "ولم يتخذ الرئيس الأمريكي قرارا بشأن ترحيل المعتقلين اليمنيين.",
        [],
        id="a-decision-about-a-deportation-is-no-deportation",
    ),
    pytest.param(
        "وسعى الوزير الأمريكي إلى طمأنة الحلفاء الخليجيين بشأن الاتفاق مع إيران.",
        [],
        id="reassurance-about-an-agreement-is-no-agreement",
    ),
    pytest.param(
        "وأصدرت وزارة الداخلية السعودية بيانا بشأن اعتقال خمسة مطلوبين.",
        [("SAU", "COP", "COERCE", "SAU", "CRM")],
        id="a-statement-about-arrests-tells-them",
    ),
    pytest.param(
        "وقال المتحدث إن الوزيرين سيناقشان إمكانية تعاون مصري-أردني في الحرب على داعش.",
        [],
        id="a-war-in-the-cooperation-discussed-is-a-topic",
    ),
    pytest.param(
        "وتداول ناشطون مقاطع مصورة لعناصر تنظيم داعش.",
        [],
        id="circulating-clips-is-no-consultation",
    ),
    pytest.param(
        "وتداول ناشطون فيديوهات تظهر اعتقال الطلاب.",
        [(None, None, "COERCE", None, "EDU")],
        id="what-circulated-clips-show-is-no-topic",
    ),
    pytest.param(
        "وتداول الرئيس المصري مع نظيره الفرنسي الأوضاع في ليبيا.",
        [("EGY", "GOV", "CONSULT", "FRA", "GOV")],
        id="deliberating-with-a-counterpart-is-consultation",
    ),
    pytest.param(
        "ورعت السفارة الأمريكية في الرياض معرضا للفنون.",
        [],
        id="sponsoring-an-exhibition-is-no-mediation",
    ),
    pytest.param(
        "وتشهد مدينة أبها حراكا سياحيا كبيرا منذ بداية الصيف.",
        [],
        id="a-tourist-movement-is-no-protest",
    ),
    pytest.param(
        "وتشهد مدينة عدن حراكا شعبيا ضد الحوثيين.",
        [("YEM", "CVL", "PROTEST", "YEM", "REB")],  # (the city's people)
        id="a-popular-movement-against-a-side-is-a-protest",
    ),
    pytest.param(
        "ونزح الآلاف إلى لبنان بعد احتلال الميليشيات لمدينة القصير وتهجير سكانها.",
        [],
        id="an-act-joined-to-one-that-dates-the-clause-dates-it-too",
    ),
    # a preposition with a pronoun may stand between a verb and its subject
    pytest.param(
        "استعاد الجيش اليمني المواقع التي استولت عليها ميليشيا الحوثي الشهر الماضي.",
        [("YEM", "REB", "ASSAULT", None, None)],
        id="the-subject-after-a-resumptive-pronoun-did-it",
    ),
    # what one is exposed to or faces: its genitive or its doer verb did it
    pytest.param(
        "تعرضت مواقع المتمردين في صعدة لغارات طيران التحالف.",
        [("SAU", "MIL", "ASSAULT", "YEM", "REB")],
        id="the-genitive-of-what-positions-came-under-is-the-doer",
    ),
    pytest.param(
        "تعرض مستشفى المدينة لقصف مدفعية الميليشيات.",
        [(None, "UAF", "ASSAULT", None, None)],
        id="the-genitive-of-shelling-a-hospital-came-under-is-the-doer",
    ),
    pytest.param(
        "تواجه حركة طالبان هجمات يشنها تنظيم داعش على مواقعها في الشرق.",
        [("ISIS", "REB", "ASSAULT", "TALIBAN", "REB")],
        id="facing-attacks-makes-the-subject-their-target",
    ),
    pytest.param(
        "وسبق أن واجهت الحكومة انتقادات دولية خلال زيارة الرئيس المصري إلى ألمانيا.",
        [("EGY", "GOV", "CONSULT", "DEU", "GOV")],
        id="facing-criticism-is-no-fight-and-no-criticism-by-the-subject",
    ),
    pytest.param(
        "أدانت الحكومة الهجمات التي يشنها الحوثيون على المدنيين.",
        [("YEM", "REB", "ASSAULT", None, "CVL"), (None, "GOV", "ACCUSE", "YEM", "REB")],
        id="the-doer-verb-of-a-relative-clause-names-the-attacker",
    ),
    pytest.param(
        "قتل خمسة جنود أفغان في كمين نصبته حركة طالبان قرب قندهار.",
        [("TALIBAN", "REB", "ASSAULT", "AFG", "MIL")],
        id="the-dead-of-an-ambush-were-killed-by-who-laid-it",
    ),
    pytest.param(
        "تعرضت قرية فلسطينية لهجوم المستوطنين ليلا.",
        [("ISR", "CVL", "ASSAULT", "PSE", None)],
        id="settlers-are-israeli-civilians",
    ),
    # a role word or demonym agreeing in case and number describes the group before it
    pytest.param(
        "وهدد نواب محافظون الرئيس الإيراني بإلغاء الاتفاق.",
        [(None, "LEG", "THREATEN", "IRN", "GOV")],
        id="conservative-deputies-are-no-governors",
    ),
    pytest.param(
        "أضرم مستوطنون إسرائيليون متطرفون النار في منزل عائلة فلسطينية.",
        [("ISR", "CVL", "ASSAULT", "PSE", "CVL")],  # (arson on a home is an attack)
        id="extremist-settlers-are-one-actor",
    ),
    pytest.param(
        "هاجم مسلحو الحوثيين المتظاهرين في الساحة.",
        [("YEM", "REB", "ASSAULT", None, "CVL"), (None, "CVL", "PROTEST", None, None)],
        id="an-object-after-an-idafa-subject-is-no-adjective",
    ),
    pytest.param(
        "وهاجمت ميليشيات الحوثي المتمردة الحكومة اليمنية في عدن.",
        [("YEM", "REB", "ASSAULT", "YEM", "GOV")],
        id="the-feminine-of-rebel-describes-militias",
    ),
    pytest.param(
        "وشهدت مدينة إب أمس اغتيال أحد المعلمين، يدعى أحمد سالم، على يد المسلحين الحوثيين.",
        [("YEM", "REB", "ASSAULT", None, "EDU")],
        id="the-agent-after-the-victims-name",
    ),
    # deaths told as the result of an attack: its doer killed them, not who tells it
    pytest.param(
        "قال مسؤولون في وزارة الصحة إن انفجارا أسفر عن مقتل أربعة أشخاص في رفح.",
        [(None, None, "ASSAULT", "PSE", "CVL")],
        id="who-tells-of-a-deadly-blast-did-not-kill",
    ),
    pytest.param(
        "وقال المتحدث إن غارة للتحالف استهدفت مخزنا ما أسفر عن مقتل 15 من المتمردين الحوثيين.",
        [("SAU", "MIL", "ASSAULT", "YEM", "REB")],
        id="the-deaths-an-air-strike-caused-are-its-doers",
    ),
    pytest.param(
        "وشنت المقاومة الشعبية هجوما استهدف دورية عسكرية تابعة للحوثيين قرب تعز.",
        [("YEM", "REB", "ASSAULT", "YEM", "REB")],
        id="what-an-attack-targeted-its-doer-targeted",
    ),
    # a participle describing the noun before it tells what it is, not an act
    pytest.param(
        "وأكد أن الأردن من الدول المشاركة بالتحالف في اليمن.",
        [],
        id="the-participating-states-take-part-in-no-event",
    ),
    pytest.param(
        "وقدمت الوزارة الخدمات المساندة لقوات الأمن السعودية.",
        [],
        id="support-services-are-no-support",
    ),
    # a war named at its beginning dates the clause; it is not told again
    pytest.param(
        "وغادر الرئيس اليمني إلى الرياض مع بداية الحرب في عدن.",
        [],
        id="the-beginning-of-the-war-is-a-date",
    ),
    # the wounded told with the dead were hurt by the same attack; its doer is no victim
    pytest.param(
        "أفادت مصادر محلية يمنية بمقتل أربعة مدنيين وإصابة تسعة آخرين"
        " جراء قصف شنه الحوثيون على أحياء سكنية في تعز.",
        [("YEM", "REB", "ASSAULT", "YEM", "CVL")],
        id="the-wounded-with-the-dead-and-the-shellers",
    ),
    pytest.param(
        # (the shelling of Gaza and the children it killed are one act: kg.events dedupe)
        "أسفر القصف الإسرائيلي عن مقتل طفلين وإصابة عشرة فلسطينيين في غزة.",
        [("ISR", "MIL", "ASSAULT", "PSE", "CVL")],
        id="the-verb-of-result-before-the-attack",
    ),
    pytest.param(
        "أصيب عشرون شخصا في حادث سير على طريق الرياض.",
        [],
        id="a-road-accident-wounds-without-an-attack",
    ),
    # thanks and support given (قدم شكره، أكد دعمه) are nouns, not "he thanked him"
    pytest.param(
        "الرياض - واس: وقدم سمو ولي العهد شكره وتقديره لسمو ولي عهد مملكة البحرين"
        " على مشاعره النبيلة.",
        [("SAU", "GOV", "SUPPORT", "BHR", "GOV")],
        id="thanks-given-to-a-titled-prince",
    ),
    pytest.param(
        "الرياض - واس: وأكد الملك دعمه للحكومة اليمنية الشرعية.",
        [("SAU", "GOV", "SUPPORT", "YEM", "GOV")],
        id="support-affirmed-is-a-noun",
    ),
    # a relative clause on an unknown name is about him, not about an actor told before
    pytest.param(
        "وانتقدت الحكومة الأمريكية الاتحاد بشدة، ويشرف على القرعة المدرب الهولندي"
        " يوهان فان دير الذي وصل إلى روسيا أمس.",
        [("USA", "GOV", "ACCUSE", None, None)],
        id="who-arrived-is-the-relatives-head",
    ),
    # an envoy "in" a state serves there; a minister "in" a state is its own
    pytest.param(
        "وبحث السفير السعودي بدولة الكويت مع وزير الخارجية الكويتي العلاقات الثنائية.",
        [("SAU", "GOV", "CONSULT", "KWT", "GOV")],
        id="an-envoy-in-a-state-is-not-its-own",
    ),
    # a "fight" against a social ill is policy, not force used on an actor
    pytest.param(
        "وبدأ رئيس الوزراء العراقي حيدر العبادي خطوات في محاربة الفساد وسوء الإدارة.",
        [],
        id="fighting-corruption-is-no-assault",
    ),
    pytest.param(
        "الرياض - واس: وأكدت وزارة الداخلية حرص الحكومة على محاربة المخدرات بأنواعها.",
        [],
        id="fighting-drugs-is-no-assault",
    ),
    # the genitive of a visit: a person is the visitor, a place is where he goes
    pytest.param(
        "وأكدت شخصيات سياسية أردنية أن زيارة صاحب السمو الملكي الأمير محمد بن سلمان"
        " للأردن تعزز العلاقات.",
        [("SAU", "GOV", "CONSULT", "JOR", "GOV")],
        id="the-visitor-is-the-visits-genitive",
    ),
    pytest.param(
        "وقال وزير الخارجية الإيراني محمد جواد ظريف إن زيارة دولة الكويت تأتي لوجود إرادة مشتركة.",
        [("IRN", "GOV", "CONSULT", "KWT", "GOV")],
        id="a-state-visited-is-the-visits-genitive",
    ),
    # a defence named by its verbal noun is a duty or an aim; a defence told has its verb
    pytest.param(
        "وأعلنت قيادة القوات المشتركة استشهادهم أثناء أدائهم الواجب في الدفاع عن الشعب اليمني.",
        [],
        id="the-duty-of-defending-is-no-support",
    ),
    pytest.param(
        "وأطلقت الإدارة الأمريكية حسابا جديدا على تويتر للدفاع عن الاتفاق مع إيران.",
        [],
        id="an-account-to-defend-a-deal-is-no-support",
    ),
    # a verb of being able or going on: its subject does what its verbal noun names
    pytest.param(
        "وأكملت القوات اليمنية الموالية للشرعية أمس السيطرة على مطار عدن.",
        [("YEM", "MIL", "ASSAULT", None, None)],
        id="who-completed-the-takeover-took-over",
    ),
    # a state past a border is where it happened, not whom it hit
    pytest.param(
        "قتل ثلاثة أشخاص في انفجار سيارة مفخخة في بلدة قريبة من الحدود مع العراق.",
        [(None, None, "ASSAULT", None, "CVL")],
        id="the-state-across-the-border-is-no-target",
    ),
    pytest.param(
        "انفجرت عبوة ناسفة في قرية قريبة من الحدود السورية.",
        [(None, None, "ASSAULT", None, None)],
        id="a-state-named-by-its-border-is-no-target",
    ),
    # the subject before تعرض came under the act; من قبل X names who did it
    pytest.param(
        "وذكر المتحدث أن الجنود الأتراك تعرضوا لهجوم من قبل مسلحين أكراد.",
        [("TUR", "REB", "ASSAULT", "TUR", "MIL")],  # (the PKK)
        id="who-came-under-attack-before-the-verb-and-by-whom",
    ),
    # a past form with an agent after it is a passive; the agent is who did it
    pytest.param(
        "اعتقل خمسة صحفيين من قبل الشرطة الإيرانية في طهران.",
        [("IRN", "COP", "COERCE", None, "MED")],
        id="an-agent-after-a-past-form-makes-it-passive",
    ),
    pytest.param(
        "وقالت المصادر إن عناصر من الجيش السوري الحر اعتقلوا على أيدي مقاتلي تنظيم داعش.",
        [("ISIS", "REB", "COERCE", "SYR", "REB")],
        id="the-arrested-before-the-verb-and-the-agent-after",
    ),
    # arriving is a visit only when a state or a city is reached, and not by a force
    pytest.param(
        "حددت الحكومة موعد الانتخابات لأول مرة منذ وصول الرئيس الراحل هوغو تشافيز إلى السلطة.",
        [],
        id="coming-to-power-is-no-visit",
    ),
    pytest.param(
        "وصلت قوات مصرية إلى اليمن للمشاركة في العمليات.",
        [],
        id="troops-arriving-are-no-visit",
    ),
    pytest.param(
        "وصل قائد الجيش اللبناني إلى واشنطن في زيارة رسمية تستغرق يومين.",
        [("LBN", "MIL", "CONSULT", "USA", "GOV")],
        id="a-commander-arriving-visits",
    ),
    # a bare past form after a verb of judging and its named subject is a verbal noun,
    # its genitive the doer (دانت X قصف الحوثيين: the Houthis shelled)
    pytest.param(
        "استنكرت منظمة الصحة العالمية قصف الميليشيات للمستشفيات في تعز.",
        [("WHO", "IGO", "ACCUSE", "YEM", "UAF"), ("YEM", "UAF", "ASSAULT", "YEM", "CVL")],
        id="a-condemned-verbal-noun-after-a-named-subject",
    ),
    pytest.param(
        "دانت منظمة التعاون الإسلامي قصف الحوثيين للأحياء السكنية.",
        [("OIC", "IGO", "ACCUSE", "YEM", "REB"), ("YEM", "REB", "ASSAULT", None, None)],
        id="the-genitive-of-a-condemned-act-is-its-doer",
    ),
    # a title before a body is that body's head
    pytest.param(
        "استقبل رئيس حزب الله السفير الإيراني في بيروت.",
        [("LBN", "UAF", "CONSULT", "IRN", "GOV")],
        id="the-head-of-a-movement-is-the-movement",
    ),
    # the subject of a verb voicing a stance with عن holds it
    pytest.param(
        "وأعرب وزير الخارجية الكويتي عن إدانته للتفجير الذي استهدف المسجد.",
        # (the mosque's worshippers are hit; no place is named for their country)
        [("KWT", "GOV", "ACCUSE", None, None), (None, None, "ASSAULT", None, "CVL")],
        id="who-voiced-his-condemnation",
    ),
    # a possessed body is its owner's, not a state named after it
    pytest.param(
        "أعلن وزير ليبي عن اتفاق حكومته مع الجزائر على تأمين الحدود.",
        [("LBY", "GOV", "AGREE", "DZA", "GOV")],
        id="his-government-is-his-states-not-the-next-ones",
    ),
    # two areas seized are territory, as one is
    pytest.param(
        "وبسطت القوات الأفغانية سيطرتها على مديريتين في ولاية هلمند.",
        # (the verbal noun with its owner reads as the verb سيطرت: the province's state)
        [("AFG", "MIL", "ASSAULT", "AFG", None)],
        id="two-districts-seized-are-territory",
    ),
    # people with no nationality named act where an earlier sentence put the scene
    pytest.param(
        "الرياض - واس: تتواصل المعارك في ليبيا. وسيطر المسلحون على مطار المدينة.",
        [("LBY", "REB", "ASSAULT", None, None)],
        id="gunmen-are-of-the-country-the-article-is-in",
    ),
    # whose control a place was is no seizure; freeing places from it is
    pytest.param(
        "وأعلن الجيش العراقي تحرير ثلاث قرى من سيطرة داعش.",
        [("IRQ", "MIL", "ASSAULT", "ISIS", "REB")],
        id="freeing-places-from-control-takes-them",
    ),
    pytest.param(
        "وتتعهد تركيا بدعم المجالس المحلية في المناطق الخارجة عن سيطرة النظام السوري.",
        [("TUR", "GOV", "AGREE", None, None)],
        id="out-of-control-is-no-seizure",
    ),
    pytest.param(
        "ترأس الوزير اجتماعا لرئيس التحرير وهيئة تحرير الصحيفة.",
        [],
        id="editing-is-no-freeing",
    ),
    # a capital after مدينة is the city, not its government
    pytest.param(
        "قصفت الميليشيات الحوثية مدينة عدن بالمدفعية.",
        [("YEM", "REB", "ASSAULT", "YEM", None)],
        id="the-city-of-a-capital-is-a-place",
    ),
    # an event noun in a list of social ills is a kind of ill, none that happened
    pytest.param(
        "وتحارب قوات الأمن الإرهاب والتخريب في المنطقة.",
        [],
        id="sabotage-listed-with-terrorism-is-an-ill",
    ),
    # a place and a time set off by commas stay in the clause: the object after them
    pytest.param(
        "استقبل الرئيس المصري عبد الفتاح السيسي، في قصر الاتحادية بالقاهرة أمس، وزير الخارجية"
        " الروسي سيرغي لافروف.",
        [("EGY", "GOV", "CONSULT", "RUS", "GOV")],
        id="the-guest-after-a-place-set-off-by-commas",
    ),
    # a title, words of courtesy and a name are one person, not a host and his guest
    pytest.param(
        "استقبل نائب رئيس مجلس الوزراء الكويتي صاحب السمو الشيخ صباح الخالد في الكويت أمس"
        " وزير الخارجية العراقي.",
        [("KWT", "GOV", "CONSULT", "IRQ", "GOV")],
        id="a-title-courtesy-and-name-are-one-host",
    ),
    # an armed force seizing a place occupies ground (unless goods are named); storming
    # takes its object; a raid takes no ground
    pytest.param(
        "وسيطرت القوات العراقية على معظم الأحياء المحيطة بالمطار.",
        [("IRQ", "MIL", "ASSAULT", None, None)],
        id="an-army-seizing-a-place-takes-ground",
    ),
    # acts of violence by an armed force are attacks, not riots
    pytest.param(
        "وقالت الحكومة إن أعمال العنف التي ارتكبتها جماعة بوكو حرام أوقعت مئات القتلى.",
        [("NGA", "REB", "ASSAULT", None, None)],
        id="an-armed-groups-violence-is-an-attack",
    ),
    # "its soldiers" are the subject's, not those of a place named after a preposition
    pytest.param(
        "وشنت فرنسا غارات على مواقع في شمال مالي بعد مقتل أحد جنودها.",
        [("FRA", None, "ASSAULT", "MLI", None), (None, None, "ASSAULT", "FRA", "MIL")],
        id="her-soldiers-are-the-subjects",
    ),
    # a place noun in the dual construct (مدينتي، قريتي) opens the towns shelled
    pytest.param(
        "قصفت قوات النظام مدينتي حمص وحماة.",
        [(None, "MIL", "ASSAULT", "SYR", None)],
        id="towns-shelled-after-a-dual-place-noun",
    ),
    # a capital read as its state is the city after العاصمة: the town stormed
    pytest.param(
        "اقتحم المسلحون العاصمة بغداد أمس.",
        [("IRQ", "REB", "ASSAULT", "IRQ", None)],  # (gunmen of the city they storm)
        id="capital-stormed-after-its-place-noun",
    ),
    # the people a strike abroad killed are its target, the country only where
    pytest.param(
        "أدت غارة فرنسية في شمال مالي إلى مقتل ثلاثة من مسلحي تنظيم القاعدة.",
        [("FRA", "MIL", "ASSAULT", "ALQAEDA", "REB")],
        id="strike-abroad-hit-the-people-named",
    ),
    # a counted sound masculine plural (only people take it) is whom the verb hit,
    # the town after it is where
    pytest.param(
        "خطف المسلحون خمسة مهندسين في مدينة كركوك.",
        [("IRQ", "REB", "ASSAULT", "IRQ", "CVL")],
        id="counted-human-plural-is-the-target-not-the-town",
    ),
    # one of the districts after في is where he was killed, not a count of people hit
    pytest.param(
        "قتل صحفي في هجوم في أحد أحياء مدينة البصرة.",
        [(None, None, "ASSAULT", None, "MED")],
        id="one-of-the-districts-is-where-not-whom",
    ),
    pytest.param(
        "قتل جندي في هجوم على أحد أحياء مدينة حلب.",
        [(None, None, "ASSAULT", None, "MIL")],
        id="one-killed-before-one-of-the-districts",
    ),
    # an indefinite title before و and a verb of harm with "another": he was harmed
    pytest.param(
        "قتل ضابط وجرح آخر في انفجار عبوة ناسفة.",
        [(None, None, "ASSAULT", None, "MIL")],
        id="killed-and-another-wounded",
    ),
    # a call to stop an act goes to the act's doer, named by its nisba
    pytest.param(
        "دعت الحكومة اللبنانية إلى وقف الغارات الإسرائيلية على الجنوب.",
        [("LBN", "GOV", "REQUEST", "ISR", "GOV")],
        id="call-to-stop-an-act-goes-to-its-doer",
    ),
    # a house set on fire, owned by a family of a nationality: its civilians
    pytest.param(
        "أضرم مستوطنون النار في منزل عائلة فلسطينية في القرية.",
        [("ISR", "CVL", "ASSAULT", "PSE", "CVL")],
        id="house-of-a-family-of-a-nationality",
    ),
    # those a strike abroad killed, told with the verb before it, are its target
    pytest.param(
        "قتل خمسة من مقاتلي حزب العمال الكردستاني في غارة تركية في العراق.",
        [("TUR", "MIL", "ASSAULT", "TUR", "REB")],
        id="killed-in-a-strike-abroad-are-its-target",
    ),
    # a sound plural in -ين after a verb is its object, never its subject
    pytest.param(
        "قال إن الحكومة تدعم الاستيطان وتسلح المستوطنين في الضفة الغربية.",
        [(None, "GOV", "AID", "ISR", "CVL")],
        id="an-oblique-plural-after-the-verb-is-its-object",
    ),
    # the genitive of a condemned act is its doer past the time and where they are
    pytest.param(
        "استنكرت منظمة العفو الدولية أمس قصف المتمردين في ليبيا لأحياء سكنية.",
        [("AMNESTY", "NGO", "ACCUSE", "LBY", "REB"), ("LBY", "REB", "ASSAULT", None, None)],
        id="the-doer-of-a-condemned-act-past-time-and-place",
    ),
    # مسيرة of one person is a career, of a crowd a march
    pytest.param(
        "الرياض - واس: تحدث الكاتب عن مسيرة الوزير السعودي الراحل في خدمة الوطن.",
        [],
        id="a-ministers-career-is-no-march",
    ),
    # stopping the fighting (إيقاف القتال) is no fighting
    pytest.param(
        "ودعا الوزير الألماني الأطراف الليبية إلى الحوار ثم إيقاف القتال.",
        [("DEU", "GOV", "REQUEST", "LBY", "GOV")],
        id="stopping-the-fighting-is-no-fighting",
    ),
    # a title of media names a publication; an interview is where words were said
    pytest.param(
        "الرياض - واس: وفي دراسة نشرتها مجلة الدعوة السعودية تبين أن الطلاب متفوقون.",
        [],
        id="a-magazine-title-is-no-invitation",
    ),
    pytest.param(
        "وشن رئيس الوزراء العراقي في مقابلة تلفزيونية هجوما على السعودية.",
        [("IRQ", "GOV", "ACCUSE", "SAU", "GOV")],
        id="an-attack-in-an-interview-is-in-words",
    ),
    pytest.param(
        "وشن وزير الخارجية الإيراني هجوما حادا على سياسات الحكومة البحرينية.",
        [("IRN", "GOV", "ACCUSE", "BHR", "GOV")],
        id="an-attack-on-policies-is-in-words",
    ),
    # the place that saw an act (فيينا شهدت الاجتماع) did not do it
    pytest.param(
        "وكانت العاصمة النمساوية فيينا قد شهدت أمس انطلاق الاجتماع الوزاري لوزراء المالية.",
        [],
        id="the-city-that-saw-the-meeting-did-not-hold-it",
    ),
    # what a state weighs (تنظر في دعوات) has not happened
    pytest.param(
        "وقال مصدر إن الحكومة التركية تنظر في دعوات للتنسيق مع المعارضة السورية.",
        [],
        id="calls-a-state-weighs-are-no-event",
    ),
    # what is refused or thwarted was not done; falling captive is no signing
    pytest.param(
        "وقد رفض برلمان طرابلس التوقيع على اتفاق المغرب.",
        [(None, "LEG", "REJECT", "MAR", "GOV")],
        id="a-refused-signing-is-no-signing",
    ),
    pytest.param(
        "وقال محافظ الأنبار إن عشرات من مقاتلي داعش وقعوا أسرى لدى القوات العراقية.",
        [],
        id="falling-captive-is-no-signing",
    ),
    # hosting (احتضن) is a meeting only when a meeting is hosted; taking part is
    # cooperation only with its partner (شارك مع)
    pytest.param(
        "احتضنت الرياض النسخة الخامسة من معرض الكتاب الدولي.",
        [],
        id="hosting-a-fair-is-no-meeting",
    ),
    pytest.param(
        "وأقيمت المهرجانات في المدن السعودية وشارك فيها الأهالي.",
        [],
        id="taking-part-in-a-festival-is-no-cooperation",
    ),
    # عمان is Amman in an article about Jordan with nothing only Oman has, else Oman
    pytest.param(
        "عمان - «الوطن»: تجمع عشرات المتظاهرين أمام مقر الأونروا في عمان. وقالت الحكومة"
        " الأردنية إنها تتابع الأمر.",
        [("JOR", "CVL", "PROTEST", "UNRWA", "IGO")],
        id="amman-in-an-article-about-jordan",
    ),
    pytest.param(
        "مسقط - واس: استقبل السلطان قابوس في عمان وزير الخارجية الأردني.",
        [("OMN", "GOV", "CONSULT", "JOR", "GOV")],
        id="oman-where-its-sultan-is-named",
    ),
    # a dateline with a lone tatweel typed for its dash is no subject of the sentence
    pytest.param(
        "دمشق ـ ا ف ب: يشكل اغتيال العقيد سامر الخطيب، قائد الشرطة في المدينة، امس، تصعيدا خطيرا.",
        [(None, None, "ASSAULT", "SYR", "MIL")],
        id="a-tatweel-dateline",
    ),
    # a curse with God as its subject (قاتلهم الله) is no fight
    pytest.param(
        "وقال إن هؤلاء المسلحين قاتلهم الله لا يعرفون الرحمة.",
        [],
        id="a-curse-is-no-fight",
    ),
    # an armed force in the genitive of a noun of attacks made them
    pytest.param(
        "وأدانت الحكومة اعتداءات جماعة بوكو حرام في نيجيريا.",
        [(None, "GOV", "ACCUSE", "NGA", "REB"), ("NGA", "REB", "ASSAULT", None, None)],
        id="the-attacks-of-an-armed-group-are-its-own",
    ),
    # who undertook an act named with بـ did it (قام X بـ، قيام X بـ), and is no victim
    # of a wounding told before it
    pytest.param(
        "وأصيب شرطيان إثر قيام مسلحين بإطلاق النار على دورية في العريش.",
        [("EGY", "REB", "ASSAULT", "EGY", "COP")],
        id="who-undertook-the-shooting-shot",
    ),
    # حركة before a movement's name is part of it, and الحركة alone is the one named
    # before; a multiword event noun holds the role word it opens with
    pytest.param(
        "أصدرت حركة الجهاد الإسلامي بيانا. وقالت الحركة إنها ترفض المبادرة المصرية.",
        [("PSE", "REB", "REJECT", "EGY", "GOV")],
        id="the-movement-alone-is-the-one-named-before",
    ),
    pytest.param(
        "ودعا المتحدث إلى عدم انزلاق الحركات الاحتجاجية نحو الصدام مع الجيش.",
        [],
        id="protest-movements-are-no-movement-of-a-party",
    ),
    pytest.param(
        "الرياض - واس: أعرب وزير الداخلية الدكتور سعد الحربي عن إدانته واستنكاره للعمل الإرهابي.",
        [("SAU", "GOV", "ACCUSE", None, None)],
        id="an-honorific-between-a-title-and-its-name",
    ),
    pytest.param(
        "الرياض - واس: أعرب رئيس مجلس الشورى الدكتور سعد الحربي عن استنكاره للعمل الإرهابي.",
        [("SAU", "LEG", "ACCUSE", None, None)],
        id="the-head-of-a-body-and-his-name-are-one-long-subject",
    ),
    pytest.param(
        "أعرب معالي وزير الخارجية السعودي عن إدانته للعمل الإرهابي.",
        [("SAU", "GOV", "ACCUSE", None, None)],
        id="a-form-of-address-before-the-stance-holder",
    ),
    pytest.param(
        "قتل شرطيان في هجوم مسلح بمدينة أبها.",
        [(None, None, "ASSAULT", "SAU", "COP")],
        id="a-city-name-takes-no-pronoun-abha-is-not-ibb",
    ),
    pytest.param(
        "هنأ خادم الحرمين الملك سلمان أبطال أبها. وأعرب رئيس مجلس الشورى عن إدانته للعمل الإرهابي.",
        [("SAU", "LEG", "ACCUSE", None, None)],
        id="few-places-the-persons-state-is-the-articles",
    ),
    pytest.param(
        "وطالب مجلس محافظة نينوى الولايات المتحدة بتسليح العشائر.",
        [("IRQ", "GOV", "REQUEST", "USA", "GOV")],
        id="a-provincial-council-is-its-province-states-and-a-full-state-name-no-adjective",
    ),
    pytest.param(
        "وطالبت شرطة محافظة الأنبار الأهالي بالتعاون.",
        [("IRQ", "COP", "REQUEST", "IRQ", "CVL")],
        id="the-police-of-a-province-are-its-states",
    ),
    pytest.param(
        "طالب مجلس محافظة البصرة إيران بوقف التدخل.",
        [("IRQ", "GOV", "REQUEST", "IRN", "GOV")],
        id="a-sentence-opening-with-talib-and-a-noun-in-construct-opens-with-the-verb",
    ),
    pytest.param(
        "طالب جامعي سعودي يفوز بجائزة دولية في لندن.",
        [],
        id="a-student-with-an-adjective-is-no-demand",
    ),
    pytest.param(
        "ولكن في الحرب السورية لا يمثل مقاتلو تنظيم داعش التهديد الوحيد.",
        [],
        id="the-syrian-war-is-no-attack-on-syria-nor-on-whom-a-negated-verb-names",
    ),
    pytest.param(
        "وفي الأيام الأولى للثورة السورية هتف الطلاب ضد النظام.",
        [(None, "EDU", "PROTEST", None, "GOV")],
        id="a-country-named-without-the-article-takes-none-assuriya-is-an-adjective",
    ),
    pytest.param(
        "وسيطرت قوات المقاومة الداعمة للشرعية قبل أيام على مدينة عدن.",
        [("YEM", "REB", "ASSAULT", "YEM", None)],
        id="days-ago-opens-no-clause-and-on-the-city-of-is-the-verbs-own-preposition",
    ),
    pytest.param(
        "وكانت المقاومة الموالية للرئيس اليمني عبد ربه منصور هادي قد سيطرت على مدينة عدن.",
        [("YEM", "REB", "ASSAULT", "YEM", None)],
        id="whom-the-subject-is-loyal-to-is-not-the-subject",
    ),
    pytest.param(
        "وتحدث الوزير عن مسيرة شهر من العمل الدؤوب.",
        [],
        id="a-masira-with-no-marchers-nor-protest-is-a-journey",
    ),
    pytest.param(
        "شارك الطلاب في مسيرة أمام الجامعة.",
        [(None, "EDU", "PROTEST", None, None)],
        id="students-in-a-masira-march",
    ),
    pytest.param(
        "وأوضح أن العمليات العسكرية التي تقوم بها قوات التحالف تأتي دعما للشرعية.",
        [(None, "MIL", "ASSAULT", None, None)],
        id="who-undertakes-the-operations-in-the-relative-clause-does-them",
    ),
    pytest.param(
        "وكشفت الشرطة الكويتية هوية منفذ التفجير فهد القباع.",
        [(None, None, "ASSAULT", None, None)],
        id="the-one-named-after-the-doer-of-the-bombing-is-no-victim",
    ),
    pytest.param(
        "وكان التنظيم الذي يهدد بإعدامه قد حدد مهلة لإطلاق سراح نساء مسلمات.",
        [],
        id="the-act-right-after-a-threat-is-threatened-not-done",
    ),
    pytest.param(
        "وكبد الجيش الحوثيين خسائر فادحة.",
        [(None, "MIL", "ASSAULT", "YEM", "REB")],
        id="a-plural-nisba-describes-no-singular-noun",
    ),
    pytest.param(
        "سيطر مقاتلو المعارضة السورية على مدينة الزبداني، وكبدوا قوات النظام خسائر فادحة.",
        [("SYR", "OPP", "ASSAULT", "SYR", None), ("SYR", "OPP", "ASSAULT", "SYR", "MIL")],
        id="a-listed-plural-past-form-has-no-subject-after-it",
    ),
    pytest.param(
        "وسيطر مقاتلون من المعارضة السورية على حاجز للجيش.",
        [("SYR", "OPP", "ASSAULT", None, "MIL")],
        id="fighters-from-the-opposition-are-the-opposition",
    ),
    pytest.param(
        "وقتل 63 شخصا أمس جراء قصف قوات النظام العديد من المدن.",
        [(None, "MIL", "ASSAULT", None, "CVL")],
        id="the-genitive-of-a-later-noun-is-no-object-and-an-armed-one-before-a-count-did-it",
    ),
    pytest.param(
        "قال مسؤول يمني في عدن إن الوضع صعب. "
        "سيطرت المقاومة الموالية للحكومة أمس على الحوطة عاصمة محافظة لحج.",
        [("YEM", "REB", "ASSAULT", "YEM", None)],
        id="a-place-taken-the-tables-lack-is-in-the-province-named-after-it",
    ),
    pytest.param(
        "دانت منظمة «هيومان رايتس ووتش» الحقوقية أمس قصف المتمردين لمناطق سكنية.",
        [("HRW", "NGO", "ACCUSE", None, "REB"), (None, "REB", "ASSAULT", None, None)],
        id="a-quoted-subject-then-its-adjective-and-the-day-before-a-verbal-noun",
    ),
    pytest.param(
        "وأكدت الحكومة العراقية أنها تحارب الإرهاب في كل مكان.",
        [],
        id="a-state-fighting-an-idea-attacks-no-one",
    ),
    pytest.param(
        "فتشت قوات الأمن العراقية المنطقة بحثا عن عناصر داعش.",
        [],
        id="searching-for-is-no-talks",
    ),
    pytest.param(
        "وقصفت الطائرات السعودية تجمعات عناصر تنظيم داعش في الأنبار.",
        [("SAU", "MIL", "ASSAULT", "ISIS", "REB")],
        id="an-armed-forces-concentrations-are-no-gathering-of-protest",
    ),
    pytest.param(
        "وألقت السلطات السويسرية القبض على سبعة مسؤولين في فيفا بطلب من القضاء الأمريكي.",
        [("CHE", "GOV", "COERCE", None, "GOV"), ("USA", "JUD", "REQUEST", "CHE", "GOV")],
        id="at-the-request-of-x-x-asked-whom-acted",
    ),
    pytest.param(
        "وتدخل التحالف العربي في اليمن استجابة لطلب الرئيس اليمني عبدربه منصور هادي.",
        [("YEM", "GOV", "REQUEST", "SAU", "MIL")],
        id="in-answer-to-the-request-of-x-x-asked-the-subject",
    ),
    pytest.param(
        "ولبت القاهرة نداء الجامعة العربية لإغاثة النازحين.",
        [("ARL", "IGO", "REQUEST", "EGY", "GOV")],
        id="a-verb-answering-a-call-its-genitive-asked-the-subject",
    ),
    pytest.param(
        "وتلقت المعارضة السورية دعما فرنسيا كبيرا.",
        [("FRA", "GOV", "SUPPORT", "SYR", "OPP")],
        id="a-dual-form-a-nisba-agrees-with-is-an-indefinite-verbal-noun-the-nisba-its-doer",
    ),
    pytest.param(
        "وأكدت الخارجية التونسية على لسان متحدثها الرسمي المستشار محمد الكايد تضامن تونس"
        " مع دولة الكويت.",
        [("TUN", "GOV", "SUPPORT", "KWT", "GOV")],
        id="the-voice-a-body-speaks-through-is-no-subject-of-the-noun-it-affirms",
    ),
    pytest.param(
        "ودانت وزارة الخارجية المصرية بشدة مصادقة لجنة الاستيطان الإسرائيلية على بناء وحدات جديدة.",
        [("EGY", "GOV", "ACCUSE", "ISR", "GOV")],
        id="the-doer-of-the-act-condemned-is-its-genitive-before-the-nouns-preposition",
    ),
    pytest.param(
        "أبدى أهالي القرى ثقتهم بقدرات القوات المسلحة السعودية في ردع تهديدات ميليشيات الحوثي.",
        [],  # (threats with no content told, بـ what, are a danger: no threat made)
        id="an-armed-genitive-of-threats-with-no-content-is-a-danger",
    ),
    pytest.param(
        "وكان في استقبال الرئيس الفرنسي بمطار القاهرة رئيس الوزراء المصري.",
        [("EGY", "GOV", "CONSULT", "FRA", "GOV")],
        id="the-one-named-after-the-guest-was-receiving-him-and-at-the-airport-is-no-name",
    ),
    pytest.param(
        "ثم زار وزير الدفاع الأردني مقر الكتيبة حيث كان في استقبال معاليه قائد الكتيبة"
        " العقيد سامي الخالدي.",
        [(None, "MIL", "CONSULT", "JOR", "GOV")],
        id="the-host-named-past-the-guests-honorific-and-an-office-naming-no-actor",
    ),
    pytest.param(
        "وعقدت مباحثات جمعت وزير الخارجية المصري سامح شكري مع نظيرته الكرواتية في القاهرة.",
        [("EGY", "GOV", "CONSULT", "HRV", "GOV")],
        id="talks-that-brought-together-x-with-y",
    ),
    pytest.param(
        "الرياض - واس: التقى وزير الشؤون الاجتماعية الدكتور ماجد القصبي "
        "بالأمير الدكتور تركي بن سعود.",
        [("SAU", "GOV", "CONSULT", "SAU", "GOV")],
        id="an-office-its-honorific-and-a-given-name-and-turki-bin-is-no-turk",
    ),
    pytest.param(
        "أكد الرئيس المصري عبدالفتاح السيسي ضرورة تعزيز العلاقات، "
        "مشددا أثناء لقائه وزير الخارجية الأمريكي جون كيري على أهمية الحوار.",
        [("EGY", "GOV", "CONSULT", "USA", "GOV")],
        id="a-circumstantial-participle-has-no-speaker-after-it",
    ),
    pytest.param(
        "من جانبه وصف مفتي عام المملكة الشيخ عبدالعزيز آل الشيخ حادثة التفجير بالعمل الإجرامي.",
        [(None, None, "ASSAULT", None, None)],
        id="who-describes-an-attack-did-not-make-it",
    ),
    pytest.param(
        "وتوقفت عملية الإنقاذ مع حلول الليل واستؤنفت فجرًا في المنطقة.",
        [],
        id="fajran-with-its-tanwin-is-at-dawn",
    ),
    pytest.param(
        "وتعهد رئيس الوزراء اليوناني بأن حكومته لن تسمح للبنوك بالحجز على منازل المواطنين.",
        [("GRC", "GOV", "AGREE", None, None)],
        id="what-would-not-be-allowed-is-no-concession",
    ),
    pytest.param(
        "عقب اجتماعه بنظيره الأردني، أكد وزير الخارجية المصري سامح شكري دعم بلاده للأردن.",
        [("EGY", "GOV", "SUPPORT", "JOR", "GOV"), ("EGY", "GOV", "CONSULT", "JOR", "GOV")],
        id="his-in-a-fronted-adverbial-is-the-main-subject-named-after-it",
    ),
    pytest.param(
        "وقال قائد الفرقة العقيد نديم الحسن إن مقاتليه بخير. "
        "وأشار مدير المرصد إلى أنّ جبهة النصرة «قامت باقتحام مخيم للنازحين في قرية قاح».",
        [("SYR", "REB", "ASSAULT", None, "REF")],
        id="the-subject-before-a-quoted-verb-of-undertaking-did-it",
    ),
    pytest.param(
        "وأكد أن ما تبقى من قوات الحوثيين انسحبوا إلى مدينة الحوطة.",
        [("YEM", "REB", "RETREAT", None, None)],
        id="what-remains-of-a-force-withdraws-to-a-place",
    ),
    pytest.param(
        "تقدمت المقاومة الشعبية اليمنية في تعز بعد اشتباكات مع الحوثيين. "
        "كما تمكنت من السيطرة على منطقتي الوهط وصبر.",
        [("YEM", "REB", "ASSAULT", "YEM", "REB"), ("YEM", "REB", "ASSAULT", None, None)],
        id="a-sentence-opening-with-was-able-to-goes-on-with-the-subject-before",
    ),
    pytest.param(
        "اتهمه وزير الداخلية المصري بالفساد.",
        [("EGY", "GOV", "ACCUSE", None, None)],
        id="a-verb-with-an-object-pronoun-has-its-object",
    ),
    pytest.param(
        "ووعدهم الرئيس الأمريكي بالمساعدة. وانهارت هدنة كان يلتزمها الطرفان منذ عامين.",
        [("USA", "GOV", "AGREE", None, None)],
        id="an-agreement-pronoun-is-the-thing-agreed-not-whom",
    ),
    pytest.param(
        "قالت الحكومة الأردنية إنها غير مستعدة للتفاوض مع إسرائيل.",
        [("JOR", "GOV", "REJECT", "ISR", "GOV")],
        id="not-ready-for-talks-refuses-them",
    ),
    pytest.param(
        "أبدت الحكومة الأردنية عدم اهتمامها بالحوار مع إيران.",
        [("JOR", "GOV", "REJECT", "IRN", "GOV")],
        id="no-interest-in-talks-refuses-them",
    ),
    pytest.param(
        "قال الرئيس الإيراني إن بلاده لن تتفاوض مع الولايات المتحدة.",
        [("IRN", "GOV", "REJECT", "USA", "GOV")],
        id="will-not-negotiate-refuses",
    ),
    pytest.param(
        "جدد وزير الخارجية الأردني التأكيد على أن فلسطين ستبقى قضية العرب، مشددا أثناء "
        "لقائه وزير الخارجية الفرنسي أمس على أهمية السلام.",
        [("JOR", "GOV", "CONSULT", "FRA", "GOV")],
        id="a-participle-after-a-complement-speaks-for-the-main-subject",
    ),
    pytest.param(
        "وأهم البنود هي الوقف الفوري لإطلاق النار في اليمن.",
        [],
        id="the-stopping-with-its-article-and-an-adjective-is-no-shooting",
    ),
    pytest.param(
        "وكانت خلية إرهابية تخطط لتنفيذ هجمات على منشآت أمنية في تونس.",
        [("TUN", "REB", "ASSAULT", None, None)],
        id="attacks-planned-by-a-terrorist-cell-are-its-own",
    ),
    pytest.param(
        "اعتقلت الشرطة المصرية رجلا هاجم كنيسة في القاهرة.",
        [(None, "CVL", "ASSAULT", "EGY", "CVL"), ("EGY", "COP", "COERCE", "EGY", "CVL")],
        id="a-verb-after-an-indefinite-noun-describes-it-the-man-attacked",
    ),
    pytest.param(
        "وأكدت مصادر أمنية أن متمردين أكراد فجروا عبوة ناسفة قرب قافلة عسكرية تركية.",
        [("TUR", "REB", "ASSAULT", None, None)],  # (the PKK)
        id="past-an-adjective-of-an-indefinite-actor-it-is-that-actor",
    ),
    pytest.param(
        "أعلنت الشرطة العراقية أن عشرة قتلوا في هجوم انتحاري استهدف دورية للجيش في بغداد.",
        [(None, None, "ASSAULT", "IRQ", "MIL")],
        id="a-verb-describing-an-attack-noun-is-not-the-speakers",
    ),
    pytest.param(
        "وقال الوزير السعودي إن الميليشيات تعمل لصالح دول تستهدف المملكة.",
        [],
        id="what-a-kind-of-thing-does-in-the-present-is-no-one-event",
    ),
    pytest.param(
        "وقال النائب إنه قبل أيام استقبل الملك سلمان رئيس الوزراء الفلسطيني.",
        [("SAU", "GOV", "CONSULT", "PSE", "GOV")],
        id="a-span-of-time-before-a-verb-is-no-noun-it-describes",
    ),
    pytest.param(
        "من ناحيتها طالبت الحكومة الأردنية إسرائيل بوقف الاستيطان.",
        [("JOR", "GOV", "REQUEST", "ISR", "GOV")],
        id="a-noun-with-its-pronoun-is-definite-and-describes-nothing",
    ),
    pytest.param(
        "وقال الوزير إن بريطانيا ستقدم دعما للقضاء على تنظيم داعش.",
        [],
        id="support-for-eliminating-a-group-is-for-a-goal-not-an-attack",
    ),
    pytest.param(
        "وأكد الوزيران أهمية التعاون لمحاربة تنظيم داعش.",
        [],
        id="cooperation-to-fight-a-group-is-for-a-goal-not-an-attack",
    ),
    pytest.param(
        "ورفعت فرنسا حالة التأهب، إذ قال الوزير إن احتمال وقوع هجوم كبير مرتفع.",
        [("FRA", None, "MOBILIZE", None, None)],  # raising the alert is (CAMEO 15)
        id="the-possibility-of-an-attack-is-no-attack",
    ),
    pytest.param(
        "استقال وزير الخارجية الأردني من منصبه أمس.",
        [("JOR", "GOV", "RETREAT", None, None)],
        id="resigning-is-a-retreat-as-in-english-plover-resign-mode",
    ),
    pytest.param(
        "مدد الاتحاد الأوروبي العقوبات الاقتصادية على روسيا ستة أشهر.",
        [("EU", "IGO", "SANCTION", "RUS", "GOV")],
        id="sanctions-with-an-adjective-are-still-sanctions-not-a-mere-topic",
    ),
    pytest.param(
        "بدأت الحكومة الكولومبية مفاوضات السلام مع المتمردين.",
        [("COL", "GOV", "CONSULT", "COL", "REB")],
        id="peace-talks-are-talks-held-not-only-a-topic",
    ),
    pytest.param(
        "ودعا الرئيس الفرنسي إلى ضبط النفس.",
        [("FRA", "GOV", "REQUEST", None, None)],
        id="a-phrase-of-another-sense-still-holds-its-words-restraint",
    ),
    pytest.param(
        "بدأت الحكومة الكولومبية مفاوضات السلام مع المتمردين في هافانا.",
        [("COL", "GOV", "CONSULT", None, "REB")],
        id="the-venue-of-talks-tells-no-partys-country",
    ),
    pytest.param(
        "قتل مسلحون 12 شخصا في بغداد.",
        [("IRQ", "REB", "ASSAULT", "IRQ", "CVL")],
        id="the-place-of-an-attack-tells-the-local-peoples-country",
    ),
    pytest.param(
        "استعادت القوات العراقية السيطرة على مدينة الرمادي من تنظيم داعش.",
        [("IRQ", "MIL", "ASSAULT", "ISIS", "REB")],
        id="whom-a-place-is-taken-from-is-the-target",
    ),
    pytest.param(
        "قتل 20 مدنيا في غارات للتحالف على صعدة.",
        [("SAU", "MIL", "ASSAULT", "YEM", "CVL")],
        id="a-city-attacked-is-where-the-dead-were-and-one-event",
    ),
    pytest.param(
        "خطف مسلحون ثلاثة عمال إغاثة في شمال مالي.",
        [("MLI", "REB", "ASSAULT", "MLI", "LAB")],
        id="relief-workers-are-people-not-relief-given",
    ),
    pytest.param(
        "ووصف الرئيس الأمريكي النظام الإيراني بأنه قمعي وخطير.",
        [],
        id="an-acts-nisba-describes-a-kind-repressive-is-no-coercion",
    ),
    pytest.param(
        "وأخذت الاحتجاجات في بغداد منحى خطيرا.",
        [(None, None, "PROTEST", "IRQ", "GOV")],
        id="a-word-written-with-its-ya-is-no-act-plus-my-a-turn-is-no-grant",
    ),
    pytest.param(
        "وكشف مصدر أن 40 حوثيا من أبناء صعدة قتلوا في المواجهات.",
        [(None, None, "ASSAULT", "YEM", "REB")],
        id="the-counted-before-where-they-are-from-were-killed",
    ),
    pytest.param(
        "بعث الملك سلمان برقية تهنئة للرئيس بوني يايي رئيس جمهورية بنين.",
        [("SAU", "GOV", "SUPPORT", "BEN", "GOV")],
        id="a-name-then-the-office-of-a-state-named-in-its-long-form",
    ),
    pytest.param(
        "سمات الموصل تفجير مقتل شرطة",
        [],
        id="a-pages-list-of-tags-is-no-sentence",
    ),
    pytest.param(
        "وقال مصدر إن ما لا يقل عن 30 حوثيا من أبناء مديرية حيدان بصعدة قتلوا في المواجهات.",
        [(None, None, "ASSAULT", "YEM", "REB")],
        id="the-counted-before-a-longer-origin-were-killed",
    ),
    pytest.param(
        "هاجم وزير الخارجية البحريني تصريحات نوري المالكي.",
        [("BHR", "GOV", "ACCUSE", "IRQ", "GOV")],
        id="attacking-what-was-said-is-in-words-and-no-part-of-a-name",
    ),
    pytest.param(
        "وقال وزير الخارجية الأردني إن الحكومة الإسرائيلية مطالبة بوقف الاستيطان.",
        [("JOR", "GOV", "REQUEST", "ISR", "GOV")],
        id="a-body-before-the-passive-participle-asked-is-asked-not-asking",
    ),
    pytest.param(
        "وقصفت قوات الحشد مواقع داعش في بيجي.",
        [("IRQ", "UAF", "ASSAULT", "ISIS", "REB")],
        id="the-militia-named-mobilisation-is-a-force-not-a-mobilisation",
    ),
    pytest.param(
        "وسجل نايف موسى هدف الفوز في اللقاء ليتأهل فريقه لنهائي كأس خادم الحرمين الشريفين.",
        [],
        id="a-cup-named-after-the-king-is-no-meeting-with-him",
    ),
    pytest.param(
        "وسيطرت القوات العراقية على مبنى الجامعة على بعد كيلومترات جنوبي مدينة الرمادي، "
        "وتعرضت لاحقا لتفجيرات داخل مباني الجامعة.",
        [("IRQ", "MIL", "ASSAULT", None, None)],
        id="at-a-distance-of-opens-no-clause-and-a-city-does-not-act",
    ),
    pytest.param(
        "أعلن الجيش اللبناني تفكيك خلية كانت تخطط لتنفيذ هجمات على منشآت أمنية.",
        [],
        id="a-feminine-indefinite-noun-is-described-the-cell-planned-not-the-army",
    ),
    pytest.param(
        "رفعت الحكومة الأردنية شكوى ضد إسرائيل إلى مجلس الأمن.",
        [("JOR", "GOV", "ACCUSE", "ISR", "GOV")],
        id="filing-a-complaint-against-accuses",
    ),
    pytest.param(
        "دعت الحكومة المحلية لمحافظة الأنبار أمس أهالي مدينة الرمادي مركز المحافظة إلى "
        "الخروج منها.",
        [("IRQ", "GOV", "REQUEST", "IRQ", "CVL")],
        id="a-call-whose-ila-comes-late-past-a-long-object-is-a-call-not-an-invitation",
    ),
    pytest.param(
        "وأكد رئيس الوزراء التركي استمرار العمليات الأمنية مادام هناك تهديد لتركيا.",
        [],
        id="as-long-as-there-is-a-threat-is-no-threat-made",
    ),
    pytest.param(
        "وأكد المتحدث أن الاحتلال الإسرائيلي يتجه نحو التصعيد في القدس.",
        [],
        id="the-occupation-with-its-article-is-the-occupying-power-no-act",
    ),
    pytest.param(
        "وقال مسؤولون إن تسعة أشخاص قتلوا في انفجار ألغام أرضية زرعتها ميليشيات الحوثي.",
        [("YEM", "REB", "ASSAULT", None, "CVL")],
        id="who-planted-the-mines-did-the-blast",
    ),
    pytest.param(
        "وأصبح طبيب الأسنان الأمريكي مشهورا لاتهامه بقتل أسد في زيمبابوي.",
        [],
        id="an-act-one-is-charged-with-by-a-head-with-its-pronoun-is-no-new-act",
    ),
    pytest.param(
        "وتراجعت أسعار النفط، وهو ما دعا الحكومة العراقية إلى خفض الإنفاق.",
        [],
        id="what-called-for-it-led-to-it-nobody-asked",
    ),
    pytest.param(
        "وطلب الرئيس المصري من الوزير نقل تحياته إلى الملك سلمان.",
        [],
        id="asking-to-convey-greetings-is-a-courtesy-no-request",
    ),
    pytest.param(
        "أصدرت محكمة مصرية حكما بالإعدام على الرئيس المعزول محمد مرسي.",
        [("EGY", "JUD", "COERCE", "EGY", "ELI")],
        id="a-death-sentence-ruled-is-a-sentence-not-a-killing",
    ),
    pytest.param(
        "نفذت السلطات السعودية حكم الإعدام بحق مدان.",
        [("SAU", "GOV", "ASSAULT", None, None)],
        id="a-death-sentence-carried-out-is-a-killing",
    ),
    pytest.param(
        "وشملت أحكام الإعدام ثلاثة من قادة المعارضة في الخارج.",
        [(None, None, "COERCE", None, "OPP")],
        id="death-sentences-in-the-plural-are-sentences-not-killings",
    ),
    pytest.param(
        "وصدرت أحكام بالإعدام بحق أربعة ناشطين في إيران.",
        [(None, None, "COERCE", "IRN", "CVL")],
        id="rulings-of-death-in-the-plural-are-sentences",
    ),
    pytest.param(
        "وتصل عقوبة المتهمين إلى الإعدام وفق القانون الجديد.",
        [],
        id="the-death-penalty-of-a-law-kills-no-one",
    ),
    pytest.param(
        "وقصفت قوات النظام حي القابون ليلا دون أنباء عن إصابات.",
        [(None, "MIL", "ASSAULT", "SYR", None)],
        id="no-news-of-casualties-is-no-second-attack",
    ),
    pytest.param(
        "وقع حادث مروري مروع على طريق الرياض الدمام. وقتل شخصان وأصيب أربعة آخرون.",
        [],
        id="the-toll-told-after-a-crash-is-of-the-crash",
    ),
    pytest.param(
        "اندلع حريق في مستودع للأخشاب جنوب المدينة. وقتل ثلاثة عمال وأصيب آخرون بحروق.",
        [],
        id="the-toll-told-after-a-fire-is-of-the-fire",
    ),
    pytest.param(
        "اندلع حريق في مستودع للأخشاب جنوب المدينة. وقصفت طائرات التحالف مواقع الحوثيين في صعدة.",
        [("SAU", "MIL", "ASSAULT", "YEM", "REB")],
        id="an-air-strike-after-a-fire-is-still-one",
    ),
    pytest.param(
        "وانضم مئات الشبان إلى الجيش العراقي خلال الأسابيع الماضية.",
        [],
        id="people-joining-an-army-enlist-no-talks",
    ),
    pytest.param(
        "انضمت تركيا إلى التحالف الدولي ضد داعش.",
        [("TUR", "GOV", "CONSULT", "USA", "MIL")],
        id="a-state-joining-a-coalition-still-takes-part",
    ),
    pytest.param(
        "وارتفعت حصيلة القتلى في صفوف الجيش المالي، كما قتل إرهابيان في الهجوم.",
        [(None, None, "ASSAULT", None, "REB")],
        id="a-group-in-the-dual-after-a-killing-counts-itself-the-two-were-killed",
    ),
    pytest.param(
        "قتل مسلحان شرطيا عراقيا في بغداد.",
        [("IRQ", "REB", "ASSAULT", "IRQ", "COP")],
        id="a-dual-with-an-object-after-it-did-the-killing",
    ),
    pytest.param(
        "وأحبطت السلطات الأمنية البحرينية تهريب مواد شديدة الانفجار إلى المملكة.",
        [],
        id="highly-explosive-is-a-kind-of-material-no-blast",
    ),
    pytest.param(
        "ورفضت وزارة الخارجية الأمريكية التعليق على التقرير.",
        [],
        id="declining-to-comment-rejects-nothing",
    ),
    pytest.param(
        "وقال الخطيب: يقول الله تعالى وَمَن يَقْتُلْ مُؤْمِنًا مُّتَعَمِّدًا فَجَزَآؤُهُ جَهَنَّمُ.",
        [],
        id="fully-vocalised-text-a-verse-quoted-tells-no-event",
    ),
    pytest.param(
        "وأكد الوزير الأردني أن المملكة تقدم المساعدات للاجئين بلا تفريق.",
        # (the aid to the refugees is given; no dispersal is)
        [("JOR", "GOV", "AID", None, "REF")],
        id="without-an-act-it-did-not-happen",
    ),
    # an armed group's epithet after its word (التنظيم المتطرف) is the organisation
    # named before with that word, not rebels of the place's country
    pytest.param(
        "قصفت الطائرات الأردنية مواقع تنظيم داعش في العراق. وقتل التنظيم المتطرف عشرة مدنيين.",
        [("JOR", "MIL", "ASSAULT", "ISIS", "REB"), ("ISIS", "REB", "ASSAULT", "IRQ", "CVL")],
        id="the-organisation-with-its-epithet-is-the-one-named-before",
    ),
    # the men of an armed group called by what they are (المتمردين, المسلحين), after the
    # one group their sentence names, are that group's, not rebels of the place's country
    pytest.param(
        "أعلن حزب العمال الكردستاني مسؤوليته عن الهجوم، وقصفت الطائرات التركية مواقع"
        " المتمردين في جبال قنديل.",
        [("TUR", "MIL", "ASSAULT", "TUR", "REB")],
        id="rebels-after-the-one-group-named-are-its-men",
    ),
    # a group's name only one state's war has (الانقلابيون, المقاومة الشعبية) is of that state
    pytest.param(
        "وهاجمت ميليشيات الانقلابيين مواقع الجيش الوطني.",
        [("YEM", "REB", "ASSAULT", None, "MIL")],
        id="the-putschists-are-of-the-state-of-their-war",
    ),
    pytest.param(
        "واستهدفت المقاومة الشعبية دورية للحوثيين.",
        [("YEM", "REB", "ASSAULT", "YEM", "REB")],
        id="the-popular-resistance-is-of-the-state-of-its-war",
    ),
    pytest.param(
        "وقصفت فلول المخلوع صالح أحياء المدينة.",
        [("YEM", "REB", "ASSAULT", None, None)],
        id="the-deposed-presidents-remnants-are-his-forces",
    ),
    # an occupier's people acted on are the occupied land's, and a state's police acting
    # where the sentence says, in another state's land, act on that land's people
    pytest.param(
        "ومنعت سلطات الاحتلال المصلين من دخول الحرم.",
        [("ISR", "GOV", "COERCE", "PSE", "REL")],
        id="the-occupiers-victims-are-the-occupied-lands-people",
    ),
    pytest.param(
        "واعتقلت الشرطة الإسرائيلية خمسة من المصلين في الحرم القدسي.",
        [("ISR", "COP", "COERCE", "PSE", "REL")],
        id="police-acting-in-another-states-land-hold-its-people",
    ),
    # bare forces the phrase puts in a place are of that place's state, not of the last
    # forces named (of another war)
    pytest.param(
        "انسحبت القوات الليبية من المدينة. وحاصر المسلحون القوات المتمركزة في الرمادي.",
        [("LBY", "MIL", "RETREAT", None, None), ("IRQ", "REB", "ASSAULT", "IRQ", "MIL")],
        id="forces-posted-in-a-place-are-its-states",
    ),
    # the place after في is where, not a target; another place of the same state may be
    pytest.param(
        "وأحكم الجيش اليمني في محافظة لحج سيطرته على قاعدة العند الجوية.",
        [("YEM", "MIL", "ASSAULT", "YEM", None)],
        id="a-place-taken-in-the-actors-own-province-is-its-target",
    ),
]


@pytest.mark.parametrize("text,expected", EXACT)
def test_who_did_it_to_whom_exactly(text, expected):
    got = [(*as_tuple(e)[:4], e.target.sector if e.target else None) for e in events_of(text)]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_the_backer_of_an_act_is_not_its_target():
    """بدعم من: the backer aids the doer; the act's target is not the backer."""
    got = check(
        "سيطرت القوات العراقية على بلدة قرب تكريت بدعم من طيران التحالف.",
        [("USA", "MIL", "AID", "IRQ", False, "asserted")],
    )
    assert not [g for g in got if g[2] == "ASSAULT" and g[3] == "USA"], got


def test_the_impersonal_passive_names_whom_it_was_done_to():
    """تم رصد المتهمين وإلقاء القبض عليهم: the accused were watched and arrested; they
    arrest no one, nor is the backer after بمساندة من the one arrested."""
    got = [
        as_tuple(e)
        for e in events_of(
            "وتم رصد المتهمين وإلقاء القبض عليهم في كمين بمساندة من القوة الخاصة لأمن الطرق."
        )
    ]
    assert not [g for g in got if g[1] == "CRM" or g[3] is not None], got


def test_a_counted_title_in_the_feminine_plural_names_places():
    """9 محافظات: governorates, not governors (a counted title is people only as a
    singular, dual or masculine plural: 14 جنديا، جنديان)."""
    got = [as_tuple(e) for e in events_of("شهدت 9 محافظات في العراق مظاهرات ضد الحكومة.")]
    assert got and not [g for g in got if g[1] == "GOV"], got


# Events with one side only: the pack reads them (source and category), and the coding
# policy leaves them below the default threshold, since the category is dyadic (a
# meeting, backing, rejecting, easing or seizing is of someone; kgo:targetOptional).
ONE_SIDE_ONLY = [
    pytest.param(
        "وأعلنت الحكومة الباكستانية تحفظها على المشاركة في التحالف.",
        ("PAK", "GOV", "REJECT"),
        id="her-reservation-on-is-a-reservation",
    ),
    pytest.param(
        "وأشاد وزير الداخلية السعودي بالإنجاز الذي حققته الشرطة السعودية في ضبط الخلية.",
        ("SAU", "GOV", "SUPPORT"),
        id="achieved-it-is-no-inquiry",
    ),
    pytest.param(
        "وأشاد الوزير بالزيارة الكريمة لولي العهد الأمير محمد بن سلمان.",
        ("SAU", "GOV", "CONSULT"),
        id="a-person-after-visit-and-lam-is-the-visitor",
    ),
    pytest.param(
        "الرياض - أشاد قادة الجيش بجهود المملكة.",
        ("SAU", "MIL", "SUPPORT"),
        id="the-armys-leaders-are-of-the-dispatchs-country",
    ),
    pytest.param(
        "وسيطر الجيش الليبي على شحنة أسلحة قرب بنغازي.",
        ("LBY", "MIL", "COERCE"),
        id="an-army-seizing-goods-confiscates",
    ),
    pytest.param(
        "وشدد المتحدث على تضامن مصر مع أشقائها في مواجهة أية تدخلات خارجية.",
        ("EGY", "GOV", "SUPPORT"),
        id="confronting-any-interference-is-none-in-particular",
    ),
    pytest.param(
        "ويحاكم في القضية ثلاثة أشقاء ألقت السلطات السعودية القبض عليهم على صلة بالتفجير"
        " الانتحاري الذي استهدف المسجد.",
        ("SAU", "GOV", "COERCE"),
        id="arrested-in-connection-with-a-bombing-by-the-state",
    ),
    pytest.param(
        "وضبطت الشرطة السعودية كميات من الأسلحة في الرياض.",
        ("SAU", "COP", "COERCE"),
        id="seizing-goods-is-coercion",
    ),
    pytest.param(
        "وقال الوزير الأردني إن الزيارة الكريمة لولي العهد السعودي تعزز العلاقات.",
        ("SAU", "GOV", "CONSULT"),
        id="a-visit-with-lam-and-the-visitor-after-it-is-his",
    ),
    pytest.param(
        "وتأتي القمة التي تستضيفها الكويت خلال الفترة المقبلة لبحث الأوضاع في اليمن.",
        ("KWT", "GOV", "CONSULT"),
        id="a-summit-hosted-in-the-coming-period-is-to-come",
    ),
    pytest.param(
        "ولم تنف الحكومة السودانية إرسال قوات إلى اليمن.",
        ("SDN", "GOV", "REJECT"),
        id="a-denial-not-made-is-negated",
    ),
    pytest.param(
        "وتستعد الرياض للزيارة المرتقبة لوزير الخارجية الأمريكي.",
        ("USA", "GOV", "CONSULT"),
        id="an-expected-visit-is-to-come",
    ),
    pytest.param(
        "خففت السلطات المصرية القيود عن معبر رفح أمام سكان قطاع غزة.",
        ("EGY", "GOV", "CONCEDE"),
        id="restrictions-eased",
    ),
    pytest.param(
        "ونفت الحكومة الإثيوبية أن يكون الجيش قد هاجم المدنيين في تيغراي.",
        ("ETH", "GOV", "REJECT"),
        id="a-government-denies",
    ),
]


@pytest.mark.parametrize("text,reading", ONE_SIDE_ONLY)
def test_one_side_only_is_read_but_kept_below_the_threshold(text, reading):
    read = [as_tuple(e)[:3] for e in events_of(text, min_confidence=0) if e.target is None]
    assert reading in read, read
    shown = [as_tuple(e)[:3] for e in events_of(text) if e.target is None]
    assert reading not in shown, shown


def test_the_organisation_alone_is_the_one_named_before_even_with_a_place_after():
    """للتنظيم في سوريا after تنظيم داعش: ISIS's positions, not Syrian rebels'."""
    text = (
        "قالت تركيا إن طائراتها قصفت مواقع تنظيم داعش. وقصفت المدفعية التركية مواقع للتنظيم"
        " في سوريا."
    )
    got = [as_tuple(e) for e in events_of(text)]
    assert [g[3] for g in got if g[2] == "ASSAULT"] == ["ISIS", "ISIS"], got


def test_an_indefinite_accusative_after_the_verb_is_its_object():
    """قتل إرهابيا: someone killed a terrorist (a subject would be إرهابيٌّ, with no alif);
    وزيرا الخارجية, a dual in construct, is still a subject."""
    got = [as_tuple(e) for e in events_of("وقتل إرهابيا خلال الاشتباك مع قوات الأمن.")]
    assert got and all(g[1] != "REB" for g in got), got
    check(
        "وبحث وزيرا الخارجية الهندي والباكستاني الوضع في كشمير.",
        [("IND", "GOV", "CONSULT", "PAK", False, "asserted")],
    )


# A circumstantial participle (حال) is done by the main clause's subject and takes what
# follows as its object; "but he" keeps the subject; an attack noun and the verb or
# participle of aiming that describes it are one act with that target; a count of a
# group's members is an act on the group; forces hit where an attack struck are of there.
ONE_ACT_ITS_ARGUMENTS = [
    pytest.param(
        "وانتقد وزير الخارجية الأردني القرار الإسرائيلي، مطالبا الأمم المتحدة بالتدخل.",
        [("JOR", "GOV", "REQUEST", "UNO", ANY)],
        [("UNO", "IGO", "REQUEST", None, ANY)],
        id="a-circumstantial-participle-is-the-main-subjects-act-on-what-follows",
    ),
    pytest.param(
        "وزعم تنظيم الإخوان أن صحة مرسي في خطر، مطالبا الأمم المتحدة بإرسال وفد.",
        [("EGY", "OPP", "REQUEST", "UNO", ANY)],
        [("EGY", "GOV", "REQUEST", "UNO", ANY)],
        id="the-participle-after-a-claim-is-the-claimants-not-the-complements",
    ),
    pytest.param(
        "وأشاد الرئيس الفرنسي بالاتفاق، لكنه دعا روسيا إلى وقف دعمها للانفصاليين.",
        [("FRA", "GOV", "REQUEST", "RUS", ANY)],
        [("RUS", "GOV", "REQUEST", None, ANY)],
        id="but-he-called-russia-russia-is-the-object",
    ),
    pytest.param(
        "وأشاد وزير الخارجية السعودي بالموقف المصري، ولكنه انتقد إيران بشدة.",
        [("SAU", "GOV", "ACCUSE", "IRN", ANY)],
        [("IRN", "GOV", "ACCUSE", None, ANY)],
        id="and-but-he-criticised-iran",
    ),
    pytest.param(
        "وقالت الشرطة إن قوات الأمن العراقية قتلت 23 عنصرا من تنظيم داعش شرقي الرمادي.",
        [("IRQ", "COP", "ASSAULT", "ISIS", ANY)],
        [],
        id="a-count-of-members-of-a-group-is-the-group",
    ),
    pytest.param(
        "وشنت الطائرات الأمريكية عشر غارات مستهدفة مواقع لتنظيم داعش قرب الموصل.",
        [("USA", "MIL", "ASSAULT", "ISIS", ANY)],
        [("USA", "MIL", "ASSAULT", None, ANY)],
        id="air-strikes-aiming-at-positions-of-a-group-hit-the-group",
    ),
    pytest.param(
        "ودانت الخارجية الكويتية التفجير الذي استهدف مقر الشرطة في مدينة العريش.",
        [(None, None, "ASSAULT", "EGY", "COP")],
        [(None, None, "ASSAULT", None, ANY)],
        id="a-bombing-that-targeted-the-police-hit-the-police",
    ),
    pytest.param(
        "وأدانت البحرين التفجير الذي استهدف مسجد قوات الطوارئ في منطقة عسير.",
        [(None, None, "ASSAULT", "SAU", "COP")],
        [(None, None, "ASSAULT", "SAU", "CVL")],
        id="forces-whose-mosque-was-bombed-are-of-where-it-struck",
    ),
    pytest.param(
        "وأدان مجلس الوزراء في الكويت الهجوم الذي استهدف مقر قوات الأمن بمدينة بنغازي.",
        [(None, None, "ASSAULT", "LBY", "COP")],
        [(None, None, "ASSAULT", "KWT", ANY)],
        id="police-named-with-where-they-are-are-of-that-place-not-the-condemner's",
    ),
    pytest.param(
        "واستنكر البرلمان في البحرين التفجير الذي استهدف مسجد قوات الطوارئ بمنطقة جازان.",
        [(None, None, "ASSAULT", "SAU", "COP")],
        [(None, None, "ASSAULT", "BHR", ANY)],
        id="police-in-a-province-are-of-its-state",
    ),
    pytest.param(
        "وتمكنت قوات المقاومة من تحرير صنعاء من الميليشيات.",
        [("YEM", "REB", "ASSAULT", "YEM", None)],
        [(ANY, ANY, "ASSAULT", "YEM", "GOV")],
        id="a-capital-freed-is-ground-not-its-government",
    ),
    pytest.param(
        "وبسطت قوات الجيش سيطرتها على دمشق بعد معارك عنيفة.",
        [(ANY, "MIL", "ASSAULT", "SYR", None)],
        [(ANY, ANY, "ASSAULT", "SYR", "GOV")],
        id="a-capital-taken-is-ground-not-its-government",
    ),
    pytest.param(
        "وجدد العاهل الأردني إدانة واستنكار بلاده الشديدين للاعتداء الآثم.",
        [("JOR", ANY, "ACCUSE", None, None)],
        [(ANY, ANY, "ACCUSE", "JOR", ANY)],
        id="his-own-country-after-an-act-noun-acts-is-not-aimed-at",
    ),
    pytest.param(
        "وذكرت الوزارة أن الشرطة نفذت مداهمات في 15 محافظة مصرية.",
        [("EGY", "COP", ANY, None, None)],
        [(ANY, ANY, ANY, "EGY", "GOV")],
        id="a-governorate-with-a-nationality-is-a-place-not-a-governor",
    ),
    pytest.param(
        "وأدت المعارك إلى مقتل 20 مقاتلا من عناصر حزب الله في القلمون.",
        [(None, None, "ASSAULT", "LBN", "UAF")],
        [(None, None, "ASSAULT", "SYR", ANY)],
        id="counted-fighters-from-the-members-of-a-group-are-the-group",
    ),
    pytest.param(
        "وقتل الجيش 30 مقاتلا من عناصر تنظيم داعش في الرمادي.",
        [(ANY, "MIL", "ASSAULT", "ISIS", ANY)],
        [(ANY, ANY, "ASSAULT", "IRQ", "REB")],
        id="counted-fighters-of-a-group-are-not-rebels-of-where-they-died",
    ),
    pytest.param(
        "وقتل ثلاثة مدنيين في قصف على قرية في كشمير.",
        [(None, None, "ASSAULT", None, "CVL")],
        [(ANY, ANY, "ASSAULT", "IND", ANY)],
        id="a-divided-region-is-of-no-one-state",
    ),
    pytest.param(
        "وقتل خمسة مدنيين في قصف مدفعي للمناطق الأفغانية الحدودية.",
        [(None, None, "ASSAULT", "AFG", "CVL")],
        [],
        id="people-hit-in-a-states-areas-named-by-its-nationality-are-its-own",
    ),
    pytest.param(
        "ودانت الجامعة العربية القصف التركي في شمال العراق.",
        [("TUR", "MIL", "ASSAULT", "IRQ", None)],
        [("TUR", "MIL", "ASSAULT", None, ANY)],
        id="shelling-by-a-state-in-another-country-hits-that-country",
    ),
    pytest.param(
        "وشنت الطائرات التركية غارات جوية على مواقع حزب العمال الكردستاني في شمال العراق.",
        [("TUR", "MIL", "ASSAULT", "TUR", "REB")],
        [("TUR", "MIL", "ASSAULT", "IRQ", ANY)],
        id="a-cross-border-strike-on-a-named-group-hits-the-group-not-the-country",
    ),
    pytest.param(
        "وقصفت المدفعية السورية بلدة قرب مدينة حمص.",
        [("SYR", "MIL", "ASSAULT", "SYR", "CVL")],
        [],
        id="a-town-shelled-near-a-city-is-its-civilians",
    ),
    pytest.param(
        "وبلغ عدد القتلى جراء أعمال العنف التي ارتكبها الحوثيون ضد المدنيين في تعز ألف قتيل.",
        [("YEM", "REB", "ASSAULT", "YEM", "CVL")],
        [("YEM", "REB", "ASSAULT", None, ANY)],
        id="whom-the-acts-a-relative-clause-tells-the-doer-of-were-aimed-at",
    ),
    pytest.param(
        "وقصف المتمردون أحد أحياء مدينة تعز.",
        [(ANY, "REB", "ASSAULT", "YEM", "CVL")],
        [],
        id="one-of-the-districts-of-a-city-is-its-civilians",
    ),
    pytest.param(
        "وأدانت الخارجية الأردنية التفجير الذي وقع في أحد مساجد مدينة الكويت.",
        [(None, None, "ASSAULT", "KWT", "CVL")],
        [],
        id="a-bombing-in-one-of-the-mosques-of-a-city",
    ),
    pytest.param(
        "وقصف المتمردون مديرية في مدينة عدن.",
        [(ANY, "REB", "ASSAULT", "YEM", "CVL")],
        [],
        id="a-district-shelled-is-its-civilians",
    ),
]


@pytest.mark.parametrize("text,wanted,unwanted", ONE_ACT_ITS_ARGUMENTS)
def test_one_act_with_its_arguments(text, wanted, unwanted):
    got = [(*as_tuple(e)[:4], e.target.sector if e.target else None) for e in events_of(text)]
    for w in wanted:
        assert any(matches(w, g) for g in got), (w, got)
    for u in unwanted:
        assert not any(matches(u, g) for g in got), (u, got)


# Who did it, past the words that hide it: the genitive of "undertaking" (قيام X بـ), where
# the people before a plural verb come from, a terrorist cell as a group of its own.
DOERS_PAST_THE_WORDS = [
    pytest.param(
        "وذلك بعد قيام جندي بإطلاق النار على المتظاهرين في العاصمة.",
        (ANY, "MIL", "ASSAULT", ANY, False, "asserted"),
        id="the-genitive-of-undertaking-did-it",
    ),
    pytest.param(
        "وقال المتحدث إن عشرين مستوطنا من مستوطنة قريبة هاجموا المزارعين الفلسطينيين.",
        ("ISR", "CVL", "ASSAULT", "PSE", False, "asserted"),
        id="people-and-where-they-come-from-before-a-plural-verb",
    ),
    pytest.param(
        "وقصفت الميليشيات الحوثية الأحياء السكنية في مدينة تعز.",
        ("YEM", "REB", "ASSAULT", "YEM", False, "asserted"),
        id="militias-described-by-a-groups-feminine-nisba-are-the-group",
    ),
    pytest.param(
        "وقال المتحدث إن القصف الحوثي استهدف الأحياء السكنية في تعز.",
        ("YEM", "REB", "ASSAULT", "YEM", False, "asserted"),
        id="a-groups-nisba-after-an-act-is-its-doer",
    ),
    pytest.param(
        "وأسفرت المعارك عن مقتل سبعة عناصر تكفيرية في شمال سيناء.",
        (None, None, "ASSAULT", "EGY", False, "asserted"),
        id="takfiri-elements-are-militants",
    ),
    pytest.param(
        "وأكد جو بايدن نائب الرئيس الأميركي دعم بلاده للعراق في محاربة الإرهاب.",
        ("USA", ANY, "SUPPORT", "IRQ", False, "asserted"),
        id="a-verbal-noun-after-a-verb-and-a-named-subject-is-no-verb",
    ),
    pytest.param(
        "وأرسلت نيروبي قوات إلى الصومال في إطار قوة الاتحاد الأفريقي.",
        ("KEN", "GOV", "MOBILIZE", "SOM", False, "asserted"),
        id="forces-sent-are-moved-the-target-is-where-they-are-sent",
    ),
    pytest.param(
        "وقتل ثلاثة مدنيين جراء قصف الحوثيين لحي سكني في تعز.",
        ("YEM", "REB", "ASSAULT", "YEM", False, "asserted"),
        id="a-short-noun-with-lam-after-a-genitive-makes-the-genitive-the-doer",
    ),
    pytest.param(
        "وأصيب خمسة فلسطينيين إثر اقتحام قوات الاحتلال مخيم جنين.",
        ("ISR", "MIL", "ASSAULT", "PSE", False, "asserted"),
        id="the-armed-force-whose-act-after-a-word-of-cause-hurt-them",
    ),
    pytest.param(
        "وتمكنت الشرطة المصرية من القبض على خلية إرهابية في سيناء.",
        ("EGY", "COP", "COERCE", "EGY", False, "asserted"),
        id="a-terrorist-cell-is-a-group-arrested",
    ),
]


# What a verbal noun's own words say of it: the subject of a verb of the future, tomorrow,
# a goal, joined to what is asked for.
NOUN_MODALITY = [
    pytest.param(
        "وقال المتحدث إن زيارة وزير الخارجية الإيراني لبغداد يوم الاثنين ستبحث عددا من الملفات.",
        ("IRN", "GOV", "CONSULT", "IRQ", False, "future"),
        id="a-visit-that-will-discuss-is-to-come",
    ),
    pytest.param(
        "ويبدأ وزير الخارجية الأمريكي غدا زيارة إلى مصر تستمر يومين.",
        ("USA", "GOV", "CONSULT", "EGY", False, "future"),
        id="a-visit-begun-tomorrow-is-to-come",
    ),
    pytest.param(
        "وطالب البرلمان الكويتي الحكومة بطرد السفير الإيراني وسحب السفير الكويتي من طهران.",
        (ANY, ANY, "RETREAT", ANY, False, "requested"),
        id="a-noun-joined-to-one-asked-for-is-asked-for",
    ),
    # a verbal noun after a future verb, past a name in quotes (ستستخدم مقاتلات «X» في)
    pytest.param(
        "وقال وزير الدفاع الفرنسي إن القوات الفرنسية ستستخدم طائرات «رافال» في شن الغارات على"
        " مواقع تنظيم داعش.",
        (ANY, ANY, "ASSAULT", ANY, False, "future"),
        id="a-future-verb-past-a-quoted-name",
    ),
    # ... and after سوف with its present verb
    pytest.param(
        "وقال المتحدث إن الحكومة اليمنية سوف تبدأ خلال الأسبوع المقبل مفاوضات مع الحوثيين.",
        ("YEM", "GOV", "CONSULT", "YEM", False, "future"),
        id="a-verb-after-sawfa-is-to-come",
    ),
]


@pytest.mark.parametrize("text,wanted", DOERS_PAST_THE_WORDS + NOUN_MODALITY)
def test_doers_and_modality_past_the_words(text, wanted):
    check(text, [wanted])


# How far a cue reaches: a request its بـ verbal noun past the one asked, a verb of the
# future a short one (سنشن), "before the start of" what is to come; a relative clause
# between tells what is, not what is asked or to come.
CUE_SCOPE = [
    pytest.param(
        "وطالب مندوب الكويت لدى الأمم المتحدة في جنيف السفير جمال الغنيم، مجلس حقوق "
        "الإنسان، بمعاقبة النظام السوري.",
        (ANY, ANY, "SANCTION", "SYR", False, "requested"),
        id="a-request-reaches-its-ba-noun-past-the-one-asked",
    ),
    pytest.param(
        "وقال وزير الخارجية التركي: سنشن قريبا معركة شاملة ضد تنظيم داعش.",
        ("TUR", "GOV", "ASSAULT", ANY, False, "future"),
        id="a-short-doubled-verb-of-the-future",
    ),
    pytest.param(
        "وانفجرت سيارة مفخخة في كابول قبل بدء جولة جديدة من المفاوضات بين الحكومة وحركة طالبان.",
        (ANY, ANY, "CONSULT", ANY, False, "future"),
        id="talks-before-their-start-are-to-come",
    ),
    pytest.param(
        "وأكد رئيس الحكومة أنه سيبدأ جولته بزيارة المصابين الذين تعرضوا لهجمات المتمردين "
        "في المدينة.",
        (None, "REB", "ASSAULT", None, False, "asserted"),
        id="attacks-in-a-relative-clause-are-no-future",
    ),
]


@pytest.mark.parametrize("text,wanted", CUE_SCOPE)
def test_the_reach_of_a_cue(text, wanted):
    got = [as_tuple(e) for e in events_of(text, 0)]
    assert any(matches(wanted, g) for g in got), f"{wanted} not in {got}"


def test_a_relative_clause_after_a_request_is_not_asked():
    """طالبت الحركة التي تحتجز الجنود بالإفراج: the holding is told, not asked for."""
    text = "وطالبت حركة الشباب التي تحتجز عددا من الجنود الكينيين في الصومال بالإفراج عن سجناء لها."
    held = [e.modality for e in events_of(text, 0) if e.action.plover == "COERCE"]
    assert "requested" not in held, held


def test_a_goal_is_intended_and_what_goes_on_is_no_future():
    """غاية بلاده هي القضاء على داعش: a goal, not done; الحرب ستستمر: what goes on."""
    aims = [
        e.modality
        for e in events_of("وقال وزير الخارجية التركي إن غاية بلاده هي القضاء على تنظيم داعش.", 0)
        if e.action.plover == "ASSAULT"
    ]
    assert "intended" in aims and "asserted" not in aims, aims
    going = events_of("وقال الجيش التركي إن الغارات على مواقع تنظيم داعش في سوريا ستستمر.", 0)
    strikes = [e.modality for e in going if e.action.plover == "ASSAULT"]
    assert strikes and "future" not in strikes, strikes


# Whom a condemnation is of: the agent of the act condemned (من قبل X), never the agency
# that carried the statement (في نبأ أوردته وكالة الأنباء), and never its doer.
CONDEMNED = [
    pytest.param(
        "وأدانت البحرين استمرار التصريحات العدائية من قبل المسؤولين الإيرانيين.",
        ("BHR", "GOV", "ACCUSE", "IRN", False, "asserted"),
        id="the-agent-of-what-is-condemned-is-its-target-not-its-doer",
    ),
    pytest.param(
        "وأدان الأردن في بيان نشرته وكالة الأنباء الرسمية الاعتداءات التي ترتكبها قوات الاحتلال.",
        ("JOR", "GOV", "ACCUSE", "ISR", False, "asserted"),
        id="the-agency-that-carried-the-statement-is-no-target",
    ),
]


# Who called whom: تلقى X اتصالا من Y is Y's call to X, past the rest of X's name, a
# blessing, a comma and the day.
CALLS_RECEIVED = [
    pytest.param(
        "وتلقى الملك عبدالله بن الحسين - حفظه الله - اتصالا هاتفيا أمس من الرئيس الفرنسي.",
        ("FRA", "GOV", "CONSULT", "JOR", False, "asserted"),
        id="a-call-received-past-the-name-a-blessing-and-the-day",
    ),
    pytest.param(
        "إلى ذلك، تلقى العاهل الأردني، اتصالا هاتفيا أول من أمس من الرئيس الروسي.",
        ("RUS", "GOV", "CONSULT", "JOR", False, "asserted"),
        id="a-call-received-past-a-comma-and-the-day-before-yesterday",
    ),
]


@pytest.mark.parametrize("text,wanted", CONDEMNED + CALLS_RECEIVED)
def test_whom_a_condemnation_or_a_call_is_of(text, wanted):
    got = check(text, [wanted])
    assert not any(g[2] == wanted[2] and g[0] != wanted[0] for g in got), got


# The doer by Arabic grammar: a verbal noun's genitive before its accusative object, a
# verb joined by و sharing the subject before the first verb, a feminine verb's or a
# masculine verb's object that does not agree with it, the members of a force in
# construct with an attack, an act begun by X, an act attributed to X.
DOERS_BY_GRAMMAR = [
    pytest.param(
        "وأدانت الحكومة الأردنية القصف، ودعت الجيش السوري إلى وقف الهجمات.",
        ("JOR", "GOV", "REQUEST", "SYR", False, "asserted"),
        id="a-listed-feminine-form-before-a-masculine-body-takes-it-as-object",
    ),
    pytest.param(
        "وتحدث وزير الخارجية البريطاني عن الاتفاق، ويطالب طهران بالالتزام الكامل.",
        ("GBR", "GOV", "REQUEST", "IRN", False, "asserted"),
        id="a-masculine-verb-before-a-feminine-land-takes-it-as-object",
    ),
    pytest.param(
        "وندد الاتحاد الأوروبي بقصف الطيران السوري المدارس في ريف دمشق.",
        ("SYR", "MIL", "ASSAULT", "SYR", False, "asserted"),
        id="a-verbal-noun-its-genitive-then-its-accusative-object",
    ),
    pytest.param(
        "واستمرت هجمات مسلحي حركة طالبان في ولاية هلمند.",
        (ANY, "REB", "ASSAULT", ANY, False, "asserted"),
        id="attacks-in-construct-with-the-members-of-a-force",
    ),
    # under or before the strikes of a force: the force struck the clause's subject
    pytest.param(
        "وانسحب مقاتلو حركة الشباب من القرى تحت ضربات الجيش الكيني.",
        ("KEN", "MIL", "ASSAULT", ANY, False, "asserted"),
        id="under-the-strikes-of-a-force-the-force-struck",
    ),
    pytest.param(
        "وتراجعت عناصر داعش من مواقعها أمام ضربات القوات العراقية.",
        ("IRQ", "MIL", "ASSAULT", "ISIS", False, "asserted"),
        id="before-the-strikes-of-a-force-its-subject-was-struck",
    ),
    # who faces or came under attacks, named before the verb past its adjectives or
    # where it is, is their target (not their doer)
    pytest.param(
        "وقال المتحدث إن الجيش العراقي في الأنبار يواجه هجمات المسلحين.",
        (ANY, "REB", "ASSAULT", "IRQ", False, "asserted"),
        id="the-subject-before-facing-past-where-it-is-faces-the-attacks",
    ),
    pytest.param(
        "والشرطة الباكستانية هناك تعرضت لهجوم مسلحين.",
        (ANY, ANY, "ASSAULT", "PAK", False, "asserted"),
        id="the-subject-before-exposed-past-a-word-of-place-came-under-it",
    ),
    pytest.param(
        "وأدان البرلمان العراقي هجوما بدأته تركيا على القرى الحدودية.",
        ("TUR", ANY, "ASSAULT", ANY, False, "asserted"),
        id="an-attack-begun-by-a-state",
    ),
    pytest.param(
        "ونسب وزير الداخلية الفرنسي الهجوم إلى تنظيم داعش.",
        ("ISIS", "REB", "ASSAULT", ANY, False, "asserted"),
        id="an-attack-a-verb-attributes-to-a-group",
    ),
    pytest.param(
        "وشارك في الاحتجاج مئات العمال في مدينة صفاقس.",
        ("TUN", "LAB", "PROTEST", ANY, False, "asserted"),
        id="who-took-part-in-a-protest-made-it",
    ),
    pytest.param(
        "وذكرت المعارضة أن المسيرة التي خرجت أمس قرب القصر ضمت نحو ثلاثة آلاف طالب.",
        (ANY, "EDU", "PROTEST", ANY, False, "asserted"),
        id="whom-a-protest-included-made-it",
    ),
    pytest.param(
        "وأكد ناشطون أن «داعش» أعدم 12 شابا في ساحة المدينة.",
        ("ISIS", "REB", "ASSAULT", ANY, False, "asserted"),
        id="a-quoted-name-right-before-its-verb-is-its-subject",
    ),
    pytest.param(
        "وذكر ناشطون أن داعش أعدم رميا بالرصاص 15 رجلا في ساحة بالرقة.",
        ("ISIS", "REB", "ASSAULT", ANY, False, "asserted"),
        id="a-manner-after-the-verb-then-the-counted-object",
    ),
    pytest.param(
        "وتضررت عشرات المنازل من القصف العنيف من ميليشيات الحوثي.",
        ("YEM", "REB", "ASSAULT", ANY, False, "asserted"),
        id="an-attack-noun-its-adjective-then-min-and-an-armed-body",
    ),
    pytest.param(
        "وقتل قيادي في الحركة بغارة جوية بطائرة أميركية من دون طيار.",
        ("USA", "MIL", "ASSAULT", ANY, False, "asserted"),
        id="the-state-of-the-craft-an-attack-was-made-with",
    ),
    pytest.param(
        "ونسب المتحدث نفسه الهجوم إلى حركة الشباب.",
        ("SOM", "REB", "ASSAULT", ANY, False, "asserted"),
        id="an-attack-attributed-past-a-subject-and-himself",
    ),
    pytest.param(
        "وقتل العشرات من الجنود في هجمات متتالية تتبناها حركة الشباب.",
        ("SOM", "REB", "ASSAULT", ANY, False, "asserted"),
        id="attacks-a-group-claims-in-the-present",
    ),
    pytest.param(
        "وصد الجيش العراقي هجوما لمسلحي داعش على مواقعه.",
        ("ISIS", "REB", "ASSAULT", "IRQ", False, "asserted"),
        id="an-attack-repelled-is-on-the-repeller-by-its-lam-doer",
    ),
    pytest.param(
        "ووقع هجوم جديد بالقنابل الحارقة لمستوطنين إسرائيليين على منزل فلسطيني.",
        ("ISR", "CVL", "ASSAULT", "PSE", False, "asserted"),
        id="an-attack-its-weapon-then-its-lam-doer",
    ),
    pytest.param(
        "وأوضح أن الضربات التي تنفذها القوات الكينية جاءت بناء على طلب من الحكومة الصومالية.",
        ("SOM", "GOV", "REQUEST", "KEN", False, "asserted"),
        id="a-request-noun-then-min-names-who-asked",
    ),
    pytest.param(
        "وتقدمت القوات الكردية في الريف مدعومة بغارات مكثفة من التحالف الدولي.",
        ("USA", "MIL", "ASSAULT", ANY, False, "asserted"),
        id="min-right-after-an-attack-noun-is-nearer-than-the-verb-subject",
    ),
    pytest.param(
        "وأكد أن التدخل جاء بناء على طلب الرئيس الأفغاني.",
        ("AFG", "GOV", "REQUEST", ANY, False, "asserted"),
        id="at-the-request-of-after-bina",
    ),
]


@pytest.mark.parametrize("text,wanted", DOERS_BY_GRAMMAR)
def test_doers_by_grammar(text, wanted):
    check(text, [wanted])


# ... and who is not: the object of a circumstantial participle (even with no main
# subject found), the object of the verb before a و-joined verb, the one who
# attributes an attack.
NOT_DOERS_BY_GRAMMAR = [
    # who faces attacks, named before the verb past its adjectives, does not attack
    ("والقوات الأفغانية تواجه هجمات عنيفة.", ("AFG", "ASSAULT")),
    pytest.param(
        "وحذر من الشائعات، مطالبا وزارة الصحة المصرية بالتحرك.",
        ("EGY", "REQUEST"),
        id="a-circumstantial-participle-object-with-no-main-subject",
    ),
    pytest.param(
        "وأدانت الحكومة الأردنية القصف، ودعت الجيش السوري إلى وقف الهجمات.",
        ("SYR", "REQUEST"),
        id="a-masculine-body-after-a-listed-feminine-form",
    ),
    pytest.param(
        "ميليشيات الحوثي تقصف مأرب وتقتل 12 مدنيا.",
        (None, "ASSAULT"),
        id="the-counted-after-a-joined-verb-are-no-attackers",
    ),
    pytest.param(
        "ونسب وزير الداخلية الفرنسي الهجوم إلى تنظيم داعش.",
        ("FRA", "ASSAULT"),
        id="who-attributes-an-attack-did-not-carry-it-out",
    ),
    pytest.param(
        "وأكد الأطباء أن عشرات المدنيين اليمنيين قتلوا أو أصيبوا في القصف.",
        ("YEM", "ASSAULT"),
        id="tens-of-people-then-a-killing-verb-were-killed",
    ),
    pytest.param(
        "وقال إن المقاومة تصدت لهجوم في جبهة الشمال.",
        ("YEM", "ASSAULT"),
        id="who-repelled-an-attack-did-not-make-it",
    ),
    pytest.param(
        "وقال قائد ميداني إن مسلحي الحوثي باتوا محاصرين في الجبل منذ يومين.",
        ("YEM", "ASSAULT"),
        id="the-besieged-of-a-participle-with-no-object-are-no-besiegers",
    ),
]


@pytest.mark.parametrize("text,absent", NOT_DOERS_BY_GRAMMAR)
def test_not_doers_by_grammar(text, absent):
    country, category = absent
    got = [as_tuple(e) for e in events_of(text, min_confidence=0)]
    # (a source with no country is still a source: civilians are no attackers)
    assert not [g for g in got if g[2] == category and g[1] and g[0] == country], got


# The dead of an attack whose doer the sentence names: after a conjunction of time
# (بعدما، حين), by the doer of the wounding told with them (مقتل X وإصابة Y نتيجة ...),
# and by the first of an act's joint doers; no death of people named is left without it.
DOERS_OF_THE_DEAD = [
    (
        "قتل شاب فلسطيني طعنا بعدما هاجمه مستوطنون إسرائيليون قرب الخليل.",
        ("ISR", "CVL", "ASSAULT", "PSE", False, "asserted"),
    ),
    (
        "أعلن مصدر طبي مقتل ثلاثة مدنيين، وإصابة سبعة آخرين من سكان القرية نتيجة إطلاق"
        " ميليشيا الحوثي والقوات الموالية لصالح قذائف على منازلهم.",
        ("YEM", "REB", "ASSAULT", ANY, False, "asserted"),
    ),
    (
        "ذكر مسؤول محلي أن ستة مدنيين سوريين قتلوا وأصيب عشرون آخرون أمس حين قصفت قوات"
        " النظام ومسلحو حزب الله بلدة مضايا.",
        (ANY, "MIL", "ASSAULT", "SYR", False, "asserted"),
    ),
    # لقي X حتفهم: the ones who met their death are the victims, not the doers
    (
        "لقي سبعة جنود حتفهم جراء كمين نصبه مسلحو حركة الشباب في الصومال.",
        ("SOM", "REB", "ASSAULT", "SOM", False, "asserted"),
    ),
]


@pytest.mark.parametrize("text,expected", DOERS_OF_THE_DEAD)
def test_the_dead_take_the_doer_of_the_attack(text, expected):
    check(text, [expected])
    alone = [e for e in events_of(text) if e.action.plover == "ASSAULT" and e.source is None]
    assert not [e for e in alone if e.target is not None], alone


# The doer of an attack told after a word of cause (جراء، ناجم عن) is no target of the
# blast or the act it caused.
DOERS_NOT_TARGETS = [
    (
        "وقالت المصادر إن انفجارات دوت في المدينة جراء القصف المكثف لطيران التحالف.",
        "group/coalition",
    ),
    ("وذكر المحققون أن الانفجار ناجم عن هجوم انتحاري قامت به جماعة بوكو حرام.", "BOKOHARAM"),
]


@pytest.mark.parametrize("text,doer", DOERS_NOT_TARGETS)
def test_the_doer_of_a_cause_is_no_target(text, doer):
    got = [(e.action.text, e.target.id) for e in events_of(text) if e.target is not None]
    assert not [g for g in got if g[1] == doer], got


# A wounding told by جرح joined to a killing is the same attack by the same doer: one
# event, not a second one for the wounded.
WOUNDED_WITH_THE_DEAD = [
    "وقتل خمسة مدنيين وجرح آخرون في البلدة جراء قصف من طائرات النظام السوري.",
]


@pytest.mark.parametrize("text", WOUNDED_WITH_THE_DEAD)
def test_a_wounding_joined_to_a_killing_is_one_attack(text):
    got = [as_tuple(e) for e in events_of(text)]
    assert len([g for g in got if g[2] == "ASSAULT"]) == 1, got
