"""The demo content: the cluster's real projects, partners and events, told in our own words.

Facts come from the cluster's current website (shared/seeds): Spinoff Bulgaria, PRECISEU, INNAXE,
VELES, the BioCenter, EuropaBio, Oxentia, Trakia University and more. Items whose original date
is unknown or older were placed in 2023–2026 so the newsroom's year filter has several years.
Quotes attributed to a named person are short excerpts of what that person actually said
(translated where needed); nobody is given words they did not say.

Everything here is plain data: `loader.py` turns it into pages, snippets, images and documents.
Keys (slugs, e-mails, image and document titles) are the stable identities the loader looks up
on every run, so they must not change once released.
"""

from __future__ import annotations

from django.utils.html import escape

from mediacenter.demo.images import FactSheetSection, FactSheetSpec, ImageSpec

CLUSTER = {
    "bg": "Биотехнологичен и здравен клъстер България",
    "en": "Health & Life Sciences Cluster Bulgaria",
}
ILLUSTRATION_CREDIT = {"bg": "Илюстрация: Медиен център", "en": "Illustration: Media Center"}


# --- StreamField body helpers: plain dicts the loader resolves (image/document keys → ids) ----


def para(text: str) -> dict:
    return {"type": "paragraph", "value": f"<p>{escape(text)}</p>"}


def bullets(*items: str) -> dict:
    return {
        "type": "paragraph",
        "value": "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>",
    }


def heading(text: str) -> dict:
    return {"type": "heading", "value": text}


def quote(text: str, attribution: str) -> dict:
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def facts(title: str, *items: str) -> dict:
    return {"type": "fact_box", "value": {"title": title, "facts": list(items)}}


def image(key: str, caption: str, credit: str) -> dict:
    return {"type": "image", "value": {"image": key, "caption": caption, "credit": credit}}


def document(key: str, title: str) -> dict:
    return {"type": "document", "value": {"document": key, "title": title}}


# --- The site skeleton ---------------------------------------------------------------------

SITE_NAME = "Media Center"

HOME = {
    "bg": {
        "title": "Медиен център",
        "intro": (
            "<p>Точна информация от първоизточника за медиите: прессъобщения, събития, "
            "медиен пакет и експерти по здраве и науки за живота.</p>"
        ),
        "mission": (
            "Медийният център на Биотехнологичния и здравен клъстер България дава на журналистите "
            "достъп до проверена информация, помага им да открият своята история и ги свързва с "
            "експерти, които могат да я обяснят."
        ),
    },
    "en": {
        "title": "Media Center",
        "intro": (
            "<p>Accurate information straight from the source: press releases, events, a media "
            "kit and experts in health and life sciences.</p>"
        ),
        "mission": (
            "The Media Center of Health & Life Sciences Cluster Bulgaria gives journalists "
            "verified information, helps them find their story and puts them in touch with "
            "experts who can explain it."
        ),
    },
}

# slug → titles and introductions of the three sections under each home page.
SECTIONS = {
    "press": {
        "bg": {
            "title": "Прессъобщения и новини",
            "intro": "Прессъобщения, новини, интервюта и позиции на клъстера и неговите партньори.",
        },
        "en": {
            "title": "Press releases and news",
            "intro": "Press releases, news, interviews and statements from the cluster and its partners.",
        },
    },
    "events": {
        "bg": {
            "title": "Събития",
            "intro": "Конференции, информационни дни и уебинари, на които журналистите са добре дошли.",
        },
        "en": {
            "title": "Events",
            "intro": "Conferences, info days and webinars where journalists are welcome.",
        },
    },
    "experts": {
        "bg": {
            "title": "Намерете експерт",
            "intro": (
                "Учени, лекари и предприемачи, които могат да обяснят темите на здравето и науките "
                "за живота. Поискайте контакт през Медийния център: ние ще го препратим на експерта."
            ),
        },
        "en": {
            "title": "Find an expert",
            "intro": (
                "Researchers, doctors and entrepreneurs who can explain health and life sciences "
                "stories. Ask for an interview through the Media Center and we pass it on."
            ),
        },
    },
    "knowledge": {
        "bg": {
            "title": "База знания",
            "intro": (
                "Обяснения на сложните теми в здравето и науките за живота, написани за журналисти: "
                "какво трябва да знаете, преди да пишете, честите грешки и кой може да коментира."
            ),
        },
        "en": {
            "title": "Knowledge base",
            "intro": (
                "Plain-language explainers of hard health and life-science subjects, written for "
                "journalists: what to know before you write, common mistakes and who can comment."
            ),
        },
    },
    "topics": {
        "bg": {
            "title": "Теми",
            "intro": (
                "Всяка тема на едно място: обяснения, термини, експерти, последни новини и "
                "предстоящи събития."
            ),
        },
        "en": {
            "title": "Topics",
            "intro": (
                "Each topic in one place: explainers, glossary terms, experts, the latest press "
                "and upcoming events."
            ),
        },
    },
    "glossary": {
        "bg": {
            "title": "Речник",
            "intro": "Кратки определения на понятията, които срещате в новините за здраве и науки за живота.",
        },
        "en": {
            "title": "Glossary",
            "intro": "Short definitions of the words you meet in health and life-science news.",
        },
    },
    "partner-news": {
        "bg": {
            "title": "Новини от партньорите",
            "intro": (
                "Новини от европейските и българските партньори на клъстера, взети от техните "
                "RSS и Atom канали. Всяка новина води към сайта на партньора."
            ),
        },
        "en": {
            "title": "Partner news",
            "intro": (
                "News from the cluster's European and Bulgarian partners, read from their RSS and "
                "Atom feeds. Each item leads to the partner's own site."
            ),
        },
    },
    "media-kit": {
        "bg": {
            "title": "Медиен пакет",
            "intro": (
                "Лога, снимки и информационни листове за свободна редакционна употреба, "
                "всеки с автор и лиценз."
            ),
        },
        "en": {
            "title": "Media kit",
            "intro": "Logos, photos and fact sheets free for editorial use, each with its credit and licence.",
        },
    },
}

ORGANISATION_SETTINGS = {
    "name": CLUSTER["en"],
    "url": "https://www.biocluster.bg/",
    "email": "media@biocluster.bg",
    "twitter_handle": "",
    "logo": "logo-cluster",
}


# --- Images and fact sheets -------------------------------------------------------------------

TEAL, LIME = "#0f766e", "#84cc16"

IMAGES = [
    # Logos
    ImageSpec(
        "logo-cluster",
        "Health & Life Sciences Cluster Bulgaria — logo",
        "logo",
        (800, 800),
        (TEAL, LIME),
        "BIOCLUSTER",
        "Health & Life Sciences Cluster Bulgaria",
        "Logo of Health & Life Sciences Cluster Bulgaria",
    ),
    ImageSpec(
        "logo-cluster-wide",
        "Health & Life Sciences Cluster Bulgaria — logo, horizontal",
        "logo_wide",
        (1600, 500),
        (TEAL, LIME),
        "BIOCLUSTER",
        "Health & Life Sciences Cluster Bulgaria",
        "Horizontal logo of Health & Life Sciences Cluster Bulgaria",
    ),
    ImageSpec(
        "logo-preciseu",
        "PRECISEU — project logo",
        "logo",
        (800, 800),
        ("#1d4ed8", "#f59e0b"),
        "PRECISEU",
        "Personalised medicine across Europe",
        "Logo of the PRECISEU project",
    ),
    ImageSpec(
        "logo-innaxe",
        "INNAXE — project logo",
        "logo",
        (800, 800),
        ("#6d28d9", "#10b981"),
        "INNAXE",
        "Aligned innovation agendas across Europe",
        "Logo of the INNAXE project",
    ),
    ImageSpec(
        "logo-veles",
        "VELES — project logo",
        "logo",
        (800, 800),
        ("#b45309", "#0ea5e9"),
        "VELES",
        "South-East Europe smart health",
        "Logo of the VELES project",
    ),
    ImageSpec(
        "logo-spinoff",
        "Spinoff Bulgaria — logo",
        "logo",
        (800, 800),
        ("#be123c", "#1e293b"),
        "SPINOFF BULGARIA",
        "spinoff.bg",
        "Logo of the Spinoff Bulgaria conference",
    ),
    # Photos (branded illustrations in photo proportions)
    ImageSpec(
        "photo-spinoff-2023",
        "Spinoff Bulgaria 2023 — conference, Sofia",
        "photo",
        (1600, 900),
        ("#1e3a8a", "#be123c"),
        "Spinoff Bulgaria 2023",
        "28–29 September 2023 · Sofia",
        "Spinoff Bulgaria 2023 conference graphic",
        "network",
    ),
    ImageSpec(
        "photo-spinoff-2024",
        "Spinoff Bulgaria 2024 — Sofia Tech Park",
        "photo",
        (1600, 900),
        ("#0f172a", "#be123c"),
        "Spinoff Bulgaria 2024",
        "20–21 June 2024 · John Atanasoff Forum, Sofia Tech Park",
        "Spinoff Bulgaria 2024 conference graphic",
        "skyline",
    ),
    ImageSpec(
        "photo-preciseu",
        "PRECISEU — kick-off, Barcelona",
        "photo",
        (1600, 900),
        ("#1d4ed8", "#f59e0b"),
        "PRECISEU kick-off",
        "10–11 July 2024 · Barcelona",
        "PRECISEU kick-off graphic",
        "cells",
    ),
    ImageSpec(
        "photo-atmp",
        "Advanced therapies (ATMP) — laboratory illustration",
        "photo",
        (1600, 900),
        ("#065f46", "#06b6d4"),
        "Advanced therapies (ATMP)",
        "Cell, gene and tissue therapies",
        "Illustration of cells for advanced therapies",
        "cells",
    ),
    ImageSpec(
        "photo-sofia-tech-park",
        "Sofia Tech Park — campus",
        "photo",
        (1600, 900),
        ("#0c4a6e", "#14b8a6"),
        "Sofia Tech Park",
        "Home of the Life Sciences Club",
        "Sofia Tech Park graphic",
        "skyline",
    ),
    ImageSpec(
        "photo-innaxe",
        "INNAXE — ecosystem benchmarking",
        "photo",
        (1600, 900),
        ("#4c1d95", "#10b981"),
        "INNAXE",
        "Ecosystem monitoring and benchmarking",
        "Network graphic for the INNAXE project",
        "network",
    ),
    ImageSpec(
        "photo-veles",
        "VELES — smart health data space",
        "photo",
        (1600, 900),
        ("#7c2d12", "#0ea5e9"),
        "VELES",
        "Regional Smart Health Data Space",
        "Network graphic for the VELES project",
        "network",
    ),
    ImageSpec(
        "photo-biocenter",
        "BioCenter Sofia",
        "photo",
        (1600, 900),
        ("#14532d", "#65a30d"),
        "BioCenter Sofia",
        "Science, business and the city together",
        "Double helix graphic for BioCenter Sofia",
        "helix",
    ),
    ImageSpec(
        "photo-biotech",
        "European biotechnology",
        "photo",
        (1600, 900),
        ("#1e40af", "#16a34a"),
        "European biotech",
        "Health, industry, food",
        "Double helix graphic for European biotechnology",
        "helix",
    ),
    ImageSpec(
        "photo-tech-transfer",
        "Technology transfer",
        "photo",
        (1200, 800),
        ("#312e81", "#db2777"),
        "Technology transfer",
        "From the lab to the market",
        "Network graphic for technology transfer",
        "network",
    ),
    ImageSpec(
        "photo-stara-zagora",
        "Trakia University — Stara Zagora",
        "photo",
        (1600, 900),
        ("#7f1d1d", "#f59e0b"),
        "Trakia University",
        "Stara Zagora",
        "Graphic for Trakia University in Stara Zagora",
        "skyline",
    ),
    ImageSpec(
        "photo-women",
        "Women innovators in healthtech",
        "photo",
        (1600, 900),
        ("#9d174d", "#f97316"),
        "Women in healthtech",
        "Female founders and mentors",
        "Graphic for women innovators in health technology",
        "cells",
    ),
    ImageSpec(
        "photo-clinical-trials",
        "Clinical trials",
        "photo",
        (1600, 900),
        ("#0e7490", "#6366f1"),
        "Clinical trials",
        "From preclinical research to phase 4",
        "Graphic for clinical trials",
        "cells",
    ),
    ImageSpec(
        "photo-epigenetics",
        "Epigenetics",
        "photo",
        (1600, 900),
        ("#581c87", "#0891b2"),
        "Epigenetics",
        "Biological age and DNA methylation",
        "Double helix graphic for epigenetics",
        "helix",
    ),
    ImageSpec(
        "photo-media-center",
        "Media Center",
        "photo",
        (1600, 900),
        (TEAL, "#1e293b"),
        "Media Center",
        "Accurate information from the source",
        "Graphic for the Media Center",
        "network",
    ),
    ImageSpec(
        "photo-plovdiv",
        "Medical University of Plovdiv",
        "photo",
        (1600, 900),
        ("#1e3a8a", "#0d9488"),
        "Medical University of Plovdiv",
        "Plovdiv",
        "Graphic for the Medical University of Plovdiv",
        "skyline",
    ),
    ImageSpec(
        "photo-athens",
        "Hellenic Biocluster Forum — Athens",
        "photo",
        (1600, 900),
        ("#075985", "#e2e8f0"),
        "Hellenic Biocluster Forum",
        "Athens",
        "Graphic for the Hellenic Biocluster Forum",
        "cells",
    ),
    ImageSpec(
        "photo-science-future",
        "Science with a Future III",
        "photo",
        (1600, 900),
        ("#166534", "#2563eb"),
        "Science with a Future III",
        "Biotech, AI and smart technologies",
        "Graphic for the Science with a Future competition",
        "helix",
    ),
    ImageSpec(
        "photo-academy",
        "Life sciences eMBA in South-East Europe",
        "photo",
        (1200, 800),
        ("#3730a3", "#ea580c"),
        "Life sciences eMBA",
        "South-East Europe",
        "Graphic for the life sciences eMBA",
        "network",
    ),
    ImageSpec(
        "chart-market-survey",
        "Health and Life Sciences Market Research Survey 2023 — chart",
        "chart",
        (1200, 800),
        (TEAL, "#f59e0b"),
        "Health & Life Sciences in Bulgaria",
        "Market Research Survey '23",
        "Illustrative bar chart for the market research survey",
    ),
    # Press contact portraits
    ImageSpec(
        "portrait-press-1",
        "Press contact — portrait 1",
        "portrait",
        (600, 800),
        ("#0f766e", "#99f6e4"),
        "Press office",
        description="Portrait placeholder",
    ),
    ImageSpec(
        "portrait-press-2",
        "Press contact — portrait 2",
        "portrait",
        (600, 800),
        ("#1e3a8a", "#bfdbfe"),
        "Media Center",
        description="Portrait placeholder",
    ),
]

