"""Claim checks: novelty, numbers, attribution, people's roles; the registry; the seed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from lxml import html

from checks.document import Document
from checks.engine import analyse
from checks.fetch import FetchedPage
from checks.registry import all_checks, register
from checks.report import Article
from checks.rules.novelty import triggers
from checks.rules.numbers import find_numbers
from checks.rules.people import find_roles
from checks.settings import CheckSettings, EngineSettings
from tests.claims_labelled import LABELLED, evaluate
from tests.conftest import EXAMPLES

NOW = datetime(2026, 11, 27, tzinfo=UTC)


def doc_for(
    text: str, title: str | None = None, published: date | None = date(2024, 1, 23), language: str | None = None
) -> Document:
    """A document whose main text is ``text`` (one paragraph per line)."""
    return Document(
        url="https://news.example/a",
        tree=html.fromstring("<html><body></body></html>"),
        fetched_at=NOW,
        headers={},
        article=Article(title=title, published=published, language=language),
        paragraphs=[line for line in text.splitlines() if line.strip()],
    )


def run(check_id: str, doc: Document):
    (check,) = [c for c in all_checks() if c.id == check_id]
    return check.run(doc, CheckSettings())


def seed_report():
    page = (EXAMPLES / "gulan-kalin-visit.html").read_text()
    return analyse(FetchedPage("seed", "https://gulan.example/kalin", page, "utf-8", "0" * 64, NOW), EngineSettings())


def test_registry_has_every_offline_check_in_order() -> None:
    ids = [c.id for c in all_checks()]
    assert ids == [
        "dates.mismatch",
        "dates.missing",
        "dates.future",
        "dates.stale",
        "dates.updated",
        "claims.novelty",
        "claims.numbers",
        "claims.attribution",
        "people.role",
        "images.older",
    ]


def test_registering_an_id_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        register("claims.novelty", "again")(lambda doc, settings: [])


# -- the seed -----------------------------------------------------------------------------------


def test_seed_novelty_is_one_item_quoting_lede_and_headline() -> None:
    (lede,) = [i for i in seed_report().items if i.check == "claims.novelty"]
    assert lede.data["headline"] is False and lede.data["headline_triggers"] == ["Historic Iraq Visit"]
    assert lede.evidence[0].text.startswith("In a landmark visit, İbrahim Kalın")
    assert lede.evidence[1].text.startswith("Turkish Intelligence Chief's Historic Iraq Visit")
    assert lede.detail.startswith("The article (and its headline: “Historic Iraq Visit”) claims a first or a record.")
    assert lede.data["triggers"] == ["landmark visit", "first-ever"]
    assert lede.data["query"] == '"İbrahim Kalın" Iraq visit before:2024-01-23'
    assert "before 2024-01-23" in lede.detail


def test_seed_roles() -> None:
    roles = [i.data for i in seed_report().items if i.check == "people.role"]
    assert roles[0] == {
        "person": "İbrahim Kalın",
        "role": "director",
        "organization": "Turkey's National Intelligence Organization (MIT)",
        "former": False,
        "at": "2024-01-23",
    }
    assert {(r["person"], r["role"], r["organization"]) for r in roles[1:]} == {
        ("Nouri Al-Maliki", "former Iraqi prime minister", None),
        ("Nouri Al-Maliki", "head", "State of the Law Coalition"),
    }


def test_seed_attributed_statement_is_not_flagged() -> None:
    report = seed_report()
    assert not [i for i in report.items if i.check == "claims.attribution"]
    assert not [i for i in report.items if i.check == "claims.numbers"]  # "mid-1980s" is a decade


def test_seed_items_are_stable() -> None:
    assert [i.to_dict() for i in seed_report().items] == [i.to_dict() for i in seed_report().items]


# -- per check ----------------------------------------------------------------------------------


def test_one_novelty_item_per_sentence_with_all_triggers() -> None:
    items = run("claims.novelty", doc_for("A historic first, unprecedented and record-breaking, was signed."))
    assert len(items) == 1
    assert items[0].data["triggers"] == ["historic first", "unprecedented", "record-breaking"]


def test_novelty_records_the_attribution() -> None:
    items = run("claims.novelty", doc_for("It was the country's first-ever state visit, the ministry said."))
    assert items[0].data["attributed_to"] == "the ministry"
    assert "Source given: the ministry" in items[0].detail


def test_numbers_are_grouped_per_sentence_with_kinds() -> None:
    items = run("claims.numbers", doc_for("At least 17 people were killed, 40 wounded and $2 million lost."))
    assert len(items) == 1
    assert items[0].data["numbers"] == [
        {"text": "17", "kind": "casualties"},
        {"text": "40", "kind": "casualties"},
        {"text": "$2 million", "kind": "money"},
    ]
    assert items[0].severity == "low"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("46.2 degrees", [("46.2 degrees", "measurement")]),
        ("3,200 people treated", [("3,200", "count")]),
        ("1. First point of the list", []),
        ("in 2024", []),
        ("on 23 January 2024", []),
        ("Section 230 applies", []),
        ("%12 arttı", [("%12", "percentage")]),
        ("Das kostet 250’000 Franken und 300 €.", [("250’000 Franken", "money"), ("300 €", "money")]),
        ("A prize of pounds 50,000 and dollars 1.6bn.", [("pounds 50,000", "money"), ("dollars 1.6bn", "money")]),
        # wire copy's abbreviations: "mln", "dlrs", "stg", "pct"
        ("Sales rose 12 pct to 337 mln dlrs.", [("12 pct", "percentage"), ("337 mln dlrs", "money")]),
        ("It lost 10 mln stg last year.", [("10 mln stg", "money")]),
        # a manner of speaking (set 28's blind judge), not a turnout
        ("I am not 100 percent sure; turnout was 100 percent.", [("100 percent", "percentage")]),
        ("We recommend it at 100%; it owns 100% of the shares.", [("100%", "percentage")]),  # set 50's judge
        # pounds that weigh (set 29's blind judge): a suspect's weight is no figure, a seizure is a measurement
        ("He is 5 feet 11 inches tall and 200 pounds; he was fined 200 pounds.", [("200 pounds", "money")]),
        ("Police seized 200 pounds of cocaine.", [("200 pounds", "measurement")]),
        # a currency a word or a range away (set 30's blind judge)
        ("It issues a 100 mln Canadian dlr bond.", [("100 mln", "money")]),
        ("It will pay 250 mln to 350 mln dlrs more.", [("250 mln", "money"), ("350 mln dlrs", "money")]),
        ("He drove at 100 mph past the 45-year-old.", [("100 mph", "measurement")]),
        ("Windows 10 1809, Anno 1800, lunes 28 de febrero a las 10 de la mañana", []),
        ("Rund 5.000 Menschen demonstrierten am 25. Juni um 18 Uhr.", [("5.000", "count")]),
        ("Steps 10. 12. 13. 14. and TV 247 on the list", []),
        # kinds a blind judge found wrong on fresh articles
        ("The probe flew some 390 million miles to the moon.", [("390 million miles", "measurement")]),
        ("The village lies 50 km south of the port; the limit is 50 km/h.", [("50 km/h", "measurement")]),
        ("The city had 10 times as many cases as first reported.", []),
        ("Files over 51,200 KB stay unencrypted on a 4K display.", []),
        ("More than 2,500 Afghan civilians have been killed this year.", [("2,500", "casualties")]),
        ("The rocks are 4.6 billion years old; growth was 3.8% year on year.", [("3.8%", "percentage")]),
    ],
)
def test_find_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    lang = "de" if "Menschen" in text or "Franken" in text else "es" if "mañana" in text else "en"
    assert find_numbers(text, lang) == expected


def test_a_repeated_figure_is_one_item() -> None:
    text = "The flood killed 120 people.\nRescuers said 120 people were killed and 3,000 homes were lost."
    items = run("claims.numbers", doc_for(text))
    assert [n["text"] for i in items for n in i.data["numbers"]] == ["120"]


def test_anonymous_and_unattributed_are_told_apart() -> None:
    items = run(
        "claims.attribution",
        doc_for(
            "Sources said the talks had collapsed.\nThe governor orchestrated the fraud.\n"
            "The governor orchestrated the fraud, prosecutors said."
        ),
    )
    assert [i.data["kind"] for i in items] == ["anonymous", "unattributed"]
    assert items[0].evidence[0].text == "Sources said the talks had collapsed."


def test_role_fields_are_separate() -> None:
    (claim,) = find_roles("MİT Başkanı İbrahim Kalın Bağdat'ta.", "tr")
    assert (claim.person, claim.role, claim.organization) == ("İbrahim Kalın", "MİT Başkanı", None)
    (former,) = find_roles("Former Iraqi prime minister Nouri al-Maliki spoke.")
    assert former.former and former.role == "Former Iraqi prime minister"
    (mayor,) = find_roles("Mayor of New York City Eric Adams spoke.")
    assert (mayor.person, mayor.role, mayor.organization, mayor.as_written) == (
        "Eric Adams",
        "Mayor",
        "New York City",
        "Mayor of New York City",
    )


def test_neutral_reporting_raises_no_claims() -> None:
    text = (
        "The city council approved a budget for the coming year on Tuesday.\n"
        "Light rain is expected in the morning, clearing by the afternoon.\n"
        "The case was adjourned until next month, the court said."
    )
    doc = doc_for(text, title="Council approves budget")
    for check in ("claims.novelty", "claims.attribution", "people.role"):
        assert run(check, doc) == []


# -- the labelled set ---------------------------------------------------------------------------


def test_labelled_set_precision_and_recall() -> None:
    results = evaluate()
    for check, (precision, recall, support) in results.items():
        assert support >= 5, check
        assert precision >= 0.9, (check, precision)
        assert recall >= 0.8, (check, recall)


def test_labelled_set_is_multilingual() -> None:
    assert sum(1 for text, *_ in LABELLED if any("\u0600" <= ch <= "\u06ff" for ch in text)) >= 5
    assert sum(1 for text, *_ in LABELLED if any(ch in "ğışİ" for ch in text)) >= 5
    languages = {row[2] for row in LABELLED if len(row) == 3}
    assert {"de", "en", "es", "fr", "tr", "ar", "ckb"} <= languages


@pytest.mark.parametrize(
    ("text", "lang", "person", "written"),
    [
        ("Mayor of New York City Eric Adams visited the site.", "en", "Eric Adams", "Mayor of New York City"),
        ("Mayor of St. Louis Park Jake Spano spoke.", "en", "Jake Spano", "Mayor of St. Louis Park"),
        (
            "Department of Correction spokesman Frank Dwyer declined.",
            "en",
            "Frank Dwyer",
            "Department of Correction spokesman",
        ),
        ("Commission President Ursula von der Leyen arrived.", "en", "Ursula von der Leyen", "Commission President"),
        ("Major General John Smith led the parade.", "en", "John Smith", "Major General"),
        ("Co-founder Jane Doe left the company.", "en", "Jane Doe", "Co-founder"),
        ("But Vice-President Kamala Harris said nothing.", "en", "Kamala Harris", "Vice-President"),
        ("Police and Crime Commissioner Matt Storey said so.", "en", "Matt Storey", "Police and Crime Commissioner"),
        ("Bundesjustizminister Heiko Maas (SPD) stellte ihn vor.", "de", "Heiko Maas", "Bundesjustizminister"),
        (
            "EU-Kommissionspräsidentin Ursula von der Leyen mahnte.",
            "de",
            "Ursula von der Leyen",
            "EU-Kommissionspräsidentin",
        ),
        ("Olaf Scholz, der Vorsitzende der SPD, sagte das.", "de", "Olaf Scholz", "Vorsitzende der SPD"),
        # particles belong to names ("Lula da Silva"), not to parties ("von den Grünen")
        ("President Luiz Inácio Lula da Silva spoke.", "en", "Luiz Inácio Lula da Silva", "President"),
        ("Außenministerin Annalena Baerbock von den Grünen reiste ab.", "de", "Annalena Baerbock", "Außenministerin"),
        ("Bernard Sananès, le président d'Elabe, estime.", "fr", "Bernard Sananès", "président d'Elabe"),
        ("Pedro Sánchez, presidente del Gobierno, habló.", "es", "Pedro Sánchez", "presidente del Gobierno"),
        ("MİT Başkanı Kalın Bağdat'ta temaslarda bulundu.", "tr", "Kalın", "MİT Başkanı"),
        (
            "Ulaştırma ve Altyapı Bakanı Abdulkadir Uraloğlu açıkladı.",
            "tr",
            "Abdulkadir Uraloğlu",
            "Ulaştırma ve Altyapı Bakanı",
        ),
        (
            "أجرى رئيس جهاز الاستخبارات التركية إبراهيم كالن محادثات في بغداد",
            "ar",
            "إبراهيم كالن",
            "رئيس جهاز الاستخبارات التركية",
        ),
        (
            "ئیبراهیم کالن، سەرۆکی دەزگای هەواڵگری تورکیا، گەیشتە بەغدا.",
            "ckb",
            "ئیبراهیم کالن",
            "سەرۆکی دەزگای هەواڵگری تورکیا",
        ),
        # sets 35-40's blind judges: a surname and "and" before a national leader's title, a weekday, a field
        # word before the title, a firm described before its name
        (
            "In Beijing, Trump and Chinese President Xi Jinping toured the city.",
            "en",
            "Xi Jinping",
            "Chinese President",
        ),
        (
            "Health and Human Services Secretary Alex Azar spoke.",
            "en",
            "Alex Azar",
            "Health and Human Services Secretary",
        ),
        (
            "It was announced, said on Thursday White House Chief of Staff John Kelly.",
            "en",
            "John Kelly",
            "White House Chief of Staff",
        ),
        ("“She trained well,” said race director Matthew Turnbull.", "en", "Matthew Turnbull", "race director"),
        (
            "They considered Mohammed El-Erian, chief economic adviser at German insurance giant Allianz, for the job.",
            "en",
            "Mohammed El-Erian",
            "chief economic adviser at German insurance giant Allianz",
        ),
        (
            "A spokesman for European Justice and Home Affairs Commissioner Franco Frattini said no.",
            "en",
            "Franco Frattini",
            "European Justice and Home Affairs Commissioner",
        ),
        (
            "It quoted officials as saying special prosecutor Lawrence Walsh was focusing on it.",
            "en",
            "Lawrence Walsh",
            "special prosecutor",
        ),
        (
            "“Measures will follow,” ministry spokeswoman Maria Zakharova said.",
            "en",
            "Maria Zakharova",
            "ministry spokeswoman",
        ),
        (
            "However, Professor John Curtice, of the University of Strathclyde, is sceptical.",
            "en",
            "John Curtice",
            "Professor … of the University of Strathclyde",
        ),
        (
            "“It works,” said Professor Nadia Thalman of the Swiss research group MiraLab.",
            "en",
            "Nadia Thalman",
            "Professor … of the Swiss research group MiraLab",
        ),
        (
            "World Anti Doping Agency (WADA) chief Dick Pound says she should lose her medals.",
            "en",
            "Dick Pound",
            "World Anti Doping Agency (WADA) chief",
        ),
        # sets 41-43's judges
        (
            "He was a close associate of deposed president Ferdinand Marcos.",
            "en",
            "Ferdinand Marcos",
            "deposed president",
        ),
        # sets 46-49's judges
        (
            "Talks will resume, said Brazil's coffee chief Jorio Dauster.",
            "en",
            "Jorio Dauster",
            "Brazil's coffee chief",
        ),
        ("It hurt the company's new chief John Smith.", "en", "John Smith", "chief"),
        (
            "GenCorp chairman and chief executive officer A. William Reynolds said.",
            "en",
            "A. William Reynolds",
            "GenCorp chairman and chief executive officer",
        ),
        ("It was agreed by Ms Jamieson and First Minister Jack McConnell.", "en", "Jack McConnell", "First Minister"),
        ("Former spin chief Charlie Whelan said so.", "en", "Charlie Whelan", "Former spin chief"),
        # set 51's judges
        (
            "“Talks failed,” James Kinnear, Texaco's president and chief executive officer, told reporters.",
            "en",
            "James Kinnear",
            "Texaco's president and chief executive officer",
        ),
        (
            "The ruling, by King County Superior Court Judge Gary Rittle, came today.",
            "en",
            "Gary Rittle",
            "King County Superior Court Judge",
        ),
        (
            "Ecuador will exceed its quota, Ecuador mines and energy minister Javier Espinosa said.",
            "en",
            "Javier Espinosa",
            "Ecuador mines and energy minister",
        ),
        (
            "He named LDP executive council chairman Shintaro Abe among them.",
            "en",
            "Shintaro Abe",
            "LDP executive council chairman",
        ),
        ("It was fueled by President Reagan's April 17 decision to impose tariffs.", "en", "Reagan", "President"),
        ("Shadow home secretary David Davis echoed the criticism.", "en", "David Davis", "Shadow home secretary"),
        ("Output is safe, IBC production director Oripes Gomes said.", "en", "Oripes Gomes", "IBC production director"),
        (
            "It matters, said Lindsay Schroth, an analyst with research firm The Yankee Group.",
            "en",
            "Lindsay Schroth",
            "analyst with research firm The Yankee Group",
        ),
        (
            "“It grows,” said Martin Larsson, general manager of Toshiba's European storage device division.",
            "en",
            "Martin Larsson",
            "general manager of Toshiba's European storage device division",
        ),
        # a scope after the title: a body, or part of an organisation; a place alone is none
        (
            "Lord Strathclyde, Tory leader in the Lords, said the bill was flawed.",
            "en",
            "Lord Strathclyde",
            "Tory leader in the Lords",
        ),
        (
            "Vincent Weafer, senior manager in Symantec's security response group, said the worm spread fast.",
            "en",
            "Vincent Weafer",
            "senior manager in Symantec's security response group",
        ),
        ("John Smith, a spokesman in London, said so.", "en", "John Smith", "spokesman"),
        ("Jane Doe, chief economist in the January survey, said so.", "en", "Jane Doe", "chief economist"),
        # a firm named by its partners, with commas
        (
            "Smith Barney, Harris Upham and Co analyst Robert Smith said the stock was cheap.",
            "en",
            "Robert Smith",
            "Smith Barney, Harris Upham and Co analyst",
        ),
        (
            "Kidder, Peabody and Co analyst Jack Modzelewski said so.",
            "en",
            "Jack Modzelewski",
            "Kidder, Peabody and Co analyst",
        ),
        (
            "In London, Harris Upham and Co analyst Robert Smith said.",
            "en",
            "Robert Smith",
            "Harris Upham and Co analyst",
        ),
        # sets 54-55's judges: a committee is a field; a rank before the name is no part of it
        (
            "Banking committee chairman William Proxmire, D-Wis, told Gray so.",
            "en",
            "William Proxmire",
            "Banking committee chairman",
        ),
        (
            "It was U.S. Marshals spokesman Inspector Frank Lempka who told news outlets.",
            "en",
            "Frank Lempka",
            "U.S. Marshals spokesman",
        ),
        # sets 56-58's judges: a sport's position is a field, a ticker and an elided article stay in the title or
        # the organisation, an organisation's part keeps its owner
        (
            "Philadelphia Eagles quarterbacks coach John DeFilippo, who helped, has been linked.",
            "en",
            "John DeFilippo",
            "Philadelphia Eagles quarterbacks coach",
        ),
        (
            "Former Guinness Plc <GUIN.L> chairman Ernest Saunders dismissed allegations.",
            "en",
            "Ernest Saunders",
            "Former Guinness Plc <GUIN.L> chairman",
        ),
        (
            "Christian Estrosi, the president of the Provence-Alpes-Côte d’Azur region of France, which includes Nice, "
            "spoke.",
            "en",
            "Christian Estrosi",
            "president of the Provence-Alpes-Côte d’Azur region of France",
        ),
        (
            'Jerry Ballan, analyst with Conner Ballan division of Edward Viner and Co, said, "They are rumored."',
            "en",
            "Jerry Ballan",
            "analyst with Conner Ballan division of Edward Viner and Co",
        ),
        # a name starts with no title word: the title runs on (set 59)
        (
            "Deputy Chief Constable Adrian Hanstock said the driver was arrested.",
            "en",
            "Adrian Hanstock",
            "Deputy Chief Constable",
        ),
        ("The delegation met Chief Minister Uddhav Thackeray on Sunday.", "en", "Uddhav Thackeray", "Chief Minister"),
        # sets 62-63's judges: an ampersand or a bracketed word in a firm's name
        ("And here is what AT&T Entertainment CEO John Stankey said.", "en", "John Stankey", "AT&T Entertainment CEO"),
        (
            "Salomon Brothers (Asia) Ltd analyst Carole Ryavec said so.",
            "en",
            "Carole Ryavec",
            "Salomon Brothers (Asia) Ltd analyst",
        ),
        (
            "Venezuela will cut debt, public finances director Jorge Marcano said.",
            "en",
            "Jorge Marcano",
            "public finances director",
        ),
    ],
)
def test_role_bounds_are_exact_and_in_the_article_words(text: str, lang: str, person: str, written: str) -> None:
    claims = find_roles(text, lang)
    assert [(c.person, c.as_written) for c in claims] == [(person, written)]


@pytest.mark.parametrize(
    ("text", "lang", "person", "written"),
    [
        # the organisation and scope before the title stay in the role, modifiers in any order
        (
            "Acme Bank of Ohio assistant chief economist Maria Lopez said rates would rise.",
            "en",
            "Maria Lopez",
            "Acme Bank of Ohio assistant chief economist",
        ),
        (
            "Northwind Research director and senior analyst Tom Reed said so.",
            "en",
            "Tom Reed",
            "Northwind Research director and senior analyst",
        ),
        ("She thanked fellow state Senator Mary Jones.", "en", "Mary Jones", "state Senator"),
        ("He met the billionaire Tom Hill and the law professor Ann Roe in May.", "en", "Ann Roe", "law professor"),
        # apposition: a second title, an organisation's common noun, "at" an employer, no full stop
        (
            "Tom Reed, senior vice president and head of sales at Contoso Foods, said so.",
            "en",
            "Tom Reed",
            "senior vice president and head of sales at Contoso Foods",
        ),
        (
            "Jane Miller, Director of the Regional Flood Control agency, said so.",
            "en",
            "Jane Miller",
            "Director of the Regional Flood Control agency",
        ),
        (
            "Ann Lee, Head of Marketing and Communications at River Bank, spoke.",
            "en",
            "Ann Lee",
            "Head of Marketing and Communications at River Bank",
        ),
        (
            "The road is closed, said Tom Hart, a spokesman for the Ohio Department of Health.",
            "en",
            "Tom Hart",
            "spokesman for the Ohio Department of Health",
        ),
        # a form of address gives way to the role the sentence states; openers and other noun phrases are cut
        (
            "Professor Ann Lee, director of the Coastal Research Institute, spoke.",
            "en",
            "Ann Lee",
            "director of the Coastal Research Institute",
        ),
        ("Sometimes Governor Ann Lee speaks bluntly.", "en", "Ann Lee", "Governor"),
        (
            "A letter went to Smith and Democratic Majority Leader Ann Kowalski on Friday.",
            "en",
            "Ann Kowalski",
            "Democratic Majority Leader",
        ),
        ("It went to New Jersey and President Tom Hill signed it.", "en", "Tom Hill", "President"),
        ("He met with the party leader and President Joe Biden on Monday.", "en", "Joe Biden", "President"),
        ("Critics of President Jane Doe say the plan failed.", "en", "Jane Doe", "President"),
        ("Allies of former Prime Minister John Roe left the party.", "en", "John Roe", "former Prime Minister"),
        ("Under President Jane Doe, taxes fell.", "en", "Jane Doe", "President"),
        ("Under Secretary of State John Roe flew to Rome.", "en", "John Roe", "Under Secretary of State"),
        ("It guarded the children of Peru's then-President Jane Doe.", "en", "Jane Doe", "Peru's then-President"),
        ("U.S. Secretary of State Jane Doe flew to Rome.", "en", "Jane Doe", "U.S. Secretary of State"),
        ("Analyst Jane Doe of Northwind Capital said so.", "en", "Jane Doe", "Analyst … of Northwind Capital"),
        ("Professor Emeritus John Roe retired in May.", "en", "John Roe", "Professor Emeritus"),
        ("He met the U.S. and President Joe Biden.", "en", "Joe Biden", "President"),
        ("Das sagte der US-amerikanische Präsident Joe Biden.", "de", "Joe Biden", "US-amerikanische Präsident"),
        (
            "Professor Jane Roe – dean of the Faculty of Law, Economics and Politics – spoke.",
            "en",
            "Jane Roe",
            "dean of the Faculty of Law, Economics and Politics",
        ),
        (
            "Anna Berg, Sprecherin der Stadtwerke, bestätigte den Ausfall.",
            "de",
            "Anna Berg",
            "Sprecherin der Stadtwerke",
        ),
        # German: adjectives, a genitive place, a place adjective and coordinated compounds
        (
            "Das sagte der frühere polnische Verteidigungsminister Jan Nowak.",
            "de",
            "Jan Nowak",
            "frühere polnische Verteidigungsminister",
        ),
        (
            "Das sagte der Kölner Bau-, Verkehrs- und Planungsdirektor Karl Weber.",
            "de",
            "Karl Weber",
            "Kölner Bau-, Verkehrs- und Planungsdirektor",
        ),
        ("Frankreichs Außenminister Jean Dupont reiste ab.", "de", "Jean Dupont", "Frankreichs Außenminister"),
        ("Bremens Erste Bürgermeisterin Anna Berg lobte das.", "de", "Anna Berg", "Bremens Erste Bürgermeisterin"),
        # Turkish: "eski" between organisation and title; a sentence opener is no organisation
        (
            "Millî Savunma Bakanlığı eski Sözcüsü Ali Yılmaz açıklama yaptı.",
            "tr",
            "Ali Yılmaz",
            "Millî Savunma Bakanlığı eski Sözcüsü",
        ),
        ("Bugün Sağlık Bakanı Ayşe Demir açıklama yaptı.", "tr", "Ayşe Demir", "Sağlık Bakanı"),
        # Arabic: role then name (bounded by what follows), name then role, apposition
        ("التقى وزير الخارجية المصري سامح شكري نظيره الأردني في عمان.", "ar", "سامح شكري", "وزير الخارجية المصري"),
        (
            "قال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة مستعدة.",
            "ar",
            "محمد شياع السوداني",
            "رئيس الوزراء العراقي",
        ),
        (
            "وقال خالد يوسف، رئيس هيئة الطيران المدني، إن الرحلات ستستأنف.",
            "ar",
            "خالد يوسف",
            "رئيس هيئة الطيران المدني",
        ),
        ("وأكد المهندس سامي حسن وزير النقل والمواصلات أن المشروع اكتمل.", "ar", "سامي حسن", "وزير النقل والمواصلات"),
        ("وصل رئيس إقليم كوردستان نيجيرفان بارزاني إلى بغداد.", "ar", "نيجيرفان بارزاني", "رئيس إقليم كوردستان"),
        # Sorani: role first, the izafe chain up to the organisation's last word
        ("وەزیری دەرەوەی عێراق فوئاد حسێن لە ئەنقەرە بوو.", "ckb", "فوئاد حسێن", "وەزیری دەرەوەی عێراق"),
        # roles a blind judge found cut on fresh articles: lowercase fields, co-titles, two titles
        (
            "Officials said former intelligence chief Anna Berg had resigned.",
            "en",
            "Anna Berg",
            "former intelligence chief",
        ),
        ("The band signed with campaign manager Tom Reyes last year.", "en", "Tom Reyes", "campaign manager"),
        ("Police questioned Acme co-founder Lena Moor on Monday.", "en", "Lena Moor", "Acme co-founder"),
        ("After CEO and co-founder Mia Holt left, the board met.", "en", "Mia Holt", "CEO and co-founder"),
        (
            "Rosa Lind, president and chief executive officer of Nordbank, said rates would rise.",
            "en",
            "Rosa Lind",
            "president and chief executive officer of Nordbank",
        ),
        (
            "Li Wei, deputy director of Hubei’s food safety and inspection bureau, spoke on Friday.",
            "en",
            "Li Wei",
            "deputy director of Hubei’s food safety and inspection bureau",
        ),
        (
            "Ana Ruiz, an editor at the independent news site Plaza, said the data were wrong.",
            "en",
            "Ana Ruiz",
            "editor at the independent news site Plaza",
        ),
        # cut on sets 10-13 (blind judges): lowercase fields, a named organisation after its common noun
        ("The plan will work, deputy planning director Rosa Diaz said.", "en", "Rosa Diaz", "deputy planning director"),
        ("Shadow transport secretary Tim Lane said it was late.", "en", "Tim Lane", "Shadow transport secretary"),
        (
            "Ben Cole, deputy editor of US magazine Wired Home, praised it.",
            "en",
            "Ben Cole",
            "deputy editor of US magazine Wired Home",
        ),
        (
            "It is over, said Eva Brandt, spokeswoman for the Vienna prosecutor.",
            "en",
            "Eva Brandt",
            "spokeswoman for the Vienna prosecutor",
        ),
        ("Das bestätigte der nationale Polizeichef Omar Said.", "de", "Omar Said", "nationale Polizeichef"),
        ("They met the government of Chilean President Ana Soto.", "en", "Ana Soto", "Chilean President"),
        # wire copy: the company opens the sentence, its officer comes later with a bare title
        (
            "CHICAGO, Feb 26 - Dean Foods Co expects earnings to rise, Chairman Kenneth Douglas told analysts.",
            "en",
            "Kenneth Douglas",
            "Chairman … Dean Foods Co",
        ),
        ("Apple Inc shares rose, said President Joe Biden.", "en", "Joe Biden", "President"),
        # set 27's blind judges: a quantifier before a title is no part of it; an apposition's fuller role
        # replaces the title before the name ("caucus" closes an organisation)
        (
            "Some of Democratic U.S. Representative John Conyers’ colleagues want him to resign.",
            "en",
            "John Conyers",
            "Democratic U.S. Representative",
        ),
        (
            "The meeting included EPA Administrator Scott Pruitt and Treasury Secretary Steve Mnuchin.",
            "en",
            "Steve Mnuchin",
            "Treasury Secretary",
        ),
        (
            "“It is not like any other recovery,” said John Herrmann, director of U.S. rate strategy at Mitsubishi "
            "UFJ Securities USA Inc., who tracks it.",
            "en",
            "John Herrmann",
            "director of U.S. rate strategy at Mitsubishi UFJ Securities USA Inc.",
        ),
        (
            "“It is sluggish,” said Jim Mason, president and co-owner of Taylor International Corp. in Las Vegas.",
            "en",
            "Jim Mason",
            "president and co-owner of Taylor International Corp",
        ),
        (
            "Flynn met officials before President Donald Trump’s January 2017 inauguration.",
            "en",
            "Donald Trump",
            "President",
        ),
        (
            "“It turns out,” California’s Nancy Pelosi, the Democratic leader, said.",
            "en",
            "Nancy Pelosi",
            "Democratic leader",
        ),
        (
            "Flynn misled Pence about his talks with then Russian ambassador Sergei Kislyak.",
            "en",
            "Sergei Kislyak",
            "then Russian ambassador",
        ),
        ("And then President Barack Obama said no.", "en", "Barack Obama", "President"),
        (
            "Representative Joe Crowley, chairman of the House Democratic caucus, said so.",
            "en",
            "Joe Crowley",
            "chairman of the House Democratic caucus",
        ),
        (
            "After a meeting with Nato Secretary General Mark Rutte, the US President said no.",
            "en",
            "Mark Rutte",
            "Nato Secretary General",
        ),
        # "Secretary of State" is one title: "former" stays with it, "State" is no organisation
        ("The panel met former Secretary of State Edmund Muskie.", "en", "Edmund Muskie", "former Secretary of State"),
        ("Skeptisch äußerte sich die deutsche Kanzlerin Angela Merkel.", "de", "Angela Merkel", "deutsche Kanzlerin"),
        # a military rank before the name is no part of it; "central bank" is a field
        (
            "They questioned Vice Adm John Poindexter, the former National Security Adviser.",
            "en",
            "John Poindexter",
            "former National Security Adviser",
        ),
        (
            "Brazil's central bank president Francisco Gros said so.",
            "en",
            "Francisco Gros",
            "Brazil's central bank president",
        ),
        (
            "Although Jonathan Wolff, senior vice president at Donaldson Lufkin and Jenrette, noted it.",
            "en",
            "Jonathan Wolff",
            "senior vice president at Donaldson Lufkin and Jenrette",
        ),
        ("EC farm Commissioner Frans Andriessen said so.", "en", "Frans Andriessen", "EC farm Commissioner"),
        (
            "Manafort worked for former pro-Russian Ukrainian President Viktor Yanukovych.",
            "en",
            "Viktor Yanukovych",
            "former pro-Russian Ukrainian President",
        ),
        # the twenty-first set's judges: an organisation's lowercase words, a lowercase field, a full name
        # coordinated with another person's title
        (
            "Members include Irwin Guttag, chairman of the NYSE special surveillance committee.",
            "en",
            "Irwin Guttag",
            "chairman of the NYSE special surveillance committee",
        ),
        (
            "Mulvaney and legislative affairs director Marc Short will meet.",
            "en",
            "Marc Short",
            "legislative affairs director",
        ),
        (
            "Nalin Vissanji, President of the Indian Merchants Chambers of Commerce said so.",
            "en",
            "Nalin Vissanji",
            "President of the Indian Merchants Chambers of Commerce",
        ),
        (
            "He arranged a meeting between then-candidate Donald Trump and Egyptian President Abdel Fattah al-Sisi.",
            "en",
            "Abdel Fattah al-Sisi",
            "Egyptian President",
        ),
        # an apposition's lowercase field and "with" an organisation; a firm named as a list of partners
        (
            "It is risky, said Jane Roe, chief economist at Goldman Sachs.",
            "en",
            "Jane Roe",
            "chief economist at Goldman Sachs",
        ),
        (
            "It could lose 200 mln dlrs, said Joseph Arsenio, analyst with Birr, Wilson and Co.",
            "en",
            "Joseph Arsenio",
            "analyst with Birr, Wilson and Co.",
        ),
    ],
)
def test_roles_keep_their_scope_and_organisation(text: str, lang: str, person: str, written: str) -> None:
    assert [(c.person, c.as_written) for c in find_roles(text, lang)] == [(person, written)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("President George W. Bush visited the plant.", "en"),  # half a name is worse than none
        ("President George W Bush's aides left.", "en"),  # the initial without its full stop too
        ("Lord Sainsbury gave pounds 2m for its General Election fund.", "en"),  # not "Election — General"
        ("Spanish Prime Minister Pedro S\ufffdnchez spoke.", "en"),  # a letter lost to the encoding
        ("General Electric said profits rose.", "en"),  # a company, not "Electric — General"
        ("China must join the General Agreement of Tariffs and Trade (GATT).", "en"),  # a treaty, not a person
        ("The planes carry General Purpose as well as Laser Guided Bombs.", "en"),  # a kind of bomb
        ("Rob Goldman, President Ascom North America, says so.", "en"),  # a company, not a person
        ("Dean Foods Co expects earnings to rise.", "en"),  # not "Foods Co", a dean
        (
            "Nova said the Minister of Regional and Industrial Expansion, Michel Cote, ruled.",
            "en",
        ),  # not "Industrial Expansion"
        ("He had replaced Major General Tala' Khalil al-Douri.", "en"),  # the name goes on past its apostrophe
        ("René Wagner folgt dem als Geschäftsführer Sport abwandernden Günter Kreissl.", "de"),  # a department
        ("Der Innenminister Frankreichs, Nicolas Sarkozy, verteidigte das.", "de"),  # a country's genitive, no name
        ("Es droht eine große Koalition unter einer Kanzlerin Merkel.", "de"),  # a prospect, not the role held
        ("Voters feared a President Donald Trump.", "en"),
        ("Sağlık Bakanı Ayşe Demir Irak Sağlık Bakanı Ali Hasan ile görüştü.", "tr"),  # where does a name end?
        ("Anna Berg, Leiterin der Abteilung Chemie, Physik, Biologie am Institut, sprach.", "de"),  # a list
        ("أعلن رئيس الهيئة إصابته بفيروس كورونا.", "ar"),  # a noun with a pronoun ending is no name
        ("التقى رئيس الوزراء العراقي بالسفير الأمريكي في بغداد.", "ar"),  # a preposition and the article
        ("الرئيس التركي رجب طيب أردوغان في كلمة أمام البرلمان.", "ar"),  # three words, no safe end
        ("The head of Surrey's Lionhead Studios was granted the honour.", "en"),  # a studio, not a person
        ("The bond is priced at par, lead manager Societe Generale said.", "en"),  # a bank, not a person
        ("It offers 350 mln dlrs of notes, said lead manager Drexel Burnham.", "en"),  # a bond issue's bank
        (
            "SEC Chief Accountant Clarence Sampson told the five SEC commissioners.",
            "en",
        ),  # a job's name, not a given name
        ("The Mandan, North Dakota, police chief, Jason Ziegler, spoke.", "en"),  # a state, not the chief
        ("He met the Chairman of Boston Five Bancorp today.", "en"),  # a bank, not a person
        ("The last bid price of General Physics common stock was 15 dlrs.", "en"),  # a firm, not a general
        ("It named Dieter zur Loye, formerly president of American Hoechst, vice chairman.", "en"),  # a firm
    ],
)
def test_roles_that_cannot_be_bounded_are_dropped(text: str, lang: str) -> None:
    assert find_roles(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UAW president Owen Bieber and vice president Marc Stepp met Chrysler officials.",
            [("Owen Bieber", "UAW president", None), ("Marc Stepp", "vice president … UAW", "UAW")],
        ),
        (
            "Former Fed chairman Paul Volcker and chairman Alan Greenspan spoke.",
            [("Paul Volcker", "Former Fed chairman", None), ("Alan Greenspan", "chairman … Fed", "Fed")],
        ),
        # another person's own title, or none to share
        (
            "Treasury Secretary James Baker and Fed Chairman Paul Volcker met.",
            [("James Baker", "Treasury Secretary", None), ("Paul Volcker", "Fed Chairman", None)],
        ),
        (
            "The finance chairman Steven Mnuchin and governor Lewis Eisenberg met donors.",
            [("Steven Mnuchin", "finance chairman", None), ("Lewis Eisenberg", "governor", None)],
        ),
        (
            "The chairman Paul Volcker and governor Wayne Angell spoke.",
            [("Paul Volcker", "chairman", None), ("Wayne Angell", "governor", None)],
        ),
        # an organisation's "and" never joins the next person's title (set 54)
        (
            "They were led by Jose Luis Alcudiai, assistant energy secretary of Mexico and Energy Minister "
            "Guilermno Perry Rubio of Colombia.",
            [
                ("Jose Luis Alcudiai", "assistant energy secretary of Mexico", "Mexico"),
                ("Guilermno Perry Rubio", "Energy Minister … of Colombia", "Colombia"),
            ],
        ),
    ],
)
def test_a_second_bare_title_shares_the_first_ones_organisation(text: str, expected: list) -> None:
    assert [(c.person, c.as_written, c.organization) for c in find_roles(text, "en")] == expected


def test_a_role_told_again_with_fewer_words_is_one_item() -> None:
    text = "Energy analyst Kim Moss expects a rise.\nLater, analyst Kim Moss added that prices would fall."
    items = run("people.role", doc_for(text))
    assert [i.title for i in items] == ["Role to verify: Kim Moss — Energy analyst"]


def test_role_items_skip_captions_and_surnames_already_given() -> None:
    text = (
        "Earlier, President Trump left for Ohio.\n"
        "US President Donald Trump spoke in Ohio on Monday.\n"
        "Queen Anne Boleyn (BBC One, 2005)"
    )
    items = run("people.role", doc_for(text, language="en"))
    assert [i.title for i in items] == ["Role to verify: Donald Trump — US President"]


def test_patterns_apply_only_to_their_own_language() -> None:
    kulissen = doc_for("Hinter den Kulissen wurde wochenlang verhandelt.", language="de")
    assert run("claims.attribution", kulissen) == []
    assert run("claims.attribution", doc_for("Kulislere göre bakan istifa edecek.", language="tr"))
    assert run("claims.novelty", doc_for("İhracat rekor kırdı.", language="de")) == []


def test_one_novelty_item_per_claim_in_a_paragraph() -> None:
    text = "Turnout reached an all-time high. It was the highest turnout since 1990. Officials called it historic."
    (item,) = run("claims.novelty", doc_for(text, language="en"))
    assert item.data["merged"] == 1 and item.evidence[0].text == "Turnout reached an all-time high."


def test_a_paragraph_item_quotes_every_claim_sentence_and_lists_every_trigger() -> None:
    text = (
        "Turnout reached an all-time high. Officials were pleased. "
        "For the first time since 1990 the opposition won the capital."
    )
    (item,) = run("claims.novelty", doc_for(text, language="en"))
    assert [e.text for e in item.evidence] == [
        "Turnout reached an all-time high.",
        "For the first time since 1990 the opposition won the capital.",
    ]
    assert item.data["triggers"] == ["all-time high", "For the first time since"]
    assert item.title == "Novelty claim: all-time high, For the first time since"


def test_a_headline_claim_the_text_does_not_repeat_stays_its_own_item() -> None:
    text = "Turnout reached an all-time high in Ohio, officials in Columbus said on Monday."
    doc = doc_for(text, title="Acme Corp unveils first-ever electric tractor", language="en")
    headline, body = run("claims.novelty", doc)
    assert headline.data["headline"] is True and body.data["headline"] is False
    assert len(body.evidence) == 1


def test_search_suggestion_never_uses_sentence_openers_and_is_never_empty() -> None:
    (named,) = run("claims.novelty", doc_for("Even so, Acme Corp reported its first-ever annual loss.", language="en"))
    assert "Even" not in named.data["query"] and '"Acme Corp"' in named.data["query"]
    (bare,) = run("claims.novelty", doc_for("Vor Wochen war der Andrang so groß wie noch nie.", language="de"))
    assert bare.data["query"] == "" and "search coverage before" in bare.detail
    assert "(its subject and event)" in bare.detail


def test_attribution_names_the_source_or_nothing() -> None:
    (item,) = run("claims.numbers", doc_for("At least 40 people were injured, police said.", language="en"))
    assert item.data["attributed_to"] == "police" and "Source given: police." in item.detail
    (bare,) = run("claims.numbers", doc_for("He said 40 people were injured.", language="en"))
    assert bare.data["attributed_to"] is None and "attributed in the sentence" not in bare.detail


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # set 59's judges: a leaker is no source of the sentence; a feat is no charge
        ("An anonymous source gave the documents to Germany's Suddeutsche Zeitung.", False),
        ("An anonymous source said the documents were real.", True),
        ("Epstein masterminded two World Series triumphs as general manager of the Red Sox.", False),
        ("He masterminded the attack on the embassy.", True),
        # set 62's judge: "according to the Wrap" names who reports it
        ("Trump's team is reportedly having a hard time attracting performers, according to the Wrap.", False),
        ("Trump's team is reportedly having a hard time attracting performers.", True),
    ],
)
def test_attribution_flags_sourcing_and_charges_not_leaks_or_feats(text: str, flagged: bool) -> None:
    assert bool(run("claims.attribution", doc_for(text, language="en"))) is flagged


def test_small_letters_of_latin_extended_a_never_start_a_name() -> None:
    from checks.entities import names

    assert names("Po dlouhých časech šel Józef Piłsudski do Łodzi.") == ["Józef Piłsudski", "Łodzi"]


# -- novelty classes per language (sentences written for these tests) ----------------------------

NOVELTY_CLASSES = [
    # a rank stated of its subject, or in apposition (the fresh sets' misses); not an opinion or a part
    ("Lake Baikal remains the deepest freshwater lake on the planet.", "en", True),
    ("Acme has been the biggest shoe exporter since the war began.", "en", True),
    ("The order went to Norsk Hydro, the largest aluminium maker, in March.", "en", True),
    ("Measles is the most common cause of the rash.", "en", True),
    ("Funding is the biggest problem for the club.", "en", False),
    ("Wages were the largest part of the budget.", "en", False),
    ("He was the youngest of five children.", "en", False),
    # a nation's top firm or work; not an office holder, not "one of"
    ("Tata bought India's top steelmaker last year.", "en", True),
    ("Russia's top diplomat flew to Ankara.", "en", False),
    ("Two managers at one of Brazil's top banks resigned.", "en", False),
    # scopes: "for years", "since the … in 1998", a long "first time … since"; ranks with a nationality
    ("It was the worst flood for the valley for years.", "en", True),
    ("It is the largest loss to hit Oslo since the fall of the Kaupthing bank in 2008.", "en", True),
    ("It is the first time that the rail union has called a national strike since the law changed.", "en", True),
    ("The vase fetched the third highest price for a Chinese ceramic.", "en", True),
    # firsts made and first editions won; a league's leader; the last case dated
    ("The team performed the first transplant of a lab-grown trachea.", "en", True),
    ("The studio released the first trailer on Monday.", "en", False),
    ("Kenya won the inaugural Africa Cup of Rugby.", "en", True),
    ("The Premier League's leading scorer is injured.", "en", True),
    ("The last recorded outbreak on the island was in 1957.", "en", True),
    ("Es ist das teuerste Bauprojekt in Graz in den letzten zwanzig Jahren.", "de", True),
    ("Die nächsten Schritte in den letzten Jahren waren klein.", "de", False),
    ("Der Streik löste die längsten Staus seit dem Ende der Ferien aus.", "de", True),
    ("Sie begrüßten den hundertsten Gast seit 2010.", "de", False),  # an ordinal, not a superlative
    ("Er holte das bis heute beste Ergebnis eines Grünen.", "de", True),
    ("Es war die erste Abstimmung, bei der Frauen wählen durften.", "de", True),
    ("Acme, the world's biggest toys retailer, cut prices.", "en", True),
    # the second blind pair of sets' misses (sets 10 and 11), as new sentences of each kind
    ("The film set a new British opening weekend record.", "en", True),
    ("The first female bishop for Wales was consecrated.", "en", True),
    ("It was Ireland's first Olympic gold for nearly 40 years.", "en", True),
    ("The final drew complaints on France's most-watched channel.", "en", True),
    ("The van loses value faster than any other model.", "en", True),
    ("Its rival, once the largest bank in the Baltics, was sold.", "en", True),
    ("It is the first criminal conviction for ransomware in Spain.", "en", True),
    ("Its first set of lawsuits was filed in May.", "en", False),
    ("Es war das erste Mal nach drei Jahrzehnten, dass der Fluss zufror.", "de", True),
    ("Rapid feierte den ersten Sieg in Graz nach fast vier Jahren.", "de", True),
    ("Er hatte Anteil am ersten Meistertitel des SV Ried.", "de", True),
    ("Sie ist erste Präsidentin des Rechnungshofs.", "de", True),
    ("In der Stadt wird mehr geradelt denn je.", "de", True),
    ("Die alte Bestmarke hielt seit 1998.", "de", True),
    ("Die meistverkaufte Zeitung Tirols verliert Leser.", "de", True),
    ("Malta ist als einziges europäisches Land dabei.", "de", True),
    ("Die Parteien könnten als einzige Netanjahu stürzen.", "de", False),
    ("Das steht im weltgrößten Online-Lexikon Wikipedia.", "de", True),
    ("Die Kurden sind die größte Minderheit im Land.", "de", True),
    # what the blind judges of sets 10 and 11 rejected: a status, a forecast, praise
    ("No date has yet been set for the vote.", "en", False),
    ("The drug is tipped to become the world's leading asthma treatment.", "en", False),
    ("Das Abkommen gilt als historischer Durchbruch.", "de", False),
    # sets 12 and 13: misses (a country's superlative or first, a clause with "je", "nicht selten", "on the
    # record high") and what their blind judges rejected (hype, aims, studio records, order, "unter den")
    ("Mit 30 war er Spaniens bekanntester Koch.", "de", True),
    ("Sie wird die älteste Sängerin sein, die dort je aufgetreten ist.", "de", True),
    ("Er wurde zum ersten französischen Sieger in Kitzbühel.", "de", True),
    ("Nicht selten kauft gerade Google, der größte Suchkonzern der Welt, Firmen auf.", "de", True),
    ("Gold traded below the record high of $2,100 set in May.", "en", True),
    ("Kenya's first female pilot retired on Friday.", "en", True),
    ("It was the only bank with a licence in the country.", "en", True),
    ("This is a historic moment for the club.", "en", False),
    ("Die Einigung ist ein historischer Meilenstein.", "de", False),
    ("Anyone can make a record these days.", "en", False),
    ("The firm wants to become the biggest carmaker in the world.", "en", False),
    ("Die Seite rangierte jahrelang unter den meistbesuchten Websites.", "de", False),
    ("The party would raise pay in the first six months to allow parents to stay home.", "en", False),
    ("The first attempt to sell the site failed.", "en", False),
    # what the blind judges of sets 14 and 15 rejected: a cohort's or a person's first, rhetoric, rollout
    # order, a first public showing or start-up date, praise of a talent
    ("Graduates entering the job market for the first time face high rents.", "en", False),
    ("It was the first time the singer, now 80, had seen the show.", "en", False),
    ("It was the first time a woman had won the race.", "en", True),
    ("They are the first to defend bonuses and the first to attack the poor.", "en", False),
    ("Users in Leeds will be the first to test the service.", "en", False),
    ("Das Team zeigte den Wagen nun erstmals der Öffentlichkeit.", "de", False),
    ("Die Anlage, die 2012 zum ersten Mal in Betrieb ging, wird erweitert.", "de", False),
    ("Anna Berg, Österreichs größtes Ski-Talent, wechselt das Team.", "de", False),
    # sets 16 and 17's misses, as new sentences of each kind
    ("The Chilean copper industry, the world's largest, is slowing.", "en", True),
    ("Airline profits soar to record", "en", True),
    ("House prices fell to levels last seen in 2009.", "en", True),
    ("No city has built more cycle lanes than Paris.", "en", True),
    ("Kein Verein hat mehr Titel gewonnen als Rapid.", "de", True),
    ("Der größte EU-Stahlkonzern baut Stellen ab.", "de", True),
    ("In Graz, der zweitgrößten Stadt Österreichs, wird gewählt.", "de", True),
    ("Der Baikal ist der tiefste See der Erde.", "de", True),
    ("Sie war Großbritanniens bekannteste Köchin.", "de", True),
    ("Bildung ist heute wichtiger denn je.", "de", False),
    # the only X (to / in / operating …)
    ("Acme is the only European carmaker still building engines in Wales.", "en", True),
    ("The only time the clause has been used was in 1991.", "en", True),
    ("It is the only way to keep the plant open.", "en", False),
    ("Heute ist sie die einzige Kandidatin, die gegen den Krieg auftritt.", "de", True),
    ("Ulm ist die einzige Großstadt Deutschlands mit einem solchen Turm.", "de", True),
    ("Das ist der einzige Ausweg, der noch bleibt.", "de", False),
    # first … since / in N years
    ("The storm caused the first reported death since the dam was rebuilt in spring.", "en", True),
    ("She became the first Labour mayor in 40 years.", "en", True),
    ("The first half ended goalless.", "en", False),
    ("De gemeente verhoogt voor het eerst in tien jaar de belasting.", "nl", True),
    ("여당이 12년 만에 시장직을 되찾았다.", "ko", True),
    ("Det er første gang på 30 år at elva fryser.", "nb", True),
    ("Vi gikk før første gang på turen.", "nb", False),
    ("Det är första gången sedan kriget som bron stängs.", "sv", True),
    # superlatives whose scope is a name, a possessive, a nationality, or further along the sentence
    ("The province reported the highest death toll in Central America.", "en", True),
    ("He is the senator's biggest single donor.", "en", False),  # no name: "senator" is lower case
    ("Ms Lee is Acme's biggest shareholder.", "en", True),
    ("It is the world's sixth most visited museum.", "en", True),
    ("It was the deadliest attack on the port in decades.", "en", True),
    ("The firm will become the largest Canadian lender next year.", "en", False),  # a forecast
    ("Rainfall was by far the heaviest on the coast.", "en", True),
    ("It was one of the largest protests in the city's history.", "en", False),
    ("Die Parteien schlossen das grösste Abkommen ihrer Geschichte.", "de", True),
    ("Das Lager ist die größte französische Basis in Afrika.", "de", True),
    ("Sie ist die beste deutsche Sprinterin im Feld.", "de", False),
    ("Es ist das größte Sportereignis des Jahrhunderts.", "de", True),
    ("Die Aktie stieg auf den höchsten Stand seit Mai 2019.", "de", True),
    # records and "than ever" in compounds and phrases
    ("Nach der Gelb-Rot-Premiere musste der Verteidiger vom Platz.", "de", True),
    ("Der Dax erreichte am Freitag ein neues Allzeithoch.", "de", True),
    ("Mehr Tore als Meier hat kein Stürmer des Vereins bislang erzielt.", "de", True),
    ("Die Stadt investiert mehr als je zuvor in Schulen.", "de", True),
    ("So etwas hat es in der Stadt noch nie gegeben.", "de", True),
    ("Sie lief eine persönliche Rekordzeit.", "de", False),
    ("Hun satte personlig rekord i høyde.", "nb", False),
    # Romance, Slavic, Turkish and other languages
    ("La cumbre reunió a más delegaciones que nunca.", "es", True),
    ("Es uno de los mayores incendios de la historia del país.", "es", False),
    ("C'est le plus grand incendie de l'histoire du pays.", "fr", True),
    ("Il tasso non era mai così alto.", "it", True),
    ("É o maior incêndio da história do estado.", "pt", True),
    ("To najwyższa inflacja od czasu transformacji.", "pl", True),
    ("Zginęło co najmniej dziesięć osób od czasu ataku.", "pl", False),
    ("Это крупнейший пожар в истории области.", "ru", True),
    ("Il bazında en yüksek artış Ankara'da görüldü.", "tr", True),
    ("公司今年首次实现盈利。", "zh", True),
    ("Shares closed at their highest level since March.", "en", True),
    ("It is the world's only floating nuclear plant.", "en", True),
    ("Das ist das weltweit erste Kraftwerk dieser Art.", "de", True),
    ("Die Firma ist weltweit tätig.", "de", False),
    ("Es la primera vez en la historia que ocurre algo así.", "es", True),
    ("É a primeira vez desde o fim da guerra que o rio seca.", "pt", True),
    ("C'est la première fois depuis la guerre que le pont ferme.", "fr", True),
    ("Ini adalah banjir terbesar sepanjang sejarah kota itu.", "id", True),
    # classes a second blind reading found missed (firsts with a possessive, "than any other",
    # league records, decade lows, scoped superlatives in German, place scopes in other languages)
    ("The two leaders will hold their first summit ever in Geneva.", "en", True),
    ("The province held its first free elections since 1962 last spring.", "en", True),
    ("His first match since the injury ended in a draw.", "en", False),
    ("Voters chose the first Green mayor the city has had.", "en", True),
    ("The first victim, John Smith, was found near the river.", "en", False),
    ("Ohio spent more on roads than any other state last year.", "en", True),
    ("The dam is the only one of six planned projects to be finished.", "en", True),
    ("The crowd of 80,000 was a league record for the club.", "en", True),
    ("Court records show the deal closed in May.", "en", False),
    ("The rupee fell to a two-decade low against the dollar.", "en", True),
    ("It was the worst week of his presidency, aides said.", "en", True),
    ("Residents said there had never been anything like it in the valley.", "en", True),
    ("Marta Keller is the only U.N. envoy to visit the camp.", "en", True),
    ("Im Ersten Weltkrieg begann die Tradition, die seit 1920 besteht.", "de", False),
    ("Er ist der erfolgreichste deutsche Skispringer.", "de", True),
    ("Die meisten deutschen Firmen zahlen pünktlich.", "de", False),
    ("Sie war die schnellste Läuferin aller Teilnehmerinnen.", "de", True),
    ("Die Firma ist der einzige Hersteller von Glocken in Sachsen.", "de", True),
    ("Das ist der älteste Baum der Gemeinde.", "de", True),
    ("Das größte Problem der Stadt ist der Verkehr.", "de", False),
    ("Das Team hat diesen Gegner noch nie besiegt.", "de", True),
    ("Es war ein Sturm, wie es die Insel noch nie erlebt hatte.", "de", True),
    ("Das ist der bisher höchste Wert.", "de", True),
    ("Frankreich ist größter EU-Importeur von Soja.", "de", True),
    ("El peso cerró en su nivel más bajo desde el 3 de enero de 2001.", "es", True),
    ("Fue algo nunca visto en la ciudad.", "es", True),
    ("Le chômage atteint un pic depuis mars 2015.", "fr", True),
    ("O Chile, país mais atingido da América do Sul, pediu ajuda.", "pt", True),
    ("Sono i treni ad alta velocità più veloci al mondo.", "it", True),
    ("Selskabet er verdens største producent af insulin.", "da", True),
    ("Det er Norges lengste tunnel.", "nb", True),
    ("Det är världens största ishotell.", "sv", True),
    ("Česko je v Evropě na prvním místě.", "cs", True),
    ("Něco takového se ještě nestalo.", "cs", True),
    ("Bu sezon Süper Lig'de en fazla asist yapan oyuncu oldu.", "tr", True),
    ("Bunun için en az üç gün gerekiyor.", "tr", False),
    ("该公司的市场份额排名全球第一。", "zh", True),
    ("这是他职业生涯首次夺冠。", "zh", True),
    ("県内で唯一の女子校として知られる。", "ja", True),
    # a first fresh set read after the rules were frozen: classes it found missed
    ("The rover was built for Tiangong, the first Chinese space station.", "en", True),
    ("They met on Monday, the first meeting.", "en", False),
    ("He thanked his wife, the first lady.", "en", False),
    ("It was the first novel written in another language to win the prize.", "en", True),
    ("The clinic is the first to offer free testing to every resident.", "en", True),
    ("She was the first to arrive at the scene.", "en", False),
    ("The new chip has more memory than any phone before it.", "en", True),
    ("The reservoir is twice the size of the next-largest lake in the state.", "en", True),
    ("Locals call the town the kite-flying capital of the world.", "en", True),
    ("The deal is its largest acquisition and its first outside Europe.", "en", True),
    ("“In the valley we had the hottest summer in recorded history,” the forecaster said.", "en", True),
    ("Deutschlands längste Brücke wird saniert.", "de", True),
    ("Sie zeichnete die bis dato genaueste Karte der Insel.", "de", True),
    ("这是中国第一艘航空母舰。", "zh", True),
    ("It is the best-selling tractor in Canada.", "en", True),
    ("Not since 1974 has the river frozen over.", "en", True),
    ("The town has not hosted a final since 1990.", "en", True),
    ("I haven't seen him since 2015.", "en", False),
    ("She became the youngest skater to land the jump.", "en", True),
    ("The bus is the fastest way to reach the airport.", "en", False),
    ("The new sensor is a world first, the maker says.", "en", True),
    # false alarms a blind judge found on the first fresh set
    ("It was the greatest frustration of his presidency.", "en", False),
    ("It was the biggest defeat of her premiership.", "en", True),
    ("The suit concerns the bank's oldest branches.", "en", False),
    ("Lawyers cited the First Amendment right to protest.", "en", False),
    ("The film has won most of the prizes so far.", "en", False),
    # classes the second fresh set found missed (after its blind score)
    ("It’s the first time in the mayor’s career that she has lost a vote.", "en", True),
    ("The merger created the largest grocery chain in the U.S. by sales.", "en", True),
    ("The team won its first away league match since 2011 on Sunday.", "en", True),
    ("Reaching the final twice in a row is a program first.", "en", True),
    ("The port is the only other terminal to handle such ships.", "en", True),
    ("Rail is the only option to get there in winter.", "en", False),
    ("The rocket is the only vehicle for launching crews to the station.", "en", True),
    ("They are the world's two largest producers of cocoa.", "en", True),
    ("The state's largest utility filed for bankruptcy.", "en", True),
    ("The province recorded the worst toll of any region.", "en", True),
    ("Measles is the most common cause of child deaths globally, the report says.", "en", True),
    ("Most disaster plots don't involve a pandemic sapping resources globally.", "en", False),
    ("It is one of the only major apps to try hiding likes.", "en", False),
    # false alarms a blind judge found on the second fresh set
    ("The First Amendment right to protest was cited.", "en", False),
    ("Officials called the flooding near-unprecedented.", "en", False),
    ("He said he is the only candidate strong enough to win.", "en", False),
    # false alarms a blind judge found on the third fresh set
    ("For the first time in a long time, the singer looked relaxed.", "en", False),
    ("The first cases came to light in March.", "en", False),
    ("The only strategy is to wait, the coach said.", "en", False),
    ("The fund bought the stake from its largest investor.", "en", False),
    ("She was the first woman to lead the agency.", "en", True),
    # classes the third and fourth fresh sets found missed (after their blind scores)
    ("It was the club's worst disciplinary record of all time.", "en", True),
    ("The council sent its toughest spending plan to date to the mayor.", "en", True),
    ("Ticket records were smashed by the final.", "en", True),
    ("The hatchback was the top seller in March.", "en", True),
    ("The library became the city's most active public hotspot.", "en", True),
    ("The line is twice as fast as any other route in the region.", "en", True),
    ("The island has the only active volcano in the world that is reachable by bus.", "en", True),
    ("She scored a season-high 31 points for the league-leading Sparks.", "en", True),
    ("He was a high school best friend of the mayor.", "en", False),
    ("The country argued it was the first victim of Soviet rule.", "en", True),
    ("The band tours in June, the first time the trio will play together.", "en", True),
    ("The club chased its first four-game winning run since March 2019.", "en", True),
    ("He became the state's second elected black governor.", "en", True),
    ("The second half was dull.", "en", False),
    ("Klopp ist der erste Bundesliga-Trainer, der zweimal gewann.", "de", True),
    ("Das ist der erste Schritt in die richtige Richtung.", "de", False),
    ("Der Klub kassierte die erste Saisonniederlage.", "de", True),
    ("Diese Marke hat bisher noch kein Spieler erreicht.", "de", True),
    ("Die mit Abstand meisten Anträge kamen von der Opposition.", "de", True),
    # any superlative in -est with a scope, and its hedges (after the fifth fresh set's blind score)
    ("The tablet is the cheapest Apple computer ever sold.", "en", True),
    ("The port is the world's busiest container hub.", "en", True),
    ("It was one of the bleakest forecasts on growth yet.", "en", False),
    ("It is one of the countries with the strictest laws in the world.", "en", False),
    ("The latest figures since 2010 show a rise.", "en", False),
    ("Irland ist eines der Länder mit den weltweit schärfsten Gesetzen.", "de", False),
    # the sixth fresh set's misses and false alarms (after its blind score)
    ("Ghana is the world's leading cocoa grower.", "en", True),
    ("The world's top diplomat met him on Friday.", "en", False),
    ("Nuclear programmes by the world's leading economies grew.", "en", False),
    ("Britain is the second largest net contributor to the EU.", "en", True),
    ("The film broke the box office records for a debut.", "en", True),
    ("The single held on to the number one spot.", "en", False),
    ("She leads the awards with ten nominations.", "en", True),
    ("Many were deported, but none has ever been sent back.", "en", True),
    ("Tags are the only method of tracking the material.", "en", True),
    ("The team will take on the world's best.", "en", False),
    ("The fund helps the world's poorest children.", "en", False),
    ("Talks offer a chance of a historic breakthrough.", "en", False),
    ("Es war seine erste Niederlage seit 716 Tagen.", "de", True),
    ("Der Kurs fiel auf den tiefsten Stand seit einem Jahr.", "de", True),
    ("Es war das erste Gipfeltreffen der Weltgeschichte.", "de", True),
    ("Er ist der wertvollste Spieler der moldauischen Nationalelf.", "de", True),
    ("Sie ist die jüngste Ballkönigin aller Zeiten.", "de", True),
    ("Die jüngste Studie zeigt einen Trend.", "de", False),
    ("Spitzenreiter bleibt Salzburg.", "de", False),  # a standing, not a record (blind judges)
    ("Man fand mehr Gräber von Hunden als von irgendeinem anderen Tier.", "de", True),
    ("Erstmals konnte die Redaktion mit Mitarbeitern sprechen.", "de", True),
    ("Die Jury kürte die besten Weine Österreichs.", "de", False),
    # the seventh fresh set's misses (after its blind score)
    ("It was the least watched final for 20 years.", "en", True),
    ("Mortgage rates are the lowest for decades.", "en", True),
    # chart and box-office positions are routine, not records (blind judges of the eighth set)
    ("The sequel opened at the top of the US box office.", "en", False),
    ("The single went straight in at number one.", "en", False),
    ("It was the top film at the global box office.", "en", False),
    ("He climbed to the top of the stairs.", "en", False),
    ("The last time turnout was so low was in 1918.", "en", True),
    ("That is an open-era record for the club.", "en", True),
    ("The screening, which will be the first time the film is shown, is sold out.", "en", True),
    ("Nummer eins sind Gäste aus Deutschland.", "de", True),
    ("Das ist dem Verein in 50 Jahren noch nie gelungen.", "de", True),
    ("Malta und Zypern sind die einzigen Länder, in denen das gilt.", "de", True),
    # false alarms a blind judge found on the eighth fresh set
    ("The award is for first time authors under 35.", "en", False),
    ("She was the only child of working parents.", "en", False),
    ("Der größte Teil der Bevölkerung blieb zu Hause.", "de", False),
    ("Der Süden ist der schwächste Teil Europas.", "de", False),
    # the eighth fresh set's misses (after its blind score)
    ("She was Spain's second best-paid singer last year.", "en", True),
    ("It is the highest-grossing Korean film in the US.", "en", True),
    # an election's ranking is routine, not a record (the ninth set's blind judge)
    ("Die Liste wurde zweitstärkste Kraft im Gemeinderat.", "de", False),
    ("Das Buch erzählt von der Geschichte des Kosmos.", "de", False),
    ("Das weltweit meistverkaufte Auto kommt aus Japan.", "de", True),
    # a country's superlative in every form the pattern knows, not only "-ste" ones
    ("Die Unicredit ist Italiens größte Bank.", "de", True),
    ("Das ist Europas einzige Anlage dieser Art.", "de", True),
    ("Die UBS ist der Schweiz größte Bank.", "de", True),
    ("Italiens größtes Problem ist die Verschuldung.", "de", False),
    ("Peters größte Bank steht im Garten.", "de", False),
    # a span of months or years scopes a high; a span of weeks is routine (blind judges, sets 14 and 16)
    ("US crude rose to a four-month high on Monday.", "en", True),
    ("The dollar fell to a five-week low against the euro.", "en", False),
    # classes shared by misses of several earlier sets
    ("Skylab was the first US space station.", "en", True),
    ("It was the first British game of the season.", "en", False),
    ("Omar is one of the first two Muslim women elected to Congress.", "en", True),
    ("He is one of only three managers to have won it with two clubs.", "en", True),
    ("There are one of only two ways to do it.", "en", False),
    ("Britain is second only to the US in album releases.", "en", True),
    ("Österreich hat als erstes EU-Land eine Obergrenze angekündigt.", "de", True),
    ("Der Konzern legt traditionell als erster der großen US-Unternehmen Zahlen vor.", "de", False),
    ("Frankreichs Volleyballer sind erstmals Europameister.", "de", True),
    ("Das 2011 erstmals eingeführte Gesetz gilt weiter.", "de", False),
    # the twentieth set's misses and its blind judges' rejections
    ("It is faster than literally every other MacBook Pro ever made.", "en", True),
    ("It had been the highest since the record 4.15 mln unit sales rate set in 1978.", "en", True),
    ("Er zahlte mit dem meistgebrauchten Zwanziger.", "de", True),
    ("Its electric Gran Turismo is arguably the most striking yet.", "en", False),
    ("A portion of December's near-record pace was made up of sellers.", "en", False),
    ("It had an equivalent failure rate in the first year to the 2012 design.", "en", False),
    ("They receive an exclusive presence as the only ad in view with larger images.", "en", False),
    ("The only caveat to stuffing your retirement accounts is the rule on withdrawals.", "en", False),
    ("Das Thema mit dem höchsten Potenzial wird seit Jahren intensiv diskutiert.", "de", False),
    ("Den meisten Hindernissen wird seit Jahren begegnet.", "de", False),
    ("Es war der stärkste Anstieg seit mehr als zehn Jahren.", "de", True),
    ("Sollte Trump gewählt werden, wird er der gesündeste Mensch sein, der je gewählt wurde.", "de", False),
    ("Nach über 100 Jahren soll erstmals wieder eine Frau die Note zieren.", "de", True),
    ("Nach zwei Jahren Pause tritt er erstmals wieder an.", "de", False),
    # the twenty-first set's misses and its blind judges' rejections
    ("Soybean meal futures fell, setting a new contract low of 139.70 dlrs.", "en", True),
    ("Qatar announced its first budget since early 1985.", "en", True),
    ("Only Kuwait has an official stock exchange.", "en", True),
    ("Only then did he leave the room.", "en", False),
    ("Indonesia is the only Asian member of OPEC.", "en", True),
    ("That made him the first Democrat in a quarter of a century to win a Senate seat in Alabama.", "en", True),
    ("Auch das ist ligaweit der Topwert.", "de", True),
    ("Wolfsburg verlor im ersten K.-o.-Spiel der Vereinsgeschichte.", "de", True),
    ("It aids investment in one of Latin America’s most robust economies.", "en", False),
    ("“Healthcare will be the No. 1 issue,” predicted the candidate.", "en", False),
    ("The poll is the first conducted since the party won the by-election.", "en", False),
    ("The army had a new commander, revealing for the first time that the general had gone.", "en", False),
    ("This is by far the best available anthology on political ideologies.", "en", False),
    ("It is by far the largest bank in Europe.", "en", True),
    ("Auch in Brasilien wäre das ein bisher beispielloser Vorgang.", "de", False),
    ("Es war sein bisher wertvollster Erfolg.", "de", False),
    ("Das ist der bisher größte Erfolg der Vereinsgeschichte.", "de", True),
    # mixed items the twenty-first set's judges halved: the non-claims beside a real claim
    ("It follows the lines the country’s largest businesses have recommended for years.", "en", False),
    ("It was the highest level the index has reached in 20 years.", "en", True),
    ("The bill would add at least $1 trillion to the debt in 10 years.", "en", False),
    ("It makes the first changes to their rules.", "en", False),
    # the twenty-second set's misses and its blind judges' rejections
    ("The first major overhaul of our tax code since 1986 passed the House.", "en", True),
    ("If Italy truly wants to be counted among the world's top industrialised nations, it must act.", "en", False),
    ("Italy is counted among the world's top industrialised nations.", "en", False),
    ("Transgender people will be allowed for the first time to enlist in the U.S. military.", "en", True),
    ("Der größte Markt ist Wien, gefolgt von Graz.", "de", True),
    ("Das größte Problem ist Wien.", "de", False),
    ("Großbritannien ist die zweitgrößte Wirtschaftsmacht nach Deutschland.", "de", True),
    ("Er traf als sechster Spieler in der Geschichte der National Hockey League.", "de", True),
    ("Warren asked the OPM to review Mulvaney’s “unprecedented and unjustified” plans.", "en", False),
    ("The flood was unprecedented in the region.", "en", True),
    ("The price hit 68 cents on Wednesday, nearing a seven-month low.", "en", False),
    ("Gorsuch’s appointment has been his biggest step yet toward that goal.", "en", False),
    ("The package, if enacted, would overhaul the U.S. tax code for the first time in 30 years.", "en", False),
    ("Fahmi nannte die erneute Urteilsverschiebung beispiellos.", "de", False),
    ("Erstmals wird die Auszeichnung am 8. November verliehen.", "de", False),
    ("Der Preis wurde erstmals an eine Frau verliehen.", "de", True),
    # the twenty-third set's misses and its blind judge's rejections
    ("Such equal reports had not happened since August 1984, he said.", "en", True),
    ("Switzerland posted its first overall surplus in government finances since 1974.", "en", True),
    ("The poll put his popularity at a new low.", "en", True),
    ("British banks have the third largest exposure after the U.S. and Japan.", "en", True),
    ("It is one of the U.S.'s leading manufacturers of pumps.", "en", False),
    ("In Alabama they had not won a U.S. Senate race in 25 years.", "en", True),
    ("Island wird damit neben Norwegen das zweite Land, das kommerziellen Walfang betreibt.", "de", True),
    ("Der zweite Teil, der morgen erscheint, ist kürzer.", "de", False),
    # a claim in a modal's, a plan's or a forecast's clause is not asserted (the blind judges of sets 20-26)
    ("Es wäre das erste Mal, dass eine Grünen-Politikerin das Amt führt.", "de", False),
    ("Das Projekt könnte der größte Windpark Europas werden.", "de", False),
    ("Die Reform dürfte die größte seit 30 Jahren werden.", "de", False),
    ("Heute ist Nadeschdin der einzige Antikriegskandidat, der zur Wahl zugelassen werden könnte.", "de", True),
    ("Die Reform ist die größte seit 30 Jahren, sagte der Minister, der sie verteidigen will.", "de", True),
    ("Jones could become the first Democrat to win a Senate seat in Alabama in 25 years.", "en", False),
    ("In what would be his first major legislative achievement since taking office, he spoke.", "en", False),
    ("The company plans to open the world's largest factory next year.", "en", False),
    ("Growth is likely to plummet to a multi-decade low of 1.6 per cent.", "en", False),
    ("It may be the largest settlement in the company's history.", "en", False),
    ("Jones became the first Democrat to win a Senate seat in Alabama in 25 years.", "en", True),
    ("The junta would rule until 1993 when the country held its first democratic elections since 1970.", "en", True),
    ("Omanis wanted to see their nation's first rocket launch.", "en", True),
    ("He will be sworn in as the youngest president in the country's history.", "en", True),
    ("Although it could raise prices, the firm posted its highest profit ever.", "en", True),
    # the modal must govern the claim (set 30): not "could help overhaul", not a biography's "who would"
    ("Azar is a hand who could help overhaul the world’s most costly healthcare system.", "en", True),
    ("He was the leader who would return to Apple and build it into the world’s most-valuable company.", "en", True),
    ("Loans for steel could be the first to materialise.", "en", False),
    # "the last time … was 1992", a feat never achieved, "no X has … since" (misses of sets 13-20, as classes)
    ("The last time a Democrat won a Senate seat in Alabama was in 1992.", "en", True),
    ("The last time I saw him was in 2019.", "en", False),
    ("It was the last time they spoke before the vote.", "en", False),
    ("Zenit has never reached the quarter-finals.", "en", True),
    ("I have never won anything.", "en", False),
    ("No Austrian has won the downhill since 2007.", "en", True),
    ("Letztmals fehlte Federer 1999 bei einem Grand-Slam-Turnier.", "de", True),
    ("Letztmals sprach er mit ihr im Sommer.", "de", False),
    ("Zuvor letzter Sieger aus Deutschland war 1966 Wilhelm Bungert.", "de", True),
    ("Argentinien hat bei der Copa noch nie gegen Chile verloren.", "de", True),
    ("Zenit schaffte in der Champions League noch nie den Einzug ins Viertelfinale.", "de", True),
    # the twenty-seventh set's misses, as classes
    ("Rates will climb from January's three pct record, economists said.", "en", True),
    ("The surplus fell, down from September’s record $28.08 billion.", "en", True),
    ("He broke the club's record in May.", "en", False),
    ("He won a second term in charge of the United States’ biggest city.", "en", True),
    ("The Philippines’ largest bank posted a loss.", "en", True),
    ("It was the first time three U.S. carrier groups have operated together in the region in a decade.", "en", True),
    ("Richard Cordray, the Consumer Financial Protection Bureau’s first director, resigned.", "en", True),
    ("It was Trump's first chief of staff who resigned.", "en", False),
    ("Blue Cross, the sole Obamacare insurer in most of North Dakota, raised prices.", "en", True),
    ("Thailand's sole tin exporter Thailand Smelting said sales rose.", "en", True),
    ("He is the sole owner of the company.", "en", False),
    ("It was the worst level since the agency began compiling statistics under its system in 1953.", "en", True),
    ("Trump used some of his toughest language yet against the North.", "en", False),
    ("One of the first changes agreed to on Monday was a cut in the rate.", "en", False),
    # the twenty-eighth set's misses, as classes
    ("The index fell 1.0 pct, the sharpest drop since a 1.7 pct fall in July, 1984.", "en", True),
    ("The price reached 100,700 dlrs -- the first time the price has exceeded 100,000 dlrs.", "en", True),
    ("It is not as comprehensive, but it is more ambitious than anything since then.", "en", True),
    ("As for the all-time biggest tax hike, the winner is Woodrow Wilson.", "en", True),
    ("A gunman killed 58 people, the deadliest mass shooting in modern U.S. history.", "en", True),
    ("He pleaded guilty, in the first criminal charges alleging links between the campaign and Moscow.", "en", True),
    ("The first charges were filed on Monday.", "en", False),
    # an office holder's own first trip is the itinerary (blind judges of sets 27 and 28; once labelled a claim)
    ("The prime minister arrives in Nairobi for his first visit since taking office.", "en", False),
    ("Trump is on his first trip to Asia since taking office.", "en", False),
    ("It was the chancellor's first visit to the region as head of government.", "en", False),
    ("Trump is on the Republican’s first presidential trip to Asia.", "en", False),
    ("Producers are looking forward to a record harvest, he said.", "en", False),
    ("It was the first visit by a U.S. president to Cuba since 1928.", "en", True),
    # a contraction denies the claim too
    ("Trump's tax cut won't be the biggest in U.S. history.", "en", False),
    ("It wasn't the largest drop in history.", "en", False),
    ("They drilled west of the first drill hole and expected to report results in March.", "en", False),
    # the twenty-ninth set (newspaper's test pages): misses and the blind judges' rejections, as classes
    ("Sentiment stood at 88.8, its highest reading since mid-2007.", "en", True),
    ("The movie was also the first to introduce talking zombies.", "en", True),
    (
        "It pushed one of the state's most conservative senators over the edge, leading to the harshest "
        "criticism of the governor ever.",
        "en",
        True,
    ),
    ("Some of the biggest names were there, the largest gathering since 1990.", "en", True),
    ("It is one of the largest banks in the world.", "en", False),
    ("It was shot like Blue Ruin and Blue Is The Warmest Color, it follows five cars.", "en", False),
    ("World's Largest Bank Posts Record Profit", "en", True),
    ("He was shocked at flicking the first ball after tea softly to an equally surprised Joe Burns.", "en", False),
    ("Destined to be the largest family history event North America has ever seen, it opens today.", "en", False),
    ("In 1970 his company produced the first New Orleans Jazz & Heritage Festival in the park.", "en", False),
    ("It made him the first Black player signed to the NFL after World War II.", "en", True),
    # the thirtieth set's misses, as classes
    ("It outstripped not only all of his other films, but every “R-rated female comedy” in history.", "en", True),
    ("Fey was the first female head writer of the show.", "en", True),
    ("Thomas Hoenig, the Fed's longest-serving policymaker, dissented.", "en", True),
    ("Alabama has not elected a Democratic senator in a quarter century.", "en", True),
    ("Craxi, Italy's prime minister for a postwar record of 3-1/2 years, spoke.", "en", True),
    ("Comcast, the leading U.S. cable system, lost subscribers.", "en", True),
    ("He was a leading U.S. economist.", "en", False),
    ("North Korea conducted its sixth and most powerful nuclear bomb test on Sept. 3.", "en", True),
    # and its blind judges' rejections
    ("Complicating a Republican push for the biggest overhaul of U.S. tax law since the 1980s, they met.", "en", False),
    ("“Sam built the first group of eight,” he said.", "en", False),
    ("He built the first computer in the country.", "en", True),
    ("She was ranked the 96th hottest woman in the world by Maxim.", "en", False),
    ("It is the world's fourth most populous country.", "en", True),
    # the thirty-first set: misses and the blind judges' rejections, as classes
    ("AirAsia had not suffered a crash since it began operating in 2002.", "en", True),
    ("Mars has the largest volcanoes in the solar system.", "en", True),
    ("Mars made its closest approach to us in 60,000 years.", "en", True),
    ("India became the fourth nation to successfully enter orbit around Mars.", "en", True),
    ("He is only the second high-level EPA official to resign.", "en", True),
    ("It was the first call between U.S. and Taiwan leaders since 1979.", "en", True),
    ("Colombian coffee fell to its second lowest price in the past 10 years.", "en", True),
    ("Viking 1 made the first successful landing onto the Red Planet in 1976.", "en", True),
    ("Candidates have been to the first three primary states since January.", "en", False),
    ("World consumption could increase by a record 2.8 mln tonnes this season.", "en", False),
    ("He is the most loveable pop star EVER.", "en", False),
    ("Juventus, die seit 2011 nicht mehr Meister war, gewann.", "de", True),
    ("Er ist der Erste, dem dies als Stammspieler mit zwei Teams gelang.", "de", True),
    ("Als sie freikam, war er der Erste, der ihre Eltern anrief.", "de", False),
    ("Murray setzte sich im ersten Spiel der Gruppe gegen Ferrer durch.", "de", False),
    # the thirty-second set's misses, as classes
    ("Trump has not vetoed any legislation since taking office.", "en", True),
    ("Virginia and New Jersey are the only two states holding elections for governor this year.", "en", True),
    ("They are the only two ways to do it.", "en", False),
    ("The company reported last year's record earnings of 12 mln dlrs.", "en", True),
    ("Kinney is the largest specialty chain operated by Woolworth.", "en", True),
    # the thirty-third set: misses and its blind judges' rejections, as classes
    ("It was the deadliest assault on New York City since Sept. 11, 2001.", "en", True),
    ("It was the city’s bloodiest single attack since 9/11.", "en", True),
    ("Gas is the cheapest gas has been since October.", "en", True),
    ("X will review them, the first source said.", "en", False),
    ("Trump leaves for Hawaii, the first stop en route to Asia.", "en", False),
    ("She is the fifth woman to accuse Moore of misconduct.", "en", False),
    ("He became the first Briton to win the Tour de France.", "en", True),
    ("Republicans called for a probe amid news of Mueller’s first indictments of Trump associates.", "en", False),
    # the thirty-fourth set's misses, as classes
    ("There are more voters to be gained there than anywhere else in the state.", "en", True),
    ("The BWB cites record consumption of wheat.", "en", True),
    ("Trump had never before held political office.", "en", False),
    ("Such a storm had never before been seen here.", "en", True),
    # classes from the misses of sets 27-34 pooled, written before set 35 was read
    ("The event was the first motocross race held inside a stadium.", "en", True),
    ("The High Bridge was the first bridge connecting the Bronx to Manhattan.", "en", True),
    ("The first fiber-optic cable laid across the Atlantic was TAT-8.", "en", True),
    ("They made the first systematized, synchronous weather observations ever taken in the country.", "en", True),
    ("He was the first person detected by the cameras.", "en", False),
    ("The first people charged with rioting are due in court today.", "en", False),
    ("It was the first match played in the new stadium.", "en", False),
    ("Congress has not thoroughly overhauled the tax code since 1986.", "en", True),
    ("The company has not paid a dividend since 2009.", "en", True),
    ("Prices have not been this high since 2008.", "en", True),
    ("The rate of crashes has never been lower.", "en", True),
    ("There have never been more women in Congress.", "en", True),
    ("He has never been more determined.", "en", False),
    ("Iridium is the only satellite company offering truly global coverage.", "en", True),
    ("It is the only option without risk.", "en", False),
    ("Blankenship is the most prominent coal executive to be jailed for a mine disaster.", "en", True),
    ("Miller is the highest-level Trump aide known to have spoken with investigators.", "en", True),
    ("It is the top-level league in England.", "en", False),
    ("Als erster Olympia-Champion ist er auch Hawaii-Sieger.", "de", True),
    ("Manning ist nunmehr ältester Quarterback, der die Super Bowl gewonnen hat.", "de", True),
    ("Der älteste Bruder, der das Haus geerbt hat, zog weg.", "de", False),
    ("The stock posted a new 52-week — and all-time — low of $3.91.", "en", True),
    ("It last gave an appeals court nominee a rating of not qualified in 2006.", "en", True),
    ("He last visited the city in 2010.", "en", False),
    ("It wasn't until four years ago that countries first committed to the limit.", "en", True),
    ("Up until now, there have been no restrictions on lead managing.", "en", True),
    # sets 35-40 (BBC News, ISOT, Reuters-21578): misses and the blind judges' rejections, as classes
    ("The Ethiopian broke the world indoor 5,000m record on his debut.", "en", True),
    ("Halo 2 has broken video game records.", "en", True),
    ("New Year's texting breaks record", "en", True),
    ("Gardener clocked 6.56 seconds to equal the meeting record.", "en", True),
    ("She clocked a new UK record of 7.98 seconds.", "en", True),
    ("Mark Carroll, Irish record holder at 3km, said he was fit.", "en", True),
    ("It was the first national strike by seamen in 25 years.", "en", True),
    ("Haley is the most senior member of President Donald Trump’s administration to visit Congo.", "en", True),
    ("The meeting shows for the first time that two aides knew of the plan.", "en", True),
    ("The Democratic record on taxes is poor.", "en", False),
    ("It sounded like a “broken record.”", "en", False),
    ("We want to set the record straight.", "en", False),
    ("Telephone call centres are expected to be used as never before by the parties.", "en", False),
    ("Republicans are working on plans to give the U.S. tax code its biggest overhaul since the 1980s.", "en", False),
    ("The industry is headed for another year of record volume in 1987.", "en", False),
    ("The weakness of the economy is the biggest single factor, the EIU said.", "en", False),
    ("But as a test of character, it was the toughest race she's ever taken part in.", "en", False),
    ("Many people use a search engine as the first page they go to when getting online.", "en", False),
    ("People have found it by far the most convenient way of making a call.", "en", False),
    ("He said that was the only contact he had with the group.", "en", False),
    ("Investigators concluded that Oswald was the lone assassin who fired on the president.", "en", False),
    ("Conte has a record of issuing contradictory statements.", "en", False),
    ("Musicians saw the internet as a way to land a record contract.", "en", False),
    ("It is by far the largest bank in the country.", "en", True),
    # sets 41-44's novelty judges
    ("The seaway faces the possibility of the first strike in 20 years on the Great Lakes.", "en", False),
    ("The speeds will most likely make it the fastest computer system on the planet.", "en", False),
    ("She did not check because the only place she knows to look is the BBC website.", "en", False),
    ("For the moment Asimo's biggest role is an entertainer.", "en", False),
    ("It is the only country that has banned it.", "en", True),
    # and their misses, as classes
    ("DANSKE BANK IS FIRST DANISH BANK TO ISSUE CDS", "en", True),
    ("Danske Bank is first Danish bank to issue CDs", "en", True),
    ("He was first to arrive at the scene.", "en", False),
    ("Venezuela's oil reserves are the largest in the world.", "en", True),
    ("If you're the best in the world at an event, you expect to win.", "en", False),
    ("Indonesia, the only Asian member of OPEC, said it would cut output.", "en", True),
    ("Bolivia's agreement with the IMF, its first since 1980, was signed.", "en", True),
    ("It was his first since taking office.", "en", False),
    ("The deficit fell from last year's record 169-billion-dlr trade deficit.", "en", True),
    ("Fast lifts rise into record books", "en", True),
    ("Paris imposed restrictions that no other city in Europe has.", "en", True),
    ("XYZ CORP SETS RECORD DATE FOR SPLIT", "en", False),
    # sets 46-49: misses and the judges' rejections, as classes
    ("The gender gap is growing faster than anywhere else.", "en", True),
    ("The index once again hitting a new high of 1757.", "en", True),
    ("FEEDER CATTLE FUTURES SET NEW HIGHS, TURN MIXED", "en", True),
    ("Contracts posted new season's highs in April.", "en", True),
    ("Text message record smashed", "en", True),
    ("Polls gave the Tories their biggest lead since the party's landslide victory in the 1983 elections.", "en", True),
    ("Labour always called for a debate, although it has never happened.", "en", True),
    ("Although not wishing to claim that he is the first to suggest using a game, he believes it.", "en", False),
    ("Liquidity is the biggest fundamental factor in the market, Feshbach said.", "en", False),
    ("The bill would impose global quotas on textile imports and for the first time include Europe.", "en", False),
    ("The company opened a plant and for the first time sold cars in China.", "en", True),
    ("The analysts said the numbers are the strongest evidence yet that the trend may be turning.", "en", False),
    ("This is the lowest price we have ever seen for the AirPods.", "en", True),
    ("These are the first AirPods with active noise cancellation.", "en", True),
    ("It was the first day with rain in a month.", "en", False),
    ("It boosted gold bullion by more than 12 dlrs to a 1987 high.", "en", True),
    ("Shares hit a yearly high.", "en", True),
    ("Investors took profits from last week's four straight record closes.", "en", True),
    ("Taiwan's 1986 trade surplus with Washington was the third largest, after Japan and Canada.", "en", True),
    ("Get ready to enjoy building your online business — maybe for the first time ever!", "en", False),
    ("He emphasized that the only lasting progress is to approach each case on its merits.", "en", False),
    # sets 52-53's judges: an apposition belongs to its clause, unless it ranks the forecast itself
    (
        "Debtor nations are expected to grow an average 3.5 pct this year, the fastest rate of growth since 1980.",
        "en",
        False,
    ),
    ("The economy grew 3.5 pct last year, the fastest rate since 1980.", "en", True),
    ("GDP may plummet to a multi-decade low of 1.6%, the bleakest forecast so far", "en", True),
    # the twenty-fourth set's misses and its blind judges' rejections
    ("It is a tax overhaul, which has not been achieved since 1986.", "en", True),
    ("The expansion would make Bridgend Sony's biggest tv plant in Europe.", "en", False),
    ("He predicted that only a handful of the world's largest chip makers will survive.", "en", False),
    ("Only Congress can raise that limit.", "en", False),
    ("A Supreme Court case could for the first time establish a constitutional standard.", "en", False),
    ("The effort is the clearest sign yet Trump is seeking to mediate.", "en", False),
    ("Jones has touted a record that includes prosecuting former Klan members.", "en", False),
    ("He set a record of 9.58 seconds.", "en", True),
    ("Dem würden Missionen folgen, um im Orbit erstmals ein Dockingmanöver durchzuführen.", "de", False),
    ("Die Hoffnung der Regierung, im März erstmals sinkende Arbeitslosenzahlen zu sehen, schwindet.", "de", False),
    ("Die Erbauer streben einen Eintrag im Guinessbuch der Rekorde an.", "de", False),
    ("Der König wandte sich an die obersten Gerichte des Landes.", "de", False),
    ("Die Arbeitslosigkeit sank im März erstmals seit 2010.", "de", True),
    ("The chip is 16 times more powerful than anything now available.", "en", True),
    ("I like it better than anything.", "en", False),
    ("Die Palästinenser leiden unter einer seit 1967 nicht gekannten Armut.", "de", True),
    # the twenty-fifth set's misses and its blind judges' rejections
    ("Alabama has not elected a Democrat to the Senate since 1992.", "en", True),
    ("Conyers, who was the longest-serving member of Congress, resigned.", "en", True),
    ("Approval is lower than at any time during the Obama administration.", "en", True),
    ("The state ranks as the nation’s sixth-highest in debt.", "en", True),
    ("The EU is Israel’s top trade partner.", "en", True),
    ("The study said the trade talks are the biggest issue in U.S.-Canadian relations.", "en", False),
    ("Delegates said prices could plummet more than 100 stg a tonne to new four year lows.", "en", False),
    ("Coffee prices fell to new four year lows.", "en", True),
    (
        "If they succeed, it will be the first major U.S. tax overhaul in 31 years and the first big win since.",
        "en",
        False,
    ),
    ("Armstrong betrat 1969 als erster Mensch den Mond.", "de", True),
    ("Die Aussage ist somit die erste dieser Art.", "de", True),
    ("Der Kanzler hat das Amt mit den umfangreichsten Vollmachten von allen politischen Ämtern.", "de", True),
    ("Das ist die beste Lösung von allen.", "de", False),
    ("Michael Ballack steht als einziger Deutscher auf der Liste.", "de", True),
    # the twenty-sixth set's misses
    ("He said this was the first facility of its kind in the country.", "en", True),
    ("It is Japan's only current financial futures market.", "en", True),
    ("It is Peter's only car.", "en", False),
    ("Prices declined to the lowest levels in about 50 years.", "en", True),
    ("The repeal is the Republicans’ biggest blow yet to Obamacare.", "en", True),
    ("The company has yet to report its results.", "en", False),
    ("Cordray was the first director of the Consumer Financial Protection Bureau.", "en", True),
    ("Corker was the lone Republican dissenter.", "en", True),
    ("In Kupang eröffnete das erste Konsulat Frankreichs.", "de", True),
    # what sets 35-53's judges rejected, as classes: a belief, an opinion of a trial or a part, a fashion, a group
    # or a list described, a person's own deed told first
    ("The officer said he believed it was the first such issue by a Japanese bank.", "en", False),
    ("It is believed to be the first such case in Britain.", "en", False),
    ("This was the toughest test yet for the new government.", "en", False),
    ("Brazil's moratorium is the toughest challenge to his debt plan so far.", "en", False),
    ("It was Asimo's biggest role yet.", "en", False),
    ("Critics called it the biggest attack on civil liberties for 300 years.", "en", False),
    ("He played the hottest Spanish language tracks on his show.", "en", False),
    ("It is safe to say it is the most highly anticipated computer game of all time.", "en", False),
    ("The world's most industrialised nations met in Venice.", "en", False),
    ("The Top 500 list charts the fastest computers in the world.", "en", False),
    ("It is now ranked 5th in the world's top 500 list.", "en", False),
    ("For the first time she trained only for the hurdles.", "en", False),
    # … and what stays a claim
    ("It was the hottest day since 1976.", "en", True),
    ("It was the biggest victory since 1990.", "en", True),
    ("Japan became the world's most advanced economy.", "en", True),
    ("Women voted for the first time in the country's history.", "en", True),
    # sets 54-55's misses, as classes
    ("Honda has exported the first U.S.-built cars ever sold overseas by a foreign-owned auto company.", "en", True),
    ("The credit - the largest of its kind in the euromarkets - carries a fee of 1/8 pct.", "en", True),
    ("Sales were two-thirds above the previous week and the largest of the marketing year.", "en", True),
    ("U.S. residents continued to be the largest investor, with purchases doubling.", "en", True),
    ("Billington, the sole Democrat on the board, said the System would need federal aid.", "en", True),
    ("The plan, the first since President Yoweri Museveni took power, seeks to raise funds.", "en", True),
    ("It was the first since then.", "en", False),
    ("It was the worst problem of the year.", "en", False),
    ("Shareholders approved the merger, moving closer towards creating the nation's fourth largest bank.", "en", False),
    ("Analysts said the merger will create the world's second biggest company in medical technology.", "en", False),
    ("People tend to take profits that have been the biggest gainers lately.", "en", False),
    ("The 1998 merger created the world's largest bank.", "en", True),
    # sets 56-58's misses and rejections, as classes
    ("The missile flew the furthest of any North Korean intermediate-range missile.", "en", True),
    ("It made it the most powerful weapon Pyongyang has ever tested.", "en", True),
    ("She was named the most powerful woman in business.", "en", False),
    ("The samples grew in the glovebox - the first time this has ever been done in space.", "en", True),
    ("They were - marking the first time that PCR and DNA sequencing have been performed in microgravity.", "en", True),
    ("There have been no fatalities on board a tram in the UK since 1959.", "en", True),
    ("The storm brought 34 inches of snow, an all-time daily snowfall record for Erie.", "en", True),
    ("Chicago Cubs defeat Cleveland Indians to win first World Series title since 1908", "en", True),
    ("The Indians fans have endured their own drought – their last World Series title was back in 1948.", "en", True),
    ("Gruden won a Super Bowl in the 2002 season, but has not coached since 2008.", "en", True),
    ("It is the only commercially available biosynthetic human growth hormone that is identical to it.", "en", True),
    ("The venture is the first economic cooperation project between China and Chile.", "en", True),
    ("The launch, the first since North Korea's sixth nuclear test, flew over Japan.", "en", False),
    ("The satellite was launched in its most recent test.", "en", False),
    ("Kim called the launch the country's greatest achievement.", "en", False),
    ("Abe said it posed an unprecedented, serious and grave threat.", "en", False),
    # sets 60-61's misses, as classes
    ("Toronto stock prices rose higher into record territory.", "en", True),
    ("Interest was drawn away by a further record-setting stock market advance.", "en", True),
    ("CBT wheat futures closed from early contract highs in new crop.", "en", True),
    ("Open interest rose to 109,534 contracts, a new high for the season.", "en", True),
    # … and their judges' rejections: a price's short run, a wire headline's forecast, an opinion of a danger
    ("Open interest rose to 109,534 contracts, a new high for the move.", "en", False),
    ("Settling prices also set new highs for the recent move.", "en", False),
    ("ITALIAN DISCOUNT RATE SEEN CUT TO RECORD LOW SOON", "en", False),
    ("The biggest danger is inflation.", "en", False),
    ("Justin Timberlake sounds needier than ever before.", "en", False),
    ("He is more committed than ever before.", "en", False),
    ("Will have double thrust of next largest rocket, he said.", "en", False),
    ("More people than ever before voted.", "en", True),
    ("Spending is higher than ever before.", "en", True),
    # set 59's judges' rejections: a quality, an aim, praise, a feeling
    ("In a more conciliatory appeal than ever before he urged Pyongyang to make a deal.", "en", False),
    ("Volkswagen was eager to overtake Toyota and become the No. 1 carmaker in the world.", "en", False),
    ("The documents were touted as the most prodigious dump of data in the history of data dumps.", "en", False),
    ("The Indians did one heck of a job but this is the best feeling in the world.", "en", False),
    ("It was the best day ever for the company's shares.", "en", True),
    ("Toyota became the No. 1 carmaker in the world.", "en", True),
    # set 59's misses, as classes: droughts, "only twice before", a place in an all-time list
    ("Bill Murray and Barack Obama lead celebrations as Cubs end 108-year curse", "en", True),
    ("So too was the Cubs' 108-year wait for a title.", "en", True),
    ("Now it is the leader in frustration, without a World Series title since 1948.", "en", True),
    ("Then, Washington, with no such celebration since 1924, takes the bitter prize.", "en", True),
    ("Tears of joy as Chicago Cubs fans celebrate first triumph in 108 years", "en", True),
    ("Only twice before has the North fired projectiles over Japanese territory.", "en", True),
    ("The win moves him to second in the all-time winners' list behind Michael Schumacher.", "en", True),
    ("No other franchise had endured a longer wait.", "en", True),
    ("In the past 40 years, there has certainly never been a World Series crowd so divided in loyalty.", "en", True),
    ("In 30 years Blairmore has never paid a penny of tax in the UK.", "en", True),
    ("But they had never been tested in passenger cars under real driving conditions.", "en", True),
    ("He took a 10-year hiatus from acting.", "en", False),
    ("Patients face a 10-year wait for surgery.", "en", False),
    # sets 62-63's misses and rejections, as classes
    ("Currency plunged to a post-war low below 140 yen last week.", "en", True),
    ("Congress will try to turn round the record U.S. Trade deficit.", "en", True),
    ("By stressing its record trade deficit of 169.8 billion dlrs last year, the U.S. pressed Japan.", "en", True),
    ("The trade deficit hit an estimated record 6.96 billion dlrs in 1985/86.", "en", True),
    ("He was caught stealing an MLB-worst 17 times.", "en", True),
    ("The first blockbuster film of any kind with sound was The Jazz Singer.", "en", True),
    ("Pence faces Kaine in the only debate between the vice-presidential hopefuls.", "en", True),
    ("Wyoming coal production peaked in 2008 at 447.6 million tons.", "en", True),
    ("The office was the very first alert originator to adopt the system.", "en", True),
    ("It's the only one in the genre's history.", "en", True),
    ("As a result, the only U.S. Bank, Citibank NA, is thought to be negotiating a sale.", "en", True),
    ("He set several school records as an All-Big 12 quarterback.", "en", True),
    ("The city is the U.S.'s densest and most populous urban center.", "en", True),
    ("The UAE had not changed the value of the dirham against the U.S. dollar since 1980.", "en", True),
    ("The Soviet Union is attending an ADB annual general meeting for the first time.", "en", True),
    ("The only difference between them is price.", "en", False),
    ("Police checked his school records.", "en", False),
    ("Trump flung statistics about Obama's attendance record at these briefings.", "en", False),
    ("She was happy to set the record straight.", "en", False),
    ("The lobby is fighting to dissuade regulators from passing the nation's first ban on big TVs.", "en", False),
    ("California passed the nation's first ban on big TVs.", "en", True),
    # sets 64-65's judges' rejections: order, opinion, a race position, a first pursued
    ("Dane Chinnery was the first victim to be identified following the crash.", "en", False),
    ("Conway is the first woman to be named to the counselor post.", "en", True),  # set 67
    ("As a first step, the company posted record profits.", "en", True),  # an exclusion stops at its own words
    ("Baez homered on the first pitch of the fifth inning to put the Indians in a 4-1 hole.", "en", False),
    ("The meeting was the first public step in a transition of power since his election win.", "en", False),
    ("Obama, whom he branded the worst President in the history of our country, met him.", "en", False),
    ("He had been running second only to Hamilton.", "en", False),
    ("The Cleveland team fell one victory short of their first Major League Baseball title in 68 years.", "en", False),
    ("They met in pursuit of the first superpower arms control agreement in nearly a decade.", "en", False),
    ("She was the first woman to be elected to the post.", "en", True),
    ("Amina Ali was the first Chibok student to be recovered.", "en", True),
    ("New cases surpassed 60,000 for the first time on Wednesday.", "en", True),
    # a city's only, first or sole (set 56's misses; the time-zone cities CLDR names)
    ("The Croydon tram is London’s only tram network.", "en", True),
    ("Sadiq Khan became London's first Muslim mayor.", "en", True),
    ("It is Tokyo's sole remaining tram line.", "en", True),
    ("London's only hope is rain.", "en", False),
    ("Soybean futures were setting contract highs in new crop.", "en", True),  # set 66
    # set 68's misses and rejections, as classes
    ("Higher earnings contributed to record operating profits.", "en", True),
    ("He wants to record operating costs.", "en", False),
    ("Prices had hit their lowest since last December.", "en", True),
    ("Prices hit their lowest since last week.", "en", False),
    ('Living costs fell in the first recurrence of "negative inflation" since the 1950s.', "en", True),
    ("In its bluntest ever warning about EC finances, it said the Community was near bankruptcy.", "en", False),
    ("The sale was made at the best prevailing conditions in the world sugar market.", "en", False),
    (
        "Experts described it as the first real opening for a superpower accord since talks resumed in 1985.",
        "en",
        False,
    ),
    ("It was the first significant employment gain since November 2025.", "en", True),
    # a first still to come, or a new thing's maiden run (sets 56-58's judges); a scheduled first stays
    ("On the one hand, this will be Falcon Heavy's first-ever flight.", "en", False),
    (
        "EuroRatings said it will begin providing evaluations including the first-ever ratings of bank issues.",
        "en",
        False,
    ),
    ("The construction industry was likely to engage new workers for the first time since 1980.", "en", False),
    ("Employment rose for the first time since 1980.", "en", True),
    ("Obama will be the first US president to address the African Union.", "en", True),
    ("Tesla posted its first-ever annual profit.", "en", True),
    ("Brazil, the Third World's largest debtor, suspended payments.", "en", True),
    ("The drop in the inflation rate, the first fall in a decade, was due to oil prices.", "en", True),
    ("As the bank's largest single shareholder it wants reforms.", "en", True),
    ("It will raise the price of five grains, unchanged since 1978.", "en", True),
    ("The company's largest problem is debt.", "en", False),
    ("The Pope visited Cuba for the first time since 1990.", "en", True),
]


@pytest.mark.parametrize(("text", "lang", "claim"), NOVELTY_CLASSES)
def test_novelty_classes_per_language(text: str, lang: str, claim: bool) -> None:
    assert bool(triggers(text, lang)) is claim, triggers(text, lang)


def test_a_headline_in_capitals_is_quoted_as_written() -> None:
    # read in lower case letter by letter, so the offsets of a dotted İ and a double space still hold
    assert triggers("DANSKE BANK  IS FIRST DANISH BANK TO ISSUE CDS", "en") == [("IS FIRST DANISH BANK TO ISSUE", 13)]
    assert triggers("İSTANBUL BORSASI REKOR KIRDI, İLK KEZ 100 BİNİ AŞTI", "tr") == [("REKOR", 17), ("İLK KEZ", 30)]


def test_a_headline_repeated_as_the_first_paragraph_is_one_item() -> None:
    title = "Partner besiegeln grösstes Abkommen ihrer Geschichte"
    items = run("claims.novelty", doc_for(title, title=title, language="de"))
    assert len(items) == 1 and [e.text for e in items[0].evidence] == [title]  # the same words quoted once
    assert "headline" in items[0].detail


def test_a_surname_alone_takes_the_full_name_the_article_gives() -> None:
    text = "Christian Lindner sprach in Berlin.\nAm Abend sagte Parteichef Lindner, die Partei bleibe."
    (item,) = run("people.role", doc_for(text, language="de"))
    assert item.data["person"] == "Christian Lindner"
    two = "Christian Lindner sprach.\nAuch Anna Lindner kam.\nAm Abend sagte Parteichef Lindner, alles sei gut."
    (item,) = run("people.role", doc_for(two, language="de"))
    assert item.data["person"] == "Lindner"  # two full names: none is chosen
    titled = "Die neue Chefin, Martha Oberndorfer, kommt.\nBeerbt hat ihn Ex-Öbfa-Chefin Oberndorfer, die sparen will."
    (item,) = run("people.role", doc_for(titled, language="de"))
    assert item.data["person"] == "Martha Oberndorfer"  # a hyphenated title before the surname is no given name


def test_reportedly_with_a_named_source_nearby_is_not_anonymous() -> None:
    named = "Deputies reportedly found cash in the car, Sheriff Ann Cole said."
    assert run("claims.attribution", doc_for(named)) == []
    alone = "The minister reportedly plans to resign next week."
    assert [i.data["phrase"] for i in run("claims.attribution", doc_for(alone))] == ["reportedly"]


def test_reportedly_with_the_outlet_named_in_the_next_sentence_is_not_anonymous() -> None:
    text = "The lender reportedly missed its targets. The Harbour Times reported the figures on Monday."
    assert run("claims.attribution", doc_for(text)) == []


def test_reportedly_next_to_unnamed_media_reports_stays_anonymous() -> None:
    text = "The minister reportedly plans to resign. Media reported the plan on Monday."
    assert [i.data["phrase"] for i in run("claims.attribution", doc_for(text))] == ["reportedly"]
