"""``claims.novelty``: firsts, records and superlatives with a scope ("first-ever visit", "the
first woman to win", "the first time since 1945", "the highest … in more than two decades",
"record high", "noch nie so viele", "por primera vez", "the only country to", "der einzige
Kandidat, der", "Gelb-Rot-Premiere", "voor het eerst in 20 jaar"), in the headline or the text.

Patterns belong to one language and run only on pages in it (``Sentence.lang``). What reads
like a claim but is not one is excluded per language: idioms ("noch nie … Gedanken
gemacht"), plain chronology ("das 2011 erstmals eingeführte", "erstmals wieder", "will sich
erstmals äußern"), "historisch/historic" meaning old ("historische Steine", "historic
sites"), personal superlatives ("the best book I have ever read"), questions and
hypotheticals and forecasts ("to set a record", "will become the largest"), "one of the
largest", personal bests. One item per claim: further sentences of the same
paragraph that repeat it are merged into the first. The item suggests a date-bounded search
built from the claim's subject and event.
"""

from __future__ import annotations

import re

from checks.claimterms import claim_terms
from checks.document import Document
from checks.registry import register
from checks.report import Evidence, Item
from checks.sentences import Sentence, is_teaser
from checks.settings import CheckSettings

_I = re.IGNORECASE
_EN_SUPER = (
    r"largest|biggest|highest|lowest|worst|best|longest|shortest|deadliest|strongest|weakest|hottest|warmest|"
    r"coldest|wettest|driest|fastest|greatest|heaviest|oldest|youngest|most|fewest|least|smallest|costliest|busiest|"
    r"richest|poorest|tallest|safest|most\s+\w+"
)
# Superlatives that measure (size, rank, age, toll): a scope in a name ("in Southeast Asia", "Acme's",
# "the largest US bank") makes them a claim; "best/greatest" there are mostly opinion.
_EN_MEASURE = (
    r"largest|biggest|highest|lowest|worst|longest|shortest|deadliest|strongest|hottest|warmest|coldest|wettest|"
    r"driest|fastest|heaviest|oldest|youngest|fewest|smallest|costliest|busiest|richest|poorest|tallest|"
    r"most\s+(?:populous|populated|visited|expensive|valuable|decorated|watched|viewed|capped|successful)"
)
_EN_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_EN_SCOPE = (
    r"ever(?:\s+recorded)?|yet|so\s+far|on\s+record|since\s+records\s+began|since\s+(?:at\s+least\s+)?(?:the\s+)?\d{4}s?|"
    r"in\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|at\s+least\s+)?(?:a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+)\s+(?:years|decades|centuries|months|decade|century|generation)|"
    r"in\s+(?:[\w’']+\s+){0,3}?history|in\s+living\s+memory|since\s+(?:the\s+)?(?:start|beginning|outbreak|end|height|"
    r"peak)\s+of\b|since\s+(?:(?:early|late|mid)[-\s])?(?-i:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b|since\s+(?:World\s+War|the\s+(?:[\w-]+\s+)?(?:crisis|war|pandemic|recession|depression))"
)
# A proper name after "in": capitalised whatever the pattern's flags, not a month or weekday.
_EN_PLACE = (
    r"(?-i:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)\b)[A-Z][\w-]+)"
)
_EN_NATIONAL = (
    r"(?-i:American|British|German|French|European|Chinese|Russian|Japanese|Indian|Canadian|Australian|Italian|"
    r"Spanish|African|Asian|Arab|US|U\.S\.|UK|EU)"
)
# Nouns after "the only" that make no claim ("the only way to", "the only thing that").
_EN_ONLY_NOT = (
    r"way|ways|thing|things|one|ones|option|choice|solution|answer|reason|question|hope|chance|alternative|"
    r"difference|problem|issue|goal|aim|condition|requirement|exception|time|times|person\s+I|place\s+I"
)
_DE_SUPER = (
    r"höchste|niedrigste|gr(?:ö|oe)(?:ß|ss)te|meisten|wenigsten|stärkste|schwächste|längste|heißeste|heisseste|"
    r"kälteste|tiefste|beste|schlechteste|teuerste|älteste|schwerste|schnellste"
)
# Superlatives that measure: with a nationality ("der größte britische Stützpunkt") they claim a rank.
_DE_MEASURE = r"höchste|niedrigste|gr(?:ö|oe)(?:ß|ss)te|längste|älteste|teuerste|tiefste"
_DE_NATIONAL = (
    r"deutsch|britisch|französisch|europäisch|amerikanisch|US-amerikanisch|russisch|chinesisch|österreichisch|"
    r"schweizerisch|italienisch|spanisch|japanisch|indisch|türkisch|polnisch|ukrainisch|niederländisch"
)
# Nouns after "der/die/das einzige" that make no claim ("der einzige Weg", "die einzige Lösung").
_DE_ONLY_NOT = (
    r"Weg|Ausweg|Möglichkeit|Lösung|Grund|Problem|Chance|Hoffnung|Option|Alternative|Ziel|Unterschied|Frage|"
    r"Antwort|Bedingung|Trost|Wermutstropfen|Ausnahme|Mal"
)
# A rule: words one of which the sentence (lower-cased) must hold, and the pattern. The cheap
# substring test spares most sentences most patterns: Python's re tries every alternative at
# every position, so one big alternation per language would cost every sentence its full price.
Rule = tuple[tuple[str, ...], re.Pattern[str]]
_EN_SUPER_WORDS = (
    "largest", "biggest", "highest", "lowest", "worst", "best", "longest", "shortest", "deadliest", "strongest",
    "weakest", "hottest", "warmest", "coldest", "wettest", "driest", "fastest", "greatest", "heaviest", "oldest",
    "youngest", "most", "fewest", "least", "smallest", "costliest", "busiest", "richest", "poorest", "tallest",
    "safest",
)  # fmt: skip
_DE_SUPER_WORDS = (
    "höchst", "niedrigst", "größt", "grösst", "groesst", "meisten", "wenigsten", "stärkst", "schwächst", "längst",
    "heißest", "heissest", "kältest", "tiefst", "best", "schlechtest", "teuerst", "ältest", "schwerst", "schnellst",
    "schönst", "erste",
)  # fmt: skip


