"""Formulas met in a whole session of real resolutions (GA 79th session, Second Committee)
that the reader read wrongly or confidently when unsure; our own sentences, each after
the formula of the paragraph named in its comment."""

from __future__ import annotations

import pytest

from planner.intake.document import OperativeParagraph
from planner.intake.lexicon import LANGUAGES
from planner.intake.mandates import read_paragraph


def read(text: str, lang: str = "en", body: str = "GA"):
    return read_paragraph(OperativeParagraph("3", text), LANGUAGES[lang], body)


def keys(text: str, lang: str = "en"):
    return [
        (
            p.reading.report_to,
            p.reading.timing,
            p.reading.session_number,
            p.reading.year,
            p.reading.every_years,
        )
        for p in read(text, lang)
    ]


def test_no_body_and_no_time_is_unsure():
    # after A/RES/79/226 ¶112 and 79/234 ¶42: agencies asked to provide tools or assessments
    [p] = read(
        "Calls upon the country teams to provide, through a collaborative process, a joint assessment of needs for each flood to inform planning;"
    )
    assert p.unsure and {"recipient-assumed", "no-time-given"} <= set(p.notes)


@pytest.mark.parametrize(
    "text, lang",
    [
        # after A/RES/79/208 ¶20
        (
            "Invites the secretariat of the Convention, through the Secretary-General, to report on the progress of its working group on wetlands when reporting on the implementation of the present resolution to the General Assembly;",
            "en",
        ),
        (
            "Invite le secrétariat de la Convention à lui présenter, par l'intermédiaire du Secrétaire général, un rapport sur les progrès de son groupe de travail sur les zones humides lorsqu'il lui rendra compte de l'application de la présente résolution ;",
            "fr",
        ),
    ],
)
def test_a_report_given_when_reporting_on_something_else_is_inside_that_report(text, lang):
    [p] = read(text, lang)
    assert p.unsure and "in-existing-report" in p.notes


def test_a_later_clause_of_the_same_request_does_not_make_it_annual():
    # after A/RES/79/225 ¶25
    text = "Requests the Secretary-General to submit to the General Assembly at its eightieth session a report on the status of the implementation of the present resolution in order to identify the progress achieved and the gaps faced in river basin management, especially in landlocked countries, and to list river basins as a priority for an annual event in the context of the general debate;"
    assert keys(text) == [("GA", "at_session", 80, None, None)]


@pytest.mark.parametrize(
    "text, lang",
    [
        # after A/RES/79/226 ¶106 (French text)
        (
            "Demande de nouveau au Bureau d'informer dûment et en temps opportun les gouvernements des pays de programme de la fin du mandat de tout coordonnateur et de les tenir informés de la procédure de sélection ;",
            "fr",
        ),
        (
            "Requests the Office to inform duly the host Governments of any change of coordinator;",
            "en",
        ),
    ],
)
def test_informing_governments_is_no_report(text, lang):
    assert read(text, lang) == []


def test_entities_in_charge_of_reporting_are_described_not_asked():
    # after A/RES/79/234 ¶43 (French text)
    text = "Invite toutes les institutions chargées de mesurer les flux de déchets et de faire rapport à ce sujet à utiliser les méthodes adoptées par la Commission de statistique ;"
    assert read(text, "fr") == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # after A/RES/79/203 ¶18 (English and Spanish texts) and 79/226 ¶95 (French text)
        (
            "Requests the Secretary-General, beginning from 2027, to submit an annual report to the Economic and Social Council, and to the subsequent session of the General Assembly, on the follow-up to the river basin programme;",
            "en",
            [("ECOSOC", "periodic", None, 2027, 1), ("GA", "periodic", None, 2027, 1)],
        ),
        (
            "Solicita al Secretario General que, a partir de 2027, presente un informe anual al Consejo Económico y Social, y a la Asamblea General en su período de sesiones subsiguiente, sobre el programa de las cuencas fluviales;",
            "es",
            [("ECOSOC", "periodic", None, 2027, 1), ("GA", "periodic", None, 2027, 1)],
        ),
        (
            "Prie la Directrice exécutive du Bureau de présenter, à partir de 2026, le rapport annuel au Conseil économique et social ;",
            "fr",
            [("ECOSOC", "periodic", None, 2026, 1)],
        ),
    ],
)
def test_the_first_year_of_an_annual_report(text, lang, expected):
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after A/RES/79/194 ¶13 (Spanish text): "a más tardar en el …"
        (
            "Alienta al grupo de trabajo a que le presente, a más tardar en el octogésimo segundo período de sesiones, un informe sobre sus progresos;",
            [("GA", "at_session", 82, None, None)],
        ),
        # after A/RES/79/218 ¶59 (Spanish text): a clause between the session and the verb
        (
            "Solicita también al Secretario General que en su octogésimo segundo período de sesiones, con los recursos disponibles, le presente un informe sobre la transición de los países graduados;",
            [("GA", "at_session", 82, None, None)],
        ),
    ],
)
def test_spanish_session_formulas(text, expected):
    assert keys(text, "es") == expected


