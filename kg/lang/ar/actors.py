"""Arabic actor phrases: lexicon hits -> resolved ``Actor`` records.

A phrase is built around its head: a role noun takes the country of a
following demonym or country (وزير الخارجية الروسي -> RUS GOV) and a person
name after it (known from the lexicon, or unknown words next to a title).
Capitals and seats of power stand for their government. A role noun with no
country takes the country of the last phrase with the same role in the
article (المعارضة after المعارضة السورية).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg import actors as A
from kg.lang.ar.caches import WORDS
from kg.lang.ar.lexicon import Entry, key_of, load_lexicon
from kg.lang.ar.matcher import Hit, word_info
from kg.lang.ar.normalize import normalize, strip_diacritics
from kg.lang.ar.rules import (
    CLAUSE_PUNCT,
    FOREIGN,
    FUNCTION_WORDS,
    HONORIFICS,
    LOCATIVES,
    MEETINGS,
    MEMBER_WORDS,
    NOT_NAMES,
    NUMBERS,
    PAIRED_QUOTES,
    PEOPLE_TITLES,
    PLACE_NOUNS,
    PREPOSITIONS,
)
from kg.records import Actor
from kg.tables import alternatives

__all__ = ["Phrase", "ArticleMemory", "build_phrases", "named_after", "wrong_article"]

# "The two sides" (الجانبان، الطرفين): the two actors of the sentence before.
_TWO_SIDES = {normalize(w) for w in ("جانبان", "جانبين", "طرفان", "طرفين")}
# The two countries (البلدين، البلدان with no adjective after: not "the countries"): a
# sentence about them still speaks of the last two sides.
_TWO_COUNTRIES = {normalize(w) for w in ("البلدين", "البلدان", "للبلدين", "والبلدين")}
_TWO_SIDES_ENDS = tuple(_TWO_SIDES)  # a word that ends with none is not one
_BETWEEN = {normalize(w) for w in ("بين", "وبين")}
# "His country", "her country", "our country": the country of an actor named before.
HIS_COUNTRY = {normalize(w) for w in ("بلاده", "بلادها", "بلادهم", "بلادنا")}
_CLITICS = ("", "و", "ف", "ل", "ب", "وب", "ول", "فب", "فل")
_HIS_COUNTRY_ENDS = tuple(HIS_COUNTRY)  # a word that ends with none is not one
# Linkers of affiliation: what follows owns the phrase (الجيش التابع للحكومة السورية,
# القوات الموالية للمعارضة).
_AFFILIATED = {
    normalize(w)
    for w in ("التابع", "التابعة", "التابعين", "الموالي", "الموالية", "الموالين", "الموالون")
}
# Words that tie a role noun to the country after it: المعارضة في سوريا.
_LINKERS = _AFFILIATED | {"في", "ب", "من"}

# Verb stems of carrying and raising, before أعلام (flags) rather than إعلام (media).
_CARRY = {"رفع", "حمل", "يرفع", "يحمل", "ترفع", "تحمل", "رافع", "حامل", "لوح", "يلوح"}
# Possessive pronouns on a role noun (جنوده, قواتها, عناصرهم).
_POSSESSIVE = {"ه", "ها", "هم", "هما"}


@dataclass
class Phrase:
    """An actor phrase at tokens ``start:end``."""

    start: int
    end: int
    actor: Actor
    prefix: str  # clitics on the first word (و, ب, لل ...)
    head: str  # country, demonym, metonym, org, role, person
    adjectival: bool = False  # a demonym modifying a non-actor noun (الجهود الروسية)
    after_prep: bool = False  # the word before is a preposition (في سوريا)
    implies: str = ""  # an action the role itself reports (المتظاهرون -> demonstrate)
    title: str = ""  # the kind of its role word: person (a title), group, counterpart
    pair: Actor | None = None  # الجانبان, الطرفان: the second of the two sides

    @property
    def actors(self) -> list[Actor]:
        """The actor, and the other side of "the two sides"."""
        return [self.actor] if self.pair is None else [self.actor, self.pair]

    @property
    def governed(self) -> bool:
        """Introduced by a preposition (بموسكو, للمعارضة, في سوريا), so not a subject."""
        p = self.prefix.lstrip("وف")
        return self.after_prep or p.startswith(("ب", "ل", "ك"))


@dataclass
class ArticleMemory:
    """What earlier sentences said, for coreference within one article."""

    persons: list[Actor] = field(default_factory=list)
    role_country: dict[str, str] = field(default_factory=dict)  # role label -> last country
    speaker: Actor | None = None
    subject: Actor | None = None
    # the article's own country: its dateline or the country it is about; a state body
    # named with no country (وزارة الداخلية, قوات الأمن) is that country's
    home: str | None = None
    # the coalition a bare التحالف stands for in this article (an organisation code)
    coalition: str | None = None
    # the two sides of the last sentence naming two states' actors: الجانبان, الطرفان
    pair: tuple[Actor, Actor] | None = None
    # the last organisation named with each head word (حزب الله: حزب), for الحزب alone
    orgs: dict[str, Actor] = field(default_factory=dict)
    # those of orgs known only by kind (داعش for التنظيم), not named with the word
    kinds_only: set[str] = field(default_factory=set)
    # every organisation named, by the words of its name, for a shortened name later
    # (حزب العمال after حزب العمال الكردستاني)
    named_orgs: dict[tuple[str, ...], Actor] = field(default_factory=dict)
    # how often the article names each country (its places and nationalities)
    named: dict[str, int] = field(default_factory=dict)
    when: str | None = None  # the article's date: who holds an office then
    # the last country a sentence said something happened in (في اليمن): where people
    # with no nationality named act, when their own sentence names no place
    scene: Actor | None = None
    # the last word of each person's name as written (نوري المالكي: المالكي) -> the person,
    # for the name alone later (واتهم المالكي)
    surnames: dict[str, Actor] = field(default_factory=dict)


def named_after(w: str) -> bool:
    """A place or institution noun named by what follows it (قصر السلام, جامعة الملك
    سعود, مطار عدن): the words after it are its name."""
    return w in _NAMED_AFTER or bare_word(w) in _NAMED_AFTER


@lru_cache(maxsize=WORDS)
def bare_word(w: str) -> str:
    """A word without و/ف/ب/ل and the article before it (والجامعة -> جامعه)."""
    for p in ("وبال", "وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p) :]
    return w


def _span_text(words: list[str], idx: list[int], text: str, s: int, e: int) -> tuple[str, int, int]:
    start, end = idx[s], idx[e - 1] + len(words[e - 1])
    for mark, close in PAIRED_QUOTES.items():
        # تنظيم «داعش»: a name opened in quotes inside the phrase ends with its closing mark
        at = text.rfind(mark, start, end)
        if at >= 0 and close not in text[at:end] and text[end : end + 1] == close:
            end += 1
    return text[start:end], start, end


# Nouns a state is named with (مملكة البحرين، دولة الكويت، جمهورية مصر العربية).
_STATE_NOUNS = {normalize(w) for w in ("مملكة", "دولة", "جمهورية", "سلطنة", "إمارة")}


def _state_named(h: Hit, norms: list[str]) -> str | None:
    """A title that ends in a state noun (رئيس جمهورية) and the state's name after it,
    listed only in its long form (جمهورية بنين: بنين alone is "sons")."""
    last = h.entry.words[-1]
    if last not in _STATE_NOUNS or h.end >= len(norms):
        return None
    for e in load_lexicon().nouns["actor"].get(last, ()):
        if e.kind == "country" and e.words == (last, norms[h.end]):
            return e.get("iso3")
    return None


_ENVOYS = {normalize(w) for w in ("سفير", "قنصل", "مندوب", "ممثل", "ملحق")}
# A name alone stands for a person named before in full when it has this many letters
# (a shorter one is too often a word), with a conjunction or a preposition on it.
_SURNAME_MIN = 4
_SURNAME_CLITICS = ("", "و", "ف", "ل", "ب", "ول", "وب", "فل")
# Last words of names that are words of their own (بن، أبو: family links; الله: of a
# name like عبد الله).
_NOT_SURNAMES = frozenset({"الله", "الدين", "الرحمن"})

# Words of a title's former holder (الرئيس المصري الأسبق حسني مبارك).
_FORMER = {normalize(w) for w in ("سابق", "أسبق", "مخلوع", "معزول", "مستقيل")}
# Endings of an adjective (nisba, feminine, sound plural).
_ADJ_ENDINGS = ("ي", "يه", "يين", "يون", "ه", "ين", "ون")


def adjective_like(w: str, definite: bool) -> bool:
    """A word that may describe the noun before it: same definiteness and an
    adjectival shape (nisba, feminine, participle): المعتدلة، الموالية، المسلحة."""
    if w.startswith(("ال", "وال")) != definite or (w.endswith("ا") and not w.endswith("يا")):
        return False
    bare = w[2:] if w.startswith("ال") else w
    return bare.endswith(_ADJ_ENDINGS) or bare.startswith("م")


DURING_IT = {"خلاله", "خلالها"}


def _is_name_word(i: int, norms: list[str], covered: set[int]) -> bool:
    """An unknown word that may be part of a name next to a title."""
    w = norms[i]
    return (
        i not in covered
        and w.isalpha()
        and w not in FUNCTION_WORDS
        and w not in NOT_NAMES
        and w not in MEETINGS  # نظيره الفرنسي جلسة مباحثات: a session, not a name
        and not _and_a_common_word(w)
        and not w.endswith(("ها", "هم", "هما"))  # فوزها: a noun with a pronoun
        and not (w.endswith("ه") and len(w) > 2 and not w.endswith(("الله", "ربه")))  # خصومه
        and not w.startswith(_NOT_NAME_STARTS)  # الحكم, بالحكم, للحكومة: nouns, not names
        # الرئيس الفرنسي بمطار القاهرة: "at the airport", no name
        and not (w[:1] in ("ب", "ل") and w[1:] in _PLACE_NAMED)
        # من الرئيس الفرنسي جدد خلاله: a verb before "during it", no name
        and not (i + 1 < len(norms) and norms[i + 1] in DURING_IT)
    )


def _and_a_common_word(w: str) -> bool:
    """الرئيس وأعضاء الوفد, الأمير الدكتور وهو: و/ف before a word that is never a name
    starts the next phrase (a name does not open with the conjunction)."""
    rest = w[1:]
    return w[:1] in ("و", "ف") and (
        rest in FUNCTION_WORDS or rest in NOT_NAMES or rest in MEMBER_WORDS
    )


# Faiths and peoples (roles.tsv), which also follow a group word as its adjective or
# genitive (المسلحون الشيعة, زعماء الطوارق).
_PEOPLES = {
    normalize(w)
    for w in (
        "مسيحي", "قبطي", "أقباط", "إيزيدي", "أيزيدي", "يزيدي", "درزي", "دروز", "شيعي",
        "شيعة", "سني", "آشوري", "طوارق", "تبو", "أمازيغ",
    )
}  # fmt: skip

# Kurds as a nisba after fighters or gunmen (مقاتلين أكراد, المسلحون الأكراد), and the
# Kurdish armed group of each state they fight in (facts).
_KURDS = {
    normalize(w)
    for w in ("أكراد", "الأكراد", "كرد", "الكرد", "كردي", "الكردي", "كرديا", "كرديين", "الكرديين")
    + ("أكرادا", "كردا")  # (the accusative: إن مسلحين أكرادا)
}
_KURDISH_GROUPS = {"SYR": "YPG", "TUR": "PKK"}
_PLACE_KINDS = frozenset({"country", "city", "metonym", "demonym"})
# The last word of a spokesman's title, before the body he speaks for (المتحدث باسم,
# الناطق بلسان): no name follows it.
_FOR = ("باسم", "بلسان")
# Name particles that always take the next word (عبد الناصر، أبو بكر، بن سلمان).
_NAME_LINKS = {"عبد", "ابو", "بن", "ابن", "بنت", "ال"}
# The ruling families of the Gulf (آل خليفة, الصباح): a prince or sheikh of the name is of
# that state (normalised words; آل is ال).
_RULING_FAMILIES = {
    "سعود": "SAU",
    "نهيان": "ARE",
    "مكتوم": "ARE",
    "قاسمي": "ARE",
    "خليفه": "BHR",
    "ثاني": "QAT",
    "صباح": "KWT",
}
# A word opening with the article, or a clitic and the article, is no name.
_NOT_NAME_STARTS = ("ال", "بال", "لل", "وال", "فال", "كال")
# Nouns of institutions named after a person: جامعة الملك سعود is a university, دارة
# الملك عبدالعزيز an archive, not the king.
_NAMED_AFTER = {
    normalize(w)
    for w in (
        "جامعة",
        "مدينة",
        "دارة",
        "مستشفى",
        "مركز",
        "مؤسسة",
        "مطار",
        "شارع",
        "جائزة",
        "كلية",
        "معهد",
        "قاعدة",
        "ميناء",
        "مسجد",
        "مجمع",
        "برنامج",
        "مكتبة",
        "حي",
        "طريق",
        "ملعب",
        "قصر",
        "مدرسة",
        "وقف",
        "كرسي",
        "صندوق",
        "جسر",
        "مشروع",
        "سفارة",  # سفارة خادم الحرمين الشريفين: the embassy, not the king
        "قنصلية",
        "كأس",  # كأس خادم الحرمين الشريفين: the cup, not the king
        "بطولة",
        "دورة",
    )  # fmt: skip
}


# Words of courtesy between a title and a name (صاحب السمو الملكي، معالي، فخامة).
_COURTESY = {
    normalize(w)
    for w in (
        "صاحب", "السمو", "الملكي", "سمو", "معالي", "فخامة", "جلالة", "سعادة", "دولة",
        "الأستاذ", "المهندس", "السفير", "الدكتورة",
        # (abbreviated: النائب د. X, the doctor's title before the name)
        "د.",
    )
}  # fmt: skip
# Words between a title and the name it goes with: courtesy and honorifics that are no
# title of their own (وزير الداخلية الدكتور X، رئيس مجلس الشورى معالي الشيخ X).
# (a rank's staff qualifier too: اللواء الركن، الفريق ركن)
_BEFORE_NAME = _COURTESY | {normalize(w) for w in (*HONORIFICS, "الركن", "ركن")}
# Singular nouns of a body of people sent or gathered (وفد من حركة حماس): of the group
# after من, as plural people of it are.
_COLLECTIVE_PEOPLE = {normalize("وفد")}
# Broken plurals of people a plural nisba may describe (عناصر حوثيون، جنود سوريون).
_PEOPLE_PLURALS = {
    normalize(w)
    for w in ("عناصر", "رجال", "أفراد", "جنود", "أنصار", "أتباع", "شباب", "قادة", "نواب")
}
# Words paired with اليُمن (good fortune) in wishes: باليمن والبركة، باليمن والخير.
_BLESSINGS = {normalize(w) for w in ("والبركة", "والبركات", "والخير", "والمسرات", "والسعادة")}

# Nouns before الأمن that make it a field, not the police (لجنة الأمن والدفاع النيابية).
_FIELD_OF = {normalize(w) for w in ("لجنة", "لجان", "ملف", "ملفات", "شؤون", "قضايا", "مجال")}
# What follows الأمن when it is security as a state of things, not the police.
_SECURITY_KINDS = {
    normalize(w)
    for w in (
        "القومي", "الوطني", "الإقليمي", "الدولي", "الغذائي", "المائي", "العالمي", "العربي",
        "والاستقرار", "والسلام", "والأمان", "السيبراني", "الفكري",
    )
}  # fmt: skip
# Pronouns a predicate adjective follows (وهو مصر على: he is insisting).
_SUBJECT_PRONOUNS = {
    normalize(w) for w in ("هو", "وهو", "فهو", "هي", "وهي", "فهي", "إنه", "لأنه", "أنه")
}
# Nouns of a province or a city between a body and the place's name (مجلس محافظة الأنبار).
_PROVINCES = {normalize(w) for w in ("محافظة", "مدينة", "ولاية", "إقليم", "منطقة", "بلدية")}
# Roles that name whose they are (role label -> the owner's label): of the same country
# (القوات النظامية, a state's regular army against irregulars, are the regime's).
_OWNED_BY = {"regime forces": "regime", "regular forces": "regime"}
# Nouns of places before a name a nationality adjective may describe.
_PLACE_WORDS = {normalize(w) for w in ("مدينة", "بلدة", "قرية", "جزيرة", "ميناء", "منطقة")}
# العاصمة before a capital's name: the city itself, in apposition.
_CAPITAL = normalize("عاصمة")
# زعماء العالم: the world after a group word.
_WORLD = normalize("العالم")
# مسقط رأس (birthplace): the word after it.
_HEAD = normalize("رأس")
# Sectors whose last named body an unnamed one of them is: armed forces, courts and
# prosecutors (المحكمة, النيابة العامة in a report on a trial abroad).
_SECTOR_KEPT = frozenset({"MIL", "JUD"})
# What makes craft drones after them: بدون طيار, بلا طيار, من دون طيار, الدرون.
_PILOTLESS = {normalize(w) for w in ("دون", "بدون", "بلا")}
_PILOT = normalize("طيار")
_DRONES = {normalize(w) for w in ("الدرون", "درون")}
# "Anti-" before arms or craft names a weapon (مضادات الطيران).
_ANTI = {normalize(w) for w in ("مضاد", "مضادة", "مضادات")}
# Air bodies (roles.tsv labels): a bare one (الطائرات, المقاتلات) is the last air body
# named with its owner (طائرات التحالف, الطيران الروسي), not the last army named.
_AIR_LABELS = frozenset({"air force", "aircraft", "fighter jets", "helicopters", "warplanes"})
# What closes a dispatch's place line (الرياض: / الرياض - ): a colon or a dash.
_DATELINE_MARKS = frozenset({":", "-", "–", "—"})
# Place nouns a nationality after them describes (الأراضي السعودية, مناطق سورية).
_PLACE_HEADS = (
    _PLACE_WORDS
    | {bare_word(normalize(w)) for w in PLACE_NOUNS}
    | {normalize(w) for w in ("أراضي", "أرض", "مدن", "مناطق", "محافظات", "مقاطعة", "مقاطعات")}
)
# Role words that are adjectives too ("armed", "naval"); after a noun they describe it.
# Those of armed groups make a group of a collective noun (مجموعات مسلحة, الجماعات
# الإرهابية): the group they name, by its label.
_GROUP_ADJECTIVES = {
    normalize(w): label
    for w, label in (
        ("مسلح", "armed group"),
        ("إرهابي", "terrorist group"),
        ("جهادي", "jihadist group"),
        ("متشدد", "militant group"),
        ("متطرف", "extremist group"),
    )
}
_ADJECTIVE_ROLES = {"بحريه"} | set(_GROUP_ADJECTIVES)
# The men of an armed group, called by what they are (المسلحون, المتمردون): after the group
# is named in their sentence, its men.
_MEN_OF_A_GROUP = set(_GROUP_ADJECTIVES) | {normalize("متمرد")}
# Collective nouns "armed" makes an armed group of (مجموعات مسلحة, عناصر مسلحة).
_ARMED_HEADS = {
    normalize(w)
    for w in (
        "مجموعة", "مجموعات", "جماعات", "عناصر", "خلية", "خلايا", "عصابة", "عصابات",
        "تنظيمات", "كتائب", "فصائل", "ميليشيات", "عصابات", "جهات",
    )
}  # fmt: skip
# Participles of being somewhere after a noun (القوات الموجودة في): where it is follows.
_LOCATED = {
    normalize(w)
    for w in ("الموجودة", "الموجودين", "المتواجدة", "المتمركزة", "المنتشرة", "المرابطة")
}
# Words that name the state leading a coalition (بقيادة السعودية, الذي تقوده السعودية).
_LEADS = {normalize(w) for w in ("بقيادة", "تقوده", "يقوده", "تتزعمه", "يتزعمه")}
# Words before الفريق that make it the team (مدرب الفريق), not a general.
_TEAM_WORDS = {
    normalize(w)
    for w in ("مدرب", "لاعب", "لاعبو", "لاعبي", "مهاجم", "حارس", "نادي", "مباراة", "جماهير")
}
# نائب خادم الحرمين الشريفين: the deputy stands in for the office, named after it.
_DEPUTY = {normalize(w) for w in ("نائب", "ونائب")}
# Words after a title that make it a past or future holder (الرئيس السابق, الملك الراحل).
_NOT_SITTING = {
    bare_word(normalize(w)) for w in ("السابق", "الأسبق", "الراحل", "المقبل", "القادم", "المنتخب")
}
# اتفاق فيينا, مؤتمر جنيف, مطار عدن: a capital that names an agreement, a meeting or a
# place is where, not who
_PLACE_NAMED = _NAMED_AFTER | {
    normalize(w)
    for w in (
        "اتفاق",
        "اتفاقية",
        "اتفاقيات",
        "معاهدة",
        "مؤتمر",
        "محادثات",
        "مفاوضات",
        "قمة",
        "إعلان",
        "مسار",
        "منتدى",
        "اجتماعات",
        "جولة",
        "بيان",
        "وثيقة",
        "ميثاق",
        "مبادرة",
        "ريف",
        "عاصمة",
        "لقاء",
        "اجتماع",
        "مباحثات",
        "محافظة",
        "ولاية",
        "منطقة",
        "إقليم",
        "ضواحي",
        "أسواق",
        "بورصة",
        "سوق",
        "فندق",
    )  # fmt: skip
}


# Sectors of people, not of bodies with men of their own (قوات المعارضة, مقاتلات التحالف).
_PEOPLE_SECTORS = frozenset({"CVL", "REL", "CRM", "REF"})


def _title_agrees(p: Actor, title: str, national: bool) -> bool:
    """A title alone refers back to a person named with the same title: الوزير الأمريكي
    is not the president named before (الرئيس الأمريكي باراك أوباما); to one named
    with no title only when its nationality says whose (المتحدث باسم المجلس is not
    any official named before by his name alone)."""
    said = _person_title(p.text.split()[0]) if p.text else ""
    return said == title or (said == "" and national)


# Sectors of armed groups and parties, whose bare group nouns point back (التنظيم، الحزب).
_GROUP_SECTORS = ("REB", "PTY")


@lru_cache(maxsize=1)
def _group_heads() -> dict[str, frozenset[str]]:
    """Organisation code -> the group nouns (تنظيم، حركة، جماعة، حزب: owned roles of
    armed groups and parties) any of its names opens with (ISIS: تنظيم داعش)."""
    nouns = load_lexicon().nouns["actor"]
    out: dict[str, set[str]] = {}
    for w, entries in nouns.items():
        group = any(
            e.kind == "role" and e.get("role") == "owned" and e.get("sector") in _GROUP_SECTORS
            for e in entries
            if e.words == (w,)
        )
        for e in entries if group else ():
            if e.kind == "org" and len(e.words) > 1:
                out.setdefault(e.get("code") or "", set()).add(w)
    return {code: frozenset(ws) for code, ws in out.items()}


@lru_cache(maxsize=512)
def _person_title(word: str) -> str:
    """The title of a person the word opens, article-less (والرئيس -> رئيس), or ""."""
    nouns = load_lexicon().nouns["actor"]
    for w in (word, word[1:] if word[:1] in ("و", "ف") else ""):
        x = key_of(w)[0] if w else ""
        if any(e.kind == "role" and e.get("role") == "person" for e in nouns.get(x, ())):
            return x
    return ""


@lru_cache(maxsize=1)
def _person_words() -> dict[str, frozenset[str]]:
    """Each person of the dictionary -> every word of the names it lists for him."""
    out: dict[str, set[str]] = {}
    for entries in load_lexicon().nouns["actor"].values():
        for e in entries:
            if e.kind == "person" and e.get("person_id"):
                out.setdefault(e.get("person_id"), set()).update(map(_joined, e.words))
    return {k: frozenset(v) for k, v in out.items()}


def _near(a: str, b: str) -> bool:
    """Two words the same or one letter apart (one added, dropped or changed)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]