def _rule(words: tuple[str, ...], *alternatives: str) -> Rule:
    return words, re.compile("|".join(alternatives), _I)


_EN_RULES: list[Rule] = [
    _rule(
        ("first",),
        r"\bfirst[-\s]ever\b",
        r"\b(?:for\s+)?the\s+(?:very\s+)?first\s+time\s+(?:(?:[\w’',]+\s+){0,8}?)(?:since|in\s+(?:its\s+|the\s+"
        r"|\w+['’]s\s+)?(?:history|\d+\s+years|decades|a\s+decade|a\s+generation))\b",
        r"\bfor\s+the\s+first\s+time\s+(?:ever|in\s+history)\b",
        r"\b(?:the|became\s+the|is\s+the|was\s+the)\s+first\s+(?!time\b|half\b|quarter\b|round\b|day\b|step\b|"
        r"of\b|and\b|two\b|three\b|few\b|he\b|she\b|they\b|it\b|we\b|i\b|you\b|thing\b|things\b)(?:[\w-]+\s+){1,4}?"
        r"to\s+(?!be\s+(?:held|announced|released)\b)[a-z]+",
        r"\bthe\s+first\s+(?!time\b|half\b|quarter\b|round\b|day\b|step\b|of\b|and\b|thing\b|things\b)"
        r"(?:[\w-]+\s+){1,3}?since\s+(?!then\b)\w+",
        r"\bthe\s+first\s+(?!time\b)(?:[\w-]+\s+){1,3}?in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|several|many)\s+(?:years|decades|generations?|"
        r"centur(?:y|ies))\b",
        r"\b(?:world|nation|country|state|city|league|club|party|company|region|Europe|America)['’]s\s+first\s+"
        r"(?!time\b|half\b|quarter\b|round\b|day\b|step\b|week\b|month\b|year\b)[\w-]+",
        r"\b(?-i:[A-Z])[\w-]*['’]s\s+first\s+(?:female|woman|black|openly\s+gay|muslim|jewish|hindu|catholic|"
        r"african[-\s]american|latino|latina|hispanic|asian[-\s]american|indigenous|democratically\s+elected)\b",
        r"\b(?:was|is|became|be)\s+the\s+first\s+(?!time\b|half\b|quarter\b|round\b|day\b|step\b|match\b|"
        r"game\b|race\b|concert\b|show\b|episode\b|stop\b|event\b)(?:[\w-]+\s+){1,3}?in\s+(?:the\s+)?"
        r"(?:world|country|nation|history|[A-Z][\w-]+)\b",
        r"\bthe\s+first\s+of\s+its\s+kind\b|\bthe\s+first\s+such\b",
    ),
    _rule(
        ("only",),
        r"\bthe\s+only\s+(?:[\w-]+\s+){0,2}?(?:player|woman|man|person|country|nation|team|club|company|leader|"
        r"athlete|driver|state|city|school|artist|film|book)s?\s+(?:in\s+the\s+world\s+|ever\s+)?to\s+"
        r"(?:have\s+)?[a-z]+",
        rf"\b(?:is|was|are|were|remains?|remained|becomes?|became|been|being|as)\s+(?:by\s+far\s+)?the\s+only\s+"
        rf"(?!(?:{_EN_ONLY_NOT})\b)(?:[\w-]+\s+){{1,4}}?(?:to|in|on|operating|ever|left|still|allowed)\b",
        r"\b(?:world|nation|country|state|city|league|continent|region|Europe|America)['’]s\s+only\s+[\w-]+",
        r"\bthe\s+only\s+(?:other\s+)?(?:time|occasion)\s+(?:that\s+)?(?!I\b|we\b|you\b)(?:[\w-]+\s+){1,4}?"
        r"(?:has|have|had|was|were)\s+(?:ever\s+)?(?:been\s+)?\w+",
    ),
    _rule(
        ("histor", "landmark", "unprecedented", "never before"),
        r"\bhistoric\s+(?:[A-Z][\w-]*\s+)?(?:high|low|highs|lows|win|victory|defeat|deal|agreement|visit|moment|"
        r"decision|ruling|election|day|step|breakthrough|first|milestone|record|vote|summit|achievement|levels?)\b",
        r"\bhistory[-\s]making\b|\bmade\s+history\b|\bmakes\s+history\b",
        r"\blandmark\s+(?:visit|deal|ruling|decision|agreement|case|law|bill|moment|step|summit|treaty|"
        r"victory|judgment|report)\b",
        r"\bunprecedented\b|\bnever\s+before\b",
    ),
    _rule(
        ("record", "all-time", "all time"),
        r"\brecord[-\s](?:breaking|high|highs|low|lows|number|numbers|levels?|heat|temperatures?|year|turnout|"
        r"amounts?|sales|profits?|losses|crowds?|rainfall|pace|time|sum|demand|prices?)\b",
        r"\b(?:a|new|all[-\s]time|another|world|national|european|olympic)\s+record\b(?!\s+(?:label|player|"
        r"store|shop|company|deal\s+with))",
        r"\ball[-\s]time\s+(?:high|low|record|best|worst)\b",
        r"(?<!to\s)\b(?:broke|broken|breaks|set|sets|shattered|smashed|equalled|equaled)\s+(?:a|the|its|their|"
        r"his|her)\s+(?:[\w-]+\s+)?record\b",
    ),
    _rule(
        _EN_SUPER_WORDS,
        rf"\b(?:{_EN_SUPER})\b[^.;:!?]{{0,70}}?\b(?:{_EN_SCOPE})\b",
        rf"\b(?:world|country|nation|continent|Europe|Africa|Asia|America|Britain|Australia|Canada|India|China)['’]s"
        rf"\s+(?:{_EN_ORDINAL}[-\s])?(?:{_EN_SUPER})\b|\b(?:{_EN_SUPER})\s+(?:[\w-]+\s+){{1,3}}?in\s+the\s+world\b",
        rf"\b(?-i:[A-Z])[\w-]*['’]s\s+(?:{_EN_ORDINAL}[-\s])?(?:{_EN_MEASURE})\s+\w+",
        rf"\bthe\s+(?:{_EN_MEASURE})\s+(?:[\w-]+\s+){{0,3}}?in\s+(?:the\s+)?{_EN_PLACE}",
        rf"\bthe\s+(?:{_EN_MEASURE})\s+{_EN_NATIONAL}\s+\w+",
        rf"\bby\s+far\s+the\s+(?:{_EN_SUPER})\b",
        rf"\b(?:{_EN_MEASURE})\b[^.;:!?]{{0,70}}?\bin\s+(?:many\s+|several\s+)?(?:decades|years|generations)\b",
    ),
    _rule(
        ("no other", "than ever"),
        r"\bno\s+other\s+(?:[\w-]+\s+){1,2}?(?:has|had|have)\s+ever\b|\bthan\s+ever\s+before\b",
    ),
]
_DE_RULES: list[Rule] = [
    _rule(
        ("erst",),
        r"\berstmals\b|\berstmalig\w*|\bzum\s+ersten\s+Mal\b|\bdas\s+erste\s+Mal\s+seit\b",
        r"\b(?:der|die)\s+erste\s+(?:[\w-]+\s+)?(?:Frau|Schwarze[r]?|Präsidentin|Kanzlerin|Bürgermeisterin|"
        r"Ministerin|Regierungschefin)\b",
        r"\bals\s+erste[rsn]?\s+(?:[\w-]+\s+){0,2}?(?:Frau|Mann|Land|Staat|Stadt|Team|Verein|Partei|Person|"
        r"Politiker\w*|Deutsche[rn]?|Unternehmen|Bundesland|Nation|Mannschaft|Spieler\w*|Künstler\w*)\b",
    ),
    _rule(("rekord",), r"\bRekord\w*|\w+rekord\w*"),
    _rule(("premiere",), r"\b(?-i:[A-ZÄÖÜ])[\w-]*-Premiere\b|\b(?:eine|echte|absolute)\s+Premiere\b"),
    _rule(("allzeit", "jahres"), r"\bAllzeit(?:hoch|tief)\w*|\b[\w-]*Jahres-?(?:hoch|tief)\b"),
    _rule(
        ("histor",),
        r"\bhistorisch(?:e[nrms]?)?\s+(?:Sieg|Tag|Moment|Erfolg|Durchbruch|Tiefstand|Tiefststand|Höchststand|"
        r"Wahlsieg|Niederlage|Einigung|Entscheidung|Schritt|Abkommen|Wende|Ereignis|Premiere|Hoch|Tief|"
        r"Rekord|Meilenstein|Ergebnis|Urteil)\w*|\bhistorisch\s+(?:hoch|niedrig|tief|einmalig)\w*",
    ),
    _rule(
        ("beispiel", "dagewesen", "da gewesen"), r"\bbeispiellos\w*|\bnie\s+dagewesen\w*|\bnoch\s+nie\s+da\s*gewesen\w*"
    ),
    _rule(
        ("nie",),
        r"\bnoch\s+nie\b(?:\s+zuvor)?[^.;:!?]{0,50}?\bso\s+(?:viele|wenige|hoch|niedrig|stark|groß|teuer|warm|"
        r"heiß|kalt|schnell|lange|häufig|oft|deutlich|hohe\w*|große\w*)\b|\bnoch\s+nie\s+zuvor\b",
        r"\b(?:mehr|weniger|so\s+\w+)\s+(?:[\w-]+\s+){0,3}?wie\s+(?:noch\s+)?nie(?:\s+zuvor)?\b",
        r"\b(?:hat|gab)\s+es\s+(?:so\s+(?:etwas\s+)?)?(?:noch\s+)?nie\b|\bnoch\s+nie\s+(?:gegeben|passiert|vorgekommen)\b",
    ),
    _rule(("je zuvor",), r"\bals\s+je\s+zuvor\b"),
    _rule(
        ("kein",),
        r"\b(?:Mehr|Länger|Öfter|Häufiger)\s+[^.;:!?]{0,120}?\bals\b[^.;:!?]{0,120}?\bkein\w*\b[^.;:!?]{0,40}?"
        r"\b(?:bislang|bisher|jemals|je)\b|\bkein(?:e[rs]?)?\s+andere[rs]?\s+[\w-]+\s+(?:hat|hatte|ist|war|erhält|"
        r"erhielt)\s+(?:je|jemals|bislang|bisher|vergleichbare)\b",
    ),
    _rule(
        ("weit",),
        r"\b(?:welt|europa|bundes|deutschland|landes)weit\s+(?:erste|gr(?:ö|oe)(?:ß|ss)te|höchste|einzige|längste|"
        r"älteste)\w*",
    ),
    _rule(
        ("einzig",),
        rf"\b(?:ist|war|sei|bleibt|blieb|wäre|als)\s+(?:[\w-]+\s+){{0,2}}?(?:der|die|das)\s+"
        rf"einzige[rn]?\s+(?:[\w-]+\s+)?(?!(?:{_DE_ONLY_NOT})\b)(?-i:[A-ZÄÖÜ])[\w-]+(?:,\s+(?:der|die|das)\b|"
        r"\s+(?:in|im|weltweit|bundesweit|Deutschlands|Europas|der\s+Welt)\b)",
    ),
    _rule(("seit",), r"\bwie\s+seit\s+[^.;:!?]{0,40}?\bnicht\s+mehr\b"),
    _rule(("geschichte",), r"\bin\s+der\s+Geschichte\s+(?:des|der)\b"),
    _rule(
        _DE_SUPER_WORDS,
        rf"\b(?:{_DE_SUPER})\w*\b[^.;:!?]{{0,60}}?\bseit\s+(?:\d{{4}}|Jahrzehnten|Jahren|"
        r"Beginn\s+der\s+(?:Aufzeichnungen|Messungen|Wetteraufzeichnungen)|Menschengedenken|mehr\s+als|über|fast|rund|"
        r"(?:\d+|\w+)\s+(?:Jahren|Monaten|Wochen|Jahrzehnten)|dem\s+\d{1,2}\.\s+\w+|[A-ZÄÖÜ]\w+\s+\d{4})\b",
        rf"\b(?:{_DE_SUPER}|schönste|erste)\w*\b[^.;:!?]{{0,60}}?\b(?:in\s+der\s+"
        r"(?:[\w-]+\s+)?Geschichte|weltweit|der\s+Welt|aller\s+Zeiten|Europas|Deutschlands)\b",
        rf"\b(?:{_DE_SUPER}|schönste|erste)\w*\s+(?:[\w-]+\s+){{0,3}}?(?:(?:seiner|ihrer|unserer|deren|dessen)\s+"
        r"(?:[\w-]+\s+)?Geschichte|des\s+Jahrhunderts|des\s+Jahrzehnts|der\s+Vereinsgeschichte|"
        r"(?:West|Ost|Nord|Süd|Mittel)europas|Österreichs|der\s+Schweiz|der\s+USA|Amerikas|Afrikas|Asiens|"
        r"bundesweit|europaweit)\b",
        rf"\b(?:{_DE_MEASURE})\w*\s+(?:{_DE_NATIONAL})\w*\s+(?-i:[A-ZÄÖÜ])[\w-]+",
    ),
]
_ONE_RULE: dict[str, re.Pattern[str]] = {
    "fr": re.compile(
        r"\bpour\s+la\s+première\s+fois\b|\bpremière\s+fois\s+(?:de\s+l['’]histoire|depuis)\b|\bsans\s+précédent\b|\binédit(?:e|s|es)?\b|\bdu\s+jamais[-\s]vu\b|"
        r"\b(?:un|nouveau|le)\s+record\b|\brecord\s+historique\b|\b(?:niveau|plus\s+haut|plus\s+bas|victoire|"
        r"accord|journée|défaite)\s+historiques?\b|\bla\s+première\s+femme\s+à\b|\ble\s+premier\s+\w+\s+à\b|"
        r"\ble\s+plus\s+\w+\s+(?:[\w'’-]+\s+){0,4}?depuis\s+(?:\d{4}|des\s+décennies|le\s+début)\b|"
        r"\b(?:plus\s+\w+|pire|meilleur)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:de\s+(?:l['’]|son\s+|leur\s+)histoire|"
        r"du\s+monde|au\s+monde|jamais\s+(?:enregistré|vu|connu)\w*)|\bjamais\s+(?:auparavant|encore)\s+vu\w*\b|"
        r"\b(?:est|était|reste|devient)\s+(?:le|la)\s+seul(?:e)?\s+\w+\s+(?:à|au\s+monde|en\s+\w+)\b|"
        r"\bjamais\s+(?:été\s+)?(?:aussi|autant)\b|\bplus\s+(?:[\w'’-]+\s+){0,3}?que\s+jamais\b",
        _I,
    ),
    "es": re.compile(
        r"\bpor\s+primera\s+vez\b|\bprimera\s+vez\s+(?:en\s+(?:la|su)\s+historia|desde|en\s+\w+\s+años)\b|\bsin\s+precedentes?\b|\b(?:un|nuevo)\s+r[ée]cord\b|\br[ée]cord\s+hist[óo]rico\b|"
        r"\b(?:máximo|mínimo|nivel)\s+hist[óo]rico\b|\b(?:victoria|derrota|acuerdo|día|jornada)\s+hist[óo]ric[oa]\b|"
        r"\bla\s+primera\s+mujer\s+en\b|\bel\s+primer\s+\w+\s+en\s+\w+r\b|"
        r"\bm[áa]s\s+\w+\s+(?:[\w-]+\s+){0,4}?desde\s+(?:\d{4}|hace\s+\w+)\b|"
        r"\b(?:mayor|menor|peor|mejor|más\s+\w+)\b[^.;:!?]{0,60}?\b(?:en\s+la\s+historia|de\s+(?:la|su)\s+historia|"
        r"del\s+mundo|de\s+todos\s+los\s+tiempos|en\s+(?:más\s+de\s+)?\w+\s+(?:años|décadas)|en\s+décadas)\b|"
        r"\bm[áa]s\s+(?:[\w-]+\s+){0,3}?que\s+nunca\b|\bnunca\s+antes\b|"
        r"\b(?:es|era|fue|sigue\s+siendo)\s+(?:el|la)\s+únic[oa]\s+(?:[\w-]+\s+){1,3}?(?:en|que|del)\b",
        _I,
    ),
    "pt": re.compile(
        r"\bpela\s+primeira\s+vez\b|\bprimeira\s+vez\s+(?:na\s+(?:sua\s+)?história|desde|em\s+\w+\s+anos)\b|\bsem\s+precedentes\b|\brecorde\b|\binédit[oa]\b|\bnunca\s+antes\b|"
        r"\bnunca\s+(?:foi|esteve|houve|tinha\s+sido)\s+tão\b|"
        r"\b(?:máxim[oa]|mínim[oa]|vitória|acordo|dia|marca)\s+históric[oa]\b|"
        r"\b(?:maior|menor|pior|melhor|mais\s+\w+)\b[^.;:!?]{0,60}?\b(?:da\s+história|de\s+sua\s+história|"
        r"do\s+mundo|de\s+sempre|desde\s+\d{4}|em\s+(?:mais\s+de\s+)?\w+\s+(?:anos|décadas))\b",
        _I,
    ),
    "it": re.compile(
        r"\bper\s+la\s+prima\s+volta\b|\bprima\s+volta\s+(?:nella\s+storia|dal|da\s+\w+\s+anni|in\s+\w+\s+anni)\b|\bsenza\s+precedenti\b|\brecord\b|\bmai\s+(?:prima|vist[oaie]|così)\b|"
        r"\b(?:risultato|massimo|minimo|vittoria|accordo|giornata|traguardo)\s+storic[oa]\b|"
        r"\b(?:più\s+\w+|maggiore|peggiore|migliore)\b[^.;:!?]{0,60}?\b(?:della\s+storia|al\s+mondo|del\s+mondo|"
        r"di\s+sempre|dal\s+\d{4}|da\s+\w+\s+anni|in\s+\w+\s+anni)\b",
        _I,
    ),
    "nl": re.compile(
        r"\bvoor\s+het\s+eerst\b|\brecord\w*|\bongekend\w*|\bongezien\w*|\bnooit\s+eerder\b|\bnog\s+nooit\s+zo\b|"
        r"\bhistorisch(?:e)?\s+(?:hoog|laag|overwinning|akkoord|moment|dag|record)\w*|"
        r"\b(?:grootste|hoogste|laagste|meeste|minste|sterkste|langste|oudste|slechtste|duurste|warmste|koudste|"
        r"natste|droogste)\b[^.;:!?]{0,60}?\b(?:ooit|ter\s+wereld|van\s+de\s+wereld|in\s+de\s+geschiedenis|"
        r"sinds\s+(?:\d{4}|jaren|decennia|mensenheugenis)|in\s+(?:meer\s+dan\s+)?\w+\s+jaar)\b",
        _I,
    ),
    "sv": re.compile(
        r"\bför\s+första\s+gången\b|\bförsta\s+gången\s+(?:på\s+(?:\d+|\w+)\s+år|sedan)\b|\brekord\w*|\baldrig\s+tidigare\b|\bhistoriskt\s+(?:högt|lågt|hög|låg)\b|"
        r"\b(?:största|högsta|lägsta|flest|värsta|längsta|äldsta|starkaste|varmaste|kallaste)\b[^.;:!?]{0,60}?"
        r"\b(?:någonsin|i\s+världen|i\s+historien|sedan\s+\d{4}|på\s+(?:över\s+|mer\s+än\s+)?\w+\s+år)\b",
        _I,
    ),
    "da": re.compile(
        r"\bfor\s+første\s+gang\b|\bførste\s+gang\s+(?:i\s+(?:\d+|\w+)\s+år|siden)\b|\brekord\w*|\baldrig\s+før\b|\bhistorisk\s+(?:højt|lavt|høj|lav)\b|"
        r"\b(?:største|højeste|laveste|flest|værste|længste|ældste|varmeste|koldeste)\b[^.;:!?]{0,60}?"
        r"\b(?:nogensinde|i\s+verden|i\s+historien|siden\s+\d{4}|i\s+(?:over\s+|mere\s+end\s+)?\w+\s+år)\b",
        _I,
    ),
    "no": re.compile(
        r"\bfor\s+første\s+gang\b|\bførste\s+gang\s+(?:på\s+(?:\d+|\w+)\s+år|siden)\b|\brekord\w*|\baldri\s+før\b|\bhistorisk\s+(?:høyt|lavt|høy|lav)\b|"
        r"\b(?:største|høyeste|laveste|flest|verste|lengste|eldste|varmeste|kaldeste)\b[^.;:!?]{0,60}?"
        r"\b(?:noensinne|i\s+verden|i\s+historien|siden\s+\d{4}|på\s+(?:over\s+|mer\s+enn\s+)?\w+\s+år)\b",
        _I,
    ),
    "ko": re.compile(
        r"사상\s*(?:첫|최대|최고|최저|최초|처음)|역대\s*(?:최대|최고|최저|최다|최초|처음)|최초로|만에\s*처음|"
        r"\d+\s*년\s*만에|(?:국내|세계|업계|아시아|전국|국내외)\s*(?:최초|최대|최고|최저|유일)"
    ),
    "zh": re.compile(
        r"首次(?!公开)|首度|史上(?:首|最)|有史以[来來]|[创創](?:下)?(?:[历歷]史)?(?:新高|新低|[纪紀][录錄])|"
        r"破[纪紀][录錄]|[历歷]史(?:新高|新低|最高|最低)|(?:全球|世界|全[国國]|亚洲|亞洲)(?:最大|最高|首[个個家])|前所未有"
    ),
    "hi": re.compile(r"पहली\s+बार|इतिहास\s+में\s+(?:पहली|सबसे)|अब\s+तक\s+(?:का|की|के)\s+सबसे|रिकॉर्ड|ऐतिहासिक|अभूतपूर्व"),
    "id": re.compile(
        r"\bpertama\s+kali(?:nya)?\s+(?:dalam|sejak)\b|\bpertama\s+dalam\s+sejarah\b|\brekor\b|\bbersejarah\b|"
        r"\bter\w+\s+(?:[\w-]+\s+){0,2}?(?:di\s+dunia|sepanjang\s+(?:sejarah|masa)|dalam\s+sejarah|sejak\s+\d{4})\b|"
        r"\bbelum\s+pernah\s+(?:terjadi\s+)?sebelumnya\b",
        _I,
    ),
    "pl": re.compile(
        r"\bpo\s+raz\s+pierwszy\b|\bpierwszy\s+raz\b|\bbezprecedensow\w*|\brekord\w*|\bpierwsz\w*\s+w\s+historii\b|"
        r"\bnigdy\s+wcześniej\b|\bnaj(?!pierw|bliż|prawdopodobniej|szybciej|mniej\b|wyżej\b|wcześniej|później|lepiej\b)"
        r"\w+\b[^.;:!?]{0,60}?\b(?:od\s+(?:czasu|\d{4}|\w+\s+lat|początku)|w\s+historii|na\s+świecie|kiedykolwiek)\b",
        _I,
    ),
    "ru": re.compile(
        r"\bвпервые\b|\bрекорд\w*|\bбеспрецедентн\w*|\bисторическ\w*\s+(?:максимум|минимум|рекорд)|"
        r"\bникогда\s+(?:ранее|прежде|раньше)\b|"
        r"\b(?:сам(?:ый|ая|ое|ые|ого|ой|ом|ых)\s+\w+|крупнейш\w*|наибольш\w*|худш\w*)[^.;:!?]{0,60}?"
        r"(?:в\s+истории|в\s+мире|за\s+(?:последние\s+)?\d+\s+(?:лет|года?)|с\s+\d{4}\s+года|за\s+всю\s+историю)",
        _I,
    ),
    "bg": re.compile(
        r"\bза\s+първи\s+път\b|\bрекорд\w*|\bбезпрецедент\w*|\bникога\s+досега\b|"
        r"\bнай-\w+[^.;:!?]{0,60}?(?:в\s+историята|в\s+света|от\s+\d{4}|досега)",
        _I,
    ),
    "lt": re.compile(
        r"\bpirmą\s+kartą\b|\brekord\w*|\bprecedento\s+neturinč\w*|"
        r"\bdidžiausi\w*\s+(?:[\w-]+\s+){0,3}?(?:pasaulyje|istorijoje|Europoje|Lietuvoje)\b",
        _I,
    ),
    "tr": re.compile(
        r"\bilk\s+(?:kez|defa|kere)\b|\btarihi\s+(?:bir\s+|ziyaret|anlaşma|karar|adım|zafer|rekor|gün|başarı|"
        r"zirve)|\btarihinde\s+ilk\b|\btarihin(?:in)?\s+en\b|\brekor\w*|\bbenzeri\s+görülmemiş\b|\bemsalsiz\b|"
        r"\b(?:dünyanın|dünyada|Avrupa['’]nın|Türkiye['’]nin|Türkiye['’]de|ülkenin|ülkede|bazında|son\s+\d+\s+yılın)"
        r"\s+en\s+\w+|\bbu\s+yana\s+(?:en|ilk)\b",
        _I,
    ),
    "ar": re.compile(
        r"(?<!ظهر\s)(?<!ظهرت\s)(?<!ظهر\s\s)لأول\s+مرة|للمرة\s+الأولى|(?:بأنها|بأنه|بوصفها)\s+تاريخي(?:ة)?|الأول(?:ى)?\s+من\s+نوعه(?:ا)?|زيارة\s+تاريخية|(?:اتفاق|قرار|يوم|انتصار)\s+تاريخي|"
        r"غير\s+مسبوق(?:ة)?|رقم(?:ا)?\s+قياسي(?:ا)?|مستوى\s+قياسي|مستويات\s+قياسية|على\s+الإطلاق|"
        r"(?:الأكبر|الأعلى|الأدنى|الأسوأ|الأطول|الأكثر)\s+(?:\S+\s+){0,3}?(?:في\s+العالم|في\s+التاريخ|في\s+تاريخ|منذ)"
    ),
    "ckb": re.compile(r"بۆ\s+یەکەمین\s+جار|بۆ\s+یەکەم\s+جار|یەکەمین\s+سەردان|مێژوویی|بێ\s*وێنە"),
}
_ONE_RULE["nb"] = _ONE_RULE["nn"] = _ONE_RULE["no"]  # Norwegian pages declare Bokmål or Nynorsk
PATTERNS: dict[str, list[Rule]] = {
    "en": _EN_RULES,
    "de": _DE_RULES,
    **{lang: [((), pattern)] for lang, pattern in _ONE_RULE.items()},
}
# Uses of the same words that claim nothing to check.
NOT_NOVELTY: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:I|you|we|they|he|she)(?:['’]ve|['’]d|\s+have|\s+had|\s+could|\s+would|\s+will|\s+can)?\s+ever\b|"
        r"\b(?:police|criminal|medical|court|public|financial|dental|school|phone|official|historical|track|"
        r"voting|arrest|service|personal)\s+records?\b|\bon\s+(?:the\s+)?record\b|\bfor\s+the\s+record\b|"
        r"\bto\s+(?:set|break|beat)\s+(?:a|the|new)\s+record\b|\byet\s+to\b|\bone\s+of\s+(?:the|[\w-]+['’]s)\s+(?:[\w’'-]+\s+){0,2}?(?:"
        rf"{_EN_SUPER})\b[^.;:!?]*|\bhighest\s+(?:office|court|honou?r|award|point|level\s+of\s+government)\b|"
        rf"\b(?:will|would|could)\s+(?:[\w-]+\s+){{0,2}}?the\s+(?:{_EN_MEASURE})\b[^.;:!?]*|"
        r"\b(?:world|nation|country|state|city)['’]s\s+first\s+(?:[\w-]+\s+){1,2}?(?:could|would|may|might|will|"
        r"(?:is|are)\s+(?:expected|planned|due))\b[^.;:!?]*|"
        r"\b(?:biggest|greatest|best)\s+(?:stars|names|hits|fans|moments|challenges|questions|"
        r"problems|mistakes|threats|fears|concerns|surprises|winners|losers)\b",
        _I,
    ),
    "de": re.compile(
        r"\berstmals\s+wieder\b|\bwieder\s+erstmals\b|\berstmals\s+(?:[\w-]+\s+)?\w+(?:te|ten|tes|ter|tem|ene|enen|"
        r"ener|enes|enem)\b|\b\d{4}\s+erstmals\b|\berstmals\s+(?:äußern|geäußert|äußerte|zu\s+Wort|vorgestellt|"
        r"öffentlich)\b|\bnoch\s+nie\s+(?:[\w-]+\s+){0,6}?Gedanken\b|\bwer\s+noch\s+nie\b|\bnoch\s+nie\s+so\s+"
        r"(?:wichtig|schön|einfach|leicht|gut)\b|\bpersönliche[nrs]?\s+Rekord\w*|\bRekordmeister\w*|"
        r"\b(?:die|der|das|den|dem)\s+beste[nrs]?\s+[\w-]+\s+der\s+Welt\b|"
        r"\bein(?:e[rsnm]?)?\s+der\s+(?:[\w-]+\s+)?(?:gr(?:ö|oe)(?:ß|ss)ten|höchsten|besten|schönsten|meisten|wichtigsten|"
        r"stärksten|schwersten|längsten|ältesten|bekanntesten|erfolgreichsten)\b[^.;:!?]*",
        _I,
    ),
    # "one of the largest" and personal bests, per language
    "fr": re.compile(r"\b(?:l['’])?une?\s+des\s+plus\b[^.;:!?]*", _I),
    "es": re.compile(r"\b(?:uno|una)\s+de\s+(?:los|las)\s+(?:mayores|peores|mejores|más)\b[^.;:!?]*", _I),
    "pt": re.compile(r"\b(?:um|uma)\s+d[oa]s\s+(?:maiores|piores|melhores|mais)\b[^.;:!?]*", _I),
    "it": re.compile(r"\b(?:uno|una|un)\s+(?:dei|delle|degli)\s+(?:più|maggiori|peggiori|migliori)\b[^.;:!?]*", _I),
    "nl": re.compile(r"\been\s+van\s+de\s+\w+ste\b[^.;:!?]*|\bpersoonlijk\s+record\w*", _I),
    "pl": re.compile(r"\b(?:jed(?:en|na|no|nym|nej))\s+z\s+naj\w+[^.;:!?]*|\brekord(?:y|em|u)?\s+życiow\w*", _I),
    "ru": re.compile(r"\b(?:один|одна|одно|одним|одной)\s+из\s+(?:сам\w+|крупнейш\w+|наибольш\w+)[^.;:!?]*", _I),
    "sv": re.compile(r"\bpersonlig(?:t|a)?\s+rekord\w*", _I),
    "da": re.compile(r"\bpersonlig(?:e)?\s+rekord\w*", _I),
    "no": re.compile(r"\bpersonlig(?:e)?\s+rekord\w*", _I),
}
NOT_NOVELTY["nb"] = NOT_NOVELTY["nn"] = NOT_NOVELTY["no"]

