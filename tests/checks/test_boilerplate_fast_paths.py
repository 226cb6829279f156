"""The boilerplate segmenter's fast paths agree with the plain computations they stand in for."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from newslint.checks.boilerplate import classify, comments, lexicon, shape, structure
from newslint.checks.boilerplate.units import Body, build_units, topic_words, topic_words_general
from newslint.document import read_document

TEXTS = [
    "plain ascii words, with digits 2024 and under_scores and don't",
    "the minister’s “budget” — passed – after weeks… of debate",
    "café société naïve résumé",  # letters outside ASCII: the general path
    "ΟΔΥΣΣΕΥΣ ΚΑΙ ΑΧΙΛΛΕΥΣ".lower(),
    "東京オリンピック 開催 予定 – tokyo",
    "한국어 문장입니다 – korean",
    "fullwidth （brackets） and 「quotes」 around words",
    "digits ٣٤٥ arabic-indic and ²³ superscripts",
    "kelvin \u212a sign and ǅ titlecase".lower(),
]


@pytest.mark.parametrize("text", TEXTS)
def test_topic_words_fast_path_agrees(text):
    assert topic_words(text) == topic_words_general(text)


DOC = (
    "Ministers approved the budget on Monday after a debate that lasted most of the long evening.\n\n"
    "ΟΙ ΥΠΟΥΡΓΟΙ ΕΝΕΚΡΙΝΑΝ ΤΟΝ ΠΡΟΫΠΟΛΟΓΙΣΜΟ ΤΗΣ ΧΩΡΑΣ ΣΗΜΕΡΑ ΜΕΤΑ ΑΠΟ ΜΙΑ ΜΑΚΡΙΑ ΣΥΖΗΤΗΣΗ ΣΤΗ ΒΟΥΛΗ ΟΔΥΣΣΕΥΣ.\n\n"
    "Short line\n\n"
    "The minister’s “budget” — passed after weeks of debate — will fund schools, roads and the café.\n\n"
    "東京オリンピックの開催は予定通り行われると組織委員会が発表した。関係者によると準備は順調に進んでいる。\n\n"
    + "A long paragraph of ordinary words that goes on and on well past sixty words in all. " * 6
    + "\n"
)


def test_body_words_are_the_topic_words_of_the_joined_prose():
    doc = read_document(DOC, "a.txt", "plain")
    units = build_units(doc)
    in_comments = [False] * len(units)
    members = [u for u in units if u.prose]
    assert len(members) >= 4 and any(u.n > 60 for u in members)
    body = Body(units, in_comments)
    assert body.words == Counter(topic_words_general(" ".join(u.text for u in members).lower()))
    for u in members:
        assert u.topics == topic_words_general(u.text.lower())


# -- commenter headers: each pattern is tried only when a character it needs is there ------------
HEADER_LINES = [
    "  • Soccer says:",
    "by garaged (579941) writes:",
    "On May 2, 2012 at 2:54 am Laurence said:",
    "Ben says: May 2, 2012 at 9:00 am",
    "by Ann Lee on April 16, 2012 at 4:56 am. Reply #",
    "by fsu44 on Aug 9, 2012 12:20 PM EDT reply",
    "Ann – 2 May 2012 at 14:02 REPLY",
    "Texas Kel — June 29th, 2012, 12:49 pm",
    "Ann | 2 May 2012 at 14:02",
    "Jörg | ٢ Mai ٢٠١٢",  # Arabic-Indic digits are digits to the patterns too
    "Marie a dit :",
    "Иван пишет:",
    "The mayor says:",
    "Ministers met on Monday and agreed the budget.",
    "Posted on November 1st, 2012",
]


def _seed_and_draft_lines(shared):
    root = Path(__file__).resolve().parent.parent.parent
    lines = [x for f in sorted((root / "seeds").glob("*.txt")) for x in f.read_text(encoding="utf-8").splitlines()]
    if shared is not None:
        for f in sorted((shared / "boilerplate-drafts").glob("*.jsonl")):
            for rec in f.open(encoding="utf-8"):
                lines.extend(x["text"] for x in json.loads(rec)["lines"])
    return lines


def _assert_guards_hold(lines):
    found = 0
    for text in lines:
        t = text.strip()
        if comments._SAYS.match(t):
            found += 1
            assert ":" in t, t
        if comments._BY_ON_REPLY.match(t):
            found += 1
            assert comments._DIGIT.search(t), t
        if comments._NAME_DATE.match(t):
            found += 1
            assert "|" in t or "—" in t or "–" in t, t
    return found


def test_header_patterns_need_the_characters_they_are_guarded_by():
    assert _assert_guards_hold(HEADER_LINES + _seed_and_draft_lines(None)) >= 10
    kinds = [comments.header_kind(t) for t in HEADER_LINES]
    assert kinds[:2] + kinds[3:6] == ["says", "says", "says", "reply", "reply"]
    assert kinds[6:13] == ["reply", "dated", "dated", "dated", "says", "says", None]
    assert kinds[13:] == [None, None]


def test_header_pattern_guards_on_the_drafts(shared_data):
    assert _assert_guards_hold(_seed_and_draft_lines(shared_data)) > 100


# -- answers kept per block: the second ask gets what a fresh computation gives ------------------
def test_kept_cohesion_and_furniture_agree_with_fresh_ones():
    root = Path(__file__).resolve().parent.parent.parent
    texts = [DOC] + [f.read_text(encoding="utf-8") for f in sorted((root / "seeds").glob("*.txt"))]
    asked = 0
    for text in texts:
        doc = read_document(text, "a.txt", "plain")
        units = build_units(doc)
        body = Body(units, [False] * len(units))
        for _ in range(2):
            for u in units:
                assert body.cohesion(u) == body._cohesion_of(u)
                if u.text.strip():
                    assert structure.not_furniture(u) == structure._not_furniture(u)
                    asked += 1
    assert asked > 100


# -- decoration: lines that neither start nor end with it are returned as they are ---------------
DECORATED = [
    "► June (21)", "June (21) »", "Health »", "« Older", "• Home", "*** Tags ***", "- Sputnik International, 1920",
    "  padded  ", "ends with a newline\n", "a » b\n", "« x", "x <", "x >", "> x", "\u00a0nbsp\u00a0", "\u2003em space",
    "Plain line", "x", "»", " ", "",
]


@pytest.mark.parametrize("text", DECORATED)
def test_strip_decoration_shortcut_agrees(text):
    assert shape.strip_decoration(text) == shape._ARROWS.sub("", text)


def test_strip_decoration_shortcut_agrees_on_seed_and_draft_lines(shared_data):
    lines = _seed_and_draft_lines(shared_data)
    assert all(shape.strip_decoration(t) == shape._ARROWS.sub("", t) for t in lines)


# -- the copyright test reads "(c)" and "copyright" in any case without lowering the text -------
@pytest.mark.parametrize(
    "text", ["(C) 2024 Herald", "(c) Reuters", "COPYRIGHT 2020", "Copyright", "CopyRight x", "İcopyright", "(İ)", "copy right", "x (c)"]
)
def test_copyright_cue_agrees_with_the_lowered_text(text):
    low = text.lower()
    assert classify.copyright_cue(text) == ("©" in text or "(c)" in low or low.startswith("copyright"))


# -- the document's scripts: counted letter by letter only when a letter lies outside ASCII -------
SCRIPT_TEXTS = [
    "Plain ASCII story.", "123 456", "“Quoted” — dashed – story’s text", "“” — –", "Café au lait", "Заголовок and text",
    "東京 – Tokyo", "ΑΒΓ “x”", "١٢٣ arabic digits", "\u00a0\u2003 spaces only",
]


@pytest.mark.parametrize("text", SCRIPT_TEXTS)
def test_doc_scripts_shortcut_agrees(text):
    from newslint.checks.boilerplate.segment import _doc_scripts, _main_script

    def seen(counts):  # what the segmentation reads: the leading script, and the counts it keeps
        return _main_script(counts), (counts if "latin" not in counts or len(counts) > 1 else {})

    full = {"latin": 1} if text.isascii() else shape.script_counts(text)
    assert seen(_doc_scripts(text)) == seen(full)


# -- bylines: an ASCII line without a credit word is tried against the start-of-line branches only
BYLINE_LINES = [
    "By Ann Lee", "Posted on November 1st, 2012", "Photo credit: AP", "Pic thx to amagill", "PICTURES BY Jo",
    "Illustration via Getty", "A press release from the council", "For Immediate Release", "Staff Reports",
    "Council approves budget", "Bypass plans approved", "Credits roll", "Videos  courtesy of NASA", "news\trelease",
    "images by", "Photograph by Kim", "Courtesy", "İmage by Kim", "ſtaff reports", "Kelvin \u212aredit", "",
]


def _byline_lines_agree(lines):
    for t in lines:
        assert structure.has_byline(t) == bool(structure._BYLINE.search(t)), t
    return sum(1 for t in lines if t.isascii())


def test_byline_shortcut_agrees():
    assert _byline_lines_agree(BYLINE_LINES) > 15
    assert [structure.has_byline(t) for t in BYLINE_LINES[:9]] == [True] * 9
    assert not any(structure.has_byline(t) for t in BYLINE_LINES[9:11])


def test_byline_shortcut_agrees_on_seed_and_draft_lines(shared_data):
    assert _byline_lines_agree(_seed_and_draft_lines(shared_data)) > 100


def test_cohesion_agrees_with_trying_every_variant():
    from newslint.checks.boilerplate.units import variants

    root = Path(__file__).resolve().parent.parent.parent
    checked = 0
    for text in [DOC] + [f.read_text(encoding="utf-8") for f in sorted((root / "seeds").glob("*.txt"))]:
        units = build_units(read_document(text, "a.txt", "plain"))
        body = Body(units, [False] * len(units))
        for u in units:
            if not u.topic or not body.words:
                continue
            own = Counter(u.topics) if u.index in body.members else Counter()
            shared = sum(1 for w in u.topic if any(body.words.get(v, 0) > own[v] for v in variants(w)))
            assert body._cohesion_of(u) == shared / len(u.topic)
            checked += 1
    assert checked > 20


def test_final_char_matches_stripping_closers_and_spaces_one_at_a_time():
    import random

    from newslint.checks.boilerplate.shape import CLOSERS, final_char

    def plain(text):
        t = text.rstrip()
        while t and t[-1] in CLOSERS:
            t = t[:-1].rstrip()
        return t[-1:] if t else ""

    rng = random.Random(4)
    pieces = ["a", ".", "?", " ", "\t", "\u00a0", "\u2009", "\n", '"', "'", "”", "’", "»", ")", "]", "(", "…"]
    texts = ["", "'" * 5000, "Hello.' ) ", "x" + "» " * 300]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    for text in texts:
        assert final_char(text) == plain(text), repr(text)


# -- cue lookup: a block whose words do not hold every word of some phrase is not walked ------------
def _cue_by_walking(kind: str, lower, text: str, lead_only: bool = False) -> str | None:
    """``lexicon.phrase_cue`` without its word-set test: the matcher walks every block that holds a
    phrase's longest word."""
    m, family, longest, _needs = lexicon.matcher(kind)
    if longest.isdisjoint(lower):
        return None
    text = lexicon.straight(text)
    for a, _b, phrase in m.finditer(text):
        if lead_only and text[:a].strip(lexicon.DECORATION):
            return None
        return family[lexicon.key(phrase)]
    return None


