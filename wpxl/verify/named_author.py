"""The proof's own reading of a note naming a member of staff: who made, checked or answers for
the workbook ('Prepared by Jane Smith', 'contact: john brown', 'Queries: Jane'), or a name
with a job title ('Jane Smith (MI analyst)', 'Performance Manager: Jane Smith'); and of one
naming a participant ('claimant Jane Whitfield').

Written here, not taken from wpxl.analyse.people (which the plan uses to remove such notes
first), so that a slip in the plan's pattern cannot also blind the proof. A team, a source, a
role or an organisation names no one ('Prepared by Performance Team', 'Source: Jobcentre
Plus'); after 'Source:' two capitalised words are as often a product or a data set ('Experian
Mosaic', 'Claimant Count'), so a source names a person only by initials or with a job title or a
way to reach them after it. 'from' ends a name ('Prepared by Jane Smith from the MI team'), but
not in wpxl's own cover sentence, "Prepared by <provider> from '<file>' on <date> with wpxl":
the provider is no member of staff, and ``wpxl check`` knows the sentence without the policy.
"""

from __future__ import annotations

import re

_NO_ONE = (  # a region, team, source, role or organisation's word, or a word of a sentence
    r"(?!(?i:North|South|East|West|Central|City|County|Borough|District|Region|Area|Local"
    r"|National|Annual|Monthly|Weekly|Quarterly|Internal|The|Our|All|Teams?|Unit|Office"
    r"|Business|Intelligence|Analysis|Analytics|Information|Management|Insight|Research"
    r"|Quality|Operations|Delivery|Finance|Performance|Reports?|Reporting|Data|Figures"
    r"|Statistics|Statistical|Survey|Census|Council|Department|Authority|Government|Agency"
    r"|Trust|Health|Services?|Centre|Center|Plus|Partnership|Programme|Program|Provider"
    r"|Contract|Systems?|Database|Tool|Records?|Extract|Dashboard|Employment|Work|Working"
    r"|Jobcentre|Pensions|Labour|Population|Public|Ltd|Limited|Group|Referrals|Starts"
    r"|Outcomes|Jobs?|Payment|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Managers?|Officers?|Analysts?|Leads?|Head|Directors?"
    r"|Co-?ordinators?|Administrators?|Assistants?|Advis[eo]rs?|Supervisors?|Consultants?"
    r"|Executives?|Owners?|Staff|Helpdesk|Reception|Details|None|Your|You|Us|Me|This|That"
    r"|See|Below|Above|Each|Any|Same|Per|For|From|And|With|By|To|Of|In|On|At|Is|Via|Using|Made"
    r"|Date|Rate|Type|Method|Number|Mi|It|Hr|Crm|Dwp|Ons|Nomis|Prap)\b)"
)
_CAPITAL = rf"{_NO_ONE}[A-Z](?:[a-z]|['\u2019][A-Z])[A-Za-z'\u2019-]*"
_ANY_CASE = rf"{_NO_ONE}[A-Za-z](?:[a-z]|['\u2019][A-Za-z])[A-Za-z'\u2019-]*"


def _name(word: str) -> str:
    """Two or three words or initials: 'Jane Smith', 'A. Patel', 'Mary Ann Jones'."""
    return rf"(?:{word}\s+|[A-Z](?:\.\s*|\s+))(?:[A-Z](?:\.\s*|\s+)|{word}\s+)?{word}"


