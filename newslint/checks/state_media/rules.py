"""State-media rules: legally mandated labels and footnotes, platform labels, paid supplements and
state-media branding left in copy.  In copy an editor reuses, each of these is a leftover that
either has to go or has to be kept deliberately (and then the story should say why)."""

from __future__ import annotations

from ...diagnostics import Finding, Severity
from ...rule import Examples, Rule
from ..outlets.branding import brands
from .labels import labels, markers


class _StateMediaRule(Rule):
    category = "state-media"
    severity = Severity.WARNING
    family = ""
    message = ""
    help = None

    def check(self, doc, ctx):
        for lab in labels(doc):
            if lab.family == self.family:
                yield Finding(lab.span, self.message, help=self.help)


class BannedOrganisationNote(_StateMediaRule):
    """A note that Russian law requires whenever an outlet names an organisation Russia lists as
    terrorist or extremist: "*The Taliban is a terrorist group banned in Russia", "ISIL (a terrorist
    organization banned in Russia)", "*Meta запрещена в России", "деятельность которой запрещена в
    России как экстремистская", "This organization is under UN sanctions for terrorist activity".
    Its presence marks copy taken from Russian state or state-aligned media (RT, Sputnik, TASS, RIA).
    A news sentence that reports a ban ("Telegram was banned in Russia in 2018") is not flagged."""

    code = "SM001"
    name = "banned-organisation-note"
    family = "banned-organisation"
    summary = "Russian-law note that an organisation is 'banned in Russia' (terrorist/extremist listing)."
    message = ("Russian-law 'banned in Russia' note: it marks copy taken from Russian state-aligned media; "
               "remove it, and check the story's framing and sourcing.")
    examples = Examples(
        bad=[
            "The Taliban* captured the city.\n*The Taliban is a terrorist group banned in Russia and many other countries.",
            "Fighters of ISIL (a terrorist organization banned in Russia) attacked the base.",
            "Публикация появилась в Instagram*.\n*Instagram принадлежит компании Meta, деятельность которой запрещена в России как экстремистская.",
        ],
        good=[
            "Telegram was banned in Russia in April 2018.",
            "In 2025, the novel was banned in Russia under the LGBT 'propaganda' law.",
        ],
    )


class BannedOrganisationMarker(_StateMediaRule):
    """An asterisk after a name ("Taliban*", "Instagram*") that points to a 'banned in Russia' or
    foreign-agent footnote.  Flagged only when the footnote itself is in the document."""

    code = "SM002"
    name = "banned-organisation-marker"
    summary = "Asterisk pointing to a Russian-law 'banned' or foreign-agent footnote."
    examples = Examples(
        bad=["US raids against Taliban* targets continued.\n*The Taliban is a terrorist group banned in Russia."],
        good=["US raids against Taliban* targets continued.\n*Figures from the defence ministry."],
    )

    def check(self, doc, ctx):
        for span, _note in markers(doc):
            yield Finding(
                span,
                f"The asterisk on '{doc.text(span)}' points to a Russian-law footnote; remove it with the footnote.",
            )


class ForeignAgentLabel(_StateMediaRule):
    """The label Russian law requires on material by a person or outlet listed as a 'foreign
    agent', in the 2019 form ("Данное сообщение (материал) создано и (или) распространено
    иностранным средством массовой информации, выполняющим функции иностранного агента") or the 2022
    form ("НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН ИНОСТРАННЫМ
    АГЕНТОМ ..."), in Russian or English, and short footnotes ("*Минюст признал иноагентами").  A news
    sentence that reports a designation is not flagged."""

    code = "SM003"
    name = "foreign-agent-label"
    family = "foreign-agent"
    summary = "Russian 'foreign agent' label (2019 or 2022 form, or footnote)."
    message = ("Russian 'foreign agent' label: a legal notice of the source publication, not part of the story; "
               "remove it or say in the story who was designated and by whom.")
    examples = Examples(
        bad=[
            "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, "
            "ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА",
            "This material (information) was produced and/or distributed by a foreign agent, or concerns the activities of a foreign agent.",
            "Он выступил в эфире.\n*Минюст признал иноагентом",
        ],
        good=[
            "«Мирон Фёдоров признан лицом, выполняющим функции иностранного агента»",
            "The ministry designated the broadcaster a foreign agent in 2021.",
        ],
    )