FACT_SHEETS = [
    FactSheetSpec(
        key="fact-sheet-cluster",
        title="Fact sheet — Health & Life Sciences Cluster Bulgaria",
        colour=TEAL,
        heading={"bg": CLUSTER["bg"], "en": CLUSTER["en"]},
        subtitle={
            "bg": "Професионална неправителствена организация за развитието на биотехнологиите и науките за живота в България.",
            "en": "A professional non-governmental organisation for biotechnology and life sciences in Bulgaria.",
        },
        sections={
            "bg": (
                FactSheetSection(
                    "Мисия",
                    (
                        "По-добро лечение и грижа чрез здравни решения от световна класа, разработени от членовете и партньорите на клъстера.",
                        "България като световен център за здраве, биотехнологии и науки за живота.",
                    ),
                ),
                FactSheetSection(
                    "Членства",
                    (
                        "EuropaBio, Съвет на европейските биорегиони (CEBR), ECHAlliance, ECCP.",
                        "Управителни съвети на КРИБ и на Българското бионаучно общество.",
                    ),
                ),
                FactSheetSection(
                    "Проекти",
                    (
                        "PRECISEU, INNAXE и VELES (Хоризонт Европа).",
                        "Spinoff Bulgaria: 100 спиноф компании до 2030 г.",
                        "БиоЦентър София със Столичната община и София Тех Парк.",
                    ),
                ),
                FactSheetSection("Контакт", ("media@biocluster.bg · www.biocluster.bg",)),
            ),
            "en": (
                FactSheetSection(
                    "Mission",
                    (
                        "Better treatment and care through world-class health solutions developed by the cluster's members and partners.",
                        "Bulgaria as a global centre for health, biotechnology and life sciences.",
                    ),
                ),
                FactSheetSection(
                    "Memberships",
                    (
                        "EuropaBio, Council of European BioRegions (CEBR), ECHAlliance, ECCP.",
                        "Management boards of KRIB and of the Bulgarian Bioscientific Society.",
                    ),
                ),
                FactSheetSection(
                    "Projects",
                    (
                        "PRECISEU, INNAXE and VELES (Horizon Europe).",
                        "Spinoff Bulgaria: 100 spin-off companies by 2030.",
                        "BioCenter Sofia with Sofia Municipality and Sofia Tech Park.",
                    ),
                ),
                FactSheetSection("Contact", ("media@biocluster.bg · www.biocluster.bg",)),
            ),
        },
    ),
    FactSheetSpec(
        key="fact-sheet-preciseu",
        title="Fact sheet — PRECISEU",
        colour="#1d4ed8",
        heading={"bg": "PRECISEU", "en": "PRECISEU"},
        subtitle={
            "bg": "Регионална иновационна долина за персонализирана медицина, финансирана от „Хоризонт Европа“.",
            "en": "The Regional Innovation Valley for Personalised Medicine, funded by Horizon Europe.",
        },
        sections={
            "bg": (
                FactSheetSection(
                    "Накратко",
                    (
                        "Водещ партньор: Biocat, биорегионът на Каталуния.",
                        "25 партньори от 12 региона в 10 държави членки на ЕС.",
                        "Официален старт: 10–11 юли 2024 г., Барселона.",
                    ),
                ),
                FactSheetSection(
                    "Цел",
                    (
                        "Свързване на европейските иновационни екосистеми към персонализирано здравеопазване.",
                        "Пренасяне на практики и мащабиране на технологии, основани на модерни терапии (ATMP) и здравни данни.",
                    ),
                ),
            ),
            "en": (
                FactSheetSection(
                    "At a glance",
                    (
                        "Lead partner: Biocat, the BioRegion of Catalonia.",
                        "25 partners from 12 regions in 10 EU member states.",
                        "Official start: 10–11 July 2024, Barcelona.",
                    ),
                ),
                FactSheetSection(
                    "Aim",
                    (
                        "Connect Europe's innovation ecosystems on the way to truly personalised healthcare.",
                        "Transfer practices and scale deep-tech innovation based on advanced therapies (ATMP) and health data.",
                    ),
                ),
            ),
        },
    ),
    FactSheetSpec(
        key="fact-sheet-innaxe",
        title="Fact sheet — INNAXE ecosystem monitoring guidelines",
        colour="#6d28d9",
        heading={"bg": "INNAXE: насоки за мониторинг", "en": "INNAXE: monitoring guidelines"},
        subtitle={
            "bg": "Инструменти за мониторинг, бенчмаркинг и оценка на въздействието на клъстерите в здравеопазването и науките за живота.",
            "en": "Tools for monitoring, benchmarking and evaluating the impact of health and life sciences clusters.",
        },
        sections={
            "bg": (
                FactSheetSection(
                    "Консорциум",
                    (
                        "Biocat (координатор), Medicen Paris Region, BioRN, Danish Life Science Cluster, CEBR, Биотехнологичен и здравен клъстер България.",
                    ),
                ),
                FactSheetSection(
                    "Какво съдържат насоките",
                    (
                        "Показатели за въздействието на услугите на клъстерите.",
                        "Кратко проучване за бенчмаркинг: за подобрение, а не за класиране.",
                        "Стъпка към съвместен план за действие за Европа.",
                    ),
                ),
            ),
            "en": (
                FactSheetSection(
                    "Consortium",
                    (
                        "Biocat (coordinator), Medicen Paris Region, BioRN, Danish Life Science Cluster, CEBR, Health & Life Sciences Cluster Bulgaria.",
                    ),
                ),
                FactSheetSection(
                    "What the guidelines contain",
                    (
                        "Indicators for the impact of cluster services.",
                        "A short benchmarking survey: for improvement, not ranking.",
                        "A step towards a Joint Action Plan for Europe.",
                    ),
                ),
            ),
        },
    ),
    FactSheetSpec(
        key="fact-sheet-spinoff",
        title="Fact sheet — Spinoff Bulgaria",
        colour="#be123c",
        heading={"bg": "Spinoff Bulgaria", "en": "Spinoff Bulgaria"},
        subtitle={
            "bg": "Международна конференция за устойчива спиноф екосистема и култура в България.",
            "en": "An international conference for a sustainable spin-off ecosystem and culture in Bulgaria.",
        },
        sections={
            "bg": (
                FactSheetSection(
                    "Цел",
                    (
                        "100 нови технологични компании от науката, университетите и корпорациите до 2030 г.",
                    ),
                ),
                FactSheetSection(
                    "Организатори",
                    (
                        "Биотехнологичен и здравен клъстер България, Клъстер Изкуствен интелект България, Venrize, ISTEB.",
                    ),
                ),
                FactSheetSection(
                    "Издания",
                    (
                        "2023: 28–29 септември, София.",
                        "2024: 20–21 юни, София Тех Парк, Форум „Джон Атанасов“.",
                    ),
                ),
            ),
            "en": (
                FactSheetSection(
                    "Goal",
                    (
                        "100 new technology companies from science, universities and corporations by 2030.",
                    ),
                ),
                FactSheetSection(
                    "Organisers",
                    (
                        "Health & Life Sciences Cluster Bulgaria, AI Cluster Bulgaria, Venrize, ISTEB.",
                    ),
                ),
                FactSheetSection(
                    "Editions",
                    (
                        "2023: 28–29 September, Sofia.",
                        "2024: 20–21 June, Sofia Tech Park, John Atanasoff Forum.",
                    ),
                ),
            ),
        },
    ),
]


# --- Topics -------------------------------------------------------------------------------------

TOPICS = [
    {
        "slug": "personalised-medicine",
        "parent": None,
        "bg": {
            "name": "Персонализирана медицина",
            "description": "Лечение и профилактика, съобразени с гените, биомаркерите и начина на живот на конкретния пациент.",
            "synonyms": "прецизна медицина, индивидуализирано лечение, персонализирано лечение, геномна медицина",
        },
        "en": {
            "name": "Personalised medicine",
            "description": "Treatment and prevention tailored to a patient's genes, biomarkers and way of life.",
            "synonyms": "precision medicine, personalized medicine, individualised treatment, genomic medicine",
        },
    },
    {
        "slug": "atmp",
        "parent": "personalised-medicine",
        "bg": {
            "name": "Модерни терапии (ATMP)",
            "description": "Лекарствени продукти за модерна терапия: генни и клетъчни терапии и продукти на тъканното инженерство.",
            "synonyms": "ATMP, лекарствени продукти за модерна терапия, генна терапия, клетъчна терапия, тъканно инженерство, CAR-T",
        },
        "en": {
            "name": "Advanced therapies (ATMP)",
            "description": "Advanced therapy medicinal products: gene and cell therapies and tissue-engineered products.",
            "synonyms": "ATMP, advanced therapy medicinal products, gene therapy, cell therapy, tissue engineering, CAR-T",
        },
    },
    {
        "slug": "clinical-trials",
        "parent": None,
        "bg": {
            "name": "Клинични изпитвания",
            "description": "Как се изпитват нови лекарства и изделия: от предклиничните изследвания до наблюдението след одобрение.",
            "synonyms": "клинично изпитване, клинични проучвания, предклинични изследвания, фаза 1, фаза 2, фаза 3, фаза 4",
        },
        "en": {
            "name": "Clinical trials",
            "description": "How new medicines and devices are tested, from preclinical research to post-approval monitoring.",
            "synonyms": "clinical study, clinical research, preclinical research, phase 1, phase 2, phase 3, phase 4",
        },
    },
    {
        "slug": "biotechnology",
        "parent": None,
        "bg": {
            "name": "Биотехнологии",
            "description": "Използването на живи организми и клетки за лекарства, храни, материали и индустриални процеси.",
            "synonyms": "биотех, биотехнология, биоинженеринг, биофармация",
        },
        "en": {
            "name": "Biotechnology",
            "description": "Using living organisms and cells to make medicines, food, materials and industrial processes.",
            "synonyms": "biotech, bioengineering, biopharma",
        },
    },
    {
        "slug": "digital-health",
        "parent": None,
        "bg": {
            "name": "Дигитално здраве",
            "description": "Софтуер, телемедицина и свързани устройства в профилактиката, лечението и грижата.",
            "synonyms": "цифрово здраве, телемедицина, електронно здравеопазване, е-здраве, мобилно здраве, здравни технологии",
        },
        "en": {
            "name": "Digital health",
            "description": "Software, telemedicine and connected devices in prevention, treatment and care.",
            "synonyms": "eHealth, e-health, telemedicine, mHealth, healthtech, health technology",
        },
    },
    {
        "slug": "ai-in-health",
        "parent": "digital-health",
        "bg": {
            "name": "Изкуствен интелект в здравеопазването",
            "description": "Алгоритми, които помагат при диагностика, откриване на лекарства и организация на грижата, и правилата за тях.",
            "synonyms": "ИИ, изкуствен интелект, машинно обучение, AI, Акт за изкуствения интелект",
        },
        "en": {
            "name": "AI in health",
            "description": "Algorithms that help with diagnosis, drug discovery and organising care, and the rules that govern them.",
            "synonyms": "AI, artificial intelligence, machine learning, AI Act",
        },
    },
    {
        "slug": "health-data",
        "parent": "digital-health",
        "bg": {
            "name": "Здравни данни",
            "description": "Събиране, защита и вторично използване на здравни данни за изследвания и по-добра грижа.",
            "synonyms": "пространство за здравни данни, европейско пространство за здравни данни, EHDS, големи данни, данни от реалната практика",
        },
        "en": {
            "name": "Health data",
            "description": "Collecting, protecting and re-using health data for research and better care.",
            "synonyms": "health data space, European Health Data Space, EHDS, big data, real-world data",
        },
    },
    {
        "slug": "technology-transfer",
        "parent": None,
        "bg": {
            "name": "Трансфер на технологии и спиноф компании",
            "description": "Как откритията от лабораторията стигат до пазара: лицензи, патенти, спиноф и стартиращи компании.",
            "synonyms": "трансфер на технологии, спиноф, спин-оф, комерсиализация, стартъпи, венчър билдинг",
        },
        "en": {
            "name": "Technology transfer & spin-offs",
            "description": "How discoveries get from the lab to the market: licences, patents, spin-offs and start-ups.",
            "synonyms": "tech transfer, spinoff, spin-off, commercialisation, startups, venture building",
        },
    },
    {
        "slug": "epigenetics",
        "parent": None,
        "bg": {
            "name": "Епигенетика",
            "description": "Промени в активността на гените, които не засягат самата ДНК последователност – и какво казват за здравето и стареенето.",
            "synonyms": "епигеном, ДНК метилиране, биологична възраст, епигенетичен часовник",
        },
        "en": {
            "name": "Epigenetics",
            "description": "Changes in gene activity that leave the DNA sequence itself untouched, and what they tell us about health and ageing.",
            "synonyms": "epigenome, DNA methylation, biological age, epigenetic clock",
        },
    },
    {
        "slug": "women-in-healthtech",
        "parent": None,
        "bg": {
            "name": "Жени в здравните технологии и предприемачеството",
            "description": "Жени основателки, изследователки и ментори в здравеопазването и науките за живота.",
            "synonyms": "жени предприемачи, женско предприемачество, жени в науката, жени основателки",
        },
        "en": {
            "name": "Women in healthtech & entrepreneurship",
            "description": "Women founders, researchers and mentors in health and life sciences.",
            "synonyms": "female entrepreneurs, female founders, women in science, women entrepreneurship",
        },
    },
    {
        "slug": "medical-devices",
        "parent": None,
        "bg": {
            "name": "Медицински изделия",
            "description": "Изделия от имплантите до диагностичните тестове и софтуера, и европейските правила за тях.",
            "synonyms": "медицинско изделие, медицинска техника, диагностика, ин витро диагностика, MDR, IVDR",
        },
        "en": {
            "name": "Medical devices",
            "description": "Devices from implants to diagnostic tests and software, and the European rules for them.",
            "synonyms": "medtech, medical technology, diagnostics, in vitro diagnostics, MDR, IVDR",
        },
    },
    {
        "slug": "bioeconomy",
        "parent": None,
        "bg": {
            "name": "Биоикономика",
            "description": "Икономика, основана на възобновяеми биологични ресурси: храни, материали, енергия и кръгови процеси.",
            "synonyms": "кръгова икономика, зелени технологии, агротех, хранителни технологии, био-базирани продукти",
        },
        "en": {
            "name": "Bioeconomy",
            "description": "An economy built on renewable biological resources: food, materials, energy and circular processes.",
            "synonyms": "circular economy, green tech, agritech, food tech, bio-based products",
        },
    },
    {
        "slug": "innovation-ecosystems",
        "parent": None,
        "bg": {
            "name": "Иновационни екосистеми",
            "description": "Връзките между университети, бизнес, инвеститори и институции, които превръщат идеите в продукти.",
            "synonyms": "клъстери, иновационна екосистема, бенчмаркинг, регионални иновации, интелигентна специализация",
        },
        "en": {
            "name": "Innovation ecosystems",
            "description": "The links between universities, business, investors and public bodies that turn ideas into products.",
            "synonyms": "clusters, innovation ecosystem, benchmarking, regional innovation, smart specialisation",
        },
    },
    {
        "slug": "eu-funding",
        "parent": None,
        "bg": {
            "name": "Европейско финансиране",
            "description": "Програми на ЕС за наука и иновации в здравеопазването и как българските екипи участват в тях.",
            "synonyms": "Хоризонт Европа, европейски проекти, грантове, покани за проекти, EU4Health",
        },
        "en": {
            "name": "EU funding",
            "description": "EU programmes for research and innovation in health, and how Bulgarian teams take part in them.",
            "synonyms": "Horizon Europe, EU projects, grants, calls for proposals, EU4Health",
        },
    },
    {
        "slug": "bioethics",
        "parent": None,
        "bg": {
            "name": "Биоетика",
            "description": "Етичните въпроси на медицината и изследванията: права на пациентите, информирано съгласие, опити с животни.",
            "synonyms": "медицинска етика, етика на клиничните изследвания, информирано съгласие",
        },
        "en": {
            "name": "Bioethics",
            "description": "The ethics of medicine and research: patients' rights, informed consent, animal research.",
            "synonyms": "medical ethics, research ethics, informed consent",
        },
    },
]


