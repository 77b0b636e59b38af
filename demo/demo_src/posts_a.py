# -*- coding: utf-8 -*-
"""Threads in the groups subsidies, waterbeheer and aanbestedingen."""
from dsl import P, T

THREADS = [
    # ------------------------------------------------------------------ subsidies
    T("subsidies", "2021-11-30 10:05", title="Training 'Subsidies in een middag' op 14 december",
      tags=["training", "subsidies"], posts=[
        P("fenna.bakker", "nl",
          "Op dinsdag 14 december geef ik weer de interne training 'Subsidies in een middag'. "
          "We lopen samen een complete subsidieaanvraag door: van regeling kiezen en projectbegroting tot de verantwoording achteraf. "
          "Neem gerust een eigen projectidee mee, dan gebruiken we dat als oefencasus. "
          "Aanmelden kan via https://intranet.brughuis.example/training/subsidies (maximaal 16 deelnemers).",
          likes=12, rx={"👍": 7, "🎉": 2}),
        P("wouter.peeters", "nl",
          "Ik kom zeker! Ik heb een idee voor het herstel van een oude Scheldearm dat misschien in aanmerking komt."),
        P("katrin.schaefer", "de",
          "Gibt es die Schulung auch auf Englisch oder Deutsch? Mein Niederländisch reicht für Smalltalk, aber nicht für Förderrichtlinien. 😅"),
        P("fenna.bakker", "nl",
          "Goeie vraag Katrin! In februari geef ik dezelfde training in het Engels, samen met Margot voor het Europese deel. "
          "Ik zet je alvast op de lijst.", to=2, m=["katrin.schaefer", "margot.lefevre"]),
    ]),
    T("subsidies", "2021-05-11 14:20", title="Telt onze C++-rekenkern mee voor de WBSO?", tags=["WBSO", "software"], posts=[
        P("lucas.janssens", "nl",
          "We herschrijven de rekenkern van ons overstromingsmodel in C++ zodat hij tien keer sneller wordt. "
          "Iemand zei dat dit misschien onder de WBSO valt. Klopt dat, en wat moet ik daarvoor bijhouden?"),
        P("fenna.bakker", "nl",
          "Dat kan zeker, zolang je technisch nieuwe problemen oplost en niet alleen bestaande code netjes maakt. "
          "Eén belangrijke kanttekening: de WBSO geldt alleen voor medewerkers die in Nederland loonheffing afdragen. "
          "Jouw uren vanuit Antwerpen tellen dus niet mee, die van het Utrechtse deel van het team wel.", m=["lucas.janssens"]),
        P("pieter-jan.claes", "nl",
          "Voor de Belgische kant kunnen we kijken naar de gedeeltelijke vrijstelling van doorstorting van bedrijfsvoorheffing voor onderzoekers. "
          "Daarvoor moet het project wel vooraf bij BELSPO geregistreerd worden. Lucas, ik stuur je het aanvraagformulier."),
        P("joost.hendriks", "nl",
          "Bjørn en ik werken vanuit Utrecht mee aan de GDAL-koppeling en de tests, dus dat deel past wel in de Nederlandse aanvraag."),
        P("fenna.bakker", "nl",
          "Prima. Hou per persoon een urenregistratie bij op projectcode WBSO-2021-03 en beschrijf kort per week wat je technisch hebt opgelost. "
          "Bij een controle willen ze precies dat zien.", to=3, likes=3),
    ]),
    T("subsidies", "2023-02-07 09:40", title="Eerste subsidieaanvraag: waar begin ik?", posts=[
        P("wouter.peeters", "nl",
          "Voor het natuurherstel in de Netebeemden willen we cofinanciering zoeken. "
          "Ik heb nog nooit zelf een subsidieaanvraag geschreven. Waar begin ik, en wie moet ik er allemaal bij betrekken?"),
        P("fenna.bakker", "nl",
          "Begin met de quickscan op het intranet (Subsidies > Quickscan): tien vragen, daarna weten we welke regelingen passen. "
          "Vraag meteen de uurtarieven op bij Financiën, want bijna elke aanvraag struikelt op een te optimistische begroting. "
          "Omdat het project in Vlaanderen ligt, zet ik Pieter-Jan erbij.", m=["pieter-jan.claes"]),
        P("pieter-jan.claes", "nl",
          "Dag Wouter! Voor een natuurproject is VLAIO niet de juiste ingang. Kijk eerder naar de projectoproepen van de Vlaamse Landmaatschappij of, als er een Nederlandse partner bij kan, naar Interreg Vlaanderen-Nederland. "
          "Let ook op de staatssteunregels: als wij als adviesbureau subsidie ontvangen, moet je vaak de de-minimisverklaring invullen. "
          "Zullen we volgende week een half uurtje bellen?"),
        P("wouter.peeters", "nl", "Super, bedankt allebei. Ik plan iets in voor dinsdag. 🙏", to=2),
    ]),
    T("subsidies", "2024-03-05 11:15", title="Horizon Europe call on climate-resilient regions – anyone interested?",
      tags=["Horizon Europe", "EU funding"], posts=[
        P("oliver.hughes", "en",
          "The new Horizon Europe work programme has a call on data-driven flood forecasting for climate-resilient regions. "
          "Our forecasting work in London could fit nicely. Is anyone already looking at this, and is it worth the effort?"),
        P("margot.lefevre", "en",
          "Yes, I have it on my radar. It is a lump-sum call with a single-stage deadline in September, so the proposal has to be convincing on the first go. "
          "We would need at least three partners from three different countries, ideally a water authority as end user. "
          "Maarten, would your team be willing to lead the work package on model coupling?", m=["maarten.vanderlinden"]),
        P("maarten.vanderlinden", "en",
          "Interested, on the condition that we don't promise an operational system in three years. "
          "We could bring the 1D2D models of the Maas pilot as a test case."),
        P("margot.lefevre", "en",
          "Noted. A short reminder for everyone new to lump-sum funding: you are paid per completed work package, not per hour spent. "
          "So a realistic work plan matters more than a detailed hourly budget. I'll set up a kick-off call next week.", likes=5),
    ]),
    T("subsidies", "2023-10-09 16:30", title="Financement européen pour la renaturation du Gier ?", posts=[
        P("emilie.roux", "fr",
          "Le syndicat de rivière nous demande s'il existe un financement européen pour la phase 2 de l'étude de renaturation du Gier. "
          "Le budget de cette phase est d'environ 180 000 €. Est-ce que le programme LIFE peut convenir pour un projet de cette taille ?"),
        P("margot.lefevre", "fr",
          "Pour LIFE, 180 000 € c'est trop petit : les projets standard tournent plutôt autour de 2 à 5 millions, avec des travaux concrets. "
          "Pour une étude seule, je regarderais d'abord du côté de l'agence de l'eau, qui peut financer jusqu'à 50 à 80 % selon le contrat de rivière. "
          "En revanche, si plusieurs syndicats se regroupent autour d'un vrai programme de restauration, LIFE redevient intéressant."),
        P("claire.moreau", "fr",
          "Je confirme, l'agence de l'eau a financé l'étude similaire sur l'Orvette en 2022. "
          "Émilie, je peux te transmettre le dossier de demande d'aide qu'on avait préparé pour le client.", m=["emilie.roux"]),
    ]),
    T("subsidies", "2025-01-14 13:50", title="Subsidie voor groenblauwe schoolpleinen?", posts=[
        P("anna.devries", "nl",
          "De gemeente Lindendaal wil vijf schoolpleinen vergroenen en regenwater lokaal vasthouden. "
          "Ze vroegen of wij weten welke subsidies daarvoor bestaan. Heeft iemand een overzicht?"),
        P("fenna.bakker", "nl",
          "Drie routes die ik zou bekijken: de Impulsregeling klimaatadaptatie via het werkgebied (minimaal 1/3 cofinanciering door de gemeente), "
          "de provinciale regeling voor groene schoolpleinen en eventueel een bijdrage van het waterschap per afgekoppelde vierkante meter. "
          "Let op: de impulsregeling vraagt dat de maatregel in de uitvoeringsagenda van de regio staat. "
          "Ik heb in de map Subsidies/Klimaatadaptatie een vergelijkingstabel gezet.", m=["anna.devries"], likes=4),
        P("anna.devries", "nl",
          "Wauw, dank je! Die tabel is precies wat ik nodig had. Ik stuur hem door naar de beleidsmedewerker."),
    ]),
    T("subsidies", "2022-09-20 08:55", title="Förderantrag Starkregenvorsorge – Erfahrungen mit dem Landesprogramm?", posts=[
        P("juergen.weiss", "de",
          "Die Stadt Bergfelden möchte einen Förderantrag für ein Starkregenrisikomanagement stellen und fragt, ob wir ihn vorbereiten. "
          "Hat jemand Erfahrungen mit der aktuellen Förderrichtlinie Hochwasserschutz in NRW? Insbesondere: sind Gefahrenkarten und Handlungskonzept zusammen förderfähig?"),
        P("katrin.schaefer", "de",
          "Ja, in Erftstadt haben wir beides in einem Antrag gemacht: Gefahrenkarte, Risikoanalyse und Handlungskonzept. "
          "Wichtig war, dass die Kommune die Bürgerbeteiligung ausdrücklich als Arbeitspaket aufführt. "
          "Der Zuwendungsbescheid kam nach knapp vier Monaten.", likes=2),
        P("matthias.gross", "de",
          "Kleiner Hinweis aus der Energie-Ecke: Wenn gleichzeitig Gebäude saniert werden, nicht mit der BEG-Förderung vermischen. "
          "Das sind getrennte Töpfe mit getrennten Nachweisen, sonst gibt es später Ärger beim Verwendungsnachweis."),
    ]),
    T("subsidies", "2026-04-22 15:10", posts=[
        P("bas.vandijk", "nl",
          "Vraagje: een gemeente vraagt of wij willen meeschrijven aan hun subsidieaanvraag voor een klimaatadaptatieproject. "
          "Later willen ze de uitvoering aanbesteden. Mogen we dan zelf nog inschrijven, of hebben we dan voorkennis?"),
        P("pieter-jan.claes", "nl",
          "Dat heet 'voorafgaande betrokkenheid' van een kandidaat. Inschrijven mag in principe, maar de aanbesteder moet de informatie die wij hebben met alle inschrijvers delen en een redelijke termijn geven. "
          "Zorg dat er geen informatie in de aanvraag staat die niet ook in het bestek terechtkomt."),
        P("fenna.bakker", "nl",
          "En spreek intern af dat de mensen die de aanvraag schrijven niet ook het EMVI-plan schrijven. "
          "Dat hebben we bij het waterschap Lingeland ook zo gedaan en dat werd door hun jurist gewaardeerd.", m=["bas.vandijk"]),
    ]),
    T("subsidies", "2025-06-03 10:00", title="Reminder: timesheets for EU-funded projects", tags=["EU funding", "timesheets"], posts=[
        P("margot.lefevre", "en",
          "Friendly reminder for everyone working on our three Horizon Europe and two Interreg projects: timesheets must be signed every month, by you and by your line manager. "
          "For the Interreg audits we need them within ten working days after the end of the month. "
          "Missing signatures are the number one finding of auditors, so please don't give them that pleasure.", likes=6, rx={"🙏": 4}),
        P("emily.barnes", "en",
          "Does this also apply to the lump-sum project? I thought we no longer needed timesheets there."),
        P("margot.lefevre", "en",
          "Good point Emily. For lump-sum grants the Commission does not check hours, but we still record them internally to know whether the work packages are profitable. "
          "So yes please, but the signature is less critical there.", to=1, m=["emily.barnes"]),
        P("fenna.bakker", "nl",
          "Aanvulling voor de Nederlandse projecten (MIT, DEI+): daar geldt hetzelfde, de RVO vraagt bij de vaststelling om een sluitende urenadministratie. "
          "Gebruik de projectcodes uit de lijst in de subsidiemap."),
    ]),
    T("subsidies", "2026-09-15 11:45", posts=[
        P("lotte.willems", "nl",
          "Iemand ervaring met de Vlaamse renovatiepremies voor scholen? Een schoolbestuur in Mortsel wil hun verwarming vervangen door een warmtepomp en vraagt of er nog subsidies zijn."),
        P("pieter-jan.claes", "nl",
          "Voor scholen loopt dat meestal via AGION en niet via de gewone premies voor particulieren. "
          "Daarnaast kan het schoolbestuur via de netbeheerder een premie voor de warmtepomp aanvragen, mits er een energiestudie is. "
          "Ik heb vorig jaar een dossier voor een school in Hove begeleid, ik stuur je de contactpersoon."),
        P("lotte.willems", "nl", "Top, merci Pieter-Jan! Dan neem ik de energiestudie mee in onze offerte.", to=1),
    ]),
    T("subsidies", "2023-06-12 17:20", posts=[
        P("maarten.vanderlinden", "nl",
          "Weet iemand al iets over de subsdieaanvraag voor Rivierherstel Maas? De projectgroep vraagt me er elke week naar."),
        P("fenna.bakker", "nl",
          "Net binnen: de beschikking is positief! 🎉 412.000 euro, iets minder dan aangevraagd omdat de post 'communicatie' is gekort. "
          "Ik zet de beschikking in de projectmap en plan een overleg over de aangepaste begroting.", likes=14, rx={"🎉": 9, "👏": 5}),
        P("maarten.vanderlinden", "nl", "Geweldig nieuws, Fenna. Dank voor al het rekenwerk!", to=1),
    ]),

    # ---------------------------------------------------------------- waterbeheer
    T("waterbeheer", "2021-03-16 09:30", title="Kalibratie 1D2D-model Nete: welke periode?", tags=["modellering", "kalibratie"], posts=[
        P("wouter.peeters", "nl",
          "Voor het 1D2D-model van de Nete moet ik een kalibratieperiode kiezen. "
          "Nemen jullie liever één groot hoogwater, of een hele winter met meerdere kleinere pieken?"),
        P("maarten.vanderlinden", "nl",
          "Mijn vuistregel: kalibreer op twee goed gemeten gebeurtenissen van verschillende omvang en valideer op een derde die je niet hebt aangeraakt. "
          "Een hele winter is mooi voor de basisafvoer, maar de ruwheden in het winterbed stem je beter af op de pieken. "
          "Kijk ook kritisch naar de afvoerreeksen: bij hoogwater zijn de Q-h-relaties vaak geëxtrapoleerd.", likes=4),
        P("katrin.schaefer", "en",
          "Same experience in Germany. On the Erft we calibrated on two winter floods and validated on a summer event whose peak was far outside the rating curve. "
          "We ended up using flood marks surveyed afterwards instead of the gauge data for that event."),
        P("wouter.peeters", "nl",
          "Dank jullie. Ik neem dan de hoogwaters van december 2010 en januari 2018, en valideer op 2021. Merkwaardig hoe vaak 'de' afvoer eigenlijk een schatting is.", to=1),
    ]),
    T("waterbeheer", "2022-03-29 10:00", title="FRM 2.4: nieuwe versie van ons overstromingsrisicomodel",
      tags=["FRM", "release", "flood risk model"], posts=[
        P("maarten.vanderlinden", "nl",
          "Versie 2.4 van ons eigen overstromingsrisicomodel (FRM) staat klaar op de rekenserver. "
          "Belangrijkste wijzigingen: schadefuncties per gebouwtype volgens de nieuwste standaard, slachtofferberekening per buurt en een exportfunctie naar GeoPackage. "
          "Projecten die nu lopen mogen op 2.3 blijven; nieuwe projecten graag met 2.4.", likes=9, rx={"🚀": 3}),
        P("lucas.janssens", "nl",
          "De schademodule is nu ook ruim drie keer sneller dankzij de nieuwe C++-kern. Voor heel Zuid-Limburg duurt een run nog ongeveer twintig minuten."),
        P("joost.hendriks", "nl",
          "De GeoPackage-export gebruikt standaard EPSG:28992. Wie in Vlaanderen werkt: zet de parameter crs op 3812, anders liggen je kaarten een paar honderd kilometer verkeerd. 😉"),
        P("wouter.peeters", "nl",
          "Kan 2.4 ook overweg met getijderanden, of blijft dat voorlopig rivieren-only?"),
        P("maarten.vanderlinden", "nl",
          "Getij zit er nog niet in. Dat staat voor versie 3 op de planning, samen met meerdere randvoorwaarden tegelijk. "
          "Tot die tijd gebruik je voor de Schelde de aparte tijrandmodule.", to=3),
    ]),
    T("waterbeheer", "2022-07-19 15:45", title="Leaky dams and natural flood management – Dutch or Belgian examples?", posts=[
        P("emily.barnes", "en",
          "A council in Yorkshire asked for examples of natural flood management outside the UK: leaky dams, floodplain reconnection, that kind of thing. "
          "Do we have good Dutch or Belgian cases I could mention?"),
        P("wouter.peeters", "nl",
          "In Vlaanderen zijn er mooie voorbeelden van beekherstel waarbij rechtgetrokken beken weer mogen meanderen en de vallei opnieuw overstroomt. "
          "Sorry, in English: several Flemish stream restoration projects re-meander straightened brooks and let the valley flood again. I can send you two reports in Dutch with English summaries."),
        P("maarten.vanderlinden", "en",
          "The Dutch 'Room for the River' programme is the classic big example, but for a council-sized project the small-scale Maas tributaries work better as a reference. "
          "Our Rivierherstel Maas report has a chapter on that; the summary is in English."),
        P("emily.barnes", "en", "Brilliant, thank you both. Exactly the kind of thing they want to hear. 🙌"),
    ]),
    T("waterbeheer", "2023-11-07 11:10", title="Wiederkehrintervalle für die Starkregengefahrenkarte", posts=[
        P("lena.moeller", "de",
          "Für die Starkregengefahrenkarte in Bergfelden muss ich die Szenarien festlegen. Welche Wiederkehrintervalle nehmen wir standardmäßig?"),
        P("katrin.schaefer", "de",
          "Wir orientieren uns an der Arbeitshilfe des Landes: ein seltenes Ereignis mit T = 30 Jahren, ein außergewöhnliches mit T = 100 Jahren "
          "und ein extremes Szenario mit 90 mm in einer Stunde, unabhängig von der Statistik. "
          "Das extreme Szenario ist für die Kommunikation mit den Bürgern oft am wichtigsten, weil es zeigt, wo das Wasser wirklich hinläuft.", likes=3),
        P("lena.moeller", "de", "Danke! Und die Fließwege stelle ich dann als eigene Ebene dar?"),
        P("katrin.schaefer", "de",
          "Genau, Fließwege als Linien mit Pfeilen, darunter die Wassertiefen in vier Klassen. "
          "Schau dir die Karten von Erftstadt im Projektordner an, die Legende hat sich bewährt.", to=2),
    ]),
    T("waterbeheer", "2024-10-01 14:00", title="Hoe leg ik een overstromingskans uit aan bewoners?", posts=[
        P("anna.devries", "nl",
          "Volgende week heb ik een bewonersavond in Lindendaal. Hoe leg je een kans van 1/100 per jaar uit zonder dat mensen denken dat het pas over 99 jaar weer gebeurt?"),
        P("maarten.vanderlinden", "nl",
          "Reken het om naar een mensenleven: een kans van 1 op 100 per jaar betekent ruim 50% kans dat het minstens één keer gebeurt in 80 jaar. "
          "Dat komt veel harder binnen. Zeg er ook bij dat twee van zulke gebeurtenissen vlak na elkaar heel goed kan.", likes=6),
        P("wouter.peeters", "nl",
          "Wat bij ons goed werkt: een foto van een bekende plek in het dorp met de waterhoogte ingetekend. Cijfers onthouden ze niet, die foto wel."),
        P("emily.barnes", "en",
          "Sorry for answering in English! In the UK we now avoid '1 in 100 year flood' and say '1% chance each year'. "
          "Research shows people understand percentages better than return periods."),
    ]),
    T("waterbeheer", "2025-02-18 09:20", title="Ruissellement urbain : maillage de 2 m ou de 5 m ?", posts=[
        P("emilie.roux", "fr",
          "Pour l'étude de ruissellement à Villeurbanne, j'hésite entre un maillage de 2 m et de 5 m. "
          "Avec 2 m, le calcul dure presque une nuit entière pour une pluie de projet. Est-ce que la différence vaut vraiment le coup ?"),
        P("katrin.schaefer", "en",
          "In dense urban areas I would go for 2 m, or at least 2 m along the streets. With 5 m you lose the kerbs and narrow alleys, and the flow paths change completely. "
          "A flexible mesh with refinement along roads is a good compromise."),
        P("maarten.vanderlinden", "en",
          "Agree with Katrin. Do one sensitivity run on a small district with both resolutions, then you have a solid argument for the client. "
          "Thibault can give you more cores on the calculation server if runtime is the real problem.", m=["thibault.girard"]),
        P("emilie.roux", "fr",
          "Merci à tous les deux ! Je fais le test de sensibilité sur le quartier des Gratte-Ciel et je vous montre les résultats.", likes=2),
    ]),
    T("waterbeheer", "2025-09-09 16:25", title="Forecasting river levels with gradient boosting – sanity check?", posts=[
        P("oliver.hughes", "en",
          "I trained a gradient boosting model to forecast water levels 48 hours ahead for a gauge on the Maas, using upstream gauges and rainfall. "
          "The scores look suspiciously good (R² = 0.97). What should I check before I show this to anyone?"),
        P("maarten.vanderlinden", "en",
          "First thing: make sure no future information leaks in, for instance rainfall observed after the forecast time. "
          "Second: look only at the peaks. A model can be excellent on normal days and still miss every flood. "
          "Score it on the ten highest events separately."),
        P("katrin.schaefer", "en",
          "Also check the rating curve changes: on several rivers the gauge was moved or rebuilt, and a model happily learns those jumps as if they were hydrology."),
        P("oliver.hughes", "en",
          "Thanks both. You were right: the lagged rainfall feature used the wrong time zone, so it peeked one hour into the future. R² on peaks is now 0.81. Humbling. 😅", likes=7),
    ]),
    T("waterbeheer", "2026-02-10 13:35", posts=[
        P("wouter.peeters", "nl",
          "Voor de stormvloedstudie langs de Zeeschelde moeten we dijkfalen meenemen. Werken jullie met vaste bresgroei of met een fysisch bresmodel?"),
        P("maarten.vanderlinden", "nl",
          "Voor risicokaarten gebruiken wij meestal een vaste bresgroei volgens de formule van Verheij en van der Knaap, met een maximale bresbreedte. "
          "Een fysisch bresmodel is mooi, maar de onzekerheid in de dijkopbouw is zo groot dat het schijnnauwkeurigheid geeft."),
        P("katrin.schaefer", "en",
          "We did the same for a Rhine dike study. Tip: run at least three breach locations per dike section, the result depends more on location than on breach growth."),
    ]),
    T("waterbeheer", "2026-10-06 10:15", posts=[
        P("anna.devries", "nl",
          "Ik schrijf een notitie over de combinatie van hittestress en wateroverlast in een nieuwbouwwijk. Heeft iemand een goede bron over bomen en wadi's die beide problemen aanpakken?"),
        P("maarten.vanderlinden", "nl",
          "Kijk naar het hoofdstuk klimaatadaptatie in ons eindrapport van de Maas; daar staat een tabel met maatregelen en hun effect op hitte én water."),
        P("femke.dewit", "nl",
          "En de opname van de kennislunch 'Koel en droog in de wijk' van vorig jaar staat op het intranet. Zoek in kennis op 'kennislunch hittestress', dan vind je hem meteen. 🔎"),
    ]),

    # ------------------------------------------------------------- aanbestedingen
    T("aanbestedingen", "2022-05-17 09:05", title="Aanbesteding Waterschap Lingeland: wie denkt mee over het EMVI-plan?",
      tags=["EMVI", "waterschap"], posts=[
        P("bas.vandijk", "nl",
          "Waterschap Lingeland besteedt een raamovereenkomst voor adviesdiensten klimaatadaptatie aan, looptijd vier jaar. "
          "De gunning is 70% kwaliteit en 30% prijs, met drie EMVI-criteria: aanpak, risicobeheersing en kennisoverdracht. "
          "Ik zoek twee mensen die een middag willen brainstormen over de plannen. Inschrijven kan tot 21 juni via TenderNed.", m=["maarten.vanderlinden"]),
        P("maarten.vanderlinden", "nl",
          "Ik doe mee. Voor kennisoverdracht kunnen we de kennislunches en de leerkring met hun eigen hydrologen opvoeren, dat is concreet en meetbaar."),
        P("anna.devries", "nl",
          "Mag ik ook aanschuiven? Ik ben nieuw, maar ik heb bij mijn vorige werkgever veel EMVI-plannen gelezen vanaf de kant van de opdrachtgever."),
        P("bas.vandijk", "nl",
          "Graag! Een blik vanaf de andere kant van de tafel is precies wat we nodig hebben. Donderdag 14:00, vergaderruimte De Vecht.", to=2),
    ]),
    T("aanbestedingen", "2023-03-14 12:30", title="UK framework bid: anyone with NEC4 experience?", posts=[
        P("james.whitfield", "en",
          "We are bidding for a place on a regional flood risk framework in the north of England. The contracts will be NEC4 Professional Service Contracts. "
          "Does anyone outside London have NEC experience, or should we get external advice on the pricing schedule?"),
        P("emily.barnes", "en",
          "I managed two NEC4 PSC commissions at my previous employer. The main thing is Option E versus Option A: with Option E we're paid for time, with A it's activity schedules. "
          "For framework call-offs they usually want Option A, so our risk pricing has to be sharper than we're used to."),
        P("bas.vandijk", "en",
          "No NEC experience on the Dutch side, but happy to review the quality submission. The structure looks a lot like our EMVI plans."),
    ]),
    T("aanbestedingen", "2024-02-06 10:40", posts=[
        P("pieter-jan.claes", "nl",
          "We schrijven in op een Belgische overheidsopdracht van de stad Herselaar. Ze vragen het UEA én een attest van de RSZ. "
          "Weet iemand of we dat attest voor de Nederlandse vestiging ook nodig hebben?"),
        P("bas.vandijk", "nl",
          "Als Brughuis BV inschrijft, moet je de Nederlandse tegenhanger aanleveren: de verklaring betalingsgedrag van de Belastingdienst. "
          "In Telemarc kan de stad de Belgische attesten zelf opvragen, maar voor buitenlandse inschrijvers niet. Reken op een week doorlooptijd."),
        P("isabelle.dubois", "fr",
          "Et n'oubliez pas de signer le DUME avec la signature électronique qualifiée de Geert, c'est lui qui est mandaté. Je lui envoie un rappel.",
          m=["geert.vandamme"]),
    ]),
    T("aanbestedingen", "2025-10-21 14:15", title="Cross-border tender: one bid in French and Dutch?", posts=[
        P("claire.moreau", "en",
          "Writing in English so everyone can follow: an Interreg-funded cross-border study on the Lys/Leie asks for the bid in French and Dutch. "
          "Do we translate everything, or can we write parts in one language only?"),
        P("bas.vandijk", "en",
          "Check the tender rules first; usually the binding version is one language and the other is a courtesy translation. "
          "Our Antwerp colleagues can write the Dutch parts directly, which reads much better than a translation."),
        P("pieter-jan.claes", "nl",
          "Ik help graag met het Nederlandstalige deel. Mijn ervaring met Interreg: de jury is gemengd, dus een goede samenvatting in beide talen is belangrijker dan een perfecte vertaling van alles."),
        P("juergen.weiss", "de",
          "Bei deutsch-niederländischen Ausschreibungen war es genauso: verbindlich war die deutsche Fassung, die niederländische war nur zur Information. Viel Erfolg!"),
    ]),
    T("aanbestedingen", "2026-08-25 08:45", posts=[
        P("bas.vandijk", "nl",
          "Reminder voor de aanbesteding 'Hoogwaterbescherming Stad Herselaar': vragen voor de nota van inlichtingen moeten uiterlijk vrijdag 12:00 binnen zijn. "
          "Stuur ze naar mij, dan bundel ik ze en haal ik dubbelingen eruit.", likes=2),
        P("wouter.peeters", "nl",
          "Ik heb er drie over de beschikbare metingen van de kaaimuur. Komen vandaag nog naar je toe."),
    ]),
]
