"""Interface vocabulary of web pages, by boilerplate family: one signal among several.

Written by hand from general knowledge of how news sites and blogs label their furniture, in the
main languages of the web (not collected from any labelled set).  Four strengths:

``ANYWHERE``  phrases that do not occur in news prose ("all rights reserved", "your email address
              will not be published"): they mark a block of up to 60 words wherever they stand.
``SHORT``     phrases that mark a *short* block (up to 12 words) wherever they stand in it:
              "Share on Facebook", "Leave a comment".  In a long sentence they are quoted text.
``LEADS``     phrases that mark a short block when they start it and it does not end like a
              sentence: "More from Business", "Follow us on Instagram".
``LABELS``    words that are interface labels when they make up the whole block, alone or in a
              row, with counts or arrows: "Share", "Advertisement", "Comments (7)", "Twitter
              Facebook Pinterest".  "Share prices fell" is prose.
``LIST_LABELS`` labels that lead a list after a colon: "Tags: Iran, Iraq", "Filed under: World"; the
              related ones also lead a single link after a colon or a bar, however long its title:
              "Also Read | India's retail inflation rises 7% in August".
``SECTIONS``  words that name the sections and categories of news sites and blogs ("Real Estate",
              "World Markets", "Tech & Gadgets"): a short line made only of them is a section link.

The segmenter (``segment.py``) weighs a cue with the block's shape, position and neighbours.
"""

from __future__ import annotations

