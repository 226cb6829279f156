"""Word classes of the attribution analysis: source nouns, reporting verbs, hedges, function words.

All lists are lower case and compiled by hand for newslint from newsroom usage and the stylebook
categories they stand for (AP and Reuters guidance on anonymous sources; the usual weasel-word and
hedge lists).  Keep them short and principled: a word belongs to a class because of what it means,
never because it occurs in a labelled sentence.
"""

from __future__ import annotations


def _forms(*stems: str) -> frozenset[str]:
    """``"say|says|said"``-style groups flattened into one set."""
    out: set[str] = set()
    for s in stems:
        out.update(s.split("|"))
    return frozenset(out)


# -- source nouns (the head of the noun phrase that says something) ---------------------------
# Insiders and witnesses: anonymous even with an organisation attached ("USDA officials").
ANONYMOUS_HEADS = _forms("source|sources", "official|officials", "diplomat|diplomats", "insider|insiders", "aide|aides")
# A spokesperson is anonymous only when no organisation is tied to them.
SPOKES_HEADS = _forms(
    "spokesman|spokesmen|spokeswoman|spokeswomen|spokesperson|spokespersons|spokespeople",
    "representative|representatives",
)
# Commentators, market participants, crowds and unnamed publications: vague.
VAGUE_PEOPLE_HEADS = _forms(
    "analyst|analysts", "expert|experts", "critic|critics", "observer|observers",
    "commentator|commentators", "pundit|pundits", "economist|economists", "dealer|dealers",
    "trader|traders", "broker|brokers", "banker|bankers", "lender|lenders", "advocate|advocates",
    "campaigner|campaigners", "mps", "researcher|researchers", "scientist|scientists",
    "academic|academics", "strategist|strategists", "watcher|watchers", "forecaster|forecasters",
    "sceptic|sceptics|skeptic|skeptics", "opponent|opponents", "scholar|scholars",
    "historian|historians", "proponent|proponents", "detractor|detractors",
)
VAGUE_PUBLICATION_HEADS = _forms("media", "report|reports", "newspaper|newspapers", "rumour|rumours|rumor|rumors")
# Data and studies: unsourced unless an owner is named.
DATA_HEADS = _forms(
    "figures", "data", "statistics|stats", "research", "survey|surveys", "poll|polls", "study|studies",
    "estimate|estimates", "predictions", "projections", "forecasts", "numbers",
)
# "Showbiz figures", "senior figures": people, not data.
PEOPLE_FIGURES = frozenset(
    """showbiz public political senior leading key prominent sporting sports religious opposition party
    establishment cultural historical celebrity business industry community labour tory conservative
    liberal literary music film tv television media royal military""".split()
)
# Heads that are also verbs ("The Times reports that"): nouns only after a modifier.
NOUN_VERB_HEADS = frozenset({"report", "reports", "estimate", "estimates", "forecasts", "studies", "polls"})
# Modifiers that make those heads nouns.
REPORT_PREMODIFIERS = frozenset(
    """media press news newspaper local unconfirmed recent latest new some many several other initial
    early earlier official conflicting unofficial separate previous further widespread published
    independent industry market government opinion conservative rough
    a an one two most""".split()
)

# Quantifiers that can stand as a vague subject ("some will argue", "many think").
QUANTIFIER_SUBJECTS = frozenset({"some", "many", "others", "most", "all"})
# Crowd nouns that are vague only with a quantifier ("many people believe").
CROWD_HEADS = frozenset({"people", "observers", "voices", "commentators"})

