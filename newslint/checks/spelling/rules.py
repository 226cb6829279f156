"""The spelling rules: SP001 misspelling (non-words) and SP002 real-word-error."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ...diagnostics import Finding, Fix, Severity, Span
from ...document import PROSE_KINDS
from ...rule import Examples, Rule
from . import lexicon, nonword, realword
from .tokens import Analysis, analyse

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
    ("renminbi") is flagged only when a much more common word is one slip away.

    Suggestions are ranked by a weighted Damerau-Levenshtein distance (neighbouring keys, swapped
    letters and doubled letters cost less), by how common each word is, and by how well it fits
    the words around it.  When the first suggestion clearly leads it is offered as an unsafe fix
    (``--unsafe-fixes``).  The house vocabulary applies: ``vocabulary.accept`` words are never
    flagged, ``vocabulary.reject`` words always are.  ``word [sic]`` silences a finding.

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

    def check(self, doc, ctx) -> Iterator[Finding]:
        an = analysis(doc)
        if not an.tokens:
            return
        vocab = ctx.vocabulary
        accepted = lexicon.accepted()
        dialect = self.options.dialect if self.options is not None else "any"
        rejected: set[int] = set()
        if vocab is not None and vocab.reject:
            for f in self._rejected(doc, vocab):
                rejected.add(f.span.start)
                yield f
        for tok in an.tokens:
            if tok.start in rejected:
                continue
            lw = tok.lower
            if vocab is not None and (vocab.accepts(tok.text) or vocab.accepts(lw)):
                continue
            if lw in accepted:
                if dialect != "any":
                    f = self._dialect(tok, lw, dialect)
                    if f is not None:
                        yield f
                continue
            if lw in an.names:
                continue
            verdict = nonword.judge(lw, tok.left, tok.right, tok.capitalised)
            if verdict is None:
                continue
            sugg = tuple(nonword.match_case(tok.text, s) for s in verdict.suggestions)
            span = Span(tok.start, tok.start + len(tok.text) if "'" not in tok.text else tok.end)
            if sugg:
                message = f"'{tok.text}' is not in the dictionary; did you mean '{sugg[0]}'?"
            else:
                message = f"'{tok.text}' is not in the dictionary and no close word was found."
            fix = Fix.replace(span, sugg[0], f"replace with '{sugg[0]}'", safe=False) if verdict.confident else None
            yield Finding(span, message, suggestions=sugg, fix=fix)

    def _dialect(self, tok, lw: str, dialect: str) -> Finding | None:
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
        repl = nonword.match_case(tok.text, other)
        span = Span(tok.start, tok.end)
        return Finding(
            span,
            f"'{tok.text}' is the {label} spelling; this text is set to {want} spelling: '{repl}'.",
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
    names the pair that decided.  Words in ``vocabulary.accept`` are not checked."""

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

    def check(self, doc, ctx) -> Iterator[Finding]:
        an = analysis(doc)
        if not an.tokens:
            return
        confusables = lexicon.confusables()
        vocab = ctx.vocabulary
        for tok in an.tokens:
            lw = tok.lower
            if lw not in confusables or tok.capitalised or tok.text != lw:
                continue
            if vocab is not None and vocab.accepts(lw):
                continue
            err = realword.judge(lw, tok.left, tok.right)
            if err is None:
                continue
            span = Span(tok.start, tok.end)
            yield Finding(
                span,
                f"'{tok.text}' looks like a typo for '{err.intended}'",
                suggestions=(err.intended,),
                help=f"'{err.evidence}' is a common pair of words; '{err.written_pair}' is not.",
                fix=Fix.replace(span, err.intended, f"replace with '{err.intended}'", safe=False),
            )


RULES = [Misspelling, RealWordError]
