# -*- coding: utf-8 -*-
"""Threads in the groups gis-data, it-support and privacy-avg."""
from dsl import P, T

THREADS = [
    # ------------------------------------------------------------------- gis-data
    T("gis-data", "2021-08-10 10:20", source="slack", posts=[
        P("oliver.hughes", "en",
          "Quick question: I reprojected the Dutch AHN elevation tiles to EPSG:4326 for a web map and everything shifted by roughly 100 metres. "
          "Am I doing something obviously wrong?"),
        P("bjorn.sorensen", "en",
          "Classic one! Keep the data in EPSG:28992 (RD New) for any analysis. If you must reproject, make sure PROJ has the RDNAPTRANS grid installed, "
          "otherwise it falls back to a 7-parameter transformation that can be off by quite a bit. "
          "Run `projinfo -s EPSG:28992 -t EPSG:4326` and check which operation it picks.", likes=3),
        P("joost.hendriks", "nl",
          "En voor webkaarten gewoon EPSG:3857 gebruiken, 4326 is voor opslag. Oliver, ik zet een korte uitleg op de wiki: 'Coördinaatsystemen voor beginners'.",
          m=["oliver.hughes"]),
        P("oliver.hughes", "en", "It was the missing grid. Thanks, both! Bedankt! 🙏", to=1),
    ]),
    T("gis-data", "2022-11-15 14:05", source="slack", posts=[
        P("wouter.peeters", "nl",
          "Onze Vlaamse data staan deels in Lambert 72 (EPSG:31370) en deels in Lambert 2008 (EPSG:3812). Hoe krijg ik dat het netst in één project?"),
        P("joost.hendriks", "nl",
          "Kies Lambert 2008 als projectstelsel en zet de oude lagen éénmalig om, niet on-the-fly. "
          "Let op: tussen 31370 en 3812 zit een klein verschil in datum, dus gebruik de officiële transformatie en niet zomaar een verschuiving."),
        P("bjorn.sorensen", "en",
          "For rasters: `gdalwarp -s_srs EPSG:31370 -t_srs EPSG:3812 -r bilinear -co COMPRESS=DEFLATE in.tif out.tif`. "
          "For vectors `ogr2ogr` with the same flags. Happy to write you a small Python script that loops over the whole folder."),
    ]),
    T("gis-data", "2023-04-04 11:00", source="slack", posts=[
        P("lucas.janssens", "nl",
          "We willen de C++-solver van het FRM vanuit Python aanroepen. pybind11 of nanobind? Ik neig naar nanobind vanwege de kleinere binaries en snellere compilatie, maar het is jonger."),
        P("bjorn.sorensen", "en",
          "From the user side: whatever you choose, please ship wheels for Python 3.11 so we don't need a compiler on the laptops. "
          "pybind11 has more Stack Overflow answers, which counts for something when you're on holiday."),
        P("oliver.hughes", "en",
          "Could you make the solver accept NumPy arrays without copying? Our forecasting loop calls it a few thousand times and copies add up."),
        P("lucas.janssens", "nl",
          "Conclusie: we gaan voor pybind11 met C++17, wheels voor 3.10 en 3.11, en zero-copy via buffer protocol voor NumPy-arrays. "
          "Nanobind bekijken we opnieuw bij de volgende grote versie.", to=0, likes=5),
    ]),
    T("gis-data", "2024-01-23 09:15", source="slack", posts=[
        P("lena.moeller", "de",
          "Hat jemand eine gute QGIS-Layoutvorlage (QGIS 3.34) für Gefahrenkarten im Format A3 quer? Unsere alte Vorlage hat nach dem Update die Legende zerschossen."),
        P("joost.hendriks", "en",
          "There is a template in the shared folder GIS/Sjablonen/kaartlayout_A3_liggend.qpt, updated for 3.34 last month. "
          "The legend now uses a separate item per scenario, which fixes the jumping legend after the update."),
        P("lena.moeller", "de", "Perfekt, funktioniert. Ich übersetze die Beschriftungen ins Deutsche und lege eine deutsche Fassung daneben. Danke!"),
    ]),
    T("gis-data", "2024-06-11 16:00", source="slack", title="PSA: shared PostGIS server is live", posts=[
        P("bjorn.sorensen", "en",
          "📢 We now have a shared PostGIS 3.4 server (PostgreSQL 16) for project data: gisdb.brughuis.local, port 5432. "
          "Every project gets its own schema; ask me or Joost for access. "
          "Please stop mailing each other 2 GB shapefiles. 🙂", likes=11, rx={"🎉": 6, "😂": 3}),
        P("lena.moeller", "de", "Super! Kann ich auch aus Köln direkt darauf zugreifen, oder nur über VPN?"),
        P("bjorn.sorensen", "en",
          "Via VPN only for now. Thibault is looking into a read-only replica in the Köln office for the big raster tables.", to=1, m=["thibault.girard"]),
        P("oliver.hughes", "en", "Can I connect from a Jupyter notebook with geopandas? Any example connection string?"),
        P("bjorn.sorensen", "en",
          "Sure: `create_engine('postgresql+psycopg://user@gisdb.brughuis.local/projects')` and then `geopandas.read_postgis(sql, engine)`. "
          "Don't hard-code your password in the notebook; use a .pgpass file, see https://wiki.brughuis.example/gis/postgis", to=3),
    ]),
    T("gis-data", "2025-03-18 10:30", source="slack", posts=[
        P("joost.hendriks", "nl",
          "We richten de nieuwe rekenservers in. Welke Python-versie willen we als standaard: 3.11 of 3.12? "
          "Ik wil dit jaar niet nog een keer wisselen."),
        P("lucas.janssens", "nl",
          "3.12 als het kan. Onze wheels bouwen inmiddels voor 3.11 én 3.12, en 3.12 is merkbaar sneller in onze testsuite."),
        P("bjorn.sorensen", "en",
          "GDAL bindings and rasterio are fine on 3.12. One exception: the old calibration scripts use the distutils module, which 3.12 removed. We'd need to fix those first."),
        P("oliver.hughes", "en", "Forecasting stack is happy on 3.12, tested last week. +1 for 3.12."),
        P("joost.hendriks", "nl",
          "Besluit: 3.12 op de rekenservers, en Bjørn past de kalibratiescripts aan (distutils eruit). 3.11 blijft nog tot eind 2025 beschikbaar als fallback.",
          likes=4, m=["bjorn.sorensen"]),
    ]),
    T("gis-data", "2025-11-04 15:40", source="slack", posts=[
        P("oliver.hughes", "en",
          "After upgrading to pandas 2.2 I get a flood of SettingWithCopyWarning in the gauge-cleaning notebook. Is there a clean fix rather than silencing it?"),
        P("bjorn.sorensen", "en",
          "Turn on copy-on-write: `pd.options.mode.copy_on_write = True`. It becomes the default in pandas 3.0 anyway, and the warnings disappear because chained assignment simply stops working. "
          "Then fix the few places that relied on it with `.loc`."),
        P("oliver.hughes", "en", "That did it, and I found two bugs where I thought I was modifying the original frame. Thanks Bjørn!"),
    ]),
    T("gis-data", "2026-06-16 11:50", source="slack", posts=[
        P("lucas.janssens", "nl",
          "De C++-build van het FRM faalt op de nieuwe rekenserver met `undefined reference to GDALOpenEx`. Op mijn laptop werkt alles. Iemand een idee?"),
        P("bjorn.sorensen", "en",
          "The server has GDAL 3.6 from Debian plus an old 3.2 in /usr/local from the previous setup. I bet CMake finds the headers of one and the library of the other."),
        P("lucas.janssens", "nl",
          "Bingo. Met `find_package(GDAL 3.6 CONFIG REQUIRED)` en `target_link_libraries(frm_core PRIVATE GDAL::GDAL)` bouwt hij weer. De oude 3.2 heeft Thibault inmiddels verwijderd.",
          likes=3),
    ]),

    # ----------------------------------------------------------------- it-support
    T("it-support", "2021-10-04 08:30", title="Planning e-mailmigratie naar Exchange Online", tags=["e-mail", "migratie"], posts=[
        P("dennis.kok", "nl",
          "In februari verhuizen we alle mailboxen van de eigen Exchange-server naar Exchange Online. "
          "We migreren per vestiging in het weekend: eerst Utrecht, dan Antwerpen en Brussel, daarna Lyon, Köln en London. "
          "Je e-mailadres blijft hetzelfde; wel moet je na de migratie één keer opnieuw inloggen in Outlook en op je telefoon. Planning en veelgestelde vragen: https://intranet.brughuis.example/it/e-mailmigratie",
          likes=8),
        P("yasmina.elamrani", "nl",
          "Wat gebeurt er met de gedeelde mailboxen, zoals info@ en facturen@? Die worden veel gebruikt door collega's in verschillende vestigingen."),
        P("dennis.kok", "nl",
          "Die gaan in het eerste weekend mee, samen met Utrecht. Tot alle vestigingen over zijn, werken de rechten via een hybride koppeling, "
          "maar het kan zijn dat je een gedeelde mailbox een paar dagen handmatig moet toevoegen.", to=1),
        P("ruben.smit", "nl",
          "Aanvulling: we organiseren per vestiging een inloopspreekuur op de maandag na de migratie. Zet je vragen gerust alvast in dit kanaal."),
    ]),
    T("it-support", "2022-02-14 09:10", posts=[
        P("maarten.vanderlinden", "nl",
          "Sinds de e-mailmigratie zie ik de gedeelde agenda van team Water niet meer in Outlook. De mails komen wel binnen. Moet ik iets opnieuw instellen?"),
        P("dennis.kok", "nl",
          "Ja, gedeelde agenda's moet je na de migratie één keer opnieuw toevoegen: Agenda > Agenda toevoegen > Uit adreslijst, en dan 'Team Water' zoeken. "
          "De rechten zijn meegegaan, alleen de koppeling in je profiel niet."),
        P("yasmina.elamrani", "nl",
          "Ik heb er een korte handleiding met screenshots van gemaakt, staat op het intranet onder IT > E-mail > Gedeelde agenda toevoegen.", likes=5),
    ]),
    T("it-support", "2022-02-28 10:45", posts=[
        P("emilie.roux", "fr",
          "Depuis la migration e-mail, ma signature a disparu et les accents s'affichent bizarrement chez certains clients : « rÃ©union » au lieu de « réunion ». "
          "Est-ce que c'est de mon côté ?"),
        P("thibault.girard", "fr",
          "Ce n'est pas toi 🙂 L'ancienne signature était en HTML avec un encodage Windows-1252. "
          "Je t'ai créé une nouvelle signature en UTF-8 à partir du modèle de l'agence de Lyon ; il suffit de redémarrer Outlook. "
          "Si un client voit encore des caractères bizarres, envoie-moi l'e-mail en pièce jointe."),
        P("emilie.roux", "fr", "Parfait, ça marche ! Merci beaucoup Thibault."),
    ]),
    T("it-support", "2022-03-01 13:25", posts=[
        P("katrin.schaefer", "de",
          "Seit der E-Mail-Umstellung fragt Outlook mich ständig nach meinem Passwort, manchmal fünfmal am Tag. Kennt jemand das Problem?"),
        P("thibault.girard", "de",
          "Ja, das betrifft einige Rechner in Köln. Bitte unter Systemsteuerung > Anmeldeinformationsverwaltung alle Einträge mit 'Outlook' oder 'MicrosoftOffice' löschen und Outlook neu starten. "
          "Danach einmal mit Multi-Faktor-Authentifizierung anmelden, dann sollte Ruhe sein."),
        P("katrin.schaefer", "de", "Hat geklappt, vielen Dank! Endlich kann ich wieder in Ruhe arbeiten.", likes=1),
    ]),
    T("it-support", "2023-01-09 08:50", posts=[
        P("oliver.hughes", "en",
          "I got a new phone over Christmas and now the authenticator app doesn't have my account any more. How do I get MFA working again?"),
        P("yasmina.elamrani", "en",
          "No problem, this happens every January. 😄 I've reset your MFA registration; next time you log in to portal.office.com you'll be asked to scan a new QR code. "
          "Tip: turn on the cloud backup in the authenticator app, then moving to a new phone is painless."),
        P("ruben.smit", "en",
          "And please don't use SMS as your only method. We will switch SMS off for everyone later this year."),
    ]),
    T("it-support", "2023-09-12 10:00", title="VPN wordt vervangen: actie nodig voor 30 september", tags=["VPN"], posts=[
        P("ruben.smit", "nl",
          "De oude VPN-client wordt op 30 september uitgeschakeld. De nieuwe client wordt automatisch geïnstalleerd via Software Center; je hoeft alleen één keer in te loggen met je Brughuis-account. "
          "Wie met de rekenservers of de GIS-database werkt: test het vóór de deadline even.", likes=6),
        P("thibault.girard", "fr",
          "Pour les collègues de Lyon : le nouveau VPN fonctionne aussi depuis le réseau invité du bureau, ce qui n'était pas le cas avant. "
          "Si la connexion échoue chez vous, vérifiez d'abord que la box ne bloque pas le port UDP 51820."),
        P("lena.moeller", "de", "Gilt das auch für Köln? Bei mir ist der neue Client noch nicht aufgetaucht."),
        P("thibault.girard", "de",
          "Köln kommt am Donnerstag dran. Wenn der Client am Freitag immer noch fehlt, einfach im Software Center auf 'Aktualisieren' klicken.", to=2),
    ]),
    T("it-support", "2024-05-07 14:35", posts=[
        P("bjorn.sorensen", "en",
          "A new colleague can't install Python 3.11 on her laptop: the installer from python.org is blocked. Is that on purpose?"),
        P("ruben.smit", "en",
          "Yes, unsigned installers are blocked since the security update in April. Python 3.11 and 3.12 are available in Software Center, including the GIS packages we support."),
        P("lucas.janssens", "nl",
          "Voor wie met de FRM-tools werkt: installeer 'Brughuis Python GIS 3.11' uit Software Center, daar zitten GDAL, rasterio en onze wheels al in. Scheelt een middag prutsen."),
    ]),
    T("it-support", "2025-01-20 11:15", posts=[
        P("anna.devries", "nl",
          "Ik krijg morgen een nieuwe laptop. Hoe krijg ik mijn bestanden en bureaubladinstellingen over? Moet ik zelf een back-up maken?"),
        P("yasmina.elamrani", "nl",
          "Als je bestanden in OneDrive of op de projectschijf staan, komen ze vanzelf terug. Controleer wel even je map Downloads en het bureaublad, die worden niet altijd gesynchroniseerd. "
          "Bladwijzers in Edge gaan mee via je account. Neem je oude laptop mee naar de servicedesk, dan lopen we het samen na."),
        P("anna.devries", "nl", "Helder, dank je wel! Ik kom morgen om 9 uur langs.", to=1),
    ]),
    T("it-support", "2025-08-26 09:05", posts=[
        P("claire.moreau", "fr",
          "L'imprimante du deuxième étage à Lyon affiche encore « erreur de bourrage » alors qu'il n'y a pas de papier coincé. On a un dossier à déposer à midi… 😬"),
        P("thibault.girard", "fr",
          "J'arrive. En attendant, tu peux imprimer sur celle du rez-de-chaussée, elle s'appelle LYON-RDC-01. Le capteur du bac 2 est défectueux, le technicien passe jeudi."),
    ]),
    T("it-support", "2026-07-14 09:40", posts=[
        P("matthias.gross", "de",
          "Im Besprechungsraum Rhein in Köln funktioniert die Kamera bei Teams-Besprechungen nicht mehr. Ton geht, Bild bleibt schwarz."),
        P("thibault.girard", "de",
          "Die Kamera hängt am USB-Hub unter dem Tisch und der hat sich nach dem Windows-Update verabschiedet. Ich habe ihn per Fernwartung neu gestartet, jetzt sollte es wieder gehen. Ein neuer Hub ist bestellt."),
    ]),
    T("it-support", "2024-11-19 16:50", title="Phishing-mail 'namens Ingrid'", tags=["phishing", "security"], posts=[
        P("james.whitfield", "en",
          "I just received an e-mail 'from Ingrid' asking me to buy gift cards urgently for a client. The address was ingrid.vanleeuwen@brughuis-mail.example. I assume that's not her. 🙃"),
        P("ruben.smit", "en",
          "Correct, that's phishing. Thanks for reporting! Please never reply to these; use the 'Report phishing' button in Outlook. "
          "We've blocked the domain. Four colleagues received the same message today."),
        P("eva.jacobs", "nl",
          "Heeft iemand op een link geklikt of gegevens ingevuld? Meld het dan meteen bij mij of bij Ruben, dan kijken we of het een datalek is. Melden is nooit dom, niet melden wel.",
          likes=7),
    ]),

    # ---------------------------------------------------------------- privacy-avg
    T("privacy-avg", "2022-04-05 10:25", title="Cv's van onderaannemers in een inschrijving", tags=["AVG", "aanbestedingen"], posts=[
        P("bas.vandijk", "nl",
          "In een inschrijving moeten we cv's van het kernteam opnemen, ook van twee zzp'ers die we inhuren. Mag dat zomaar volgens de AVG?"),
        P("eva.jacobs", "nl",
          "Ja, maar vraag de zzp'ers vooraf om toestemming en beperk het cv tot wat de aanbesteder vraagt: opleiding, ervaring en rol. "
          "Geen geboortedatum, geen adres, geen foto. En zet de cv's na de gunning niet in de gedeelde map, maar in de afgeschermde tendermap."),
        P("isabelle.dubois", "fr",
          "J'ajoute : dans le contrat avec les indépendants, on a maintenant une clause standard qui couvre l'usage de leur CV dans nos offres. "
          "Bas, je t'envoie le modèle. Dat mag gerust in het Nederlands vertaald worden, de Nederlandse versie staat ook in de juridische map.", m=["bas.vandijk"]),
    ]),
    T("privacy-avg", "2023-02-21 14:10", posts=[
        P("oliver.hughes", "en",
          "We ran a survey among residents about flooding experiences, with postcodes and some free-text answers. Can I use that data to validate my flood model?"),
        P("eva.jacobs", "en",
          "It depends on what residents were told when they filled it in. If the privacy notice said 'for research on flood risk in your area', validation fits within that purpose. "
          "But please aggregate to postcode level and remove the free text, which often contains names and health details."),
        P("isabelle.dubois", "en",
          "And store the raw file in the project folder with restricted access, not in your personal OneDrive. If you are unsure, we can do a quick DPIA screening together, it takes 20 minutes."),
    ]),
    T("privacy-avg", "2023-08-29 11:30", posts=[
        P("claire.moreau", "fr",
          "Question RGPD : combien de temps a-t-on le droit de garder les coordonnées des prospects dans le CRM quand ils ne répondent jamais ?"),
        P("isabelle.dubois", "fr",
          "La CNIL recommande trois ans à compter du dernier contact émanant du prospect. Pour un contact professionnel en B2B, on peut le démarcher sans consentement préalable s'il s'agit de son activité professionnelle, "
          "mais il doit pouvoir s'opposer facilement. J'ai ajouté une règle de purge automatique dans le CRM : les contacts inactifs depuis trois ans seront supprimés chaque 1er janvier.",
          likes=3),
    ]),
    T("privacy-avg", "2024-09-10 08:15", posts=[
        P("ruben.smit", "nl",
          "Een collega heeft gisteravond zijn laptop in de trein laten liggen. De schijf is versleuteld met BitLocker. Is dit een datalek dat we moeten melden?"),
        P("eva.jacobs", "nl",
          "Het is een beveiligingsincident, maar met volledige schijfversleuteling en een sterk wachtwoord is het risico voor betrokkenen laag. Dan hoeft het meestal niet naar de Autoriteit Persoonsgegevens. "
          "We moeten het wel in ons interne datalekregister vastleggen, met de afweging erbij. Ruben, kun je bevestigen dat het apparaat op afstand is vergrendeld?"),
        P("isabelle.dubois", "nl",
          "Eens met Eva. Ik vul het register vandaag aan. Fijn dat het zo snel gemeld is, dat maakt echt verschil.", likes=2),
    ]),
    T("privacy-avg", "2025-05-13 09:00", title="New guidance: AI tools and personal data", tags=["AI", "GDPR", "policy"], posts=[
        P("isabelle.dubois", "en",
          "We published a short guidance note on using AI assistants and chatbots at work. In short: no personal data, no client documents marked confidential and no tender documents in public AI tools. "
          "The licensed tools in our Microsoft 365 environment may be used for internal texts. The full note: https://intranet.brughuis.example/privacy/ai-richtlijn",
          likes=9, rx={"👍": 6}),
        P("femke.dewit", "nl",
          "Dank Isabelle! Ik zet de richtlijn ook in de nieuwsbrief van deze week, met een paar voorbeelden in het Nederlands."),
        P("lucas.janssens", "en",
          "What about code? Can I paste snippets of our C++ solver into an AI tool to ask for optimisation ideas?"),
        P("isabelle.dubois", "en",
          "Our own source code is confidential business information, so not into public tools. The licensed assistant is fine for that, since data stays within our tenant.", to=2),
        P("eva.jacobs", "nl",
          "Aanvulling: ook 'geanonimiseerde' data is vaak nog herleidbaar. Een straatnaam plus een waterschadeclaim is al genoeg. Twijfel? Vraag ons even."),
    ]),
    T("privacy-avg", "2026-01-27 13:20", posts=[
        P("juergen.weiss", "de",
          "Datenschutzfrage zur DSGVO: Dürfen wir Fotos von der Bürgerversammlung in Bergfelden auf der Projektwebseite veröffentlichen? Auf einigen Bildern sind Anwohner deutlich zu erkennen."),
        P("eva.jacobs", "en",
          "Sorry for replying in English. For recognisable individuals you need their consent, unless the photo shows the event as a whole and nobody is the focus. "
          "Under the GDPR, consent must be specific and documented, so a sign at the entrance is not enough. Best to blur faces or pick crowd shots."),
        P("juergen.weiss", "de", "Verstanden, dann nehmen wir die Übersichtsbilder und verpixeln den Rest. Danke!"),
    ]),
]