# --- Organisations ------------------------------------------------------------------------------

ORGANISATIONS = [
    {
        "slug": "biocluster",
        "kind": "ngo",
        "website": "https://www.biocluster.bg/",
        "logo": "logo-cluster",
        "bg": {"name": CLUSTER["bg"], "city": "София"},
        "en": {"name": CLUSTER["en"], "city": "Sofia"},
    },
    {
        "slug": "biocat",
        "kind": "ngo",
        "website": "https://www.biocat.cat/",
        "bg": {"name": "Biocat, биорегион на Каталуния", "city": "Барселона"},
        "en": {"name": "Biocat, BioRegion of Catalonia", "city": "Barcelona"},
    },
    {
        "slug": "medicen-paris-region",
        "kind": "ngo",
        "website": "https://medicen.org/",
        "bg": {"name": "Medicen Paris Region", "city": "Париж"},
        "en": {"name": "Medicen Paris Region", "city": "Paris"},
    },
    {
        "slug": "biorn",
        "kind": "ngo",
        "website": "https://www.biorn.org/",
        "bg": {"name": "BioRN – клъстер за науки за живота Рейн-Некар", "city": "Хайделберг"},
        "en": {"name": "BioRN Life Science Cluster Rhine-Neckar", "city": "Heidelberg"},
    },
    {
        "slug": "danish-life-science-cluster",
        "kind": "ngo",
        "website": "https://www.danishlifesciencecluster.dk/",
        "bg": {"name": "Датски клъстер за науки за живота", "city": "Копенхаген"},
        "en": {"name": "Danish Life Science Cluster", "city": "Copenhagen"},
    },
    {
        "slug": "cebr",
        "kind": "ngo",
        "website": "https://www.cebr.net/",
        "bg": {"name": "Съвет на европейските биорегиони (CEBR)", "city": "Брюксел"},
        "en": {"name": "Council of European BioRegions (CEBR)", "city": "Brussels"},
    },
    {
        "slug": "europabio",
        "kind": "ngo",
        "website": "https://www.europabio.org/",
        "bg": {"name": "EuropaBio – Европейска асоциация на биоиндустриите", "city": "Брюксел"},
        "en": {
            "name": "EuropaBio – the European Association for Bioindustries",
            "city": "Brussels",
        },
    },
    {
        "slug": "oxentia",
        "kind": "company",
        "website": "https://www.oxentia.com/",
        "bg": {"name": "Oxentia", "city": "Оксфорд"},
        "en": {"name": "Oxentia", "city": "Oxford"},
    },
    {
        "slug": "sofia-tech-park",
        "kind": "public_body",
        "website": "https://sofiatech.bg/",
        "bg": {"name": "София Тех Парк", "city": "София"},
        "en": {"name": "Sofia Tech Park", "city": "Sofia"},
    },
    {
        "slug": "trakia-university",
        "kind": "university",
        "website": "https://uni-sz.bg/",
        "bg": {"name": "Тракийски университет", "city": "Стара Загора"},
        "en": {"name": "Trakia University", "city": "Stara Zagora"},
    },
    {
        "slug": "medical-university-sofia",
        "kind": "university",
        "website": "https://mu-sofia.bg/",
        "bg": {"name": "Медицински университет – София", "city": "София"},
        "en": {"name": "Medical University of Sofia", "city": "Sofia"},
    },
    {
        "slug": "medical-university-plovdiv",
        "kind": "university",
        "website": "https://mu-plovdiv.bg/",
        "bg": {"name": "Медицински университет – Пловдив", "city": "Пловдив"},
        "en": {"name": "Medical University of Plovdiv", "city": "Plovdiv"},
    },
    {
        "slug": "sofia-university",
        "kind": "university",
        "website": "https://www.uni-sofia.bg/",
        "bg": {"name": "Софийски университет „Св. Климент Охридски“", "city": "София"},
        "en": {"name": "Sofia University St. Kliment Ohridski", "city": "Sofia"},
    },
    {
        "slug": "gate-institute",
        "kind": "institute",
        "website": "https://gate-ai.eu/",
        "bg": {"name": "Институт GATE", "city": "София"},
        "en": {"name": "GATE Institute", "city": "Sofia"},
    },
    {
        "slug": "ai-cluster-bulgaria",
        "kind": "ngo",
        "website": "https://www.aicluster.bg/",
        "bg": {"name": "Клъстер Изкуствен интелект България", "city": "София"},
        "en": {"name": "AI Cluster Bulgaria", "city": "Sofia"},
    },
    {
        "slug": "venrize",
        "kind": "company",
        "website": "https://www.venrize.com/",
        "bg": {"name": "Venrize", "city": "София"},
        "en": {"name": "Venrize", "city": "Sofia"},
    },
    {
        "slug": "vangavis",
        "kind": "company",
        "website": "http://www.vangavis.com/",
        "bg": {"name": "Vangavis", "city": "София"},
        "en": {"name": "Vangavis", "city": "Sofia"},
    },
    {
        "slug": "sofia-municipality",
        "kind": "public_body",
        "website": "https://www.sofia.bg/",
        "bg": {"name": "Столична община", "city": "София"},
        "en": {"name": "Sofia Municipality", "city": "Sofia"},
    },  # Where the demo experts (experts.json) work: universities, BAS institutes, hospitals, a hub.
    {
        "slug": "technical-university-sofia",
        "kind": "university",
        "website": "https://www.tu-sofia.bg/",
        "bg": {"name": "Технически университет – София", "city": "София"},
        "en": {"name": "Technical University of Sofia", "city": "Sofia"},
    },
    {
        "slug": "medical-university-varna",
        "kind": "university",
        "website": "https://www.mu-varna.bg/",
        "bg": {"name": "Медицински университет – Варна", "city": "Варна"},
        "en": {"name": "Medical University of Varna", "city": "Varna"},
    },
    {
        "slug": "medical-university-pleven",
        "kind": "university",
        "website": "https://www.mu-pleven.bg/",
        "bg": {"name": "Медицински университет – Плевен", "city": "Плевен"},
        "en": {"name": "Medical University of Pleven", "city": "Pleven"},
    },
    {
        "slug": "asen-zlatarov-university",
        "kind": "university",
        "website": "https://www.btu.bg/",
        "bg": {"name": "Университет „Проф. д-р Асен Златаров“", "city": "Бургас"},
        "en": {"name": "Prof. Dr Asen Zlatarov University", "city": "Burgas"},
    },
    {
        "slug": "bas-molecular-biology",
        "kind": "institute",
        "website": "",
        "bg": {"name": "Институт по молекулярна биология – БАН", "city": "София"},
        "en": {
            "name": "Institute of Molecular Biology, Bulgarian Academy of Sciences",
            "city": "Sofia",
        },
    },
    {
        "slug": "bas-microbiology",
        "kind": "institute",
        "website": "",
        "bg": {"name": "Институт по микробиология – БАН", "city": "София"},
        "en": {"name": "Institute of Microbiology, Bulgarian Academy of Sciences", "city": "Sofia"},
    },
    {
        "slug": "bas-mathematics-informatics",
        "kind": "institute",
        "website": "https://www.math.bas.bg/",
        "bg": {"name": "Институт по математика и информатика – БАН", "city": "София"},
        "en": {
            "name": "Institute of Mathematics and Informatics, Bulgarian Academy of Sciences",
            "city": "Sofia",
        },
    },
    {
        "slug": "alexandrovska-hospital",
        "kind": "hospital",
        "website": "",
        "bg": {"name": "УМБАЛ „Александровска“", "city": "София"},
        "en": {"name": "Alexandrovska University Hospital", "city": "Sofia"},
    },
    {
        "slug": "st-georgi-hospital",
        "kind": "hospital",
        "website": "",
        "bg": {"name": "УМБАЛ „Св. Георги“", "city": "Пловдив"},
        "en": {"name": "St George University Hospital", "city": "Plovdiv"},
    },
    {
        "slug": "st-marina-hospital",
        "kind": "hospital",
        "website": "",
        "bg": {"name": "УМБАЛ „Св. Марина“", "city": "Варна"},
        "en": {"name": "St Marina University Hospital", "city": "Varna"},
    },
    {
        "slug": "edih-zagore",
        "kind": "ngo",
        "website": "",
        "bg": {"name": "EDIH Загоре", "city": "Стара Загора"},
        "en": {"name": "EDIH Zagore", "city": "Stara Zagora"},
    },
]


# --- Press contacts (fictional people; the addresses are the cluster's press desks) -----------

PRESS_CONTACTS = [
    {
        "email": "press@biocluster.bg",
        "phone": "+359 2 000 0000",
        "photo": "portrait-press-1",
        "bg": {"name": "Мария Петрова", "role": "Връзки с медиите"},
        "en": {"name": "Maria Petrova", "role": "Media relations"},
    },
    {
        "email": "media@biocluster.bg",
        "phone": "+359 88 000 0000",
        "photo": "portrait-press-2",
        "bg": {"name": "Георги Николов", "role": "Медиен център, европейски проекти"},
        "en": {"name": "Georgi Nikolov", "role": "Media Center, EU projects"},
    },
]
PRESS = "press@biocluster.bg"
MEDIA = "media@biocluster.bg"


# --- Press items --------------------------------------------------------------------------------
# "published": (year, month, day, hour, minute) in Europe/Sofia, or {"days": -4, "time": (10, 0)}
# relative to the run. "embargo_days": the item is embargoed until that many days after the run
# (the loader moves the embargo forward again once it has lifted, so the demo always has one).

