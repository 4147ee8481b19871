"""Closed-class Arabic words the clause rules read (normalised spellings).

Open-class vocabulary (actors, triggers, concepts, cues) lives in ``data/``;
these short lists are grammar, so they stay in code where the rules use them.
"""

from __future__ import annotations

from kg.lang.ar.normalize import normalize

__all__ = [
    "CLOSING_QUOTES",
    "TIME_LINKS",
    "COMPLEMENTIZERS",
    "COORDINATORS",
    "FIRST_PERSON_PLURAL",
    "FUNCTION_WORDS",
    "NEGATORS",
    "NOT_ONLY",
    "PREPOSITIONS",
    "RELATIVES",
    "SUBORDINATORS",
    "TIME_WORDS",
    "FOLLOWER_WORDS",
    "CLAUSE_PUNCT",
    "QUANTIFIERS",
    "PURPOSE",
    "PREPARING_VERBS",
    "HALTING",
    "MEETINGS",
    "NUMBERS",
    "PEOPLE_TITLES",
    "PEOPLE_COUNTS",
    "MASDAR_GOVERNORS",
    "VICTIM_ACTIONS",
    "NOT_EVENT_HEADS",
    "CONTINUATIVES",
    "PASSIVE_VERBS",
    "BACKGROUND",
    "PLACE_NOUNS",
    "WITNESS",
    "NOT_NAMES",
    "SAID_THINGS",
    "HONORIFICS",
    "LOYAL_WORDS",
    "CLAIM_VERBS",
    "DOER_VERBS",
    "RESULT_VERBS",
    "RESULT_PREPS",
    "WHICH",
    "RESPONSIBILITY",
    "CLAIM_REPORTS",
    "MEMBER_WORDS",
    "DUTY_VERBS",
    "AFFILIATION",
    "LOCATIVES",
    "VICTIM_NOUNS",
    "MET",
    "AGENT_AFTER_ALA",
    "AGENT_FIRE",
    "BODY_NOUNS",
    "GENERIC",
    "DISPLAYS",
    "FOUND_STEMS",
    "PRACTICE_STEMS",
    "SHADOWED_FORMS",
    "JUDGED_AS",
    "WEAPONS",
    "INSTRUMENTS",
    "BLASTS",
    "OTHER_FIELDS",
    "ABLE_VERBS",
    "VOICE_VERBS",
    "ACHIEVABLE",
    "SCOURGES",
    "FOREIGN",
    "PART_NOUNS",
]

