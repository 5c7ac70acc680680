"""``people.role``: a person given a role — "İbrahim Kalın, the director of Turkey's National
Intelligence Organization (MIT)", "former Iraqi prime minister Nouri al-Maliki", "Mayor of
New York City Eric Adams", "Bundesjustizminister Heiko Maas", "MİT Başkanı İbrahim Kalın",
"Emmanuel Macron, le président de la République", «رئيس جهاز الاستخبارات التركية إبراهيم كالن».

Person and role are bounded exactly: name particles (von der, de, al-, bin) stay in the
name, multi-word places, organisations and the scope the article gives stay in the role
("Royal Bank of Canada assistant chief economist", "früheren griechischen Migrationsminister",
"Millî İstihbarat Teşkilatı eski Başkanı"), compound and hyphenated titles ("Major General",
"Co-founder", "Staatspräsident") stay whole, and a Turkish case suffix or a place after the
name ("Kalın Bağdat'ta") is cut. Where the person can't be bounded (half a name, an encoding
error, an Arabic name with no sure end) there is no item: a missed role costs less than a
wrong one. The title shows the role in the article's own words; ``role`` and
``organization`` are also kept apart so corroboration can check them against Wikidata
("position held") at the article's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from checks.claimterms import STOP
from checks.document import Document
from checks.entities import LOWER, UPPER, WORD, is_title_case
from checks.places import territory_pattern
from checks.registry import register
from checks.report import Evidence, Item
from checks.sentences import Sentence
from checks.settings import CheckSettings

PARTICLE = r"(?:(?:von|van)\s+(?:der|den|de)\s+(?!(?:Grünen|Linken|Union|Partei|Regierung|[A-ZÄÖÜ]{2,})\b)|von\s+|van\s+|de\s+la\s+|de\s+|del\s+|della\s+|di\s+|da\s+|dos\s+|bin\s+|ibn\s+|bint\s+|al-|el-|Al-|El-|Abu\s+)"  # noqa: E501
NAME = rf"{WORD}(?:\s+{PARTICLE}?{WORD}){{1,2}}(?:\s+{PARTICLE}{WORD})?"  # "Luiz Inácio Lula da Silva"
GIVEN = rf"{WORD}"

ROLE_WORDS = (
    r"chief\s+(?:medical|operating|financial|technology|information|executive)\s+officer|prime\s+minister|foreign\s+minister|defen[cs]e\s+minister|interior\s+minister|finance\s+minister|minister|"
    r"president-elect|president|director[-\s]general|director|chief\s+executive(?:\s+officer)?|chief\s+of\s+staff|"
    r"chairman|chairwoman|chairperson|chair|leader|head|chief|spokes(?:man|woman|person)|ambassador|governor|mayor|"
    r"secretary[-\s]general|secretary\s+of\s+(?:state|defen[cs]e|the\s+treasury|homeland\s+security)|secretary|speaker|commander|major\s+general|lieutenant\s+general|brigadier\s+general|"
    r"general|admiral|CEO|CFO|COO|founder|(?-i:King|Queen|Emir|Crown\s+Prince)|senator|congressman|congresswoman|"
    r"lawmaker|MP|judge|envoy|advis[eo]r|co-?ordinator|constable|chancellor|prosecutor|attorney\s+general|"
    r"representative|commissioner|coach|manager|editor|professor\s+emeritus|professor|dean|economist|analyst"
)
_MOD = r"(?:(?:former|deposed|ousted|late|exiled|ex-|acting|deputy|interim|outgoing|incoming|then-|then\s+(?=[A-Za-z])|current|newly\s+appointed|vice[-\s]|co-|assistant\s+|associate\s+|senior\s+|executive\s+|press\s+|managing\s+|general\s+)\s*)*"  # noqa: E501
_FIELD = (
    r"(?:press|poetry|foreign|health|finance|economics|politics|political|sports|fashion|art|music|science|"
    r"business|defen[cs]e|news|managing|executive|deputy|regime|party|opposition|team|club|legal|medical|law|state|finances|"
    r"federal|city|county|military|national|assistant|associate|senior|chief|acting|interim|former|security|"
    r"intelligence|industry|talent|campaign|quarterbacks|offensive|defensive|goalkeeping|batting|bowling|fitness|"
    r"strength|conditioning|receivers|linebackers|communications|marketing|research|policy|program|programme|project|"
    r"product|design|creative|technical|operations|investment|strategy|data|digital|energy|climate|education|"
    r"environment|environmental|transport|trade|labou?r|justice|technology|tech|media|public|police|fire|union|"
    r"community|film|sales|global|regional|local|economic|border|nuclear|crime|space|banking|equity|portfolio|"
    r"planning|aviation|economy|race|event|special|ministry|home|production|company|parliamentary|information|spin|mines|"
    r"council|board|editorial|commercial|tournament|festival|competition|development|employment|pensions|heritage|"
    r"infrastructure|government(?!\s+of\b)|shadow|airline|aerospace|oil|markets?|housing|agriculture|tourism|culture|"
    r"sport|football|rugby|cricket|tennis|athletics|legislative|affairs|regulatory|compliance|budget|central|bank|farm|farming|fisheries|"
    r"committee|subcommittee|panel|caucus|(?:pro|anti)-[\w-]+)"
)
# A common noun that ends an organisation's name ("the Financial Crime Prevention agency"): the
# capitalised words before it are the organisation, not a person.
_ORG_NOUN = (
    r"(?:agency|company|firm|group|party|committee|council|department|ministry|bank|union|association|institute|"
    r"foundation|charity|network|coalition|alliance|board|authority|office|unit|team|club|university|school|"
    r"hospital|newspaper|magazine|startup|fund|organi[sz]ation|body|watchdog|regulator|prosecutor(?:['’]s\s+office)?|"
    r"prosecutors|police|court|government|administration|embassy|consulate|army|navy|commission|parliament|"
    r"assembly|senate|campaign|mission|service|caucus|subcommittee|panel|delegation|conference|giant|insurer|lender|"
    r"carrier|retailer|conglomerate|brokerage|automaker|carmaker|chipmaker|manufacturer|publisher|broadcaster|"
    r"division|lab|laboratory|subsidiary|branch|region|province|prefecture|district)"
)
_PLACE = rf"(?:the\s+)?(?:{WORD}|[{UPPER}]{{2,6}}|St\.)(?:\s+(?:{WORD}|[{UPPER}]{{2,6}}|of|the|and|for|St\.)){{0,5}}"
_CAP = rf"(?:{WORD}|[{UPPER}]{{2,6}}|(?:[{UPPER}]\.){{2,3}}|[{UPPER}]+&[{UPPER}]+)"  # "U.S.", "AT&T" too
# Days and months are no part of a title: "said on Thursday White House Chief of Staff John Kelly"
_NOT_TITLE = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|"
    r"September|October|November|December)\b)"
)
_ORG_WORD = rf"(?:[{UPPER}][\w'’&.-]*(?:\s+d['’][{UPPER}][\w-]*)?|[{UPPER}]{{2,8}})"
ORG = (
    rf"(?:the\s+)?{_ORG_WORD}(?:\s+(?:(?:of|the|and(?!\s+(?:{_ORG_WORD}\s+){{0,3}}(?i:{ROLE_WORDS})\b)|for|on|&)\s+)*{_ORG_WORD})"
    rf"{{0,8}}(?:\s*\([{UPPER}]{{2,10}}\))?"
)

# After a role with no organisation comes punctuation or a clause, not more of the title
# ("deputy chief medical officer" must not stop at "deputy chief").
_ROLE_END = r"(?=\s*[,;.)–—]|\s+(?:and|who|which|in|on|at|from|since|until|with|has|had|have|is|was|said|says)\b|\s*$)"
# İbrahim Kalın, the director of Turkey's National Intelligence Organization (MIT),
# "senior vice president and head of hotels at Oxford Properties": a second title with its own
# field; "… and head of the State of Law Coalition" stays a second item (CONTINUATION).
_AND_ROLE = (
    rf"(?:\s+and\s+(?i:{_MOD})(?i:{ROLE_WORDS}|owner|partner)"  # "president and co-owner of …"
    rf"(?:\s+of\s+(?!the\b|an?\b)[a-z]+|(?=\s+(?:of|at|for)\s+[{UPPER}])|(?=\s*[,;)–—]|\.?\s*$)))?"
)
# "Tory leader in the Lords", "senior manager in Symantec's security response group": a scope
# after the title, a body or an organisation's part; a place alone ("spokesman in London") is not.
_IN_SCOPE = rf"in(?=\s+(?:the\s+{_NOT_TITLE}[{UPPER}]|[{UPPER}][\w.&-]*['’]s\s+[a-z]))"
APPOSITIVE = re.compile(
    rf"(?P<name>{NAME})(?P<sep>,|\s+[–—])\s+(?:the\s+|a\s+|an\s+)?(?P<role>(?i:{_MOD})(?:(?:{_CAP}|(?i:{_FIELD}))\s+){{0,3}}?"
    rf"(?i:{ROLE_WORDS})\b{_AND_ROLE})"
    rf"(?:\s+(?:of|at|for|to|with|{_IN_SCOPE})\s+(?P<org>(?:the\s+(?:[a-z][\w-]*\s+){{1,4}}(?=[{UPPER}])|(?:[a-z][\w-]*\s+){{0,2}}"
    rf"{_ORG_NOUN}\s+(?=[{UPPER}]))?{ORG}(?:(?:\s+[a-z][\w-]*){{0,2}}\s+{_ORG_NOUN}(?:\s+(?:of\s+)?{ORG})?)?"
    # a firm named as its partners: "Birr, Wilson and Co"
    rf"(?:(?:,\s+{_ORG_WORD}(?:\s+{_ORG_WORD})?)+,?\s+(?:and|&)\s+{_ORG_WORD}(?:\s+(?:Co|Inc|Corp)\b\.?)?)?"
    rf"(?:(?:\s+[a-z][\w-]*){{0,3}}\s+at\s+{ORG})?(?:(?<=['’]s)(?:\s+(?:and\s+)?[a-z][\w-]*){{1,6}}(?=\s*[,;.)–—]|\s*$))?)"
    rf"(?=\s*[,;.()–—]|\s+[a-z]|\s*$)|{_ROLE_END})",
)
# A dash opens the apposition: it runs to the closing dash or the sentence's end.
_DASH_CLOSE = re.compile(r"[^–—()]{0,100}?(?=\s+[–—]|\.?\s*$)")
CONTINUATION = re.compile(
    rf"^\s+and\s+(?:the\s+)?(?P<role>(?i:{_MOD})\b(?i:{ROLE_WORDS}))\s+(?:of|at|for)\s+(?P<org>{ORG})"
    r"(?=\s*[,;.)]|\s+[a-z]|\s*$)",
)
# Mayor of New York City Eric Adams · Vice-President of the European Commission Ursula von der Leyen
TITLE_OF = re.compile(
    rf"(?<![\w-])(?P<role>(?=[{UPPER}])(?i:{_MOD})(?:{_NOT_TITLE}{_CAP}\s+){{0,3}}?(?i:{ROLE_WORDS}))\s+of\s+(?!(?:State|Defen[cs]e|the\s+Treasury|Homeland\s+Security)\s)(?P<org>{_PLACE})(?<!\band)(?<!\bof)(?<!\bfor)\s+"
    rf"(?P<name>{GIVEN}\s+{PARTICLE}?{WORD})(?![\w'’-]|\s+{WORD}|\s+{_ORG_NOUN}\b|\s+of\s+[{UPPER}])",
)
# former Iraqi prime minister Nouri al-Maliki · Department of Correction spokesman Frank Dwyer
# Royal Bank of Canada assistant chief economist Nathan Janzen · TD Economics director and senior economist …
# "of"/"for" join an organisation's words ("Department of Correction spokesman"), never a group
# and the title of the person it belongs to ("Critics of President Joe Biden").
_OF = rf"(?:of|for)(?:\s+the)?(?=\s+[{UPPER}])(?!\s+(?i:former|acting|deputy|interim|then-|{ROLE_WORDS})\b)"
_AND = (
    rf"and(?!\s+(?i:{ROLE_WORDS})\b)(?=\s+[{UPPER}])"  # "Police and Crime Commissioner", not "the U.S. and President X"
)
_AND_FIELD = rf"and(?=\s+(?i:{_FIELD})\s)"  # a field joined to a field: "mines and energy minister"
# "World Anti Doping Agency (WADA) chief", a wire's ticker: "Former Guinness Plc <GUIN.L> chairman" (set 58)
_ACRONYM = rf"(?:\s+\([{UPPER}][\w]{{1,14}}\)|\s+<[{UPPER}][{UPPER}.]{{0,9}}>)?"
_TITLE_PART = (
    rf"(?:(?:{_NOT_TITLE}{_CAP}{_ACRONYM}|(?<=['’]s\s)(?!(?:new|current|longtime|own|top)\b)[a-z]+(?=\s+(?i:{ROLE_WORDS})\s))"
    rf"(?:\s+(?:{_OF}|{_AND}))?|{_FIELD}(?:\s+(?:{_OF}|{_AND}|{_AND_FIELD}))?|(?i:{ROLE_WORDS})\s+and(?=\s+[a-z]))"
)
TITLE = re.compile(
    rf"(?<![\w-])(?P<role>(?i:{_MOD})(?:{_TITLE_PART}\s+){{0,8}}?"
    rf"(?i:then-|ex-|co-|vice[-\s])?(?i:{ROLE_WORDS}))\s+"
    # (a place or a body is no name: "King County Superior Court Judge Gary Rittle" is one title, not King
    # "County Superior Court")
    # (not words that are surnames too: Park, Hall, Church)
    rf"(?!(?:\S+\s+){{0,2}}(?:County|Court|Council|University|College|School|Hospital|District|Department|Ministry|"
    rf"Office|Bank|Group)\b)"
    # (a name starts with no title word: "Deputy Chief Constable Adrian Hanstock" is one title)
    rf"(?!(?i:{ROLE_WORDS})\b)(?P<name>(?:[{UPPER}]\.\s+)?{NAME}|{WORD})",  # "chairman A. William Reynolds"
)
# Bundesjustizminister Heiko Maas · Staatspräsident Emmanuel Macron · CDU-Chef Friedrich Merz
_DE_ROLE = (
    r"minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|vorsitzende|vorsitzender|sprecher|"
    r"sprecherin|bürgermeister|bürgermeisterin|botschafter|botschafterin|direktor|direktorin|gouverneur|senator|"
    r"senatorin|abgeordnete|abgeordneter|generalsekretär|generalsekretärin|general|leiter|leiterin|trainer|gründer|"
    r"gründerin|geschäftsführer|geschäftsführerin|staatssekretär|staatssekretärin|regierungschef|regierungschefin"
)
_DE_TITLE = rf"(?=[{UPPER}])[{UPPER}{LOWER}]*?(?i:{_DE_ROLE})\b"
# The scope the article gives before the title stays in the role: "früheren griechischen
# Migrationsminister", "der Berner Gesundheits-, Sozial- und Integrationsdirektor", "Österreichs Sportdirektor".
_DE_ADJ = (
    r"(?:ehemalig|früher|designiert|damalig|amtierend|scheidend|stellvertretend|Erst|Zweit|(?:inter)?national|"
    r"oberst|zuständig|regional|zentral|"
    r"deutsch|(?:[A-Z]{2,}-)?[a-zäöü]+isch)e[rnms]?"
)
_DE_PLACE = r"[A-ZÄÖÜ][a-zäöü]+er"  # Berliner, Berner, Münchner: only after an article or an adjective
_DE_GENITIVE = (
    r"(?!(?:Dieses|Jedes|Alles|Eines|Keines|Seines|Meines|Ihres|Etwas|Nichts|Damals|Bereits|Stets|Anfangs|"
    r"Abends|Morgens|Rechts|Links|Übrigens|Erstens|Zweitens|Jedenfalls|Allerdings|Ebenfalls|Mindestens|Spätestens|"
    r"Meistens|Wenigstens|Teils|Jeweils|Unterdessen|Indes|Deshalb|Deswegen|Dennoch|Trotzdem|Außerdem)\b)"
    r"[A-ZÄÖÜ][a-zäöü]{3,}s"
)
_DE_SCOPE = (
    rf"(?:{_DE_GENITIVE}\s+(?:{_DE_ADJ}\s+)*|(?:{_DE_ADJ}\s+)+(?:{_DE_PLACE}\s+)?"
    rf"|(?<=\b[Dd](?:er|ie|en|em|es)\s){_DE_PLACE}\s+(?:{_DE_ADJ}\s+)*)?"
)
_DE_COORD = r"(?:[A-ZÄÖÜ][\w]*-,?\s+)+(?:und|oder|sowie)\s+"  # Gesundheits-, Sozial- und …direktor
GERMAN = re.compile(
    rf"(?P<role>{_DE_SCOPE}(?:Ex-)?(?:[{UPPER}][\w-]*-)?(?:{_DE_COORD})?"
    rf"{_DE_TITLE})\s+(?P<name>{GIVEN}(?:\s+{PARTICLE}?{WORD}){{0,2}}?)(?!\s+{PARTICLE}{WORD})(?=\s*[,.;:()\[]|\s+[a-zäöüß]|\s*$)",
)
DE_APPOSITIVE = re.compile(
    rf"(?P<name>{NAME}),\s+(?:(?:der|die)\s+)?(?P<role>(?:[\w-]+\s+)?{_DE_TITLE})\s+"
    rf"(?P<org>(?:der|des|von|im)\s+[^,;.()]{{2,80}}?)(?=\s*[,;.)]|\s*$)(?!,\s*[{UPPER}]\w+,)",  # no list inside
)
# Emmanuel Macron, le président de la République · Pedro Sánchez, presidente del Gobierno
ROMANCE = re.compile(
    rf"(?P<name>{NAME}),\s+(?:(?:le|la|l['’]|el|la|o|a)\s*)?(?P<role>(?:ancien\s+|ancienne\s+|ex-?)?"
    r"(?:président|présidente|directeur|directrice|ministre|porte-parole|maire|secrétaire\s+général|chef|fondateur|"
    r"fondatrice|PDG|presidente|presidenta|ministro|ministra|director|directora|portavoz|alcalde|alcaldesa|"
    r"secretario\s+general|jefe|jefa|fundador|fundadora|diretor|diretora|prefeito|prefeita))"
    rf"\s+(?P<org>(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’]|del\s+|de\s+|da\s+|do\s+)[^,;.()]{{2,80}}?)(?=\s*[,;.)]|\s*$)",
)
ROMANCE_TITLE = re.compile(
    r"\b(?P<role>(?:le|la|el)\s+(?:président|présidente|presidente|presidenta|ministre|ministro|ministra|"
    r"premier\s+ministre|chancelière|chancelier|canciller)(?:\s+(?:de\s+la\s+|de\s+l['’]|du\s+|del\s+|de\s+)"
    rf"[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*)?)?)\s+(?P<name>{NAME})",
)
# MİT Başkanı İbrahim Kalın · Dışişleri Bakanı Hakan Fidan · Cumhurbaşkanı Recep Tayyip Erdoğan
_TR_WORD = r"[A-ZÇĞİÖŞÜ][\wçğıöşüÇĞİÖŞÜ]*"
# "Millî İstihbarat Teşkilatı eski Başkanı": "eski" may stand between the organisation and the title.
_TR_TITLE = (
    r"Başkanı|Bakanı|Müdürü|Genel\s+Müdürü|Sözcüsü|Büyükelçisi|Valisi|Başkan\s+Yardımcısı|Genel\s+Sekreteri|"
    r"Komutanı|Cumhurbaşkanı|Başbakan|Başbakanı|Lideri|Genel\s+Başkanı"
)
TURKISH = re.compile(
    rf"(?P<role>(?:eski\s+)?(?:{_TR_WORD}\s+(?:ve\s+)?){{0,3}}?(?:(?:eski|önceki|yeni)\s+)?(?:{_TR_TITLE}))\s+"
    rf"(?P<name>{_TR_WORD}(?:['’][a-zçğıöşü]+)?(?:\s+{_TR_WORD}(?:['’][a-zçğıöşü]+)?){{0,2}})",
)
# «رئيس جهاز الاستخبارات التركية إبراهيم كالن» · «قال وزير الخارجية التركي هاكان فيدان إن» ·
# «نوري المالكي، رئيس الوزراء الأسبق،» · «الدكتور محمد عبد العاطي وزير الموارد المائية والري».
# Arabic has no capitals: the role runs while its words are definite (ال، وال، بال، لل) or
# construct nouns; the name is bounded by a left anchor (punctuation, an honorific, a reporting
# verb) or by what follows it (punctuation, a preposition, «إن»).
_AR_ROLE = (
    r"رئيس|رئيسة|وزير|وزيرة|مدير|مديرة|سفير|نائب|قائد|زعيم|أمين\s+عام|المتحدث\s+باسم|الناطق\s+باسم|المتحدث|الناطق"
)
_AR_CONSTRUCT = (
    r"جهاز|هيئة|مجلس|حزب|وزارة|دولة|إقليم|حكومة|ائتلاف|حركة|منظمة|جمهورية|قطاع|إدارة|دائرة|مكتب|لجنة|"
    r"اتحاد|نادي|شركة|جامعة|مؤسسة|بنك|مصرف|محافظة|مديرية|قوات|أركان|باسم"
)
_AR_HONORIFIC = r"(?:ال)?(?:دكتور|دكتورة|مهندس|مهندسة|مستشار|مستشارة|لواء|عميد|فريق|سيد|سيدة|أستاذ|أستاذة|شيخ|سفير)"
# A construct noun takes the next word whatever it is ("رئيس إقليم كوردستان", "رئيس جمهورية مصر").
_AR_CHAIN = rf"(?:\s+(?!{_AR_HONORIFIC}\s)(?:(?:[وب]?ال|لل)[^\s،,.:؛]+|(?:{_AR_CONSTRUCT})\s+[^\s،,.:؛]+))+"
_AR_VERB = (
    r"[وف]?(?:قال|قالت|أكد|أكدت|أعلن|أعلنت|أوضح|أوضحت|أشار|أشارت|أضاف|أضافت|ذكر|ذكرت|صرح|صرحت|شهد|شهدت|التقى|"
    r"التقت|استقبل|استقبلت|دعا|دعت|زار|زارت|بحث|بحثت|أفاد|أفادت)"
)
_AR_STOPWORD = r"(?:في|إلى|مع|على|خلال|من|عن|أن|إن|قد|لم|لأول|للمرة|منذ|بعد|قبل|الذي|التي|و)(?:\s|$)"
# A name word is no role word, no particle, no verb of saying, and no noun with a pronoun
# ending ("إصابته", "زيارتها"); the first one has no article either.
_AR_ANY = (
    rf"(?!{_AR_STOPWORD}|(?:ال)?(?:{_AR_ROLE})\s)[^\s،,.:؛«»\"()]+(?<!ته)(?<!ها)(?<!هم)(?<!هما)(?=[\s،,.:؛«»\"()]|$)"
)
_AR_WORD = rf"(?!ال|[وب]ال|لل|{_AR_VERB}\s){_AR_ANY}"  # not "بالسفير": a preposition and the article
_AR_TIME = r"(?:اليوم|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الماضي|الحالي|الجاري|المقبل)"
# After the name: punctuation, a preposition, «إن/أن», the next role («… وزير الخارجية التركي …»), «نظيره».
_AR_FOLLOW = (
    r"(?=\s*[،,.:؛]|\s*$|\s+(?:في|إلى|مع|على|خلال|من|عن|اليوم|أمس|يوم|الذي|التي|محادثات|اجتماعا|إن|أن|بأن|إنه|أنه|"
    rf"إنها|أنها|قوله|عبر|بعد|قبل|حول|نظيره|نظيرته|نظراءه|{_AR_TIME}|(?:ال)?(?:{_AR_ROLE})|وال\S+)(?:\s|$))"
)
_AR_STRONG = r"(?=\s+(?:إن|أن|بأن|إنه|أنه|إنها|أنها)\s)"
# Two words (a family name with the article, or a word after عبد/أبو/بن/آل, may add a third);
# three plain words only before «إن/أن» ("قال الرئيس التركي رجب طيب أردوغان إن").
_AR_NAME2 = rf"{_AR_WORD}(?:\s+(?:عبد|أبو|بن|ابن|آل))?\s+{_AR_ANY}(?:\s+(?!{_AR_TIME}(?:\s|$))ال[^\s،,.:؛]+)?"
_AR_NAME = rf"(?:{_AR_NAME2}{_AR_FOLLOW}|{_AR_WORD}\s+{_AR_WORD}\s+{_AR_WORD}{_AR_STRONG})"
ARABIC = re.compile(
    rf"(?P<role>(?:ال)?(?:{_AR_ROLE}){_AR_CHAIN})\s+(?:{_AR_HONORIFIC}\s+)?(?P<name>{_AR_NAME})",
)
_AR_LEFT = rf"(?:(?:^|(?<=[\s،,.:«\"]))(?:{_AR_HONORIFIC}|{_AR_VERB})\s+|^|(?<=[،,.:«\"])\s*)"
# «الدكتور محمد عبد العاطي وزير الموارد المائية والري»: anchored name, then the role.
AR_NAME_ROLE = re.compile(
    rf"{_AR_LEFT}(?P<name>{_AR_NAME})\s+(?P<role>(?:{_AR_ROLE}){_AR_CHAIN})(?=\s|[،,.:؛]|$)",
)
AR_APPOSITIVE = re.compile(
    rf"{_AR_LEFT}(?P<name>{_AR_NAME})\s*،\s*(?P<role>(?:ال)?(?:{_AR_ROLE}|سەرۆکی|وەزیری|بەڕێوەبەری)\s+[^،,.]{{3,80}}?)\s*[،,.]",
)
# Sorani: «ئیبراهیم کالن، سەرۆکی دەزگای هەواڵگری تورکیا،» and «سەرۆکی دەزگای هەواڵگری تورکیا ئیبراهیم کالن،»:
# the izafe chain (words ending in ی) runs to the organisation's last word, then the name.
_CKB_ROLE = r"سەرۆکی|وەزیری|بەڕێوەبەری|جێگری|گوتەبێژی|باڵیۆزی|سەرۆک\s+وەزیرانی|سەرۆک\s+کۆماری|سەرۆککۆماری"
SORANI = re.compile(
    rf"(?P<role>(?:{_CKB_ROLE})(?:\s+\S+){{1,4}}?)\s*،\s*(?P<name>\S+\s+\S+)\s*،",
)
SORANI_TITLE = re.compile(
    rf"(?:^|(?<=[\s،,.:«]))(?P<role>(?:{_CKB_ROLE})(?:\s+[^\s،,.:]+ی){{0,4}}\s+[^\s،,.:]*[^\s،,.:ی])\s+"
    r"(?P<name>(?!(?:سەرۆک|وەزیر|لە|بۆ|و)\S*\s)[^\s،,.:]+\s+[^\s،,.:]+)(?=\s*[،,.:]|\s*$|\s+(?:لە|بۆ|کە|و)\s)",
)
_NOT_PERSON = re.compile(
    r"\b(?:Organi[sz]ation|Ministry|Party|Council|Coalition|Agency|Association|Union|Committee|Office|Department|"
    r"Government|Parliament|Assembly|Bank|Company|Corporation|Group|Institute|University|Court|Commission|"
    r"Authority|Forces|Army|Police|Services?|Front|Movement|News|Media|Officer|Executive|Street|Square|City|"
    r"Province|Region|Road|Residence|Avenue|Hall|Center|Centre|Park|Hotel|Airport|Station|Bridge|Building|Tower|"
    r"Stadium|Campaign|Jr|Sr|House|Senate|Congress|Republic|State|States|Minister|President|Prime|Foreign|Chief|"
    r"Head|Director|General|Former|Regierung|Ministerium|Partei|Bundestag|Hospital|School|Church|Museum|Clinic|"
    r"Library|Fund|Foundation|Trust|Corp|Inc|Ltd|LLC|Magistrate|Judge|Justice|Secretary|Officer|Mountain|Lake|"
    r"River|County|District|Prize|Award|Cup|League|Festival|Dr|Mr|Mrs|Ms|Prof|Examiner|Manager|Electric|Motors|Mills|"
    r"Dynamics|Atomics|Unit|Election|Elections|Co|Cos|Plc|PLC|AG|GmbH|Limited|Holdings|Solutions|Systems|Board|"
    r"Bancorp|Bancshares|Bankshares|Savings|Physics|Foods|Signal|Instruments?|Accident|Cinema|Housewares|"
    # a job's name before the person's: "SEC Chief Accountant Clarence Sampson" (set 54)
    r"Accountant|Counsel|Treasurer|Comptroller|Controller|Administrator|Strategist|Auditor|Registrar|"
    r"Ombudsman|Correspondent|Engineer|Architect|Surgeon|Attorney|"
    r"Technologies|Networks|Partners|Ventures|Industries|Enterprises|Labs|Software|Pharmaceuticals|Healthcare|Studios?|"
    r"Generale|Société|Societe|Banque|Securities|Capital|"
    r"Productions|Entertainment|Records|Pictures|Games|"
    r"Europe|America|Americas|Asia|Africa|International|Global|Agreement|Treaty|Accord|Convention|Pact|Act|Purpose|"
    # a German department after a title ("Geschäftsführer Sport", "Vorstand Finanzen")
    r"Sport|Finanzen|Technik|Marketing|Vertrieb|Personal|Kommunikation|Forschung|Entwicklung|Produktion|Einkauf|"
    r"Digitales|Medien|Kultur|Bildung|Wirtschaft|Verkehr|Umwelt|Soziales|Gesundheit|Inneres|Justiz|Verteidigung)\b"
)
_ROLE_CI = re.compile(rf"\b(?:{ROLE_WORDS})\b", re.IGNORECASE)
_LOCATIVE = re.compile(r"['’](?:da|de|ta|te)$")
_CASE = re.compile(r"['’][a-zçğıöşü]+$")
_SURNAME_TITLES = re.compile(
    r"(?:President|Prime\s+Minister|Chancellor|Governor|Mayor|Senator|Minister|Ambassador|General|Cumhurbaşkanı|"
    r"Başbakan|Başkanı|Bakanı|Valisi|Büyükelçisi)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RoleClaim:
    person: str
    role: str  # the role words as written ("former Iraqi prime minister", "MİT Başkanı")
    organization: str | None  # what the role is "of", as written, when stated apart
    former: bool
    sentence: str
    as_written: str  # role and organisation exactly as the article words them


_PROSE = re.compile(rf"(?<![\w{UPPER}])[{LOWER}]{{3,}}|[\u0600-\u06ff]")  # a lowercase word, or Arabic script


@register("people.role", "Person's role to verify", order=50)
def people_roles(doc: Document, settings: CheckSettings) -> list[Item]:
    del settings
    when = doc.reference_date.isoformat()
    seen: set[tuple[str, str]] = set()
    claims = [claim for s in doc.sentences if _is_prose(s) for claim in find_roles(s.text, s.lang)]
    held: dict[str, list[str]] = {}  # surname → roles the article gives with the full name, anywhere
    for claim in claims:
        if " " in claim.person:
            held.setdefault(claim.person.split()[-1].lower(), []).append(claim.as_written.lower())
    kept: list[RoleClaim] = []
    for claim in claims:
        last = claim.person.split()[-1].lower()
        if _told_already(claim, held.get(last, [])):
            continue  # "President Trump" after "US President Donald Trump"
        claim = _with_full_name(claim, doc.paragraphs)
        key = (claim.person.lower(), claim.as_written.lower())
        surname = (last, claim.as_written.lower())
        if key in seen or surname in seen:
            continue  # "Trump — US-Präsident" after "Donald Trump — US-Präsident"
        seen.update({key, surname})
        kept.append(claim)
    items: list[Item] = []
    for claim in _longest_roles(kept):
        check = f"they held it before {when} and no longer did then" if claim.former else f"they held it on {when}"
        items.append(
            Item(
                check="people.role",
                severity="low",
                title=f"Role to verify: {claim.person} — {claim.as_written}",
                detail=f"Check that {check} (the article's date): Wikidata “position held” or an official source.",
                evidence=[Evidence(claim.sentence)],
                data={
                    "person": claim.person,
                    "role": claim.role,
                    "organization": claim.organization,
                    "former": claim.former,
                    "at": when,
                },
            )
        )
    return items


def _longest_roles(claims: list[RoleClaim]) -> list[RoleClaim]:
    """One person told twice, once with fewer of the title's words ("industry analyst Ken Doctor"
    after "News industry analyst Ken Doctor"): the fuller wording is the one to check."""
    roles: dict[str, list[str]] = {}
    for claim in claims:
        roles.setdefault(claim.person.lower(), []).append(claim.as_written.lower())
    return [
        claim
        for claim in claims
        if not any(r.endswith(" " + claim.as_written.lower()) for r in roles[claim.person.lower()])
    ]


def _is_prose(sentence: Sentence) -> bool:
    """Navigation, "trending" lists and captions ("Queen Seon Deok (MBC, 2009)") are not prose."""
    text = sentence.text
    return sentence.is_headline or (not is_title_case(text) and bool(_PROSE.search(text)))


def _with_full_name(claim: RoleClaim, paragraphs: list[str]) -> RoleClaim:
    """A surname alone ("Parteichef Lindner") takes the one full name the article gives it
    elsewhere ("Christian Lindner"): the editor checks a person, not a surname."""
    if " " in claim.person or not claim.person[:1].isupper():
        return claim
    given = re.compile(rf"(?<![\w-])({WORD})\s+{re.escape(claim.person)}(?![\w-])")
    names = {
        m.group(1)
        for text in paragraphs
        if claim.person in text
        for m in given.finditer(text)
        if m.group(1).lower() not in STOP
        and m.group(1).lower() not in _OPENERS
        and not _ROLE_CI.search(m.group(1))
        and not re.fullmatch(_DE_TITLE, m.group(1))
        and not _DE_ROLE_WORD.search(m.group(1))  # "Ex-Öbfa-Chefin Oberndorfer" names no one
        and not _HONORIFIC.fullmatch(m.group(1))
    }
    return replace(claim, person=f"{names.pop()} {claim.person}") if len(names) == 1 else claim


_HONORIFIC = re.compile(r"Herr|Frau|Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Monsieur|Madame|Señor|Señora|Bay|Bayan")


def _told_already(claim: RoleClaim, roles: list[str]) -> bool:
    """A surname alone whose title is part of a role the article gives with the full name:
    "President Trump" after "US President Donald Trump", "General Prelogar" after "Solicitor
    General Elizabeth Prelogar"."""
    title = claim.as_written.lower()
    return " " not in claim.person and any(re.search(rf"(?:^|[\s-]){re.escape(title)}$", r) for r in roles)


