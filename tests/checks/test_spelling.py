"""Spelling family (SP001 misspelling, SP002 real-word-error): names, suggestions, real-word
decisions, house vocabulary, dialects, [sic]."""

from __future__ import annotations

import pytest

from newslint.checks.spelling import candidates, lexicon, nonword, realword
from newslint.config import from_mapping
from newslint.testing import assert_clean, assert_flags, findings


# -- names and other non-words that are not typos ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Tribal militiamen gathered in Miranshah in North Waziristan.",
        "Haqqani's fighters and the Haqqani network were named.",
        "CENTCOM and the ANSF confirmed it, IBTimes reported.",
        "Follow @CENTCOM and #Waziristan for updates.",
        "Write to press@ibtimes.co.uk or visit https://www.ibtimes.com/news today.",
        "The 5km route and the 1990s boom, mk88 bombs and B-52 bombers.",
        "Haqqani have been blamed. Haqqani is closely linked to the Taliban.",
        "They co-opt the Pashtuns and renationalise the railways.",
    ],
)
def test_names_and_tokens_are_not_misspellings(text):
    assert_clean("SP001", text)


def test_lower_case_name_used_as_name_elsewhere_passes():
    assert_clean("SP001", "Officials met Mullen in Kabul. Later mullen said nothing.")


def test_sentence_initial_name_is_not_flagged():
    assert_clean("SP001", "Miranshah is the main town. Waziristan borders Afghanistan.")


def test_typo_is_flagged_with_suggestion_and_unsafe_fix():
    (d,) = assert_flags("SP001", "The ALOC allows thr passage of American aircraft.", match="thr", suggestion="the")
    assert d.suggestions[0] == "the"
    assert d.fix is not None and d.fix.safe is False


def test_rare_real_word_is_not_flagged():
    assert_clean("SP001", "The currency, the renminbi, rose against the dollar.")


# -- suggestions ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "typo,word",
    [("recieve", "receive"), ("accomodation", "accommodation"), ("spectactular", "spectacular"), ("thr", "the"), ("definately", "definitely")],
)
def test_first_suggestion(typo, word):
    assert candidates.rank(typo)[0].word == word


def test_edit_cost_prefers_common_slips():
    # a swap of neighbours and a doubled letter cost less than an arbitrary change
    assert candidates.edit_cost("recieve", "receive") < candidates.edit_cost("rexeive", "receive") + 0.5
    assert candidates.edit_cost("occured", "occurred") < candidates.edit_cost("occupied", "occurred")


def test_context_decides_between_close_candidates():
    after = candidates.rank("thn", "better", "expected")[0].word
    assert after == "than"


# -- real-word errors ----------------------------------------------------------------------------
def test_realword_seed_example():
    err = realword.judge("ion", "maximized", "trying")
    assert err is not None and err.intended == "in"


def test_realword_leaves_natural_use_alone():
    assert realword.judge("ion", "lithium", "battery") is None
    assert realword.judge("in", "maximized", "trying") is None


def test_realword_message_names_the_neighbour():
    (d,) = assert_flags("SP002", "It was maximized ion trying to quell them.", match="ion", suggestion="in")
    assert d.message == "'ion' looks like a typo for 'in'"
    assert "in trying" in (d.help or "")


# -- house vocabulary and dialects -------------------------------------------------------------
def test_vocabulary_accept_and_reject():
    config = from_mapping({"vocabulary": {"accept": ["happoshu"], "reject": ["utilise"]}})
    assert_clean("SP001", "Sales of happoshu rose.", config=config)
    assert_flags("SP001", "Sales of happoshu rose.")
    assert_flags("SP001", "They utilise the plant.", config=config, match="utilise")
    assert_clean("SP001", "They utilise the plant.")


def test_dialects():
    text = "The colour of the flag."
    assert_clean("SP001", text)
    american = from_mapping({"rules": {"misspelling": {"dialect": "american"}}})
    assert_flags("SP001", text, config=american, match="colour", suggestion="color")
    british = from_mapping({"rules": {"misspelling": {"dialect": "british"}}})
    assert_flags("SP001", "The color of the flag.", config=british, match="color", suggestion="colour")
    assert_clean("SP001", "They organize the vote.", config=british)  # Oxford -ize passes


