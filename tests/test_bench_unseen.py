"""The unseen-sample tool (benchmarks/unseen.py): which excerpts it takes, how an annotator's spec
becomes labels, and which lines it scores."""

import io
import json

import pytest

from benchmarks import unseen


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.example.com/a", "example.com"),
        ("http://news.example.co.uk/x", "example.co.uk"),
        ("https://a.b.example.org/", "example.org"),
        ("https://club.org.au/", "club.org.au"),
        ("https://blog.example.io/post", "example.io"),
        ("https://slideplayer.com./slide/1", "slideplayer.com"),
        # a hosting platform's sites belong to different owners: each is its own domain
        ("http://fenlaners.blogspot.com/2007/10/x.html", "fenlaners.blogspot.com"),
        ("https://club.wordpress.com/about/", "club.wordpress.com"),
        # Blogger serves its blogs under country domains too
        ("http://fastbreak-handballnews.blogspot.co.uk/2014/x.html", "fastbreak-handballnews.blogspot.com"),
        ("https://fenlaners.blogspot.de/", "fenlaners.blogspot.com"),
        ("https://watchmaking.pages.dev/posts/a.html", "watchmaking.pages.dev"),
        ("https://sites.google.com/view/cranmorebowls/green", "sites.google.com/view/cranmorebowls"),
        ("https://sites.google.com/site/oldclub/", "sites.google.com/site/oldclub"),
        ("https://www.tumblr.com/widgets/share", "tumblr.com"),
        # public suffixes of more than one label (the Public Suffix List): Australian
        # associations and state governments, US state names
        ("https://www.oscov.asn.au/events", "oscov.asn.au"),
        ("https://nationalarboretum.act.gov.au/visit", "nationalarboretum.act.gov.au"),
        ("https://www.environment.nsw.gov.au/", "environment.nsw.gov.au"),
        ("https://www-dev.dnr.state.mn.us/parks/", "state.mn.us"),
        ("https://www.ci.boston.ma.us/", "boston.ma.us"),
        ("https://www.nic.in/", "nic.in"),
    ],
)
def test_domain_is_the_registrable_name(url, expected):
    assert unseen.domain(url) == expected


def _excerpt(url, text, query="q"):
    return json.dumps({"query": query, "url": url, "excerpt": text}) + "\n"