class FaraNotice(_StateMediaRule):
    """The notice the US Foreign Agents Registration Act requires on material distributed for a
    foreign principal: "... distributed by X on behalf of Y. Additional information is on file with
    the Department of Justice, Washington, D.C."  Ordinary distribution disclaimers ("This material
    is distributed by J.P. Morgan ...") are not flagged."""

    code = "SM004"
    name = "fara-notice"
    family = "fara"
    summary = "US FARA notice: material distributed on behalf of a foreign principal."
    message = ("FARA notice: this material was distributed on behalf of a foreign government principal; "
               "treat it as government messaging, not news.")
    examples = Examples(
        bad=[
            "ChinaWatch materials are distributed by China Daily Distribution Corp., on behalf of China Daily, "
            "Beijing, China. Additional information is on file with the Department of Justice, Washington, D.C."
        ],
        good=["This material is distributed by J.P. Morgan Securities LLC on behalf of its affiliates."],
    )


class PlatformStateMediaLabel(_StateMediaRule):
    """A label a platform puts on state media accounts and links, copied with the text: "China
    state-affiliated media", "Russia state-controlled media", "RT is funded in whole or in part by the
    Russian government."  A news sentence about "Chinese state media" is not flagged."""

    code = "SM005"
    name = "platform-state-media-label"
    family = "platform"
    summary = "Platform label for state media ('China state-affiliated media')."
    message = ("Platform state-media label copied with the text: the source is state media; "
               "remove the label and name the outlet and its affiliation in the story.")
    examples = Examples(
        bad=["Russia state-affiliated media", "This post links to a China state-affiliated media website."],
        good=["Chinese state media reported the visit.", "Twitter began labelling state-affiliated media accounts in 2020."],
    )


class PaidSupplementLabel(_StateMediaRule):
    """The label of a paid supplement or advertorial inserted in a newspaper ("An Advertising
    Supplement to The Washington Post"), or the credit of state-produced content ("prepared by China
    Daily, People's Republic of China").  Copy taken from it is advertising, not reporting."""

    code = "SM007"
    name = "paid-supplement-label"
    family = "supplement"
    summary = "Paid-supplement label or state-media content credit."
    message = "Paid-supplement label: the text comes from advertising or state-produced content, not reporting."
    examples = Examples(
        bad=["An Advertising Supplement to The Washington Post", "Trade is growing fast.\nprepared by China Daily, People’s Republic of China"],
        good=["The report was prepared by the committee.", "The paper's Sunday supplement ran the interview."],
    )


class StateMediaBranding(Rule):
    """Branding of a state-affiliated outlet left in copied text: logo alt text ("- Sputnik
    International, 1920"), a line holding only the outlet's name, a photo credit ("© Sputnik /
    ...").  It shows where the text came from, which the story should say in words, if at all."""

    code = "SM006"
    name = "state-media-branding"
    category = "state-media"
    severity = Severity.WARNING
    summary = "State-media branding (logo text, credit) left in the copy."
    examples = Examples(
        bad=["- Sputnik International, 1920\nThe talks ended.", "The talks ended.\n© Sputnik / Alexei Druzhinin"],
        good=["- Reuters, 2021\nThe talks ended.", "The minister told Sputnik the talks had ended."],
    )

    def check(self, doc, ctx):
        for brand in brands(doc):
            o = brand.outlet
            if o.state_affiliated:
                yield Finding(
                    brand.span,
                    f"Branding of {o.name} (state-affiliated media, {o.country}) left in the copy; "
                    "remove it, and say in the story where the material comes from.",
                )


RULES = [
    BannedOrganisationNote,
    BannedOrganisationMarker,
    ForeignAgentLabel,
    FaraNotice,
    PlatformStateMediaLabel,
    StateMediaBranding,
    PaidSupplementLabel,
]
