"""Page strings of kinds the cue tables did not know: a broadcaster's link disclaimer, an archive
notice, a login box's "Remember me", a supporter button, a commenting service's count, a link
labelled "Read the complete article"; and their look-alikes in prose."""

from __future__ import annotations

import pytest

from council_story import codes_at, findings_at


@pytest.mark.parametrize(
    "line, code, what",
    [
        ("The BBC is not responsible for the content of external sites.", "BP001", "disclaimer"),
        ("Content may be subject to copyright.", "BP001", "copyright"),
        (
            "This is an archived article and the information in the article may be outdated. Please look at "
            "the time stamp on the story to see when it was last updated.",
            "BP008",
            "archive notice",
        ),
        # an archive service's banner over a saved thread, and its note over the comments (sample 309)
        ("This is an archived snapshot captured on 1/3/2026, 4:21:27 AMView on Reddit", "BP008", "archive notice"),
        ("Comments captured at the time of snapshot", "BP008", "notice"),
        ("Remember Me", "BP005", "login"),
        ("Lost your password?", "BP005", "login"),
        # a newspaper platform's comment rules over its form
        ("Welcome to the discussion.", "BP005", "login"),
        ("Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.", "BP005", "login"),
        ("Be Proactive. Use the 'Report' link on each comment to let us know of abusive posts.", "BP005", "login"),
        # a premium wall, and a magazine's box for its issues
        ("This is Premium Content", "BP008", "notice"),
        ("If you already have Online or Print subscription Login To Unlock The Content!", "BP008", "notice"),
        ("Latest issue", "BP009", "other stories"),
        ("To view a digital copy of the latest issue of Plant Engineering, click here.", "BP004", "share"),
        ("To subscribe to the journal please click here.", "BP004", "subscription"),
        # a forum thread's counters over its comments
        ("1.4k Upvotes", "BP004", "counter"),
        ("49 comments sorted by", "BP005", "comment section"),
        # a login box's messages, copied with the page
        ("Account login", "BP005", "login"),
        ("Please enter both an email address and a password.", "BP005", "login"),
        ("We've sent you an email", "BP005", "login"),
        (
            "Need to reset your password? Enter the email address which you used to register on this site "
            "and we will send you a link.",
            "BP005",
            "login",
        ),
        ("Become a Supporter", "BP008", "notice"),
        ("6 Showing 6 comments", "BP005", "comment section"),
        ("Viewing 1-10 of 42 comments", "BP005", "comment section"),
        ("Read the complete article.", "BP009", "other stories"),
        # a gallery's, a map's or a player's instruction to the reader's mouse
        ("click thumbnail to see full image and info", "BP003", "instruction to click"),
        ("Click on Map to enlarge", "BP003", "instruction to click"),
        ("Click here to see video.", "BP003", "instruction to click"),
        # a journal's sign-up line, and a syndication note with the newsletter it sells
        ("Sign up to receive our weekly free journal, The Forum here.", "BP004", "subscription"),
        (
            "This story was originally published on Waste Weekly. To receive daily news and insights, "
            "subscribe to our free daily Waste Weekly newsletter.",
            "BP004",
            "subscription",
        ),
        # WordPress's heading of the links to the post, and a category line whose date was an image
        ("Trackbacks/Pingbacks", "BP005", "login"),
        ("Posted on Posted in Apples, Cider", "BP003", "navigation"),
        # an events calendar's notice on a past event, a reader's text-size buttons, a slider's alt text
        ("- This event has passed.", "BP003", "navigation"),
        ("Larger font size", "BP003", "navigation"),
        ("Slide background", "BP003", "navigation"),
        ("Article continues below...", "BP003", "navigation"),
        # a newspaper CMS's notices to the story's logged-in owner
        ("You are the owner of this article.", "BP005", "login"),
        ("You have permission to edit this article.", "BP005", "login"),
        # a follow or like button's label over icons that are gone, a reading time, a countdown
        ("Follow BG Falcon Media:", "BP004", "follow"),
        ("Like us on Facebook:", "BP004", "share"),
        # a mailing list's footer under a message of its archive
        ("- To unsubscribe send email to lace-request@example.org containing the line: unsubscribe lace. For help, write to the list owner.", "BP004", "subscribe"),
        ("• 14 min to read", "BP003", "reading time"),
        ("Count Down To The World Championship 09 Days, 22 Hours, 49 Minutes, 01 Seconds.", "BP008", "countdown"),
        ("Logout|My Dashboard", "BP005", "login"),
        ("You can share this post!", "BP004", "share"),
        # a share button's text encoded for its link, a syndication plugin's note whose source was a link
        ("Council+approves+budget+for+new+schools+after+a+long+debate.", "BP004", "encoded"),
        ("This post was originally published on this site", "BP011", "source"),
        (
            "If you just want to stay connected and hear of events as they come up, please sign up for our "
            "newsletter at the bottom of this page.",
            "BP004",
            "subscription",
        ),
    ],
)
def test_page_strings_after_the_story(line, code, what):
    found = findings_at(line, "end")
    assert [c for c, _ in found] == [code]
    assert what in found[0][1].lower()


