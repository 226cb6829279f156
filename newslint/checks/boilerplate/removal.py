"""The fix of a boilerplate finding: delete the leftover.

Only in plain text, where the prose is the source (newlines aside): Markdown and HTML wrap a
leftover in markup (``## ``, ``<p>``) that deleting the prose alone would leave behind.  Never a
safe fix -- the finding may be wrong, and deleting the story's text changes it -- so it applies
with ``--fix --unsafe-fixes`` and shows with ``--diff --unsafe-fixes``.  It applies in the first
round of ``--fix`` only (``Fix.repeat``): it removes what ``check`` reported, and does not go on to
judge the text it left (a line above removed furniture could read as the page's once alone).

* A leftover filling whole lines goes with its line ends and, when it stands apart (a blank line,
  the end of the text or more leftovers below it), with the blank lines *before* it: a line
  between two paragraphs leaves one blank line, lines at the end leave the story's last line
  ending with its newline, and a caption right above a paragraph leaves the blank line above it
  to the paragraph.  Leftovers above the story's first line (a run of them, blank lines between)
  go with the blank lines *after* them instead.  Every fix of one document can apply in one
  round: no two of them touch the same character.
* A leftover that is part of a line (a breadcrumb trail before the title, a credit run into a
  caption) goes with the spaces that would be left doubled or dangling; the rest of the line stays.
  A dangling reference inside a sentence ("..., see the following articles:") gets no fix: the
  sentence around it needs an editor (restore the links, or rewrite it).
"""

from __future__ import annotations

from ...diagnostics import Edit, Fix, Span

FORMATS = ("plain",)
DESCRIPTION = "remove the leftover"
_SPACE = " \t"


def removal_fix(doc, seg, a: int, b: int, partial: bool = True) -> Fix | None:
    """The deletion of prose ``[a, b)``, one of ``seg``'s leftovers, or None outside plain text
    (and, unless ``partial``, when the leftover is part of a line)."""
    if doc.format not in FORMATS or b <= a:
        return None
    t = doc.prose
    ls = t.rfind("\n", 0, a) + 1
    le = t.find("\n", b)
    if le < 0:
        le = len(t)
    whole_start = not t[ls:a].strip()
    whole_end = not t[b:le].strip()
    if whole_start and whole_end:
        s, e = ls, min(le + 1, len(t))
        lines = _leftover_lines(doc, seg)
        if a < lines.top:
            e = _over_blank_lines_after(t, e)
        elif _apart(t, e, lines.starts):
            # the leftover stands apart (a blank line or the end below it, or below the leftovers
            # right under it): its blank lines above go with it; right above a paragraph it
            # leaves them to that paragraph
            s = _over_blank_lines_before(t, s)
        return _fix(s, e)
    if not partial:
        return None
    if whole_start:  # "Home / Blog / " before the title
        s, e = ls, b
        while e < le and t[e] in _SPACE:
            e += 1
        return _fix(s, e)
    s, e = a, b
    if whole_end:  # a credit at the end of a caption
        while s > ls and t[s - 1] in _SPACE:
            s -= 1
        return _fix(s, le)
    if t[e] in _SPACE:  # inside a line: one space stays between the words around it
        while e < le and t[e] in _SPACE:
            e += 1
        if t[s - 1] not in _SPACE:  # "2020<span> Work": the space after the leftover is that one
            e -= 1
    else:  # before punctuation: no space is left in front of it
        while s > ls and t[s - 1] in _SPACE:
            s -= 1
    return _fix(s, e)


def _fix(s: int, e: int) -> Fix:
    return Fix((Edit(Span(s, e), ""),), DESCRIPTION, safe=False, repeat=False)


def _over_blank_lines_after(t: str, e: int) -> int:
    n = len(t)
    while e < n:
        nl = t.find("\n", e)
        end = n if nl < 0 else nl
        if t[e:end].strip():
            break
        e = n if nl < 0 else nl + 1
    return e


def _over_blank_lines_before(t: str, s: int) -> int:
    while s > 0:
        p = t.rfind("\n", 0, s - 1) + 1  # the start of the line above
        if t[p : s - 1].strip():
            break
        s = p
    return s


class _Lines:
    """Where the leftovers of a document stand, line by line: the start offsets of the lines that
    are wholly a leftover, and the start of the first line that is neither blank nor one."""

    __slots__ = ("starts", "top")

    def __init__(self, t: str, seg) -> None:
        spans = sorted((x.start, x.end) for x in seg.leftovers)
        self.starts: set[int] = set()
        self.top = len(t)
        pos = 0
        k = 0
        n = len(t)
        while pos < n:
            end = _line_end(t, pos)
            line = t[pos:end]
            if line.strip():
                a = pos + len(line) - len(line.lstrip())
                b = pos + len(line.rstrip())
                while k < len(spans) and spans[k][1] <= a:
                    k += 1
                if _covered(spans, k, a, b):
                    self.starts.add(pos)
                elif self.top == n:
                    self.top = pos
            pos = end + 1


def _apart(t: str, e: int, starts: set[int]) -> bool:
    """Is the line at ``e``, after the leftover lines that start there, blank or the end?"""
    while e < len(t) and e in starts:
        e = _line_end(t, e) + 1
    return e >= len(t) or not t[e : _line_end(t, e)].strip()


def _covered(spans: list[tuple[int, int]], k: int, a: int, b: int) -> bool:
    """Does one of ``spans[k:]`` (sorted by start) hold ``[a, b)``?"""
    for x, y in spans[k:]:
        if x > a:
            return False
        if b <= y:
            return True
    return False


def _line_end(t: str, pos: int) -> int:
    nl = t.find("\n", pos)
    return len(t) if nl < 0 else nl


def _leftover_lines(doc, seg) -> _Lines:
    return doc.memo("boilerplate.leftover_lines", lambda: _Lines(doc.prose, seg))
