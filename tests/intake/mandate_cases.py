"""The mandate reader's evaluation set: operative paragraphs in the UN's drafting style.

Our own sentences (topics invented), each written after the formula of a real
resolution named in `follows`; no UN text is copied. `expected` lists one
(report_to, timing, session_number, year, every_years) per report the paragraph
asks for; an empty list means it asks for none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Expected = tuple[str, str, int | None, int | None, int | None]


@dataclass(frozen=True)
class Case:
    language: str
    follows: str
    text: str
    expected: list[Expected] = field(default_factory=list)
    body: str = "GA"  # the adopting body


def at(body: str, number: int | None = None, year: int | None = None) -> Expected:
    return (body, "at_session", number, year, None)


def every(body: str, years: int, number: int | None = None, year: int | None = None) -> Expected:
    return (body, "periodic", number, year, years)


def plain(body: str, timing: str) -> Expected:
    return (body, timing, None, None, None)


CASES: list[Case] = [
    # --- English: requests ------------------------------------------------------------
    Case(
        "en",
        "A/RES/79/12",
        "Requests the Secretary-General to submit to the General Assembly at its eighty-third session a report on the implementation of the present resolution;",
        [at("GA", 83)],
    ),
    Case(
        "en",
        "A/RES/79/12",
        "Requests the Secretary-General to submit a report on the follow-up to the present resolution to the General Assembly at its eighty-second session.",
        [at("GA", 82)],
    ),
    Case(
        "en",
        "A/RES/79/116",
        "Requests the Secretary-General to report to the General Assembly at its eighty-first session on the implementation of the present resolution, in particular with respect to paragraphs 4, 7 and 9 above, on the basis of information received from Governments;",
        [at("GA", 81)],
    ),
    Case(
        "en",
        "A/RES/79/105",
        "Requests the Secretary-General to continue to report on the state of the coastal ecosystems of the Territory, as relevant information becomes available;",
        [plain("GA", "ongoing")],
    ),
    Case(
        "en",
        "E/RES/2025/11",
        "Requests the Secretary-General to report to the Economic and Social Council in 2028 on the progress made in the implementation of the present resolution.",
        [at("ECOSOC", year=2028)],
        "ECOSOC",
    ),
    Case(
        "en",
        "E/RES/2025/13",
        "Also requests the Secretary-General to regularly report to the Statistical Commission on the implementation of the global programme on household surveys.",
        [plain("StatCom", "ongoing")],
        "ECOSOC",
    ),
    Case(
        "en",
        "E/RES/2025/8",
        "Requests the Secretary-General to submit to the Commission for Social Development at its sixty-seventh session, in 2029, a report, including an analysis of emerging issues in the social inclusion of older persons;",
        [at("CSocD", 67, 2029)],
        "ECOSOC",
    ),
    Case(
        "en",
        "E/RES/2025/33",
        "Requests the Secretary-General to submit to the General Assembly at its eighty-second session, through the Economic and Social Council, a report on the implementation of the present resolution;",
        [at("GA", 82)],
        "ECOSOC",
    ),
    Case(
        "en",
        "E/RES/2025/23",
        "Requests the Secretary-General to submit to the Council at its 2027 session, under the sub-item entitled “Review of the programme of action for landlocked developing countries”, a progress report on the implementation of the programme;",
        [at("ECOSOC", year=2027)],
        "ECOSOC",
    ),
    Case(
        "en",
        "A/RES/79/125",
        "Requests the Secretary-General to brief the Special Committee at its next session on the practical arrangements for the transfer of the archives;",
        [plain("Special Committee", "next_session")],
    ),
    Case(
        "en",
        "A/RES/78/144",
        "Requests the Secretary-General to submit to the General Assembly at its eighty-first session, within existing resources, an action-oriented report on the use of digital tools for river basin management, and decides to include in the provisional agenda of its eighty-first session the item entitled “Sustainable development”.",
        [at("GA", 81)],
    ),
    Case(
        "en",
        "A/RES/79/254",
        "Decides to extend the voluntary trust arrangement for eight years, and requests the Secretary-General to present every four years a detailed overview of its functioning;",
        [every("GA", 4)],
    ),
    Case(
        "en",
        "A/RES/79/170",
        "Requests the Secretary-General to submit a report to the General Assembly at its eighty-first session and to submit to the Human Rights Council a progress report on the implementation of the present resolution;",
        [at("GA", 81), plain("HRC", "none")],
    ),
    Case(
        "en",
        "E/RES/2025/18",
        "Requests the Secretary-General to submit to the Commission on Science and Technology for Development, on a yearly basis, a report on the implementation of the recommendations on digital public goods;",
        [every("CSTD", 1)],
        "ECOSOC",
    ),
    Case(
        "en",
        "A/RES/79/194",
        "Requests the Secretary-General to submit to the General Assembly at its eighty-second session, through the Commission on Science and Technology for Development and the Economic and Social Council, an action-oriented report on the implementation of the present resolution;",
        [at("GA", 82)],
    ),
    Case(
        "en",
        "E/RES/2025/4",
        "Requests the Secretary-General to submit to the Council at its 2028 session a report on the mainstreaming of a gender perspective into all policies and programmes of the United Nations system;",
        [at("ECOSOC", year=2028)],
        "ECOSOC",
    ),
    Case(
        "en",
        "E/RES/2025/3",
        "Requests the Secretary-General to submit to the Commission on the Status of Women at its seventy-second session a report on ways to strengthen the follow-up to the Beijing Declaration;",
        [at("CSW", 72)],
        "ECOSOC",
    ),
    Case(
        "en",
        "A/RES/79/133",
        "Also requests the Secretary-General, in cooperation with the Director-General of the United Nations Educational, Scientific and Cultural Organization, to submit to the General Assembly at its eighty-third session a report on the implementation of the present resolution;",
        [at("GA", 83)],
    ),
    Case(
        "en",
        "A/RES/79/139",
        "Requests the Secretary-General to continue to improve the international response to sandstorms and to report thereon to the General Assembly at its eighty-first session;",
        [at("GA", 81)],
    ),
    Case(
        "en",
        "A/RES/79/123",
        "Requests the Secretary-General to submit to the General Assembly at its eighty-fourth session a comprehensive report on the status of the conventions on the protection of cultural property, based on information received from Member States;",
        [at("GA", 84)],
    ),
    Case(
        "en",
        "A/RES/79/124",
        "Further requests the Secretary-General to submit to the General Assembly at its eighty-second session a report containing information on the state of ratification of the instruments referred to in paragraph 3 above;",
        [at("GA", 82)],
    ),
    Case(
        "en",
        "A/RES/70/1",
        "Requests the Secretary-General to submit annually a progress report on the Sustainable Development Goals to the high-level political forum on sustainable development;",
        [every("HLPF", 1)],
    ),
    Case(
        "en",
        "A/RES/67/290",
        "Requests the Secretary-General to submit a report to the high-level political forum at its 2027 session on the contribution of regional commissions to the follow-up to the 2030 Agenda;",
        [at("HLPF", year=2027)],
        "ECOSOC",
    ),
    Case(
        "en",
        "A/RES/79/210",
        "Requests the Secretary-General to submit to the General Assembly at its eighty-first and eighty-third sessions a report on the implementation of the present resolution;",
        [at("GA", 81), at("GA", 83)],
    ),
    Case(
        "en",
        "A/RES/72/305",
        "Requests the Secretary-General to report biennially to the Economic and Social Council on the progress made in the implementation of the present resolution, starting at its 2027 session;",
        [every("ECOSOC", 2, year=2027)],
    ),
    Case(
        "en",
        "E/RES/2024/5",
        "Requests the Secretary-General to submit to the Commission on Population and Development at its sixtieth session a report on population, food security and nutrition;",
        [at("CPD", 60)],
        "ECOSOC",
    ),
    Case(
        "en",
        "A/RES/78/1",
        "Requests the Secretary-General to provide an oral update to the General Assembly at its eightieth session on the steps taken to implement the present resolution;",
        [at("GA", 80)],
    ),
    Case(
        "en",
        "A/RES/79/126",
        "Requests the Secretary-General to submit, in a timely manner, his next annual report on the activities of the Organization in support of judicial cooperation;",
        [every("GA", 1)],
    ),
    Case(
        "en",
        "A/RES/77/180",
        "Requests the Secretary-General to submit a report on the implementation of the present resolution to the General Assembly and to the Economic and Social Council in 2027;",
        [at("GA", year=2027), at("ECOSOC", year=2027)],
    ),
    Case(
        "en",
        "A/RES/79/150",
        "Requests the Secretary-General to keep the General Assembly informed of the progress made in the implementation of the present resolution;",
        [plain("GA", "ongoing")],
    ),
    Case(
        "en",
        "A/RES/79/160",
        "Requests the Secretary-General to submit to the General Assembly, at its next session, a report on the situation of refugees from the coastal regions;",
        [plain("GA", "next_session")],
    ),
    Case(
        "en",
        "A/RES/79/200",
        "Requests the Secretary-General to submit to the General Assembly a report on the implementation of the present resolution;",
        [plain("GA", "none")],
    ),
    Case(
        "en",
        "A/RES/60/251",
        "Decides to discontinue the report of the Secretary-General on the coordination of conference travel;",
        [plain("GA", "terminate")],
    ),
    Case(
        "en",
        "A/RES/79/218",
        "Requests the Secretary-General to submit to the General Assembly at its eighty-first session, within existing reporting obligations and available resources, a comprehensive technical report on the state of early warning systems for drought;",
        [at("GA", 81)],
    ),
    Case(
        "en",
        "A/RES/78/160",
        "Invites the Special Rapporteur on the right to water to submit an interim report to the General Assembly at its eighty-first session;",
        [at("GA", 81)],
    ),
    # --- English: no report ----------------------------------------------------------------
    Case(
        "en",
        "A/RES/78/144",
        "Takes note of the report of the Secretary-General on agricultural innovation;",
    ),
    Case(
        "en",
        "A/RES/78/144",
        "Calls upon Member States to include rural water management as an integral part of their national development strategies;",
    ),
    Case(
        "en",
        "A/RES/78/144",
        "Encourages Governments to develop and implement programmes for young farmers, including through training and access to credit;",
    ),
    Case(
        "en",
        "A/RES/79/122",
        "Invites Governments to submit to the Secretary-General, no later than 30 April 2027, their observations on the draft articles;",
    ),
    Case(
        "en",
        "A/RES/79/118",
        "Requests the Secretary-General to publish the model provisions, including electronically, in the six official languages of the United Nations, and to disseminate them broadly to Governments;",
    ),
    Case(
        "en",
        "A/RES/79/137",
        "Requests the Secretary-General to bring the present resolution to the attention of all Member States and the organizations of the United Nations system;",
    ),
    Case(
        "en",
        "A/RES/79/107",
        "Requests the specialized agencies and other organizations of the United Nations system to continue to provide economic and social assistance to the Territory;",
    ),
    Case(
        "en",
        "A/RES/79/12",
        "Decides to include in the provisional agenda of its eighty-first session the sub-item entitled “Cooperation between the United Nations and the League of Arab States”.",
    ),
    Case(
        "en",
        "A/RES/79/113",
        "Welcomes the work of the regional seminars and stresses the importance of the participation of the Territories in them;",
    ),
    Case(
        "en",
        "A/RES/79/130",
        "Takes note with appreciation of the report of the Committee on Relations with the Host Country, and expresses its appreciation to the host city;",
    ),
    Case(
        "en",
        "A/RES/79/116",
        "Encourages all States to provide to the Secretary-General a point of contact in order to strengthen communication on matters of accountability;",
    ),
    Case(
        "en",
        "A/RES/79/131",
        "Requests the Secretary-General to take the action necessary to implement the present resolution.",
    ),
    Case(
        "en",
        "A/RES/79/120",
        "Requests the Secretary-General to continue to include resources under the proposed programme budget for the fellowship programme;",
    ),
    # --- French ---------------------------------------------------------------------------------
    Case(
        "fr",
        "A/RES/79/11",
        "Prie le Secrétaire général de lui présenter, à sa quatre-vingt-deuxième session, un rapport sur l’application de la présente résolution ;",
        [at("GA", 82)],
    ),
    Case(
        "fr",
        "A/RES/79/135",
        "Prie le Secrétaire général de lui rendre compte à sa quatre-vingt-unième session de l’application de la présente résolution ;",
        [at("GA", 81)],
    ),
    Case(
        "fr",
        "A/RES/79/164",
        "Prie le Secrétaire général de lui faire rapport à ce sujet à sa quatre-vingt-troisième session, au titre de la question intitulée « Élimination de la pollution des océans ».",
        [at("GA", 83)],
    ),
    Case(
        "fr",
        "A/RES/79/170",
        "Prie le Secrétaire général de lui présenter un rapport à sa quatre-vingt-unième session et de présenter au Conseil des droits de l’homme un rapport d’étape sur l’application de la présente résolution ;",
        [at("GA", 81), plain("HRC", "none")],
    ),
    Case(
        "fr",
        "A/RES/79/194",
        "Prie le Secrétaire général de lui présenter, à sa quatre-vingt-unième session, par l’intermédiaire de la Commission de la science et de la technique au service du développement et du Conseil économique et social, un rapport sur l’application de la présente résolution ;",
        [at("GA", 81)],
    ),
    Case(
        "fr",
        "E/RES/2025/8",
        "Prie le Secrétaire général de présenter à la Commission du développement social, à sa soixante-sixième session, en 2028, un rapport sur la situation des personnes âgées ;",
        [at("CSocD", 66, 2028)],
        "ECOSOC",
    ),
    Case(
        "fr",
        "E/RES/2025/4",
        "Prie le Secrétaire général de présenter au Conseil économique et social, à sa session de 2027, un rapport sur l’intégration du principe d’égalité dans les programmes du système ;",
        [at("ECOSOC", year=2027)],
        "ECOSOC",
    ),
    Case(
        "fr",
        "A/RES/79/254",
        "Prie le Secrétaire général de lui présenter tous les deux ans, à compter de sa quatre-vingt-deuxième session, un rapport sur la suite donnée à la présente résolution ;",
        [every("GA", 2, 82)],
    ),
    Case(
        "fr",
        "A/RES/79/105",
        "Prie le Secrétaire général de continuer à lui rendre compte de l’état des récifs du territoire à mesure que des informations deviennent disponibles ;",
        [plain("GA", "ongoing")],
    ),
    Case(
        "fr",
        "A/RES/79/125",
        "Prie le Secrétaire général de lui présenter à sa prochaine session un rapport sur les conséquences de la crise alimentaire ;",
        [plain("GA", "next_session")],
    ),
    Case(
        "fr",
        "A/RES/79/126",
        "Prie le Secrétaire général de lui présenter chaque année un rapport sur les activités menées dans le domaine de la coopération judiciaire ;",
        [every("GA", 1)],
    ),
    Case(
        "fr",
        "A/RES/78/144",
        "Prend note du rapport du Secrétaire général sur l’innovation agricole ;",
    ),
    Case(
        "fr",
        "A/RES/78/144",
        "Engage les États Membres à intégrer la gestion durable des sols dans leurs stratégies nationales ;",
    ),
    Case(
        "fr",
        "A/RES/79/122",
        "Invite les gouvernements à soumettre au Secrétaire général, au plus tard le 30 avril 2027, leurs observations sur le projet d’articles ;",
    ),
    Case(
        "fr",
        "A/RES/79/12",
        "Décide d’inscrire à l’ordre du jour provisoire de sa quatre-vingt-unième session la question intitulée « Coopération régionale ».",
    ),
    # --- Spanish --------------------------------------------------------------------------------
    Case(
        "es",
        "A/RES/79/202",
        "Solicita al Secretario General que le presente, en su octogésimo segundo período de sesiones, un informe sobre la aplicación de la presente resolución;",
        [at("GA", 82)],
    ),
    Case(
        "es",
        "A/RES/79/189",
        "Solicita al Secretario General que presente a la Asamblea General, en su octogésimo primer período de sesiones, un informe exhaustivo sobre la aplicación de la presente resolución;",
        [at("GA", 81)],
    ),
    Case(
        "es",
        "A/RES/79/254",
        "Solicita al Secretario General que presente cada 5 años un panorama detallado del funcionamiento del fondo fiduciario;",
        [every("GA", 5)],
    ),
    Case(
        "es",
        "A/RES/79/204",
        "Solicita al Secretario General que le presente, en su septuagésimo sexto período de sesiones, un informe sobre la cooperación regional, en relación con el tema titulado “Desarrollo sostenible”;",
        [at("GA", 76)],
    ),
    Case(
        "es",
        "E/RES/2025/8",
        "Solicita al Secretario General que presente a la Comisión de Desarrollo Social en su sexagésimo quinto período de sesiones un informe sobre la protección social universal;",
        [at("CSocD", 65)],
        "ECOSOC",
    ),
    Case(
        "es",
        "E/RES/2025/4",
        "Solicita al Secretario General que presente al Consejo Económico y Social, en su período de sesiones de 2026, un informe sobre los progresos realizados;",
        [at("ECOSOC", year=2026)],
        "ECOSOC",
    ),
    Case(
        "es",
        "A/RES/79/126",
        "Solicita al Secretario General que le presente anualmente, hasta su octogésimo quinto período de sesiones, un informe sobre la aplicación de la presente resolución;",
        [every("GA", 1)],
    ),
    Case(
        "es",
        "A/RES/79/150",
        "Solicita también al Secretario General que la mantenga informada periódicamente de la situación de los archivos;",
        [plain("GA", "ongoing")],
    ),
    Case(
        "es",
        "A/RES/60/251",
        "Decide suprimir el informe del Secretario General sobre la coordinación de los viajes oficiales;",
        [plain("GA", "terminate")],
    ),
    Case(
        "es",
        "A/RES/79/125",
        "Solicita al Secretario General que le presente en su próximo período de sesiones un informe sobre la asistencia a terceros Estados;",
        [plain("GA", "next_session")],
    ),
    Case(
        "es",
        "E/RES/2025/11",
        "Solicita al Secretario General que informe al Consejo Económico y Social en 2027 sobre la aplicación de la presente resolución.",
        [at("ECOSOC", year=2027)],
        "ECOSOC",
    ),
    Case(
        "es",
        "A/RES/79/116",
        "Solicita al Secretario General que informe periódicamente a los Estados Miembros sobre los progresos realizados en la ejecución del mandato;",
    ),
    Case(
        "es",
        "A/RES/78/144",
        "Toma nota del informe del Secretario General sobre la innovación agrícola;",
    ),
    Case(
        "es",
        "A/RES/79/122",
        "Invita a los Gobiernos a que presenten al Secretario General, a más tardar el 30 de abril de 2027, sus observaciones sobre el proyecto de artículos;",
    ),
    Case(
        "es",
        "A/RES/78/144",
        "Alienta a los Gobiernos a que elaboren programas para los jóvenes agricultores;",
    ),
]
