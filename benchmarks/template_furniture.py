"""Page furniture of widely used templates, written from general knowledge of news sites (CNN, BBC,
the Guardian, the New York Times, Reuters, AP) and blog platforms (WordPress, Medium, Substack),
for ``benchmarks/boilerplate.py``: each line is inserted into clean bbc-dev stories where its page
puts it, and the benchmark counts how often a BP finding covers it.

Not labelled data and not an estimate of recall on unseen pages: the list was written in the same
session as the cues that find most of it (2026-11-21, twelfth session; before them 51 of 74 items,
0.75 of the insertions, were found).  It is a coverage check that keeps those cues from regressing,
and it shows which kinds of furniture newslint leaves alone on purpose (a timestamp, "Source:
CNN").
"""

from __future__ import annotations

# (position, line): top = before the headline, after-head = between the headline and the lead,
# mid = between two paragraphs, end = after the story
ITEMS = [
    # CNN
    ("top", "Updated 4:32 PM EDT, Tue June 4, 2024"), ("mid", "Link Copied!"), ("mid", "Ad Feedback"), ("mid", "Video Ad Feedback"),
    ("end", "Source: CNN"),
    # BBC
    ("mid", "Image source, Getty Images"), ("mid", "Image caption,"), ("end", "Related Topics"), ("end", "More on this story"),
    ("end", "Copyright 2024 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking."),
    ("top", "Skip to content"),
    # Guardian
    ("end", "Explore more on these topics"), ("end", "Reuse this content"), ("end", "Most viewed"),
    ("mid", "skip past newsletter promotion"), ("mid", "after newsletter promotion"),
    ("mid", "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply."),
    ("end", "Support the Guardian"),
    # NYT
    ("top", "Supported by"), ("mid", "SKIP ADVERTISEMENT"), ("top", "Send any friend a story"),
    ("top", "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share."),
    ("end", "Read 123 comments"), ("top", "Share full article"),
    ("end", "A version of this article appears in print on June 5, 2024, Section A, Page 1 of the New York edition with the headline: Council Approves Budget. Order Reprints | Today’s Paper | Subscribe"),
    # Reuters / AP
    ("end", "Our Standards: The Thomson Reuters Trust Principles."), ("end", "Sign up here."),
    ("end", "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."),
    ("after-head", "Listen · 4 min"), ("top", "Gift this article"), ("end", "Comment on this story"),
    # Medium / Substack
    ("top", "Member-only story"), ("top", "Open in app"), ("top", "14 min read·Jun 3, 2023"),
    ("end", "Sign up to discover human stories that deepen your understanding of the world."),
    ("end", "Recommended from Medium"), ("end", "Help Status About Careers Press Blog Privacy Terms Text to speech Teams"),
    ("end", "Discussion about this post"), ("end", "Ready for more?"), ("end", "Type your email…"),
    ("end", "© 2024 Jane Doe · Privacy ∙ Terms ∙ Collection notice"), ("end", "Start writing Get the app"),
    ("end", "Substack is the home for great culture"),
    # WordPress and generic
    ("end", "Like this: Like Loading..."), ("end", "Share this: Twitter Facebook"), ("end", "Leave a Reply Cancel reply"),
    ("end", "Previous Post"), ("end", "Next Post"), ("end", "Posted in Uncategorized"), ("end", "Search for:"),
    ("end", "Blog at WordPress.com."), ("end", "Do Not Sell or Share My Personal Information"),
    ("top", "Menu"), ("top", "Sign In"), ("top", "Subscribe"), ("mid", "Continue reading the main story"),
    ("mid", "Story continues below advertisement"), ("mid", "Article continues after this advertisement"),
    ("end", "Have a news tip? Email us at tips@example.com"), ("end", "Click to share on Twitter (Opens in new window)"),
    ("end", "Click to print (Opens in new window)"), ("end", "Notify me of new posts by email."),
    ("end", "This site uses Akismet to reduce spam. Learn how your comment data is processed."),
    ("end", "Get the latest news delivered to your inbox"), ("mid", "RELATED: Council delays vote on bridge"),
    ("end", "Trending"), ("end", "Watch Next"), ("mid", "Download the app"), ("end", "Terms of Service"),
    ("end", "We've detected unusual activity from your computer network"),
    ("end", "Enjoyed this article? Support our journalism"),
    ("top", "Breaking News"), ("end", "Loading..."), ("end", "Please enable JS and disable any ad blocker"),
]

POSITIONS = {
    "top": lambda line, h, b: [line, h, *b],
    "after-head": lambda line, h, b: [h, line, *b],
    "mid": lambda line, h, b: [h, *b[:2], line, *b[2:]],
    "end": lambda line, h, b: [h, *b, line],
}