PRESS_ITEMS = [
    {
        "slug": "spinoff-bulgaria-2023",
        "kind": "press_release",
        "published": (2023, 9, 29, 18, 0),
        "image": "photo-spinoff-2023",
        "topics": ["technology-transfer", "innovation-ecosystems", "eu-funding", "epigenetics"],
        "organisations": ["biocluster", "ai-cluster-bulgaria", "venrize"],
        "contact": PRESS,
        "bg": {
            "title": "Spinoff Bulgaria 2023 събра европейски и национални лидери около целта за 100 нови спиноф компании",
            "lead": "Второто издание на международната конференция Spinoff Bulgaria се проведе на 28 и 29 септември 2023 г. в София. Форумът беше открит от еврокомисаря Илиана Иванова и министър-председателя акад. Николай Денков.",
            "body": [
                para(
                    "Конференцията, организирана от Биотехнологичния и здравен клъстер България, Клъстер Изкуствен интелект България, Venrize и ISTEB, беше част от Европейската седмица на биотехнологиите 2023. Два дни представители на европейските институции, правителството, университетите и бизнеса обсъждаха как резултатите от научните изследвания да стигат по-бързо до пазара."
                ),
                heading("Политики, финансиране и интелектуална собственост"),
                para(
                    "Дискусиите обхванаха европейските и националните политики за иновации, възможностите за финансиране и комерсиализация, патентите и авторските права, научната инфраструктура и добрите международни практики. Вторият ден беше посветен на „Хоризонт Европа“ – рамковата програма на ЕС за научни изследвания и иновации за 2021–2027 г. с бюджет от 95,5 млрд. евро."
                ),
                quote(
                    "Spinoff-ите са основата на икономическия растеж, имат висока добавена стойност и генерират високотехнологични иновации.",
                    "Кристина Ескенази, председател на Биотехнологичния и здравен клъстер",
                ),
                heading("Най-добрите спиноф компании на годината"),
                para(
                    "В категорията „Най-добър български Spinoff“ бяха отличени Epix.AI, която работи в областта на епигенетиката, Kelvin Health, Hemokin Pharmaceuticals, Barin Sports, BullCharge и MatriChem. В категорията „Най-добър европейски Spinoff с българско участие“ наградите получиха Digistain и Feasyfy."
                ),
                facts(
                    "Spinoff Bulgaria 2023 накратко",
                    "Второ издание, 28–29 септември 2023 г., София",
                    "Част от Европейската седмица на биотехнологиите 2023",
                    "Цел: 100 нови спиноф компании от науката и корпорациите до 2030 г.",
                    "8 отличени компании в две категории",
                ),
                # The knowledge base's fact sheet, shown whole (mediacenter.blocks.FactSheetBlock).
                {"type": "fact_sheet", "value": "cluster-in-figures"},
            ],
        },
        "en": {
            "title": "Spinoff Bulgaria 2023 rallies European and national leaders behind 100 new spin-offs",
            "lead": "The second edition of the international Spinoff Bulgaria conference took place in Sofia on 28 and 29 September 2023. It was opened by European Commissioner Iliana Ivanova and Prime Minister Nikolai Denkov.",
            "body": [
                para(
                    "Organised by Health & Life Sciences Cluster Bulgaria, AI Cluster Bulgaria, Venrize and ISTEB, the conference was part of European Biotech Week 2023. For two days, people from the EU institutions, the government, universities and industry discussed how research results can reach the market faster."
                ),
                heading("Policy, funding and intellectual property"),
                para(
                    "The programme covered European and national innovation policy, funding and commercialisation, patents and copyright, research infrastructure and good practice from abroad. The second day was devoted to Horizon Europe, the EU's 2021–2027 research and innovation programme with a budget of €95.5 billion."
                ),
                quote(
                    "Spin-offs are the foundation of economic growth: they carry high added value and generate high-tech innovation.",
                    "Kristina Eskenazi, Chair of Health & Life Sciences Cluster Bulgaria",
                ),
                heading("Spin-offs of the year"),
                para(
                    "The Best Bulgarian Spinoff awards went to Epix.AI, which works in epigenetics, Kelvin Health, Hemokin Pharmaceuticals, Barin Sports, BullCharge and MatriChem. Digistain and Feasyfy won in the Best European Spinoff with Bulgarian participation category."
                ),
                facts(
                    "Spinoff Bulgaria 2023 at a glance",
                    "Second edition, 28–29 September 2023, Sofia",
                    "Part of European Biotech Week 2023",
                    "Goal: 100 new spin-offs from science and industry by 2030",
                    "8 companies awarded in two categories",
                ),
                # The knowledge base's fact sheet, shown whole (mediacenter.blocks.FactSheetBlock).
                {"type": "fact_sheet", "value": "cluster-in-figures"},
            ],
        },
    },
    {
        "slug": "spinoff-bulgaria-2024-programme",
        "kind": "press_release",
        "published": (2024, 6, 11, 10, 0),
        "image": "photo-spinoff-2024",
        "topics": ["technology-transfer", "ai-in-health", "bioeconomy", "innovation-ecosystems"],
        "organisations": [
            "biocluster",
            "ai-cluster-bulgaria",
            "venrize",
            "sofia-tech-park",
            "europabio",
            "oxentia",
            "cebr",
        ],
        "contact": PRESS,
        "bg": {
            "title": "Spinoff Bulgaria 2024: изкуствен интелект, медицина, микроелектроника и кръгова икономика в София Тех Парк",
            "lead": "Третото издание на международната конференция за технологичен трансфер ще се проведе на 20 и 21 юни 2024 г. във Форум „Джон Атанасов“ в София Тех Парк. Участието е безплатно след регистрация.",
            "body": [
                para(
                    "Конференцията отново ще събере учени, предприемачи, инвеститори и институции, за да обменят идеи и ноу-хау за технологичния трансфер. Организаторите – Биотехнологичният и здравен клъстер, Клъстер Изкуствен интелект България, Venrize и ISTEB – работят за среда, в която до 2030 г. в България да растат 100 спиноф компании с продукти и услуги с висока добавена стойност."
                ),
                heading("Програмата"),
                para(
                    "Практически семинари, панели и дискусии ще разгледат предприемачеството и инвестициите в спиноф компании, с акцент върху финансирането, устойчивостта и ролята на изкуствения интелект при ESG предизвикателствата. Националната контактна мрежа към МОН ще проведе семинар за клъстер „Здраве“ на „Хоризонт Европа“, а друг семинар ще е посветен на защитата на иновациите и технологиите. Ще бъде представен и новият европейски мета-клъстер по персонализирана медицина."
                ),
                para(
                    "Клийнтех България и хъбът за България на EIT Manufacturing ще представят отворени покани за иновационни проекти с общ ресурс от 11 млн. евро."
                ),
                facts(
                    "Какво, къде, кога",
                    "20–21 юни 2024 г.",
                    "София Тех Парк, Форум „Джон Атанасов“",
                    "Над 30 български компании в конкурса „Най-добър Spinoff на годината“",
                    "Вход свободен, със задължителна регистрация на spinoff.bg",
                ),
                heading("Лектори"),
                para(
                    "Сред гостите са д-р Клер Скентълбъри, генерален директор на EuropaBio, Монсе Дабан, председател на борда на Съвета на европейските биорегиони, и д-р Хеймиш Макалпин от Oxentia, както и инвеститори и експерти от Испания, Германия, Франция, Дания, Белгия, Италия, САЩ и Великобритания."
                ),
                image(
                    "photo-sofia-tech-park",
                    "София Тех Парк е домакин на третото издание на конференцията.",
                    ILLUSTRATION_CREDIT["bg"],
                ),
            ],
        },
        "en": {
            "title": "Spinoff Bulgaria 2024: AI, medicine, microelectronics and the circular economy at Sofia Tech Park",
            "lead": "The third edition of the international technology-transfer conference takes place on 20 and 21 June 2024 in the John Atanasoff Forum at Sofia Tech Park. Attendance is free with registration.",
            "body": [
                para(
                    "The conference again brings together researchers, entrepreneurs, investors and public bodies to trade ideas and know-how on technology transfer. The organisers – Health & Life Sciences Cluster Bulgaria, AI Cluster Bulgaria, Venrize and ISTEB – are working towards an environment in which 100 high-value spin-off companies grow in Bulgaria by 2030."
                ),
                heading("The programme"),
                para(
                    "Workshops, panels and debates cover entrepreneurship and investment in spin-offs, with a focus on funding, sustainability and the role of AI in meeting ESG challenges. The National Contact Point network at the Ministry of Education and Science runs a workshop on the Horizon Europe Health cluster, and another session is devoted to protecting innovations and technologies. The new European meta-cluster for personalised medicine will also be presented."
                ),
                para(
                    "Cleantech Bulgaria and the Bulgarian hub of EIT Manufacturing will present open calls for innovation projects worth €11 million in total."
                ),
                facts(
                    "What, where, when",
                    "20–21 June 2024",
                    "Sofia Tech Park, John Atanasoff Forum",
                    "More than 30 Bulgarian companies compete for Best Spinoff of the Year",
                    "Free, registration required at spinoff.bg",
                ),
                heading("Speakers"),
                para(
                    "Guests include Dr Claire Skentelbery, Director General of EuropaBio, Montse Daban, President of the Board of the Council of European BioRegions, and Dr Hamish McAlpine of Oxentia, along with investors and experts from Spain, Germany, France, Denmark, Belgium, Italy, the US and the UK."
                ),
                image(
                    "photo-sofia-tech-park",
                    "Sofia Tech Park hosts the conference's third edition.",
                    ILLUSTRATION_CREDIT["en"],
                ),
            ],
        },
    },
    {
        "slug": "preciseu-official-start",
        "kind": "press_release",
        "published": (2024, 7, 12, 10, 0),
        "image": "photo-preciseu",
        "funders": {"bg": "Програма „Хоризонт Европа“ на ЕС", "en": "EU Horizon Europe programme"},
        "topics": [
            "personalised-medicine",
            "atmp",
            "health-data",
            "innovation-ecosystems",
            "eu-funding",
        ],
        "organisations": ["biocat", "biocluster"],
        "contact": MEDIA,
        "bg": {
            "title": "PRECISEU стартира в Барселона: 25 партньори свързват европейските екосистеми за персонализирана медицина",
            "lead": "Проектът PRECISEU, признат за Регионална иновационна долина за персонализирана медицина, започна официално на 10 и 11 юли 2024 г. в Барселона. Биотехнологичният и здравен клъстер България е сред партньорите.",
            "body": [
                para(
                    "Консорциумът се ръководи от Biocat, биорегиона на Каталуния, и обединява 25 партньори от 12 региона в 10 държави членки на ЕС. Проектът се финансира от програмата „Хоризонт Европа“."
                ),
                heading("Защо е важно"),
                para(
                    "PRECISEU ще свързва иновационните екосистеми в Европа, за да може здравеопазването да стане наистина персонализирано. Партньорите ще пренасят добри практики и ще помагат за мащабирането на дълбоки технологии, основани на лекарствени продукти за модерна терапия (ATMP) и на здравни данни."
                ),
                image(
                    "photo-atmp",
                    "Клетъчните, генните и тъканните терапии са във фокуса на проекта.",
                    ILLUSTRATION_CREDIT["bg"],
                ),
                para(
                    "Името на проекта е съкращение от Personalised medicine Empowerment Connecting Innovation ecoSystems across EUrope."
                ),
                facts(
                    "PRECISEU в цифри",
                    "25 партньори",
                    "12 европейски региона",
                    "10 държави членки",
                    "Официален старт: 10–11 юли 2024 г., Барселона",
                ),
                para(
                    "Медийният център може да насочи журналистите към експерти по модерни терапии, регулацията им и вторичното използване на здравни данни."
                ),
            ],
        },
        "en": {
            "title": "PRECISEU kicks off in Barcelona: 25 partners connect Europe's personalised medicine ecosystems",
            "lead": "PRECISEU, recognised as the Regional Innovation Valley for Personalised Medicine, officially started on 10 and 11 July 2024 in Barcelona. Health & Life Sciences Cluster Bulgaria is one of its partners.",
            "body": [
                para(
                    "The consortium is led by Biocat, the BioRegion of Catalonia, and brings together 25 partners from 12 regions in 10 EU member states. The project is funded by Horizon Europe."
                ),
                heading("Why it matters"),
                para(
                    "PRECISEU will connect innovation ecosystems across Europe so that healthcare can become truly personalised. Partners will transfer good practice and help scale deep-tech innovation based on advanced therapy medicinal products (ATMP) and health data."
                ),
                image(
                    "photo-atmp",
                    "Cell, gene and tissue therapies are at the heart of the project.",
                    ILLUSTRATION_CREDIT["en"],
                ),
                para(
                    "The name stands for Personalised medicine Empowerment Connecting Innovation ecoSystems across EUrope."
                ),
                facts(
                    "PRECISEU in numbers",
                    "25 partners",
                    "12 European regions",
                    "10 member states",
                    "Official start: 10–11 July 2024, Barcelona",
                ),
                para(
                    "The Media Center can refer journalists to experts on advanced therapies, how they are regulated and the secondary use of health data."
                ),
            ],
        },
    },
    {
        "slug": "innaxe-ecosystem-monitoring-guidelines",
        "kind": "news",
        "published": (2023, 10, 24, 11, 0),
        "image": "photo-innaxe",
        "funders": {
            "bg": "„Хоризонт Европа“ – Европейски иновационни екосистеми (HORIZON-EIE-2021-CONNECT-01-01)",
            "en": "Horizon Europe – European Innovation Ecosystems (HORIZON-EIE-2021-CONNECT-01-01)",
        },
        "topics": ["innovation-ecosystems", "eu-funding"],
        "organisations": [
            "biocat",
            "medicen-paris-region",
            "biorn",
            "danish-life-science-cluster",
            "cebr",
            "biocluster",
        ],
        "contact": MEDIA,
        "bg": {
            "title": "INNAXE публикува насоки за мониторинг, бенчмаркинг и оценка на въздействието на здравните клъстери",
            "lead": "Шест европейски клъстера в здравните технологии и науките за живота, сред които и българският, предлагат общ инструментариум, с който клъстерите да измерват ефекта от работата си.",
            "body": [
                para(
                    "Насоките са изготвени по проекта INNAXE (Inclusive and Aligned Innovation Agendas Across Europe), финансиран от „Хоризонт Европа“ и координиран от Biocat. Партньори са Medicen Paris Region, BioRN, Danish Life Science Cluster, Съветът на европейските биорегиони и Биотехнологичният и здравен клъстер България."
                ),
                heading("Сравнение, а не класация"),
                para(
                    "В центъра на документа е кратко проучване за бенчмаркинг, което помага на клъстерите да видят силните и слабите страни на своята екосистема, без да ги натоварва излишно. Целта не е да се подреждат клъстерите, а да подобрят вътрешните си процеси и да се сближат с партньори с различен опит. Резултатите са полезни и за комуникацията с обществото."
                ),
                para(
                    "Насоките са една от стъпките към крайния резултат на проекта – съвместен план за действие за приобщаващи и съгласувани иновационни екосистеми в Европа."
                ),
                facts(
                    "INNAXE",
                    "6 клъстерни организации от Испания, Франция, Германия, Дания, Белгия и България",
                    "Оценка на екосистемите, свързване и мащабиране, съвместна програма",
                    "Участие на „четворната спирала“: бизнес, наука, политики и общество",
                ),
                document("fact-sheet-innaxe", "Информационен лист за насоките (PDF)"),
            ],
        },
        "en": {
            "title": "INNAXE publishes guidelines for monitoring, benchmarking and impact evaluation of health clusters",
            "lead": "Six European healthtech and life sciences clusters, the Bulgarian one among them, offer a shared toolbox with which clusters can measure the effect of their work.",
            "body": [
                para(
                    "The guidelines come from INNAXE (Inclusive and Aligned Innovation Agendas Across Europe), a Horizon Europe project coordinated by Biocat. The partners are Medicen Paris Region, BioRN, Danish Life Science Cluster, the Council of European BioRegions and Health & Life Sciences Cluster Bulgaria."
                ),
                heading("Benchmarking, not ranking"),
                para(
                    "At its core is a short benchmarking survey that shows a cluster the strengths and weaknesses of its ecosystem without being a burden. The aim is not to rank clusters but to improve their internal processes and bring them closer to partners with a different background. The results are useful for public relations too."
                ),
                para(
                    "The guidelines are one step towards the project's final result: a Joint Action Plan for inclusive and aligned innovation ecosystems in Europe."
                ),
                facts(
                    "INNAXE",
                    "6 cluster organisations from Spain, France, Germany, Denmark, Belgium and Bulgaria",
                    "Ecosystem assessment, connect and scale up, a joint programme",
                    "The quadruple helix takes part: industry, academia, policy and society",
                ),
                document("fact-sheet-innaxe", "Fact sheet on the guidelines (PDF)"),
            ],
        },
    },
    {
        "slug": "veles-kick-off",
        "kind": "news",
        "published": (2023, 7, 3, 10, 0),
        "image": "photo-veles",
        "funders": {
            "bg": "„Хоризонт Европа“ (HORIZON-WIDERA-2022-ACCESS-04)",
            "en": "Horizon Europe (HORIZON-WIDERA-2022-ACCESS-04)",
        },
        "topics": ["health-data", "ai-in-health", "personalised-medicine", "innovation-ecosystems"],
        "organisations": ["biocluster", "gate-institute"],
        "contact": MEDIA,
        "bg": {
            "title": "Стартира VELES: Югоизточна Европа изгражда регионално пространство за интелигентни здравни данни",
            "lead": "Встъпителната среща на проекта VELES се проведе на 28 и 29 юни в София. През следващите четири години 15 партньори от 7 държави ще работят за иновационни постижения в здравеопазването на региона.",
            "body": [
                para(
                    "VELES (Strengthening the South-East Europe Smart Health Regional Excellence and Boosting the Innovation Potential) се финансира от ЕС и е насочен към България, Румъния, Гърция и Кипър. Партньори от Швеция, Испания и Германия ще споделят опит и добри практики."
                ),
                heading("Данни, изкуствен интелект и интернет на нещата"),
                para(
                    "Проектът ще изгради устойчива иновационна екосистема около регионално пространство за интелигентни здравни данни. Големите данни, изкуственият интелект и интернет на нещата ще служат за персонализирана медицина, по-добре информирани решения и по-точно прогнозиране на заболявания."
                ),
                facts(
                    "Българските участници",
                    "Институт GATE",
                    "Министерство на електронното управление",
                    "Телелинк Бизнес Сървисис ЕАД",
                    "Биотехнологичен и здравен клъстер България",
                ),
            ],
        },
        "en": {
            "title": "VELES starts: South-East Europe builds a regional smart health data space",
            "lead": "The VELES kick-off meeting took place in Sofia on 28 and 29 June. Over the next four years, 15 partners from 7 countries will work to raise innovation excellence in the region's healthcare.",
            "body": [
                para(
                    "VELES (Strengthening the South-East Europe Smart Health Regional Excellence and Boosting the Innovation Potential) is EU-funded and focuses on Bulgaria, Romania, Greece and Cyprus. Partners from Sweden, Spain and Germany will share experience and good practice."
                ),
                heading("Data, AI and the Internet of Things"),
                para(
                    "The project will build a lasting, place-based innovation ecosystem around a Regional Smart Health Data Space. Big data, artificial intelligence and the Internet of Things will support personalised medicine, better-informed decisions and more accurate disease prediction."
                ),
                facts(
                    "The Bulgarian partners",
                    "GATE Institute",
                    "Ministry of Electronic Governance",
                    "Telelink Business Services EAD",
                    "Health & Life Sciences Cluster Bulgaria",
                ),
            ],
        },
    },
    {
        "slug": "europabio-membership",
        "kind": "news",
        "published": (2023, 5, 16, 12, 0),
        "image": "photo-biotech",
        "topics": ["biotechnology", "innovation-ecosystems"],
        "organisations": ["europabio", "biocluster"],
        "contact": PRESS,
        "bg": {
            "title": "Биотехнологичният и здравен клъстер България стана член на EuropaBio",
            "lead": "С членството си в Европейската асоциация на биоиндустриите клъстерът свързва българската научна и предприемаческа общност с най-влиятелната биотехнологична организация в Европа.",
            "body": [
                para(
                    "EuropaBio представлява корпоративни членове, биорегиони и национални биотехнологични асоциации, които заедно обединяват над 1800 малки и средни биотехнологични компании в Европа. Асоциацията води пряк диалог с Европейския парламент и Европейската комисия в три области: здравеопазване, индустриални биотехнологии и биотехнологии в земеделието и храните."
                ),
                para(
                    "Клъстерът споделя целта на EuropaBio да повишава конкурентоспособността на европейската биотехнологична индустрия по етичен и социално отговорен начин. EuropaBio е и сред основателите на Международния съвет на биотехнологичните асоциации (ICBA)."
                ),
                facts(
                    "EuropaBio",
                    "Над 1800 биотехнологични МСП, представени чрез членовете ѝ",
                    "Здравеопазване, индустриални и агро-хранителни биотехнологии",
                    "Съосновател на ICBA",
                ),
            ],
        },
        "en": {
            "title": "Health & Life Sciences Cluster Bulgaria joins EuropaBio",
            "lead": "By joining the European Association for Bioindustries, the cluster links Bulgaria's research and start-up community to Europe's most influential biotech organisation.",
            "body": [
                para(
                    "EuropaBio represents corporate members, bioregions and national biotech associations that together stand for more than 1,800 biotech SMEs across Europe. It talks directly to the European Parliament and the Commission in three areas: healthcare, industrial biotech, and agricultural and food biotech."
                ),
                para(
                    "The cluster shares EuropaBio's aim of making the EU biotech industry more competitive by ethical and socially responsible means. EuropaBio is also a founding member of the International Council of Biotechnology Associations (ICBA)."
                ),
                facts(
                    "EuropaBio",
                    "More than 1,800 biotech SMEs represented through its members",
                    "Healthcare, industrial and agri-food biotechnology",
                    "Founding member of ICBA",
                ),
            ],
        },
    },
    {
        "slug": "oxentia-partnership",
        "kind": "press_release",
        "published": (2023, 4, 5, 10, 30),
        "image": "photo-tech-transfer",
        "topics": ["technology-transfer", "biotechnology", "innovation-ecosystems"],
        "organisations": ["oxentia", "biocluster"],
        "contact": PRESS,
        "bg": {
            "title": "Партньорство с Oxentia ще ускори българската иновационна екосистема в науките за живота",
            "lead": "Клъстерът подписа меморандум за партньорство с Oxentia – оксфордската компания за управление на иновации и комерсиализация на технологии, която работи в над 70 държави.",
            "body": [
                para(
                    "Партньорството ще подкрепи проекта на клъстера за картографиране на капацитета, ресурсите и икономическия потенциал на биотехнологиите и науките за живота на регионално и национално ниво."
                ),
                heading("Какво предстои"),
                para(
                    "Предвидени са анализ на пропуските, икономически прогнози и модели, които оценяват инвестициите и възвращаемостта им, включително на вложеното в научни изследвания. Резултатите ще бъдат основа и за дигиталната платформа за технологичен трансфер, която клъстерът разработва."
                ),
                facts(
                    "Oxentia",
                    "Глобална консултантска компания от Оксфорд",
                    "Управление на иновации и комерсиализация на технологии",
                    "Работи в над 70 държави, вече и в България",
                ),
            ],
        },
        "en": {
            "title": "Partnership with Oxentia to speed up Bulgaria's life sciences innovation ecosystem",
            "lead": "The cluster has signed a partnership memorandum with Oxentia, Oxford's global innovation management and technology commercialisation consultancy, which works in more than 70 countries.",
            "body": [
                para(
                    "The partnership supports the cluster's project to map the capacity, resources and economic potential of biotechnology and life sciences at regional and national level."
                ),
                heading("What comes next"),
                para(
                    "The work includes a gap analysis, economic forecasts and models that estimate investment and its return, research spending included. The results will also feed the digital technology-transfer platform the cluster is building."
                ),
                facts(
                    "Oxentia",
                    "Global innovation consultancy based in Oxford",
                    "Innovation management and technology commercialisation",
                    "Active in more than 70 countries, now including Bulgaria",
                ),
            ],
        },
    },
    {
        "slug": "trakia-university-memorandum",
        "kind": "press_release",
        "published": (2024, 3, 14, 11, 0),
        "image": "photo-stara-zagora",
        "topics": ["technology-transfer", "biotechnology", "bioeconomy", "innovation-ecosystems"],
        "organisations": ["trakia-university", "biocluster"],
        "contact": PRESS,
        "bg": {
            "title": "Тракийският университет и Биотехнологичният и здравен клъстер подписаха меморандум за сътрудничество",
            "lead": "Споразумението между университета в Стара Загора и клъстера цели трайно партньорство между учените, научните изследвания и прилагането на резултатите им в практиката.",
            "body": [
                para(
                    "Партньорството създава условия за активно взаимодействие между науката и бизнеса и за устойчиви връзки между трите върха на „триъгълника на знанието“. Стара Загора е сред регионите, в които клъстерът развива иновационна екосистема, заедно със София, Варна, Пловдив и Габрово."
                ),
                heading("Широкият обхват на науките за живота"),
                para(
                    "Секторът включва компании, учени и университети в биоинженерството и биотехнологиите: тъканно инженерство, биоматериали, нанотехнологии, биореактори, екология, биоземеделие, фармация, биомедицински изделия, производство на храни, животновъдство, хранителни добавки и козметика."
                ),
                facts(
                    "Накратко",
                    "Страни: Тракийски университет – Стара Загора и Биотехнологичен и здравен клъстер България",
                    "Фокус: трансфер на знания и технологии между науката и бизнеса",
                    "Регион: Стара Загора и Южна централна България",
                ),
            ],
        },
        "en": {
            "title": "Trakia University and Health & Life Sciences Cluster Bulgaria sign a cooperation memorandum",
            "lead": "The agreement between the Stara Zagora university and the cluster aims at a lasting partnership between researchers, research and putting its results to use.",
            "body": [
                para(
                    "The partnership sets the stage for active exchange between science and business and for stable links between the three corners of the knowledge triangle. Stara Zagora is one of the regions where the cluster is building an innovation ecosystem, along with Sofia, Varna, Plovdiv and Gabrovo."
                ),
                heading("The breadth of life sciences"),
                para(
                    "The sector spans companies, researchers and universities in bioengineering and biotechnology: tissue engineering, biomaterials, nanotechnology, bioreactors, ecology, organic farming, pharmaceuticals, biomedical devices, food production, animal husbandry, food supplements and cosmetics."
                ),
                facts(
                    "In brief",
                    "Parties: Trakia University, Stara Zagora, and Health & Life Sciences Cluster Bulgaria",
                    "Focus: transfer of knowledge and technology between science and business",
                    "Region: Stara Zagora and South Central Bulgaria",
                ),
            ],
        },
    },
    {
        "slug": "market-research-survey-2023",
        "kind": "announcement",
        "published": (2023, 6, 6, 9, 0),
        "image": "chart-market-survey",
        "topics": ["innovation-ecosystems", "biotechnology", "technology-transfer"],
        "organisations": ["biocluster", "vangavis", "venrize"],
        "contact": MEDIA,
        "bg": {
            "title": "Покана за участие в проучването на сектора здравеопазване и науки за живота 2023",
            "lead": "Клъстерът, Vangavis, Venrize и Trending Topics канят компании, изследователи и организации да попълнят анкета, която ще даде цялостна картина на българската екосистема.",
            "body": [
                para(
                    "Проучването търси отговор на въпросите в какво е силна България в здравеопазването и науките за живота и какви възможности стоят пред сектора. Анкетата се провежда от Vangavis заедно с Биотехнологичния и здравен клъстер България, Venrize и медията Trending Topics."
                ),
                facts(
                    "Кой може да участва",
                    "Компании в биотехнологиите, фармацията, медицинските изделия и дигиталното здраве",
                    "Университети, научни институти и болници",
                    "Стартиращи компании, инвеститори и организации за подкрепа",
                ),
                image(
                    "chart-market-survey",
                    "Проучването обхваща цялата верига – от науката до пазара.",
                    ILLUSTRATION_CREDIT["bg"],
                ),
            ],
        },
        "en": {
            "title": "Call to take part in the 2023 health and life sciences market research survey",
            "lead": "The cluster, Vangavis, Venrize and Trending Topics invite companies, researchers and organisations to fill in a survey that will give a complete picture of Bulgaria's ecosystem.",
            "body": [
                para(
                    "The survey asks where Bulgaria is strong in health and life sciences and what opportunities lie ahead for the sector. It is run by Vangavis together with Health & Life Sciences Cluster Bulgaria, Venrize and the Trending Topics media outlet."
                ),
                facts(
                    "Who can take part",
                    "Companies in biotech, pharma, medical devices and digital health",
                    "Universities, research institutes and hospitals",
                    "Start-ups, investors and support organisations",
                ),
                image(
                    "chart-market-survey",
                    "The survey covers the whole chain, from science to market.",
                    ILLUSTRATION_CREDIT["en"],
                ),
            ],
        },
    },
    {
        "slug": "hellenic-biocluster-forum",
        "kind": "news",
        "evidence": "conference",
        "published": (2023, 6, 19, 15, 0),
        "image": "photo-athens",
        "topics": ["personalised-medicine", "innovation-ecosystems"],
        "organisations": ["biocluster", "europabio"],
        "contact": MEDIA,
        "bg": {
            "title": "На третия Hellenic Biocluster Forum в Атина беше създаден мета-клъстер за персонализирана медицина",
            "lead": "Биотехнологичният и здравен клъстер България участва в третото издание на форума, проведен в Атина от 15 до 17 юни.",
            "body": [
                para(
                    "По време на форума беше поставено началото на нов европейски мета-клъстер за персонализирана медицина. Представителите на българския клъстер обсъдиха възможностите за България с EuropaBio, WifOR Institute, HBIO, MEDVIA и други партньори."
                ),
                para("Новината се основава на представяния и дискусии по време на конференцията."),
            ],
        },
        "en": {
            "title": "A meta-cluster for personalised medicine is born at the 3rd Hellenic Biocluster Forum in Athens",
            "lead": "Health & Life Sciences Cluster Bulgaria took part in the forum's third edition, held in Athens from 15 to 17 June.",
            "body": [
                para(
                    "The forum saw the start of a new European meta-cluster for personalised medicine. The Bulgarian cluster discussed opportunities for Bulgaria with EuropaBio, the WifOR Institute, HBIO, MEDVIA and other partners."
                ),
                para("This news is based on presentations and discussions at the conference."),
            ],
        },
    },
    {
        "slug": "hadea-visit-medical-university-plovdiv",
        "kind": "news",
        "published": (2023, 9, 27, 16, 0),
        "image": "photo-plovdiv",
        "topics": ["eu-funding", "digital-health", "innovation-ecosystems"],
        "organisations": ["medical-university-plovdiv", "biocluster"],
        "contact": MEDIA,
        "bg": {
            "title": "Ръководството на HaDEA посети Медицинския университет – Пловдив",
            "lead": "Директорът на Европейската изпълнителна агенция за здравеопазване и цифрови технологии Марина Дзанки и ръководители на отдели в агенцията се запознаха с научната инфраструктура на университета.",
            "body": [
                para(
                    "В делегацията бяха още Катлийн Енгелбош, ръководител на отдел „Дигитализация, индустрия и космос“, и Анджело Марино, ръководител на отдел „Здравеопазване и храни“. Гостите бяха придружени от Кристина Ескенази, председател на Биотехнологичния и здравен клъстер и национално лице за контакт за клъстер „Здраве“ на „Хоризонт Европа“, Марияна Хаманова, изпълнителен директор на Клийнтех България, и Димитър Димитров, основател на Venrize и Micar21."
                ),
                para(
                    "Проф. д-р Благой Маринов, заместник-ректор по научноизследователската дейност и директор на Симулационния тренировъчен център, представи университета, неговата научна инфраструктура и атмосферата, която насърчава учените."
                ),
                facts(
                    "HaDEA",
                    "Изпълнителна агенция на Европейската комисия",
                    "Управлява програми в здравеопазването, храните и дигитализацията",
                    "Сред тях: клъстерите „Здраве“ и „Цифрови технологии, индустрия и космос“ на „Хоризонт Европа“ и EU4Health",
                ),
            ],
        },
        "en": {
            "title": "HaDEA's leadership visits the Medical University of Plovdiv",
            "lead": "Marina Zanchi, Director of the European Health and Digital Executive Agency, and heads of unit at the agency were shown the university's research infrastructure.",
            "body": [
                para(
                    "The delegation also included Kathleen Engelbosch, Head of the Digital, Industry and Space department, and Angelo Marino, Head of the Health and Food department. They were accompanied by Kristina Eskenazi, Chair of Health & Life Sciences Cluster Bulgaria and National Contact Point for the Horizon Europe Health cluster, Mariyana Hamanova, Executive Director of Cleantech Bulgaria, and Dimitar Dimitrov, founder of Venrize and Micar21."
                ),
                para(
                    "Prof. Blagoy Marinov, Vice-Rector for Research and Director of the Simulation Training Centre, presented the university, its research infrastructure and the climate that encourages its scientists."
                ),
                facts(
                    "HaDEA",
                    "An executive agency of the European Commission",
                    "Runs programmes in health, food and digital",
                    "Among them: the Horizon Europe Health and Digital, Industry and Space clusters, and EU4Health",
                ),
            ],
        },
    },
    {
        "slug": "science-with-a-future-iii",
        "kind": "announcement",
        "published": (2024, 2, 20, 10, 0),
        "image": "photo-science-future",
        "funders": {
            "bg": "Фондация „Америка за България“",
            "en": "America for Bulgaria Foundation",
        },
        "topics": ["biotechnology", "ai-in-health"],
        "organisations": ["biocluster", "ai-cluster-bulgaria"],
        "contact": PRESS,
        "bg": {
            "title": "„Наука с бъдеще III“: конкурс за проекти в биотехнологиите, изкуствения интелект и умните технологии",
            "lead": "Клъстерът е партньор на третото издание на конкурса на Фондация „Америка за България“, който финансира проекти с иновативни идеи.",
            "body": [
                para(
                    "Тази година конкурсът е посветен на биотехнологиите, изкуствения интелект и умните технологии. Биотехнологичният и здравен клъстер България и Клъстер Изкуствен интелект България подкрепят инициативата и насърчават членовете и партньорите си да кандидатстват."
                ),
                para(
                    "Условията за участие и сроковете са публикувани от Фондация „Америка за България“."
                ),
                facts(
                    "Фокус на третото издание",
                    "Биотехнологии",
                    "Изкуствен интелект",
                    "Умни технологии",
                ),
            ],
        },
        "en": {
            "title": "Science with a Future III: a call for projects in biotech, AI and smart technologies",
            "lead": "The cluster is a partner of the third edition of the America for Bulgaria Foundation's competition, which funds projects built on innovative ideas.",
            "body": [
                para(
                    "This year the competition is devoted to biotechnology, artificial intelligence and smart technologies. Health & Life Sciences Cluster Bulgaria and AI Cluster Bulgaria support it and encourage their members and partners to apply."
                ),
                para(
                    "The rules and deadlines are published by the America for Bulgaria Foundation."
                ),
                facts(
                    "Focus of the third edition",
                    "Biotechnology",
                    "Artificial intelligence",
                    "Smart technologies",
                ),
            ],
        },
    },
    {
        "slug": "clinical-trials-hub-forum",
        "kind": "news",
        "published": (2024, 11, 19, 17, 0),
        "image": "photo-clinical-trials",
        "topics": ["clinical-trials", "biotechnology", "bioethics"],
        "organisations": ["biocluster", "sofia-tech-park"],
        "contact": PRESS,
        "bg": {
            "title": "Може ли България да стане европейски център за предклинични изследвания и клинични изпитвания",
            "lead": "Дискусионен форум на клъстера събра институции, учени и бизнес около възможностите на страната в предклиничните изследвания и клиничните изпитвания от фаза 1 до фаза 4.",
            "body": [
                para(
                    "В дискусията участваха Карина Ангелиева, заместник-министър на образованието и науката, Бойко Таков, изпълнителен директор на ИАНМСП, Ася Паскалева, изпълнителен директор на Българския център по биоетика, представители на Фонда на фондовете, BESCO, лабораториите на София Тех Парк, научни организации и частни компании."
                ),
                heading("За журналистите: фазите на клиничните изпитвания"),
                facts(
                    "Фазите накратко",
                    "Предклинични изследвания: лабораторни опити, преди продуктът да бъде даден на човек",
                    "Фаза 1: безопасност и дозировка при малка група доброволци",
                    "Фаза 2: ефективност и странични ефекти при пациенти",
                    "Фаза 3: сравнение със стандартното лечение при много пациенти",
                    "Фаза 4: наблюдение след разрешаването за употреба",
                ),
                para(
                    "Медийният център може да свърже журналистите с експерти по регулация, биоетика и организиране на клинични изпитвания."
                ),
            ],
        },
        "en": {
            "title": "Can Bulgaria become a European hub for preclinical research and clinical trials?",
            "lead": "A discussion forum of the cluster brought together public bodies, researchers and industry on the country's prospects in preclinical research and phase 1 to phase 4 clinical trials.",
            "body": [
                para(
                    "Participants included Karina Angelieva, Deputy Minister of Education and Science, Boyko Takov, Executive Director of the Bulgarian Small and Medium Enterprises Promotion Agency, Asya Paskaleva, Executive Director of the Bulgarian Center for Bioethics, and representatives of the Fund of Funds, BESCO, the Sofia Tech Park laboratories, research organisations and private companies."
                ),
                heading("For journalists: the phases of a clinical trial"),
                facts(
                    "The phases in brief",
                    "Preclinical research: laboratory work before a product is given to people",
                    "Phase 1: safety and dose in a small group of volunteers",
                    "Phase 2: efficacy and side effects in patients",
                    "Phase 3: comparison with standard treatment in many patients",
                    "Phase 4: monitoring after approval",
                ),
                para(
                    "The Media Center can put journalists in touch with experts on regulation, bioethics and running clinical trials."
                ),
            ],
        },
    },
    {
        "slug": "biocenter-sofia",
        "kind": "statement",
        "published": (2025, 2, 11, 10, 0),
        "image": "photo-biocenter",
        "topics": ["biotechnology", "innovation-ecosystems", "technology-transfer"],
        "organisations": ["sofia-municipality", "sofia-tech-park", "biocluster"],
        "contact": PRESS,
        "bg": {
            "title": "БиоЦентър София: защо столицата има нужда от обща среда за биотехнологии и науки за живота",
            "lead": "Меморандумът между Биотехнологичния и здравен клъстер, Столичната община и София Тех Парк полага основите на първия по рода си БиоЦентър в България. Клъстерът представя позицията си за неговата роля.",
            "body": [
                para(
                    "Целта на меморандума е развитието на биотехнологичния и здравния сектор и по-тясното взаимодействие между институциите, науката и бизнеса, за да се утвърди София като място за наука, инвестиции и здравни технологии. Страните ще дават на учени и предприемачи информация как откритията им да се превърнат в технологични продукти."
                ),
                heading("Партньорите"),
                para(
                    "От името на Столичната община дейностите по меморандума се изпълняват от Столичната агенция за инвестиции, а Българският форум на бизнес лидерите се присъедини със споразумение за сътрудничество. Клъстерът привлича и други партньори от бизнеса, които чрез своите европейски и световни мрежи да подкрепят силния старт на центъра."
                ),
                quote(
                    "БиоЦентърът трябва да бъде място, където академичната, изследователската, индустриалната и регионалната общност се срещат и създават нови партньорства.",
                    CLUSTER["bg"],
                ),
                facts(
                    "Първите задачи",
                    "Обстойно изследване на капацитета и ресурсите на страната в биотехнологиите",
                    "Информация и подкрепа за учени и предприемачи",
                    "София на международната карта на науките за живота",
                ),
            ],
        },
        "en": {
            "title": "BioCenter Sofia: why the capital needs a shared home for biotech and life sciences",
            "lead": "The memorandum between Health & Life Sciences Cluster Bulgaria, Sofia Municipality and Sofia Tech Park lays the foundations of the first BioCenter of its kind in Bulgaria. The cluster sets out its view of the centre's role.",
            "body": [
                para(
                    "The memorandum aims to develop the biotech and health sector and to bring public bodies, science and business closer, so that Sofia becomes known as a place for research, investment and health technology. The parties will give researchers and entrepreneurs information on how to turn discoveries into technology products."
                ),
                heading("The partners"),
                para(
                    "On behalf of Sofia Municipality the memorandum is carried out by the Sofia Investment Agency, and the Bulgarian Business Leaders Forum has joined with a cooperation agreement. The cluster is bringing in further business partners whose European and global networks can help the centre make a strong start."
                ),
                quote(
                    "The BioCenter should be where the academic, research, industrial and regional communities meet and form new partnerships.",
                    CLUSTER["en"],
                ),
                facts(
                    "First tasks",
                    "A thorough study of the country's capacity and resources in biotechnology",
                    "Information and support for researchers and entrepreneurs",
                    "Putting Sofia on the international life sciences map",
                ),
            ],
        },
    },
    {
        "slug": "women-innovators-grit",
        "kind": "news",
        "published": (2025, 3, 7, 9, 30),
        "image": "photo-women",
        "topics": ["women-in-healthtech", "digital-health"],
        "organisations": ["biocluster"],
        "contact": PRESS,
        "bg": {
            "title": "Кристина Ескенази се присъедини към GRIT – международен акселератор за жени иноватори",
            "lead": "Председателят на управителния съвет на клъстера стана член на GRIT, програма в подкрепа на жените предприемачи в дигиталното здраве и науките за живота.",
            "body": [
                para(
                    "Програмата дава на жените основателки знанията и увереността, от които се нуждаят, за да разрастват бизнеса си. В GRIT участват лидери в здравеопазването от Ирландия, Северна Ирландия, Великобритания, Литва, Полша, Швеция, България, Хърватия, Бостън, Дубай и Австралия."
                ),
                heading("Търсят се ментори"),
                para(
                    "Професионалисти с опит в здравните технологии, инвестициите и регулацията могат да кандидатстват за ментори в програмата."
                ),
                facts(
                    "GRIT",
                    "Международен акселератор за жени в здравните технологии и науките за живота",
                    "Фокус: мащабиране на бизнеса на жени основателки",
                    "Лидери от Европа, САЩ, Близкия изток и Австралия",
                ),
            ],
        },
        "en": {
            "title": "Kristina Eskenazi joins GRIT, the international accelerator for women innovators",
            "lead": "The Chair of the cluster's management board has become a member of GRIT, a programme that supports women entrepreneurs in digital health and life sciences.",
            "body": [
                para(
                    "The programme gives women founders the knowledge and confidence they need to scale their businesses. GRIT brings together healthcare leaders from Ireland, Northern Ireland, the UK, Lithuania, Poland, Sweden, Bulgaria, Croatia, Boston, Dubai and Australia."
                ),
                heading("Mentors wanted"),
                para(
                    "Professionals with experience in health technology, investment and regulation can apply to become mentors in the programme."
                ),
                facts(
                    "GRIT",
                    "International accelerator for women in healthtech and life sciences",
                    "Focus: scaling businesses led by women founders",
                    "Leaders from Europe, the US, the Middle East and Australia",
                ),
            ],
        },
    },
    {
        "slug": "interview-eskenazi-europabio",
        "kind": "interview",
        "published": (2025, 5, 20, 11, 0),
        "image": "photo-atmp",
        "topics": ["biotechnology", "atmp", "innovation-ecosystems"],
        "organisations": ["europabio", "biocluster"],
        "contact": PRESS,
        "bg": {
            "title": "Кристина Ескенази пред EuropaBio: България може да създава съвременни терапии, а не само да ги произвежда",
            "lead": "В интервю за Европейската асоциация на биоиндустриите председателят на клъстера представи българската екосистема в здравеопазването и науките за живота.",
            "body": [
                para(
                    "EuropaBio дава трибуна на своите членове да разкажат за националните си екосистеми. В интервюто Кристина Ескенази представя България като страна, която може да участва във веригата на стойността на модерните лекарства от самото ѝ начало."
                ),
                quote(
                    "България може да се позиционира не само като производител и дистрибутор, но и като създател на съвременни терапевтични решения.",
                    "Кристина Ескенази, председател на УС на Биотехнологичния и здравен клъстер България",
                ),
                heading("Контекст"),
                bullets(
                    "Клъстерът е член на EuropaBio и на Съвета на европейските биорегиони.",
                    "Участва в европейските проекти PRECISEU, INNAXE и VELES.",
                    "Развива с партньори БиоЦентър София и инициативата Spinoff Bulgaria.",
                ),
            ],
        },
        "en": {
            "title": "Kristina Eskenazi to EuropaBio: Bulgaria can create modern therapies, not only make them",
            "lead": "In an interview for the European Association for Bioindustries, the cluster's Chair presented Bulgaria's health and life sciences ecosystem.",
            "body": [
                para(
                    "EuropaBio gives its members a stage to talk about their national ecosystems. In the interview, Kristina Eskenazi presents Bulgaria as a country that can take part in the value chain of modern medicines from its very start."
                ),
                quote(
                    "Bulgaria can position itself not only as a producer and distributor, but also as a creator of modern therapeutic solutions.",
                    "Kristina Eskenazi, Chair of Health & Life Sciences Cluster Bulgaria",
                ),
                heading("Background"),
                bullets(
                    "The cluster is a member of EuropaBio and of the Council of European BioRegions.",
                    "It is a partner in the EU projects PRECISEU, INNAXE and VELES.",
                    "With partners it is developing BioCenter Sofia and the Spinoff Bulgaria initiative.",
                ),
            ],
        },
    },
    {
        "slug": "interview-martin-shiderov",
        "kind": "interview",
        "published": (2025, 9, 16, 10, 0),
        "image": "photo-tech-transfer",
        "topics": ["technology-transfer", "innovation-ecosystems"],
        "organisations": ["biocluster"],
        "contact": MEDIA,
        "bg": {
            "title": "Мартин Шидеров: Югоизточна Европа няма да е нов „Златен триъгълник“, но може да изгради своя идентичност",
            "lead": "Роденият в България ръководител на направление „Здравеопазване и науки за живота“ в лондонския екип за инвестиционни услуги на Ernst & Young призовава за по-целенасочени усилия в технологичния трансфер и изграждането на компании в региона.",
            "body": [
                para(
                    "Според Шидеров регионът не бива да се опитва да копира водещите научни центрове като „Златния триъгълник“ Лондон – Оксфорд – Кеймбридж, а да предложи на инвеститорите нещо различно."
                ),
                quote(
                    "Няма преки пътища към бързи победи в този процес.",
                    "Мартин Шидеров, Ernst & Young",
                ),
                para(
                    "Държавата и секторът трябва да са готови за 10 до 20 години последователни усилия, за да се изгради самоподдържащ се поток от иновации, смята той. Цялото интервю е публикувано от Trending Topics SEE."
                ),
                facts(
                    "Основни тези",
                    "Повече фокус върху технологичния трансфер",
                    "Изграждане на компании (venture building) като модел",
                    "Хоризонт от 10–20 години за устойчив поток от иновации",
                ),
            ],
        },
        "en": {
            "title": "Martin Shiderov: South-East Europe will never be another Golden Triangle, but it can build its own identity",
            "lead": "The Bulgarian-born head of Healthcare and Life Sciences in Ernst & Young's London-based investment services team calls for more focused work on technology transfer and venture building in the region.",
            "body": [
                para(
                    "Shiderov argues that the region should not try to copy leading research hubs such as the London–Oxford–Cambridge Golden Triangle, but offer investors something different."
                ),
                quote(
                    "There are no shortcuts to quick wins in this process.",
                    "Martin Shiderov, Ernst & Young",
                ),
                para(
                    "The government and the sector must be ready for 10 to 20 years of committed effort to build a self-sustaining flow of innovation, he says. The full interview was published by Trending Topics SEE."
                ),
                facts(
                    "Key points",
                    "More focus on technology transfer",
                    "Venture building as a model",
                    "A 10–20-year horizon for a lasting flow of innovation",
                ),
            ],
        },
    },
    {
        "slug": "media-center-statement",
        "kind": "statement",
        "published": (2026, 1, 20, 10, 0),
        "image": "photo-media-center",
        "topics": ["innovation-ecosystems"],
        "organisations": ["biocluster"],
        "contact": MEDIA,
        "bg": {
            "title": "Медийният център: точна информация от първоизточника и експерти, които могат да я обяснят",
            "lead": "Биотехнологичният и здравен клъстер България поддържа Медиен център, за да подкрепя журналистите, които пишат за наука, здраве и технологии.",
            "body": [
                para(
                    "Науките за живота често изискват сложни теми да бъдат представени на широката публика разбираемо и точно. Затова клъстерът създаде Медиен център, който дава на работещите в медиите проверена информация директно от източника, помага им да открият интересната история и ги насочва към експерти."
                ),
                quote(
                    "Целта на центъра е да даде на работещите в медиите достъп до точна информация директно от източника, да им помогне да открият своята история и да ги насочи към подходящите експерти.",
                    "Кристина Ескенази, съпредседател на клъстера при създаването му",
                ),
                heading("Какво предлага"),
                bullets(
                    "прессъобщения и новини на български и английски език;",
                    "медиен пакет с лога, снимки и информационни листове;",
                    "календар на събитията;",
                    "връзка с експерти по здраве, биотехнологии и изкуствен интелект.",
                ),
            ],
        },
        "en": {
            "title": "The Media Center: accurate information from the source, and experts who can explain it",
            "lead": "Health & Life Sciences Cluster Bulgaria runs a Media Center to support journalists who write about science, health and technology.",
            "body": [
                para(
                    "Life sciences often require complex subjects to be presented to the general public clearly and accurately. That is why the cluster set up a Media Center that gives people working in the media verified information straight from the source, helps them find the interesting story and refers them to experts."
                ),
                quote(
                    "The goal of the Center is to give those working in the media access to accurate information directly from the source, to help them find their story, and to refer them to relevant experts.",
                    "Kristina Eskenazi, Co-Chair of the cluster at its founding",
                ),
                heading("What it offers"),
                bullets(
                    "press releases and news in Bulgarian and English;",
                    "a media kit with logos, photos and fact sheets;",
                    "an events calendar;",
                    "contact with experts in health, biotechnology and AI.",
                ),
            ],
        },
    },
    {
        "slug": "venrize-academy-bbi-emba",
        "kind": "news",
        "published": (2026, 4, 14, 10, 0),
        "image": "photo-academy",
        "topics": ["technology-transfer", "biotechnology"],
        "organisations": ["venrize"],
        "contact": PRESS,
        "bg": {
            "title": "Venrize Academy и BBI носят международна еМВА програма по науки за живота в Югоизточна Европа",
            "lead": "Venrize Academy и Biotechnology Business Institute обединяват сили, за да предложат първата в света международна еМВА програма в науките за живота и биотехнологиите в 12 държави от региона.",
            "body": [
                para(
                    "Програмата е отворена за кандидати от България, Румъния, Сърбия, Черна гора, Северна Македония, Албания, Косово, Босна и Херцеговина, Словения, Хърватия, Гърция и Турция."
                ),
                facts(
                    "Накратко",
                    "Партньори: Venrize Academy и Biotechnology Business Institute (BBI)",
                    "12 държави от Югоизточна Европа",
                    "еМВА в науките за живота и биотехнологиите",
                ),
            ],
        },
        "en": {
            "title": "Venrize Academy and BBI bring an international life sciences eMBA to South-East Europe",
            "lead": "Venrize Academy and the Biotechnology Business Institute are joining forces to offer the world's first international eMBA in life sciences and biotechnology in 12 countries of the region.",
            "body": [
                para(
                    "The programme is open to applicants from Bulgaria, Romania, Serbia, Montenegro, North Macedonia, Albania, Kosovo, Bosnia and Herzegovina, Slovenia, Croatia, Greece and Turkey."
                ),
                facts(
                    "In brief",
                    "Partners: Venrize Academy and the Biotechnology Business Institute (BBI)",
                    "12 countries in South-East Europe",
                    "An eMBA in life sciences and biotechnology",
                ),
            ],
        },
    },
    {
        "slug": "media-briefing-atmp-announcement",
        "kind": "announcement",
        "published": {"days": -4, "time": (10, 0)},
        "image": "photo-atmp",
        "topics": ["atmp", "personalised-medicine", "clinical-trials"],
        "organisations": ["biocluster", "biocat"],
        "contact": MEDIA,
        "bg": {
            "title": "Покана за медиите: онлайн брифинг за модерните терапии (ATMP) и персонализираната медицина",
            "lead": "Медийният център кани журналисти на онлайн брифинг за клетъчните и генните терапии: какво представляват, как се изпитват и регулират и какво цели европейският проект PRECISEU.",
            "body": [
                para(
                    "Брифингът е предназначен за журналисти, които искат да пишат точно за модерните терапии. След кратко въведение ще има време за въпроси към експерти."
                ),
                facts(
                    "Практическа информация",
                    "Формат: онлайн, около 90 минути",
                    "Език: български, с възможност за въпроси на английски",
                    "Регистрация: чрез страницата на събитието",
                ),
            ],
        },
        "en": {
            "title": "Media advisory: online briefing on advanced therapies (ATMP) and personalised medicine",
            "lead": "The Media Center invites journalists to an online briefing on cell and gene therapies: what they are, how they are tested and regulated, and what the European PRECISEU project aims to do.",
            "body": [
                para(
                    "The briefing is for journalists who want to report accurately on advanced therapies. A short introduction is followed by time for questions to experts."
                ),
                facts(
                    "Practical information",
                    "Format: online, about 90 minutes",
                    "Language: Bulgarian, questions in English welcome",
                    "Registration: on the event page",
                ),
            ],
        },
    },
    {
        "slug": "expert-directory-launch",
        "kind": "press_release",
        "embargo_days": 3,
        "image": "photo-media-center",
        "topics": ["innovation-ecosystems", "digital-health"],
        "organisations": ["biocluster"],
        "contact": MEDIA,
        "bg": {
            "title": "Медийният център открива онлайн указател на експерти по здраве и науки за живота",
            "lead": "Журналистите ще могат да търсят експерти по тема – от модерните терапии до изкуствения интелект в медицината – и да поискат връзка с тях директно от сайта на Медийния център.",
            "body": [
                para(
                    "Указателят обединява учени, лекари и предприемачи от университети, институти, болници и компании – членове и партньори на клъстера. Всеки профил показва темите, по които експертът може да говори, езиците за интервю и предпочитаните формати: телевизия на живо, радио, печатни и онлайн медии."
                ),
                heading("Как работи"),
                para(
                    "Търсенето разбира български и английски и намира имена, изписани както на кирилица, така и на латиница. Заявката за контакт отнема по-малко от минута: журналистът посочва краен срок, формат и въпроси, а екипът на Медийния център я препраща на експерта."
                ),
                facts(
                    "Накратко",
                    "Търсене по тема, организация, град и език за интервю",
                    "Заявка за контакт с референтен номер и потвърждение по имейл",
                    "Контактите на експертите не се публикуват",
                ),
            ],
        },
        "en": {
            "title": "The Media Center opens an online directory of health and life sciences experts",
            "lead": "Journalists will be able to search for experts by topic, from advanced therapies to AI in medicine, and ask to be put in touch with them directly from the Media Center's website.",
            "body": [
                para(
                    "The directory brings together researchers, doctors and entrepreneurs from universities, institutes, hospitals and companies among the cluster's members and partners. Each profile shows the topics the expert can speak on, interview languages and preferred formats: live TV, radio, print and online."
                ),
                heading("How it works"),
                para(
                    "Search understands Bulgarian and English and finds names whether they are typed in Cyrillic or Latin letters. A contact request takes under a minute: the journalist gives a deadline, a format and questions, and the Media Center team forwards it to the expert."
                ),
                facts(
                    "In brief",
                    "Search by topic, organisation, city and interview language",
                    "Contact requests with a reference code and an e-mail confirmation",
                    "Experts' contact details are never published",
                ),
            ],
        },
    },
]