def find_roles(text: str, lang: str = "en") -> list[RoleClaim]:
    """Every person–role pair stated in one sentence in its language, in order of appearance."""
    found: list[tuple[int, RoleClaim]] = []
    quick = _QUICK.get(lang)
    if quick is not None and not quick.search(text):
        return []  # no title word at all: spares the sentence the full patterns
    if lang == "en":
        for match in APPOSITIVE.finditer(text):
            name, org, span = match.group("name"), match.group("org"), _span(match)
            name = _untitled(name) if org else name  # not "… General Mark Rutte, the US President said"
            if org and match.group("sep") != ",":  # "X – dean of the Faculty of Medicine, Dentistry and … –"
                close = _DASH_CLOSE.match(text, match.end("org"))
                if close is None:
                    continue
                org, span = text[match.start("org") : close.end()], (span[0], close.end())
            found.append((match.start(), _claim(name, match.group("role"), org, text, span)))
            rest = CONTINUATION.match(text[match.end() :])
            if rest:
                span = _span(rest, match.end())
                found.append((match.start() + 1, _claim(name, rest.group("role"), rest.group("org"), text, span)))
        taken: list[tuple[int, int]] = []
        for match in TITLE_OF.finditer(text):
            taken.append(match.span())
            claim = _claim(match.group("name"), match.group("role"), match.group("org"), text, _span(match))
            found.append((match.start(), claim))
        previous: tuple[str, int] | None = None
        for match in TITLE.finditer(text):
            if any(s <= match.start("name") < e for s, e in taken) or _TRUNCATED.match(text, match.end("name")):
                continue  # "President George W. Bush" read as "George": no name at all beats half a name
            if " " not in match.group("name").strip() and not _SURNAME_TITLES.search(match.group("role")):
                continue  # a surname alone only after a formal title: "President Erdoğan"
            start = _after_coordination(text, match)
            role = text[start : match.end("role")]
            of = _OF_AFTER_NAME.match(text, match.end("name"))  # "Analyst Dan Ives of Wedbush"
            org, tail = (of.group("org"), f" … of {of.group('org')}") if of else (None, "")
            company = None if of else _sentence_company(text, role) or _shared_org(text, start, role, previous)
            if company:
                org, tail = company, f" … {company}"
            found.append((start, _claim(match.group("name"), role, org, text, (start, match.end("role")), tail)))
            previous = (role, match.end("name"))
    patterns = {
        "de": (GERMAN, DE_APPOSITIVE),
        "fr": (ROMANCE, ROMANCE_TITLE),
        "es": (ROMANCE, ROMANCE_TITLE),
        "pt": (ROMANCE,),
        "tr": (TURKISH,),
        "ar": (ARABIC, AR_NAME_ROLE, AR_APPOSITIVE),
        "ckb": (AR_APPOSITIVE, SORANI, SORANI_TITLE),
    }.get(lang, ())
    for pattern in patterns:
        for match in _bounded(pattern, text):
            org = match.groupdict().get("org")
            found.append((match.start(), _claim(match.group("name"), match.group("role"), org, text, _span(match))))
    claims: list[RoleClaim] = []
    for start, claim in sorted(found, key=lambda pair: pair[0]):
        if not claim.person or _not_a_person(claim.person, lang):
            continue
        if _INDEFINITE_BEFORE.search(text[:start]):
            continue  # "eine große Koalition unter einer Kanzlerin Merkel": a prospect, not the role held
        if (owner := _POSSESSIVE_NAME.match(claim.person)) and owner.end() < len(claim.person):
            claim = replace(claim, person=owner.group(1))  # "President Reagan's April 17 decision": Reagan
        if claim.role.lower().endswith("manager") and _BOND_MANAGER.search(text[:start]):
            continue  # "said lead manager Drexel Burnham": a bond issue's bank, not a person
        if all((c.person, c.role) != (claim.person, claim.role) for c in claims):
            claims.append(claim)
    return [c for c in claims if not _honorific_only(c, claims)]