ANYWHERE: dict[str, tuple[str, ...]] = {
    "copyright": (
        "all rights reserved", "some rights reserved", "all right reserved", "alle rechte vorbehalten",
        "tous droits réservés", "todos los derechos reservados", "tutti i diritti riservati",
        "todos os direitos reservados", "alle rechten voorbehouden", "все права защищены",
        "hak cipta dilindungi", "may not be published, broadcast, rewritten or redistributed",
        "may not be published, broadcast, rewritten, or redistributed",
        "may not be reproduced without permission", "reproduction without permission is prohibited",
        "without written permission is prohibited", "without the express written permission",
        # a book's or a site's notice on the use of its pages
        "may not be used without the consent", "may not be used without permission",
        "may not be used without the permission", "may not be used without written permission",
        # a music publisher's notice in its scores and books
        "international copyright secured",
        # a Q&A site's note on a post imported from another under its licence ("This post was
        # sourced from https://outdoors.stackexchange.com/q/3348. It is licensed under CC BY-SA 3.0.")
        "this post was sourced from",
        "proudly powered by",
        # a syndicator's notice under the copy ("This article is copyrighted by Travelers Today, ...")
        "this article is copyrighted by", "this story is copyrighted by",
        # the print-edition footer of a newspaper's web page ("... Order Reprints | Today's Paper")
        "a version of this article appears in print on",
        # a paper-sharing site's note under a figure or a full text, and a document-sharing
        # site's disclaimer over an uploaded book ("This document was uploaded by our user. The
        # uploader already confirmed that they had the permission to publish it. ...")
        "content may be subject to copyright", "the uploader already confirmed that they had the permission",
        "please report to us by using this dmca report form",
        # a blogger's or a study site's disclaimer under a borrowed picture
        "copyright infringement not intended", "no copyright infringement intended",
        # a wiki mirror's note under the text it copied ("The above text is a snippet from Wikipedia:
        # Roller disco" / "and as such is available under the Creative Commons Attribution/Share-Alike
        # License.")
        "is a snippet from wikipedia", "available under the creative commons attribution",
        "this article is issued from wikipedia",
        # a licence notice under a story, a paper or a data set ("This work is licensed under a
        # Creative Commons Attribution 4.0 License.")
        "is licensed under a creative commons",
        # a research-sharing site's note under an uploaded paper, a blog's fair-use disclaimer
        "all content following this page was uploaded by", "under title 17 u.s.c. section 107",
        # a wiki mirror's credit for the text it copied ("This article uses material from the
        # Wikipedia article Amateur theatre, which is released under the ...")
        "this article uses material from the wikipedia article", "this article provided by wikipedia",
        # ("This page contains content from the copyrighted Wikipedia article "Tidy Towns"; that
        # content is used under the GNU Free Documentation License.")
        "content from the copyrighted wikipedia article", "content was retrieved from wikipedia",
        "licensed under the gnu free documentation license",
        # a free host's banner ("Site hosted by Build your free website today!")
        "build your free website today",
    ),
    "login": (
        # a paper's button under each comment ("Do you think this suggestion or one of the comments
        # below breach our Moderation Policy?" / "Request a moderator to review this")
        "request a moderator to review", "breach our moderation policy",
        # an encyclopedia's feedback form (Britannica: "Corrections? Updates? Omissions? Let us know if
        # you have suggestions to improve this article (requires login).", and its thanks: "Our
        # editors will review what you've submitted and determine whether to revise the article.")
        "corrections? updates? omissions?", "let us know if you have suggestions to improve this article",
        "our editors will review what you've submitted", "our editors will review what you’ve submitted",
        # a comment box's call under a story ("Have something to say? Share your thoughts with us in
        # the comments below.")
        "share your thoughts with us in the comments",
        # a comment system's error over its form
        "error saving your display name",
        # a comment box's warning ("Comments posted here will be publicly visible. This is not a
        # means of contact.")
        "comments posted here will be publicly visible",
        # a site's rule for its comments ("(We will not publish anonymous comments that were posted
        # without stating a name or nickname)")
        "we will not publish anonymous comments", "we do not publish anonymous comments",
        # a contact form's answers (Contact Form 7: "Thank you for your message. It has been sent.",
        # "There was an error trying to send your message. Please try again later.")
        "thank you for your message. it has been sent", "there was an error trying to send your message",
        # a forum's box under each thread of what the reader may do there (vBulletin's "Posting
        # Permissions": "You may not post new threads" / "You may not post replies" / ...)
        "you may not post new threads", "you may not post replies", "you may not post attachments",
        "you may not edit your posts", "you may post new threads", "you may post replies",
        "you may post attachments", "you may edit your posts",
        # ... and phpBB's ("You cannot post new topics in this forum" / "You cannot reply to
        # topics in this forum" / ...)
        "you cannot post new topics in this forum", "you cannot reply to topics in this forum",
        "you cannot edit your posts in this forum", "you cannot delete your posts in this forum",
        "you cannot vote in polls in this forum", "you can post new topics in this forum",
        "you can reply to topics in this forum",
        # a petition widget's small print (Care2: "By signing, you accept Care2's Terms of Service.",
        # "You can unsub at any time here.", "Having problems signing this? Let us know.")
        "by signing, you accept", "you can unsub at any time", "having problems signing this",
        # a blog's feed link under its comments ("Stay in touch with the conversation, subscribe to
        # the RSS feed for comments on this post.")
        "subscribe to the rss feed for comments",
        # a form's CAPTCHA (Drupal's: "This question is for testing whether you are a human visitor
        # and to prevent automated spam submissions.")
        "this question is for testing whether you are a human visitor",
        # a help centre's feedback box under each answer
        "did this answer your question",
        # a site's call for comments under the story ("What are your thoughts on this article? Send
        # your views to ... by using the comment box below.")
        "what are your thoughts on this article", "using the comment box below", "use the comment box below",
        # a rating widget's form for those who found the page not useful
        "tell us how we can improve this page", "tell us how we can improve this post",
        "tell us how we can improve this article",
        # a newspaper CMS's notices to the logged-in owner of the story (BLOX)
        "you are the owner of this article", "you have permission to edit this article",
        # a local TV station's rules over its comments ("... is committed to providing a forum for
        # civil and constructive conversation." / "Please keep your comments respectful and relevant.")
        "a forum for civil and constructive conversation", "keep your comments respectful and relevant",
        "your email address will not be published", "your email address will never be published",
        "your email will not be published", "required fields are marked", "you must be logged in",
        "you must be signed in", "must be logged in to post", "comments are closed",
        "comments are now closed", "commenting is closed", "comments have been closed",
        "commenting is not available", "commenting has been disabled", "comments are not available",
        "commenting on this article is closed", "commenting on this story is closed", "commenting on this post is closed",
        "comments on this article are closed", "comments on this story are closed", "comments on this post are closed",
        "comments for this article are closed", "comments for this story are closed", "comments for this post are closed",
        "we are not currently accepting comments", "not currently accepting comments on this",
        "comments are not currently being accepted",
        # a forum's counts of who is reading a thread, and its greeting to a visitor not logged in
        # MediaWiki's edit form, printed with a wiki page opened for editing ("You are not logged in. Your
        # IP address will be publicly visible if you make any edits. ..." / "Anti-spam check. Do" / "not"
        # / "fill this in!")
        "your ip address will be publicly visible", "your edits will be attributed to your username",
        "anti-spam check. do",
        "are viewing this topic", "is viewing this topic", "are viewing this thread", "is viewing this thread",
        "you are viewing as a guest", "all features of this message board", "all features of this forum",
        "get an account to comment", "or register to comment",
        "comments are moderated", "comment moderation is enabled", "notify me of follow-up comments",
        # a paper group's house rules over its comments ("We do not moderate comments, but we expect
        # readers to adhere to certain rules in the interests of open and accountable debate.")
        "we do not moderate comments", "in the interests of open and accountable debate",
        # a forum's box of threads with no reply ("If you have answers, please help by responding to
        # the unanswered posts.")
        "by responding to the unanswered posts",
        "notify me of new comments", "notify me of new posts", "you can use these html tags",
        "allowed html tags", "to participate in the discussion", "log in or register", "login or register",
        "sign in or register", "register or log in", "register or login", "we are temporarily moderating",
        "name is required to post a comment", "enter your comment here",
        # a site builder's contact form under its page ("Do you have questions or comments about the
        # event? ... Send us a message, and we will get back to you as soon as we can.")
        "send us a message, and we will get back to you", "send me a message, and i will get back to you",
        "send us a message and we will get back to you", "send me a message and i will get back to you",
        # a story's feedback box ("Give us feedback, share a story tip or update, or report an error.")
        "share a story tip", "send us a story tip", "send us a news tip", "submit a news tip", "submit a story tip",
        # the comment forms of the big blog platforms and commenting services (WordPress, TypePad,
        # Blogger, Disqus); a few of these were noticed among the missed lines of the dev drafts
        # (dragnet half a), the rest are the same platforms' other form strings
        "your comment is awaiting moderation", "your comment has been posted", "post another comment",
        "your comment has been submitted", "your comment could not be posted", "your comment will be published",
        "comments may take a minute", "it is only necessary to submit it once", "urls automatically linked",
        "comment below or sign in with", "name and email address are required",
        # the consent under a sign-up form ("By completing this form, you agree to receive
        # marketing communications from ...")
        "by completing this form", "by submitting this form", "agree to receive marketing",
        "by registering for the newsletter", "by signing up for the newsletter", "by subscribing to the newsletter",
        "by signing up, you agree", "by subscribing, you agree", "by registering, you agree",
        "email address will not be displayed with the comment", "the letters and numbers you entered did not match",
        "as a final step before posting your comment", "this weblog only allows comments from registered users",
        "having trouble reading this image", "you are currently signed in as",
        "you can follow any responses to this entry", "both comments and pings are currently closed",
        "trackbacks are closed, but you can post a comment", "comments and pings are closed",
        "subscribe to: post comments", "read them below or add one", "comments powered by disqus",
        "please enable javascript to view the comments",
        # WordPress's spam filter under its comment form, and its sign-in box for commenters
        "uses akismet to reduce spam", "learn how your comment data is processed",
        "fill in your details below or click an icon to log in", "you are commenting using your",
        "connecting to %s",
        # the comment rules of a publisher's regional sites, and its comment-list filter
        "please report any comments that break our rules", "the ability to comment on our stories is a privilege",
        "we want our comments to be a lively and valuable part", "you are currently seeing only the comments",
        # an empty comment section and its login prompt
        "there are currently no comments", "log in to add new comments", "please log in to add a comment",
        # the comment form of a much-used WordPress news theme (tagDiv's Newspaper), and WordPress's
        # own cookie consent under its comment form
        "please enter your comment", "please enter your name here", "you have entered an incorrect email address",
        # Drupal's comment form ("Post new comment" / "The content of this field is kept private and
        # will not be shown publicly.")
        "the content of this field is kept private",
        # a form plugin's hidden field and upload hint (Gravity Forms: "This field is for validation
        # purposes and should be left unchanged.", "Accepted file types: jpg, gif, png, pdf.")
        "this field is for validation purposes", "accepted file types",
        "save my name, email, and website in this browser",
        # a sign-in wall over a story ("To view this content, you need to sign in.")
        "to view this content, you need to", "register now to access this content",
        "you should only be asked to sign in once",
        # a login box's messages: its field check, its password reset and the reset's confirmation
        "please enter both an email address and a password", "please enter your email address and password",
        "please enter your username and password", "enter the email address which you used to register",
        "enter the email address you used to register", "follow the link provided in the email",
        "follow the link in the email to reset",
        "send you a link you can use to pick a new password", "send you a link to reset your password",
        "send you a link to choose a new password", "your form contains errors",
        # a site's contact form under the page ("Your Details" / "Let us know how to get back to
        # you." / "How can we help?")
        "let us know how to get back to you",
        # the comment rules that a widely used newspaper platform prints over its comment form
        "please avoid obscene, vulgar, lewd", "threats of harming another person will not be tolerated",
        "don't knowingly lie about anyone", "don’t knowingly lie about anyone", "any sort of -ism",
        "use the 'report' link on each comment", "use the ‘report’ link on each comment",
        "to let us know of abusive posts", "we'd love to hear eyewitness accounts", "we’d love to hear eyewitness accounts",
    ),
    "navigation": (
        # a blog's author box left empty ("This author has not written his bio yet.")
        "has not written his bio yet", "has not written her bio yet", "has not written their bio yet",
        "has not written a bio yet",
        # a news aggregator's hint over its links ("Hover over any link to get a description of the article.")
        "hover over any link to get a description",
        # the post-meta line of WordPress's default themes: "This entry was posted in Weather events.
        # Bookmark the permalink."
        "bookmark the permalink", "this entry was posted in",
        # a journal page's links beside each author ("Search for other papers by Jon Glasby in")
        "search for other papers by",
        # a health service's review stamp under each page ("Page last reviewed: 21 September 2025" /
        # "Next review due: ...")
        "page last reviewed", "next review due",
        # Wikipedia's page furniture, copied with an article
        "from wikipedia, the free encyclopedia",
        # an online dictionary's links to its other works ("Also found in: Thesaurus, Acronyms, ...")
        "also found in: thesaurus",
        # its note at the top of a page ('"County fair" redirects here. For large events ..., see State fair.')
        "redirects here. for",
        # an older site's footer line to its keeper ("Send mail to Webmaster with questions or
        # comments about this site.")
        "send mail to webmaster", "e-mail the webmaster", "email the webmaster",
        "questions or comments about this site", "questions or comments about this web site",
        "questions or comments about this website",
        # a page's stamp of its last edit ("page last updated: 20/02/2020")
        "page last updated", "this page was last updated", "this page last updated", "page last modified",
        "this page was last modified", "site last updated",
        # a free counter's image, its alt text where the picture was ("free html hit counter")
        "free html hit counter", "free hit counter",
    ),
    "share": (
        # a sign-up form's promise ("We will not send you spam. Our team will be in touch ...")
        "we will not send you spam", "we won't send you spam", "we will never send you spam",
        # an encyclopedia's print and citation tools (Britannica: "Please select which sections you
        # would like to print:", "Select Citation Style", the small print on citation styles)
        "please select which sections you would like to print", "select citation style",
        "while every effort has been made to follow citation style rules",
        # a site builder's prompts under each page (SiteBuildIt: "Join in and write your own page!
        # It's easy to do.", "Enjoy this page? Please pay it forward. Here's how...", "Would you
        # prefer to share this page with others by linking to it?", "Click on the HTML link code
        # below.", "Copy and paste it, adding a note of your own, into your blog ...")
        "join in and write your own page", "please pay it forward", "share this page with others by linking to it",
        "click on the html link code below", "copy and paste it, adding a note of your own",
        # a mailing list's footer ("You may unsubscribe from our mailing list at any time.")
        "unsubscribe from our mailing list",
        # a newsletter box's promise ("The most important California stories and recommendations
        # in your inbox every morning.")
        "in your inbox every morning", "in your inbox every day", "in your inbox every week",
        "in your inbox every weekday", "in your inbox each morning", "in your inbox each week",
        # an alert service's box ("Sign up via our free email subscription service to receive
        # notifications when new information is available."), a site's two follow buttons in one
        # sentence ("For more breaking news follow us on Twitter and Facebook.")
        "to receive notifications when new", "follow us on twitter and facebook", "follow us on facebook and twitter",
        # a share bar's call, its buttons gone ("Like what you read? Please click below to share on
        # social media.")
        "click below to share", "click the buttons below to share", "use the buttons below to share",
        "watch more of our videos on",  # a video site's pointer ("Watch more of our videos on Shots!")
        # a newsletter pop-up's ways out ("Not right now, thanks" / "close this window" / "I've already
        # subscribed!", run together when the buttons' text is copied)
        "close this window", "i've already subscribed", "i have already subscribed", "i'm already subscribed",
        "i am already subscribed",
        # Substack's box under each post ("Piffany is a reader-supported publication. To receive new
        # posts and support my work, consider becoming a free or paid subscriber.")
        "is a reader-supported publication", "to receive new posts and support my work",
        # a blog plugin's plea under each post ("If you enjoyed this post, please consider subscribing
        # to the RSS feed to have future articles delivered to your feed reader.")
        "consider subscribing to the rss feed", "delivered to your feed reader",
        # a mailing list's footer under each message of its archive
        "to unsubscribe send email to", "to unsubscribe, send email to", "to unsubscribe send an email to",
        "to unsubscribe from this list", "to unsubscribe from this group",
        # the share-by-email widget of WordPress (Jetpack), on a great many blogs
        "post was not sent - check your email addresses", "email check failed, please try again",
        "your blog cannot share posts by email",
        # the small print under a newspaper group's newsletter sign-up box
        "we use your sign-up to provide content",
        # the BBC's regional promotion under a local story
        "a story you think we should be covering", "send your story ideas to",
        "if you would like to share a story idea",
        # a newsletter box's form and small print ("Please select at least one mailing list.")
        "please select at least one mailing list", "select at least one newsletter",
        "you can unsubscribe at any time by clicking", "we use mailchimp as our marketing platform",
        # a magazine's box for its latest issue and its archive
        "digital copy of the latest issue", "digital edition of the latest issue", "the past issue archive",
        "the back issue archive",
        # a site asking to be followed, or its messaging group joined, in the story's own language:
        # imperatives addressed to the reader that news prose in those languages does not use
        "siga-nos no", "siga-nos nas", "siga-nos em", "síguenos en", "suivez-nous sur", "folgen sie uns auf",
        "seguici su", "faça parte do nosso grupo", "faça parte no nosso grupo", "entre no nosso grupo",
        "participe do nosso grupo", "únete a nuestro canal", "únete a nuestro grupo", "rejoignez notre chaîne",
        "rejoignez notre groupe", "join our whatsapp", "join our telegram",
    ),
    "notice": (
        # a site's disclaimer under every post ("Financial Disclaimer: This article is for educational
        # purposes only and does not constitute financial advice.", "The information on this site is
        # provided for general informational and educational purposes only.")
        "for educational purposes only and does not constitute", "for informational purposes only and does not constitute",
        "informational and educational purposes only", "general informational purposes only",
        "informational and reference purposes only",
        # a news app's label on a summary a machine wrote ("Brief generated automatically by an AI
        # model using recent public information.", "AI-generated summary — verify with source")
        "generated automatically by an ai model", "ai-generated summary",
        # a review site's disclosure beside its links ("This page may contain links from our
        # sponsors. Here's how we make money.")
        "may contain links from our sponsors",
        # a page builder's placeholder text, never replaced (Elementor's text widget, Wix's paragraph)
        # a web app's banner when the reader's connection drops ("You're offline. This is a read only
        # version of the page.")
        "read only version of the page", "read-only version of the page",
        # an empty ad slot's own advert ("Your advertisement here.")
        "your advertisement here", "your advert here",
        # a comparison site's note over partner offers ("The content on this page is accurate as of
        # the posting date; however, some of our partner offers may have expired.")
        "partner offers may have expired", "accurate as of the posting date",
        # a review site's disclosure box ("Advertiser Disclosure" / "How We Make Money" / "We sustain
        # our operations through affiliate commissions and advertising.")
        "through affiliate commissions and advertising",
        "read our advertiser disclosure",
        # a site's notices: its cookies ("This site requires cookies to run."), an old browser
        # ("Please use another browser (e.g., Chrome, Edge or Safari) and try again."), a public
        # body's links out ("This page may contain links to non-U.S. government websites.")
        "requires cookies to run", "please use another browser", "links to non-u.s. government websites",
        # a paywall's notice in place of the text ("This article is available to subscribers only.",
        # "Available only for authorised users"), a site's session timer
        "available to subscribers only", "available only to subscribers", "available only for authorised users",
        "available only for authorized users", "your session is about to expire",
        # a flipbook host's fallback text ("Page content transcription" / "If your browser does not
        # render page correctly, please read the page content below"), an old browser's note
        "page content transcription", "if your browser does not render page correctly",
        "your browser is not standards-compliant",
        # a report's PDF note ("You must have Adobe Acrobat reader to view, save, or print PDF
        # files."), a supporter appeal ("Become a patron and help spread ...")
        "you must have adobe acrobat reader", "become a patron and help",
        # a page's script notice ("You have JavaScript disabled. Without it, our site might not
        # function properly."), a consent tool's credit ("Free cookie consent management tool by TermsFeed")
        "you have javascript disabled", "cookie consent management tool",
        # a search engine's notice over filtered results ("Results that may be inaccessible to you
        # are currently showing.")
        "results that may be inaccessible to you",
        # a news chain's empty ad slot ("This advertisement has not loaded yet, but your article
        # continues below."), a page's text-only link ("Are you having trouble loading this page?")
        "this advertisement has not loaded yet", "having trouble loading this page",
        # a document library's paywall ("You’re reading a preview, subscribe to read more.")
        "you're reading a preview", "you’re reading a preview",
        # a research house's wall over a client's report ("Become a client to read more", "You may
        # already have access to this premium content as part of a paid subscription.", "Sign in to
        # read the content in full ...")
        "become a client to read more", "access to this premium content", "to read the content in full",
        # a paper's wall over a subscriber's story ("Oops! An active online subscription is required to
        # access this content.")
        "subscription is required to access this content", "subscription is required to access this article",
        "subscription is required to read this",
        # a trade paper's gate ("Would you like to read more?" / "Try Property Week For Free to finish
        # this article." / "Don't want full access? REGISTER NOW to read this article and up to 3 more
        # this month")
        "for free to finish this article", "to finish reading this article", "register now to read this article",
        # a shop's cart widget, a live page's banner over newer stories
        "your shopping cart is empty", "your cart is empty", "new articles available, click to refresh",
        # a site's notice to readers in a region it blocks ("Our website is temporarily unavailable in
        # your location.")
        "temporarily unavailable in your location", "not available in your location",
        # ... and its promise under it ("We are working hard to get it back online.")
        "working hard to get it back online",
        # a download box's form and its answer ("Please provide us with your email address to
        # download this resource" / "Your download is ready. Click here to download.")
        "your download is ready", "email address to download this",
        # a magazine's note under a story from its print issue ("This article was published in the
        # January/February 2021 issue of BirdWatching magazine. Subscribe now.")
        "this article was published in the", "this article appeared in the", "this story appeared in the",
        "click edit button to change this text", "edit button to change this text",
        "click here to add your own text and edit me", "i'm a paragraph. click here to add your own text",
        "enter content here",  # a site builder's placeholder in an empty text box ("Enter content here...")
        "blog post description",  # a blog template's summary field, never filled
        # a council's or a paper's note over an old news item ("This news article was published
        # more than a year ago. Some of the information may no longer be accurate.")
        "article was published more than", "some of the information may no longer be accurate",
        # Joomla's e-mail cloaking, printed where the address stood
        "this email address is being protected from spambots", "you need javascript enabled to view it",
        # cookie consent in other words than "we use cookies"
        "we use our own and third-party cookies", "we use our own and third party cookies", "you consent to cookies",
        "you consent to the use of cookies", "you agree to the use of cookies",
        # the small print of a newspaper's newsletter box
        "may occasionally receive promotional content",
        "we use cookies", "this site uses cookies", "this website uses cookies", "uses cookies to",
        "our use of cookies", "the use of cookies", "accept cookies", "accept all cookies", "cookie policy",
        "cookie settings", "by continuing to use this site", "by continuing to use this website",
        # a consent manager's description of each kind of cookie (CookieYes: "Necessary cookies are
        # required to enable the basic features of this site ...")
        "cookies that are categorized as", "necessary cookies are required", "functional cookies help",
        "analytical cookies are used", "performance cookies are used", "advertisement cookies are used",
        # (and in other words: "These cookies are essential to the operation of this website ...")
        "these cookies are essential to the operation", "these cookies are strictly necessary",
        "these cookies are necessary for the website", "these cookies help us improve",
        "these cookies allow us to count", "these cookies enable the website", "these cookies help provide",
        "by continuing to browse", "by using this site, you agree", "by using this website, you agree",
        "by using this site you agree", "you consent to our use", "subscribe to continue reading",
        "you have reached your limit", "you have reached the limit of", "free articles remaining",
        "free articles left", "already a subscriber", "this content is for subscribers",
        # a members' paywall over the rest of the text ("Join Today To Read The Full Article")
        "join today to read", "join now to read", "subscribe today to read", "subscribe now to read",
        "become a member to read", "log in to read the full", "login to read the full", "sign in to read the full",
        "register to read the full",
        # a paywalled archive's note where the story stops (law.com: "This content has been
        # archived. It is available through our partners, LexisNexis® and Bloomberg Law.")
        "this content has been archived", "to view this content, please continue to", "available through our partners",
        # the label an ad network puts on its box
        "why am i seeing this",
        "content is restricted to subscribers", "article is restricted to subscribers",
        "content is only available to subscribers", "content is available to subscribers only",
        "subscriber-only content", "this article is for subscribers", "unlock this article",
        "advertisement - scroll to continue", "scroll to continue with content",
        # a metered paywall's count ("You have 70.06% of this article left to read. The rest is for
        # subscribers only.")
        "of this article left to read", "the rest is for subscribers only", "the rest of this article is for subscribers",
        "story continues below advertisement", "article continues below advertisement",
        "do not sell my personal information", "do not sell my info",
        "please enable cookies", "have cookies disabled", "has cookies disabled", "consent to use cookies",
        "recommend you upgrade to a newer version", "please upgrade to a newer version", "utilizziamo i cookie",
        "questo sito utilizza cookie", "wir verwenden cookies", "diese website verwendet cookies",
        "nous utilisons des cookies", "ce site utilise des cookies", "usamos cookies", "utilizamos cookies",
        "este sitio web utiliza cookies", "мы используем cookies", "мы используем файлы cookie",
        # what a page shows where its script did not run (WordPress's slideshow, video players)
        "this slideshow requires javascript", "this video requires javascript", "this content requires javascript",
        "please enable javascript in your browser", "javascript is disabled in your browser",
        "you need to enable javascript", "javascript must be enabled", "on these pages use javascript",
        "on this page use javascript", "on this site use javascript", "on this site require javascript",
        # the notice of a page whose script did not run, addressed to the reader ("Your browser does
        # not seem to support JavaScript. ...", "Please download a browser that supports JavaScript")
        "your browser does not support javascript", "your browser does not seem to support javascript",
        "your browser doesn't support javascript", "your browser doesn’t support javascript",
        "a browser that supports javascript", "please enable javascript", "please turn on javascript",
        "requires javascript to be enabled", "javascript is required to", "javascript is not enabled in your browser",
        "javascript is not enabled", "javascript errors detected",
        # a document host's promotion beside an uploaded document ("YUMPU automatically turns print
        # PDFs into web optimized ePapers that Google loves.")
        "automatically turns print pdfs into", "you also want an epaper",
        # a site's notice on a link out ("You are now leaving AARP.org and going to a website that is
        # not operated by AARP."), the US government's banner over its sites
        "you are now leaving", "an official website of the united states government",
        # ... and the rest of that banner (the U.S. Web Design System's): "The .gov means it's
        # official. Federal government websites often end in .gov or .mil.", "The https:// ensures
        # that you are connecting to the official website ...", "Looking for U.S. government
        # information and services?"
        "the .gov means it's official", "federal government websites often end in .gov or .mil",
        "the https:// ensures that you are connecting", "looking for u.s. government information and services",
        "an official website of the federal government",
        # a privacy notice's and a sign-up box's small print
        "how we collect and use your personal data", "you can opt-out at any time", "you can opt out at any time",
        # a paywall's line where the story stops ("To continue reading this article you must be a
        # Bloomberg Professional Service Subscriber."), an ad box's own disclosure
        "to continue reading this article you must", "to continue reading this article, you must",
        "we may be compensated if you click", "learn more about how we make money",
        # a shop link's disclosure ("We may earn a commission from links on this page.")
        "we may earn a commission", "may earn a commission from", "we may earn an affiliate commission",
        "may earn a small commission", "we may receive a commission", "we earn a commission from",
        "this post contains affiliate links", "this article contains affiliate links", "this page contains affiliate links",
        "as an amazon associate i earn", "as an amazon associate we earn",
        # the associate programme's own wording, whoever earns ("As an Amazon Associate, this site
        # earns from qualifying purchases.")
        "earns from qualifying purchases", "earn from qualifying purchases",
        # a parked domain's notice where the site was ("This Premium Domain May be For Sale.")
        "this domain may be for sale", "this premium domain may be for sale",
        # the small print under a newsletter form, and a gift-article offer
        "we use google recaptcha", "the google privacy policy and terms of service apply",
        "newsletters may contain info about", "gift articles to give each month",
        "continues after this advertisement", "continues after advertisement", "continues below this ad",
        # a registration wall, and the appeals of sites that ask their readers for money
        "accessible to registered users", "available to registered users", "available only for registered users", "available only to registered users", "only available for registered users", "to continue reading please register",
        "to continue reading, please register", "to continue reading please log in", "to continue reading, please log in",
        "to continue reading please subscribe", "to continue reading, please subscribe",
        "register for free to continue reading", "support independent journalism", "support our journalism",
        # a paper's plea under the story ("If you value what this story gives you, please consider
        # supporting the Eastern Daily Press."), a blog's ad disclosure ("Our articles contain ads
        # from our Google AdSense partnership, ...")
        "if you value what this story gives you", "our articles contain ads from", "adsense partnership",
        # a blogger's appeal ("You can help support this site by making a small donation ...")
        "help support this site by", "you can support this site by",
        "support quality journalism", "support us for as little as", "for as little as $1", "for as little as £1",
        "for as little as €1", "please consider donating", "please consider making a donation",
        # a local broadcaster's notice over an old story, and a forum's over an old thread
        "this is an archived article", "the information in the article may be outdated",
        # an archive service's banner over a saved page, and its note over the saved comments
        "this is an archived snapshot", "captured at the time of snapshot", "captured at the time of the snapshot",
        "could be reviving an old thread", "please consider creating a new thread",
        "this discussion has been archived", "this thread has been archived", "is no longer accepting responses",
        # a page the server would not show
        "you are unauthorized to view this page", "you are not authorized to view this page",
        "you do not have permission to view this page", "you don't have permission to view this page",
        # a site's footer notices: its terms of use, the screen it is made for
        "you signify your agreement", "this site is best viewed", "this website is best viewed",
        "designed for best viewing on",
        # an ad-blocker wall, and a notice that the visitor's browser is not supported
        "looks like you're using an ad blocker", "looks like you are using an ad blocker",
        "ad blocker detected", "adblocker detected", "adblock detected", "disable your ad blocker",
        "disabling your ad blocker", "disable your adblocker", "disabling your adblocker",
        "in your ad blocking tool", "continue to use an ad blocker", "while you use an ad blocker",
        "in your ad-blocking tool", "continue to use an ad-blocker", "while you use an ad-blocker",
        "disable your ad-blocker", "disabling your ad-blocker", "using an ad-blocker",
        "do not support your browser", "does not support your browser", "your browser is not supported",
        "your browser is no longer supported", "your browser is out of date",
        "the browser you are using is no longer supported", "the browser you are using is not supported",
        "upgrade to the latest version of any of the following browsers",
        "not compatible with your web browser", "not compatible with your browser",
        "you should install a newer browser", "please install a newer browser",
        # a local paper's plea to a reader blocking its ads ("By allowing ads to appear on this
        # site, you support the local businesses who, in turn, support local journalism.")
        "by allowing ads to appear on this site", "by allowing ads on this site",
        "not fully supported on internet explorer", "is not supported on internet explorer",
        "internet explorer 11 is not supported", "for optimal browsing, we recommend",
        # an archive's note over an old story ("Notice: This article was published on April 21, 2019
        # and the content above may be out of date.")
        "the content above may be out of date",
        # a premium wall over the story ("This is Premium Content" / "... Login To Unlock The Content!")
        "login to unlock", "log in to unlock", "sign in to unlock", "to unlock the content", "to unlock this content",
        "to unlock this article", "to unlock this story", "click here to upgrade", "this is premium content",
        "subscription can access this",
        # a subscription's failed-payment banner over the story ("We haven't been able to take
        # payment" / "Act now to keep your subscription")
        "been able to take payment", "update your payment details", "to keep your subscription",
        "your subscription is due to",
        # a copy-protection plugin's alert, printed into the page's text
        "error: content is protected", "alert: content is protected",
        # a plugin's notice against copying ("Content Protected Using Blog Protector By: PcDrome."),
        # and an audio player's placeholder while it loads ("Getting your Trinity Audio player ready...")
        "content protected using", "audio player ready",
        # a student-newspaper platform's box of other stories while it loads ("Hang on for a
        # minute...we're trying to find some more stories you might like.")
        "find some more stories you might like",
        # a widget that did not load ("We're sorry, this feature is currently unavailable. We're
        # working to restore it.")
        "this feature is currently unavailable", "we're working to restore it",
        # an aggregator's note that no one wrote or edited the story ("This story is auto
        # aggregated by a computer programme ...", "... is auto-generated from a syndicated feed")
        "auto aggregated by a computer", "auto-aggregated by a computer", "auto-generated from a syndicated feed",
        "auto generated from a syndicated feed",
        # a site's note that a machine wrote the story ("💡 Worth knowing: This article was written
        # by AI. We invite you to double-check important points with ...")
        "this article was written by ai", "this article was generated by ai", "this article was created by ai",
        "this article was written with the help of ai", "this article was generated with the help of ai",
        "this article was created with the help of ai", "we invite you to double-check important points",
        # a wiki's error where a reference's source was not copied ("Cite error: The named reference
        # bbc2004 was invoked but never defined (see the help page).")
        "cite error: the named reference", "was invoked but never defined",
        # a free registration wall ("Registration is free and only takes a moment. Once registered you
        # can read a total of 3 articles each month")
        "registration is free and only takes a moment", "once registered you can read",
        # a government archive's header, a feedback box's answer
        "website has a uk government accesskeys system", "thank you for your feedback. if you would like to tell us more",
    ),
    # a feed's footer under a story's first lines ("Read more of this story at Slashdot.")
    "related": (
        "read more of this story at",
        # a paper's pointer to its e-edition under each story ("The entire November 29, 2023 edition of
        # The Weekly Advertiser is available online. READ IT HERE!")
        "is available online. read it here",
    ),

}

