"""The language of a document and of a line, from function words of the main Latin-script
languages of the web (written by hand): an interface string in another language than the
story's ("Durch die Nutzung dieser Website zeigen Sie an, dass Sie ..." under an English story) is
a page leftover, like one in another script (``structure.foreign_script``)."""

from __future__ import annotations

from .families import SCRIPT
from .units import Body, Context, Unit

NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "id": "Indonesian"}

# Function words of four letters or more, counted in the article body (``Body.words``)
_LONG = {
    "en": "that with this have from they were been which their would there what about",
    "de": "nicht eine einer wird oder auch sich sind werden dass diese dieser nach",
    "fr": "dans pour avec sont cette mais nous vous leur tout plus",
    "es": "para como pero este esta sobre entre también porque cuando",
    "it": "della sono anche come questo nella degli alla delle quando",
    "pt": "para como mais pelo pela você isso seus está também",
    "id": "yang dengan untuk dari tidak akan pada juga dalam atau",
}
# Function words of any length, looked for in one line
_ALL = {
    "en": "the and is of to that it for with was are this have from they were been which their would there not but his her",
    "de": "der die das und ist nicht ein eine zu den mit von sie dass wird oder auch sich sind werden dem des im auf für",
    "fr": "le les et est des une pour dans que qui pas sur avec sont cette mais nous vous leur au aux du "
    "ce ces il elle sommes êtes",
    "es": "el los las y es que en un una por con para del se lo como pero más este esta sobre también "
    "al su sus muy ya",
    "it": "il gli e di che non per con sono della anche come questo nella degli alla del una un "
    "dei nel nei sul sulla dal dalla ai al lo è siamo",
    "pt": "o os e que em um uma para com não do da dos das mais pelo pela você isso seus "
    "no na nos nas ao qual essa esse dessa desse é",
    "id": "dan yang di ini itu dengan untuk dari tidak akan pada juga dalam ke ada atau",
}
LONG = {k: frozenset(v.split()) for k, v in _LONG.items()}
_ZEROS = (0,) * max(map(len, LONG.values()))  # the default of each lookup
ALL = {k: frozenset(v.split()) for k, v in _ALL.items()}

MIN_EVIDENCE = 10  # function words in the body before its language is trusted
LINE_WORDS = 3  # function words of another language a line needs


def document_language(body: Body) -> str | None:
    """The body's language when its function words leave no doubt (twice the runner-up's)."""
    get = body.words.get
    # each language's function words looked up by ``map`` (in C): a third cheaper than a generator
    counts = sorted(((sum(map(get, ws, _ZEROS)), lang) for lang, ws in LONG.items()), reverse=True)
    (n, lang), (m, _) = counts[0], counts[1]
    return lang if n >= MIN_EVIDENCE and n >= 2 * m else None


def foreign_language(u: Unit, ctx: Context) -> tuple[str, str] | None:
    """A line of five words or more with function words of another language and none of the
    story's, not quoted."""
    main = ctx.language
    if main is None or u.n < 5 or not u.lower or u.text[0] in "\"“‘'«„(":
        return None
    if not ALL[main].isdisjoint(u.lower):
        return None
    lang, n = max(((lang, len(ws & u.lower)) for lang, ws in ALL.items()), key=lambda x: x[1])
    if n < LINE_WORDS:
        return None
    return SCRIPT, f"text in {NAMES[lang]} in an article in {NAMES[main]}"