_ENDS = (  # the name ends the note or a clause of it
    r"(?=\s*(?:$|[,;:(\[/|\u2013\u2014]|-\s|\.(?:\s|$)|(?i:and|&|on|at|tel\w*|e-?mail|ext|for"
    r"|if|with|via|who|in|re|regarding|about|or"
    r"|from(?!\s+'.*'\s+on\s+\d{4}-\d{2}-\d{2}\s+with\s+wpxl\b))\b))"
)
_JOB = (
    r"(?i:analysts?|managers?|officers?|(?<=\w\s)lead(?!\s*\w)|directors?|co-?ordinators?"
    r"|administrators?"
    r"|assistants?|advis[eo]rs?|supervisors?|consultants?|executives?|head\s+of|team\s+leader"
    r"|owner|statisticians?)\b"
)
_REACH = r"(?i:tel\w*|e-?mail|ext|phone)\b"
_ASK = r"contact(?:\s+(?:name|person|officer))?|(?:enquiries|queries|questions)(?:\s+to)?"
_OPENING = (
    r"(?:prepared|produced|compiled|checked|authori[sz]ed|approved|reviewed|signed\s+off"
    r"|quality\s+assured|created|written|collated|extracted|updated|analysed|maintained"
    r"|verified|validated|qa'?d|qa-?ed|supplied|provided|sent|submitted|owned|held)\s+by\s*:?"
    r"|(?:with\s+)?thanks\s+to|courtesy\s+of"  # who gave the figures
    r"|(?:signed(?:\s+off)?|approved|checked|reviewed|verified|updated|amended)\s*[-:\u2013\u2014]"
    rf"|(?:{_ASK}|author|analyst|owner|qa|(?:\w+\s+)?{_JOB})\s*[-:\u2013\u2014]"
    r"|please\s+contact|(?:questions|queries|enquiries)\s+(?:to|for)|speak\s+(?:to|with)"
)
NAMED_AUTHOR = re.compile(
    rf"\b(?i:{_OPENING}|(?-i:contact))\s*{_name(_ANY_CASE)}{_ENDS}"
    rf"|\b(?i:{_ASK})\s*[-:\u2013\u2014]\s*{_ANY_CASE}(?=\s*(?:$|[.,;(]|{_REACH}))"
    rf"|\bContact\s+{_name(_CAPITAL)}(?=\s+(?:for|on|at|if|about|{_REACH}))"
    rf"|\b(?i:sources?)\s*[-:\u2013\u2014]\s*(?:[A-Z]\.?\s+(?:[A-Z]\.?\s+)?{_CAPITAL}{_ENDS}"
    rf"|{_name(_CAPITAL)}\s*[,(]?\s*{_REACH})"
    rf"|\b{_name(_CAPITAL)}\s*(?:[,(]|\s[-\u2013\u2014])\s*(?:[\w&/.'-]+\s+){{0,3}}?{_JOB}"
    rf"|\b(?i:ask|cc|sent\s+to|(?:data|figures|numbers|returns)\s+from)\s+{_name(_CAPITAL)}{_ENDS}"
    rf"|\b(?i:v|version)\s*\d+(?:\.\d+)*\s*[-:\u2013\u2014]\s*{_name(_CAPITAL)}{_ENDS}"
)

# A member of staff named by first name alone beside their role, the proof's own reading: after
# it ('Adviser: Jane', 'Key worker - Jane', 'PA: Jane', 'Caseworker Jane covered Leeds') or in
# brackets after the name ('Jane (adviser)'); a word of MI's own or a post no one holds
# ('Adviser - Vacant', 'Caseworker Support Officer') names no one.
_STAFF_ROLE = (
    r"(?:(?i:(?:employment\s+|personal\s+)?advis[eo]r|case\s?worker|key\s?worker"
    r"|(?:work|job|employment)\s+coach)|PA)"
)
_FIRST_NAME = (
    r"(?!(?i:Vacant|Vacancy|Unallocated|Unassigned|Various|Tbc|Tba|None|Support|Team)\b)"
    rf"{_CAPITAL}"
)
NAMED_BY_FIRST_NAME = re.compile(
    rf"\b{_STAFF_ROLE}\s*[-:\u2013\u2014]\s*{_FIRST_NAME}(?=\s*(?:$|[.,;()]|(?i:and|&|on|in|for)\b))"
    rf"|\b{_STAFF_ROLE}\s+{_FIRST_NAME}(?:\s+{_CAPITAL})?(?=\s+[a-z]|\s*(?:$|[.,;()]))"
    rf"|\b{_FIRST_NAME}\s*\(\s*{_STAFF_ROLE}\s*\)"
)

