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
largest", personal bests. One item per paragraph: its further claim sentences are merged
into the first item, each quoted as evidence with its triggers listed. The item suggests a date-bounded search
built from the claim's subject and event.
"""

from __future__ import annotations

import re

from checks.claimterms import claim_terms
from checks.document import Document
from checks.places import city_pattern, territory_pattern
from checks.registry import register
from checks.report import Evidence, Item
from checks.sentences import Sentence, is_teaser
from checks.settings import CheckSettings

_I = re.IGNORECASE
# Scopes that make a superlative a record claim, and ordinals that are titles or plain order.
_FR_SCOPE = (
    r"du\s+monde\b|au\s+monde\b|mondia(?:l|le|ux)\b|de\s+la\s+planète\b|de\s+l['’]histoire\b|de\s+(?:son|sa|leur|"
    r"notre)\s+"
    r"histoire\b|de\s+tous\s+les\s+temps\b|jamais\s+(?:vu|enregistré|atteint|observé|mesuré)e?s?\b|"
    r"depuis\s+(?:(?:[\w'’-]+\s+){0,4}?\d{4}|des\s+"
    r"décennies|le\s+début|la\s+création|que|plus\s+de|au\s+moins|\d+\s+ans)|en\s+(?:plus\s+de\s+)?\d+\s+ans\b"
)
_FR_NOT_FIRST = (
    r"ministre\b|secrétaire\b|tour\b|temps\b|trimestre\b|semestre\b|jour\b|plan\b|rang\b|degré\b|lieu\b|pas\b|"
    r"mi-temps\b|fois\b|étape\b|partie\b|acte\b|volet\b"
)
_ES_SCOPE = (
    r"del\s+mundo\b|del\s+planeta\b|de\s+(?:la|su|nuestra)\s+historia\b|en\s+la\s+historia\b|"
    r"de\s+todos\s+los\s+tiempos\b|"
    r"desde\s+(?:(?:[\w-]+\s+){0,5}?\d{4}|hace\s+\w+|que\s+(?:hay|se\s+tienen?)\s+registros|el\s+inicio|"
    r"el\s+comienzo)|en\s+(?:más\s+de\s+|"
    r"casi\s+)?(?:\d+|una?|dos|tres|cuatro|cinco|diez|veinte)\s+(?:años|décadas?|siglos?|lustros?)\b|"
    r"jamás\s+registrad[oa]s?\b|nunca\s+vist[oa]s?\b|hasta\s+la\s+fecha\b|a\s+nivel\s+mundial\b"
)
_ES_NOT_FIRST = (
    r"ministr[oa]\b|secretari[oa]\b|dama\b|teniente\b|vicepresident[ea]\b|división\b|plano\b|nivel\b|orden\b|tiempo\b|"
    r"línea\b|fila\b|mitad\b|trimestre\b|semestre\b|ronda\b|vuelta\b|instancia\b|lugar\b|puesto\b|parte\b|paso\b|"
    r"etapa\b|fase\b|hora\b|día\b|auxilios\b|necesidad\b|vez\b|partido\b|capítulo\b|semana\b|mes\b|año\b|jornada\b|"
    r"reunión\b|sesión\b|edición\b|encuentro\b|temporada\b|noche\b|ocasión\b"
)
_IT_SCOPE = (
    r"della\s+storia\b|nella\s+storia\b|al\s+mondo\b|del\s+mondo\b|di\s+sempre\b|di\s+tutti\s+i\s+tempi\b|"
    r"(?:dal|dalla|dagli|dai|da)\s+(?:(?:[\w'’-]+\s+){0,4}?\d{4}|anni|decenni|inizio)|degli\s+ultimi\s+\d+\s+anni\b|"
    r"mai\s+registrat[oaie]\b"
)
_PT_SCOPE = (
    r"da\s+história\b|na\s+história\b|do\s+mundo\b|do\s+planeta\b|de\s+todos\s+os\s+tempos\b|de\s+sempre\b|"
    r"desde\s+(?:(?:[\w-]+\s+){0,4}?\d{4}|há|o\s+início|que\s+há\s+registros)|já\s+(?:registrad|vist)[oa]s?\b|"
    r"em\s+\d+\s+anos\b"
)
# "país mais afetado do Oriente Médio": a superlative scoped by a named place, with no article before it
_PT_PLACE_SCOPE = r"\b(?:mais|menos)\s+(?!de\b)\w+\s+(?:d[oa]s?|n[oa]s?)\s+(?:mundo|planeta|(?-i:[A-ZÁÉÍÓÚ])\w+)\b"
_EN_SUPER = (
    r"largest|biggest|highest|lowest|worst|best|longest|shortest|deadliest|strongest|weakest|hottest|warmest|"
    r"coldest|wettest|driest|fastest|greatest|heaviest|oldest|youngest|most|fewest|least|smallest|costliest|busiest|"
    r"richest|poorest|tallest|safest|toughest|steepest|sharpest|deepest|widest|most\s+\w+"
)
# Superlatives of size, toll and wealth, and what a "most" measures ("most visited"), shared by the
# rules below; "-paid", "-selling" ranks.
_EN_SIZE = (
    r"largest|biggest|highest|lowest|longest|shortest|deadliest|strongest|hottest|warmest|coldest|wettest|driest|"
    r"fastest|heaviest|fewest|smallest|costliest|busiest|richest|poorest|tallest"
)
_EN_MOST_OF = (
    r"populous|populated|visited|expensive|valuable|decorated|watched|viewed|capped|successful|popular|common|used|"
    r"widely\s+used"
)
_EN_RANKED_BY = r"-(?:paid|earning|grossing|ranked|ranking|selling)"
# Superlatives that measure (size, rank, age, toll): a scope in a name ("in Southeast Asia", "Acme's",
# "the largest US bank") makes them a claim; "best/greatest" there are mostly opinion.
_EN_MEASURE = (
    rf"(?:highest|best|top|lowest|worst){_EN_RANKED_BY}|highest-level|{_EN_SIZE}|worst|oldest|youngest|"
    rf"most[-\s](?:{_EN_MOST_OF}|active)"
)
_EN_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_EN_SCOPE = (
    r"ever(?:\s+recorded)?|yet|so\s+far|to\s+date|of\s+all\s+time|on\s+record|since\s+records\s+began|since\s+(?:at\s+least\s+)?(?:the\s+)?\d{4}s?|"
    r"in\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|at\s+least\s+|about\s+|around\s+|some\s+|the\s+(?:past|last)\s+)?"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s+(?:years|decades|centuries|months|decade|century|"
    r"generation)|in\s+the\s+(?:solar\s+system|universe|galaxy|Milky\s+Way|known\s+universe)|"
    r"for\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|"
    r"thirty|forty|fifty)\s+(?:years|decades)|for\s+(?:many\s+)?(?:years|decades|generations|a\s+generation)|"
    r"since\s+(?:the|a|its|their)\s+(?:[\w$’'.-]+\s+){1,14}?in\s+(?:the\s+)?(?:(?-i:[A-Z])[a-z]+,?\s+)?\d{4}|"
    r"in\s+(?:[\w’'.-]+\s+){0,3}?history|in\s+living\s+memory|since\s+(?:the\s+)?(?:start|beginning|outbreak|end|height|"
    r"peak)\s+of\b|since\s+(?:early|late|mid)[-\s]\d{4}\b|since\s+(?-i:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2},?\s+"
    r"\d{4}\b|since\s+9/11\b|since\s+(?:(?:early|late|mid)[-\s]|last\s+)?(?-i:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b|since\s+(?:World\s+War|the\s+(?:[\w-]+\s+)?(?:crisis|war|pandemic|recession|depression))"
)
# Superlatives that rank a thing stated to be it ("X is the largest ..."): size, toll, rank, use;
# not age (biography: "the youngest of five") nor best/worst (opinion).
_EN_RANK = (
    rf"(?:highest|best|top|lowest){_EN_RANKED_BY}|highest-level|{_EN_SIZE}|deepest|widest|steepest|"
    rf"most\s+(?:{_EN_MOST_OF}|deadly|virulent|prolific|lucrative|densely\s+populated)"
)
# What a nation's "top" or "leading" ranks: firms and works, not office holders ("Russia's top diplomat").
_EN_RANKED = (
    r"[\w-]*maker|producer|exporter|importer|retailer|lender|bank|airline|carrier|insurer|brewer|publisher|"
    r"broadcaster|newspaper|manufacturer|company|firm|brand|employer|miner|refiner|supermarket|chain|website|film|"
    r"movie|song|album|book|novel|destination|port|airport|university|club|seller|car|export|crop|source|partner|"
    r"partners|donor|supplier|customer|investor|creditor"
)
# Nouns a rank makes an opinion or a part, not a record: "the biggest problem", "the largest part".
_EN_OPINION_NOUN = (
    r"problem|problems|challenge|challenges|threat|threats|concern|concerns|issue|issues|risk|risks|mistake|"
    r"mistakes|fear|fears|hurdle|hurdles|obstacle|obstacles|priority|question|questions|difference|surprise|"
    r"surprises|factor|factors|reason|reasons|thing|things|part|parts|share|portion|role|roles|danger|dangers"
)
_EN_RANK_NOT = (
    rf"{_EN_OPINION_NOUN}|way|ways|step|moment|day|"
    r"night|news|story|fan|fans|winner|winners|loser|losers|of|in|on|at|and|or|to|for|with|by|that|which|who|one|"
    r"ones|since|ever|yet|so|as|than|i|we|you|he|she|it|they|this|these|those"
)
# Nouns after "the first" that give plain order or a title, not a claim ("the first day", "the first lady").
_EN_FIRST_ORDER = (
    r"(?:time|day|week|month|year|half|quarter|round|step|stage|phase|part|batch|wave|dose|episode|edition|chapter|"
    r"leg|game|match|race|test|one|two|three|four|five|of|and|lady|minister|secretary)\b"
)
# A first told by what was done where ("the first … held inside a stadium", "… laid across the Atlantic")
_EN_DONE_WHERE = (
    r"(?:(?:held|laid|built|launched|designed|made|taken|developed|produced|sold|approved|licensed|certified|recorded|"
    r"performed|broadcast|flown|installed|detected|discovered|registered|granted|awarded|"
    r"manufactured|staged|carried\s+out)\s+(?:in|on|at|across|inside|outside|to\s+(?:the|a)|between|into|for\s+(?:the|a)|"
    r"under|anywhere|beyond)\b|(?:connecting|linking)\s+\w+)"
)
# Words in -est that are no superlative ("the latest", "the interest", "the protest").
_EN_NOT_EST = (
    r"interest|latest|west|rest|test|guest|protest|request|forest|harvest|contest|chest|nest|quest|honest|modest|"
    r"earnest|arrest|digest|manifest|conquest|priest|midwest|southwest|northwest|suggest|invest|unrest|pest|vest|"
    r"crest|behest|inquest|fest|zest|jest|bequest|tempest|detest|attest|infest|molest|congest|"
    # judgements, not records: "the greatest con job ever", "the finest hour"
    r"greatest|best|finest|nicest|loveliest|prettiest|coolest|funniest|cutest|happiest|saddest|craziest|weirdest|"
    r"dumbest|smartest|wisest|bravest|sweetest|dearest|purest|truest|fairest|kindest|proudest|darkest|brightest"
)
# The word after a superlative names one thing ranked, not a group described ("the world's poorest
# children", "the world's best" standing alone): no preposition or verb, no plural.
_EN_SINGULAR = r"(?!(?:in|at|on|of|and|or|to|for|with|by|is|was|are|were|children|people|men|women)\b)(?!\w+[^s\W]s\b)"
# A group a "first" is claimed for: "Britain's first female prime minister".
_EN_GROUP_FIRST = (
    r"(?:elected\s+|openly\s+)?(?:female|woman|black|gay|muslim|jewish|hindu|catholic|african[-\s]american|latino|"
    r"latina|hispanic|asian[-\s]american|indigenous|democratically\s+elected)\b"
)
# A proper name after "in": capitalised whatever the pattern's flags, not a month or weekday.
_EN_PLACE = (
    r"(?-i:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)\b)[A-Z](?:\.[A-Z]\.?|[\w-]+))"
)
_EN_NATIONAL = (
    r"(?-i:American|British|German|French|European|Chinese|Russian|Japanese|Indian|Canadian|Australian|Italian|"
    r"Spanish|African|Asian|Arab|US|U\.S\.|UK|EU)"
)
# Nouns after "the only" that make no claim ("the only way to", "the only thing that").
_EN_ONLY_NOT = (
    r"way|ways|thing|things|one|ones|option|choice|solution|answer|reason|question|hope|chance|alternative|"
    r"difference|problem|issue|goal|aim|condition|requirement|exception|time|times|person\s+I|place\s+I|tool|tools|"
    r"force|weapon|means|path|remedy|cure|antidote|language|strategy|approach|response|defen[cs]e|explanation|"
    r"conclusion|thing|child|son|daughter|sibling|heir|caveat|catch|downside|drawback|concern|snag|hitch|worry|"
    r"complaint|disadvantage|advantage|benefit|limitation|obstacle|ad|ads|contact|contacts|progress|lasting"
)
_DE_SUPER = (
    r"höchste|niedrigste|gr(?:ö|oe)(?:ß|ss)te|meisten|wenigsten|stärkste|schwächste|längste|heißeste|heisseste|"
    r"kälteste|tiefste|beste|schlechteste|teuerste|älteste|schwerste|schnellste|jüngste"
)
# Superlatives that measure: with a nationality ("der größte britische Stützpunkt") they claim a rank.
_DE_MEASURE = r"höchste|niedrigste|gr(?:ö|oe)(?:ß|ss)te|längste|älteste|teuerste|tiefste"
_DE_NATIONAL = (
    r"deutsch|britisch|französisch|europäisch|amerikanisch|US-amerikanisch|russisch|chinesisch|österreichisch|"
    r"schweizerisch|italienisch|spanisch|japanisch|indisch|türkisch|polnisch|ukrainisch|niederländisch"
)
# Nouns a superlative makes an opinion of ("das größte Problem", "die höchste Hürde").
_DE_OPINION = (
    r"Problem|Herausforderung|Gefahr|Sorge|Frage|Wunsch|Fehler|Risiko|Hürde|Angst|Schwierigkeit|Rolle|Bedeutung|"
    r"Auszeichnung|Ehre|Priorität|Stärke|Schwäche|Talent|Hoffnung|Star|Stern|Potenzial|Potential"
)
# Nouns after "der/die/das einzige" that make no claim ("der einzige Weg", "die einzige Lösung").
_DE_ONLY_NOT = (
    r"Weg|Ausweg|Möglichkeit|Lösung|Grund|Problem|Chance|Hoffnung|Option|Alternative|Ziel|Unterschied|Frage|"
    r"Antwort|Bedingung|Trost|Wermutstropfen|Ausnahme|Mal|Kraft|Mittel|Instrument|Werkzeug|Sprache"
)
# A rule: words one of which the sentence (lower-cased) must hold, and the pattern. The cheap
# substring test spares most sentences most patterns: Python's re tries every alternative at
# every position, so one big alternation per language would cost every sentence its full price.
Rule = tuple[tuple[str, ...], re.Pattern[str]]
_EN_SUPER_WORDS = (
    "largest", "biggest", "highest", "lowest", "worst", "best", "longest", "shortest", "deadliest", "strongest",
    "weakest", "hottest", "warmest", "coldest", "wettest", "driest", "fastest", "greatest", "heaviest", "oldest",
    "youngest", "most", "fewest", "least", "smallest", "costliest", "busiest", "richest", "poorest", "tallest",
    "safest", "toughest", "steepest", "sharpest", "deepest", "widest", "top-",
)  # fmt: skip
_DE_SUPER_WORDS = (
    "höchst", "niedrigst", "größt", "grösst", "groesst", "meisten", "wenigsten", "stärkst", "schwächst", "längst",
    "heißest", "heissest", "kältest", "tiefst", "best", "schlechtest", "teuerst", "ältest", "schwerst", "schnellst",
    "schönst", "erste", "mächtigst", "einflussreichst", "bevölkerungsreichst", "wichtigst", "jüngst",
)  # fmt: skip

# "ligaweit", "bundesweit" …: a scope the words themselves name.
_DE_WIDE_WORDS = (
    "ligaweit", "landesweit", "bundesweit", "europaweit", "weltweit", "österreichweit", "deutschlandweit",
    "schweizweit",
)  # fmt: skip

_DE_NATIONAL_WORDS = (
    "deutsch", "britisch", "französisch", "europäisch", "amerikanisch", "russisch", "chinesisch", "österreich",
    "schweiz", "italienisch", "spanisch", "japanisch", "indisch", "türkisch", "polnisch", "ukrainisch",
    "niederländisch",
)  # fmt: skip
# Genitive scopes that make a German superlative a ranking ("der älteste Baum der Gemeinde").
_DE_SCOPE_WORDS = (
    "landes", "stadt", "gemeinde", "region", "liga", "sports", "branche", "republik", "saison", "geschichte",
    "kantons", "bezirks", "kreises", "insel", "olympisch", "weltmeisterschaft", " wm", "gruppe", "nationalelf",
    "mannschaft", "turniers", "wettbewerbs",
)  # fmt: skip

# A superlative, its noun and a genitive article: "der älteste Baum der …" (the scope follows).
# The German conditional ("wäre das ein bisher beispielloser Vorgang", "würden … erstmals …").
_DE_CONDITIONAL = r"wäre|wären|würde|würden|könnte|könnten"
# The superlatives a country's name may own ("Italiens größte", "Europas einzige").
_DE_COUNTRY_SUPER = rf"(?:{_DE_SUPER}|(?-i:erste|einzige|[a-zäöüß]\w+ste))"
_DE_SUPER_NOUN_OF = (
    # (not "erste": "im ersten Spiel der Gruppe" is order; a first in history has rules of its own)
    rf"\b(?:{_DE_SUPER}|(?!erste)(?-i:[a-zäöüß])\w+ste)[nrs]?\s+(?!(?:{_DE_OPINION})\w*\b)(?-i:[A-ZÄÖÜ])[\w-]+\s+"
    r"(?:des|der)\s+"
)


# A character of the same sentence: a full stop inside "U.S." or a date ("am 8. November") does not end it.
_SENTENCE_CHAR = r"(?:[^.;:!?]|(?<=\d)\.|(?<=\b[A-Z])\.|\.(?=\S))"
_REST_OF_SENTENCE = rf"{_SENTENCE_CHAR}*"
# What a hedge covers after its superlative ("one of the largest banks"): a few words, not the rest of the
# sentence, which may hold a claim of its own ("one of the most conservative senators …, leading to the
# harshest criticism of the governor ever").
_HEDGED = r"(?:\s+[\w’'.-]+){0,3}"


def _rule(words: tuple[str, ...], *alternatives: str) -> Rule:
    return words, re.compile("|".join(alternatives), _I)


_EN_RULES: list[Rule] = [
    _rule(
        ("first",),
        r"\bfirst[-\s]ever\b",
        r"\b(?:for\s+)?the\s+(?:very\s+)?first\s+time\s+(?:(?:[\w’'.,-]+\s+){0,12}?)(?:since|in\s+(?:its\s+|the\s+"
        r")?(?:\w+['’]s\s+)?(?:history|\d+\s+years|decades|a\s+decade|a\s+generation))\b",
        r"\bfor\s+the\s+first\s+time\s+(?:ever|in\s+history)\b",
        r"\bmark(?:s|ed|ing)\s+the\s+(?:very\s+)?first\s+time\b",
        # a headline's or a verb's bare first: "Cubs … win first World Series title since 1908" (set 56)
        r"(?<![\w-])(?<!\bthe\s)first\s+(?!time\b|half\b|quarter\b)(?:[\w-]+\s+){1,4}?since\s+(?:(?:early|late|mid)[-\s])?\d{4}\b",
        # "the first economic cooperation project between China and Chile" (set 58)
        r"\bthe\s+first\s+(?!time\b|round\b|meeting\b|match\b|game\b)(?:[\w-]+\s+){1,4}?between\s+(?-i:[A-Z])[\w.-]+"
        r"\s+and\s+(?-i:[A-Z])[\w.-]+",
        r"\bfor\s+(?:the\s+)?(?:very\s+)?first\s+time\b",
        r"\b(?:it|this|that|which)(?:\s+(?:is|was|marks|marked|will\s+be)|['’]s)\s+(?:also\s+)?the\s+(?:very\s+)?first\s+time\b"
        r"(?:\s+(?:ever|in\s+(?:its\s+|the\s+)?(?:\w+['’]s\s+)?history)\b)?",
        r"\bthe\s+first\s+(?!time\b)(?:[\w-]+\s+){1,4}?in\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?history\b",
        r"\b(?:the|became\s+the|is\s+the|was\s+the)\s+first\s+(?!time\b|half\b|quarter\b|round\b|day\b|step\b|year\b|"
        r"week\b|month\b|"
        r"of\b|and\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|\d+\b|several\b|few\b|"
        r"attempt\b|attempts\b|effort\b|try\b|he\b|she\b|they\b|it\b|we\b|i\b|you\b|thing\b|things\b)"
        r"(?:(?!(?:came|come|comes|went|led|was|were|is|are|has|had|have|said|began|started|appeared|seemed|"
        r"turned|moved|returned|opened|and|expected|expects|likely|able|due|going|used|plans?|planned|wants?|wanted|"
        r"hopes?|hoped|needs?|needed|tried|trying|seeks?|sought)\b)[\w.-]+\s+){1,6}?"
        # (a verb after "to", not a noun phrase: "flicking the first ball after tea softly to an equally surprised …")
        r"to\s+(?!be\s+(?:held|announced|released)\b|light\b|(?:the|a|an|his|her|their|its|this|that|these|those|my|"
        r"our|your|some|any|each|every|him|them|us|me|when|where|if|whether|and|or|but|as|at|in|on|with|from|by|for|"
        r"so|because|after|before)\b)(?-i:[a-z]+)",
        # a headline drops the article: "Danske Bank is first Danish bank to issue CDs"
        r"\b(?:is|was|becomes|became)\s+first\s+(?!(?:half|quarter|time|round|day|step|of|and)\b)(?:[\w.-]+\s+){1,4}?to\s+"
        r"(?-i:[a-z]{3,})\b(?<!\bto\s(?:the|his|her|its|our))|"
        r"\b(?:is|was|became|be|been|are|were)\s+(?:also\s+|still\s+|now\s+)?the\s+first\s+to\s+(?!(?:arrive|leave|speak|say|comment|respond|"
        r"notice|admit|know|see|go|come|call|answer|ask|agree|react|reply|get|hear|enter|find|spot|try|sign\s+up)\b)"
        r"[a-z]+",
        r"\bthe\s+first\s+(?!time\b|half\b|quarter\b|round\b|day\b|step\b|of\b|and\b|thing\b|things\b|two\b|three\b|"
        r"four\b|five\b|\d+\b)(?:[\w.'’\"“”-]+\s+){1,8}?since\s+(?!then\b)\w+",
        # a bare "the first since" counts from a year or a reign, not from the last event ("the first since North
        # Korea's sixth nuclear test" is the order of launches): "the first since President Museveni took power"
        r"\bthe\s+first\s+since\s+(?:(?:(?:early|late|mid)[-\s])?\d{4}\b|[^.;:!?]{0,50}?\b(?:took|taking|came\s+to|"
        r"assumed)\s+(?:power|office)\b|(?:the\s+)?(?:independence|(?:end\s+of\s+)?(?:World\s+War|the\s+war))\b)",
        # "its first democratic elections since 1970", "their first meeting ever"
        r"\b(?:its|their|his|her)\s+first\s+(?!time\b|half\b|quarter\b|round\b|day\b|step\b|of\b|and\b)"
        r"(?:(?:[\w-]+\s+){1,6}?|(?=since\s+(?:(?-i:[A-Z])[a-z]+\s+)?\d{4}\b))since\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[a-z]+\s+|(?:early|late|mid-?)\s*)?\d{4}\b|becoming\b|taking\s+office\b|(?:his|her|their|its)\s+"
        r"(?:election|inauguration|appointment|independence|founding)\b)",
        r"\b(?:the|its|their|his|her)\s+first\s+(?!time\b)(?:[\w.-]+,?\s+){1,4}?ever\b",
        # "the first Republican president", "the first female chancellor"
        r"\bthe\s+first\s+(?:(?-i:[A-Z])[\w-]+\s+|female\s+|woman\s+|black\s+|openly\s+gay\s+)(?:president|"
        r"prime\s+minister|chancellor|premier|mayor|governor|senator|speaker|astronaut|pope|king|queen|emperor|"
        r"secretary[-\s]general|chief\s+justice|justice|cardinal|archbishop|bishop|general|admiral|nominee|"
        r"candidate|head\s+of\s+state)\b",
        r"\b(?:the|its|their|his|her|(?-i:[A-Z])[\w-]*['’]s)\s+first\s+(?!time\b)(?:[\w-]+\s+){1,4}?(?:in|for)\s+"
        r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
        r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|several|many)\s+(?:years|decades?|generations?|"
        r"centur(?:y|ies))|a\s+quarter[-\s]+(?:of\s+a\s+)?century|half\s+a\s+century)\b",
        r"\b(?:world|nation|country|state|city|league|club|party|company|region|Europe|America)['’]s\s+first\s+"
        r"(?!time\b|half\b|quarter\b|round\b|day\b|step\b|week\b|month\b|year\b)[\w-]+",
        rf"\b(?:(?-i:[A-Z])[\w-]*|country|nation|state|city)['’]s\s+first\s+{_EN_GROUP_FIRST}",
        # an institution's first office holder: "Richard Cordray, the Consumer Financial Protection Bureau’s first
        # director" (a named body, not "Trump's first chief of staff")
        r"\b(?=[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5}['’]s\s+first\b)(?-i:(?:[A-Z][\w&.-]*\s+){0,5}(?:Bureau|Agency|Bank|Commission|Council|Court|Department|Ministry|Office|"
        r"Authority|Board|Service|Union|Party|Association|Organi[sz]ation|Fund|Institute|University|College|Foundation|"
        r"Federation|Committee|Parliament|Assembly|Senate|Congress|Reserve|Corporation|Company)|[A-Z]{2,6})['’]s\s+"
        r"first\s+(?:female\s+|woman\s+|black\s+)?(?:director|president|chairman|chairwoman|chair|chief\s+executive|"
        r"CEO|commissioner|governor|ambassador|editor|secretary[-\s]general|head|leader)\b",
        # a nation's first: "Britain's first mobile phone call was made …" (a cheap look-ahead first, then the names)
        rf"\b(?=[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}['’]s\s+first\b)(?:{territory_pattern('en')}|{city_pattern('en')})['’]s\s+first\s+"
        rf"(?!{_EN_FIRST_ORDER})[\w-]+(?:\s+[\w-]+){{0,2}}",
        # "Austria was the first victim of National Socialism", "is the first president of Kenya"
        rf"\b(?:was|is|became|remains)\s+the\s+first\s+(?!{_EN_FIRST_ORDER})[\w-]+\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]+",
        # "the first successful landing onto the Red Planet" (set 31)
        r"\bthe\s+(?:world['’]s\s+)?first\s+successful\s+[\w-]+",
        # "the largest specialty chain operated by Woolworth" (set 32)
        rf"\bthe\s+(?:{_EN_ORDINAL}[-\s])?(?:{_EN_SIZE})\s+(?:[\w-]+\s+){{1,3}}?(?:operated|owned|run|made|published|built|"
        r"held)\s+by\s+(?-i:[A-Z])[\w.&-]+",
        # "the first Black player signed to the NFL after World War II"
        r"\bthe\s+first\s+(?:[\w-]+\s+){1,4}?(?:signed|elected|appointed|named|admitted|inducted|promoted|drafted|"
        r"nominated)\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w.-]+",
        # "in the first criminal charges alleging links between the campaign and Moscow"
        r"\bthe\s+first\s+(?:[\w-]+\s+){0,2}?(?:charges?|case|cases|lawsuits?|indictments?|convictions?|sanctions?|"
        r"ruling|evidence)\s+(?:alleging|accusing|linking|tying|involving|targeting|implicating|connecting)\b",
        # an apposition: "…, the first time the foursome will tour together"
        r"(?:(?<=,)|(?<=—)|(?<=–)|(?<=--)|(?<=\s-))\s*the\s+first\s+time\s+(?:that\s+)?(?:the|a|an|this|such|(?-i:[A-Z])[\w-]*)\s+"
        r"(?:[\w-]+\s+){0,3}?"
        r"(?:has|have|had|will|would|is|are|was|were)\b",
        r"\b(?:was|is|became|be)\s+the\s+first\s+(?!time\b|half\b|quarter\b|round\b|day\b|step\b|match\b|"
        r"game\b|race\b|concert\b|show\b|episode\b|stop\b|event\b)(?:[\w-]+\s+){1,3}?in\s+(?:the\s+)?"
        r"(?:world|country|nation|history|[A-Z][\w-]+)\b",
        r"\bthe\s+first\s+(?:[\w-]+\s+)?of\s+its\s+kind\b|\bthe\s+first\s+such\b|\bfirst-of-its-kind\b",
        # "a world first", "an industry first", "a first for the league"
        r"\b(?:a|an)\s+(?:world|industry|national|european|global|british|american|u\.s\.|program|programme|franchise|"
        r"school|club|team|company|career|league|state|city|country|series|season)[-\s]first\b|"
        r"\ba\s+first\s+for\s+(?:the\s+|a\s+)?[\w-]+",
        r"\bthe\s+first\s+(?:[\w-]+\s+){1,3}?of\s+the\s+(?:\d{2}(?:st|nd|rd|th)|twentieth|twenty-first|nineteenth)\s+"
        r"century\b",
        r"^(?-i:The)\s+first\s+(?!(?:time|day|week|month|year|half|quarter|round|step|stage|phase|part|batch|wave|dose|"
        r"episode|edition|chapter|leg|game|match|race|test|of|and)\b)(?:[\w'’-]+\s+){1,3}?(?:in|for)\s+(?-i:[A-Z])[\w-]+",
        # an apposition closed by a comma, or ending the sentence with at least two words:
        # "Sputnik 1, the first artificial satellite, ...", "Skylab, the first U.S. space station."
        rf"(?<=,\s)the\s+first\s+(?!{_EN_FIRST_ORDER})(?:[\w.-]+\s+){{0,2}}?[\w-]+(?=\s*,)",
        # (not a source's speech tag: "…, the first source said.")
        rf"(?<=,\s)the\s+first\s+(?!{_EN_FIRST_ORDER})(?:[\w.-]+\s+){{1,2}}"
        r"(?!(?:said|says|told|added|wrote|reported|noted|stated)\b)[\w-]+(?=\.?\s*$)",
        # "Skylab was the first US space station", "is the first British woman to …"
        rf"\b(?:was|is|became|becomes|remains)\s+(?P<claim>the\s+first\s+{_EN_NATIONAL}\s+(?!{_EN_FIRST_ORDER})"
        r"(?:[\w-]+\s+){0,2}?[\w-]+)(?=\s*(?:[.,;:]|$)|\s+(?:to|in|since|ever)\b)",
        # "one of the first two Muslim women elected to Congress"
        r"\bone\s+of\s+the\s+first\s+(?:two|three|four|five|\d)\s+(?:[\w-]+\s+){1,3}?(?:to|elected|ever|in)\b",
        # "These are the first AirPods with active noise cancellation"
        rf"\b(?:is|are|was|were|became)\s+(?:also\s+)?(?:the|its)\s+first\s+(?!{_EN_FIRST_ORDER})(?:[\w.-]+\s+){{1,3}}?"
        r"with\s+(?!the\b|his\b|her\b|their\b)[a-z]",
        # a first told by what was done where: "was the first motocross race held inside a stadium", "the first
        # bridge connecting the Bronx to Manhattan", "its first printer designed to be used with networks"
        rf"\b(?:is|was|are|were|became|becomes|remains|marks|marked|making\s+\w+)\s+(?:also\s+)?(?:the|its)\s+"
        rf"first\s+(?!{_EN_FIRST_ORDER})(?:[\w.-]+,?\s+){{0,4}}?[\w-]+\s+(?:ever\s+)?{_EN_DONE_WHERE}",
        rf"^(?-i:The)\s+first\s+(?!{_EN_FIRST_ORDER})(?:[\w.-]+,?\s+){{0,4}}?[\w-]+\s+(?:ever\s+)?{_EN_DONE_WHERE}"
        r"(?=[^.;:!?]{0,80}?\b(?:was|were|is|are)\b)",
    ),
    _rule(
        ("second", "third"),  # "the country's second elected black governor"
        rf"\b(?:(?-i:[A-Z])[\w-]*|country|nation|state|city)['’]s\s+(?:second|third)\s+{_EN_GROUP_FIRST}",
        r"\bsecond\s+only\s+to\b",
        # "the surplus with Washington was the third largest" (after …)
        rf"\b(?:is|was|are|were)\s+the\s+{_EN_ORDINAL}[-\s](?:largest|biggest|highest)\b(?=\s*(?:[.,;]|$|after\b|behind\b))",
    ),
    # "16 times more powerful than anything now available", "lower than at any time during the Obama
    # administration", "the longest-serving member of Congress"
    _rule(
        ("than anything", "than at any", "serving", "anywhere else"),
        r"\b(?:more\s+\w+|[\w-]+er)\s+than\s+anything\s+(?:else\s+)?(?:now\s+|currently\s+)?(?:available|on\s+the\s+market|"
        r"before|ever|since)\b",
        r"\b(?:more\s+\w+|[\w-]+er)\s+than\s+at\s+any\s+(?:other\s+)?(?:time|point)\b",
        # "more voters to be gained there than anywhere else in the state" (set 34)
        r"\b(?:more|fewer|less)\s+[\w-]+\b[^.;:!?]{0,40}?\bthan\s+anywhere\s+else\b|"
        r"\b(?:faster|higher|lower|bigger|larger|greater|cheaper|quicker|stronger|worse|better)\s+than\s+anywhere\s+else\b",
        r"(?:\bthe|(?<=['’]s))\s+(?:longest|shortest)[-\s]serving\s+[\w-]+",
    ),
    # "one of only three managers to have won it with two clubs"
    _rule(
        ("one of only", "one of just"),
        rf"\bone\s+of\s+(?:only|just)\s+(?:two|three|four|five|six|seven|eight|nine|ten|a\s+handful\s+of|\d+)\s+"
        rf"(?!(?:{_EN_ONLY_NOT})\b)(?:[\w-]+\s+){{0,2}}?[\w-]+\s+(?:ever\s+)?(?:to|who|in\s+the\s+world)\b",
    ),
    _rule(
        ("only",),
        rf"\bthe\s+only\s+(?:other\s+)?(?!(?:(?:two|three|four|five)\s+)?(?:{_EN_ONLY_NOT})\b)(?:[\w.-]+\s+){{0,2}}?"
        rf"(?!(?:{_EN_ONLY_NOT})\b)[\w-]+\s+"
        r"(?:in\s+the\s+world\s+|ever\s+)?to\s+(?!do\b|be\s+(?:done|said)\b)(?:have\s+)?[a-z]+",
        rf"\b(?:is|was|are|were|remains?|remained|becomes?|became|be|been|being|as)\s+(?:by\s+far\s+)?the\s+only\s+"
        rf"(?!(?:(?:two|three|four|five)\s+)?(?:{_EN_ONLY_NOT})\b)(?:[\w.-]+\s+){{1,6}}?(?:to|in|on|operating|ever|left|"
        r"still|allowed|who|that|for|with|capable|able|other\s+than|of\s+[a-z]+ing|offering|providing|focused|licensed|"
        r"authori[sz]ed|certified|known|among|outside|without)\b",
        r"\bthe\s+only\s+(?:[\w-]+\s+){1,4}?in\s+the\s+world\b",
        r"\bthe\s+only\s+one\s+of\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"[a-z]+teen|[a-z]+ty)\s+[\w-]+",
        r"\b(?:world|nation|country|state|city|league|continent|region|Europe|America)['’]s\s+only\s+[\w-]+",
        # "Japan's only current financial futures market" (a cheap look-ahead first, then the names)
        rf"\b(?=[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}['’]s\s+only\b)(?:{territory_pattern('en')}|{city_pattern('en')})['’]s\s+"
        r"only\s+(?!(?:child|son|daughter|hope|chance|way|option)\b)[\w-]+",
        r"\bthe\s+only\s+(?:other\s+)?(?:time|occasion)\s+(?:that\s+)?(?!I\b|we\b|you\b)(?:[\w-]+\s+){1,4}?"
        r"(?:has|have|had|was|were)\s+(?:ever\s+)?(?:been\s+)?\w+",
    ),
    _rule(
        ("histor", "landmark", "unprecedented", "never before", "anything like"),
        # "historic" of a measure or a visit (a first visit in years) only: "historic moment", "landmark ruling",
        # "historischer Meilenstein" are hype (blind judges of five sets)
        r"\b(?:historic|landmark)\s+(?:[A-Z][\w-]*\s+)?(?:high|low|highs|lows|first|record|levels?|visit|trip)\b",
        r"\bhistory[-\s]making\b|\bmade\s+history\b|\bmakes\s+history\b",
        r"\bunprecedented\b|\bnever\s+before\b",
        r"\b(?:there\s+(?:had|has|have)\s+never\s+been|never\s+(?:been\s+)?(?:seen|witnessed|experienced))\s+"
        r"anything\s+like\b",
        r"\ba\s+historic\s+\d[\d.,]*\s+\w+",
    ),
    _rule(
        (
            "record",
            "all-time",
            "all time",
        ),
        r"\ball[-\s]time\s+(?:[\w-]+\s+){1,3}?records?\b",
        # "contributed to record operating profits" (set 68)
        r"\brecord\s+(?:operating|net|pre-tax|pretax|annual|quarterly|first-quarter|half-year|full-year|group)\s+"
        r"(?:profits?|earnings|income|revenues?|sales|losses)\b",
        r"\brecord[-\s](?:breaking|high|highs|low|lows|number|numbers|levels?|heat|temperatures?|year|turnout|"
        r"amounts?|sales|profits?|losses|crowds?|rainfall|pace|time|sum|demand|prices?|earnings|revenues?|income|output|"
        r"production|exports|imports|deficits?|surplus|backlog|orders|attendance|volumes?|consumption|harvests?|crops?|"
        r"close|closes|closing|territory|setting)\b",
        # "record" before any other noun: "record unemployment", "with record inflation" (not a verb, not a label)
        r"\b(?:with|amid|at|hit|hits|saw|sees|posted|posts|reported|reports)\s+record[-\s](?!(?:label|labels|"
        r"store|stores|shop|company|companies|player|players|deal|collection|producer|keeping|keeper|industry|"
        r"books?|of|the|a|an|and|it|them|their|his|her|its|to|in|for|with|on|at|by|this|that|video|videos|"
        r"songs?|albums?|music|audio|footage)\b)[a-z]+",
        r"\b(?:the|(?:last\s+)?year['’]s|(?-i:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)['’]s)\s+record\s+[$£€]?\d[\d.,]*(?:\s+(?:mln|bln|million|billion|pct|percent|per\s+cent))?|"
        # "from January's three pct record"
        r"\b(?-i:January|February|March|April|May|June|July|August|September|October|November|December)['’]s\s+"
        r"(?:[\w.,$%-]+\s+){1,3}?record\b(?!\s+(?:label|player|company|store|shop))|"
        r"\b[\w-]+-era\s+record\b|\b(?:a|new|all[-\s]time|another|world|national|european|olympic|postwar|post-war)\s+record\b(?!\s+(?:label|player|"
        r"store|shop|company|deal\s+with))",
        r"\ball[-\s]time\s*(?:[—–]\s*|--\s*)?(?:high|low|record|best|worst)\b",
        rf"\bthe\s+all[-\s]time\s+(?:{_EN_MEASURE})\s+[\w-]+",
        # a record broken, equalled or held: "broke the world indoor 5,000m record", "Halo 2 has broken video game
        # records", "to equal the meeting record", "Irish record holder" (not a personal or a club's one)
        r"\b(?:break|breaks|broke|broken|breaking|smash(?:es|ed|ing)?|shatter(?:s|ed|ing)?|equal(?:s|led|ed|ling)?|"
        r"eclips(?:e|es|ed|ing))\s+(?:(?:a|an|the)\s+)?(?!(?:his|her|their|its|my|our|your)\b)"
        r"(?:(?!(?:personal|own|season)\b|[\w-]+['’]s?\s)[\w,.-]+\s+){0,4}?records?\b|"
        r"\b(?:world|national|(?-i:British|Irish|Scottish|English|Welsh|European|American|African|Asian|Australian|"
        r"Canadian|Kenyan|Ethiopian|Jamaican|French|German|Spanish|Italian|Russian|Chinese|Japanese|Swedish|Norwegian)|"
        r"UK|U\.S\.|Olympic|Commonwealth|meeting|championship|"
        r"course|track|area|continental|all-time)\s+(?:(?:indoor|outdoor|junior|[\d,.]+\s*(?:m|km|metres|meters|miles?)|"
        r"[a-z]+\s+jump|marathon|mile|hurdles)\s+){0,2}records?\b(?!\s+(?:label|company|store|shop))|"
        r"\brecord[-\s]holders?\b|\brecords?\s+(?:smashed|shattered)\b|\b(?:into|in|enter(?:s|ed)?)\s+the\s+record\s+books?\b|\binto\s+record\s+books?\b|"
        r"\brecords?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:smashed|broken|shattered|set|beaten)\b|"
        r"\brecords?\s+(?:set|broken)\s+(?:for|in|by|at)\b",
        r"\b(?:league|franchise|club|attendance|course|stadium|tournament|championship|scoring|single[-\s]season|"
        r"meet|olympic|games)\s+record\b(?!s?\s+(?:show|shows|showed|indicate|indicates|label))",
        r"(?<!to\s)\b(?:broke|broken|breaks|set|sets|shattered|smashed|equalled|equaled)\s+(?:a|the|its|their|"
        r"his|her)\s+(?:[\w-]+\s+){0,4}?records?\b",
        # "set several school records" (set 62)
        r"(?<!to\s)\b(?:set|sets|broke|breaks)\s+(?:several|two|three|four|five|many|numerous|multiple)\s+(?:new\s+)?"
        r"(?:school|club|team|national|world|state|league|franchise|course|meet|NCAA)\s+records\b",
    ),
    _rule(
        (
            "seller",
            "selling",
            "leading",
            "season-",
            "career-",
            "franchise-",
            "program-",
            "lead",
        ),
        # rankings: "was the top seller", "the NBA-leading Lakers", "a season-high 31 points", "leads the awards
        # with 10 nominations" (chart positions and "market leader" are routine: blind judges)
        r"\b(?:was|is|became|remains?|remained)\s+the\s+(?:top|best)[-\s]?sell(?:er|ing)\b",
        r"\b(?:league|(?-i:[A-Z]{2,5}))-leading\b|\bleading\s+the\s+(?:league|nation|(?-i:[A-Z]{2,5}))\b",
        r"\b(?:season|career|franchise|program)-(?:high|best|record|low|worst)\b",
        r"\bleads?\s+the\s+(?:awards|nominations|field)\s+with\b",
    ),
    _rule(
        ("est ", "est-"),
        # any superlative in -est after a determiner, with a scope: "the cheapest Apple computer ever"
        rf"\b(?:the|its|their|his|her|(?:world|city|country|nation|state|region|county|town|island|league|club|company|"
        rf"party)['’]s|(?-i:[A-Z])[\w-]*['’]s)\s+(?!(?:{_EN_NOT_EST})\b)[a-z]{{2,}}est\b"
        r"(?!\s+[\w-]+s\s+(?:have|are|were|will|would)\b(?!\s+(?:been|ever)\b))"
        rf"[^.;:!?]{{0,70}}?\b(?:{_EN_SCOPE})\b",
        rf"\b(?:world|country|nation)['’]s\s+(?!(?:{_EN_NOT_EST})\b)[a-z]{{2,}}est\s+{_EN_SINGULAR}\w+",
    ),
    _rule(
        _EN_SUPER_WORDS,
        # (not the subject of the verb the span belongs to: "the largest businesses have recommended for years")
        rf"\b(?:{_EN_SUPER})\b(?!\s+[\w-]+\s+(?:have|has|had|are|is|were|was|will|would)\b)[^.;:!?]{{0,70}}?"
        rf"\b(?:{_EN_SCOPE})\b",
        # "The French wine industry, the world's second largest, has been hit"
        rf"(?<=,\s)the\s+world['’]s\s+(?:{_EN_ORDINAL}[-\s])?(?:{_EN_MEASURE})(?=\s*,)|"
        rf"\b(?:(?-i:Third|Arab|Western|Muslim|Islamic|Free)\s+)?(?:world|country|nation|continent|Europe|Africa|Asia|"
        rf"America|Britain|Australia|Canada|India|China)['’]s"
        rf"\s+(?:(?:two|three|four|five|\d+)\s+(?:{_EN_SUPER})\b|(?:{_EN_ORDINAL}[-\s])?(?:{_EN_SUPER})(?:-[\w-]+)?\s+"
        rf"[\"“'‘]?(?:[a-z]+s\s+(?=[a-z]+(?:er|or|ist)\b))?{_EN_SINGULAR}[\w-]+)|"
        rf"\b(?:state|city|region|league|industry|county|province|island)['’]s\s+(?:{_EN_ORDINAL}[-\s])?(?:{_EN_MEASURE})\b|"
        rf"\b(?:company|bank|firm|group|fund|airline|carrier|insurer|lender)['’]s\s+(?:{_EN_ORDINAL}[-\s])?(?:{_EN_MEASURE})\s+"
        r"(?:single\s+)?(?:shareholders?|stockholders?|owners?|investors?|creditors?|customers?|clients?|markets?|"
        r"units?|divisions?|subsidiar(?:y|ies)|plants?|factor(?:y|ies))\b|"
        rf"\b(?:world|country|nation)['’]s\s+{_EN_ORDINAL}[-\s](?:{_EN_MEASURE})\b|"
        rf"\b(?:{_EN_SUPER})\s+(?:[\w-]+\s+){{1,5}}?in\s+the\s+world\b|\b(?:{_EN_MEASURE})\s+in\s+the\s+world\b",
        # (a name ending in s takes a bare apostrophe: "the United States’ biggest city")
        rf"\b(?-i:[A-Z])[\w.-]*(?:['’]s|(?<=s)['’])\s+(?:[a-z]+est\s+and\s+)?(?:{_EN_ORDINAL}[-\s])?(?:{_EN_MEASURE})\s+(?!\w+[^s\W]s\b)"
        rf"(?!(?:{_EN_OPINION_NOUN})\b)\w+",
        rf"\bthe\s+(?:{_EN_MEASURE})\s+(?!(?:{_EN_OPINION_NOUN})\b)(?:[\w-]+\s+){{0,3}}?(?:in|of)\s+(?:the\s+)?{_EN_PLACE}",
        r"\b(?:its|their)\s+(?:largest|biggest|costliest)\s+(?:ever\s+)?(?:acquisition|deal|purchase|investment|order|"
        r"contract|donation|fine|settlement|loss|recall|takeover|merger)s?\b",
        rf"\bthe\s+(?:{_EN_ORDINAL}[-\s])?(?:{_EN_MEASURE})\s+(?:[\w-]+\s+for\s+an?\s+)?{_EN_NATIONAL}\s+\w+",
        rf"\bthe\s+(?:{_EN_MEASURE})\s+(?:[\w-]+\s+){{0,5}}?in\s+the\s+(?:country|nation|state|region|continent|"
        r"league|union|kingdom)\b",
        # not praise: "by far the best anthology"
        rf"\bby\s+far\s+the\s+(?!(?:best|greatest|worst)\b|most\s+[\w-]+\s+(?:{_EN_RANK_NOT})\b)(?:{_EN_SUPER})\b",
        rf"\bthe\s+{_EN_ORDINAL}[-\s](?:{_EN_MEASURE})\s+(?:[\w-]+\s+){{0,3}}?(?:in|of|to)\s+(?:the\s+)?"
        rf"(?:world|country|nation|{_EN_PLACE})",
        # "the most common form of plague globally" (not the quantity "most plots … globally")
        rf"\bthe\s+(?:{_EN_MEASURE}|most\s+\w+)\b[^.;:!?]{{0,60}}?\b(?:globally|worldwide|nationwide)\b",
        # a measure in a tenure ("the biggest crisis of his presidency"); "greatest/best" there are opinion
        rf"\b(?:{_EN_MEASURE})\b[^.;:!?]{{0,50}}?\bof\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:presidency|career|"
        r"tenure|reign|premiership|lifetime)\b",
        rf"\bthe\s+(?:{_EN_MEASURE})\s+(?:[\w-]+\s+){{0,3}}?of\s+the\s+(?:world|country|nation)\b",
        rf"\b(?:{_EN_MEASURE})\b[^.;:!?]{{0,70}}?\bin\s+(?:many\s+|several\s+)?(?:decades|years|generations)\b",
        # "the largest of its kind in the euromarkets", "the largest of the marketing year" (set 54)
        rf"\bthe\s+(?:{_EN_MEASURE})\s+of\s+its\s+kind\b(?:\s+(?:in|on)\s+(?:the\s+)?[\w-]+)?",
        rf"\bthe\s+(?:{_EN_MEASURE})\s+(?:(?!(?:{_EN_OPINION_NOUN})\b)[\w-]+\s+){{0,2}}?(?:of|for|in)\s+the\s+"
        r"(?:(?:marketing|fiscal|calendar|crop|financial|current|football|racing)\s+)?(?:year|season|decade|century)\b",
    ),
    # "setting a new contract low", "a fresh season high", "his popularity at a new low", "the third largest
    # exposure after the U.S. and Japan"
    _rule(
        (
            "contract",
            "lifetime",
            "season",
            "life-of",
            "new low",
            "new high",
            "fresh low",
            "fresh high",
        ),
        r"\b(?:new|fresh|record)\s+(?:contract|life-of-contract|lifetime|season)[-\s](?:highs?|lows?)\b",
        r"\b(?:early|late|fresh|new)\s+(?:contract|life-of-contract)[-\s](?:highs|lows)\b",
        # "setting contract highs in new crop" (set 66)
        r"\b(?:set|sets|setting|hit|hits|hitting|reached|reaching|posted|posting|touched)\s+(?:new\s+)?"
        r"(?:contract|life-of-contract)[-\s](?:highs?|lows?)\b",
        r"\ba\s+(?:new|fresh)\s+(?:high|low)\s+for\s+the\s+(?:year|season)\b",
        r"\b(?:at|to|hit|hits|hitting|reached|reach|reaching|touched|set|sets|setting|posted|posts|posting|scaled)\s+"
        r"(?:a\s+|an\s+)?(?:new|fresh)\s+(?:all-time\s+|season['’]s\s+|contract\s+|lifetime\s+)?(?:lows?|highs?)\b",
    ),
    # "to a 1987 high", "hit a yearly high"
    _rule(
        (" high", " low"),
        r"\b(?:a|its|their|new)\s+(?:(?:19|20)\d{2}|yearly|year['’]s)\s+(?:high|low)s?\b",
    ),
    _rule(
        ("second", "third", "fourth"),
        rf"\b(?:second|third|fourth)[-\s](?:{_EN_MEASURE})\s+(?:[\w-]+\s+){{0,2}}?(?:after|behind)\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*",
    ),
    # "Only Kuwait has an official stock exchange", "Indonesia is the only Asian member of OPEC"
    _rule(
        ("only", "lone", "sole"),
        # (not "Only Congress can raise that limit": a power, not a first)
        r"^(?-i:Only)\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:has|have|had|is|was|were|did)\b",
        r"(?:\b(?:is|was|are|were|remains?)\s+|(?<=,\s))the\s+only\s+(?:[\w-]+\s+)?members?\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]+",
        r"\b(?:is|was|are|were|remains?)\s+the\s+lone\s+(?:[\w-]+\s+)?[\w-]+",
        # "Billington, the sole Democrat on the board" (set 55)
        r"(?:\b(?:is|was|are|were|remains?|remained)\s+|(?<=,\s))the\s+(?:only|lone|sole)\s+(?-i:[A-Z])[\w-]+"
        r"(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:on|in)\s+the\s+(?!(?:way|past|end|world)\b)[\w-]+",
        # "the only two states holding elections for governor this year" (set 32)
        r"\b(?:are|were)\s+the\s+only\s+(?:two|three|four|five)\s+(?!(?:ways?|things?|options?|people)\b)[\w-]+\s+"
        r"(?:to|in|that|which|who|with|holding|having|where)\b",
        # "the sole Obamacare insurer in most of North Dakota", "Thailand's sole tin exporter" (not "the sole owner")
        r"\bthe\s+sole\s+(?!(?:purpose|owners?|shareholders?|proprietors?|trustees?|custody|responsibility|discretion|"
        r"authority|control|beneficiary|heirs?|breadwinners?|caretakers?|reasons?|aims?|goals?|focus|remaining|"
        r"survivors?)\b)(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:in|of|to)\s+(?:the\s+|most\s+of\s+)?(?-i:[A-Z])[\w-]+",
        rf"\b(?:{territory_pattern('en')}|{city_pattern('en')})['’]s\s+sole\s+(?!(?:purpose|owner|heir|survivor)\b)[\w-]+",
    ),
    # "a four-month high", not "a five-week low": a span of weeks is routine market movement
    _rule(
        ("high", "low", "peak"),
        r"\b(?:multi|several|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|\d+)[-\s]"
        r"(?:decade|year|month)s?[-\s](?:high|low|peak)s?\b|\bdecadal\s+(?:high|low|peak)\b",
    ),
    _rule(
        ("than any", "any other", "every other", "of any", "next-", "next ", "capital of the world"),
        r"\b(?:more|fewer|less|(?!(?:other|never|over|under|after|ever|however|whether|rather|together|either|neither|"
        r"number|order|power|water|matter|member|letter|paper|corner|border|center|centre|quarter|summer|winter|"
        r"offer|her|per|later|earlier)\b)[a-z]{3,}er)\b[^.;:!?]{0,60}?"
        r"\bthan\s+(?:in\s+)?(?:literally\s+)?(?:any|every)\s+(?:other\b|(?:[\w-]+\s+){1,2}?(?:ever|before|in\s+history)\b)|"
        r"\bas\s+[\w-]+\s+as\s+any\s+other\b|"
        rf"\bnext[-\s](?:{_EN_MEASURE})\b|\b(?:{_EN_SUPER})\b[^.;:!?]{{0,50}}?\bof\s+any\s+(?:other\s+)?[\w-]+|\b[\w-]+\s+capital\s+of\s+the\s+world\b|\b(?:dwarfs?|outpac(?:es|ed)?|surpass(?:es|ed)?|exceed(?:s|ed)?)\s+"
        r"(?:that\s+of\s+|those\s+of\s+)?any\s+other\b",
    ),
    _rule(
        ("leading", "top", "no.", "no 1", "number one"),
        # "the world's leading cocoa grower" (not "the world's top diplomat", a title)
        r"\b(?:world|Europe|Africa|Asia|America)['’]s\s+(?:leading|top|No\.?\s*1|number\s+one)\s+(?!(?:diplomat|official|"
        r"general|brass|leaders?|executives?|court|aide|adviser|advisor)\b)(?!\w+[^s\W]s\b)[\w-]+",
        # "China's top carmaker", "China's number one computer maker": a nation's ranking of firms and works
        rf"\b{territory_pattern('en')}['’]s\s+(?:leading|top|No\.?\s*1|number\s+one)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{_EN_RANKED})s?\b",
    ),
    _rule(
        ("last time",),
        # chart and box-office positions are routine, not records (blind judges); a return to a low is one
        r"\bthe\s+last\s+time\s+(?:[\w-]+\s+){1,6}?(?:was|were)\s+(?:so|this|as)\s+(?:low|high|bad|good|many|few|big|"
        r"small|strong|weak|cold|hot|dry|wet)\b",
    ),
    _rule(
        _EN_SUPER_WORDS,
        # a rank stated of the subject: ".com remains the most popular address on the web", "Spider-Man has
        # been the biggest box office hit", and in apposition: "Electronic Arts, the biggest games publisher,"
        rf"\b(?:is|was|are|were|remains?|remained|(?:has|have|had)\s+(?:now\s+|long\s+)?been|became|becomes|"
        rf"continu(?:e|es|ed)\s+to\s+be)\s+(?:now\s+|still\s+|already\s+|by\s+far\s+|currently\s+)?(?P<claim>the\s+(?:{_EN_ORDINAL}[-\s])?(?:{_EN_RANK})\s+"
        rf"(?:(?!(?:{_EN_RANK_NOT})\b)[\w-]+\s+){{0,2}}(?!(?:{_EN_RANK_NOT})\b)[\w-]+"
        rf"(?:\s+(?:in|on)\s+the\s+(?:world|country|nation|web|internet|region|league)\b|\s+in\s+{_EN_PLACE})?)",
        rf"(?<=,\s)(?:(?:once|now|still|long)\s+)?the\s+(?:{_EN_ORDINAL}[-\s])?(?:{_EN_RANK})\s+(?:(?!(?:{_EN_RANK_NOT})\b)[\w-]+\s+){{0,2}}?"
        rf"(?!(?:{_EN_RANK_NOT})\b)[\w-]+(?:\s+(?:on|in|of)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?[\w-]+)?(?=\s*,|\.?\s*$)",
    ),
    _rule(
        ("first", "inaugural"),
        # a first made: "provided the first explanation for what tuft cells do"; an event's first edition won
        rf"\b(?:created|developed|built|performed|provided|discovered|produced|conducted|completed|achieved|invented|"
        rf"designed|pioneered|carried\s+out)\s+(?:what\s+(?:is|was)\s+(?:believed\s+to\s+be\s+)?)?the\s+first\s+"
        rf"(?!{_EN_FIRST_ORDER}|(?:images?|pictures?|photos?|trailer|details|results|draft|version|prototype|phase|"
        r"group|groups|set|sets|tranche|shipment|team|class)\b)"
        r"[\w-]+",
        # "the first criminal prosecution of internet spam distributors", "first spam conviction"
        # (not a probe's own first: "Mueller’s first indictments of Trump associates")
        r"(?<!['’]s\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)"
        r"\bfirst\s+(?:(?!(?:of|set|round|wave|batch|group)\b)[\w-]+\s+){0,2}?(?:conviction|prosecution|indictment|"
        r"lawsuit)s?\b(?:\s+(?:of|for|against|under)\b)?",
        r"\b(?:won|wins|win|winning|winner\s+of|claimed|takes|took)\s+the\s+inaugural\s+(?:[\w-]+\s+){0,3}?"
        r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)*",
    ),
    # "the fourth nation to successfully enter orbit around Mars", "only the second high-level EPA official to
    # resign" (set 31)
    _rule(
        ("second", "third", "fourth", "fifth", "sixth"),
        r"\bthe\s+(?:second|third|fourth|fifth|sixth)\s+(?:[\w-]+\s+){0,3}?(?:nation|country|state|city|woman|man|person|"
        r"player|team|club|company|firm|president|leader|official|politician|candidate|athlete|driver|pilot|"
        r"astronaut|American|European|Briton|German|foreigner)s?\s+(?:ever\s+)?to\s+(?:successfully\s+)?"
        r"(?:win|reach|land|enter|climb|become|receive|earn|achieve|complete|conquer|cross|orbit|walk|fly|swim|score|"
        r"host|join|qualify|hold|set|break|launch|ratify|recogni[sz]e|legali[sz]e|adopt|ban|abolish|elect|resign)\b",
    ),
    # set 30: "every “R-rated female comedy” in history" outdone, "was the first female head writer", "the
    # leading U.S. cable system", "its sixth and most powerful nuclear bomb test"
    _rule(
        ("every",),
        r"\b(?:outstripped|outstrips|surpassed|surpasses|outsold|outsells|outgrossed|eclipsed|beat|beats|topped)\b"
        r"[^.;:!?]{0,60}?\bevery\s+[^.;:!?]{1,40}?\bin\s+history\b",
    ),
    _rule(
        (
            "first female",
            "first woman",
            "first black",
            "first african",
            "first openly",
            "first muslim",
            "first hispanic",
            "first latin",
            "first asian",
        ),
        r"\b(?:was|is|became|becomes|remains)\s+(?:also\s+)?the\s+first\s+(?:female|woman|black|African[-\s]American|"
        r"openly\s+gay|Muslim|Hispanic|Latina?|Asian[-\s]American)\s+[\w-]+(?:\s+[\w-]+)?",
    ),
    _rule(
        (" and most ", " and largest", " and biggest", " and strongest", " and deadliest"),
        rf"\b(?:{_EN_ORDINAL}|first|latest)\s+and\s+(?:most\s+(?:powerful|destructive|deadly|expensive)|largest|biggest|"
        r"strongest|deadliest)\s+[\w-]+(?:\s+[\w-]+)?",
    ),
    _rule(
        ("leading", "last"),
        # a league's statistical leader: "the Big Ten’s leading passer"
        r"\b(?:(?:(?-i:[A-Z])[\w.-]*\s+){0,2}(?-i:[A-Z])[\w-]*|league|conference|club|team|nation|country)['’]s\s+"
        r"(?:all-time\s+)?leading\s+"
        r"(?:[\w-]+\s+)?(?:scorer|goalscorer|goal-scorer|passer|rusher|rebounder|receiver|run-scorer|wicket-taker|"
        r"try-scorer|point-scorer)\b",
        rf"\bthe\s+leading\s+{_EN_NATIONAL}\s+[\w-]+(?:\s+[\w-]+)?",
        # the most recent case dated: "The last major known outbreak in China was in 2009"
        r"\b(?:the|their|its)\s+last\s+(?:[\w-]+\s+){0,3}?(?:outbreak|case|attack|eruption|war|recession|strike|execution|title|"
        r"win|victory|championship|epidemic|earthquake|flood|famine|default|shutdown)s?\s+(?:[\w-]+\s+){0,4}?"
        r"(?:was|were|came|happened|occurred)\s+(?:back\s+)?in\s+\d{4}\b",
    ),
    # sets 62-63's misses: "plunged to a post-war low", "its record trade deficit", "an estimated record 6.96
    # billion dlrs", "an MLB-worst 17 times", "the first blockbuster film of any kind with sound", "the only debate
    # between the vice-presidential hopefuls", "production peaked in 2008", "the very first alert originator to
    # adopt", "the only one in the genre's history", "the only U.S. Bank, <Citibank NA>,"
    _rule(
        (
            "post-war",
            "postwar",
            "record",
            "-worst",
            "-best",
            "-high",
            "-low",
            "of any kind",
            "between",
            "peaked",
            "very first",
            "only",
        ),
        r"\bpost-?war\s+(?:record\s+)?(?:highs?|lows?)\b",
        r"\b(?:its|their|the)\s+record\s+(?:U\.S\.\s+|[Tt]rade\s+|budget\s+|current\s+account\s+|annual\s+|quarterly\s+)+"
        r"(?:deficits?|surplus(?:es)?|profits?|losses|earnings|sales)\b",
        r"\b(?:a|an)\s+(?:estimated|all-time|new|reported)\s+record\s+\$?\d[\d.,]*(?:\s+(?:billion|million|mln|bln|pct|"
        r"percent|dlrs|dollars|tonnes|tons))*",
        r"\b(?:an?\s+)?(?-i:MLB|NFL|NBA|NHL|WNBA|MLS|NCAA)[-\s](?:worst|best|high|low|leading|record)\b",
        r"\bthe\s+(?:very\s+)?first\s+(?:[\w-]+\s+){1,3}?of\s+any\s+kind\b",
        r"\bthe\s+only\s+(?!(?:difference|link|connection|thing|things|contact|way)\b)(?:[\w-]+\s+){1,3}?between\s+"
        r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+s|(?-i:[A-Z])[\w.-]+\s+and\s+(?-i:[A-Z])[\w.-]+)\b",
        r"\bpeaked\s+in\s+(?:(?:early|late|mid)[-\s])?\d{4}\b",
        r"\bthe\s+very\s+first\s+(?:[\w-]+\s+){1,3}?to\s+(?!be\b)[a-z]+",
        r"\bthe\s+only\s+one\s+in\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?history\b",
        rf"\bthe\s+only\s+(?:U\.S\.|{_EN_NATIONAL}|foreign|domestic)\s+(?:[\w-]+\s+)?(?:banks?|compan(?:y|ies)|firms?|"
        r"airlines?|carriers?|countr(?:y|ies)|nations?|members?|teams?|players?|women|woman|men|man)\b",
    ),
    _rule(
        (
            "before",
            "all-time",
            "all time",
            "year curse",
            "year wait",
            "year drought",
            "year title",
            "year championship",
        ),
        r"\bonly\s+(?:once|twice|three\s+times|four\s+times|two\s+times)\s+before\b",
        r"\b\d{2,3}[-\s]year\s+(?:curse|(?:title\s+|championship\s+)?drought|wait\s+for\s+(?:a|an|the|their|its|his|her)\s+"
        r"(?:[\w-]+\s+)?(?:title|championship|win|victory|trophy|cup|crown|medal|pennant))\b",
        r"\b(?:second|third)\s+(?:in|on)\s+the\s+all[-\s]time\b",
    ),
    _rule(
        ("furthest", "farthest", " of any"),
        rf"\bthe\s+(?:furthest|farthest|(?:{_EN_MEASURE}))\s+of\s+any\b",
    ),
    _rule(
        ("youngest", "oldest", "fastest", "most senior", "most prominent", "most high", "most decorated"),
        # "the youngest player to score in a final"
        r"\bthe\s+(?:youngest|oldest|fastest)\s+(?!(?:way|ways|route|path|means|method)\b)(?:[\w-]+\s+){1,3}?(?:ever\s+)?"
        r"to\s+(?!be\b)[a-z]+",
        # "the most prominent American coal executive to be jailed", "the most senior official to be charged"
        r"\bthe\s+most\s+(?:senior|prominent|high-profile|high-ranking|decorated)\s+(?:[\w’'-]+\s+){1,6}?(?:ever\s+)?"
        r"to\s+(?:be\s+|have\s+(?:been\s+)?)?(?!(?:be|have)\b)[a-z]+",
    ),
    _rule(
        ("selling", "grossing", "growing"),
        # "the best-selling car in America", "the highest-grossing film of all time"
        r"\b(?:best|top|highest|fastest|biggest)[-\s](?:selling|grossing|growing)\s+(?:[\w-]+\s+){0,3}?(?:in\s+"
        rf"(?:the\s+)?(?:world|country|nation|{_EN_PLACE})|of\s+all\s+time|ever|in\s+(?:[\w’'.-]+\s+){{0,3}}?history)\b",
    ),
    _rule(
        ("since", "years", "decades", "century"),
        # "not since 1966 has …", "the club hasn't won the cup since 1998", "had not won a Senate race in 25 years",
        # "No Austrian has won the downhill since 2007"
        r"\bnot\s+since\s+(?:the\s+)?\d{4}s?\b",
        r"\bthere\s+(?:have|has|had)\s+been\s+no\s+[^.;:!?]{0,60}?\bsince\s+(?:(?:early|late|mid)[-\s])?\d{4}\b",
        # droughts (set 59): "Cubs end 108-year curse", "the Cubs' 108-year wait", "without a World Series title since
        # 1948", "with no such celebration since 1924", "first triumph in 108 years"
        r"\b(?:without|with\s+no)\s+(?:a\s+|an\s+|any\s+)?(?:[\w-]+\s+){0,4}?since\s+(?:(?:early|late|mid)[-\s])?\d{4}\b",
        r"(?<![\w-])(?<!\bthe\s)first\s+(?!time\b|half\b|quarter\b)(?:[\w-]+\s+){1,4}?in\s+(?:more\s+than\s+|over\s+|"
        r"nearly\s+|almost\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:years|decades?|centur(?:y|ies))\b",
        # "the price of five grains, unchanged since 1978" (set 61)
        r"\b(?:unchanged|untouched|unaltered|frozen)\s+since\s+(?:(?:early|late|mid)[-\s])?\d{4}\b",
        r"\b(?:(?:has|have|had)(?:\s+not|n['’]t)|no\s+(?:[\w-]+\s+){1,3}?(?:has|have|had))\s+(?:been\s+)?(?:(?:thoroughly|"
        r"fully|formally|officially|successfully|publicly)\s+)?(?:won|lost|happened|occurred|seen|held|hosted|reached|hit|"
        rf"beaten|topped|had|made|played|achieved|done|passed|elected|voted|sent|suffered|recorded|posted|experienced|"
        r"vetoed|overhauled|reformed|paid|changed|altered|revalued|devalued|raised|cut|closed|traded|risen|fallen|grown|approved|issued|executed|"
        r"launched|defaulted|exceeded|fired|tested|coached|managed|competed|raced|fought|erupted|operated|been\s+(?:this|so|as)\s+(?:high|low|strong|weak|cheap|expensive))\b"
        rf"{_SENTENCE_CHAR}{{0,60}}?\b(?:since\s+(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?"
        r"\d{4}\b|since\s+(?:it|they|he|she|we)\s+(?:[\w-]+\s+){1,4}?in\s+\d{4}\b|since\s+taking\s+office\b|in\s+"
        r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a)\s+"
        r"(?:years|decades)|a\s+quarter[-\s]century|half\s+a\s+century)\b)",
    ),
    _rule(
        ("no.", "number", "never"),
        r"\bthe\s+(?:No\.|number)\s*(?:1|one)\s+(?!(?:pick|priority|choice|fan|seed|spot|rule|question|"
        r"reason)s?\b)[\w-]+",
        # a feat never achieved: "Zenit has never reached the quarter-finals", "Alabama had never elected a woman"
        r"\b(?:has|have|had)\s+never\s+(?:lost|been\s+beaten|been\s+defeated|won|reached|qualified|beaten|elected|"
        r"hosted|advanced|paid|made\s+(?:it\s+to\s+)?the\s+(?:playoffs|finals?|semi-?finals?|quarter-?finals?))\b",
        # "although it has never happened" (a first when it does)
        r"\b(?:has|have|had)\s+never\s+(?:before\s+)?(?:happened|occurred|been\s+(?:done|tried|attempted|tested))\b",
        # "there has certainly never been a World Series crowd so divided" (set 59)
        r"\bthere\s+(?:has|have|had)\s+(?:\w+\s+)?never\s+been\s+(?:a|an)\s+(?:[\w-]+\s+){1,4}?(?:so|as|this)\s+\w+",
        # a record told as a negation: "the rate of crashes has never been lower", "there have never been more"
        r"\b(?:has|have|had)\s+never\s+been\s+(?:(?:higher|lower|bigger|larger|greater|smaller|stronger|weaker|cheaper|"
        r"safer|deadlier|busier|hotter|colder|wetter|drier)\b|(?:more|fewer)\s+(?:[a-z]+s|women|men|people|children)\b|(?:so|this)\s+(?:high|low|big|large|strong|weak|"
        r"cheap|safe|busy|hot|cold|many|few)\b)",
    ),
    # the mirror of "the first time since": "The last time a Democrat won a Senate seat in Alabama was in 1992",
    # "the last Democrat to win there, in 1992"
    # "It last gave an appeals court nominee that rating in 2006", "It wasn't until 2010 that …", "Up until now,
    # there have been no restrictions" (a first told by when it last, or first, happened)
    _rule(
        ("last", "until"),
        # (the claim starts at "last", so the search skips to it; not after a person's pronoun)
        r"(?<=[\w.&-]\s)(?<!\b(?:he|we)\s)(?<!\bshe\s)(?<!\byou\s)(?<!\bI\s)(?<!\bthe\s)last\s+(?!(?:visited|"
        r"travel+ed|met|saw|spoke|talked|played|appeared|performed|lived|worked|stayed)\b)(?:[a-z]+ed|won|gave|did|made|"
        r"hit|rose|fell|held|beat|lost|paid|cut|sold|grew|swung)\b[^.;:!?]{0,60}?\bin\s+\d{4}\b",
        r"\bit\s+(?:was\s+not|wasn['’]t)\s+until\s+(?:(?:the\s+)?\d{4}s?|(?:\w+\s+){1,2}years?\s+ago)\b",
        r"\b(?:up\s+)?until\s+now,?\s+(?:there\s+(?:have|has|had)\s+been\s+no|no\s+[\w-]+\s+(?:has|have|had))\b",
    ),
    _rule(
        ("last time", "the last"),
        r"\bthe\s+last\s+time\s+(?!I\b|we\b|you\b)(?:[\w’',-]+\s+){1,14}?(?:was|were|came|happened)\s+(?:in\s+|back\s+in\s+)?"
        r"(?:\d{4}|the\s+\d{4}s)\b",
        r"\bthe\s+last\s+(?:[\w-]+\s+){0,2}?(?:winner|champion|team|club|country|nation|president|candidate|player|"
        r"Democrat|Republican|woman|man|person)\s+to\s+[a-z]+\b(?=[^.;:!?]*\b\d{4}\b)",
    ),
    _rule(
        ("has yet", "have yet", "had yet", "has ever", "have ever", "had ever"),
        # "no team has ever won it" (not "no figure has yet been agreed": a status, not a record)
        r"\bno\s+(?:[\w-]+\s+){1,4}?(?:in\s+(?:the\s+)?[\w-]+\s+)?(?:has|have|had)\s+ever\s+\w+",
    ),
    _rule(
        ("unseen", "not seen"),
        r"\b(?:unseen|not\s+(?:been\s+)?seen)\s+(?:[\w-]+\s+){0,4}?(?:for|since|in)\s+(?:more\s+than\s+|nearly\s+|"
        r"almost\s+|over\s+)?(?:a|\d+|two|three|four|five|six|seven|eight|nine|ten|the\s+\d{4}s|\d{4})\b"
        r"(?:\s+(?:century|centuries|decades?|generations?|years?|lifetime))?",
    ),
    _rule(
        ("no other", "than ever", "none", "no ", "last seen", " to record", " to a record"),
        r"\bno\s+other\s+(?:[\w-]+\s+){1,2}?(?:has|had|have)\s+ever\b|\bthan\s+ever\s+before\b|"
        # "No other franchise had endured a longer wait" (set 59)
        r"\bno\s+other\s+[\w-]+\s+(?:has|have|had)\s+(?:[\w-]+\s+){0,3}?(?:a\s+)?(?:longer|bigger|larger|higher|greater|"
        r"more|fewer)\b|"
        # "no country has taken in more refugees than Turkey", "levels last seen in 1995", "profits fly to record"
        r"\bno\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:country|nation|state|city|team|club|company|firm|region|player|"
        r"party|one|other)\s+(?:has|have|had|is|was)\s+(?:[\w-]+\s+){0,6}?(?:more|fewer|as\s+many|so\s+many|as\s+much)"
        r"\b[^.;:!?]{0,80}?\b(?:than|as)\b|\blast\s+seen\s+(?:in|since)\s+(?:the\s+)?\d{4}s?\b|"
        r"\b(?:rose|rise|rises|rising|fly|flies|soar|soared|soars|jump|jumped|jumps|climb|climbed|climbs|surged?|"
        r"surges)\s+to\s+(?:a\s+)?record\b(?!\s+(?:label|company|store|shop)\b)|"
        r"\bnone\s+(?:of\s+(?:them|these|those|the\s+\w+)\s+)?(?:has|have|had)\s+ever\b|"
        # "restrictions that no other city in Europe has", "no other country in the world has"
        rf"\bno\s+other\s+(?:[\w-]+\s+){{1,2}}?in\s+(?:the\s+)?(?:world|country|{_EN_PLACE})\s+(?:has|have|had|is|was|does|did)\b",
    ),
]
_DE_RULES: list[Rule] = [
    _rule(
        ("erst", "jüngst", "ältest", "schnellst"),
        # "Nach über 100 Jahren soll erstmals wieder eine Frau …" (the span makes "erstmals wieder" a first)
        r"\bnach\s+(?:über\s+|mehr\s+als\s+|fast\s+|rund\s+|knapp\s+)?(?:(?:[1-9]\d+|zehn|zwanzig|dreißig|fünfzig|"
        r"hundert)\s+Jahren|(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun)\s+Jahrzehnten)\b(?!\s+Pause)"
        r"(?=[^.;:!?]{0,40}?\berstmals\b)|"
        r"\berstmals\b|\berstmalig\w*|\bzum\s+ersten\s+Mal\b|\bdas\s+erste\s+Mal\s+(?:seit|nach)\b|\bdas\s+erste\s+Mal,?\s+dass\b",
        # "den ersten Erfolg gegen Sturm nach fast exakt zwei Jahren", "am ersten Meistertitel des FC Midtjylland"
        r"\berste[nrsm]?\s+(?:[\w-]+\s+){1,4}?nach\s+(?:fast\s+|mehr\s+als\s+|über\s+|rund\s+|knapp\s+)?(?:\w+\s+)?"
        r"(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|elf)\s+(?:Jahren|Jahrzehnten|Dekaden)\b",
        r"\berste[nrsm]?\s+(?:Meistertitel|Meisterschaft|Titel|Titelgewinn|Triumph)\s+(?:des|der|von)\s+(?-i:[A-ZÄÖÜ])[\w-]+",
        # "Hiddink ist der erste Premier-League-Trainer, der …" (not "der erste Schritt in …")
        r"\b(?:ist|war|wird|wurde|wäre)\s+(?:der|die|das)\s+erste\s+(?!(?:Schritt|Teil|Tag|Woche|Monat|Jahr|Halbzeit|Satz|"
        r"Akt|Punkt|Versuch|Eindruck|Blick|Termin|Spieltag|Runde|Etappe|Hälfte|Mal|Gang|Anlauf)\b)"
        r"(?:[a-zäöü][\w-]*\s+)?(?-i:[A-ZÄÖÜ])[\w-]+(?:,\s+(?:(?:in|bei|an|mit|für|auf)\s+)?(?:der|die|das|dem|denen)\b|"
        r"\s+(?:überhaupt|seit|in\s+der\s+Geschichte)\b)",
        r"\berste[nrsm]?\s+(?:[\w-]+\s+)?Saison(?:niederlage|sieg|tor|punkt)\w*",
        r"\b(?:(?:der|die)\s+)?erste\s+(?:[\w-]+\s+)?(?:Frau|Schwarze[r]?|Präsidentin|Kanzlerin|Bürgermeisterin|"
        r"Ministerin|Regierungschefin)\b",
        # "als erstes EU-Land", not "als erster der großen US-Unternehmen" (the first of a group to report: order)
        r"\bals\s+erste[rsn]?\s+(?!(?:der|die|des|den)\b)(?:[\w-]+\s+){0,2}?(?:[\w]+-)?(?:Frau|Mann|Land|Staat|"
        r"Stadt|Team|Verein|Partei|Person|Politiker\w*|Deutsche[rn]?|Unternehmen|Bundesland|Nation|Mannschaft|"
        r"Spieler\w*|Künstler\w*|Mensch|Europäer\w*|Österreicher\w*|Schweizer\w*|Amerikaner\w*|Champion\w*|"
        r"Sieger\w*|Gewinner\w*|Athlet\w*|Sportler\w*)\b",
        # "nunmehr ältester Quarterback, der die Super Bowl gewonnen hat" (the oldest … to win)
        r"\b(?:jüngste|älteste|schnellste)[rns]?\s+(?:[\w-]+\s+){0,2}?(?-i:[A-ZÄÖÜ])[\w-]+,?\s+(?:der|die|dem)\s+"
        r"[^.;:!?]{0,60}?\b(?:gewonnen|geschafft|erreicht|gelungen|gewann|gewinnt|schaffte)\b",
        # "Die Aussage ist somit die erste dieser Art"
        r"\b(?:der|die|das)\s+erste[nrs]?\s+(?:[\w-]+\s+)?(?:dieser|ihrer|seiner)\s+Art\b",
    ),
    _rule(("rekord",), r"\bRekord\w*|\w+rekord\w*"),
    _rule(("premiere",), r"\b(?-i:[A-ZÄÖÜ])[\w-]*-Premiere\b|\b(?:eine|echte|absolute)\s+Premiere\b"),
    _rule(("allzeit", "jahres"), r"\bAllzeit(?:hoch|tief)\w*|\b[\w-]*Jahres-?(?:hoch|tief)\b"),
    _rule(
        ("histor",),
        # of a measure, a first or a visit only: "historischer Meilenstein", "historischer Erfolg" are praise
        r"\bhistorisch(?:e[nrms]?)?\s+(?:Tiefstand|Tiefststand|Höchststand|Premiere|Hoch|Tief|Rekord|Besuch|Reise)\w*|"
        r"\bhistorisch\s+(?:hoch|niedrig|tief|einmalig)\w*",
    ),
    _rule(
        ("beispiel", "dagewesen", "da gewesen", "ungekannt"),
        r"\bbeispiellos\w*|\bnie\s+dagewesen\w*|\bnoch\s+nie\s+da\s*gewesen\w*|\bnie\s+gekannte[nrms]?\s+\w+",
    ),
    _rule(
        ("nie",),
        r"\bnoch\s+nie\b(?:\s+zuvor)?[^.;:!?]{0,50}?\bso\s+(?:viele|wenige|hoch|niedrig|stark|groß|teuer|warm|"
        r"heiß|kalt|schnell|lange|häufig|oft|deutlich|hohe\w*|große\w*)\b|\bnoch\s+nie\s+zuvor\b",
        r"\b(?:mehr|weniger|so\s+\w+)\s+(?:[\w-]+\s+){0,3}?wie\s+(?:noch\s+)?nie(?:\s+zuvor)?\b",
        r"\b(?:hat|gab)\s+es\s+(?:so\s+(?:etwas\s+)?)?(?:noch\s+)?nie\b|\bnoch\s+nie\s+(?:gegeben|passiert|vorgekommen|"
        r"gelungen|geschafft|erreicht)\b",
        # a feat never achieved: "hat bei der Copa noch nie gegen Chile verloren", "schaffte … noch nie den Einzug"
        r"\bnoch\s+nie\s+(?:[\w-]+\s+){0,4}?(?:besiegt|geschlagen|gewonnen|verloren|erreicht|qualifiziert|gesiegt|"
        r"gewählt)\b",
        r"\b(?:schaffte|schafften|gewann|gewannen|erreichte|erreichten|verlor|verloren|besiegte|besiegten)\s+"
        r"(?:[\w-]+\s+){0,6}?noch\s+nie\b",
        r"\bwie\s+(?:es|sie|man)\s+(?:[\w-]+\s+){0,3}?(?:noch\s+)?nie\s+(?:zuvor\s+)?(?:gekannt|erlebt|gesehen|"
        r"gegeben)\b",
        # "Noch nie hat ein …" opening a clause; not with a pronoun subject ("Noch nie hat sie Urlaub gemacht")
        r"(?:^|(?<=[,;:–—„“\"«])|(?<=[,;:–—„“\"«]\s))noch\s+nie\s+(?:zuvor\s+)?(?:hat|haben|hatte|hatten|ist|sind|"
        r"war|waren|wurde|wurden)\b(?!\s+(?:er|sie|ich|wir|ihr|du|man|mich|mir|uns)\b)",
    ),
    # "die seit 2011 nicht mehr Meister war", "der Erste, dem dies mit zwei Teams gelang" (set 31)
    _rule(
        ("nicht mehr", "erste,"),
        r"\bseit\s+(?:dem\s+Jahr\s+)?\d{4}\s+nicht\s+mehr\s+(?:[\w-]+\s+){0,3}?(?:Meister\w*|Sieger\w*|gewonnen|"
        r"gesiegt|Titel\w*|Champion\w*|qualifiziert|erreicht|verloren|gewählt|regiert)",
        r"\b(?:der|die)\s+Erste,\s+(?:dem|der|die|den)\b(?=[^.;:!?]{0,80}?\b(?:gelang|gelungen|geschafft|schaffte|gewann|"
        r"gewonnen|erreichte|erreicht)\b)",
    ),
    # the mirror of "erstmals seit": "Letztmals fehlte er 1999 bei den US Open", "Zuvor letzter Sieger aus
    # Deutschland war 1966 Wilhelm Bungert"
    _rule(
        ("letzt",),
        r"\bletztmals\b(?=[^.;:!?]*\b\d{4}\b)",
        r"\b(?:zuvor|bislang|bisher|bis\s+dato)\s+letzte[rns]?\s+(?:[\w-]+\s+){0,2}?(?:Sieger\w*|Gewinner\w*|Titel\w*|"
        r"Meister\w*|Mal)\b",
    ),
    # "mehr denn je" counts; "wichtiger denn je" is an opinion (blind judge, set 19)
    _rule(
        ("je zuvor", "denn je"),
        r"\bals\s+je\s+zuvor\b|\b(?:mehr|weniger|(?!(?:wichtiger|besser|schöner|schlimmer|dringender|nötiger|"
        r"notwendiger|gefragter|aktueller|relevanter)\b)\w+er)\s+(?:[\w-]+\s+){0,3}?denn\s+je\b",
    ),
    # a record by another name: "die bisherige Bestmarke", "der Höchststand"
    _rule(
        ("bestmarke", "bestwert", "höchststand", "tiefststand", "höchstwert", "tiefstwert"),
        r"\b[\w-]*(?:Bestmarke|Bestwert|Höchststand|Tiefststand|Höchstwert|Tiefstwert)\w*",
    ),
    # "die meistgenutzte Android-Version", "die meistgehasste Schriftstellerin Großbritanniens"
    _rule(
        ("meist",),
        r"\bmeist(?:genutzt|verkauft|gesehen|besucht|gehasst|gespielt|gelesen|geklickt|gehört|zitiert|gesucht|"
        r"diskutiert|gewählt|gebucht|gestreamt|heruntergeladen|gebraucht|verwendet|getragen|gekauft)e[nrs]?\s+(?:[\w-]+\s+)?(?-i:[A-ZÄÖÜ])[\w-]+",
    ),
    _rule(
        ("irgendein", "jede andere", "jeder andere", "jedes andere"),
        r"\bals\s+(?:\w+\s+)?(?:irgendein\w*|jede[rsnm]?)\s+andere\w*",
    ),
    _rule(
        ("kein",),
        r"\b(?:Mehr|Länger|Öfter|Häufiger)\s+[^.;:!?]{0,120}?\bals\b[^.;:!?]{0,120}?\bkein\w*\b[^.;:!?]{0,40}?"
        r"\b(?:bislang|bisher|jemals|je)\b|\bkein(?:e[rs]?)?\s+andere[rs]?\s+[\w-]+\s+(?:hat|hatte|ist|war|erhält|"
        r"erhielt)\s+(?:je|jemals|bislang|bisher|vergleichbare)\b",
        # "Kein Land hat mehr Flüchtlinge aus Syrien aufgenommen als die Türkei"
        r"\bkein(?:e[rs]?)?\s+(?:[\w-]+\s+)?(?:Land|Staat|Stadt|Region|Team|Verein|Unternehmen|Partei|Spieler\w*|"
        r"andere[rs]?)\s+(?:hat|hatte|ist|war)\s+(?:[\w-]+\s+){0,8}?(?:mehr|so\s+viele|weniger)\b[^.;:!?]{0,80}?"
        r"\b(?:als|wie)\b",
    ),
    _rule(
        _DE_WIDE_WORDS,
        r"\b(?:welt|europa|bundes|deutschland|landes)weit\s+(?:meist\w+|erste|gr(?:ö|oe)(?:ß|ss)te|höchste|einzige|längste|"
        r"älteste)\w*",
    ),
    _rule(
        ("einzig",),
        rf"\b(?:der|die|das|den|dem|des|ihre|seine|deren|dessen)\s+einzige[nrs]?\s+(?!(?:{_DE_ONLY_NOT})\b)"
        r"(?-i:[A-ZÄÖÜ])[\w-]+\s+(?:[\w-]+\s+){0,3}?(?:in|im|bei)\s+(?:der\s+Welt|der\s+Schweiz|den\s+USA|"
        r"(?:den\s+)?Olympischen|Olympia|(?!(?:der|den|dem|die|das|einem|einer|diesem|dieser)\b)(?-i:[A-ZÄÖÜ])[\w-]+)",
        rf"\b(?:ist|war|sei|bleibt|blieb|wäre|als)\s+(?:[\w-]+\s+){{0,2}}?(?:der|die|das)\s+"
        rf"einzige[rn]?\s+(?:[\w-]+\s+)?(?!(?:{_DE_ONLY_NOT})\b)(?-i:[A-ZÄÖÜ])[\w-]+(?:,\s+(?:der|die|das)\b|"
        r"\s+(?:in|im|weltweit|bundesweit|Deutschlands|Europas|der\s+Welt)\b)",
        # "sind die einzigen Länder, in denen …"
        rf"\b(?:sind|waren|seien|bleiben|blieben)\s+(?:[\w-]+\s+){{0,2}}?die\s+einzigen\s+(?:[\w-]+\s+)?"
        rf"(?!(?:{_DE_ONLY_NOT})\b)(?-i:[A-ZÄÖÜ])[\w-]+,\s+(?:(?:in|bei|mit|für|von)\s+)?(?:die|denen|deren)\b",
    ),
    _rule(("nummer eins", "nummer 1"), r"\bNummer\s+(?:eins|1)\b"),
    # "Der größte Markt ist Wien", "die zweitgrößte Wirtschaftsmacht nach Deutschland", "als sechster Spieler in der
    # Geschichte der NHL"
    _rule(
        (
            "größt",
            "grösst",
            "höchst",
            "längst",
            "ältest",
            "teuerst",
            "tiefst",
            "niedrigst",
            "zweit",
            "dritt",
            "geschichte",
        ),
        rf"^(?:Der|Die|Das)\s+(?:{_DE_MEASURE})[nrs]?\s+(?!(?:{_DE_OPINION})\w*\b)(?-i:[A-ZÄÖÜ])[\w-]+\s+"
        r"(?:ist|war|sind|waren|bleibt|blieb)\s+(?:(?:der|die|das)\s+)?(?-i:[A-ZÄÖÜ])[\w-]+",
        r"\b(?:zweit|dritt|viert)(?:gr(?:ö|oe)(?:ß|ss)t|höchst|stärkst|reichst|meist)e[nrs]?\s+(?-i:[A-ZÄÖÜ])[\w-]+\s+nach\s+"
        r"(?-i:[A-ZÄÖÜ])[\w-]+",
        r"\bals\s+(?:erste|zweite|dritte|vierte|fünfte|sechste|siebte|siebente|achte|neunte|zehnte)[rsn]?\s+"
        r"(?:[\w-]+\s+){1,2}?in\s+der\s+Geschichte\b",
    ),
    # "eine seit 1967 nicht gekannte Armut", "seit Jahrzehnten nicht mehr erlebte Dürre"
    _rule(
        ("seit",),
        r"\bseit\s+(?:\d{4}|Jahrzehnten|Jahrhunderten|Menschengedenken|(?:über\s+|mehr\s+als\s+)?\d+\s+Jahren)\s+(?:nicht|nie)\s+"
        r"(?:mehr\s+)?(?:gekannt|gesehen|erlebt|dagewesen|erreicht|verzeichnet|gemessen)\w*",
    ),
    # "das erste Konsulat Osttimors" (a country's first: a cheap look-ahead, then the names)
    _rule(
        ("erste",),
        r"\berste[nrs]?\s+(?!(?:Schritt|Teil|Tag|Woche|Monat|Jahr|Halbzeit|Satz|Akt|Punkt|Versuch|Eindruck|Blick|Termin|"
        r"Spieltag|Runde|Etappe|Hälfte|Mal|Gang|Anlauf|Reaktion|Ergebnis)\w*\b)(?-i:[A-ZÄÖÜ])[\w-]+\s+"
        rf"(?=[A-ZÄÖÜ][\w-]+s\b)(?:{territory_pattern('de')})s\b",
    ),
    # "Island wird damit neben Norwegen das zweite Land, das kommerziellen Walfang betreibt"
    _rule(
        ("zweite", "dritte"),
        r"\b(?:der|die|das)\s+(?:zweite|dritte)\s+(?:Land|Staat|Stadt|Frau|Mann|Team|Verein|Partei|Person|Unternehmen|"
        r"Nation)\s*,\s+(?:der|die|das)\b",
    ),
    # "Auch das ist ligaweit der Topwert"
    _rule(
        _DE_WIDE_WORDS,
        r"\b(?:liga|landes|bundes|europa|welt|österreich|deutschland|schweiz)weit\s+(?:der|die|das|den|dem)\s+"
        r"(?:Top|Spitzen|Höchst|Best|Rekord)\w+",
    ),
    # "als einziges afrikanisches Land", "dem weltgrößten Social Network", "die größte Minderheit im Land"
    _rule(
        ("als einzig", "weltgrö", "welthöchst", "weltlängst", "weltältest", "im land"),
        r"\bals\s+(?:bisher\s+|bislang\s+|bis\s+heute\s+)?einzige[rsn]?\s+(?:[a-zäöü][\w-]*\s+)?(?:Frau|Mann|Land|"
        r"Staat|Stadt|Team|Verein|Partei|Person|Unternehmen|Bundesland|Nation|Mannschaft|Politiker\w*|Spieler\w*|"
        r"Künstler\w*|Sportler\w*|Athlet\w*|Kandidat\w*|[\w-]*[Ff]ahrer\w*|Mensch|Deutsche[rn]?|Europäer\w*|"
        r"Österreicher\w*|Schweizer\w*|Amerikaner\w*)\b",
        r"\bwelt(?:gr(?:ö|oe)(?:ß|ss)t|höchst|längst|ältest)e[nrs]?\s+(?:[\w-]+\s+)?(?-i:[A-ZÄÖÜ])[\w-]+",
        rf"\b(?:{_DE_MEASURE})[nrs]?\s+(?!(?:{_DE_OPINION})\w*\b)(?-i:[A-ZÄÖÜ])[\w-]+\s+im\s+Lande?\b",
    ),
    # "das Amt mit den umfangreichsten Vollmachten von allen politischen Ämtern"
    _rule(
        ("von allen", "unter allen"),
        rf"\b(?!(?:beste|schönste)n?\b)(?:{_DE_SUPER}|(?-i:[a-zäöüß])\w+sten?)\s+(?!(?:{_DE_OPINION}|Lösung|Idee|Wahl)\w*\b)"
        r"(?-i:[A-ZÄÖÜ])[\w-]+\s+(?:von|unter)\s+allen\b",
    ),
    # "der größte US-Autohersteller", "Charkiw, der zweitgrößten Stadt der Ukraine"
    _rule(
        ("us-", "eu-", "uk-", "zweit", "dritt"),
        rf"\b(?:der|die|das|den|dem|des)\s+(?:{_DE_MEASURE})[nrs]?\s+(?:US|EU|UK)-(?-i:[A-ZÄÖÜ])[\w-]+",
        r"\b(?:zweit|dritt|viert|fünft)(?:gr(?:ö|oe)(?:ß|ss)t|höchst|reichst|wichtigst|längst|ältest)e[nrs]?\s+"
        r"(?-i:[A-ZÄÖÜ])[\w-]+\s+(?:(?:der|des|in|im)\s+(?-i:[A-ZÄÖÜ])[\w-]+|(?-i:[A-ZÄÖÜ])[\w-]+s\b)",
    ),
    # a country's or region's: "Italiens größte Bank", "Europas einzige …", "der weltweit größte
    # Hersteller" (the names behind a cheap look-ahead for the same superlatives)
    _rule(
        ("ste", "ßte", "einzig"),
        rf"\b(?:(?=[A-ZÄÖÜ][\w-]+s\s+{_DE_COUNTRY_SUPER}[nrs]?\s+[A-ZÄÖÜ])(?:{territory_pattern('de')})s|"
        rf"der\s+Schweiz|weltweit)\s+{_DE_COUNTRY_SUPER}[nrs]?\s+(?![\w-]*?(?:{_DE_OPINION})\b)(?-i:[A-ZÄÖÜ])[\w-]+",
        # "der jüngste Dirigent sein, der diese Feier je geleitet hat"
        rf"\b(?:{_DE_SUPER}|(?-i:[a-zäöüß])\w+ste)[nrs]?\s+(?-i:[A-ZÄÖÜ])[\w-]+(?:\s+\w+)?,\s+(?:der|die|das)\s+"
        r"[^.;:!?]{0,60}?\b(?:je|jemals)\b",
    ),
    _rule(
        ("abstand", "noch kein"),
        rf"\bmit\s+Abstand\s+(?:{_DE_SUPER}|(?-i:[a-zäöüß])\w+ste)\w*",
        r"\b(?:hat|hatte|haben|hatten)\s+(?:bisher|bislang|je)\s+noch\s+kein\w*",
    ),
    _rule(
        ("bisher", "bislang", "bis dato", "bis heute"),
        r"\b(?:bisher|bislang|bis\s+dato|bis\s+heute)\s+(?-i:[a-zäöüß])\w+ste[nrs]?\s+(?-i:[A-ZÄÖÜ])[\w-]+",
        r"\b(?:bisher|bislang|bis\s+heute)\s+einzig\w*\s+(?:[\w-]+\s+)?(?-i:[A-ZÄÖÜ])[\w-]+",
        # "das bisher beste Dreier-Team", "der höchste Wert bisher bei diesen Spielen"
        rf"\b(?:bisher|bislang)\s+(?:{_DE_SUPER}|größte|grösste)[nrs]?\s+(?-i:[A-ZÄÖÜ])[\w-]+",
        rf"\b(?:der|die|das)\s+(?:{_DE_MEASURE})[nrs]?\s+(?-i:[A-ZÄÖÜ])[\w-]+\s+(?:bisher|bislang)\b",
        r"\b(?:bisher|bislang)\s+ungekannt\w*",
    ),
    # "der fleißigste deutsche Politiker": any superlative with a nationality, after an article
    _rule(
        _DE_NATIONAL_WORDS,
        rf"\b(?:der|die|das|den|dem|des|als)\s+(?:[\w-]+\s+)?(?!(?:meist|wenigst|nächst|letzt|jüngst|erst|oberst|"
        rf"äußerst|mindest)e)(?-i:[a-zäöüß])\w{{2,}}ste[nrs]?\s+(?:{_DE_NATIONAL})\w*\s+(?-i:[A-ZÄÖÜ])[\w-]+",
        rf"\bals\s+erste[nrms]?\s+(?:{_DE_NATIONAL})\w*\s+(?-i:[A-ZÄÖÜ])[\w-]+",
        rf"\b(?:der|das|zum|zur|den|dem)\s+erste[nrm]?\s+(?:{_DE_NATIONAL})\w*\s+(?-i:[A-ZÄÖÜ])[\w-]+",
    ),
    # "im größten Kindergarten der Stadtgemeinde", "zweiterfolgreichster Hersteller des Sports"
    _rule(
        _DE_SCOPE_WORDS,
        _DE_SUPER_NOUN_OF + r"(?:Landes|Stadt|Stadtgemeinde|Gemeinde|Region|Liga|Bundesliga|Sports|Branche|Republik|"
        r"Saison|Vereinsgeschichte|Klubgeschichte|Turniergeschichte|Kantons|Bundeslandes|Bezirks|Kreises|Insel|"
        r"Stadtgeschichte|Firmengeschichte|Unternehmensgeschichte|Olympischen\s+Spiele|Weltmeisterschaft|WM|"
        r"Gruppe|Nationalelf|Nationalmannschaft|Mannschaft|Turniers|Wettbewerbs)\b",
        # an adjective before the scope: "der wertvollste Spieler der moldauischen Nationalelf"
        _DE_SUPER_NOUN_OF
        + r"[a-zäöü]\w+en\s+(?:Nationalelf|Nationalmannschaft|Liga|Bundesliga|Geschichte|Gruppe|Mannschaft)\b",
    ),
    _rule(("überhaupt",), r"\berste[nrsm]?\s+(?:[\w-]+\s+){0,3}?überhaupt\b"),
    # any superlative with a span: "der bedeutendste archäologische Fund in Rom in den vergangenen Jahren",
    # "die schärfsten Spannungen seit dem Ende des Kalten Krieges"
    _rule(
        ("vergangenen", "letzten", "seit"),
        r"\b(?:der|die|das|den|dem|des)\s+(?:[\w-]+\s+)?(?!(?:meist|wenigst|nächst|letzt|jüngst|erst|oberst|äußerst|"
        r"mindest)e|\w*(?:zig|ßig|hundert|tausend|million|milliard)ste)(?-i:[a-zäöüß])\w{2,}ste[nrs]?\s+[^.;:!?]{0,50}?"
        r"\b(?:in\s+den\s+(?:vergangenen|letzten)\s+"
        r"(?:\w+\s+)?(?:Jahren|Jahrzehnten|Jahrhunderten)|seit\s+(?:Jahrzehnten|Menschengedenken|Beginn\s+der\s+"
        r"(?:Aufzeichnungen|Messungen)|dem\s+(?:(?:Ende|Beginn)(?:\s+(?:des|der)\s+(?:[\w-]+\s+)?[\w-]+)?|Zweiten\s+Weltkrieg|"
        r"Mauerfall|Fall\s+der\s+Mauer)|"
        r"(?:mehr\s+als\s+|über\s+|fast\s+)?(?:\d+|zehn|zwanzig|dreißig|fünfzig|hundert)\s+Jahren|\d{4}))\b",
    ),
    _rule(
        ("größt", "grösst", "wichtigst", "bedeutendst"),
        r"\b(?:gr(?:ö|oe)(?:ß|ss)t|wichtigst|bedeutendst)e[nrs]?\s+(?:[\w-]+\s+)?(?:Investor|Aktionär|Anteilseigner|"
        r"Geldgeber|Kunde|Kreditgeber|Gläubiger|Arbeitgeber|Hersteller|Anbieter|Produzent|Exporteur|Importeur|"
        r"Handelspartner|Lieferant|Abnehmer|Sponsor|Verbündete)\w*\s+(?:(?:von|des|der|im|in)\s+)?(?:[a-zäöü][\w-]*en\s+)?"
        r"(?-i:[A-ZÄÖÜ])[\w-]+",
        r"\b(?:gr(?:ö|oe)(?:ß|ss)t|wichtigst|bedeutendst)e[nrs]?\s+(?-i:[A-ZÄÖÜ])[\w]*-(?:Exporteur|Importeur|Produzent|"
        r"Hersteller|Handelspartner|Investor|Arbeitgeber|Geldgeber|Abnehmer|Lieferant)\w*",
    ),
    _rule(("seit",), r"\bwie\s+seit\s+[^.;:!?]{0,40}?\bnicht\s+mehr\b"),
    _rule(
        _DE_SUPER_WORDS,
        # (no verb between: "den meisten Hindernissen wird seit Jahren diskutiert" is a duration)
        rf"\b(?:{_DE_SUPER}|(?-i:erste))\w*\b(?!\s+(?:{_DE_OPINION})\w*\b)"
        r"(?:(?!\b(?:wird|werden|wurde|wurden|ist|sind|war|waren|hat|haben|hatte|hatten)\b)[^.;:!?]){0,60}?\bseit\s+"
        r"(?:(?:[\w-]+\s+){0,4}?\d{4}|Jahrzehnten|Jahren|"
        r"Beginn\s+der\s+(?:Aufzeichnungen|Messungen|Wetteraufzeichnungen)|Menschengedenken|mehr\s+als|über|fast|rund|"
        r"(?:\d+|\w+)\s+(?:Jahren|Monaten|Wochen|Tagen|Jahrzehnten)|einem\s+(?:Jahr|Jahrzehnt|Monat)|dem\s+\d{1,2}\.\s+\w+|"
        r"[A-ZÄÖÜ]\w+\s+\d{4}|dem\s+(?:Ende|Beginn|Zweiten\s+Weltkrieg|Mauerfall|Fall\s+der\s+Mauer)\b)\b",
        rf"\b(?:{_DE_SUPER}|schönste|erste)\w*\b[^.;:!?]{{0,80}}?\b(?:in\s+der\s+"
        r"(?:[\w-]+\s+)?Geschichte|der\s+[\w-]+geschichte|weltweit|der\s+Welt|aller\s+Zeiten|Europas|Deutschlands)\b",
        rf"\b(?:{_DE_SUPER}|schönste|erste)\w*\s+(?:[\w.-]+\s+){{0,3}}?(?:(?:seiner|ihrer|unserer|deren|dessen)\s+"
        r"(?:[\w-]+\s+)?Geschichte|des\s+Jahrhunderts|des\s+Jahrzehnts|der\s+Vereinsgeschichte|"
        r"(?:West|Ost|Nord|Süd|Mittel)europas|Österreichs|der\s+Schweiz|der\s+USA|Amerikas|Afrikas|Asiens|"
        r"bundesweit|europaweit)\b",
        rf"\b(?:{_DE_MEASURE})\w*\s+(?:{_DE_NATIONAL})\w*\s+(?-i:[A-ZÄÖÜ])[\w-]+",
        # "das schwächste aller Teams", "die größte Stadt in Bayern", "der aktuell größte in Deutschland"
        rf"\b(?:{_DE_SUPER}|(?-i:[a-zäöüß])\w+ste)\w*\s+(?:(?-i:[A-ZÄÖÜ])[\w-]+\s+|und\s+\w+ste\s+)?aller\s+"
        r"(?:[\w-]+\s+)?(?-i:[A-ZÄÖÜ])[\w-]+",
        rf"\b(?:{_DE_MEASURE})[nrs]?\s+(?:(?!(?:{_DE_OPINION})\w*\b)(?-i:[A-ZÄÖÜ])[\w-]+\s+)?in\s+"
        r"(?:der\s+(?:Schweiz|EU|Welt)|den\s+USA|(?!(?:der|den|dem|die|das)\b)(?-i:[A-ZÄÖÜ])[\w-]+)",
        rf"\b(?:{_DE_SUPER}|mächtigst|einflussreichst|bevölkerungsreichst|wichtigst)\w*\s+(?:[\w-]+\s+){{0,2}}?"
        r"(?:der\s+(?:Vereinten\s+Nationen|EU|Europäischen\s+Union|Nato|Bundesrepublik|Welt|Erde)|des\s+(?:Landes|"
        r"Kontinents|Planeten)|[\w-]*(?:asiens|afrikas|amerikas|europas))\b",
    ),
]
_ONE_RULE: dict[str, re.Pattern[str]] = {
    "fr": re.compile(
        "|".join(
            [
                r"\bpour\s+la\s+première\s+fois\b|\bsans\s+précédent\b|\bdu\s+jamais[-\s]vu\b|\bjamais\s+auparavant\b",
                r"\bn['’](?:avait|a|avaient|ont|était|étaient)\s+jamais\s+(?:été\s+|connu\s+|vu\s+|eu\s+)?(?:aussi|"
                r"autant|si|tant)\b",
                r"\bjamais\s+(?:vu|connu)\s+(?:une?\s+tel(?:le)?|de\s+tel(?:le)?s|pareil\w*)\b",
                r"\bla\s+première\s+fois\s+(?:[\w'’-]+\s+){0,8}?(?:depuis\s+(?:\d{4}|\d+\s+ans|des|le|la)\b|"
                r"de\s+(?:son|leur|"
                r"l['’])\s*histoire\b|en\s+\d+\s+ans\b)",
                r"\binégalée?s?\b|\b(?:situation|crise|niveau|ampleur|hausse|baisse|phénomène|mobilisation|alliance|"
                r"décision|accord|événement)s?\s+inédit(?:e|s|es)?\b",
                r"\brecords?\b",
                r"\b(?:pic|plus\s+haut|plus\s+bas|sommet|plancher|niveau\s+(?:le\s+)?plus\s+(?:haut|bas|élevé|faible))"
                r"\s+depuis\s+(?:[\w'’-]+\s+){0,3}?\d{4}\b",
                r"\b(?:niveau|plus\s+haut|plus\s+bas|victoire|accord|journée|défaite|moment|jour|vote|décision|"
                r"résultat|"
                r"score|succès|sommet|hausse|baisse|chute|pic|tournant|percée|seuil)s?\s+historiques?\b",
                rf"\b(?:le|la|les|être|est|était|sera|devient|devenue?)\s+premi(?:er|ère)s?\s+(?!{_FR_NOT_FIRST})"
                r"(?:[\w'’-]+\s+){1,4}?à\s+(?:avoir\s+|être\s+)?\w+(?:er|ir|re|oir|é|ée|i|u|is|it)\b",
                rf"\b(?:le|la|son|sa|leur)\s+premi(?:er|ère)\s+(?!{_FR_NOT_FIRST})(?:[\w'’-]+\s+){{0,4}}?depuis\s+\S+",
                r"\b(?:le|la|les)\s+seul(?:e|s|es)?\s+(?!chose|moyen|façon|manière|solution|option|chance|"
                r"issue)(?:[\w'’-]+\s+){0,4}?à\s+(?:avoir\s+|être\s+)?\w+(?:er|ir|re|oir)\b",
                rf"\b(?:le|la|les)\s+(?:plus|moins)\s+[\w'’-]+\s+(?:[\w'’-]+\s+){{0,5}}?(?:{_FR_SCOPE})",
                rf"\b(?:le|la|les)\s+(?:meilleur|pire|premier|"
                rf"première)e?s?\s+(?!{_FR_NOT_FIRST})(?:[\w'’-]+\s+){{0,4}}?"
                rf"(?:{_FR_SCOPE})",
            ]
        ),
        _I,
    ),
    "es": re.compile(
        "|".join(
            [
                r"\bpor\s+primera\s+vez\b|\bsin\s+precedentes?\b|\bnunca\s+antes\b|\bjamás\s+(?:antes\s+)?(?:vist|"
                r"registrad)[oa]s?\b",
                r"\bnunca\s+(?:se\s+)?(?:había|habían|ha|han)\s+(?:\w+\s+)?(?:tant[oa]s|tan|registrado|visto)\b",
                r"\b(?:algo|hecho|situación|cifra|nivel|caso|fenómeno|acuerdo|alianza)\s+inédit[oa]\b",
                r"\b(?:algo|cosa|hecho|situación|fenómeno)\s+(?:nunca|jamás)\s+(?:antes\s+)?vist[oa]\b",
                r"\bla\s+primera\s+vez\s+(?:[\w-]+\s+){0,8}?(?:desde\s+(?:\d{4}|hace|que)\b|en\s+(?:la|"
                r"su)\s+historia\b|"
                r"en\s+(?:más\s+de\s+)?\d+\s+años\b)",
                r"\bm[áa]s\s+(?!importante|necesari|urgente|vigente|actual|relevante|fuerte|unid|viv|cerca|lejos|clar|"
                r"presente)(?:[\w-]+\s+){1,3}?que\s+nunca\b",
                r"\br[ée]cords?\b",
                r"\b(?:máximo|mínimo|nivel|cifra|hito|resultado|techo|suelo)s?\s+hist[óo]ric[oa]s?\b",
                r"\b(?:victoria|derrota|acuerdo|día|jornada)\s+hist[óo]ric[oa]\b",
                rf"\b(?:es|era|fue|será|sería|sido|convierte\s+(?:así\s+)?en|convirtió\s+(?:así\s+)?en|"
                rf"convertirse\s+en|"
                rf"convertid[oa]\s+en|como)\s+(?:el|la)\s+primer[oa]?\s+(?!{_ES_NOT_FIRST})"
                r"(?:[\w-]+\s+){1,8}?(?:en|que)\s+\w+",
                rf"\bprimer[oa]?s?\s+(?!{_ES_NOT_FIRST})(?:[\w-]+\s+){{0,5}}?(?:(?:de|en)\s+la\s+historia|"
                rf"del\s+mundo)\b",
                r"\b(?:el|la)\s+primer[oa]?\s+(?:mujer|hombre|persona|país|español|española|latinoamerican[oa]|"
                r"europe[oa]|african[oa]|president[ea]|equipo|club|jugador[a]?|"
                r"atleta)\s+(?:[\w-]+\s+){0,5}?en\s+\w+r\b",
                rf"\b(?:el|la|su)\s+primer[oa]?\s+(?!{_ES_NOT_FIRST})(?:[\w-]+\s+){{1,4}}?desde\s+(?:\d{{4}}|hace|"
                rf"el\s+\d|que)\b",
                r"\b(?:el|la)\s+únic[oa]\s+(?!cosa|forma|manera|opción|solución|salida|vía|"
                r"camino)(?:[\w-]+\s+){1,4}?(?:en\s+\w+(?:ar|er|ir)\b|del\s+mundo\b|de\s+la\s+historia\b)",
                rf"\b(?:el|la|los|las|lo|su|sus)\s+(?:[\w-]+\s+){{0,3}}?(?:más|menos)\s+(?!de\b)\w+\s+(?:[\w-]+\s+){{0,5}}?"
                rf"(?:{_ES_SCOPE})",
                rf"\b(?:el|la|los|las|lo|su|sus)\s+(?:[\w-]+\s+)?(?:mayor|menor|peor|mejor)(?:es)?\s+(?!parte\b|"
                rf"partes\b|medida\b|edad\b|brevedad\b)(?:[\w-]+\s+){{0,5}}?"
                rf"(?:{_ES_SCOPE})",
            ]
        ),
        _I,
    ),
    "it": re.compile(
        "|".join(
            [
                r"\bnon\s+(?:era|è|erano|sono|era\s+mai\s+stat[oa]|è\s+mai\s+stat[oa])\s+mai\s+(?:stat[oaie]\s+)?così\s+\w+",
                r"\bper\s+la\s+prima\s+volta\b|\bsenza\s+precedenti\b|\bmai\s+(?:vist|accadut|"
                r"registrat)[oaie]\s+prima\b",
                r"\bmai\s+prima\s+d['’]ora\b|\brecord\b",
                r"\bla\s+prima\s+volta\s+(?:[\w'’-]+\s+){0,8}?(?:dal\s+\d{4}|da\s+\d+\s+anni|dopo\s+\d+\s+anni|nella\s+"
                r"(?:sua\s+)?storia|in\s+\d+\s+anni)\b",
                r"\b(?:massimo|minimo|livello|vittoria|sconfitta|accordo|giornata|risultato|"
                r"traguardo)\s+stori[ck][oaie]\b",
                r"\b(?:il|la|è|era|sarà|diventa|diventat[oa])\s+prim[oa]\s+(?!ministr[oa]\b|tempo\b|giorno\b|turno\b|"
                r"piano\b|posto\b|passo\b|volta\b|trimestre\b|semestre\b)(?:[\w'’-]+\s+){1,4}?a\s+\w+(?:are|ere|ire)\b",
                r"\b(?:il|la)\s+prim[oa]\s+(?:[\w'’-]+\s+){1,4}?(?:dal|dalla|dai|dagli)\s+(?:\d{4}|\w+\s+\d{4})\b",
                r"\bprim[oaie]\s+(?!ministr[oa]\b|volta\b)(?:[\w'’-]+\s+){0,5}?(?:(?:della|nella)\s+storia|"
                r"al\s+mondo)\b",
                r"\bl['’]unic[oa]\s+(?!cosa|modo|soluzione|via)(?:[\w'’-]+\s+){0,4}?(?:a\s+\w+(?:are|ere|ire)\b|"
                r"al\s+mondo\b)",
                rf"\b(?:il|la|lo|i|le|gli|l['’])\s*(?:[\w'’-]+\s+){{0,5}}?(?:più|"
                rf"meno)\s+\w+\s+(?:[\w'’-]+\s+){{0,5}}?(?:{_IT_SCOPE})",
                rf"\b(?:il|la|lo|i|le|gli|l['’])\s*(?:[\w'’-]+\s+)?(?:maggiore|peggiore|migliore|massim[oa]|"
                rf"minim[oa])\s+(?:[\w'’-]+\s+){{0,5}}?(?:{_IT_SCOPE})",
            ]
        ),
        _I,
    ),
    "pt": re.compile(
        "|".join(
            [
                r"\bpela\s+primeira\s+vez\b|\bsem\s+precedentes\b|\bnunca\s+antes\b|\bjamais\s+vist[oa]s?\b",
                r"\b(?:algo|fato|situação|nível|caso|fenômeno|acordo|aliança)\s+inédit[oa]\b|\bde\s+forma\s+inédita\b",
                r"\ba\s+primeira\s+vez\s+(?:[\w-]+\s+){0,8}?(?:desde\s+(?:\d{4}|há|que|o\s+(?:fim|início|começo)|a\s+(?:guerra|crise|pandemia))\b|na\s+(?:sua\s+)?história\b|"
                r"em\s+\d+\s+anos\b)",
                r"\brecordes?\b",
                r"\b(?:máxim[oa]|mínim[oa]|nível|vitória|derrota|acordo|dia|marca|resultado)s?\s+históric[oa]s?\b",
                r"\b(?:o|a|é|foi|será|tornou-se|torna-se)\s+primeir[oa]\s+(?!ministr[oa]\b|vez\b|dia\b|turno\b|lugar\b|"
                r"tempo\b|passo\b|trimestre\b|semestre\b)(?:[\w-]+\s+){1,4}?a\s+\w+(?:ar|er|ir|or)\b",
                r"\b(?:o|a|seu|sua)\s+primeir[oa]\s+(?:[\w-]+\s+){1,4}?desde\s+(?:\d{4}|o\s+\d|há)\b",
                r"\bprimeir[oa]s?\s+(?!vez\b)(?:[\w-]+\s+){0,5}?(?:(?:da|na)\s+história|do\s+mundo)\b",
                r"\b(?:o\s+únic|a\s+únic)[oa]\s+(?!coisa|forma|maneira|opção|solução|"
                r"saída)(?:[\w-]+\s+){0,4}?(?:a\s+\w+(?:ar|er|ir)\b|do\s+mundo\b)",
                rf"\b(?:o|a|os|as)\s+(?:[\w-]+\s+){{0,3}}?(?:mais|"
                rf"menos)\s+(?!de\b)\w+\s+(?:[\w-]+\s+){{0,5}}?(?:{_PT_SCOPE})",
                _PT_PLACE_SCOPE,
                rf"\b(?:o|a|os|as|seu|sua)\s+(?:[\w-]+\s+)?(?:maior|menor|pior|"
                rf"melhor)(?:es)?\s+(?!parte\b)(?:[\w-]+\s+){{0,5}}?(?:{_PT_SCOPE})",
            ]
        ),
        _I,
    ),
    "nl": re.compile(
        "|".join(
            [
                r"\bvoor\s+het\s+eerst\b|\brecord\w*|\bongekend\w*|\bongezien\w*|\bnooit\s+eerder\b|"
                r"\bnog\s+nooit\s+(?:eerder|zo)\b|"
                r"\bals\s+eerste\s+(?:\w+\s+)?(?:vrouw|man|land|Nederlander|Belg|team|club|partij)\b|"
                r"\bhistorisch\w*\s+(?:akkoord|overwinning|dieptepunt|hoogtepunt|moment|dag|besluit|zege|niveau)\b|"
                r"\b(?:eerste|grootste|hoogste|laagste|beste|slechtste|meeste|minste|langste|zwaarste|warmste|koudste|"
                r"duurste|snelste|"
                r"natste|droogste)\b[^.;:!?]{0,60}?\b(?:ooit|ter\s+wereld|in\s+de\s+geschiedenis|"
                r"sinds\s+(?:(?:[\w-]+\s+){0,4}?\d{4}|jaren|mensenheugenis|"
                r"het\s+begin)|in\s+(?:\d+|tien|twintig)\s+jaar|aller\s+tijden|van\s+de\s+wereld)\b",
                r"\bnog\s+nooit\s+zo\b|\bhistorisch(?:e)?\s+(?:hoog|laag|overwinning|akkoord|moment|dag|record)\w*|"
                r"\b(?:grootste|hoogste|laagste|meeste|minste|sterkste|langste|oudste|slechtste|duurste|warmste|koudste|"
                r"natste|droogste)\b[^.;:!?]{0,60}?\b(?:ooit|ter\s+wereld|van\s+de\s+wereld|in\s+de\s+geschiedenis|"
                r"sinds\s+(?:\d{4}|jaren|decennia|mensenheugenis)|in\s+(?:meer\s+dan\s+)?\w+\s+jaar)\b",
            ]
        ),
        _I,
    ),
    "sv": re.compile(
        "|".join(
            [
                r"\bför\s+första\s+gången\b|\brekord\w*|\baldrig\s+(?:tidigare|förr)\b|"
                r"\b(?:världens|Europas|Sveriges|landets|Nordens)\s+(?:mest\s+\w+|\w+sta)\b|"
                r"\bförsta\s+(?:kvinna|kvinnan|svensk|svensken|landet|person|personen)\s+(?:att|som|i\s+världen)\b|"
                r"\bhistorisk\w*\s+(?:seger|segern|dag|beslut|avtal|ögonblick|nivå|lägsta|högsta)\b|"
                r"\b(?:första|största|högsta|lägsta|bästa|sämsta|flesta|längsta|varmaste|kallaste|dyraste|"
                r"snabbaste)\b[^.;:!?]{0,60}?"
                r"\b(?:någonsin|i\s+världen|i\s+historien|sedan\s+\d{4}|på\s+\d+\s+år|genom\s+tiderna|hittills)\b",
                r"\bförsta\s+gången\s+(?:på\s+(?:\d+|\w+)\s+år|sedan)\b|\baldrig\s+tidigare\b|\bhistoriskt\s+(?:högt|lågt|hög|låg)\b|"
                r"\b(?:största|högsta|lägsta|flest|värsta|längsta|äldsta|starkaste|varmaste|kallaste)\b[^.;:!?]{0,60}?"
                r"\b(?:någonsin|i\s+världen|i\s+historien|sedan\s+\d{4}|på\s+(?:över\s+|mer\s+än\s+)?\w+\s+år)\b",
            ]
        ),
        _I,
    ),
    "da": re.compile(
        "|".join(
            [
                r"\bfor\s+første\s+gang\b|\brekord\w*|\baldrig\s+(?:før|tidligere)\b|"
                r"\b(?:verdens|Europas|Danmarks|landets|Nordens)\s+(?:mest\s+\w+|\w+ste)\b|"
                r"\bførste\s+(?:kvinde|dansker|land|person)\s+(?:til\s+at|der|som|i\s+verden)\b|"
                r"\bhistorisk\w*\s+(?:sejr|dag|aftale|beslutning|øjeblik|niveau|lavt|højt)\b|"
                r"\b(?:første|største|højeste|laveste|bedste|værste|fleste|længste|varmeste|koldeste|dyreste|"
                r"hurtigste)\b[^.;:!?]{0,60}?"
                r"\b(?:nogensinde|i\s+verden|i\s+historien|siden\s+\d{4}|i\s+\d+\s+år|gennem\s+tiderne|hidtil)\b",
                r"\bførste\s+gang\s+(?:i\s+(?:\d+|\w+)\s+år|siden)\b|\baldrig\s+før\b|\bhistorisk\s+(?:højt|lavt|høj|lav)\b|"
                r"\b(?:største|højeste|laveste|flest|værste|længste|ældste|varmeste|koldeste)\b[^.;:!?]{0,60}?"
                r"\b(?:nogensinde|i\s+verden|i\s+historien|siden\s+\d{4}|i\s+(?:over\s+|mere\s+end\s+)?\w+\s+år)\b",
            ]
        ),
        _I,
    ),
    "no": re.compile(
        "|".join(
            [
                r"\bfor\s+første\s+gang\b|\brekord\w*|\baldri\s+(?:før|tidligere)\b|\b(?:års|sesong)beste\b|"
                r"\b(?:verdens|Europas|Norges|landets|Nordens)\s+(?:mest\s+\w+|\w+ste)\b|"
                r"\bførste\s+(?:kvinne|kvinnen|nordmann|land|person)\s+(?:til\s+å|som|i\s+verden)\b|"
                r"\bhistorisk\w*\s+(?:seier|dag|avtale|beslutning|øyeblikk|nivå|lavt|høyt)\b|"
                r"\b(?:første|største|høyeste|laveste|beste|verste|fleste|lengste|varmeste|kaldeste|dyreste|"
                r"raskeste)\b[^.;:!?]{0,60}?"
                r"\b(?:noensinne|i\s+verden|i\s+historien|siden\s+\d{4}|på\s+\d+\s+år|gjennom\s+tidene|hittil)\b",
                r"\bførste\s+gang\s+(?:på\s+(?:\d+|\w+)\s+år|siden)\b|\baldri\s+før\b|\bhistorisk\s+(?:høyt|lavt|høy|lav)\b|"
                r"\b(?:største|høyeste|laveste|flest|verste|lengste|eldste|varmeste|kaldeste)\b[^.;:!?]{0,60}?"
                r"\b(?:noensinne|i\s+verden|i\s+historien|siden\s+\d{4}|på\s+(?:over\s+|mer\s+enn\s+)?\w+\s+år)\b",
            ]
        ),
        _I,
    ),
    "pl": re.compile(
        "|".join(
            [
                r"\bpo\s+raz\s+pierwszy\b|\bpierwszy\s+raz\b|\bbezprecedensow\w*|\brekord\w*|\bnigdy\s+(?:wcześniej|dotąd|"
                r"przedtem)\b|"
                r"\bhistoryczn\w*\s+(?:zwycięstw\w*|rekord\w*|wynik\w*|dzień|moment\w*|porozumieni\w*|decyzj\w*|maksimum|"
                r"minimum)\b|"
                r"\bpierwsz[aey]\s+(?:kobiet[aąy]|Pol\w+|osob[aąy])\s+(?:w\s+historii|któr\w+)\b|"
                r"\b(?:pierwsz|najwyższ|najniższ|największ|najgorsz|najlepsz|najdłuższ|najcieplejsz|najzimniejsz|najwięcej|"
                r"najmniej)\w*\b"
                r"[^.;:!?]{0,60}?\b(?:w\s+historii|od\s+(?:(?:[\w-]+\s+){0,8}?\d{4}|lat|dekad|początku\s+pomiarów|\d+\s+lat)|"
                r"na\s+świecie|świata|"
                r"w\s+dziejach|dotychczas|kiedykolwiek)\b",
                r"\bpierwsz\w*\s+w\s+historii\b|"
                r"\bnigdy\s+wcześniej\b|\bnaj(?!pierw|bliż|prawdopodobniej|szybciej|mniej\b|wyżej\b|wcześniej|później|lepiej\b)"
                r"\w+\b[^.;:!?]{0,60}?\b(?:od\s+(?:czasu|\d{4}|\w+\s+lat|początku)|w\s+historii|na\s+świecie|kiedykolwiek)\b",
            ]
        ),
        _I,
    ),
    "ru": re.compile(
        "|".join(
            [
                r"\bвпервые\b|\bрекорд\w*|\bбеспрецедентн\w*|\bисторическ\w*\s+(?:максимум|минимум|рекорд|побед\w*|"
                r"соглашени\w*)|"
                r"\bникогда\s+(?:раньше|прежде|ранее)\b|\bранее\s+не\s+(?:было|наблюдал\w*|случал\w*)\b|"
                r"\b(?:(?:самы[йеx]|самая|самое|самого|самой|самым|самых|самую|самыми)\s+\w+|перв(?:ый|ая|ое|ые|ого|ой|ым|ых|"
                r"ую)|крупнейш\w*|наибольш\w*|наименьш\w*|высочайш\w*|максимальн\w*|"
                r"минимальн\w*)\b[^.;:!?]{0,60}?"
                r"(?:\bв\s+истории\b|\bза\s+всю\s+историю\b|\bв\s+мире\b|\bс\s+(?:\w+\s+){0,4}?\d{4}\b|\bсо\s+времён\b|"
                r"\bза\s+(?:последние\s+)?\d+\s+"
                r"(?:лет|года?|месяц\w*)|\bкогда-либо\b|\bза\s+все\s+время\b)",
                r"\bисторическ\w*\s+(?:максимум|минимум|рекорд)|"
                r"\bникогда\s+(?:ранее|прежде|раньше)\b|"
                r"\b(?:сам(?:ый|ая|ое|ые|ого|ой|ом|ых)\s+\w+|крупнейш\w*|наибольш\w*|худш\w*)[^.;:!?]{0,60}?"
                r"(?:в\s+истории|в\s+мире|за\s+(?:последние\s+)?\d+\s+(?:лет|года?)|с\s+\d{4}\s+года|за\s+всю\s+историю)",
            ]
        ),
        _I,
    ),
    "cs": re.compile(
        r"\bpoprvé\b|\brekord\w*|\bbezprecedentní\w*|\bnikdy\s+(?:předtím|dříve)\b|\bnebývalý\w*|\bnebývale\b|"
        r"\bna\s+prvním\s+místě\b|\bještě\s+(?:nikdy\s+)?ne(?:došlo|bylo|stalo)\b|"
        r"\b(?:z\s+celé\s+\w+(?:\s+unie)?|v\s+(?:Evropě|Česku|EU|celé\s+\w+)|na\s+světě)\s+(?:[\w-]+\s+){0,3}?nej\w+|"
        r"\bhistorick\w*\s+(?:vítězství|rekord\w*|maxim\w*|minim\w*|úspěch\w*|den|okamžik\w*|dohod\w*)\b|"
        r"\b(?:první|nejvyšší|nejnižší|největší|nejhorší|nejlepší|nejdelší|nejteplejší|nejchladnější|nejvíce|"
        r"nejméně)\w*\b"
        r"[^.;:!?]{0,60}?\b(?:v\s+historii|od\s+(?:[\w-]+\s+){0,4}?\d{4}|na\s+světě|světa|za\s+\d+\s+let|"
        r"od\s+začátku\s+"
        r"měření|všech\s+dob)\b",
        _I,
    ),
    "tr": re.compile(
        "|".join(
            [
                r"\bilk\s+(?:kez|defa|kere)\b|\btarihi\s+(?:bir\s+|ziyaret|anlaşma|karar|adım|zafer|rekor|gün|başarı|"
                r"zirve)|\btarih(?:inde|in|inin)\s+ilk\b|\btarihte\s+ilk\b|\btarihin(?:in)?\s+en\b|\brekor\w*|"
                r"\bbenzeri\s+görülmemiş\b|"
                r"\bemsalsiz\b|\bdaha\s+önce\s+hiç\b|\btüm\s+zamanların\s+en\b|\bdünyanın\s+en\b|\bson\s+\d+\s+yılın\s+en\b|"
                r"\b\d{4}['’]?(?:den|dan|ten|tan)\s+bu\s+yana(?:ki)?\s+en\b|\bilk\s+kadın\b",
                r"\b(?:dünyanın|dünyada|Avrupa['’]nın|Türkiye['’]nin|Türkiye['’]de|ülkenin|ülkede|bazında|son\s+\d+\s+yılın)"
                r"\s+en\s+\w+|\bbu\s+yana\s+(?:en|ilk)\b",
                r"\b(?!(?:için|bugün|dün|olsun|değin|üzerin|hepsin)\b)\w+(?:n[ıiuü]n|[ıiuü]n)\s+en\s+(?!az\b)\w+|"
                r"\b(?-i:[A-ZÇĞİÖŞÜ])\w*['’](?:de|da|te|ta)\s+en\s+(?!az\b)\w+|\barasında\s+en\s+\w+",
            ]
        ),
        _I,
    ),
    "ar": re.compile(
        "|".join(
            [
                r"(?<!ظهر\s)(?<!ظهرت\s)(?<!ظهر\s\s)لأول\s+مرة|للمرة\s+الأولى|(?:بأنها|بأنه|بوصفها)\s+تاريخي(?:ة)?|"
                r"الأول(?:ى)?\s+من\s+نوعه(?:ا)?|زيارة\s+تاريخية|(?:اتفاق|قرار|يوم|انتصار)\s+تاريخي|"
                r"غير\s+مسبوق(?:ة)?|أول\s+(?:امرأة|عربي|عربية)|رقم(?:ا)?\s+قياسي(?:ا)?|مستوى\s+قياسي|مستويات\s+قياسية|"
                r"لم\s+يسبق\s+(?:له|لها|لهم)\s+مثيل|"
                r"(?:أكبر|أعلى|أدنى|أسوأ|أفضل|أحسن|أطول|أكثر|أقل|أضخم|أقدم|"
                r"أول)\s+(?!من\s)\S+\s+(?:\S+\s+){0,3}?(?:في\s+العالم|في\s+التاريخ|"
                r"في\s+تاريخ|منذ\s+(?:عام\s+)?\d{4}|على\s+الإطلاق|على\s+مستوى\s+العالم)",
                r"على\s+الإطلاق|"
                r"(?:الأكبر|الأعلى|الأدنى|الأسوأ|الأطول|الأكثر)\s+(?:\S+\s+){0,3}?(?:في\s+العالم|في\s+التاريخ|في\s+تاريخ|منذ)",
            ]
        )
    ),
    "ckb": re.compile(r"بۆ\s+یەکەمین\s+جار|بۆ\s+یەکەم\s+جار|یەکەمین\s+سەردان|مێژوویی|بێ\s*وێنە"),
    "ko": re.compile(
        "|".join(
            [
                r"사상\s*(?:첫|최대|최고|최저|최초|최다|처음)|역대\s*(?:최대|최고|최저|최다|처음|첫)|최초로|최초의|만에\s*처음|이래\s*처음|"
                r"처음으로(?!\s*돌아)|신기록|최고치|최저치|(?:전례|유례)\s*(?:가\s*)?없는|(?:세계|국내|아시아)\s*(?:최대|최고|최초|최다)",
                r"사상\s*(?:첫|최대|최고|최저|최초|처음)|역대\s*(?:최대|최고|최저|최다|최초|처음)|"
                r"\d+\s*년\s*만에|(?:국내|세계|업계|아시아|전국|국내외)\s*(?:최초|최대|최고|최저|유일)",
            ]
        )
    ),
    "ja": re.compile(
        r"史上(?:初|最)|過去最(?:高|多|大|低|少|悪)|観測史上|記録的|(?:最高|新|世界|日本)記録|前例のない|前代未聞|"
        r"(?<![最当年月期週])初の|(?:世界|国内|日本|県内|業界)初|初めて|以来初|\d+年ぶり|[一二三四五六七八九十百数]+年ぶり|最高峰|"
        r"これまで(?:で)?(?:最も|一番|最高|最大|最多)|世界(?:最大|最高|最長|最多|一)|"
        r"(?:最も|最大|最高|最多|最低|最悪)[^。、]{0,20}?(?:以来|史上)|(?:国内|世界|日本|県内|業界)(?:で|でも)?唯一"
    ),
    "zh": re.compile(
        "|".join(
            [
                r"首次|首度|(?:史上|历史上|歷史上|有史以来|有史以來)(?:首|第一|最)|前所未有|史无前例|史無前例|创纪录|創紀錄|"
                r"(?:创下|創下|打破|刷新)\S{0,4}(?:纪录|紀錄)|新(?:纪录|紀錄)|世界(?:纪录|紀錄)|历史新[高低]|歷史新[高低]|"
                r"[创創](?:下)?\S{0,6}新[高低]|[时時]隔\S{1,6}年|(?:全球|世界|全国|全國|亚洲|亞洲)(?:最大|最高|最长|最長|最多|首个|首個)|"
                r"(?:最高|最低|最大|最多|最长|最長|最少)[^。，]{0,10}?(?:以来|以來)|(?:以来|以來)(?:最|首)",
                r"首次(?!公开)|史上(?:首|最)|有史以[来來]|[创創](?:下)?(?:[历歷]史)?(?:新高|新低|[纪紀][录錄])|"
                r"破[纪紀][录錄]|[历歷]史(?:新高|新低|最高|最低)|(?:全球|世界|全[国國]|亚洲|亞洲)(?:最大|最高|首[个個家])",
                r"(?:排名|排行|位居|名列|位列)(?:世界|全球|全[国國]|亚洲|亞洲)?第一|(?:世界|全球)第一(?!次)|"
                r"最\S{1,6}?(?:纪录|紀錄|記錄|记录)|(?:职业生涯|職業生涯|生涯)(?:第一次|首次|首度)|"
                r"(?:美国|美國|中国|中國|日本|全球|世界|人类|人類|国内|國內|全国|全國|亚洲|亞洲|欧洲|歐洲)的?第一(?:座|个|個|位|种|種|家|艘|颗|顆|台|架|部|款|枚)",
            ]
        )
    ),
    "hi": re.compile(r"पहली\s+बार|इतिहास\s+में\s+(?:पहली|सबसे)|अब\s+तक\s+(?:का|की|के)\s+सबसे|रिकॉर्ड|ऐतिहासिक|अभूतपूर्व"),
    "id": re.compile(
        r"\bpertama\s+kali(?:nya)?\s+(?:dalam|sejak)\b|\bpertama\s+dalam\s+sejarah\b|\brekor\b|\bbersejarah\b|"
        r"\bter\w+\s+(?:[\w-]+\s+){0,2}?(?:di\s+dunia|sepanjang\s+(?:sejarah|masa)|dalam\s+sejarah|sejak\s+\d{4})\b|"
        r"\bbelum\s+pernah\s+(?:terjadi\s+)?sebelumnya\b",
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
}
# Uses of the same words that claim nothing to check.
NOT_NOVELTY: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        # (sets 35-40's blind judges) an analyst's "the biggest single factor"; a person's own "the toughest race
        # she's ever taken part in"; "has a record of issuing …", "a record contract"; "the lone assassin"
        rf"\bthe\s+(?:{_EN_SUPER})\s+(?:single|fundamental|main|key|underlying|overriding)\s+(?:{_EN_OPINION_NOUN})\b|"
        r"\bnot\s+(?:wishing|wanting|trying|going|meaning|pretending)\s+to\s+(?:claim|say|suggest|argue|pretend)\b"
        r"[^.;:!?]{0,40}|"
        r"\b(?:a|like)\s+[“\"‘]?broken\s+record\b|"
        # a person's own: "the only place she knows to look"
        r"\bthe\s+only\s+(?:[\w-]+\s+){1,2}(?:he|she|they|I|we|you)\b|"
        rf"\bthe\s+(?:{_EN_SUPER})\s+(?:[\w-]+\s+){{0,3}}?(?:he|she|they)(?:['’]s|['’]ve|\s+has|\s+have|\s+had)\s+ever\b|"
        r"\b(?:has|have|had|with)\s+a\s+(?:long\s+|proven\s+|good\s+|poor\s+|strong\s+|mixed\s+)?record\s+of\b|"
        r"\b(?:a|new)\s+record\s+(?:contracts?|deals?|labels?|companies|company)\b|"
        r"\b(?:(?:is|was|are|were|remains?)\s+)?the\s+lone\s+(?:assassin|gunman|gunmen|shooter|attacker|bomber|suspect|wolf)\b|"
        # a conditional sentence ("If Italy truly wants to be counted among the world's top …"); a hedge with a
        # possessive. (A future first stays: "Transgender people will be allowed for the first time to enlist".)
        # a forecast low: "prices could plummet … to new four year lows"
        r"\b(?-i:could|might|may|would)\s+[^.;:!?]{0,80}?\bto\s+(?:new|fresh)\s+[\w-]+[-\s](?:year|month|decade)s?[-\s]"
        r"(?:highs?|lows?)\b|"
        # a speculative first ("a case that could for the first time establish a standard"); "the clearest sign yet"
        r"\b(?-i:could|might|may)\s+(?:[\w-]+\s+){0,2}?for\s+the\s+first\s+time\b|"
        r"\b(?:clearest|strongest|biggest|latest|surest)\s+(?:sign|signal|indication|hint|evidence|proof)\s+yet\b|"
        # a track record: "has touted a record that includes prosecuting …"
        r"\b(?:tout\w*|cit(?:e|es|ed|ing)|boast\w*|defend\w*|ran\s+on|runs?\s+on|point\w*\s+to)\s+(?:a|his|her|their|its)\s+"
        r"(?:[\w-]+\s+)?record\b|"
        # "would make Bridgend Sony's biggest plant": a plan's superlative
        rf"\b(?-i:will|would|could)\s+(?:make|become)\b[^.;:!?]{{0,40}}?\b(?:{_EN_SUPER})\b[^.;:!?]*|"
        rf"^\W*(?-i:If|Unless|Should)\b{_REST_OF_SENTENCE}|\bif\s+(?:enacted|passed|approved|adopted|confirmed|elected|signed)\b"
        rf"{_REST_OF_SENTENCE}|"
        # a word someone used ("asked the OPM to review Mulvaney's “unprecedented and unjustified” plans"); a hedge
        # ("nearing a seven-month low"); a person's step ("his biggest step yet toward that goal")
        r"[“\"]unprecedented\b|\b(?:called|calls|described|describes|termed|dubbed)\b[^.;:!?]{0,60}?\b(?:unprecedented|"
        r"historic)\b|\b(?:nearing|near|close\s+to|approaching)\s+(?:a|an|the|its|their)\s+[\w-]+[-\s](?:year|month|"
        r"decade)s?[-\s](?:high|low)s?\b|\b(?:his|her|their)\s+(?:biggest|greatest|largest)\s+(?:step|move|test|"
        rf"challenge)\s+yet\b|\bamong\s+the\s+[\w-]+['’]s\s+(?:top|leading|biggest|largest|most)\b{_HEDGED}|"
        r"\b(?:I|you|we|they|he|she)(?:['’]ve|['’]d|\s+have|\s+had|\s+could|\s+would|\s+will|\s+can)?\s+ever\b|"
        r"(?-i:\b[Tt]he\s+First\s+[A-Z]\w*|\bFirst\s+(?:Amendment|Lady|Minister|Nations?|World\s+War)\b)|"
        rf"\bmost\s+of\s+(?:the|its|his|her|their|our|my|them|these|those|this|that)\b|\bone\s+of\s+the\s+only\b{_HEDGED}|"
        r"\b(?:chance|chances|hope|hopes|bid|possibility|prospect|prospects)\s+(?:of|for)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
        r"historic\b[^.;:!?]*|"
        # a quantity ("at least $1 trillion"); plain order ("the first changes to their rules")
        r"\bat\s+least\b|\bthe\s+first\s+[\w-]+s\s+to\s+(?:the|their|its|his|her|our)\b|"
        # hedged or boasting: "near-unprecedented", "near-record pace", "arguably the most striking yet",
        # "the only president tough enough to"
        r"\b(?:near|nearly|almost|virtually)[-\s](?:unprecedented|record)\w*(?:\s+[\w-]+)?|"
        r"\b(?:arguably|perhaps|probably|possibly)\s+(?:the|its|his|her|their|a|an)\b[^.;:!?]{0,80}|\bthe\s+only\s+(?:[\w-]+\s+){1,3}?enough\s+to\b|"
        # a forecast or an aim: "widely tipped to become the world's leading treatment", "wants to become the biggest"
        r"\b(?:tipped|set|expected|poised|likely|forecast|predicted|projected|wants?|wanted|aims?|aimed|hopes?|hoped|"
        r"plans?|planned|seeks?|sought|strives?|intends?)\s+to\s+(?:become|be)\s+the\b[^.;:!?]*|"
        # a record made in a studio: "everybody can't make a record"
        r"\b(?:make|makes|made|making|release|releases|released|cut|cuts|sign|signs|signed)\s+(?:a|the|their|his|her|"
        r"its|another)\s+(?:new\s+|debut\s+|first\s+|second\s+)?record\b|"
        r"\b(?:police|criminal|medical|court|public|financial|dental|phone|official|historical|track|"
        r"voting|arrest|service|personal)\s+records?\b|\b(?:the|his|her|their|its|a|my|your|our)\s+school\s+records?\b|\bon\s+the\s+record\b(?![-\s](?:highs?|lows?|levels?))|\b(?:go|goes|went|gone|going|is|are|was|were)\s+on\s+record\b|\bfor\s+the\s+record\b|"
        r"\bto\s+(?:set|break|beat)\s+(?:a|the|new)\s+record\b|\b(?:has|have|had|is|are|was|were|remains?|remained)\s+(?:\w+\s+)?yet\s+to\b|\byet\s+to\s+be\b|\b(?:one|some|several|many|few|two|three|four|five|a\s+handful|a\s+few|a\s+number)\s+of\s+"
        r"(?:the|his|her|their|its|our|(?:[\w-]+\s+)?[\w-]+['’]s)\s+(?:[\w.’'-]+\s+){0,2}?(?:"
        rf"{_EN_SUPER}|[a-z]{{2,}}est|top|leading|first(?!\s+(?:two|three|four|five|\d+)\b))\b{_HEDGED}|"
        # "one of the countries with the strictest laws"
        rf"\bone\s+of\s+the\s+[\w-]+\s+(?:with|that\s+have|having)\s+the\b{_HEDGED}|\bhighest\s+(?:office|court|honou?r|award|point|level\s+of\s+government)\b|"
        rf"\b(?:will|would|could)\s+(?:[\w-]+\s+){{0,2}}?the\s+(?:{_EN_MEASURE}|No\.?\s*1|number\s+one|top)\b[^.;:!?]*|"
        # a place far down a ranking is no record: "the 96th hottest woman in the world" (set 30)
        r"\b(?:(?:the|its|their|his|her)\s+)?(?:1[1-9]|[2-9]\d|\d{3,})(?:st|nd|rd|th)[-\s]+(?:most\s+)?[a-z]+\b|"
        # a person's own past: "Trump had never before held political office" (set 34)
        r"\b(?:had|has|have)\s+never\s+before\s+(?:held|run|served|worked|sought|been\s+elected)\b|"
        # a hope: "producers are looking forward to a record harvest" (set 32)
        r"\b(?:look(?:s|ed|ing)?\s+forward\s+to|hop(?:e|es|ed|ing)\s+for|expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing))\s+"
        r"(?:a|an|another|the)?\s*(?:new\s+)?record\b|"
        # an aim: "a Republican push for the biggest overhaul of U.S. tax law since the 1980s" (sets 28 and 30)
        rf"\b(?:push|bid|drive|effort|efforts|campaign|quest|plans?|proposals?)\s+(?:for|to\s+(?:pass|enact|deliver|"
        rf"achieve|win))\s+(?:the|a|an|what)\b[^.;:!?]{{0,20}}?\b(?:{_EN_SUPER}|first)\b{_HEDGED}|"
        # an event's first edition is its order: "produced the first New Orleans Jazz & Heritage Festival"
        r"(?-i:\b[Ff]irst\s+(?:annual\s+)?(?:[A-Z][\w&.'’-]*\s+(?:(?:&|and|of|for|on)\s+)?){1,6}(?:Festival|Fair|Games|"
        r"Conference|Congress|Summit|Expo|Exhibition|Show|Awards|Cup|Championships?|Tournament|Marathon|Convention)\b)|"
        # a disclosure's first, not the event's: "revealing for the first time that …"; a poll "the first
        # conducted since" an event is order
        r"\b(?:reveal\w*|disclos\w*|confirm\w*|admit\w*|acknowledg\w*|announc\w*)\s+for\s+the\s+first\s+time\b|"
        r"\bthe\s+first\s+(?:conducted|taken|published|released|issued|carried\s+out)\s+since\b|"
        r"\b(?:world|nation|country|state|city)['’]s\s+first\s+(?:[\w-]+\s+){1,2}?(?:could|would|may|might|will|"
        r"(?:is|are)\s+(?:expected|planned|due))\b[^.;:!?]*|"
        r"\b(?:see|sees|saw|seen|seeing|meet|meets|met|(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bgeneral\s)(?<!\bannual\s)(?<![A-Z]\s)meeting|hear|heard|try|tried|taste|tasted|watch|watched|"
        r"read|visit|visited|enter|enters|entering|entered|join|joins|joining|joined|vote|votes|voting|voted)\s+"
        r"(?:[\w-]+\s+){0,3}?for\s+(?:the\s+)?first\s+time\b(?!\s+(?:ever|since|in\s+(?:(?:the|its|his|her|their)\s+|[\w-]+['’]s\s+){1,2}(?:[\w-]+\s+)?history)\b)|"
        # a first person's experience told in the third person: "It was the first time Dame Julie had seen the musical"
        r"\bthe\s+first\s+time\s+(?:that\s+)?(?:[\w,'’-]+\s+){1,14}?(?:had|has|have)\s+(?:ever\s+)?(?:seen|met|heard|visited|"
        r"watched|read|tasted|tried)\b|"
        # rhetoric and forecasts: "they are the first to defend …", "will be the first to test"
        r"\b(?:are|were|would\s+be|will\s+be|['’]d\s+be|['’]ll\s+be)\s+the\s+first\s+to\s+(?:defend|attack|admit|"
        r"say|complain|criticise|criticize|blame|test|try|receive|get|see|use|benefit)\b|"
        r"\bfor\s+the\s+first\s+time\s+in\s+(?:my|his|her|their|our|your)\s+li(?:fe|ves)\b|"
        # an office holder's own first trip (blind judges of sets 27 and 28: "his first trip to Asia since taking
        # office" is the itinerary, not a record)
        r"\b(?:his|her|their)\s+first\s+(?:[\w-]+\s+){0,2}?(?:trip|visit|tour|journey|call|speech|address|interview|"
        r"meeting)\b[^.;:!?]{0,60}?\bsince\s+(?:taking|assuming|entering)\s+office\b|"
        r"\b(?:the\s+)?first\s+time\s+in\s+(?:a\s+(?:long\s+)?(?:time|while)|ages|forever)\b|"
        r"\bfirst[-\s]time\s+(?:authors?|buyers?|homebuyers?|users?|voters?|mothers?|fathers?|parents?|players?|"
        r"visitors?|candidates?|novelists?|writers?|directors?|applicants?|winners?|entrants?|offenders?|investors?)\b|"
        r"\b(?:biggest|greatest|best)\s+(?:stars|names|hits|fans|moments|challenges|questions|"
        r"problems|mistakes|threats|fears|concerns|surprises|winners|losers)\b|"
        # order, praise and rhetoric (set 56's judges): "its most recent launch", "his greatest achievement", "an
        # unprecedented, serious and grave threat"
        r"\bmost\s+recent\b|\b(?:greatest|biggest|proudest|finest)\s+(?:single\s+)?(?:achievements?|accomplishments?|"
        r"successes|triumphs?|honou?rs?|legacy|gifts?|pleasures?|joys?|regrets?|disappointments?)\b|"
        r"\bunprecedented(?:[\s,]+(?:and\s+)?[\w-]+){0,4}?\s+(?:threats?|dangers?|provocations?|challenges?|"
        r"assaults?\s+on|attacks?\s+on)\b|"
        # a quality, not a quantity, beyond all before ("more committed than ever before", "needier than ever
        # before"); the next in rank ("double thrust of next largest rocket") (set 56's judges)
        r"\b(?:more|less)\s+[a-z]+(?:ed|ful|ous|ive|ent|ant|able|ible|ic|al|ory)\s+(?:[a-z]+\s+)?than\s+ever\b|"
        r"\b(?:needier|happier|angrier|hungrier|lonelier|sadder|prouder|bolder|wiser|better|worse)\s+than\s+ever\b|"
        rf"\bnext\s+(?:{_EN_SUPER})\b|"
        # a price's short run (set 60's judge): "set new highs for the recent move"; a wire headline's forecast
        # (set 61): "… SEEN CUT TO RECORD LOW SOON"
        r"\b(?:new|fresh)\s+(?:highs?|lows?)\s+for\s+the\s+(?:recent\s+|latest\s+|current\s+)?(?:move|day|session|week)\b|"
        r"\b(?:seen|expected|forecast|predicted|projected|tipped)\s+(?:[\w-]+\s+){0,3}?(?:to|at)\s+(?:a\s+|new\s+)?"
        r"(?:record|all-time)\b|"
        # an aim, praise or a feeling (set 59's judges): "eager to overtake Toyota … and become the No. 1 carmaker",
        # "touted as the most prodigious dump of data", "the best feeling in the world"
        r"\b(?:eager|keen|determined|trying|striving|racing|vying|bidding|ambition|goal|bid|quest|drive|push)\s+to\s+"
        r"[^.;:!?]{0,60}?\b(?:become|be)\s+the\b[^.;:!?]{0,60}|\b(?:touted|hyped)\s+as\s+the\b[^.;:!?]{0,60}|"
        r"\b(?:best|greatest|worst|nicest|happiest|saddest)\s+(?:[\w-]+\s+)?(?:feelings?|moments?|experiences?|things?|"
        r"jobs?|decisions?|gifts?)\s+(?:in\s+the\s+world|ever|of\s+(?:my|his|her|their|our)\s+li(?:fe|ves))\b|"
        # a new thing's maiden run (set 56's judge): "this will be Falcon Heavy's first-ever flight"
        r"['’]s\s+first(?:-ever)?\s+(?:flights?|launch|voyage|test\s+flight|outing)\b|"
        # a history, an idiom (set 62's judge): "Obama's attendance record at these briefings", "set the record
        # straight"
        r"(?:['’]s|\b(?:his|her|their|its))\s+attendance\s+record\b|\bset(?:s|ting)?\s+the\s+record\s+straight\b|"
        # order and opinion (sets 64-65's judges): "the first victim to be identified", "the first pitch of the fifth
        # inning", "the first public step in a transition", "the worst
        # President in the history of our country", "running second only to Hamilton", "fell one victory short of
        # their first … title in 68 years", "in pursuit of the first superpower arms control agreement"
        r"\bthe\s+first\s+(?:[\w-]+\s+)?(?:victims?|bod(?:y|ies)|casualt(?:y|ies)|suspects?|passengers?|dead)\s+to\s+be\s+"
        r"(?:identified|named)\b|"
        rf"\b(?:the\s+)?first\s+[\w-]+\s+of\s+the\s+(?:{_EN_ORDINAL}|first|last|next|opening|final)\s+[\w-]+|"
        r"\b(?:(?:the|a|its|their|his|her)\s+)?first\s+(?:[\w-]+\s+)?steps?\b|"
        r"\b(?:worst|best|greatest|finest)\s+(?:[\w-]+\s+)?(?:presidents?|leaders?|players?|coaches?|managers?|teams?|"
        r"drivers?|actors?|actresses|singers?|writers?|songs?|films?|movies?|albums?|books?|shows?)\s+(?:in|of)\s+"
        r"(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:history|all\s+time)\b|"
        r"\b(?:running|ran|sitting|lying|placed|finishing|finished)\s+second\s+only\s+to\b|"
        r"\b(?:short\s+of|in\s+pursuit\s+of|in\s+search\s+of|chasing|seeking)\s+(?:their|its|his|her|the|a)\s+first\b|"
        # tone, terms and an opinion's qualifier (set 68's judge): "its bluntest ever warning", "at the best
        # prevailing conditions", "the first real opening for a superpower accord"
        r"\b(?:bluntest|harshest|strongest|toughest|sharpest|fiercest|angriest|most\s+(?:direct|forceful|explicit|"
        r"pointed|scathing))\s+(?:ever\s+|yet\s+)?(?:warnings?|statements?|criticism|rebukes?|remarks|words|language|"
        r"terms|attacks?)\b|\bbest\s+prevailing\b|\bthe\s+first\s+(?:real|genuine|serious|meaningful|true)\b|"
        # a market's movers: "the biggest gainers lately" (set 55)
        r"\b(?:the\s+)?(?:biggest|largest|top|best|worst)\s+(?:percentage\s+)?(?:gainers|decliners|losers|movers|fallers|"
        r"risers|performers)\b|"
        # a merger's product, still to come: "moving closer towards creating the nation's fourth largest bank", "the
        # merger will create the world's second biggest company" (set 55; "created" stays a claim)
        rf"\b(?:creat(?:e|es|ing)|form(?:s|ing)?)\s+(?:what\s+(?:would|will|could)\s+be\s+)?(?:the|a)\s+"
        rf"(?:[\w’'.-]+\s+){{0,3}}?(?:{_EN_SUPER})\b[^.;:!?]{{0,60}}|"
        # "some of / among the largest" is "one of the largest"; "not the only/first" denies the claim
        rf"\b(?:some|many|several|few|two|three|four|five)\s+of\s+(?:the|[\w-]+['’]s)\s+(?:[\w’'-]+\s+){{0,2}}?(?:"
        rf"{_EN_SUPER})\b{_HEDGED}|\bamong\s+the\s+(?:{_EN_SUPER})\b{_HEDGED}|\bnot\s+the\s+(?:only|first)\b{_HEDGED}|"
        # superlatives of opinion: a judgement, not a record to check
        r"\bmost\s+(?:important|decisive|beautiful|powerful(?!\s+(?:[\w-]+\s+)?(?:weapons?|rockets?|engines?|bombs?|"
        r"explosions?|earthquakes?|quakes?|storms?|hurricanes?|typhoons?|cyclones?|lasers?|telescopes?|"
        r"(?:super)?computers?|chips?|processors?|magnets?|missiles?|jets?|batter(?:y|ies)|eruptions?|blasts?|"
        r"reactors?|guns?|nuclear|operational|tremors?|waves?)\b)|influential|significant|dangerous|exciting|memorable|"
        r"iconic|famous|prestigious|consequential|critical|crucial|shameful|disgraceful|remarkable|extraordinary|"
        r"incredible|amazing|brilliant|talented|admired|respected|hated|feared|loved|lovable|loveable|adorable|charming|"
        r"stylish|fashionable|glamorous|valuable\s+player|convenient|(?:highly\s+|eagerly\s+|keenly\s+)?(?:anticipated|"
        r"awaited|hyped))\b|"
        # an opinion of a trial or a part: "the toughest test yet", "Asimo's biggest role yet", "the biggest
        # attack on civil liberties for 300 years"; a fashion: "the hottest Spanish language tracks"
        r"\b(?:the\s+|[\w-]+['’]s\s+)?(?:toughest|hardest|sternest|severest|strongest|biggest|greatest|most\s+serious)\s+"
        r"(?:single\s+)?(?:challenges?|tests?|setbacks?|threats?|roles?|attacks?\s+on\s+(?:civil|human|press|"
        r"individual|personal)\s+(?:liberties|rights|freedoms?))\b|"
        r"\b(?:the\s+)?hottest\s+(?:[\w-]+\s+){0,2}?(?:tracks?|songs?|tunes?|artists?|bands?|acts?|names|stars?|"
        r"tickets?|gadgets?|toys?|trends?|shows?|brands?|looks?|styles?|restaurants?|clubs?|spots?)\b|"
        # a group or a list described, not ranked: "the world's most industrialised nations", "charts the
        # fastest computers in the world", "the world's top 500"
        r"\b(?:(?:the\s+)?world['’]s|the)\s+(?:[\w-]+\s+)?most\s+(?:industriali[sz]ed|developed|advanced)\s+"
        r"(?:nations|countries|economies|democracies|states)\b|"
        rf"\b(?:charts?|charted|charting|lists?|listed|listing|ranks|ranked|ranking|catalogues?|tracks)\s+the\s+"
        rf"(?:world['’]s\s+)?(?:{_EN_SUPER})\b[^.;:!?]{{0,60}}|"
        r"\b(?:(?:the\s+)?world['’]s|the)\s+top\s+(?:\d{2,}|ten|twenty|fifty|hundred)\b|"
        # a belief: "he believed it was the first such issue", "is believed to be the first such case"
        r"\b(?:believed?|believes|thought|thinks|suspected|suspects)\s+(?:that\s+)?(?:it|this|that|he|she|they|to)?\s*"
        r"(?:was|is|were|are|be|would\s+be|had\s+been|has\s+been)\s+(?:the|its|his|her|their|a|an)\b[^.;:!?]{0,80}|"
        # a person's own deed told first (sets 35-40's judges): "For the first time she trained only for the hurdles"
        r"^\W*for\s+the\s+first\s+time\b,?\s+(?:he|she)\b",
        _I,
    ),
    "de": re.compile(
        # a conditional sentence: "Sollte Trump gewählt werden, wird er der gesündeste Mensch sein, der je …"
        r"^\W*(?:Sollte|Sollten|Falls)\b[^.;:!?]*|"
        # a word someone used ("nannte die Verschiebung beispiellos"); a new prize's first award ("Erstmals wird die
        # Auszeichnung … verliehen", not "erstmals an eine Frau verliehen")
        r"\b(?:nannte|nennt|bezeichnete|bezeichnet)\b[^.;:!?]{0,80}?\b(?:beispiellos|historisch|einmalig)\w*|"
        # a hope, a conditional plan ("Die Hoffnung …, erstmals rückläufige Zahlen zu sehen", "würden … folgen, um
        # erstmals ein Dockingmanöver durchzuführen"), a name ("Guinessbuch der Rekorde", "die obersten Gerichte")
        rf"\b(?:Hoffnung|hofft|hoffen|erhofft\w*|{_DE_CONDITIONAL})\b[^.;:!?]{{0,60}}?\berstmal\w*|"
        r"\b(?:Guin+es+-?)?[Bb]uch\s+der\s+Rekorde\b|\boberst\w*\s+(?:[\w-]+\s+)?(?:Gericht\w*|Richter\w*|Instanz\w*|"
        r"Behörde\w*|Führung|Heeresleitung|Gremi\w*)|"
        rf"\berstmals\b(?:(?!\ban\b){_SENTENCE_CHAR}){{0,80}}?\b(?:verliehen|vergeben)\b|"
        # a hypothetical superlative ("wäre das ein bisher beispielloser Vorgang"; "wäre das erste Mal" stays a
        # first, as in English); a person's own best ("sein bisher größter Erfolg")
        rf"\b(?:{_DE_CONDITIONAL})\s+(?:[\w-]+\s+){{0,3}}?(?:ein\w*|der|die|das)\s+"
        r"(?:bisher\s+|bislang\s+)?(?:beispiellos|einmalig|(?!erste)\w+ste)\w*[^.;:!?]*|"
        r"\b(?:sein|seine[nmrs]?|ihr|ihre[nmrs]?|(?-i:[A-ZÄÖÜ])\w+s)\s+(?:bisher|bislang)\s+(?:größt|grösst|wertvollst|best|"
        r"wichtigst)\w*\s+(?:Erfolg|Ergebnis|Resultat|Sieg|Titel|Karriereerfolg)\w*|"
        r"\berstmals\s+wieder\b|\bwieder\s+erstmals\b|\berstmals\s+(?:[\w-]+\s+)?(?!(?:konnte|konnten|sollte|sollten|"
        r"wollte|wollten|durfte|durften|musste|mussten|mochte)\b)(?-i:[a-zäöüß])\w+(?:te|ten|tes|ter|tem|ene|enen|"
        r"ener|enes|enem)\b|\b\d{4}\s+erstmals\b|\berstmals\s+(?:äußern|geäußert|äußerte|zu\s+Wort|vorgestellt|"
        r"öffentlich|der\s+Öffentlichkeit|präsentiert\w*|gezeigt)\b|\b\d{4}\s+zum\s+ersten\s+Mal\b|\bnoch\s+nie\s+(?:[\w-]+\s+){0,6}?Gedanken\b|\bwer\s+noch\s+nie\b|\bnoch\s+nie\s+so\s+"
        r"(?:wichtig|schön|einfach|leicht|gut)\b|\bpersönliche[nrs]?\s+Rekord\w*|\bRekordmeister\w*|"
        r"\bbeste[nrs]?\s+(?:[\w-]+\s+){0,2}?(?:der\s+Welt|Österreichs|Deutschlands|der\s+Schweiz|Europas)\b|"
        r"\b(?:der|die|das|den|dem)\s+(?:gr(?:ö|oe)(?:ß|ss)te|schwächste|stärkste|kleinste|beste)n?\s+Teile?\b|"
        r"\b(?:nicht|kein\w*)\s+(?:der|die|das|den|dem)\s+(?:einzige|erste)\w*\b[^.;:!?]*|"
        r"\bein(?:e[rsnm]?)?\s+der\s+[\w-]+\s+mit\s+(?:den|dem|der)\b[^.;:!?]*|"
        r"\bunter\s+den\s+(?:[\w-]+\s+)?(?:\w+sten|meist\w+)\b[^.;:!?]*|"
        r"\bein(?:e[rsnm]?)?\s+der\s+(?:[\w-]+\s+)?(?:gr(?:ö|oe)(?:ß|ss)ten|höchsten|besten|schönsten|meisten|wichtigsten|"
        r"stärksten|schwersten|längsten|ältesten|bekanntesten|erfolgreichsten)\b[^.;:!?]*",
        _I,
    ),
    "fr": re.compile(
        "|".join(
            [
                r"\ben\s+un\s+temps\s+record\b|\bles?\s+plus\s+(?:décisi|important|beau|belle|puissant)\w*[^.;:!?]*",
                r"\b(?:l['’])?une?s?\s+des\s+(?:[\w'’-]+\s+){0,2}?(?:plus|moins|meilleur\w*|pires?|premi\w+|"
                r"seul\w*)\b[^.;:!?]*|"
                r"\bparmi\s+les\s+(?:[\w'’-]+\s+){0,2}?(?:plus|meilleur\w*|premi\w*)\b[^.;:!?]*|\brecords?\s+personnels?\b|"
                r"\b(?:pour|tent\w*\s+de|essay\w*\s+de|espère|espérer|pourrait|veut|voudrait|vise\s+à)\s+(?:battre|établir|"
                r"égaler)\s+"
                r"(?:le|un|son|leur|ce)\s+(?:nouveau\s+)?record\b|\bplus\s+que\s+jamais\b",
                r"\b(?:l['’])?une?\s+des\s+plus\b[^.;:!?]*",
            ]
        ),
        _I,
    ),
    "es": re.compile(
        "|".join(
            [
                r"\ben\s+(?:un\s+)?tiempo\s+r[ée]cord\b|\bm[áa]s\s+(?:decisiv|important|bonit|hermos|emocionant|poderos)\w*[^.;:!?]*",
                r"\bun[oa]s?\s+de\s+(?:los|las)\s+(?:[\w-]+\s+){0,2}?(?:más|menos|mayores|menores|peores|mejores|primer\w*|"
                r"únic\w*)"
                r"\b[^.;:!?]*|\bentre\s+(?:los|las)\s+(?:[\w-]+\s+){0,2}?(?:más|mayores|mejores|peores)\b[^.;:!?]*|"
                r"\b(?:r[ée]cord|marca)\s+personal\b|\b(?:para|intentar\w*|buscar\w*|busca|aspira\w*\s+a|podría|quiere|quieren|"
                r"intentará)\s+(?:batir|superar|romper|igualar|establecer|marcar)\s+(?:el|un|su)\s+(?:nuevo\s+)?r[ée]cord\b",
                r"\b(?:uno|una)\s+de\s+(?:los|las)\s+(?:mayores|peores|mejores|más)\b[^.;:!?]*",
            ]
        ),
        _I,
    ),
    "it": re.compile(
        "|".join(
            [
                r"\bin\s+tempo\s+record\b|\bpiù\s+(?:decisiv|important|bell|potent)\w*[^.;:!?]*",
                r"\bun[oa]?['’]?\s*(?:dei|degli|delle)\s+(?:[\w'’-]+\s+){0,2}?(?:più|meno|maggiori|migliori|peggiori|primi|"
                r"prime)"
                r"\b[^.;:!?]*|\b(?:tra|fra)\s+(?:i|le|gli)\s+(?:più|maggiori|migliori)\b[^.;:!?]*|\brecord\s+personale\b",
                r"\b(?:uno|una|un)\s+(?:dei|delle|degli)\s+(?:più|maggiori|peggiori|migliori)\b[^.;:!?]*",
            ]
        ),
        _I,
    ),
    "pt": re.compile(
        "|".join(
            [
                r"\bem\s+tempo\s+recorde\b|\bmais\s+(?:decisiv|important|bonit|poderos)\w*[^.;:!?]*",
                r"\brecorde-se\b|\bum[a]?\s+(?:dos|das)\s+(?:[\w-]+\s+){0,2}?(?:mais|menos|maiores|menores|piores|melhores|"
                r"primeir\w*)\b[^.;:!?]*|"
                r"\bentre\s+(?:os|as)\s+(?:[\w-]+\s+){0,2}?(?:mais|maiores|melhores|piores)\b[^.;:!?]*|\brecorde\s+pessoal\b|"
                r"\b(?:para|tentar|tenta|quer|pode)\s+(?:bater|quebrar|superar|igualar)\s+(?:o|um|seu)\s+(?:novo\s+)?recorde\b",
                r"\b(?:um|uma)\s+d[oa]s\s+(?:maiores|piores|melhores|mais)\b[^.;:!?]*",
            ]
        ),
        _I,
    ),
    "nl": re.compile(
        "|".join(
            [
                r"\b(?:(?:een|één)\s+van|tot)\s+de\s+\w+ste\b[^.;:!?]*|\bpersoonlijk\w*\s+record\w*|\brecorder\w*|"
                r"\bnog\s+nooit\s+zo\s+(?:belangrijk|mooi|makkelijk|eenvoudig|goed|leuk|lekker|simpel)\b",
                r"\been\s+van\s+de\s+\w+ste\b[^.;:!?]*|\bpersoonlijk\s+record\w*",
            ]
        ),
        _I,
    ),
    "sv": re.compile(
        "|".join(
            [
                r"\b(?:(?:en|ett)\s+av|bland)\s+(?:de|världens)\s+\w+sta\b[^.;:!?]*|\bpersonligt?\s+rekord\w*",
                r"\bpersonlig(?:t|a)?\s+rekord\w*",
            ]
        ),
        _I,
    ),
    "da": re.compile(
        "|".join(
            [
                r"\b(?:(?:en|et)\s+af|blandt)\s+(?:de|verdens)\s+\w+ste\b[^.;:!?]*|\bpersonlig\s+rekord\w*",
                r"\bpersonlig(?:e)?\s+rekord\w*",
            ]
        ),
        _I,
    ),
    "no": re.compile(
        "|".join(
            [
                r"\b(?:(?:en|ei|et)\s+av|blant)\s+(?:de|verdens)\s+\w+ste\b[^.;:!?]*|\bpersonlig\s+rekord\w*",
                r"\bpersonlig(?:e)?\s+rekord\w*",
            ]
        ),
        _I,
    ),
    "pl": re.compile(
        "|".join(
            [
                r"\b(?:jed(?:en|na|no|n\w+)\s+z|wśród)\s+naj\w+\b[^.;:!?]*|\brekord\w*\s+życiow\w*",
                r"\b(?:jed(?:en|na|no|nym|nej))\s+z\s+naj\w+[^.;:!?]*|\brekord(?:y|em|u)?\s+życiow\w*",
            ]
        ),
        _I,
    ),
    "ru": re.compile(
        "|".join(
            [
                r"\b(?:один|одн(?:им|ой|а|о|ого|у)|среди)\s+(?:из\s+)?(?:сам\w+|крупнейш\w*|наибольш\w*|"
                r"высочайш\w*)\b[^.;:!?]*|"
                r"\bличн\w+\s+рекорд\w*",
                r"\b(?:один|одна|одно|одним|одной)\s+из\s+(?:сам\w+|крупнейш\w+|наибольш\w+)[^.;:!?]*",
            ]
        ),
        _I,
    ),
    "cs": re.compile(r"\b(?:jed(?:en|na|no|ním|nou|noho)\s+z|mezi)\s+nej\w+\b[^.;:!?]*|\bosobní\w*\s+rekord\w*", _I),
    "tr": re.compile(r"\ben\s+\w+\s+(?:\S+\s+){0,3}?(?:biri|birisi|birinden|arasında)\b|\bkişisel\s+rekor\w*", _I),
    "ar": re.compile(r"(?:واحد(?:ة)?\s+)?من\s+(?:بين\s+)?(?:أكبر|أعلى|أسوأ|أفضل|أحسن|أطول|أكثر|أضخم|أقدم)\b[^.؛:!?]*"),
    "ja": re.compile(
        r"初めてではな|初めてじゃな|初めて(?:見|行|食べ|聞|知|会|来|乗|読|触|着|使|登)|世界一(?:周|流)|"
        r"(?:最も|最大|最高)[^。]{0,30}?の(?:一つ|ひとつ|1つ)|^.*[？?]\W*$",
        re.S,
    ),
    "zh": re.compile(
        r"(?:并非|並非|不是|不再是)(?:首次|第一次)|首次公开募股|首次公開募股|(?:纪录|紀錄)片|"
        r"(?:最|第一)[^。，]{0,20}?之一|^.*[？?]\W*$",
        re.S,
    ),
    "ko": re.compile(r"(?:처음|최초)(?:이|가)\s*아니|(?:최대|최고|최초)[^.]{0,20}?중\s*(?:하나|한)|^.*[？?]\W*$", re.S),
}

# A negation just before the trigger denies the claim ("it is not the first time", "keiner, der Rekorde …").
_NEGATION = {
    # "not only" and "nicht selten" (often) deny nothing
    # (a contraction's "n't" has no word boundary before it: "won't be the biggest", "wasn't the largest")
    "en": re.compile(r"(?:\b(?:not(?!\s+(?:only|just|least)\b)|no)\b|n['’]t\b)[^.;:!?,]{0,25}$", _I),
    "de": re.compile(r"\b(?:nicht(?!\s+(?:selten|nur|zuletzt|umsonst)\b)|kein\w*)\b[^.;:!?,]{0,40}$", _I),
    "fr": re.compile(r"\b(?:pas|jamais)\b[^.;:!?,]{0,25}$", _I),
    "es": re.compile(r"\b(?:no|nunca)\b[^.;:!?,]{0,25}$", _I),
    "it": re.compile(r"\b(?:non|mai)\b[^.;:!?,]{0,25}$", _I),
    "pt": re.compile(r"\b(?:não|nunca)\b[^.;:!?,]{0,25}$", _I),
    "ru": re.compile(r"\bне\s+(?:в\s+)?$", _I),
    "pl": re.compile(r"\bnie\s+(?:po\s+)?$", _I),
    "cs": re.compile(r"\b(?:ne|není|nebylo|nebyl)\s+$", _I),
}
# A claim in the scope of a modal, a plan or a forecast is not asserted ("could become the first Democrat to
# win …", "plans to open the world's largest factory", "der größte Umbau werden könnte"): readers and judges
# alike call it no claim. English looks back from the claim to the clause's start (a comma ends the look, so
# "Although it could raise prices, it posted its highest profit ever" stays); German, whose modal often comes
# last, reads the whole comma-bounded clause. "will" stays: a scheduled first is a claim ("Obama will be the
# first US president to address the African Union").
_HYPOTHETICAL_VERBS = (
    r"be|become|make|build|open|create|set|establish|launch|hold|host|win|achieve|reach|hit|post|break|beat|stage|"
    r"introduce|develop|produce|form|field|land|fly|rise|fall|drop|plummet|plunge|sink|surge|soar|jump|climb|grow|"
    r"shrink|slump|decline|increase|decrease|expand|gain|top|exceed|surpass|overtake|pass|approve|adopt|enact|sign|"
    r"complete|end|record|mark|"
    r"represent|constitute|prove|remain|rank|trigger|spark|cause|bring|give|lead|result|push|send|lift|cut|raise"
)
# What is still to come, before "to": "expected to", "plans to" (shared by the two looks below).
_EN_TO_COME = (
    r"expected|likely|set|poised|hopes?|hoping|hoped|plans?|planning|planned|aims?|aiming|aimed|seeks?|seeking|wants?|"
    r"wanting|intends?|intending|proposes?|proposed"
)
_HYPOTHETICAL = {
    # the verb the modal or the plan governs must make the claim: "could become the first …", not "who could
    # help overhaul the world's most costly healthcare system" nor "who would return … and build it into …"
    "en": re.compile(
        r"\b(?-i:(?<!\bwho\s)would|could|might|may|should)\s+(?:not\s+|also\s+|still\s+|even\s+|then\s+|now\s+|"
        r"likely\s+|well\s+|soon\s+|ultimately\s+|eventually\s+|easily\s+)?(?:have\s+(?:been\s+)?)?"
        rf"(?:(?:{_HYPOTHETICAL_VERBS}|see)\b|$)|['’]d\s+be\b|\b(?<!more\s)(?<!less\s)(?<!most\s)(?:{_EN_TO_COME}|"
        r"destined|tipped|forecast|projected|predicted|sought|wanted|intended|trying|tries|tried|attempts?|attempting|"
        r"attempted|bids?|bidding|vows?|vowed|promises?|promised|pledges?|pledged|proposing)\s+to\s+"
        rf"(?:(?:[\w-]+\s+)?(?:{_HYPOTHETICAL_VERBS})\b|$)|"
        r"\b(?:(?:headed|heading)\s+for|on\s+(?:track|course)\s+(?:for|to))\b|\b(?:maybe|perhaps|possibly)\s+$|"
        # a second verb under the same modal: "would impose new quotas and for the first time include Europe"
        r"\b(?-i:would|could|might|should)\s+(?:[a-z]+\s+){1,8}?and\s+$|"
        # "the possibility of the first strike in 20 years", "will most likely make it the fastest"
        r"\b(?:possibility|prospect|threat|risk|chance|danger|likelihood|spectre|specter)\s+of\b|"
        r"\bwill\s+(?:most\s+likely|likely|probably|possibly|perhaps)\b|"
        # a service still to start: "said it will begin providing evaluations … including the first-ever ratings"
        r"\bwill\s+(?:begin|start)\b|"
        # a step not yet taken: "a losing battle to dissuade regulators from passing the nation's first ban"
        r"\b(?:from|against|toward|towards)\s+(?:passing|adopting|approving|enacting|creating|building|opening|launching)\s+"
        r"(?:(?:the|a|an)\s+)?$",
        _I,
    ),
    "de": re.compile(
        rf"\b(?:{_DE_CONDITIONAL}|dürfte|dürften|möchte|möchten|wolle|wollen|will|plant|planen|hofft|hoffen)\b", _I
    ),
}
# The clause the claim stands in: punctuation or a subordinating word starts a new one ("The junta would rule
# until 1993 when the country called its first democratic elections since 1970").
_OF_A_FORECAST = re.compile(r"[^,;.]{0,30}?\b(?:forecasts?|estimates?|projections?|predictions?|outlook)\b", _I)
_APPOSITION_END = re.compile(r"\s*(?:,|--|—|–)\s*(?:the\s+|its\s+|their\s+)?$", _I)
_CLAUSE_END = re.compile(r"(?<!\b[A-Z])\.(?![A-Za-z]\.|\d)|[;:!?,–—()]")  # not the dots of "U.S." nor of "3.5"
_CLAUSE_START = re.compile(
    rf"{_CLAUSE_END.pattern}|\b(?:when|after|before|since|while|because|until|where|whereas|although|though|"
    r"as)\b",
    _I,
)


# A capitalised superlative or "The" inside an English sentence belongs to a name or a title.
_NAMED = re.compile(rf"(?-i:^The\s+[A-Z]|\b(?:(?!(?i:{_EN_NOT_EST})\b)[A-Z][a-z]+est|First|Best|Most|Only|Record)\b)")


def _title_case(text: str) -> bool:
    """A headline written in Title Case capitalises its claim words too."""
    words = re.findall(r"[^\W\d_]{4,}", text)
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _hypothetical(text: str, start: int, lang: str) -> bool:
    """Whether the claim starting at ``start`` stands in a modal's, a plan's or a forecast's clause."""
    pattern = _HYPOTHETICAL.get(lang)
    if pattern is None:
        return False
    head = text[:start]
    # "… are expected to grow 3.5 pct, the fastest rate since 1980": the apposition belongs to the clause before
    # its comma, unless it ranks the forecast itself ("may plummet to 1.6%, the bleakest forecast so far")
    if _APPOSITION_END.search(head):
        if _OF_A_FORECAST.match(text, start):
            return False
        head = _APPOSITION_END.sub("", head)
    before = head[max(0, len(head) - 60) :]
    # (a word that opens the claim itself opens no clause: "used as never before")
    clause = before[max((m.end() for m in _CLAUSE_START.finditer(before) if before[m.end() :].strip()), default=0) :]
    if lang == "de":
        closing = _CLAUSE_END.search(text, start)
        clause += text[start : closing.start() if closing else len(text)]
    if lang == "en" and _FIRST_TIME.match(text, start) and _DOING_TO_COME.search(clause):
        return True  # "was likely to engage new workers for the first time since 1980": any verb makes this one
    return bool(pattern.search(clause))


