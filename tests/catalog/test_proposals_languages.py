"""Quotation proposals in Arabic, French, German, Spanish and English, measured.

Each language has short news stories written for these tests (no third-party text): their
paragraphs carry their hand-labelled quotations, each with its speaker (the name when the
text gives one, else the noun phrase naming who spoke), and paragraphs with no quotation or
with a scare quote that must not be proposed. A proposal is right when its text is a
labelled quotation's and its speaker (alone or after its role) is that quotation's speaker.
Each language has two stories: the second was written after the rules were settled.
Some quotations are left hard on purpose (no attribution word, a pronoun whose antecedent
was never quoted), so the figures are not 1.0; the floors keep them from falling.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.proposals import propose_quotes
from catalog.proposals.conventions import fold
from catalog.proposals.language import detect_language

Paragraph = tuple[str, list[tuple[str, str]]]

ARABIC: list[Paragraph] = [
    ("أقر مجلس النواب مساء الثلاثاء مشروع قانون جديد لتنظيم قطاع النقل العام بعد نقاش استمر عدة ساعات.", []),
    (
        "«هذا القانون سيغير حياة ملايين المواطنين الذين يستخدمون الحافلات يوميا» قال وزير النقل خالد العمري في مؤتمر صحفي.",
        [("هذا القانون سيغير حياة ملايين المواطنين الذين يستخدمون الحافلات يوميا", "خالد العمري")],
    ),
    (
        "وقالت النائبة سلمى حداد: «لم نحصل على أي دراسة حول كلفة المشروع الحقيقية».",
        [("لم نحصل على أي دراسة حول كلفة المشروع الحقيقية", "سلمى حداد")],
    ),
    (
        "وأضافت: «سنطالب بلجنة تحقيق مستقلة إذا لم تنشر الحكومة الأرقام».",
        [("سنطالب بلجنة تحقيق مستقلة إذا لم تنشر الحكومة الأرقام", "سلمى حداد")],
    ),
    (
        "وأكد المتحدث باسم الحكومة أن «التمويل مضمون بالكامل من الموازنة العامة».",
        [("التمويل مضمون بالكامل من الموازنة العامة", "المتحدث باسم الحكومة")],
    ),
    ("ويبلغ طول الشبكة الجديدة نحو مئتي كيلومتر، وتصفها الصحف بأنها «ثورة» في المدينة.", []),
    (
        "وبحسب هيئة النقل، «سيتم تشغيل أول خط في بداية العام المقبل».",
        [("سيتم تشغيل أول خط في بداية العام المقبل", "هيئة النقل")],
    ),
    (
        "«الأسعار لن ترتفع على الركاب»، أوضح مدير الشركة الوطنية للنقل سامي يوسف.",
        [("الأسعار لن ترتفع على الركاب", "سامي يوسف")],
    ),
    (
        "وصرح رئيس اتحاد النقابات محمود سليم بأن «العمال لم يُستشاروا في أي مرحلة من مراحل الإعداد».",
        [("العمال لم يُستشاروا في أي مرحلة من مراحل الإعداد", "محمود سليم")],
    ),
    ("في المقابل، رحبت جمعيات حماية البيئة بالقانون.", []),
    (
        "«إنها خطوة تأخرت كثيرا لكنها في الاتجاه الصحيح»، قالت الناشطة البيئية ليلى منصور.",
        [("إنها خطوة تأخرت كثيرا لكنها في الاتجاه الصحيح", "ليلى منصور")],
    ),
    (
        "ووفقا لمصدر في الوزارة، «ستبدأ الأعمال قبل نهاية الصيف في الأحياء الشمالية».",
        [("ستبدأ الأعمال قبل نهاية الصيف في الأحياء الشمالية", "مصدر")],
    ),
    (
        "وتابع الوزير العمري: «لن نسمح بأي تأخير في التنفيذ».",
        [("لن نسمح بأي تأخير في التنفيذ", "خالد العمري")],
    ),
    (
        "وأشار الخبير الاقتصادي عمر فاضل إلى أن «كلفة المشروع قد تتجاوز التقديرات الأولية بكثير».",
        [("كلفة المشروع قد تتجاوز التقديرات الأولية بكثير", "عمر فاضل")],
    ),
    ("ومن المنتظر أن يصوت مجلس الشيوخ على القانون الشهر المقبل.", []),
    (
        "قال رئيس الوزراء في كلمة متلفزة: «هذا يوم مهم لكل من ينتظر نقلا عاما لائقا».",
        [("هذا يوم مهم لكل من ينتظر نقلا عاما لائقا", "رئيس الوزراء")],
    ),
]

FRENCH: list[Paragraph] = [
    ("Le conseil municipal de Rouen a adopté mardi soir un plan de rénovation des quais, après trois heures de débat.", []),
    (
        "« Ce projet transformera durablement le visage de la ville », a déclaré le maire, Thomas Girard, à l'issue du vote.",
        [("Ce projet transformera durablement le visage de la ville", "Thomas Girard")],
    ),
    (
        "Claire Lemoine, conseillère d'opposition, a affirmé : « Nous n'avons reçu aucun chiffre précis sur le coût réel des travaux. »",
        [("Nous n'avons reçu aucun chiffre précis sur le coût réel des travaux.", "Claire Lemoine")],
    ),
    ("Les habitants parlent déjà d'un quartier « nouveau ».", []),
    (
        "« Les commerçants seront indemnisés pendant toute la durée du chantier », a assuré l'adjointe aux finances, Sophie Marchand.",
        [("Les commerçants seront indemnisés pendant toute la durée du chantier", "Sophie Marchand")],
    ),
    (
        "« Personne ne sera laissé de côté, ni les riverains ni les pêcheurs », a-t-elle ajouté.",
        [("Personne ne sera laissé de côté, ni les riverains ni les pêcheurs", "Sophie Marchand")],
    ),
    (
        "Selon la préfecture, « aucune manifestation n'a été déclarée pour le week-end prochain ».",
        [("aucune manifestation n'a été déclarée pour le week-end prochain", "préfecture")],
    ),
    (
        "Le président de l'association des riverains, Marc Henry, estime que « la concertation a été bâclée du début à la fin ».",
        [("la concertation a été bâclée du début à la fin", "Marc Henry")],
    ),
    ("Les travaux doivent commencer au printemps et durer deux ans.", []),
    (
        "« Nous surveillerons chaque étape avec la plus grande attention », déclare Julie Besson, porte-parole du collectif Quais vivants.",
        [("Nous surveillerons chaque étape avec la plus grande attention", "Julie Besson")],
    ),
    (
        "Pour l'architecte du projet, Paul Royer, le défi est ailleurs : « Il faut concilier la circulation des piétons et celle des bateaux. »",
        [("Il faut concilier la circulation des piétons et celle des bateaux.", "Paul Royer")],
    ),
    ("Le ministre de la Culture a salué l'initiative dans un communiqué.", []),
    (
        "« C'est un exemple de ce que les villes moyennes peuvent accomplir », a dit le ministre Henri Vasseur.",
        [("C'est un exemple de ce que les villes moyennes peuvent accomplir", "Henri Vasseur")],
    ),
    (
        "Un habitant du quartier, rencontré sur le quai, se montre plus sceptique. « On nous promet ce genre de choses depuis vingt ans », dit-il.",
        [("On nous promet ce genre de choses depuis vingt ans", "habitant du quartier")],
    ),
    (
        "« Les premiers bateaux-promenades accosteront dès l'été 2027 », a précisé Thomas Girard.",
        [("Les premiers bateaux-promenades accosteront dès l'été 2027", "Thomas Girard")],
    ),
    (
        "D'après Nadia Ferhat, urbaniste à l'université de Rouen, « le succès dépendra surtout de l'entretien des espaces publics ».",
        [("le succès dépendra surtout de l'entretien des espaces publics", "Nadia Ferhat")],
    ),
    (
        "« Nous avons voté ce plan parce qu'il est juste, a souligné Thomas Girard, et parce qu'il est financé. »",
        [("Nous avons voté ce plan parce qu'il est juste, a souligné Thomas Girard, et parce qu'il est financé.", "Thomas Girard")],
    ),
    ("La séance a été levée peu avant minuit.", []),
]

GERMAN: list[Paragraph] = [
    ("Der Stadtrat von Freiburg hat am Dienstag nach langer Debatte einen neuen Verkehrsplan beschlossen.", []),
    (
        "„Mit diesem Plan machen wir die Innenstadt endlich sicherer für Radfahrer“, sagte Oberbürgermeister Martin Keller nach der Abstimmung.",
        [("Mit diesem Plan machen wir die Innenstadt endlich sicherer für Radfahrer", "Martin Keller")],
    ),
    ("Die Opposition sprach von einem „Schnellschuss“.", []),
    (
        "Die Fraktionsvorsitzende der Grünen, Lena Hoffmann, erklärte: „Wir hätten uns mehr Zeit für die Anhörung der Anwohner gewünscht.“",
        [("Wir hätten uns mehr Zeit für die Anhörung der Anwohner gewünscht.", "Lena Hoffmann")],
    ),
    (
        "„Die Parkgebühren werden im kommenden Jahr nicht steigen“, betonte der Kämmerer der Stadt, Jürgen Wolf.",
        [("Die Parkgebühren werden im kommenden Jahr nicht steigen", "Jürgen Wolf")],
    ),
    (
        "„Wir werden die Busse im Zehnminutentakt fahren lassen“, so der Geschäftsführer der Verkehrsbetriebe.",
        [("Wir werden die Busse im Zehnminutentakt fahren lassen", "Geschäftsführer der Verkehrsbetriebe")],
    ),
    (
        "Laut Polizei „hat sich die Zahl der Unfälle mit Radfahrern in fünf Jahren verdoppelt“.",
        [("hat sich die Zahl der Unfälle mit Radfahrern in fünf Jahren verdoppelt", "Polizei")],
    ),
    (
        "Die Anwohnerin Petra Lang sieht das anders. „Niemand hat uns gefragt, ob wir das überhaupt wollen“, sagte sie.",
        [("Niemand hat uns gefragt, ob wir das überhaupt wollen", "Petra Lang")],
    ),
    (
        "„Das Geld ist da, die Pläne sind fertig, jetzt wird gebaut“, fügte Keller hinzu.",
        [("Das Geld ist da, die Pläne sind fertig, jetzt wird gebaut", "Martin Keller")],
    ),
    ("Der Umweltverband begrüßte die Entscheidung am Mittwoch ausdrücklich.", []),
    (
        "„Es ist ein guter Tag für das Klima in unserer Stadt“, schrieb die Landesvorsitzende des Verbandes, Sabine Brandt, in einer Mitteilung.",
        [("Es ist ein guter Tag für das Klima in unserer Stadt", "Sabine Brandt")],
    ),
    (
        "Dem Verkehrsexperten Klaus Berger zufolge „wird der Umbau mindestens drei Jahre dauern“.",
        [("wird der Umbau mindestens drei Jahre dauern", "Klaus Berger")],
    ),
    ("Die Arbeiten sollen im Frühjahr beginnen.", []),
    (
        "Kritik kam auch aus der Wirtschaft. Der Präsident der Handwerkskammer, Thomas Maier, sagte: „Für viele Betriebe wird die Anlieferung deutlich schwieriger.“",
        [("Für viele Betriebe wird die Anlieferung deutlich schwieriger.", "Thomas Maier")],
    ),
    (
        "„Wir werden genau hinschauen, ob die Versprechen gehalten werden“, erklärte die Industrie- und Handelskammer am Abend.",
        [("Wir werden genau hinschauen, ob die Versprechen gehalten werden", "Industrie- und Handelskammer")],
    ),
    (
        "Oberbürgermeister Keller sagte der „Badischen Zeitung“, er sei „sehr zufrieden mit dem Ergebnis der Abstimmung“.",
        [("sehr zufrieden mit dem Ergebnis der Abstimmung", "Martin Keller")],
    ),
]

SPANISH: list[Paragraph] = [
    ("El Ayuntamiento de Valencia aprobó el jueves un plan para reducir el tráfico en el centro histórico.", []),
    (
        "«Es la decisión más importante de esta legislatura», dijo la alcaldesa, Carmen Ruiz, tras la votación.",
        [("Es la decisión más importante de esta legislatura", "Carmen Ruiz")],
    ),
    (
        "El concejal de Movilidad, Javier Soler, afirmó: «Los autobuses pasarán cada siete minutos a partir de septiembre».",
        [("Los autobuses pasarán cada siete minutos a partir de septiembre", "Javier Soler")],
    ),
    ("La oposición habló de una medida «precipitada».", []),
    (
        "«Nadie ha consultado a los comerciantes del barrio», aseguró el portavoz del Partido Popular, Andrés Molina.",
        [("Nadie ha consultado a los comerciantes del barrio", "Andrés Molina")],
    ),
    (
        "Según la Policía Local, «los accidentes en la zona se han reducido un 30 % desde el año pasado».",
        [("los accidentes en la zona se han reducido un 30 % desde el año pasado", "Policía Local")],
    ),
    (
        "«Vamos a plantar más de dos mil árboles en los próximos meses», añadió Ruiz.",
        [("Vamos a plantar más de dos mil árboles en los próximos meses", "Carmen Ruiz")],
    ),
    ("Los comerciantes, sin embargo, se muestran divididos.", []),
    (
        "—Perderemos clientes durante las obras —explicó Rosa Giménez, dueña de una librería en la calle de la Paz—. Pero a largo plazo puede ser bueno para todos.",
        [
            ("Perderemos clientes durante las obras", "Rosa Giménez"),
            ("Pero a largo plazo puede ser bueno para todos.", "Rosa Giménez"),
        ],
    ),
    (
        "De acuerdo con la Cámara de Comercio, «el 40 % de las tiendas del centro depende de clientes que llegan en coche».",
        [("el 40 % de las tiendas del centro depende de clientes que llegan en coche", "Cámara de Comercio")],
    ),
    (
        "«Es un paso valiente y necesario», señaló el catedrático de urbanismo Luis Navarro en declaraciones a este diario.",
        [("Es un paso valiente y necesario", "Luis Navarro")],
    ),
    ("La medida entrará en vigor el 1 de septiembre.", []),
    (
        "En palabras de la vicepresidenta regional, Elena Campos, «la ciudad no puede seguir dando la espalda al clima».",
        [("la ciudad no puede seguir dando la espalda al clima", "Elena Campos")],
    ),
    (
        "«No descartamos recurrir a los tribunales», advirtió la asociación de vecinos El Carmen.",
        [("No descartamos recurrir a los tribunales", "asociación de vecinos El Carmen")],
    ),
    (
        "La alcaldesa cerró el pleno con una advertencia: «Este plan no tiene marcha atrás».",
        [("Este plan no tiene marcha atrás", "alcaldesa")],
    ),
]

ENGLISH: list[Paragraph] = [
    ("The harbour board voted on Tuesday to close the old ferry terminal by the end of next year.", []),
    (
        "“This terminal has served the town for ninety years, but it is no longer safe,” said Margaret Hale, the board’s chair.",
        [("This terminal has served the town for ninety years, but it is no longer safe", "Margaret Hale")],
    ),
    (
        "Councillor Tom Reyes said the decision “ignores the people who depend on the ferry every day.”",
        [("ignores the people who depend on the ferry every day.", "Tom Reyes")],
    ),
    (
        "“We were promised a consultation and we never got one,” Reyes added.",
        [("We were promised a consultation and we never got one", "Tom Reyes")],
    ),
    ("The terminal opened in 1934 and was last renovated in the 1980s.", []),
    (
        "According to the port authority, “repairs would cost more than a new building.”",
        [("repairs would cost more than a new building.", "port authority")],
    ),
    (
        "“Nobody wants to lose a piece of the town’s history,” said Anna Berg, who runs a café near the quay. “But safety has to come first.”",
        [
            ("Nobody wants to lose a piece of the town’s history", "Anna Berg"),
            ("But safety has to come first.", "Anna Berg"),
        ],
    ),
    ("Some residents see the closure as “a betrayal”.", []),
    (
        "The board’s engineer, Samuel Okafor, told reporters: “The foundations have moved by several centimetres since the last survey.”",
        [("The foundations have moved by several centimetres since the last survey.", "Samuel Okafor")],
    ),
    (
        "“We will look at every option for a temporary service,” the transport minister, Claire Dunn, said in a statement.",
        [("We will look at every option for a temporary service", "Claire Dunn")],
    ),
    ("A final vote is expected in March.", []),
    (
        "She also warned that “there is no money in this year’s budget for a new terminal.”",
        [("there is no money in this year’s budget for a new terminal.", "Claire Dunn")],
    ),
    (
        "“It is a sad day for the island,” wrote local historian Peter Lind on his blog.",
        [("It is a sad day for the island", "Peter Lind")],
    ),
    (
        "Ferry operator Nordline said in a statement that it was “studying the consequences for its timetable.”",
        [("studying the consequences for its timetable.", "Nordline")],
    ),
    (
        "“The minister has not said when the money will come,” the union’s spokesman, David Marsh, said.",
        [("The minister has not said when the money will come", "David Marsh")],
    ),
]

# Written after the rules above were settled, to measure them on text they were not made
# on (their first figures are in the commit that added them); some of their misses were
# then mended, so they are no longer unseen.
ARABIC_LATER: list[Paragraph] = [
    ("شهدت العاصمة أمس مظاهرة كبيرة للمطالبة برفع الأجور في القطاع الصحي.", []),
    ("«نحن نعمل ساعات طويلة بأجور لا تكفي لإعالة أسرنا» قالت الممرضة هدى الخطيب أمام مبنى الوزارة.",
     [("نحن نعمل ساعات طويلة بأجور لا تكفي لإعالة أسرنا", "هدى الخطيب")]),
    ("وقال وزير الصحة ناصر البدري في تصريح للصحفيين: «أبواب الحوار مفتوحة أمام الجميع».",
     [("أبواب الحوار مفتوحة أمام الجميع", "ناصر البدري")]),
    ("وأوضح أن «الزيادة ستطبق على مراحل بدءا من الشهر المقبل».",
     [("الزيادة ستطبق على مراحل بدءا من الشهر المقبل", "ناصر البدري")]),
    ("وتجمع المتظاهرون في الساحة الرئيسية منذ الصباح الباكر.", []),
    ("من جهتها، أكدت نقابة الأطباء في بيان أن «الإضراب سيستمر حتى تحقيق جميع المطالب».",
     [("الإضراب سيستمر حتى تحقيق جميع المطالب", "نقابة الأطباء")]),
    ("«لم نر أي خطوة ملموسة من الحكومة حتى الآن»، قال رئيس النقابة فادي عيسى.",
     [("لم نر أي خطوة ملموسة من الحكومة حتى الآن", "فادي عيسى")]),
    ("وحسب أرقام رسمية، يعمل في القطاع الصحي أكثر من مئة ألف موظف.", []),
    ("وذكرت الطبيبة رنا سعيد أن «المستشفيات تعاني نقصا حادا في الكوادر منذ سنوات».",
     [("المستشفيات تعاني نقصا حادا في الكوادر منذ سنوات", "رنا سعيد")]),
    ("وشدد المحلل السياسي وليد جابر على أن «الأزمة أعمق من مسألة الأجور».",
     [("الأزمة أعمق من مسألة الأجور", "وليد جابر")]),
    ("ونقلا عن مسؤول في رئاسة الوزراء، «ستعقد جلسة تفاوض جديدة يوم الأحد».",
     [("ستعقد جلسة تفاوض جديدة يوم الأحد", "مسؤول في رئاسة الوزراء")]),
    ("ولم تصدر الوزارة أي تعليق إضافي حتى مساء أمس.", []),
    ("وأعلن الناطق باسم الشرطة أن «المظاهرة مرت بهدوء ولم تسجل أي حوادث».",
     [("المظاهرة مرت بهدوء ولم تسجل أي حوادث", "الناطق باسم الشرطة")]),
]
FRENCH_LATER: list[Paragraph] = [
    ("La grève des contrôleurs aériens a perturbé vendredi des centaines de vols au départ de Marseille.", []),
    ("« Nous n'avions pas d'autre choix que d'arrêter le travail », a expliqué Karim Benali, délégué syndical.",
     [("Nous n'avions pas d'autre choix que d'arrêter le travail", "Karim Benali")]),
    ("La direction générale de l'aviation civile a demandé aux compagnies de réduire leurs programmes.", []),
    ("Le ministre des Transports, Olivier Ménard, a jugé ce mouvement « disproportionné et incompréhensible pour les voyageurs ».",
     [("disproportionné et incompréhensible pour les voyageurs", "Olivier Ménard")]),
    ("« On a passé la nuit dans le terminal avec deux enfants », raconte Lucie Fabre, une passagère bloquée.",
     [("On a passé la nuit dans le terminal avec deux enfants", "Lucie Fabre")]),
    ("Selon l'aéroport, « près de 40 % des vols ont été annulés dans la matinée ».",
     [("près de 40 % des vols ont été annulés dans la matinée", "aéroport")]),
    ("Les compagnies à bas coût ont été les plus touchées.", []),
    ("Interrogée par la presse, la présidente de la région, Anne Castel, a affirmé : « Le dialogue doit reprendre dès lundi. »",
     [("Le dialogue doit reprendre dès lundi.", "Anne Castel")]),
    ("« Nous ne voulons pas pénaliser les familles, mais nos conditions de travail se dégradent », a insisté le syndicat dans un communiqué.",
     [("Nous ne voulons pas pénaliser les familles, mais nos conditions de travail se dégradent", "syndicat")]),
    ("« Chaque jour de grève coûte plusieurs millions d'euros à l'économie locale », estime l'économiste Pierre Aubert.",
     [("Chaque jour de grève coûte plusieurs millions d'euros à l'économie locale", "Pierre Aubert")]),
    ("Un nouveau préavis a été déposé pour la fin du mois.", []),
    ("« La sécurité des vols n'a jamais été menacée », a assuré un porte-parole de la compagnie Air Sud.",
     [("La sécurité des vols n'a jamais été menacée", "porte-parole de la compagnie Air Sud")]),
    ("Olivier Ménard a promis « une réponse rapide » aux revendications.", []),
]
GERMAN_LATER: list[Paragraph] = [
    ("Nach dem Hochwasser in Passau hat die Stadt am Montag mit den Aufräumarbeiten begonnen.", []),
    ("„So etwas habe ich in dreißig Jahren nicht erlebt“, sagte der Bäckermeister Josef Huber, dessen Laden überflutet wurde.",
     [("So etwas habe ich in dreißig Jahren nicht erlebt", "Josef Huber")]),
    ("Ministerpräsident Markus Lindner kündigte Soforthilfen an: „Niemand wird mit dem Schaden allein gelassen.“",
     [("Niemand wird mit dem Schaden allein gelassen.", "Markus Lindner")]),
    ("Das Wasser stand stellenweise zwei Meter hoch in den Straßen der Altstadt.", []),
    ("„Die Pegel sinken, aber die Gefahr ist noch nicht vorbei“, warnte ein Sprecher des Landratsamts.",
     [("Die Pegel sinken, aber die Gefahr ist noch nicht vorbei", "Sprecher des Landratsamts")]),
    ("Nach Angaben der Feuerwehr „waren in der Nacht mehr als 400 Einsatzkräfte unterwegs“.",
     [("waren in der Nacht mehr als 400 Einsatzkräfte unterwegs", "Feuerwehr")]),
    ("Die Hydrologin Maria Seidl sagte, der Klimawandel mache solche Ereignisse „deutlich wahrscheinlicher und heftiger“.",
     [("deutlich wahrscheinlicher und heftiger", "Maria Seidl")]),
    ("„Wir brauchen endlich mehr Flächen, auf denen sich das Wasser ausbreiten kann“, erklärte sie.",
     [("Wir brauchen endlich mehr Flächen, auf denen sich das Wasser ausbreiten kann", "Maria Seidl")]),
    ("Viele Keller sind noch immer nicht ausgepumpt.", []),
    ("„Die Versicherung zahlt nur einen Teil, den Rest müssen wir selbst tragen“, sagt Anwohner Stefan Brunner.",
     [("Die Versicherung zahlt nur einen Teil, den Rest müssen wir selbst tragen", "Stefan Brunner")]),
    ("Laut Deutschem Wetterdienst „ist in den kommenden Tagen kein neuer Starkregen zu erwarten“.",
     [("ist in den kommenden Tagen kein neuer Starkregen zu erwarten", "Deutschem Wetterdienst")]),
    ("Die Bundeswehr half beim Befüllen von Sandsäcken.", []),
    ("„Das war ein Kraftakt für die ganze Region“, so Lindner am Abend.",
     [("Das war ein Kraftakt für die ganze Region", "Markus Lindner")]),
]
SPANISH_LATER: list[Paragraph] = [
    ("La sequía obligó el martes a restringir el riego en veinte municipios de la provincia de Murcia.", []),
    ("«Si no llueve en otoño, perderemos la cosecha entera», dijo el agricultor Manuel Ortiz a la prensa.",
     [("Si no llueve en otoño, perderemos la cosecha entera", "Manuel Ortiz")]),
    ("La consejera de Agricultura, Lucía Herrera, anunció ayudas directas para los productores afectados.", []),
    ("«Los embalses están al 18 % de su capacidad, la cifra más baja en tres décadas», explicó Herrera.",
     [("Los embalses están al 18 % de su capacidad, la cifra más baja en tres décadas", "Lucía Herrera")]),
    ("Según la Confederación Hidrográfica del Segura, «el consumo urbano está garantizado hasta la primavera».",
     [("el consumo urbano está garantizado hasta la primavera", "Confederación Hidrográfica del Segura")]),
    ("Las organizaciones ecologistas critican el modelo de regadío intensivo.", []),
    ("«Estamos pagando décadas de sobreexplotación de los acuíferos», afirmó Teresa Blanco, portavoz de una asociación ambiental.",
     [("Estamos pagando décadas de sobreexplotación de los acuíferos", "Teresa Blanco")]),
    ("El presidente de la cooperativa, Ramón Gil, aseguró que «sin agua no hay futuro para los pueblos del interior».",
     [("sin agua no hay futuro para los pueblos del interior", "Ramón Gil")]),
    ("—Nos dicen que ahorremos, pero ya no queda nada que ahorrar —lamentó una vecina de Lorca.",
     [("Nos dicen que ahorremos, pero ya no queda nada que ahorrar", "vecina de Lorca")]),
    ("Las previsiones no anuncian lluvias hasta finales de octubre.", []),
    ("«Vamos a estudiar todas las opciones, incluida la desalación», señaló el ministro de Transición Ecológica.",
     [("Vamos a estudiar todas las opciones, incluida la desalación", "ministro de Transición Ecológica")]),
    ("Ortiz, que cultiva limones desde hace cuarenta años, fue claro: «Esto no lo habíamos visto nunca».",
     [("Esto no lo habíamos visto nunca", "Manuel Ortiz")]),
]
ENGLISH_LATER: list[Paragraph] = [
    ("Heavy snow closed the mountain pass for a third day on Sunday, leaving dozens of lorries stranded.", []),
    ("“We have never seen drifts this deep so early in the season,” said Ian Frost, the county’s head of roads.",
     [("We have never seen drifts this deep so early in the season", "Ian Frost")]),
    ("Police advised drivers to avoid all travel in the area.", []),
    ("A lorry driver, Pavel Novak, said he had slept in his cab for two nights. “There is no food left at the service station,” he said.",
     [("There is no food left at the service station", "Pavel Novak")]),
    ("According to the weather service, “the snow will ease by Tuesday evening.”",
     [("the snow will ease by Tuesday evening.", "weather service")]),
    ("“Our crews are working around the clock,” a spokeswoman for the highways agency said.",
     [("Our crews are working around the clock", "spokeswoman for the highways agency")]),
    ("Local schools will stay closed until Wednesday.", []),
    ("The mayor, Linda Shaw, described the response as “slow and badly coordinated.”",
     [("slow and badly coordinated.", "Linda Shaw")]),
    ("“We need more ploughs, not more meetings,” Shaw told reporters.",
     [("We need more ploughs, not more meetings", "Linda Shaw")]),
    ("Residents of the village of Hartley were cut off for most of Saturday.", []),
    ("“My mother is 92 and her heating oil ran out,” said Joanna Price, who lives in Hartley.",
     [("My mother is 92 and her heating oil ran out", "Joanna Price")]),
    ("Transport Secretary Neil Hardy said the government would “look closely at what went wrong.”",
     [("look closely at what went wrong.", "Neil Hardy")]),
]

STORIES = {
    "ar": [ARABIC, ARABIC_LATER],
    "fr": [FRENCH, FRENCH_LATER],
    "de": [GERMAN, GERMAN_LATER],
    "es": [SPANISH, SPANISH_LATER],
    "en": [ENGLISH, ENGLISH_LATER],
}
# (precision, recall) floors of the quotations with their speakers, a little below what
# was measured (see the printed table); English is the English rules' own, unchanged.
FLOORS = {"ar": (0.85, 0.85), "fr": (0.8, 0.8), "de": (0.9, 0.9), "es": (0.8, 0.8), "en": (0.7, 0.7)}


def _story(paragraphs: list[Paragraph]) -> tuple[str, list[tuple[str, str]]]:
    text = "\n\n".join(paragraph for paragraph, _ in paragraphs)
    gold = [quote for _, quotes in paragraphs for quote in quotes]
    return text, gold


def _same_speaker(proposal, speaker: str) -> bool:
    # a speaker the text only describes ("وزير الخارجية", "the participants") is proposed as
    # that description, not as an actor's name
    said = {fold(proposal.speaker), fold(f"{proposal.speaker_role} {proposal.speaker}"), fold(proposal.described_as)}
    said.discard("")
    return fold(speaker) in said


def _measure(code: str) -> dict:
    """Counts over the language's stories, each proposed with the language detected in it."""
    detected, quotes, proposed, spans, right = set(), 0, 0, 0, 0
    for paragraphs in STORIES[code]:
        text, gold = _story(paragraphs)
        language = detect_language(text)
        detected.add(language)
        proposals = [q for q in propose_quotes(text, language=language) if q.kind == "quotation"]
        unmatched = list(gold)
        for proposal in proposals:
            labelled = [g for g in unmatched if g[0] == proposal.exact]
            if labelled:
                spans += 1
                unmatched.remove(labelled[0])
                right += _same_speaker(proposal, labelled[0][1])
        quotes += len(gold)
        proposed += len(proposals)
    return {
        "detected": ",".join(sorted(detected)),
        "quotes": quotes,
        "proposed": proposed,
        "span_p": spans / proposed,
        "span_r": spans / quotes,
        "p": right / proposed,
        "r": right / quotes,
    }