# --- Events -------------------------------------------------------------------------------------
# Past events have fixed dates; upcoming ones are relative to the run ({"days": n, "time": (h, m),
# "minutes": duration}) and are moved forward again by the loader once they are over.

EVENTS = [
    {
        "slug": "spinoff-bulgaria-2023",
        "start": (2023, 9, 28, 9, 30),
        "end": (2023, 9, 29, 17, 30),
        "registration_url": "https://spinoff.bg/",
        "image": "photo-spinoff-2023",
        "topics": ["technology-transfer", "innovation-ecosystems", "eu-funding"],
        "organisations": ["biocluster", "ai-cluster-bulgaria", "venrize"],
        "bg": {
            "title": "Spinoff Bulgaria 2023",
            "lead": "Второто издание на международната конференция за спиноф компании и технологичен трансфер, част от Европейската седмица на биотехнологиите 2023.",
            "venue": "",
            "city": "София",
            "body": [
                para(
                    "Два дни за европейските и националните политики за иновации, финансирането, интелектуалната собственост и наградите „Най-добър Spinoff на годината“."
                )
            ],
        },
        "en": {
            "title": "Spinoff Bulgaria 2023",
            "lead": "The second edition of the international conference on spin-offs and technology transfer, part of European Biotech Week 2023.",
            "venue": "",
            "city": "Sofia",
            "body": [
                para(
                    "Two days on European and national innovation policy, funding, intellectual property and the Best Spinoff of the Year awards."
                )
            ],
        },
    },
    {
        "slug": "veles-kick-off-meeting",
        "start": (2023, 6, 28, 9, 30),
        "end": (2023, 6, 29, 16, 0),
        "image": "photo-veles",
        "topics": ["health-data", "ai-in-health", "personalised-medicine"],
        "organisations": ["biocluster", "gate-institute"],
        "bg": {
            "title": "VELES: встъпителна среща на проекта",
            "lead": "15 партньори от 7 държави поставят началото на регионалното пространство за интелигентни здравни данни в Югоизточна Европа.",
            "venue": "",
            "city": "София",
            "body": [para("Работна среща на консорциума, финансиран по „Хоризонт Европа“.")],
        },
        "en": {
            "title": "VELES project kick-off meeting",
            "lead": "15 partners from 7 countries launch the Regional Smart Health Data Space for South-East Europe.",
            "venue": "",
            "city": "Sofia",
            "body": [para("A working meeting of the Horizon Europe-funded consortium.")],
        },
    },
    {
        "slug": "spinoff-bulgaria-2024",
        "start": (2024, 6, 20, 9, 30),
        "end": (2024, 6, 21, 18, 0),
        "registration_url": "https://spinoff.bg/",
        "image": "photo-spinoff-2024",
        "topics": ["technology-transfer", "ai-in-health", "bioeconomy", "innovation-ecosystems"],
        "organisations": ["biocluster", "ai-cluster-bulgaria", "venrize", "sofia-tech-park"],
        "bg": {
            "title": "Spinoff Bulgaria 2024",
            "lead": "Третото издание на конференцията: изкуствен интелект, медицина, микроелектроника и кръгова икономика. Вход свободен след регистрация.",
            "venue": "София Тех Парк, Форум „Джон Атанасов“",
            "city": "София",
            "body": [
                para(
                    "Семинари за „Хоризонт Европа“ и защитата на иновациите, представяне на покани за финансиране на EIT Manufacturing и наградите „Най-добър Spinoff на годината“."
                ),
                facts(
                    "Накратко",
                    "20–21 юни 2024 г.",
                    "Над 30 български компании в конкурса",
                    "Регистрация на spinoff.bg",
                ),
            ],
        },
        "en": {
            "title": "Spinoff Bulgaria 2024",
            "lead": "The conference's third edition: AI, medicine, microelectronics and the circular economy. Free with registration.",
            "venue": "Sofia Tech Park, John Atanasoff Forum",
            "city": "Sofia",
            "body": [
                para(
                    "Workshops on Horizon Europe and protecting innovation, EIT Manufacturing's funding calls, and the Best Spinoff of the Year awards."
                ),
                facts(
                    "In brief",
                    "20–21 June 2024",
                    "More than 30 Bulgarian companies compete",
                    "Registration at spinoff.bg",
                ),
            ],
        },
    },
    {
        "slug": "preciseu-kick-off",
        "start": (2024, 7, 10, 9, 0),
        "end": (2024, 7, 11, 15, 0),
        "image": "photo-preciseu",
        "topics": ["personalised-medicine", "atmp", "health-data"],
        "organisations": ["biocat", "biocluster"],
        "bg": {
            "title": "PRECISEU: официален старт",
            "lead": "Встъпителна среща на Регионалната иновационна долина за персонализирана медицина: 25 партньори от 12 региона.",
            "venue": "",
            "city": "Барселона",
            "body": [
                para("Домакин на срещата е водещият партньор Biocat, биорегионът на Каталуния.")
            ],
        },
        "en": {
            "title": "PRECISEU official kick-off",
            "lead": "Kick-off of the Regional Innovation Valley for Personalised Medicine: 25 partners from 12 regions.",
            "venue": "",
            "city": "Barcelona",
            "body": [para("Hosted by the lead partner, Biocat, the BioRegion of Catalonia.")],
        },
    },
    {
        "slug": "media-briefing-atmp",
        "start": {"days": 6, "time": (11, 0), "minutes": 90},
        "online_url": "https://meet.jit.si/biocluster-media-briefing-atmp",
        "registration_url": "https://www.biocluster.bg/",
        "image": "photo-atmp",
        "topics": ["atmp", "personalised-medicine", "clinical-trials"],
        "organisations": ["biocluster", "biocat"],
        "bg": {
            "title": "Медиен брифинг: модерни терапии (ATMP) и персонализирана медицина",
            "lead": "Онлайн брифинг за журналисти: какво представляват клетъчните и генните терапии, как се изпитват и регулират и какво цели проектът PRECISEU.",
            "venue": "",
            "city": "",
            "body": [
                para(
                    "Кратко въведение от експерти, последвано от въпроси и отговори. Регистрираните журналисти получават връзка и материали по имейл."
                )
            ],
        },
        "en": {
            "title": "Media briefing: advanced therapies (ATMP) and personalised medicine",
            "lead": "An online briefing for journalists: what cell and gene therapies are, how they are tested and regulated, and what the PRECISEU project aims to do.",
            "venue": "",
            "city": "",
            "body": [
                para(
                    "A short introduction by experts followed by questions and answers. Registered journalists receive the link and materials by e-mail."
                )
            ],
        },
    },
    {
        "slug": "horizon-europe-health-info-day",
        "start": {"days": 20, "time": (10, 0), "minutes": 360},
        "registration_url": "https://www.biocluster.bg/",
        "image": "photo-sofia-tech-park",
        "topics": ["eu-funding", "clinical-trials", "digital-health"],
        "organisations": ["biocluster", "sofia-tech-park"],
        "bg": {
            "title": "Информационен ден: клъстер „Здраве“ на „Хоризонт Европа“",
            "lead": "Как университети, болници и компании от България да участват в поканите на „Хоризонт Европа“ в здравеопазването.",
            "venue": "София Тех Парк",
            "city": "София",
            "body": [
                para(
                    "Представяне на отворените покани, опит на български участници в европейски проекти и индивидуални консултации за търсене на партньори."
                )
            ],
        },
        "en": {
            "title": "Info day: the Horizon Europe Health cluster",
            "lead": "How Bulgarian universities, hospitals and companies can take part in Horizon Europe health calls.",
            "venue": "Sofia Tech Park",
            "city": "Sofia",
            "body": [
                para(
                    "An overview of open calls, experience from Bulgarian participants in EU projects, and one-to-one sessions for finding partners."
                )
            ],
        },
    },
    {
        "slug": "life-sciences-club-epigenetics",
        "start": {"days": 34, "time": (18, 30), "minutes": 120},
        "registration_url": "https://www.biocluster.bg/",
        "image": "photo-epigenetics",
        "topics": ["epigenetics", "ai-in-health"],
        "organisations": ["sofia-tech-park", "biocluster"],
        "bg": {
            "title": "Клуб „Науки за живота“: епигенетика и биологична възраст",
            "lead": "Вечер за науката зад епигенетичните часовници и за това какво могат и какво не могат да кажат тестовете за биологична възраст.",
            "venue": "Клуб „Биотехнологии и науки за живота“, София Тех Парк",
            "city": "София",
            "body": [
                para(
                    "Разговор с учени и предприемачи, последван от въпроси от публиката. Журналистите са добре дошли."
                )
            ],
        },
        "en": {
            "title": "Life Sciences Club: epigenetics and biological age",
            "lead": "An evening on the science behind epigenetic clocks, and what biological-age tests can and cannot tell.",
            "venue": "Biotechnology & Life Sciences Club, Sofia Tech Park",
            "city": "Sofia",
            "body": [
                para(
                    "A conversation with researchers and entrepreneurs, then questions from the audience. Journalists are welcome."
                )
            ],
        },
    },
    {
        "slug": "innaxe-benchmarking-webinar",
        "start": {"days": 48, "time": (14, 0), "minutes": 90},
        "online_url": "https://meet.jit.si/biocluster-innaxe-benchmarking",
        "registration_url": "https://www.biocluster.bg/",
        "image": "photo-innaxe",
        "topics": ["innovation-ecosystems", "eu-funding"],
        "organisations": ["biocat", "cebr", "biocluster"],
        "bg": {
            "title": "Уебинар: как клъстерите измерват въздействието си с насоките на INNAXE",
            "lead": "Практическо въведение в проучването за бенчмаркинг и показателите за въздействие, разработени от шест европейски клъстера.",
            "venue": "",
            "city": "",
            "body": [
                para(
                    "За клъстерни организации, иновационни агенции и журналисти, които следят регионалните иновационни политики."
                )
            ],
        },
        "en": {
            "title": "Webinar: how clusters measure their impact with the INNAXE guidelines",
            "lead": "A practical introduction to the benchmarking survey and impact indicators developed by six European clusters.",
            "venue": "",
            "city": "",
            "body": [
                para(
                    "For cluster organisations, innovation agencies and journalists who follow regional innovation policy."
                )
            ],
        },
    },
]


