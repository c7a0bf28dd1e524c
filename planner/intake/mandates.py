"""The mandate reader: the reporting requirements an operative paragraph creates.

For each request in a paragraph ("Requests the Secretary-General to submit to the
General Assembly at its eighty-first session a report on …") it proposes a
`Reading`: to whom, when, how often, oral or written, on what, under which item.
Paragraphs that ask for no report (takes note, encourages, invites Member States)
give nothing. Each proposal keeps the exact words it was read from, a confidence,
and notes (codes) saying what is uncertain; below `UNSURE` a proposal is shown as
unsure, never as fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypedDict

from planner.intake.document import OperativeParagraph, ResolutionDocument
from planner.intake.lexicon import BODIES, COMMISSIONS, LANGUAGES, Language
from planner.intake.ordinals import ordinal_value

UNSURE = 0.7
GA_SESSION_OFFSET = 1945  # the GA's nth session opens in September of 1945 + n

TIMINGS = ("at_session", "next_session", "periodic", "ongoing", "none", "terminate", "merge")
_WORD_NUMBERS = {
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
}  # fmt: skip
_FOLD = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "\u202f": " ", "\u2011": "-"})


class _Timing(TypedDict, total=False):
    """The fields of a `Reading` that say when: what `_timings` proposes."""

    timing: str
    session_number: int | None
    year: int | None
    every_years: int | None
    until: int | None


@dataclass(frozen=True, slots=True)
class Reading:
    report_to: str  # GA, ECOSOC, HLPF, CSW, … (or the words, when no known body)
    timing: str  # one of TIMINGS
    session_number: int | None = None
    year: int | None = None
    every_years: int | None = None
    until: int | None = None  # last year of a periodic request
    oral: bool = False
    subject: str = ""
    item: str | None = None
    into: str | None = None  # merge: the report the subject is merged into

    def to_json(self) -> dict[str, object]:
        return {
            "report_to": self.report_to,
            "timing": self.timing,
            "session_number": self.session_number,
            "year": self.year,
            "every_years": self.every_years,
            "until": self.until,
            "oral": self.oral,
            "subject": self.subject,
            "item": self.item,
        }


@dataclass(frozen=True, slots=True)
class Proposal:
    paragraph: str  # the paragraph's number ("12", "B 3", "" for an unnumbered one)
    words: str  # the exact words of the paragraph the reading comes from
    reading: Reading
    confidence: float
    notes: tuple[str, ...] = ()  # codes: "through:ECOSOC", "recipient-assumed", …

    @property
    def unsure(self) -> bool:
        return self.confidence < UNSURE


def read_mandates(doc: ResolutionDocument) -> list[Proposal]:
    """Every report the document's operative paragraphs ask for, in paragraph order."""
    lang = LANGUAGES.get(doc.language)
    if lang is None:
        return []
    item = _document_item(doc.paragraphs, lang)
    context = " ".join((doc.title, *doc.preamble))
    out: list[Proposal] = []
    nested_body = "GA"
    for para in doc.paragraphs:
        if not para.nested and re.search(
            r"general assembly|assemblée générale|asamblea general", para.text, re.I
        ):
            nested_body = "GA"
        adopting = nested_body if para.nested else (doc.body or "GA")
        out.extend(read_paragraph(para, lang, adopting, context, item))
        context = f"{context} {para.text}"[-4000:]
    own = re.match(r"A/RES/(\d+)/", doc.symbol)
    return [_past_session(p, int(own.group(1))) for p in out] if own else out


def _past_session(p: Proposal, own: int) -> Proposal:
    """A report to the Assembly at a session before the one adopting the text ("similar in
    scope to his report to the General Assembly at its seventy-fifth session") refers to
    the past: unsure."""
    n = p.reading.session_number
    if p.reading.report_to != "GA" or n is None or n >= own:
        return p
    confidence = round(max(0.05, p.confidence - 0.4), 2)
    return Proposal(p.paragraph, p.words, p.reading, confidence, (*p.notes, "past-session"))


def read_paragraph(
    para: OperativeParagraph,
    lang: Language,
    adopting: str,
    context: str = "",
    doc_item: str | None = None,
) -> list[Proposal]:
    text = para.text.translate(_FOLD)
    found: list[Proposal] = []
    found += _ends(para, text, lang, adopting, context)
    requests = list(lang.request.finditer(text))
    actions = [
        a
        for a in lang.action.finditer(text)
        if not _inside_end(a.start(), found, text) and not _future_clause(a, requests, text)
    ]
    for i, action in enumerate(actions):
        stop = _segment_end(
            text, lang, action.end(), actions[i + 1].start() if i + 1 < len(actions) else len(text)
        )
        request = _request_before(requests, text, action.start())
        if (
            request is None
            or _NOUN_BEFORE.search(text, 0, action.start())
            or _described(text, action)
        ):
            continue
        who = request.group("who")
        if action.groupdict().get("verb2") and not re.search(
            r"\b(?:decides that|décide que|decide que)\b",
            text[request.start() : action.start()],
            re.I,
        ):
            continue  # "… dans lequel il rendra compte": a clause about a report, not a request
        if lang.not_reporters.match(who.strip()):
            continue
        first = i == 0 or actions[i - 1].start() < request.start()
        start = request.start() if first else action.start()
        proposal = _read_request(
            para,
            text,
            lang,
            action,
            stop,
            start,
            who,
            adopting,
            context,
            doc_item,
            "" if first else text[request.start() : action.start()],
        )
        if proposal:
            found.extend(proposal)
    # "… a report on X, and to include in his report Y": one report, not two
    plain = [p for p in found if "in-existing-report" not in p.notes]
    return plain if plain else found


