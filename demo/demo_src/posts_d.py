# -*- coding: utf-8 -*-
"""Threads in random, the private groups hr-vertrouwelijk and directie, and
a few direct messages."""
from dsl import P, T

THREADS = [
    # --------------------------------------------------------------------- random
    T("random", "2021-12-17 12:10", source="slack", posts=[
        P("femke.dewit", "nl",
          "Kerstborrel Utrecht: vrijdag vanaf 16:30 in het café om de hoek (Café De Brug, jawel). Collega's van andere vestigingen die toevallig in Utrecht zijn: van harte welkom! 🎄",
          likes=14, rx={"🎄": 6, "🍻": 5}),
        P("bjorn.sorensen", "en", "Will there be bitterballen? Asking for a Danish friend."),
        P("femke.dewit", "nl", "Er zijn altijd bitterballen, Bjørn. Dat staat in de cao. 😉", to=1),
        P("wouter.peeters", "nl", "Wij komen met drie man uit Antwerpen. Zet maar een extra portie klaar!"),
    ]),
    T("random", "2022-10-03 08:20", source="slack", posts=[
        P("oliver.hughes", "en",
          "The Utrecht office is organising Dutch lessons on Tuesday evenings, online. Anyone else from London or Köln want to join? Level: 'ik wil een broodje kaas' and slightly above."),
        P("emily.barnes", "en",
          "I lived in Rotterdam for three years and would love to brush up. Count me in. Ik kan al 'gezellig' zeggen."),
        P("lena.moeller", "de",
          "Ich bin dabei! Als Kölnerin verstehe ich schon erstaunlich viel, aber sprechen ist eine andere Sache."),
    ]),
    T("random", "2023-07-04 11:00", posts=[
        P("sophie.lambert", "fr",
          "Petit rappel : les notes de frais de voyage doivent être soumises avant le 10 du mois suivant, avec les justificatifs scannés. "
          "Après trois mois, nous ne pouvons plus les rembourser. Vous trouverez la politique de voyage mise à jour sur l'intranet.", likes=3),
        P("yasmina.elamrani", "nl",
          "Geldt dat ook voor de reiskosten van de opleiding in Lyon? Die heb ik zelf voorgeschoten, maar het bonnetje van het hotel ben ik kwijt. 😬"),
        P("sophie.lambert", "nl",
          "Ja, dezelfde regel. Vraag het hotel om een duplicaat van de factuur per e-mail, dat accepteren we. Een creditcardafschrift alleen is helaas niet genoeg.", to=1),
        P("katrin.schaefer", "de",
          "Gilt die Frist auch für Köln? Bei uns hieß es bisher immer 'bis Quartalsende'."),
        P("sophie.lambert", "fr",
          "Oui, depuis janvier la règle est la même pour tous les bureaux, Cologne compris. Je le signale à Dorothée pour qu'elle le rappelle en réunion d'équipe.", to=3, m=["dorothee.kraemer"]),
    ]),
    T("random", "2024-12-10 15:30", source="slack", posts=[
        P("dorothee.kraemer", "de",
          "Weihnachtsfeier in Köln am 19. Dezember: erst Glühwein auf dem Weihnachtsmarkt am Dom, dann Abendessen im Brauhaus. Gäste aus Utrecht, Lyon und London sind herzlich willkommen! 🍷",
          likes=9),
        P("thibault.girard", "fr", "Je serai à Cologne cette semaine-là pour les serveurs, je m'invite avec plaisir !"),
        P("james.whitfield", "en", "Tempting. If the train works, I'll bring mince pies as a cultural exchange."),
    ]),
    T("random", "2026-02-03 09:00", title="Kennis: onze nieuwe zoekmachine staat live 🔎", tags=["kennis", "kennisdeling", "zoeken"], posts=[
        P("femke.dewit", "nl",
          "Vanaf vandaag kun je op https://kennis.brughuis.example zoeken in posts, documenten en profielen tegelijk, in alle vier de talen. "
          "Probeer eens 'Förderantrag', 'overstromingsrisico' of 'pompe à chaleur', of zoek een zinsdeel tussen aanhalingstekens. "
          "Binnenkort komt er ook 'wie weet iets over…': dan zie je welke collega's een onderwerp het best kennen. Feedback is meer dan welkom!",
          likes=21, rx={"🎉": 12, "🔎": 5}),
        P("anna.devries", "nl",
          "Wat een verschil met de oude intranetzoekfunctie! Ik zocht op 'warmtepomp' en kreeg ook de Duitse en Franse posts over Wärmepumpen."),
        P("bjorn.sorensen", "en",
          "Nice. It even suggested 'subsidieaanvraag' when I typed 'subsidieaanvrag'. Does it also index the C++ discussions correctly? Searching for 'C++' in the old system returned everything with a C in it."),
        P("femke.dewit", "nl",
          "Ja, C++ en C# worden als aparte termen herkend. Probeer het maar. En privégroepen zijn alleen doorzoekbaar voor de leden, dus geen zorgen over HR-gesprekken.", to=2),
        P("margot.lefevre", "fr",
          "Bravo Femke ! Et la recherche fonctionne aussi avec les accents : « reunion » trouve bien « réunion ». 👏"),
    ]),
    T("random", "2025-04-01 08:55", source="slack", posts=[
        P("james.whitfield", "en",
          "Announcement: the London office has acquired a kettle that says 'lekker bakkie' when the water boils. Nobody admits to having configured it. ☕"),
        P("emily.barnes", "en", "I have no idea what you're talking about. Also, check the date. 😇"),
    ]),
    T("random", "2023-09-26 12:45", posts=[
        P("wouter.peeters", "nl",
          "Kennislunch donderdag: 'De Maas van bron tot monding' door Maarten. Broodjes om 12:15 in de grote zaal in Utrecht, en via Teams voor de andere vestigingen."),
        P("claire.moreau", "fr", "Super, je me connecte depuis Lyon. La Meuse passe aussi un peu chez nous, après tout ! 🙂"),
    ]),
    T("random", "2022-09-13 16:00", source="slack", posts=[
        P("hannah.cole", "en",
          "Does anyone know a good vegetarian place near the Antwerp office? I'm there next week for the sustainability audit."),
        P("lotte.willems", "en",
          "Five minutes' walk from the office there's a small café with a daily soup and a veggie lasagne that's really worth it. I'll take you there on Tuesday. Tot dinsdag!"),
        P("hannah.cole", "en", "Perfect, it's a date. I'll practise 'dank u wel' on the train."),
    ]),

    # ------------------------------------------------------------ hr-vertrouwelijk
    T("hr-vertrouwelijk", "2022-05-10 10:40", posts=[
        P("sophie.lambert", "nl",
          "Een collega uit Antwerpen vraagt om inzage in zijn volledige personeelsdossier, inclusief de notities van zijn leidinggevende. Wat moeten we geven en binnen welke termijn?"),
        P("marieke.brouwer", "nl",
          "Onder de AVG heeft hij recht op inzage in al zijn persoonsgegevens, dus ook in notities van de leidinggevende die over hem gaan. We moeten binnen een maand reageren. "
          "Persoonlijke werkaantekeningen die nooit in het dossier zijn beland vallen er in principe ook onder als ze over hem gaan, dus vraag de leidinggevende wat er bestaat. "
          "Gegevens over anderen (bijvoorbeeld namen van collega's in een klachtendossier) mag je afschermen. Lever een kopie aan, niet het originele dossier."),
        P("sophie.lambert", "nl", "Duidelijk, dank je Marieke. Ik maak de kopie klaar en laat haar eerst door jou nakijken.", to=1),
    ]),
    T("hr-vertrouwelijk", "2023-11-14 09:25", title="Bewaartermijnen sollicitatiegegevens", posts=[
        P("marieke.brouwer", "nl",
          "Ter herinnering, nu de wervingsronde voor de vestiging Lyon is afgerond: sollicitatiegegevens van afgewezen kandidaten verwijderen we uiterlijk vier weken na afloop van de procedure. "
          "Met toestemming van de kandidaat mag dat maximaal een jaar, voor een eventuele volgende vacature. "
          "Kopieën van identiteitsbewijzen van medewerkers bewaren we tot vijf jaar na uitdiensttreding, vanwege de fiscale bewaarplicht. Medische gegevens bewaren we nooit zelf, die liggen bij de arbodienst.",
          likes=2),
        P("geert.vandamme", "nl",
          "Dank voor de heldere samenvatting. Kun je nagaan of de oude mappen op de personeelsschijf van vóór 2020 ook zo zijn opgeschoond? Bij de IT-audit kwam dat naar boven."),
        P("marieke.brouwer", "nl",
          "Goed punt. Ik loop ze in december na met Ruben en leg in het verwerkingsregister vast wat we verwijderd hebben.", to=1),
    ]),
    T("hr-vertrouwelijk", "2024-06-18 14:50", posts=[
        P("sophie.lambert", "fr",
          "Un collègue de Lyon en arrêt maladie de longue durée doit se rendre à un rendez-vous médical à Paris et demande si ses frais de train peuvent être remboursés. "
          "Sa manager m'a transmis le certificat médical complet. Que fait-on ?"),
        P("marieke.brouwer", "nl",
          "Het certificaat zelf hoort niet bij ons: onder de AVG mogen we als werkgever geen diagnosegegevens verwerken. Geef het terug aan de medewerker of vernietig het, en registreer alleen dat er een verklaring van de arts is. "
          "De reiskosten kunnen we vergoeden als het bezoek op verzoek van de bedrijfsarts is; dat kan de médecin du travail bevestigen zonder de diagnose te noemen."),
        P("ingrid.vanleeuwen", "nl",
          "Eens. En laten we de leidinggevenden nog eens uitleggen wat ze wel en niet mogen vragen bij ziekte. Marieke, kun je dat meenemen in de MT-training in september?",
          m=["marieke.brouwer"]),
    ]),
    T("hr-vertrouwelijk", "2025-10-07 16:15", title="Reorganisatie team Sales: planning en communicatie", posts=[
        P("marieke.brouwer", "nl",
          "Concept-tijdlijn voor de samenvoeging van de salesteams Frankrijk en Benelux: OR-adviesaanvraag half november, individuele gesprekken in de eerste week van december, communicatie naar iedereen op 10 december. "
          "Voor Lyon volgen we de Franse procedure met het CSE; Sophie stemt dat af. Tot die tijd strikt vertrouwelijk, ook richting teamleiders."),
        P("ingrid.vanleeuwen", "nl",
          "Akkoord met de volgorde. Ik wil de betrokken medewerkers persoonlijk spreken voordat het algemene bericht uitgaat, niet andersom."),
        P("geert.vandamme", "nl",
          "Ik reken de financiële scenario's door voor de OR-aanvraag. Verwacht een eerste versie eind oktober."),
    ]),

    # ------------------------------------------------------------------- directie
    T("directie", "2022-09-06 08:00", title="Strategie 2030: eerste concept", tags=["strategie"], posts=[
        P("ingrid.vanleeuwen", "nl",
          "In de bijlage vinden jullie het eerste concept van Strategie 2030. Drie pijlers: klimaatadaptatie en waterveiligheid, de energietransitie in de gebouwde omgeving, en data als rode draad. "
          "Graag jullie reactie vóór het MT-overleg van 20 september, ook als je het fundamenteel oneens bent."),
        P("dorothee.kraemer", "de",
          "Inhaltlich stimme ich zu. Für Deutschland würde ich die kommunale Wärmeplanung ausdrücklich als Wachstumsfeld nennen; die Nachfrage wird in den nächsten Jahren stark steigen."),
        P("antoine.mercier", "fr",
          "D'accord sur les trois piliers. En France, le lien entre renaturation des rivières et adaptation est notre meilleur argument commercial ; il mériterait une phrase dans la vision."),
        P("james.whitfield", "en",
          "Good draft. For the UK I'd stress data services more explicitly: our forecasting work is where we are unique there, not in classic engineering."),
    ]),
    T("directie", "2024-11-26 17:30", title="Begroting 2025 en cofinanciering subsidieprojecten", posts=[
        P("geert.vandamme", "nl",
          "Voor 2025 lopen er negen gesubsidieerde projecten tegelijk. Gemiddeld dragen we zelf 35 tot 40 procent bij, en bij de lump-sumprojecten zit het risico volledig bij ons als een werkpakket uitloopt. "
          "Voorstel: een interne cofinancieringsreserve van 250.000 euro en geen nieuwe aanvragen met meer dan 50 procent eigen bijdrage zonder MT-besluit. "
          "Ook wil ik bij elke subsidieaanvraag vooraf een go/no-go met het subsidieteam op basis van de werkelijke uurtarieven, niet de tarieven uit de regeling."),
        P("ingrid.vanleeuwen", "nl",
          "Steun ik. Wel graag een uitzondering voor strategische Horizon Europe-projecten, daar accepteren we bewust een lagere dekking omdat ze ons netwerk opleveren."),
        P("geert.vandamme", "nl",
          "Akkoord, mits het projectvoorstel expliciet aangeeft welk strategisch doel het dient. Ik pas de notitie aan.", to=1),
    ]),
    T("directie", "2026-06-02 07:45", title="Acquisition opportunity: small hydrology firm in Leeds", posts=[
        P("james.whitfield", "en",
          "Confidential: the founders of a twelve-person hydrology consultancy in Leeds are looking for a buyer as they approach retirement. "
          "Strong client base with water companies in the north of England, and good hydrometry skills we lack. I'd like to explore this before someone else does."),
        P("geert.vandamme", "en",
          "Interesting. Please ask for three years of accounts and their order book under NDA. I'd want to see the dependency on the two founders before we get excited."),
        P("ingrid.vanleeuwen", "en",
          "Agreed, go ahead with an NDA. Let's discuss at the MT meeting in June; I'd also like Maarten's view on the technical fit, without telling him the name yet."),
    ]),

    # ------------------------------------------------------------ direct messages
    T(None, "2023-03-20 17:05", persons=["maarten.vanderlinden", "fenna.bakker"], source="slack", posts=[
        P("maarten.vanderlinden", "nl",
          "Hoi Fenna, heb je al naar de begroting voor het Maas-project kunnen kijken? De deadline is vrijdag en ik twijfel over de post 'communicatie'."),
        P("fenna.bakker", "nl",
          "Ja, vanmiddag. De post communicatie is met 18% van het totaal aan de hoge kant, de regeling noemt maximaal 10%. "
          "Ik zou het bewonersonderzoek onder 'onderzoek' zetten, dat hoort daar ook echt. Morgen om 10 uur even bellen?"),
    ]),
    T(None, "2025-07-08 18:20", persons=["claire.moreau", "antoine.mercier"], source="slack", posts=[
        P("claire.moreau", "fr",
          "Antoine, entre nous : je pense qu'on ne devrait pas répondre au marché de Bourg-Sainte-Anne. Le prix plancher est irréaliste et l'équipe est déjà saturée en septembre."),
        P("antoine.mercier", "fr",
          "D'accord avec toi. Je préfère qu'on garde nos forces pour l'accord-cadre de Saint-Aurèle. Je préviens le client qu'on ne candidate pas, avec tact."),
    ]),
    T(None, "2024-05-21 10:10", persons=["oliver.hughes", "bjorn.sorensen"], source="slack", posts=[
        P("oliver.hughes", "en",
          "Hey Bjørn, quick one: do you have a snippet to clip a raster to a catchment polygon with rasterio? Mine leaves a black border."),
        P("bjorn.sorensen", "en",
          "Use `rasterio.mask.mask(src, shapes, crop=True, nodata=-9999)` and set nodata in the output profile too. The black border is just nodata being written as 0. Sent you the full script via OneDrive."),
    ]),
]
