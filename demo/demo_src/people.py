# -*- coding: utf-8 -*-
"""Staff of Brughuis, a fictional engineering and advisory firm (water, energy,
climate adaptation) with offices in Utrecht, Antwerpen, Brussel, Lyon, Köln and
London. Every person, e-mail address and text here is invented."""

# Time zone of each office, used to write local RFC 3339 timestamps.
OFFICE_TZ = {
    "Utrecht": "Europe/Amsterdam",
    "Antwerpen": "Europe/Brussels",
    "Brussel": "Europe/Brussels",
    "Lyon": "Europe/Paris",
    "Köln": "Europe/Berlin",
    "London": "Europe/London",
}

# id, name, job_title, department, location, lang, languages, manager,
# skills, ask_me_about, about, groups, created, extra
PEOPLE = [
    dict(
        id="ingrid.vanleeuwen", name="Ingrid van Leeuwen",
        job_title="Algemeen directeur", department="Directie", location="Utrecht",
        lang="nl", languages=["nl", "en", "de"], manager=None,
        skills=["strategie", "klimaatadaptatie", "stakeholdermanagement", "bestuursadvies"],
        ask_me_about=["strategie 2030", "partnerschappen met waterschappen", "kennisdeling"],
        about="Ik leid Brughuis sinds 2017 en ben van huis uit civiel ingenieur. "
              "Mijn hart ligt bij projecten waar water, ruimte en energie samenkomen. "
              "Loop gerust binnen op donderdag, dan werk ik altijd op kantoor in Utrecht.",
        groups=["directie", "hr-vertrouwelijk", "waterbeheer", "random"],
        created="2009-02-01T09:00:00+01:00",
    ),
    dict(
        id="geert.vandamme", name="Geert Van Damme",
        job_title="Financieel directeur (CFO)", department="Directie", location="Antwerpen",
        lang="nl", languages=["nl", "fr", "en"], manager="ingrid.vanleeuwen",
        skills=["financiering", "cofinanciering", "controlling", "projectadministratie"],
        ask_me_about=["budgetten", "cofinanciering van subsidieprojecten", "uurtarieven"],
        about="Ik ben verantwoordelijk voor financiën, IT en het subsidieteam. "
              "Daarvoor werkte ik twaalf jaar bij een Antwerps bouwbedrijf. "
              "Vragen over projectbudgetten of uurtarieven? Stuur me gerust een berichtje.",
        groups=["directie", "hr-vertrouwelijk", "subsidies"],
        created="2014-09-01T09:00:00+02:00",
    ),
    dict(
        id="dorothee.kraemer", name="Dorothée Krämer",
        job_title="Geschäftsführerin Brughuis GmbH", department="Directie", location="Köln",
        lang="de", languages=["de", "fr", "en", "nl"], manager="ingrid.vanleeuwen",
        skills=["Geschäftsführung", "Hochwasserschutz", "Kommunalberatung", "Vertrieb"],
        ask_me_about=["Markt Deutschland", "Kommunen in NRW", "Hochwasserschutzkonzepte"],
        about="Ich leite seit 2019 unser Büro in Köln mit inzwischen elf Kolleginnen und Kollegen. "
              "Aufgewachsen bin ich zweisprachig in Aachen, daher auch mein französischer Vorname. "
              "Nach der Flut 2021 haben wir uns stark auf Hochwasservorsorge für Kommunen konzentriert.",
        groups=["directie", "projekte-de", "waterbeheer"],
        created="2019-04-01T09:00:00+02:00",
    ),
    dict(
        id="antoine.mercier", name="Antoine Mercier",
        job_title="Directeur Brughuis France", department="Directie", location="Lyon",
        lang="fr", languages=["fr", "en"], manager="ingrid.vanleeuwen",
        skills=["développement commercial", "marchés publics", "gestion de projet", "hydraulique urbaine"],
        ask_me_about=["clients en Auvergne-Rhône-Alpes", "stratégie France", "réseau des collectivités"],
        about="Je dirige l'agence de Lyon depuis son ouverture en 2020. "
              "Avant Brughuis, j'ai passé quinze ans en bureau d'études à Grenoble sur l'assainissement et les eaux pluviales. "
              "N'hésitez pas à me contacter si vous cherchez un contact dans une collectivité française.",
        groups=["directie", "sales-france", "random"],
        created="2020-01-06T09:00:00+01:00",
    ),
    dict(
        id="james.whitfield", name="James Whitfield",
        job_title="Managing Director UK", department="Directie", location="London",
        lang="en", languages=["en", "fr"], manager="ingrid.vanleeuwen",
        skills=["business development", "flood resilience", "public sector frameworks"],
        ask_me_about=["UK frameworks", "Environment Agency procurement", "cricket"],
        about="I run our small London office, which focuses on flood resilience and data services for UK clients. "
              "Before joining Brughuis in 2021 I spent a decade at a large engineering consultancy. "
              "Happy to talk about UK public sector frameworks or, if you insist, cricket.",
        groups=["directie", "aanbestedingen", "random"],
        created="2021-03-01T09:00:00+00:00",
    ),
    dict(
        id="marieke.brouwer", name="Marieke Brouwer",
        job_title="HR-manager", department="HR", location="Utrecht",
        lang="nl", languages=["nl", "en"], manager="ingrid.vanleeuwen",
        skills=["arbeidsrecht", "verzuimbegeleiding", "reorganisaties", "arbeidsvoorwaarden"],
        ask_me_about=["cao en arbeidsvoorwaarden", "verlof", "functioneringsgesprekken"],
        about="Ik ben het aanspreekpunt voor alles wat met arbeidsvoorwaarden, verzuim en ontwikkeling te maken heeft. "
              "Mijn deur staat open, ook voor de lastige gesprekken.",
        groups=["hr-vertrouwelijk", "random"],
        created="2016-05-01T09:00:00+02:00",
    ),
    dict(
        id="sophie.lambert", name="Sophie Lambert",
        job_title="HR business partner", department="HR", location="Brussel",
        lang="fr", languages=["fr", "nl", "en"], manager="marieke.brouwer",
        skills=["politique de voyage", "recrutement", "onboarding", "droit social belge"],
        ask_me_about=["politique de voyage", "notes de frais", "accueil des nouveaux collègues"],
        about="Je m'occupe des ressources humaines pour les bureaux de Bruxelles, Anvers et Lyon. "
              "Je suis aussi la référente pour la politique de voyage et les notes de frais. "
              "Ik spreek ook Nederlands, dus stuur gerust in je eigen taal.",
        groups=["hr-vertrouwelijk", "random", "duurzaamheid"],
        created="2018-10-15T09:00:00+02:00",
    ),
    dict(
        id="fenna.bakker", name="Fenna Bakker",
        job_title="Senior subsidieadviseur", department="Financiën & Subsidies", location="Utrecht",
        lang="nl", languages=["nl", "en"], manager="geert.vandamme",
        skills=["subsidieaanvraag", "MIT-regeling", "DEI+", "WBSO", "SDE++", "projectbegroting"],
        ask_me_about=["Nederlandse subsidies", "WBSO-aanvraag", "verantwoording en eindafrekening"],
        about="Ik schrijf en beoordeel subsidieaanvragen, van kleine WBSO-aanvragen tot grote consortia. "
              "Het liefst word ik er vroeg bij gehaald, want een goede projectbegroting kost tijd. "
              "Daarnaast geef ik twee keer per jaar de interne training 'Subsidies in een middag'.",
        groups=["subsidies", "duurzaamheid", "random"],
        created="2015-03-01T09:00:00+01:00",
    ),
    dict(
        id="pieter-jan.claes", name="Pieter-Jan Claes",
        job_title="Adviseur subsidies en financiering", department="Financiën & Subsidies", location="Antwerpen",
        lang="nl", languages=["nl", "fr", "en"], manager="geert.vandamme",
        skills=["VLAIO", "Interreg", "staatssteun", "consortiumvorming"],
        ask_me_about=["Vlaamse subsidies", "Interreg Vlaanderen-Nederland", "de-minimissteun"],
        about="Ik help collega's in België en Nederland met Vlaamse en grensoverschrijdende subsidies. "
              "Interreg-projecten zijn mijn specialiteit: ik heb er intussen een stuk of tien begeleid. "
              "Buiten het werk fiets ik graag door de Kempen.",
        groups=["subsidies", "aanbestedingen"],
        created="2017-08-21T09:00:00+02:00",
    ),
    dict(
        id="margot.lefevre", name="Margot Lefèvre",
        job_title="Chargée d'affaires européennes", department="Financiën & Subsidies", location="Brussel",
        lang="fr", languages=["fr", "en", "nl", "de"], manager="geert.vandamme",
        skills=["Horizon Europe", "programme LIFE", "montage de consortium", "rédaction de propositions"],
        ask_me_about=["Horizon Europe", "LIFE", "appels à projets européens"],
        about="Je suis basée à Bruxelles et je suis de près les programmes européens de financement. "
              "J'accompagne les équipes dans le montage des propositions Horizon Europe et LIFE, de l'idée jusqu'à la signature de la convention de subvention.",
        groups=["subsidies", "sales-france", "random"],
        created="2019-09-02T09:00:00+02:00",
    ),
    dict(
        id="maarten.vanderlinden", name="Maarten van der Linden",
        job_title="Teamleider Water & Klimaat, senior hydroloog", department="Water & Klimaat", location="Utrecht",
        lang="nl", languages=["nl", "en", "de"], manager="ingrid.vanleeuwen",
        skills=["hydrologie", "overstromingsrisico", "hydraulische modellering", "HEC-RAS", "1D2D-modellen"],
        ask_me_about=["overstromingsmodellen", "kalibratie van riviermodellen", "waterschappen"],
        about="Ik werk al ruim twintig jaar aan rivieren en overstromingsrisico's. "
              "Bij Brughuis leid ik het team Water & Klimaat en ben ik de eerste lijn voor vragen over modelkeuze en kalibratie. "
              "Favoriete rivier: de Maas, zonder twijfel.",
        groups=["waterbeheer", "gis-data", "subsidies"],
        created="2010-06-01T09:00:00+02:00",
    ),
    dict(
        id="wouter.peeters", name="Wouter Peeters",
        job_title="Waterbouwkundig ingenieur", department="Water & Klimaat", location="Antwerpen",
        lang="nl", languages=["nl", "fr", "en"], manager="maarten.vanderlinden",
        skills=["waterbouw", "getijdemodellen", "Schelde-estuarium", "dijkversterking"],
        ask_me_about=["Zeeschelde", "getijdewerking", "overstromingsgebieden (GGG)"],
        about="Ik ben opgegroeid in de polders bij Antwerpen, dus dijken en getijden zitten in mijn bloed. "
              "Ik werk aan hydraulische studies voor de Schelde en haar zijrivieren. "
              "Vraag me gerust iets over gecontroleerde overstromingsgebieden.",
        groups=["waterbeheer", "random"],
        created="2018-02-05T09:00:00+01:00",
    ),
    dict(
        id="katrin.schaefer", name="Katrin Schäfer",
        job_title="Hydrologin, Fachgebiet Hochwasserrisiko", department="Water & Klimaat", location="Köln",
        lang="de", languages=["de", "en", "nl"], manager="dorothee.kraemer",
        skills=["Hochwasserrisikomanagement", "Starkregen", "2D-Modellierung", "Gefahrenkarten"],
        ask_me_about=["Starkregengefahrenkarten", "HWRM-RL", "Niederschlag-Abfluss-Modelle"],
        about="Ich bin promovierte Hydrologin und arbeite seit 2019 bei Brughuis in Köln. "
              "Mein Schwerpunkt sind Starkregen- und Hochwassergefahrenkarten für Kommunen. "
              "Nach der Flut im Ahrtal habe ich mehrere Wiederaufbauprojekte fachlich begleitet.",
        groups=["waterbeheer", "projekte-de", "gis-data"],
        created="2019-05-01T09:00:00+02:00",
    ),
    dict(
        id="emilie.roux", name="Émilie Roux",
        job_title="Ingénieure hydraulicienne", department="Water & Klimaat", location="Lyon",
        lang="fr", languages=["fr", "en"], manager="antoine.mercier",
        skills=["modélisation hydraulique", "PPRI", "ruissellement urbain", "Rhône"],
        ask_me_about=["risque inondation en France", "PPRI", "études hydrauliques"],
        about="Je travaille sur les études d'inondation et de ruissellement pour les collectivités de la région lyonnaise. "
              "J'aime particulièrement les projets qui redonnent de la place à la rivière.",
        groups=["waterbeheer", "sales-france"],
        created="2020-09-01T09:00:00+02:00",
    ),
    dict(
        id="anna.devries", name="Anna de Vries",
        job_title="Adviseur klimaatadaptatie", department="Water & Klimaat", location="Utrecht",
        lang="nl", languages=["nl", "en"], manager="maarten.vanderlinden",
        skills=["klimaatadaptatie", "stresstest", "hittestress", "participatie"],
        ask_me_about=["klimaatstresstesten", "groenblauwe schoolpleinen", "bewonersavonden"],
        about="Ik help gemeenten om hun wijken klimaatbestendig te maken, van stresstest tot uitvoering. "
              "Voor ik in 2021 bij Brughuis begon, werkte ik zes jaar bij een gemeente, dus ik ken ook de kant van de opdrachtgever.",
        groups=["waterbeheer", "duurzaamheid", "random"],
        created="2021-09-01T09:00:00+02:00",
    ),
    dict(
        id="joost.hendriks", name="Joost Hendriks",
        job_title="Teamleider GIS & Data", department="GIS & Data", location="Utrecht",
        lang="nl", languages=["nl", "en"], manager="ingrid.vanleeuwen",
        skills=["GIS", "QGIS", "PostGIS", "ruimtelijke analyse", "datamanagement"],
        ask_me_about=["QGIS", "coördinaatsystemen", "open data van PDOK"],
        about="Ik leid het team GIS & Data. We maken kaarten, datapijplijnen en af en toe een dashboard waar iedereen blij van wordt. "
              "Als je kaart in de Noordzee ligt terwijl hij in Utrecht hoort, kom dan bij mij langs.",
        groups=["gis-data", "waterbeheer", "it-support"],
        created="2012-01-09T09:00:00+01:00",
    ),
    dict(
        id="bjorn.sorensen", name="Bjørn Sørensen",
        job_title="GIS-specialist / data engineer", department="GIS & Data", location="Utrecht",
        lang="en", languages=["en", "da", "nl"], manager="joost.hendriks",
        skills=["Python", "GDAL", "PostGIS", "rasterverwerking", "Docker"],
        ask_me_about=["Python for GIS", "GDAL and rasterio", "large raster datasets"],
        about="I moved from Aarhus to Utrecht in 2019 and joined the GIS & Data team. "
              "I build the pipelines that turn elevation data and model output into maps. "
              "My Dutch is getting better, so feel free to write to me in Dutch.",
        groups=["gis-data", "it-support", "random"],
        created="2019-11-04T09:00:00+01:00",
    ),
    dict(
        id="lucas.janssens", name="Lucas Janssens",
        job_title="Softwareontwikkelaar", department="GIS & Data", location="Antwerpen",
        lang="nl", languages=["nl", "en", "fr"], manager="joost.hendriks",
        skills=["C++", "CMake", "Python", "numerieke methoden", "performance"],
        ask_me_about=["C++17/20", "CMake", "Python-bindings met pybind11", "profiling"],
        about="Ik schrijf de rekenkernen achter onze eigen modeltools, vooral in C++ met een Python-schil eromheen. "
              "Als iets te traag draait, wil ik er graag eens naar kijken.",
        groups=["gis-data", "it-support"],
        created="2020-03-02T09:00:00+01:00",
    ),
    dict(
        id="oliver.hughes", name="Oliver Hughes",
        job_title="Data scientist", department="GIS & Data", location="London",
        lang="en", languages=["en"], manager="joost.hendriks",
        skills=["Python", "pandas", "machine learning", "time series", "Jupyter"],
        ask_me_about=["pandas", "forecasting river levels", "Python packaging"],
        about="I work on data science for flood forecasting and asset management from the London office. "
              "Mostly Python, pandas and far too many Jupyter notebooks. "
              "I am slowly learning Dutch on the train, so be patient with me.",
        groups=["gis-data", "waterbeheer", "random"],
        created="2021-06-14T09:00:00+01:00",
    ),
    dict(
        id="lena.moeller", name="Lena Möller",
        job_title="GIS-Analystin", department="GIS & Data", location="Köln",
        lang="de", languages=["de", "en"], manager="joost.hendriks",
        skills=["QGIS", "ArcGIS Pro", "Kartografie", "Geodatenportale", "ALKIS"],
        ask_me_about=["Kartenlayout", "deutsche Geodaten", "Koordinatensysteme ETRS89/UTM"],
        about="Ich erstelle Karten und räumliche Analysen für unsere Projekte in Deutschland. "
              "Besonders gern beschäftige ich mich mit gut lesbaren Gefahrenkarten. "
              "Fragen zu ALKIS, ATKIS oder Landesgeodaten beantworte ich gern.",
        groups=["gis-data", "projekte-de"],
        created="2022-02-01T09:00:00+01:00",
    ),
    dict(
        id="ruben.smit", name="Ruben Smit",
        job_title="IT-manager", department="IT", location="Utrecht",
        lang="nl", languages=["nl", "en"], manager="geert.vandamme",
        skills=["Microsoft 365", "e-mailmigratie", "informatiebeveiliging", "netwerkbeheer"],
        ask_me_about=["Microsoft 365", "MFA", "laptopbeleid", "informatiebeveiliging"],
        about="Ik ben verantwoordelijk voor de IT-omgeving van alle vestigingen. "
              "Ik heb de grote e-mailmigratie van 2022 geleid en leef sindsdien een stuk rustiger. "
              "Problemen meld je bij voorkeur via de servicedesk, dan raakt niets zoek.",
        groups=["it-support", "privacy-avg"],
        created="2013-04-02T09:00:00+02:00",
    ),
    dict(
        id="yasmina.elamrani", name="Yasmina El Amrani",
        job_title="Medewerker IT-servicedesk", department="IT", location="Utrecht",
        lang="nl", languages=["nl", "en", "fr", "ar"], manager="ruben.smit",
        skills=["servicedesk", "Outlook", "Teams", "laptopuitrol", "printers"],
        ask_me_about=["Outlook en agenda's delen", "nieuwe laptop", "wachtwoord resetten"],
        about="Ik werk op de IT-servicedesk en help je met alles van Outlook tot de koffiemachine-app. "
              "Geen vraag is te klein, echt niet.",
        groups=["it-support", "random"],
        created="2021-01-11T09:00:00+01:00",
    ),
    dict(
        id="thibault.girard", name="Thibault Girard",
        job_title="Administrateur systèmes et réseaux", department="IT", location="Lyon",
        lang="fr", languages=["fr", "en", "de"], manager="ruben.smit",
        skills=["Linux", "VPN", "Active Directory", "sauvegardes", "PowerShell"],
        ask_me_about=["VPN", "sauvegardes", "serveurs de calcul"],
        about="J'administre les serveurs et le réseau, en particulier pour les bureaux de Lyon et de Cologne. "
              "Je gère aussi les serveurs de calcul utilisés pour les modèles hydrauliques.",
        groups=["it-support", "sales-france", "random"],
        created="2020-11-02T09:00:00+01:00",
    ),
    dict(
        id="dennis.kok", name="Dennis Kok",
        job_title="Systeembeheerder", department="IT", location="Utrecht",
        lang="nl", languages=["nl", "en"], manager="ruben.smit",
        skills=["Exchange", "e-mailmigratie", "Windows Server", "scripting"],
        ask_me_about=["Exchange-migratie", "gedeelde mailboxen"],
        about="Systeembeheerder met een zwak voor goed gedocumenteerde scripts. "
              "Ik heb de technische kant van de overstap naar Exchange Online gedaan.",
        groups=["it-support"],
        created="2011-09-01T09:00:00+02:00",
        active=False, updated="2024-03-31T17:00:00+02:00",
    ),
    dict(
        id="isabelle.dubois", name="Isabelle Dubois",
        job_title="Juriste, déléguée à la protection des données (DPO)", department="Juridisch & Privacy", location="Brussel",
        lang="fr", languages=["fr", "nl", "en"], manager="ingrid.vanleeuwen",
        skills=["RGPD", "contrats", "analyse d'impact (AIPD)", "sous-traitance"],
        ask_me_about=["RGPD / AVG / GDPR", "contrats de sous-traitance", "violations de données"],
        about="Je suis la déléguée à la protection des données du groupe et je relis aussi la plupart des contrats. "
              "Pour toute question sur le RGPD, les transferts de données ou une fuite possible, contactez-moi sans attendre.",
        groups=["privacy-avg", "aanbestedingen", "sales-france"],
        created="2018-01-08T09:00:00+01:00",
    ),
    dict(
        id="eva.jacobs", name="Eva Jacobs",
        job_title="Privacy officer en jurist", department="Juridisch & Privacy", location="Antwerpen",
        lang="nl", languages=["nl", "en", "fr"], manager="isabelle.dubois",
        skills=["AVG", "verwerkersovereenkomsten", "informatiebeveiliging", "contractbeheer"],
        ask_me_about=["AVG", "verwerkersovereenkomst", "datalekken melden"],
        about="Samen met Isabelle zorg ik dat we zorgvuldig met persoonsgegevens omgaan. "
              "Ik controleer verwerkersovereenkomsten en begeleid datalekmeldingen. "
              "Twijfel je of iets mag? Vraag het liever één keer te veel.",
        groups=["privacy-avg", "it-support"],
        created="2021-10-01T09:00:00+02:00",
    ),
    dict(
        id="matthias.gross", name="Matthias Groß",
        job_title="Teamleiter Energie & Gebäude", department="Energie & Duurzaamheid", location="Köln",
        lang="de", languages=["de", "en"], manager="dorothee.kraemer",
        skills=["Wärmepumpen", "Gebäudeenergiegesetz", "Energieberatung", "Wärmeplanung"],
        ask_me_about=["Wärmepumpen im Bestand", "kommunale Wärmeplanung", "BEG-Förderung"],
        about="Ich bin Energieberater und Maschinenbauingenieur und leite das Team Energie & Gebäude. "
              "Seit Jahren plane ich Wärmepumpen in Schulen, Verwaltungsgebäuden und Mehrfamilienhäusern. "
              "Ja, eine Wärmepumpe funktioniert auch im Altbau – meistens jedenfalls.",
        groups=["duurzaamheid", "projekte-de", "subsidies"],
        created="2016-07-01T09:00:00+02:00",
    ),
    dict(
        id="lotte.willems", name="Lotte Willems",
        job_title="Energieadviseur", department="Energie & Duurzaamheid", location="Antwerpen",
        lang="nl", languages=["nl", "fr", "en"], manager="matthias.gross",
        skills=["warmtepompen", "EPB", "renovatieadvies", "warmtenetten"],
        ask_me_about=["warmtepompen", "EPC en EPB in Vlaanderen", "renovatiepremies"],
        about="Ik adviseer scholen, gemeenten en woningcorporaties over renovatie en de overstap naar warmtepompen. "
              "Ik heb zelf een oude rijwoning in Berchem verbouwd, dus ik ken ook de praktijk.",
        groups=["duurzaamheid", "subsidies", "random"],
        created="2020-02-03T09:00:00+01:00",
    ),
    dict(
        id="francois.garcon", name="François Garçon",
        job_title="Ingénieur thermicien", department="Energie & Duurzaamheid", location="Lyon",
        lang="fr", languages=["fr", "en"], manager="matthias.gross",
        skills=["pompes à chaleur", "réseaux de chaleur", "audit énergétique", "RE2020"],
        ask_me_about=["pompes à chaleur", "décret tertiaire", "CEE"],
        about="Je suis ingénieur thermicien et je conçois des installations de chauffage pour des bâtiments publics. "
              "Le décret tertiaire et les pompes à chaleur occupent une bonne partie de mes journées.",
        groups=["duurzaamheid", "sales-france"],
        created="2021-04-06T09:00:00+02:00",
    ),
    dict(
        id="hannah.cole", name="Hannah Cole",
        job_title="Sustainability lead", department="Energie & Duurzaamheid", location="London",
        lang="en", languages=["en", "fr"], manager="james.whitfield",
        skills=["carbon accounting", "ISO 14001", "sustainable travel", "reporting"],
        ask_me_about=["our carbon footprint", "train travel to the continent", "CSRD"],
        about="I look after our own sustainability: carbon footprint, ISO 14001 and the yearly CSRD-style report. "
              "I am also the person who will gently ask why you flew to Lyon instead of taking the train.",
        groups=["duurzaamheid", "random"],
        created="2022-05-03T09:00:00+01:00",
    ),
    dict(
        id="claire.moreau", name="Claire Moreau",
        job_title="Responsable commerciale marchés publics", department="Sales & Aanbestedingen", location="Lyon",
        lang="fr", languages=["fr", "en"], manager="antoine.mercier",
        skills=["marchés publics", "mémoire technique", "DCE", "veille commerciale"],
        ask_me_about=["appels d'offres publics", "mémoire technique", "BOAMP et profils d'acheteur"],
        about="Je suis responsable des réponses aux appels d'offres pour le marché français. "
              "Je relis chaque mémoire technique avant le dépôt et je tiens à jour notre veille sur les marchés publics.",
        groups=["sales-france", "aanbestedingen", "random"],
        created="2020-06-01T09:00:00+02:00",
    ),
    dict(
        id="bas.vandijk", name="Bas van Dijk",
        job_title="Bid manager", department="Sales & Aanbestedingen", location="Utrecht",
        lang="nl", languages=["nl", "en", "de"], manager="ingrid.vanleeuwen",
        skills=["aanbestedingen", "EMVI", "TenderNed", "bid management", "Aanbestedingswet"],
        ask_me_about=["aanbestedingen", "EMVI-plannen", "Uniform Europees Aanbestedingsdocument"],
        about="Ik coördineer onze inschrijvingen op Nederlandse en Belgische aanbestedingen. "
              "Een goed EMVI-plan schrijf je niet op de laatste avond, daar zorg ik voor. "
              "Zit je met een nota van inlichtingen? Laat het me weten.",
        groups=["aanbestedingen", "subsidies", "random"],
        created="2016-11-01T09:00:00+01:00",
    ),
    dict(
        id="juergen.weiss", name="Jürgen Weiß",
        job_title="Projektleiter Wasserwirtschaft", department="Water & Klimaat", location="Köln",
        lang="de", languages=["de", "en"], manager="dorothee.kraemer",
        skills=["Projektleitung", "Förderanträge", "Vergaberecht", "HOAI"],
        ask_me_about=["Förderanträge beim Land NRW", "VgV-Verfahren", "HOAI-Honorare"],
        about="Ich bin seit über 25 Jahren in der Wasserwirtschaft tätig und verantworte bei uns die Projektleitung großer kommunaler Aufträge. "
              "Außerdem kümmere ich mich um Förderanträge und Ausschreibungen in Deutschland.",
        groups=["projekte-de", "aanbestedingen", "subsidies"],
        created="2019-06-03T09:00:00+02:00",
    ),
    dict(
        id="nathalie.petit", name="Nathalie Petit",
        job_title="Ingénieure commerciale", department="Sales & Aanbestedingen", location="Lyon",
        lang="fr", languages=["fr", "en"], manager="antoine.mercier",
        skills=["prospection", "CRM", "marchés publics"],
        ask_me_about=["prospection des syndicats de rivière"],
        about="Ingénieure commerciale chargée des syndicats de rivière et des intercommunalités. "
              "J'ai rejoint l'agence de Lyon dès son ouverture.",
        groups=["sales-france"],
        created="2020-03-16T09:00:00+01:00",
        active=False, updated="2023-06-30T18:00:00+02:00",
    ),
    dict(
        id="femke.dewit", name="Femke de Wit",
        job_title="Kennismanager en interne communicatie", department="Communicatie", location="Utrecht",
        lang="nl", languages=["nl", "en", "de"], manager="ingrid.vanleeuwen",
        skills=["kennisdeling", "intranet", "interne communicatie", "redactie"],
        ask_me_about=["kennisdeling", "het intranet", "zoeken naar collega's met expertise"],
        about="Ik zorg ervoor dat kennis niet in één hoofd of één mailbox blijft hangen. "
              "Ik beheer het intranet, organiseer de kennislunches en ben de kartrekker van onze nieuwe zoekmachine. "
              "Ideeën voor een kennislunch zijn altijd welkom!",
        groups=["random", "duurzaamheid", "it-support"],
        created="2018-04-03T09:00:00+02:00",
    ),
    dict(
        id="emily.barnes", name="Emily Barnes",
        job_title="Project manager, flood resilience", department="Water & Klimaat", location="London",
        lang="en", languages=["en", "nl"], manager="james.whitfield",
        skills=["project management", "flood resilience", "natural flood management", "stakeholder engagement"],
        ask_me_about=["natural flood management", "UK flood risk projects", "PRINCE2"],
        about="I manage flood resilience projects for councils and water companies in England. "
              "Before moving to London I lived in Rotterdam for three years, so I understand the Dutch jokes. "
              "Ask me about natural flood management and leaky dams.",
        groups=["waterbeheer", "aanbestedingen", "random"],
        created="2021-09-06T09:00:00+01:00",
    ),
]