def test_sic_silences_spelling():
    assert_flags("SP001", "He wrote that the plan was spectactular.")
    assert not findings("SP001", "He wrote that the plan was spectactular [sic].")


def test_derived_forms():
    assert nonword.derived("recapitalised")
    assert nonword.derived("they'd")
    assert not nonword.derived("concider")


def test_data_loads():
    assert "the" in lexicon.accepted()
    assert lexicon.zipf("the") > 7
    assert lexicon.bigrams().log_count("in", "trying") is not None
    assert "colour" in lexicon.variants().british


# -- second round: causes of misses and false alarms ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The government plans to halve the deficit.",  # 'halve' is rare in the pair counts: same class as 'have'
        "The budget of 418bn rand was approved.",  # a unit or currency after an amount
    ],
)
def test_realword_same_class_or_unit_is_left_alone(text):
    assert_clean("SP002", text)


@pytest.mark.parametrize(
    "text",
    [
        "The subsidies row led to tit-for-tat WTO filings last autumn.",  # bbc-dev: 'tit' for 'it', 'tat' for 'that'
        "The long-running row led to tit-for-tat filings.",
    ],
)
def test_realword_leaves_parts_of_hyphenated_compounds_alone(text):
    """A word joined to another by a hyphen is part of a compound: the words beside the compound
    are not its context, so the pair counts say nothing about it."""
    assert_clean("SP002", text)


def test_realword_still_checks_words_beside_a_compound():
    assert_flags("SP002", "The long-term plan was maximized ion trying to grow.", match="ion", suggestion="in")


def test_realword_severity_follows_the_strength_of_the_evidence():
    """Warning when the written word is far rarer than the word the context wants ('ion' for 'in');
    info when both are common and only a missing pair speaks ('teen' for 'been')."""
    (strong,) = assert_flags("SP002", "It was maximized ion trying to quell them.", match="ion")
    assert str(strong.severity) == "warning"
    (weak,) = assert_flags("SP002", "The company has teen hit by the strike.", match="teen")
    assert str(weak.severity) == "info"


def test_realword_class_rule_keeps_the_seed():
    # 'ion' is a noun where a preposition belongs: the class differs, the pair counts decide
    err = realword.judge("ion", "maximized", "trying")
    assert err is not None and err.intended == "in"


@pytest.mark.parametrize("word", ["clunkiness", "sheikhdom", "cinemagoers", "airplanes", "dimmable", "recapitalised"])
def test_regular_derivations_pass(word):
    assert_clean("SP001", f"Critics noted the {word} of it all.")


@pytest.mark.parametrize("typo,word", [("begining", "beginning"), ("usefull", "useful"), ("chosing", "choosing")])
def test_derivation_loses_to_a_much_more_common_close_word(typo, word):
    assert_flags("SP001", f"It was the {typo} of the talks.", match=typo, suggestion=word)


@pytest.mark.parametrize(
    "typo,word",
    [("occured", "occurred"), ("occuring", "occurring"), ("transfering", "transferring"), ("quiting", "quitting")],
)
def test_undoubled_consonant_before_a_suffix_is_flagged(typo, word):
    # wordfreq sees these misspellings often enough that the general gap (2.0 Zipf points) lets them
    # pass as regular forms of occur, transfer, quit; the doubled form is what the dictionary has
    assert_flags("SP001", f"They said it was {typo} again.", match=typo, suggestion=word)


@pytest.mark.parametrize("word", ["hoovered", "gapping", "totting", "shamming", "muling", "worshiped", "benefitted"])
def test_doubling_rule_leaves_valid_forms_alone(word):
    # doubled where the stem allows it (gap -> gapping, tot -> totting), a stem ending in e (mule ->
    # muling), or a national variant close to the other (worshiped, benefitted)
    assert_clean("SP001", f"They said it was {word} again.")