def test_the_segment_on_operational_activities_is_the_council():
    # after A/RES/79/226 ¶117
    [p] = read(
        "Requests the Secretary-General to continue to regularly monitor and report on the work of the joint offices at the annual operational activities for development segment;"
    )
    assert p.reading.report_to == "ECOSOC" and not p.unsure


def test_an_annual_report_due_at_a_named_session_is_that_sessions_report():
    # after A/RES/79/203 ¶20 (French text: "un rapport annuel" at the eightieth session)
    text = "Prie le Secrétaire général de lui présenter, à sa quatre-vingt-unième session, un rapport annuel sur le suivi du programme des cuencas ;"
    assert keys(text, "fr") == [("GA", "at_session", 81, None, None)]
    # "starting at" keeps it periodic
    text = "Prie le Secrétaire général de lui présenter chaque année, à compter de sa quatre-vingt-unième session, un rapport sur le suivi du programme ;"
    assert keys(text, "fr") == [("GA", "periodic", 81, None, 1)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # after A/RES/79/218 ¶42: "decides to include … at its eightieth session, and requests …"
        (
            "Decides to include the topic “Report on the work of the seed bank” under the sub-item entitled “Food security” at its eighty-first session, and requests the Secretary-General to submit a report for its consideration;",
            "en",
            [("GA", "at_session", 81, None, None)],
        ),
        (
            "Décide également d'inclure le sujet « Rapport sur la banque de semences » dans la question intitulée « Sécurité alimentaire » à sa quatre-vingt-unième session, et prie le Secrétaire général de lui soumettre un rapport pour examen ;",
            "fr",
            [("GA", "at_session", 81, None, None)],
        ),
        (
            "Decide también incluir el asunto “Informe sobre el banco de semillas” en el programa de su octogésimo primer período de sesiones, y solicita al Secretario General que presente un informe para su examen;",
            "es",
            [("GA", "at_session", 81, None, None)],
        ),
        # after A/RES/79/234 ¶48 (French text): "à la même session"
        (
            "Prie le Secrétaire général de lui présenter, à sa quatre-vingt-unième session, un rapport sur les flux de déchets, et prie l'Office de lui rendre compte, à la même session, de l'application de la présente résolution ;",
            "fr",
            [("GA", "at_session", 81, None, None), ("GA", "at_session", 81, None, None)],
        ),
    ],
)
def test_a_session_named_just_before_the_request(text, lang, expected):
    assert keys(text, lang) == expected