def _joined(w: str) -> str:
    """A name word as the dictionaries' keys join it (عبدالفتاح -> عبدفتاح)."""
    return w.replace("ال", "") if len(w) > 5 else w


def _name_words(person_id: str) -> frozenset[str]:
    return _person_words().get(person_id, frozenset())


@lru_cache(maxsize=1024)
def _demonym(word: str) -> bool:
    """A one-word nationality of the lexicon (مصري, تركي)."""
    entries = load_lexicon().nouns["actor"].get(word, ())
    return any(e.kind == "demonym" and e.words == (word,) for e in entries)


def _nisba(word: str) -> bool:
    """المصري, التركي: a definite singular nationality (also a family's name)."""
    return word.startswith("ال") and _demonym(word[2:])


def _named_like_a_nisba(words: tuple[str, ...]) -> bool:
    """السعودية, سورية: a country whose name is also the feminine of its nisba."""
    return len(words) == 1 and words[0].endswith("يه") and _demonym(words[0][:-1])


def in_place_noun(w: str) -> bool:
    """بمدينة, بريف, بمحافظة: "in" a place noun, with ب on it."""
    return w[:1] == "ب" and bare_word(w) in PLACE_NOUNS


def wrong_article(h: Hit) -> bool:
    """A one-word name listed with the article found without it, or the reverse: يمن is
    a verb, not Yemen; فرقة is no الرقة; السيول are floods, not Seoul. (A multiword name
    keeps its reading: تحالف عربي بقيادة السعودية.)"""
    want = "0" if has_article(h.prefix) else "1"
    return h.entry.get("definite") == want and len(h.entry.words) == 1


def has_article(prefix: str) -> bool:
    """The clitics before a word hold the article (ال، وال، بال، لل)."""
    return "ال" in prefix or prefix.endswith("لل")


def _people(h: Hit, head: Hit) -> bool:
    """An indefinite plural nationality after a definite noun is people, not its
    adjective: اعتقلت الشرطة أفغانيين (Afghans); شرطيين لبنانيين agree."""
    plural = h.first.suffix.endswith(("ين", "ون"))
    return h.kind == "demonym" and "ال" not in h.prefix and plural and "ال" in head.first.prefix


def _family_name(i: int, norms: list[str], covered: set[int]) -> bool:
    w = norms[i]
    return (
        i not in covered
        and w.startswith("ال")
        and len(w) > 4
        and w.isalpha()
        and w not in FUNCTION_WORDS
        and w not in NOT_NAMES
        and w not in MEETINGS
    )


def _state_or_person(a: Actor) -> bool:
    return a.type == "person" or (a.type == "country" and a.sector in (None, "GOV"))


def _two_actors(
    phrases: list[Phrase], between: frozenset[int] = frozenset()
) -> tuple[Actor, Actor] | None:
    """The first two actors of ``phrases`` of two states, or two named persons (places,
    concepts and adjectives aside: an official and a title of his are one side); one
    after بين, which names sides (starts in ``between``), is no place."""
    seen: list[Actor] = []
    first: Phrase | None = None
    for p in phrases:
        a = p.actor
        # (after a preposition, a place; but people or a body are who it is done to or
        # with: للتصدي للمستوطنين، اعتدوا على طلاب)
        placed = p.after_prep and p.start not in between and a.sector is None
        if p.adjectival or p.pair is not None or placed or a.type == "concept":
            continue
        if first is not None and _allies(first, p, between):
            continue
        first = first or p
        if not seen or (
            a.country != seen[0].country
            or (a.type == seen[0].type == "person" and a.id != seen[0].id)
            or _armed_sides(a, seen[0])
        ):
            seen.append(a)
        if len(seen) == 2:
            return seen[0], seen[1]
    return None


def _allies(x: Phrase, y: Phrase, between: frozenset[int]) -> bool:
    """Two bodies (no persons) of one country, or one of no country, joined by و are
    one side (المقاومة وقوات هادي، الحوثيين وقوات صالح), unless after بين."""
    early, late = sorted((x, y), key=lambda p: p.start)
    joined = late.prefix.startswith("و") and 0 <= late.start - early.end <= 3
    joined = joined and early.start not in between
    a, b = x.actor, y.actor
    return joined and A.one_country(a, b) and "person" not in (a.type, b.type)


def _armed_sides(a: Actor, b: Actor) -> bool:
    """A named rebel group and a body of its country named by the country are two sides
    (the Houthis and the resistance, the army and the Houthis); two named groups may be
    allies (the Houthis and Saleh's forces), two bodies of the country one side (the
    resistance and the army, but the opposition and the army are two), a person is of
    his body's side."""
    named = [x.type == "group" and not x.id.startswith("group/") for x in (a, b)]
    bodies = [
        (x.type == "country" or x.id.startswith("group/")) and x.sector is not None for x in (a, b)
    ]
    rebels = any(x.sector == "REB" for x, n in zip((a, b), named, strict=True) if n)
    if all(bodies) and a.id != b.id:
        # (the opposition and the regime's forces, though of one country)
        return {a.sector, b.sector} in ({"OPP", "MIL"}, {"OPP", "GOV"}, {"OPP", "COP"})
    return rebels and named.count(True) == 1 and bodies.count(True) == 1


# Marks that only open a quotation ("" both opens and closes: ودعا "ماكرون" نواب).
_OPEN_QUOTES = frozenset(PAIRED_QUOTES)


def people_adjectives(hits: list[Hit], norms: list[str]) -> list[Hit]:
    """Hits without a faith's or people's singular nisba that describes the word before
    it, of the same definiteness (القوى الشيعية, الوجود المسيحي, للأقلية السنية): an
    adjective, as before a lexicon knew the word (a plural one joins a group word
    before it: _people_epithet)."""
    return [
        h
        for h in hits
        if not (
            h.kind == "role"
            and h.entry.words[0] in _PEOPLES
            and h.entry.words[0].endswith("ي")
            and h.first.suffix in ("", "ه")
            and h.start > 0
            and norms[h.start - 1][:1].isalpha()
            and norms[h.start - 1] not in FUNCTION_WORDS
            and has_article(h.prefix) == _definite_word(norms[h.start - 1])
        )
    ]


def _definite_word(w: str) -> bool:
    return w.startswith(("ال", "وال", "بال", "لل", "فال", "كال", "ولل", "وبال"))


def build_phrases(
    hits: list[Hit],
    words: list[str],
    norms: list[str],
    idx: list[int],
    text: str,
    covered: set[int],
    memory: ArticleMemory,
    speaker: Actor | None = None,
    span: tuple[int, int] | None = None,
) -> list[Phrase]:
    """Assemble actor phrases from the actor-layer hits of one sentence.

    Args:
        hits: actor-layer hits, in token order.
        words, norms, idx: token texts, normalised texts and character offsets.
        text: the whole document text.
        covered: token indices inside any lexicon hit (never read as names).
        memory: article-level coreference state (updated).
        speaker: current speaker, whose country a counterpart (نظيره) contrasts with.
        span: the sentence's tokens, where "the two sides" (الجانبان) are looked for.
    """
    b = _Builder(hits, words, norms, idx, text, covered, memory, speaker)
    phrases = _name_then_office(b.run(), text)
    if span is not None:
        found = b.two_sides(*span, phrases) + b.own_country(*span, phrases)
        found += b.surnames(*span, phrases + found)
        phrases = sorted(phrases + found, key=lambda p: p.start)
        b.remember_pair(phrases, span)
    return phrases


