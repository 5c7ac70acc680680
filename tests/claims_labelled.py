"""A small hand-labelled set of sentences for the claim checks (several languages).

Each row: (sentence, set of checks that should fire on it). Written for factdesk; the
sentences are modelled on wire copy, not copied from any page. Run this module to print
precision and recall per check:  python -m tests.claims_labelled
"""

from __future__ import annotations

N, U, A, P = "claims.novelty", "claims.numbers", "claims.attribution", "people.role"

LABELLED: list[tuple[str, set[str]]] = [
    # --- novelty, positives
    ("In a landmark visit, the minister held talks in Baghdad during his first-ever trip to Iraq.", {N}),
    ("Turkish Intelligence Chief's Historic Iraq Visit Sparks Talks", {N}),
    ("For the first time since 1979, the two leaders shook hands in public.", {N}),
    ("The company reported record profits for the third quarter.", {N}),
    ("It was the hottest day ever recorded in the city.", {N}),
    ("The flood was the deadliest in the country's history.", {N}),
    ("Turnout reached an all-time high in the capital.", {N}),
    ("The court issued an unprecedented ruling on the case.", {N}),
    ("The athlete set a new world record in the 400 metres.", {U, N}),
    ("MİT Başkanı Kalın, Irak'a ilk kez resmi ziyaret gerçekleştirdi.", {N, P}),
    ("Bakan, tarihi bir anlaşmanın imzalandığını söyledi.", {N}),
    ("İhracat rekor kırdı.", {N}),
    ("وزار رئيس الاستخبارات التركية العراق لأول مرة منذ توليه منصبه.", {N}),
    ("وصفت الزيارة بأنها تاريخية.", {N}),
    ("Der Präsident besuchte erstmals die Region.", {N}),
    ("Die Inflation erreichte einen Rekordwert.", {N}),
    ("Le président s'est rendu pour la première fois en Irak.", {N}),
    # --- novelty, negatives
    ("The city council approved the budget for next year after a short debate.", set()),
    ("Police records show the man had no previous convictions.", set()),
    ("The minister spoke on the record about the negotiations.", set()),
    ("The historic district will be closed to traffic during the festival.", set()),
    ("The first quarter results will be published next week.", set()),
    ("Rain is expected across the north on Thursday, with lighter winds by the weekend.", set()),
    ("The trial will resume on Monday morning at the district court.", set()),
    ("Yayın tarihi değiştirilmedi.", set()),
    ("Belediye meclisi bütçeyi onayladı.", set()),
    ("ناقش المجلس البلدي الميزانية السنوية.", set()),
    ("Der Stadtrat beriet über den Haushalt.", set()),
    # --- numbers
    ("Doctors treated 3,200 people after the heatwave.", {U}),
    ("Temperatures reached 46.2 degrees on Tuesday, officials said.", {U}),
    ("The port handled 400,000 containers last year.", {U}),
    ("The contract is worth $4.5 billion, the ministry said.", {U}),
    ("Inflation slowed to 12.4% in October.", {U}),
    ("At least 17 people were killed and 40 wounded in the attack, police said.", {U}),
    ("Enflasyon Ekim ayında yüzde 61,4 oldu.", {U}),
    ("قتل ٢٣ شخصا في الهجوم بحسب الشرطة.", {U}),
    ("Rund 5.000 Menschen demonstrierten in Berlin.", {U}),
    ("The PKK has been in conflict with Ankara since the mid-1980s.", set()),
    ("The meeting began at 14:05 on 3 May 2024.", set()),
    ("Covid-19 cases rose among F-16 pilots last winter.", set()),
    ("He finished 3rd in the race.", set()),
    ("The law was passed in 2019 and amended in 2021.", set()),
    # --- attribution, positives
    ("Sources said the deal could be signed as early as next week.", {A}),
    ("A source close to the negotiations said talks had stalled.", {A}),
    ("Two officials, who asked not to be named, confirmed the plan.", {A}),
    ("The president is reportedly considering a cabinet reshuffle.", {A}),
    ("It is claimed that the money was transferred abroad.", {A}),
    ("Officials, speaking on condition of anonymity, said the strike was planned for weeks.", {A}),
    ("Kulislerde bakanın istifa edeceği konuşuluyor.", {A}),
    ("وقالت مصادر مطلعة إن الاتفاق بات وشيكا.", {A}),
    ("Aus Regierungskreisen hieß es, die Entscheidung sei gefallen.", {A}),
    ("The mayor was responsible for the cover-up of the budget losses.", {A}),
    # --- attribution, negatives (named sources)
    ("The talks focused on border security, according to a statement released by Al-Maliki's office.", set()),
    ("The minister said the talks had been constructive.", set()),
    ("Energy sources such as wind and solar are growing fast.", set()),
    ("مصادر الطاقة المتجددة تنمو بسرعة.", set()),
    # --- people.role
    ("İbrahim Kalın, the director of Turkey's National Intelligence Organization (MIT), arrived in Baghdad.", {P}),
    ("He met Nouri Al-Maliki, the former Iraqi prime minister, in the capital.", {P}),
    ("Former Iraqi prime minister Nouri al-Maliki received the delegation.", {P}),
    ("Turkish Foreign Minister Hakan Fidan met his counterpart.", {P}),
    ("Dışişleri Bakanı Hakan Fidan Bağdat'a gitti.", {P}),
    ("The Head Office said the Chief Executive Officer would retire.", set()),
    ("The minister met residents in the town hall.", set()),
    # --- false alarms seen on real pages during development, rewritten as regression rows
    ("Six players from the club managed to record wins in the first round.", set()),
    ("Women were less likely than men to record any activity before sunrise.", set()),
    ("Booking insider Jane Doe shared the best times to plan a holiday.", set()),
    ("She rigged the buckets with cheap thermometers from a hardware store.", set()),
    ("The engineers want to prove that a thin coating could protect the glaciers.", set()),
    ("Martin Luther King Jr. was the keynote speaker at the event.", set()),
    ("The knife sheath was found at the King Road residence.", set()),
]


def evaluate() -> dict[str, tuple[float, float, int]]:
    """Precision, recall and support per check on :data:`LABELLED`."""
    from checks.registry import all_checks
    from checks.settings import CheckSettings
    from tests.test_claims import doc_for

    results: dict[str, tuple[float, float, int]] = {}
    rows = [
        (text, expected, {i.check for c in all_checks() for i in c.run(doc_for(text), CheckSettings())})
        for text, expected in LABELLED
    ]
    for check in (N, U, A, P):
        tp = sum(1 for _, exp, got in rows if check in exp and check in got)
        fp = sum(1 for _, exp, got in rows if check not in exp and check in got)
        fn = sum(1 for _, exp, got in rows if check in exp and check not in got)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        results[check] = (precision, recall, tp + fn)
    return results


if __name__ == "__main__":
    for name, (p, r, n) in evaluate().items():
        print(f"{name:<20} precision {p:.2f}  recall {r:.2f}  (positives {n})")