# --- one request ------------------------------------------------------------------------


def _read_request(
    para: OperativeParagraph,
    text: str,
    lang: Language,
    action: re.Match[str],
    stop: int,
    start: int,
    who: str,
    adopting: str,
    context: str,
    doc_item: str | None,
    same_request: str = "",
) -> list[Proposal]:
    """One request; `same_request`: the words of the request before this action, when it
    is a further action of it ("…, and to submit a report on …")."""
    verb = (action.group("verb") or action.groupdict().get("verb2") or "").lower()
    seg = text[action.start() : stop]
    after = action.end() - action.start()  # offset of the words after the verb in `seg`
    notes: list[str] = []
    confidence = 0.95
    oral = verb in lang.oral_verbs
    prefix = action.group(0)[: len(action.group(0)) - len(verb)].lower()
    # French "d'y rendre compte": report *therein*, in the report just asked for
    include = verb in lang.include_verbs or (
        lang.code == "fr" and bool(re.search(r"(?:^|['\s])y\s+$", prefix))
    )
    if verb in lang.report_verbs or oral:
        subject_at = _search(lang.verb_subject, seg, after)
        in_report = _IN_REPORT.search(seg, after)
        if in_report and (subject_at is None or in_report.start() < subject_at + 120):
            include = True  # "rendre compte … dans leurs rapports financiers": inside a report
    elif verb in ("keep", "tenir", "mantenga"):
        informed = lang.report_noun.search(seg, after)
        if not informed or not lang.ongoing.search(text, action.start(), stop):
            return []
        subject_at = _search(lang.verb_subject, seg, informed.end())
    else:
        kind, noun = "no", None
        for candidate in list(lang.report_noun.finditer(seg, after))[:3]:
            kind, noun = _object_kind(seg[after : candidate.start()], lang), candidate
            if kind != "no":
                break  # "in the framework of reporting obligations, a report": the second is the object
        if noun is None or kind == "no":
            return []
        if include and kind == "yes" and not _IN_REPORT.search(seg, after):
            return []  # "include an update in the Co-Chairs' summary": no report
        inside = _IN_REPORT.search(seg, noun.end(), noun.end() + 160)
        if kind == "inside" or include or (inside and not _IN_REPORT.match(seg, inside.end())):
            include = True
        if noun.group("noun").lower() in ("update", "briefing", "exposé", "exposición"):
            oral = oral or "written" not in seg.lower()
        subject_at = _search(lang.subject, seg, noun.end())
    if _WHEN_REPORTING.search(
        text, action.end(), _segment_end(text, lang, action.end(), len(text))
    ):
        include = True  # "… when reporting on the implementation of the present resolution"
    subject_at = _outside_names(seg, subject_at, lang)
    if include:
        notes.append("in-existing-report")
        confidence -= 0.3  # content for a report asked for elsewhere: the officer decides

    thereon = lang.thereon.search(seg, after)
    if thereon and (subject_at is None or thereon.start() < subject_at):
        subject_at = None
    subject_end = _subject_end(seg, subject_at, lang) if subject_at is not None else None
    subject = seg[subject_at:subject_end].strip(" ,") if subject_at is not None else ""
    subject = re.sub(r"[\s,]+(?:and|et|y|as well as)$", "", subject)
    if subject_at is None and thereon:
        subject = "thereon"
    # where recipients and times are read: not in the subject, and only a short tail after it
    tail = seg[subject_end : (subject_end or 0) + 100] if subject_at is not None else ""
    clause = _NEXT_CLAUSE[lang.code].search(tail)
    if clause:  # "…, and to list X as a priority for an annual event": another request
        tail = tail[: clause.start()]
    outside = (
        seg
        if subject_at is None
        else seg[:subject_at] + " " * ((subject_end or 0) - subject_at) + tail
    )
    lead = text[start : action.start()] if start < action.start() else ""
    other = list(_OTHER_INFINITIVE[lang.code].finditer(lead))
    if other:  # "to continue to implement annually the programme … and to report": not ours
        lead = lead[: other[0].start()]

    if _MEMBER_STATES.match(outside[after:]) or _NOT_BODIES.search(outside[after:]):
        return []  # updates to Member States or governing boards are not reports to a body
    if (
        _TO_THE_SECRETARY_GENERAL.match(outside[after:])
        and not _bodies_in(outside[after:])
        and not lang.session.search(outside, after)
    ):
        return []  # "agencies to report annually to the Secretary-General": not to a body
    if (verb in lang.report_verbs or verb in ("keep", "tenir", "mantenga")) and _informs_others(
        seg[after:]
    ):
        return []  # "inform Governments of …": not a report to a body
    recipients, how = _recipients(outside, after, lang, adopting, context)
    if how == "unknown":  # "the Biennial Meeting of States": its name says no period
        outside = outside.replace(recipients[0], " " * len(recipients[0]))
    if how == "assumed":
        notes.append("recipient-assumed")
        confidence -= 0.1
    elif how == "context":
        notes.append("recipient-from-context")
        confidence -= 0.15
    elif how == "unknown":
        notes.append("recipient-unresolved")
        confidence -= 0.3
    if len(recipients) > 1:
        notes.append("joint:" + "+".join(recipients))
    through = _through(outside, lang)
    if through:
        notes.append(f"through:{through}")
    oral = oral or bool(lang.oral.search(outside))
    outside = _without_through_sessions(outside, lang)

    timings = _timings(
        lead + " " + outside,
        lang,
        notes,
        agenda=text,
        before=text[:start],
        same_request=_without_through_sessions(same_request, lang),
    )
    dative = re.search(r"\b(?:lui|le)\s+\w+$", action.group(0), re.IGNORECASE)
    if "session-from-request" in notes and any(r != adopting for r in recipients):
        # "… to the Assembly at its eightieth session and to submit to the Council a report":
        # that session is the Assembly's, the Council's report has no time given
        notes.remove("session-from-request")
        notes.append("no-time-given")
        timings = [({"timing": "none"}, 0.1)]
    pairs = _body_sessions(outside[after:], lang, adopting if dative else None)
    by_body: dict[str, list[tuple[_Timing, float]]]
    if pairs and not any(t.get("timing") == "periodic" for t, _ in timings):
        # "to the General Assembly at its eightieth session and to the Council at its
        # fifty-ninth session": each body with its own session
        recipients = list(dict.fromkeys(b for b, _ in pairs))
        notes[:] = [n for n in notes if not n.startswith(("joint:", "several-sessions"))]
        notes.append("joint:" + "+".join(recipients))
        by_body = {
            b: [(_Timing(timing="at_session", session_number=n), 0.0)]
            if n
            else [(_Timing(timing="none"), 0.1)]
            for b, n in pairs
        }
    else:
        by_body = {b: timings for b in recipients}
    if how == "assumed" and all(t.get("timing") == "none" for t, _ in timings):
        confidence -= 0.2  # neither to whom nor when: perhaps no report to a body at all
    if para.nested:
        notes.append("nested-draft")
        confidence -= 0.35
    item_m = lang.item.search(text)
    item = item_m.group("item") if item_m else doc_item

    words_end = stop
    words = text[start:words_end].rstrip(" ,;.")
    words = re.sub(r"\s+(?:and|et|y)$", "", words)
    words = para.text[start : start + len(words)]  # the original characters
    out = []
    for body in recipients:
        for timing, penalty in by_body[body]:
            reading = Reading(
                report_to=body,
                oral=oral,
                subject=subject,
                item=item,
                **timing,
            )
            out.append(
                Proposal(
                    paragraph=para.number,
                    words=words,
                    reading=reading,
                    confidence=round(max(0.05, min(0.99, confidence - penalty)), 2),
                    notes=tuple(notes),
                )
            )
    return out