SHORT: dict[str, tuple[str, ...]] = {
    # (a site's maker, "Website designed by ...": "This window was designed by ..." is the story's,
    # so "designed by" alone only leads a line, in LEADS)
    "copyright": ("powered by wordpress", "powered by blogger", "powered by wordpress.com", "theme by",
                  "website designed by", "site designed by", "web design by", "website design by",
                  "theme designed by", "template designed by", "powered by smugmug",
                  "blog at wordpress.com", "website powered by wordpress.com", "order reprints",
                  # a broadcaster's disclaimer under its links ("The BBC is not responsible for the
                  # content of external sites")
                  "not responsible for the content of external",
                  # a text copied under a Creative Commons licence, its source line ("Source:
                  # Wikipedia — Bumps race (CC BY-SA 4.0)")
                  "cc by-sa", "cc by-nc", "cc by-nd",
                  # the licence badge's alt text and a notice broken over two lines ("the Creative
                  # Commons Attribution 4.0 License.")
                  "creative commons license", "creative commons licence", "creative commons attribution"),
    "share": (
        # a blog's sign-off and a paper's appeal to subscribe ("Thank you for reading this post, don't
        # forget to subscribe!", ">> Please consider subscribing to support local journalism.")
        "don't forget to subscribe", "please consider subscribing", "consider subscribing to support",
        "print article", "email article", "save article", "share article", "share story", "share via", "get the newsletter", "newsletter sign-up", "newsletter signup", "sign up for free",
        # a portal's feed prompt ("Authors and topics you follow will be added to your personal news feed")
        "added to your personal news feed",
        "keep up-to-date with our", "keep up to date with our", "our exclusive email newsletters", "our exclusive newsletters",
        "share this article", "share this story", "share this post", "share this page", "share on facebook",
        "share post", "please share this",  # a share box's heading ("Please share post:")
        "share on twitter", "share on linkedin", "share on whatsapp", "share on pinterest", "share on reddit",
        "share via email", "share by email", "share this on", "share it on", "share on", "follow us on", "follow us",
        "find us on", "like us on", "watch us on", "join us on", "connect with us", "latest newsletter",
        "most recent newsletter", "past newsletters", "newsletter archive",
        # a newsletter box's thanks after its form
        "thank you for subscribing", "thanks for subscribing", "you're on the list", "you are on the list",
        "like us on facebook", "find us on facebook", "sign up for our newsletter", "subscribe to our newsletter",
        "sign up to our newsletter", "subscribe to the newsletter", "get our newsletter", "join our newsletter",
        "join our mailing list", "subscribe to our channel", "get the app", "download the app",
        "download our app", "get our free mobile app", "get our free app", "click here to subscribe", "delivered to your inbox", "straight to your inbox",
        "subscribe via rss", "subscribe to rss", "rss feed", "email this", "print this", "tweet this",
        "sharing is caring", "addthis sharing buttons", "sharing buttons", "share buttons",
        "bookmark and share",
        # a share widget's alt text for each network's icon ("facebook sharing button")
        "sharing button",
        "link copied", "copy link to clipboard", "copied to clipboard", "share full article", "open in app", "open in the app",
        "share and follow",
        # a blog's plea under its post ("If you like it share it!")
        "if you like it share it", "if you liked it share it", "if you like it please share it",
        "did you like this? share it", "share the petition", "share this petition", "did you like this post? share it", "did you like this article? share it",
        "choose your newsletter",
        # WordPress's like button, its placeholder printed ("%d bloggers like this:")
        "bloggers like this",
        # a social embed's own box, and a follow prompt's button
        "to embed this post", "embed this post", "copy the code below", "tap the button below",
        # a story's tools: send it to someone, print it
        "email to a friend", "e-mail to a friend", "send to a friend", "send a link to a friend", "printable version", "printer-friendly version",
        "printer friendly version", "print-friendly version", "print friendly version",
    ),
    "login": (
        # an encyclopedia's feedback form under its article (Britannica: "Thank you for your feedback")
        "thank you for your feedback",
        "add comment", "post comment", "write a review", "sign in to your account", "register for free", "enter your email", "enter your email address", "sign up now", "add your comment here",
        "leave a comment", "leave a reply", "post a comment", "add a comment", "write a comment",
        "add your comment", "post your comment", "send your comment",
        # a comment box's note to the reader ("Please note anonymous comments may not be published.")
        "anonymous comments may not be published",
        # the plural of a comment box's prompt ("Add your comments below...")
        "add your comments", "post your comments", "leave your comments", "share your comments", "submit your comment", "submit a comment", "log in to comment", "login to comment",
        "sign in to comment", "forgot your password", "forgot password", "forgot login", "forgot your login",
        "forgot username", "forgot your username",
        # the British form ("Forgotten your username or password? e-mail us")
        "forgotten your password", "forgotten password", "forgotten your username", "forgotten your login",
        # a forum post's buttons (Invision: "Link to comment" / "Share on other sites")
        "link to comment", "post new comment",
        # a comment box loading, or failing to save the commenter's name
        "load the latest comments", "loading the latest comments", "create an account",
        "create a free account", "don't have an account", "already have an account", "be the first to comment",
        "be the first to leave a comment", "be the first to leave your comment",
        "write the first comment", "add images to your comment", "what's your reaction",
        # a form's CAPTCHA and its text box's counter
        "enter the characters shown in the image", "please enter what you see", "remaining characters available",
        "no comments yet", "be the first to start a discussion", "view all comments", "view comments", "see comments", "read comments", "show comments", "load comments", "load all comments",
        "hide comments", "join the discussion", "join the conversation", "cancel reply", "reply to this",
        # a local TV station's box over its comments ("BE PART OF THE CONVERSATION" / "... is committed
        # to providing a forum for civil and constructive conversation.")
        "be part of the conversation",
        "report abuse", "flag as inappropriate", "view profile", "keep me logged in", "keep me signed in",
        "stay signed in", "remember me on this computer", "lost your password", "lost password",
        "reset your password", "sort by best", "start the discussion", "use the comment form below",
        # a blog's note over its comment form ("Comments will be approved before showing up.")
        "comments will be approved before showing up", "comments will be approved before they appear",
        # the greeting over a comment form, a comment system's buttons and its rules (TownNews's:
        # "Watch this discussion.", "PLEASE TURN OFF YOUR CAPS LOCK.")
        "welcome to the discussion", "watch this discussion", "stop watching this discussion",
        "turn off your caps lock",
        # a login box's confirmation of a password reset
        "we've sent you an email", "we’ve sent you an email", "we have sent you an email",
        # a login box's invitation to register
        "no account?", "not a member?", "not registered?", "need an account?",
        # a comment section's rules, and a story's feedback button
        "comments policy", "commenting policy", "comment policy", "your comments community", "stay civil",
        "report inaccuracy", "report an inaccuracy", "report an error", "report a typo", "submit a correction",
        "suggest a correction",
        # the question over a comment form, and the consent boxes of a sign-up form
        "what do you think of this post", "what do you think of this article", "what do you think of this story",
        "what do you think about this post", "what do you think about this article",
        "what do you think about this story", "let us know in the comments", "tell us in the comments",
        "share your thoughts in the comments", "sound off in the comments", "i'd like to receive",
        "i would like to receive", "i agree to the terms", "i have read and agree", "i have read and accept",
        "i want to receive", "i accept terms & conditions", "i accept the terms",
        # a paywall's prompt ("Log in to your account to read this article – and millions more.")
        "log in to your account to read",
        # a comment box closed or behind a link ("Commenting has been turned off.", "View/Submit
        # Comments for this story")
        "commenting has been turned off", "comments have been turned off", "submit comments for this",
        # vBulletin's post view and its poster's card ("View Single Post", "Join Date: Dec 2005",
        # "Rep Power: 12")
        "view single post", "rep power", "join date:",
        # a forum's closed thread, a comment box's warning ("Comments posted here will be publicly
        # visible. This is not a means of contact.")
        "closed to further replies", "won't accept reply postings",
        # a form's checks ("Fill out this field", "Please enter a valid email address.")
        "fill out this field", "please enter a valid email address", "all fields marked with",
        # a form plugin's key to its stars ("\"*\" indicates required fields", "* indicates a required field")
        "indicates required fields", "indicates required field", "indicates a required field",
        # a journal page's metrics ("CrossRef citations to date")
        "crossref citations to date",
        # a paper's letters box under the story ("You can send a letter to the editor to have your
        # say by clicking here." / "Letters should not exceed 250 words ...")
        "send a letter to the editor", "letters should not exceed",
        # a public body's feedback form under each page
        "is there anything wrong with this page", "was this page helpful", "was this page useful",
        "is this page useful", "did you find this page useful", "did you find this page helpful",
        "how can we improve this page", "how could we improve this page", "was this information useful",
        "was this article useful", "was this answer useful",
        "your feedback helps us to improve our website", "your feedback helps us improve our website",
        "your feedback helps us improve this website", "how would you rate this page", "thank you for rating this page",
        # a rating widget under a post (WordPress's "Rate my Post": "How useful was this
        # information?" / "Click on a star to rate it!" / "No votes so far! Be the first to rate
        # this page." / "We're sorry this page wasn't useful for you!")
        "how useful was this", "click on a star to rate it", "no votes so far", "be the first to rate this",
        "sorry this page wasn't useful", "sorry that this page wasn't useful",
        "sorry this post was not useful", "let us improve this post",
        # a commenting service's form ("Create a display name to comment", "This name will appear
        # with your comment")
        "create a display name to comment", "this name will appear with your comment", "error saving your display name",
        # ... and a help centre's under each answer ("Did you find this FAQ helpful?")
        "was this faq helpful", "did you find this faq helpful", "was this answer helpful",
        "did you find this answer helpful", "was this article helpful", "did you find this article helpful",
        "was this information helpful", "did you find this information helpful",
        # the login link under a members' paywall ("If you are already a member please login here.")
        "if you are already a member", "if you're already a member", "already a member? log in",
        "already a member? sign in", "already a member? login",
    ),
    "notice": (
        # a gate's question over its offer ("Would you like to read more?")
        "would you like to read more",
        # a metered paywall's count and offer ("of 5 stories this month > Get unlimited stories", "Only
        # $1 for your first month."), an affiliate site's disclosure ("ChalkBucket may earn a
        # commission through product links on the site.")
        "get unlimited stories", "get unlimited access", "for your first month", "free stories this month", "free articles this month",
        # ("This is the 1st of your 3 free articles", "Become a member for unlimited website access and more.")
        "free articles remaining", "unlimited website access",
        "may earn a commission through", "may earn a commission from", "may earn a small commission", "we may earn a commission",
        "become a subscriber", "start your free trial", "start a free trial", "start my free trial",
        "protected by recaptcha", "paid program", "paid content", "sponsored content", "partner content", "remove this ad", "ad choices",
        "your ad here", "report this ad", "advertise on this site",
        # an ad network's slot, named where the advert did not load ("AdSense Ad Slot (In-Article)")
        "adsense ad slot", "ad slot",
        # a sponsor's line over its name ("This page brought to you by:" / "VintageHammond.Com - We Buy-Sell-Trade ...")
        "this page brought to you by", "this page is brought to you by", "this page sponsored by", "this page is sponsored by",
        # an archive's warning over an old story ("This article is more than 5 years old", "This
        # article is 7 years old. Images might not display.")
        "this article is more than", "images might not display",
        # an old-browser notice, short: "you are using an outdated browser" in a longer sentence may
        # be a story's advice
        "you are using an outdated browser", "you're using an outdated browser", "please upgrade your browser",
        "please update your browser",
        "your browser is out-of-date", "your browser is out of date", "update your browser to view this website",
        # a site builder's placeholder text ("Hello. Add your message here.")
        "add your message here", "add your description here", "add your text here", "add a description here",
        # a news network's picture-upload box over each story ("Image Upload" / "File size must be
        # less than 2Mb" / "You must have online publishing permission or full ownership of this image")
        "you must have online publishing permission", "full ownership of this image", "file size must be less than",
        # a video player that did not load (the BBC's pages)
        "media playback is unsupported on your device", "media playback is not supported on this device",
        # an embedded social post's placeholder ("View this post on Instagram")
        "view this post on instagram", "view this post on tiktok", "view this post on facebook",
        # a page's placeholder while more of it loads ("Hold tight - we’re checking permissions before
        # loading more content")
        "before loading more content", "loading more content",
        # an age check at the door of a brewer's, a vintner's or a distiller's site, and an
        # appeal for sponsors
        "are you at least 21", "are you at least 18", "are you over 21", "are you over 18",
        "are you of legal drinking age", "are you of legal age", "interested in becoming a sponsor",
        # an embed or a player the browser did not show
        "your browser does not support iframes", "your browser doesn't support iframes",
        "your browser does not support the video tag", "your browser does not support the audio element",
        "your browser does not support html5 video", "your browser does not support the video element",
    ),
    "related": (
        "around the web", "from the web", "promoted stories", "sponsored stories", "recommended by", "trending now", "latest videos", "more videos", "watch more", "post navigation",
        "you may also like", "you might also like", "you may be interested in", "you might be interested in",
        "you may be interested", "you might be interested",
        # a box of the site's other stories asking after them ("Maybe you missed these episodes?")
        "you may have missed", "you might have missed", "in case you missed it", "maybe you missed",
        "you may also be interested in", "you might also be interested in", "this might also interest you",
        "this may also interest you", "might also interest you", "may also interest you", "more on the topic",
        "read the full article", "read the complete article", "read the entire article", "read the whole article",
        "read the complete story", "read the entire story", "read the whole story", "read the original article",
        "read more at",  # "Read more at CNN.": the link to the rest, a sentence of its own
        "you should also read",
        # a box of the site's most-read stories under another name ("What other people are
        # reading right now:")
        "what other people are reading", "what people are reading", "what others are reading",
        "people are also reading", "readers are also reading", "people also read", "readers also read",
        # a section's box of its other stories under the story ("Also in this section")
        "also in this section", "more in this section", "more from this section", "other stories in this section",
        "hot news",
        "recommended for you", "related articles", "related stories", "related posts", "related content",
        "related coverage", "related links", "related topics", "related news", "most popular", "most read",
        "most viewed", "most shared", "most emailed", "most commented", "popular posts", "popular stories",
        "top stories", "editor's picks", "editors' picks", "recent posts", "recent comments", "recent entries",
        "weitere beiträge", "mehr zum thema", "lesen sie auch", "lire aussi", "à lire aussi", "lire la suite",
        "leia também", "leia mais", "leggi anche", "leggi tutto", "weiterlesen", "lee también", "leer más", "читайте также", "baca juga",
    ),
    "navigation": (
        # a wiki's bar between revisions ("(diff) ← Older revision | Latest revision (diff) | Newer revision → (diff)")
        "latest revision (diff)", "(diff) ← older revision",

        # a link's note that it leaves the page ("{Click image(s) to view on Flickr - opens in new tab}")
        "opens in new tab", "opens in a new tab", "opens in new window", "opens in a new window",
        "bookmark the permalink", "skip past newsletter promotion", "skip to primary navigation", "skip to secondary content", "back to home", "return to top",
        "skip to content", "skip to main content", "skip to navigation", "skip to main", "skip to sidebar",
        "skip to contents",  # a guide's anchor ("Skip to contents of guide")
        "content starts here",
        "jump to navigation", "jump to search", "jump to heading", "jump to content", "jump to main content", "redirected from", "back to top", "back to main menu", "toggle navigation", "open navigation",
        "toggle mobile menu", "toggle menu visibility", "close this search box", "close search box",
        "skip to the end",
        # a blog theme's pager (Tumblr: "Newer posts are loading.", "You are at the newest post.")
        # and a mirror's link back to its source ("View on Wikipedia")
        "newer posts are loading", "older posts are loading", "you are at the newest post", "you are at the oldest post",
        "view on wikipedia",
        # Wikivoyage's link over each article to its map points ("Download GPX file for this article")
        "download gpx file",
        # a print link ("Print or save this article as a pdf") and a PDF viewer's fallback link
        # where the document was embedded ("Download the PDF file .")
        "print or save this article", "print or save this page", "download the pdf file",
        # a review site's fold ("…show more content…"), a council site's section box ("View pages
        # in this section")
        "show more content", "pages in this section",
        # a flipbook host's buttons ("Create a Flipbook Now", "Read Text Version", "Go to new dashboard")
        "create a flipbook", "read text version", "go to new dashboard",
        # a feed plugin's link under a copied story ("Source link"), and PubMed Central's furniture
        # around a paper ("Journal List", "PMC Disclaimer | PMC Copyright Notice", "Link to
        # Publisher's site")
        "source link", "journal list", "pmc disclaimer", "pmc copyright notice", "link to publisher's site",
        # a print page's jump line, or a paged site's ("(CONTINUED from previous page)", "Continued on page 4")
        "continued from previous page", "continued on next page", "continued from page", "continued on page",
        "top of page", "bottom of page",  # a site builder's anchors (Wix)
        "back to the top of the page",  # ("[Go back to the top of the page]")
        # a locale picker ("Select a country or region" over "Asia Pacific"), a video embed's fallback link
        "select a country or region", "select your country or region", "choose your country or region",
        "view on youtube", "watch on youtube",
        "close navigation", "open menu", "close menu", "main menu", "main navigation", "global navigation",
        "site map", "sitemap", "blog archive", "monthly archives", "archive by month", "search this site",
        "search this blog", "privacy policy", "terms of use", "terms of service", "terms and conditions",
        "privacy statement", "privacy notice", "accessibility statement",
        "terms & conditions", "contact us", "about us", "advertise with us", "advertise here", "work with us",
        "accessibility help", "view pdf", "print mode", "who we are", "what we do", "meet the team",
        "all articles", "all posts", "all stories", "why you can trust", "your california privacy rights",
        "california privacy rights", "your privacy rights", "your privacy choices", "cookie preferences", "politique de confidentialité", "política de privacidade",
        "política de privacidad", "datenschutzerklärung", "informativa sulla privacy", "impressum",
        # a blog's tag box with no tag in it (Wix); a print view's footer over the story's address
        "no tags yet", "the url for this article is", "the url for this story is",
    ),
}

