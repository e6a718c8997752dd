"""Golden tests on the dev split of the team's corpus (corpus/split.yaml): structure,
publication date, sentence boundaries and clitic segmentation, article by article.

Only dev articles: the test split is held out from rule writing and is scored by
`khabar eval --split test` against the floors in corpus/floors.yaml instead.  Articles
whose structure khabar still gets wrong are listed in KNOWN_STRUCTURE_MISSES with the
reason, so a fix shows up as an unexpected pass and a regression as a failure.
"""

from __future__ import annotations

import re

import pytest

import khabar
from khabar.evaluate import load_gold, load_split
from khabar.pipeline import run
from khabar.text.normalise import normalise_word

from tests.conftest import CORPUS

DEV = load_split(CORPUS / "split.yaml")["dev"]
KNOWN_STRUCTURE_MISSES: dict[str, str] = {
    # batch P (session 13), read after its measures; the date line ending in the outlet's desk after
    # a slash (marebpress) is read since round 17 (structure._without_desk); tasnim's 'طهران - تسنيم' byline
    # since round 20 (تسنيم, a woman's name, is an agency a dateline takes only with a closing mark)
    # batches T, U (session 15), V and W (session 16): a credit and a caption over the headline, then a byline
    # and a date line (libyapanorama, alhayat, parstoday, zahratchinguetti) are read since round 19
    # (structure._is_desk, a quoted outlet joined to its agency by a comma, the Mauritanian "دجمبر", an IANA zone)
    # batches X and Y (session 17): radioorient's credit '© أ ف ب (صورة أرشيفية)' above its caption is read
    # since round 21 (structure._credit_with_note: a source before a parenthesised note is no description)
    # batches AB and AC (session 19), read after their end measures:
    "akhbarelwatan-2021-08-13-bensmail-lynching-arrests": "the Algerian credit 'ص: ح.م' (photo: private) is read "
        "as a caption: the abbreviation ح.م is no known source and ص: no known credit opener",
    # (yemenshabab's 'صورة أرشيفية لميناء الضبة …' is read as a caption since session 23: structure._PHOTO_OF
    # takes an archive photo "of" something, found again in batch AJ's Sky News Arabia page)
    # batches AD and AE (session 20), read after their end measures (BBC's credit line 'مصدر الصورة، IRGC / AFP'
    # after the date line, once read as the byline by the desk/agency slash rule, is read since: _is_byline; DW's
    # mid-body credit 'صورة من: …' with its description and al-Arabiya's 'الصورة من فيديو نشره …' since round 24:
    # structure._with_described_photos and the video_still cue)
    # batches AT and AU (session 28): anadolu-2017-07-24's 'عمان/ الأناضول' line above the date line, once read as
    # the byline as well as the dateline, is read as the dateline only since round s35 (structure: a place/wire
    # agency line right above the closing date line is the body's dateline)
    # batches AL and AM (session 24), read after their end measures:
    "asharqalawsat-2016-03-28-lahore-easter-park-bombing": "'إسلام آباد: «الشرق الأوسط»' glued to the first "
        "paragraph: the gold writes the byline by docs/gold-format.md's written rule (a place with the outlet's own "
        "name), khabar reads the dateline as 5 older asharqalawsat dev golds write it (structure: glued place-outlet); "
        "an open gold question",
    # batches AP and AQ (session 26), read after their end measures:
    "alsomaljadeed-2023-06-10-pearl-beach-restaurant-attack": "the credit 'المصدر: وكالة الأنباء الصومالية (صونا)' "
        "under the caption is read as a caption: المصدر: is no credit opener khabar knows and the agency's full "
        "Arabic name before its parenthesised short name is no known source",
}

# gold articles whose names the tokenizer still breaks more often than the test allows, with the cause
KNOWN_SEGMENTATION_MISSES: dict[str, str] = {
    "abwab-2023-10-19-berlin-neukoelln-clashes-arrests": "'بحي نويكولن' three times: ب + the two-letter noun "
        "حي is not split off (a two-letter host needs a frequency the word does not have)",
}


def _text(value):
    return " ".join(normalise_word(value).split()) if value else None


@pytest.fixture(scope="module", params=sorted(DEV))
def article(request):
    gold = load_gold(CORPUS / "gold" / f"{request.param}.yaml")
    return gold, khabar.read(gold.text)


def test_enough_dev_articles():
    assert len(DEV) >= 20


@pytest.mark.parametrize("article_id", [
    pytest.param(a, marks=pytest.mark.xfail(strict=True, reason=KNOWN_STRUCTURE_MISSES[a]))
    if a in KNOWN_STRUCTURE_MISSES else a for a in sorted(DEV)])
def test_structure_and_date(article_id):
    gold = load_gold(CORPUS / "gold" / f"{article_id}.yaml")
    record = khabar.read(gold.text)
    expected = gold.data["structure"]
    meta = record.meta
    assert _text(expected.get("headline")) == _text((meta["headline"] or {}).get("text"))
    assert _text(expected.get("byline")) == _text((meta["byline"] or {}).get("text"))
    assert _text(expected.get("date_line")) == _text((meta["date_line"] or {}).get("text"))
    assert (str(gold.published) if gold.published else None) == ((meta["published"] or "")[:10] or None)
    assert [(c["kind"], _text(c["text"])) for c in expected.get("captions") or []] == \
        [(c["kind"], _text(c["text"])) for c in meta["captions"]]
    assert expected["paragraphs"] == len(meta["paragraphs"])


_TERMINAL = re.compile(r"[.!?؟…:»\"”)\]]$")


def test_sentence_boundaries(article):
    gold, record = article
    text = record.text
    paragraphs = [(p["start"], p["end"]) for p in record.meta["paragraphs"]]
    for sentence in record.sentences:
        piece = text[sentence["start"]:sentence["end"]]
        assert piece == piece.strip() and piece
        assert not re.match(r"[.،,؛;!?؟»”)]", piece), piece[:30]
        inside = next(((a, b) for a, b in paragraphs if a <= sentence["start"] < b), None)
        if inside and sentence["end"] < inside[1]:
            # a sentence that is not the last of its paragraph ends at a terminator
            assert _TERMINAL.search(piece), piece[-30:]
            # and the next character is white space: no split inside a word or a number
            assert text[sentence["end"]].isspace()


def _whole_word(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole word, or a word behind one or two proclitics (وإسرائيل)?"""
    if end < len(text) and text[end].isalpha():
        return False
    head = start
    while head > 0 and start - head < 2 and text[head - 1] in "وفبلك":
        head -= 1
    return head == 0 or not text[head - 1].isalpha()


def test_segmentation_leaves_every_gold_name_whole(article, request):
    """Every gold mention stands on token boundaries (clitics split off, names unbroken)."""
    gold, record = article
    known = KNOWN_SEGMENTATION_MISSES.get(request.node.callspec.params["article"])
    if known:
        request.applymarker(pytest.mark.xfail(strict=True, reason=known))
    doc = run(gold.text)
    starts = {t.idx for t in doc}
    ends = {t.idx + len(t.text) for t in doc}
    broken = []
    for entity in gold.section("entities"):
        for mention in entity.get("mentions") or []:
            if len(normalise_word(mention)) < 3 or mention.startswith(("لل", "ل", "و", "ب", "ف")):
                continue  # annotators kept some clitics in the surface (للقوات …)
            for start, end in gold.spans(mention):
                if _whole_word(gold.text, start, end) and (start not in starts or end not in ends):
                    broken.append(mention)
    assert len(broken) <= 2, broken