# --- found on the Third Committee's resolutions of the same session (A/RES/79/150–175) ----


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # after A/RES/79/160 ¶69
        (
            "Requests the Special Rapporteur to prepare, for submission to the General Assembly at its eighty-first session and to the Human Rights Council at its sixtieth session, reports on the implementation of the present resolution;",
            "en",
            [("GA", "at_session", 81, None, None), ("HRC", "at_session", 60, None, None)],
        ),
        # after A/RES/79/161 ¶44: "to the Council at its … session and the Assembly at its …"
        (
            "Requests the working group to submit a report and a road map to the Human Rights Council at its sixty-first session and the General Assembly at its eighty-first session;",
            "en",
            [("HRC", "at_session", 61, None, None), ("GA", "at_session", 81, None, None)],
        ),
        # after A/RES/79/173 ¶22: "at its relevant session"
        (
            "Requests the Secretary-General to submit to the Human Rights Council at its relevant session and to the General Assembly at its eighty-second session a comprehensive report on river pollution;",
            "en",
            [("HRC", "none", None, None, None), ("GA", "at_session", 82, None, None)],
        ),
        (
            "Prie le Rapporteur spécial de lui présenter, à sa quatre-vingt-unième session, et au Conseil des droits de l'homme, à sa soixantième session, un rapport sur l'application de la présente résolution ;",
            "fr",
            [("GA", "at_session", 81, None, None), ("HRC", "at_session", 60, None, None)],
        ),
    ],
)
def test_each_body_with_its_own_session(text, lang, expected):
    assert keys(text, lang) == expected


def test_bodies_reached_through_others_are_not_recipients():
    text = "Requests the Secretary-General to submit to the General Assembly at its eighty-second session, through the Commission for Social Development and the Economic and Social Council, a report on the family;"
    assert keys(text) == [("GA", "at_session", 82, None, None)]


def test_the_on_of_a_bodys_name_does_not_start_the_subject():
    # after A/RES/79/152 ¶17
    [p, q] = read(
        "Also requests the Secretary-General to present an oral report to the Commission on the Status of Women at its seventieth and seventy-first sessions, including information on follow-up activities;"
    )
    assert (p.reading.report_to, p.reading.session_number, p.reading.oral) == ("CSW", 70, True)
    assert q.reading.session_number == 71 and not p.unsure


def test_an_annual_report_at_two_named_sessions_is_due_at_those_two():
    # after A/RES/79/152 ¶15
    text = "Requests the Special Rapporteur to submit an annual report to the General Assembly at its eighty-first and eighty-second sessions;"
    assert keys(text) == [
        ("GA", "at_session", 81, None, None),
        ("GA", "at_session", 82, None, None),
    ]


def test_content_for_a_report_asked_for_elsewhere_is_always_unsure():
    # after A/RES/79/161 ¶37 and 79/167 ¶31
    [p] = read(
        "Requests the Secretary-General to include, in his report on the implementation of the present resolution to the General Assembly at its eighty-first session, a section on the trust fund;"
    )
    assert p.unsure and "in-existing-report" in p.notes and p.reading.session_number == 81


# --- found on the Sixth and Fourth Committees' and plenary texts (A/RES/79/100–149) ----------


def test_the_session_of_a_body_reached_through_is_not_when_the_report_is_due():
    # after A/RES/79/140 ¶90
    text = "Requests the Secretary-General to report to the General Assembly at its eighty-first session, through the Economic and Social Council at its 2026 session, on progress made in the coordination of disaster relief;"
    assert keys(text) == [("GA", "at_session", 81, None, None)]


def test_a_further_action_of_the_same_request_keeps_its_session_for_the_same_body():
    # after A/RES/79/140 ¶90
    text = "Requests the Secretary-General to report to the General Assembly at its eighty-first session on disaster relief, and to submit a report to the Assembly on the detailed use of the relief fund;"
    assert keys(text) == [
        ("GA", "at_session", 81, None, None),
        ("GA", "at_session", 81, None, None),
    ]
    assert "session-from-request" in read(text)[1].notes


def test_a_report_at_a_session_before_the_texts_own_is_a_reference():
    # after A/RES/79/145 ¶239: "similar in scope to his report … at its seventy-fifth session"
    from planner.intake.document import ResolutionDocument
    from planner.intake.mandates import read_mandates

    doc = ResolutionDocument(
        "x.xml",
        symbol="A/RES/80/77",
        body="GA",
        paragraphs=(
            OperativeParagraph(
                "9",
                "Also requests the Secretary-General to prepare a report similar in scope and length to his report to the General Assembly at its seventy-sixth session, with the assistance of an expert consultant;",
            ),
        ),
    )
    [p] = read_mandates(doc)
    assert p.unsure and "past-session" in p.notes