def _cue_variants(phrase: str) -> list[str]:
    return [phrase, phrase.upper(), phrase.replace("-", "–"), phrase.replace("'", "’"),
            f"» {phrase} here", f"Shares in {phrase}", phrase.split()[0] + " prices fell"]


def _lower(text: str) -> frozenset[str]:
    return frozenset(w.lower().replace("’", "'") for w in shape.WORD.findall(text))


@pytest.mark.parametrize("kind", sorted(lexicon._TABLES))
def test_cue_word_set_test_agrees_with_walking_every_phrase(kind):
    found = 0
    for phrases in lexicon._TABLES[kind].values():
        for p in phrases:
            for text in _cue_variants(p):
                for lead_only in (False, True):
                    got = lexicon.phrase_cue(kind, _lower(text), text, lead_only)
                    assert got == _cue_by_walking(kind, _lower(text), text, lead_only), (kind, text)
                    found += got is not None
    assert found > len(lexicon._TABLES[kind])  # the phrases themselves are found


def test_cue_word_set_test_agrees_on_seed_and_draft_lines(shared_data):
    lines = [t for t in _seed_and_draft_lines(shared_data) if len(t.split()) <= 40]
    found = 0
    for kind in lexicon._TABLES:
        for t in lines:
            got = lexicon.phrase_cue(kind, _lower(t), t)
            assert got == _cue_by_walking(kind, _lower(t), t), (kind, t)
            found += got is not None
    assert found >= 50