_FIRST_TIME = re.compile(r"(?:for\s+)?the\s+(?:very\s+)?first\s+time\b", _I)
_DOING_TO_COME = re.compile(
    rf"\b(?<!more\s)(?<!less\s)(?<!most\s)(?:{_EN_TO_COME}|due|scheduled)\s+to\s+(?:[\w’'-]+\s+){{1,6}}$|"
    r"\b(?-i:would|could|might|may|should)\s+(?:[\w’'-]+\s+){1,6}$",
    _I,
)


# A scope no speaker owns keeps a first-person claim a claim ("we had the largest decline in
# recorded history"), where "the best book I have read" stays personal.
_OBJECTIVE_SCOPE = re.compile(
    r"\bhistory\b|\bin\s+the\s+world\b|\bsince\s+\d{4}\b|\bon\s+record\b|\b(?:lowest|cheapest)\s+price\b", _I
)
_NEVER = re.compile(r"\b(?:nie|never)\b", _I)  # a negated claim word is the claim itself ("noch nie")
_PERSONAL = re.compile(r"^[\"“„«]?\s*(?:I|I['’]m|I['’]ve|we)\b", _I)
# A first-person subject next to the trigger makes it the writer's own experience ("Als ich … zum ersten Mal").
_FIRST_PERSON = {
    "en": re.compile(r"\b(?:I|we)\b"),
    "de": re.compile(r"\b(?:ich|wir)\b", _I),
    "fr": re.compile(r"\b(?:je\b|j['’])", _I),
    "es": re.compile(r"\byo\b", _I),
    "it": re.compile(r"\b(?:io|mi|mio|mia)\b", _I),
    "pt": re.compile(r"\b(?:eu|me|meu|minha)\b", _I),
    "pl": re.compile(r"\b(?:ja|mnie|mój|moja|\w+łem|\w+łam)\b", _I),
    "cs": re.compile(r"\b(?:já|jsem|můj|moje|mě)\b", _I),
    "ru": re.compile(r"\b(?:я|мне|мой|моя)\b", _I),
    "nl": re.compile(r"\b(?:ik|mijn)\b", _I),
    "sv": re.compile(r"\b(?:jag|min|mitt)\b", _I),
    "da": re.compile(r"\b(?:jeg|mig|min|mit)\b", _I),
    "no": re.compile(r"\b(?:jeg|meg|min|mitt)\b", _I),
    "tr": re.compile(r"\b(?:ben|bana|benim)\b", _I),
    "ja": re.compile(r"私(?:は|が|も|の|に)|僕|俺|人生"),
    "ko": re.compile(r"(?:나는|내가|저는|제가)"),
}