@pytest.mark.parametrize(
    "text",
    [
        # after A/RES/79/144 ¶311
        "Requests that the Oceanographic Commission continue to regularly consult with, and report to, Member States on the decade of coral science;",
    ],
)
def test_reports_to_member_states_are_no_reports_to_a_body(text):
    assert read(text) == []


def test_content_given_through_an_existing_report_is_unsure():
    # after A/RES/79/144 ¶312
    [p] = read(
        "Invites the Secretary-General to continue to inform the General Assembly on the decade of coral science through his report on oceans;"
    )
    assert p.unsure and "in-existing-report" in p.notes


def test_a_body_named_by_its_resolution_is_not_the_recipient():
    # after A/RES/79/125 ¶4: "brief the Special Committee … annex to General Assembly resolution …"
    [p] = read(
        "Requests the Secretary-General to brief the Special Committee at its next session on the document contained in the annex to General Assembly resolution 70/300;"
    )
    assert p.reading.report_to == "Special Committee" and p.unsure


# --- found on the First Committee's and plenary texts (A/RES/79/1–99) --------------------------


@pytest.mark.parametrize(
    "text",
    [
        # after A/RES/79/72 ¶8: a year said of something else in the request
        "Requests the Review Commission to hold a session of three weeks during 2026 and to submit a report on its work to the General Assembly at its eighty-first session;",
        # after A/RES/79/85 ¶28
        "Requests the Secretary-General to strengthen support for the secretariat, as decided in 2024, and to report thereon to the General Assembly at its eighty-first session;",
    ],
)
def test_a_year_said_of_something_else_does_not_date_the_report(text):
    assert keys(text) == [("GA", "at_session", 81, None, None)]


def test_an_adverb_of_another_infinitive_does_not_make_the_report_periodic():
    # after A/RES/79/63 ¶7
    text = "Requests the Secretary-General to continue to implement annually the fellowship programme within existing resources and to report thereon to the General Assembly at its eighty-second session;"
    assert keys(text) == [("GA", "at_session", 82, None, None)]


def test_a_meeting_of_states_is_an_organ_and_its_name_says_no_period():
    # after A/RES/79/40 ¶34
    [p] = read(
        "Requests the Secretariat to conduct a study on marking methods and to report to the Biennial Meeting of States in 2026;"
    )
    assert p.unsure and p.reading.report_to == "Biennial Meeting of States"
    assert p.reading.timing != "periodic"


def test_a_committee_on_something_is_the_recipient_not_the_subject():
    # after A/RES/79/93 B ¶72
    [p] = read(
        "Calls upon the Secretary-General to report on the implementation of this approach to the Committee on Information at its successive sessions;"
    )
    assert p.reading.report_to == "Committee on Information" and p.unsure


@pytest.mark.parametrize(
    "text",
    [
        # after A/RES/79/96 ¶22
        "Requests the specialized agencies to report annually to the Secretary-General on the implementation of the present resolution;",
        # after A/RES/79/71 ¶5
        "Encourages the incoming President of the Conference to conduct consultations and to endeavour to keep the membership of the Conference informed, as appropriate, of those consultations;",
    ],
)
def test_reports_to_the_secretary_general_or_to_a_membership_are_no_reports_to_a_body(text):
    assert read(text) == []


def test_a_report_to_the_secretary_general_for_the_assembly_is_one():
    # after A/RES/79/204 ¶13
    text = "Invites the Association of Island States to submit to the Secretary-General a report on the implementation of the present resolution, for consideration by the General Assembly at its eighty-second session;"
    assert keys(text) == [("GA", "at_session", 82, None, None)]


# --- found comparing the French and Spanish texts of A/RES/79/1–175 with the English ------------