LEADS: dict[str, tuple[str, ...]] = {
    "related": (
        # a finance site's promoted product and further-reading box ("Editor's pick: Betterment
        # Everyday Savings", "More for You: GOBankingRates' Smart Holiday Spending Guide")
        "editor's pick:", "editors' pick:", "more for you:",
        # a wiki mirror's box of quotations that hold the article's title word ("Famous quotes
        # containing the word bog:")
        "famous quotes containing the word", "famous quotes containing the words",
        "more from", "more stories from", "more stories about", "more stories on", "more news about", "more news on", "up next", "don't miss", "also read", "also see", "see also",
        "further reading", "read next", "continue reading", "keep reading", "read more", "read the full story",
        "read full article", "next article", "previous article", "next story", "previous story", "next post",
        "previous post", "older post", "newer post", "older posts", "newer posts", "latest from", "next entry",
        "previous entry",
        "read it all at", "read the rest at",
        "other articles related to", "articles related to",
        # an author box's list of the author's other posts ("Latest posts by Verne Hill (see all)")
        "latest posts by", "recent posts by", "more posts by", "other posts by",
        # a video or reading box's label inside the story ("You may also want to watch:")
        "you may also want to watch", "you might also want to watch", "you may also want to read",
        "you might also want to read",
        # a video site's pointer to its other clips ("Watch more of our videos on Shots!")
        "watch more videos", "watch more of our videos", "see more of our videos",
    ),
    # a supporter appeal's button ("Become a Supporter"), not how a line of news begins; a download
    # box's link ("Download our Good Practice Guide for Starting a Befriending Service")
    "notice": ("become a supporter", "become a member", "become a patron", "become a donor", "download our"),
    "share": (
        "follow us on", "follow us", "find me on", "follow related authors", "sign up for our", "sign up to our", "subscribe to our", "get the app",
        "download the app", "share this", "share on", "like us on", "join us on", "find us on",
        "have a news tip", "got a news tip", "have a tip", "got a tip",
        "do you have a news, photo or video",  # a news site's call for readers' material
    ),
    # the line a trade body's or a society's magazine puts under its name on every page
    "tagline": ("a publication of", "a service of", "a project of"),
    "copyright": ("designed by",),
    "login": ("sign in to", "log in to", "login to", "register to", "last edited"),  # a forum post's "Last edited: ..."
    "navigation": (
        "switch to the", "view all", "see all", "posted in", "posted on posted in", "filed under", "tagged with", "tagged as",
        "categorised in", "categorized in",
        # a blog's archive page title ("Archive for October, 2010", "Archive for the 'Birds' Category"),
        # a Blogger label page's ("Showing posts with label Philadelphia International Airport. Show
        # all posts")
        "archive for", "showing posts with label", "showing posts sorted by",
        # a local TV station's topic line under the story ("Article Topic Follows: US & World")
        "article topic follows",
    ),
}

