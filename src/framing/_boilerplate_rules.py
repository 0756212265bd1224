"""The boilerplate pattern lexicon: project-written rules, one per recognisable kind of line.

Every rule is written for *this* project as a general pattern (no outlet names,
no sentences copied from real articles). A rule matches a whole *unit* (a line,
or a sentence when the article has no line breaks) after normalisation by
:func:`framing.boilerplate.normalize_line` (lower case, digit runs -> ``0``,
curly quotes -> straight, whitespace collapsed). A unit matches a rule when

* it is at most ``max_len`` characters long (boilerplate lines are short; a long
  paragraph is never flagged by a pattern),
* it contains one of the rule's ``triggers`` (ASCII word tokens, used to select
  the few rules worth trying),
* every regular expression of the rule is found in it,
* and, for rules with ``guard=True``, it does not look like reported content
  (a speech verb such as *said*/*told*, or a double-quoted passage).

Each regex is linear-time: no nested unbounded quantifiers, only bounded or
literal alternations, so no input can make matching backtrack catastrophically.
The ``example`` of each rule is fictional and is checked by the test suite.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

CATEGORIES: tuple[str, ...] = (
    "disclaimer",
    "solicitation",
    "republication",
    "comment_widget",
    "social_prompt",
    "ad_notice",
    "scraper_artifact",
    "copyright",
    "byline_dateline",
    "related_links",
)

#: Longest unit (characters, after normalisation) a pattern may flag.
MAX_RULE_LEN = 400

# Leading / trailing decoration allowed around a whole-line pattern (bullets,
# dashes, brackets, quotes, asterisks), at most six characters.
P = r"^[^a-z0-9]{0,6}"
E = r"[^a-z0-9]{0,6}$"
W = r"[a-z0-9.'&@_-]+"  # one name-like token (no spaces)
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
PLATFORM = (
    r"(?:twitter|facebook|instagram|youtube|tiktok|telegram|gab|parler|truth social|linkedin|"
    r"pinterest|snapchat|reddit|rumble|bitchute|mastodon|threads|bluesky|apple podcasts|spotify|"
    r"itunes|flipboard|whatsapp|x)"
)

_REPORTED_RE = re.compile(
    r"\b(?:said|says|say|told|tells|according to|asked|added|stated|wrote|tweeted|testified)\b"
    r"|\"[^\"\s]{1,40}(?: [^\"\s]{1,40}){4,}\""
)


def looks_reported(key: str) -> bool:
    """True when a normalised unit looks like reported content (a speech verb, or a quoted passage of 5+ words).

    Examples
    --------
    >>> looks_reported('"we will not back down," the mayor said.')
    True
    >>> looks_reported("follow us on twitter")
    False
    """
    return _REPORTED_RE.search(key) is not None


@dataclass(frozen=True)
class Rule:
    """One boilerplate pattern (see the module docstring for the matching semantics)."""

    category: str
    name: str
    triggers: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    max_len: int
    example: str
    guard: bool = True
    check: Callable[[str, str], bool] | None = field(default=None, compare=False)
    description: str = ""
    first: frozenset[str] = frozenset()


_RULES: list[Rule] = []


def _rule(category: str, name: str, triggers: str, max_len: int, *patterns: str, example: str,
          guard: bool = True, check: Callable[[str, str], bool] | None = None,
          description: str = "") -> None:
    assert category in CATEGORIES, category
    _RULES.append(Rule(category, name, frozenset(triggers.split()), tuple(re.compile(p) for p in patterns),
                       max_len, example, guard, check, description))


# ----------------------------------------------------------------- disclaimer
_rule("disclaimer", "views_expressed", "expressed", 400,
      r"\b(?:views?|opinions?|viewpoints?|thoughts|comments|statements?|content|positions?)"
      r"(?: and (?:views?|opinions?))? expressed\b|\bexpressed (?:in|by|on|here|within|herein)\b",
      r"\b(?:not necessarily|solely|own|do(?:es)? not (?:necessarily )?(?:reflect|represent|constitute)|"
      r"(?:is|are) not (?:necessarily )?(?:either )?(?:shared|endorsed)|belong to|are those of|is that of)\b",
      example="The views expressed in this opinion piece are solely those of the author and do not "
              "necessarily represent those of The Quill Gazette.",
      description="'views/opinions expressed ...' with 'solely', 'own' or 'not necessarily'")
_rule("disclaimer", "does_not_reflect",
      "necessarily opinion view", 400,
      P + r"(?:this|the (?:above|following)) (?:column|article|post|piece|op-?ed|commentary|content|video|"
      r"essay|blog post|story|opinion piece|podcast|episode)\b",
      r"\b(?:does not|doesn't|do not|don't|may not) necessarily (?:reflect|represent)\b"
      r"|\bis (?:the )?(?:sole )?(?:opinion|view) of the (?:author|writer)\b",
      example="This column does not necessarily reflect the opinion of the editors of Riverside Daily.",
      description="'this column/article does not necessarily reflect ...'")
_rule("disclaimer", "views_of_contributors", "views view opinions opinion", 300,
      P + r"(?:the )?(?:views?|opinions?) (?:of|in|on) (?:this |our |the )?(?:author|authors|writer|writers|"
      r"contributors?|columnists?|guests?|bloggers?|commentators?|article|column|post)\b",
      r"\b(?:their|his|her|its|the author's) own\b|\bnot necessarily\b|\bdo(?:es)? not (?:reflect|represent)\b",
      example="Opinions of our contributors are their own.",
      description="'the opinions of our contributors are their own'")
_rule("disclaimer", "disclaimer_label", "disclaimer", 400, P + r"disclaimer\b",
      example="Disclaimer: this post contains affiliate links.",
      description="a line starting with 'Disclaimer'")
_rule("disclaimer", "opinion_label", "opinion commentary op ed editorial", 120,
      P + r"this (?:is an?|article is an?|piece is an?) (?:opinion|commentary|op-?ed|editorial)"
      r"(?: piece| column| article)?\b",
      example="This is an opinion piece.",
      description="'this is an opinion piece'")

# --------------------------------------------------------------- solicitation
_rule("solicitation", "patreon", "patreon subscribestar kofi ko fi", 300,
      r"\b(?:patreon|subscribestar|ko-?fi|buy me a coffee)\b",
      r"\b(?:support|join|become|pledge|donate|help|back|sign up|subscribe|visit|chip in|contribute)\b",
      example="Help us grow. Support The Lantern Report on Patreon!",
      description="a call to support the outlet on a patronage platform")
_rule("solicitation", "donate",
      "donate contribute chip donation contribution gift tip donations contributions", 300,
      r"\b(?:donate|contribute|chip in) (?:now|today|here|to (?:us|support|help|keep))\b"
      r"|\b(?:please|click here to|click to|you can) (?:donate|contribute)\b"
      r"|\bmake a (?:one-time |monthly |recurring |tax-deductible |small |secure )(?:donation|contribution|gift)\b"
      r"|\bmake a (?:donation|contribution|gift) (?:today|now|here|to (?:us|support|keep|help))\b"
      r"|\b(?:your|a) (?:tax-deductible )?(?:donation|contribution|gift) (?:of any (?:size|amount)|today|"
      r"helps?|makes?|keeps?|allows?|enables?|will help)\b|\btip jar\b",
      example="Please make a one-time donation to keep this site running.",
      description="donation requests")
_rule("solicitation", "support_us", "support", 160,
      r"\bsupport (?:us|our (?:work|journalism|reporting|mission|newsroom|writers))\b"
      r"|\bsupport (?:" + W + r" ){0,3}" + W + r"(?:'s|') (?:[a-z-]+ )?journalism\b"
      r"|" + P + r"(?:please )?support (?:independent|this|the) (?:journalism|media|news|site|blog|channel|"
      r"show|podcast|newsletter|website|work)\b",
      example="Support The Lantern Report's independent journalism.",
      description="'support us / our journalism'")
_rule("solicitation", "become_member", "become reader listener viewer rely relies depend depends", 300,
      r"\bbecome a (?:supporter|patron|member|subscriber|sustaining member|donor|monthly donor|"
      r"paying (?:member|subscriber))\b"
      r"|\b(?:reader|listener|viewer|member)-(?:supported|funded)\b"
      r"|\b(?:rely|relies|depend|depends) on (?:readers|viewers|listeners|supporters|donations|"
      r"the (?:generosity|support) of)\b",
      example="We are reader-supported: become a member today.",
      description="'become a member', 'reader-supported', 'we rely on readers'")
_rule("solicitation", "subscribe_paywall", "subscribe trial unlimited subscriber subscribers", 300,
      r"\bsubscribe (?:now|today|to support|and support|for (?:just|only|as little as))\b"
      r"|\bstart (?:your|a) free trial\b|\b(?:get|unlock) unlimited (?:digital )?access\b"
      r"|\balready a subscriber\b|\bsubscribers? only\b",
      example="Subscribe today and get unlimited access.",
      description="paywall and subscription pleas")
_rule("solicitation", "join_membership", "join", 150,
      P + r"join (?:[a-z0-9.&-]+(?:plus|insider|premium|club)|our (?:community|membership)|"
      r"us (?:today|now|as a (?:member|supporter|patron)))\b",
      example="Join ExamplePlus today.",
      description="membership pleas")
_rule("solicitation", "help_us", "help", 160,
      P + r"(?:please )?help (?:us|keep|support)\b(?: [a-z0-9.'&-]+){0,6}? (?:grow|going|alive|afloat|"
      r"independent|free|fund|funding|survive|continue|thrive|keep)\b",
      example="Help us keep going!",
      description="'help us grow / keep us independent'")

# -------------------------------------------------------------- republication
_rule("republication", "originally_appeared",
      "appeared published posted ran appears", 300,
      P + r"(?:this|the (?:above|following|original)|a version of this|an earlier version of this) "
      r"(?:[a-z-]+ ){0,2}(?:article|story|post|piece|column|op-?ed|essay|report|commentary|interview|content|"
      r"editorial)(?: (?:was|is|has been))? (?:originally |first |previously |also )?"
      r"(?:appeared|published|posted|ran|appears)\b",
      example="This article originally appeared on Harbour Voices.",
      description="'this article originally appeared on ...'")
_rule("republication", "first_published", "appeared published posted", 200,
      P + r"(?:originally|first|previously) (?:appeared|published|posted) (?:on|in|at|by)\b",
      example="Originally published at the Coastline Herald.",
      description="'originally published at ...'")
_rule("republication", "reposted_with_permission",
      "reposted republished reprinted crossposted cross posted reproduced syndicated", 250,
      r"\b(?:re-?posted|re-?published|reprinted|cross-?posted|reproduced|syndicated) (?:here )?"
      r"(?:with (?:the )?(?:kind )?permission|by (?:kind )?permission|from|courtesy of|"
      r"under (?:a )?(?:creative commons|license|licence))\b",
      example="Reposted with permission from Hilltop Wire.",
      description="'reposted with permission from ...'")
_rule("republication", "free_to_republish", "charge eligible", 400,
      r"\bavailable without charge to\b|\beligible news publishers?\b",
      example="Content by the Example Foundation is available without charge to any eligible news "
              "publisher.",
      description="syndication notices")
_rule("republication", "creative_commons", "creative commons", 300,
      r"\bcreative commons\b", r"\blicen[cs]e",
      example="This article is republished under a Creative Commons license.",
      description="Creative Commons republication notices")
_rule("republication", "distributed_by", "distributed syndicated", 80,
      P + r"(?:distributed|syndicated) by (?:" + W + r" ){0,4}" + W + E,
      example="Distributed by Example Features Syndicate.",
      description="'distributed by ...'")
_rule("republication", "produced_in_partnership", "partnership collaboration", 300,
      P + r"(?:this|the) (?:[a-z-]+ )?(?:story|article|report|piece|post|project|column|content) "
      r"(?:was|is) (?:produced|published|written|co-published|reported|made) "
      r"in (?:partnership|collaboration) with\b",
      example="This story was produced in partnership with the Valley Reporting Project.",
      description="partnership/production notes")

# -------------------------------------------------------------- comment_widget
_rule("comment_widget", "comment_widget_line",
      "what thoughts thought sound share tell let leave post add write comment comments view show hide load "
      "loading notify newest oldest most inline join be log login sign reply replies report commenting "
      "disqus discussion conversation think your community", 120,
      P + r"(?:what do you think|what are your thoughts|what's your (?:take|opinion|view)|thoughts|"
      r"your thoughts|sound off|share your (?:thoughts|views|opinion|comments)|tell us what you think|"
      r"let us know what you think|leave a (?:comment|reply)|post a comment|add a comment|write a comment|"
      r"(?:0 )?comments?|view (?:all |the )?(?:0 )?comments?|show (?:all )?comments|hide comments|"
      r"load(?:ing)? (?:more )?comments|notify of(?: new (?:replies|follow-up comments))?|newest|oldest|"
      r"most voted|inline feedbacks|join the (?:conversation|discussion|debate)|be the first to comment|"
      r"log ?in to (?:comment|reply)|sign in to comment|comments are closed|"
      r"commenting (?:is|has been) (?:closed|disabled)|reply|replies|report (?:comment|abuse)|"
      r"powered by disqus|disqus|comment policy|community guidelines)(?: below| here)?(?: ?\(0\))?" + E,
      guard=False, example="What do you think?",
      description="a whole line that is a comment-section widget or prompt")
_rule("comment_widget", "comment_prompt", "comment comments below conversation discussion sound thoughts scroll croll",
      250,
      r"\b(?:in|into|to) the comments?(?: section| box)?(?: below)?\b"
      r"|\b(?:comment|sound off|let us know|share your thoughts|tell us|leave your (?:thoughts|comments?)|"
      r"weigh in) (?:below|in the comments)\b"
      r"|\bs?croll (?:down|below) (?:to|and) (?:comment|leave|share|join)\b"
      r"|\bjoin the (?:conversation|discussion) (?:below|in the comments)\b",
      example="Scroll down to comment below!",
      description="'comment below', 'let us know in the comments'")

# -------------------------------------------------------------- social_prompt
_rule("social_prompt", "follow_on_platform",
      "twitter facebook instagram youtube tiktok telegram gab parler truth linkedin pinterest snapchat "
      "reddit rumble bitchute mastodon threads bluesky podcasts spotify itunes flipboard whatsapp x", 300,
      P + r"(?:please |and |also |you can |don't forget to )?(?:follow|like|join|find|friend|connect with|"
      r"subscribe to|add|watch|listen to|check out|catch) (?:us|me|him|her|them|" + W + r"(?: " + W
      + r"){0,4}) (?:on|at|via) " + PLATFORM + r"\b",
      example="Like us on Facebook and follow us on Twitter.",
      description="'follow/like us on <platform>'")
_rule("social_prompt", "follow_handle", "follow", 300,
      r"\bfollow (?:him|her|them|me|us|[a-z]+) (?:on (?:twitter|x|facebook|instagram|gab|parler|"
      r"truth social|bluesky|threads)|at @|@)|" + P + r"(?:follow|tweet|like|contact) @[a-z0-9_]",
      example="Follow her on Twitter @janedoe_news.",
      description="'follow him on Twitter', 'follow @handle'")
_rule("social_prompt", "newsletter", "newsletter newsletters briefing digest inbox alerts mailing", 400,
      r"\b(?:newsletters?|briefing|digest|email alerts?|e-mail alerts?|mailing list|(?:in|to) your inbox|"
      r"breaking news alerts)\b",
      r"\b(?:sign up|signup|sign-up|subscribe|get|receive|join|want)\b",
      example="Sign up for our daily newsletter to get the news in your inbox.",
      description="newsletter and email sign-up prompts")
_rule("social_prompt", "email_form", "email e mail signing newsletter", 300,
      r"\b(?:enter|entering|submit|type|provide) your e-?mail(?: address)?\b"
      r"|\bby signing up,? you (?:agree|consent)\b|\bnewsletter sign[- ]?up\b|\binvalid e-?mail address\b"
      r"|\be-?mail (?:address )?\(?required\)?",
      example="Get our morning digest by entering your email address below.",
      description="email-form residue")
_rule("social_prompt", "app_prompt", "app apps", 150,
      P + r"(?:click here to |tap here to |)(?:get|download|install|try) (?:the|our) (?:free |new |official )?"
      r"(?:" + W + r" ){0,3}apps?\b|\bthe free (?:" + W + r" ){0,3}app\b"
      r"|\b(?:available|download (?:it )?)(?:on|from) the (?:app store|google play)\b",
      example="Click here to get the Example News app.",
      description="'get our app' prompts")
_rule("social_prompt", "share_widget",
      "share tweet post email print facebook twitter whatsapp linkedin pinterest reddit flipboard copy link "
      "messenger sms telegram save pin mail e x subscribe", 150,
      P + r"(?:(?:share(?: this(?: article| story| post| page)?| on| via)?|tweet|post|e-?mail|print|facebook|"
      r"twitter|whatsapp|linkedin|pinterest|reddit|flipboard|copy(?: link)?|link copied|messenger|sms|"
      r"telegram|save|pin(?: it)?|subscribe|x)[^a-z0-9]{0,4}){1,10}$",
      guard=False, example="Share | Tweet | Email",
      description="a line made only of share-button labels")
_rule("social_prompt", "share_this", "share", 200,
      r"\bshare this (?:article|story|post|page|video)\b"
      r"|" + P + r"(?:click to |click here to )?share (?:on|via|to) (?:" + PLATFORM[3:-1] + r"|e-?mail)\b",
      example="Click to share on Twitter (opens in new window)",
      description="'share this article' / 'share on <platform>'")

# ------------------------------------------------------------------ ad_notice
_rule("ad_notice", "ad_label",
      "advertisement advertisements advertising ad ads sponsored paid promoted story article text continue "
      "continues continued skip close report scroll feedback", 120,
      P + r"(?:(?:advertisements?|advertising|ad|ads|sponsored(?: content| links?| stories| posts?)?|"
      r"paid (?:content|post|partner content)|promoted(?: content| stories| links)?|"
      r"(?:story|article|text) continues? (?:below|after (?:the )?(?:advertisement|ad))|"
      r"story continued below|continue reading(?: (?:below|the main story|after (?:the )?"
      r"(?:ad|advertisement)))?|ad feedback|skip (?:this )?ad|close (?:this )?ad|report (?:this )?ad|"
      r"scroll to continue(?: with content)?)[^a-z0-9]{0,4}){1,3}$",
      guard=False, example="ADVERTISEMENT",
      description="ad slots and 'story continues below' markers")
_rule("ad_notice", "ad_blocker", "ad ads adblock adblocker blocker blockers whitelist disable adblocking", 300,
      r"\bad[- ]?block(?:er|ers|ing)?\b|\bwhitelist (?:us|our (?:site|website))\b",
      r"\b(?:please|disable|turn off|pause|whitelist|allow|using|running|noticed|detected|support us|"
      r"in order to)\b",
      example="Please disable your ad blocker to keep reading.",
      description="ad-blocker notices")

# ----------------------------------------------------------- scraper_artifact
_rule("scraper_artifact", "ui_word",
      "photo photos image images video videos audio gallery loading close open play pause replay embed "
      "caption toggle enlarge hide show expand collapse watch slideshow next prev previous 0 menu skip link "
      "copy listen full fullscreen screen mute unmute view click tap media autoplay", 80,
      P + r"(?:photos?|images?|videos?|audio|gallery|loading(?:\.\.\.)?|close|open|play(?: video)?|pause|"
      r"replay|embed|caption|toggle caption|enlarge this image|hide caption|show caption|expand|collapse|"
      r"watch(?: the video| below| video| now)?|slideshow(?: \(0 images\))?|"
      r"(?:next|prev|previous) (?:image|slide|photo)(?: 0 of 0)?|0 of 0|menu|skip to (?:main )?content|"
      r"link copied|copy link|listen to (?:this )?article(?: 0:0)?|full ?screen|mute|unmute|"
      r"view (?:image|gallery|photos)|click to (?:enlarge|expand|play)|tap to (?:enlarge|expand|play)|"
      r"media playback is unsupported on your device|autoplay)" + E,
      guard=False, example="Loading...",
      description="a whole line that is a media-player or page-widget label")
_rule("scraper_artifact", "caption_widget", "toggle enlarge hide", 300,
      r"\b(?:toggle caption|enlarge this image|hide caption)\b",
      example="Enlarge this image toggle caption Jane Roe/Example Agency",
      description="photo-caption widget residue")
_rule("scraper_artifact", "caption_credit", "image photo picture video graphic", 160,
      P + r"(?:image|photo|picture|video|graphic) (?:copyright|credit|caption|source|courtesy)\b",
      example="Image copyright Example Photo Agency",
      description="photo captions and credits left by the page layout")
_rule("scraper_artifact", "photo_credit",
      "photo picture image photograph photographer illustration credit graphic caption", 250,
      P + r"(?:photo|image|picture|file photo|photograph|photographer|illustration|credit|graphic|caption)"
      r"(?: credit)?(?: by| courtesy of)? ?[:|]",
      example="Photo: Jane Roe for the Example Herald",
      description="'Photo: ...' credit lines")
_rule("scraper_artifact", "web_residue",
      "document moved robot javascript browser cookies window tab opens", 300,
      r"\bthe document has moved\b|\bverify (?:you're|you are|that you are) (?:not a robot|human)\b"
      r"|\b(?:enable|turn on) javascript\b|\bjavascript (?:is )?(?:disabled|required|must be enabled)\b"
      r"|\byour browser (?:does not|doesn't) support\b|\bopens in (?:a )?new (?:window|tab)\b"
      r"|\bwe use cookies\b",
      example="Your browser does not support the video tag.",
      description="web-page residue (redirect stubs, robot checks, browser notices)")
_rule("scraper_artifact", "markup", "poster src href <", 400,
      P + r"(?:poster|src|href)=|^\s?<[/!]?(?:iframe|div|script|img|span|p|a|video)\b",
      guard=False, example='poster="https://cdn.example.org/still.jpg"',
      description="leftover HTML attributes or tags")
_rule("scraper_artifact", "scroll_for", "scroll croll", 100,
      P + r"s?croll (?:down|up) (?:for|to (?:see|watch|view)) (?:the )?(?:video|videos|photos?|more|gallery)\b",
      example="Scroll down for video",
      description="'scroll down for video' (also with its first letter cut off)")


def _shortcode(key: str, raw: str) -> bool:
    return len(key) >= 3 and key[0] == "[" and key[-1] == "]" and "\n" not in key


_rule("scraper_artifact", "shortcode", "[", 200, r"^\[[a-z_/-]{2,30}(?:[ =][^\]]{0,160})?\]$",
      guard=False, check=_shortcode, example="[pullquote]",
      description="an unexpanded CMS shortcode such as [pullquote]")

_FUNCTION_WORDS = frozenset(
    "in on at by and of the from to for with posted updated published filed under tags tag share via a an "
    "or et am pm 0 is".split()
)
_PUNCT = frozenset(",;:|/")
_TOKEN_RE = re.compile(r"[a-z0-9_]+")


def _empty_template(key: str, raw: str) -> bool:
    words = _TOKEN_RE.findall(key)
    return len(key) <= 40 and any(c in _PUNCT for c in key) and all(w in _FUNCTION_WORDS for w in words)


# (its check needs one of the punctuation marks: they alone select it)
_rule("scraper_artifact", "empty_template", " ".join(sorted(_PUNCT)), 40, r"^[^\n]{1,40}$",
      guard=False, check=_empty_template, example="in ,",
      description="a template line whose variables came out empty, e.g. 'in ,' or 'Posted on | by'")

# ------------------------------------------------------------------ copyright
_rule("copyright", "copyright_line", "copyright (c) reserved © reprint published reproduced republished broadcast rewritten redistributed copied", 300,
      P + r"(?:copyright|©|\(c\)) ?(?:©|\(c\))? ?(?:0|by\b)"
      r"|\ball rights reserved\b|©|\bcopyright (?:©|\(c\) )?0\b"
      r"|\bmay not be (?:published|reproduced|republished|broadcast|rewritten|redistributed|copied)(?:,| or| in)"
      r"|\breprint permission\b",
      example="Copyright 2031 Example Media Group. All rights reserved.",
      description="copyright and reprint-rights lines")

# ------------------------------------------------------------ byline_dateline
_NAME_CONNECTORS = frozenset("and & de van von der den da del della di du la le bin al y st.".split())
_BYLINE_HEAD = re.compile(
    r"^[^\w]{0,4}(?:by|written by|posted by|story by|words by|reported by|author:?)\s+", re.IGNORECASE
)
_BYLINE_SEP = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")


def _byline(key: str, raw: str) -> bool:
    """A short line 'By <Capitalised Name>[, <Capitalised affiliation>][ | anything short]'."""
    s = raw.strip()
    m = _BYLINE_HEAD.match(s)
    if not m:
        return False
    rest = s[m.end():]
    rest = _BYLINE_SEP.split(rest, maxsplit=1)[0]
    toks = rest.replace(",", " , ").split()
    if not toks or len(toks) > 12:
        return False
    names = 0
    for t in toks:
        if t == ",":
            continue
        if t.lower() in _NAME_CONNECTORS:
            continue
        head = t.lstrip("(\"'“‘")
        if not head or not (head[0].isupper() or head[0].isdigit() and names):
            return False
        names += 1
    return names >= 1


_rule("byline_dateline", "byline", "by written posted story words reported author", 120,
      P + r"(?:by|written by|posted by|story by|words by|reported by|author:?) [^\n]",
      guard=False, check=_byline, example="By Jane Roe and Sam Poe, Example Wire",
      description="'By <Name>' lines (checked on the original capitalisation)")
_rule("byline_dateline", "contributed",
      "contributed contributing reporting editing writing compiled produced additional wire wires", 200,
      r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|\bcontributed reporting\b"
      r"|\bcontributing(?: reporting| writers?)?:|\badditional reporting\b"
      r"|" + P + r"(?:reporting|editing|writing|compiled|produced) by [a-z]"
      r"|\bbased (?:in part )?on (?:wire|news agency|agency) (?:service )?reports\b"
      r"|" + P + r"(?:with )?(?:" + W + r" ){0,2}wires?(?: reports?| services?)?" + E
      + r"|^(?:" + W + r" ){1,6}contributed(?: reporting| to this (?:report|story|article))?"
      r"(?: (?:from|in) (?:" + W + r" ){0,3}" + W + r")?" + E,
      example="The Example Wire contributed to this report.",
      description="'X contributed to this report', 'Reporting by ...'")
_rule("byline_dateline", "updated_published",
      "updated published posted modified corrected last this", 80,
      P + r"(?:last |this (?:story|article|report|post) (?:was |has been |is )?)?(?:updated|published|"
      r"posted|modified|corrected|first published|first posted|originally published)(?:,| on| at|:)* ?"
      r"(?:0[:./-]|0 (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago|"
      + MONTH + r" 0|" + WEEKDAY + r"|today|yesterday|just now|an? (?:minute|hour|day) ago)",
      example="Updated at 4:57 p.m. ET",
      description="'Updated/Published <time>' lines")
_rule("byline_dateline", "date_line",
      "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct "
      "october nov november dec december monday tuesday wednesday thursday friday saturday sunday 0", 60,
      P + r"(?:" + WEEKDAY + r",? )?(?:0[/.-]0[/.-]0|" + MONTH + r" 0(?:st|nd|rd|th)?,?(?: 0)?|"
      r"0(?:st|nd|rd|th)? " + MONTH + r",?(?: 0)?)(?:,? (?:at )?0[:.]0(?::0)? ?(?:a\.?m\.?|p\.?m\.?)?"
      r"(?: [a-z]{2,4})?)?" + E,
      guard=False, example="11/17/31, 4:57 PM CET",
      description="a line that is only a date and time")
_rule("byline_dateline", "time_ago", "ago", 40,
      P + r"(?:0|a|an|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago" + E,
      guard=False, example="3 hours ago", description="'3 hours ago' timestamps")
_rule("byline_dateline", "time_only", "am pm a p m", 40,
      P + r"0[:.]0 ?(?:a\.?m\.?|p\.?m\.?)(?: [a-z]{2,4})?" + E,
      guard=False, example="10:15 a.m. ET", description="a line that is only a time")
_rule("byline_dateline", "dateline_only",
      "ap reuters afp upi cnn dpa xinhua ians pti", 60,
      P + r"(?:[a-z.'-]+ ){0,3}[a-z.'-]+,? ?(?:[a-z.]+ )?\((?:ap|reuters|afp|upi|cnn|ap photo|dpa|xinhua|"
      r"ians|pti)\)" + E,
      guard=False, example="HARBOURTON (AP) —", description="a dateline alone on its line")
_rule("byline_dateline", "contact_author",
      "write send contact email e mail reach tip tips reached contacted", 250,
      P + r"(?:write to|send (?:news )?tips? to|send (?:your )?(?:comments|letters|feedback) to|"
      r"contact (?:the )?(?:author|reporter|writer|editor|newsroom)|e-?mail the (?:author|reporter|writer)|"
      r"reach (?:him|her|them|the author|the reporter) at|got a (?:news )?tip)\b",
      example="Write to Jane Roe at jane.roe@example.com",
      description="author contact lines")
_rule("byline_dateline", "reached_at", "reached contacted", 250, r"\bcan be (?:reached|contacted) at\b",
      example="Jane Roe can be reached at jane.roe@example.com.",
      description="'<name> can be reached at ...'")
_rule("byline_dateline", "role_line",
      "contributor writer reporter correspondent editor columnist staff guest author", 60,
      P + r"(?:" + W + r" ){0,3}(?:opinion contributor|contributing (?:writer|editor|columnist)|"
      r"staff (?:writer|reporter)|senior (?:writer|editor|correspondent|reporter)|"
      r"(?:political |white house |foreign |chief )?correspondent|columnist|"
      r"guest (?:author|writer|columnist|contributor))" + E,
      guard=False, example="Opinion contributor",
      description="a line naming only the author's role")

# -------------------------------------------------------------- related_links
_RELATED_HEADER = (
    P + r"(?:related(?: (?:stories|articles|posts|coverage|content|news|links|reading|videos?|topics|"
    r"headlines))?|read (?:more|next|also)|also read|more(?: (?:great |top |recent )?(?:stories|news|"
    r"headlines|coverage|reading|articles)(?: from (?:" + W + r" ){0,5}" + W + r")?|"
    r" on this(?: story| topic)?| like this| to read| from (?:" + W + r" ){0,5}" + W + r")?|"
    r"see also|also see|recommended(?: (?:stories|reading|for you|articles|videos?))?|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|trending(?: now| stories| news)?|"
    r"popular(?: now| stories)?|most (?:read|popular|viewed|shared|watched)|further reading|top stories|"
    r"latest(?: news| stories| headlines)?|don't miss|editor'?s'? picks|our picks(?:: [a-z ]{0,40})?|"
    r"what to read next|related video|watch next|up next|other stories|elsewhere(?: on " + W + r")?|"
    r"must read|in case you missed it|icymi)" + E
)
_rule("related_links", "related_header",
      "related read more see also recommended you trending popular most further top latest don editor "
      "editors our what watch up other elsewhere must in icymi", 100,
      _RELATED_HEADER, guard=False, example="Related stories:",
      description="a header introducing a list of other articles")
_rule("related_links", "related_prefix",
      "related read more see also recommended photos videos full coverage watch listen previously", 160,
      P + r"(?:related(?: stories| articles| coverage| video| content)?|read more|read also|also read|"
      r"see also|also see|more|recommended|photos|videos|full coverage|previously|watch|listen)"
      r"[^a-z0-9]{0,3}(?::|\||>>|»|–|—) ?[a-z0-9\"'(]",
      example="Read more: Council approves new ferry timetable",
      description="'Read more: <headline>' link lines")
_rule("related_links", "read_elsewhere",
      "read see get view continue full whole complete original entire rest more click tap learn find", 160,
      P + r"(?:click here to |tap here to )?(?:read|see|get|view|continue reading) (?:the |this )?"
      r"(?:rest|full|whole|complete|entire|original)(?: of)?(?: the| this)?(?: (?:story|article|post|report|"
      r"piece|interview|transcript|text|list))?(?: (?:here|at|on|over at|from|via))?\b"
      r"|" + P + r"(?:full|whole|complete|original) (?:story|article|post|report|piece|transcript) "
      r"(?:here|at|on)\b"
      r"|" + P + r"(?:read|see|find out|learn) more (?:at|here|on)\b",
      example="Read the rest of the story at Example Post",
      description="pointers to the rest of the article elsewhere")

# Rules anchored at the start of the line are selected by the unit's first word
# (after up to six leading non-alphanumeric characters) instead of by a trigger
# anywhere in it: a much sharper pre-selection for whole-line patterns.
_FIRST_WORDS = {
    "comment_widget_line": "what thoughts your sound share tell let leave post add write 0 comments comment view "
                           "show hide load loading notify newest oldest most inline join be log login sign reply "
                           "replies report commenting powered disqus community",
    "disclaimer_label": "disclaimer",
    "join_membership": "join",
    "help_us": "please help",
    "distributed_by": "distributed syndicated",
    "share_widget": "share tweet post email e print facebook twitter whatsapp linkedin pinterest reddit "
                    "flipboard copy link messenger sms telegram save pin subscribe x",
    "ad_label": "advertisement advertisements advertising ad ads sponsored paid promoted story article text "
                "continue skip close report scroll",
    "ui_word": "photo photos image images video videos audio gallery loading close open play pause replay embed "
               "caption toggle enlarge hide show expand collapse watch slideshow next prev previous 0 menu skip "
               "link copy listen full fullscreen mute unmute view click tap media autoplay",
    "photo_credit": "photo image picture file photograph photographer illustration credit graphic caption",
    "caption_credit": "image photo picture video graphic",
    "scroll_for": "scroll croll",
    "byline": "by written posted story words reported author",
    "updated_published": "last this updated published posted modified corrected first originally",
    "date_line": "jan january feb february mar march apr april may jun june jul july aug august sep sept "
                 "september oct october nov november dec december monday tuesday wednesday thursday friday "
                 "saturday sunday 0",
    "time_ago": "0 a an one",
    "time_only": "0",
    "contact_author": "write send contact email e reach got",
    "related_header": "related read also more see recommended you trending popular most further top latest don "
                      "editor editors our what watch up other elsewhere must in icymi",
    "related_prefix": "related read also more see recommended photos videos full previously watch listen",
    "read_elsewhere": "click tap read see get view continue full whole complete original find learn",
}
_by_name = {r.name: r for r in _RULES}
assert set(_FIRST_WORDS) <= set(_by_name), set(_FIRST_WORDS) - set(_by_name)
_RULES = [replace(r, first=frozenset(_FIRST_WORDS[r.name].split()), triggers=frozenset())
          if r.name in _FIRST_WORDS else r for r in _RULES]

RULES: tuple[Rule, ...] = tuple(sorted(_RULES, key=lambda r: CATEGORIES.index(r.category)))

# Rules whose triggers are single characters or punctuation are looked up by substring.
_SPECIAL_TRIGGERS = tuple(sorted({t for r in RULES for t in r.triggers if not _TOKEN_RE.fullmatch(t)}))
_TRIGGER_INDEX: dict[str, list[int]] = {}
_FIRST_INDEX: dict[str, list[int]] = {}
for _i, _r in enumerate(RULES):
    for _t in _r.triggers:
        _TRIGGER_INDEX.setdefault(_t, []).append(_i)
    for _t in _r.first:
        _FIRST_INDEX.setdefault(_t, []).append(_i)
_TRIGGER_WORDS = frozenset(_TRIGGER_INDEX)  # looked up with one set intersection per unit
_FIRST_RE = re.compile(r"^[^a-z0-9]{0,6}([a-z0-9]+)")


def first_word(key: str) -> str:
    """The first word of a normalised unit after at most six leading non-alphanumeric characters."""
    m = _FIRST_RE.match(key)
    return m.group(1) if m else ""


def first_words(min_len: int) -> list[str]:
    """First words selecting the anchored rules that allow units longer than ``min_len``."""
    return sorted({t for r in RULES if r.max_len > min_len for t in r.first})


LENGTH_CLASSES: tuple[int, ...] = tuple(sorted({40, 80, *(r.max_len for r in RULES)}))


def _triggers(min_len: int, skip: Sequence[str] = ()) -> tuple[set[str], set[str]]:
    """Trigger words and substring triggers of the rules allowing units longer than ``min_len``.

    Rules named in ``skip`` are left out (anchored rules have no triggers).
    """
    words: set[str] = set()
    specials: set[str] = set()
    for r in RULES:
        if r.max_len > min_len and r.name not in skip:
            for t in r.triggers:
                (words if _TOKEN_RE.fullmatch(t) else specials).add(t)
    return words, specials


def prefilter_pattern(min_len: int) -> str:
    """A regex (RE2 and Python syntax) found in every unit longer than ``min_len`` that some rule may match.

    Used by the corpus layer to select, in one vectorised pass per length class,
    the units worth trying with :func:`match_rule`. The empty-template rule is
    left out (the corpus layer selects its short candidates by length).
    """
    words, specials = _triggers(min_len, skip=("empty_template",))
    alts = [r"\b(?:" + "|".join(sorted(words)) + r")\b"] if words else []
    alts += [re.escape(t) for t in sorted(specials)]
    return "|".join(alts) if alts else "$^"


# ------------------------------------------------------ screening one article's units
# The pattern layer of one article (framing.boilerplate) screens its units before it
# normalises them: a unit can only match a rule whose length limit its key meets, and
# only if its first word selects the rule or it contains one of the rule's triggers
# (match_rule). Both are looked for in the article as written: a key token is the same
# [a-z0-9_] run there once lower-cased, its digit runs not yet collapsed to 0 (quotes and
# whitespace are no token characters), and a substring trigger (no digit, quote or
# whitespace in it) is found as it is, ignoring case.
assert not any(re.search(r"[0-9\s'\"]", t) for t in _SPECIAL_TRIGGERS), _SPECIAL_TRIGGERS
# (a digit run in a key is 0, in the text any run: a rule selected by one is anchored)
assert not any(c.isdigit() for t in _TRIGGER_WORDS for c in t), sorted(_TRIGGER_WORDS)
# bytes of the text encoded as ASCII ('?' for any other character) -> its tokens lower-cased,
# every other character a space; the only other characters whose lower case has an ASCII
# letter are the Kelvin sign and 'İ' (texts with them are not screened)
_TOKEN_BYTES = bytes(ord(chr(c).lower()) if _TOKEN_RE.fullmatch(chr(c).lower()) else 0x20 for c in range(128)) \
    + b" " * 128
_ASCII_LOWERING = "\u212a\u0130"
_DIGIT_BYTES = b"0123456789"
# runs of two or more digits or whitespace characters, each one character in a key (written to
# start with a character class, so that re tries it only at digits and whitespace)
_RUNS_RE = re.compile(r"[\s0-9](?:(?<=\s)\s+|(?<=[0-9])[0-9]+)")


def _word_trie(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, written as a trie (one branch per letter: quick to try).

    A ``0`` (a digit run in a key) matches any run of digits.

    Examples
    --------
    >>> _word_trie(["ad", "ads", "app", "0"])
    '(?:[0-9]+|a(?:d(?:s)?|pp))'
    """
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [("[0-9]+" if ch == "0" else re.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(tree)


def _screen(min_len: int) -> tuple[re.Pattern[bytes] | None, frozenset[bytes], re.Pattern[str] | None]:
    """What selects a rule allowing units whose key is longer than ``min_len`` (see :class:`UnitScreen`).

    The first words of the anchored rules as a regex matched at the unit's start
    (after any non-alphanumeric characters) in the token bytes; the trigger
    words of the other rules, to meet one of the unit's tokens; their substring
    triggers as a regex searched in the unit, ignoring case. None when empty.
    """
    words, specials = _triggers(min_len)
    firsts = first_words(min_len)
    return (re.compile(f"[^a-z0-9]*{_word_trie(firsts)}(?![a-z0-9])".encode()) if firsts else None,
            frozenset(w.encode() for w in words),
            re.compile("|".join(re.escape(t) for t in sorted(specials)), re.IGNORECASE) if specials else None)


# one screen per length class: keys of up to LENGTH_CLASSES[k] characters use _SCREENS[k]
_SCREENS = tuple(_screen(lo) for lo in (0, *LENGTH_CLASSES[:-1]))
assert LENGTH_CLASSES[-1] == MAX_RULE_LEN


class UnitScreen:
    """One article prepared to tell, before normalising a unit, that no rule can match it.

    Most lines of an article are body text: :meth:`may_match` rules them out
    by their length and with a set lookup of their tokens and two regexes, on
    bytes of the article lower-cased and tokenised once. Build it with :meth:`of`.

    Examples
    --------
    >>> text = "The council met.\\nFollow us on Twitter"
    >>> screen = UnitScreen.of(text)
    >>> screen.may_match(0, 16), screen.may_match(17, 38)
    (False, True)
    """

    __slots__ = ("text", "tokens")

    def __init__(self, text: str) -> None:
        self.text = text
        #: the text lower-cased as bytes, every character but ``[a-z0-9_]`` a space
        self.tokens = text.encode("ascii", "replace").translate(_TOKEN_BYTES)

    @classmethod
    def of(cls, text: str) -> UnitScreen | None:
        """The screen of ``text``; None for a text with a character that lower-cases to ASCII letters."""
        return None if any(c in text for c in _ASCII_LOWERING) else cls(text)

    def key_len_bound(self, start: int, end: int) -> int:
        """A lower bound of the length of the unit's key, cheaper to find than the key.

        Lower-casing (here: no 'İ') and the quote map keep a unit's length, and
        each run of digits or whitespace becomes one character. A printable unit
        has no whitespace but spaces (:meth:`str.isprintable`): without a double
        space none is collapsed, and its digit runs lose at most one character
        less than it has digits. Any other unit is measured exactly.

        Examples
        --------
        >>> text = "Updated at 10:45 PM"
        >>> UnitScreen.of(text).key_len_bound(0, 19), len("updated at 0:0 pm")
        (16, 17)
        """
        unit = self.text[start:end]
        if unit.isprintable() and "  " not in unit:
            digits = end - start - len(self.tokens[start:end].translate(None, _DIGIT_BYTES))
            return end - start - max(digits - 1, 0)
        return len(_RUNS_RE.sub("0", unit))

    def may_match(self, start: int, end: int) -> bool:
        """False when no rule can match the unit ``text[start:end]`` (never for one that :func:`match_rule` matches).

        ``[start, end)`` is the unit without surrounding whitespace.
        """
        key_len = self.key_len_bound(start, end)
        if not 0 < key_len <= MAX_RULE_LEN:
            return False
        first, words, specials = _SCREENS[bisect_left(LENGTH_CLASSES, key_len)]
        return ((first is not None and first.match(self.tokens, start, end) is not None)
                or (specials is not None and specials.search(self.text, start, end) is not None)
                or not words.isdisjoint(self.tokens[start:end].split()))


def match_rule(key: str, raw: str | None = None) -> Rule | None:
    """The first rule (in category order) matching a normalised unit, or None.

    Parameters
    ----------
    key : str
        The unit after :func:`framing.boilerplate.normalize_line`.
    raw : str, optional
        The unit as written (case matters for bylines); defaults to ``key``.

    Examples
    --------
    >>> match_rule("advertisement").category
    'ad_notice'
    >>> match_rule("the council met on tuesday.") is None
    True
    """
    n = len(key)
    if n == 0 or n > MAX_RULE_LEN:
        return None
    cand: set[int] = set(_FIRST_INDEX.get(first_word(key), ()))
    for t in _TRIGGER_WORDS.intersection(_TOKEN_RE.findall(key)):
        cand.update(_TRIGGER_INDEX[t])
    for t in _SPECIAL_TRIGGERS:
        if t in key:
            cand.update(_TRIGGER_INDEX[t])
    if not cand:
        return None
    reported: bool | None = None
    for i in sorted(cand):
        r = RULES[i]
        if n > r.max_len:
            continue
        if not all(p.search(key) for p in r.patterns):
            continue
        if r.guard:
            if reported is None:
                reported = looks_reported(key)
            if reported:
                continue
        if r.check is not None and not r.check(key, raw if raw is not None else key):
            continue
        return r
    return None


def match_rules(keys: Sequence[str], raws: Sequence[str] | None = None) -> list[Rule | None]:
    """:func:`match_rule` over many units at once (same result for each; less per-unit overhead).

    Repeated ``(key, raw)`` pairs are matched once. Used by the corpus layer on
    its candidate lines.

    Examples
    --------
    >>> [r.name if r else None for r in match_rules(["advertisement", "the council met."])]
    ['ad_label', None]
    """
    out: list[Rule | None] = []
    append = out.append
    first_match = _FIRST_RE.match
    first_get = _FIRST_INDEX.get
    findall = _TOKEN_RE.findall
    words = _TRIGGER_WORDS.intersection
    trig = _TRIGGER_INDEX
    specials = _SPECIAL_TRIGGERS
    rules = RULES
    seen: dict[tuple[str, str], Rule | None] = {}
    for key, raw in zip(keys, keys if raws is None else raws, strict=True):
        pair = (key, raw)
        if pair in seen:
            append(seen[pair])
            continue
        result = None
        n = len(key)
        if 0 < n <= MAX_RULE_LEN:
            fm = first_match(key)
            cand = set(first_get(fm.group(1), ())) if fm else set()
            for t in words(findall(key)):
                cand.update(trig[t])
            for t in specials:
                if t in key:
                    cand.update(trig[t])
            if cand:
                reported = None
                for i in sorted(cand):
                    r = rules[i]
                    if n > r.max_len:
                        continue
                    ok = True
                    for p in r.patterns:
                        if p.search(key) is None:
                            ok = False
                            break
                    if not ok:
                        continue
                    if r.guard:
                        if reported is None:
                            reported = _REPORTED_RE.search(key) is not None
                        if reported:
                            continue
                    if r.check is not None and not r.check(key, raw if raw is not None else key):
                        continue
                    result = r
                    break
        seen[pair] = result
        append(result)
    return out


def related_header(key: str) -> bool:
    """True when a normalised unit is a header introducing a list of related articles."""
    r = match_rule(key)
    return r is not None and r.name == "related_header"


_SENT_END = frozenset('.;,')


def headline_like(raw: str) -> bool:
    """A line that can be an item of a related-articles list: short, no sentence-final period."""
    s = raw.strip()
    if not (8 <= len(s) <= 160):
        return False
    if s[-1] in _SENT_END:
        return False
    words = s.split()
    return 2 <= len(words) <= 25


# A dateline opening the first paragraph: an upper-case place, optional date, optional
# agency in brackets, and a dash or the agency: "HARBOURTON, March 3 (CPA) -", "OSTBY (XYZ) —".
# Only the prefix is boilerplate; the rest of the paragraph is body.
_PLACE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
DATELINE_PREFIX = re.compile(
    r"(" + _PLACE + r"(?:, [A-Z][a-z]{2,8}\.? [0-9]{1,2})?"
    r"(?: \([A-Za-z][A-Za-z .&/-]{0,20}\)(?: ?[-—–]{1,2})?| ?[-—–]{1,2}))[ \t]*"
)


def dateline_prefix(raw: str) -> tuple[int, int] | None:
    """``(span_end, remove_end)`` of a dateline opening ``raw``, or None.

    Examples
    --------
    >>> dateline_prefix("OSTBY, June 10 (XYZ) - The port reopened on Tuesday.")
    (22, 23)
    >>> dateline_prefix("The port reopened on Tuesday.") is None
    True
    """
    m = DATELINE_PREFIX.match(raw)
    if m is None or m.end() >= len(raw.rstrip()):
        return None
    if not any(c.islower() for c in raw[m.end():m.end() + 40]):
        return None  # an all-caps line, not a dateline before text
    return m.end(1), m.end()