@pytest.mark.parametrize(
    "line, code",
    [
        # a story's tools under its headline, and the consent under a sign-up form
        # a wiki's furniture copied with its article
        ("From Wikipedia, the free encyclopedia", "BP003"),
        ("(Redirected from Grind (whaling))", "BP003"),
        ("loading...", "BP008"),
        ("Loading …", "BP008"),
        ("  • Loading metrics", "BP008"),
        ("Send by email to a friend", "BP004"),
        ("Printable version", "BP004"),
        ("Printer-friendly version", "BP004"),
        ("By completing this form, you agree to receive marketing communications from the Herald.", "BP005"),
        ("By submitting this form you agree to our terms of use.", "BP005"),
        # a reader's display settings
        ("Font Size:", "BP003"),
        ("Aa Aa Aa", "BP003"),
        ("Line Spacing:", "BP003"),
        # a journal page's tabs and links above its paper (after it, the tail test knows them)
        ("Article Metrics", "BP003"),
        ("View suggested citation", "BP003"),
        ("Back to summary", "BP003"),
        ("Similar documents", "BP009"),
        # a theme's post-meta line
        ("Categorised in: Events, News", "BP003"),
        ("• Post category:General", "BP003"),
        # a subscription's failed-payment banner over the story
        ("We haven't been able to take payment", "BP008"),
        ("Act now to keep your subscription", "BP008"),
        ("Your subscription is due to terminate", "BP008"),
        ("You must update your payment details via My Account to keep your subscription.", "BP008"),
        # a site's account links in its header
        ("Sign in / Join", "BP005"),
        ("Log In | Join", "BP005"),
    ],
)
def test_page_tools_and_form_consent_under_the_headline(line, code):
    assert codes_at(line, "top") == [code]


@pytest.mark.parametrize(
    "line",
    [
        "“Remember me,” she said as she left the chamber for the last time.",
        "Remember me fondly, he wrote in his last letter to the council.",
        "She hopes to become a member of the board next year.",
        "He asked readers to read the full article before commenting on the plan.",
        "They are not responsible for the content of external websites, the court heard in a long hearing on Monday.",
        "Showing 12 comments from residents, the report was published on Friday.",
        "We have sent you an email, the council wrote to residents who had complained about the bins.",
        "She sent the letter by email to a friend in Leeds, who passed it to the council the next week.",
        "A printable version of the plan will be available at the library from Monday, the council said.",
        "The page was redirected from the old council website after a complaint by residents, officials said.",
        # the instruction inside a sentence
        "Voters can click on the map to see where the new schools will be built, the council said on Monday.",
        # a share button's words in a sentence of the story
        "But I did print this little woodcut after everyone went home.",
        # a countdown told in a sentence
        "The vote is 2 days, 4 hours, 10 minutes and 5 seconds away, the mayor joked on Monday.",
        # a syndication note naming its source, a sum written with plus signs, a byline with its title
        "This post was originally published on the council's website.",
        "2+2+2+2+2",
        "Courtney Reid, Staff Reporter",
        # a subscription told of in a sentence
        "Residents who want to keep their subscription to the leisure centre must renew it by March.",
        # a placeholder's words opening a sentence
        "Loading more data onto the old server took the council three weeks, officials said.",
    ],
)
def test_prose_with_the_same_words(line):
    assert findings_at(line, "end") == []


@pytest.mark.parametrize("label", ["You are currently viewing ", "You are viewing: ", "You are now viewing "])
def test_a_theme_s_label_glued_before_the_headline_is_flagged_without_the_headline(label):
    from newslint.api import lint_text

    from council_story import BP, HEADLINE, PARAGRAPHS

    text = "\n\n".join([label + HEADLINE, *PARAGRAPHS]) + "\n"
    res = lint_text(text, path="a.txt", select=BP)
    assert [(d.code, text[d.start : d.end]) for d in res.diagnostics] == [("BP003", label)]  # with its space: removing it leaves the headline