def _untitled(name: str) -> str:
    """ "Representative Joe Crowley, chairman of the House Democratic caucus": the title before the
    name is not part of it; the apposition's fuller role then replaces it as a form of address."""
    words = name.split()
    while len(words) > 2 and _ROLE_CI.fullmatch(words[0]):
        words = words[1:]
    return " ".join(words)


def _bounded(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches whose name has a sure end. In "Bakanı Hakan Fidan Irak Dışişleri Bakanı Fuad
    Hüseyin" neither the first name's end nor the second role's start is sure: both are left out."""
    pos, guessed = 0, -1
    while match := pattern.search(text, pos):
        name_end = match.end("name")
        pos = max(match.end(), match.start() + 1)
        if "\ufffd" in text[match.start("name") : name_end + 1]:
            continue  # a letter lost to the page's encoding
        if pattern is TURKISH and _TR_MORE.match(text, name_end):
            guessed = name_end
            continue
        if guessed >= 0 and not text[guessed : match.start()].strip():
            continue  # this role's first words may be in the name before
        yield match


# Wire copy names the company as the sentence's subject and its officer bare, later: "Dean Foods
# Co expects earnings to rise, Chairman Kenneth Douglas told analysts."
_DATELINE = r"(?:[A-Z][A-Z .,'-]+,\s+\w{3}\.?\s+\d{1,2}\s+-\s+)?"
_SUBJECT_COMPANY = re.compile(
    rf"^{_DATELINE}(?P<org>(?:{_ORG_WORD}\s+){{1,4}}(?:Inc|Co|Corp|Corporation|Ltd|Plc|PLC|plc|AG|SA|NV|LLC|GmbH))\b"
    r"(?=\s*,|\s+(?:said|says|expects|expected|is|was|has|have|had|will|would|reported|posted|announced|agreed|plans|"
    r"planned|named|launched|earned|lost|filed|told)\b)"
)
_CORPORATE = re.compile(
    r"(?:vice[-\s])?(?:chairman|chairwoman|president|chief\s+executive(?:\s+officer)?|CEO|CFO|COO|"
    r"chief\s+(?:financial|operating)\s+officer|spokes(?:man|woman|person)|treasurer)",
    re.IGNORECASE,
)


def _sentence_company(text: str, role: str) -> str | None:
    """The company a bare corporate title belongs to, when the sentence opens with it."""
    subject = _SUBJECT_COMPANY.match(text)
    if subject is None or not _CORPORATE.fullmatch(role.strip()):
        return None
    return subject.group("org")


def _shared_org(text: str, start: int, role: str, previous: tuple[str, int] | None) -> str | None:
    """A bare title right after another person's: "UAW president Owen Bieber and vice president
    Marc Stepp" gives both the UAW, so the second role is checked as the UAW's."""
    if previous is None or not _BARE_ROLE.fullmatch(role.strip()):
        return None
    before, name_end = previous
    if not re.fullmatch(r"\s+and\s+", text[name_end:start]):
        return None
    lead = _ORG_PREFIX.match(before)
    words = lead.group(1).split() if lead else []
    while words and _opener(words):  # "The UAW president …": the article is no part of the name
        words = words[1:]
    return " ".join(words) or None


_BARE_ROLE = re.compile(rf"(?i:{_MOD})(?:{ROLE_WORDS})", re.IGNORECASE)
# The organisation or country a title opens with: "UAW president", "Chrysler Corp chairman".
# (case-sensitive: a lower-case field such as "finance" is no organisation)
_ORG_PREFIX = re.compile(rf"(?i:{_MOD})((?:(?!(?i:{ROLE_WORDS})\b){_CAP}\s+){{1,4}}?)(?=(?i:{_MOD})(?i:{ROLE_WORDS}))")


def _honorific_only(claim: RoleClaim, claims: list[RoleClaim]) -> bool:
    """ "Professor Sharon Lewin, director of the Peter Doherty Institute": the one-word title is
    a form of address when the sentence gives the same person a fuller role."""
    return " " not in claim.as_written and any(
        c.person == claim.person and len(c.as_written) > len(claim.as_written) for c in claims
    )


_MONTH_DAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)
# More name after the matched one: an initial ("George W. Bush", "George W Bush", "H.W."), a fourth capitalised
# word, or a letter lost to the page's encoding ("Pedro S\ufffdnchez").
_TRUNCATED = re.compile(
    rf"[\w\ufffd]|['’](?=\s+[{UPPER}])|\s+(?:[{UPPER}]\.|[{UPPER}](?=\s+[{UPPER}])|[{UPPER}]?\ufffd|(?!{_MONTH_DAY})[{UPPER}][{LOWER}])"
)
# "Analyst Dan Ives of Wedbush", "Professor John Curtice, of the University of Strathclyde", "… of the Swiss research
# group MiraLab"
_OF_AFTER_NAME = re.compile(
    rf",?\s+of\s+(?P<org>{ORG}(?:(?:\s+[a-z][\w-]*){{0,2}}\s+{_ORG_NOUN}\s+{ORG})?)(?=\s*[,;.()–—]|\s+[a-z]|\s*$)"
)
_TR_MORE = re.compile(r"\s+[A-ZÇĞİÖŞÜ]")
_POSSESSIVE_NAME = re.compile(r"(.+?)['’]s\b")
_BOND_MANAGER = re.compile(r"\b(?:lead|co-lead|co)[-\s]?$", re.IGNORECASE)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|ein|eine|einer|eines|einem|einen)\s+$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|in|at|from|with|by|for|of|on|between|about|against|as)\s+$")
_FIRM_AND = re.compile(r"\sand\s+(?:Co|Cos|Inc|Corp|Ltd|Company|Sons)\.?\s")
_PARTNERS_BEFORE = re.compile(rf"(?<![\w-])(?:{_ORG_WORD}\s+){{0,2}}{_ORG_WORD},\s+$")
_COORDINATED = re.compile(rf"({WORD}) and ")
_NAME_AND = re.compile(rf"(?:^|(?<=\s))((?-i:{WORD})\s+(?-i:{WORD})) and ")  # a full name, then another's title
# a surname, then a national leader's title: "Trump and Chinese President Xi Jinping"
_SURNAME_AND_NATIONAL = re.compile(
    rf"(?:^|(?<=\s))(?!(?i:{_FIELD})\b)(?-i:{WORD}) and (?=(?:U\.S\.|American|British|Chinese|Russian|French|German|"
    r"Japanese|Indian|Canadian|Australian|Italian|Spanish|Turkish|Iranian|Iraqi|Israeli|Palestinian|Saudi|Egyptian|"
    r"Syrian|Ukrainian|Polish|Mexican|Brazilian|South\s+Korean|North\s+Korean|Pakistani|Afghan|Nigerian|Philippine|"
    r"Indonesian|Vietnamese|Dutch|Swiss|Swedish|Greek|Irish|Venezuelan|Cuban|Colombian|Argentine|Lebanese|Qatari|"
    r"Austrian|Hungarian|Czech|Taiwanese|Portuguese|Belgian|Norwegian|Danish|Finnish|Jordanian|Libyan|Malaysian)\s)"
)
_FIELD_CI = re.compile(rf"\b{_FIELD}\b", re.IGNORECASE)