# -- verbs ------------------------------------------------------------------------------------
SPEECH_VERBS = _forms(
    "say|says|said|saying", "tell|tells|told|telling", "add|adds|added|adding",
    "claim|claims|claimed|claiming", "argue|argues|argued|arguing", "insist|insists|insisted",
    "warn|warns|warned|warning", "note|notes|noted", "believe|believes|believed",
    "think|thinks|thought", "feel|feels|felt", "expect|expects|expected|expecting",
    "predict|predicts|predicted|predicting", "forecast|forecasts|forecasting|forecasted",
    "suggest|suggests|suggested", "estimate|estimates|estimated", "fear|fears|feared",
    "reckon|reckons|reckoned", "contend|contends|contended", "confirm|confirms|confirmed",
    "report|reports|reported", "explain|explains|explained", "stated",
    "acknowledge|acknowledges|acknowledged", "concede|concedes|conceded", "caution|cautions|cautioned",
    "indicate|indicates|indicated", "speculate|speculates|speculated", "allege|alleges|alleged",
    "quote|quotes|quoted|quoting|cited", "counter|counters|countered", "suspect|suspects|suspected", "doubt|doubted",
    "disclose|disclosed", "remark|remarked", "write|writes|wrote", "describe|describes|described",
    "agree|agrees|agreed", "deny|denies|denied", "point|points|pointed",
)
# "agreed to quadruple the fee", "agreed a deal": agreement as an action, not a view
ACTION_AFTER_AGREE = frozenset({"to", "on", "with", "a", "an", "the", "terms", "deal", "plans"})
# Verbs that accuse: a named subject owns the hedged claim it makes ("slammed him for allegedly").
ACCUSATION_VERBS = _forms(
    "accuse|accuses|accused|accusing", "slam|slams|slammed|slamming", "criticise|criticised|criticize|criticized",
    "blast|blasts|blasted", "condemn|condemns|condemned",
)
# Words after which a speech verb is a noun ("think tank", "think-piece").
NOT_A_VERB_BEFORE = frozenset({"tank", "tanks", "piece", "pieces"})
# Verbs of quantifier subjects ("some will argue").
QUANTIFIER_VERBS = _forms(
    "say|said", "argue|argued", "think|thought", "believe|believed", "feel|felt", "expect|expected",
    "claim|claimed", "suggest|suggested", "fear|feared", "insist|insisted", "predict|predicted",
    "contend|contended", "reckon|reckoned", "agree|agreed", "suspect|suspected", "worry|worried",
    "question|questioned", "wonder|wondered", "speculate|speculated",
)
DATA_VERBS = _forms(
    "show|shows|showed|shown|showing", "suggest|suggests|suggested|suggesting",
    "indicate|indicates|indicated|indicating", "reveal|reveals|revealed|revealing",
    "find|finds|found|finding", "point|points|pointed", "confirm|confirms|confirmed",
    "conclude|concludes|concluded|concluding", "say|says|said", "predict|predicts|predicted",
    "expect|expects|expected", "highlight|highlights|highlighted", "demonstrate|demonstrates|demonstrated",
    "claim|claims|claimed",
)
# Verbs of inverted attributions (", said Mr Armstrong").
INVERTED_VERBS = _forms(
    "said|says|say", "added|adds", "explained", "insisted", "warned", "noted", "argued", "claimed", "stated",
    "remarked", "continued", "wrote", "asked", "replied", "concluded", "admitted", "observed",
    "commented", "declared", "recalled", "cautioned", "predicted", "suggested",
)
# Participles between a data noun and its verb ("figures released on Tuesday showed").
RELEASE_PARTICIPLES = _forms("released|published|issued|compiled|out|due|announced|produced|collected|gathered")

# Words that may stand between a subject and its reporting verb.
AUXILIARIES = frozenset(
    """have has had will would may might could can should must shall are were is was am do does did
    been be being also now still generally widely privately publicly recently previously already
    repeatedly earlier later long often increasingly largely mostly even all both have not never
    further then too ve 've""".split()
)

