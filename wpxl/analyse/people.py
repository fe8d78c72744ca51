"""Sheets that list people one by one, which wpxl refuses rather than trims.

A provider's case list (Participant | Payment group | Job outcomes, a row a person) is not
management information: each row says who got a job or an outcome, and how many rows there are
is the volume itself. Taking out the names would still leave a row per person with their
payment group (ESA says they have a health condition), their dates and their 1s, so no part of
such a table is safe to carry and the sheet is refused with a sentence saying to share counts.
A column is known by its header: the words an analyst heads a column of people's details with
('Participant', 'Customer ID', 'Name of participant', 'Learner name', 'NINO', 'Date of birth'),
or of each referral's own reference ('PO number', 'Referral ID', 'Case ref'), said of one;
a plural ('Participants', 'Customers') heads counts of people and stays.

A sheet named after one person's caseload ('Caseload - Amir Patel', 'Adviser: Jo Smith')
carries that name into the sheet list, the cover and the reports; a role word of one person,
then a name of two or more capitalised words, is refused too (the cells of a note so worded are
removed by wpxl.plan.contacts, which uses ``NAMED_BY_ROLE``). So are the names in a table of
figures by member of staff, a name a row under their role ('Adviser' over 'Jane Smith', 'Amir
Patel'): each sits beside that person's own results. The figures stay, rounded, the names go
(``staff_names``; listed as removed); 'Adviser 1', 'Team North' and 'Leeds Office' name no one.
A contact's or a case's owner's name ('Employer contact', 'Contact name', 'Case owner',
'Referred by') is read so too; 'Jobcentre Plus', 'Self-referral' or 'GP' refers no one.

A bare 'Name' column is not refused: published tables head their organisations' names so
(NHS providers, local authorities); where most of the words under it are shaped as people's
names, those cells go (wpxl.analyse.name_column).
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import count, takewhile

from wpxl.analyse.sheet_texts import Texts
from wpxl.analyse.words import is_rate_words
from wpxl.model import Coord, Sheet
from wpxl.model.sheetref import a1

# Whom a row could be, and what of theirs a column could hold.
_WHO = r"(?:participant|customer|claimant|client|job\s?seeker|learner|service\s+user)(?:'s)?"
_WHAT = (
    r"(?:full\s?name|name|surname|forename|first\s?name|last\s?name|family\s?name|given\s?name"
    r"|id|ref|reference|number|no\.?|nino|ni\s?number|ni\s?no\.?|dob|date\s?of\s?birth)"
)
_DETAIL = (
    r"(?:full\s?name|surname|forenames?|first\s?names?|last\s?name|family\s?name|given\s?names?"
    r"|nino|ni\s?(?:number|no\.?)|national\s?insurance\s?(?:number|no\.?)"
    r"|date\s?of\s?birth|d\.?\s?o\.?\s?b\.?|birth\s?date)"
)
# One referral's own reference, which PRaP and providers' systems give each person referred:
# a purchase order ('PO number'), a referral's or a case's ID or reference.
_RECORD = (
    r"(?:po|purchase\s?order|pra\s?p|referral|case|record)\s?(?:id|ref|reference|number|no\.?)"
)
_PERSON_HEADER = re.compile(
    rf"\s*(?:(?:{_WHO}(?:[\s_-]*(?:{_WHAT}|\({_WHAT}\)))?)|name\s+of\s+(?:the\s+)?{_WHO}"
    rf"|{_DETAIL}|{_RECORD})\s*:?\s*",
    re.IGNORECASE,
)
# A caseload or adviser's sheet named after them: a role word of one person, a dash, a colon
# or a bracket, then two capitalised words that are not MI's own ('Caseload - Amir Patel',
# 'Adviser: Jo Smith', 'Caseload (Amir Patel)'), or the name owning the caseload ('Amir Patel's
# caseload'); not 'Caseload - JSA 18-24', 'Adviser - Performance Summary', 'Caseload: North
# East'.
_NOT_A_NAME = (
    r"(?!(?:North|South|East|West|Central|City|County|Team|Office|Area|District|Region|All"
    r"|Total|Summary|Performance|Report|Data|Figures|Referrals|Starts|Outcomes|Job|Jobs"
    r"|Payment|Group|April|May|June|July|August|September|October|November|December|January"
    r"|February|March)\b)"
)
_NAME_WORD = rf"{_NOT_A_NAME}[A-Z](?:[a-z]|['\u2019][A-Z])[A-Za-z'\u2019-]*"
_CASELOAD = r"(?i:caseloads?|advis[eo]rs?|case\s?workers?|work\s+coach(?:es)?|key\s?workers?)"
_STAFF_NAME = rf"{_NAME_WORD}\s+(?:[A-Z]\.?\s+)?{_NAME_WORD}"
NAMED_BY_ROLE = re.compile(
    rf"\b{_CASELOAD}(?:'s)?\s*(?:[-:\u2013\u2014]|\()\s*(?P<name>{_STAFF_NAME})\b"
    rf"|\b(?P<owner>{_STAFF_NAME})['\u2019]s?\s+{_CASELOAD}\b"
    rf"|\b(?i:caseloads?)\s+of\s+{_STAFF_NAME}\b"  # 'York: caseload of Jane Smith reallocated'
)

# A note naming a member of staff, who made, checked or answers for the workbook: a name of
# two or three words or initials ending the note or a clause of it, none a team's, a source's,
# a role's or an organisation's word ('Prepared by Performance Team', 'Source: Jobcentre Plus'
# name no one). After 'Prepared by', 'Contact:' and the like the name may be typed in lower case
# ('contact: john brown'), or be a first name alone after 'Queries:'; a name with a job title
# needs no opening phrase ('Jane Smith (MI analyst)'). After 'Source:' two capitalised words are
# as often a product or a data set ('Experian Mosaic', 'Claimant Count'): a source names a
# person by initials or with a job title or a way to reach them after it. 'from' ends a name,
# except in wpxl's own cover sentence, "Prepared by <provider> from '<file>' on <date> with wpxl".
_NOT_A_PERSON = (
    r"(?!(?i:North|South|East|West|Central|City|County|Borough|District|Region|Area|Local"
    r"|National|Annual|Monthly|Weekly|Quarterly|Internal|The|Our|All|Team|Teams|Unit|Office"
    r"|Business|Intelligence|Analysis|Analytics|Information|Management|Insight|Research"
    r"|Quality|Operations|Delivery|Finance|Performance|Report|Reports|Reporting|Data|Figures"
    r"|Statistics|Statistical|Survey|Census|Council|Department|Authority|Government|Agency"
    r"|Trust|Health|Services?|Centre|Center|Plus|Partnership|Programme|Program|Provider"
    r"|Contract|Systems?|Database|Tool|Records?|Extract|Dashboard|Employment|Work|Working"
    r"|Jobcentre|Pensions|Labour|Population|Public|Ltd|Limited|Group|Referrals|Starts"
    r"|Outcomes|Job|Jobs|Payment|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Managers?|Officers?|Analysts?|Leads?|Head|Directors?"
    r"|Co-?ordinators?|Administrators?|Assistants?|Advis[eo]rs?|Supervisors?|Consultants?"
    r"|Executives?|Owners?|Staff|Helpdesk|Reception|Details|None|Your|You|Us|Me|This|That"
    r"|See|Below|Above|Each|Any|Same|Per|For|From|And|With|By|To|Of|In|On|At|Is|Via|Using|Made"
    r"|Date|Rate|Type|Method|Number|Mi|It|Hr|Crm|Dwp|Ons|Nomis|Prap)\b)"
)
_AUTHOR_WORD = rf"{_NOT_A_PERSON}[A-Z](?:[a-z]|['\u2019][A-Z])[A-Za-z'\u2019-]*"
_TYPED_WORD = rf"{_NOT_A_PERSON}[A-Za-z](?:[a-z]|['\u2019][A-Za-z])[A-Za-z'\u2019-]*"
_INITIALS = r"[A-Z]\.?\s+(?:[A-Z]\.?\s+)?"


def _name(word: str) -> str:
    return rf"(?:{word}\s+|[A-Z](?:\.\s*|\s+))(?:[A-Z](?:\.\s*|\s+)|{word}\s+)?{word}"


_OWN_COVER = r"(?!\s+'.*'\s+on\s+\d{4}-\d{2}-\d{2}\s+with\s+wpxl\b)"
_END = (
    r"(?=\s*(?:$|[,;:(\[/|\u2013\u2014]|-\s|\.(?:\s|$)|(?i:and|&|on|at|tel\w*|e-?mail|ext"
    rf"|for|if|with|via|who|in|re|regarding|about|or|from{_OWN_COVER})\b))"
)
_ROLE = (
    r"(?i:analysts?|managers?|officers?|(?<=\w\s)lead(?!\s*\w)|directors?|co-?ordinators?"
    r"|administrators?"
    r"|assistants?|advis[eo]rs?|supervisors?|consultants?|executives?|head\s+of|team\s+leader"
    r"|owner|statisticians?)\b"
)
_REACH = r"(?i:tel\w*|e-?mail|ext|phone)\b"
_BY = (
    r"(?:prepared|produced|compiled|checked|authori[sz]ed|approved|reviewed|signed\s+off"
    r"|quality\s+assured|created|written|collated|extracted|updated|analysed|maintained"
    r"|verified|validated|qa'?d|qa-?ed|supplied|provided|sent|submitted|owned|held)\s+by\s*:?"
    r"|(?:with\s+)?thanks\s+to|courtesy\s+of"  # who gave the figures: 'Thanks to Priya Shah for'
)
_ASKED = r"contact(?:\s+(?:name|person|officer))?|(?:enquiries|queries|questions)(?:\s+to)?"
_SIGNED = r"signed(?:\s+off)?|approved|checked|reviewed|verified|updated|amended"
_NAMED_AS = rf"(?:{_ASKED}|{_SIGNED}|author|analyst|owner|qa|(?:\w+\s+)?{_ROLE})\s*[-:\u2013\u2014]"
# ... or whom to ask, copy in or send to, whose figures they are, or who made a version
_HANDED = r"ask|cc|sent\s+to|(?:data|figures|numbers|returns)\s+from"
_TO = r"please\s+contact|(?:questions|queries|enquiries)\s+(?:to|for)|speak\s+(?:to|with)"
NAMED_AS_AUTHOR = re.compile(
    rf"\b(?i:{_BY}|{_NAMED_AS}|{_TO}|(?-i:contact))\s*{_name(_TYPED_WORD)}{_END}"
    rf"|\b(?i:{_ASKED})\s*[-:\u2013\u2014]\s*{_TYPED_WORD}(?=\s*(?:$|[.,;(]|{_REACH}))"
    rf"|\bContact\s+{_name(_AUTHOR_WORD)}(?=\s+(?:for|on|at|if|about|{_REACH}))"
    rf"|\b(?i:sources?)\s*[-:\u2013\u2014]\s*(?:{_INITIALS}{_AUTHOR_WORD}{_END}"
    rf"|{_name(_AUTHOR_WORD)}\s*[,(]?\s*{_REACH})"
    rf"|\b{_name(_AUTHOR_WORD)}\s*(?:[,(]|\s[-\u2013\u2014])\s*(?:[\w&/.'-]+\s+){{0,3}}?{_ROLE}"
    rf"|\b(?i:{_HANDED})\s+{_name(_AUTHOR_WORD)}{_END}"  # 'Ask Priya Shah about ...'
    rf"|\b(?i:v|version)\s*\d+(?:\.\d+)*\s*[-:\u2013\u2014]\s*{_name(_AUTHOR_WORD)}{_END}"
)

# A member of staff named by first name alone after their role ('Adviser: Jane', 'Key worker -
# Jane', 'PA: Jane', 'Caseworker Jane covered Leeds') or before it in brackets ('Jane (adviser)'):
# an adviser is one person, so the word is a name, but for a word of MI's own or a post no one
# holds ('Adviser: North', 'Adviser - Vacant', 'Caseworker Support Officer').
_ONE_STAFF = (
    r"(?:(?i:(?:employment\s+|personal\s+)?advis[eo]r|case\s?worker|key\s?worker"
    r"|(?:work|job|employment)\s+coach)|PA)"
)
_NO_POST = r"(?!(?i:Vacant|Vacancy|Unallocated|Unassigned|Various|Tbc|Tba|None|Support|Team)\b)"
_FIRST = rf"{_NO_POST}{_AUTHOR_WORD}"
NAMED_FIRST = re.compile(
    rf"\b{_ONE_STAFF}\s*[-:\u2013\u2014]\s*{_FIRST}(?=\s*(?:$|[.,;()]|(?i:and|&|on|in|for)\b))"
    rf"|\b{_ONE_STAFF}\s+{_FIRST}(?:\s+{_AUTHOR_WORD})?(?=\s+[a-z]|\s*(?:$|[.,;()]))"
    rf"|\b{_FIRST}\s*\(\s*{_ONE_STAFF}\s*\)"
)

# A participant named in a note ('Participant Jane Whitfield referred twice', 'claimant A.
# Patel moved away'): the role of one person, then a name none of whose words is a team's, a
# source's or an organisation's ('Claimant Count', 'Customer Satisfaction Survey', 'Client
# Group' name no one). 'Jobseeker' is left out: "Jobseeker's Allowance" is a benefit.
# ... or a name beside what befell them, which only a person's does ('Excludes John Brown
# (deceased)', 'A. Patel - in custody')
# ... or what keeps a member of staff away ('Bradford low: Jane Smith on maternity leave', 'Jane
# Smith left in June'), a circumstance of theirs the council has no business with
_BEFELL = (
    r"(?i:deceased|died|passed\s+away|in\s+custody|in\s+prison|imprisoned|sanctioned"
    r"|hospitali[sz]ed|pregnant"
    r"|on\s+(?:maternity|paternity|parental|adoption|sick(?:ness)?|annual|compassionate|study)"
    r"\s+leave|on\s+(?:long[-\s]term\s+)?sick(?:ness)?(?:\s+absence)?|off\s+sick|on\s+secondment"
    r"|on\s+holiday|left|resigned|retired|dismissed|suspended"
    r"|moved\s+(?:out\s+of\s+(?:the\s+)?area|away|abroad))"
)
# ... or praised, or named as whose job or outcome it was ('Well done to Jane Smith', 'Ahmed
# Khan, whose job outcome was confirmed'): a person's detail, and a list of them counts outcomes
_PRAISED = (
    r"(?i:well\s+done|congratulations|congrats|kudos|shout[-\s]?outs?|bravo)\s*(?:(?i:to)\s+)?"
)
_WHOSE = (
    r"\s*,?\s*(?i:whose|who)\b[^.;]*?\b(?i:outcomes?|jobs?|work|employment|sustainments?"
    r"|started|hired|appointed)\b"
)
NAMED_PARTICIPANT = re.compile(
    rf"\b(?i:participant|customer|claimant|client)\s*[-:\u2013\u2014]?\s*{_name(_AUTHOR_WORD)}\b"
    rf"|\b{_name(_AUTHOR_WORD)}\s*[-(,:\u2013\u2014]?\s*(?:(?i:was|is|has|had|now)\s+)?{_BEFELL}\b"
    rf"|{_PRAISED}{_name(_AUTHOR_WORD)}\b|\b{_name(_AUTHOR_WORD)}{_WHOSE}"
)

# A person named as whose a file, a spreadsheet or figures are ('See J. Smith's file', 'Leeds
# figures from Jane Smith's spreadsheet'): by an initial and a surname, or two names inside a
# sentence (at its start a verb and a place may be capitalised: 'Includes Bradford's returns';
# a saint's name is a place's or a charity's: 'St John's ward', 'St Mungo's')
NAMED_OWNER = re.compile(
    rf"(?:\b[A-Z](?:\.\s*|\s+)(?:[A-Z](?:\.\s*|\s+))?|(?<=[a-z,] )(?!St\b|Saint\b)"
    rf"{_AUTHOR_WORD}\s+)"
    rf"{_AUTHOR_WORD}['\u2019]s\b"
)

# Words every match of a pattern above holds, in lower case: a role of one member of staff, a
# word of what opens or ends each alternative, a possessive. Most texts hold none, and the
# patterns try a long list of words at each word of a text (tens of µs a label, every label of
# a workbook), so an ASCII text is lowered and searched for these first (a non-ASCII letter may
# match a pattern's letter without lowering to it: it is searched in full). Keyed by id: a
# pattern's own hash is worked out from its compiled code at every look-up.
_CUES = {
    id(NAMED_FIRST): re.compile(r"advis|worker|coach|pa"),
    id(NAMED_AS_AUTHOR): re.compile(
        r"by|thanks|courtesy|contact|enquiries|queries|questions|signed|approved|checked"
        r"|reviewed|verified|updated|amended|author|analyst|owner|qa|manager|officer|lead"
        r"|director|ordinator|administrator|assistant|advis|supervisor|consultant|executive"
        r"|head|statistician|speak|source|ask|cc|sent|from|version|v\s*\d"
    ),
    id(NAMED_PARTICIPANT): re.compile(
        r"participant|customer|claimant|client|deceased|died|passed|custody|prison|sanctioned"
        r"|hospitali|pregnant|leave|sick|secondment|holiday|left|resigned|retired|dismissed"
        r"|suspended|moved|done|congrat|kudos|shout|bravo|who"
    ),
    id(NAMED_OWNER): re.compile(r"'s"),
}


def names_by(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern``, one of this module's NAMED_ patterns, finds a person in ``text``:
    in an ASCII text, asked only where the text holds one of its cues (``_CUES``)."""
    cue = _CUES.get(id(pattern))
    if cue is not None and text.isascii() and cue.search(text.lower()) is None:
        return False
    return pattern.search(text) is not None