# A negation just before the trigger denies the claim ("it is not the first time", "keiner, der Rekorde …").
_NEGATION = {
    "en": re.compile(r"\b(?:not|n['’]t|no)\b[^.;:!?,]{0,25}$", _I),
    "de": re.compile(r"\b(?:nicht|kein\w*)\b[^.;:!?]{0,40}$", _I),
    "fr": re.compile(r"\b(?:pas|jamais)\b[^.;:!?,]{0,25}$", _I),
    "es": re.compile(r"\b(?:no|nunca)\b[^.;:!?,]{0,25}$", _I),
}
_NEVER = re.compile(r"\b(?:nie|never)\b", _I)  # a negated claim word is the claim itself ("noch nie")
_PERSONAL = re.compile(r"^[\"“„«]?\s*(?:I|I['’]m|I['’]ve|we)\b", _I)
# A first-person subject next to the trigger makes it the writer's own experience ("Als ich … zum ersten Mal").
_FIRST_PERSON = {
    "en": re.compile(r"\b(?:I|we)\b"),
    "de": re.compile(r"\b(?:ich|wir)\b", _I),
    "fr": re.compile(r"\b(?:je|j['’]|nous)\b", _I),
    "es": re.compile(r"\b(?:yo|nosotros)\b", _I),
}


