"""A tag or section page lists stories, each under the same section label ("Ports" / "Union
Worker Strike Closes Hamburg Port to Large Ships" / its teaser, then "Ports" again over the next
one): the label repeated over each listed story is the page's.  A name repeated over a speaker's
sentences, over short entries of a results list, or over the same line each time (a chorus) is the
text's.  Written for the test, after the shape of tag pages on unseen news sites."""

from __future__ import annotations

from council_story import draft, flagged_lines, line_of

LISTED = [
    ("Council approves budget for two new schools", "The council approved the new budget on Monday after a debate that lasted most of the..."),
    ("Bypass to close for three weeks of resurfacing", "Drivers are warned to expect delays as the bypass closes at night for repairs from..."),
    ("Village fete returns to Church Green after four years", "Organisers say the fete will have a dog show, a tug of war and a brass band this..."),
    ("Library opening hours cut at three branches", "Three libraries will open one day fewer each week from April, the county said in a..."),
]


def _listing(label: str, count: int) -> tuple[str, list[int]]:
    blocks = []
    for headline, teaser in LISTED[:count]:
        blocks += [label, headline, teaser]
    text = draft(*blocks)
    rows = text.split("\n")
    return text, [k + 1 for k, row in enumerate(rows) if row == label]


def test_a_section_label_over_each_listed_story_is_flagged():
    text, labels = _listing("Harbour Matters", 4)  # no section name a cue knows
    assert set(labels) <= flagged_lines(text)


def test_a_one_word_label_over_each_listed_story_is_flagged():
    text, labels = _listing("Schools", 3)
    assert set(labels) <= flagged_lines(text)


def test_the_listed_headlines_are_not_taken_for_labels():
    text, _ = _listing("Harbour Matters", 4)
    flagged = flagged_lines(text)
    # the rule is about the labels: it says nothing of the headlines under them
    assert all(line_of(text, headline) not in flagged for headline, _ in LISTED[1:3])


def test_a_label_over_two_stories_only_is_left_alone():
    text, labels = _listing("Schools", 2)
    assert flagged_lines(text).isdisjoint(labels)


def test_a_speaker_s_name_over_each_of_their_sentences_is_the_text_s():
    text = draft(
        "Transcript of the council meeting",
        "Jane Hart",
        "We have been asked to look again at the bus routes, and I think we should.",
        "Tom Reed",
        "The routes were cut last year because the money ran out, and nothing has changed.",
        "Jane Hart",
        "Then we should ask the county for the money, as the villages have no other way into town.",
        "Tom Reed",
        "I will second that, but I doubt the county will listen to us before the budget.",
        "Jane Hart",
        "We will write to them this week and put the answer on the agenda of the next meeting.",
    )
    assert flagged_lines(text).isdisjoint({k + 1 for k, row in enumerate(text.split("\n")) if row == "Jane Hart"})


def test_a_winner_s_name_over_short_entries_is_the_text_s():
    text = draft(
        "Winning plants from the 2023 show",
        "Best Cactus",
        "Rebutia rauschii",
        "Richard Stamper",
        "Best Succulent",
        "Euphorbia francoisii",
        "Richard Stamper",
        "Best of Show",
        "Turbinocarpus alonsoi",
        "Richard Stamper",
        "Mammillaria plumosa",
        "Karina Boese",
    )
    assert flagged_lines(text).isdisjoint({k + 1 for k, row in enumerate(text.split("\n")) if row == "Richard Stamper"})


def test_a_label_over_the_same_line_each_time_is_the_text_s():
    verse = ["The river runs down to the sea", "And the boats go out with the tide", "The harbour lights are burning low"]
    blocks = []
    for line in verse:
        blocks += [line, "Chorus", "Sing out for the town by the bay"]
    text = draft(*blocks)
    assert flagged_lines(text).isdisjoint({k + 1 for k, row in enumerate(text.split("\n")) if row == "Chorus"})


def test_a_label_over_a_story_only_now_and_then_is_the_text_s():
    blocks = []
    for headline, teaser in LISTED[:3]:
        blocks += ["Winner", headline, teaser]
    for name, prize in (("Jane Hart", "Marrow"), ("Tom Reed", "Sweet peas")):
        blocks += ["Winner", name, prize]
    text = draft(*blocks)
    assert flagged_lines(text).isdisjoint({k + 1 for k, row in enumerate(text.split("\n")) if row == "Winner"})


def test_a_film_s_genre_over_its_record_line_is_the_programme_s():
    """A festival's programme: each film's genre over its country, length and year ("Narrative
    Short" / "United Kingdom | 5 min | 2024" / its synopsis): the programme's own fields, not a
    listing's section label (sample 188)."""
    films = [("United Kingdom | 5 min | 2024", "At a girl's first lesson with her new piano teacher, tensions rise to a climax.", "Directed by Ericka Kreutz"),
             ("United States | 12 min | 2024", "A mother rips the veil off the memes and probes the pressure of raising children.", "Directed by Daniel Pico"),
             ("Spain | 15 min | 2024", "When a young shrimp wants to become an actor, he lets himself be caught by humans.", "Directed by Olga Stalev"),
             ("Estonia | 15 min | 2024", "A shadow takes up a dangerous adventure through a mystical forest and a castle.", "Directed by Meghann Artes")]
    blocks = ["Short Slot 4", "Are you craving a little more drama? Here is a generous serving of tension and heart."]
    for record, synopsis, director in films:
        blocks += ["Narrative Short", record, synopsis, director]
    text = draft(*blocks)
    labels = [k + 1 for k, row in enumerate(text.split("\n")) if row == "Narrative Short"]
    assert not set(labels) & flagged_lines(text)