# Members of staff by name under their role ('Adviser' over 'Jane Smith', 'A Patel', 'Patel,
# Amir', 'AMIR', 'Siobhán'): each row a person's detail beside their own results, as a caseload
# named after one. Names come in every spelling, so every label there is taken for one unless it
# numbers, totals or names a team, an office or an area ('Adviser 1', 'Team North', 'Leeds
# Office', 'All advisers', 'Unallocated').
_ROLE_HEADER = re.compile(  # 'PA', a personal adviser, in capitals
    r"\s*(?:(?-i:PAs?)\b|(?:(?:employment|personal)\s+)?(?:advis[eo]rs?"
    r"|(?:(?:work|job|careers?)\s+)?coach(?:es)?"
    r"|case\s?workers?|case\s+(?:managers?|owners?)|key\s?workers?"
    r"|(?:employment|recruitment)\s+consultants?|staff\s+members?|members?\s+of\s+staff"
    r"|(?:employer\s+)?contacts?|contact\s+persons?|referred\s+by|referrers?))"
    r"(?:'s)?(?:\s+(?:full\s+)?names?)?\s*:?\s*",
    re.IGNORECASE,
)
_NO_ONE = re.compile(
    r"\d|\b(?:teams?|offices?|areas?|regions?|districts?|cent(?:re|er)s?|sites?|branch(?:es)?"
    r"|hubs?|north|south|east|west|central|city|county|borough|all|total|totals|sub-?totals?"
    r"|others?|unknown|not\s+known|unallocated|unassigned|vacant|vacancy|vacancies|agency"
    r"|none|n/a|average|mean|median|cpa|jobcentre|provider|group|contract|self|jcp|dwp|probation"
    r"|gp|nhs|council|partners?|organi[sz]ations?|services?|charity|housing|college|school"
    r"|employers?|hr|department|referrals?|referred|attachments?|attached|(?:job\s+)?starts?"
    r"|outcomes?|sustainments?|jobs)\b",
    re.IGNORECASE,
)