@register("claims.novelty", "First, record or superlative claim", order=20)
def novelty(doc: Document, settings: CheckSettings) -> list[Item]:
    del settings
    items: list[Item] = []
    before = doc.reference_date.isoformat()
    lede = doc.paragraphs[0] if doc.paragraphs else None
    claimed_paragraphs: dict[int, Item] = {}
    for sentence in doc.sentences:
        found = triggers(sentence.text, sentence.lang)
        if not found:
            continue
        phrases = [phrase for phrase, _ in found]
        if not sentence.is_headline and sentence.paragraph in claimed_paragraphs:
            first = claimed_paragraphs[sentence.paragraph]  # the same claim told on in its paragraph
            first.data["merged"] = first.data.get("merged", 0) + 1
            continue
        items.append(_item(sentence, phrases, found[0][1], before, lede))
        if not sentence.is_headline:
            claimed_paragraphs[sentence.paragraph] = items[-1]
    return _fold_headlines(items)


def _fold_headlines(items: list[Item]) -> list[Item]:
    """A headline claim the text tells again (the same people, place or event to search for) is
    one claim for the editor: the text's item keeps it, quoting the headline as well."""
    kept: list[Item] = []
    for item in items:
        told_again = item.data["headline"] and next((o for o in items if _tells_again(item, o)), None)
        if not told_again:
            kept.append(item)
            continue
        told_again.evidence.append(item.evidence[0])  # the text's sentence stays first: queries are keyed on it
        told_again.data["headline_triggers"] = item.data["triggers"]
        told_again.detail = told_again.detail.replace(
            "The article claims", f"The article (and its headline: “{', '.join(item.data['triggers'])}”) claims", 1
        )
    return kept