# --- Media kit ----------------------------------------------------------------------------------

LOGO_LICENCE = {
    "bg": "Само за редакционна употреба, без промени",
    "en": "Editorial use only, do not alter",
}
PROJECT_CREDIT = {
    "preciseu": {"bg": "Консорциум PRECISEU", "en": "PRECISEU consortium"},
    "innaxe": {"bg": "Консорциум INNAXE", "en": "INNAXE consortium"},
    "veles": {"bg": "Консорциум VELES", "en": "VELES consortium"},
    "spinoff": {"bg": "Spinoff Bulgaria", "en": "Spinoff Bulgaria"},
}

MEDIA_KIT = {
    "contacts": [PRESS, MEDIA],
    "assets": [
        {
            "kind": "logo",
            "image": "logo-cluster",
            "credit": CLUSTER,
            "licence": LOGO_LICENCE,
            "title": {
                "bg": "Лого на клъстера, квадратно (PNG)",
                "en": "Cluster logo, square (PNG)",
            },
        },
        {
            "kind": "logo",
            "image": "logo-cluster-wide",
            "credit": CLUSTER,
            "licence": LOGO_LICENCE,
            "title": {
                "bg": "Лого на клъстера, хоризонтално (PNG)",
                "en": "Cluster logo, horizontal (PNG)",
            },
        },
        {
            "kind": "logo",
            "image": "logo-preciseu",
            "credit": PROJECT_CREDIT["preciseu"],
            "licence": LOGO_LICENCE,
            "title": {"bg": "Лого на проекта PRECISEU", "en": "PRECISEU project logo"},
        },
        {
            "kind": "logo",
            "image": "logo-innaxe",
            "credit": PROJECT_CREDIT["innaxe"],
            "licence": LOGO_LICENCE,
            "title": {"bg": "Лого на проекта INNAXE", "en": "INNAXE project logo"},
        },
        {
            "kind": "logo",
            "image": "logo-veles",
            "credit": PROJECT_CREDIT["veles"],
            "licence": LOGO_LICENCE,
            "title": {"bg": "Лого на проекта VELES", "en": "VELES project logo"},
        },
        {
            "kind": "logo",
            "image": "logo-spinoff",
            "credit": PROJECT_CREDIT["spinoff"],
            "licence": LOGO_LICENCE,
            "title": {"bg": "Лого на Spinoff Bulgaria", "en": "Spinoff Bulgaria logo"},
        },
        {
            "kind": "photo",
            "image": "photo-spinoff-2024",
            "credit": CLUSTER,
            "licence": {"bg": "CC BY 4.0", "en": "CC BY 4.0"},
            "title": {
                "bg": "Spinoff Bulgaria 2024, София Тех Парк",
                "en": "Spinoff Bulgaria 2024, Sofia Tech Park",
            },
        },
        {
            "kind": "photo",
            "image": "photo-spinoff-2023",
            "credit": CLUSTER,
            "licence": {"bg": "CC BY 4.0", "en": "CC BY 4.0"},
            "title": {"bg": "Spinoff Bulgaria 2023, София", "en": "Spinoff Bulgaria 2023, Sofia"},
        },
        {
            "kind": "photo",
            "image": "photo-preciseu",
            "credit": PROJECT_CREDIT["preciseu"],
            "licence": {"bg": "CC BY 4.0", "en": "CC BY 4.0"},
            "title": {"bg": "Старт на PRECISEU, Барселона", "en": "PRECISEU kick-off, Barcelona"},
        },
        {
            "kind": "photo",
            "image": "photo-atmp",
            "credit": ILLUSTRATION_CREDIT,
            "licence": {"bg": "CC BY 4.0", "en": "CC BY 4.0"},
            "title": {
                "bg": "Модерни терапии (ATMP), илюстрация",
                "en": "Advanced therapies (ATMP), illustration",
            },
        },
        {
            "kind": "photo",
            "image": "photo-sofia-tech-park",
            "credit": ILLUSTRATION_CREDIT,
            "licence": {"bg": "CC BY 4.0", "en": "CC BY 4.0"},
            "title": {"bg": "София Тех Парк", "en": "Sofia Tech Park"},
        },
        {
            "kind": "fact_sheet",
            "document": "fact-sheet-cluster",
            "credit": CLUSTER,
            "licence": {"bg": "CC BY 4.0", "en": "CC BY 4.0"},
            "title": {
                "bg": "Информационен лист: Биотехнологичен и здравен клъстер България (PDF)",
                "en": "Fact sheet: Health & Life Sciences Cluster Bulgaria (PDF)",
            },
        },
        {
            "kind": "fact_sheet",
            "document": "fact-sheet-preciseu",
            "credit": PROJECT_CREDIT["preciseu"],
            "licence": {"bg": "CC BY 4.0", "en": "CC BY 4.0"},
            "title": {
                "bg": "Информационен лист: PRECISEU (PDF)",
                "en": "Fact sheet: PRECISEU (PDF)",
            },
        },
        {
            "kind": "fact_sheet",
            "document": "fact-sheet-innaxe",
            "credit": PROJECT_CREDIT["innaxe"],
            "licence": {"bg": "CC BY 4.0", "en": "CC BY 4.0"},
            "title": {
                "bg": "Информационен лист: насоките на INNAXE (PDF)",
                "en": "Fact sheet: the INNAXE guidelines (PDF)",
            },
        },
        {
            "kind": "fact_sheet",
            "document": "fact-sheet-spinoff",
            "credit": PROJECT_CREDIT["spinoff"],
            "licence": {"bg": "CC BY 4.0", "en": "CC BY 4.0"},
            "title": {
                "bg": "Информационен лист: Spinoff Bulgaria (PDF)",
                "en": "Fact sheet: Spinoff Bulgaria (PDF)",
            },
        },
    ],
}