def test_every_language_has_enough_quotations_and_paragraphs_without_one():
    for code, stories in STORIES.items():
        gold = [quote for paragraphs in stories for quote in _story(paragraphs)[1]]
        assert len(gold) >= 10, code
        assert sum(1 for paragraphs in stories for _, quotes in paragraphs if not quotes) >= 6, code


@pytest.mark.parametrize("code", sorted(STORIES))
def test_each_story_is_detected_in_its_language(code):
    for paragraphs in STORIES[code]:
        assert detect_language(_story(paragraphs)[0]) == code


def test_precision_and_recall_per_language_stay_above_their_floors(capsys):
    figures = {code: _measure(code) for code in STORIES}
    with capsys.disabled():
        print("\nlanguage  detected  quotes  proposed  span P  span R  speaker P  speaker R")
        for code, row in figures.items():
            print(
                f"{code:8}  {row['detected']:8}  {row['quotes']:6}  {row['proposed']:8}  "
                f"{row['span_p']:6.2f}  {row['span_r']:6.2f}  {row['p']:9.2f}  {row['r']:9.2f}"
            )
    for code, row in figures.items():
        precision, recall = FLOORS[code]
        assert row["p"] >= precision and row["r"] >= recall, (code, row)


def _only(text: str, language: str):
    quotes = propose_quotes(text, language=language)
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_an_arabic_quote_before_qala_takes_the_role_and_the_name_that_follows():
    quote = _only("«سنواصل العمل من أجل السلام في المنطقة» قال وزير الخارجية أيمن الصفدي.", "ar")
    assert (quote.exact, quote.speaker, quote.speaker_role, quote.speaker_type, quote.cue) == (
        "سنواصل العمل من أجل السلام في المنطقة", "أيمن الصفدي", "وزير الخارجية", "person", "قال"
    )