def _after_coordination(text: str, match: re.Match[str]) -> int:
    """Where the title starts when "and" joins two noun phrases, not two titles: "a letter to
    Pelosi and Republican Minority Leader Kevin McCarthy" → "Republican Minority Leader"."""
    start = match.start("role")
    # "… then-candidate Donald Trump and Egyptian President X", "EPA Administrator Scott Pruitt and Treasury …"
    if _FIRM_AND.search(match.group("role")):
        # "Smith Barney, Harris Upham and Co analyst": the partners' names, then the firm's suffix
        partners = _PARTNERS_BEFORE.search(text[:start])
        if partners is None:
            return start
        words = partners.group().split()
        before = text[: partners.start()].split()[-1:]
        if _opener(words) or (before and _opener(before)):
            return start  # "In London, Harris Upham and Co analyst …": a place, not a partner
        return partners.start()
    for named in reversed(list(_NAME_AND.finditer(match.group("role")))):
        person = named.group(1)  # (an honorific and a surname is a person too: "Ms Jamieson and First Minister …")
        if (not _not_a_person(person, "en") or _HONORIFIC.match(person)) and not _FIELD_CI.search(person):
            return start + named.end()
    if national := _SURNAME_AND_NATIONAL.search(match.group("role")):
        return start + national.end()
    if not _PREPOSITION_BEFORE.search(text[:start]):
        return start
    cut = start
    for joined in _COORDINATED.finditer(match.group("role")):
        # (a field joined to another stays: "for European Justice and Home Affairs Commissioner Franco Frattini")
        if not _ROLE_CI.fullmatch(joined.group(1)) and not _FIELD_CI.fullmatch(joined.group(1)):
            cut = start + joined.end()
    return cut