# a page's anchors and skip links: they head no list ("top of page" over the writer's byline)
ANCHORS = frozenset(
    ("top of page", "bottom of page", "back to top", "return to top", "skip to content", "skip to main content", "skip to main",
     "jump to content", "jump to main content",
     "back to table of contents", "back to contents")
)

# the toggles of a truncated caption or teaser ("... more" / "less"), and a share bar's "More"
# (alone, a label only beside other furniture: ``classify._AMBIGUOUS_SINGLE``): navigation labels
TOGGLES = ("more", "less", "show less", "see less", "read less", "view less")

LABELS: dict[str, tuple[str, ...]] = {
    "share": (
        "share", "shares", "share this", "share it", "tweet", "tweet this", "email", "e-mail", "email this",
        "print", "print this", "print this page", "pin it", "facebook", "twitter", "linkedin", "pinterest",
        "whatsapp", "reddit", "instagram", "youtube", "tumblr", "telegram", "flipboard", "google+", "google plus",
        "stumbleupon", "digg", "x", "bluesky", "threads", "mastodon", "tiktok", "snapchat", "messenger",
        "follow", "subscribe", "subscribe now", "newsletter", "newsletters", "sign up",
        "rss", "copy link", "sign up here", "click to follow", "teilen", "partager", "compartir", "condividi", "compartilhar", "поделиться",
        "abonnieren", "s'abonner", "suscríbete", "iscriviti",
        "share and enjoy", "spread the love",  # share plugins' labels over their buttons
        "bookmark", "follow this topic", "follow topic",  # a story page's buttons beside its section label
        "follow me",
    ),
    "login": (
        "log in", "login", "log out", "logout", "sign in", "sign out", "register", "my account", "remember me", "loading comments",
        "account login", "member login", "members login", "user login", "subscriber login", "customer login",
        "member sign-in", "member sign in", "members sign-in", "members sign in",
        "my dashboard", "my profile", "join now", "join free",
        "join",  # beside "Sign in" ("Sign in / Join"); alone a label only beside other furniture (``classify._AMBIGUOUS_SINGLE``)
        # comment-form fields
        "your name", "your email", "your email address", "email address", "your details", "nama anda", "alamat email",
        "votre nom", "votre adresse e-mail", "tu nombre", "tu correo electrónico", "il tuo nome", "seu nome",
        "ihr name", "ihre e-mail-adresse",
        "comments", "comment", "reply", "replies", "responses", "post comment", "submit comment", "permalink",
        "have your say",
        "reader interactions",  # a theme's heading over the comments (Genesis)
        "post reply", "new topic", "user avatar",  # a forum's buttons over a thread, an avatar's alt text
        "posting permissions", "blog entries",  # a forum's box of the reader's rights; a poster card's link
        "fill this in",  # the end of MediaWiki's anti-spam field ("Anti-spam check. Do" / "not" / "fill this in!")
        "quote",  # a forum's label over the post a reply quotes ("Quote:"), or its button
        "upvote", "upvotes", "downvote", "links to this post",  # a thread's votes; Blogger's backlinks heading
        "fedilink", "arrow-up", "arrow-down",  # a Lemmy thread's buttons under each handle
        # a thread's buttons between its comments (Reddit's "Show parent comments")
        "show parent comments", "continue this thread", "load more comments", "view more comments", "more replies",
        "report",  # a comment's button (alone, a label only beside other furniture: ``classify._AMBIGUOUS_SINGLE``)
        "pingbacks", "trackbacks", "trackbacks/pingbacks", "pingbacks/trackbacks",  # WordPress's heading of them
        "anmelden", "connexion", "iniciar sesión", "accedi", "entrar", "войти", "комментарии", "kommentare",
        "commentaires", "comentarios", "commenti", "comentários", "nessun commento", "no comments",
    ),
    "notice": (
        "advertisement", "advertisements", "advert", "adverts", "advertising", "ad", "ads", "sponsored", "sponsored by", "promoted",
        "advertisment", "advertisments",  # a theme's own misspelling of the label, printed on every ad slot
        "promoted content", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade",
        "advertiser disclosure", "how we make money",
        "anuncio", "anuncios", "annonce", "advertentie", "reklame", "reklam", "reklama", "mainos",
        "реклама", "iklan", "adchoices",
        "story continues below",  # the same chain's label over an ad slot in the story
        "ad loading", "advertisement loading", "loading ad", "loading advertisement",  # a slot's placeholder
        "fbpx",  # the class of Facebook's tracking pixel, printed as text by a WordPress plugin
        "oops",  # an error page's heading over its notice ("Oops." / "Our website is temporarily unavailable ...")
    ),
    "related": (
        "newer post", "older post", "newer posts", "older posts", "watch live", "listen live", "live updates",
        "related", "related articles", "related stories", "related posts", "more news", "more stories",
        "similar posts", "similar articles", "similar stories", "check also", "read also", "also read",
        "latest", "latest news", "latest stories", "trending", "trending now", "popular", "recommended",
        "recommended posts", "recommended articles", "recommended stories",
        "read more", "see more", "view more", "show more", "load more", "more articles", "next", "previous",
        "continue reading", "keep reading", "read full article", "read the full article", "read full story",
        "read the full story", "read full post", "read the full post", "read the rest",
        "prev", "next page", "previous page",
        # a journal page's links beside its paper
        "similar documents", "similar papers",
        # a magazine's box for its issues ("Current Issue" heads a story on a magazine's pages)
        "latest issue", "past issues", "back issues", "previous issues",
        "more to read", "more to explore",
        "what else is making news", "what else is in the news", "in other news",
        "read more here", "find out more", "find out more here", "learn more", "learn more here",
        # the BBC's heading over its links to other stories ("Where next?", "More on this story")
        "where next", "more on this story", "more on this topic",
        "you might like", "you may like",
        "suggested", "suggested for you", "suggested stories", "suggested articles", "suggested reading",
        "more like this",
    ),
    "navigation": (
        # a page builder's labels for a box shown only on some screens ("Hidden from small")
        "hidden from small", "hidden from medium", "hidden from large", "hidden from desktop", "hidden from mobile", "hidden from tablet",
        # a digital library's links to a scanned book's other files, over its text
        "see other formats",
        "home", "homepage", "menu", "search", "sections", "tags", "topics", "categories", "archives",
        "navigation", "contact", "about", "privacy", "terms", "help", "faq", "careers", "jobs", "advertise",
        "sitemap", "startseite", "accueil", "inicio", "início", "главная",
        # a breadcrumb trail's label, its trail lost ("You are here:"); a theme's menu button on a
        # narrow screen (Divi's "Select Page")
        "you are here", "select page", "what are you looking for", "primary navigation",
        # a theme's search box prompt ("Hi, what are you looking for?") and a search page's when it
        # finds nothing
        "hi, what are you looking for", "can't find what you're looking for",
        # a document-sharing site's viewer around an uploaded file
        "citation preview", "embed size (px)", "article with toc",
        # a PubMed record's index terms under its abstract, over their list
        "mesh terms", "publication types",
        # a radio station's player button beside a story
        "play associated audio", "listen to this article", "listen to this story", "listen to the story",
        "listen to this page",
        # a public radio station's player in its page header ("Play Live Radio" / "Next Up:" / "0:00")
        "play live radio", "next up", "available on air stations",
        # the buttons of a photo gallery or a video player, copied with its captions
        # an events calendar's link back to its list, an audio player's button
        "back to all events", "play all audios",
        # the buttons of a page of questions and answers that open and close them all
        "show all answers", "hide all answers", "expand all", "collapse all", "expand all answers", "collapse all answers",
        "close", "back to gallery", "return to gallery", "view gallery", "open gallery", "launch gallery",
        "view slideshow", "launch slideshow", "start slideshow", "enlarge", "enlarge photo", "enlarge image",
        "enlarge this image", "toggle caption", "hide caption", "show caption", "full screen", "fullscreen",
        "exit full screen", "expand", "collapse", "replay", "play video", "skip ad", "open this photo in gallery",
        # a story's time stamp, its date lost ("Published", "Updated on")
        "published", "updated", "published on", "updated on", "last updated", "last updated on", "posted on",
        # an events calendar's placeholder while its list loads
        "loading events", "no items found", "no events found",
        *TOGGLES,
        # a guide's link back to its contents, a statistics page's notice over an old release
        "back to table of contents", "back to contents", "view latest release",
        # a table-of-contents box (a CMS plugin's: "Table of Contents [hide]"); the list under it
        # goes with it (``lists.extend_headed_lists``)
        "table of contents", "table of content", "in this article", "on this page", "jump to", "jump to section", "article contents",
        "page contents", "contents of this page", "contents hide", "contents show", "contents toggle",
        "toggle", "hide", "show", "toggle table of contents",
        # a picture's alt text where the picture was, one per picture in a row ("Image Image Image"),
        # and a header's or a logo's
        "image", "banner", "banner image", "header image", "featured image", "logo", "site logo",
        # a document-sharing site's tab over the file's text ("Transcript" alone may head a letter's
        # transcript: a label only in company, ``classify._AMBIGUOUS_SINGLE``), a gallery's link, a
        # journal's label for the kind of paper, a story page's date fields printed without their dates
        "transcript", "transcription", "photo gallery", "research article", "posted: updated",
        # a reader's display settings ("Font Size:" / "Aa Aa Aa" / "Line Spacing:")
        "font type", "font size", "text size", "line spacing", "column width", "aa", "dark mode",
        "adjust font size", "change font size", "text resize",
        "reading mode", "reader mode",
        # a journal page's tabs and tools beside its paper
        "author affiliations", "how to translate text using browser tools",
        "google scholar", "current site", "get etoc alerts", "rights and permissions",
        "article metrics", "back to summary", "view suggested citation", "cite this article", "download citation",
        # a news site's label for screen readers where the story's text resumes after an ad slot
        # (a Canadian chain's "Article content" over each run of paragraphs, "Article content
        # continued" under the slot)
        "content of the article", "article continues below", "article content", "article content continued",
        # a reader's text-size buttons, a slider's alt text
        "default font size", "larger font size", "smaller font size", "change text size", "text size", "change font size",
        "slide background",
        # an events calendar's notice on a past event's page
        "this event has passed", "this event is past", "this event has ended", "this event is over",
        # a document site's viewer over the uploaded document
        "start display at page",
    ),
}