@pytest.mark.parametrize(
    "text",
    [
        "Police found a 9 mm handgun and an extended magazine in the car.",
        "Rainfall reached 40 mm overnight, the forecaster said.",
        "\"Hm, I am not sure,\" she said.",
    ],
)
def test_words_wordfreq_takes_for_contractions_are_accepted(text):
    # wordfreq counts "m'm" and "h'm" too, so the build once dropped "mm" and "hm" as contractions
    # missing their apostrophe ("dont", "im")
    assert_clean("SP001", text)


def test_frequency_list_misspelling_is_not_accepted():
    # wordfreq sees "ther" often (social media), but it is a slip for "there"
    assert "ther" not in lexicon.accepted()
    assert_flags("SP001", "They said ther was no deal.", match="ther", suggestion="there")


def test_titles_and_short_names_at_sentence_start_pass():
    assert_clean("SP001", "Ms Smith spoke first. Ed Balls replied. Dr Jones agreed.")


def test_word_with_no_close_dictionary_word_is_info():
    (d,) = findings("SP001", "The plant burns orimulsion every winter.")
    assert str(d.severity) == "info" and not d.suggestions


def test_word_shapes_are_cached_per_process():
    from newslint.checks.spelling import tokens

    first = tokens.shape("Haqqani's")
    assert first[0] == tokens.NAME_LIKE and first[2] == "haqqani"
    assert tokens.shape("Haqqani's") is first
    assert tokens.shape("CENTCOM")[0] == tokens.SKIP
    assert tokens.shape("in")[0] & tokens.CONFUSABLE


@pytest.mark.parametrize(
    "text",
    [
        "The court ruled he had been libelled by the leaflet.",  # British doubled l
        "The station has the right to pre-empt the schedule.",  # closes up to a dictionary word
        "It largely avoided the clich&#233;d themes.",  # an HTML entity left in plain text
        "HELSINKI &mdash; Greenland holds an early election on Tuesday.",  # an entity's name
        # a name's short form defined in brackets, in the house style of one capital
        "Further needs will be assessed by its ferry procurement arm Caledonian Maritime Assets Limited (Cmal).",
        "The river is watched by the government's Scottish Environment Protection Agency (Sepa).",
    ],
)
def test_british_doubling_hyphen_compounds_and_entities_pass(text):
    assert_clean("SP001", text)


@pytest.mark.parametrize(
    "text",
    [
        "South Korean President Yoon Suk-yeol met opposition leader Lee Jae-myung on Monday.",
        "Laah Chong-gyu, executive director of the agency, said no more aid was needed.",  # bbc-dev
    ],
)
def test_the_last_syllable_of_a_romanised_given_name_passes(text):
    assert_clean("SP001", text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The Anti-gover protest grew on Monday.", "gover"),  # "The" is a function word, no surname
        ("Tens of thousands marched in the Pro-dmocr rally.", "dmocr"),  # no capitalised name before
    ],
)
def test_a_typo_after_a_capitalised_prefix_is_still_flagged(text, word):
    assert_flags("SP001", text, match=word, count=1)


def test_lazy_word_tables_answer_as_the_built_ones():
    """The word table and the confusion sets answer by binary search in the raw data until a run
    has asked enough times, then from built structures: both paths must agree, word for word."""
    from newslint.checks.spelling import lexicon as L

    lines = L._lines()
    words = lines["A"].split(" ")
    probe = words[::97] + [w + "q" for w in words[::389]] + [w[:-1] for w in words[::211] if len(w) > 3] + ["zzqx", "a", "the"]
    class NeverWarm(L.WordTable):
        WARM_AFTER = ZIPF_WARM_AFTER = 10**9

    class NeverWarmConfusables(L.Confusables):
        WARM_AFTER = 10**9

    lazy = NeverWarm(lines["A"], lines["a"])
    warm = L.WordTable(lines["A"], lines["a"])
    warm._warm()
    listed = NeverWarm(lines["A"], lines["a"])  # split into a list for frequencies, no set
    listed._split()
    for w in probe:
        assert (w in lazy) == (w in warm) == (w in listed), w
        assert lazy.zipf(w) == warm.zipf(w) == listed.zipf(w), w
    assert listed._members is None
    backwards = NeverWarm(lines["A"], lines["a"])  # running word counts extended in another order
    for w in [words[-1], words[0]] + probe[::-1]:
        assert backwards.zipf(w) == warm.zipf(w), w
    conf_lazy, conf_warm = NeverWarmConfusables(), L.Confusables()
    conf_warm._warm()
    for w in probe[:800] + ["ion", "in", "boarder", "thr"]:
        assert conf_lazy.get(w) == conf_warm.get(w), w
        assert (w in conf_lazy) == (w in conf_warm), w