# Conjunctions that open a clause before an apposition's name: "But Zoltan Boesze, chief of …".
_CLAUSE_OPENERS = frozenset("but and although though while when as so because since meanwhile however also yet".split())
_OPENERS = frozenset(
    "but and or the a an in on at after before when while as so then yet also even now meanwhile however if "
    "because since with from for by to of sometimes today yesterday earlier later instead still only recently "
    "previously finally like unlike under without during including speaking asked according although though "
    "whether where why how what who this that these those his her their its our my your both "
    "some many most several few none each "
    "der die das und aber le la les et mais el los las y pero "
    "bugün dün ancak ayrıca fakat ama bu şu o yarın sonra önce".split()
)
_QUICK = {
    "en": re.compile(rf"\b(?:{ROLE_WORDS}|officer)\b", re.IGNORECASE),
    "de": re.compile(rf"(?:{_DE_ROLE})", re.IGNORECASE),
}
_DE_ROLE_WORD = re.compile(rf"(?i:{_DE_ROLE})$")


@cache
def _de_country_genitive() -> re.Pattern[str]:
    return re.compile(rf"(?:{territory_pattern('de')})s")


def _not_a_person(person: str, lang: str) -> bool:
    words = person.split()
    if words[0].lower() in STOP or _NOT_PERSON.search(person) or _A_PLACE.fullmatch(person):
        return True
    if _NATIONALITY.fullmatch(words[0]):
        return True  # "formerly president of American Hoechst, vice chairman": a firm (set 68)
    if lang == "de" and any(_DE_ROLE_WORD.search(w) for w in words):
        return True
    if lang == "de" and len(words) == 1 and _de_country_genitive().fullmatch(person):
        return True  # "Der Innenminister Frankreichs, Nicolas Sarkozy": a country, not the minister
    return lang == "en" and bool(_ROLE_CI.search(person))