def test_viewing_in_a_sentence_is_the_story_s():
    from council_story import flagged_lines, HEADLINE, PARAGRAPHS

    line = "You are viewing the plans at the town hall, the council told residents in a letter on Monday."
    assert flagged_lines("\n\n".join([HEADLINE, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) + "\n") == set()


@pytest.mark.parametrize("mark", ["|", "||", "| |", "(", ")", "()", ", , , ,", ",", "||||||||"])
def test_a_bar_or_bracket_alone_between_paragraphs_is_flagged(mark):
    from council_story import flagged_lines, HEADLINE, PARAGRAPHS

    text = "\n\n".join([HEADLINE, PARAGRAPHS[0], mark, *PARAGRAPHS[1:]]) + "\n"
    assert flagged_lines(text) == {5}


@pytest.mark.parametrize("mark", ["-", "*", "***", "“", "—"])
def test_a_dash_star_or_quotation_mark_alone_is_left_alone(mark):
    # a list's empty item, a scene break, a quotation's opening over a verse: the story's
    from council_story import flagged_lines, HEADLINE, PARAGRAPHS

    text = "\n\n".join([HEADLINE, PARAGRAPHS[0], mark, *PARAGRAPHS[1:]]) + "\n"
    assert flagged_lines(text) == set()


# A Portuguese wire story and a Spanish one, each closed by its site's prompts to follow it or to
# join its messaging group (written for the test, after the shape of such sites).
_PT = [
    "Inflação na Argentina desacelera em janeiro",
    "Na variação anual, a inflação no país foi de 30% em janeiro, depois de 31% registrados em dezembro.",
    "Os setores com maior aumento no mês foram os de alimentos e bebidas, além de restaurantes e hotéis.",
    "O ministro da Economia confirmou que iria adiar a implementação do novo método de cálculo do índice.",
]
_ES = [
    "La inflación en Argentina se desacelera en enero",
    "En la variación anual, la inflación del país fue del 30% en enero, frente al 31% registrado en diciembre.",
    "Los sectores con mayor aumento fueron los de alimentos y bebidas, además de restaurantes y hoteles.",
    "El ministro de Economía confirmó que aplazaría la aplicación del nuevo método de cálculo del índice.",
]


@pytest.mark.parametrize(
    "story, prompt",
    [
        (_PT, "Clique aqui e faça parte do nosso grupo no Telegram."),
        (_PT, "Siga-nos no Instagram e no Facebook e acompanhe as notícias em primeira mão."),
        (_ES, "Síguenos en Twitter y Facebook para recibir las últimas noticias del país."),
        (_ES, "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día."),
        (_PT, "Join our WhatsApp channel for the latest news from Argentina."),
    ],
)
def test_a_site_s_follow_or_group_prompt_in_the_story_s_language_is_flagged(story, prompt):
    from council_story import flagged_lines

    text = "\n\n".join([*story, prompt]) + "\n"
    assert flagged_lines(text) == {2 * len(story) + 1}


@pytest.mark.parametrize(
    "line",
    [
        "O governo pediu que a população siga as orientações da Defesa Civil durante a tempestade.",
        "El ministro pidió a los ciudadanos que sigan las recomendaciones de las autoridades sanitarias.",
    ],
)
def test_a_call_to_follow_advice_is_the_story_s(line):
    from council_story import flagged_lines

    story = _PT if line.startswith("O ") else _ES
    assert flagged_lines("\n\n".join([*story, line]) + "\n") == set()


@pytest.mark.parametrize(
    "line",
    ["Read the full story HERE.", "Check out the full story here", "Read the original article by clicking here.",
     "See the full report here."],
)
@pytest.mark.parametrize("where", ["top", "end"])
def test_a_link_to_the_full_story_whose_address_was_lost_is_flagged(line, where):
    found = findings_at(line, where)
    assert [c for c, _ in found] == ["BP009"]
    assert "full story" in found[0][1]


@pytest.mark.parametrize(
    "line",
    [
        "Read the full statement here: the council will not raise rates this year, the mayor said.",
        "Read the full report here, the minister told MPs, before the vote was called on Tuesday night.",
    ],
)
def test_a_pointer_inside_a_sentence_is_the_story_s(line):
    assert findings_at(line, "end") == []


def test_a_pointer_followed_by_what_it_points_to_is_the_story_s():
    from council_story import flagged_lines, HEADLINE, PARAGRAPHS

    statement = "“We have listened to residents and the budget reflects their priorities,” the statement said."
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "Read the full statement here:", statement]) + "\n"
    assert flagged_lines(text) == set()


def test_a_links_text_is_no_instruction_to_click():
    # "Click for ..." is a link's text, which the dev drafts keep (the tail still weighs it as a
    # line after the story, like any short heading there)
    from newslint.checks.boilerplate.classify import _CLICK_TO_VIEW

    assert not _CLICK_TO_VIEW.match("Click for larger version")
    assert not _CLICK_TO_VIEW.match("CLICK FOR FULL STATE SWIM RESULTS")
    assert not _CLICK_TO_VIEW.match("Click here for more information and tickets to The Birthday Party.")
    assert _CLICK_TO_VIEW.match("Tap the image to enlarge")


@pytest.mark.parametrize(
    "line, follow",
    [
        ("Follow BG Falcon Media:", True),
        ("Like Moab Sun News on Facebook:", True),
        ("Follow us:", True),
        ("Follow the steps below:", False),  # a list's introduction
        ("Like many towns, Swaton has:", False),
    ],
)
def test_a_follow_button_s_label_is_a_name_and_a_colon(line, follow):
    from newslint.checks.boilerplate.classify import short_widget

    assert (short_widget(line) is not None) is follow