def _tells_again(headline: Item, other: Item) -> bool:
    """The text's item tells the headline's claim: the same names to search for, or the same
    claim words (a headline repeated as the first paragraph has no names to compare)."""
    if other.data["headline"]:
        return False
    terms = set(headline.data["terms"])
    if len(terms & set(other.data["terms"])) >= min(2, len(terms)) > 0:
        return True
    return {t.lower() for t in headline.data["triggers"]} == {t.lower() for t in other.data["triggers"]}


def _item(sentence: Sentence, phrases: list[str], trigger_start: int, before: str, lede: str | None) -> Item:
    context = lede if sentence.is_headline else None
    terms = claim_terms(sentence.text, sentence.lang, trigger_start, context)
    if terms:
        query = " ".join([*(f'"{t}"' if " " in t else t for t in terms), f"before:{before}"])
        search = f"search coverage before {before}, e.g. {query}"
    else:
        query = ""
        search = (
            f"search coverage before {before} for an earlier case of what the quoted sentence calls "
            "a first or a record (its subject and event)"
        )
    where = "The headline" if sentence.is_headline else "The article"
    detail = f"{where} claims a first or a record. One earlier event of the same kind disproves it: {search}"
    if sentence.attributed_to:
        detail += f" Source given: {sentence.attributed_to}."
    return Item(
        check="claims.novelty",
        severity="medium",
        title=f"Novelty claim: {', '.join(phrases)}",
        detail=detail,
        evidence=[Evidence(sentence.text)],
        data={
            "triggers": phrases,
            "terms": terms,
            "query": query,
            "before": before,
            "headline": sentence.is_headline,
            "attributed_to": sentence.attributed_to,
        },
    )