# A place named before a title: "The Mandan, North Dakota, police chief, Jason Ziegler" (set 62).
_A_PLACE = re.compile(
    r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|"
    r"Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|"
    r"Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota|Ohio|"
    r"Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|Texas|Utah|Vermont|"
    r"Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming|Puerto\s+Rico|Ontario|Quebec|Alberta|Bavaria|Scotland|"
    r"Wales|England|Northern\s+Ireland)"
)
_NATIONALITY = re.compile(
    r"American|British|Chinese|Russian|French|German|Japanese|Indian|Canadian|Australian|Italian|Spanish|Dutch|Swiss|"
    r"Swedish|Belgian|Austrian|Korean|Mexican|Brazilian|European|Asian|African|Arab|Irish|Scottish|Turkish|Polish"
)
_ORG_LEAD = re.compile(r"^(?:the\s|de\s+la\s|de\s+l['’]|der\s|des\s|del\s|du\s|d['’]|de\s|da\s|do\s|von\s|im\s)\s*")


def _opener(words: list[str]) -> bool:
    """A sentence's opening word before a title; "Under Secretary" is one title."""
    first = words[0].lower()
    return first in _OPENERS and not (first == "under" and " ".join(words[1:2]).lower().startswith("secretary"))


def _span(match: re.Match[str], offset: int = 0) -> tuple[int, int]:
    """Where the role (and its organisation, when stated) is written in the sentence."""
    org = match.groupdict().get("org")
    end = match.end("org") if org else match.end("role")
    return offset + match.start("role"), offset + end