# أن / إن and their pronoun-carrying forms open a complement clause.
COMPLEMENTIZERS = {
    "ان",
    "فان",
    "فانه",
    "فانها",
    "انه",
    "انها",
    "انهم",
    "انهما",
    "اننا",
    "انا",
    "بان",
    "بانه",
    "بانها",
    "بانهم",
    "باننا",
    "وان",
    "وانه",
    "وانها",
    "لان",
    "لانه",
    "لانها",
    "كي",
    "لكي",
}
RELATIVES = {
    "الذي",
    "التي",
    "الذين",
    "اللذان",
    "اللتان",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
    "والذي",
    "والتي",
    "والذين",
}
# Words that start a new clause with its own subject.
COORDINATORS = {
    "فيما",
    "بينما",
    "حيث",
    "لكن",
    "لكنه",
    "لكنها",
    "لكنهم",
    "ولكن",
    "ولكنه",
    "ولكنها",
    "ولكنهم",
    "غير",
    "ثم",
    "كما",
    "بل",
    "وبل",
    "اذ",
    "عندما",
    "حين",
    "بعدما",
    "قبل",
    "بعد",
}
SUBORDINATORS = {"اذا", "لو", "ان", "حتى", "لكي"}
NEGATORS = {
    "لا",
    "لم",
    "لن",
    "ليس",
    "ليست",
    "ما",
    "ولا",
    "ولم",
    "ولن",
    "فلا",
    "فلم",
    "لسنا",
    "لست",
    "دون",  # without: دون التوصل إلى اتفاق
    "بدون",
    "ودون",
    "ليسوا",
}
# "ليس ... فحسب، بل" is "not only ... but also", not a negation.
NOT_ONLY = {"فحسب", "فقط"}
FIRST_PERSON_PLURAL = {"نحن", "ونحن", "اننا", "فاننا", "لنا", "نا", "فنحن"}
PREPOSITIONS = {
    "في",
    "على",
    "الى",
    "من",
    "عن",
    "مع",
    "حول",
    "ضد",
    "تجاه",
    "بشان",
    "لدى",
    "عند",
    "خلال",
    "عبر",
    "نحو",
    "بين",
    "امام",
    "وراء",
    "منذ",
    "الي",
    "علي",
    "وفي",
    "وعلى",
    "والى",
    "ومن",
    "ومع",
    "بحق",
    "لصالح",
    "باتجاه",
    "حيال",
    "ازاء",
    "دون",
    "بدون",
    "اثر",
    "عقب",
    "وسط",
    "قرب",
    "داخل",
    "خارج",
}
TIME_WORDS = {
    "اليوم",
    "امس",
    "غدا",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "صباح",
    "مساء",
    "ليل",
    "ليله",
    "الماضي",
    "المقبل",
    "القادم",
    "الجاري",
    "مؤخرا",
    "ايضا",
    "مجددا",
    "يوم",
    "الان",
    "حاليا",
}
# Verbs of going on (واشنطن ستواصل دعم أوكرانيا): auxiliaries before the event they continue.
CONTINUATIVES = {
    "يواصل", "تواصل", "يواصلون", "واصل", "واصلت", "ستواصل", "سيواصل", "سيواصلون",
    "يستمر", "تستمر", "استمر", "استمرت", "سيستمر", "ستستمر",
}  # fmt: skip
# Words between a verb and its subject, or between a negator and its verb.
FOLLOWER_WORDS = (
    CONTINUATIVES
    | {
        "قد",
        "لقد",
        "وقد",
        "فقد",
        "مازال",
        "مازالت",
        "ما",
        "زال",
        "زالت",
        "يزال",
        "تزال",
        "لا",
        "كان",
        "كانت",
        "يعد",
        "تعد",
        "بعد",
        # forms of address before a title: أشاد جلالة الملك, قال دولة رئيس الوزراء
        "جلالة",
        "فخامة",
        "سمو",
        "معالي",
        "سعادة",
        "سماحة",
        "صاحب",
        "السمو",
        "الملكي",
    }
    | TIME_WORDS
)
FUNCTION_WORDS = (
    COMPLEMENTIZERS
    | RELATIVES
    | COORDINATORS
    | SUBORDINATORS
    | NEGATORS
    | PREPOSITIONS
    | TIME_WORDS
    | FOLLOWER_WORDS
    | {
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "هؤلاء",
        "اولئك",
        "هو",
        "هي",
        "هم",
        "نحن",
        "كل",
        "جميع",
        "بعض",
        "اي",
        "او",
        "و",
        "ف",
        "ثم",
        "قال",
        "اكد",
        "الى",
        "هنا",
        "هناك",
        "اخرى",
        "اخر",
        "عده",
        "عدد",
        "احد",
        "نفسه",
        "نفسها",
        "ذاته",
        "مثل",
        "غير",
        "سوى",
        "الا",
        "اما",
        "لدي",
        "باسم",
        "فحسب",
    }
)
# Counts before a plural subject: تظاهر آلاف الطلاب.
QUANTIFIERS = {
    "الاف",
    "مئات",
    "عشرات",
    "ملايين",
    "الالاف",
    "المئات",
    "العشرات",
    "عدد",
    "احد",
    "بعض",
    "مجموعه",
    "حشود",
    "ثلاثه",
    "اربعه",
    "خمسه",
    "سته",
    "سبعه",
    "ثمانيه",
    "تسعه",
    "عشره",
    "اثنان",
    "اثنين",
    "نحو",
    "قرابه",
    "حوالي",
    "اكثر",
    "اقل",
    "الجنود",
    "عناصر",
    "افراد",
}
# Quotation marks: each opening mark and the mark that closes it; those that open and close
# with different marks («», “”), which say by themselves whether they open.
QUOTE_MARKS = {"«": "»", '"': '"', "“": "”"}
PAIRED_QUOTES = {o: c for o, c in QUOTE_MARKS.items() if o != c}
CLOSING_QUOTES = frozenset(QUOTE_MARKS.values())
CLAUSE_PUNCT = {"،", ",", ";", "؛", ":", '"', "«", "»", "“", "”", "(", ")", "-", "–", "—"}


# Words of purpose: what follows is the goal of the clause's main event (من أجل، بهدف).
PURPOSE = {
    "اجل", "بهدف", "بغية", "سعيا", "لأجل", "كي", "لكي", "بغرض", "لغرض", "بقصد",
    "استعدادا", "تمهيدا",
}  # fmt: skip
# Verbs of setting out, preparing or trying (past, present): a verbal noun with the لام of
# purpose after them (توجهت القوات للسيطرة على أبين، حاولت الميليشيا التسلل لمهاجمة
# مواقع الجيش) is what they are for, not done yet.
PREPARING_VERBS = (
    ("توجه", "يتوجه"), ("اتجه", "يتجه"), ("تحرك", "يتحرك"), ("تقدم", "يتقدم"),
    ("استعد", "يستعد"), ("تأهب", "يتأهب"), ("حشد", "يحشد"), ("جهز", "يجهز"),
    ("أرسل", "يرسل"), ("دفع", "يدفع"), ("حاول", "يحاول"), ("خطط", "يخطط"),
    ("استخدم", "يستخدم"), ("تسلل", "يتسلل"), ("زحف", "يزحف"), ("", "يسعى"),
    ("سعى", ""), ("سعت", ""), ("سعوا", ""),
)  # fmt: skip
# Words of stopping, preventing or suspending: وقف إطلاق النار is not shooting, تعليق
# دعمها no support given.
HALTING = {
    "وقف", "إنهاء", "منع", "تجنب", "لوقف", "بوقف", "لإنهاء", "بإنهاء", "لمنع", "ووقف",
    "إيقاف", "لإيقاف", "بإيقاف", "وإيقاف", "الوقف", "والوقف", "بالوقف", "للوقف", "الإيقاف",
    "تعليق", "لتعليق", "بتعليق", "وتعليق", "تجميد", "لتجميد", "بتجميد", "وتجميد",
}  # fmt: skip
# Meeting nouns: دعا X إلى المؤتمر is an invitation, not a demand.
MEETINGS = {
    "مؤتمر",
    "المؤتمر",
    "اجتماع",
    "الاجتماع",
    "قمة",
    "القمة",
    "محادثات",
    "المحادثات",
    "مفاوضات",
    "المفاوضات",
    "لقاء",
    "اللقاء",
    "زيارة",
    "حضور",
    "طاولة",
    "مائدة",
    "حفل",
    "جلسة",
    "جلسات",
    "الجلسة",
}

