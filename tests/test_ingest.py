"""kg.ingest: language detection, validation of untrusted input, ids, directories."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from conftest import example_records

from kg.corpus import iter_corpus
from kg.ingest import IngestError, dateline_date, detect_language, filename_date, parse_date
from kg.limits import Limits
from kg.records import Article, content_hash

ROOT = Path(__file__).resolve().parents[1]
BAD = ROOT / "tests" / "data" / "bad"
EXAMPLES = ROOT / "examples"

EN = (
    "The foreign ministers of Jordan and Iraq met in Amman on Sunday and agreed to "
    "expand trade, the Jordanian foreign ministry said."
)
AR = (
    "التقى وزير الخارجية الأردني نظيره العراقي في عمّان يوم الأحد، واتفق الجانبان على توسيع التجارة."
)


def _split(items):
    arts = [x for x in items if isinstance(x, Article)]
    errs = [x for x in items if isinstance(x, IngestError)]
    return arts, errs


def _jsonl(path: Path, records) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- language detection -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (AR, "ar"),
        (EN, "en"),
        ("Protesters clash with police in Nairobi", "en"),
        ("قال المتحدث باسم الحكومة إن بغداد لن تقبل بذلك", "ar"),
        # Arabic with Latin names and a URL is still Arabic.
        ("أعلنت شركة Microsoft عبر موقعها www.example.com أنها ستفتتح مكتبا في الرياض", "ar"),
        # English with an Arabic quotation is still English.
        ('The banner read "لا للحرب" as crowds marched to the embassy in London.', "en"),
        ("Le ministre a rencontré son homologue à Paris pour parler de la crise.", None),
        ("El gobierno de España anunció que enviará ayuda a los países afectados.", None),
        ("Die Regierung hat am Montag neue Sanktionen gegen das Land beschlossen.", None),
        ("Dışişleri Bakanı bu hafta Ankara'da bir basın toplantısı düzenledi.", None),
        ("وزیر امور خارجه ایران روز دوشنبه با همتای ترکیه‌ای خود در تهران دیدار کرد.", None),
        ("پاکستان کے وزیر خارجہ نے کہا کہ حکومت مذاکرات کے لیے تیار ہے۔", None),
        ("Министр иностранных дел России заявил, что Москва готова к переговорам.", None),
        ("", None),
        ("2025 - 03 - 11 / 42", None),
        ("Nairobi", None),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-11", "2025-03-11"),
        (" 2025-03-11 ", "2025-03-11"),
        ("2025-03-11T22:15:00", "2025-03-11"),
        ("2025-03-11T23:30:00+03:00", "2025-03-11"),
        ("2025-03-11T23:30:00Z", "2025-03-11"),
        ("2025-03-11 08:00", "2025-03-11"),
    ],
)
def test_parse_date_keeps_the_date_part(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["11/03/2025", "2025-02-30", "March 2025", "2025-3-1", "2025-03-11T25:00"]
)
def test_parse_date_rejects(value):
    with pytest.raises(ValueError, match="bad date"):
        parse_date(value)


# --- bad inputs: an error naming the file or line, the rest still read ---------


@pytest.mark.parametrize(
    ("name", "origin", "message"),
    [
        ("empty.txt", "empty.txt", "empty file"),
        ("latin1.txt", "latin1.txt", r"not UTF-8 \(byte 0xe9 at byte offset 25\)"),
        ("binary.txt", "binary.txt", r"binary data, not text \(NUL byte at byte offset 3\)"),
        ("french.txt", "french.txt", r"supported: ar, en"),
        ("mixed.jsonl", "mixed.jsonl:2", r"malformed JSON"),
        ("mixed.jsonl", "mixed.jsonl:3", r"missing 'text'"),
        ("mixed.jsonl", "mixed.jsonl:4", r"unsupported language 'fr'; supported: ar, en"),
    ],
)
def test_bad_input_gives_an_error_and_others_come_through(name, origin, message, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(EN, encoding="utf-8")
    arts, errs = _split(list(iter_corpus([good, BAD / name, tmp_path / "missing.txt"])))
    hits = [e for e in errs if e.origin.endswith(origin)]
    assert len(hits) == 1, errs
    assert hits[0].origin == str(BAD / origin)
    assert re.search(message, hits[0].message), hits[0].message
    assert str(hits[0]) == f"{hits[0].origin}: {hits[0].message}"
    assert [a.origin for a in arts if a.origin == str(good)] == [str(good)]
    assert any(e.origin == str(tmp_path / "missing.txt") for e in errs)


def test_bad_directory_keeps_the_good_line():
    arts, errs = _split(list(iter_corpus([BAD])))
    assert [(a.id, a.lang, a.date, a.origin) for a in arts] == [
        ("bad-mixed-01", "en", "2025-04-02", str(BAD / "mixed.jsonl:1"))
    ]
    assert sorted(Path(e.origin.split(":")[0]).name for e in errs) == [
        "binary.txt",
        "empty.txt",
        "french.txt",
        "latin1.txt",
        "mixed.jsonl",
        "mixed.jsonl",
        "mixed.jsonl",
    ]


def test_missing_path(tmp_path):
    errs = list(iter_corpus([tmp_path / "nope"]))
    assert errs == [IngestError(str(tmp_path / "nope"), "no such file or directory")]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"text": 5}, "'text' must be a string, got int"),
        ({"text": "  \n "}, "no text"),
        ({"text": ""}, "no text"),
        ({"id": "x"}, "missing 'text'"),
        ({"text": EN, "date": "12/03/2025"}, "bad date '12/03/2025'"),
        ({"text": EN, "date": "2025-02-30"}, "bad date '2025-02-30'"),
        ({"text": EN, "date": 20250301}, "'date' must be a string, got int"),
        ({"text": EN, "title": 3}, "'title' must be a string, got int"),
        ({"text": EN, "url": ["u"]}, "'url' must be a string, got list"),
        ({"text": EN, "source": {"a": 1}}, "'source' must be a string, got dict"),
        ({"text": EN, "lang": "de"}, "unsupported language 'de'; supported: ar, en"),
        ({"text": EN, "lang": ["en"]}, "'lang' must be a string, got list"),
        ({"text": EN, "id": {"a": 1}}, "'id' must be a string or an integer, got dict"),
        ({"text": EN, "id": True}, "'id' must be a string or an integer, got bool"),
        ({"text": EN, "id": " "}, "'id' is empty"),
        (
            {"text": "Le gouvernement a annoncé des mesures pour les agriculteurs."},
            "supported: ar, en",
        ),
        ({"text": "abc\u0000def the and of"}, "control character U+0000 at character 3"),
        ([1, 2], "expected a JSON object, got list"),
        ('"just a string"', "expected a JSON object, got str"),
        ('{"text": "unterminated', "malformed JSON"),
        # records no output could hold (JSON escapes of lone surrogates), or too deep to read
        (
            '{"id": "s1", "text": "Egypt \\ud800 met Jordan."}',
            "'text' holds a lone surrogate (U+D800) at character 6",
        ),
        (
            '{"id": "s\\udc00", "text": "Egypt met Jordan."}',
            "'id' holds a lone surrogate (U+DC00) at character 1",
        ),
        ('{"text": "Egypt met Jordan.", "title": "\\udbff"}', "'title' holds a lone surrogate"),
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply"),
    ],
)
def test_jsonl_record_errors(record, message, tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", [{"id": "ok", "text": EN}, record, {"text": AR}])
    arts, errs = _split(list(iter_corpus([path])))
    assert [a.origin for a in arts] == [f"{path}:1", f"{path}:3"]
    assert len(errs) == 1 and errs[0].origin == f"{path}:2"
    assert message in errs[0].message


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        ({"date": "2025-03-04T23:30:00+03:00"}, "date", "2025-03-04"),
        ({"date": "2025-03-04"}, "date", "2025-03-04"),
        ({"date": None}, "date", None),
        ({"lang": "en-GB"}, "lang", "en"),
        ({"lang": "AR", "text": AR}, "lang", "ar"),
        ({"text": AR}, "lang", "ar"),
        ({}, "lang", "en"),
        ({"id": 42}, "id", "42"),
        ({"doc_id": "gold-7"}, "id", "gold-7"),
        ({"id": "a1", "doc_id": "gold-7"}, "id", "a1"),
        ({}, "id", content_hash(EN)),
        ({"title": " Talks in Amman "}, "title", "Talks in Amman"),
        ({}, "title", None),
        ({"url": "https://example.org/a"}, "url", "https://example.org/a"),
        ({"source": "kg tests"}, "source", "kg tests"),
        ({"text": "\ufeff" + EN}, "text", EN),
        ({"text": EN + "\r\n\r\nSecond line.\r\n"}, "text", EN + "\r\n\r\nSecond line.\r\n"),
    ],
)
def test_jsonl_fields(extra, field, expected, tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", [{"text": EN, **extra}])
    (item,) = iter_corpus([path])
    assert isinstance(item, Article), item
    assert getattr(item, field) == expected


def test_non_utf8_jsonl_line_gives_file_offset(tmp_path):
    first = json.dumps({"id": "a", "text": EN}).encode() + b"\n"
    path = tmp_path / "x.jsonl"
    path.write_bytes(first + b'{"id": "b", "text": "caf\xe9"}\n')
    arts, errs = _split(list(iter_corpus([path])))
    assert [a.id for a in arts] == ["a"]
    assert errs[0].origin == f"{path}:2"
    assert f"byte 0xe9 at byte offset {len(first) + 24}" in errs[0].message


def test_gzip_jsonl(tmp_path):
    path = tmp_path / "x.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": AR}, ensure_ascii=False) + "\n")
    (art,) = iter_corpus([path])
    assert (art.id, art.lang, art.origin) == ("g1", "ar", f"{path}:1")
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(b"not gzip at all")
    (err,) = iter_corpus([broken])
    assert isinstance(err, IngestError) and err.message.startswith("cannot read")


# --- text files, ids, duplicates, directories ----------------------------------


def test_text_file_kept_exactly(tmp_path):
    raw = "Jordan and Iraq sign power deal\r\n\r\n" + EN + "\r\n"
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + raw.encode("utf-8"))
    (art,) = iter_corpus([path])
    assert art.text == raw  # BOM gone, CRLF kept: offsets stay valid
    assert art.title == "Jordan and Iraq sign power deal"
    assert art.id == content_hash(raw)
    assert (art.lang, art.date, art.origin) == ("en", None, str(path))


def test_ids_are_stable_and_duplicates_reported(tmp_path):
    (tmp_path / "one").mkdir()
    a, b, c = tmp_path / "one" / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    a.write_text(EN, encoding="utf-8")
    b.write_text(EN, encoding="utf-8")
    c.write_text(EN + " More.", encoding="utf-8")
    (first,) = iter_corpus([a])
    (again,) = iter_corpus([b])
    assert first.id == again.id == content_hash(EN)
    items = list(iter_corpus([a, b, c]))
    assert isinstance(items[0], Article) and isinstance(items[2], Article)
    assert items[2].id != first.id
    assert items[1] == IngestError(str(b), f"skipped: same text as {a}")
    path = _jsonl(tmp_path / "d.jsonl", [{"id": "x", "text": EN}, {"id": "x", "text": AR}])
    items = list(iter_corpus([path]))
    assert isinstance(items[0], Article)
    assert items[1] == IngestError(
        f"{path}:2", f"skipped: duplicate id 'x', first used at {path}:1"
    )


def test_directory_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    _jsonl(tmp_path / "c.jsonl", [{"id": "c1", "text": EN + " Again."}])
    (tmp_path / "notes.md").write_text(EN + " Ignored.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(EN + " Hidden.", encoding="utf-8")
    arts, errs = _split(list(iter_corpus([tmp_path])))
    assert errs == []
    assert [Path(a.origin).name for a in arts] == ["a.txt", "2.txt", "c.jsonl:1"]
    assert [a.lang for a in arts] == ["en", "ar", "en"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert list(iter_corpus([empty])) == [
        IngestError(str(empty), "directory holds no .txt or .jsonl files")
    ]


# --- the shipped examples -----------------------------------------------------


def test_examples_are_one_copy_each_with_a_date():
    # One form only: the same articles as .txt files too were read (and counted) twice.
    files = sorted(p.relative_to(EXAMPLES).as_posix() for p in EXAMPLES.rglob("*") if p.is_file())
    assert files == ["articles.jsonl"]
    records, errs = _split(list(iter_corpus([EXAMPLES / "articles.jsonl"])))
    assert errs == []
    assert sorted(a.lang for a in records) == ["ar"] * 4 + ["en"] * 4
    assert len({a.text for a in records}) == len({a.id for a in records}) == len(records)
    for rec in records:
        assert rec.id.startswith(f"ex-{rec.lang}-")
        assert rec.date and rec.title and rec.source == "kg examples" and rec.url is None


@pytest.mark.parametrize("record", example_records(), ids=lambda r: r["id"])
def test_example_shape(record):
    text = record["text"]
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "" and lines[2].strip()  # headline, blank, body
    assert lines[0] == record["title"]
    assert 150 <= len(text.split()) <= 300


# --- dates of plain-text articles -----------------------------------------------

SHARED = ROOT.parent / "shared"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("rt_lavrov_2015-10-27_ar.txt", "2015-10-27"),
        ("2025_03_04-cairo.txt", "2025-03-04"),
        ("talks.2024.12.31.txt", "2024-12-31"),
        ("report-2025-02-30.txt", None),  # no such day
        ("id-12015-10-27.txt", None),  # part of a longer number
        ("notes.txt", None),
    ],
)
def test_a_date_in_the_file_name(name, expected):
    assert filename_date(name) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("CAIRO, Oct. 27, 2015 (kg) - Egypt and Jordan met.", "en", "2015-10-27"),
        ("Talks in Amman\n\nAMMAN, 4 March 2025 - The ministers met.", "en", "2025-03-04"),
        ("القاهرة - الثلاثاء 27 أكتوبر 2015\n\nالتقى وزير الخارجية نظيره.", "ar", "2015-10-27"),
        ("AMMAN - The ministers met on Tuesday.", "en", None),  # relative: no date
        ("الرياض - أعلنت الوزارة أمس عن خطة جديدة.", "ar", None),
        ("The ministers met in May.", "en", None),  # a month is no dateline
    ],
)
def test_a_dateline_at_the_top_of_the_text(text, lang, expected):
    assert dateline_date(text, lang) == expected


def test_a_text_article_takes_the_given_date_then_the_file_name_then_the_dateline(tmp_path):
    named = tmp_path / "visit_2025-03-04.txt"
    named.write_text("AMMAN, 1 March 2025 - " + EN, encoding="utf-8")
    plain = tmp_path / "visit.txt"
    plain.write_text("AMMAN, 1 March 2025 - " + EN + " Again.", encoding="utf-8")
    undated = tmp_path / "other.txt"
    undated.write_text(EN + " Once more.", encoding="utf-8")
    jsonl = _jsonl(
        tmp_path / "a.jsonl",
        [{"id": "j1", "text": EN}, {"id": "j2", "text": AR, "date": "2025-01-02"}],
    )
    dates = {Path(a.origin).name: a.date for a in iter_corpus([named, plain, undated, jsonl])}
    assert dates == {
        named.name: "2025-03-04",
        plain.name: "2025-03-01",
        undated.name: None,
        f"{jsonl.name}:1": None,
        f"{jsonl.name}:2": "2025-01-02",
    }
    given = {
        Path(a.origin).name: a.date
        for a in iter_corpus([named, undated, jsonl], default_date="2024-12-31")
    }
    assert given == {
        named.name: "2024-12-31",
        undated.name: "2024-12-31",
        f"{jsonl.name}:1": "2024-12-31",  # a record without a date
        f"{jsonl.name}:2": "2025-01-02",  # its own date wins
    }


@pytest.mark.skipif(
    not SHARED.exists(), reason="../shared not found (the RT article is read from it)"
)
def test_the_rt_article_is_dated_from_its_file_name_and_its_events_from_their_sentences():
    from kg.build import build

    path = SHARED / "corpus" / "rt_lavrov_2015-10-27_ar.txt"
    result = build([path])
    assert [a.date for a in result.articles] == ["2015-10-27"]
    assert result.events and all(e.date for e in result.events)
    # "الثلاثاء 27 أكتوبر/تشرين الأول": day and month, the year from the article date
    told = [e for e in result.events if "27 أكتوبر" in e.sentence]
    assert told and {e.date for e in told} == {"2015-10-27"}
    # the Paris meeting "on Friday" comes after the article: the 30th
    assert "2015-10-30" in {e.date for e in result.events}


def test_a_day_and_month_without_a_year_take_the_year_from_the_article_date(tmp_path):
    from kg.build import build

    path = tmp_path / "talks_2016-01-05.txt"
    path.write_text(
        "Talks in Amman\n\nJordan and Iraq signed a trade agreement in Amman on 27 October, "
        "the Jordanian foreign ministry said.\n",
        encoding="utf-8",
    )
    result = build([path])
    assert result.events and {e.date for e in result.events} == {"2015-10-27"}


# --- reading is bounded; bad records are one error each ------------------------


def test_a_line_over_the_input_limit_is_an_error_and_reading_goes_on(tmp_path):
    big = json.dumps({"id": "big", "text": "word " * 50_000})
    path = _jsonl(
        tmp_path / "in.jsonl", [{"id": "a", "text": EN}, big, {"id": "b", "text": EN + " B."}]
    )
    limits = Limits(max_article_bytes=1_000, max_input_bytes=10_000)
    arts, errs = _split(list(iter_corpus([path], limits)))
    assert [a.id for a in arts] == ["a", "b"]
    assert len(errs) == 1 and errs[0].origin == f"{path}:2"
    assert errs[0].message.startswith(
        f"line of {len(big) + 1:,} bytes over the 0.01 MB input limit"
    )
    text = tmp_path / "big.txt"
    text.write_text(EN * 200, encoding="utf-8")
    (err,) = iter_corpus([text], limits)
    assert isinstance(err, IngestError) and "input limit" in err.message


def test_symbolic_links_that_loop_are_errors_and_folder_links_are_not_followed(tmp_path):
    import os

    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(EN, encoding="utf-8")
    os.symlink("loop.txt", tmp_path / "c" / "loop.txt")
    os.symlink(tmp_path / "c", tmp_path / "c" / "self")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "c" / "dangling.txt")
    arts, errs = _split(list(iter_corpus([tmp_path / "c"])))
    assert [Path(a.origin).name for a in arts] == ["a.txt"]
    assert sorted((Path(e.origin).name, e.message) for e in errs) == [
        ("dangling.txt", "cannot read: No such file or directory"),
        ("loop.txt", "cannot read: a symbolic link that loops"),
    ]
    (err,) = iter_corpus([tmp_path / "c" / "loop.txt"])
    assert err.message == "cannot read: a symbolic link that loops"