# --- Experts ------------------------------------------------------------------------------------
# The profiles themselves are in experts.json, in the import format of `import_experts` (fictional
# people; e-mails at example.org and phones in the unused +359 2 000 range). The loader imports the
# file and then adds what the import format has no column for.

# --- Partners' news feeds (fetched by `manage.py fetch_partner_feeds`) -------------------------
# The demo stores a few items as if fetched, so the "Partner news" section is not empty offline;
# `published` is days before the demo is loaded.

PARTNER_FEEDS = [
    {
        "name": "EuropaBio",
        "url": "https://www.europabio.org/feed/",
        "website": "https://www.europabio.org/",
        "language": "en",
        "topics": ["biotechnology", "innovation-ecosystems"],
        "items": [
            {
                "guid": "demo-europabio-biotech-week",
                "link": "https://www.europabio.org/",
                "title": "European Biotech Week: events across Europe celebrate biotechnology",
                "summary": "<p>Associations, companies and researchers open their doors during "
                "European Biotech Week, with talks, lab visits and school days.</p>",
                "published": 3,
            },
            {
                "guid": "demo-europabio-sme-voice",
                "link": "https://www.europabio.org/",
                "title": "Biotech SMEs ask for faster access to EU funding",
                "summary": "<p>Small biotech companies, which make up most of the sector, call "
                "for simpler rules when they apply for European research money.</p>",
                "published": 9,
            },
        ],
    },
    {
        "name": "CEBR – Council of European Bioregions",
        "url": "https://www.cebr.net/feed/",
        "website": "https://www.cebr.net/",
        "language": "en",
        "topics": ["innovation-ecosystems", "eu-funding"],
        "items": [
            {
                "guid": "demo-cebr-bioregions-meeting",
                "link": "https://www.cebr.net/",
                "title": "Bioregions compare notes on supporting life-science start-ups",
                "summary": "<p>Cluster managers from across Europe meet to share what works when "
                "helping researchers turn results into companies.</p>",
                "published": 5,
            },
        ],
    },
    {
        "name": "Клъстер Изкуствен интелект България",
        "url": "https://www.aicluster.bg/feed/",
        "website": "https://www.aicluster.bg/",
        "language": "bg",
        "topics": ["ai-in-health", "innovation-ecosystems"],
        "items": [
            {
                "guid": "demo-ai-cluster-spinoff",
                "link": "https://www.aicluster.bg/",
                "title": "Започва приемът на кандидатури за Spinoff Bulgaria",
                "summary": "<p>Млади компании, създадени от учени, могат да се включат в "
                "конкурса за най-добър български спиноф.</p>",
                "published": 4,
            },
            {
                "guid": "demo-ai-cluster-health-data",
                "link": "https://www.aicluster.bg/",
                "title": "Изкуственият интелект в здравеопазването: среща с болници и университети",
                "summary": "<p>Експерти обсъждат как болниците да използват безопасно данните за "
                "обучение на алгоритми.</p>",
                "published": 11,
            },
        ],
    },
]