LIST_LABELS: dict[str, tuple[str, ...]] = {
    "navigation": (
        "labels", "filed in", "more on", "topics covered", "our standards", "editorial standards",
        "tag", "tags", "tagged", "tagged as", "tagged with", "topics", "categories", "category", "filed under",
        "posted in", "categorised in", "categorized in", "post category", "post tags", "sections", "keywords", "keyword",
        # a listing's controls and its tag ("Sort By: most recent first", "Filter by:", "Displaying
        # items by tag: recovery")
        "sort by", "filter by", "order by", "displaying items by tag",
        # an archive's index of its own categories ("View by Category:" over the list of them)
        "view by category", "browse by category", "view by topic", "browse by topic", "browse by subject", "shop by category",
        "technorati tags", "technorati", "schlagworte", "themen", "mots-clés", "etiquetas",
    ),
    "related": (
        "related", "read more", "see also", "see related", "also read", "read also", "more on this",
        "related post", "related posts", "related story", "related stories", "related article",
        "related articles", "related coverage", "related content", "related link", "related links",
        "related reading", "related video", "related videos", "related news", "related blog",
        "read", "now read", "see now", "also see", "must read", "must-read", "read next", "up next",
        "don't miss", "recommended", "recommended reading", "you may also like", "you might also like",
        "read this next", "watch next", "watch this next", "read the story",
    ),
    "share": ("share", "share this", "follow us", "share this article", "like this"),
}