HEADER_LINES = 2  # a header's lines under its first, where a role's cell may stand empty
_PERIOD = re.compile(
    r"\b(?:(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february"
    r"|march|april|june|july|august|september|october|november|december|q[1-4]|quarter|week"
    r"|month|year)\b",
    re.IGNORECASE,
)

PEOPLE = (
    "this sheet lists people one by one (a column of {header}): management information shared "
    "with a council holds counts, never a person's details. Share counts by group instead "
    "(for example job starts by payment group), or, where another sheet already does, give "
    "--leave-out and this sheet's name"
)
STAFF_NAME = "a member of staff's name beside their own figures (a person's details are not shared)"
NAMED_SHEET = (
    "the sheet's name names a person (a caseload or adviser by name; not repeated here): it "
    "would be shown in the sheet list, the cover and the reports. Rename the sheet (for "
    "example 'Caseload - team 1')"
)


def names_people(text: str) -> bool:
    """Whether a text is the header of a column of people's details: 'Participant', 'Customer
    ID', 'participant_id', 'ParticipantName', 'NINO', 'Date of birth', 'DOB:'."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text.strip()).replace("_", " ")
    return len(spaced) <= 40 and _PERSON_HEADER.fullmatch(spaced) is not None


def listing_people(sheet: Sheet, texts: Texts) -> list[str]:
    """One sentence for each header of people's details the sheet carries, and for its name if
    it names a person."""
    problems = []
    named = NAMED_BY_ROLE.search(sheet.name)
    owner = None if named else NAMED_OWNER.search(sheet.name)  # 'J Smith's figures'
    if owner:
        problems.append(f"sheet '{sheet.name[: owner.start()]}...': {NAMED_SHEET}")
    if named:  # the sentence reaches the reports: the name stops before the person's
        cut = named.start("name") if named.group("name") else named.start()
        problems.append(f"sheet '{sheet.name[:cut]}...': {NAMED_SHEET}")
    first = None if named or owner else NAMED_FIRST.search(sheet.name)  # 'Adviser - Jane'
    if first:
        problems.append(f"sheet '{sheet.name[: first.start()]}...': {NAMED_SHEET}")
    for coord, text in sorted(texts):  # the text cells sorted, not the sheet's every cell
        if names_people(text):
            why = PEOPLE.format(header=f"'{text.strip()}'")
            problems.append(f"sheet '{sheet.name}', cell {a1(*coord)}: {why}")
    return problems


def staff_names(sheet: Sheet, texts: Texts) -> list[Coord]:
    """The cells naming a member of staff under their role's header ('Adviser' over 'Jane
    Smith'), each down to the first empty cell under the header's lines: a header of two
    lines leaves the role's cell empty (or merged down) on the line of months beside it. A
    table the other way about names them across: on the line under the role's header merged
    over them, or right of it where it is the table's corner, heading a column of no one's
    names (months, or the measures: 'Adviser' over 'Referrals', 'Job starts'), no figures (a
    count of the staff: 'Advisers' between 'Job starts' and 'Conversions')."""
    named: list[Coord] = []
    filled: set[int] | None = None  # the rows holding anything, found once a header is
    for (top, col), text in texts:
        if not heads_staff(text):
            continue
        if filled is None:
            filled = {r for (r, _), c in sheet.cells.items() if not c.is_empty}
        row, down = _under_header(sheet, top, col, filled), []
        while (below := sheet.cells.get((row := row + 1, col))) is not None and not below.is_empty:
            down.append(below.value)
            if names_someone(below.value):
                named.append((row, col))
        span = next((m for m in sheet.merged if (m.top, m.left) == (top, col)), None)
        if span is not None and span.right > col:
            line = [(span.bottom + 1, c) for c in range(col, span.right + 1)]
        elif down and not any((names_someone(v) and not is_period(v)) or _counted(v) for v in down):
            line = list(
                takewhile(lambda at: _filled(sheet, at), ((top, c) for c in count(col + 1)))
            )
        else:
            continue
        named += [at for at in line if at not in named and _named_across(_value(sheet, at))]
    return named


def heads_staff(text: str) -> bool:
    """Whether a text heads a column of members of staff by their role ('Adviser', 'Case
    owner', 'Referred by'), every label under which ``staff_names`` reads as a name."""
    return _ROLE_HEADER.fullmatch(text) is not None


def names_someone(value: object) -> bool:
    return (
        isinstance(value, str) and any(ch.isalpha() for ch in value) and not _NO_ONE.search(value)
    )


_PER = re.compile(r"\bper\s+\w", re.IGNORECASE)  # a rate per head: 'JOs per adviser'


def _named_across(value: object) -> bool:
    """Whether a header right of a role's corner names a person: not a month ('Jan'), nor a
    rate or an average ('Avg JOs per adviser' beside 'Advisers', a count of staff heading
    figures, no corner: the rate's figures are judged as rates, its words are no one's)."""
    rate = isinstance(value, str) and (is_rate_words(value) or _PER.search(value) is not None)
    return names_someone(value) and not is_period(value) and not rate


def is_period(value: object) -> bool:
    """A month, a quarter, a week, a year or a date: what heads the lines of a table of staff
    named across."""
    return isinstance(value, dt.date) or (isinstance(value, str) and bool(_PERIOD.search(value)))


def _counted(value: object) -> bool:
    """A figure under a role's header, not a year: the role counts staff over its figures
    ('Advisers' beside 'Job starts', ``counts_staff``), no corner over names across."""
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return number and not (float(value).is_integer() and 1990 <= value <= 2100)  # type: ignore[operator]


def _filled(sheet: Sheet, at: Coord) -> bool:
    cell = sheet.cells.get(at)
    return cell is not None and not cell.is_empty


def _value(sheet: Sheet, at: Coord) -> object:
    cell = sheet.cells.get(at)
    return None if cell is None else cell.value


def _under_header(sheet: Sheet, row: int, col: int, filled: set[int]) -> int:
    """The header's last line: past the empty cells under it on lines that hold other
    headers (at most ``HEADER_LINES`` more)."""
    for _ in range(HEADER_LINES):
        below = sheet.cells.get((row + 1, col))
        if (below is not None and not below.is_empty) or row + 1 not in filled:
            break
        row += 1
    return row