def triggers(text: str, lang: str) -> list[tuple[str, int]]:
    """The claim phrases of a sentence in its language, with where each starts."""
    lower = text.lower()
    active = [pattern for words, pattern in PATTERNS.get(lang, ()) if not words or any(w in lower for w in words)]
    if not active or text.rstrip(" \"'”’»“").endswith(("?", "؟")) or _PERSONAL.match(text) or is_teaser(text):
        return []
    personal = _FIRST_PERSON.get(lang)
    negation = _NEGATION.get(lang)
    excluded = NOT_NOVELTY.get(lang)
    spans = [m.span() for m in excluded.finditer(text)] if excluded else []
    matches = sorted((m for pattern in active for m in pattern.finditer(text)), key=lambda m: (m.start(), -m.end()))
    found: list[tuple[str, int]] = []
    taken = -1  # where the last phrase taken ends: patterns of two rules may match the same words
    for match in matches:
        if match.start() < taken or any(
            start <= match.start() < end or start < match.end() <= end for start, end in spans
        ):
            continue
        if personal and personal.search(text[max(0, match.start() - 40) : match.end() + 30]):
            continue
        if negation and not _NEVER.search(match.group(0)):
            if negation.search(text[max(0, match.start() - 45) : match.start()]):
                continue
        taken = match.end()
        phrase = " ".join(match.group(0).split())
        if phrase.lower() not in (f.lower() for f, _ in found):
            found.append((phrase, match.start()))
    return found