def test_an_arabic_role_without_a_name_describes_the_speaker():
    quote = _only("قال وزير الخارجية في بيان: «لن نقبل بأي حل لا يحترم القانون الدولي».", "ar")
    assert (quote.speaker, quote.described_as) == ("", "وزير الخارجية")


def test_arabic_cues_read_with_vowel_marks_feminine_forms_and_prefixes():
    text = (
        "وَقالَتْ الوزيرة سارة أحمد: «الحوار هو الطريق الوحيد للخروج من الأزمة».\n\n"
        "ووفقاً للمتحدث باسم الوزارة، «المفاوضات ستستأنف الأسبوع المقبل في العاصمة»."
    )
    first, second = propose_quotes(text, language="ar")
    assert (first.speaker, first.speaker_role) == ("سارة أحمد", "الوزيرة")
    assert (second.described_as, second.cue) == ("المتحدث باسم الوزارة", "ووفقاً ل")


def test_german_low_and_high_marks_pair_as_german_writes_them():
    text = "„Wir fangen morgen früh an“, sagte sie. Dann ging sie. „Es wird ein langer Tag werden.“"
    assert [q.exact for q in propose_quotes(text, language="de")] == [
        "Wir fangen morgen früh an", "Es wird ein langer Tag werden."
    ]


