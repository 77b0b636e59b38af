# -*- coding: utf-8 -*-
"""English documents."""
from dsl import D

DOCS = [
    D(None, "Travel policy 2024 – English version", "en", "2024-10-15T09:30:00+02:00",
      ["sophie.lambert", "hannah.cole"], "Beleid/Travel policy 2024 - English version.pdf",
      owner="sophie.lambert", updated="2025-03-03T11:30:00+01:00", tags=["travel policy", "policy"], body="""
This is the English version of the Brughuis travel policy 2024. In case of doubt, the Dutch version prevails. The policy applies to all staff in the Netherlands, Belgium, France, Germany and the United Kingdom.

Train before plane. Destinations that can be reached by train in under six hours are travelled to by train. This includes Utrecht–Köln, Antwerp–Lyon, Brussels–London and Utrecht–London. Flying requires approval from your line manager, for instance when an early meeting cannot otherwise be reached.

Class of travel. First class is allowed for train journeys of more than three hours, so that you can work on the way. Flights are always booked in economy.

Booking. Book trains, flights and hotels through our contracted travel agency. Booking yourself is only allowed if it is demonstrably cheaper and does not affect the travel insurance.

Hotels. Choose a hotel near the meeting or the station. Guide prices per night including breakfast are listed per city in the annex. London is expensive; that is taken into account.

Expenses. Submit your expense claim before the 10th of the month after the trip, with scanned receipts. Claims older than three months cannot be reimbursed. A credit card statement alone is not a valid receipt.

Own transport. Using your own car is reimbursed at the local rate; cycling to work is reimbursed according to the national schemes.

Questions about the policy go to HR (Sophie Lambert). Questions about the carbon calculation go to Hannah Cole, who will also happily help you plan a train journey across the Channel.
"""),
    D(None, "AI tools and personal data – guidance note", "en", "2025-05-13T09:00:00+02:00",
      ["isabelle.dubois", "eva.jacobs"], "Privacy/AI tools and personal data - guidance.md", owner="isabelle.dubois",
      group="privacy-avg", tags=["AI", "GDPR", "guidance"], body="""
# AI tools and personal data

AI assistants can save time when drafting texts, summarising documents or writing code. They also create new risks for confidentiality and for the personal data we handle. This note explains what is and is not allowed at Brughuis.

## Allowed

- The AI assistant licensed in our Microsoft 365 environment, for internal texts, summaries of our own documents and help with code. Data stays within our tenant and is not used to train the model.
- Public AI tools for general questions that contain no client information, no personal data and no internal documents, for example 'explain the difference between Manning and Chézy roughness'.

## Not allowed

- Personal data of colleagues, residents, applicants or clients in public AI tools.
- Tender documents, confidential client documents and our own source code in public AI tools.
- Using AI output in reports or bids without checking it. You remain responsible for every sentence you deliver.

## Anonymised data

Be careful: data that looks anonymous is often still traceable. A street name combined with a flood damage claim can be enough to identify a household. When in doubt, treat the data as personal data.

## Questions

Contact Isabelle Dubois (DPO) or Eva Jacobs (privacy officer). This guidance will be reviewed every six months, because the tools change quickly.
"""),
    D(None, "Shared PostGIS server – getting started", "en", "2024-06-11T15:30:00+02:00",
      ["bjorn.sorensen"], "Handleidingen/GIS/PostGIS server - getting started.md", owner="bjorn.sorensen",
      group="gis-data", updated="2025-02-04T10:00:00+01:00", tags=["PostGIS", "GIS", "database"], body="""
# Shared PostGIS server: getting started

Since June 2024 we have a shared PostGIS server for project data. It replaces the habit of e-mailing large shapefiles and GeoPackages around.

## Connection details

- Host: gisdb.brughuis.local (only reachable from the office network or via VPN)
- Port: 5432
- Database: projects
- Versions: PostgreSQL 16 with PostGIS 3.4

Every project has its own schema, named after the project code, for example `p2023_maas`. Ask Bjørn Sørensen or Joost Hendriks for access; you will get a personal login, not a shared one.

## QGIS

In QGIS, add a new PostgreSQL connection with the details above and choose 'Configurations' as the authentication method, so that your password is stored encrypted. Tick 'Also list tables with no geometry' if you need attribute tables.

## Python

Use SQLAlchemy with psycopg and geopandas:

`engine = create_engine("postgresql+psycopg://user@gisdb.brughuis.local/projects")`
`gdf = geopandas.read_postgis("SELECT * FROM p2023_maas.buildings", engine)`

Never put your password in a notebook. Store it in a .pgpass file in your home directory instead.

## Rasters

Large elevation rasters are not stored in the database but as Cloud Optimized GeoTIFFs on the file server; the database only holds their footprints. A read-only replica for the Köln office is planned.

## Backups

The database is backed up every night and kept for 30 days. Schemas of finished projects are archived after one year.
"""),
    D(None, "Python environment on the calculation servers", "en", "2025-03-20T09:00:00+01:00",
      ["joost.hendriks", "bjorn.sorensen", "lucas.janssens"], "Handleidingen/Python/Python environment on calculation servers.md",
      owner="joost.hendriks", group="gis-data", tags=["Python", "3.12", "servers"], body="""
# Python environment on the calculation servers

From April 2025 the standard Python version on the calculation servers is Python 3.12. Python 3.11 remains available as a fallback until the end of 2025 and is then removed.

## Why 3.12?

Our own wheels for the FRM solver are built for 3.11 and 3.12, the test suite runs noticeably faster on 3.12, and the GDAL bindings, rasterio and the forecasting stack work without problems. We don't want to switch versions more often than once every two years.

## What changed

Python 3.12 removed the old `distutils` module. The calibration scripts that used it have been updated by Bjørn; if you have your own scripts that `import distutils`, replace it with `setuptools` or with the standard library `shutil` and `sysconfig` functions.

## Virtual environments

Don't install packages into the system Python. Create a virtual environment per project:

`python3.12 -m venv ~/venvs/p2025_schelde`
`source ~/venvs/p2025_schelde/bin/activate`
`pip install -r requirements.txt`

Pin versions in requirements.txt, so that results can be reproduced years later. For a report, record the output of `pip freeze` in the project folder.

## The Brughuis GIS stack

The module `brughuis-gis` bundles GDAL 3.6, rasterio, geopandas and our FRM bindings. Load it with `module load brughuis-gis/2025.1` instead of installing these packages yourself; compiling GDAL on your own is rarely worth the afternoon.

## Help

Questions in the channel gis-data. For server access ask Thibault Girard.
"""),
    D(None, "Building the FRM core with CMake", "en", "2023-05-02T09:00:00+02:00",
      ["lucas.janssens"], "Handleidingen/Software/Building FRM core with CMake.md", owner="lucas.janssens",
      group="gis-data", updated="2026-06-17T09:00:00+02:00", tags=["C++", "CMake", "FRM"], body="""
# Building the FRM core with CMake

The core of our flood risk model (FRM) is written in C++17 and exposed to Python through pybind11. This page explains how to build it on a developer laptop and on the calculation servers.

## Requirements

- A C++17 compiler: GCC 12 or newer, Clang 15 or newer, or MSVC 2022
- CMake 3.24 or newer
- GDAL 3.6 or newer, with its CMake config files
- Python 3.11 or 3.12 with development headers, and pybind11

## Building

`cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release`
`cmake --build build`
`ctest --test-dir build --output-on-failure`

The Python wheel is built with `pip wheel .` from the repository root; it calls CMake for you.

## Linking GDAL correctly

Always use the imported target: `find_package(GDAL 3.6 CONFIG REQUIRED)` and `target_link_libraries(frm_core PRIVATE GDAL::GDAL)`. Do not add include paths or library paths by hand. In June 2026 a build on the new server failed with `undefined reference to GDALOpenEx` because an old GDAL 3.2 in /usr/local shadowed the system version: the headers of one and the library of the other were mixed.

## Performance builds

For benchmarking, use `-DCMAKE_BUILD_TYPE=RelWithDebInfo` so that profilers can show function names. Do not enable `-ffast-math`: the damage functions rely on correct handling of NaN for cells without buildings.

## Tests

Every pull request must pass the unit tests and the regression tests on the Maas reference case. Results may differ from the reference by at most 1 mm in water depth and 0.1 percent in damage.
"""),
    D(None, "FRM 3.0 release notes", "en", "2025-07-01T09:00:00+02:00",
      ["maarten.vanderlinden", "lucas.janssens"], "Projecten/FRM/FRM 3.0 release notes.md", owner="maarten.vanderlinden",
      group="waterbeheer", tags=["FRM", "flood risk model", "release"], body="""
# FRM 3.0 release notes

Version 3.0 of the Brughuis flood risk model (FRM) is the biggest update since the model was first built in 2014. It is installed on the calculation servers from 1 July 2025.

## New

- **Multiple boundary conditions.** A single run can now combine river discharge, tide and local rainfall. This was the most requested feature from the Schelde and Thames projects.
- **Tidal boundaries.** The separate tidal boundary module is now part of the model.
- **French damage functions.** An optional set of damage functions for French building types, contributed by Émilie Roux.
- **Python API.** The C++ core can be called directly from Python 3.11 and 3.12 through the `frm` package, without copying arrays.

## Changed

- Output is written as Cloud Optimized GeoTIFF and GeoPackage. The old ASCII grid output has been removed.
- The default coordinate reference system follows the project settings instead of always EPSG:28992.
- Runs are roughly 40 percent faster on large models thanks to tiled processing.

## Compatibility

Projects that started with version 2.4 may continue with 2.4 until they finish. Results of 2.4 and 3.0 are identical for single-boundary runs within the regression tolerance (1 mm water depth, 0.1 percent damage).

## Known issues

- Very small breach widths (under 5 m) can make the 2D solver unstable; use a minimum of 10 m.
- The Windows build still needs the GDAL bundle from Software Center.

Questions: Maarten van der Linden (model and methods), Lucas Janssens (software).
"""),
    D(None, "Harrowdale Beck natural flood management – final report", "en", "2024-11-29T12:00:00+00:00",
      ["emily.barnes", "oliver.hughes"], "Projects UK/Harrowdale Beck NFM/final report.docx", owner="emily.barnes",
      group="waterbeheer", tags=["natural flood management", "leaky dams", "UK"], body="""
Executive summary. Between 2022 and 2024 Brughuis worked with a district council and local landowners on natural flood management (NFM) in the upper catchment of Harrowdale Beck, a small river that floods the village centre roughly once every five years.

Measures. Forty-two leaky dams were built in the wooded headwaters, three offline storage areas were created on pasture next to the beck, and eight hectares of floodplain woodland were planted. Landowners received compensation for lost grazing land through the council's grant scheme.

Monitoring. Water levels were measured at six locations upstream and downstream of the measures, and a rain gauge was installed in the headwaters. Oliver Hughes developed a simple data-driven model to compare observed peaks with the peaks expected without NFM.

Results. For the four largest events in the monitoring period, the peak flow at the village was reduced by 8 to 15 percent and delayed by up to 90 minutes. The effect was largest for short, intense storms and smallest for long winter rainfall, when the storage areas filled up early.

Lessons learned. First, NFM works best as part of a package together with property-level protection and a local flood warning. Second, landowner engagement takes much more time than construction. Third, inspired by Dutch and Flemish stream restoration projects, re-meandering the lower reach would add ecological value but little flood reduction.

Recommendations. Continue monitoring for at least five more years, maintain the leaky dams after every large event, and include the measures in the council's asset register.
"""),
    D(None, "River level forecasting pilot – technical note", "en", "2025-10-14T10:00:00+01:00",
      ["oliver.hughes"], "Projects UK/River level forecasting pilot/technical note.pdf", owner="oliver.hughes",
      group="gis-data", tags=["forecasting", "machine learning", "Maas"], body="""
Purpose. This note describes the data-driven model that forecasts water levels 48 hours ahead for a gauge on the Maas, developed as a pilot to complement the existing physically based forecasts.

Data. Hourly water levels at the target gauge and four upstream gauges from 2005 to 2024, hourly rainfall from radar averaged over five sub-catchments, and the day of the year. All time series were converted to UTC. Two shifts in the gauge records, caused by a rebuilt gauge and a new rating curve, were corrected before training.

Model. A gradient boosting model with lagged features (up to 72 hours) of upstream levels and rainfall. Separate models were trained for lead times of 6, 12, 24 and 48 hours.

Validation. The model was trained on 2005–2019 and tested on 2020–2024. An early version scored suspiciously well (R² = 0.97) because a rainfall feature was shifted by one hour into the future due to a time zone error. After the correction the overall R² at 48 hours is 0.93, and 0.81 when only the ten highest events are considered. Peak timing is within three hours for eight of the ten events.

Limitations. The model has never seen an event as large as July 2021 in its training data and underestimates the highest peaks. It should not replace the physically based forecast but can serve as a second opinion.

Next steps. Run the model in shadow mode during the winter of 2025–2026, next to the operational forecasts, and evaluate it together with the water authority in spring.
"""),
    D(None, "UK regional flood risk framework – quality submission: approach", "en", "2023-04-21T16:00:00+01:00",
      ["james.whitfield", "emily.barnes"], "Aanbestedingen/UK framework/Quality submission - approach.docx", owner="james.whitfield",
      group="aanbestedingen", acl={"groups": ["aanbestedingen"]}, tags=["tender", "NEC4", "confidential"], body="""
Commercial in confidence – quality submission of Brughuis Ltd for Lot 2 (flood risk modelling and appraisal) of the regional flood risk management framework.

Understanding of the requirement. The client needs a partner that can deliver flood risk models, options appraisals and business cases quickly and consistently across a large region with both fluvial and surface water flooding. Call-off commissions will be let under the NEC4 Professional Service Contract, mostly under Option A with activity schedules.

Our approach. Each commission starts with a two-week inception stage that fixes the scope, data and deliverables, and ends with an agreed activity schedule. We then model, review and report in short cycles, with an interim review by the client's technical lead. Our models are delivered in open formats with full documentation, so that the client is never locked in.

Added value. We bring the experience of a firm that works across five countries. Our Dutch and German colleagues have applied advanced 2D modelling of extreme rainfall and dike breaches for more than a decade, and our data team in London has developed data-driven forecasting that complements traditional models. Our work on natural flood management in Harrowdale Beck shows that we combine engineering with landowner engagement.

Risk management. Key risks are data availability, changing priorities and the availability of key people. We manage these through a shared risk register reviewed at every progress meeting, a named deputy for every key role, and early warnings under the NEC4 early warning procedure.

Social value. We commit to two apprenticeships in the region and to publishing non-confidential lessons learned for the benefit of all framework suppliers.
"""),
    D(None, "Carbon footprint 2021", "en", "2022-05-30T09:00:00+01:00",
      ["hannah.cole"], "Duurzaamheid/Carbon footprint 2021.pdf", owner="hannah.cole", group="duurzaamheid",
      tags=["carbon footprint", "CO2", "sustainability"], body="""
This report presents the first complete carbon footprint of Brughuis, covering all six offices for the calendar year 2021. It follows the Greenhouse Gas Protocol and includes scope 1, scope 2 and the most relevant scope 3 categories.

Total. Our emissions in 2021 were 386 tonnes CO₂e, or about 7.7 tonnes per employee.

Breakdown. Business travel accounts for 61 percent, offices (heating and electricity) for 24 percent, IT equipment and cloud services for 8 percent, and other purchased goods and services for 7 percent. Commuting is included in business travel and represents 9 percent of that category.

Travel. Flights between London, Lyon and Utrecht are the largest single item. Almost all of them could have been replaced by train journeys of under six hours, with the exception of Lyon–Utrecht. Car travel to client sites in Germany and France is the second largest item.

Offices. The Köln and Lyon offices are heated with natural gas; Utrecht and Antwerp are connected to a heat network and heat pumps respectively. Antwerp has by far the lowest emissions per workstation.

Targets. Brughuis aims to halve its emissions compared to 2021 by 2030. The most important measures are a stricter travel policy favouring the train, replacing the gas heating in Köln and Lyon, and buying renewable electricity in all offices.

Methodology notes. Emission factors for flights include radiative forcing. Hotel nights are not yet included and will be added in the 2022 report.
"""),
    D(None, "Carbon footprint 2025", "en", "2026-05-18T09:00:00+01:00",
      ["hannah.cole"], "Duurzaamheid/Carbon footprint 2025.pdf", owner="hannah.cole", group="duurzaamheid",
      tags=["carbon footprint", "CO2", "sustainability"], body="""
This is our fifth annual carbon footprint report. It covers 2025 and compares the results with our baseline year 2021.

Total. Emissions in 2025 were 268 tonnes CO₂e, a reduction of 31 percent compared to 2021, while the number of employees grew by 14 percent. Per employee, emissions fell from 7.7 to 4.7 tonnes.

Travel. The share of business travel fell from 61 to 47 percent of the total. The travel policy of November 2024, which makes the train the default for journeys under six hours, has had a clear effect: flights between London and the continent dropped by 70 percent. The night train to Brussels has become popular with the Lyon office.

Offices. The Köln office switched from gas to an air-to-water heat pump in the autumn of 2024, designed by our own energy team. Its heating emissions fell by 80 percent. Lyon will follow in 2026 with a connection to the district heating network.

IT. Emissions from IT grew slightly because of the new calculation servers and more cloud computing. We are investigating whether heavy model runs can be scheduled when the electricity grid is greenest.

Outlook. We are on track for our 2030 target of a 50 percent reduction. The remaining challenge is car travel to client sites in rural Germany and France, where public transport is limited. A pilot with electric pool cars in Köln starts in 2026.
"""),
    D(None, "GIS & Data team meeting 25 March 2025", "en", "2025-03-25T15:00:00+01:00",
      ["oliver.hughes"], "Overleg/GIS & Data/GIS team meeting 2025-03-25.md", owner="joost.hendriks",
      group="gis-data", tags=["meeting notes", "GIS"], body="""
# GIS & Data team meeting, 25 March 2025

Present: Joost Hendriks (chair), Bjørn Sørensen, Lucas Janssens, Lena Möller, Oliver Hughes (minutes).

**1. Python on the calculation servers.** Decision confirmed: Python 3.12 becomes the default from April; 3.11 stays available until the end of the year. Bjørn removes the distutils dependency from the calibration scripts. Joost writes the announcement.

**2. PostGIS replica for Köln.** Thibault has tested a read-only replica in Köln. Raster footprints and vector data replicate fine; large raster tables are excluded. Lena will test it with the Lindenau project next month.

**3. FRM 3.0.** Lucas reports that the Python API is ready for testing. The release is planned for 1 July. Oliver will test the zero-copy interface with the forecasting pipeline.

**4. Map templates.** Lena presented the new German layout templates for hazard maps, based on the Dutch A3 template. They will be added to the shared template folder. Joost asks for a French version for the Lyon office; Lena will ask Émilie.

**5. AOB.** Bjørn reminds everyone to stop storing large GeoTIFFs in OneDrive. Lucas asks for a second GPU for the test server; Joost will check the budget.

Action points: Bjørn – distutils (April). Joost – announcement (this week). Lena – replica test (April) and French templates (May). Oliver – FRM API test (June).
"""),
    D(None, "Horizon Europe lump-sum funding explained", "en", "2024-03-12T09:00:00+01:00",
      ["margot.lefevre"], "Subsidies/EU/Horizon Europe - lump sum explained.md", owner="margot.lefevre",
      group="subsidies", updated="2024-12-02T09:00:00+01:00", tags=["Horizon Europe", "lump sum", "EU funding"], body="""
# Horizon Europe lump-sum funding explained

More and more Horizon Europe calls use lump-sum funding. This note explains what that means for us as a partner and what to watch out for when preparing a proposal.

## What is a lump sum?

Instead of reimbursing actual costs (hours, travel, equipment), the Commission pays a fixed amount per work package. The amount is agreed in the grant agreement on the basis of the estimated budget in the proposal. When a work package is completed, the full amount is paid; if it is not completed, nothing or only part is paid.

## What changes for us?

- **No timesheets for the Commission.** Auditors check whether the work was done, not how many hours it took. We still record hours internally, to know whether the project is profitable.
- **The work plan is the contract.** Deliverables and milestones must be realistic and clearly defined. Vague work packages are risky, because payment depends on their completion.
- **The budget must still be credible.** Evaluators check whether the estimated costs are reasonable for the work described.

## Risks

If a work package runs late or the scope changes, we bear the financial risk. Splitting the work into smaller work packages reduces this risk, because each one is paid separately. Dependencies between partners are the most common cause of delays.

## Internal rules

Because of these risks, each lump-sum proposal needs a go/no-go with the subsidies team and, for an own contribution of more than 50 percent, approval by the management team. Strategic Horizon Europe projects may be exempted from this threshold.

Contact: Margot Lefèvre.
"""),
    D(None, "Timesheets for EU-funded projects", "en", "2025-06-03T09:30:00+02:00",
      ["margot.lefevre", "fenna.bakker"], "Subsidies/EU/Timesheets for EU-funded projects.md", owner="margot.lefevre",
      group="subsidies", tags=["timesheets", "Interreg", "Horizon Europe", "audit"], body="""
# Timesheets for EU-funded projects

Missing or incomplete timesheets are the most common finding in audits of EU-funded projects. A single missing signature can lead to the rejection of all hours for that month. These rules apply to everyone working on Horizon Europe, Interreg and LIFE projects.

## Monthly routine

1. Record your hours daily on the correct project code in the time registration system.
2. At the end of each month, export your timesheet for every EU project you worked on.
3. Sign it yourself and have it signed by your line manager, electronically or on paper.
4. Upload the signed timesheet to the project folder within ten working days after the end of the month.

## What the timesheet must show

- All hours worked in the month, including hours on other projects and leave, so that the total matches your contract.
- For each EU project, the hours per work package.
- No corrections after signing. If something is wrong, create a new version and sign it again.

## Lump-sum projects

For lump-sum grants the Commission does not check hours. We still ask you to record them, because we need to know whether the work package budgets are realistic. The signature is less critical for these projects.

## National projects

For Dutch subsidies such as the MIT and DEI+, the same principle applies: RVO asks for a complete time registration when the final grant is determined. Fenna Bakker can tell you which project codes to use.

Questions: Margot Lefèvre (EU programmes), Fenna Bakker (Dutch schemes).
"""),
    D(None, "Onboarding guide for new colleagues", "en", "2023-08-01T09:00:00+02:00",
      ["sophie.lambert", "femke.dewit"], "Intranet/HR/Onboarding guide for new colleagues.html", owner="sophie.lambert",
      updated="2026-02-10T09:00:00+01:00", tags=["onboarding", "HR"], body="""
Welcome to Brughuis! This guide helps you find your way in your first weeks. A French, German and Dutch version is available on the intranet.

Your first day. Your manager welcomes you and introduces you to your team. IT hands you your laptop and sets up your account and multi-factor authentication together with you. You also get a buddy: an experienced colleague from another team who can answer the questions you don't want to ask your manager.

Your first weeks. Plan short introductions with the people on the list your manager prepared. Read the travel policy, the privacy policy and the information security policy, and complete the short e-learning on the GDPR. Join the groups that match your work, for example waterbeheer, gis-data, duurzaamheid, subsidies or projekte-de, and the group random for everything else.

Finding knowledge. Use kennis, our search engine, to search posts, documents and profiles in all four languages at once. Fill in your own profile: skills, languages and the topics people can ask you about. That is how colleagues in other offices find you.

Languages. We work in Dutch, French, German and English. Write in the language you are most comfortable with; colleagues will answer in theirs or switch to English. Language courses are available; ask HR.

Working together. Most teams have a fixed office day. Ask your team which day it is, and try to be there in your first months: you learn a lot just by listening.

Questions? Ask your buddy, your manager or HR.
"""),
    D(None, "MFA and the authenticator app", "en", "2023-01-10T09:00:00+01:00",
      ["yasmina.elamrani"], "Handleidingen/IT/MFA and authenticator app.md", owner="yasmina.elamrani", updated="2024-01-08T09:00:00+01:00",
      group="it-support", tags=["MFA", "security", "phone"], body="""
# Multi-factor authentication (MFA) and the authenticator app

All Brughuis accounts are protected with multi-factor authentication. Besides your password, you confirm every new sign-in with the authenticator app on your phone.

## Setting it up

1. Install the authenticator app from the app store on your phone.
2. On your laptop, open https://account.brughuis.example/security-info and choose 'Add sign-in method' > 'Authenticator app'.
3. Scan the QR code with the app and approve the test notification.

## New phone?

This is the most common MFA question, especially in January. Before you reset your old phone:

- Turn on cloud backup in the authenticator app, then restore it on the new phone.
- If your old phone is already gone, ask the service desk to reset your MFA registration. You will be asked to scan a new QR code at your next sign-in.

## SMS

SMS as the only second factor has been switched off since the end of 2023, because it is vulnerable to SIM swapping. You may keep your phone number as a backup method.

## Suspicious prompts

Did you get an MFA prompt you did not expect? Never approve it. Someone may know your password. Change your password immediately and report it to the service desk and via the 'Report phishing' button if it came with an e-mail.

## Travelling

The authenticator app works without mobile data or roaming, so you can sign in abroad without extra costs.
"""),
    D(None, "Acquisition opportunity Leeds – initial assessment", "en", "2026-06-12T10:00:00+01:00",
      ["james.whitfield", "geert.vandamme"], "Directie/Acquisition Leeds - initial assessment.docx", owner="james.whitfield",
      group="directie", acl={"groups": ["directie"]}, tags=["acquisition", "confidential", "UK"], body="""
Strictly confidential – for the management team only. The name of the target company is replaced by 'Project Heron' in all internal communication.

Background. Project Heron is a hydrology consultancy in Leeds with twelve employees. The two founders, both in their early sixties, want to sell the company within two years. They approached us through a mutual contact after seeing our work on natural flood management.

Strategic fit. Heron has long-standing relationships with two water companies and several councils in the north of England, a region where we have hardly any presence. Their strength is hydrometry: river gauging, rating curves and data quality control. That complements our modelling and data science capabilities and would have prevented several problems we had with unreliable gauge data.

Financials. Based on the accounts for the last three years, revenue is stable at around 1.3 million pounds with a healthy margin. The order book covers about nine months. Approximately 40 percent of revenue depends directly on relationships held by the founders.

Risks. The main risks are the dependency on the founders, the integration of a different company culture, and the pricing pressure on UK framework work. A two-year earn-out with the founders would mitigate the first risk.

Recommendation. Proceed with limited due diligence under NDA, focusing on client contracts, key staff and the quality of the gauging data services. Ask Maarten van der Linden, without disclosing the name, to assess the technical fit. Decision on a non-binding offer at the September management team meeting.
"""),
]