def test_one_article_reads_pairs_without_building_the_pair_set():
    """A one-article run looks word pairs up by binary search; the 240,000-key set is built only
    after about WARM_AFTER documents (the per-word lookups of SP002 do not count as documents)."""
    from pathlib import Path

    from newslint import lint_text

    seed = (Path(__file__).resolve().parents[2] / "seeds" / "002_06ed15e855302c2b.txt").read_text(encoding="utf-8")
    lexicon.bigrams.cache_clear()
    try:
        lint_text(seed, path="seed.txt", select=["SP"])
        assert lexicon.bigrams()._uses >= 1  # the pairs were read
        assert lexicon.bigrams()._set is None
        for _ in range(lexicon.Bigrams.WARM_AFTER + 1):
            lint_text("The plan went ahead in trying times.", select=["SP002"])
        assert lexicon.bigrams()._set is not None
    finally:
        lexicon.bigrams.cache_clear()


def _plain_candidates(typo: str) -> set[tuple[str, float]]:
    """The two-edit candidate search written plainly (one index lookup per query as generated, every
    cost computed): the reference that the optimised ``candidates.candidates`` must match."""
    C = candidates
    accepted = lexicon.accepted()
    found = {w for w in C.edits1(typo) if w in accepted}
    index = lexicon.deletes()
    near: set[str] = set()
    dels1 = {typo[:i] + typo[i + 1 :] for i in range(len(typo))}
    queries = {typo} | dels1
    for d in dels1:
        queries.update(d[:i] + d[i + 1 :] for i in range(len(d)))
    for q in queries:
        index.lookup(q, near)
    for i in range(len(typo) + 1):
        for c in C.LETTERS:
            index.lookup(typo[:i] + c + typo[i:], near)
    for i, ch in enumerate(typo):
        if ch in C.VOWELS:
            for v in C.VOWELS - {ch}:
                s = typo[:i] + v + typo[i + 1 :]
                index.lookup(s, near)
                for k in range(len(s)):
                    index.lookup(s[:k] + s[k + 1 :], near)
    found.update(near)
    found.discard(typo)
    out = set()
    for w in found:
        if abs(len(w) - len(typo)) <= 2:
            cost = C.edit_cost(typo, w)
            if cost <= 2.2:
                out.add((w, cost))
    return out


