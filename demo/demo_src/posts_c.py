# -*- coding: utf-8 -*-
"""Threads in the groups sales-france, projekte-de and duurzaamheid."""
from dsl import P, T

THREADS = [
    # --------------------------------------------------------------- sales-france
    T("sales-france", "2021-02-02 09:00", title="Point commercial hebdomadaire : nouveau format", posts=[
        P("antoine.mercier", "fr",
          "À partir de la semaine prochaine, le point commercial du lundi passe à 30 minutes au lieu d'une heure. "
          "Chacun prépare trois lignes : opportunités nouvelles, offres en cours, relances. "
          "Le reste se discute ici, sur le canal, pour que les collègues d'Utrecht et de Cologne puissent suivre.", likes=4),
        P("nathalie.petit", "fr",
          "Bonne idée. Est-ce qu'on peut aussi partager le tableau de suivi des offres ? Aujourd'hui il est sur mon ordinateur et ce n'est pas idéal."),
        P("claire.moreau", "fr",
          "Je le mets sur l'espace partagé Sales France ce soir, avec une colonne « date limite de dépôt » en rouge quand il reste moins de dix jours.", to=1),
    ]),
    T("sales-france", "2021-09-14 14:30", title="Appel d'offres SAGE de l'Orvette : on y va ?", tags=["appel d'offres", "go/no-go"], posts=[
        P("nathalie.petit", "fr",
          "Le syndicat du bassin de l'Orvette a publié un appel d'offres pour l'étude hydraulique préalable à la révision du SAGE. "
          "Montant estimé : 120 000 € HT, remise des offres le 15 octobre. Je pense qu'on a toutes nos chances, on les connaît bien."),
        P("claire.moreau", "fr",
          "J'ai lu le règlement de consultation : critère technique 60 %, prix 40 %, et ils demandent une référence similaire de moins de trois ans. "
          "On a l'étude hydraulique du Garon livrée en 2020, ça passe. Le délai est court mais jouable si on réutilise la trame de mémoire technique."),
        P("emilie.roux", "fr",
          "Côté technique, ça me va. Je peux rédiger la partie méthodologie et le planning. Il faudra juste confirmer qu'on peut utiliser le modèle FRM pour la cartographie des aléas."),
        P("antoine.mercier", "fr",
          "Go. Claire pilote la réponse, Émilie la partie technique, Nathalie le contact avec le syndicat. On fait un point vendredi.", likes=3),
    ]),
    T("sales-france", "2022-06-21 11:10", title="Mémoire technique : nouvelle trame disponible", tags=["mémoire technique", "modèle"], posts=[
        P("claire.moreau", "fr",
          "La nouvelle trame de mémoire technique est disponible dans Sales France/Modèles. "
          "Elle suit l'ordre habituel des critères : compréhension du besoin, méthodologie, moyens humains, planning, démarche qualité et environnementale. "
          "J'ai ajouté des encadrés « à adapter » en jaune : merci de ne jamais les laisser dans la version déposée. 😉", likes=7),
        P("francois.garcon", "fr",
          "Super. Est-ce qu'on pourrait ajouter une section type sur les pompes à chaleur et le décret tertiaire ? On me la demande dans presque tous les marchés de rénovation."),
        P("emilie.roux", "fr",
          "Et une page sur nos outils de modélisation hydraulique, avec les captures d'écran des cartes d'aléas. Les acheteurs aiment voir à quoi ressemblera le rendu."),
        P("margot.lefevre", "fr",
          "Pensez aussi à un paragraphe sur les financements possibles pour le maître d'ouvrage (agence de l'eau, FEDER, LIFE). Ça fait souvent la différence sur la note technique.",
          to=0),
    ]),
    T("sales-france", "2023-03-07 16:05", posts=[
        P("francois.garcon", "fr",
          "Le département publie un marché de maîtrise d'œuvre pour remplacer les chaudières fioul d'un collège par une pompe à chaleur. "
          "Question pour Claire : est-ce qu'on peut répondre seuls ou faut-il un architecte en cotraitance ?"),
        P("claire.moreau", "fr",
          "D'après le DCE, la mission comprend des travaux sur l'enveloppe et une partie architecturale, donc un architecte est obligatoire dans l'équipe. "
          "On peut être mandataire du groupement. Je contacte le cabinet avec qui on a travaillé à Bron."),
        P("francois.garcon", "fr", "Parfait. Je prépare la note sur le dimensionnement et les nuisances sonores de l'unité extérieure."),
    ]),
    T("sales-france", "2024-04-16 18:00", title="Compte rendu de la réunion clients à Villeurbanne", posts=[
        P("claire.moreau", "fr",
          "Compte rendu rapide de la réunion de ce matin avec les services techniques : ils lancent en juin un accord-cadre sur la gestion des eaux pluviales, sur quatre ans. "
          "Ils cherchent un prestataire capable de faire à la fois de la modélisation et de l'accompagnement des habitants. "
          "Leur principale crainte : des cartes trop techniques que les élus ne comprennent pas."),
        P("antoine.mercier", "fr",
          "Très bonne nouvelle. C'est exactement là qu'on peut se distinguer, avec l'expérience d'Anna et de l'équipe d'Utrecht sur les réunions publiques.", m=["anna.devries"]),
        P("emilie.roux", "fr",
          "Je peux préparer un exemple de carte simplifiée pour les élus d'ici la publication, à partir de notre étude de ruissellement à Vénissieux."),
    ]),
    T("sales-france", "2025-01-28 10:20", title="Question naïve : c'est quoi exactement un DCE ?", posts=[
        P("emilie.roux", "fr",
          "Question sans doute naïve, mais je participe pour la première fois à la rédaction d'une offre : qu'est-ce qui fait partie du DCE, et par quoi dois-je commencer ?"),
        P("claire.moreau", "fr",
          "Aucune question n'est naïve ! Le DCE, c'est le dossier de consultation des entreprises : le règlement de consultation (RC), le cahier des clauses administratives particulières (CCAP), "
          "le cahier des clauses techniques particulières (CCTP) et souvent un bordereau des prix. "
          "Commence par le RC : il donne les critères de notation et la date limite. Ensuite le CCTP pour comprendre la mission. Le CCAP, je m'en occupe avec Isabelle.",
          likes=8, rx={"🙏": 3}),
        P("isabelle.dubois", "fr",
          "Et si le CCAP contient des clauses sur les données personnelles (de plus en plus fréquent), envoyez-le-moi dès le départ : parfois il faut un accord de sous-traitance RGPD annexé à l'offre."),
        P("emilie.roux", "fr", "Merci, c'est beaucoup plus clair. Je commence par le RC !", to=1),
    ]),
    T("sales-france", "2025-11-18 09:35", posts=[
        P("antoine.mercier", "fr",
          "Un cabinet d'architectes lyonnais nous propose de répondre ensemble à un marché de renaturation d'une cour d'école. Cotraitance ou sous-traitance, qu'est-ce qui est le plus intéressant pour nous ?"),
        P("claire.moreau", "fr",
          "Si notre part dépasse environ 30 % du marché, je préfère la cotraitance : on est visibles, on signe l'acte d'engagement et on est payés directement. "
          "En sous-traitance, on dépend du paiement du mandataire, même si le paiement direct est possible au-delà de 600 € TTC."),
        P("isabelle.dubois", "fr",
          "En cotraitance, attention à la solidarité : si le groupement est conjoint avec mandataire solidaire, c'est le mandataire qui porte le risque. Lisez bien le RC avant de signer la convention de groupement."),
    ]),
    T("sales-france", "2026-05-12 15:00", posts=[
        P("margot.lefevre", "fr",
          "Pour l'appel LIFE 2026 sur l'adaptation au changement climatique, un consortium belge cherche un partenaire français avec une collectivité pilote. "
          "Est-ce qu'un de nos clients de la région lyonnaise pourrait être intéressé ?"),
        P("antoine.mercier", "fr",
          "Le syndicat de l'Orvette, sans hésiter : ils ont un programme de restauration prêt et cherchent du cofinancement. Je les appelle demain."),
        P("emilie.roux", "fr",
          "Je peux fournir les résultats de l'étude hydraulique de 2022 comme base. Le volet technique serait cohérent avec ce qu'on a déjà fait avec eux."),
    ]),
    T("sales-france", "2025-10-13 17:45", title="On a gagné le marché de Saint-Aurèle ! 🎉", posts=[
        P("claire.moreau", "fr",
          "Excellente nouvelle : nous sommes attributaires de l'accord-cadre « gestion intégrée des eaux pluviales » de la commune de Saint-Aurèle, pour quatre ans ! "
          "Note technique 18,5/20, deuxième sur le prix. Merci à Émilie, François et Thibault pour leur aide sur le mémoire.", likes=17, rx={"🎉": 11, "🥂": 4}),
        P("antoine.mercier", "fr", "Bravo à toute l'équipe ! Un beau résultat pour l'agence de Lyon. On fête ça vendredi au café en bas ?"),
        P("thibault.girard", "fr", "Je ne sais pas ce que j'ai fait, mais je prends le café avec plaisir. ☕"),
    ]),

    # ---------------------------------------------------------------- projekte-de
    T("projekte-de", "2021-07-20 08:15", title="Hochwasser an Erft und Ahr – wer kann kurzfristig unterstützen?", tags=["Hochwasser", "Soforthilfe"], posts=[
        P("dorothee.kraemer", "de",
          "Nach dem Hochwasser der letzten Woche haben uns drei Kommunen angefragt, ob wir kurzfristig bei der Schadensaufnahme und der Sicherung von Gewässerabschnitten helfen können. "
          "Ich weiß, dass viele von euch selbst betroffen sind oder Angehörige haben. Bitte meldet euch, wenn ihr Kapazität habt – und genauso, wenn ihr Unterstützung braucht.",
          likes=15),
        P("katrin.schaefer", "de",
          "Ich kann ab Montag zwei Wochen voll einsteigen. Für die Rekonstruktion der Wasserstände brauchen wir schnell Hochwassermarken, bevor alles gereinigt wird. Ich organisiere eine Vermessungskolonne."),
        P("juergen.weiss", "de",
          "Ich übernehme die Koordination mit den Kommunen und kläre, wie die Leistungen abgerechnet werden können. Die Landesmittel für den Wiederaufbau werden kommen, aber wir sollten alles sauber dokumentieren."),
        P("matthias.gross", "de",
          "Aus dem Energieteam können zwei Kollegen helfen, Heizungsanlagen in öffentlichen Gebäuden zu begutachten. Viele Ölkessel standen komplett unter Wasser."),
    ]),
    T("projekte-de", "2021-12-07 10:30", title="Förderantrag Hochwasserschutz Bergfelden – Checkliste", tags=["Förderantrag", "Checkliste"], posts=[
        P("juergen.weiss", "de",
          "Ich habe eine Checkliste für Förderanträge im Hochwasserschutz zusammengestellt: Antragsformular, Kostenschätzung nach DIN 276, Zeitplan, Nachweis der Eigenmittel, Stellungnahme der Unteren Wasserbehörde. "
          "Sie liegt unter Projekte DE/Vorlagen/Checkliste_Foerderantrag.xlsx. Ergänzungen gerne hier.", likes=6),
        P("katrin.schaefer", "de",
          "Ergänzung: Wenn Gefahrenkarten Teil des Antrags sind, unbedingt die Datengrundlage (DGM-Auflösung, Niederschlagsdaten) benennen. Das wurde in Erftstadt nachgefordert."),
        P("dorothee.kraemer", "de",
          "Und bitte den vorzeitigen Maßnahmenbeginn nicht vergessen: ohne Genehmigung dürfen wir vor dem Bescheid keinen Auftrag annehmen, sonst ist die Förderung weg."),
        P("juergen.weiss", "de", "Beides aufgenommen, danke. Version 1.1 liegt im Ordner.", to=0),
    ]),
    T("projekte-de", "2022-08-30 13:00", title="Neue Vorlage für den Projektstatusbericht", posts=[
        P("juergen.weiss", "de",
          "Für alle Projekte über 50.000 € gibt es ab September einen monatlichen Statusbericht mit Ampel für Termine, Kosten und Qualität. "
          "Die Vorlage ist kurz, eine Seite. Die Projektleitung füllt sie bis zum dritten Arbeitstag des Monats aus."),
        P("lena.moeller", "de",
          "Soll die GIS-Bearbeitung als eigene Zeile auftauchen? Bei den Starkregenkarten sind wir oft der Engpass."),
        P("juergen.weiss", "de",
          "Gute Idee, ich füge eine Zeile 'Fachbeiträge' hinzu, in der GIS, Vermessung und Energie getrennt bewertet werden.", to=1),
    ]),
    T("projekte-de", "2023-04-18 11:45", posts=[
        P("lena.moeller", "de",
          "Wo bekomme ich das DGM1 für den Rhein-Erft-Kreis? Im Projektordner liegt nur das DGM25, und das ist für die Starkregenmodellierung viel zu grob."),
        P("katrin.schaefer", "de",
          "Das DGM1 von NRW ist Open Data und kann kachelweise über das Landesportal heruntergeladen werden. Bjørn hat ein Skript, das die Kacheln automatisch lädt und zu einem Mosaik zusammenfügt.",
          m=["bjorn.sorensen"]),
        P("lena.moeller", "de", "Danke, ich habe das Skript gefunden. 438 Kacheln, läuft gerade. 😄"),
    ]),
    T("projekte-de", "2024-02-27 15:20", posts=[
        P("juergen.weiss", "de",
          "Im VgV-Verfahren für die Objektplanung des Regenrückhaltebeckens in Lindenau müssen wir ein Honorarangebot nach HOAI abgeben. "
          "Ich würde das Objekt in Honorarzone III einordnen. Sieht das jemand anders?"),
        P("dorothee.kraemer", "de",
          "Zone III ist vertretbar, bei dem schwierigen Baugrund und der Lage im Wasserschutzgebiet könnte man aber auch Zone IV begründen. "
          "Wichtig ist, dass die Bewertung nachvollziehbar im Angebot steht. Die Vergabestelle prüft das genau."),
        P("matthias.gross", "de",
          "Falls Technische Ausrüstung dazukommt (Pumpen, Steuerung), bitte getrennt nach Anlagengruppen honorieren. Da haben wir beim letzten Mal Geld liegen lassen."),
    ]),
    T("projekte-de", "2024-09-17 09:00", title="Kick-off Starkregenvorsorge Kreis Lindenau", tags=["Starkregen", "Kick-off"], posts=[
        P("dorothee.kraemer", "de",
          "Wir haben den Auftrag für das Starkregenrisikomanagement im Kreis Lindenau erhalten! Zwölf Gemeinden, Laufzeit 18 Monate. "
          "Projektleitung: Jürgen, Fachliche Leitung Hydrologie: Katrin, Karten und GIS: Lena. Kick-off mit dem Kreis ist am 1. Oktober.",
          m=["juergen.weiss", "katrin.schaefer", "lena.moeller"], likes=12, rx={"🎉": 8}),
        P("juergen.weiss", "de",
          "Ich lege die Projektstruktur an und verschicke nächste Woche den Terminplan. Bitte tragt eure Urlaubsplanung bis Ende Oktober ein."),
        P("katrin.schaefer", "de",
          "Ich schlage vor, mit zwei Pilotgemeinden anzufangen und die Methode dort mit den Bauhöfen abzustimmen, bevor wir alle zwölf rechnen."),
        P("lena.moeller", "de",
          "Ich bereite bis zum Kick-off eine Übersichtskarte mit Einzugsgebieten und Siedlungsflächen vor.", to=0),
    ]),
    T("projekte-de", "2025-04-08 14:10", title="Bürgerinfoabend: Gefahrenkarten verständlich präsentieren", posts=[
        P("katrin.schaefer", "de",
          "Nächste Woche stellen wir die Starkregengefahrenkarten in der ersten Pilotgemeinde vor. Habt ihr Tipps, wie man Wassertiefen und Fließgeschwindigkeiten verständlich erklärt?"),
        P("juergen.weiss", "de",
          "Konkrete Orte zeigen: die Grundschule, den Supermarkt, die Unterführung. Und immer sagen, was die Leute selbst tun können, sonst bleibt nur Angst hängen."),
        P("lena.moeller", "de",
          "Ich drucke die Karten für jeden Ortsteil in A1 aus, damit die Leute ihr eigenes Haus suchen können. Das funktioniert erfahrungsgemäß besser als jede Präsentation."),
        P("dorothee.kraemer", "de",
          "Anna aus Utrecht hat dazu eine gute Checkliste für Bewohnerabende geschrieben, allerdings auf Niederländisch. Vielleicht kann sie die Kernpunkte kurz übersetzen?",
          m=["anna.devries"]),
    ]),
    T("projekte-de", "2026-03-24 10:50", posts=[
        P("matthias.gross", "de",
          "Die Stadt Bergfelden schreibt die kommunale Wärmeplanung aus. Wir kennen die Stadt aus dem Starkregenprojekt, das ist eine gute Ausgangslage. "
          "Jürgen, kannst du dir die Vergabeunterlagen ansehen?", m=["juergen.weiss"]),
        P("juergen.weiss", "de",
          "Habe ich. Verhandlungsverfahren mit Teilnahmewettbewerb, Referenzen aus den letzten fünf Jahren gefordert. Wir brauchen mindestens eine abgeschlossene Wärmeplanung als Referenz – haben wir die?"),
        P("dorothee.kraemer", "de",
          "Die Wärmeplanung für die belgische Gemeinde, die Lotte im Team gemacht hat, zählt als Referenz. Bitte mit Auftragswert und Ansprechpartner aufnehmen."),
    ]),
    T("projekte-de", "2026-09-29 16:30", posts=[
        P("lena.moeller", "de",
          "Der PDF-Export des Kartenatlas dauert mit QGIS 3.40 fast eine Stunde für 60 Seiten. Früher waren es zehn Minuten. Hat jemand eine Idee?"),
        P("bjorn.sorensen", "en",
          "Sorry for the English! Check whether the hillshade is rendered on the fly at 300 dpi on every page. Pre-rendering it as a Cloud Optimized GeoTIFF brought our atlas export from 50 to 8 minutes."),
    ]),

    # --------------------------------------------------------------- duurzaamheid
    T("duurzaamheid", "2022-06-01 12:00", title="Our 2021 carbon footprint: travel is 61 %", tags=["CO2", "footprint", "travel"], posts=[
        P("hannah.cole", "en",
          "Our carbon footprint for 2021 is ready: 386 tonnes CO₂e in total, of which 61 % comes from business travel, 24 % from the offices and the rest from IT and purchased services. "
          "The biggest single item is flights between London, Lyon and Utrecht. The full report is on the intranet.", likes=8),
        P("lotte.willems", "nl",
          "Interessant! Weten we hoeveel daarvan woon-werkverkeer is? In Antwerpen komen bijna alle collega's met de fiets of de trein."),
        P("matthias.gross", "de",
          "In Köln könnten wir die Emissionen des Büros deutlich senken, wenn wir die Gasheizung durch eine Wärmepumpe ersetzen. Ich mache dem Vermieter gern einen Vorschlag."),
        P("hannah.cole", "en",
          "Commuting is 9 % of the travel figure, and yes, Antwerp is our best office. 🚲 Matthias, that would be great, let me know if you need the consumption data.", to=2),
    ]),
    T("duurzaamheid", "2023-01-17 19:45", title="Warmtepomp thuis: wie heeft ervaring?", tags=["warmtepomp", "Wärmepumpe", "pompe à chaleur"], posts=[
        P("femke.dewit", "nl",
          "Wij twijfelen over een warmtepomp in ons jaren-dertighuis in Utrecht. Hybride of meteen all-electric? De installateurs zeggen allemaal iets anders. 🙈"),
        P("lotte.willems", "nl",
          "Begin bij isolatie en kijk dan naar de aanvoertemperatuur die je nodig hebt op een koude dag. Als je radiatoren het huis warm krijgen met 55 °C, is all-electric vaak haalbaar. "
          "Een hybride warmtepomp is een prima tussenstap als je nog niet alles geïsoleerd hebt. Je kunt het testen door de cv-ketel een week op 55 graden te zetten.", likes=9),
        P("matthias.gross", "de",
          "Aus meiner Erfahrung im Altbau: die Vorlauftemperatur ist entscheidend, nicht das Baujahr. Oft reicht es, zwei oder drei Heizkörper gegen größere zu tauschen. "
          "Und bitte auf die Schallemissionen der Außeneinheit achten, in dichten Straßen gibt es sonst Ärger mit den Nachbarn."),
        P("francois.garcon", "fr",
          "Même conseil en France : une pompe à chaleur mal dimensionnée consomme beaucoup plus que prévu. Faites faire un calcul des déperditions pièce par pièce avant de choisir la puissance."),
    ]),
    T("duurzaamheid", "2023-05-09 08:40", title="Wärmepumpe im denkmalgeschützten Rathaus – Erfahrungen?", posts=[
        P("matthias.gross", "de",
          "Wir planen für ein denkmalgeschütztes Rathaus eine Wärmepumpe. Die Denkmalbehörde will keine Außeneinheit im Innenhof. "
          "Hat jemand Erfahrungen mit Erdsonden oder Abwasserwärme bei solchen Gebäuden?"),
        P("lotte.willems", "nl",
          "In Mechelen hebben we bij een beschermd stadhuis een bodem-warmtepomp met vier boringen van 120 meter onder de parking gezet. Niets zichtbaar, en de Onroerend Erfgoed-dienst was tevreden. "
          "Het duurste was de vergunning, niet de techniek."),
        P("francois.garcon", "fr",
          "À Lyon, pour une ancienne mairie classée, on a récupéré la chaleur des eaux usées du collecteur voisin. Rendement excellent, mais il faut un débit d'eaux usées suffisant toute l'année."),
        P("matthias.gross", "de",
          "Danke euch beiden, sehr hilfreich! Ich nehme beide Varianten in die Machbarkeitsstudie auf und frage die Stadtentwässerung nach den Abflussdaten.", to=0),
    ]),
    T("duurzaamheid", "2024-03-12 10:15", posts=[
        P("francois.garcon", "fr",
          "Un client s'inquiète du bruit d'une pompe à chaleur air/eau sur le toit d'une école en plein centre-ville. Quels niveaux sonores visez-vous en limite de propriété ?"),
        P("matthias.gross", "de",
          "In Deutschland gilt die TA Lärm: in reinen Wohngebieten nachts 35 dB(A) am nächsten Fenster. Wir planen immer mit 5 dB Reserve und einer Schallschutzhaube. "
          "Nachtabsenkung der Leistung hilft zusätzlich."),
        P("lotte.willems", "nl",
          "Bij ons helpt het om de buitenunit achter de dakrand te plaatsen en de ventilator 's nachts op een lager toerental te zetten. Vraag de fabrikant naar het geluidsvermogen, niet naar de geluidsdruk: dat is de enige eerlijke vergelijking."),
    ]),
    T("duurzaamheid", "2024-10-22 09:30", title="Train or plane to Lyon? New travel guidance", tags=["travel policy", "train"], posts=[
        P("hannah.cole", "en",
          "From 1 November, trips to destinations reachable by train in under six hours are by train, unless there is a good reason to fly. "
          "That covers Utrecht–Köln, Antwerp–Lyon, Brussels–London and Utrecht–London. First class is allowed for trips over three hours, so you can actually work. "
          "Details are in the updated travel policy.", likes=10, rx={"🚆": 7}),
        P("sophie.lambert", "fr",
          "Petite précision sur la politique de voyage : les billets de train se réservent toujours via l'agence, et la première classe doit être indiquée dans la note de frais avec la durée du trajet. "
          "Les exceptions (par exemple un rendez-vous à 9 h à Lyon) sont validées par votre manager."),
        P("james.whitfield", "en",
          "Fully support this. The Eurostar from London to Brussels is faster door to door than flying anyway."),
        P("antoine.mercier", "fr",
          "Pour Lyon–Utrecht, le trajet dure plus de six heures, donc l'avion reste autorisé. Mais le train de nuit vers Bruxelles est une vraie option, je l'ai testé le mois dernier.", to=0),
    ]),
    T("duurzaamheid", "2025-02-11 10:30", title="Köln office heat pump: first winter results", tags=["heat pump", "offices"], posts=[
        P("hannah.cole", "en",
          "The air-to-water heat pump in the Köln office has now run through its first full winter month: zero gas, and electricity use lower than Matthias predicted. "
          "Could we do the same in Lyon, or is that building too old?"),
        P("matthias.gross", "en",
          "Köln works well because we first replaced three radiators and lowered the flow temperature to 50 °C. "
          "For Lyon I would go for the district heating connection instead: the landlord already has a quote, and there is no room on the roof for an outdoor unit."),
        P("francois.garcon", "fr",
          "Je confirme pour Lyon : le raccordement au réseau de chaleur est prévu pour 2026, et le réseau dépasse 60 % d'énergies renouvelables. C'est la meilleure option pour nous."),
        P("hannah.cole", "en", "Great, then the district heating connection goes into the 2026 plan. Thanks both! 🌱"),
    ]),
    T("duurzaamheid", "2025-06-24 13:00", posts=[
        P("lotte.willems", "nl",
          "Komt er ook een fietsleaseregeling voor de Belgische collega's? In Nederland bestaat die al een tijdje, hoor ik."),
        P("sophie.lambert", "nl",
          "Ja! Vanaf september kunnen ook de collega's in Antwerpen en Brussel een (elektrische) fiets leasen via loonruil. "
          "De fietsvergoeding van 0,35 euro per kilometer blijft daarnaast gewoon bestaan. Meer info volgt via HR."),
        P("marieke.brouwer", "nl",
          "En voor Nederland: de huidige regeling blijft ongewijzigd. We hebben nu 23 mensen met een leasefiets, dus het werkt! 🚲"),
    ]),
    T("duurzaamheid", "2026-04-14 11:20", title="Neuer Leitfaden: Wärmepumpen in Schulgebäuden", tags=["Wärmepumpe", "Leitfaden"], posts=[
        P("matthias.gross", "de",
          "Unser Leitfaden 'Wärmepumpen in Schulgebäuden' ist fertig: Bestandsaufnahme, Vorlauftemperatur-Test, Auslegung, Schallschutz und Fördermöglichkeiten in NRW, Flandern und Frankreich. "
          "Er liegt als PDF im Wissensbereich Energie. Danke an Lotte und François für die Beispiele aus Belgien und Frankreich!", likes=11, m=["lotte.willems", "francois.garcon"]),
        P("lotte.willems", "nl", "Mooi geworden! Ik maak er een Nederlandstalige samenvatting van voor de Vlaamse schoolbesturen."),
        P("francois.garcon", "fr", "Je m'occupe de la version française courte, pour les collectivités. Merci Matthias pour la coordination !"),
        P("femke.dewit", "nl",
          "Ik zet hem op de kennispagina en plan een kennislunch in mei. Zoeken op 'Wärmepumpe', 'warmtepomp' of 'pompe à chaleur' vindt hem allemaal. 😊"),
    ]),
]