EXPERTS_FILE = "experts.json"

# Experts (by external_id) with a portrait placeholder, and its colours.
PORTRAIT_COLOURS = [
    ("#0f766e", "#99f6e4"),
    ("#1e3a8a", "#bfdbfe"),
    ("#7c2d12", "#fed7aa"),
    ("#3f6212", "#d9f99d"),
]
EXPERT_PORTRAITS = {
    f"demo-{n:03d}": PORTRAIT_COLOURS[n % len(PORTRAIT_COLOURS)] for n in range(1, 45) if n % 3
}
EXPERT_PHOTO_CREDIT = ILLUSTRATION_CREDIT

# Press items (by slug) and the experts (by external_id) who can comment on them.
PRESS_EXPERTS = {
    "media-briefing-atmp-announcement": ["demo-003", "demo-031", "demo-016"],
    "clinical-trials-hub-forum": ["demo-002", "demo-022", "demo-039"],
    "women-innovators-grit": ["demo-012", "demo-026"],
    "spinoff-bulgaria-2024-programme": ["demo-010", "demo-032"],
    "preciseu-official-start": ["demo-001", "demo-007", "demo-042"],
    "trakia-university-memorandum": ["demo-008", "demo-020"],
    "oxentia-partnership": ["demo-043", "demo-018"],
    "expert-directory-launch": ["demo-005", "demo-036"],  # under embargo: not on the profiles yet
}

# Contact requests in every status, with their history, so the triage screens have something to
# show. "days" are counted from the run; "expert" is an external_id, "topic" a topic slug.
CONTACT_REQUESTS = [
    {
        "reference": "MC-DEMO-0001",
        "expert": "demo-001",
        "journalist_name": "Десислава Ненова",
        "outlet": "Здравен вестник",
        "email": "d.nenova@newsroom.example",
        "phone": "+359 2 000 9001",
        "received_days": -1,
        "deadline_days": 2,
        "media_format": "print",
        "language": "bg",
        "site_language": "bg",
        "questions": "Колко точно епигенетичните часовници измерват биологичната възраст и може ли тя да се върне назад?",
        "history": [("received", "", "new", "", 0)],
    },
    {
        "reference": "MC-DEMO-0002",
        "expert": "demo-005",
        "journalist_name": "Martin Keller",
        "outlet": "Health Tech Weekly",
        "email": "m.keller@newsroom.example",
        "phone": "",
        "received_days": -2,
        "deadline_days": 1,
        "media_format": "online",
        "language": "en",
        "site_language": "en",
        "questions": "How will the AI Act change the way Bulgarian hospitals buy diagnostic software?",
        "history": [
            ("received", "", "new", "", 0),
            ("status", "new", "in_progress", "Checking the expert's availability this week.", 0.2),
        ],
    },
    {
        "reference": "MC-DEMO-0003",
        "expert": "demo-031",
        "journalist_name": "Петя Ангелова",
        "outlet": "Радио Наука",
        "email": "p.angelova@newsroom.example",
        "phone": "+359 2 000 9003",
        "received_days": -3,
        "deadline_days": 3,
        "media_format": "radio",
        "language": "bg",
        "site_language": "bg",
        "questions": "Защо одобрението на една генна терапия от ЕМА отнема години и какво може да се ускори?",
        "history": [
            ("received", "", "new", "", 0),
            ("status", "new", "in_progress", "", 0.1),
            ("forwarded", "in_progress", "forwarded", "Препратено на експерта по имейл.", 0.3),
        ],
    },
    {
        "reference": "MC-DEMO-0004",
        "expert": "demo-010",
        "journalist_name": "Илиян Тодоров",
        "outlet": "Стартъп Дайджест",
        "email": "i.todorov@newsroom.example",
        "phone": "+359 2 000 9004",
        "received_days": -9,
        "deadline_days": -5,
        "media_format": "tv",
        "language": "bg",
        "site_language": "bg",
        "questions": "Колко спиноф компании излязоха от български университети след първото издание на Spinoff Bulgaria?",
        "history": [
            ("received", "", "new", "", 0),
            ("forwarded", "new", "forwarded", "", 0.2),
            ("status", "forwarded", "connected", "Интервюто е записано на следващия ден.", 1),
        ],
    },
    {
        "reference": "MC-DEMO-0005",
        "expert": "demo-007",
        "journalist_name": "Sofia Lindqvist",
        "outlet": "Nordic Science Desk",
        "email": "s.lindqvist@newsroom.example",
        "phone": "",
        "received_days": -6,
        "deadline_days": -4,
        "media_format": "print",
        "language": "en",
        "site_language": "en",
        "questions": "Which biomarkers already guide cancer treatment in Bulgaria, and which are still research?",
        "history": [
            ("received", "", "new", "", 0),
            ("forwarded", "new", "forwarded", "", 0.3),
            ("status", "forwarded", "declined", "The expert is away until the new year.", 1),
        ],
    },
    {
        "reference": "MC-DEMO-0006",
        "expert": None,
        "topic": "clinical-trials",
        "journalist_name": "Виктор Стаматов",
        "outlet": "Регионални новини Плевен",
        "email": "v.stamatov@newsroom.example",
        "phone": "+359 2 000 9006",
        "received_days": -20,
        "deadline_days": -15,
        "media_format": "background",
        "language": "bg",
        "site_language": "bg",
        "questions": "Търся експерт, който да обясни фазите на клиничните изпитвания за материал за доброволците.",
        "history": [
            ("received", "", "new", "", 0),
            (
                "status",
                "new",
                "expired",
                "Крайният срок изтече, преди да намерим свободен експерт.",
                6,
            ),
        ],
    },
    {
        "reference": "MC-DEMO-0007",
        "expert": None,
        "topic": "ai-in-health",
        "journalist_name": "Ralitsa Georgieva",
        "outlet": "Balkan Data Stories",
        "email": "r.georgieva@newsroom.example",
        "phone": "",
        "received_days": 0,
        "deadline_days": 4,
        "media_format": "online",
        "language": "en",
        "site_language": "en",
        "questions": "Any expert who can explain federated learning on hospital data in plain words?",
        "history": [("received", "", "new", "", 0)],
    },
]