def test_a_quotation_inside_another_is_part_of_it():
    text = "« Il m'a dit ‹ nous verrons bien demain › et il est parti sans un mot », raconte Paul Durand."
    quote = _only(text, "fr")
    assert quote.exact.startswith("Il m'a dit ‹") and quote.speaker == "Paul Durand"


def test_spanish_dialogue_dashes_give_each_stretch_of_speech_its_speaker():
    text = "—No vamos a ceder ni un milímetro —dijo la portavoz, Marta Gil—. Seguiremos en la calle."
    quotes = propose_quotes(text, language="es")
    assert [(q.exact, q.speaker) for q in quotes] == [
        ("No vamos a ceder ni un milímetro", "Marta Gil"),
        ("Seguiremos en la calle.", "Marta Gil"),
    ]


def test_a_short_quoted_title_is_no_quotation():
    text = "Der Minister sagte der „Badischen Zeitung“ nichts Neues."
    assert propose_quotes(text, language="de") == []


@pytest.mark.parametrize("language", ["en", "pt", "xx", ""])
def test_languages_without_their_own_rules_read_as_english_always_did(language):
    text = "“We were promised a consultation and we never got one,” Reyes added. «Ceci reste hors du sujet ici»"
    assert propose_quotes(text, language=language) == propose_quotes(text)