# A participant named in a note ('Participant Jane Whitfield referred twice'), the proof's own
# reading: one person's role, then a name none of whose words is a team's, a source's or an
# organisation's ('Claimant Count', 'Client Group' name no one).
# So is a name beside what befell its bearer ('Excludes John Brown (deceased)'), or what keeps a
# member of staff away ('Jane Smith on maternity leave', 'Jane Smith left in June').
_BEFELL = (
    r"(?i:deceased|died|passed\s+away|in\s+custody|in\s+prison|imprisoned"
    r"|on\s+(?:maternity|paternity|parental|adoption|sick(?:ness)?|annual|compassionate|study)"
    r"\s+leave|on\s+(?:long[-\s]term\s+)?sick(?:ness)?|off\s+sick|on\s+secondment|on\s+holiday"
    r"|left|resigned|retired|dismissed|suspended|moved\s+(?:out\s+of\s+(?:the\s+)?area|away))"
)
# ... or praised by name ('Well done to Jane Smith'), or named as whose job or outcome it was
# ('Ahmed Khan, whose job outcome was confirmed')
_PRAISED = (
    r"(?i:well\s+done|congratulations|congrats|kudos|shout[-\s]?outs?|bravo)\s*(?:(?i:to)\s+)?"
)
_WHOSE = (
    r"\s*,?\s*(?i:whose|who)\b[^.;]*?\b(?i:outcomes?|jobs?|work|employment|sustainments?"
    r"|started|hired|appointed)\b"
)
NAMED_PARTICIPANT = re.compile(
    rf"\b(?i:participant|customer|claimant|client)\s*[-:\u2013\u2014]?\s*{_name(_CAPITAL)}\b"
    rf"|\b{_name(_CAPITAL)}\s*[-(,:\u2013\u2014]?\s*(?:(?i:was|is|has|had|now)\s+)?{_BEFELL}\b"
    rf"|{_PRAISED}{_name(_CAPITAL)}\b|\b{_name(_CAPITAL)}{_WHOSE}"
)

# A person named as whose a file or figures are ('See J. Smith's file', 'from Jane Smith's
# spreadsheet'), the proof's own reading: an initial and a surname, or two names after a word
# of the sentence (its first two may be a verb and a place: 'Includes Bradford's returns'),
# but for a saint's, a place's or a charity's ('St John's ward', 'St Mungo's')
NAMED_OWNER = re.compile(
    rf"(?:\b[A-Z](?:\.\s*|\s+)(?:[A-Z](?:\.\s*|\s+))?|(?<=[a-z,] )(?!St\b|Saint\b)"
    rf"{_CAPITAL}\s+){_CAPITAL}['\u2019]s\b"
)

# What every match of a pattern above holds, so a text without it (most labels: 'Council 012',
# 'JSA 18-24', 'Apr 2013') is not searched with it: each tries its long lists of words at every
# word of a text, 20 µs a label, and the proof asks every label of a copy. A name's last word
# after its first word or an initial ('Jane Smith', 'A. Patel': every ``_name``); a role or
# question before a colon or dash and a word ('Queries: Jane', 'Adviser - Jane'); a role then
# a capital, or a bracket ('Caseworker Jane', 'Jane (adviser)'); a possessive ('J Smith's').
# ``\w`` stands for a letter a case-blind part of a pattern may match (its Unicode look-alikes
# too): each cue is wider than what it stands for, never narrower.
_NAME_FOLLOWS = r"[A-Za-z'\u2019-]\s+[A-Za-z]|[A-Z]\.\s*[A-Za-z]"
_SAID_TO = r"\w\s*[-:\u2013\u2014]\s*[A-Za-z]"
CUES = {
    id(NAMED_AUTHOR): re.compile(f"{_NAME_FOLLOWS}|{_SAID_TO}"),
    id(NAMED_PARTICIPANT): re.compile(_NAME_FOLLOWS),
    id(NAMED_BY_FIRST_NAME): re.compile(rf"{_SAID_TO}|\w\s+[A-Z]|\("),
    id(NAMED_OWNER): re.compile("['\u2019]s"),
}


# wpxl's own sentences naming the council's representative (the banner's and the cover's, from
# templates/): the one person every copy names by design, the guidance making a named
# representative responsible for the information, whatever the register spells their name
# with ('Mrs Jane Smith', 'Jane Smith (MI analyst)')
_REPRESENTATIVE = (
    re.compile(
        r"(INTERNAL MANAGEMENT INFORMATION — for .+ only \(responsible: ).+(\), not for "
        r"publication\. Figures rounded to the nearest \d+; totals are sums of rounded figures\.)"
    ),
    re.compile(r"(For .+; responsible under the confidentiality agreement: ).+(\.)"),
)


def without_representative(text: str) -> str:
    """The text with the representative's name taken out of wpxl's own sentence naming them
    (an input cell of that shape is removed by the plan as any named person is)."""
    if "responsible" not in text:  # most texts: asked in C before any pattern
        return text
    for sentence in _REPRESENTATIVE:
        if found := sentence.fullmatch(text):
            return found.group(1) + found.group(2)
    return text