def _claim(name: str, role: str, org: str | None, sentence: str, span: tuple[int, int], tail: str = "") -> RoleClaim:
    """The claim as written; ``tail`` is an organisation the article gives after the name."""
    words = role.split()
    dropped = 0
    # "talks with then Russian ambassador Sergei Kislyak": the role held at the time (not "and then President …")
    then = words[0] == "then" and not _SEQUENCE_BEFORE.search(sentence[: span[0]])
    while len(words) > 1 and not then and _opener(words):  # "But Vice-President …": an opener, not a title
        dropped += 1
        words = words[1:]
    role = " ".join(words)
    written = _FULL_STOP.sub("", " ".join(sentence[span[0] : span[1]].split()[dropped:]) + tail)
    org = _FULL_STOP.sub("", " ".join(org.split())) if org else None
    former = bool(_FORMER.search(role))
    org_field = _ORG_LEAD.sub("", org) if org else None
    return RoleClaim(_person(name), role, org_field or None, former, sentence, written)


_FORMER = re.compile(
    r"(?:^|\s|-)(?:former|deposed|ousted|late|exiled|then-|then\s|ex-|eski|ehemalig|früher|damalig|ancien|ancienne|ex\b)|(?:ال)?(?:سابق|أسبق)|پێشوو",
    re.IGNORECASE,
)
# The sentence's full stop is not part of the role ("… Department of Transportation."); an
# abbreviation's is ("U.S.", "Inc.", "St.").
_FULL_STOP = re.compile(r"(?<!\b[A-Z])(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bJr)(?<!\bSt)\.$")


