"""The story's own lists and tables in shapes a page's menus do not take: a list of offences under
a hard-wrapped sentence ending with a colon, ahead of any full line of prose; a table of holidays
whose date cells ran into the names ("February 14Valentine's Day"); and the leftovers
around them still found.  Written for the test, after the shapes seen in unseen samples 128 to
131."""

from __future__ import annotations

from council_story import flagged_lines

YOUTH_COURT = "\n".join(
    [
        "What types of cases are heard in the Youth Panel?",
        "Youth Panel cases are generally referred by the prosecutor's office, the",
        "school, or the town court. Typically, cases heard by the panel include:",
        "- Criminal Damage to Property",
        "- Criminal Trespass",
        "- Theft",
        "- Disorderly Conduct",
        "- Assault",
        "- Battery",
        "- Curfew Violations",
        "- Minor in Possession (consumption)",
        "- Harassment by Telephone",
        "What happens at the Youth Panel?",
        "A young person who has admitted an offence appears before a jury of",
        "peers for a sentencing hearing. Young volunteers serve in the roles of",
        "prosecuting and defence advocates, judge, usher and jury members.",
        "The jury is presented with evidence relevant to the facts of the case.",
        "The jury deliberates and passes a sentence that fits the offence committed.",
    ]
)


def test_a_list_under_a_wrapped_sentence_ending_with_a_colon_is_the_story_s():
    assert flagged_lines(YOUTH_COURT) == set()


def test_a_menu_above_the_story_is_still_found():
    menu = "\n".join(["Home", "About Us", "Programs", "Youth Panel", "Volunteers", "Donate", "Events", "Contact Us", "Careers"])
    text = menu + "\n" + YOUTH_COURT.split("\n", 1)[1]
    assert set(range(1, 10)) <= flagged_lines(text)


HOLIDAYS = [
    "January 21Martin Luther King Jr. Day",
    "February 14Valentine’s Day",
    "February 18Presidents’ Day",
    "March 5Mardi Gras",
    "March 17St. Patrick’s Day",
    "April 19Good Friday",
    "April 21Easter Sunday",
    "May 27Memorial Day",
    "July 04Independence Day",
]
CAFE = [
    "Harbour Cafe is a family restaurant on the quay, known for its breakfasts, its chowder and its pies baked on the premises every morning.",
    "The cafe has won several county food awards, and its owners, the Pell family, run two more cafes along the coast.",
    "With five decades behind it, the cafe seats eighty and opens every day of the week through the summer season.",
    "What time does Harbour Cafe open?",
    "\n".join(day + "07:00 AM – 09:00 PM" for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
    "Is Harbour Cafe open today? Is it open tomorrow?",
    "History",
    "In 1971 the first Harbour Cafe opened its doors on the quay and served fishermen coming off the early tide.",
    "Visitors who stopped for a bite asked whether they could open a cafe like it in their own towns.",
    "In 1980 the second cafe opened, which helped the family grow the business along the coast.",
]


def test_a_table_whose_date_cells_ran_into_the_names_is_the_story_s():
    text = "\n\n".join(["Harbour Cafe Hours", *CAFE, "Holiday Hours – Open", "DateHoliday\n" + "\n".join(HOLIDAYS)])
    assert flagged_lines(text) == set()


def test_a_menu_of_months_above_the_story_is_still_found():
    months = ["January 2019", "February 2019", "March 2019", "April 2019", "May 2019", "June 2019", "July 2019", "August 2019", "September 2019"]
    text = "\n".join(["Archives", *months, ""] + CAFE[:3])
    assert set(range(2, 11)) <= flagged_lines(text)
