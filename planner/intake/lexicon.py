"""The words of reporting requests in English, French and Spanish, as UN resolutions write them.

Patterns only; `planner.intake.mandates` reads paragraphs with them. Every pattern
is matched on text with typographic apostrophes folded to "'" (see `mandates._norm`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# bodies: acronym -> names in en, fr, es (regex fragments, lower case)
BODIES: dict[str, tuple[str, ...]] = {
    "GA": ("general assembly", "assemblée générale", "asamblea general"),
    "ECOSOC": (
        "economic and social council",
        "conseil économique et social",
        "consejo económico y social",
        # its segment on operational activities for development, named alone
        "(?:its |the )?(?:annual )?operational activities for development segment",
        "(?:du )?débat (?:annuel )?consacré aux activités opérationnelles de développement",
        "(?:la )?serie de sesiones (?:anual )?sobre actividades operacionales para el desarrollo",
    ),
    "HLPF": (
        "high-level political forum(?: on sustainable development)?",
        "forum politique de haut niveau(?: pour le développement durable)?",
        "foro político de alto nivel(?: sobre el desarrollo sostenible)?",
    ),
    "CSW": (
        "commission on the status of women",
        "commission de la condition de la femme",
        "comisión de la condición jurídica y social de la mujer",
    ),
    "CSocD": (
        "commission for social development",
        "commission du développement social",
        "comisión de desarrollo social",
    ),
    "StatCom": ("statistical commission", "commission de statistique", "comisión de estadística"),
    "CSTD": (
        "commission on science and technology for development",
        "commission de la science et de la technique au service du développement",
        "comisión de ciencia y tecnología para el desarrollo",
    ),
    "CPD": (
        "commission on population and development",
        "commission de la population et du développement",
        "comisión de población y desarrollo",
    ),
    "HRC": ("human rights council", "conseil des droits de l'homme", "consejo de derechos humanos"),
    "CND": (
        "commission on narcotic drugs",
        "commission des stupéfiants",
        "comisión de estupefacientes",
    ),
    "CCPCJ": (
        "commission on crime prevention and criminal justice",
        "commission pour la prévention du crime et la justice pénale",
        "comisión de prevención del delito y justicia penal",
    ),
    "UNFF": (
        "united nations forum on forests",
        "forum des nations unies sur les forêts",
        "foro de las naciones unidas sobre los bosques",
    ),
    "SC": ("security council", "conseil de sécurité", "consejo de seguridad"),
    "CPC": (
        "committee for programme and coordination",
        "comité du programme et de la coordination",
        "comité del programa y de la coordinación",
    ),
}
COMMISSIONS = ("CSW", "CSocD", "StatCom", "CSTD", "CPD", "CND", "CCPCJ")


@dataclass(frozen=True)
class Language:
    code: str
    # "Requests the Secretary-General" … : the asking verb and whom it asks (group "who")
    request: re.Pattern[str]
    # the reporting action: group "verb"
    action: re.Pattern[str]
    # actions that are reports by themselves ("report", "rendre compte", "informe")
    report_verbs: frozenset[str]
    oral_verbs: frozenset[str]
    include_verbs: frozenset[str]
    report_noun: re.Pattern[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    # where one request ends and the next begins
    boundary: re.Pattern[str]
    not_reporters: re.Pattern[str]  # Member States, Governments … (their "reports" are views)
    to_body: str  # regex prefix for a destination ("to the", "à la", "a la")
    through_body: str
    it_pronoun: re.Pattern[str]  # "to it", "lui", "le": the adopting body
    subject: re.Pattern[str]  # where the subject starts after "a report": "on", "sur", "sobre"
    verb_subject: re.Pattern[str]  # after "report"/"rendre compte": "on", "de", "sobre"
    thereon: re.Pattern[str]
    session: re.Pattern[str]  # group "what": the words naming the session
    sessions_and: re.Pattern[str]  # "eighty-first and eighty-second sessions"
    next_session: re.Pattern[str]
    in_year: re.Pattern[str]
    periodic: tuple[tuple[re.Pattern[str], int], ...]
    every_n: re.Pattern[str]
    ongoing: re.Pattern[str]
    until: re.Pattern[str]
    oral: re.Pattern[str]
    item: re.Pattern[str]
    agenda_item: re.Pattern[str]  # "include in the provisional agenda … the item entitled"
    terminate: re.Pattern[str]
    merge: re.Pattern[str]
    the_council: re.Pattern[str]
    the_commission: re.Pattern[str]
    the_assembly: re.Pattern[str]
    the_forum: re.Pattern[str]


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_Q = r"[“\"«]\s*(?P<item>[^”\"»]{3,200}?)\s*[”\"»]"

EN = Language(
    code="en",
    request=_c(
        r"\b(?:(?:also|further|again|once again|once more|kindly)\s+)?(?:requests?|invites?|calls upon|urges|encourages|asks|mandates|decides to request|decides to invite|decides that),?\s+(?:in this regard,\s+|to this end,\s+|in that regard,\s+)?(?P<who>.{0,300}?)\s+(?=(?:to|shall|should|will)\s)"
    ),
    action=_c(
        r"\b(?:(?:to|and|shall|should|will)\s+(?:(?:also|further|continue to|regularly|periodically|then|annually|thereafter)\s+)*)(?P<verb>submit|present|transmit|prepare|provide|report(?=\s+(?:thereon|on|to|back|annually|regularly|periodically|biennially|every|at|in|through|as|,|orally))|brief|include|keep|inform)\b"
    ),
    report_verbs=frozenset({"report", "inform"}),
    oral_verbs=frozenset({"brief"}),
    include_verbs=frozenset({"include"}),
    report_noun=_c(r"\b(?P<noun>reports?|update|briefing|overview|informed)\b"),
    determiners=frozenset({"a", "an", "the", "his", "her", "its", "their", "one", "such"}),
    prepositions=frozenset(
        {
            "of",
            "in",
            "on",
            "from",
            "with",
            "under",
            "by",
            "contained",
            "into",
            "within",
            "referred",
            "for",
        }
    ),
    boundary=_c(
        r";|\.(?:\s|$)|,?\s+and\s+(?:also\s+|further\s+|in this regard\s+|to this end\s+)?(?:decides|requests|invites|encourages|calls|urges|welcomes|takes|notes|recognizes|stresses|emphasizes|reaffirms|expresses|looks|underlines|underscores)\b"
    ),
    not_reporters=_c(
        r"^(?:all\s+)?(?:the\s+)?(?:entities|participants|member states|states|governments|all states|donors|countries|least developed countries|developing countries|parties|states parties|civil society|the private sector|stakeholders|relevant stakeholders|the international community|member and observer states|development partners|regional|non-governmental)\b"
    ),
    to_body=r"(?:to|before|at)\s+(?:the\s+)?",
    through_body=r"through\s+(?:the\s+)?",
    it_pronoun=_c(r"\bto it\b|\bthereto\b"),
    subject=_c(
        r"\b(?:on|about|concerning|regarding|containing)\b\s+(?!an?\s+[\w-]+\s+basis\b|the basis\b)"
    ),
    verb_subject=_c(
        r"\b(?:on|about|concerning|regarding)\b\s+(?!an?\s+[\w-]+\s+basis\b|the basis\b)"
    ),
    thereon=_c(r"\bthereon\b|\bon this matter\b|\bin this regard\b|\bon these matters\b"),
    session=_c(
        r"\b(?:at|during|for|before|prior to|to|than|by)\s+(?:its|their|the|his)\s+(?P<what>(?:[\w\u00e9-]+\s+){0,6}?[\w-]+)\s+(?:regular\s+|substantive\s+|resumed\s+|annual\s+)?session\b"
    ),
    sessions_and=_c(
        r"\b(?:at|during)\s+(?:its|their)\s+(?P<first>(?:[\w-]+\s+){0,3}?[\w-]+)\s+and\s+(?P<second>(?:[\w-]+\s+){0,3}?[\w-]+)\s+sessions\b"
    ),
    next_session=_c(
        r"\b(?:at|during|to)\s+(?:its|their|the)\s+(?:next|forthcoming|following|upcoming)\s+(?:regular\s+|substantive\s+)?session\b"
    ),
    in_year=_c(
        r"\b(?:in|by|during|(?:no|not) later than(?:\s+\d{1,2}\s+[A-Z][a-z]+)?|(?:beginning|starting|commencing)\s+(?:from\s+|in\s+)?)\s*(?P<year>(?:19|20)\d\d)\b"
    ),
    periodic=(
        (
            _c(
                r"\bannual(?:ly)?\b|\bon an annual basis\b|\bon a yearly basis\b|\bevery year\b|\beach year\b|\byearly\b"
            ),
            1,
        ),
        (_c(r"\bbiennial(?:ly)?\b|\bon a biennial basis\b|\bevery (?:two|2|other) years?\b"), 2),
        (_c(r"\btriennial(?:ly)?\b|\bon a triennial basis\b"), 3),
        (_c(r"\bquadrennial(?:ly)?\b|\bon a quadrennial basis\b"), 4),
        (_c(r"\bquinquennial(?:ly)?\b"), 5),
    ),
    every_n=_c(r"\bevery (?P<n>\d{1,2}|three|four|five|six|seven|eight|nine|ten) years\b"),
    ongoing=_c(
        r"\bcontinue to (?:report|submit|keep|brief|update|inform)\b|\bregularly\b|\bperiodically\b|\bon a regular basis\b|\bfrom time to time\b|\bkeep\b.{0,60}\binformed\b|\bas (?:relevant )?(?:new )?information becomes available\b"
    ),
    until=_c(
        r"\b(?:until|up to|through|to)\s+(?:its\s+(?P<what>(?:[\w-]+\s+){0,3}?[\w-]+)\s+session|(?P<year>(?:19|20)\d\d))\b"
    ),
    oral=_c(r"\boral(?:ly)?\b|\bbrief(?:ing)?\b"),
    item=_c(r"\bunder\s+(?:the\s+)?(?:sub-?item|item)\s+(?:entitled\s+)?" + _Q),
    agenda_item=_c(
        r"\binclude in the provisional agenda of its\b.{0,80}?\b(?:sub-?item|item)\s+entitled\s+"
        + _Q
    ),
    terminate=_c(
        r"\b(?:decides|agrees)\s+(?:to discontinue|to terminate|to cease|to no longer request|to end|that)\b(?P<rest>.{0,200}?)\b(?:reports?|reporting)\b"
    ),
    merge=_c(
        r"\b(?:decides|requests the secretary-general|agrees)\s+(?:to|that)\s+(?:consolidate|merge|combine|integrate)\b"
    ),
    the_council=_c(r"\bthe council\b"),
    the_commission=_c(r"\bthe commission\b"),
    the_assembly=_c(r"\bthe assembly\b"),
    the_forum=_c(r"\bthe (?:high-level political )?forum\b"),
)

FR = Language(
    code="fr",
    request=_c(
        r"\b(?:prie|invite|demande|engage|encourage|charge|décide de prier|décide d'inviter|décide que|demander|inviter|prier)\s+(?:également\s+|en outre\s+|de nouveau\s+|aussi\s+|à cet égard\s+)?(?P<who>.{0,300}?)\s+(?=(?:de|d'|à)\s?)"
    ),
    action=_c(
        r"\b(?:de\s+|d'|et\s+(?:de\s+|d')?|à\s+)(?:continuer (?:à|de)\s+)?(?:(?:lui|leur|y)\s+)?(?:(?:continuer (?:à|de)\s+)(?:lui\s+|leur\s+)?)?(?P<verb>présenter|soumettre|transmettre|établir|élaborer|fournir|faire rapport|rendre compte|faire le point|faire un exposé|informer|inclure|faire figurer|tenir)\b"
        r"|\b(?P<verb2>présentera|soumettra|fera rapport|rendra compte)\b"
    ),
    report_verbs=frozenset(
        {"faire rapport", "rendre compte", "fera rapport", "rendra compte", "informer"}
    ),
    oral_verbs=frozenset({"faire le point", "faire un exposé"}),
    include_verbs=frozenset({"inclure", "faire figurer"}),
    report_noun=_c(r"\b(?P<noun>rapports?|exposé|aperçu|informée?s?)\b"),
    determiners=frozenset(
        {"un", "une", "le", "la", "les", "l'", "son", "sa", "ses", "leur", "leurs"}
    ),
    prepositions=frozenset({"de", "d'", "du", "des", "dans", "sur", "en", "par", "au", "aux", "à"}),
    boundary=_c(
        r";|\.(?:\s|$)|,?\s+et\s+(?:aussi\s+|également\s+|à cet égard\s+)?(?:décide|prie|invite|engage|encourage|demande|souligne|prend|note|constate|accueille|se félicite|réaffirme|exprime|attend)\b"
    ),
    not_reporters=_c(
        r"^(?:aux\s+|à\s+)?(?:tous\s+|toutes\s+)?(?:les\s+|cet\s+|cette\s+|ces\s+|chaque\s+)?(?:entités|état\b|états membres|états|gouvernements|donateurs|pays|parties|états parties|société civile|secteur privé|parties prenantes|communauté internationale|partenaires de développement|organisations non gouvernementales)\b"
    ),
    to_body=r"(?:à\s+l'|à\s+la\s+|au\s+|à\s+)",
    through_body=r"par l'intermédiaire\s+(?:du\s+|de\s+la\s+|de\s+l')",
    it_pronoun=_c(r"\blui\b|\by\b(?!\s+compris)"),
    subject=_c(r"\b(?:sur|concernant|relatif à|relatif aux|portant sur)\s+"),
    verb_subject=_c(r"(?:\b(?:sur|de|des|du|concernant)\s+|\bd')(?!une? (?:manière|façon)\b)"),
    thereon=_c(r"\bà ce sujet\b|\bsur cette question\b|\bsur ce point\b|\bà cet égard\b"),
    session=_c(
        r"\b(?:à|lors de|pour|avant|de)\s+(?:sa|leur|la)\s+(?P<what>(?:[\w\u00e0-\u00ff-]+\s+){0,4}?[\w\u00e0-\u00ff-]+)\s+session\b(?!\s+de\s+(?:19|20)\d\d)|\b(?:à|lors de)\s+sa\s+session\s+de\s+(?P<year>(?:19|20)\d\d)\b"
    ),
    sessions_and=_c(
        r"\bà\s+ses\s+(?P<first>(?:[\w\u00e0-\u00ff-]+\s+){0,3}?[\w\u00e0-\u00ff-]+)\s+et\s+(?P<second>(?:[\w\u00e0-\u00ff-]+\s+){0,3}?[\w\u00e0-\u00ff-]+)\s+sessions\b"
    ),
    next_session=_c(r"\b(?:à|lors de)\s+(?:sa|leur)\s+(?:prochaine)\s+session\b"),
    in_year=_c(
        r"\b(?:en|d'ici à|d'ici|avant|à compter de|à partir de)\s+(?P<year>(?:19|20)\d\d)\b"
    ),
    periodic=(
        (
            _c(
                r"\bchaque année\b|\btous les ans\b|\bannuellement\b|\bsur une base annuelle\b|\bannuel(?:le)?s?\b|\bune fois par an\b"
            ),
            1,
        ),
        (_c(r"\btous les deux ans\b|\bbiennale?s?\b|\bsur une base biennale\b"), 2),
        (_c(r"\btous les trois ans\b|\btriennale?s?\b"), 3),
        (_c(r"\btous les quatre ans\b|\bquadriennale?s?\b"), 4),
        (_c(r"\btous les cinq ans\b|\bquinquennale?s?\b"), 5),
    ),
    every_n=_c(r"\btous les (?P<n>\d{1,2}|six|sept|huit|neuf|dix) ans\b"),
    ongoing=_c(
        r"\bcontinuer (?:à|de) (?:lui |leur )?(?:rendre compte|faire rapport|présenter|informer|tenir)\b|\brégulièrement\b|\bpériodiquement\b|\bde façon régulière\b|\bde manière régulière\b|\btenir\b.{0,60}\binformée?s?\b|\bà mesure que\b"
    ),
    until=_c(
        r"\bjusqu'(?:à\s+sa\s+(?P<what>(?:[\w\u00e0-\u00ff-]+\s+){0,3}?[\w\u00e0-\u00ff-]+)\s+session|en\s+(?P<year>(?:19|20)\d\d))\b"
    ),
    oral=_c(r"\boral(?:e|ement)?\b|\bexposé\b|\bfaire le point\b"),
    item=_c(
        r"\bau titre\s+(?:de la|du)\s+(?:question|point|sous-point|alinéa)\s+(?:intitulée?\s+)?"
        + _Q
    ),
    agenda_item=_c(
        r"\binscrire à l'ordre du jour provisoire de sa\b.{0,80}?\b(?:question|point|sous-point)\s+intitulée?\s+"
        + _Q
    ),
    terminate=_c(
        r"\bdécide\s+(?:de mettre fin|de cesser|de ne plus demander|de supprimer|que)\b(?P<rest>.{0,200}?)\brapports?\b"
    ),
    merge=_c(
        r"\b(?:décide|prie le secrétaire général)\s+(?:de|d')\s*(?:regrouper|fusionner|combiner|réunir)\b"
    ),
    the_council=_c(r"\b(?:le|au|du) conseil\b"),
    the_commission=_c(r"\b(?:la|à la|de la) commission\b"),
    the_assembly=_c(r"\bl'assemblée\b"),
    the_forum=_c(r"\b(?:le|au|du) forum\b"),
)

ES = Language(
    code="es",
    request=_c(
        r"\b(?:solicita|pide|invita|alienta|exhorta|encarga|decide solicitar|decide invitar|decide que),?\s+(?:a este respecto,\s+|a tal fin,\s+|en este sentido,\s+)?(?:también\s+|además\s+|asimismo\s+|nuevamente\s+|una vez más\s+)?(?:al|a la|a los|a las|a)?\s*(?P<who>.{0,300}?)\s+(?=(?:que|a que)[\s,])"
    ),
    action=_c(
        r"\b(?:que|y|y que|a que)(?:\s*,[^;]{0,200}?,)?\s+(?:en\s+su\s+[^,;]{0,80}?de\s+sesiones,?\s+(?:[^,;]{1,60},\s+)?)?(?:le\s+|les\s+|la\s+|lo\s+)?(?:siga\s+|continúe\s+)?(?P<verb>presente|presenten|someta|transmita|prepare|elabore|proporcione|informe|incluya|mantenga|presentando|informando|ofrezca)\b"
        r"|\b(?P<verb2>presentará|informará|someterá)\b"
    ),
    report_verbs=frozenset({"informe", "informando", "informará"}),
    oral_verbs=frozenset(),
    include_verbs=frozenset({"incluya"}),
    report_noun=_c(
        r"\b(?P<noun>informes?|exposición|panorama|información actualizada|informad[ao]s?)\b"
    ),
    determiners=frozenset({"un", "una", "el", "la", "los", "las", "su", "sus"}),
    prepositions=frozenset({"de", "del", "en", "sobre", "a", "al", "con", "por", "para"}),
    boundary=_c(
        r";|\.(?:\s|$)|,?\s+y\s+(?:también\s+|además\s+|a este respecto\s+)?(?:decide|solicita|pide|invita|alienta|exhorta|observa|toma|reconoce|destaca|subraya|acoge|reafirma|expresa|aguarda)\b"
    ),
    not_reporters=_c(
        r"^(?:todos\s+)?(?:los\s+|las\s+)?(?:entidades|estados miembros|estados|gobiernos|donantes|países|partes|estados partes|sociedad civil|sector privado|interesados|partes interesadas|comunidad internacional|asociados para el desarrollo|organizaciones no gubernamentales)\b"
    ),
    to_body=r"(?:a\s+la\s+|al\s+|a\s+|ante\s+la\s+|ante\s+el\s+)",
    through_body=r"por\s+(?:conducto|intermedio|mediación)\s+(?:del\s+|de\s+la\s+)",
    it_pronoun=_c(r"\bque le\b|\by le\b|\bque la mantenga\b"),
    subject=_c(r"\b(?:sobre|acerca de|relativo a|relativa a|en el que|que contenga)\s+"),
    verb_subject=_c(r"\b(?:sobre|acerca de)\s+"),
    thereon=_c(
        r"\bal respecto\b|\bsobre esta cuestión\b|\ba ese respecto\b|\bsobre el particular\b"
    ),
    session=_c(
        r"\ben\s+(?:su|sus|el)\s+(?P<what>(?:[\w\u00e0-\u00ff.º-]+\s+){0,4}?[\w\u00e0-\u00ff.º-]+)\s+(?:período|periodo)\s+(?:ordinario\s+)?de\s+sesiones\b(?!\s+de\s+(?:19|20)\d\d)|\ben\s+su\s+(?:período|periodo)\s+de\s+sesiones\s+de\s+(?P<year>(?:19|20)\d\d)\b"
    ),
    sessions_and=_c(
        r"\ben\s+sus\s+(?:períodos|periodos)\s+de\s+sesiones\s+(?P<first>(?:[\w\u00e0-\u00ff-]+\s+){0,3}?[\w\u00e0-\u00ff-]+)\s+y\s+(?P<second>(?:[\w\u00e0-\u00ff-]+\s+){0,3}?[\w\u00e0-\u00ff-]+)\b"
    ),
    next_session=_c(r"\ben\s+su\s+(?:próximo|siguiente)\s+(?:período|periodo)\s+de\s+sesiones\b"),
    in_year=_c(r"\b(?:en|para|antes de|a partir de|desde)\s+(?P<year>(?:19|20)\d\d)\b"),
    periodic=(
        (
            _c(
                r"\banualmente\b|\bcada año\b|\btodos los años\b|\bcon carácter anual\b|\banual(?:es)?\b|\buna vez al año\b"
            ),
            1,
        ),
        (_c(r"\bcada dos años\b|\bbienal(?:mente|es)?\b|\bcon carácter bienal\b"), 2),
        (_c(r"\bcada tres años\b|\btrienal(?:es)?\b"), 3),
        (_c(r"\bcada cuatro años\b|\bcuatrienal(?:es)?\b"), 4),
        (_c(r"\bcada cinco años\b|\bquinquenal(?:es)?\b"), 5),
    ),
    every_n=_c(r"\bcada (?P<n>\d{1,2}|seis|siete|ocho|nueve|diez) años\b"),
    ongoing=_c(
        r"\bsiga (?:informando|presentando)\b|\bcontinúe (?:informando|presentando)\b|\bperiódicamente\b|\bregularmente\b|\bperiódica\b|\bcon regularidad\b|\bde forma periódica\b|\bmantenga\b.{0,60}\binformad[ao]s?\b|\ba medida que\b"
    ),
    until=_c(
        r"\bhasta\s+(?:su\s+(?P<what>(?:[\w\u00e0-\u00ff-]+\s+){0,3}?[\w\u00e0-\u00ff-]+)\s+(?:período|periodo)\s+de\s+sesiones|(?P<year>(?:19|20)\d\d))\b"
    ),
    oral=_c(r"\boral(?:mente|es)?\b|\bverbalmente\b|\bexposición\b"),
    item=_c(
        r"\b(?:en relación con|en el marco|en relación al|bajo)\s+(?:el\s+)?(?:del\s+)?(?:subtema|tema)\s+(?:titulado\s+)?"
        + _Q
    ),
    agenda_item=_c(
        r"\bincluir en el programa provisional de su\b.{0,100}?\b(?:subtema|tema)\s+titulado\s+"
        + _Q
    ),
    terminate=_c(
        r"\bdecide\s+(?:suprimir|dejar de solicitar|poner fin|eliminar|descontinuar|que)\b(?P<rest>.{0,200}?)\binformes?\b"
    ),
    merge=_c(
        r"\b(?:decide|solicita al secretario general que)\s+(?:consolidar|fusionar|combinar|refundir|consolide|fusione|combine|refunda)\b"
    ),
    the_council=_c(r"\b(?:el|al|del) consejo\b"),
    the_commission=_c(r"\b(?:la|a la|de la) comisión\b"),
    the_assembly=_c(r"\b(?:la|a la) asamblea\b"),
    the_forum=_c(r"\b(?:el|al|del) foro\b"),
)

LANGUAGES: dict[str, Language] = {"en": EN, "fr": FR, "es": ES}