def _timings(
    outside: str,
    lang: Language,
    notes: list[str],
    agenda: str = "",
    before: str = "",
    same_request: str = "",
) -> list[tuple[_Timing, float]]:
    """(fields, confidence penalty) for each occurrence the words name; `agenda` is the
    paragraph, whose "provisional agenda of its Xth session" dates a report given no time,
    and `before` the paragraph before the request ("decides to include … at its eightieth
    session, and requests …"; "… at the same session")."""
    until = _until(outside, lang)
    every = _every(outside, lang)
    sessions: list[tuple[int | None, int | None]] = []
    pair = lang.sessions_and.search(outside)
    if pair:
        a, b = (ordinal_value(pair.group(g), lang.code) for g in ("first", "second"))
        if a and b:
            sessions += [(a, None), (b, None)]
    for m in lang.session.finditer(outside):
        if pair and pair.start() <= m.start() < pair.end():
            continue
        groups = m.groupdict()
        if groups.get("year"):
            sessions.append((None, int(groups["year"])))
            continue
        what = re.split(
            r"\b(?:its|their|the|sa|leur|la|su|sus)\s+", groups.get("what") or "", flags=re.I
        )[-1]
        what = re.sub(r"^(?:resumed|reanudado|reprise)\s+", "", what, flags=re.I)
        if re.fullmatch(r"(?:19|20)\d\d", what.strip()):
            sessions.append((None, int(what)))
            continue
        if re.search(
            r"\b(?:next|forthcoming|following|upcoming|prochaine|próximo|siguiente)\b", what, re.I
        ):
            continue
        n = ordinal_value(what, lang.code)
        if n is not None:
            sessions.append((n, None))
    if until is not None:  # "until its eighty-fifth session" is not an occurrence
        sessions = [s for s in sessions if s != until[1]]
    year_m = lang.in_year.search(outside)
    year = int(year_m.group("year")) if year_m else None
    if year is not None and until is not None and year == until[0]:
        year = None
    if sessions and year is not None and len(sessions) == 1 and sessions[0][1] is None:
        # "at its eightieth session, in 2025" names one occurrence; "as decided in 2023 …"
        # or "a session during 2025 …" elsewhere in the request does not date the report
        near = (
            any(-60 < year_m.start() - m.end() < 60 for m in lang.session.finditer(outside))
            if year_m
            else False
        )
        sessions = [(sessions[0][0], year if near else None)]
        year = None
    next_s = bool(lang.next_session.search(outside))
    if every == 1 and _annual_report_at_session(outside, lang, sessions, year):
        every = None  # "at its eightieth session, an annual report": that session's report
        notes.append("annual-report-at-session")
    if every:
        first_n, first_y = sessions[0] if sessions else (None, year)
        if len(set(sessions)) > 1:
            notes.append("several-sessions")
        penalty = 0.0 if (first_n or first_y) else 0.05
        return [
            (
                {
                    "timing": "periodic",
                    "every_years": every,
                    "session_number": first_n,
                    "year": first_y,
                    "until": until[0] if until else None,
                },
                penalty,
            )
        ]
    if sessions:
        unique = list(dict.fromkeys(sessions))
        return [({"timing": "at_session", "session_number": n, "year": y}, 0.0) for n, y in unique]
    if next_s:
        return [({"timing": "next_session"}, 0.0)]
    if year is not None and year_m is not None:
        more = _YEAR_LIST.match(outside, year_m.end())
        years = [year] + [
            int(y) for y in re.findall(r"(?:19|20)\d\d", more.group(0) if more else "")
        ]
        notes.append("year-only")
        return [({"timing": "at_session", "year": y}, 0.1) for y in dict.fromkeys(years)]
    if lang.ongoing.search(outside):
        return [({"timing": "ongoing"}, 0.15)]
    earlier = _earlier_session(outside, before, lang, same_request)
    if earlier is not None:
        n, note = earlier
        notes.append(note)
        return [
            (
                {"timing": "at_session", "session_number": n},
                0.2 if note == "session-from-request" else 0.1,
            )
        ]
    agenda_m = _AGENDA_SESSION.search(agenda)
    n = ordinal_value(agenda_m.group("what"), lang.code) if agenda_m else None
    if n is not None:
        notes.append("session-from-agenda")
        return [({"timing": "at_session", "session_number": n}, 0.15)]
    notes.append("no-time-given")
    return [({"timing": "none"}, 0.1)]