def _name_then_office(phrases: list[Phrase], text: str) -> list[Phrase]:
    """A person of no known country and the office of a state right after the name (الرئيس
    بوني يايي رئيس جمهورية بنين) are one person, of that state."""
    out: list[Phrase] = []
    for x in phrases:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == x.start
            and prev.actor.type == "person"
            and not prev.actor.country
            and x.actor.type == "country"
            and x.actor.sector
            and x.title == "person"
            and not x.prefix
        ):
            a = prev.actor
            merged = replace(
                a, country=x.actor.country, sector=a.sector or x.actor.sector,
                text=text[a.start : x.actor.end], end=x.actor.end,
            )  # fmt: skip
            out[-1] = replace(prev, end=x.end, actor=merged)
            continue
        out.append(x)
    return out


class _Builder:
    """One sentence's phrase building (see ``build_phrases``)."""

    def __init__(self, hits, words, norms, idx, text, covered, memory, speaker) -> None:
        self.hits, self.words, self.norms, self.idx, self.text = hits, words, norms, idx, text
        given = {i for h in hits if h.kind == "given" for i in range(h.start, h.end)}
        # a given name is a name word after a title (الشيخ عادل الكلباني), not a lexicon hit
        self.covered, self.memory, self.speaker = covered - given, memory, speaker
        self.by_start = {h.start: h for h in hits}
        for h in hits:  # مسلحو «داعش», تنظيم «الدولة»: a name in quotes follows the word
            if h.start and norms[h.start - 1] in _OPEN_QUOTES:
                self.by_start.setdefault(h.start - 1, h)
        self.actor_tokens = {i for h in hits if h.kind != "given" for i in range(h.start, h.end)}
        self.used: set[int] = set()
        self.phrases: list[Phrase] = []
        # a title with no name of its own: (start, end, prefix, speaks for what follows)
        self.title: tuple[int, int, str, bool] | None = None
        self.owner: Hit | None = None  # a body a group phrase is tied to (_nisba_after)
        # group nouns named in this sentence -> the code named with them ("" for two)
        self.heads_here: dict[str, str] = {}

    def span(self, s: int, e: int) -> tuple[str, int, int]:
        return _span_text(self.words, self.idx, self.text, s, e)

    def respan(self, actor: Actor, s: int, e: int) -> Actor:
        """``actor`` named by the words ``s:e`` (its text and offsets)."""
        t, s0, e0 = self.span(s, e)
        return replace(actor, text=t, start=s0, end=e0)

    def _security_as_a_state(self, h: Hit) -> bool:
        """الأمن القومي، الأمن الإقليمي، الأمن والاستقرار: security as a state of things;
        لجنة الأمن والدفاع، ملف الأمن: security as a field a body deals with."""
        n = self.norms
        if h.kind != "role" or h.entry.words != ("امن",):
            return False
        before = n[h.start - 1] if h.start > 0 else ""
        if h.prefix == "ال" and (before in _FIELD_OF or bare_word(before) in _FIELD_OF):
            return True
        return h.end < len(n) and n[h.end] in _SECURITY_KINDS

    def _insisting(self, h: Hit) -> bool:
        """مصر after a pronoun and before على is مُصِرّ (insisting): وهو مصر على."""
        n = self.norms
        return (
            h.kind == "country"
            and h.entry.words == ("مصر",)
            and not h.prefix
            and 0 < h.start
            and h.end < len(n)
            and n[h.end] == "علي"
            and n[h.start - 1] in _SUBJECT_PRONOUNS
        )

    def _weapon_against(self, h: Hit) -> bool:
        """مضاد الطيران, صواريخ مضادة للطائرات: the arms or craft an "anti-" weapon is
        against name the weapon, no actor."""
        before = bare_word(self.norms[h.start - 1]) if h.start > 0 else ""
        return h.kind == "role" and h.entry.get("sector") == "MIL" and before in _ANTI

    def _owner_of(self, nxt: Hit) -> tuple[Actor | None, int] | None:
        """The actor a role or a name after a construct noun gives, and where it ends."""
        return self._role(nxt) if nxt.kind == "role" else self._named(nxt)

    def run(self) -> list[Phrase]:
        for h in self.hits:
            if h.start in self.used:
                continue
            if wrong_article(h):
                self.actor_tokens.difference_update(range(h.start, h.end))
                continue  # أن يمنّ الله: the verb, not Yemen
            if h.end < len(self.norms) and self.norms[h.end] in _BLESSINGS:
                self.actor_tokens.difference_update(range(h.start, h.end))
                continue  # تهنئته باليمن والبركات: good fortune (اليُمن), not Yemen
            if (
                self._security_as_a_state(h)
                or self._insisting(h)
                or self._negated_adjective(h)
                or self._weapon_against(h)
            ):
                # الأمن القومي: a state of things, not the police; وهو مصر على: insisting
                # (مُصِرّ), not Egypt; التصرف غير المسؤول: "irresponsible", not an official
                self.actor_tokens.difference_update(range(h.start, h.end))
                continue
            if self._armed_epithet(h):
                continue  # تنظيم داعش الإرهابي: the group described, no terrorist of its own
            if self._people_epithet(h):
                continue  # المسلحون الشيعة, زعماء الطوارق: the men of that faith or people
            nxt = self.by_start.get(h.end)
            if nxt is not None and h.kind == "role" and self._described_noun(nxt) == h.start:
                continue  # الجماعات الإرهابية: the adjective after makes the group
            head = self._described_noun(h)
            if head is not None and not self._armed_group(h, head):
                # الذراع المسلحة, الواجهة البحرية: an adjective of a noun, not an actor
                self.actor_tokens.difference_update(range(h.start, h.end))
                continue
            if head is not None:
                continue
            plural = self._construct_plural(h)
            if plural is not None:
                self._add(h, *plural)
                continue
            if h.kind == "role" and (self._flags(h) or h.first.suffix == "ي"):
                # لقاء حزبي: a nisba adjective, not "my party"
                self.actor_tokens.difference_update(range(h.start, h.end))
                continue
            found = self._role(h) if h.kind == "role" else self._named(h)
            if found is None:
                if h.kind == "role" and h.entry.get("role") in ("person", "named"):
                    self.title = (h.start, h.end, h.prefix, h.entry.words[-1] in _FOR)
                continue
            actor, end = found
            self._add(h, actor, end)
        self._shared_head()
        self._shared_genitive()
        return self.phrases

    def _people_epithet(self, h: Hit) -> bool:
        """A faith or a people right after a group word (المسلحون الشيعة, رجال الدين
        المسيحيين, زعماء الطوارق) says whose men they are: the group's phrase goes on,
        no second actor (which would be read as the verb's object)."""
        last = self.phrases[-1] if self.phrases else None
        if (
            last is None
            or last.end != h.start
            or last.actor.type == "person"
            or h.kind != "role"
            or h.entry.words[0] not in _PEOPLES
        ):
            return False
        if h.first.suffix == "ين" and self.norms[h.start - 1].endswith("ون"):
            return False  # هاجم المسلحون المسيحيين: the subject, then its object
        t, s0, e0 = self.span(last.start, h.end)
        self.phrases[-1] = replace(last, end=h.end, actor=replace(last.actor, text=t, end=e0))
        return True

    def _negated_adjective(self, h: Hit) -> bool:
        return h.kind == "role" and h.start > 0 and self.norms[h.start - 1] in ("غير", "وغير")

    def _armed_epithet(self, h: Hit) -> bool:
        """A definite singular word of an armed group (الإرهابي، المتطرف) right after an
        armed body's name agrees with it: its epithet, which joins its phrase."""
        last = self.phrases[-1] if self.phrases else None
        if (
            last is None
            or last.end != h.start
            or h.kind != "role"
            or h.entry.get("role") != "group"
            or h.entry.get("sector") != "REB"
            or h.prefix != "ال"
            or h.first.suffix not in ("", "ه")
            or last.actor.sector != "REB"
            or last.actor.type not in ("group", "organisation")
            or not (last.head == "org" or "ال" in last.prefix)
        ):
            return False
        self.phrases[-1] = replace(last, end=h.end)  # (the actor named by its name alone)
        return True

    def _shared_head(self) -> None:
        """الرئيسان المصري والفرنسي, وزراء الخارجية العرب والأوروبيون: a nisba joined by و
        to a dual or plural title's nisba is another holder of that title."""
        for i, p in enumerate(self.phrases[1:], 1):
            head = self.phrases[i - 1]
            if not (
                p.head == "demonym"
                and p.prefix.startswith("و")
                and p.start == head.end
                and head.head == "role"
                and head.actor.type == "country"
                and (
                    self.norms[head.start].endswith(("ان", "ين", "ون"))
                    or self._dual_construct(head)
                )
            ):
                continue
            a = p.actor
            actor = A.country(a.country, a.text, head.actor.sector, start=a.start, end=a.end)
            self.phrases[i] = replace(p, actor=actor, head="role", title=head.title)

    def _shared_genitive(self) -> None:
        """حكومة وشعب دولة الكويت، قيادة وشعب الأردن: a noun in the construct state joined
        by و to another before their genitive shares it (the government is Kuwait's too,
        not the article's state nor of no state)."""
        for i, p in enumerate(self.phrases[1:], 1):
            head = self.phrases[i - 1]
            if not (
                p.start == head.end == head.start + 1
                and p.prefix.startswith("و")
                and head.head == "role"
                and not head.prefix
            ):
                continue
            if p.end - p.start < 2 or p.actor.type != "country" or not p.actor.country:
                continue
            h = self.by_start.get(head.start)
            if h is None or h.first.suffix or not head.actor.sector:
                continue
            a = head.actor
            actor = A.country(p.actor.country, a.text, a.sector, start=a.start, end=a.end)
            self.phrases[i - 1] = replace(head, actor=actor)

    def _dual_construct(self, head: Phrase) -> bool:
        """وزيرا الخارجية: a dual title in the construct state (its ن dropped)."""
        w = self.norms[head.start]
        return (
            head.end - head.start > 2
            and bare_word(w).endswith("ا")
            and self.norms[head.start + 1].startswith("ال")
        )

    def two_sides(self, a: int, b: int, phrases: list[Phrase]) -> list[Phrase]:
        """الجانبان, الطرفين: the last two actors named before it in the sentence (بين
        الرئيس ونائبه ... الطرفين), else the two of the last sentence that named two."""
        out: list[Phrase] = []
        for k in range(a, b):
            w = self.norms[k]
            if not w.endswith(_TWO_SIDES_ENDS):
                continue
            bare = bare_word(w)
            if bare not in _TWO_SIDES or k in self.covered or "ال" not in w:
                continue
            pair = _two_actors([p for p in phrases if p.end <= k][::-1]) or self.memory.pair
            if pair is None:
                continue
            t, s0, e0 = self.span(k, k + 1)
            first, second = (replace(x, text=t, start=s0, end=e0) for x in pair)
            prev = self.norms[k - 1] if k > 0 else ""
            out.append(Phrase(k, k + 1, first, w[: len(w) - len(bare)], "pair", pair=second))
            out[-1].after_prep = prev in PREPOSITIONS or prev in LOCATIVES
        return out

    def own_country(self, a: int, b: int, phrases: list[Phrase]) -> list[Phrase]:
        """بلاده, بلادها, بلادنا: the country of the sentence's subject (أكد الوزير
        التركي أن بلاده ...), else of the speaker or the article's subject."""
        out: list[Phrase] = []
        for k in range(a, b):
            w = self.norms[k]
            if not w.endswith(_HIS_COUNTRY_ENDS):
                continue
            clitic = next((c for c in _CLITICS if w[len(c) :] in HIS_COUNTRY), None)
            if clitic is None or k in self.covered or not w.startswith(clitic):
                continue
            # the sentence's subject: its first actor not after a preposition (ours:
            # the speaker), else the one spoken of
            before = [
                p.actor for p in phrases if p.end <= k and not p.governed and not p.adjectival
            ]
            m = self.memory
            if w.endswith("نا") or not before:
                before = [x for x in (m.speaker, m.subject) if x]
            owner = before[0] if before else None
            if owner is None or owner.country not in A.countries():
                continue
            owned = next((i for i, p in enumerate(phrases) if p.end == k), None)
            if owned is not None and phrases[owned].head == "role" and not phrases[owned].prefix:
                # حكومة بلاده, جيش بلاده: the body of his country
                x = phrases[owned]
                t, s0, e0 = self.span(x.start, k + 1)
                actor = A.country(owner.country, t, x.actor.sector, start=s0, end=e0)
                phrases[owned] = replace(x, end=k + 1, actor=actor)
                continue
            t, s0, e0 = self.span(k, k + 1)
            actor = A.country(owner.country, t, start=s0, end=e0)
            out.append(Phrase(k, k + 1, actor, clitic, "country"))
            prev = self.norms[k - 1] if k > 0 else ""
            out[-1].after_prep = prev in PREPOSITIONS or prev in LOCATIVES
        return out

    def remember_pair(self, phrases: list[Phrase], span: tuple[int, int]) -> None:
        """The next "two sides": the same again after a sentence that speaks of them
        (أكد الجانبان، أكد البلدان); else the two a sentence names after بين (التعاون
        بين الأردن والسعودية), else its first two actors."""
        said = next((p for p in phrases if p.pair is not None), None)
        if said is not None:
            self.memory.pair = (said.actor, said.pair)
            return
        words = self.norms[span[0] : span[1]]
        if not _TWO_COUNTRIES.isdisjoint(words) and any(
            self._two_countries(k, span[1]) for k in range(*span)
        ):
            # (وأكد البلدان ... أمن المملكة الأردنية: only states or persons named with
            # "the two countries" are they)
            states = [p for p in phrases if _state_or_person(p.actor)]
            pair = _two_actors(states, frozenset(p.start for p in states))
            self.memory.pair = pair or self.memory.pair
            return
        between = frozenset(p.start for p in phrases if p.start > 0 and self._between(p.start))
        sides = [p for p in phrases if p.start in between]
        if sides:
            nxt = [p for p in phrases if p.start >= sides[0].start]
            pair = _two_actors(nxt, between)
            if pair is not None:
                self.memory.pair = pair
                return
        self.memory.pair = _two_actors(phrases) or self.memory.pair

    def _two_countries(self, k: int, end: int) -> bool:
        if self.norms[k] not in _TWO_COUNTRIES:
            return False
        return k + 1 >= end or not adjective_like(self.norms[k + 1], True)

    def _between(self, k: int) -> bool:
        return self.norms[k - 1] in _BETWEEN

    def _flags(self, h: Hit) -> bool:
        """رفع المتظاهرون أعلاما تركية: flags (أعلام), not the media (إعلام)."""
        if h.entry.words != ("اعلام",) or "ال" in h.first.prefix[-2:]:
            return False
        before = [self.norms[k].lstrip("وف") for k in range(max(0, h.start - 3), h.start)]
        return any(w[:4] in _CARRY or w[:3] in _CARRY for w in before)

    def _described_noun(self, h: Hit) -> int | None:
        """مسلحة, بحرية after a content noun of the same definiteness describe it
        (مجموعات مسلحة, الذراع المسلحة, الواجهة البحرية): that noun's index."""
        e = h.entry
        if h.kind != "role" or len(e.words) != 1 or e.words[0] not in _ADJECTIVE_ROLES:
            return None
        # (but مسلحا after an indefinite accusative noun describes it: هجوما مسلحا)
        accusative = h.first.suffix == "ا" and h.start > 0 and self._accusative(h.start - 1)
        if h.start == 0 or (e.words[0] == "مسلح" and h.first.suffix != "ه" and not accusative):
            return None  # مسلحون, المسلح: the gunmen themselves
        if h.first.suffix not in ("", "ه") and not accusative:
            return None  # الإرهابيون, المتشددين: the men themselves
        k = h.start - 1
        prev = self.norms[k]
        if prev in FUNCTION_WORDS or not prev.isalpha():
            return None
        if k in self.actor_tokens and not self._group_head(h, k):
            return None  # (الجماعات, a group noun itself, and "terrorist": one group)
        return k if prev.startswith(_NOT_NAME_STARTS) == has_article(h.prefix) else None

    def _accusative(self, k: int) -> bool:
        """The word at ``k`` is an indefinite noun in the accusative (هجوما)."""
        w = self.norms[k]
        return len(w) > 3 and w.endswith("ا") and w.isalpha() and not w.startswith("ال")

    def _group_head(self, h: Hit, k: int) -> bool:
        """A collective noun (مجموعات, الجماعات) the group adjective ``h`` makes a group."""
        noun = self.norms[k]
        return h.entry.words[0] in _GROUP_ADJECTIVES and (
            noun in _ARMED_HEADS or bare_word(noun) in _ARMED_HEADS
        )

    def _armed_group(self, h: Hit, k: int) -> bool:
        """مجموعات مسلحة, الجماعات الإرهابية: a collective noun and "armed" (or
        "terrorist") are an armed group, of no country the words say."""
        noun = self.norms[k]
        bare = bare_word(noun)
        if not self._group_head(h, k):
            return False
        label = _GROUP_ADJECTIVES[h.entry.words[0]]
        t, s0, e0 = self.span(k, h.end)
        actor = A.sector_group("REB", label, t, start=s0, end=e0)
        self.phrases.append(Phrase(k, h.end, actor, noun[: len(noun) - len(bare)], "role"))
        prev = self.norms[k - 1] if k > 0 else ""
        self.phrases[-1].after_prep = prev in PREPOSITIONS or prev in LOCATIVES
        return True

    # ------------------------------------------------------------ roles
    def _role(self, h: Hit) -> tuple[Actor | None, int] | None:
        e, end = h.entry, h.end
        if e.get("role") == "named" and h.first.suffix:
            return None  # مشيرين, الفريقين: a participle or a dual, not a rank
        if h.first.suffix == "ه" and bare_word(self.norms[h.start]) in _PLACE_HEADS:
            return None  # محافظة تركية: a governorate, a place, not a (woman) governor
        if e.words == ("نيابه",) and end < len(self.norms) and self.norms[end] == "عن":
            return None  # نيابة عن: on behalf of, not the prosecution
        if e.words == ("امن",) and (h.first.suffix or "آ" in self.words[h.start]):
            return None  # أمننا: our security; آمن, الآمنين: safe, not the police
        iso3 = None
        nxt = self.by_start.get(end)
        owned = self._possessed(h) and self._lam_after(h.end)
        if (
            nxt
            and nxt.kind in ("demonym", "country")
            and (nxt.prefix.lstrip("ال") in ("", "ل") or self._of_the_state(h, nxt))
            and not _people(nxt, h)
            and not owned  # حكومته لمصر: his government's, to Egypt
            and not self._given_nisba(nxt)  # الأمير تركي بن محمد: a given name, not Turkish
        ):
            iso3 = nxt.entry.get("iso3")
            self.used.add(nxt.start)
            end = nxt.end
        elif nxt is None and (state := _state_named(h, self.norms)) is not None:
            iso3, end = state, end + 1  # رئيس جمهورية بنين: the role holds جمهورية
        if self._main_adjective(h):
            return None  # هدفه الرئيس, الشارع الرئيس: "main", not the president
        members = self._members_of(h, end) if iso3 is None else None
        if members is not None:
            return members
        if self._counted(h):
            found = self._group(h, end, iso3)  # 14 جنديا، ثلاثة ضباط: that many soldiers
        elif e.get("role") in ("person", "counterpart", "named"):
            people = iso3 is None and end == h.end and self._people_of_org(h, end)
            found = people or (iso3 is None and self._head_of(h, end)) or self._titled(h, end, iso3)
        else:
            found = (
                (iso3 is None and self._construct(h, end))
                or (iso3 is None and end == h.end and self._kurds(h, end))
                or (iso3 is None and end == h.end and self._group_of_org(h, end))
                or (iso3 is None and end == h.end and self._people_of_org(h, end))
                or (iso3 is None and self._of_the_world(h, end))
                or self._group(h, end, iso3)
            )
        return found if found[0] is not None else None

    def _members_of(self, h: Hit, end: int) -> tuple[Actor, int] | None:
        """وزراء خارجية دول مجلس التعاون، قادة دول الاتحاد الأوروبي، وزراء خارجية
        الاتحاد: officials in the construct state before an alliance of states (past its
        member states, دول) are the alliance's, not one state's nor a target of their own."""
        if h.first.suffix or "ال" in h.first.prefix or self.norms[h.end - 1].startswith("ال"):
            return None
        k = end + 1 if end < len(self.norms) and self.norms[end] == "دول" else end
        nxt = self.by_start.get(k)
        if nxt is None or nxt.kind != "org" or nxt.prefix not in ("", "ال"):
            return None
        found = self._owner_of(nxt)
        if not found or found[0] is None or found[0].sector != "IGO":
            return None
        owner, j = found
        self.used.add(nxt.start)
        return self.respan(owner, h.start, j), j

    def _counted(self, h: Hit) -> bool:
        """A title counted by a number before it (14 جنديا، ثلاثة ضباط) or indefinite in
        the accusative (اعتقلت الشرطة صحفيا) names people of its kind, unnamed: a group,
        no one title's holder."""
        if h.entry.get("role") != "person" or "ال" in h.first.prefix:
            return False
        if h.first.suffix.endswith("ات"):
            return False  # 9 محافظات: governorates, not governors
        w = self.norms[h.start - 1] if h.start else ""
        if w.isdigit() or bare_word(w) in NUMBERS:
            return True
        if h.entry.words[0] not in PEOPLE_TITLES:
            # (مقدما: in advance, مسؤولا عن: responsible for, عين سفيرا: appointed as an
            # ambassador: a rank or an office read so is an adverb or a complement)
            return False
        if h.first.suffix in ("ا", "ان", "ين"):
            return True  # (جنديان، ضابطين: two of them)
        # بسجن ناشط. اعتقال صحفي في: a title with nothing it could govern after it (no
        # name, no genitive) is someone of that kind
        nxt = self.norms[h.end] if h.end < len(self.norms) else "."
        bare = not h.first.suffix and h.start > 0
        # (قيام جندي بإطلاق النار: a word with a preposition on it is no genitive)
        governs_none = nxt[:1] in ("ب", "ل") and len(nxt) > 3
        # (قتل جندي وأصيب آخر: a word joined with و is a conjunct, not a genitive or a name)
        governs_none = governs_none or (nxt[:1] == "و" and len(nxt) > 3)
        return bare and (not nxt.isalpha() or nxt in FUNCTION_WORDS or governs_none)

    def _of_the_state(self, h: Hit, nxt: Hit) -> bool:
        """وزير الداخلية بمملكة البحرين: a title "in" a state named as one is that
        state's; an envoy's is where he serves (سفير خادم الحرمين الشريفين بدولة الكويت)."""
        return (
            h.entry.get("role") == "person"
            and h.entry.words[0] not in _ENVOYS
            and nxt.prefix == "ب"
            and bare_word(self.norms[nxt.start]) in _STATE_NOUNS
        )

    def _describes_place(self, start: int) -> bool:
        """A nationality after a place noun and its name (مدينة سانت بطرسبورج الروسية)."""
        before = [bare_word(self.norms[k]) for k in range(max(0, start - 3), start)]
        return any(w in _PLACE_WORDS for w in before[:-1]) and start - 1 not in self.actor_tokens

    def _place_adjective(self, h: Hit) -> bool:
        """الأراضي السعودية, مناطق سورية, محافظة تعز اليمنية: a nationality (or a country
        named like one) describing a place noun, right after it or past the place's
        name, is where: no subject or doer (a witness verb's place still: شهدت مدن عراقية)."""
        k = h.start - 1
        if h.kind not in ("country", "demonym") or k < 1 or not self.norms[k].isalpha():
            return False
        if h.kind == "country" and len(h.entry.words) > 1:
            return False  # محافظة نينوى الولايات المتحدة: a state's full name is no adjective
        if self._after_preposition(k):
            return False  # في مناطق سورية: where it happens, which a target may be
        if bare_word(self.norms[k]) in _PLACE_HEADS:  # (محافظة is also a governor)
            return has_article(h.prefix) == self.norms[k].startswith(_NOT_NAME_STARTS)
        city = next((x for x in self.hits if x.end == h.start), None)
        if city is not None and city.kind == "city":
            return has_article(h.prefix)  # محافظة مأرب اليمنية, جدة السعودية
        # the place's name between (a name is definite): محافظة تعز اليمنية
        return (
            k not in self.actor_tokens
            and has_article(h.prefix)
            and bare_word(self.norms[k - 1]) in _PLACE_HEADS
            and not self.norms[k].startswith(_NOT_NAME_STARTS)
        )

    def _other_given_name(self, h: Hit) -> bool:
        """A family name alone in the dictionary, after an unknown given name: another
        person of that family."""
        if len(h.entry.words) != 1 or h.start == 0 or h.prefix not in ("", "ال"):
            return False
        prev = self.norms[h.start - 1]
        given = self.by_start.get(h.start - 1)
        if given is not None and given.kind == "given" and given.end == h.start:
            # خالد العبادي: a given name the dictionary's person does not bear
            own = _name_words(h.entry.get("person_id") or "")
            name = _joined("".join(given.entry.words))
            # (a letter more or less is the same name spelt otherwise: حسين، حسن)
            return not given.prefix and not any(_near(name, w) for w in own)
        return (
            prev[:1] not in ("و", "ف", "ب", "ل")
            and prev not in _NAME_LINKS
            and _is_name_word(h.start - 1, self.norms, self.covered)
        )

    def _longer_name(
        self, h: Hit, iso3: str | None, start: int | None = None
    ) -> tuple[Actor, int] | None:
        """الأمير سلطان بن سلمان, الشيخ محمد الخالد الصباح: a dictionary name of a title and
        a given name alone (أمير سلمان, شيخ محمد) with بن or a family name after it is
        another person of that given name (of the title's state, else of the same family
        as the dictionary's, and never him)."""
        words, n = h.entry.words, len(self.norms)
        if h.kind not in ("person", "city") or len(words) != 2 or not _person_title(words[0]):
            return None
        j = h.end
        while j < n and j - h.end < 6:
            given = self.by_start.get(j + 1)
            free = j + 1 not in self.covered or (given is not None and given.kind == "given")
            if self.norms[j] in _NAME_LINKS and j + 1 < n and free:
                j += 2  # بن حمد, آل خليفة
            elif _family_name(j, self.norms, self.covered):
                j += 1  # الخالد الحمد الصباح
            else:
                break
        if j == h.end or self._his_name(h, j):
            return None
        if h.kind == "person":
            known = A.person(h.entry.get("person_id"), "", when=self.memory.when)
            state, sector = known.country, known.sector
        else:  # (أمير سلطان, أمير سعود: the dictionary gives only the state)
            state, sector = h.entry.get("iso3"), None
        name, _, _ = self.span(h.end - 1, j)  # (from the given name: the title is no name)
        t, s0, e0 = self.span(h.start if start is None else start, j)
        country = iso3 or self._family_state(h.end, j) or state
        return A.person(None, t, name=name, country=country, sector=sector, start=s0, end=e0), j

    def _family_state(self, start: int, end: int) -> str | None:
        """The state of the family a name at start:end ends with: a ruling family's (آل
        خليفة: Bahrain), else, for another family name (العمري), the article's."""
        words = self.norms[start:end]
        last, before = words[-1], words[-2] if len(words) > 1 else ""
        family = last[2:] if last.startswith("ال") else (last if before == "ال" else "")
        if family in _RULING_FAMILIES:
            return _RULING_FAMILIES[family]
        return self.memory.home if last.startswith("ال") else None

    def _his_name(self, h: Hit, end: int) -> bool:
        """الملك سلمان بن عبدالعزيز: the name after the dictionary's is its person's own
        (his father's name, written otherwise than the dictionary's)."""
        own = _name_words(h.entry.get("person_id") or "")
        first = next((w for w in self.norms[h.end : end] if w not in _NAME_LINKS), "")
        first = _joined(first)
        names = (first, _joined(first[3:])) if first.startswith("عبد") else (first,)
        # (a letter more or less in a long word is the same name: عبدالعزيزن; حمد is not محمد)
        return any(a == w or (len(a) > 4 and _near(a, w)) for a in names for w in own)

    def _remember_namesake(self, h: Hit) -> None:
        """المصور الصحفي سامر العبادي: a person of another given name, after a title or a
        noun describing him, whose family name alone later is he, not the dictionary's
        person of that name."""
        k = h.start - 2
        if k < 0 or not (_definite_word(self.norms[k]) or k in self.actor_tokens):
            return  # (only a noun or a title before the name: أكد العبادي is a verb's)
        word = strip_diacritics(self.words[h.start])
        if h.prefix == "ال" and len(word) >= _SURNAME_MIN and word not in _NOT_SURNAMES:
            t, s0, e0 = self.span(h.start - 1, h.end)
            self.memory.surnames[word] = A.person(None, t, name=t, start=s0, end=e0)

    def _namesake(self, h: Hit, t: str, s0: int, e0: int) -> Actor | None:
        """A family name alone that the article gave in full to another person before
        (_remember_namesake): that person."""
        if len(h.entry.words) != 1 or h.prefix.lstrip("وف") not in ("", "ال"):
            return None
        word = strip_diacritics(self.words[h.start])[len(h.prefix) - len(h.prefix.lstrip("وف")) :]
        known = self.memory.surnames.get(word)
        if known is None or known.id == A.person(h.entry.get("person_id"), t).id:
            return None
        return replace(known, text=t, start=s0, end=e0)

    def _main_adjective(self, h: Hit) -> bool:
        """رئيس, بحرية after a definite noun they describe (الشارع الرئيس, الواجهة
        البحرية): "main", "by the sea"."""
        if h.entry.words[0] not in ("رييس", "بحريه") or h.end - h.start != 1 or h.start == 0:
            return False
        prev = self.norms[h.start - 1]
        if prev in FUNCTION_WORDS or (h.start - 1) in self.actor_tokens or not prev.isalpha():
            return False
        # التقى الرئيس, التزم الرئيس: a verb of the lexicon opening with ال is no noun
        return prev.startswith("ال") and not word_info(load_lexicon(), prev)[2]

    def _construct(self, h: Hit, end: int) -> tuple[Actor, int] | None:
        """مقاتلات التحالف, طائرات النظام السوري, مقاتلو المعارضة: a group noun in the
        construct state names the men or machines of the actor after it."""
        if "ال" in h.first.prefix or h.first.suffix or len(h.entry.words) > 1:
            return None  # (وزارة الداخلية has its genitive already)
        nxt = self.by_start.get(end)
        if nxt is None or nxt.prefix not in ("", "ال") or nxt.kind == "city":
            return None
        if nxt.kind == "role":
            # (نقابة الصحفيين: a union of people named by their trade is theirs)
            union = h.entry.get("sector") == "LAB" and nxt.entry.get("role") == "person"
            kinds = ("group", "owned", "alliance", "definite")
            if nxt.entry.get("role") not in kinds and not union:
                return None
            if h.entry.get("sector") == "PTY":
                return self._party_named(h, nxt)
            if nxt.entry.get("sector") in _PEOPLE_SECTORS and h.entry.get("sector"):
                return None  # هاجم انتحاري المصلين: a bomber and the worshippers, not theirs
        found = self._owner_of(nxt)
        if not found or found[0] is None:
            return None
        owner, j = found
        self.used.add(nxt.start)
        t, s0, e0 = self.span(h.start, j)
        sector = h.entry.get("sector") or None
        if owner.country and h.entry.get("label") in _AIR_LABELS:
            # (طائرات التحالف: its aircraft, not its army, for a bare الجيش later)
            self.memory.role_country["#AIR"] = owner.country
        if owner.country and owner.sector in (None, "GOV") and owner.type != "organisation":
            return A.country(owner.country, t, sector or owner.sector, start=s0, end=e0), j
        return self.respan(owner, h.start, j), j

    def _party_named(self, h: Hit, nxt: Hit) -> tuple[Actor, int]:
        """حزب العمال, حزب الشعب: a party's genitive is its name, not the people it is
        of: the party named in full before with these words (حزب العمال الكردستاني), else
        a party of no known country."""
        self.used.add(nxt.start)
        end = nxt.end
        nisba = self.by_start.get(end)
        if nisba is not None and nisba.kind == "demonym" and nisba.prefix in ("", "ال"):
            self.used.add(end)  # حزب العمال البريطاني: the British one
            t, s0, e0 = self.span(h.start, nisba.end)
            return A.country(nisba.entry.get("iso3"), t, "PTY", start=s0, end=e0), nisba.end
        words = h.entry.words + nxt.entry.words
        named = self.memory.named_orgs
        full = [o for w, o in named.items() if len(w) > len(words) and w[: len(words)] == words]
        if full:
            return self.respan(full[-1], h.start, end), end
        t, s0, e0 = self.span(h.start, end)
        return A.sector_group("PTY", h.entry.get("label") or "", t, start=s0, end=e0), end

    def _head_of(self, h: Hit, end: int) -> tuple[Actor, int] | None:
        """رئيس مجلس الشورى, رئيس حركة حماس: a title in the construct state before a
        body is that body's head, coded as the body (its country and sector)."""
        if h.entry.get("role") != "person" or "ال" in h.first.prefix or h.first.suffix:
            return None
        nxt = self.by_start.get(end)
        body = (
            nxt is not None
            and nxt.prefix in ("", "ال")
            and (
                nxt.kind == "org"
                or (nxt.kind == "role" and nxt.entry.get("role") in ("group", "owned", "definite"))
            )
        )
        found = self._owner_of(nxt) if body else None
        if not found or found[0] is None or found[0].type == "person":
            return None
        owner, j = found
        self.used.add(nxt.start)
        return self.respan(owner, h.start, j), j

    def _titled(self, h: Hit, end: int, iso3: str | None) -> tuple[Actor | None, int]:
        """A title: with the name after it, an unknown name, or the person it refers to."""
        e, role = h.entry, h.entry.get("role")
        sector = e.get("sector") or None
        if role == "counterpart" and self.speaker is not None:
            sector = self.speaker.sector or "GOV"
        if role == "named" and h.start > 0 and bare_word(self.norms[h.start - 1]) in _TEAM_WORDS:
            return None, end  # مدرب الفريق: the team's coach, not a general
        former = end < len(self.norms) and bare_word(self.norms[end]) in _FORMER
        if former:
            # الرئيس اليمني السابق علي عبدالله صالح: a former holder is of the elite, and
            # his name still follows the title
            end, sector = end + 1, "ELI" if sector in A.STATE_SECTORS else sector
        end, iso3 = self._past_body(h, self._name_start(h, end, iso3), iso3)
        nxt = self.by_start.get(end)
        given = self._given(nxt) if nxt is not None and nxt.kind == "given" else None
        if given is not None and not nxt.prefix:
            # وزير الشؤون الاجتماعية الدكتور ماجد القصبي: a given name and its family
            self.used.add(nxt.start)
            return self._named_official(h, nxt.start, given[1], iso3, sector), given[1]
        # الرئيس وكيري: a name with و after a title is a second person, not the title's
        if nxt and nxt.kind == "person" and not nxt.prefix.startswith(("و", "ف")):
            self.used.add(nxt.start)
            longer = self._longer_name(nxt, iso3, h.start)
            if longer is not None:
                return longer
            t, s0, e0 = self.span(h.start, nxt.end)
            pid = nxt.entry.get("person_id")
            return A.person(pid, t, country=iso3, sector=sector, start=s0, end=e0), nxt.end
        j = self._name_end(h, end, iso3)
        known = self.by_start.get(j)
        if j > end and known is not None and known.kind == "person" and j - end <= 2:
            # الرئيس عبدالفتاح السيسي: given names before a known family name
            self.used.add(known.start)
            if self._other_given_name(known):
                # المصور خالد العبادي: another person of the family, whose name alone
                # later is he
                actor = self._named_official(h, end, known.end, iso3, sector)
                self.memory.surnames[strip_diacritics(self.words[known.start])] = actor
                return actor, known.end
            t, s0, e0 = self.span(h.start, known.end)
            pid = known.entry.get("person_id")
            return A.person(pid, t, country=iso3, sector=sector, start=s0, end=e0), known.end
        if j > end:
            return self._named_official(h, end, j, iso3, sector), j
        if role == "named":
            return None, end  # الفريق البرتغالي: the team; a rank only before a name
        if former:
            # الرئيس الأمريكي السابق with no name: not the office's holder today
            t, s0, e0 = self.span(h.start, end)
            return (A.country(iso3, t, sector, start=s0, end=e0) if iso3 else None), end
        place = self._place_office(h, end, iso3, sector)
        if place is not None:
            return place
        return self._office(h, end, iso3, sector) or self._referent(h, end, iso3, sector), end

    def _name_start(self, h: Hit, end: int, iso3: str | None) -> int:
        """Where the name after a title starts: past the office's words and an honorific
        when a name follows them (وزير الشؤون الاجتماعية الدكتور X, وزير الداخلية الدكتور
        X), else right after the title; or a name set off by commas (وزير الخارجية،
        رياض المالكي،)."""
        if end in self.by_start:
            return end
        if self._name_between_commas(end):
            return end + 1
        office = end
        while office < min(len(self.norms), end + 3):
            w = self.norms[office]
            if not w.startswith("ال") or office in self.actor_tokens or w in _BEFORE_NAME:
                break
            office += 1
        if office > end and (
            self._past_courtesy(office) > office or self._described_title(h, end, office, iso3)
        ):
            end = office
        k = self._past_courtesy(end)
        if k == end or end in self.by_start:
            return end
        nxt = self.by_start.get(k)
        named = nxt is not None and nxt.kind in ("person", "given")
        # (no name after it: the honorific is not the title's)
        return k if named or self._name_end(h, k, iso3) > k else end

    def _described_title(self, h: Hit, end: int, office: int, iso3: str | None) -> bool:
        """الناشط الحقوقي X, الكاتب الصحفي X, الباحثة الاقتصادية X: a title, adjectives of
        it, then a name: the name is the title's holder (the adjectives are no name). Not
        a state's title nor a rank (السيناتور الجمهوري X: of what state? الفريق الطبي: a
        team)."""
        e = h.entry
        if e.get("role") != "person" or (e.get("sector") or "GOV") in A.STATE_SECTORS:
            return False
        words = self.norms[end:office]
        if not all(adjective_like(w, True) and w[2:].endswith(("ي", "يه")) for w in words):
            return False
        return self._name_end(h, office, iso3) > office

    def _name_between_commas(self, k: int) -> bool:
        """A person's name set off by commas at ``k`` (، رياض المالكي،): the title's holder
        in apposition."""
        if k + 1 >= len(self.norms) or self.norms[k] not in ("،", ","):
            return False
        nxt = self.by_start.get(k + 1)
        if nxt is None or nxt.kind != "person" or nxt.prefix:
            return False
        return nxt.end < len(self.norms) and self.norms[nxt.end] in ("،", ",")

    def _named_official(
        self, h: Hit, start: int, end: int, iso3: str | None, sector: str | None
    ) -> Actor:
        """The title at ``h`` and the unknown name at start:end as one person; with no
        nationality, a state's official is of the article's country (a foreign one is
        named with his: الوزير الأردني X)."""
        name, _, _ = self.span(start, end)
        t, s0, e0 = self.span(h.start, end)
        if iso3 is None and sector in A.STATE_SECTORS and h.entry.get("role") != "counterpart":
            iso3 = self._state_of_body(h.entry) or self.memory.home  # اللواء X, الوزير X
        return A.person(None, t, name=name, country=iso3, sector=sector, start=s0, end=e0)

    def _past_courtesy(self, k: int) -> int:
        """The first word at or after ``k`` past words of courtesy and honorifics that
        start no hit of their own (الدكتور، المهندس، معالي)."""
        j = k
        while j < min(len(self.norms), k + 4) and self.norms[j] in _BEFORE_NAME:
            if j in self.by_start:
                break
            j += 1
        return j

    def _place_office(
        self, h: Hit, end: int, iso3: str | None, sector: str | None
    ) -> tuple[Actor, int] | None:
        """أمير منطقة الرياض with no name after (or an unknown one): the office of a place
        in its state."""
        if iso3 is not None or h.first.suffix or h.entry.get("role") != "person":
            return None
        place = self.by_start.get(end)  # (منطقة الرياض may be one name)
        if place is None and end < len(self.norms) and self.norms[end] in PLACE_NOUNS:
            place = self.by_start.get(end + 1)
        if place is None or place.kind not in ("city", "metonym") or place.prefix.strip("ال"):
            return None
        self.used.add(place.start)
        t, s0, e0 = self.span(h.start, place.end)
        return A.country(place.entry.get("iso3"), t, sector or "GOV", start=s0, end=e0), place.end

    def _office(self, h: Hit, end: int, iso3: str | None, sector: str | None) -> Actor | None:
        """خادم الحرمين الشريفين, ولي العهد السعودي, الرئيس الأمريكي: a definite title of
        one office with no name is the person named before with the same title, else the
        office's holder on the article's date (of the country after the title, the one
        the title says, or the article's)."""
        office = h.entry.get("office")
        definite = "ال" in h.first.prefix or len(h.entry.words) > 1 or iso3 is not None
        if not office or h.first.suffix or not definite:
            return None
        if end < len(self.norms) and bare_word(self.norms[end]) in _NOT_SITTING:
            return None  # الرئيس الأمريكي السابق: a former holder, not today's
        t, s0, e0 = self.span(h.start, end)
        n = len(h.entry.words)
        for p in reversed(self.memory.persons):
            said = [bare_word(normalize(w)) for w in p.text.split()[:n]]
            if said == [bare_word(w) for w in h.entry.words] and (iso3 in (None, p.country)):
                return replace(p, text=t, start=s0, end=e0)
        fixed, _, name = office.rpartition(":")
        country = iso3 or fixed or self.memory.home
        pid = A.office_holder(country, name, self.memory.when)
        if pid is None:
            # no holder known then: the office's state, when the title itself says which
            return A.country(fixed, t, sector, start=s0, end=e0) if fixed else None
        return A.person(
            pid, t, country=country, sector=sector, start=s0, end=e0, when=self.memory.when
        )

    def _given_nisba(self, nxt: Hit) -> bool:
        """تركي بن محمد: a bare nisba before بن is a given name, not a nationality."""
        return (
            nxt.kind == "demonym"
            and not nxt.prefix
            and nxt.end < len(self.norms)
            and self.norms[nxt.end] in _NAME_LINKS
        )

    def _name_end(self, h: Hit, end: int, iso3: str | None) -> int:
        """The end of an unknown name after a definite, singular title (الرئيس، نظيره);
        "المتحدث باسم" is followed by a body, and مسؤول محلي by an adjective."""
        e = h.entry
        definite = "ال" in h.first.prefix or len(e.words) > 1 or iso3 is not None
        may_name = (e.get("role") == "counterpart" or not h.first.suffix) and definite
        j = end
        nisba = self.by_start.get(end)
        if may_name and nisba is not None and self._given_nisba(nisba):
            # الأمير الدكتور تركي بن سعود: a given name shaped like a nationality
            self.used.add(nisba.start)
            j = nisba.end
        while (
            may_name
            and e.words[-1] not in (*_FOR, "ل")
            and j < len(self.norms)
            and j - end < 3
            and _is_name_word(j, self.norms, self.covered)
        ):
            j += 1
        # عبد الناصر, أبو بكر, بن سلمان: a name particle takes the word after it
        while j < len(self.norms) and j > end and self.norms[j - 1] in _NAME_LINKS:
            j += 1
        # عبدالفتاح السيسي: a family name with the article after a given name
        if end < j < len(self.norms) and _family_name(j, self.norms, self.covered):
            j += 1
        elif end < j < len(self.norms) and self._family_nisba(j):
            self.used.add(j)
            j += 1
        return j

    def _family_nisba(self, j: int) -> bool:
        """عبدالخالق الحوثي: a group named by a nisba with the article after a given name
        is the person's family name, not the group."""
        hit = self.by_start.get(j)
        return (
            hit is not None
            and hit.kind == "org"
            and hit.end == j + 1
            and hit.prefix == "ال"
            and not hit.first.suffix
            and self.norms[j].endswith("ي")
        )

    def _referent(self, h: Hit, end: int, iso3: str | None, sector: str | None) -> Actor | None:
        """A title with no name: the last person it can refer to, else a country's office."""
        e, m = h.entry, self.memory
        t, s0, e0 = self.span(h.start, end)
        salient = [x for x in (m.speaker, m.subject) if x and x.type == "person"]
        ref = next(
            (
                p
                for p in salient + list(reversed(m.persons))
                if (iso3 is None or p.country == iso3)
                and (sector is None or p.sector == sector)
                and _title_agrees(p, e.words[0], iso3 is not None)
            ),
            None,
        )
        definite = ("ال" in h.first.prefix or iso3 is not None) and not h.first.suffix
        if (
            ref is not None
            and e.get("role") == "person"
            and definite
            and not self._named_after_body(end)
        ):
            return replace(ref, text=t, start=s0, end=e0)
        if iso3:
            return A.country(iso3, t, sector, start=s0, end=e0)
        if sector and h.first.suffix in ("ين", "ون"):
            # معارضين، مسؤولون: people of a sector, not one titled person
            return A.sector_group(sector, e.get("label") or "", t, start=s0, end=e0)
        return None

    def _past_body(self, h: Hit, end: int, iso3: str | None) -> tuple[int, str | None]:
        """النائب بمجلس الأمة الكويتي الدكتور X: past the body a title is held in (with
        ب or في) to the name after it, of the body's country; else ``end`` as it is."""
        if end != h.end or not self._named_after_body(end):
            return end, iso3
        k = end + 1 if self.norms[end] == "في" else end
        body = self.by_start.get(k)
        # (with ب, or after في; a construct's genitive is the title's own: نائب مرشد الجماعة)
        held = body is not None and (
            body.prefix == "ب" if k == end else not body.prefix.strip("ال")
        )
        if not held or body.kind not in ("role", "org"):
            return end, iso3
        found = self._owner_of(body)
        if not found or found[0] is None or found[0].type == "person":
            return end, iso3
        owner, j = found
        self.used.update(x.start for x in self.hits if k <= x.start < j)
        return self._past_courtesy(j), iso3 or owner.country

    def _named_after_body(self, end: int) -> bool:
        """النائب بمجلس الأمة الكويتي الدكتور X: the title's body, then a name: the title
        is that named person's, not one named before with it."""
        j = end + 1 if end < len(self.norms) and self.norms[end] == "في" else end
        while j < len(self.norms) and j in self.actor_tokens:
            j += 1
        if j == end or j >= len(self.norms):
            return False
        nxt = self.by_start.get(j)
        return self.norms[j] in _BEFORE_NAME or (
            nxt is not None and nxt.kind in ("given", "person")
        )

    def _group_country(self, h: Hit, end: int) -> tuple[str | None, int]:
        """A collective role's country from what follows it, and where its phrase ends."""
        place = self._place_after(h, end)
        if place is not None:
            return place
        if self._genitive_at(h, end):
            # محكمة الجنايات الكويتية: the nisba after the genitive is the body's
            iso3, nisba_end = self._nisba_after(h, end, end + 1, True)
            if iso3:
                self.used.update(x.start for x in self.hits if end <= x.start < nisba_end)
                return iso3, nisba_end
        if self._possessed(h):
            # حكومته لمصر، اتفاق حكومته مع المملكة: its owner's, not the state after it
            return None, end
        return self._country_after(h, end), end

    def _place_after(self, h: Hit, end: int) -> tuple[str | None, int] | None:
        """شرطة بغداد، مجلس محافظة الأنبار: a state's body in the construct state before
        a city or a province is of that place's state."""
        if h.entry.get("sector") not in A.STATE_SECTORS or "ال" in h.first.prefix:
            return None
        place = self.by_start.get(end)  # (محافظة الأنبار may be one name)
        if place is None and end < len(self.norms) and self.norms[end] in _PROVINCES:
            place = self.by_start.get(end + 1)
        if h.first.suffix or place is None or place.kind not in ("city", "metonym"):
            return None
        if place.prefix.strip("ال"):
            return None  # شرطة لبغداد: no genitive
        self.used.add(place.start)
        return place.entry.get("iso3"), place.end

    def _of_the_world(self, h: Hit, end: int) -> tuple[Actor, int] | None:
        """زعماء العالم, قادة العالم: the world's, of no one country."""
        sector = h.entry.get("sector")
        if not sector or end >= len(self.norms) or self.norms[end] != _WORLD:
            return None
        t, s0, e0 = self.span(h.start, end + 1)
        return A.sector_group(sector, h.entry.get("label") or "", t, start=s0, end=e0), end + 1

    def _group(self, h: Hit, end: int, iso3: str | None) -> tuple[Actor | None, int]:
        """A collective role (الجيش، المعارضة): its country from what follows, its owner,
        or the same role earlier in the article."""
        e = h.entry
        sector, label = e.get("sector") or None, e.get("label") or ""
        self.owner = None
        placeless = self._placeless(h, end) if iso3 is None else None
        if placeless is not None:
            return placeless
        if iso3 is None:
            iso3, end = self._group_country(h, end)
        owner = self.owner.entry.get("sector") if self.owner else None
        if owner and owner not in A.STATE_SECTORS and owner != sector:
            # الجيش ... التابع للمعارضة: the forces of the opposition, not the state's
            sector, label = owner, self.owner.entry.get("label") or label
        possessive = self._possessed(h)
        if iso3 is None and possessive:
            # جنوده, قواتها: the men of the actor named before (or of the subject)
            # (a subject before a place named with a preposition: شنت تركيا غارات في
            # سوريا بعد مقتل أحد جنودها: Turkey's)
            named = [p for p in reversed(self.phrases) if p.actor.country]
            owner = next((p.actor for p in named if not p.governed), None)
            owner = owner or (named[0].actor if named else None)
            owner = owner or self.memory.subject or self.speaker
            iso3 = owner.country if owner is not None else None
        if self._verbal_noun(h, end):
            return None, end  # معارضة القرار: opposing, not the opposition
        if e.get("role") == "alliance":
            return self._alliance(h, end, iso3)
        if iso3 is None:
            # the last armed forces named (الجيش اللبناني ... فتولت دبابة قصف), else the
            # article's country for a state body (وزارة الداخلية in a Saudi dispatch)
            iso3 = self._unnamed_country(h, end, sector, label)
            if e.get("role") == "owned":
                nxt = self.by_start.get(end)
                if iso3 is None and not (nxt and nxt.kind == "person"):
                    # الحزب, التنظيم alone: the party or organisation named before with it
                    return self._named_before(h, end), end  # (إدارة الفعاليات: none)
            elif (
                iso3 is None
                and not h.first.suffix
                and (sector in A.STATE_SECTORS or e.get("role") == "definite")
            ):
                # (the opposition, the resistance: of the country too)
                iso3 = self._state_of_body(e) or self.memory.home
        elif label:
            self._remember(label, sector, iso3)
        t, s0, e0 = self.span(h.start, end)
        if iso3:
            return A.country(iso3, t, sector, start=s0, end=e0), end
        if sector:
            # a sector with no known country (المتظاهرون, المسلحون), as CAMEO's ---CVL
            return A.sector_group(sector, label, t, start=s0, end=e0), end
        return None, end

    def _posted_in(self, k: int) -> str | None:
        """قوات الأمن في بغداد، مسجد قوات الطوارئ بمنطقة عسير: police named with no
        nationality, then where they are (في or ب, a place noun or not), are of that place's
        state, never abroad (not the article's country nor the last police named)."""
        n = len(self.norms)
        if k < n and self.norms[k] in ("في", "وفي"):
            k += 1
        elif k in self.by_start and not self.by_start[k].prefix.startswith("ب"):
            return None
        elif k < n and k not in self.by_start and not in_place_noun(self.norms[k]):
            return None
        if k not in self.by_start and k < n and bare_word(self.norms[k]) in PLACE_NOUNS:
            k += 1  # (في مدينة أبها, بمدينة حمص; منطقة عسير may be one name)
        place = self.by_start.get(k)
        if place is None or place.kind not in ("city", "country", "metonym"):
            return None
        return place.entry.get("iso3")

    def _unnamed_country(self, h: Hit, end: int, sector: str | None, label: str) -> str | None:
        """A group named with no country: police, and bare forces, where the phrase puts
        them; else the same role earlier; else, for a group only some states' wars have
        (الانقلابيون, المقاومة الشعبية), of those states."""
        iso3 = self._posted_in(end) if sector == "COP" else None
        if sector == "MIL" and has_article(h.prefix) and not h.first.suffix:
            # القوات الموجودة في بيجي: that place's state's, not the last forces named
            # (of another war, maybe)
            located = end < len(self.norms) and self.norms[end] in _LOCATED
            iso3 = self._posted_in(end + located)
        iso3 = iso3 or self._remembered(label, sector)
        if iso3 is None and h.entry.get("role") == "group" and h.entry.get("states"):
            iso3 = self._state_of_body(h.entry)
        return iso3

    def _placeless(self, h: Hit, end: int) -> tuple[Actor, int] | None:
        """A group whose country no place after it gives: foreign forces (القوات
        الأجنبية), of no country the text names; the organisation named before with its
        word (للتنظيم في سوريا after تنظيم داعش), not one of the place after."""
        e = h.entry
        sector, label = e.get("sector") or None, e.get("label") or ""
        if sector and end < len(self.norms) and self.norms[end] in FOREIGN:
            t, s0, e0 = self.span(h.start, end + 1)
            return A.sector_group(sector, label, t, start=s0, end=e0), end + 1
        drones = self._drones_end(end) if label in _AIR_LABELS else None
        if drones is not None:
            # الطائرات بدون طيار with no owner named: the aircraft of a state named before
            # (الطائرات الأمريكية), not any air body (طائرات التحالف) nor the article's state
            t, s0, e0 = self.span(h.start, drones)
            iso3 = self.memory.role_country.get(label)
            if iso3:
                return A.country(iso3, t, sector, start=s0, end=e0), drones
            return A.sector_group(sector, label, t, start=s0, end=e0), drones
        before = self._named_before(h, end) if e.get("role") == "owned" else None
        before = before or self._men_of_the_group_named(h, end)
        return (before, end) if before is not None else None

    def _drones_end(self, end: int) -> int | None:
        """Where the words making craft drones (بدون طيار, من دون طيار, الدرون) end,
        when they follow ``end`` and no owner comes after them."""
        n = self.norms
        k = end + 1 if end < len(n) and n[end] == "من" else end
        if k + 1 < len(n) and n[k] in _PILOTLESS and n[k + 1] == _PILOT:
            k += 2
        elif end < len(n) and n[end] in _DRONES:
            k = end + 1
        else:
            return None
        return None if k in self.by_start else k  # (بدون طيار أمريكية: the owner's)

    def _men_of_the_group_named(self, h: Hit, end: int) -> Actor | None:
        """المسلحين, المتمردين with the article and nothing after them, in a sentence
        that has named one armed group before them (قواعد للمتمردين after حزب العمال
        الكردستاني): that group's men, not rebels of a place's country."""
        if (
            h.entry.words[0] not in _MEN_OF_A_GROUP
            or not has_article(h.prefix)
            or h.first.suffix not in ("", "ون", "ين")
            or end in self.actor_tokens
        ):
            return None
        # (an organisation's id is its code: no sector group's "group/..." nor a state's)
        named = [p.actor for p in self.phrases if p.actor.type == "group"]
        groups = {a.id: a for a in named if a.sector in ("REB", "UAF") and "/" not in a.id}
        if len(groups) != 1:
            return None
        return self.respan(next(iter(groups.values())), h.start, end)

    def _people_of_org(self, h: Hit, end: int) -> tuple[Actor, int] | None:
        """متحدثون من داعش, مقاتلين من حزب الله, عناصر من المعارضة, المقاتلين في حركة
        الشباب: people of (or in) a group are the group."""
        plural = h.first.suffix in ("ون", "ين") or bare_word(self.norms[h.start]) in _PEOPLE_PLURALS
        plural = plural or h.entry.words[0] in _COLLECTIVE_PEOPLE  # وفد من حماس
        w = self.norms[h.start - 1] if h.start else ""
        counted = w.isdigit() or bare_word(w) in NUMBERS  # 37 مقاتلا من حزب الله
        if (
            not (plural or counted)
            or end + 2 >= len(self.norms)
            or self.norms[end] not in ("من", "في")
        ):
            return None
        members = self.norms[end + 1] in MEMBER_WORDS  # مقاتلا من عناصر حزب الله
        quoted = self.norms[end + 1 + members] in ("«", '"', "“")  # متحدثون من «داعش»
        org = self.by_start.get(end + 1 + members + quoted)
        if org is None or org.prefix.strip("ال") or (not plural and org.kind != "org"):
            return None  # (50 شخصا من أهالي الفلوجة: people, not a group's men)
        if org.kind == "role" and org.entry.get("role") in ("group", "definite") and not quoted:
            found = self._role(org)  # مقاتلون من المعارضة: the opposition's
            if found is None or found[0] is None or found[0].type == "person":
                return None
            self.used.add(org.start)
            return self.respan(found[0], h.start, found[1]), found[1]
        if org.kind != "org" or org.prefix:
            return None
        close = quoted and org.end < len(self.norms) and self.norms[org.end] in ("»", '"', "”")
        return self._as_org(h, org, org.end + close)

    def _construct_plural(self, h: Hit) -> tuple[Actor, int] | None:
        """متطرفي تنظيم داعش, متشددي حركة الشباب: a group word in the plural's construct
        state (its ن dropped: the ي read as "my") before a named group is its men, so
        the group (a noun with "my" on it takes no genitive)."""
        if h.kind != "role" or h.first.suffix != "ي" or len(h.entry.words) != 1:
            return None
        if h.entry.get("role") != "group" or "ال" in h.first.prefix:
            return None
        org = self.by_start.get(h.end)
        if org is None or org.kind != "org" or org.prefix not in ("", "ال"):
            return None
        return self._as_org(h, org, org.end)

    def _group_of_org(self, h: Hit, end: int) -> tuple[Actor, int] | None:
        """مسلحون حوثيون, المقاتلين الحوثيين: men described by a group's nisba are the group."""
        nxt = self.by_start.get(end)
        if (
            nxt is None
            or nxt.kind != "org"
            or len(nxt.entry.words) != 1
            or not self.norms[end].endswith(("ي", "يون", "يين", "يا", "يه"))
            or has_article(nxt.prefix) != has_article(h.first.prefix)
        ):
            return None
        head = bare_word(self.norms[h.start])
        if self.norms[end].endswith("يه") and not (
            head.endswith(("ات", "ه")) or head in _PEOPLE_PLURALS
        ):
            return None  # (الميليشيات الحوثية: a feminine nisba describes a plural of things)
        if self.norms[end].endswith(("يون", "يين")) and not (
            head.endswith(("ون", "ين")) or head in _PEOPLE_PLURALS
        ):
            return None  # كبد الجيش الحوثيين خسائر: a plural nisba describes no singular
        return self._as_org(h, nxt, nxt.end)

    def _kurds(self, h: Hit, end: int) -> tuple[Actor, int] | None:
        """مقاتلون أكراد, المسلحين الأكراد: armed Kurds are the Kurdish armed group of
        where they fight (the place just after them, else the last one before them in
        the sentence, else the one of Syria and Turkey the article names most): in Syria
        the YPG; in Turkey, and in Iraq in an article on Turkey, the PKK (in Iraq alone
        they are the Peshmerga: left as they were)."""
        if h.entry.get("sector") != "REB" or end >= len(self.norms):
            return None
        if self.norms[end] not in _KURDS:
            return None
        named = self.memory.named
        before = [x for x in self.hits if x.end <= h.start and x.kind in _PLACE_KINDS]
        place = self._place_near(end + 1) or (before[-1].entry.get("iso3") if before else None)
        if place is None:
            place = max(("TUR", "SYR"), key=lambda c: named.get(c, 0))
        if place == "IRQ" and named.get("TUR"):
            place = "TUR"
        code = _KURDISH_GROUPS.get(place)
        if code is None:
            return None
        t, s0, e0 = self.span(h.start, end + 1)
        return A.organisation(code, t, start=s0, end=e0), end + 1

    def _place_near(self, k: int) -> str | None:
        """The country of the first place named within a few words from ``k``, in the
        same clause."""
        for j in range(k, min(len(self.norms), k + 6)):
            if self.norms[j] in CLAUSE_PUNCT:
                return None
            hit = self.by_start.get(j)
            if hit is not None and hit.kind in _PLACE_KINDS:
                return hit.entry.get("iso3")
        return None

    def _as_org(self, h: Hit, org: Hit, end: int) -> tuple[Actor, int] | None:
        """The phrase from ``h`` to ``end`` as the organisation ``org`` names."""
        t, s0, e0 = self.span(h.start, end)
        try:
            actor = A.organisation(org.entry.get("code"), t, start=s0, end=e0)
        except KeyError:
            return None
        self.used.add(org.start)
        return actor, end

    def _named_before(self, h: Hit, end: int) -> Actor | None:
        """الحزب, التنظيم, الحركة, الجماعة with the article and nothing after that it
        could belong to: the last organisation named with that word (حزب الله, تنظيم
        داعش) in the article."""
        if not has_article(h.prefix) or h.first.suffix or len(h.entry.words) > 1:
            return None
        if self._genitive_at(h, end) or (end in self.actor_tokens and not self._epithet_at(end)):
            return None
        org = self.memory.orgs.get(h.entry.words[0])
        if org is None:
            return None
        return self.respan(org, h.start, end)

    def _epithet_at(self, k: int) -> bool:
        """التنظيم الإرهابي, الجماعة المتطرفة: a definite singular armed-group adjective
        after the group's word is its epithet (it joins the phrase as _armed_epithet),
        not a second group of the place's country."""
        h = self.by_start.get(k)
        return (
            h is not None
            and h.kind == "role"
            and h.entry.words[0] in _GROUP_ADJECTIVES
            and h.prefix == "ال"
            and h.first.suffix in ("", "ه")
        )

    def _state_of_body(self, e: Entry) -> str | None:
        """مجلس الشيوخ, مجلس الأمة with no country named: a body only some states have
        (roles.tsv states) is the article's country's if it is one of them, else the one
        of them the article names most, else the one most in the news."""
        states = alternatives(e.get("states"))
        if not states:
            return self._body_elsewhere(e)
        if self.memory.home in states:
            return self.memory.home
        named = self.memory.named
        return max(states, key=lambda c: (named.get(c, 0), -states.index(c)))

    def _body_elsewhere(self, e: Entry) -> str | None:
        """النائب X in a Saudi paper: a body the article's own state has not (roles.tsv
        not_states) is of the state the article names most (none named: the article's)."""
        lacking = alternatives(e.get("not_states"))
        if self.memory.home not in lacking:
            return None
        named = {c: n for c, n in self.memory.named.items() if c not in lacking}
        named = {c: n for c, n in named.items() if c in A.countries()}
        return max(named, key=lambda c: named[c]) if named else None

    def _remembered(self, label: str, sector: str | None) -> str | None:
        """The country of the same role earlier; for armed forces and courts, of the last
        named (but قوات النظام is the regime's, never the last army named)."""
        roles = self.memory.role_country
        owner = _OWNED_BY.get(label)
        if owner is not None:
            return roles.get(label) or roles.get(owner)
        if label in _AIR_LABELS and "#AIR" in roles:
            return roles["#AIR"]
        return roles.get(label) or (roles.get("#" + sector) if sector in _SECTOR_KEPT else None)

    def _remember(self, label: str, sector: str | None, iso3: str) -> None:
        roles = self.memory.role_country
        roles[label] = iso3
        if label in _OWNED_BY:
            roles[_OWNED_BY[label]] = iso3
        if label in _AIR_LABELS:
            roles["#AIR"] = iso3  # (a craft is no army: قوات after طائرة قطرية is not Qatar's)
        elif sector in _SECTOR_KEPT:
            roles["#" + sector] = iso3  # (المحكمة after محكمة الجنايات الكويتية)

    def _verbal_noun(self, h: Hit, end: int) -> bool:
        """A "definite" group word without the article before a noun that is no adjective
        of it (معارضة القرار, وطالب مجلس المحافظة: opposing, demanded; متهما إياها: accusing
        her, a participle in the accusative)."""
        suffix = h.first.suffix not in ("", "ا")
        if h.entry.get("role") != "definite" or "ال" in h.first.prefix or suffix:
            return False
        nxt_word = self.norms[end] if end < len(self.norms) else ""
        if end in self.actor_tokens or not nxt_word.isalpha():
            return False
        # (an adjective by its ending: معارضة مسلحة، طالبا جامعيا; مجلس is no adjective)
        described = adjective_like(nxt_word, False) and nxt_word.endswith((*_ADJ_ENDINGS, "يا"))
        return nxt_word.startswith("ال") or not described

    def _alliance(self, h: Hit, end: int, iso3: str | None) -> tuple[Actor, int]:
        """A coalition: its leader's country when the text names it, here or before."""
        sector, label = h.entry.get("sector") or None, h.entry.get("label") or ""
        roles = self.memory.role_country
        iso3 = iso3 or self._leader_after(end)
        if iso3:
            roles["#ALLIANCE"] = iso3
        t, s0, e0 = self.span(h.start, end)
        code = self.memory.coalition
        if iso3 is None and code and self._the_coalition(h, end):
            return A.organisation(code, t, start=s0, end=e0), end
        iso3 = iso3 or roles.get("#ALLIANCE")
        if iso3:
            return A.country(iso3, t, sector, start=s0, end=e0), end
        return A.sector_group(sector, label, t, start=s0, end=e0), end

    def _the_coalition(self, h: Hit, end: int) -> bool:
        """التحالف, قوات التحالف: the definite coalition with no adjective of its own
        (التحالف الوطني, تحالف الأحزاب are others), so the article's coalition."""
        if not (has_article(h.prefix) or len(h.entry.words) > 1) or h.first.suffix:
            return False
        nxt = self.norms[end] if end < len(self.norms) else ""
        return end in self.actor_tokens or not adjective_like(nxt, True)

    def _leader_after(self, end: int) -> str | None:
        """التحالف بقيادة السعودية, التحالف الذي تقوده السعودية: the leading state."""
        for k in range(end, min(len(self.norms) - 1, end + 4)):
            if self.norms[k] in _LEADS or (
                self.norms[k] in ("الذي", "التي") and self.norms[k + 1] in _LEADS
            ):
                j = k + 1 if self.norms[k] in _LEADS else k + 2
                nx = self.by_start.get(j)
                if nx is not None and nx.kind in ("country", "metonym"):
                    return nx.entry.get("iso3")
        return None

    def _possessed(self, h: Hit) -> bool:
        """حكومته, قواتها, جنوده: a role noun with a possessive pronoun on it (not the
        feminine ة: بالعمالة)."""
        suffix = h.first.suffix
        if suffix in _POSSESSIVE:
            return not self.words[h.end - 1].endswith("ة")
        return suffix[:1] == "ت" and suffix[1:] in _POSSESSIVE

    def _lam_after(self, k: int) -> bool:
        """A word with لـ at ``k`` (لمصر, للعراق)."""
        return k < len(self.norms) and self.norms[k][:1] == "ل" and k in self.actor_tokens

    def _country_after(self, h: Hit, end: int) -> str | None:
        """الجيش التابع للحكومة السورية, المعارضة المعتدلة في سوريا."""
        return self._nisba_after(h, end, end, "ال" in h.first.prefix)[0]

    def _nisba_after(self, h: Hit, end: int, j: int, definite: bool) -> tuple[str | None, int]:
        """The country of the first demonym or country after ``j`` past adjectives and
        linkers, and where it ends; ``self.owner``: a body the phrase is tied to on the way
        (قوات جيش الفتح التابع للمعارضة السورية: the opposition's)."""
        self.owner = None
        while j < len(self.norms) and j - end < 4:
            nx = self.by_start.get(j)
            # الحكومة في دمشق: a state body in a capital is that state's (not the
            # opposition meeting in Moscow)
            seat = (
                nx is not None
                and nx.kind == "metonym"
                and self.norms[j - 1] in _LINKERS
                and h.entry.get("sector") in A.STATE_SECTORS
            )
            if nx and (nx.kind in ("demonym", "country") or seat):
                if _people(nx, h):
                    self.owner = None
                    return None, end
                return nx.entry.get("iso3"), nx.end
            if (
                nx
                and nx.kind == "role"
                and self.norms[j - 1] in _LINKERS | {"لل" + self.norms[j][1:]}
            ):
                if self.norms[j - 1] in _AFFILIATED:
                    self.owner = nx
                j = nx.end
                continue
            if nx or self.norms[j] in CLAUSE_PUNCT:
                return None, end
            w = self.norms[j]
            after_linker = j > end and self.norms[j - 1] in _LINKERS  # من ولايات أميركية
            if w not in _LINKERS and not after_linker and not adjective_like(w, definite):
                return None, end  # الحكومة العلاقات مع قطر: not an adjective of the role
            j += 1
        return None, end

    def _genitive_at(self, h: Hit, k: int) -> bool:
        """A definite noun no actor covers after a bare one-word body: its genitive."""
        if "ال" in h.first.prefix or h.first.suffix or len(h.entry.words) > 1:
            return False
        if k >= len(self.norms) or k in self.actor_tokens:
            return False
        w = self.norms[k]
        return w.startswith("ال") and w.isalpha() and w not in FUNCTION_WORDS

    # ------------------------------------------------------------ names
    def _named(self, h: Hit) -> tuple[Actor | None, int] | None:
        kind, e = h.kind, h.entry
        t, s0, e0 = self.span(h.start, h.end)
        longer = self._longer_name(h, None)  # الأمير سعود بن نايف: not the dictionary's
        if longer is not None:
            return longer
        if kind == "person":
            if self._other_given_name(h):
                self._remember_namesake(h)
                return None  # نهلة الجبير is not Adel al-Jubeir
            actor = self._namesake(h, t, s0, e0) or A.person(
                e.get("person_id"), t, start=s0, end=e0
            )
        elif kind in ("country", "demonym"):
            person = self._nisba_surname(h, t, s0, e0) if kind == "demonym" else None
            if person is not None:
                return person, h.end
            if kind == "demonym" and self._describes_place(h.start):
                return None  # مدينة سانت بطرسبورج الروسية: where, not who
            actor = A.country(e.get("iso3"), t, start=s0, end=e0)
        elif kind == "city":
            # a place only: في الموصل, على مدينة جازان say where; never an actor of its own
            if not self._after_preposition(h.start):
                return None
            actor = A.country(e.get("iso3"), t, start=s0, end=e0)
        elif kind == "metonym":
            return self._metonym(h, t, s0, e0)
        elif kind == "given":
            return self._given(h)
        elif kind == "org":
            try:
                actor = A.organisation(e.get("code"), t, start=s0, end=e0)
            except KeyError:
                return None
            if "coalition" in actor.label.lower() and actor.country in A.countries():
                self.memory.role_country["#ALLIANCE"] = actor.country  # then التحالف alone
            self._group_named(e, actor)  # then الحزب, التنظيم alone
            self.memory.named_orgs[e.words] = actor
            national = self._org_nationality(h, actor)
            if national is not None:
                return national
        else:
            return None
        return actor, h.end

    def _group_named(self, e: Entry, actor: Actor) -> None:
        """Remember an organisation for its group nouns: the one its name opens with and
        those its other names open with (داعش is also تنظيم داعش, so a later التنظيم is
        it). Two groups in one sentence leave a bare noun unresolved when both may be
        of its kind (داعش والنصرة ... التنظيم: which one?)."""
        orgs, code, own = self.memory.orgs, e.get("code") or "", e.words[0]
        heads = _group_heads().get(code, frozenset())
        armed = actor.sector in _GROUP_SECTORS
        rivals = {c for c in self.heads_here.values() if c != code}
        if armed and not heads:
            # a group of no known kind: a bare noun known only by kind is no longer sure
            for w in self.memory.kinds_only:
                orgs.pop(w, None)
            self.memory.kinds_only.clear()
        for w in {own} | heads:
            if self.heads_here.get(w, code) != code or (w != own and rivals and armed):
                orgs.pop(w, None)
                self.memory.kinds_only.discard(w)
                continue
            orgs[w] = actor
            if w == own:
                self.memory.kinds_only.discard(w)
            else:
                self.memory.kinds_only.add(w)
        if armed:
            for w in {own} | heads:
                self.heads_here[w] = code if self.heads_here.get(w, code) == code else ""
            self.heads_here.setdefault("#" + code, code)

    def _org_nationality(self, h: Hit, org: Actor) -> tuple[Actor, int] | None:
        """الهلال الأحمر الفلسطيني, حزب الله اللبناني: a nationality right after a
        body's name describes it (no actor of its own); a society with no home country
        of its own (a national Red Crescent) is that country's."""
        nisba = self.by_start.get(h.end)
        if nisba is None or nisba.kind != "demonym" or nisba.prefix != "ال":
            return None
        if nisba.first.suffix not in ("", "ه") or nisba.entry.get("plural"):
            return None  # الأمم المتحدة الأمريكيين: people, not an adjective
        self.used.add(nisba.start)
        t, s0, e0 = self.span(h.start, nisba.end)
        iso3 = nisba.entry.get("iso3")
        if org.country == "NGO" and iso3 in A.countries():
            name = A.countries()[iso3].name_en
            label = f"{org.label} ({name})"
            org = replace(org, id=f"{org.id}-{iso3}", label=label, country=iso3, qid=None)
        return replace(org, text=t, start=s0, end=e0), nisba.end

    def _given(self, h: Hit) -> tuple[Actor, int] | None:
        """A given name and the family name after it (محمد الزهراني, فهد بن سعد): a person
        the dictionaries do not know, with no country (none is said)."""
        if self.phrases and self.phrases[-1].end > h.start:
            return None  # inside a title's name (الشيخ عادل الكلباني)
        if "ال" in h.prefix or (h.start > 0 and self.norms[h.start - 1] in _NAME_LINKS):
            return None  # قصر أبا السعود; الملك سلمان بن عبدالعزيز: a father's name
        j, n = h.end, len(self.norms)
        while j < n:
            nxt = self.by_start.get(j)
            if nxt is not None and nxt.kind == "given":
                j = nxt.end  # محمد علي, عبدالله محمد
            elif self.norms[j] in _NAME_LINKS and j + 1 < n and self.norms[j + 1].isalpha():
                j += 2  # بن سعد, أبو بكر
            else:
                break
        if j < n and _family_name(j, self.norms, self.covered):
            j += 1  # محمد الزهراني
        elif j < n and self._nisba_name(j):
            self.used.add(j)
            j += 1  # عبدالله التركي: a family named by a nisba, no nationality
        if j == h.end:
            return None  # محمد alone, سعود اختيار: a first name says too little
        t, s0, e0 = self.span(h.start, j)
        return A.person(None, t, name=t, start=s0, end=e0), j

    def _nisba_name(self, k: int) -> bool:
        """A definite singular nisba at ``k`` right after a given name (عبدالله التركي,
        سامر المصري) is the family's name: a nationality would describe a noun."""
        nisba = self.by_start.get(k)
        return (
            nisba is not None
            and nisba.kind == "demonym"
            and nisba.prefix == "ال"
            and nisba.first.suffix == ""
            and nisba.end - nisba.start == 1
        )

    def _nisba_surname(self, h: Hit, t: str, s0: int, e0: int) -> Actor | None:
        """واستنكر التركي, وقال الدكتور التركي: a definite nisba standing alone (no noun
        before it to describe) is the person of the article named in full with it."""
        if h.prefix not in ("ال", "وال", "فال") or h.first.suffix or h.end - h.start != 1:
            return None
        word = strip_diacritics(self.words[h.start])
        person = self.memory.surnames.get(word[len(h.prefix) - 2 :])
        if person is None or person.type != "person":
            return None
        prev = self.norms[h.start - 1] if h.start else ""
        if (
            prev[:1].isalpha()
            and prev not in FUNCTION_WORDS
            and prev not in _BEFORE_NAME
            and (
                (h.start - 1) in self.actor_tokens
                # (والتقى, التزم: a verb of the lexicon opening with ال is no noun)
                or (_definite_word(prev) and not word_info(load_lexicon(), prev)[2])
            )
        ):
            return None  # المسؤول التركي: an adjective of the noun before
        return replace(person, text=t, start=s0, end=e0)

    def _after_preposition(self, k: int) -> bool:
        """A preposition before ``k``, or before the place noun before it (على مدينة)."""
        if in_place_noun(self.norms[k]):
            return True  # بمنطقة عسير, بمحافظة الأنبار: "in", on the place noun of the name
        before = self.norms[max(0, k - 2) : k]
        if before and before[-1] in PREPOSITIONS | LOCATIVES:
            return True
        if before and before[-1] in PLACE_NOUNS:  # على مدينة, في بلدة
            return len(before) == 2 and before[0] in PREPOSITIONS | LOCATIVES
        return bool(before) and in_place_noun(before[-1])

    def _metonym(self, h: Hit, t: str, s0: int, e0: int) -> tuple[Actor, int] | None:
        """A capital for its government, unless it names a place, a deal or a paper."""
        e = h.entry
        prev = self.norms[h.start - 1] if h.start else ""
        last = self.phrases[-1] if self.phrases else None
        place = A.country(e.get("iso3"), t, start=s0, end=e0), h.end
        if (
            h.prefix.startswith("و")
            and last is not None
            and last.end == h.start
            and last.actor.type == "country"
            and last.actor.sector is None
            and last.head in ("city", "metonym")
        ):
            return place  # في الموصل وبغداد: a place coordinated with a place
        if bare_word(prev) in _PLACE_WORDS:
            return place  # مدينة عدن: the city itself
        if bare_word(prev) == _CAPITAL and _definite_word(prev):
            return place  # في العاصمة كابل: the city itself (عاصمة الخلافة: a name)
        if prev in _PLACE_NAMED or bare_word(prev) in _PLACE_NAMED:
            return None  # اتفاق فيينا, مطار عدن: a name, not who
        if self._dateline(h):
            return None  # الرياض - أعلن, سبق- الرياض: the dispatch's place, not who
        if h.end < len(self.norms) and self.norms[h.end].startswith(_HEAD):
            return None  # مسقط رأسه: his birthplace, not Muscat
        if self._place_apposition(h.start):
            return place  # العاصمة اليمنية صنعاء: the city named, the country not its government
        quoted = h.end < len(self.norms) and self.norms[h.end] in ('"', "»", "”")
        if prev in ('"', "«", "“") and quoted:
            return None  # زودت "الرياض" بنسخة: the newspaper, not the government
        if prev in ("في", "وفي") or h.prefix.lstrip("و") in ("ب", "بال"):
            return place  # في القاهرة, عقد بالرباط: where (as a city is)
        if e.get("body"):
            return A.organisation(e.get("body"), t, start=s0, end=e0), h.end  # بروكسل: the EU
        return A.country(e.get("iso3"), t, e.get("sector") or "GOV", start=s0, end=e0), h.end

    def _dateline(self, h: Hit) -> bool:
        """A place opening a dispatch, after its byline (فلان- سبق- الرياض:) or first
        in its sentence, with a colon or a dash after it."""
        nxt = self.norms[h.end] if h.end < len(self.norms) else ""
        prev = self.norms[h.start - 1].strip() if h.start else ""
        if nxt not in _DATELINE_MARKS:
            return False
        return not prev or prev in _DATELINE_MARKS or prev[-1] in _DATELINE_MARKS or prev in ".!؟"

    def _place_apposition(self, start: int) -> bool:
        """A place noun and its nationality before a name: العاصمة اليمنية صنعاء."""
        if start < 2:
            return False
        nisba = self.by_start.get(start - 1)
        if nisba is None:
            nisba = next((x for x in self.hits if x.end == start), None)
        if nisba is None or nisba.kind not in ("demonym", "city"):
            return False
        before = bare_word(self.norms[nisba.start - 1]) if nisba.start else ""
        return nisba.kind == "city" or before in _PLACE_NAMED

    # ------------------------------------------------------------ phrases
    def _add(self, h: Hit, actor: Actor, end: int) -> None:
        start, prefix = h.start, h.prefix
        if actor.type == "person" and start > 0:
            if named_after(self.norms[start - 1]):
                return  # جامعة الملك سعود: an institution named after the king
        title = self.title
        if (
            title is not None
            and title[1] == start
            and (title[3] or h.prefix.lstrip("وف").startswith("ل"))
        ):
            # المتحدث باسم الخارجية, الأمين العام لجامعة الدول العربية: the title speaks
            # for (or heads) what follows; the phrase starts at the title
            actor = self.respan(actor, title[0], end)
            start, prefix = title[0], title[2]
        elif (
            title is not None
            and title[1] == start
            and "ال" not in title[2]
            and (h.prefix == "ال" or (h.kind == "role" and not h.prefix))
            and actor.type == "person"
            and actor.country
        ):
            # سفير خادم الحرمين الشريفين, مستشار الرئيس الروسي: a bare title before a
            # person is that person's ambassador or adviser, of his state, not him
            t, s0, e0 = self.span(title[0], end)
            deputy = bare_word(self.norms[title[0]]) in _DEPUTY  # (لنائب، ونائب)
            if deputy and end > h.end:
                # نائب خادم الحرمين الشريفين الأمير محمد بن نايف: the name is the deputy
                actor = replace(actor, text=t, start=s0, end=e0)
            else:
                sector = self.by_start[title[0]].entry.get("sector") or actor.sector
                sector = "GOV" if deputy else sector
                actor = A.country(actor.country, t, sector, start=s0, end=e0)
            start, prefix = title[0], title[2]
        self.title = None
        if actor.type == "person":
            self.memory.persons.append(actor)
            self._remember_surname(actor, end)
        if self._apposition(h, start, end, actor, prefix) or self._describes(h, start, end, actor):
            return
        if start > 1 and self.norms[start - 1] in _OPEN_QUOTES:
            if self.norms[start - 2] in MEMBER_WORDS:
                start -= 1  # عناصر «داعش»: the members' word is before the phrase
        prev = self.norms[start - 1] if start > 0 else ""
        # (الأمير سعود بن نايف, a place's name in the dictionary, is here a person)
        head = "person" if h.kind == "city" and actor.type == "person" else h.kind
        self.phrases.append(
            Phrase(
                start,
                end,
                actor,
                prefix,
                head,
                self._adjectival(h.kind, start, prefix, h.entry.words) or self._place_adjective(h),
                start > 0 and (prev in PREPOSITIONS or prev in LOCATIVES),  # في سوريا
                h.entry.get("implies") or "",
                h.entry.get("role") or "" if h.kind == "role" else "",
            )
        )

    def _remember_surname(self, actor: Actor, end: int) -> None:
        """The last word of a person's name, not of a title (نوري المالكي, عبد ربه منصور
        هادي; not خادم الحرمين الشريفين), of a person of a known state with two names."""
        last = end - 1
        hit = next((x for x in self.hits if x.start <= last < x.end), None)
        if hit is not None and hit.kind == "demonym" and last in self.used:
            # عبدالله التركي: a family nisba, a word of its own elsewhere (read by
            # _nisba_surname only where no noun before it could take it as adjective)
            self.memory.surnames[strip_diacritics(self.words[last])] = actor
            return
        if actor.country is None or (hit is not None and hit.kind not in ("person", "given")):
            return
        if hit is not None and hit.kind == "person" and hit.end - hit.start < 2:
            return  # كيري: one word, the lexicon's own
        before = next((x for x in self.hits if x.start <= last - 1 < x.end), None)
        if hit is None and (
            before.kind not in ("person", "given")
            if before is not None
            else _definite_word(self.norms[last - 1])
        ):
            return  # السيناتور الديمقراطي: a title's adjective, no name
        if last > 0 and bare_word(self.norms[last - 1]) in _NAME_LINKS:
            return  # بن عبدالعزيز، عبد الحميد: a father's or a compound name, shared by many
        word = strip_diacritics(self.words[last])
        if len(word) < _SURNAME_MIN or word in _NOT_SURNAMES:
            return
        if word_info(load_lexicon(), self.norms[last])[1] is not None and not _nisba(
            self.norms[last]
        ):
            # الديمقراطي، شكري (thanks): a word some lexicon layer reads otherwise (a
            # nationality after a name is its family's: _nisba_surname reads it alone)
            return
        self.memory.surnames[word] = actor

    def surnames(self, a: int, b: int, phrases: list[Phrase]) -> list[Phrase]:
        """واتهم المالكي, وقال هادي: a person named in full before, by the last word of
        the name alone (as written: هادئ, calm, is no هادي)."""
        known = self.memory.surnames
        if not known:
            return []
        taken = {k for x in phrases for k in range(x.start, x.end)}
        out: list[Phrase] = []
        for k in range(a, b):
            if k in self.covered or k in taken:
                continue
            if k > 0 and bare_word(self.norms[k - 1]) in _NAME_LINKS:
                continue  # بن نايل، عبد الحميد: part of another name
            word = strip_diacritics(self.words[k])
            prefix = next((c for c in _SURNAME_CLITICS if word[len(c) :] in known), None)
            if prefix is None:
                continue
            t, s0, e0 = self.span(k, k + 1)
            actor = replace(known[word[len(prefix) :]], text=t, start=s0, end=e0)
            prev = self.norms[k - 1] if k > 0 else ""
            out.append(Phrase(k, k + 1, actor, prefix, "person", after_prep=prev in PREPOSITIONS))
        return out

    def _adjectival(self, kind: str, start: int, prefix: str, words: tuple[str, ...] = ()) -> bool:
        """A nisba agreeing with the content noun before it is an adjective: الجهود
        الروسية, طائرات روسية, الاعتداءات الحوثية (the noun is not an actor of its own);
        so is a country named like its feminine nisba after a feminine noun (السيارة
        السعودية)."""
        group_nisba = kind == "org" and self.norms[start].endswith(("يه", "ي"))
        if start == 0 or (kind not in ("demonym", "country") and not group_nisba):
            return False
        prev = self.norms[start - 1]
        if kind == "country" and not self._feminine_object(start, prev, words):
            return False
        if (
            (start - 1) not in self.actor_tokens
            and prev.isalpha()
            and prev not in FUNCTION_WORDS
            and prev.startswith(("ال", "وال", "بال", "لل")) == prefix.endswith("ال")
        ):
            return True
        # the second half of a compound: الروسية-المصرية
        last = self.phrases[-1] if self.phrases else None
        return prev in ("-", "–") and last is not None and last.adjectival and last.end == start - 1

    def _feminine_object(self, start: int, prev: str, words: tuple[str, ...]) -> bool:
        """السيارة السعودية: a country named like its nisba after a feminine noun (not
        the two parties of a relation: العلاقة السعودية الأردنية)."""
        pair = self.by_start.get(start + 1)
        pair = pair is not None and pair.kind in ("demonym", "country")
        return _named_like_a_nisba(words) and prev.endswith("ه") and not pair

    def _describes(self, h: Hit, start: int, end: int, actor: Actor) -> bool:
        """المستوطنين المتطرفين، نواب محافظون، مستوطنون إسرائيليون: a role word or a
        demonym agreeing in case and number with the group noun before it (and its
        adjectives) is its adjective, not an actor of its own (a verb's object after its
        subject differs in case: هاجم المسلحون المتظاهرين)."""
        prev = self.phrases[-1] if self.phrases else None
        if (
            prev is None
            or prev.end != start
            or h.kind not in ("role", "demonym")
            or h.prefix.startswith(("و", "ف", "ب", "ل", "ك"))
            or prev.actor.type == "person"
            or (actor.country and prev.actor.country not in (None, actor.country))
        ):
            return False
        noun, last, adj = self.norms[prev.start], self.norms[prev.end - 1], self.norms[start]
        if last.startswith(("ال", "وال", "بال", "لل")) != adj.startswith("ال"):
            return False  # (an idafa is as definite as its last word)
        plural = next((e for e in ("ين", "ون") if noun.endswith(e)), None)
        broken = not noun.endswith(("ين", "ون", "ات", "ه", "ي", "ا"))
        derived = h.entry.words[-1][-1] != "ه" and h.end - h.start == 1
        if adj.endswith("ه") and derived and h.entry.get("role") == "group":
            # ميليشيات الحوثي المتمردة، الجماعات المسلحة: the feminine of a group word
            # after a feminine or non-human plural noun (nouns in ة stay: الحكومة)
            if not (noun.endswith(("ات", "ه")) or broken):
                return False
        elif prev.end - prev.start > 1 and not (plural and last.endswith(plural)):
            return False  # (مسلحو الحوثيين المتظاهرين: the idafa, then the object)
        elif not (plural and adj.endswith(plural)) and not (broken and adj.endswith("ون")):
            return False
        t, s0, e0 = self.span(prev.start, end)
        merged = replace(
            prev.actor, country=prev.actor.country or actor.country, text=t, start=s0, end=e0
        )
        self.phrases[-1] = replace(
            prev, end=end, actor=merged, implies=prev.implies or (h.entry.get("implies") or "")
        )
        return True

    def _body_by_name(self, prev: Phrase) -> bool:
        """اختطف تنظيم داعش فلانا: a body named by its own name, with no title of its
        head before it, has no person in apposition: a name after it is the verb's
        object."""
        first = self.by_start.get(prev.start)
        return (
            prev.head == "org"
            and first is not None
            and first.kind == "org"
            and not _person_title(self.norms[prev.start])  # الأمين العام للأمم المتحدة X
            and not self.norms[prev.end - 1].endswith("ي")  # القيادي الحوثي X: his group
        )

    def _past_office(self, prev: Phrase) -> int:
        """نائب رئيس الوزراء الكويتي ووزير الداخلية الشيخ X: a second office joined by و
        to a state's unnamed office, with no state of its own, is the same person's (one
        name after both); where the name's courtesy may start."""
        h = self.by_start.get(prev.end)
        if (
            h is None
            or h.kind != "role"
            or h.prefix != "و"
            or h.first.suffix
            or h.entry.get("role") != "person"
            or prev.actor.type != "country"
            or prev.title != "person"
        ):
            return prev.end
        return h.end

    def _apposition(self, h: Hit, start: int, end: int, actor: Actor, prefix: str) -> bool:
        """وزير الخارجية السعودي الأمير فيصل بن فرحان, الأمين العام للأمم المتحدة أنطونيو
        غوتيريش: a title phrase and the name in apposition are one person (with words of
        courtesy between: نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد)."""
        prev = self.phrases[-1] if self.phrases else None
        if not (
            prev is not None
            and prev.end <= start
            and all(self.norms[k] in _BEFORE_NAME for k in range(self._past_office(prev), start))
            and actor.type == "person"
            and (prev.head == "org" or prev.title == "person")
            and (h.kind in ("person", "given") or normalize(self.words[start]) in HONORIFICS)
            and not prefix.startswith(("و", "ب", "ل"))
            and (prev.actor.type != "person" or prev.actor.label == "")
            and not self._body_by_name(prev)
        ):
            return False
        first = prev.actor
        t, s0, e0 = self.span(prev.start, end)
        merged = replace(
            actor,
            country=actor.country or first.country,
            sector=actor.sector or first.sector,
            text=t,
            start=s0,
            end=e0,
        )
        persons = self.memory.persons
        if persons and persons[-1] is actor:
            persons[-1] = merged
        self.phrases[-1] = replace(prev, end=end, actor=merged)
        return True