def test_candidate_search_matches_the_plain_search():
    """The candidate search reuses the one-edit look and dedupes its index queries: it must find the
    same words at the same costs as the plain search, typos and dictionary words alike."""
    words = lexicon._lines()["A"].split(" ")
    sample = ["recieve", "accomodation", "spectactular", "thr", "definately", "book", "aa", "embarassment"]
    for w in words[::1700]:
        sample += [w, w[1:] + w[0], w[:-1], w[: len(w) // 2] + "e" + w[len(w) // 2 :]]
    for typo in sample:
        got = candidates.candidates(typo)
        assert set(got) == _plain_candidates(typo), typo
        assert len({w for w, _ in got}) == len(got), typo  # each word once


def test_word_shape_shortcuts_agree_with_the_general_path():
    """Plain lower-case and capitalised words take a shortcut when their shape is first decided: it
    must give what the general path gives (acronyms, titles, names, dictionary words, non-words)."""
    from newslint.checks.spelling import tokens
    from newslint.document.sentences import MAY_BE_FINAL, NEVER_FINAL

    words = lexicon._lines()["A"].split(" ")[::150]
    sample = words + [w.capitalize() for w in words] + [w + "q" for w in words[::5]] + [w.upper() for w in words[::9]]
    sample += sorted(NEVER_FINAL) + sorted(MAY_BE_FINAL) + ["a", "A", "Ed", "ed", "Ms", "pleeease", "Pleeease", "iPhone", "McDonald", "in", "ion", "colour", "Colour"]
    for raw in sample:
        tokens._SHAPES.pop(raw, None)
        fast = tokens.shape(raw)
        assert fast == tokens._shape(raw), raw


@pytest.mark.parametrize(
    "text",
    [
        "A plain sentence. Another one, with no hint at all.",
        "Email press@ibtimes.co.uk or see www.ibtimes.com/news for the 5.5km route.",
        "The #hashtag and @handle, a path C:\\temp\\x and snake_case_name.",
        "U.S. officials. A final dot.",
        "A dot before a space. a dot before_underscore._x and .é and .٣ (a digit) and .. and .",
        "Ends with a dot followed by a letter at the very end .a",
    ],
)
def test_hint_scan_agrees_with_the_pattern(text):
    """The non-prose scan first asks ``_has_hint`` (a few ``str.find`` calls) whether ``_HINT``
    matches at all: it must answer as the pattern does, over every slice of the text."""
    from newslint.checks.spelling import tokens

    n = len(text)
    for start in range(n + 1):
        for end in range(start, n + 1):
            assert tokens._has_hint(text, start, end) == bool(tokens._HINT.search(text, start, end)), (start, end)


def test_neighbour_pair_precheck_agrees_with_the_per_neighbour_tests():
    """SP002 first asks whether any neighbour pairs with a side at all (``_pairs_with_a_side``, all
    neighbours at once) before scoring them one by one: it must say yes exactly when one of the
    per-neighbour tests does, with the pair set built and with the binary-search view."""
    bg = lexicon.bigrams()
    vocab = sorted(bg.ids, key=bg.ids.get)
    sides = [-1] + [bg.ids[w] for w in vocab[:40]] + [bg.ids[w] for w in vocab[::997]]
    words = ["in", "the", "said", "and", "while", "ion", "form", "teen", "boarder", "praised", "tie", "a"]
    words += [w for w in vocab[:3000:37] if lexicon.confusables().get(w)]
    built = frozenset(bg._keys)
    view = lexicon._PairView(bg._keys, bg._counts)
    yes = total = 0
    for word in words:
        w = realword._Written(word)
        for il in sides[::3]:
            for ir in sides[1::3]:
                plain = any(
                    (il >= 0 and (il << 15 | ic) in built) or (ir >= 0 and (ic << 15 | ir) in built)
                    for _, ic, _ in realword._neighbours(word)
                )
                assert realword._pairs_with_a_side(w, il, ir, built) == plain, (word, il, ir)
                assert realword._pairs_with_a_side(w, il, ir, view) == plain, (word, il, ir)
                yes += plain
                total += 1
    assert 0 < yes < total  # the sample reaches both answers


# -- links, addresses and long runs without a space --------------------------------------------------
def test_non_prose_spans_inside_a_short_chunk_come_from_the_patterns():
    from newslint.checks.spelling.tokens import _non_prose_spans

    text = "See www.bbc.co.uk/news or mail press@ibtimes.co.uk, says @CENTCOM."
    got = [text[a:b] for a, b in _non_prose_spans(text, 0, len(text))]
    assert got == ["www.bbc.co.uk/news", "press@ibtimes.co.uk", "@CENTCOM"]


def test_a_run_longer_than_any_prose_without_a_space_is_left_alone_whole():
    from newslint.checks.spelling.tokens import _LONGEST_CHUNK, _non_prose_spans

    blob = "xqzt.wrld" * (_LONGEST_CHUNK // 9 + 1)  # a data blob, a minified script
    text = f"The data read {blob} at noon."
    a = text.index(blob)
    assert _non_prose_spans(text, 0, len(text)) == [(a, a + len(blob))]
    assert_clean("SP001", text)
    # the same words in a short run are still looked at word by word ("wrld" after a dot is a domain part)
    short = "Teh xqzt.wrld"
    assert _non_prose_spans(short, 0, len(short)) == []


GERMAN = (
    "Die Digitalisierung zieht sich bereits heute durch fast alle Branchen, sei es im Finanzbereich, "
    "der Industrie oder eben auch im Bereich Gesundheit. Auch wenn nicht jedes Geschäftsmodell bedroht "
    "ist, bieten neue Technologien Potenziale für mehr Effizienz und bessere Prozesse."
)
INDONESIAN = (
    "Sebelum Islam pecah jadi dua karena pemberontakan di tahun itu, umat sudah sempurna secara aqidah "
    "mau pun fiqih. Jangan lebay dalam mencintai atau membenci sesuatu, biasa biasa saja."
)


# Danish, Norwegian and Dutch write some of the frequent English words ("for", "at", "her", "is"):
# Danish and Dutch prose reached a twentieth of them, Norwegian more, and a Danish translation of a
# story drew 86 misspelling warnings
DANISH = (
    "Da kanalen blev bygget i slutningen af 1800-tallet, var den et symbol for byens stolthed. Den skulle "
    "løse problemerne med oversvømmelser, som havde plaget byen i århundreder, men det gjorde den ikke, for "
    "byen sank hurtigere end nogen havde regnet med."
)
NORWEGIAN = (
    "Kommunen har bestemt at skolen skal stenges for godt etter sommeren. Foreldrene er sinte, og mange "
    "sier at de ikke ble hørt før vedtaket ble gjort. Her er det mange som mener at det var feil."
)
DUTCH = (
    "De gemeente heeft besloten dat de school na de zomer voorgoed dichtgaat. Het is een besluit waar veel "
    "ouders boos over zijn, en ze zeggen dat er niet naar hen is geluisterd voordat het werd genomen."
)


# a Norwegian wire story: its paragraphs write "at" and "for" often (a fifth of the words of the
# second), and its first is too short for a verdict of its own, so it takes the document's
NORWEGIAN_STORY = (
    "Klubben trekker seg som hovedsponsor for det omstridte sykkellaget etter skandalen i sommer.\n\n"
    "Onsdag sa ledelsen i klubben at sponsoren trekker seg for godt etter at treneren ble tatt for juks, "
    "og at laget nå må finne nye penger for neste sesong.\n\n"
    "Laget har ikke kommentert saken, men flere ryttere har allerede skrevet under for andre lag i Frankrike "
    "og Spania, og trenerne vurderer nå hvordan sesongen skal planlegges videre uten pengene."
)


@pytest.mark.parametrize("foreign", [GERMAN, INDONESIAN, DANISH, NORWEGIAN, DUTCH, NORWEGIAN_STORY])
def test_text_in_another_language_is_not_spell_checked(foreign):
    """An English spell checker on German or Indonesian prose flags nearly every word: a block
    where common English words are under a twentieth of the words is left alone, as the grammar
    rules leave it."""
    assert findings("SP001", "Head\n\n" + foreign) == []
    assert findings("SP002", "Head\n\n" + foreign) == []


@pytest.mark.parametrize(
    "text, typo",
    [
        # a dense news sentence: of the frequent English words the test counts, only "is"
        ("Irish publishing group Independent News & Media is buying up a 26% stake in Indian newspaper "
         "company Jagran in a enviroment deal worth 25m euros ($34.1m).", "enviroment"),
        # contractions, names and a list hold few of them too
        ("I'm really enjoying Kurt Andersen's new book. It's always a treat when he publishes somthing new: "
         "New York, its money, its media, its art, its politics, its people.", "somthing"),
    ],
)
def test_english_with_few_common_words_is_still_checked(text, typo):
    """Few "the", "of" or "is" does not make a block another language: its other words are English
    dictionary words, which German, Italian or Portuguese prose is not."""
    (d,) = findings("SP001", "Head\n\n" + text)
    assert text.count(typo) == 1 and ("Head\n\n" + text)[d.start:d.end] == typo


HUNGARIAN_BRIEF = (
    "Tavaly decemberben az izlandi vulkánkitörés nyomán alakult ki egy hasadék Grindavíkon. "
    "Bár a lakosokat hamarabb evakuálták, mostanra néhányan visszatértek."
)


def test_a_web_address_is_no_evidence_of_english():
    # a Portuguese reader's comment with a link: the address's words ("live", "news", "in",
    # "turkish", "camps", "homes") made the block look English and drew four misspellings
    text = (
        "Head\n\nÉ possível construir a baixo custo e com alguma segurança, como se fez noutros sítios "
        "https://www.example.com/en/live-news/20220222-in-turkish-funded-syria-camps-tents-give-way-to-homes\n"
    )
    assert findings("SP001", text) == []


def test_a_short_document_in_another_language_is_not_spell_checked():
    # 19 words: too few for a block's own verdict, but no frequent English word and its lower-case
    # words mostly outside the dictionary (an unseen page that drew seven misspellings)
    assert findings("SP001", HUNGARIAN_BRIEF) == []


@pytest.mark.parametrize(
    "text, typo",
    [
        ("Mayor Ann Lee: new scool, bridge repairs, park", "scool"),  # few words, few markers
        ("Paris, Berlin, Madrid, Rome: the sumit of leaders", "sumit"),
    ],
)
def test_a_short_english_document_with_few_common_words_is_still_checked(text, typo):
    (d,) = findings("SP001", text)
    assert text[d.start : d.end] == typo


def test_english_blocks_beside_a_foreign_one_are_still_checked():
    text = "Head\n\n" + GERMAN + "\n\nThe council said thr budget would be approved on Monday, officials said.\n"
    (d,) = findings("SP001", text)
    assert text[d.start:d.end] == "thr"


@pytest.mark.parametrize("text", ["The fire will likely smolder for days.", "Firefighters doused the smoldering barn."])
def test_american_spelling_with_o_for_ou_passes(text):
    # "smolder", "smoldering": the dictionary has only "smoulder"; frequency lists know the American
    # form about as well, so it is the other national spelling, not a typo for "solder"
    assert_clean("SP001", text)


@pytest.mark.parametrize("typo,word", [("sholder", "shoulder"), ("cloudy", None)])
def test_o_for_ou_is_no_licence_for_a_typo(typo, word):
    # a word frequency lists barely know, with "ou" in the common word: a typo
    if word is None:
        assert_clean("SP001", f"It was a {typo} morning.")
    else:
        assert_flags("SP001", f"He hurt his {typo} in the game.", match=typo, suggestion=word)


def test_real_word_context_stops_at_punctuation():
    # the pair counts are of words side by side: "wasp (left)" is no 'wasp left' against 'was left',
    # "ire, of" no 'ire of' against 'are of'
    assert_clean("SP002", "He was hoping to capture a cuckoo wasp (left) for the collection.")
    findings_ = findings("SP002", "It has drawn the attention, and ire, of the president.")
    assert all("are of" not in (f.help or "") for f in findings_)
    # words side by side still count, across a line break of hard-wrapped text too
    assert_flags("SP002", "Pakistani officials say their military capacity has been maximized ion trying to quell the Taliban.", match="ion")
    assert_flags("SP002", "Pakistani officials say their military capacity has been maximized ion\ntrying to quell the Taliban.", match="ion", format="markdown")


def test_real_word_the_text_uses_again_and_again_is_its_own_word():
    # a story on sand mining: the pair list lacks "sand mining", and each "sand" had been taken
    # for "and"; a slip of the keys rarely repeats itself three times
    story = (
        "Officials say illegal sand mining has grown in the district. Trucks loaded with sand were "
        "seized on Monday. The court had imposed a ban on sand mining a year ago."
    )
    assert_clean("SP002", story)
    # a slip made once in the same document is still found
    slip = " Pakistani officials say their military capacity has been maximized ion trying to quell the Taliban."
    assert_flags("SP002", story + slip, match="ion")
