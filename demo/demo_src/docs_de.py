# -*- coding: utf-8 -*-
"""German documents."""
from dsl import D

DOCS = [
    D(None, "Checkliste Förderantrag Hochwasserschutz", "de", "2021-12-07T10:00:00+01:00",
      ["juergen.weiss", "katrin.schaefer"], "Projekte DE/Vorlagen/Checkliste Förderantrag Hochwasserschutz.docx",
      owner="juergen.weiss", group="projekte-de", updated="2021-12-09T15:00:00+01:00", tags=["Förderantrag", "Checkliste", "Hochwasserschutz"], body="""
Diese Checkliste unterstützt Projektleitungen bei der Vorbereitung eines Förderantrags für Maßnahmen des Hochwasserschutzes und der Starkregenvorsorge in Nordrhein-Westfalen. Sie ersetzt nicht die Lektüre der jeweils gültigen Förderrichtlinie.

Vor der Antragstellung. Klären, ob die Maßnahme grundsätzlich förderfähig ist und wer Antragsteller ist (in der Regel die Kommune oder der Wasserverband, nicht Brughuis). Frühzeitig mit der Bezirksregierung Kontakt aufnehmen. Wichtig: Ohne Genehmigung des vorzeitigen Maßnahmenbeginns darf vor dem Zuwendungsbescheid kein Auftrag erteilt werden, sonst entfällt die Förderung.

Antragsunterlagen. Vollständig ausgefülltes Antragsformular; Beschreibung der Maßnahme mit Zielen und Wirkung; Kostenschätzung nach DIN 276; Zeit- und Maßnahmenplan; Nachweis der gesicherten Eigenmittel (Ratsbeschluss oder Haushaltsauszug); Stellungnahme der Unteren Wasserbehörde; bei Gefahrenkarten die Datengrundlage (Auflösung des Geländemodells, Niederschlagsdaten, Modellansatz).

Inhaltliche Hinweise. Bürgerbeteiligung als eigenes Arbeitspaket ausweisen. Synergien mit anderen Programmen benennen, aber Förderungen nicht vermischen: Gebäudesanierungen nach BEG laufen getrennt und brauchen eigene Nachweise.

Nach dem Bescheid. Auflagen des Bescheids prüfen und in den Projektplan übernehmen. Mittelabrufe rechtzeitig stellen. Alle Belege und Vergabeunterlagen für den Verwendungsnachweis geordnet ablegen; die Vergabevorschriften gelten auch für geförderte Aufträge.

Ansprechpartner: Jürgen Weiß (Förderanträge), Katrin Schäfer (fachliche Inhalte).
"""),
    D(None, "Projekthandbuch Starkregenrisikomanagement Kreis Lindenau", "de", "2024-10-07T09:00:00+02:00",
      ["juergen.weiss"], "Projekte DE/Starkregen Kreis Lindenau/Projekthandbuch.docx", owner="juergen.weiss",
      group="projekte-de", updated="2025-05-12T09:00:00+02:00", tags=["Projekthandbuch", "Starkregen", "Projektleitung"], body="""
Projektziel. Für die zwölf Gemeinden des Kreises Lindenau werden Starkregengefahrenkarten, eine Risikoanalyse und ein Handlungskonzept erstellt. Das Projekt läuft von Oktober 2024 bis März 2026.

Projektorganisation. Auftraggeber ist der Kreis Lindenau, vertreten durch die Abteilung Umwelt. Die Projektleitung liegt bei Jürgen Weiß, die fachliche Leitung Hydrologie bei Dr. Katrin Schäfer, GIS und Kartografie bei Lena Möller. Die Geschäftsführung wird durch Dorothée Krämer vertreten. Für jede Gemeinde gibt es eine Ansprechperson im Bauamt.

Kommunikation. Jour fixe mit dem Kreis alle zwei Wochen per Videokonferenz, Lenkungskreis vierteljährlich vor Ort. Interne Projektbesprechung jeden Montag um 10 Uhr. Protokolle werden innerhalb von drei Arbeitstagen verschickt und im Projektordner abgelegt.

Vorgehen. Zunächst werden zwei Pilotgemeinden bearbeitet und die Methode mit den Bauhöfen abgestimmt. Danach folgen die übrigen zehn Gemeinden in drei Paketen. Für jedes Paket gibt es einen Bürgerinfoabend.

Szenarien. Seltenes Ereignis (T = 30 a), außergewöhnliches Ereignis (T = 100 a) und extremes Ereignis mit 90 mm in einer Stunde. Grundlage ist das DGM1 des Landes.

Qualitätssicherung. Jede Karte wird vor der Abgabe durch eine zweite Person geprüft. Modellergebnisse werden mit Einsatzberichten der Feuerwehr und Bürgerhinweisen plausibilisiert.

Berichtswesen. Monatlicher Projektstatusbericht nach der internen Vorlage mit Ampel für Termine, Kosten und Qualität.
"""),
    D(None, "Protokoll Kick-off Starkregenvorsorge Kreis Lindenau, 1. Oktober 2024", "de", "2024-10-01T16:00:00+02:00",
      ["lena.moeller", "juergen.weiss"], "Projekte DE/Starkregen Kreis Lindenau/Protokoll Kick-off 2024-10-01.docx",
      owner="juergen.weiss", group="projekte-de", tags=["Protokoll", "Kick-off", "Starkregen"], body="""
Teilnehmende: Kreis Lindenau (Abteilung Umwelt, zwei Personen), Vertreterinnen und Vertreter von neun der zwölf Gemeinden, Brughuis (Dorothée Krämer, Jürgen Weiß, Katrin Schäfer, Lena Möller). Protokoll: Lena Möller.

TOP 1 – Begrüßung und Ziele. Der Kreis erläutert, dass nach mehreren Starkregenereignissen in den letzten Jahren ein einheitliches Vorgehen für alle Gemeinden gewünscht ist. Die Ergebnisse sollen auch für die Bauleitplanung genutzt werden.

TOP 2 – Vorgehen und Zeitplan. Jürgen Weiß stellt den Projektplan vor. Die Gemeinden Oberlinden und Talheim werden als Pilotgemeinden vorgeschlagen; beide stimmen zu.

TOP 3 – Datengrundlagen. Katrin Schäfer bittet um Kanalnetzdaten, Einsatzberichte der Feuerwehr und Fotos vergangener Ereignisse. Mehrere Gemeinden weisen darauf hin, dass ihre Kanaldaten nicht digital vorliegen. Vereinbart wird, dass in diesen Fällen mit einer vereinfachten Abflusskapazität gearbeitet wird.

TOP 4 – Beteiligung. Die Gemeinden wünschen sich Bürgerinfoabende mit ausgedruckten Karten, auf denen die Menschen ihr eigenes Haus finden können. Die Veröffentlichung der Karten im Internet wird kontrovers diskutiert; die Entscheidung trifft jede Gemeinde selbst.

TOP 5 – Sonstiges. Lena Möller stellt die Übersichtskarte mit Einzugsgebieten und Siedlungsflächen vor.

Aufgaben: Gemeinden – Datenlieferung bis 31. Oktober. Brughuis – Modellaufbau Pilotgemeinden bis Januar. Kreis – Termin für den ersten Lenkungskreis.
"""),
    D(None, "Starkregengefahrenkarte Erftstadt – Erläuterungsbericht", "de", "2023-09-29T09:00:00+02:00",
      ["katrin.schaefer", "lena.moeller"], "Projekte DE/Erftstadt Starkregengefahrenkarte/Erläuterungsbericht.pdf",
      owner="katrin.schaefer", group="projekte-de", tags=["Starkregengefahrenkarte", "Erläuterungsbericht", "2D-Modellierung"], body="""
Veranlassung. Nach den Erfahrungen mit dem Hochwasser und Starkregen im Juli 2021 hat die Kommune Brughuis mit der Erstellung von Starkregengefahrenkarten für das gesamte Stadtgebiet beauftragt. Die Karten dienen der Information der Bevölkerung, der Bauleitplanung und der Einsatzplanung der Feuerwehr.

Methodik. Die Berechnung erfolgte mit einem zweidimensionalen hydrodynamischen Oberflächenabflussmodell auf Basis des DGM1. Gebäude wurden als Hindernisse abgebildet, Durchlässe und Unterführungen nach Ortsbegehung ergänzt. Das Kanalnetz wurde vereinfacht über eine pauschale Abflussreduktion berücksichtigt.

Szenarien. Seltenes Ereignis (T = 30 a), außergewöhnliches Ereignis (T = 100 a) und ein extremes Ereignis mit 90 mm Niederschlag in einer Stunde. Dargestellt werden maximale Wassertiefen in vier Klassen, Fließgeschwindigkeiten und die Hauptfließwege.

Plausibilisierung. Die Ergebnisse wurden mit Einsatzberichten der Feuerwehr, Fotos und Hinweisen aus der Bevölkerung verglichen. An 31 von 35 bekannten Überflutungsstellen zeigen die Karten ebenfalls eine Betroffenheit. Die Abweichungen betreffen vor allem Stellen, an denen verstopfte Durchlässe eine Rolle spielten.

Ergebnisse. Besonders betroffen sind Tallagen mit Außengebietszufluss und zwei Unterführungen. Bei dem extremen Szenario sind rund 1.900 Gebäude von Wassertiefen über 10 cm betroffen.

Hinweise zur Nutzung. Die Karten zeigen mögliche Gefährdungen, keine Vorhersage. Sie ersetzen keine Objektplanung. Eigentümerinnen und Eigentümer können auf ihrer Grundlage prüfen, ob Eigenvorsorge sinnvoll ist.
"""),
    D(None, "Hochwasser 2021 – Lessons learned aus der Soforthilfe", "de", "2021-11-15T09:00:00+01:00",
      ["dorothee.kraemer", "katrin.schaefer", "juergen.weiss"], "Projekte DE/Hochwasser 2021/Lessons learned Soforthilfe.docx",
      owner="dorothee.kraemer", group="projekte-de", tags=["Hochwasser 2021", "Lessons learned"], body="""
Im Juli 2021 haben wir innerhalb weniger Tage drei Kommunen bei der Bewältigung der Hochwasserfolgen unterstützt. Dieses Dokument hält fest, was gut lief und was wir beim nächsten Mal anders machen würden.

Was gut lief. Die Bereitschaft im Team war enorm: Innerhalb von zwei Tagen waren sechs Kolleginnen und Kollegen im Einsatz, auch aus Utrecht. Die schnelle Sicherung von Hochwassermarken hat sich als äußerst wertvoll erwiesen; ohne sie wäre die spätere Rekonstruktion der Wasserstände kaum möglich gewesen. Die Zusammenarbeit mit den Bauhöfen war unkompliziert und vertrauensvoll.

Was schwierig war. Viele Kolleginnen und Kollegen waren selbst betroffen oder hatten betroffene Angehörige. Wir haben zu spät darauf geachtet, dass niemand über seine Grenzen geht. Die Abrechnung der Leistungen war unklar, weil es zunächst keine Aufträge gab und die Wiederaufbauförderung erst später kam. Die Kommunikation lief über zu viele Kanäle: Telefon, WhatsApp, E-Mail.

Was wir ändern. Erstens: Für Katastrophenfälle gibt es jetzt eine Rufbereitschaftsliste und eine klare Regel, dass Betroffene Vorrang vor Projekten haben. Zweitens: Wir dokumentieren von Anfang an alle Leistungen mit Datum und Anlass, damit eine spätere Förderung möglich ist. Drittens: Ein gemeinsamer Kanal pro Einsatz, für alles.

Dank. Ein großes Dankeschön an alle, die geholfen haben, und an die Kolleginnen und Kollegen aus den anderen Büros für ihre Unterstützung und ihr Verständnis.
"""),
    D(None, "Leitfaden Wärmepumpen in Schulgebäuden", "de", "2026-04-14T09:00:00+02:00",
      ["matthias.gross", "lotte.willems", "francois.garcon"], "Energie/Leitfaden Wärmepumpen in Schulgebäuden.pdf",
      owner="matthias.gross", group="duurzaamheid", tags=["Wärmepumpe", "Schule", "Leitfaden"], body="""
Schulgebäude sind für Wärmepumpen besonders interessant: Sie werden tagsüber genutzt, haben große Dachflächen für Photovoltaik und stehen im Fokus der kommunalen Klimaschutzziele. Gleichzeitig stellen sie eigene Anforderungen. Dieser Leitfaden fasst unsere Erfahrungen aus Deutschland, Belgien und Frankreich zusammen.

Bestandsaufnahme. Baujahr, Sanierungsstand von Dach, Fenstern und Fassade, vorhandene Heizkörper und Leitungsnetz. Besonders wichtig ist die Frage, welche Vorlauftemperatur an kalten Tagen wirklich benötigt wird.

Vorlauftemperatur-Test. Im Winter wird die bestehende Heizung eine Woche lang auf maximal 55 °C Vorlauf begrenzt. Räume, die dabei nicht warm werden, erhalten größere Heizkörper. In vielen Schulen betrifft das nur wenige Eckräume.

Auslegung. Die Heizlast wird raumweise berechnet, nicht aus der Leistung des alten Kessels abgeleitet. Für Schulen bietet sich wegen des Nutzungsprofils ein Pufferspeicher an, damit die Wärmepumpe die Morgenspitze nicht allein abdecken muss.

Schallschutz. Außeneinheiten dürfen die Nachbarschaft nicht stören. Wir planen mit 5 dB Reserve zum Immissionsrichtwert und nutzen Schallschutzhauben und einen leisen Nachtbetrieb.

Alternativen. Erdwärmesonden unter Sportplätzen oder Parkplätzen, Abwasserwärme bei großen Gebäuden und der Anschluss an ein Wärmenetz.

Förderung. In NRW über die Bundesförderung für effiziente Gebäude (BEG) und Landesprogramme, in Flandern über AGION und die Netzbetreiber, in Frankreich über die Certificats d'économies d'énergie (CEE) und den Fonds vert.

Beispiele aus Berchem, Lyon und dem Rhein-Erft-Kreis finden sich im Anhang.
"""),
    D(None, "Machbarkeitsstudie Wärmepumpe im denkmalgeschützten Rathaus", "de", "2023-08-31T09:00:00+02:00",
      ["matthias.gross"], "Energie/Machbarkeitsstudie Wärmepumpe Rathaus.pdf", owner="matthias.gross",
      group="duurzaamheid", tags=["Wärmepumpe", "Denkmalschutz", "Machbarkeitsstudie"], body="""
Aufgabenstellung. Das denkmalgeschützte Rathaus aus dem Jahr 1911 wird bisher mit zwei Gaskesseln beheizt. Die Stadt möchte prüfen, ob eine Wärmepumpe unter Berücksichtigung der Auflagen des Denkmalschutzes möglich ist.

Randbedingungen. Die Denkmalbehörde lehnt sichtbare Außeneinheiten im Innenhof und auf dem Dach ab. Die Fenster sind historische Kastenfenster und dürfen nur instand gesetzt, nicht ersetzt werden. Das Dach wurde 2015 gedämmt.

Heizlast und Vorlauftemperatur. Die raumweise berechnete Heizlast beträgt 210 kW, rund 35 Prozent weniger als die installierte Kesselleistung. Ein Vorlauftemperatur-Test im Februar 2023 ergab, dass alle Räume bis auf den Ratssaal mit 55 °C ausreichend beheizt werden können.

Variante A – Erdwärmesonden. Zehn Sonden mit je 120 Metern Tiefe unter dem benachbarten Parkplatz. Keine sichtbaren Bauteile am Gebäude. Hohe Effizienz, aber hohe Investitionskosten und ein wasserrechtliches Genehmigungsverfahren.

Variante B – Abwasserwärme. Wärmeübertrager im städtischen Hauptsammler, der 80 Meter vom Rathaus entfernt verläuft. Die Abflussmessungen der Stadtentwässerung zeigen, dass der Trockenwetterabfluss ganzjährig ausreicht. Geringere Investition als Variante A, aber Abhängigkeit vom Kanalbetreiber.

Variante C – Hybrid. Luft-Wasser-Wärmepumpe im Keller mit Luftführung über einen bestehenden Lichtschacht und einem Gaskessel für Spitzenlast. Geringste Kosten, aber nur teilweise klimaneutral.

Empfehlung. Variante B, vorbehaltlich einer Vereinbarung mit der Stadtentwässerung. Im Ratssaal werden zusätzlich zwei Heizkörper vergrößert. Erfahrungen aus Mechelen und Lyon mit ähnlichen Gebäuden sind in die Bewertung eingeflossen.
"""),
    D(None, "Projektstatusbericht – Anleitung", "de", "2022-08-30T14:00:00+02:00",
      ["juergen.weiss"], "Projekte DE/Vorlagen/Projektstatusbericht - Anleitung.md", owner="juergen.weiss",
      group="projekte-de", tags=["Projektleitung", "Statusbericht", "Vorlage"], body="""
# Projektstatusbericht: Anleitung

Ab September 2022 erstellt die Projektleitung für alle Projekte mit einem Auftragswert über 50.000 € einen monatlichen Statusbericht. Ziel ist, Probleme früh sichtbar zu machen, nicht zusätzliche Bürokratie.

## Wann?

Bis zum dritten Arbeitstag des Folgemonats. Der Bericht wird im Projektordner unter „Berichte“ abgelegt und im Kanal projekte-de kurz verlinkt.

## Inhalt

Der Bericht umfasst eine Seite:

- **Ampel für Termine, Kosten und Qualität.** Grün: alles im Plan. Gelb: Abweichung, Maßnahmen laufen. Rot: Entscheidung der Geschäftsführung nötig.
- **Fachbeiträge.** Eine eigene Zeile für GIS, Vermessung und Energie, weil diese oft der Engpass sind.
- **Erledigt im Berichtsmonat.** Drei bis fünf Stichpunkte.
- **Geplant im Folgemonat.** Drei bis fünf Stichpunkte.
- **Risiken und offene Punkte.** Mit Verantwortlichen und Termin.
- **Budget.** Verbrauchte Stunden und Kosten im Verhältnis zum Leistungsstand.

## Tipps

Schreiben Sie ehrlich. Eine gelbe Ampel im dritten Monat ist viel besser als eine rote im neunten. Der Leistungsstand wird geschätzt, nicht aus den Stunden abgeleitet: Wenn 60 Prozent des Budgets verbraucht sind, heißt das nicht, dass 60 Prozent der Arbeit erledigt sind.

## Ansprechpartner

Jürgen Weiß (Vorlage und Fragen zur Projektleitung), Dorothée Krämer (Eskalation).
"""),
    D(None, "Angebot VgV-Verfahren Objektplanung Regenrückhaltebecken Lindenau", "de", "2024-03-15T12:00:00+01:00",
      ["juergen.weiss", "dorothee.kraemer", "matthias.gross"], "Projekte DE/Ausschreibungen/Angebot VgV Regenrückhaltebecken Lindenau.pdf",
      owner="juergen.weiss", group="projekte-de", acl={"groups": ["projekte-de"]}, tags=["VgV", "HOAI", "Angebot", "vertraulich"], body="""
Vertraulich bis zur Zuschlagserteilung. Angebot der Brughuis GmbH, Köln, im Verhandlungsverfahren nach VgV für die Objektplanung Ingenieurbauwerke (Regenrückhaltebecken) und die Fachplanung Technische Ausrüstung.

Aufgabenverständnis. Das geplante Regenrückhaltebecken mit einem Volumen von rund 18.000 m³ soll die Ortslage vor Überflutungen aus dem Außengebiet schützen. Es liegt in der Zone III eines Wasserschutzgebietes; der Baugrund ist nach den vorliegenden Erkundungen heterogen und teilweise setzungsempfindlich.

Honorarermittlung. Die Honorare wurden nach HOAI 2021 ermittelt. Das Objekt wird in Honorarzone III eingeordnet; die besonderen Anforderungen durch Wasserschutzgebiet und Baugrund sind in der Bewertung der Planungsanforderungen nachvollziehbar dokumentiert. Die Technische Ausrüstung (Drosselbauwerk, Pumpwerk, Mess- und Steuerungstechnik) wird getrennt nach Anlagengruppen honoriert. Die Leistungsphasen 1 bis 8 werden angeboten, besondere Leistungen sind gesondert ausgewiesen.

Projektorganisation. Projektleitung: Jürgen Weiß. Stellvertretung: Dr. Katrin Schäfer. Technische Ausrüstung: Matthias Groß. Die Geschäftsführerin Dorothée Krämer ist für Eskalationen und Vertragsfragen zuständig.

Qualitätssicherung. Vier-Augen-Prinzip bei allen Planunterlagen, Planungsbesprechungen alle zwei Wochen, monatlicher Statusbericht an den Auftraggeber.

Termine. Die Entwurfsplanung kann innerhalb von sechs Monaten nach Beauftragung vorgelegt werden, vorausgesetzt, das Baugrundgutachten liegt bis dahin vor.
"""),
    D(None, "Teilnahmeantrag Kommunale Wärmeplanung Bergfelden", "de", "2026-04-20T12:00:00+02:00",
      ["juergen.weiss", "matthias.gross"], "Projekte DE/Ausschreibungen/Teilnahmeantrag Wärmeplanung Bergfelden.docx",
      owner="matthias.gross", group="projekte-de", tags=["Wärmeplanung", "Teilnahmeantrag", "Ausschreibung"], body="""
Teilnahmeantrag der Brughuis GmbH im Verhandlungsverfahren mit Teilnahmewettbewerb „Erstellung einer kommunalen Wärmeplanung für die Stadt Bergfelden“.

Eignung. Die Brughuis GmbH ist Teil der Brughuis-Gruppe mit Büros in Utrecht, Antwerpen, Brüssel, Lyon, Köln und London. Das Team Energie & Gebäude in Köln besteht aus fünf Ingenieurinnen und Ingenieuren mit Erfahrung in Energieberatung, Wärmepumpenplanung und Wärmenetzen. Die wirtschaftliche Leistungsfähigkeit wird durch die Umsatzangaben der letzten drei Geschäftsjahre und eine Bankerklärung nachgewiesen.

Referenzen. Erstens die Wärmeplanung einer flämischen Gemeinde mit rund 25.000 Einwohnern (2023–2024), erstellt unter Mitarbeit von Lotte Willems aus unserem Büro Antwerpen; Bestandsanalyse, Potenzialanalyse, Zielszenario und Umsetzungsstrategie. Zweitens die Machbarkeitsstudie Wärmepumpe für ein denkmalgeschütztes Rathaus (2023). Drittens das Starkregenrisikomanagement für die Stadt Bergfelden, das die gute Kenntnis der örtlichen Verhältnisse belegt.

Vorgesehenes Team. Projektleitung: Matthias Groß. Stellvertretung und Vergabe: Jürgen Weiß. GIS und Datenanalyse: Lena Möller. Fachliche Unterstützung Wärmenetze: Lotte Willems.

Methodischer Ansatz (Kurzfassung). Wir verbinden die Bestandsanalyse mit einer gebäudescharfen Auswertung der Geodaten und beteiligen die Stadtwerke, die Wohnungswirtschaft und die Bürgerschaft von Anfang an. Besonderes Augenmerk liegt auf Quartieren, in denen ein Wärmenetz wirtschaftlich sein kann, und auf Gebieten, in denen dezentrale Wärmepumpen die beste Lösung sind.
"""),
    D(None, "Reiserichtlinie für die Brughuis GmbH", "de", "2024-10-20T09:00:00+02:00",
      ["dorothee.kraemer", "sophie.lambert"], "Richtlinien/Reiserichtlinie (Deutschland).pdf", owner="dorothee.kraemer",
      tags=["Reiserichtlinie", "Dienstreisen", "Reisekosten"], body="""
Diese Richtlinie ergänzt die konzernweite Reiserichtlinie 2024 um die Besonderheiten für Mitarbeiterinnen und Mitarbeiter der Brughuis GmbH in Köln.

Grundsatz. Dienstreisen werden vorrangig mit der Bahn durchgeführt, wenn das Ziel in weniger als sechs Stunden erreichbar ist. Das gilt insbesondere für Fahrten nach Utrecht, Antwerpen, Brüssel und London. Flugreisen bedürfen der vorherigen Zustimmung der Vorgesetzten.

Bahnfahrten. Fahrten über drei Stunden dürfen in der 1. Klasse gebucht werden. Die Bahncard 50 wird für Mitarbeitende mit regelmäßigen Dienstreisen erstattet, wenn sie sich voraussichtlich amortisiert.

Fahrten zu Kunden. Viele unserer Auftraggeber sind Kommunen im ländlichen Raum, die mit öffentlichen Verkehrsmitteln schwer erreichbar sind. Für diese Fahrten steht der Poolwagen des Büros zur Verfügung, ab 2026 als Elektrofahrzeug. Die Nutzung des Privatwagens wird mit 0,30 € pro Kilometer erstattet.

Verpflegungsmehraufwand und Übernachtung. Es gelten die steuerlichen Pauschalen. Hotels werden über das Reisebüro gebucht; die Richtwerte pro Nacht stehen im Anhang.

Reisekostenabrechnung. Die Abrechnung erfolgt bis zum 10. des Folgemonats mit allen Belegen. Abrechnungen, die älter als drei Monate sind, können nicht mehr erstattet werden. Die frühere Regel „bis Quartalsende“ gilt seit Januar 2023 nicht mehr.

Fragen beantwortet die Geschäftsführung oder HR (Sophie Lambert).
"""),
    D(None, "Kartenatlas-Export in QGIS beschleunigen", "de", "2026-09-30T09:00:00+02:00",
      ["lena.moeller", "bjorn.sorensen"], "Handleidingen/GIS/Kartenatlas-Export in QGIS beschleunigen.md", owner="lena.moeller",
      group="gis-data", tags=["QGIS", "Atlas", "Performance"], body="""
# Kartenatlas-Export in QGIS beschleunigen

Nach dem Update auf QGIS 3.40 dauerte der PDF-Export unseres Kartenatlas für das Projekt Lindenau fast eine Stunde für 60 Seiten. Mit den folgenden Maßnahmen sind es jetzt unter zehn Minuten.

## 1. Schummerung vorab berechnen

Die Geländeschummerung (Hillshade) wurde bei jeder Seite neu aus dem DGM1 mit 300 dpi berechnet. Besser: die Schummerung einmal als Cloud Optimized GeoTIFF mit Übersichten (Overviews) erzeugen und als normale Rasterebene laden. Allein das hat die Exportzeit von 50 auf etwa 15 Minuten gesenkt.

## 2. Räumliche Indizes

Alle Vektorebenen, besonders Gebäude und Fließwege, brauchen einen räumlichen Index. In GeoPackages ist er meist vorhanden, bei Shapefiles nicht immer. Daten aus der PostGIS-Datenbank sind indiziert.

## 3. Rasterauflösung der Ausgabe

300 dpi sind für den Druck in A1 nötig, für die PDF-Version auf der Webseite reichen 150 dpi. Zwei Exportprofile anlegen.

## 4. Beschriftungen

Beschriftungen mit vielen Regeln und Freistellung kosten Zeit. Für den Atlas eine vereinfachte Beschriftungsebene verwenden.

## 5. Export als Einzel-PDFs

Statt eines großen PDFs die Seiten einzeln exportieren und danach zusammenfügen. So lässt sich der Export bei einem Fehler fortsetzen, statt von vorn zu beginnen.

Danke an Bjørn für den Tipp mit der Schummerung!
"""),
    D(None, "DGM1 NRW herunterladen und mosaikieren", "de", "2023-04-19T09:00:00+02:00",
      ["lena.moeller", "bjorn.sorensen"], "Handleidingen/GIS/DGM1 NRW herunterladen.md", owner="lena.moeller",
      group="gis-data", tags=["DGM1", "Geodaten", "Python"], body="""
# DGM1 NRW herunterladen und zu einem Mosaik zusammenfügen

Für Starkregenmodellierungen in Nordrhein-Westfalen nutzen wir das digitale Geländemodell mit 1 m Auflösung (DGM1). Es steht als Open Data zur Verfügung und wird in Kacheln von 1 × 1 km angeboten. Das DGM25 im Projektordner ist für die Starkregenmodellierung zu grob.

## Kacheln bestimmen

Zuerst das Projektgebiet mit einem Puffer von mindestens 500 m um das Einzugsgebiet festlegen. Das Skript `dgm1_tiles.py` aus dem GIS-Repository berechnet daraus die Liste der benötigten Kachelnamen im Koordinatensystem ETRS89/UTM 32N (EPSG:25832).

## Herunterladen

`python dgm1_tiles.py --gebiet projektgebiet.gpkg --puffer 500 --ziel ./dgm1`

Das Skript lädt die Kacheln vom Landesportal herunter, überspringt bereits vorhandene Dateien und prüft die Dateigröße. Für den Rhein-Erft-Kreis sind es über 400 Kacheln; der Download dauert je nach Verbindung eine bis zwei Stunden.

## Mosaik erstellen

`gdalbuildvrt dgm1.vrt ./dgm1/*.tif`
`gdal_translate -of COG -co COMPRESS=DEFLATE -co PREDICTOR=3 dgm1.vrt dgm1_cog.tif`

Das Ergebnis ist ein Cloud Optimized GeoTIFF, das sich schnell in QGIS und im Modell laden lässt.

## Ablage

Das fertige Mosaik gehört auf den Dateiserver unter Geodaten/DGM1/, nicht in OneDrive. In der PostGIS-Datenbank wird nur die Ausdehnung registriert.

Fragen an Lena Möller oder Bjørn Sørensen.
"""),
    D(None, "Merkblatt: Fotos bei Bürgerveranstaltungen", "de", "2026-01-30T09:00:00+01:00",
      ["eva.jacobs", "juergen.weiss"], "Datenschutz/Fotos bei Bürgerveranstaltungen - Merkblatt.md", owner="eva.jacobs",
      group="privacy-avg", tags=["DSGVO", "Fotos", "Datenschutz"], body="""
# Merkblatt: Fotos bei Bürgerveranstaltungen

Bei Bürgerinfoabenden, Workshops und Ortsbegehungen entstehen oft Fotos, die wir gern auf Projektwebseiten, in Berichten oder in den sozialen Medien verwenden möchten. Dabei ist die Datenschutz-Grundverordnung (DSGVO) zu beachten, denn auf Fotos erkennbare Personen sind personenbezogene Daten.

## Übersichtsaufnahmen

Fotos, die die Veranstaltung als Ganzes zeigen, ohne dass einzelne Personen im Mittelpunkt stehen, dürfen in der Regel veröffentlicht werden. Weisen Sie vor Beginn der Veranstaltung mündlich und mit einem Aushang darauf hin, dass fotografiert wird und wofür die Bilder verwendet werden.

## Erkennbare Einzelpersonen

Für Fotos, auf denen einzelne Personen deutlich erkennbar im Vordergrund stehen, brauchen wir eine Einwilligung. Sie muss konkret sein (wofür wird das Foto verwendet?) und dokumentiert werden. Ein Schild am Eingang reicht dafür nicht aus. Verwenden Sie das Einwilligungsformular aus dem Datenschutzordner.

## Kinder

Bei Fotos von Kindern, etwa bei der Einweihung eines Schulhofs, ist die Einwilligung der Eltern erforderlich. Im Zweifel Kinder nicht erkennbar fotografieren.

## Praktische Tipps

- Lieber Hände, Karten und Modelle fotografieren als Gesichter.
- Nicht benötigte Fotos nach Projektende löschen.
- Gesichter, für die keine Einwilligung vorliegt, vor der Veröffentlichung unkenntlich machen.

Fragen an das Datenschutzteam: Eva Jacobs und Isabelle Dubois.
"""),
    D(None, "Protokoll Projektbesprechung Starkregen Lindenau, 22. April 2025", "de", "2025-04-22T11:00:00+02:00",
      ["katrin.schaefer"], "Projekte DE/Besprechungen/Projektbesprechung 2025-04-22.docx", owner="juergen.weiss",
      group="projekte-de", tags=["Protokoll", "Projektbesprechung", "Starkregen"], body="""
Teilnehmende: Jürgen Weiß (Leitung), Katrin Schäfer (Protokoll), Lena Möller. Gast: Anna de Vries (per Videokonferenz, zu TOP 2).

TOP 1 – Stand Pilotgemeinden. Die Gefahrenkarten für Oberlinden und Talheim sind fertig und von der zweiten Person geprüft. Die Plausibilisierung mit den Einsatzberichten der Feuerwehr war überzeugend; an einer Unterführung in Talheim wurde ein verstopfter Durchlass als Ursache früherer Überflutungen bestätigt.

TOP 2 – Bürgerinfoabend Oberlinden. Der Abend am 15. April war mit rund 120 Besucherinnen und Besuchern sehr gut besucht. Die ausgedruckten Karten im Format A1 kamen gut an. Anna de Vries berichtet von ihren Erfahrungen aus den Niederlanden: Wassertiefen an bekannten Orten zeigen und immer konkrete Handlungsmöglichkeiten nennen. Ihre Checkliste wird ins Deutsche übersetzt.

TOP 3 – Zeitplan. Paket 1 (vier Gemeinden) startet im Mai. Durch fehlende Kanalnetzdaten in zwei Gemeinden entsteht ein Verzug von etwa drei Wochen. Ampel Termine: gelb.

TOP 4 – Budget. 38 Prozent des Budgets sind verbraucht, der Leistungsstand wird auf 35 Prozent geschätzt. Kein Handlungsbedarf.

TOP 5 – Sonstiges. Lena schlägt vor, die Karten zusätzlich als PDF-Atlas auf der Webseite des Kreises bereitzustellen, sofern die Gemeinden zustimmen.

Aufgaben: Jürgen – Nachforderung Kanalnetzdaten. Lena – Kartenvorlagen Paket 1. Katrin – Modellaufbau Paket 1. Anna – Checkliste an Katrin schicken.
"""),
    D(None, "Kommunale Wärmeplanung – ein Überblick", "de", "2024-05-06T09:00:00+02:00",
      ["matthias.gross"], "Energie/Kommunale Wärmeplanung - Überblick.md", owner="matthias.gross",
      group="duurzaamheid", updated="2025-11-03T09:00:00+01:00", tags=["Wärmeplanung", "Energie", "Kommunen"], body="""
# Kommunale Wärmeplanung: ein Überblick

Mit dem Wärmeplanungsgesetz sind Städte und Gemeinden in Deutschland verpflichtet, eine kommunale Wärmeplanung zu erstellen: größere Städte früher, kleinere Gemeinden später. Für uns ist das ein wichtiges Arbeitsfeld, in dem wir Energie- und GIS-Kompetenz verbinden.

## Was ist eine Wärmeplanung?

Eine Wärmeplanung ist ein strategischer Plan, wie eine Kommune ihre Wärmeversorgung bis 2045 klimaneutral gestaltet. Sie besteht aus vier Schritten:

1. **Bestandsanalyse:** Wärmebedarf, Gebäudebestand, vorhandene Netze und Energieträger.
2. **Potenzialanalyse:** Abwärme, Geothermie, Umweltwärme, Solarthermie, Biomasse, Einsparpotenziale durch Sanierung.
3. **Zielszenario:** Einteilung des Gemeindegebiets in Gebiete für Wärmenetze, für dezentrale Versorgung (meist Wärmepumpen) und Prüfgebiete.
4. **Umsetzungsstrategie:** konkrete Maßnahmen, Zuständigkeiten und Zeitplan.

## Unsere Stärken

Wir verbinden gebäudescharfe Geodatenanalysen aus dem GIS-Team mit der Erfahrung unseres Energieteams in der Planung von Wärmepumpen und Wärmenetzen. Aus Belgien und den Niederlanden bringen wir Erfahrungen mit ähnlichen Planungen mit.

## Typische Stolpersteine

- Datenbeschaffung bei Schornsteinfegern und Netzbetreibern dauert länger als gedacht.
- Datenschutz: Verbrauchsdaten einzelner Gebäude dürfen nur aggregiert veröffentlicht werden.
- Erwartungsmanagement: Die Wärmeplanung ist nicht verbindlich für einzelne Eigentümer, wird aber oft so verstanden.

Ansprechpartner: Matthias Groß.
"""),
    D(None, "Outlook fragt ständig nach dem Passwort", "de", "2022-03-02T09:00:00+01:00",
      ["thibault.girard"], "Handleidingen/IT/Outlook fragt ständig nach Passwort.md", owner="thibault.girard",
      group="it-support", tags=["Outlook", "E-Mail", "Passwort"], body="""
# Outlook fragt ständig nach dem Passwort

Nach der Umstellung auf Exchange Online im Februar 2022 fragt Outlook auf einigen Rechnern immer wieder nach dem Passwort, teilweise mehrmals am Tag. Ursache sind alte gespeicherte Anmeldeinformationen, die nicht mehr zum neuen Anmeldeverfahren passen.

## Lösung

1. Outlook und Teams vollständig schließen.
2. Systemsteuerung öffnen und „Anmeldeinformationsverwaltung“ auswählen.
3. Unter „Windows-Anmeldeinformationen“ alle Einträge löschen, die „Outlook“, „MicrosoftOffice“ oder „MSOID“ enthalten.
4. Rechner neu starten.
5. Outlook öffnen und einmal mit Passwort und Multi-Faktor-Authentifizierung anmelden.

Danach sollte Outlook nicht mehr nach dem Passwort fragen.

## Wenn das nicht hilft

- Prüfen, ob die neueste Office-Version installiert ist (Datei > Office-Konto > Updateoptionen).
- Prüfen, ob das Konto im Outlook-Profil noch auf den alten Server verweist. In diesem Fall ein neues Outlook-Profil anlegen.
- Mit dem Servicedesk Kontakt aufnehmen und einen Screenshot der Meldung schicken.

## Hinweis

Geben Sie Ihr Passwort niemals in einem Fenster ein, das Ihnen verdächtig vorkommt, zum Beispiel wenn es aus einer E-Mail heraus geöffnet wurde. Im Zweifel lieber einmal mehr beim Servicedesk nachfragen.
"""),
]