# a new infinitive clause of the same request: what follows it is not about this report
_NEXT_CLAUSE = {
    "en": re.compile(
        r",?\s+and to (?!the\b|its\b|their\b|it\b|him\b|them\b)[a-z]+\b", re.IGNORECASE
    ),
    "fr": re.compile(
        r",\s+et (?:de |d')(?!la\b|l'|le\b|les\b)[a-zà-ÿ]+(?:er|ir|re)\b", re.IGNORECASE
    ),
    "es": re.compile(r",?\s+y (?:que|a que)\b", re.IGNORECASE),
}
# an infinitive in the words before the reporting verb: another action with its own adverbs
_OTHER_INFINITIVE = {
    "en": re.compile(r"\bto\s+(?:continue\s+to\s+)?(?!the\b|its\b|it\b)[a-z]+\b", re.IGNORECASE),
    "fr": re.compile(
        r"\b(?:de|d'|à)\s*(?!la\b|l'|le\b|les\b)[a-zéèêàî]+(?:er|ir|re)\b", re.IGNORECASE
    ),
    "es": re.compile(r"\bque\s+(?:siga\s+|continúe\s+)?[a-zé]+(?:e|en|a|an)\b", re.IGNORECASE),
}
_ANNUAL_REPORT = {
    "en": re.compile(r"\bannual\s+(?:progress\s+)?reports?\b", re.IGNORECASE),
    "fr": re.compile(r"\brapports?\s+annuels?\b", re.IGNORECASE),
    "es": re.compile(r"\binformes?\s+anual(?:es)?\b", re.IGNORECASE),
}
_STARTING = re.compile(
    r"\b(?:starting|beginning|commencing|from|à compter de|à partir de|a partir de|desde|comenzando)\b",
    re.IGNORECASE,
)


def _annual_report_at_session(
    outside: str, lang: Language, sessions: list[tuple[int | None, int | None]], year: int | None
) -> bool:
    """ "at its eightieth session, an annual report on …" (or "at its eightieth and
    eighty-first sessions"): "annual" names the report, the sessions are when this one is
    due (no other word of periodicity, no "starting")."""
    if not sessions or any(n is None for n, _ in sessions) or year is not None:
        return False
    if not _ANNUAL_REPORT[lang.code].search(outside) or _STARTING.search(outside):
        return False
    return _every(_ANNUAL_REPORT[lang.code].sub(" ", outside), lang) is None


_SAME_SESSION = re.compile(
    r"\bat the same session\b|\bà la même session\b|\ben el mismo (?:período|periodo) de sesiones\b",
    re.IGNORECASE,
)
# "decides to include … at its eightieth session, and requests …": the session just named
_DECIDED_AT = {
    "en": re.compile(
        r"\bdecides\s+(?:also\s+)?to\s+(?:include|consider|continue (?:to consider|considering|its consideration of))\b[^;]*?\b(?:at|of) its (?P<what>(?:[\w-]+\s+){0,3}?[\w-]+) session\b[^;]{0,12}?,?\s*(?:and\s+)?(?:in (?:that|this) regard,?\s+)?(?:also\s+)?$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\bdécide\s+(?:également\s+|aussi\s+)?(?:d'inclure|d'inscrire|d'examiner|de poursuivre l'examen)\b[^;]*?\b(?:à|de) sa (?P<what>(?:[\w\u00e0-\u00ff-]+\s+){0,3}?[\w\u00e0-\u00ff-]+) session\b[^;]{0,12}?,?\s*(?:et\s+)?(?:,?\s*à cet (?:égard|effet),?\s+)?$",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\bdecide\s+(?:también\s+|además\s+)?(?:incluir|examinar|seguir examinando)\b[^;]*?\b(?:en|de) su (?P<what>(?:[\w\u00e0-\u00ff-]+\s+){0,3}?[\w\u00e0-\u00ff-]+) (?:período|periodo) de sesiones\b[^;]{0,12}?,?\s*(?:y\s+)?(?:,?\s*(?:en ese|a ese|en este) (?:sentido|respecto),?\s+)?$",
        re.IGNORECASE,
    ),
}


def _earlier_session(
    outside: str, before: str, lang: Language, same_request: str = ""
) -> tuple[int, str] | None:
    """The session a request given no time refers to in the words before it: "at the same
    session", a session the text decides to consider it at, or the session an earlier
    action of the same request names ("to report … at its eightieth session …, and to
    submit a report on …")."""
    if _SAME_SESSION.search(outside):
        named = [
            ordinal_value(m.group("what") or "", lang.code) for m in lang.session.finditer(before)
        ]
        found = [n for n in named if n]
        if found:
            return found[-1], "same-session"
    decided = _DECIDED_AT[lang.code].search(before[-600:])
    n = ordinal_value(decided.group("what"), lang.code) if decided else None
    if n:
        return n, "session-from-decision"
    named = [
        ordinal_value(m.group("what") or "", lang.code) for m in lang.session.finditer(same_request)
    ]
    found = [n for n in named if n]
    return (found[-1], "session-from-request") if found else None