# -- hedges -------------------------------------------------------------------------------------
HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "apparently", "purportedly", "supposedly", "reputedly"})
# "X is said to", "it is believed (that)": epistemic or hearsay verbs -> hedge
HEDGE_PASSIVES = frozenset({"said", "believed", "thought", "understood", "rumoured", "rumored", "alleged", "reputed"})
# "it has been reported / claimed": speech acts used impersonally -> vague
VAGUE_PASSIVES = frozenset({"reported", "claimed", "suggested", "predicted", "argued", "feared", "speculated"})
# "it is estimated that", "is estimated to": passive estimates -> unsourced data
DATA_PASSIVES = frozenset({"estimated", "calculated"})
# "widely seen as": an unnamed consensus -> hedge
WIDELY_HEDGES = frozenset({"seen", "believed", "thought", "regarded", "considered", "viewed", "tipped", "understood", "rumoured", "rumored"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
IT_BE = frozenset({"it's", "it’s"})
# Adverbs that may sit inside a passive ("is widely believed", "has long been thought").
PASSIVE_ADVERBS = frozenset({"widely", "also", "now", "still", "generally", "long", "often", "commonly", "sometimes", "previously", "already", "further", "increasingly", "not"})
# Perception verbs: "saw him apparently shot" describes how a scene looked, not a hedge.
PERCEPTION_VERBS = _forms(
    "see|sees|saw|seen|seeing", "watch|watched|watching", "hear|heard", "look|looked|looks",
    "photograph|photographs|photos|pictures|footage|video|images|picture|shown|showing",
)

# Nominal unowned claims: "there are fears that ..."
NOMINAL_CLAIMS = frozenset(
    {"fears", "suggestions", "claims", "reports", "rumours", "rumors", "speculation", "concerns", "worries", "allegations", "accusations", "warnings"}
)
NOMINAL_ADJECTIVES = frozenset(
    """growing mounting widespread previous persistent renewed increasing some many also now already
    long unconfirmed strong serious real genuine continuing fresh""".split()
)

# -- noun phrases ---------------------------------------------------------------------------------
DETERMINERS = frozenset(
    """a an the some many most several one two three four five other these those this that few all
    both each any no certain various numerous his her their its our my your another""".split()
)
DEFINITE = frozenset({"the", "these", "those", "this", "that", "his", "her", "their", "its", "our", "my", "your"})
# Quantifier phrases that may carry "of" into the noun phrase ("a host of", "one of the").
OF_QUANTIFIERS = frozenset({"host", "number", "group", "some", "many", "most", "one", "few", "several", "majority", "handful", "team", "panel", "couple"})
# Words that end a noun phrase when walking back from its head.
NP_STOP = frozenset(
    """that which who whom whose and or but as if because while when although though whether than
    then so not nor yet it he she they we i you there is are was were be been being has have had
    will would can could may might shall should must do does did to in on at for from by with into
    onto about after before during since until under over through against between among without
    within via per said says told say tell added according also only even just still now meanwhile
    however today yesterday earlier later recently""".split()
)
# Adjectives that do not tie a spokesperson to an organisation.
UNTYING_MODIFIERS = frozenset({"a", "an", "one", "another", "senior", "unnamed", "anonymous", "female", "male", "chief", "official", "deputy", "former"})
# Adjectives that introduce new data ("the latest figures") rather than point back to known data.
INTRODUCING_ADJECTIVES = frozenset(
    {"latest", "new", "official", "recent", "provisional", "preliminary", "fresh", "flash", "final", "revised", "overnight", "unofficial", "early", "initial"}
)
# Prepositions that attach an owner to a source noun.
OWNER_PREPOSITIONS = frozenset({"at", "with", "from", "for", "of", "in", "by", "close"})
DATA_OWNER_PREPOSITIONS = frozenset({"from", "by", "of", "in"})
POLL_OWNER_PREPOSITIONS = frozenset({"from", "by", "for", "in"})

# Identified bodies: a definite institution is a source an editor can check (B4 of the guidelines).
INSTITUTIONS = frozenset(
    """police government authorities ministry treasury company firm bank group council department
    agency regulator court prosecutors prosecutor army military navy commission committee
    organisers organizers club team league union board parliament congress senate administration
    embassy palace party campaign hospital school university college airline carrier retailer
    insurer studio label network channel broadcaster station newspaper website magazine paper
    federation association institute centre center watchdog exchange census fbi cia""".split()
)
# Possessives that are times, not owners ("last week's data").
TIME_WORDS = frozenset(
    """today yesterday tomorrow week weeks month months year years quarter day days weekend night
    morning evening afternoon decade century season monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november
    december""".split()
)
# Identified pronouns: "he said", "according to her".
IDENTIFIED_PRONOUNS = frozenset({"he", "she", "it", "we", "i", "you", "him", "her", "us", "me", "who"})
PLURAL_PRONOUNS = frozenset({"they", "them"})

# -- anonymity with a stated reason (AT002 is silenced) ------------------------------------------------
ANONYMITY_MARKERS = (
    "on condition of anonymity", "on the condition of anonymity", "on condition that he not be named",
    "on condition that she not be named", "on condition that they not be named", "on condition they not be named",
    "asked not to be named", "asked not to be identified", "declined to be named", "declined to be identified",
    "requested anonymity", "speaking anonymously", "spoke anonymously", "who asked for anonymity",
    "on condition of not being named", "asked that their name not be used", "asked that his name not be used",
    "asked that her name not be used", "insisted on anonymity",
)
REASON_CONNECTIVES = frozenset({"because", "as", "since", "citing", "due", "given", "owing", "for", "to"})
AUTHORISATION_REASONS = (
    "not authorised to", "not authorized to", "not permitted to", "not allowed to", "no authority to",
    "not cleared to", "fear of reprisals", "for fear of", "for their safety", "for his safety", "for her safety",
    "sensitivity of the", "sensitive nature of", "because of the sensitivity",
)
# Phrases that are anonymous sources whatever their verb.
ANONYMOUS_PHRASES = (
    "people familiar with", "person familiar with", "those familiar with", "sources familiar with",
    "people close to", "person close to", "someone close to", "those close to", "sources close to",
    "people with knowledge of", "person with knowledge of", "people briefed on",
    "person briefed on", "people with direct knowledge", "person with direct knowledge",
    "someone familiar with", "those with knowledge of", "sources with knowledge of", "source close to",
)
# Proceedings: testimony in named proceedings is sourced by the record (B5).
PROCEEDINGS = frozenset({"court", "trial", "hearing", "inquiry", "inquest", "tribunal", "jury", "committee", "panel"})
# Clause boundaries: a named source before one of these does not own the clause after it.
CLAUSE_BOUNDARY_WORDS = frozenset({"but", "while", "whereas", "although", "though", "however", "meanwhile", "yet"})
