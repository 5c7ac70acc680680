"""``claims.novelty`` beyond English and German: firsts, never-before, only, records and
superlatives with a scope, each language on its own pages, and the false-alarm classes of
docs/claims.md (idioms, personal experience, "one of the largest", hypotheticals, questions).

Sentences written for factdesk in the style of wire copy; none is copied from a page.
"""

from __future__ import annotations

import pytest

from checks.rules.novelty import triggers

CLAIMS: list[tuple[str, str]] = [
    # Spanish
    ("es", "Por primera vez en su historia, el club disputará una final europea."),
    ("es", "La ministra se convirtió en la primera mujer en presidir el Consejo."),
    ("es", "El consejero es el primer miembro del Gobierno regional que reconoce haber pasado la enfermedad."),
    ("es", "Fue su primera victoria desde 2019 en el circuito."),
    ("es", "La inflación cerró el año en la cifra más baja desde 2016."),
    ("es", "Es el incendio más grave de la historia de la comarca."),
    ("es", "La empresa se ha convertido en la mayor productora de litio del mundo."),
    ("es", "El país registró una ola de calor sin precedentes."),
    ("es", "Las exportaciones alcanzaron un récord en el primer trimestre."),
    ("es", "El euríbor marcó un máximo histórico en octubre."),
    ("es", "La cumbre reunió a más países que nunca en Madrid."),
    ("es", "Es el único país de la región en aprobar la ley."),
    # French
    ("fr", "Pour la première fois depuis 1958, la gauche remporte la ville."),
    ("fr", "Le club a obtenu son premier succès en championnat depuis le 3 mars."),
    ("fr", "Elle est devenue la première Française à remporter l'épreuve."),
    ("fr", "Nous vivons dans le plus grand pays du monde, a rappelé le porte-parole."),
    ("fr", "Le chômage a atteint son niveau le plus bas depuis 2008."),
    ("fr", "Les bourses ont connu une chute historique lundi."),
    ("fr", "La Seine a atteint un niveau record cette semaine."),
    ("fr", "Il s'agit d'une escalade sans précédent dans le conflit."),
    ("fr", "Le pays n'avait jamais connu autant de faillites."),
    ("fr", "C'est le seul joueur à avoir gagné trois fois le tournoi."),
    # Italian
    ("it", "Per la prima volta nella storia, una donna guida il partito."),
    ("it", "È la prima italiana a vincere il torneo."),
    ("it", "Lo spread ha toccato il livello più alto dal 2012."),
    ("it", "Una crisi senza precedenti ha colpito il settore."),
    ("it", "Le vendite hanno segnato un nuovo record a marzo."),
    ("it", "È la peggiore siccità della storia recente del Paese."),
    # Portuguese
    ("pt", "Pela primeira vez desde 1994, a seleção chega à final."),
    ("pt", "Ela foi a primeira mulher a comandar o banco central."),
    ("pt", "A inflação é a mais alta desde 2003, segundo o instituto."),
    ("pt", "O país bateu o recorde de exportações de soja."),
    ("pt", "Foi a maior enchente da história do estado."),
    ("pt", "A bolsa fechou em máxima histórica nesta sexta-feira."),
    # Dutch
    ("nl", "Voor het eerst sinds 1998 wint de club de landstitel."),
    ("nl", "Het was de warmste septemberdag ooit gemeten in De Bilt."),
    ("nl", "Nog nooit eerder werden zoveel asielaanvragen ingediend."),
    ("nl", "Het aantal faillissementen bereikte een recordhoogte."),
    # Swedish, Danish, Norwegian
    ("sv", "För första gången vann laget den svenska cupen."),
    ("sv", "Det var den varmaste sommaren någonsin i Stockholm."),
    ("sv", "Elpriset nådde rekordnivåer under vintern."),
    ("da", "For første gang har partiet flertal i byrådet."),
    ("da", "Det er den højeste inflation siden 1982."),
    ("da", "Aldrig før har så mange søgt ind på uddannelsen."),
    ("no", "Hun er kvinnen med årsbeste i høydehopp."),
    ("no", "Det var den varmeste junidagen noensinne i Oslo."),
    ("nb", "Politiet har for første gang brukt droner i søket."),
    # Polish, Czech, Russian
    ("pl", "Po raz pierwszy w historii Polska zagra w finale."),
    ("pl", "Inflacja jest najwyższa od 1997 roku."),
    ("pl", "Nigdy wcześniej tak wielu turystów nie odwiedziło miasta."),
    ("cs", "Na našem území se poprvé objevili převaděči lidí."),
    ("cs", "Inflace je nejvyšší od roku 1993."),
    ("cs", "Sportovkyně překonala světový rekord."),
    ("ru", "Впервые в истории клуб вышел в финал."),
    ("ru", "Это самая высокая инфляция с 2015 года."),
    ("ru", "Компания стала крупнейшим производителем алюминия в мире."),
    ("ru", "Такого никогда раньше не было, признал министр."),
    # Turkish
    ("tr", "Türkiye tarihinde ilk kez bir kadın genelkurmay başkanı atandı."),
    ("tr", "Enflasyon 2003'ten bu yana en yüksek seviyeye çıktı."),
    ("tr", "Dünyanın en uzun asma köprüsü açıldı."),
    ("tr", "Daha önce hiç görülmemiş bir kuraklık yaşanıyor."),
    # Arabic, Sorani
    ("ar", "حصلت على لقب أحسن راقصة في العالم عام 1958."),
    ("ar", "سجلت البورصة أعلى مستوى لها منذ عام 2008."),
    ("ar", "وصلت الأسعار إلى مستوى قياسي هذا الشهر."),
    ("ar", "شهدت المنطقة موجة حر لم يسبق لها مثيل."),
    ("ckb", "بۆ یەکەمین جار سەرۆک وەزیران سەردانی شارەکەی کرد."),
    # Korean, Japanese, Chinese
    ("ko", "수출액이 사상 최대를 기록했다."),
    ("ko", "그는 한국인 최초로 우승을 차지했다."),
    ("ko", "여성 총리가 처음으로 취임했다."),
    ("ja", "全国の感染者数が過去最多を更新した。"),
    ("ja", "女性として史上初の首相に就任した。"),
    ("ja", "カタールの報道官は「これまでで最も合意に近づいている」と語った。"),
    ("ja", "近畿最高峰の八経ヶ岳に登山者が集まった。"),
    ("ja", "チームは12年ぶりに優勝した。"),
    ("zh", "该国出口额创历史新高。"),
    ("zh", "这是中国首次举办该赛事。"),
    ("zh", "失业率升至2008年以来最高水平。"),
    ("yue", "香港股市錄得前所未有的跌幅。"),
    # "the first time … since", per language
    ("es", "Es la primera vez desde 1982 que el partido gobierna la región."),
    ("fr", "C'est la première fois depuis 40 ans que le fleuve gèle."),
    ("it", "È la prima volta dal 1998 che la squadra vince in trasferta."),
    ("pt", "É a primeira vez desde 2010 que o time vence o clássico."),
    ("tr", "Ülkenin ilk kadın cumhurbaşkanı yemin etti."),
    ("ar", "أصبحت أول امرأة تتولى رئاسة الحكومة."),
    ("zh", "两国领导人时隔七年再次会面。"),
    # "the first … in history" and "the first … since" in the languages with a superlative scope
    ("pl", "W weekend odbyły się pierwsze w historii bezpośrednie rozmowy obu państw."),
    ("cs", "Je to první žena v historii, která vede armádu."),
    ("ru", "Это первый с 2012 года визит министра в страну."),
    ("nl", "Het is de eerste keer sinds 1998 dat de club wint."),
    ("sv", "Det var första gången sedan 1994 som laget vann."),
    ("es", "Es la primera mujer de la historia que dirige la institución."),
    ("it", "È la prima donna nella storia a guidare il governo."),
    ("pt", "Foi a primeira mulher da história a presidir o tribunal."),
    ("tr", "Kulübün tarihinin ilk şampiyonluğu kutlandı."),
    # "since <an event of a year>"
    ("pl", "To najgorsze wyniki od czasu wielkiego kryzysu w 1982 roku."),
    ("es", "Es el peor dato desde la crisis financiera de 2008."),
    ("fr", "C'est le plus fort recul depuis la crise de 2008."),
    ("it", "È il calo più forte dalla crisi del 2008."),
    ("ru", "Это самый сильный спад со времён кризиса."),
]

