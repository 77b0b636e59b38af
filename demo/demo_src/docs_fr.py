# -*- coding: utf-8 -*-
"""French documents."""
from dsl import D

DOCS = [
    D(None, "Trame de mémoire technique", "fr", "2022-06-21T10:00:00+02:00",
      ["claire.moreau"], "Sales France/Modèles/Trame mémoire technique.docx", owner="claire.moreau",
      group="sales-france", updated="2024-02-05T09:00:00+01:00", tags=["mémoire technique", "modèle", "marchés publics"], body="""
Cette trame sert de base à tous les mémoires techniques remis par Brughuis France en réponse à un marché public. Elle suit l'ordre habituel des critères de jugement des offres ; adaptez-la toujours au règlement de consultation (RC) du marché concerné.

1. Compréhension du besoin. Reformulez en une page les enjeux du maître d'ouvrage, avec ses mots et non les nôtres. Citez le contexte local (cours d'eau, historique des crues, documents de planification comme le PPRI ou le SAGE). C'est souvent la partie que l'acheteur lit en premier.

2. Méthodologie. Décrivez phase par phase ce que nous ferons, avec les livrables et les réunions. Soyez concrets : « modélisation hydraulique 2D avec un maillage de 2 m dans les zones urbaines » vaut mieux que « modélisation adaptée ». Ajoutez une carte ou une capture d'écran de nos outils.

3. Moyens humains. Présentez l'équipe dédiée avec le rôle de chacun et deux ou trois références pertinentes. Joignez les CV en annexe, limités aux informations demandées (pas de date de naissance, pas d'adresse).

4. Planning. Un diagramme de Gantt lisible, avec les points d'arrêt et les délais de validation par le maître d'ouvrage.

5. Démarche qualité et environnementale. Notre organisation qualité, les relectures internes, et nos engagements pour réduire l'impact environnemental de la mission (déplacements en train, réunions à distance).

6. Financements possibles. Un paragraphe sur les aides mobilisables par le maître d'ouvrage : agence de l'eau, FEDER, programme LIFE.

Les encadrés jaunes « à adapter » doivent tous disparaître avant le dépôt. La relecture finale est faite par Claire Moreau au plus tard deux jours ouvrés avant la date limite.
"""),
    D(None, "Guide des marchés publics pour les ingénieurs", "fr", "2021-03-15T09:00:00+01:00",
      ["claire.moreau", "isabelle.dubois"], "Sales France/Guide des marchés publics pour les ingénieurs.md", owner="claire.moreau",
      group="sales-france", updated="2025-02-03T09:00:00+01:00", tags=["marchés publics", "DCE", "guide"], body="""
# Guide des marchés publics pour les ingénieurs

Vous participez pour la première fois à une réponse à un appel d'offres ? Ce guide résume l'essentiel.

## Le dossier de consultation des entreprises (DCE)

Le DCE contient en général le règlement de consultation (RC), le cahier des clauses administratives particulières (CCAP), le cahier des clauses techniques particulières (CCTP), l'acte d'engagement et souvent un bordereau des prix unitaires ou une décomposition du prix global. Commencez toujours par le RC : il fixe les critères de jugement, leur pondération et la date limite de remise des offres.

## Les procédures

En dessous des seuils européens, la plupart des acheteurs utilisent la procédure adaptée (MAPA), qui permet souvent une négociation. Au-dessus, c'est l'appel d'offres ouvert ou restreint, sans négociation. Les accords-cadres permettent à l'acheteur de passer des bons de commande ou des marchés subséquents pendant plusieurs années.

## Cotraitance et sous-traitance

En groupement, chaque cotraitant signe l'acte d'engagement et est payé directement. Le mandataire coordonne le groupement et peut être solidaire. Un sous-traitant n'a pas de lien contractuel avec l'acheteur, mais peut bénéficier du paiement direct au-delà de 600 € TTC.

## Données personnelles

De plus en plus de CCAP contiennent des clauses RGPD. Si la mission implique des données personnelles (enquêtes auprès des habitants, par exemple), envoyez le CCAP à Isabelle Dubois dès le début : un accord de sous-traitance peut être à joindre à l'offre.

## Après l'attribution

Gagné ou perdu, demandez toujours le rapport d'analyse des offres. C'est la meilleure façon de progresser.
"""),
    D(None, "Offre SAGE de l'Orvette – mémoire technique", "fr", "2021-10-14T16:00:00+02:00",
      ["claire.moreau", "emilie.roux", "nathalie.petit"], "Sales France/Offres/2021 SAGE Orvette/mémoire technique.pdf",
      owner="claire.moreau", group="sales-france", tags=["mémoire technique", "SAGE", "Orvette"], body="""
Marché : étude hydraulique préalable à la révision du SAGE du bassin de l'Orvette. Candidat : Brughuis France SAS, agence de Lyon.

Compréhension du besoin. Le bassin de l'Orvette a connu trois crues dommageables en dix ans, dont celle de novembre 2019 qui a inondé le centre-bourg de deux communes. Le syndicat souhaite disposer d'une connaissance partagée et actualisée de l'aléa inondation, afin de fonder la révision du SAGE et de hiérarchiser les actions de restauration et de protection. La question du ruissellement sur les coteaux viticoles est un enjeu particulier.

Méthodologie. Phase 1 : recueil et analyse des données existantes, visites de terrain et entretiens avec les communes et les riverains. Phase 2 : analyse hydrologique des crues de référence, à partir des stations hydrométriques et des pluies historiques. Phase 3 : modélisation hydraulique 1D/2D du cours principal et des affluents, calée sur les laisses de crue de 2019. Phase 4 : cartographie des aléas et des enjeux avec notre modèle d'évaluation du risque inondation (FRM). Phase 5 : propositions d'actions, avec une analyse coûts-bénéfices simplifiée.

Moyens humains. Chef de projet : Émilie Roux, ingénieure hydraulicienne. Appui modélisation : équipe Water & Klimaat d'Utrecht. Interlocutrice commerciale : Nathalie Petit.

Planning. Durée totale de neuf mois, avec quatre comités de pilotage.

Démarche environnementale. Les réunions de travail se tiennent à distance lorsque c'est possible, et les visites de terrain sont regroupées pour limiter les déplacements.
"""),
    D(None, "Accord-cadre eaux pluviales de Saint-Aurèle – mémoire technique", "fr", "2025-06-26T11:00:00+02:00",
      ["claire.moreau", "emilie.roux", "francois.garcon"], "Sales France/Offres/2025 Saint-Aurèle/mémoire technique - accord-cadre eaux pluviales.pdf",
      owner="claire.moreau", group="sales-france", acl={"groups": ["sales-france"]}, tags=["accord-cadre", "eaux pluviales", "confidentiel"], body="""
Confidentiel jusqu'à l'attribution. Accord-cadre à bons de commande pour la gestion intégrée des eaux pluviales, commune de Saint-Aurèle, durée de quatre ans.

Notre compréhension. La commune fait face à des épisodes de ruissellement de plus en plus fréquents, qui saturent le réseau unitaire et provoquent des débordements en centre-ville. Elle souhaite passer d'une logique de tuyaux à une gestion à la source : désimperméabilisation, noues, toitures végétalisées, cours d'école « oasis ». Les élus attendent des cartes compréhensibles et une démarche qui associe les habitants.

Notre approche. Chaque bon de commande débute par une réunion de cadrage. Pour les études de ruissellement, nous utilisons une modélisation 2D avec un maillage fin le long des voiries, validée par un test de sensibilité. Les résultats sont présentés sous deux formes : des cartes techniques pour les services et des cartes simplifiées, avec des repères connus, pour les élus et les habitants.

Concertation. Nous nous appuyons sur l'expérience de nos collègues néerlandais en réunions publiques : ateliers de quartier, cartes imprimées en grand format, exemples concrets de ce que chacun peut faire chez soi.

Synergies. Lorsque des bâtiments communaux sont concernés, notre ingénieur thermicien peut étudier en même temps la désimperméabilisation et le remplacement des chaudières par des pompes à chaleur, pour limiter les interventions.

Équipe. Émilie Roux (chef de projet), François Garçon (bâtiments), Claire Moreau (suivi contractuel), avec l'appui de l'équipe SIG d'Utrecht.
"""),
    D(None, "Étude de ruissellement de Villeurbanne – note méthodologique", "fr", "2025-03-10T09:00:00+01:00",
      ["emilie.roux"], "Projets France/Villeurbanne ruissellement/note méthodologique.docx", owner="emilie.roux",
      group="waterbeheer", tags=["ruissellement", "modélisation 2D", "maillage"], body="""
Objet. Cette note décrit la méthode retenue pour l'étude du ruissellement urbain sur le territoire de Villeurbanne, et en particulier le choix de la résolution du maillage.

Données. Le modèle s'appuie sur le modèle numérique de terrain LiDAR à 50 cm, les données du réseau d'assainissement fournies par la métropole et les pluies de projet de période de retour 10, 30 et 100 ans, ainsi qu'une pluie extrême.

Choix du maillage. Nous avons comparé un maillage régulier de 5 m et un maillage de 2 m sur le quartier des Gratte-Ciel. Avec 5 m, les bordures de trottoir et les passages étroits disparaissent, et les axes d'écoulement sont modifiés dans près d'un tiers des rues. Les hauteurs d'eau maximales diffèrent de plus de 10 cm sur 18 % des mailles inondées. Avec 2 m, les résultats sont cohérents avec les observations des services techniques lors de l'orage de juin 2024.

Compromis retenu. Un maillage flexible : 2 m le long des voiries et dans les zones denses, 5 m dans les parcs et les grandes emprises. Le temps de calcul passe ainsi de près de dix heures à environ trois heures par pluie de projet sur le serveur de calcul, grâce aussi à l'ajout de cœurs supplémentaires.

Interaction avec le réseau. Le réseau d'assainissement est représenté de manière simplifiée par une capacité d'absorption par avaloir, calée sur les débordements observés.

Livrables. Cartes des hauteurs d'eau et des vitesses, cartes simplifiées pour les élus et une note de synthèse.
"""),
    D(None, "Renaturation du Gier – rapport de phase 1", "fr", "2022-04-29T09:00:00+02:00",
      ["emilie.roux", "claire.moreau"], "Projets France/Renaturation du Gier/rapport de phase 1.pdf", owner="emilie.roux",
      group="waterbeheer", tags=["renaturation", "diagnostic", "rivière"], body="""
Contexte. Le tronçon étudié du Gier, long de 4,2 km, a été rectifié et endigué dans les années 1960 pour protéger une zone d'activités. Il présente aujourd'hui un lit incisé, des berges artificialisées et une faible diversité d'habitats. Le syndicat de rivière souhaite étudier les possibilités de renaturation.

Diagnostic hydromorphologique. Les relevés de terrain montrent une incision du lit de 0,8 à 1,5 m par rapport au profil de 1960, ce qui a déconnecté le cours d'eau de ses anciennes zones humides. Deux seuils infranchissables bloquent la continuité piscicole. Les berges en enrochement occupent 70 % du linéaire.

Diagnostic hydraulique. La modélisation montre que le débit de crue centennale reste contenu dans le lit endigué sur la majeure partie du tronçon, mais que les digues présentent des faiblesses au droit de la zone d'activités. Une rupture y provoquerait des hauteurs d'eau supérieures à un mètre.

Enjeux. Les principaux enjeux sont la protection de la zone d'activités, la restauration de la continuité écologique et la reconnexion des zones humides en rive gauche, aujourd'hui cultivées.

Pistes pour la phase 2. Trois scénarios seront étudiés : l'effacement des deux seuils avec une recharge sédimentaire, le recul de la digue en rive gauche pour recréer un espace de bon fonctionnement, et un scénario combiné. Pour chacun, nous évaluerons l'effet sur les crues, sur les milieux et le coût. Les possibilités de financement par l'agence de l'eau seront précisées avec le syndicat.
"""),
    D(None, "Compte rendu de la réunion clients du 16 avril 2024 à Villeurbanne", "fr", "2024-04-16T18:00:00+02:00",
      ["claire.moreau"], "Sales France/Réunions/compte rendu réunion clients 2024-04-16.docx", owner="claire.moreau",
      group="sales-france", tags=["compte rendu", "réunion", "eaux pluviales"], body="""
Participants. Pour la ville : le directeur des services techniques, la responsable du cycle de l'eau et un chargé de mission climat. Pour Brughuis : Claire Moreau et Émilie Roux.

Objet de la réunion. Présentation de nos références en gestion des eaux pluviales et échange sur les besoins de la ville pour les prochaines années.

Besoins exprimés. La ville va lancer en juin un accord-cadre de quatre ans sur la gestion des eaux pluviales. Elle recherche un prestataire capable de réaliser à la fois des études de modélisation du ruissellement et un accompagnement des habitants et des élus. Les projets de désimperméabilisation des cours d'école sont la priorité politique.

Points d'attention. Nos interlocuteurs craignent des cartes trop techniques, incompréhensibles pour les élus. Ils ont eu une mauvaise expérience avec un précédent prestataire dont les rapports n'ont jamais été utilisés. Ils souhaitent des livrables courts et des réunions de restitution en présence des élus.

Nos atouts. L'expérience des réunions publiques de l'équipe d'Utrecht, notre modèle de risque inondation et la possibilité de combiner eau et énergie sur les bâtiments communaux.

Suites à donner. Émilie prépare un exemple de carte simplifiée pour les élus, à partir d'une étude récente. Claire suit la publication de l'accord-cadre sur le profil d'acheteur. Antoine Mercier propose une visite de l'agence au directeur des services techniques.
"""),
    D(None, "Politique de voyage – résumé en français", "fr", "2024-10-16T09:00:00+02:00",
      ["sophie.lambert"], "Politiques/Politique de voyage - résumé.pdf", owner="sophie.lambert",
      tags=["politique de voyage", "notes de frais"], body="""
Ce document résume la politique de voyage 2024 de Brughuis pour les collègues francophones. La version néerlandaise fait foi en cas de doute.

Le train d'abord. Toutes les destinations accessibles en train en moins de six heures se font en train. Cela concerne notamment Anvers–Lyon, Bruxelles–Londres, Utrecht–Cologne et Utrecht–Londres. L'avion n'est autorisé qu'avec l'accord de votre manager, par exemple pour un rendez-vous matinal impossible à atteindre autrement. Pour Lyon–Utrecht, le trajet en train dépasse six heures : l'avion reste donc autorisé, mais le train de nuit vers Bruxelles est une bonne alternative.

Classe. La première classe est autorisée pour les trajets en train de plus de trois heures, pour pouvoir travailler pendant le voyage. Indiquez la durée du trajet dans la note de frais. Les vols se réservent toujours en classe économique.

Réservations. Trains, vols et hôtels se réservent via l'agence de voyages sous contrat. Une réservation personnelle n'est acceptée que si elle est nettement moins chère.

Notes de frais. Elles doivent être soumises avant le 10 du mois suivant le déplacement, avec les justificatifs scannés. Au-delà de trois mois, aucun remboursement n'est possible. Un relevé de carte bancaire seul ne suffit pas ; en cas de perte, demandez un duplicata de la facture à l'hôtel.

Repas. Les repas pris en déplacement sont remboursés sur justificatif dans la limite des plafonds par pays figurant en annexe.

Questions : Sophie Lambert, RH.
"""),
    D(None, "RGPD : durée de conservation des données des prospects", "fr", "2023-08-30T09:00:00+02:00",
      ["isabelle.dubois"], "Privacy/RGPD - durée de conservation des données prospects.md", owner="isabelle.dubois",
      group="privacy-avg", tags=["RGPD", "CRM", "prospection"], body="""
# RGPD : combien de temps conserver les données des prospects ?

Cette fiche répond à une question fréquente de l'équipe commerciale : combien de temps pouvons-nous garder les coordonnées d'un prospect qui ne répond pas ?

## La règle

Les données d'un prospect peuvent être conservées pendant trois ans à compter du dernier contact émanant de ce prospect, par exemple une réponse à un e-mail, une participation à un événement ou une demande de devis. Un e-mail que nous envoyons et qui reste sans réponse ne remet pas le compteur à zéro.

## Prospection B2B

Pour des contacts professionnels, la prospection par e-mail est possible sans consentement préalable, à condition que le message concerne l'activité professionnelle de la personne et qu'elle puisse s'y opposer facilement. Chaque e-mail commercial doit contenir un lien de désinscription.

## Ce que nous avons mis en place

- Une purge automatique dans le CRM : chaque 1er janvier, les contacts sans interaction depuis trois ans sont supprimés.
- Un champ « source du contact » obligatoire pour savoir d'où vient chaque donnée.
- Une liste d'opposition : les personnes qui se désinscrivent ne sont plus jamais recontactées.

## Ce qu'il ne faut pas faire

Ne stockez pas de listes de contacts dans des fichiers Excel sur votre ordinateur ou dans votre messagerie. Ne copiez pas de coordonnées trouvées sur les réseaux sociaux sans vérifier que la personne s'attend à être contactée.

Questions : Isabelle Dubois, déléguée à la protection des données.
"""),
    D(None, "Pompes à chaleur – guide de dimensionnement pour les bâtiments publics", "fr", "2023-11-20T09:00:00+01:00",
      ["francois.garcon"], "Energie/Pompes à chaleur - guide de dimensionnement.docx", owner="francois.garcon",
      group="duurzaamheid", tags=["pompe à chaleur", "dimensionnement", "bâtiments publics"], body="""
Ce guide rassemble nos règles de bonne pratique pour le dimensionnement d'une pompe à chaleur dans un bâtiment public existant : école, mairie, gymnase ou bâtiment administratif.

Calcul des déperditions. Le dimensionnement part toujours d'un calcul des déperditions pièce par pièce, et non de la puissance de l'ancienne chaudière, souvent surdimensionnée de 30 à 50 %. Utilisez la température extérieure de base du lieu et tenez compte des travaux d'isolation prévus.

Température de départ. C'est le paramètre le plus important pour le rendement. Une pompe à chaleur air/eau fonctionne bien jusqu'à 55 °C ; au-delà, le coefficient de performance chute. Vérifiez en hiver si les émetteurs existants suffisent avec une température réduite, et remplacez les radiateurs trop petits dans les pièces les plus froides.

Appoint et bivalence. Dans les bâtiments peu isolés, une solution hybride avec un appoint sur la chaudière existante peut être une étape intermédiaire raisonnable. Fixez alors clairement la température de bascule.

Bruit. Pour les unités extérieures, demandez la puissance acoustique au fabricant et calculez le niveau sonore en limite de propriété. En centre-ville, prévoyez un capotage acoustique et un mode nuit.

Alternatives. Étudiez la géothermie sur sondes lorsque l'emprise le permet, ou la récupération de chaleur sur les eaux usées pour les grands bâtiments proches d'un collecteur.

Réglementation. Pour les bâtiments tertiaires de plus de 1 000 m², le décret tertiaire impose une réduction progressive des consommations. Les certificats d'économies d'énergie (CEE) peuvent financer une partie de l'installation.
"""),
    D(None, "Décret tertiaire – fiche pratique", "fr", "2024-03-14T09:00:00+01:00",
      ["francois.garcon"], "Energie/Décret tertiaire - fiche pratique.md", owner="francois.garcon",
      group="duurzaamheid", tags=["décret tertiaire", "OPERAT", "énergie"], body="""
# Décret tertiaire : fiche pratique

Le dispositif éco-énergie tertiaire, appelé couramment « décret tertiaire », impose aux bâtiments à usage tertiaire de plus de 1 000 m² de réduire leur consommation d'énergie finale. Nos clients publics (collectivités, lycées, hôpitaux) sont très souvent concernés.

## Les objectifs

Réduction de la consommation de 40 % en 2030, 50 % en 2040 et 60 % en 2050, par rapport à une année de référence choisie entre 2010 et 2019. Un objectif alternatif en valeur absolue, exprimé en kWh/m² par an, existe pour chaque catégorie d'activité.

## La déclaration

Les consommations annuelles doivent être déclarées sur la plateforme OPERAT de l'ADEME. La déclaration est faite par le propriétaire ou par l'occupant, selon la répartition prévue dans le bail. Nous aidons nos clients à reconstituer les consommations de l'année de référence, ce qui est souvent la partie la plus difficile.

## Les leviers

- L'isolation de l'enveloppe et le remplacement des menuiseries.
- Le remplacement des chaudières par des pompes à chaleur ou le raccordement à un réseau de chaleur.
- Une meilleure régulation et la gestion technique du bâtiment.
- Le comportement des usagers, avec un suivi des consommations.

## Notre offre

Audit énergétique, plan d'actions chiffré, assistance à la déclaration OPERAT et maîtrise d'œuvre des travaux. Pour les écoles, nous combinons volontiers ces études avec la désimperméabilisation des cours.

Contact : François Garçon.
"""),
    D(None, "Signature e-mail et encodage des caractères", "fr", "2022-03-01T09:00:00+01:00",
      ["thibault.girard"], "Handleidingen/IT/Signature e-mail et encodage des caractères.md", owner="thibault.girard",
      group="it-support", tags=["e-mail", "signature", "UTF-8"], body="""
# Signature e-mail et encodage des caractères

Depuis la migration vers Exchange Online, certains collègues ont constaté que leur signature avait disparu ou que les accents s'affichaient mal chez les destinataires : « rÃ©union » au lieu de « réunion », « Ã  » au lieu de « à ».

## Pourquoi ?

Les anciennes signatures HTML étaient enregistrées avec l'encodage Windows-1252. Après la migration, Outlook les interprète en UTF-8, ce qui transforme chaque caractère accentué en deux caractères bizarres.

## Solution

1. Supprimez l'ancienne signature dans Outlook : Fichier > Options > Courrier > Signatures.
2. Ouvrez le modèle de signature de votre agence sur l'intranet (IT > E-mail > Modèles de signature). Les modèles existent pour Utrecht, Anvers, Bruxelles, Lyon, Cologne et Londres.
3. Copiez le modèle dans une nouvelle signature, complétez votre nom, votre fonction et votre numéro de téléphone.
4. Redémarrez Outlook.

## Bonnes pratiques

- N'ajoutez pas d'images lourdes dans la signature ; le logo suffit.
- Pas de citations ou de slogans personnels.
- Pour les collègues multilingues : une seule signature bilingue plutôt que quatre signatures différentes.

Si un client voit encore des caractères étranges, envoyez-nous l'e-mail concerné en pièce jointe à la servicedesk, afin que nous puissions analyser l'en-tête.
"""),
    D(None, "VPN : guide de connexion pour l'agence de Lyon", "fr", "2023-09-13T09:00:00+02:00",
      ["thibault.girard"], "Handleidingen/IT/VPN - guide de connexion (Lyon).md", owner="thibault.girard",
      group="it-support", tags=["VPN", "télétravail"], body="""
# VPN : guide de connexion

Le nouveau client VPN remplace l'ancien depuis le 30 septembre 2023. Il est installé automatiquement sur les ordinateurs portables via le Software Center.

## Quand utiliser le VPN ?

Le VPN est nécessaire pour accéder aux serveurs de calcul, à la base de données SIG (gisdb) et aux lecteurs réseau des projets lorsque vous n'êtes pas au bureau. Pour Microsoft 365 (Outlook, Teams, OneDrive), le VPN n'est pas nécessaire.

## Première connexion

1. Ouvrez le client VPN depuis le menu Démarrer.
2. Connectez-vous avec votre compte Brughuis et validez la demande d'authentification multifacteur sur votre téléphone.
3. Choisissez la passerelle « Europe-Ouest », sauf indication contraire.

## Problèmes fréquents

- **La connexion échoue à domicile.** Certaines box internet bloquent le port UDP 51820. Vérifiez les réglages du pare-feu de votre box ou essayez le partage de connexion de votre téléphone pour confirmer le diagnostic.
- **La connexion est lente.** Les gros fichiers raster ne doivent pas être ouverts à travers le VPN. Travaillez plutôt directement sur le serveur de calcul via le bureau à distance.
- **Le client n'apparaît pas.** Ouvrez le Software Center et cliquez sur « Actualiser ».

## Au bureau

Le VPN fonctionne aussi depuis le réseau invité du bureau de Lyon, pratique pour les consultants externes qui doivent accéder à un dossier partagé.

Contact : Thibault Girard.
"""),
    D(None, "Programme LIFE – fiche de synthèse", "fr", "2023-10-10T09:00:00+02:00",
      ["margot.lefevre"], "Subsidies/EU/Programme LIFE - fiche synthèse.docx", owner="margot.lefevre",
      group="subsidies", tags=["LIFE", "financement européen"], body="""
Le programme LIFE est l'instrument de l'Union européenne pour l'environnement et l'action climatique. Cette fiche résume ce qu'il faut savoir avant de se lancer dans une proposition.

Sous-programmes. LIFE comporte quatre sous-programmes : nature et biodiversité, économie circulaire et qualité de vie, atténuation et adaptation au changement climatique, et transition vers l'énergie propre. Nos projets relèvent le plus souvent de l'adaptation au changement climatique ou de la nature et biodiversité (restauration de rivières et de zones humides).

Types de projets. Les projets d'action standard (SAP) combinent en général des actions concrètes sur le terrain, du suivi et de la diffusion des résultats. Leur budget se situe le plus souvent entre 2 et 5 millions d'euros. Une étude seule, sans travaux ni démonstration, a peu de chances d'être retenue.

Taux de cofinancement. LIFE finance en général 60 % des coûts éligibles, jusqu'à 75 % pour certains projets nature prioritaires. Le reste doit être apporté par les partenaires, ce qui suppose un engagement financier des maîtres d'ouvrage.

Calendrier. Les appels sont publiés au printemps, avec des dates limites à l'automne. La préparation d'une bonne proposition demande au moins quatre mois.

Notre rôle. Brughuis intervient rarement comme coordinateur. Nous sommes plutôt partenaire technique aux côtés d'une collectivité ou d'un syndicat de rivière qui porte le projet. Pour une petite étude, l'agence de l'eau reste souvent la meilleure source de financement.

Contact : Margot Lefèvre, Bruxelles.
"""),
    D(None, "Accueil des nouveaux collaborateurs – agence de Lyon", "fr", "2022-09-01T09:00:00+02:00",
      ["sophie.lambert", "antoine.mercier"], "Intranet/RH/Accueil des nouveaux collaborateurs - Lyon.html", owner="sophie.lambert", updated="2026-02-16T09:00:00+01:00",
      tags=["accueil", "onboarding", "Lyon"], body="""
Bienvenue à l'agence de Lyon de Brughuis ! Ce livret rassemble les informations pratiques pour vos premières semaines.

L'agence. Nous sommes installés au troisième étage d'un immeuble proche de la gare de la Part-Dieu, ce qui facilite les déplacements en train vers Bruxelles, Cologne et les Pays-Bas. L'équipe compte une dizaine de personnes : ingénieurs hydrauliciens, thermiciens, commerciaux et notre administrateur systèmes.

Votre premier jour. Votre manager vous accueille à 9 h. Thibault Girard vous remet votre ordinateur portable et configure avec vous votre compte et l'authentification multifacteur. L'après-midi, un collègue parrain ou marraine vous fait visiter les locaux et vous présente à l'équipe.

Badges et accès. Votre badge vous est remis le premier jour. L'immeuble est ouvert de 7 h à 20 h. En dehors de ces horaires, prévenez l'accueil.

Vie pratique. Le café est offert, la machine se trouve dans la cuisine du deuxième étage. Le point commercial a lieu tous les lundis à 9 h 30, en 30 minutes chrono. Le vendredi midi, nous déjeunons souvent ensemble au café en bas de l'immeuble.

Langues. La langue de travail à Lyon est le français. Avec les collègues des autres bureaux, nous utilisons souvent l'anglais. Des cours de néerlandais et d'allemand sont proposés ; parlez-en à Sophie Lambert.

Documents à lire. La politique de voyage, la politique de protection des données et la charte informatique, disponibles sur l'intranet. Et pensez à compléter votre profil dans kennis, notre moteur de recherche interne.
"""),
    D(None, "Point commercial du 8 septembre 2025 – relevé de décisions", "fr", "2025-09-08T10:00:00+02:00",
      ["claire.moreau"], "Sales France/Réunions/point commercial 2025-09-08.docx", owner="claire.moreau",
      group="sales-france", tags=["point commercial", "réunion", "relevé de décisions"], body="""
Présents : Antoine Mercier, Claire Moreau, Émilie Roux, François Garçon. Excusé : Thibault Girard.

1. Offres en cours. L'accord-cadre de Saint-Aurèle est en cours d'analyse, résultat attendu en octobre. Le marché de Bourg-Sainte-Anne n'a pas fait l'objet d'une réponse : prix plancher irréaliste et équipe saturée. Décision confirmée.

2. Opportunités nouvelles. Un département envisage un marché de maîtrise d'œuvre pour le remplacement des chaudières fioul de trois collèges par des pompes à chaleur. François suit la publication. Une communauté de communes prépare un programme de restauration de rivière qui pourrait être cofinancé par LIFE ; Margot Lefèvre sera associée.

3. Relances. Claire relance le syndicat de l'Orvette sur la phase 2 de l'étude. Émilie relance la métropole sur la suite de l'étude de ruissellement de Villeurbanne.

4. Charge de travail. L'équipe technique est pleine jusqu'à fin novembre. Antoine demande à Maarten van der Linden si l'équipe d'Utrecht peut appuyer la modélisation en cas de succès à Saint-Aurèle.

5. Divers. Le futur moteur de recherche interne, prévu début 2026, permettra de retrouver les anciens mémoires techniques par mot-clé ; Claire demande que les offres archivées y soient indexées en priorité.

Prochain point commercial : lundi 15 septembre, 9 h 30.
"""),
    D(None, "Procédure CSE – réorganisation de l'équipe commerciale", "fr", "2025-10-09T09:00:00+02:00",
      ["sophie.lambert", "marieke.brouwer"], "RH/Confidentiel/Procédure CSE - réorganisation commerciale.docx", owner="sophie.lambert",
      group="hr-vertrouwelijk", acl={"groups": ["hr-vertrouwelijk"]}, tags=["CSE", "réorganisation", "confidentiel"], body="""
Strictement confidentiel – RH et direction uniquement.

Contexte. Le groupe prévoit de regrouper les équipes commerciales France et Benelux sous une direction commerciale unique à partir du 1er février 2026. Pour l'agence de Lyon, ce projet nécessite l'information et la consultation du comité social et économique (CSE), préalablement à toute décision définitive.

Calendrier prévisionnel. Remise au CSE d'une note d'information écrite, avec les motifs économiques et organisationnels du projet, les effets sur l'emploi et les conditions de travail, mi-novembre 2025. Première réunion du CSE dans les huit jours suivants. Le CSE dispose d'un délai d'un mois pour rendre son avis, délai porté à deux mois en cas de recours à un expert. Entretiens individuels avec les salariés concernés après l'avis du CSE, puis communication générale.

Points d'attention. Aucun poste n'est supprimé à Lyon ; les changements concernent le rattachement hiérarchique et certaines fiches de poste. Toute modification d'un élément essentiel du contrat de travail doit cependant faire l'objet d'une proposition écrite et d'un délai de réflexion. Veiller à la cohérence du calendrier avec la procédure néerlandaise auprès de l'OR.

Confidentialité. Jusqu'à la communication générale, le projet ne doit pas être évoqué avec les managers d'équipe. Les documents sont conservés uniquement dans ce dossier à accès restreint.

Responsables : Sophie Lambert (procédure France), Marieke Brouwer (coordination groupe).
"""),
]