_YEAR_LIST = re.compile(r"(?:\s*(?:,|and|et|y)\s*(?:19|20)\d\d)*")
_AGENDA_SESSION = re.compile(
    r"(?:provisional agenda of its|ordre du jour provisoire de sa|programa provisional de su)\s+(?P<what>(?:[\w\u00e0-\u00ff-]+\s+){0,3}?[\w\u00e0-\u00ff-]+)\s+(?:session|período)",
    re.IGNORECASE,
)


def _every(outside: str, lang: Language) -> int | None:
    m = lang.every_n.search(outside)
    if m:
        n = m.group("n").lower()
        return int(n) if n.isdigit() else _WORD_NUMBERS.get(n)
    for pattern, years in lang.periodic:
        if pattern.search(outside):
            return years
    return None


def _until(outside: str, lang: Language) -> tuple[int | None, tuple[int | None, int | None]] | None:
    """(last year, the session tuple it names) of "until its 85th session" / "until 2030"."""
    m = lang.until.search(outside)
    if not m:
        return None
    if m.group("year"):
        return int(m.group("year")), (None, int(m.group("year")))
    n = ordinal_value(m.group("what") or "", lang.code)
    if n is None:
        return None
    return n + GA_SESSION_OFFSET, (n, None)


# --- whom --------------------------------------------------------------------------------

_BODY_RE: dict[str, re.Pattern[str]] = {
    acronym: re.compile(r"\b(?:" + "|".join(names) + r")\b", re.IGNORECASE)
    for acronym, names in BODIES.items()
}


_REFERENCE = re.compile(
    r"\s+(?:resolutions?|decisions?|résolutions?|décisions?|resoluci[oó]n(?:es)?|decisi[oó]n(?:es)?)\b",
    re.IGNORECASE,
)


