"""The spelling rules: SP001 misspelling (non-words) and SP002 real-word-error."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from ...diagnostics import Finding, Fix, Severity, Span
from ...document import PROSE_KINDS
from ...document.language import english_blocks
from ...rule import Examples, Rule
from . import lexicon, nonword, realword
from .tokens import CONFUSABLE, NAME_LIKE, UNKNOWN, VARIANT, Analysis, analyse
from ...textcase import match_case

DIALECTS = ("any", "american", "british")


def analysis(doc) -> Analysis:
    return doc.memo("spelling.tokens", lambda: analyse(doc, PROSE_KINDS))


class Misspelling(Rule):
    """A word that is in no dictionary and is not a name: a typo ("thr" for "the").

    The dictionary is SCOWL's (via symspellpy) plus every word that wordfreq sees at least once per
    million words; British and American spellings both pass unless ``dialect`` asks for one.
    Names are left alone: capitalised words inside sentences, acronyms, words with an inner capital
    (IBTimes), possessives of names, words the text uses as names elsewhere, handles, hashtags,
    URLs, e-mail addresses, numbers and measurements.  A rare word that frequency lists know
    ("renminbi") is flagged only when a much more common word is one slip away.  A word with no
    dictionary word near it (a technical term, a coinage: "gigajoule") is reported at ``info``
    severity, since it is more often right than wrong in edited copy.  Regular derivations pass
    (clunkiness, sheikhdom, cinemagoers, recapitalised) unless a much more common word is closer
    ("begining" is begin+ing, but "beginning" is half an edit away).

    Suggestions are ranked by a weighted Damerau-Levenshtein distance (neighbouring keys, swapped
    letters and doubled letters cost less), by how common each word is, and by how well it fits
    the words around it.  When the first suggestion clearly leads it is offered as an unsafe fix
    (``--unsafe-fixes``).  The house vocabulary applies: ``vocabulary.accept`` words are never
    flagged, ``vocabulary.reject`` words always are.  ``word [sic]`` silences a finding.

    Text in another language is left alone, as the grammar rules leave it: a block of 25 words or
    more (or a document, for shorter blocks) where frequent English words ("the", "of", "is" ...)
    are under a twentieth of the words, or a block where they are few and most lower-case words are
    not English (Danish and Dutch write "for", "at", "is" too), is German, Indonesian, Danish ... to
    an English spell checker, which would flag nearly every word of it.

    Options: ``dialect``: ``any`` (default), ``american`` (flag British spellings such as
    "colour") or ``british`` (flag American spellings such as "color"; -ize endings pass, as in
    Oxford spelling)."""

    code = "SP001"
    name = "misspelling"
    category = "spelling"
    severity = Severity.WARNING
    summary = "Word not in the dictionary and not a name: probably a typo."
    fixable = True
    examples = Examples(
        bad=["The ALOC allows thr passage of American aircraft.", "The deficit will remain at its curent level."],
        good=[
            "Haqqani's fighters gathered in Miranshah, CENTCOM said on Twitter (@CENTCOM).",
            "The colour of the flag and the color of the flag.",
            "Email press@ibtimes.co.uk or see www.ibtimes.com for the 5km route.",
        ],
    )

    @dataclass(frozen=True)
    class Options:
        dialect: str = "any"

        def __post_init__(self) -> None:
            if self.dialect not in DIALECTS:
                from ...errors import ConfigError

                raise ConfigError(f"'dialect' must be one of {', '.join(DIALECTS)}, not {self.dialect!r}")

    def __init__(self, options=None) -> None:
        super().__init__(options)
        lexicon.preload()  # once per process, before a parallel run forks its workers

    def check(self, doc, ctx) -> Iterator[Finding]:
        an = analysis(doc)
        vocab = ctx.vocabulary
        rejected: set[int] = set()
        if vocab is not None and vocab.reject:
            for f in self._rejected(doc, vocab):
                rejected.add(f.span.start)
                yield f
        if not an.checks:
            return
        dialect = self.options.dialect if self.options is not None else "any"
        prose = doc.prose
        lows = an.lows
        for i, start, end, flags, lw, initial in an.checks:
            if not flags & (UNKNOWN | NAME_LIKE):
                if flags & VARIANT and dialect != "any" and start not in rejected:
                    f = self._dialect(prose[start:end].replace("’", "'"), start, end, lw, dialect)
                    if f is not None:
                        yield f
                continue
            if start in rejected or lw in an.names:
                continue
            text = prose[start:end].replace("’", "'")
            if vocab is not None and (vocab.accepts(text) or vocab.accepts(lw)):
                continue
            verdict = nonword.judge(lw, lows[i - 1], lows[i + 1], bool(flags & NAME_LIKE))
            if verdict is None or not english_blocks(doc).at(start):
                continue
            sugg = tuple(match_case(s, text) for s in verdict.suggestions)
            span = Span(start, end)
            if sugg:
                message = f"'{text}' is not in the dictionary; did you mean '{sugg[0]}'?"
                fix = Fix.replace(span, sugg[0], f"replace with '{sugg[0]}'", safe=False) if verdict.confident else None
                yield Finding(span, message, suggestions=sugg, fix=fix)
            else:
                # no dictionary word is near: more often a rare term or a coinage than a typo
                message = f"'{text}' is not in the dictionary and no close word was found; check the spelling."
                yield Finding(span, message, severity=Severity.INFO)

    def _dialect(self, text: str, start: int, end: int, lw: str, dialect: str) -> Finding | None:
        v = lexicon.variants()
        if dialect == "american":
            other = v.british.get(lw)
            label, want = "British", "American"
        else:
            other = v.american.get(lw)
            label, want = "American", "British"
            if other is not None and other.replace("is", "iz") == lw:
                return None  # -ize is Oxford British spelling too
        if other is None:
            return None
        repl = match_case(other, text)
        span = Span(start, end)
        return Finding(
            span,
            f"'{text}' is the {label} spelling; this text is set to {want} spelling: '{repl}'.",
            suggestions=(repl,),
            fix=Fix.replace(span, repl, f"replace with '{repl}'", safe=False),
        )

    def _rejected(self, doc, vocab) -> Iterator[Finding]:
        prose = doc.prose
        for block in doc.blocks:
            if block.kind not in self.scopes:
                continue
            for a, b in block.words():
                w = prose[a:b]
                if vocab.rejects(w) or vocab.rejects(w.replace("’", "'")):
                    yield Finding(Span(a, b), f"'{w}' is on the house list of words not to use.")


class RealWordError(Rule):
    """A correctly spelled word that is probably a typo for a word one letter away, judged from the
    words on either side: "maximized ion trying" for "in trying", "a nice boarder" for "border",
    "form the start" for "from".

    newslint compares the written word with its one-edit neighbours (confusion sets precomputed from
    the dictionary) using counts of word pairs from Google's n-gram data.  It speaks only when the
    counts know the neighbour's pairing with the next or previous word but not the written word's,
    and the neighbour makes the pair of contexts at least a thousand times more likely.  The message
    names the pair that decided.  Words in ``vocabulary.accept`` are not checked, nor are parts of
    hyphenated compounds ("tit-for-tat"), nor a word the text uses three times or more (a story on
    sand mining says "sand" on purpose).

    The finding is a warning when the written word is far rarer than the neighbour ("ion" for "in",
    "tie" for "the"), and info otherwise ("praised" for "raised"): the pair counts keep only pairs
    seen millions of times, so a common word's ordinary pairings are often missing from them, and
    their absence says less."""

    code = "SP002"
    name = "real-word-error"
    category = "spelling"
    severity = Severity.WARNING
    summary = "A real word that the context says is a typo for a word one letter away."
    fixable = True
    examples = Examples(
        bad=[
            "Pakistani officials say their military capacity has been maximized ion trying to quell the Taliban.",
            "The company has teen hit by the strike.",
        ],
        good=[
            "Pakistani officials say their military capacity has been maximized in trying to quell the Taliban.",
            "The lithium ion battery was recalled.",
        ],
    )

    def __init__(self, options=None) -> None:
        super().__init__(options)
        lexicon.preload()

    def check(self, doc, ctx) -> Iterator[Finding]:
        an = analysis(doc)
        vocab = ctx.vocabulary
        prose = doc.prose
        lows = an.lows
        uses: Counter[str] | None = None
        for i, start, end, flags, lw, initial in an.checks:
            if not flags & CONFUSABLE:
                continue  # (the analysis kept only words whose pairings the counts do not know)
            if (start and prose[start - 1] in HYPHENS) or (end < len(prose) and prose[end] in HYPHENS):
                continue  # part of a compound (tit-for-tat): the words beside it are not its context
            left, right = lows[i - 1], lows[i + 1]
            # the pair counts are of words side by side: a comma, bracket or dash between two
            # words makes no pair ("a cuckoo wasp (left)" is no 'wasp left' to set against 'was left')
            if left and _cut(prose, start - 1, -1):
                left = ""
            if right and _cut(prose, end, 1):
                right = ""
            if vocab is not None and vocab.accepts(lw):
                continue
            err = realword.judge(lw, left, right)
            if err is None or not english_blocks(doc).at(start):
                continue
            if uses is None:
                uses = Counter(lows)
            if uses[lw] >= OWN_WORD_USES:
                continue  # the story's own word ("illegal sand mining" four times), not a slip
            span = Span(start, end)
            text = prose[start:end]
            # a written word nearly as common as its neighbour ("praised", "raised") has many
            # ordinary pairings below the counts' cut-off, so a missing pair is weak evidence: info
            rare = lexicon.zipf(err.intended) - lexicon.zipf(lw) >= realword.RARE_GAP
            yield Finding(
                span,
                f"'{text}' looks like a typo for '{err.intended}'",
                severity=None if rare else Severity.INFO,
                suggestions=(err.intended,),
                help=f"'{err.evidence}' is a common pair of words; '{err.written_pair}' is not.",
                fix=Fix.replace(span, err.intended, f"replace with '{err.intended}'", safe=False),
            )


# A real word the text uses this often is its own word: a slip of the keys rarely repeats itself
# (a story on sand mining says "sand" again and again; a pair list short of "sand mining" took it
# for "and" each time).
OWN_WORD_USES = 3

HYPHENS = frozenset("-\u2010\u2011")  # hyphen-minus, hyphen, non-breaking hyphen


def _cut(prose: str, i: int, step: int) -> bool:
    """Is there punctuation between the word next to ``i`` and the next word that way (``step``
    -1: leftwards from ``i``, 1: rightwards)?  Spaces and line breaks (hard-wrapped text) do not
    cut; an apostrophe or a letter is the next word itself."""
    n = len(prose)
    while 0 <= i < n and prose[i].isspace():
        i += step
    return 0 <= i < n and not (prose[i].isalnum() or prose[i] in "'’")


RULES = [Misspelling, RealWordError]