# Words before a name that are no part of it: forms of address and military ranks ("Vice Adm John Poindexter").
_NAME_PREFIXES = frozenset(
    "Mr Mrs Ms Dr Sir Dame Herr Frau M Mme Professor Prof Doctor "
    "Vice Rear Adm Gen Lt Col Maj Sgt Capt Cmdr Major-Gen Lt-Gen Brig Inspector Det Detective".split()
)


def _person(name: str) -> str:
    """Cut a place after the name and Turkish case endings: "Kalın Bağdat'ta" → "Kalın", "Erdoğan'ın" → "Erdoğan"."""
    words = name.split()
    while len(words) > 2 and words[0].lower() in _CLAUSE_OPENERS:  # "Although Jonathan Wolff, senior vice …"
        words = words[1:]
    while len(words) > 2 and words[0].rstrip(".") in _NAME_PREFIXES:
        words = words[1:]
    if len(words) > 1 and words[0].rstrip(".") in _NAME_PREFIXES:
        words = words[1:]
    if len(words) > 2 and _POSSESSIVE.search(words[0]):
        words = words[1:]  # "California’s Nancy Pelosi": a place, not a given name
    for n, word in enumerate(words[1:-1], 1):
        if _POSSESSIVE.search(word):  # "President Donald Trump’s January 2017 inauguration": the name ends here
            words = [*words[:n], _POSSESSIVE.sub("", word)]
            break
    for n, word in enumerate(words[1:], 1):
        if _LOCATIVE.search(word) or (n >= 2 and _CASE.search(word)):
            words = words[:n]
            break
    words[-1] = _CASE.sub("", words[-1])
    return " ".join(words)


_POSSESSIVE = re.compile(r"['’]s$")
_SEQUENCE_BEFORE = re.compile(r"(?:\b(?:and|but|or|since)|[,;:])\s*$", re.IGNORECASE)
