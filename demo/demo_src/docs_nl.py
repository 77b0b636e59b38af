# -*- coding: utf-8 -*-
"""Dutch documents."""
from dsl import D

DOCS = [
    D(None, "Reisbeleid Brughuis 2024", "nl", "2024-10-15T09:00:00+02:00",
      ["sophie.lambert", "hannah.cole"], "Beleid/Reisbeleid Brughuis 2024.pdf",
      updated="2025-03-03T11:20:00+01:00", owner="sophie.lambert", tags=["reisbeleid", "beleid", "duurzaamheid"], body="""
Dit reisbeleid geldt voor alle medewerkers van Brughuis in Nederland, België, Frankrijk, Duitsland en het Verenigd Koninkrijk en vervangt de versie van 2019. Het doel is eenvoudig: we reizen veilig, verstandig met geld en met zo weinig mogelijk CO₂-uitstoot.

1. Trein boven vliegtuig. Bestemmingen die met de trein binnen zes uur bereikbaar zijn, reis je per trein. Dat geldt onder meer voor Utrecht–Köln, Antwerpen–Lyon, Brussel–London en Utrecht–London. Vliegen mag alleen met toestemming van je leidinggevende, bijvoorbeeld als een afspraak anders niet haalbaar is.

2. Klasse. Voor treinreizen langer dan drie uur mag je eerste klas boeken, zodat je onderweg kunt werken. Vliegreizen boek je altijd in economy.

3. Boeken. Treinkaartjes, vluchten en hotels boek je via het reisbureau waarmee we een raamcontract hebben. Zelf boeken mag alleen als het aantoonbaar goedkoper is en je de reisverzekering niet in gevaar brengt.

4. Hotels. Kies een hotel in de buurt van de afspraak of het station. Richtbedragen per nacht inclusief ontbijt staan in de bijlage per stad.

5. Onkosten. Dien je declaratie in vóór de tiende van de maand na de reis, met gescande bonnetjes. Declaraties ouder dan drie maanden kunnen we niet meer vergoeden. Een creditcardafschrift alleen is geen geldig bewijs.

6. Eigen vervoer. Met de eigen auto krijg je 0,23 euro per kilometer; met de fiets 0,35 euro per kilometer voor woon-werkverkeer in België en 0,23 euro in Nederland.

Vragen over dit beleid stel je aan HR (Sophie Lambert). Vragen over de CO₂-berekening aan Hannah Cole.
"""),
    D(None, "Privacybeleid voor medewerkers", "nl", "2021-11-02T10:00:00+01:00",
      ["isabelle.dubois", "eva.jacobs"], "Beleid/AVG/Privacybeleid medewerkers.pdf",
      updated="2024-01-15T09:30:00+01:00", owner="isabelle.dubois", group="privacy-avg", tags=["AVG", "GDPR", "privacy"], body="""
Brughuis verwerkt persoonsgegevens van medewerkers, sollicitanten, klanten, bewoners en andere betrokkenen. Dit beleid beschrijft hoe wij daarbij de Algemene Verordening Gegevensbescherming (AVG) naleven en wat we van iedere medewerker verwachten.

Wij verwerken alleen persoonsgegevens als daar een grondslag voor is, zoals de uitvoering van een overeenkomst, een wettelijke plicht of een gerechtvaardigd belang. We verzamelen niet meer gegevens dan nodig en bewaren ze niet langer dan nodig. De bewaartermijnen staan in het verwerkingsregister, dat door de functionaris gegevensbescherming wordt bijgehouden.

Van iedere medewerker verwachten we dat je persoonsgegevens alleen opslaat in de daarvoor bestemde systemen: de projectmappen, het CRM en het HR-systeem. Persoonsgegevens horen niet in je persoonlijke OneDrive, op een USB-stick of in een publieke AI-tool. Enquêtes onder bewoners sla je op in een afgeschermde projectmap en je werkt waar mogelijk met geaggregeerde gegevens.

Deel je gegevens met een externe partij die ze namens ons verwerkt, dan is een verwerkersovereenkomst verplicht. Het juridische team heeft een standaardmodel in het Nederlands, Frans, Duits en Engels.

Een (mogelijk) datalek meld je direct bij de privacy officer, ook buiten kantooruren. Denk aan een verloren laptop, een e-mail aan de verkeerde ontvanger of een gehackt account. Wij beoordelen binnen 72 uur of een melding aan de toezichthouder nodig is.

Contact: Isabelle Dubois (DPO, Brussel) en Eva Jacobs (privacy officer, Antwerpen).
"""),
    D(None, "Datalekprocedure", "nl", "2022-01-20T09:00:00+01:00",
      ["eva.jacobs"], "Beleid/AVG/Datalekprocedure.md", owner="eva.jacobs", group="privacy-avg",
      updated="2024-09-12T10:00:00+02:00", tags=["datalek", "AVG"], body="""
# Datalekprocedure

Een datalek is elke inbreuk op de beveiliging waardoor persoonsgegevens verloren gaan, in verkeerde handen komen of onterecht worden gewijzigd. Denk aan een verloren laptop of telefoon, een e-mail met bijlage aan de verkeerde ontvanger, een phishing-aanval waarbij iemand zijn wachtwoord heeft ingevuld, of een projectmap die per ongeluk voor iedereen openstaat.

## Stap 1: meteen melden

Meld elk vermoeden van een datalek direct via privacy@brughuis.example of telefonisch bij Eva Jacobs of Isabelle Dubois. Wacht niet tot je zeker weet dat het een datalek is. Melden is nooit verkeerd, niet melden wel.

## Stap 2: schade beperken

Vraag de verkeerde ontvanger de e-mail te verwijderen, laat IT een verloren apparaat op afstand vergrendelen en wijzig gecompromitteerde wachtwoorden. Verwijder geen logbestanden of e-mails: die hebben we nodig voor het onderzoek.

## Stap 3: beoordeling

De privacy officer beoordeelt samen met IT het risico voor de betrokkenen. Is er een risico, dan melden we het lek binnen 72 uur bij de Autoriteit Persoonsgegevens, de Belgische Gegevensbeschermingsautoriteit, de CNIL of de bevoegde Duitse toezichthouder, afhankelijk van waar de verwerking plaatsvindt. Bij een hoog risico informeren we ook de betrokkenen zelf.

## Stap 4: registreren en leren

Elk incident komt in het interne datalekregister, ook als er geen melding nodig was. Een laptop met volledige schijfversleuteling die in de trein is blijven liggen, is bijvoorbeeld een incident met een laag risico, maar we leggen het wel vast. Eens per kwartaal bespreken we de incidenten in het privacyoverleg.
"""),
    D(None, "Thuiswerkbeleid", "nl", "2022-06-01T09:00:00+02:00",
      ["marieke.brouwer"], "Intranet/HR/Thuiswerkbeleid.html", owner="marieke.brouwer", tags=["hybride werken", "HR"], body="""
Sinds 2022 werken we bij Brughuis hybride. Dit beleid legt vast wat we van elkaar mogen verwachten, zodat thuiswerken en samenwerken op kantoor elkaar versterken.

Iedere medewerker werkt in principe twee dagen per week op kantoor. Teams spreken samen een vaste kantoordag af; voor het team Water & Klimaat in Utrecht is dat de donderdag, in Antwerpen de dinsdag. Nieuwe collega's werken de eerste drie maanden vaker op kantoor, omdat je veel leert door mee te kijken en mee te luisteren.

Voor je thuiswerkplek ontvang je een eenmalige bijdrage voor een bureaustoel en een beeldscherm, en een maandelijkse thuiswerkvergoeding volgens de geldende regels in je land. In Nederland is dat de onbelaste thuiswerkvergoeding per gewerkte dag, in België een forfaitaire kantoorvergoeding. Voor Frankrijk en Duitsland gelden de lokale afspraken in het personeelshandboek.

Thuis werk je op je Brughuis-laptop en via de VPN als je met de rekenservers of de GIS-database werkt. Vertrouwelijke documenten print je niet thuis. Videovergaderingen voer je bij voorkeur met camera aan, zeker bij overleg met klanten.

Tot slot: hybride werken vraagt om bewuste kennisdeling. Zet vragen en antwoorden liever in een groep dan in een privébericht, zodat collega's er later ook iets aan hebben.
"""),
    D(None, "Informatiebeveiligingsbeleid", "nl", "2021-04-12T09:00:00+02:00",
      ["ruben.smit"], "Beleid/IT/Informatiebeveiligingsbeleid.pdf", owner="ruben.smit",
      updated="2024-01-08T09:00:00+01:00", group="it-support", tags=["informatiebeveiliging", "IT"], body="""
Informatie is ons belangrijkste kapitaal: modellen, meetgegevens, rapporten en de kennis in onze hoofden. Dit beleid beschrijft de basismaatregelen om die informatie te beschermen tegen verlies, diefstal en misbruik.

Toegang. Iedere medewerker heeft één persoonlijk account met multifactorauthenticatie (MFA). Sms als enige tweede factor is sinds eind 2023 niet meer toegestaan; gebruik de authenticator-app. Accounts van vertrokken medewerkers worden op de laatste werkdag geblokkeerd en na dertig dagen verwijderd, gedeelde mailboxen uitgezonderd.

Apparaten. Laptops zijn volledig versleuteld met BitLocker en worden centraal beheerd. Software installeer je via Software Center; niet-ondertekende installatiebestanden worden geblokkeerd. Privéapparaten mogen alleen via de webversie van Microsoft 365 of de beheerde Outlook-app bij zakelijke gegevens.

Netwerk. Buiten kantoor werk je via de VPN als je toegang nodig hebt tot de rekenservers, de GIS-database of de projectschijf. Openbare wifi zonder VPN gebruik je alleen voor internet.

Classificatie. We onderscheiden openbaar, intern, vertrouwelijk en strikt vertrouwelijk. Tenderdocumenten en persoonsgegevens zijn minimaal vertrouwelijk. Vertrouwelijke documenten deel je niet via persoonlijke links naar externe adressen.

Incidenten. Phishing meld je via de knop 'Phishing melden' in Outlook. Een beveiligingsincident of mogelijk datalek meld je direct bij IT en de privacy officer.
"""),
    D(None, "E-mailmigratie naar Exchange Online – veelgestelde vragen", "nl", "2022-01-10T09:00:00+01:00",
      ["dennis.kok", "yasmina.elamrani"], "Handleidingen/IT/E-mailmigratie naar Exchange Online - veelgestelde vragen.md",
      owner="ruben.smit", updated="2022-03-01T09:00:00+01:00", group="it-support", tags=["e-mail", "migratie", "Outlook"], body="""
# E-mailmigratie naar Exchange Online: veelgestelde vragen

In februari en maart 2022 verhuizen alle mailboxen van onze eigen Exchange-server naar Exchange Online. Hieronder de antwoorden op de meest gestelde vragen.

**Verandert mijn e-mailadres?** Nee. Je adres blijft voornaam.achternaam@brughuis.example. Ook oude aliassen blijven werken.

**Wanneer word ik gemigreerd?** Per vestiging in het weekend: Utrecht op 12–13 februari, Antwerpen en Brussel op 19–20 februari, Lyon en Köln op 26–27 februari en London op 5–6 maart.

**Wat moet ik zelf doen?** Op maandagochtend start je Outlook en log je opnieuw in met je account en MFA. Op je telefoon verwijder je het oude e-mailaccount en voeg je het opnieuw toe via de Outlook-app.

**Mijn gedeelde agenda is verdwenen.** De rechten zijn meegegaan, maar je moet de agenda één keer opnieuw toevoegen: Agenda > Agenda toevoegen > Uit adreslijst.

**Mijn handtekening is weg of de accenten zijn kapot.** Oude handtekeningen in Windows-1252 worden soms verkeerd weergegeven (bijvoorbeeld 'rÃ©union' in plaats van 'réunion'). De servicedesk zet een nieuwe handtekening in UTF-8 voor je klaar.

**Outlook blijft om mijn wachtwoord vragen.** Verwijder de opgeslagen Outlook-referenties in Windows en start opnieuw op.

**Waar kan ik terecht met vragen?** Op de maandag na de migratie is er een inloopspreekuur op elke vestiging. Daarna via de servicedesk of het kanaal it-support.
"""),
    D(None, "Gedeelde agenda toevoegen na de migratie", "nl", "2022-02-14T15:00:00+01:00",
      ["yasmina.elamrani"], "Handleidingen/IT/Gedeelde agenda toevoegen.md", owner="yasmina.elamrani",
      group="it-support", tags=["Outlook", "agenda"], body="""
# Gedeelde agenda toevoegen in Outlook

Na de e-mailmigratie zien sommige collega's de gedeelde agenda's van hun team niet meer. De rechten zijn gelukkig gewoon meegekomen: je hoeft de agenda alleen opnieuw aan je eigen Outlook-profiel toe te voegen.

## In de Outlook-app op Windows

1. Ga naar de agendaweergave.
2. Klik op 'Agenda toevoegen' en kies 'Uit adreslijst'.
3. Zoek op de naam van de agenda, bijvoorbeeld 'Team Water' of 'Vergaderruimte De Vecht'.
4. Klik op OK. De agenda verschijnt onder 'Gedeelde agenda's'.

## In Outlook op het web

Klik in de agenda op 'Agenda toevoegen', kies 'Toevoegen vanuit map' en zoek de agenda op naam.

## Op je telefoon

Gedeelde agenda's die je op je laptop hebt toegevoegd, verschijnen na een paar minuten ook in de Outlook-app op je telefoon. Gebruik je de standaardagenda van je telefoon, dan werkt dit helaas niet.

## Werkt het niet?

Krijg je de melding dat je geen rechten hebt, vraag dan de eigenaar van de agenda om je opnieuw rechten te geven, of meld het bij de servicedesk. Vermeld de naam van de agenda en een schermafdruk van de foutmelding, dan helpen we je sneller.
"""),
    D(None, "Nieuwe laptop ontvangen: checklist", "nl", "2024-12-02T09:00:00+01:00",
      ["yasmina.elamrani"], "Handleidingen/IT/Nieuwe laptop ontvangen.md", owner="yasmina.elamrani",
      group="it-support", tags=["laptop", "servicedesk"], body="""
# Je nieuwe laptop: checklist

Elke vier jaar krijg je een nieuwe laptop. Met deze checklist verloopt de overstap zonder verrassingen.

**Vóór de wissel**

- Controleer of al je werkbestanden in OneDrive of op de projectschijf staan. Let vooral op de mappen Downloads en Bureaublad; die worden niet altijd gesynchroniseerd.
- Noteer welke specifieke software je gebruikt die niet standaard is, zoals HEC-RAS, QGIS-plug-ins of de Brughuis Python GIS-omgeving.
- Exporteer eventueel lokale instellingen, bijvoorbeeld QGIS-profielen of een eigen woordenlijst in Word.

**Bij de wissel**

- Neem je oude laptop, de lader en eventuele docking mee naar de servicedesk.
- We zetten samen je nieuwe laptop aan, je logt in met je account en MFA en we controleren of OneDrive synchroniseert.
- Software uit Software Center installeert automatisch binnen een uur. Speciale software vragen we voor je aan.

**Na de wissel**

- Werk een dag op je nieuwe laptop en controleer of alles werkt.
- Na vijf werkdagen wordt je oude laptop gewist volgens de procedure voor veilige gegevensverwijdering. Daarna zijn lokale bestanden echt weg.

Vragen? Loop binnen bij de servicedesk in Utrecht of stuur een bericht in het kanaal it-support.
"""),
    D(None, "Stappenplan subsidieaanvraag", "nl", "2020-10-05T09:00:00+02:00",
      ["fenna.bakker"], "Subsidies/Stappenplan subsidieaanvraag.docx", owner="fenna.bakker",
      updated="2025-02-10T09:00:00+01:00", group="subsidies", tags=["subsidieaanvraag", "stappenplan"], body="""
Een goede subsidieaanvraag begint ruim voor de deadline. Dit stappenplan helpt projectleiders om op tijd de juiste mensen te betrekken en veelgemaakte fouten te voorkomen.

Stap 1 – Quickscan (uiterlijk acht weken voor de deadline). Vul de quickscan op het intranet in. Het subsidieteam kijkt welke regelingen passen: Nederlandse regelingen zoals de MIT, DEI+, SDE++ of WBSO, Vlaamse en grensoverschrijdende programma's zoals Interreg, of Europese programma's zoals Horizon Europe en LIFE.

Stap 2 – Go/no-go. Samen met je leidinggevende en het subsidieteam besluit je of de aanvraag de moeite waard is. We kijken naar de slaagkans, de eigen bijdrage en de beschikbare capaciteit. Bij een eigen bijdrage boven de 50 procent is een besluit van het MT nodig.

Stap 3 – Projectplan en begroting. Schrijf het projectplan volgens de opbouw van de regeling. Maak de begroting met de werkelijke uurtarieven van Financiën, niet met geschatte tarieven. Controleer de maximale percentages per kostensoort.

Stap 4 – Partners en verklaringen. Vraag tijdig partnerverklaringen, de-minimisverklaringen en cofinancieringsbrieven op. Die kosten altijd meer tijd dan je denkt.

Stap 5 – Review. Het subsidieteam leest de volledige aanvraag minimaal vijf werkdagen voor de deadline na.

Stap 6 – Indienen en administratie. Na toekenning richten we een aparte projectcode in. Houd je uren nauwkeurig bij; bij de verantwoording moet elke uur te herleiden zijn.

Contact: Fenna Bakker (Nederland), Pieter-Jan Claes (Vlaanderen en Interreg), Margot Lefèvre (Europese programma's).
"""),
    D(None, "Vergelijking subsidieregelingen groenblauwe schoolpleinen", "nl", "2025-01-15T10:30:00+01:00",
      ["fenna.bakker"], "Subsidies/Klimaatadaptatie/Vergelijking subsidieregelingen schoolpleinen.docx",
      owner="fenna.bakker", group="subsidies", tags=["klimaatadaptatie", "schoolpleinen", "subsidie"], body="""
Gemeenten vragen ons regelmatig hoe ze het vergroenen van schoolpleinen kunnen financieren. Deze notitie vergelijkt de drie meest gebruikte routes. De bedragen en voorwaarden veranderen geregeld; controleer altijd de actuele regeling voordat je een klant adviseert.

Impulsregeling klimaatadaptatie. Deze rijksregeling loopt via de werkregio's van de Deltaplan Ruimtelijke Adaptatie. Het Rijk draagt maximaal een derde van de kosten bij, de rest komt van gemeente, waterschap of andere partners. Voorwaarde is dat de maatregel in de uitvoeringsagenda van de regio staat. Voordeel: grote bedragen mogelijk. Nadeel: lange doorlooptijd.

Provinciale regelingen voor groene schoolpleinen. Verschillende provincies hebben een eigen regeling, vaak met een vast bedrag per school en aandacht voor natuureducatie. Aanvragen gaan meestal rechtstreeks via het schoolbestuur. Voordeel: eenvoudig. Nadeel: beperkt budget, vaak snel uitgeput.

Bijdrage van het waterschap. Veel waterschappen geven een bijdrage per vierkante meter verhard oppervlak dat wordt afgekoppeld van het riool. Voordeel: goed te combineren met de andere routes. Nadeel: alleen voor het waterdeel van het ontwerp.

Advies. Combineer de waterschapsbijdrage met een provinciale regeling voor individuele scholen. Gaat het om een programma met meerdere scholen, zoals in Lindendaal, dan is de impulsregeling via de werkregio het overwegen waard. Begin in dat geval vroeg met het gesprek met de regio.
"""),
    D(None, "Urenregistratie voor de WBSO: instructie", "nl", "2021-05-20T09:00:00+02:00",
      ["fenna.bakker"], "Subsidies/WBSO/Urenregistratie WBSO - instructie.docx", owner="fenna.bakker",
      group="subsidies", tags=["WBSO", "urenregistratie"], body="""
De WBSO verlaagt de loonheffing voor uren die aan speur- en ontwikkelingswerk (S&O) worden besteed. In ruil daarvoor moeten we kunnen aantonen welke uren aan welk project zijn besteed en wat daarin technisch is ontwikkeld. Deze instructie geldt voor alle medewerkers die op een WBSO-project schrijven.

Wie telt mee? Alleen medewerkers die in Nederland loonheffing afdragen. Collega's in België, Frankrijk, Duitsland en het Verenigd Koninkrijk kunnen wel meewerken, maar hun uren tellen niet mee voor de WBSO. Voor Belgische onderzoekers kijken we naar de vrijstelling van doorstorting van bedrijfsvoorheffing.

Wat registreer je? Schrijf je uren op de projectcode van het WBSO-project, bijvoorbeeld WBSO-2021-03 voor de nieuwe C++-rekenkern van het overstromingsrisicomodel. Noteer daarnaast per week in een paar zinnen welke technische problemen je hebt aangepakt en wat het resultaat was. 'Code geschreven' is te weinig; 'geheugengebruik van de schadeberekening gehalveerd door streaming van rastertegels' is goed.

Wat telt niet mee? Projectmanagement, documentatie voor gebruikers, het netjes maken van bestaande code en het testen van software die al werkt.

Controle. De RVO kan tot vijf jaar na afloop de administratie controleren. Bewaar daarom ook technische notities, testresultaten en versiebeheer. Vragen: Fenna Bakker.
"""),
    D(None, "Rivierherstel Maas – eindrapport", "nl", "2025-12-12T14:00:00+01:00",
      ["maarten.vanderlinden", "anna.devries", "wouter.peeters"], "Projecten/Rivierherstel Maas/eindrapport.docx",
      owner="maarten.vanderlinden", group="waterbeheer", updated="2026-01-09T10:00:00+01:00",
      tags=["Maas", "rivierherstel", "eindrapport", "overstromingsrisico"], body="""
Samenvatting. Het project Rivierherstel Maas (2023–2025) onderzocht hoe drie kleine zijbeken van de Maas in Limburg opnieuw meer ruimte kunnen krijgen, met als doel een lager overstromingsrisico, betere waterkwaliteit en meer natuur. Het project werd medegefinancierd met een subsidie van 412.000 euro.

Aanpak. Voor elk van de drie beken hebben we een gekoppeld 1D2D-model opgezet en gekalibreerd op de hoogwaters van 2016 en 2021. Met het eigen overstromingsrisicomodel (FRM 2.4, later 3.0) berekenden we de schade en het aantal getroffen woningen voor de huidige situatie en voor vier maatregelpakketten: hermeanderen, het verlagen van uiterwaarden, het herstellen van oude overstromingsvlakten en natuurlijke waterkering met houtige dammen.

Resultaten. Het herstellen van de oude overstromingsvlakten gaf de grootste afname van de piekafvoer benedenstrooms, tot 14 procent bij een gebeurtenis met een kans van 1/100 per jaar. Hermeanderen alleen had weinig effect op hoogwater, maar wel een groot effect op de ecologie. De combinatie van beide leverde de beste balans.

Klimaatadaptatie. Een apart hoofdstuk beschrijft maatregelen die zowel hittestress als wateroverlast in de dorpskernen verminderen, zoals bomen in wadi's en het ontharden van schoolpleinen.

Participatie. In elk dorp organiseerden we twee bewonersavonden. Kaarten met bekende plekken en ingetekende waterhoogtes werkten beter dan kansen en getallen.

Aanbevelingen. Start met de overstromingsvlakten in de Geleenbeek-zone, combineer dit met hermeanderen en reserveer budget voor monitoring gedurende minimaal vijf jaar.
"""),
    D(None, "Rivierherstel Maas – projectplan", "nl", "2023-01-16T09:00:00+01:00",
      ["maarten.vanderlinden", "fenna.bakker"], "Projecten/Rivierherstel Maas/projectplan.docx",
      owner="maarten.vanderlinden", group="waterbeheer", tags=["Maas", "projectplan"], body="""
Aanleiding. Tijdens het hoogwater van juli 2021 traden meerdere zijbeken van de Maas buiten hun oevers, met grote schade in dorpskernen. De betrokken waterbeheerders willen weten hoe de beken weer meer ruimte kunnen krijgen en welk effect dat heeft op het overstromingsrisico.

Doel. Het project levert voor drie beken een onderbouwd voorkeurspakket van maatregelen op, met de effecten op overstromingsrisico, natuur en waterkwaliteit, en een realistische kostenraming.

Werkpakketten. WP1 Data en modelopzet (Joost Hendriks, Bjørn Sørensen): verzamelen van hoogtedata, metingen en historische gegevens. WP2 Modellering (Maarten van der Linden, Wouter Peeters): opzetten en kalibreren van de 1D2D-modellen en berekenen van de maatregelpakketten. WP3 Risico en klimaatadaptatie (Anna de Vries): schade- en slachtofferberekeningen met het FRM en koppeling met hittestress. WP4 Participatie: bewonersavonden en communicatie. WP5 Projectmanagement en subsidieverantwoording (Fenna Bakker).

Planning. Start februari 2023, tussenrapportage december 2023, eindrapport eind 2025.

Risico's. De grootste risico's zijn de beschikbaarheid van betrouwbare afvoermetingen tijdens hoogwater en de doorlooptijd van de subsidiebeschikking. Voor het eerste gebruiken we aanvullend hoogwatermerken; voor het tweede starten we WP1 alvast op eigen kosten.
"""),
    D(None, "Klimaatstresstest Lindendaal – rapportage", "nl", "2024-07-05T09:00:00+02:00",
      ["anna.devries", "joost.hendriks"], "Projecten/Klimaatstresstest Lindendaal/rapportage stresstest.pdf",
      owner="anna.devries", group="waterbeheer", tags=["klimaatadaptatie", "stresstest", "hittestress"], body="""
In opdracht van de gemeente Lindendaal hebben wij een klimaatstresstest uitgevoerd voor de vier thema's wateroverlast, hitte, droogte en overstromingen. De stresstest vormt de basis voor de risicodialoog en de uitvoeringsagenda klimaatadaptatie.

Wateroverlast. Bij een bui van 70 mm in twee uur ontstaan op 38 locaties plassen van meer dan 20 centimeter, vooral in de oude dorpskern en bij twee tunnels. Kwetsbare objecten zijn de huisartsenpost, een basisschool en het zorgcentrum aan de Molenweg.

Hitte. De gevoelstemperatuur loopt in de versteende centrumwijken op tot boven de 40 °C op hete middagen. Het aandeel schaduw op looproutes naar scholen en zorgcentra is gemiddeld laag, onder de 20 procent.

Droogte. In de wijken op zandgrond daalt de grondwaterstand in droge zomers zo ver dat stadsbomen schade oplopen. Houten paalfunderingen komen in Lindendaal vrijwel niet voor.

Overstromingen. Bij een doorbraak van de regionale kering staat het zuidelijk deel van de gemeente binnen zes uur onder water, met waterdieptes tot anderhalve meter.

Kansen. Veel maatregelen werken op meerdere thema's tegelijk: groene schoolpleinen, bomen in wadi's en het afkoppelen van daken. We adviseren de gemeente om te beginnen bij de vijf schoolpleinen en de Molenweg, waar de effecten op hitte en water samenvallen.
"""),
    D(None, "Kalibratienotitie 1D2D-model Nete", "nl", "2021-06-30T09:00:00+02:00",
      ["wouter.peeters", "maarten.vanderlinden"], "Projecten/Netebeemden/kalibratienotitie 1D2D-model Nete.docx",
      owner="wouter.peeters", group="waterbeheer", tags=["kalibratie", "1D2D", "Nete"], body="""
Deze notitie beschrijft de kalibratie en validatie van het gekoppelde 1D2D-model van de Grote Nete tussen de Netebeemden en de monding in de Kleine Nete.

Kalibratieperiode. We hebben gekalibreerd op de hoogwaters van december 2010 en januari 2018, twee goed gemeten gebeurtenissen van verschillende omvang. De validatie gebeurde op het hoogwater van februari 2021, dat niet voor de kalibratie gebruikt is.

Kalibratieparameters. De ruwheid van het zomerbed (Manning-coëfficiënt) is per trajectdeel aangepast tussen 0,030 en 0,045. De ruwheid van de winterbedden hangt af van het landgebruik en werd alleen in de beemden met dichte ruigte verhoogd. Daarnaast zijn twee stuwen opnieuw ingemeten omdat de kruinhoogte in de oude dataset niet klopte.

Resultaat. De gemiddelde afwijking in de piekwaterstand bedraagt 6 centimeter voor de kalibratiegebeurtenissen en 11 centimeter voor de validatie. De timing van de piek ligt binnen twee uur. In de validatieperiode liggen de gemeten afvoeren boven de geldige range van de Q-h-relatie; die afvoeren zijn dus geëxtrapoleerd en onzeker.

Aanbevelingen. Gebruik voor toekomstige studies aanvullend hoogwatermerken en vraag de waterbeheerder naar recente debietmetingen bij hoogwater. Het model is geschikt voor het doorrekenen van inrichtingsvarianten, maar niet voor operationele voorspelling.
"""),
    D(None, "Stormvloedstudie Zeeschelde – plan van aanpak", "nl", "2026-01-19T09:00:00+01:00",
      ["wouter.peeters"], "Projecten/Zeeschelde stormvloed/plan van aanpak.docx", owner="wouter.peeters",
      group="waterbeheer", tags=["Zeeschelde", "stormvloed", "dijkfalen"], body="""
Doel van de studie is het in kaart brengen van het overstromingsrisico langs een traject van de Zeeschelde bij stormvloed, rekening houdend met zeespiegelstijging tot 2100 en met mogelijk falen van dijken en kaaimuren.

Scenario's. We rekenen drie stormvloeden door met een terugkeerperiode van 100, 1.000 en 4.000 jaar, telkens voor het huidige klimaat en voor een zeespiegelstijging van 40 en 80 centimeter. Het getijde aan de monding wordt als randvoorwaarde opgelegd met de aparte tijrandmodule.

Dijkfalen. Per dijkvak worden minstens drie bresposities doorgerekend. De bresgroei volgt een vaste formule met een maximale bresbreedte, omdat de onzekerheid in de opbouw van de dijken een fysisch bresmodel niet rechtvaardigt. Voor de kaaimuur van Herselaar rekenen we een afzonderlijk scenario met plaatselijke overstroming over de muur.

Gevolgen. Voor elk scenario berekenen we waterdieptes, stroomsnelheden en stijgsnelheden, en met het FRM de economische schade en het aantal getroffen inwoners.

Planning. Modelopzet in het eerste kwartaal, berekeningen in het tweede, rapportage in september 2026. Wekelijks overleg met de opdrachtgever via Teams, maandelijks op locatie in Antwerpen.
"""),
    D(None, "Notulen teamoverleg Water & Klimaat 16 mei 2023", "nl", "2023-05-16T16:00:00+02:00",
      ["maarten.vanderlinden"], "Overleg/Team Water/notulen teamoverleg 2023-05-16.docx",
      owner="maarten.vanderlinden", group="waterbeheer", tags=["notulen", "teamoverleg"], body="""
Aanwezig: Maarten van der Linden (voorzitter), Wouter Peeters, Katrin Schäfer (via Teams), Émilie Roux (via Teams), Joost Hendriks. Notulen: Maarten.

1. Mededelingen. De subsidie voor Rivierherstel Maas is nog niet beschikt; Fenna verwacht nieuws in juni. Katrin is in juli drie weken met verlof.

2. FRM-gebruik. Alle nieuwe projecten gebruiken versie 2.4 van het overstromingsrisicomodel. Émilie vraagt of de schadefuncties ook voor Franse gebouwtypen geschikt zijn. Afspraak: Émilie en Lucas bekijken of we de Franse schadefuncties als optionele set kunnen toevoegen.

3. Rekenserver. De rekenserver is in piekperiodes overbelast. Thibault stelt een reserveringssysteem voor. Afspraak: lange berekeningen plannen via de gedeelde agenda 'Rekenserver'.

4. Kennisdeling. Wouter stelt voor om na elk afgerond project een korte 'lessons learned' in de groep waterbeheer te plaatsen, zodat de kennis vindbaar blijft. Iedereen akkoord.

5. Rondvraag. Joost meldt dat de nieuwe hoogtedata (AHN) voor heel Nederland beschikbaar zijn op de GIS-server.

Actiepunten: Émilie en Lucas – Franse schadefuncties (september). Thibault – reserveringssysteem rekenserver (juni). Iedereen – lessons learned na projectafronding.
"""),
    D(None, "Notulen teamoverleg Water & Klimaat 23 september 2025", "nl", "2025-09-23T16:30:00+02:00",
      ["anna.devries"], "Overleg/Team Water/notulen teamoverleg 2025-09-23.docx",
      owner="maarten.vanderlinden", group="waterbeheer", tags=["notulen", "teamoverleg", "FRM 3.0"], body="""
Aanwezig: Maarten van der Linden, Anna de Vries (notulen), Wouter Peeters, Katrin Schäfer, Emily Barnes, Oliver Hughes (beide via Teams). Afwezig: Émilie Roux.

1. FRM 3.0. De nieuwe versie van het overstromingsrisicomodel is sinds juli in gebruik. Eerste ervaringen zijn positief: meerdere randvoorwaarden tegelijk werkt goed voor de Schelde. Wel is de documentatie nog grotendeels in het Engels; Anna schrijft een korte Nederlandstalige handleiding voor nieuwe collega's.

2. Voorspellingsmodel Maas. Oliver presenteert zijn model dat waterstanden 48 uur vooruit voorspelt. Na correctie van een tijdzonefout is de nauwkeurigheid op de pieken goed maar niet uitzonderlijk. Maarten stelt voor om het eerst een winter lang naast de bestaande voorspelling te laten draaien.

3. Acquisitie. Emily meldt dat twee Engelse gemeenten interesse hebben in natuurlijke waterretentie; ze zoekt een Nederlandse collega die mee wil naar een workshop in november.

4. Opleiding. Katrin geeft in het voorjaar een interne cursus over 2D-modellering van extreme neerslag, in het Engels.

Actiepunten: Anna – handleiding FRM 3.0 (december). Oliver – schaduwdraaien voorspellingsmodel (vanaf oktober). Wouter – gaat mee naar de workshop in Engeland.
"""),
    D(None, "Inschrijving Waterschap Lingeland – EMVI-plan Aanpak en kennisoverdracht", "nl", "2022-06-17T17:00:00+02:00",
      ["bas.vandijk", "maarten.vanderlinden", "anna.devries"], "Aanbestedingen/Waterschap Lingeland/EMVI-plan Aanpak.docx",
      owner="bas.vandijk", group="aanbestedingen", acl={"groups": ["aanbestedingen"]}, tags=["EMVI", "inschrijving", "vertrouwelijk"], body="""
Vertrouwelijk – onderdeel van de inschrijving van Brughuis BV op de raamovereenkomst Adviesdiensten Klimaatadaptatie van Waterschap Lingeland.

Onze visie. Klimaatadaptatie vraagt om samenwerking tussen waterschap, gemeenten en inwoners. Wij zien onze rol niet alleen als leverancier van modellen en rapporten, maar als partner die de kennis bij het waterschap zelf helpt opbouwen. Daarom is kennisoverdracht geen apart onderdeel van ons plan, maar loopt het door elke opdracht heen.

Aanpak per opdracht. Elke nadere opdracht start met een intake van maximaal twee weken waarin we de vraag, de beschikbare data en de gewenste eindproducten vastleggen. Daarna volgen we een vaste cyclus: analyse, tussentijdse toetsing met de inhoudelijk specialisten van het waterschap, uitwerking en oplevering. De modellen en scripts worden aan het einde van elke opdracht in open formaten opgeleverd, zodat het waterschap er zelf mee verder kan.

Kennisoverdracht. We bieden drie concrete instrumenten. Ten eerste een leerkring waarin hydrologen van het waterschap vier keer per jaar een middag met onze specialisten aan een eigen casus werken. Ten tweede toegang tot onze kennislunches via Teams. Ten derde een jaarlijkse evaluatie waarin we meten of medewerkers van het waterschap de opgeleverde modellen zelfstandig kunnen gebruiken.

Risicobeheersing. De drie grootste risico's zijn onvoldoende data, wisselende prioriteiten en beperkte beschikbaarheid van sleutelpersonen. Voor elk risico beschrijven we in bijlage B de beheersmaatregel en de verantwoordelijke.
"""),
    D(None, "Offerte hoogwaterbescherming Stad Herselaar", "nl", "2026-09-04T15:00:00+02:00",
      ["bas.vandijk", "wouter.peeters", "pieter-jan.claes"], "Aanbestedingen/Stad Herselaar/offerte hoogwaterbescherming.pdf",
      owner="bas.vandijk", group="aanbestedingen", acl={"groups": ["aanbestedingen"]}, tags=["offerte", "overheidsopdracht", "vertrouwelijk"], body="""
Offerte in het kader van de overheidsopdracht voor diensten 'Studie hoogwaterbescherming Stad Herselaar', openbare procedure. Vertrouwelijk tot de gunning.

Inschrijver. Brughuis BV, met vestiging te Antwerpen, vertegenwoordigd door Geert Van Damme, financieel directeur, gemandateerd om deze offerte te ondertekenen. Het Uniform Europees Aanbestedingsdocument (UEA) en de attesten inzake sociale en fiscale schulden zijn als bijlage toegevoegd.

Begrip van de opdracht. De stad Herselaar ligt aan een getijdegevoelig deel van de Zeeschelde. De bestaande kaaimuur dateert grotendeels uit het begin van de twintigste eeuw en is niet berekend op de verwachte zeespiegelstijging. De stad wenst een studie die de veiligheid van de kaaimuur beoordeelt, alternatieven uitwerkt en de ruimtelijke inpassing in het historische centrum bewaakt.

Methodologie. We combineren een hydraulische analyse met ons 2D-getijdemodel, een geotechnische beoordeling van de kaaimuur en een ontwerpend onderzoek samen met een landschapsarchitect. De resultaten van de nota van inlichtingen zijn verwerkt, in het bijzonder over de beschikbare metingen van de kaaimuur.

Team. Projectleider: Wouter Peeters. Hydraulica: Maarten van der Linden. Subsidies en cofinanciering: Pieter-Jan Claes.

Prijs. Zie de samenvattende opmeting in bijlage C. De prijs is forfaitair voor de posten 1 tot en met 4 en volgens vermoedelijke hoeveelheden voor post 5 (bijkomende metingen).
"""),
    D(None, "Aanbesteden voor projectleiders: een handleiding", "nl", "2023-02-01T09:00:00+01:00",
      ["bas.vandijk"], "Aanbestedingen/Handleiding aanbesteden voor projectleiders.md", owner="bas.vandijk",
      group="aanbestedingen", updated="2025-05-20T09:00:00+02:00", tags=["aanbestedingen", "handleiding", "EMVI"], body="""
# Aanbesteden voor projectleiders

Steeds meer van onze opdrachten komen via een aanbesteding. Deze handleiding legt in het kort uit hoe dat werkt en wat we van projectleiders verwachten.

## Waar vinden we aanbestedingen?

In Nederland op TenderNed, in België op het e-Procurementplatform van de federale overheid, in Frankrijk op de profielen van kopers en in het BOAMP, in Duitsland op de vergaberegisters van de deelstaten. Bas van Dijk en Claire Moreau houden dit dagelijks bij en zetten kansen in de groep aanbestedingen.

## Go/no-go

Binnen drie werkdagen na publicatie nemen we een besluit. Criteria: past het bij onze strategie, hebben we referenties, hebben we de mensen beschikbaar, en is de verhouding tussen prijs en kwaliteit gezond?

## EMVI-plannen schrijven

Bij EMVI (economisch meest voordelige inschrijving) weegt kwaliteit vaak zwaarder dan prijs. Een goed plan is concreet, toetsbaar en geschreven vanuit het probleem van de opdrachtgever. Vermijd algemene zinnen als 'wij zijn een ervaren bureau'. Beschrijf liever wat je in week één doet.

## Nota van inlichtingen

Vragen aan de aanbesteder stellen we altijd via de bid manager, nooit rechtstreeks. Zo voorkomen we dubbele of tegenstrijdige vragen.

## Na de gunning

Winnen of verliezen: vraag altijd om een debriefing en deel de lessen in de groep aanbestedingen. Een verloren aanbesteding met een goede debriefing is bijna zoveel waard als een gewonnen.
"""),
    D(None, "Kennisdeling bij Brughuis", "nl", "2019-03-11T09:00:00+01:00",
      ["femke.dewit"], "Kennis/Kennisdeling bij Brughuis.md", owner="femke.dewit",
      updated="2026-02-03T09:00:00+01:00", tags=["kennisdeling", "kennis", "intranet"], body="""
# Kennisdeling bij Brughuis

Onze kennis is verspreid over zes vestigingen, vier talen en ruim vijftig hoofden. Kennisdeling is daarom geen extraatje, maar de kern van ons werk. Deze pagina beschrijft de afspraken en de middelen.

## Vraag het in een groep, niet in een privébericht

Een vraag in een groep zoals waterbeheer, subsidies of it-support helpt niet alleen jou, maar ook de collega die over een jaar met dezelfde vraag zit. Privéberichten zijn prima voor persoonlijke of vertrouwelijke zaken.

## Kennislunches

Elke maand is er een kennislunch van een half uur, in Utrecht of Antwerpen en altijd via Teams. De opnames staan op het intranet. Eerdere onderwerpen: de Maas van bron tot monding, koel en droog in de wijk, warmtepompen in scholen en aanbesteden zonder stress.

## Lessons learned

Na elk afgerond project deelt de projectleider drie lessen in de groep van het vakgebied. Kort mag, eerlijk moet.

## Zoeken met kennis

Sinds februari 2026 gebruiken we kennis, onze eigen zoekmachine. Je zoekt tegelijk in posts, documenten en profielen, in het Nederlands, Frans, Duits en Engels. Tips: zet een zinsdeel tussen aanhalingstekens om precies die woorden te vinden, gebruik de filters op taal, groep en type, en let op de suggesties bij een tikfout. Binnenkort kun je ook vragen 'wie weet iets over…'.

## Je profiel

Houd je profiel bij: vaardigheden, talen en 'vraag me over'. Zo kunnen collega's je vinden.
"""),
    D(None, "Kennislunch 'Koel en droog in de wijk' – samenvatting", "nl", "2025-06-19T14:00:00+02:00",
      ["femke.dewit", "anna.devries"], "Kennis/Kennislunch/Koel en droog in de wijk - samenvatting.md",
      owner="femke.dewit", tags=["kennislunch", "hittestress", "klimaatadaptatie"], body="""
# Kennislunch: Koel en droog in de wijk

Op 19 juni 2025 vertelde Anna de Vries over maatregelen die tegelijk hittestress en wateroverlast verminderen. Er keken 41 collega's mee, waarvan 17 vanuit andere vestigingen. Hieronder de belangrijkste punten.

**Hitte en water horen bij elkaar.** In versteende wijken is het 's zomers warmer én stroomt het water bij een bui sneller naar het riool. Wie ontstenen combineert met vergroening, pakt beide problemen aan.

**Bomen in wadi's.** Een wadi met bomen vangt regenwater op en geeft schaduw. Belangrijk is de keuze van boomsoorten die zowel natte voeten als droogte verdragen, en voldoende doorwortelbare ruimte.

**Schoolpleinen.** Groenblauwe schoolpleinen zijn populair bij gemeenten, omdat ze zichtbaar zijn en kinderen ervan leren. Combineer de aanleg met educatie en met het afkoppelen van het dak van de school.

**Meten is weten.** Anna liet metingen zien uit Lindendaal: op een vergroend plein was de gevoelstemperatuur op een hete middag tot zes graden lager dan op het oude tegelplein.

**Vragen uit de zaal.** Matthias vroeg naar de combinatie met warmtepompen op schoolgebouwen; de buitenunits moeten dan niet in de schaduwzone van het speelplein staan vanwege geluid. Émilie vertelde over vergelijkbare 'cours oasis' in Franse steden.

De opname staat op het intranet onder Kennis > Kennislunches.
"""),
    D(None, "Coördinaatsystemen voor beginners", "nl", "2021-08-12T09:00:00+02:00",
      ["joost.hendriks"], "Handleidingen/GIS/Coördinaatsystemen voor beginners.md", owner="joost.hendriks",
      group="gis-data", updated="2022-11-16T09:00:00+01:00", tags=["GIS", "coördinaatsystemen", "EPSG"], body="""
# Coördinaatsystemen voor beginners

Ligt je kaart in de Noordzee terwijl hij in Utrecht hoort? Dan heb je vrijwel zeker een probleem met coördinaatsystemen. Deze pagina legt de belangrijkste stelsels uit die wij gebruiken.

## Nederland: RD New (EPSG:28992)

Alle Nederlandse data, zoals de AHN-hoogtedata en de BGT, staan in het Rijksdriehoekstelsel. Voer analyses altijd in dit stelsel uit. Let op: voor een nauwkeurige omzetting naar andere stelsels heeft PROJ het transformatiegrid RDNAPTRANS nodig. Zonder dat grid kan je data tot tientallen meters verschuiven.

## België: Lambert 72 (EPSG:31370) en Lambert 2008 (EPSG:3812)

Oudere Vlaamse data staan in Lambert 72, nieuwere in Lambert 2008. Kies binnen een project één stelsel, bij voorkeur Lambert 2008, en zet oude lagen eenmalig om.

## Duitsland en Frankrijk

In Duitsland werken we met ETRS89/UTM zone 32N (EPSG:25832). In Frankrijk met RGF93/Lambert-93 (EPSG:2154).

## Web en opslag

Voor webkaarten gebruik je Web Mercator (EPSG:3857). Voor uitwisseling in graden gebruik je WGS 84 (EPSG:4326), maar reken er niet mee: afstanden en oppervlakten in graden zijn zinloos.

## Controleren

Met `projinfo -s EPSG:28992 -t EPSG:4326` zie je welke transformatie PROJ kiest. In QGIS zie je rechtsonder het stelsel van je project. Twijfel je? Stel je vraag in de groep gis-data.
"""),
    D(None, "Warmtepomp in bestaande scholen – checklist Vlaanderen", "nl", "2024-09-30T09:00:00+02:00",
      ["lotte.willems"], "Handleidingen/Energie/Warmtepomp in bestaande scholen - checklist Vlaanderen.docx",
      owner="lotte.willems", group="duurzaamheid", tags=["warmtepomp", "scholen", "Vlaanderen"], body="""
Deze checklist helpt energieadviseurs bij een eerste beoordeling of een bestaande school in Vlaanderen geschikt is voor een warmtepomp. Ze vervangt geen energiestudie, maar zorgt dat het eerste bezoek nuttig is.

Gebouwschil. Wanneer is het gebouw gebouwd en wat is er sindsdien gerenoveerd? Zijn dak en ramen vernieuwd? Een school uit de jaren zeventig zonder dakisolatie heeft eerst een renovatie nodig; een warmtepomp alleen lost daar weinig op.

Afgiftesysteem. Welke radiatoren of convectoren zijn er, en welke aanvoertemperatuur is nodig op een koude dag? Test dit in de winter door de stookketel een week op 55 °C te zetten en te meten of alle klassen warm worden. Lokalen die koud blijven, krijgen grotere radiatoren.

Gebruikspatroon. Scholen worden vooral overdag en niet in de vakanties gebruikt. Dat maakt een goede regeling belangrijk: een warmtepomp houdt van een rustige, continue werking, niet van een grote opwarmpiek om zeven uur 's ochtends.

Ruimte en geluid. Waar komt de buitenunit? Denk aan het speelplein, de buren en de slaapkamers aan de overkant. Vraag het geluidsvermogen op bij de fabrikant.

Alternatieven. Bekijk ook een bodem-warmtepomp als er ruimte is voor boringen, bijvoorbeeld onder een sportveld of parking, en de aansluiting op een warmtenet als dat in de buurt ligt.

Financiering. Scholen vallen meestal onder de regelingen van AGION en de premies van de netbeheerder. Overleg met het subsidieteam voor de actuele voorwaarden.
"""),
    D(None, "Verzuimprotocol", "nl", "2020-01-06T09:00:00+01:00",
      ["marieke.brouwer"], "HR/Verzuimprotocol.pdf", owner="marieke.brouwer",
      updated="2024-09-02T09:00:00+02:00", tags=["verzuim", "HR"], body="""
Dit protocol beschrijft wat je doet als je ziek bent en wat je van Brughuis mag verwachten. Het geldt voor de Nederlandse vestiging; voor België, Frankrijk, Duitsland en het Verenigd Koninkrijk gelden aanvullende lokale regels die in het personeelshandboek van die vestiging staan.

Ziekmelden. Meld je vóór 9.00 uur telefonisch ziek bij je leidinggevende. Een bericht via Teams of e-mail is alleen toegestaan als bellen echt niet lukt. Geef door hoe je bereikbaar bent, wat je verwachte duur is en of er afspraken of deadlines zijn die iemand anders moet overnemen.

Wat je niet hoeft te vertellen. Je leidinggevende mag niet vragen wat je mankeert. Je mag het zelf vertellen, maar we noteren het niet. Medische informatie deel je alleen met de bedrijfsarts van de arbodienst.

Contact tijdens ziekte. Je leidinggevende neemt in de eerste week contact met je op om te horen hoe het gaat. Bij langer verzuim volgt de bedrijfsarts het proces volgens de Wet verbetering poortwachter, samen met jou en je leidinggevende.

Herstel. Meld je beter bij je leidinggevende zodra je weer kunt werken. Gedeeltelijk hervatten kan in overleg.

Vragen over dit protocol stel je aan HR. Vertrouwelijke vragen kun je ook stellen aan de vertrouwenspersoon.
"""),
    D(None, "Salarisgebouw en loonschalen 2025", "nl", "2024-12-16T10:00:00+01:00",
      ["marieke.brouwer", "geert.vandamme"], "HR/Vertrouwelijk/Salarisgebouw 2025.pdf", owner="marieke.brouwer",
      group="hr-vertrouwelijk", acl={"groups": ["hr-vertrouwelijk"]}, tags=["salaris", "vertrouwelijk"], body="""
Strikt vertrouwelijk – alleen voor HR en directie.

Dit document beschrijft het salarisgebouw van Brughuis voor 2025 in de vijf landen waar we actief zijn. Het vervangt het salarisgebouw 2024 en is goedgekeurd door het MT op 10 december 2024.

Algemene verhoging. Per 1 januari 2025 stijgen alle schalen met 3,2 procent in Nederland en met de wettelijke indexering in België. In Frankrijk en Duitsland volgen we de uitkomst van de jaarlijkse onderhandelingen met de lokale personeelsvertegenwoordiging; als richtlijn geldt een verhoging tussen 2,5 en 3,5 procent. Voor het Verenigd Koninkrijk geldt een verhoging van 3,0 procent.

Functiefamilies. We onderscheiden vijf functiefamilies: advies en engineering, data en software, projectmanagement, bedrijfsvoering en management. Binnen elke familie zijn er vier niveaus, van junior tot principal. De bandbreedtes per niveau en land staan in de tabellen in bijlage 1.

Gelijke beloning. De analyse van 2024 laat een ongecorrigeerd loonverschil tussen mannen en vrouwen van 6,1 procent zien, vooral door een scheve verdeling over de niveaus. Gecorrigeerd voor functie en niveau is het verschil 1,4 procent. We onderzoeken in 2025 de instroom en doorstroom naar de niveaus senior en principal.

Uitzonderingen. Afwijkingen van de bandbreedte zijn alleen mogelijk na akkoord van de HR-manager en de financieel directeur.
"""),
    D(None, "Notulen MT-overleg 16 juni 2026", "nl", "2026-06-16T17:00:00+02:00",
      ["ingrid.vanleeuwen"], "Directie/MT-notulen 2026-06-16.docx", owner="ingrid.vanleeuwen",
      group="directie", acl={"groups": ["directie"]}, tags=["MT", "notulen", "vertrouwelijk"], body="""
Vertrouwelijk. Aanwezig: Ingrid van Leeuwen (voorzitter), Geert Van Damme, Dorothée Krämer, Antoine Mercier, James Whitfield.

1. Kwartaalcijfers. De omzet ligt 4 procent boven de begroting, vooral door Duitsland (kommunale Wärmeplanung en Starkregenvorsorge). De bezettingsgraad in Lyon is met 71 procent te laag; Antoine verwacht verbetering nu de eerste opdrachten onder het accord-cadre van Saint-Aurèle op gang komen.

2. Overname Leeds. James licht de eerste gesprekken toe. De jaarcijfers zijn gezond, maar de afhankelijkheid van de twee oprichters is groot. Besluit: we gaan door naar een beperkt boekenonderzoek, mits de oprichters zich voor minimaal twee jaar verbinden. Maarten wordt gevraagd om zonder naam van het bedrijf de technische aansluiting te beoordelen.

3. Cofinancieringsreserve. Geert rapporteert dat van de reserve van 250.000 euro nu 140.000 euro is benut. Twee nieuwe Horizon Europe-voorstellen vallen onder de uitzondering voor strategische projecten.

4. Kennis-zoekmachine. Femke meldt via Ingrid dat het gebruik van de nieuwe zoekmachine hoog is: gemiddeld 380 zoekvragen per werkdag. De functie 'wie weet iets over' volgt in het najaar.

5. Rondvraag. Dorothée vraagt aandacht voor de werkdruk in het team Starkregen in Köln; er komt een vacature voor een extra hydrologe of hydroloog.
"""),
    D(None, "Strategie 2030 – definitieve versie", "nl", "2022-11-01T09:00:00+01:00",
      ["ingrid.vanleeuwen"], "Directie/Strategie 2030 - definitief.pdf", owner="ingrid.vanleeuwen",
      tags=["strategie", "visie"], body="""
Brughuis wil in 2030 het onafhankelijke ingenieurs- en adviesbureau zijn waar overheden in Noordwest-Europa als eerste aan denken wanneer water, ruimte en energie samenkomen. Deze strategie beschrijft hoe we daar komen.

Pijler 1: klimaatadaptatie en waterveiligheid. Dit blijft onze kern. We groeien in overstromingsrisico, extreme neerslag en het herstel van rivieren en beken, in Nederland, België, Duitsland, Frankrijk en het Verenigd Koninkrijk. In Frankrijk verbinden we rivierherstel nadrukkelijk met adaptatie.

Pijler 2: energietransitie in de gebouwde omgeving. We helpen gemeenten, scholen en woningcorporaties bij de overstap naar duurzame warmte, van warmtepompen tot warmtenetten. In Duitsland is de kommunale Wärmeplanung een belangrijk groeiveld.

Pijler 3: data als rode draad. Onze modellen, GIS-pijplijnen en voorspellingsmodellen maken ons werk sneller en beter. In het Verenigd Koninkrijk is data-dienstverlening ons onderscheidend vermogen.

Mensen en kennis. We groeien naar ongeveer tachtig medewerkers in 2030. We investeren in opleiding, meertaligheid en kennisdeling tussen de vestigingen, onder meer met een gezamenlijke zoekmachine en maandelijkse kennislunches.

Financieel gezond. We streven naar een rendement van minimaal acht procent en houden de eigen bijdrage aan gesubsidieerde projecten beheersbaar.

Duurzaam ondernemen. We halveren onze eigen CO₂-uitstoot ten opzichte van 2021, vooral door minder te vliegen en kantoren te verduurzamen.
"""),
]