@pytest.mark.parametrize("code", sorted(STORIES))
def test_every_proposal_slices_its_exact_text(code):
    for paragraphs in STORIES[code]:
        text, _gold = _story(paragraphs)
        for quote in propose_quotes(text, language=code):
            assert text[quote.start : quote.end] == quote.exact


# Text made of the pieces the rules react to: marks, dashes, cue words, names, punctuation.
_PIECES = st.sampled_from(
    ["«", "»", "„", "“", "”", "‹", "›", '"', "—", "–", ",", "،", ":", ".", "؟", "\n", "\n\n", " ",
     "a-t-il déclaré", "selon", "sagte", "fügte", "hinzu", "laut", "zufolge", "so", "dijo",
     "según", "قال", "وقالت", "وفقا ل", "للوزير", "بحسب", "وزير", "الخارجية", "أيمن",
     "Jean Dupont", "der Minister", "la", "de", "El", "Die", "l'ONU", "ـ", "ً", "x"]
)


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=40), language=st.sampled_from(["ar", "fr", "de", "es"]))
def test_any_text_gives_proposals_that_slice_it_and_raises_nothing(pieces, language):
    text = "".join(pieces)
    for quote in propose_quotes(text, language=language):
        assert text[quote.start : quote.end] == quote.exact
        assert quote.exact.strip() == quote.exact and quote.exact