def test_add_refuses_a_used_domain_a_short_page_and_a_copy_slip(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(unseen, "used_domains", lambda: {"seen.org"})
    other = tmp_path / "other"
    other.mkdir()
    (other / "excerpts.jsonl").write_text(json.dumps({"domain": "sibling.com", "url": "https://sibling.com/x", "text": "t"}) + "\n")
    sample = tmp_path / "s1"
    long = "word " * 100
    stream = io.StringIO(
        _excerpt("https://seen.org/a", long)
        + _excerpt("https://www.sibling.com/a", long)
        + _excerpt("https://short.net/", "too short")
        + _excerpt("https://slip.net/", "x" * 1995)
        + _excerpt("https://cut.net/", "é" + "y" * 1998)  # the tool cuts at 2,000 bytes, not characters
        + _excerpt("https://a.new.net/", long)
        + _excerpt("https://b.new.net/", long)  # same registrable domain as the one before
        + "{not json\n"
    )
    assert unseen.add(sample, stream) == 0
    taken = [json.loads(x)["url"] for x in (sample / "excerpts.jsonl").read_text().splitlines()]
    assert taken == ["https://cut.net/", "https://a.new.net/"]
    out = capsys.readouterr().out
    assert "domain already used: https://seen.org/a" in out
    assert "domain already used: https://www.sibling.com/a" in out
    assert "copy slip" in out and "not a JSON object" in out


def test_add_stops_taking_excerpts_once_the_sample_is_full(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(unseen, "used_domains", set)
    monkeypatch.setattr(unseen, "SIZE", 2)
    sample = tmp_path / "s1"
    long = "word " * 100
    unseen.add(sample, io.StringIO(_excerpt("https://one.net/", long)))
    unseen.add(sample, io.StringIO(_excerpt("https://two.net/", long) + _excerpt("https://three.net/", long)))
    taken = [json.loads(x)["url"] for x in (sample / "excerpts.jsonl").read_text().splitlines()]
    assert taken == ["https://one.net/", "https://two.net/"]
    assert "the sample is full (2 excerpts): https://three.net/" in capsys.readouterr().out


def _sample(tmp_path, texts):
    sample = tmp_path / "s"
    sample.mkdir()
    recs = [{"query": "q", "url": f"https://p{i}.com/", "domain": f"p{i}.com", "text": t} for i, t in enumerate(texts)]
    (sample / "excerpts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    unseen.build(sample)
    return sample


def test_expand_writes_a_row_per_non_blank_line_and_refuses_a_gap(tmp_path):
    sample = _sample(tmp_path, ["Title\n\nBody one.\nShare this"])
    spec = tmp_path / "spec.txt"
    spec.write_text("page 1\n1 article title\n3 article body\n4 leftover share prompt\n")
    out = tmp_path / "ann.tsv"
    assert unseen.expand(sample, spec, out) == 0
    assert out.read_text().splitlines() == [
        "page\tline\tlabel\tnote",
        "1\t1\tarticle\ttitle",
        "1\t3\tarticle\tbody",
        "1\t4\tleftover\tshare prompt",
    ]
    spec.write_text("page 1\n1-3 article\n")  # line 4 not labelled
    assert unseen.expand(sample, spec, tmp_path / "gap.tsv") == 1
    assert not (tmp_path / "gap.tsv").exists()
    spec.write_text("page 1\n1-4 article\n4 leftover\n")  # line 4 twice
    assert unseen.expand(sample, spec, tmp_path / "twice.tsv") == 1


def test_a_dated_excerpt_is_cut_at_1914_bytes():
    body = "The Logan County Fair Board reviewed the 2020 fair during the board meeting, " * 30
    dated = " date 2020-09-11 " + body
    dated = dated.encode("utf-8")[:1914].decode("utf-8")
    assert unseen.is_cut(dated)
    assert not unseen.is_cut(dated[:-1])  # a shorter dated page is whole
    assert not unseen.is_cut(body.encode("utf-8")[:1914].decode("utf-8"))  # undated: only 2,000 bytes is cut
    assert unseen.is_cut(body.encode("utf-8")[:2000].decode("utf-8"))


def test_records_score_agreed_lines_only_and_never_the_cut_line(tmp_path):
    cut = ("A paragraph of the story – in full. " * 100)[:1800]
    text = "Headline\nShare this\nComments (3)\n" + cut
    text = text + "z" * (2000 - len(text.encode("utf-8")))  # 2,000 bytes: cut by the tool
    sample = _sample(tmp_path, [text])
    rows = ["page\tline\tlabel\tnote", "1\t1\tarticle\t", "1\t2\tleftover\t", "1\t3\tleftover\t", "1\t4\tarticle\t"]
    (sample / "ann_a.tsv").write_text("\n".join(rows) + "\n")
    rows[3] = "1\t3\tunsure\t"
    (sample / "ann_b.tsv").write_text("\n".join(rows) + "\n")
    recs, stats = unseen.records(sample)
    assert [ln["label"] for ln in recs[0]["lines"]] == ["content", "leftover", "disagreed", "cut"]
    assert stats == {"lines": 4, "agreed": 2, "disagreed": 1, "cut": 1}


def test_the_tool_s_date_before_a_page_is_not_linted_as_the_page_s_text(tmp_path):
    # the search tool shows a dated page under its date (" date 2018-03-15 Sign up ..."): the
    # date is the tool's, and a draft copied from the page would not hold it
    sample = _sample(tmp_path, [" date 2018-03-15 Sign up for one of our email newsletters.\nThe council met on Monday.", " dated 2018 in a line"])
    assert unseen._lines(sample, 1) == ["Sign up for one of our email newsletters.", "The council met on Monday."]
    assert unseen._lines(sample, 2) == [" dated 2018 in a line"]


def _manifest_of(page, url, lines):
    """A manifest row as ``manifest`` writes it: per line the text's hash and its agreed label."""
    return {"page": page, "url": url, "query": "q", "domain": unseen.domain(url), "bytes": 0,
            "lines": [[unseen._hash(t), label] for t, label in lines]}


def _with_manifest(tmp_path, monkeypatch, rows):
    here = tmp_path / "manifests"
    here.mkdir()
    (here / "7.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(unseen, "HERE", here)
    return tmp_path / "s7"


def _found(url, text):
    return json.dumps({"url": url, "excerpt": text}, ensure_ascii=False) + "\n"


def test_restore_takes_a_refetched_page_whose_lines_match_and_scores_it_with_the_manifest_s_labels(tmp_path, monkeypatch, capsys):
    sample = _with_manifest(tmp_path, monkeypatch, [
        _manifest_of("001", "https://a.org/x", [("Council backs plan", "content"), ("", "blank"), ("Share this", "leftover")]),
        _manifest_of("002", "https://b.org/y", [("Only one line", "content")]),
        _manifest_of("003", "https://c.org/z", [("Two", "content"), ("lines", "disagreed")]),
    ])
    stream = io.StringIO(
        _found("https://a.org/x", " date 2019-01-02 Council backs plan\n\nShare this")  # the tool's date is not the page's
        + _found("https://c.org/z", "Two lines")  # a lost line break: its labels would move
        + _found("https://elsewhere.org/", "not asked for")
    )
    assert unseen.restore(sample, "7", stream) == 0
    out = capsys.readouterr().out
    assert "page 001 restored" in out and "not in the manifest: https://elsewhere.org/" in out
    assert "refused, 1 lines where page 003 has 2" in out
    assert "1 of 3 pages restored" in out and "missing: 002 003" in out
    recs, stats = unseen.records(sample)
    assert [(r["id"], [ln["label"] for ln in r["lines"]]) for r in recs] == [("001", ["content", "blank", "leftover"])]
    assert stats == {"lines": 2, "agreed": 2, "disagreed": 0, "cut": 0}


def test_restore_puts_back_a_non_breaking_space_the_copy_lost_and_reports_a_line_that_still_differs(tmp_path, monkeypatch, capsys):
    sample = _with_manifest(tmp_path, monkeypatch, [
        _manifest_of("001", "https://a.org/x", [("Price:\u00a0£5 a ticket", "content"), ("Read more", "leftover")]),
    ])
    assert unseen.restore(sample, "7", io.StringIO(_found("https://a.org/x", "Price: £5 a ticket\nRead mroe"))) == 0
    assert "page 001 restored, lines [2] differ" in capsys.readouterr().out
    assert (sample / "pages" / "001.txt").read_text(encoding="utf-8") == "Price:\u00a0£5 a ticket\nRead mroe\n"
    # a later, better copy of the page replaces one that differed
    assert unseen.restore(sample, "7", io.StringIO(_found("https://a.org/x", "Price: £5 a ticket\nRead more"))) == 0
    assert "page 001 restored: https://a.org/x" in capsys.readouterr().out
    assert (sample / "pages" / "001.txt").read_text(encoding="utf-8") == "Price:\u00a0£5 a ticket\nRead more\n"


def test_free_says_which_addresses_add_would_still_take(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(unseen, "used_domains", lambda: {"seen.org"})
    assert unseen.free(tmp_path / "s1", ["https://news.seen.org/a", "https://new.net/b"]) == 0
    assert capsys.readouterr().out.split("\n")[:2] == ["used  https://news.seen.org/a", "free  https://new.net/b"]