# Pages also declare Bokmål/Nynorsk or Cantonese: the same rules as Norwegian and Chinese.
for _code, _base in {"nb": "no", "nn": "no", "yue": "zh"}.items():
    for _rules in (_ONE_RULE, NOT_NOVELTY, _NEGATION, _FIRST_PERSON):
        if _base in _rules:
            _rules[_code] = _rules[_base]
# Gate words for the one-rule languages whose patterns all need one of them (a superlative
# always comes with its scope word); the others run their pattern on every sentence.
_ONE_RULE_WORDS: dict[str, tuple[str, ...]] = {
    "es": (
        "primer", "precedente", "nunca", "jamás", "inédit", "record", "récord", "histori", "histór", "únic", "mundo",
        "planeta", "tiempos", "desde", "año", "década", "siglo", "lustro", "fecha", "mundial",
    ),
    "fr": (
        "premi", "précédent", "jamais", "inédit", "inégal", "record", "historique", "seul", "monde", "mondia", "pic",
        "planète", "histoire", "temps", "depuis", "ans",
    ),
    "it": (
        "prim", "precedent", "record", "stori", "unic", "mondo", "sempre", "tempi", "da", "anni", "decenni", "inizio",
        "mai",
    ),
    "pt": (
        "primeir", "precedente", "nunca", "jamais", "inédit", "recorde", "históric", "únic", "história", "mundo",
        "planeta", "tempos", "sempre", "desde", "já", "anos", "mais", "menos",
    ),
}  # fmt: skip
PATTERNS: dict[str, list[Rule]] = {
    "en": _EN_RULES,
    "de": _DE_RULES,
    **{lang: [(_ONE_RULE_WORDS.get(lang, ()), pattern)] for lang, pattern in _ONE_RULE.items()},
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
            _merge(claimed_paragraphs[sentence.paragraph], sentence.text, phrases)
            continue
        items.append(_item(sentence, phrases, found[0][1], before, lede))
        if not sentence.is_headline:
            claimed_paragraphs[sentence.paragraph] = items[-1]
    return _fold_headlines(items)


def _merge(item: Item, text: str, phrases: list[str]) -> None:
    """A later claim sentence of the item's paragraph: one item per paragraph keeps the checklist
    short, but every claim sentence is quoted (in order, the first stays first: queries are keyed
    on it) and every trigger listed, so no distinct claim is hidden."""
    item.data["merged"] = item.data.get("merged", 0) + 1
    item.evidence.append(Evidence(text))
    known = {t.lower() for t in item.data["triggers"]}
    item.data["triggers"].extend(p for p in phrases if p.lower() not in known)
    item.title = f"Novelty claim: {', '.join(item.data['triggers'])}"


def _fold_headlines(items: list[Item]) -> list[Item]:
    """A headline claim the text tells again (the same people, place or event to search for) is
    one claim for the editor: the text's item keeps it, quoting the headline as well."""
    kept: list[Item] = []
    for item in items:
        told_again = item.data["headline"] and next((o for o in items if _tells_again(item, o)), None)
        if not told_again:
            kept.append(item)
            continue
        if all(e.text != item.evidence[0].text for e in told_again.evidence):  # a lede's own words are quoted once
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
    return {t.lower() for t in headline.data["triggers"]} <= {t.lower() for t in other.data["triggers"]}


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
    if text.isupper() and len(text) > 12:  # a wire headline in capitals: read in lower case, quoted as written
        # (letter by letter, so offsets stay: "İ".lower() is two characters)
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        return [(_as_written(text, phrase, start), start) for phrase, start in triggers(lowered, lang)]
    lower = text.lower()
    active = [pattern for words, pattern in PATTERNS.get(lang, ()) if not words or any(w in lower for w in words)]
    if not active or text.rstrip(" \"'”’»“").endswith(("?", "؟")) or _PERSONAL.match(text) or is_teaser(text):
        return []
    matches = sorted((m for pattern in active for m in pattern.finditer(text)), key=_reading_order)
    if not matches:
        return []  # most sentences: the exclusions need not be read
    personal = _FIRST_PERSON.get(lang)
    negation = _NEGATION.get(lang)
    excluded = NOT_NOVELTY.get(lang)
    spans = [m.span() for m in excluded.finditer(text)] if excluded else []
    if spans:  # a claim the same pattern would have found after a hedge it ran through ("one of the biggest
        # names …, the largest gathering since 1990"): look again past the hedge
        again = [m.re.search(text, e) for m in matches for s, e in spans if s <= m.start() < e]
        known = {(m.re.pattern, m.span()) for m in matches}
        matches += [m for m in again if m and (m.re.pattern, m.span()) not in known]
        matches.sort(key=_reading_order)
    found: list[tuple[str, int]] = []
    taken = -1  # where the last phrase taken ends: patterns of two rules may match the same words
    for match in matches:
        claim, claim_start = _claim(match)
        if claim_start < taken or any(
            start <= match.start() < end or start < match.end() <= end or start <= claim_start < end
            for start, end in spans
        ):
            continue
        if (
            personal
            and not _OBJECTIVE_SCOPE.search(match.group(0))
            and personal.search(text[max(0, match.start() - 40) : match.end() + 30])
        ):
            continue
        if negation and not _NEVER.search(match.group(0)):
            if negation.search(text[max(0, match.start() - 45) : match.start()]):
                continue
        if _hypothetical(text, min(match.start(), claim_start), lang):
            continue
        if lang == "en" and claim_start > 0 and _NAMED.search(claim) and not _title_case(text):
            continue  # a name or a title: "Blue Is The Warmest Color", "won Best Picture"
        taken = match.end()
        phrase = " ".join(claim.split())
        if phrase.lower() not in (f.lower() for f, _ in found):
            found.append((phrase, claim_start))
    return found


def _as_written(text: str, phrase: str, start: int) -> str:
    """A phrase found in the lower-cased text, in the text's own letters (its spaces collapsed as in the phrase)."""
    written = re.compile(r"\s+".join(map(re.escape, phrase.split())), _I).match(text, start)
    return " ".join(written.group().split()) if written else phrase


def _reading_order(match: re.Match[str]) -> tuple[int, int]:
    """Claims in the order they start; of two starting together, the longer first."""
    return _claim(match)[1], -match.end()


def _claim(match: re.Match[str]) -> tuple[str, int]:
    """The claim's words and where they start: a pattern that needs context to match ("is the
    largest …") names its claim group, so the phrase and its place leave the context out."""
    if match.re.groupindex.get("claim") and match.group("claim"):
        return match.group("claim"), match.start("claim")
    return match.group(0), match.start()