SECTIONS = frozenset(
    """news world local national international regional metro city state nation us uk europe asia africa
    americas politics government elections election business economy economics markets market money
    finance personal investing stocks tech technology science health wellness medicine sport sports
    football soccer basketball baseball hockey golf tennis cricket rugby racing motorsport entertainment
    arts culture music movies movie film films tv television radio books reviews review opinion opinions
    editorial editorials columns columnists commentary letters blogs blog lifestyle life living style
    fashion beauty food recipes drink drinks travel autos auto cars motoring real estate property homes
    home garden education jobs careers classifieds obituaries weather traffic video videos photos
    pictures gallery galleries podcasts podcast events calendar deals coupons shopping gaming games
    software apps mobile phones internet media gadgets hardware security cloud data startups energy
    environment climate religion faith family parenting relationships kids crime courts law legal
    military defense industry innovation design photography space weird offbeat features interactive
    graphics archive archives newsletters magazine issue latest top popular trending featured more all
    today breaking local""".split()
)

# Months and weekdays, for archive lists ("June 2012 (21)") and dates, in the main Latin-script languages.
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    januar februar märz juni juli oktober dezember janvier février mars avril mai juin juillet août
    septembre octobre novembre décembre enero febrero marzo abril mayo junio julio agosto septiembre
    octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre
    dicembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro""".split()
)
WEEKDAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi
    dimanche lunes martes miércoles jueves viernes sábado domingo""".split()
)
