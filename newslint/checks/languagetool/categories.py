"""Which newslint category a LanguageTool match belongs to.

LanguageTool tags each rule with an issue type (from the W3C ITS 2.0 localisation quality types)
and a category id.  The issue type decides; the category id decides when the issue type is
missing or says nothing ("uncategorized", "other").  Style advice goes to ``readability`` at
severity info: newslint has no style category, and LanguageTool's style rules are suggestions,
not slips.
"""

from __future__ import annotations

from ...diagnostics import Severity

ISSUE_TYPES = {
    "misspelling": "spelling",
    "grammar": "grammar",
    "typographical": "typography",
    "whitespace": "typography",
    "duplication": "typography",  # "the the": newslint's TY002 is typography too
    "formatting": "typography",
    "characters": "typography",
    "numbers": "typography",
    "markup": "typography",
    "locale-violation": "spelling",  # British/American variants
    "style": "readability",
    "register": "readability",
    "terminology": "readability",
    "inconsistency": "readability",
    "length": "readability",
}
CATEGORY_IDS = {
    "TYPOS": "spelling",
    "CONFUSED_WORDS": "spelling",  # real-word errors: newslint files them under spelling
    "COMPOUNDING": "spelling",
    "GRAMMAR": "grammar",
    "COLLOCATIONS": "grammar",
    "SEMANTICS": "grammar",
    "NONSTANDARD_PHRASES": "grammar",
    "MISC": "grammar",
    "PUNCTUATION": "typography",
    "TYPOGRAPHY": "typography",
    "CASING": "typography",
    "STYLE": "readability",
    "REDUNDANCY": "readability",
    "PLAIN_ENGLISH": "readability",
    "REPETITIONS_STYLE": "readability",
    "GENDER_NEUTRALITY": "readability",
}
FALLBACK = "grammar"


def category_of(rule: dict) -> str:
    issue = str(rule.get("issueType") or "").lower()
    if issue in ISSUE_TYPES:
        return ISSUE_TYPES[issue]
    cat = rule.get("category")
    cat_id = str(cat.get("id") or "").upper() if isinstance(cat, dict) else ""
    return CATEGORY_IDS.get(cat_id, FALLBACK)


def severity_of(category: str, rule: dict) -> Severity:
    if category == "readability" or str(rule.get("issueType") or "").lower() == "locale-violation":
        return Severity.INFO
    return Severity.WARNING