NOT_CLAIMS: list[tuple[str, str]] = [
    # one of the largest, idioms, titles and plain order
    ("es", "Es uno de los países más grandes del mundo."),
    ("es", "El primer ministro viajará a Bruselas el lunes."),
    ("es", "La mayor parte del mundo ya ha aprobado la medida."),
    ("es", "El atleta intentará batir el récord el domingo."),
    ("es", "Consiguió su récord personal en la segunda prueba."),
    ("es", "Las noticias locales nunca fueron tan importantes."),
    ("es", "¿Es la primera vez que el club gana la liga?"),
    ("fr", "C'est l'un des plus grands pays du monde."),
    ("fr", "Le Premier ministre à Matignon a reçu les syndicats."),
    ("fr", "Il est plus que jamais déterminé à se présenter."),
    ("fr", "Il tentera de battre le record samedi."),
    ("fr", "Je l'ai vu pour la première fois à Lyon."),
    ("it", "È uno dei più grandi musei al mondo."),
    ("it", "Il primo ministro ha incontrato i sindacati."),
    ("pt", "É um dos maiores países do mundo."),
    ("pt", "Michele foi a primeira a buscar o cachorro."),
    ("pt", "A maior parte do mundo ainda não decidiu."),
    ("nl", "Het is een van de grootste havens ter wereld."),
    ("sv", "Det är en av de största städerna i världen."),
    ("da", "Hun satte personlig rekord i finalen."),
    ("no", "Hun satte personlig rekord på 4,70."),
    ("pl", "To jeden z największych portów na świecie."),
    ("cs", "Je to jedno z největších měst na světě."),
    ("ru", "Это одна из крупнейших компаний в мире."),
    ("ru", "Он не впервые приезжает в Москву."),
    ("tr", "Dünyanın en büyük şehirlerinden biri olan İstanbul'da yağmur var."),
    ("ar", "تعد المدينة من أكبر المدن في العالم."),
    ("ja", "バイケイソウの花を初めて見たかもしれない。"),
    ("ja", "世界最大級の湖の一つとされる。"),
    ("ja", "日本で初めて開催されるのですか？"),
    ("zh", "这并非首次发生类似事件。"),
    ("ko", "그 선수가 우승한 것은 처음이 아니다."),
    # comparatives and words that only look like a superlative with a scope
    ("es", "Desde 2020 el servicio funciona mejor desde hace meses, dicen los vecinos."),
    ("pt", "Chegaram mais turistas desde 2020, segundo a prefeitura."),
    ("it", "Sono arrivati più turisti dal 2019 in poi."),
    ("fr", "Le Premier ministre, en poste depuis 2017, a démissionné."),
    ("ar", "قتل أكثر من 100 شخص منذ عام 2011 في المدينة."),
    ("ru", "Сам президент заявил об этом на встрече в мире бизнеса."),
    ("cs", "Největší problém je, že vůbec nevíme, co bude."),
    ("es", "En la primera jornada del torneo en Madrid hubo lluvia."),
    ("fr", "Il n'a jamais connu son père, a raconté sa sœur."),
    ("nl", "Online bankieren was nog nooit zo makkelijk."),
    ("pt", "A editora publicou um livro inédito do autor."),
    ("sv", "Jag såg henne för första gången i Malmö."),
    ("fr", "C'est la seule chose à faire, a dit le maire."),
    ("es", "Es la única forma en conseguir la paz, dijo."),
    ("pt", "É a única coisa a fazer agora."),
    ("sv", "Det är ett av de största företagen i världen."),
    ("no", "Byen er blant de største i verden."),
    ("ru", "Компания входит в число крупнейших, одно из самых больших в мире."),
    ("ru", "Город остаётся среди крупнейших в мире."),
    ("pl", "Miasto jest wśród największych na świecie."),
    ("ja", "年初の株価は前年を上回った。"),
    ("zh", "他拍摄了一部新纪录片。"),
    ("zh", "这是世界最大的港口之一。"),
    ("ko", "이곳은 세계 최대 규모의 공항 중 하나다."),
    ("es", "La Primera Guerra Mundial terminó en 1918 con el armisticio."),
    ("it", "La prima guerra mondiale finì nel 1918."),
    ("pl", "Pierwszego dnia złagodzenia kwarantanny tłum wypełnił centrum handlowe."),
    ("pt", "Recorde-se que o ministro já tinha anunciado a medida."),
    ("es", "El presidente recordó que la ley entró en vigor en 2019."),
    ("ja", "夫婦で世界一周の旅に出発した。"),
]


@pytest.mark.parametrize(("lang", "text"), CLAIMS)
def test_a_first_or_record_claim_is_found_in_its_language(lang: str, text: str) -> None:
    assert triggers(text, lang), text


@pytest.mark.parametrize(("lang", "text"), NOT_CLAIMS)
def test_idioms_titles_and_one_of_the_largest_are_not_claims(lang: str, text: str) -> None:
    assert triggers(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        ("Las exportaciones alcanzaron un récord.", "es", "pt"),
        ("Het aantal faillissementen bereikte een recordhoogte.", "nl", "en"),
        ("这是中国首次举办该赛事。", "zh", "ja"),
    ],
)
def test_a_pattern_fires_only_on_pages_in_its_language(text: str, lang: str, other: str) -> None:
    assert triggers(text, lang) and not triggers(text, other)