# Titles that name people of a kind when indefinite (اعتقلت الشرطة صحفيا، قتل جنديان،
# بسجن ناشط): soldiers, police, the press, activists; not ranks or offices, whose
# accusative is an adverb or a complement (مقدما: in advance, عين سفيرا: as ambassador).
PEOPLE_TITLES = {
    "جندي", "ضابط", "عسكري", "شرطي", "صحفي", "صحافي", "مراسل", "ناشط", "معارض",
    "دبلوماسي", "طبيب", "محامي",
}  # fmt: skip
# Cardinal numbers and approximators: "قتل ثلاثة جنود" reads as a passive with its victims.
NUMBERS = set(
    (
        "واحد اثنان اثنين اثنتان اثنتين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع "
        "ثمانية ثماني ثمان تسعة تسع عشرة عشر عشرون عشرين ثلاثون ثلاثين أربعون أربعين "
        "خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين مئة مائة مئات "
        "مئتين مائتين ألف ألفين آلاف مليون ملايين نحو حوالي زهاء قرابة أكثر أقل "
        # (the construct duals before the noun counted: أكثر من ألفي شخص، مائتي مدني)
        "مئتي مائتي ألفي"
    ).split()
)
# Verbs of duty, leave and prohibition (لا يحق قتل النفس، يجب وقف، يحرم قتل): they take a
# verbal noun, and the act in their أن clause is owed or barred, not done.
DUTY_VERBS = {"يجب", "ينبغي", "يتعين", "يلزم", "يحق", "يجوز", "يحرم", "تحرم"}
# Verbs and particles whose object is a verbal noun: a bare verb form right after them
# is that noun (ليس قتل المصلين, يريد قصف المدينة, بدأ هدم المنازل: killing, shelling,
# demolishing), not a second finite verb.
MASDAR_GOVERNORS = {
    "ليس", "ليست", "وليس", "وليست", "يريد", "تريد", "يريدون", "أراد", "أرادت", "أرادوا",
    "بدأ", "بدأت", "بدأوا", "يبدأ", "تبدأ", "حاول", "حاولت", "حاولوا", "يحاول", "تحاول",
    "واصل", "واصلت", "واصلوا", "يواصل", "تواصل", "قرر", "قررت", "قرروا", "رفض", "رفضت",
    "رفضوا", "يرفض", "ترفض", "أعلن", "أعلنت", "أكد", "أكدت", "نفى", "نفت", "أدان",
    "أدانت", "دان", "دانت", "ندد", "نددت", "شجب", "شجبت", "استنكر", "استنكرت", "استأنف",
    "استأنفت", "أوقف", "أوقفت", "منع", "منعت",
    "يمنع", "تمنع", "تابع", "تابعت", "شهد", "شهدت", "يشهد", "تشهد",
    # verbs of result, whose subject is the act that caused it (أسفر قصف الطائرات عن)
    "أسفر", "أسفرت", "يسفر", "تسفر", "أدى", "أدت", "يؤدي", "تؤدي", "تسبب", "تسببت",
    # prepositions and nouns of time and cause take a noun, never a finite verb
    # (إثر قصف, نتيجة قصف, بعد هجوم, خلال اقتحام)
    "إثر", "اثر", "جراء", "نتيجة", "بسبب", "بعد", "قبل", "خلال", "أثناء", "عقب", "منذ",
} | DUTY_VERBS  # fmt: skip
# Nouns that count people in themselves: قتل شخصان is "two were killed".
PEOPLE_COUNTS = {"شخص", "شخصان", "شخصين", "أشخاص", "مدنيان", "مدنيين", "جنديان"}
# Acts whose counted objects right after the verb are victims (قتل ثلاثة جنود: three
# soldiers were killed, the same letters as "killed three soldiers").
VICTIM_ACTIONS = {"kill", "abduct"}
# What is said or decided: never part of a name after a title, and "attacking" it is in
# words (هاجم وزير الخارجية تصريحات المالكي).
SAID_THINGS = {
    "تصريحات", "تصريح", "قرار", "قرارات", "سياسة", "سياسات", "موقف", "مواقف", "خطاب",
    "مزاعم", "ادعاءات", "اتهامات", "تقرير", "تقارير", "بيان",
}  # fmt: skip
# Common nouns that follow a title but are never part of a name (نظيره التركي سبل تعزيز ...).
NOT_NAMES = {
    "سبل", "سبيل", "تعزيز", "تطوير", "آفاق", "مستجدات", "تطورات", "آخر", "عددا", "جملة",
    "أهمية", "ضرورة", "إمكانية", "كيفية", "مسار", "نتائج", "وضع", "أوضاع", "قضايا", "ملف",
    "ملفات", "علاقات", "تعاون", "جهود", "خلال", "عبر", "أمس", "اليوم", "غدا", "صباح", "مساء",
    "لدى", "لديه", "لديها", "لديهم", "مذكرة", "رسالة", "بيان", "بيانا", "رسميا",
    "بمناسبة", "بشأن", "حول", "عقب", "إثر", "وسط", "تم", "يتم", "خلاله", "خلالها",
    "أول", "أولى", "الأول", "ثاني", "ثالث", "أبرز", "أكبر", "كبار", "جميع", "كافة",
    "له", "لها", "لهم", "عليه", "عليها", "منه", "منها", "عنه", "عنها", "بما", "لما", "كما",
    "مما", "عما", "بأن", "بانه", "بأنه", "نادي", "بنادي", "لنادي",
    # a title after the name opens an apposition (اللواء X مدير الأمن العام), and "and
    # others" ends the list (المستشار X وغيره): neither is part of the name
    "مدير", "مديرة", "مساعد", "وكيل", "رئيسة", "عضو", "وغيره", "وغيرها", "وغيرهم",
    "وآخرين", "وآخرون",
    # verbs of being (بخادم الحرمين الشريفين سيكون: "will be")
    "يكون", "تكون", "سيكون", "ستكون", "سيتم", "ستتم",
    # what one leader conveys to another (نقل الوزير تحيات الرئيس، نقل للأمير تهاني)
    "تحيات", "تحية", "تهاني", "تهنئة", "تعازي", "تمنيات", "برقية", "دعوة", "شكر",
} | SAID_THINGS  # fmt: skip
# Honorifics before a name: a title phrase followed by one of them and a name is one
# person (وزير الخارجية السعودي الأمير فيصل بن فرحان).
HONORIFICS = {
    "الأمير", "الشيخ", "الملك", "السلطان", "الدكتور", "السيد", "السيدة", "المشير", "الفريق",
    "اللواء", "العميد", "العقيد", "الجنرال", "الإمام", "المطران", "القاضي",
}  # fmt: skip
# Group nouns between a count and the counted actor: سبعة من عناصر الشرطة.
MEMBER_WORDS = {
    "عناصر", "عنصر", "أفراد", "فرد", "رجال", "أعضاء", "منتسبي", "منسوبي", "أبناء", "مقاتلي",
    "مسلحي",
}  # fmt: skip
# Belonging to a body (the arrested: أشخاصا يشتبه في انتمائهم إلى X, المنتمين إلى X),
# with the clitics they take (لانتمائهم, بالانتماء, والمنتمين).
AFFILIATION = {
    c + w
    for c in ("", "و", "ل", "ب", "ال", "بال", "لل", "وال")
    for w in (
        "انتماء", "انتمائهم", "انتمائه", "انتمائها", "انتمائهما", "انتسابهم", "انتسابه",
        "ينتمي", "ينتمون", "تنتمي", "ينتميان", "انتمى", "ينتسبون", "ينتسب",
        "منتمين", "منتمون", "منتمي", "منتسبين", "منتسبون",
    )
}  # fmt: skip
# Direction and place words: the actor after them is a place (شمال بغداد, قرب الموصل).
LOCATIVES = {
    "شمال", "جنوب", "شرق", "غرب", "وسط", "قرب", "بالقرب", "شمالي", "جنوبي", "شرقي", "غربي",
    "داخل", "خارج", "أنحاء", "ضواحي", "محيط",
}  # fmt: skip
# Verbs that, with a pronoun pointing back at an attack, name who did it:
# هجوم تبنته طالبان, ضربة نفذها الجيش; and "claiming responsibility": أعلنت X مسؤوليتها.
CLAIM_VERBS = {
    "تبنى",
    "تبنت",
    "تبنا",
    "تبنو",
    "يتبنا",  # (هجمات تتبناها جماعات: the present, before its pronoun)
    "تتبنا",
    "نفذ",
    "نفذت",
    "نفذو",
    "شن",
    "شنت",
    "شنو",
    "ارتكب",
    "ارتكبت",
}
# Verbs of doing that point back at an event noun with a pronoun: اتصال أجراه X.
DOER_VERBS = CLAIM_VERBS | {
    "أجرى", "أجرت", "أجرا", "أجرو", "عقد", "عقدت", "نظم", "نظمت", "نظمو", "قاد", "قادت",
    "أطلق", "أطلقت",
    # the present (هجمات يشنها التنظيم) and the ambush laid (كمين نصبه مسلحون)
    "يشن", "تشن", "يشنون", "ينفذ", "تنفذ", "ينفذون", "يرتكب", "ترتكب", "يرتكبون",
    "نصب", "نصبت", "نصبو",
    # an act committed (الاعتداء الذي ارتكبه مستوطنون)
    "ارتكبو",
    # mines and bombs planted (ألغام زرعتها ميليشيات الحوثي)
    "زرع", "زرعت", "زرعو", "يزرع", "تزرع", "يزرعون",
    # a fight waged (اشتباكات تخوضها المقاومة، تخوض الفصائل معارك مع التنظيم)
    "خاض", "خاضت", "خاضو", "يخوض", "تخوض", "يخوضون",
}  # fmt: skip
# Verbs of being able, going on or completing (تمكنت القوات من السيطرة، واصلت المقاومة
# التقدم): their subject does the act their verbal noun names (not أنهى: ending a
# siege is not laying it).
ABLE_VERBS = {
    "تمكن", "تمكنت", "تمكنوا", "استطاع", "استطاعت", "استطاعوا", "نجح", "نجحت", "نجحوا",
    "أكمل", "أكملت", "أكملوا", "واصل", "واصلت", "واصلوا", "تواصل", "يواصل", "يواصلون",
    "أتم", "أتمت",
    # taking part (شارك الطلاب في مسيرة): the subject is among those who do it
    "شارك", "شاركت", "شاركوا", "يشارك", "تشارك", "يشاركون",
}  # fmt: skip
# Verbs that voice a stance with عن (أعرب الوزير عن إدانته، عبرت المملكة عن دعمها):
# their subject holds the stance their verbal noun names.
VOICE_VERBS = {
    "أعرب", "أعربت", "أعربوا", "أعربا", "يعرب", "تعرب", "عبر", "عبرت", "عبروا", "عبرا",
    "يعبر", "تعبر", "أبدى", "أبدت", "أبدوا",
}  # fmt: skip
RESPONSIBILITY = {"مسؤولية", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤولية"}
CLAIM_REPORTS = {"أعلن", "أعلنت", "أعلنوا", "تبنى", "تبنت", "تبنوا", "يتبنى", "تتبنى"} | {
    # ... and the verbal noun (وإعلان حزب العمال مسؤوليته عن قتلهما)
    "إعلان", "وإعلان", "بإعلان", "اعلان", "واعلان",
}  # fmt: skip
# Verb forms that can only be passive (أُصيب، اغتيل), or say what befell their subject
# (استشهد): the actor next to them is the victim.
PASSIVE_VERBS = {
    "أصيب", "أصيبت", "أصيبوا", "أصيبا", "اغتيل", "اغتيلت", "اغتيلوا",
    # (killed, said of the victim: استشهد شاب برصاص الاحتلال)
    "استشهد", "استشهدت", "استشهدوا", "استشهدا",
}  # fmt: skip
# Verbs of result, whose subject is the act that caused it (أسفر القصف عن، ما أدى إلى).
RESULT_VERBS = {
    "أسفر", "أسفرت", "أسفرا", "أدى", "أدت", "خلف", "خلفت", "تسبب", "تسببت", "تسببوا",
    "نتج", "نتجت",
}  # fmt: skip
# The preposition each takes (أسفر عن، أدى إلى، تسبب في), and "which" before it (مما أسفر).
RESULT_PREPS = {"عن", "إلى", "الى", "في"}
WHICH = {"ما", "مما"}
# Prepositions of time and cause: an event noun after them (بعد الاحتجاجات) is background,
# not an act of the clause's subject.
BACKGROUND = {"بعد", "قبل", "خلال", "إثر", "اثر", "عقب", "جراء", "بسبب", "منذ", "أثناء", "إبان"}
# Nouns of places: "مدن إيرانية", "العاصمة السودانية الخرطوم" name where something happens.
PLACE_NOUNS = {
    "مدن", "مدينة", "المدن", "المدينة", "العاصمة", "عاصمة", "شوارع", "الشوارع", "محافظة",
    "ولاية", "إقليم", "منطقة", "مناطق", "ساحة", "ميدان", "بلدة", "قرية", "مخيم", "ريف",
    "ضواحي", "أحياء", "حي",
}  # fmt: skip
# Nouns that make the event noun after them an idea, not an event: حق التظاهر (the right
# to protest), حرية التعبير, قانون التظاهر.
NOT_EVENT_HEADS = {
    "حق", "حقه", "حقها", "حقهم", "حرية", "قانون", "قوانين", "مشروع", "فكرة", "ثقافة",
    # places, tools and records of an act, not the act: مكان احتجاز, ورشة لتفخيخ,
    # ذكرى الغزو, ضحايا التفجير, أسباب الهجوم
    "مكان", "أماكن", "موقع", "ورشة", "ورش", "مصنع", "معمل", "سجن", "سجون", "مركز",
    "مراكز", "قاعة", "ذكرى", "تاريخ", "ضحايا", "ضحية", "أسباب", "سبب", "نتائج", "آثار",
    "تداعيات", "مخاطر", "خطر", "ظاهرة", "أدوات", "وسائل", "أسلحة", "عمليات تمويل",
    "تمويل", "لجنة", "لجان", "هيئة", "مسؤول", "مسؤولي", "مدير", "ملف", "قضية",
    "قضايا", "فيلم", "كتاب", "رواية", "صور", "صورة", "مشاهد", "أفلام", "نادي", "فريق",
    "فيديو", "فيديوهات", "مقطع", "مقاطع", "تسجيل", "تسجيلات",
    # a penalty or a ruling on an act (عقوبة القتل، تحريم الاعتداء): the law, not an act
    "عقوبة", "تحريم", "حرمة",
    # a term of it (فترة السجن، مدة الاحتجاز): a span of time, not the act
    "فترة", "مدة",
    # where fighting happens (ساحات القتال، مواقع القتال), its time (موعد التفجير), a
    # field or an order named by it (شؤون ضبط التسلح، أوامر الاعتقال)
    "مواقع", "ساحة", "ساحات", "ميدان", "ميادين", "جبهة", "جبهات", "منطقة", "مناطق",
    "موعد", "شؤون", "مجال", "مجالات", "أوامر", "أمر", "سياسة", "سياسات", "آلية", "آليات",
    # a charge (متهمي تفجير المسجد، المتهمين في الهجوم، بتهمة القتل): what someone is
    # accused of, told by the court or the police, not a new act
    "تهمة", "بتهمة", "تهم", "بتهم", "متهم", "متهمي", "متهمين", "متهمون", "المتهمين",
    "المتهمون", "المتهم", "اتهام", "اتهامات", "بقضية", "جريمة", "جرائم",
    # people who work at it (عمال إغاثة، موظفي الإغاثة، العاملين في الإغاثة): workers, not
    # an act
    "عمال", "عامل", "عاملي", "العاملين", "موظفي", "موظفو", "موظف", "متطوعي", "متطوعو",
    # a band, a machine, a language or a spiral named by an act (عصابة القتل، آلة الحرب،
    # لغة التهديد، دوامة العنف، دعاة العنف): an epithet or a manner, not an act
    "عصابة", "عصابات", "آلة", "لغة", "منطق", "نهج", "دوامة", "دعاة",
    # an aspect, a kind or a fruit of acts (طبيعة العمليات العسكرية، ميزان المواجهات،
    # خريطة الانتشار، أجواء التهديد، أشكال التعذيب، ثمار الاتفاق، تقليد الترحيب): what such
    # acts are like, none told
    "طبيعة", "ميزان", "موازين", "خريطة", "أجواء", "مناخ", "أشكال", "أنواع", "نوع",
    "طرق", "أساليب", "أسلوب", "ثمار", "ثمرات", "ثمرة", "تقليد", "تقاليد", "ناحية",
    "ذكريات",
    # a moment of it (لحظة القبض عليه، لحظات التفجير): when, not an act told
    "لحظة", "لحظات",
    # exposed to it (عرضة لهجمات، معرضة للاقتتال): a danger, not an act told
    "عرضة", "معرضة", "معرض", "معرضون", "معرضين",
    # a slogan, a season or a power named by an act (شعار مقاومة الغزاة، موسم القتال،
    # سلطة اعتقال المشتبه بهم): a cause, a time of year or a right, not an act told
    "شعار", "شعارات", "موسم", "مواسم", "سلطة", "صلاحية", "صلاحيات",
}  # fmt: skip
# Nouns that name a body, a force or a programme: an event noun after them, as their
# genitive or with لـ past the body's own adjectives and names, is part of a name
# (مركز الملك سلمان للإغاثة، الهيئة الوطنية لمكافحة الفساد، قوات الاحتلال).
BODY_NOUNS = {
    "مركز", "مراكز", "مكتب", "لجنة", "لجان", "هيئة", "وزارة", "وزير", "إدارة", "برنامج",
    "برامج", "صندوق", "جمعية", "منظمة", "مؤسسة", "مجلس", "وحدة", "قسم", "جهاز", "أجهزة",
    "قوة", "قوات", "تحالف", "اتحاد", "شبكة", "معهد", "مرصد", "خطة", "خطط",
    "استراتيجية", "اتفاقية", "قانون", "نظام", "جائزة", "بعثة",
}  # fmt: skip
NOT_EVENT_HEADS |= BODY_NOUNS
# Quantifiers that make the event noun after them a kind, not an event: أي اعتداء (any
# attack), كل أشكال العنف, مثل هذه الهجمات.
GENERIC = {
    "أي", "أية", "بأي", "بأية", "لأي", "لأية", "وأي", "وأية", "كل", "بكل", "لكل", "وكل",
    "كافة", "جميع", "مثل", "بمثل", "لمثل", "ومثل",
}  # fmt: skip
# Verbs and words of judging something to be something (يعد جرما وعدوانا، تشكل اعتداء
# على الحقوق، بمثابة هجوم): an indefinite event noun after them is what a thing is
# called, not an event.
JUDGED_AS = {
    "يعد", "تعد", "يعتبر", "تعتبر", "يشكل", "تشكل", "شكل", "شكلت", "يمثل", "تمثل",
    "بمثابة", "يعدان", "تعدان", "يشكلان", "تشكلان", "يعتبران", "تعتبران", "اعتبره",
    "اعتبرها", "اعتبرته", "اعتبرتها", "وصفه", "وصفها", "وصفته", "وصفتها",
}  # fmt: skip
# Weapons and wounds by them: an injury told with them is an attack (أصيب برصاص قناص).
WEAPONS = {
    "رصاص", "رصاصة", "برصاص", "برصاصة", "الرصاص", "بالرصاص", "نيران", "بنيران", "بطلق",
    "طلق", "طلقات", "شظايا", "بشظايا", "قذيفة", "بقذيفة", "قذائف", "بقذائف", "صاروخ",
    "بصاروخ", "صواريخ", "عبوة", "بعبوة", "لغم", "بلغم", "سكين", "بسكين", "طعنة", "طعنات",
    "قنبلة", "بقنبلة", "قنابل", "متفجرات", "ناسفة", "مفخخة", "فجرت", "فجرا",
}  # fmt: skip
# War machines and arms: after ب they are the means of an act (قصف بالمدفعية,
# استهدفها بطائرات مسيرة), never its target.
INSTRUMENTS = {
    "طائرة", "طائرات", "مقاتلة", "مقاتلات", "مروحية", "مروحيات", "طيران", "دبابة",
    "دبابات", "مدفعية", "مدفع", "مدافع", "راجمات", "راجمة", "قذائف", "قذيفة", "صواريخ",
    "صاروخ", "بوارج", "زوارق", "سلاح", "أسلحة", "رصاص", "نيران", "هاون",
}  # fmt: skip
# Words telling that a bomb went off, was set off or planted: with them a bomb's noun
# (عبوة ناسفة، حزام ناسف) is a bombing; without them it was found, worn or carried.
# Not فجر alone: it is also dawn (وصل فجر يوم الحادث).
BLASTS = {
    "انفجر", "انفجرت", "انفجرا", "ينفجر", "تنفجر", "انفجار", "انفجارات", "دوي",
    "فجرت", "فجروا", "فجره", "فجرها", "يفجر", "تفجر", "زرع", "زرعت", "زرعوا", "يزرع",
    "تزرع", "زرعها", "زرعوها",
}  # fmt: skip
# Nisba adjectives of fields other than arms (stems, masculine singular): a fight, raid or
# movement qualified by one is a contest of that field (حرب إعلامية، حراك سياحي، هجوم
# كروي، معركة انتخابية), not violence or a protest.
OTHER_FIELDS = {
    "سياحي", "اقتصادي", "تجاري", "ثقافي", "رياضي", "كروي", "فني", "علمي", "تعليمي",
    "صحي", "طبي", "إعلامي", "انتخابي", "مالي", "استثماري", "تسويقي", "دعائي", "فكري",
    "كلامي", "دبلوماسي", "قانوني", "نفسي", "أدبي", "عمراني", "تنموي", "خيري", "تطوعي",
    "تراثي", "توعوي", "دعوي", "إعلاني", "مسرحي", "ترفيهي", "شعري", "معرفي", "سكاني",
}  # fmt: skip
# Social ills a state "fights" or "wages war on" (محاربة الفساد، الحرب على المخدرات،
# مكافحة التسول، التصدي للشائعات): policy, no act of force on an actor.
SCOURGES = {
    "فساد", "مخدرات", "تهريب", "جريمة", "جرائم", "فقر", "أمية", "بطالة", "غش", "تسول",
    "تستر", "إدمان", "تدخين", "وباء", "أوبئة", "مرض", "أمراض", "شائعات", "شائعة",
    "إشاعات", "تلوث", "تصحر", "غلاء", "احتكار", "فيروس", "آفة", "آفات", "ابتزاز",
    "احتيال", "تزوير", "رشوة", "غسل", "غسيل", "مسكرات", "خمور", "تبغ", "حرائق",
    "حريق", "جراد", "بعوض", "سرطان", "ظواهر", "ظاهرة", "سمنة", "سكري",
}  # fmt: skip
# Things one achieves or reaches (تحقيق أهداف، عرض نتائج): after a verbal noun that is an
# event only with its own preposition (تحقيق في, عرض على), they mark the other sense.
ACHIEVABLE = {
    "أهداف", "هدف", "تطلعات", "طموحات", "آمال", "أحلام", "حلم", "نتائج", "مكاسب",
    "أرباح", "رؤية", "رغبات", "إنجاز", "إنجازات", "نمو", "تقدم", "مزيد", "أعلى", "أكبر",
    "أفضل", "نجاح", "فوز", "لقب", "عوائد", "وفورات", "قفزة", "نقلة", "انتصار", "انتصارات",
    "نجاحات", "مكسب", "أرقام", "رقم", "إيرادات", "مبيعات",
}  # fmt: skip
# "Foreign" after a people or a force, in every number and case: of another country than
# the place (سياح أجانب، 21 سائحا أجنبيا، القوات الأجنبية), never the article's or the place's.
FOREIGN = {
    "أجانب", "أجنبي", "أجنبية", "أجنبيا", "أجنبيان", "أجنبيين", "أجنبيات", "الأجانب",
    "الأجنبي", "الأجنبية", "الأجنبيان", "الأجنبيين", "الأجنبيات",
}  # fmt: skip
# Nouns of a number or a part: "a number of MPs" (عدد من النواب) acts as the MPs.
PART_NOUNS = {
    "عدد", "العديد", "مجموعة", "بعض", "آلاف", "الآلاف", "مئات", "المئات", "عشرات",
    "العشرات", "جموع", "حشد", "حشود", "وفد",
}  # fmt: skip
# Verbs whose subject is the place of what follows: شهدت تركيا مظاهرات.
WITNESS = {"شهدت", "شهد", "تشهد", "يشهد", "وشهدت", "وشهد", "وتشهد", "ويشهد"}
# Event nouns whose genitive is the victim, never the agent: مقتل X (X was killed).
# Prepositions of time that take a clause after أن (قبل أن، بعد أن) or a verbal noun.
TIME_LINKS = frozenset({"قبل", "وقبل", "بعد", "وبعد"})
VICTIM_NOUNS = {"مقتل", "مصرع", "حتف", "اصابه"}  # (إصابة: wounding, normalised; حتف of لقي حتفه)
# "Met" of لقي مصرعه، لقوا حتفهم (met their death): its subject is the pronoun's.
MET = {"لقي", "لقيت", "لقوا", "لقيا", "لقيتا"}
# Loyal to, following or backing what comes after (المقاومة الموالية للرئيس هادي): what
# follows is whom the phrase before it serves, neither its subject nor its target.
LOYAL_WORDS = {
    "الموالية", "موالية", "الموالي", "موالي", "الموالين", "موالين", "الموالون", "موالون",
    "التابعة", "تابعة", "التابع", "تابع", "التابعين", "تابعين", "الداعمة", "الداعمين",
}  # fmt: skip
# Words that bring in the agent of a passive or of an event noun: على يد X,
# على أيدي X, من قبل X, برصاص X, بنيران X, بواسطة X.
AGENT_AFTER_ALA = {"يد", "يدي", "أيدي"}
AGENT_FIRE = {"برصاص", "بنيران", "رصاص", "نيران", "بواسطة"}  # بواسطة X: by X

# Verbs and nouns of finding, seizing or making safe (عثرت الشرطة على قذيفة، ضبط عبوة،
# تفكيك لغم): the weapon after them is a thing found, not an attack. Stems after و/ف.
FOUND_STEMS = (
    "عثر", "يعثر", "تعثر", "العثور", "ضبط", "يضبط", "تضبط", "فكك", "يفكك", "تفكيك", "ابطل",
    "يبطل", "تبطل", "ابطال", "اكتشف", "يكتشف", "تكتشف", "اكتشاف", "صادر", "يصادر", "تصادر",
    "مصادره",
)  # fmt: skip
# Practice (تدريبهم على إطلاق النار، مناورات على اقتحام): the act after it is trained for,
# not done. Stems after و/ف and بـ/لـ.
PRACTICE_STEMS = ("تدريب", "التدريب", "تدرب", "يتدرب", "تتدرب", "التدرب", "تمرين", "تمارين")
# Where a thing is shown (عرض البيت الأبيض على موقعه نص الاتفاق): على with one of them is
# no offer made to someone.
DISPLAYS = {
    "موقعه", "موقعها", "موقعهم", "موقعنا", "شاشة", "شاشات", "حسابه", "حسابها", "حسابهم",
    "صفحته", "صفحتها", "صفحتهم", "قناته", "قناتها",
}  # fmt: skip
# Conjugated forms another verb owns far more often: توقع is "expected" (توقّع), hardly
# ever "she signs" (توقِّع); the verb keeps its other forms (يوقع، وقعت، ستوقع).
SHADOWED_FORMS = {"وقع": {"توقع"}}


def _normalised(words: set[str]) -> set[str]:
    return {normalize(w) for w in words}


# The lists above are written in plain spelling; the rules compare normalised text.
for _name in __all__:
    if isinstance(globals()[_name], set):
        globals()[_name] = _normalised(globals()[_name])