@pytest.mark.parametrize(
    "text, lang",
    [
        # after A/RES/79/125 ¶4 (French text): the organ informed is the direct object
        (
            "Prie le Secrétaire général d'informer le Comité spécial, à sa prochaine session, de la suite donnée au document annexé à la résolution 70/300 ;",
            "fr",
        ),
        # after A/RES/79/87 ¶28 (French text)
        (
            "Demande au Bureau de continuer d'informer le Comité, à ses sessions en 2026, de l'état de ses activités ;",
            "fr",
        ),
    ],
)
def test_an_organ_informed_is_the_recipient(text, lang):
    [p] = read(text, lang)
    assert p.reading.report_to.startswith("Comité") and p.unsure


def test_a_clause_about_the_report_asked_for_keeps_its_session():
    # after A/RES/79/127 ¶4 (French text): "un rapport qu'il lui présentera à sa … session"
    text = "Invite les États Membres à présenter des observations, et prie le Secrétaire général d'établir à partir de ces observations un rapport qu'il lui présentera à sa quatre-vingt-unième session ;"
    assert keys(text, "fr") == [("GA", "at_session", 81, None, None)]


@pytest.mark.parametrize(
    "text, lang",
    [
        # after A/RES/79/96 ¶22 (French text)
        (
            "Prie les institutions spécialisées de rendre compte chaque année au Secrétaire général de la suite donnée à la présente résolution ;",
            "fr",
        ),
        # after A/RES/79/116 ¶18 (French text): the State reports to the Secretary-General
        (
            "Prie le Secrétaire général de porter les allégations à l'attention de l'État de nationalité et de demander à cet État de lui rendre compte des mesures prises ;",
            "fr",
        ),
    ],
)
def test_french_reports_that_go_to_no_body(text, lang):
    assert read(text, lang) == []


def test_y_compris_is_not_the_pronoun_of_the_adopting_body():
    # after A/RES/79/96 ¶20 (French text): "à l'intention des organes compétents … y compris"
    [p] = read(
        "Prie le Secrétaire général d'établir à l'intention des organes compétents un rapport sur les mesures prises, y compris la présente ;",
        "fr",
    )
    assert "recipient-assumed" in p.notes and p.unsure


def test_content_given_in_the_reports_they_submit_is_unsure():
    # after A/RES/79/126 ¶21 (French text)
    [p] = read(
        "Invite la Cour et la Commission à continuer de lui rendre compte, dans les rapports qu'elles lui soumettent, de ce qu'elles font pour promouvoir l'état de droit ;",
        "fr",
    )
    assert p.unsure and "in-existing-report" in p.notes


def test_the_biennial_meeting_of_states_in_spanish_is_an_organ():
    # after A/RES/79/40 ¶34 (Spanish text)
    [p] = read(
        "Solicita a la Secretaría que realice un estudio sobre el marcado y que informe a la Reunión Bienal de los Estados en 2026;",
        "es",
    )
    assert p.unsure and p.reading.timing != "periodic"


# --- found on the Fifth Committee's and plenary texts (A/RES/79/237–336) -----------------------


def test_content_in_the_context_of_a_report_is_unsure():
    # after A/RES/79/253 ¶9
    [p] = read(
        "Requests the Secretary-General to provide an update on the reduction of overpayments in the context of his next report;"
    )
    assert p.unsure and "in-existing-report" in p.notes


def test_a_resumed_session_is_that_session():
    # after A/RES/79/258 ¶21
    text = "Requests the Secretary-General to present for the consideration of the General Assembly at the second part of its resumed eightieth session an updated report on the renovation project;"
    assert keys(text) == [("GA", "at_session", 80, None, None)]


def test_on_an_annual_basis_after_the_subject_is_the_period():
    # after A/RES/79/258 B ¶17
    text = "Requests the Secretary-General to provide a comprehensive report on the implementation of the strategy on an annual basis, starting at its eighty-first session;"
    assert keys(text) == [("GA", "periodic", 81, None, 1)]


def test_participants_reports_are_not_the_secretary_generals():
    # after A/RES/79/275 ¶3
    assert (
        read("Calls upon participants to submit consistent and substantive annual reports;") == []
    )