def _bodies_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, acronym) of every named body, in order; not one naming its resolution
    ("the annex to General Assembly resolution 64/115")."""
    hits = [
        (m.start(), m.end(), b)
        for b, rx in _BODY_RE.items()
        for m in rx.finditer(text)
        if not _REFERENCE.match(text, m.end())
    ]
    return sorted(hits)


def _recipients(
    outside: str, after: int, lang: Language, adopting: str, context: str
) -> tuple[list[str], str]:
    """The bodies a report goes to, and how we know: "named", "it", "context", "assumed"."""
    zone = outside[after:]
    for start, end, body in _bodies_in(zone):
        if re.search(r"\b(?:" + lang.to_body + r")$", zone[:start], re.IGNORECASE):
            bodies = [body]
            joint = re.match(
                r"\s*,?\s*(?:and|et|y)\s+(?:to\s+|à\s+|au\s+|a\s+|al\s+)?(?:the\s+|la\s+|le\s+|l'|el\s+)?(?:(?:subsequent|following|next)\s+session\s+of\s+the\s+)?",
                zone[end:],
                re.I,
            )
            if joint:
                nxt = [b for s, _, b in _bodies_in(zone[end + joint.end() :]) if s == 0]
                if nxt and nxt[0] != body:
                    bodies.append(nxt[0])
            return bodies, "named"
    generic = _generic_recipient(zone, lang, adopting, context)
    if generic:
        return generic
    named = _ORGAN.search(zone)
    if named and (
        re.search(r"\b(?:" + lang.to_body + r")$", zone[: named.start()], re.I)
        or zone[: named.start()].strip().lower() in ("", "le", "la", "l'", "el", "the")
    ):  # "to the Committee", or "inform the Committee": the organ informed
        return [" ".join(named.group(1).split())], "unknown"
    if lang.it_pronoun.search(outside[:after] + " " + zone) or re.search(
        r"\b(?:its|sa|su)\b", zone, re.I
    ):
        return [adopting], "it"
    return [adopting], "assumed"


_MEMBER_STATES = re.compile(
    r"\s*(?:\w+mente\s+|\w+ly\s+|\w+ment\s+)?(?:to\s*,?\s+|a\s+|aux\s+)?(?:the\s+|los\s+|les\s+)?(?:member states|estados miembros|états membres)\b",
    re.IGNORECASE,
)
# "the methodology to report on indicator 16.4.1": a noun's infinitive, not a request
_NOUN_BEFORE = re.compile(
    r"\b(?:methodology|methodologies|capacity|capacities|ability|obligations?|mechanisms?|framework|tools?|efforts?|need|ways?|means|templates?|guidelines|formats?|modalities|system)\s+\S*$",
    re.IGNORECASE,
)
_IN_REPORT = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:within|in|through|in the context of|dans|en|dans le cadre de|par le biais de|par l'intermédiaire de|a través de|por medio de|en el contexto de)\s+(?:the|his|her|its|their|son|sa|ses|le|les|leur|leurs|su|sus|el|los|las)\s+(?:[\w-]+\s+){0,3}?(?:reports?|reporting|rapports?|informes?)\b",
    re.IGNORECASE,
)
# "the entities in charge of reporting on …": a description, not a request
_IN_CHARGE_OF = re.compile(
    r"\b(?:chargée?s?|responsables?|tenue?s?|encargad[oa]s?|responsible for|tasked with|in charge of)\s*$",
    re.IGNORECASE,
)
# "… chargées de mesurer les flux et de faire rapport": the second infinitive of the same
_IN_CHARGE_OF_FIRST = re.compile(
    r"\b(?:chargée?s?|responsables?|encargad[oa]s?|responsible|tasked|in charge)\s+(?:de\s+|d'|for\s+|with\s+|of\s+)[a-zà-ÿ]+(?:er|ir|re|ar|ing)\b[^,;]{0,80}?\s*$",
    re.IGNORECASE,
)


def _described(text: str, action: re.Match[str]) -> bool:
    """The action belongs to a description of someone ("institutions in charge of
    reporting"), not to a request."""
    if _IN_CHARGE_OF.search(text, 0, action.start()):
        return True
    coordinated = re.match(r"(?:et|and|y)\b", action.group(0), re.IGNORECASE)
    return bool(coordinated and _IN_CHARGE_OF_FIRST.search(text, 0, action.start()))


_TO_THE_SECRETARY_GENERAL = re.compile(
    r"\s*(?:[\w-]+ly\s+|[\w-]+ment\s+|[\w-]+mente\s+|chaque année\s+|cada año\s+|every year\s+)?(?:to|au|al)\s+(?:the\s+)?(?:secretary-general|secrétaire général|secretario general)\b",
    re.IGNORECASE,
)
_OTHERS_INFORMED = re.compile(
    r"^\s*(?:[\w-]+\s+){0,8}?(?:the\s+|les\s+|los\s+|a\s+los\s+|aux\s+)?(?:host\s+)?(?:governments?|gouvernements?|gobiernos?|membership|membres|miembros|member states|états membres|estados miembros|programme countries|pays de programme|países en que se ejecutan programas)\b",
    re.IGNORECASE,
)


def _informs_others(after_verb: str) -> bool:
    """ "inform (duly and in a timely manner) the Governments …": no body before them."""
    m = _OTHERS_INFORMED.match(after_verb[:160])
    return m is not None and not _bodies_in(after_verb[: m.start() + len(m.group(0))])


_WHEN_REPORTING = re.compile(
    r"\bwhen reporting\b|\blorsqu'(?:il|elle|ils|elles)\s+(?:lui\s+|leur\s+)?(?:rendra|rendront|fera|feront|présentera|présenteront)\b|\bcuando\s+(?:la\s+|le\s+|les\s+)?(?:informe|presente)\b",
    re.IGNORECASE,
)
_NOT_BODIES = re.compile(
    r"\b(?:les|the|los)\s+gou?v\w*ern\w*\s+(?:des|of|de)\s+(?:pays|programme|países)|\b(?:to|aux?|a los|a las|ante|son|sa|leurs?|its|their|su|sus)\s+(?:the\s+|their\s+|its\s+|leurs?\s+|sus\s+|los\s+|las\s+)?(?:respective\s+|respectifs\s+|respectivos\s+)?(?:governing bodies|executive boards?|programme country governments|resident coordinators?|organes directeurs|conseils? d'administration|órganos rectores|juntas ejecutivas)\b",
    re.IGNORECASE,
)
_ORGAN = re.compile(
    r"\b(?:the\s+)?((?:[A-Z][\w-]+\s+){0,5}?(?:Committee|Board|Conference|Working Group|Meeting of (?:the\s+)?States(?: Parties)?|Office|Comité|Junta|Conferencia|Conférence|Bureau|Oficina|Reuni[oó]n\s+(?:Bienal\s+)?de\s+(?:los\s+)?Estados(?:\s+Partes)?|Réunion\s+(?:biennale\s+)?des\s+États(?:\s+parties)?)(?:\s+(?:on|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})?)\b"
)


def _generic_recipient(
    zone: str, lang: Language, adopting: str, context: str
) -> tuple[list[str], str] | None:
    """ "to the Council", "to the Commission", "to the Assembly": resolved from the document."""
    to = re.compile(r"\b(?:" + lang.to_body + r")$", re.IGNORECASE)
    for pattern, kind in (
        (lang.the_assembly, "assembly"),
        (lang.the_council, "council"),
        (lang.the_commission, "commission"),
        (lang.the_forum, "forum"),
    ):
        for m in pattern.finditer(zone):
            # "au Conseil", "a la Comisión": the preposition is inside the match
            if not (
                to.search(zone[: m.start()]) or re.match(r"(?:au|à la|a la|al)\b", m.group(0), re.I)
            ):
                continue
            if kind == "assembly":
                return ["GA"], "named"
            mentioned = [b for _, _, b in _bodies_in(context)]
            if kind == "council":
                if adopting in ("ECOSOC", "HRC"):
                    return [adopting], "named"
                councils = [b for b in mentioned if b in ("ECOSOC", "HRC", "SC")]
                return [councils[-1] if councils else "ECOSOC"], "context"
            if kind == "commission":
                commissions = [b for b in mentioned if b in COMMISSIONS]
                if commissions:
                    return [commissions[-1]], "context"
                return ["Commission"], "unknown"
            forums = [b for b in mentioned if b in ("HLPF", "UNFF")]
            return [forums[-1] if forums else "HLPF"], "context"
    return None


def _through(outside: str, lang: Language) -> str | None:
    m = re.search(lang.through_body, outside, re.IGNORECASE)
    if not m:
        return None
    hits = [b for s, _, b in _bodies_in(outside[m.end() :]) if s == 0]
    if hits:
        return hits[0]
    if re.match(r"(?:the\s+)?council|conseil|consejo", outside[m.end() :], re.I):
        return "ECOSOC"
    return None


# --- ends: terminate and merge ----------------------------------------------------------------

_NEGATION = re.compile(
    r"no longer|discontinu|cease|terminat|ne plus|plus être|cesser|mettre fin|supprim|suprim|dejar|ya no|poner fin|elimin|descontinu",
    re.I,
)


def _ends(
    para: OperativeParagraph, text: str, lang: Language, adopting: str, context: str
) -> list[Proposal]:
    out: list[Proposal] = []
    for m in lang.terminate.finditer(text):
        if not _NEGATION.search(m.group(0)):
            continue
        stop = _segment_end(text, lang, m.end(), len(text))
        seg = text[m.start() : stop]
        subj = lang.subject.search(seg, m.end() - m.start()) or lang.verb_subject.search(
            seg, m.end() - m.start()
        )
        subject = seg[subj.end() : _subject_end(seg, subj.end(), lang)].strip(" ,") if subj else ""
        recipients, _ = _recipients(seg, 0, lang, adopting, context)
        sessions = [
            t
            for t, _ in _timings(seg[: subj.start()] if subj else seg, lang, [])
            if t.get("session_number") or t.get("year")
        ]
        first = sessions[0] if sessions else {}
        out.append(
            Proposal(
                para.number,
                para.text[m.start() : stop].rstrip(" ,;."),
                Reading(
                    recipients[0],
                    "terminate",
                    _int(first.get("session_number")),
                    _int(first.get("year")),
                    subject=subject,
                ),
                0.8 if subject else 0.6,
                ("nested-draft",) if para.nested else (),
            )
        )
    for m in lang.merge.finditer(text):
        stop = _segment_end(text, lang, m.end(), len(text))
        seg = text[m.start() : stop]
        parts = re.split(
            r"\s+(?:and|with|into|et|avec|y|con)\s+(?:the\s+|le\s+|celui\s+|el\s+)?(?:reports?\s+|rapports?\s+|informes?\s+)?(?:on|sur|sobre)\s+",
            seg,
            maxsplit=1,
            flags=re.I,
        )
        subj = lang.subject.search(parts[0])
        subject = parts[0][subj.end() :].strip(" ,") if subj else ""
        into = _cut(parts[1], lang) if len(parts) > 1 else None
        if into:
            into = _SINGLE.sub("", into).strip(" ,") or None
        out.append(
            Proposal(
                para.number,
                para.text[m.start() : stop].rstrip(" ,;."),
                Reading(adopting, "merge", subject=subject, into=into),
                0.75 if subject and into else 0.5,
                ("merge-target-unclear",) if not into else (),
            )
        )
    return out


_SINGLE = re.compile(
    r"\s+(?:into|en|in)\s+(?:a|one|un|une|uno|un solo|un único)\s+(?:single\s+|seul\s+|consolidated\s+|combined\s+|único\s+|solo\s+)?(?:report|rapport|informe)\b.*$",
    re.IGNORECASE,
)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _inside_end(position: int, ends: Sequence[Proposal], text: str) -> bool:
    return any(
        p.reading.timing in ("terminate", "merge")
        and text.find(p.words.translate(_FOLD))
        <= position
        < text.find(p.words.translate(_FOLD)) + len(p.words)
        for p in ends
    )


# --- helpers ---------------------------------------------------------------------------------


def _future_clause(action: re.Match[str], requests: list[re.Match[str]], text: str) -> bool:
    """ "… un rapport qu'il lui présentera à sa quatre-vingtième session": a clause about the
    report asked for, not a request of its own (unless "décide que … présentera")."""
    if not action.groupdict().get("verb2"):
        return False
    request = _request_before(requests, text, action.start())
    return request is None or not re.search(
        r"\b(?:decides that|décide que|decide que)\b", text[request.start() : action.start()], re.I
    )


def _request_before(
    requests: Iterable[re.Match[str]], text: str, position: int
) -> re.Match[str] | None:
    """The asking verb that governs an action: the last one before it in the same sentence."""
    best = None
    for r in requests:
        if r.start() < position and ";" not in text[r.start() : position]:
            best = r
    return best


def _segment_end(text: str, lang: Language, start: int, limit: int) -> int:
    b = lang.boundary.search(text, start)
    return min(limit, b.start()) if b else limit


def _without_through_sessions(outside: str, lang: Language) -> str:
    """ "through the Economic and Social Council at its 2025 session": that session is the
    Council's, not when this report is due; blanked out."""
    for m in re.finditer(lang.through_body, outside, re.IGNORECASE):
        named = [h for h in _bodies_in(outside[m.end() :]) if h[0] == 0]
        if not named:
            continue
        at = m.end() + named[0][1]
        gap = len(outside[at:]) - len(outside[at:].lstrip(" ,"))
        session = lang.session.match(outside, at + gap)
        if session is not None:
            outside = (
                outside[: session.start()]
                + " " * (session.end() - session.start())
                + outside[session.end() :]
            )
    return outside


def _body_sessions(
    zone: str, lang: Language, pronoun: str | None = None
) -> list[tuple[str, int | None]]:
    """(body, session number or None) for each recipient named with its own session, when
    two bodies or more are; [] otherwise. A body reached "through" is not a recipient;
    `pronoun` is the body "lui présenter, à sa … session" speaks of."""
    to = re.compile(
        r"(?:\b" + lang.to_body + r"|\b(?:and|et|y)\s+(?:the\s+|la\s+|le\s+|l'|el\s+)?)$", re.I
    )
    pairs: list[tuple[str, int | None]] = []
    last_end = -1
    named = _bodies_in(zone)
    first = lang.session.match(zone, len(zone) - len(zone.lstrip(" ,")))
    if pronoun and first is not None and not first.groupdict().get("year"):
        pairs.append((pronoun, ordinal_value(first.group("what") or "", lang.code)))
        last_end = first.end()
    for start, end, body in named:
        head = zone[max(0, start - 30) : start]
        if re.search(lang.through_body + r"$", head, re.IGNORECASE) or not to.search(head):
            continue
        if pairs and re.search(r"\b(?:and|et|y)\s+(?:the\s+|la\s+|le\s+|l'|el\s+)?$", head, re.I):
            between = zone[last_end:start]
            if (
                between.count(",") > 2
                or start - last_end > 80
                or any(last_end <= s0 < start for s0, _, _ in named)
                or re.search(lang.through_body, between, re.IGNORECASE)
            ):
                continue  # "and the Council" not right after the last recipient: not one
        elif pairs and not re.search(r"(?:\b" + lang.to_body + r")$", head, re.IGNORECASE):
            continue
        session = lang.session.match(zone, end + len(zone[end:]) - len(zone[end:].lstrip(" ,")))
        number = None
        if session is not None and not (session.groupdict().get("year")):
            number = ordinal_value(session.group("what") or "", lang.code)
        pairs.append((body, number))
        last_end = session.end() if session is not None else end
    if len({b for b, _ in pairs}) < 2 or not any(n for _, n in pairs):
        return []
    return pairs


def _outside_names(seg: str, subject_at: int | None, lang: Language) -> int | None:
    """Where the subject starts, once the "on" of a body's name ("Commission on the Status
    of Women") is passed over."""
    for _ in range(4):
        if subject_at is None:
            return None
        inside = [end for start, end, _ in _bodies_in(seg) if start < subject_at < end]
        if not inside:
            return subject_at
        subject_at = _search(lang.subject, seg, inside[0])
    return subject_at


def _search(pattern: re.Pattern[str], text: str, pos: int) -> int | None:
    m = pattern.search(text, pos)
    return m.end() if m else None


_SUBJECT_STOP = {
    "en": r",?\s+on an? (?:annual|biennial|triennial|quadrennial|yearly|regular) basis\b|,\s+(?:which|that|by no later than|no later than)\b|\s+(?:to|through|at) (?:the\s+|its\s+)?(?=general assembly|economic and social council|high-level political forum|human rights council|statistical commission|commission (?:on|for)|council\b|assembly\b|committee (?:on|for)\b|(?:annual )?operational activities for development segment)|,?\s+as (?:relevant |new )*information becomes available\b|,?\s+(?:starting|beginning|commencing)\b|,\s+(?:including|in particular|taking|with|bearing|as well as|on the basis|within|through|in consultation|in collaboration|in cooperation|and to|under|for consideration|and on)\b|\s+(?:at|during|to) (?:its|their)\b|\s+under the (?:sub-?)?item\b|\s+through the\b|\s+within existing\b|\s+(?:annually|biennially|every)\b|\s+and (?:to|decides)\b",
    "fr": r",\s+(?:qui|que)\b|,?\s+au plus tard\b|\s+(?:à l'|au |à la |aux )(?=assemblée|conseil|commission|forum)|,?\s+à mesure que\b|,?\s+(?:à compter|à partir)\b|,\s+(?:y compris|notamment|en tenant|compte tenu|avec|ainsi que|dans|en consultation|en collaboration|et de)\b|\s+à (?:sa|ses|leur)\b|\s+au titre\b|\s+par l'intermédiaire\b|\s+et de\b|\s+(?:chaque|tous les)\b",
    "es": r",\s+(?:que|el cual|la cual|a más tardar)\b|\s+(?:a la |al |ante la |ante el )(?=asamblea|consejo|comisión|foro)|,?\s+a medida que\b|,?\s+(?:a partir|comenzando)\b|,\s+(?:incluid[oa]s?|en particular|teniendo|con|así como|dentro|en consulta|en colaboración|y que)\b|\s+en (?:su|sus)\s+(?:[\w\u00e0-\u00ff-]+\s+){0,4}?(?:período|periodo)\b|\s+en relación con el tema\b|\s+por conducto\b|\s+y que\b|\s+(?:cada|anualmente)\b",
}


def _subject_end(seg: str, start: int, lang: Language) -> int:
    m = re.compile(_SUBJECT_STOP[lang.code], re.IGNORECASE).search(seg, start)
    end = m.start() if m else len(seg)
    if end - start > 220:
        cut = seg.rfind(" ", start, start + 220)
        end = cut if cut > start else start + 220
    return end


def _cut(text: str, lang: Language) -> str:
    return text[: _subject_end(text, 0, lang)].strip(" ,;.")


def _object_kind(between: str, lang: Language) -> str:
    """Is the report noun the verb's object ("submit … a report": "yes"), inside a report the
    verb refers to ("provide information in his report": "inside"), or neither ("no")?
    Walks back from the noun over adjectives, commas and "and" to its determiner."""
    tokens = re.findall(r"[\w'-]+|[,;:()]", between.lower())
    i = len(tokens) - 1
    steps = 0
    while i >= 0 and steps < 14:
        t = tokens[i]
        if t in lang.determiners or t.endswith("'"):
            before = tokens[i - 1] if i > 0 else ""
            if before in ("in", "dans", "en", "within"):
                return "inside"
            return "no" if before in lang.prepositions else "yes"
        if t in lang.prepositions:
            return "inside" if t in ("in", "dans", "en", "within") else "no"
        i -= 1
        steps += 1
    return "yes" if i < 0 else "no"


def _document_item(paragraphs: Sequence[OperativeParagraph], lang: Language) -> str | None:
    """The item a text puts on a future agenda ("… the item entitled “Sustainable development”")."""
    for p in paragraphs:
        m = lang.agenda_item.search(p.text.translate(_FOLD))
        if m:
            return m.group("item")
    return None
