"""Demo knowledge base: explainers, glossary terms and fact sheets, in Bulgarian and English.

Facts come from the cluster's site (../shared/seeds) and public sources; the sentences are our own.
"""

from mediacenter.demo.content import TEAL, bullets, heading, para
from mediacenter.demo.images import ImageSpec


def key_facts(title: str, *items: str) -> dict:
    return {"type": "key_facts", "value": {"title": title, "facts": list(items)}}


def mistakes(*pairs: tuple[str, str]) -> dict:
    """Common mistakes in coverage: (what is often written, what is right)."""
    return {
        "type": "mistakes",
        "value": {"items": [{"mistake": m, "correction": c} for m, c in pairs]},
    }


def figure(image: str, caption: str, source: str, source_url: str = "") -> dict:
    return {
        "type": "figure",
        "value": {"image": image, "caption": caption, "source": source, "source_url": source_url},
    }


def expert_quote(expert: str, text: str) -> dict:
    """A quote from a demo expert, by external id (mediacenter/demo/experts.json)."""
    return {"type": "expert_quote", "value": {"expert": expert, "text": text}}


def fact_sheet(slug: str) -> dict:
    """A fact sheet of FACT_SHEETS, shown whole inside the text."""
    return {"type": "fact_sheet", "value": slug}


# Public pages cited more than once.
EUR_LEX_ATMP = "https://eur-lex.europa.eu/eli/reg/2007/1394/oj"
EUR_LEX_CTR = "https://eur-lex.europa.eu/eli/reg/2014/536/oj"
EUR_LEX_GDPR = "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
EUR_LEX_MDR = "https://eur-lex.europa.eu/eli/reg/2017/745/oj"
EUR_LEX_AI_ACT = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
EUR_LEX_EHDS = "https://eur-lex.europa.eu/eli/reg/2025/327/oj"
HORIZON_EUROPE = "https://research-and-innovation.ec.europa.eu/funding/funding-opportunities/funding-programmes-and-open-calls/horizon-europe_en"
CLUSTER_SITE = "https://www.biocluster.bg/"
SPINOFF_SITE = "https://spinoff.bg/"

MEDIA_CENTER = {"bg": "Медиен център", "en": "Media Center"}
ILLUSTRATION = {"bg": "Илюстрация: Медиен център", "en": "Illustration: Media Center"}


# Chart images drawn by the demo image generator (mediacenter/demo/images.py, kind "chart").
# The bars are decorative: captions call them illustrative and never read numbers off them.
KNOWLEDGE_IMAGES = [
    ImageSpec(
        "chart-trial-phases",
        "Clinical trial phases — illustrative chart",
        "chart",
        (1200, 800),
        (TEAL, "#6366f1"),
        "Clinical trial phases",
        "Phase 1 to phase 4: from dozens of volunteers to thousands of patients",
        "Illustrative bar chart of the four phases of clinical trials",
    ),
    ImageSpec(
        "chart-ai-act-timeline",
        "EU AI Act timeline — illustrative chart",
        "chart",
        (1200, 800),
        ("#1e3a8a", "#f59e0b"),
        "EU AI Act timeline",
        "In force 1 Aug 2024 - high-risk AI in medical devices from 2 Aug 2028",
        "Illustrative chart of the stages in which the EU AI Act applies",
    ),
    ImageSpec(
        "chart-ehds-timeline",
        "European Health Data Space timeline — illustrative chart",
        "chart",
        (1200, 800),
        ("#7c2d12", "#0ea5e9"),
        "European Health Data Space",
        "In force 26 March 2025 - applies in stages from 2027 to 2031",
        "Illustrative chart of the stages in which the European Health Data Space applies",
    ),
    ImageSpec(
        "chart-horizon-europe",
        "Horizon Europe 2021–2027 — illustrative chart",
        "chart",
        (1200, 800),
        (TEAL, "#f59e0b"),
        "Horizon Europe 2021-2027",
        "EUR 95.5 billion for research and innovation",
        "Illustrative bar chart for the Horizon Europe research programme",
    ),
]


# --- Fact sheets ------------------------------------------------------------------------------

FACT_SHEETS = [
    {
        "slug": "cluster-in-figures",
        "topics": ["innovation-ecosystems", "technology-transfer"],
        "bg": {
            "title": "Клъстерът в цифри",
            "intro": "Основни числа за Биотехнологичния и здравен клъстер България и за инициативата Spinoff Bulgaria, която той създаде с партньори. До всяка цифра стои датата, към която тя е вярна.",
        },
        "en": {
            "title": "The cluster in figures",
            "intro": "Key numbers on Health & Life Sciences Cluster Bulgaria and on Spinoff Bulgaria, the initiative it started with partners. Each figure carries the date on which it was true.",
        },
        "figures": [
            {
                "as_of": (2024, 6, 20),
                "source_url": SPINOFF_SITE,
                "bg": {
                    "label": "Цел на Spinoff Bulgaria: нови спиноф компании до 2030 г.",
                    "value": "100",
                    "source": "Организаторите на Spinoff Bulgaria",
                },
                "en": {
                    "label": "Spinoff Bulgaria goal: new spin-off companies by 2030",
                    "value": "100",
                    "source": "Spinoff Bulgaria organisers",
                },
            },
            {
                "as_of": (2024, 6, 21),
                "source_url": SPINOFF_SITE,
                "bg": {
                    "label": "Проведени издания на конференцията Spinoff Bulgaria",
                    "value": "3 (третото – 20–21 юни 2024 г., София Тех Парк)",
                    "source": "Биотехнологичен и здравен клъстер България",
                },
                "en": {
                    "label": "Editions of the Spinoff Bulgaria conference held",
                    "value": "3 (the third on 20–21 June 2024, Sofia Tech Park)",
                    "source": "Health & Life Sciences Cluster Bulgaria",
                },
            },
            {
                "as_of": (2023, 9, 29),
                "source_url": CLUSTER_SITE,
                "bg": {
                    "label": "Компании, отличени като най-добри спиноф компании на 2023 г.",
                    "value": "8 в две категории",
                    "source": "Spinoff Bulgaria 2023",
                },
                "en": {
                    "label": "Companies awarded as best spin-offs of 2023",
                    "value": "8 in two categories",
                    "source": "Spinoff Bulgaria 2023",
                },
            },
            {
                "as_of": (2024, 6, 20),
                "source_url": CLUSTER_SITE,
                "bg": {
                    "label": "Български компании в надпреварата „Най-добър Spinoff на годината“ 2024",
                    "value": "над 30",
                    "source": "Организаторите на Spinoff Bulgaria",
                },
                "en": {
                    "label": "Bulgarian companies competing for Best Spinoff of the Year 2024",
                    "value": "more than 30",
                    "source": "Spinoff Bulgaria organisers",
                },
            },
            {
                "as_of": (2024, 7, 11),
                "source_url": CLUSTER_SITE,
                "bg": {
                    "label": "Проекти по „Хоризонт Европа“ с участието на клъстера",
                    "value": "3 (PRECISEU, INNAXE, VELES)",
                    "source": "Биотехнологичен и здравен клъстер България",
                },
                "en": {
                    "label": "Horizon Europe projects with the cluster as a partner",
                    "value": "3 (PRECISEU, INNAXE, VELES)",
                    "source": "Health & Life Sciences Cluster Bulgaria",
                },
            },
            {
                "as_of": (2024, 7, 11),
                "source_url": CLUSTER_SITE,
                "bg": {
                    "label": "Региони в България, в които клъстерът е започнал сътрудничество",
                    "value": "5: София, Стара Загора, Варна, Пловдив, Габрово",
                    "source": "Биотехнологичен и здравен клъстер България",
                },
                "en": {
                    "label": "Bulgarian regions where the cluster has started to work with partners",
                    "value": "5: Sofia, Stara Zagora, Varna, Plovdiv, Gabrovo",
                    "source": "Health & Life Sciences Cluster Bulgaria",
                },
            },
        ],
    },
    {
        "slug": "eu-research-funding",
        "topics": ["eu-funding", "innovation-ecosystems"],
        "bg": {
            "title": "Европейско финансиране за изследвания в здравеопазването",
            "intro": "Колко пари има в „Хоризонт Европа“, колко от тях привличат българските екипи и колко големи са европейските проекти, в които участва клъстерът.",
        },
        "en": {
            "title": "EU research funding for health",
            "intro": "How much money Horizon Europe holds, how much of it Bulgarian teams attract, and how large the European projects the cluster takes part in are.",
        },
        "figures": [
            {
                "as_of": (2023, 9, 29),
                "source_url": HORIZON_EUROPE,
                "bg": {
                    "label": "Бюджет на „Хоризонт Европа“ за 2021–2027 г.",
                    "value": "95,5 млрд. евро",
                    "source": "Европейска комисия",
                },
                "en": {
                    "label": "Horizon Europe budget for 2021–2027",
                    "value": "€95.5 billion",
                    "source": "European Commission",
                },
            },
            {
                "as_of": (2023, 9, 28),
                "source_url": "https://www.mon.bg/",
                "bg": {
                    "label": "Средства по „Хоризонт Европа“, привлечени от България за две години",
                    "value": "80 млн. евро",
                    "source": "Министерство на образованието и науката (изказване на Spinoff Bulgaria 2023)",
                },
                "en": {
                    "label": "Horizon Europe funding attracted by Bulgaria in two years",
                    "value": "€80 million",
                    "source": "Ministry of Education and Science (statement at Spinoff Bulgaria 2023)",
                },
            },
            {
                "as_of": (2023, 9, 28),
                "source_url": "https://www.mon.bg/",
                "bg": {
                    "label": "Проекти по „Хоризонт Европа“ с български участници",
                    "value": "214",
                    "source": "Министерство на образованието и науката (изказване на Spinoff Bulgaria 2023)",
                },
                "en": {
                    "label": "Horizon Europe projects with Bulgarian participants",
                    "value": "214",
                    "source": "Ministry of Education and Science (statement at Spinoff Bulgaria 2023)",
                },
            },
            {
                "as_of": (2024, 7, 11),
                "source_url": "https://www.biocat.cat/",
                "bg": {
                    "label": "Партньори в PRECISEU – Регионалната иновационна долина за персонализирана медицина",
                    "value": "25 от 12 региона в 10 държави членки",
                    "source": "Консорциумът PRECISEU, воден от Biocat",
                },
                "en": {
                    "label": "Partners in PRECISEU, the Regional Innovation Valley for Personalised Medicine",
                    "value": "25 from 12 regions in 10 member states",
                    "source": "PRECISEU consortium, led by Biocat",
                },
            },
            {
                "as_of": (2023, 6, 29),
                "source_url": CLUSTER_SITE,
                "bg": {
                    "label": "Партньори във VELES – център за върхови постижения в интелигентното здравеопазване в Югоизточна Европа",
                    "value": "15 от 7 държави, за 4 години",
                    "source": "Консорциумът VELES",
                },
                "en": {
                    "label": "Partners in VELES, the South-East Europe smart health excellence hub",
                    "value": "15 from 7 countries, over 4 years",
                    "source": "VELES consortium",
                },
            },
            {
                "as_of": (2024, 6, 20),
                "source_url": "https://www.eitmanufacturing.eu/",
                "bg": {
                    "label": "Отворени покани на EIT Manufacturing, представени на Spinoff Bulgaria 2024",
                    "value": "11 млн. евро",
                    "source": "Клийнтех България и EIT Manufacturing",
                },
                "en": {
                    "label": "EIT Manufacturing open calls presented at Spinoff Bulgaria 2024",
                    "value": "€11 million",
                    "source": "Cleantech Bulgaria and EIT Manufacturing",
                },
            },
        ],
    },
    {
        "slug": "eu-health-rules",
        "topics": ["ai-in-health", "health-data", "atmp", "clinical-trials"],
        "bg": {
            "title": "Европейските правила за здравни иновации: ключови дати",
            "intro": "Кога започват да се прилагат регламентите на ЕС за модерните терапии, клиничните изпитвания, медицинските изделия, изкуствения интелект и здравните данни.",
        },
        "en": {
            "title": "EU rules for health innovation: key dates",
            "intro": "When the EU regulations on advanced therapies, clinical trials, medical devices, artificial intelligence and health data start to apply.",
        },
        "figures": [
            {
                "as_of": (2008, 12, 30),
                "source_url": EUR_LEX_ATMP,
                "bg": {
                    "label": "Прилагане на Регламент (ЕО) № 1394/2007 за модерните терапии",
                    "value": "от 30 декември 2008 г.",
                    "source": "Официален вестник на ЕС (EUR-Lex)",
                },
                "en": {
                    "label": "Regulation (EC) No 1394/2007 on advanced therapies applies",
                    "value": "from 30 December 2008",
                    "source": "Official Journal of the EU (EUR-Lex)",
                },
            },
            {
                "as_of": (2021, 5, 26),
                "source_url": EUR_LEX_MDR,
                "bg": {
                    "label": "Прилагане на Регламент (ЕС) 2017/745 за медицинските изделия (MDR)",
                    "value": "от 26 май 2021 г.",
                    "source": "Официален вестник на ЕС (EUR-Lex)",
                },
                "en": {
                    "label": "Medical Devices Regulation (EU) 2017/745 (MDR) applies",
                    "value": "from 26 May 2021",
                    "source": "Official Journal of the EU (EUR-Lex)",
                },
            },
            {
                "as_of": (2025, 1, 31),
                "source_url": EUR_LEX_CTR,
                "bg": {
                    "label": "Всички текущи клинични изпитвания в ЕС – по Регламент (ЕС) № 536/2014",
                    "value": "от 31 януари 2025 г.",
                    "source": "Европейска агенция по лекарствата",
                },
                "en": {
                    "label": "All ongoing clinical trials in the EU run under Regulation (EU) No 536/2014",
                    "value": "from 31 January 2025",
                    "source": "European Medicines Agency",
                },
            },
            {
                "as_of": (2024, 8, 1),
                "source_url": EUR_LEX_AI_ACT,
                "bg": {
                    "label": "Влизане в сила на Акта за изкуствения интелект, Регламент (ЕС) 2024/1689",
                    "value": "1 август 2024 г.",
                    "source": "Официален вестник на ЕС (EUR-Lex)",
                },
                "en": {
                    "label": "The AI Act, Regulation (EU) 2024/1689, enters into force",
                    "value": "1 August 2024",
                    "source": "Official Journal of the EU (EUR-Lex)",
                },
            },
            {
                "as_of": (2026, 6, 30),
                "source_url": EUR_LEX_AI_ACT,
                "bg": {
                    "label": "Задължения за високорисковите системи с ИИ в медицински изделия",
                    "value": "от 2 август 2028 г. (след промяната от 2026 г.; първоначално 2 август 2027 г.)",
                    "source": "Съвет на ЕС и Европейски парламент („Дигитален омнибус“ за ИИ)",
                },
                "en": {
                    "label": "Obligations for high-risk AI systems in medical devices",
                    "value": "from 2 August 2028 (after the 2026 amendment; originally 2 August 2027)",
                    "source": "Council of the EU and European Parliament (Digital Omnibus on AI)",
                },
            },
            {
                "as_of": (2025, 3, 26),
                "source_url": EUR_LEX_EHDS,
                "bg": {
                    "label": "Влизане в сила на Регламент (ЕС) 2025/327 за Европейското пространство за здравни данни",
                    "value": "26 март 2025 г.",
                    "source": "Европейска комисия",
                },
                "en": {
                    "label": "The European Health Data Space Regulation (EU) 2025/327 enters into force",
                    "value": "26 March 2025",
                    "source": "European Commission",
                },
            },
            {
                "as_of": (2025, 3, 26),
                "source_url": "https://health.ec.europa.eu/ehealth-digital-health-and-care/european-health-data-space-regulation-ehds_en",
                "bg": {
                    "label": "Обмен в целия ЕС на пациентски резюмета и електронни рецепти по EHDS",
                    "value": "от 26 март 2029 г.",
                    "source": "Европейска комисия",
                },
                "en": {
                    "label": "EU-wide exchange of patient summaries and e-prescriptions under the EHDS",
                    "value": "from 26 March 2029",
                    "source": "European Commission",
                },
            },
        ],
    },
]


# --- Glossary -------------------------------------------------------------------------------------
# `forms` lists the other forms met in running text (plural, articles, abbreviations) that link here.

GLOSSARY_TERMS = [
    # Advanced therapies
    {
        "slug": "atmp",
        "topics": ["atmp"],
        "bg": {
            "term": "Лекарствен продукт за модерна терапия",
            "other_language_term": "Advanced therapy medicinal product",
            "forms": "ATMP, лекарствени продукти за модерна терапия, лекарствените продукти за модерна терапия, модерна терапия, модерни терапии, модерните терапии",
            "definition": "Лекарство, създадено на основата на гени, клетки или тъкани: генна терапия, соматична клетъчна терапия или продукт на тъканното инженерство. В ЕС тези продукти са отделна правна категория по Регламент (ЕО) № 1394/2007 и получават разрешение за употреба централизирано, чрез Европейската агенция по лекарствата.",
        },
        "en": {
            "term": "Advanced therapy medicinal product",
            "other_language_term": "Лекарствен продукт за модерна терапия",
            "forms": "ATMP, ATMPs, advanced therapy medicinal products, advanced therapy, advanced therapies",
            "definition": "A medicine based on genes, cells or tissues: a gene therapy, a somatic cell therapy or a tissue-engineered product. In the EU these products form a separate legal category under Regulation (EC) No 1394/2007 and are authorised centrally, through the European Medicines Agency.",
        },
    },
    {
        "slug": "gene-therapy",
        "topics": ["atmp"],
        "bg": {
            "term": "Генна терапия",
            "other_language_term": "Gene therapy",
            "forms": "генни терапии, генната терапия, генните терапии",
            "definition": "Лечение, при което в клетките на пациента се внася генетичен материал, за да се добави, изключи или поправи даден ген. Материалът обикновено се пренася от модифициран безвреден вирус, наречен вектор. Генните терапии са един от видовете лекарствени продукти за модерна терапия.",
        },
        "en": {
            "term": "Gene therapy",
            "other_language_term": "Генна терапия",
            "forms": "gene therapies",
            "definition": "A treatment that brings genetic material into a patient's cells to add, switch off or correct a gene. The material is usually carried by a modified, harmless virus called a vector. Gene therapies are one type of advanced therapy medicinal product.",
        },
    },
    {
        "slug": "cell-therapy",
        "topics": ["atmp"],
        "bg": {
            "term": "Клетъчна терапия",
            "other_language_term": "Cell therapy",
            "forms": "клетъчни терапии, клетъчната терапия, клетъчните терапии, соматична клетъчна терапия",
            "definition": "Лечение с живи клетки, които са съществено обработени в лаборатория или се прилагат, за да изпълняват в организма различна функция от първоначалната. Кръвопреливането и стандартната трансплантация на костен мозък не спадат към модерните терапии.",
        },
        "en": {
            "term": "Cell therapy",
            "other_language_term": "Клетъчна терапия",
            "forms": "cell therapies, somatic cell therapy",
            "definition": "A treatment with living cells that have been substantially processed in a laboratory, or that are given to do a different job in the body from the one they did originally. Blood transfusions and standard bone marrow transplants are not counted as advanced therapies.",
        },
    },
    {
        "slug": "car-t",
        "topics": ["atmp", "personalised-medicine"],
        "bg": {
            "term": "CAR-T терапия",
            "other_language_term": "CAR-T therapy",
            "forms": "CAR-T, CAR-T терапии, CAR-T терапията, CAR-T терапиите",
            "definition": "Лечение, при което Т-лимфоцитите на пациента се променят генетично в лаборатория, за да разпознават раковите клетки, и след това се вливат обратно. В ЕС CAR-T терапиите се класифицират като генни терапии и са одобрени за някои видове рак на кръвта.",
        },
        "en": {
            "term": "CAR-T therapy",
            "other_language_term": "CAR-T терапия",
            "forms": "CAR-T, CAR-T therapies, CAR-T cells, CAR-T cell therapy",
            "definition": "A treatment in which a patient's own T cells are genetically modified in a laboratory to recognise cancer cells and then infused back. In the EU, CAR-T therapies are classified as gene therapies and are approved for certain blood cancers.",
        },
    },
    {
        "slug": "tissue-engineering",
        "topics": ["atmp", "biotechnology"],
        "bg": {
            "term": "Тъканно инженерство",
            "other_language_term": "Tissue engineering",
            "forms": "тъканното инженерство, продукт на тъканното инженерство, продукти на тъканното инженерство",
            "definition": "Създаване на клетки или тъкани, предназначени да възстановят, регенерират или заменят човешка тъкан, например кожа или хрущял. Продуктите на тъканното инженерство са вид лекарствени продукти за модерна терапия; в изследванията се използват и методи като 3D биопринтирането.",
        },
        "en": {
            "term": "Tissue engineering",
            "other_language_term": "Тъканно инженерство",
            "forms": "tissue-engineered product, tissue-engineered products",
            "definition": "Making cells or tissues designed to repair, regenerate or replace human tissue, such as skin or cartilage. Tissue-engineered products are one type of advanced therapy medicinal product; research in the field also uses methods such as 3D bioprinting.",
        },
    },
    {
        "slug": "hospital-exemption",
        "topics": ["atmp"],
        "bg": {
            "term": "Болнично изключение",
            "other_language_term": "Hospital exemption",
            "forms": "болничното изключение",
            "definition": "Правило, което позволява модерна терапия да бъде изработена за конкретен пациент и приложена в болница в същата държава без разрешение за употреба на ЕС. То се урежда от националното законодателство, изисква спазване на стандарти за качество и е предназначено за отделни, нерутинни случаи.",
        },
        "en": {
            "term": "Hospital exemption",
            "other_language_term": "Болнично изключение",
            "forms": "the hospital exemption",
            "definition": "A rule that allows an advanced therapy to be made for an individual patient and used in a hospital in the same country without an EU marketing authorisation. It is governed by national law, requires quality standards and is meant for individual, non-routine cases.",
        },
    },
    {
        "slug": "marketing-authorisation",
        "topics": ["clinical-trials", "atmp"],
        "bg": {
            "term": "Разрешение за употреба",
            "other_language_term": "Marketing authorisation",
            "forms": "разрешението за употреба, разрешения за употреба, условно разрешение за употреба, условното разрешение за употреба",
            "definition": "Официалното решение, с което едно лекарство може да се продава. В ЕС много нови лекарства, включително всички модерни терапии, получават разрешение от Европейската комисия след научна оценка от Европейската агенция по лекарствата. Условното разрешение се дава при по-малко данни, със задължение компанията да представи още.",
        },
        "en": {
            "term": "Marketing authorisation",
            "other_language_term": "Разрешение за употреба",
            "forms": "marketing authorisations, marketing authorization, conditional marketing authorisation",
            "definition": "The official decision that allows a medicine to be sold. In the EU many new medicines, including all advanced therapies, are authorised by the European Commission after a scientific assessment by the European Medicines Agency. A conditional authorisation is granted on less complete data, and the company must provide more.",
        },
    },
    # Personalised medicine and epigenetics
    {
        "slug": "personalised-medicine",
        "topics": ["personalised-medicine"],
        "bg": {
            "term": "Персонализирана медицина",
            "other_language_term": "Personalised medicine",
            "forms": "персонализираната медицина, прецизна медицина, прецизната медицина",
            "definition": "Подход, при който профилактиката, диагностиката и лечението се избират според особеностите на конкретния човек: гени, биомаркери, начин на живот и среда. Обикновено означава избор между съществуващи лечения за група сходни пациенти, а не лекарство, създадено само за един човек.",
        },
        "en": {
            "term": "Personalised medicine",
            "other_language_term": "Персонализирана медицина",
            "forms": "personalized medicine, precision medicine",
            "definition": "An approach in which prevention, diagnosis and treatment are chosen according to the features of a particular person: genes, biomarkers, way of life and environment. It usually means choosing among existing treatments for a group of similar patients, not a drug made for one person.",
        },
    },
    {
        "slug": "biomarker",
        "topics": ["personalised-medicine"],
        "bg": {
            "term": "Биомаркер",
            "other_language_term": "Biomarker",
            "forms": "биомаркери, биомаркера, биомаркерът, биомаркерите",
            "definition": "Измерим признак в организма – генен вариант, белтък в кръвта, особеност на образно изследване, – който показва нормален процес, заболяване или отговор на лечение. Биомаркерите помагат да се прецени коя група пациенти вероятно ще има полза от дадено лекарство.",
        },
        "en": {
            "term": "Biomarker",
            "other_language_term": "Биомаркер",
            "forms": "biomarkers",
            "definition": "A measurable sign in the body, such as a gene variant, a protein in the blood or a feature on a scan, that shows a normal process, a disease or a response to treatment. Biomarkers help to judge which group of patients is likely to benefit from a given medicine.",
        },
    },
    {
        "slug": "genome",
        "topics": ["personalised-medicine", "epigenetics"],
        "bg": {
            "term": "Геном",
            "other_language_term": "Genome",
            "forms": "генома, геномът, геноми, геномите",
            "definition": "Цялата генетична информация на един организъм, записана в неговата ДНК. Човешкият геном съдържа около три милиарда двойки „букви“ и около 20 000 гена, които кодират белтъци.",
        },
        "en": {
            "term": "Genome",
            "other_language_term": "Геном",
            "forms": "genomes, human genome",
            "definition": "All the genetic information of an organism, written in its DNA. The human genome holds about three billion pairs of DNA “letters” and about 20,000 genes that code for proteins.",
        },
    },
    {
        "slug": "pharmacogenetics",
        "topics": ["personalised-medicine", "clinical-trials"],
        "bg": {
            "term": "Фармакогенетика",
            "other_language_term": "Pharmacogenetics",
            "forms": "фармакогенетиката, фармакогенетичен тест, фармакогенетични тестове",
            "definition": "Наука, която изучава как генетичните различия между хората влияят върху действието и страничните ефекти на лекарствата. Фармакогенетичният тест може да покаже, че пациентът обработва дадено лекарство по-бавно или по-бързо от обичайното и има нужда от друга доза или от друго лекарство.",
        },
        "en": {
            "term": "Pharmacogenetics",
            "other_language_term": "Фармакогенетика",
            "forms": "pharmacogenetic test, pharmacogenetic tests, pharmacogenomics",
            "definition": "The study of how genetic differences between people affect how medicines work and which side effects they cause. A pharmacogenetic test can show that a patient processes a drug more slowly or faster than usual and needs a different dose or a different medicine.",
        },
    },
    {
        "slug": "epigenetics",
        "topics": ["epigenetics"],
        "bg": {
            "term": "Епигенетика",
            "other_language_term": "Epigenetics",
            "forms": "епигенетиката",
            "definition": "Науката за химичните белези върху ДНК и белтъците около нея, които включват и изключват гени, без да променят последователността на ДНК. Епигенетичните белези зависят от развитието, възрастта и средата, а някои от тях са обратими.",
        },
        "en": {
            "term": "Epigenetics",
            "other_language_term": "Епигенетика",
            "forms": "epigenetic, epigenome",
            "definition": "The study of chemical marks on DNA and on the proteins around it that switch genes on and off without changing the DNA sequence. Epigenetic marks depend on development, age and environment, and some of them can be reversed.",
        },
    },
    {
        "slug": "dna-methylation",
        "topics": ["epigenetics"],
        "bg": {
            "term": "Метилиране на ДНК",
            "other_language_term": "DNA methylation",
            "forms": "метилирането на ДНК, ДНК метилиране, метилиране",
            "definition": "Добавяне на малка химична група, наречена метилова група, към ДНК, най-често там, където буквата C е следвана от G. Това е най-добре изученият епигенетичен белег; обикновено потиска активността на гена и е в основата на епигенетичните часовници.",
        },
        "en": {
            "term": "DNA methylation",
            "other_language_term": "Метилиране на ДНК",
            "forms": "methylation",
            "definition": "The addition of a small chemical group, called a methyl group, to DNA, mostly where the letter C is followed by G. It is the best-studied epigenetic mark; it usually dampens a gene's activity and is the basis of epigenetic clocks.",
        },
    },
    {
        "slug": "epigenetic-clock",
        "topics": ["epigenetics"],
        "bg": {
            "term": "Епигенетичен часовник",
            "other_language_term": "Epigenetic clock",
            "forms": "епигенетични часовници, епигенетичните часовници, епигенетичния часовник, епигенетичният часовник",
            "definition": "Математически модел, който изчислява възрастта на човека или рисковете за здравето му по метилирането на ДНК на определени места в генома. Първите такива часовници са публикувани през 2013 г.; те са инструмент за изследвания, а не одобрен медицински тест.",
        },
        "en": {
            "term": "Epigenetic clock",
            "other_language_term": "Епигенетичен часовник",
            "forms": "epigenetic clocks",
            "definition": "A mathematical model that estimates a person's age or health risks from DNA methylation at chosen sites in the genome. The first such clocks were published in 2013; they are research tools, not approved medical tests.",
        },
    },
    {
        "slug": "biological-age",
        "topics": ["epigenetics"],
        "bg": {
            "term": "Биологична възраст",
            "other_language_term": "Biological age",
            "forms": "биологичната възраст",
            "definition": "Оценка на това доколко е „остарял“ организмът, изчислена по биомаркери като метилирането на ДНК, за разлика от календарната възраст. Различните методи дават различни резултати и няма единен стандарт за измерването ѝ.",
        },
        "en": {
            "term": "Biological age",
            "other_language_term": "Биологична възраст",
            "forms": "age acceleration",
            "definition": "An estimate of how far the body has aged, calculated from biomarkers such as DNA methylation, as opposed to age in calendar years. Different methods give different results, and there is no single standard for measuring it.",
        },
    },
    # Clinical research
    {
        "slug": "clinical-trial",
        "topics": ["clinical-trials"],
        "bg": {
            "term": "Клинично изпитване",
            "other_language_term": "Clinical trial",
            "forms": "клинични изпитвания, клиничното изпитване, клиничните изпитвания",
            "definition": "Изследване с хора, което проверява безопасността и ефикасността на лекарство или друго лечение по предварително одобрен план, наречен протокол. В ЕС клиничните изпитвания на лекарства се уреждат от Регламент (ЕС) № 536/2014 и се вписват в публичен регистър.",
        },
        "en": {
            "term": "Clinical trial",
            "other_language_term": "Клинично изпитване",
            "forms": "clinical trials, clinical study, clinical studies",
            "definition": "A study in people that tests the safety and efficacy of a medicine or other treatment according to a plan approved in advance, called the protocol. In the EU, clinical trials of medicines are governed by Regulation (EU) No 536/2014 and are listed in a public register.",
        },
    },
    {
        "slug": "trial-phase",
        "topics": ["clinical-trials"],
        "bg": {
            "term": "Фаза на клинично изпитване",
            "other_language_term": "Clinical trial phase",
            "forms": "фаза 1, фаза 2, фаза 3, фаза 4, фазите на клиничните изпитвания, фази на клиничните изпитвания, четирите фази",
            "definition": "Етап в изпитването на ново лекарство при хора. Фаза 1 проверява безопасността и дозата при малка група, фаза 2 търси признаци, че лекарството действа, фаза 3 го сравнява със стандартното лечение при стотици или хиляди пациенти, а фаза 4 следи употребата му след одобрението.",
        },
        "en": {
            "term": "Clinical trial phase",
            "other_language_term": "Фаза на клинично изпитване",
            "forms": "phase 1, phase 2, phase 3, phase 4, trial phases, clinical trial phases, four phases",
            "definition": "A stage in testing a new medicine in people. Phase 1 checks safety and dose in a small group, phase 2 looks for signs that the medicine works, phase 3 compares it with standard treatment in hundreds or thousands of patients, and phase 4 follows its use after approval.",
        },
    },
    {
        "slug": "preclinical-research",
        "topics": ["clinical-trials"],
        "bg": {
            "term": "Предклинично изследване",
            "other_language_term": "Preclinical research",
            "forms": "предклинични изследвания, предклиничните изследвания",
            "definition": "Изучаване на кандидат за лекарство в клетки, тъкани и животни, преди то да бъде приложено при хора. Проверява се как действа веществото и при какви дози е токсично; повечето кандидати отпадат още на този етап.",
        },
        "en": {
            "term": "Preclinical research",
            "other_language_term": "Предклинично изследване",
            "forms": "preclinical study, preclinical studies",
            "definition": "Studying a candidate medicine in cells, tissues and animals before it is given to people. It checks how the substance acts and at which doses it is toxic; most candidates are dropped at this stage.",
        },
    },
    {
        "slug": "placebo",
        "topics": ["clinical-trials"],
        "bg": {
            "term": "Плацебо",
            "other_language_term": "Placebo",
            "forms": "плацебото",
            "definition": "Вещество или процедура без активно действие, които изглеждат като истинското лечение. В клиничните изпитвания плацебото служи за сравнение, но се използва само когато това е етически допустимо; при тежки заболявания контролната група обикновено получава стандартно лечение.",
        },
        "en": {
            "term": "Placebo",
            "other_language_term": "Плацебо",
            "forms": "placebos",
            "definition": "A substance or procedure with no active effect that looks like the real treatment. In clinical trials a placebo is used for comparison, but only when this is ethically acceptable; in serious diseases the control group usually receives standard treatment.",
        },
    },
    {
        "slug": "randomised-controlled-trial",
        "topics": ["clinical-trials"],
        "bg": {
            "term": "Рандомизирано контролирано изпитване",
            "other_language_term": "Randomised controlled trial",
            "forms": "рандомизирани контролирани изпитвания, рандомизираното контролирано изпитване, рандомизираните контролирани изпитвания",
            "definition": "Изпитване, при което участниците се разпределят по случаен принцип към новото лечение или към контролна група. Случайното разпределение прави групите сходни, така че разликата в резултатите може да се припише на лечението; затова това е най-надеждният вид доказателство за ефекта му.",
        },
        "en": {
            "term": "Randomised controlled trial",
            "other_language_term": "Рандомизирано контролирано изпитване",
            "forms": "randomised controlled trials, randomized controlled trial, RCT, RCTs",
            "definition": "A trial in which participants are assigned by chance to the new treatment or to a control group. Chance assignment makes the groups alike, so that a difference in outcomes can be put down to the treatment; this is why it is the most reliable evidence of a treatment's effect.",
        },
    },
    {
        "slug": "good-clinical-practice",
        "topics": ["clinical-trials", "bioethics"],
        "bg": {
            "term": "Добра клинична практика",
            "other_language_term": "Good Clinical Practice",
            "forms": "добрата клинична практика, GCP",
            "definition": "Международен стандарт за планиране, провеждане и отчитане на клинични изпитвания, разработен от Международния съвет за хармонизация (ICH). Той защитава правата и безопасността на участниците и гарантира, че събраните данни са надеждни.",
        },
        "en": {
            "term": "Good Clinical Practice",
            "other_language_term": "Добра клинична практика",
            "forms": "GCP",
            "definition": "An international standard for designing, running and reporting clinical trials, developed by the International Council for Harmonisation (ICH). It protects participants' rights and safety and makes sure that the data collected are reliable.",
        },
    },
    {
        "slug": "peer-review",
        "topics": ["clinical-trials"],
        "bg": {
            "term": "Рецензиране",
            "other_language_term": "Peer review",
            "forms": "рецензирането, рецензирано научно списание, рецензирани научни списания, рецензирана статия, рецензирани статии",
            "definition": "Проверка на научна статия от независими специалисти в областта, преди тя да бъде публикувана в научно списание. Рецензирането не гарантира, че изводите са верни, но е важен филтър за качество; резултатите без рецензия трябва да се представят с уговорка.",
        },
        "en": {
            "term": "Peer review",
            "other_language_term": "Рецензиране",
            "forms": "peer-reviewed, peer-reviewed journal, peer-reviewed journals",
            "definition": "The checking of a scientific paper by independent experts in the field before it is published in a journal. Peer review does not guarantee that the conclusions are right, but it is an important quality filter; results that have not been reviewed should be reported with that caveat.",
        },
    },
    {
        "slug": "preprint",
        "topics": ["clinical-trials"],
        "bg": {
            "term": "Препринт",
            "other_language_term": "Preprint",
            "forms": "препринти, препринта, препринтът, препринтите",
            "definition": "Научна статия, публикувана онлайн, преди да е преминала рецензиране. Препринтите позволяват бърз обмен на резултати, но изводите в тях може да се променят, затова в материала трябва да е ясно, че данните още не са проверени от независими рецензенти.",
        },
        "en": {
            "term": "Preprint",
            "other_language_term": "Препринт",
            "forms": "preprints",
            "definition": "A scientific paper posted online before it has been peer-reviewed. Preprints let results circulate quickly, but their conclusions may change, so a report should make clear that the data have not yet been checked by independent reviewers.",
        },
    },
    # Ethics
    {
        "slug": "informed-consent",
        "topics": ["bioethics", "clinical-trials"],
        "bg": {
            "term": "Информирано съгласие",
            "other_language_term": "Informed consent",
            "forms": "информираното съгласие",
            "definition": "Доброволното решение на човек да участва в изследване или да приеме лечение, след като е получил ясна информация за целта, рисковете, ползите и алтернативите. Обикновено се дава писмено и може да бъде оттеглено по всяко време, без да се посочва причина.",
        },
        "en": {
            "term": "Informed consent",
            "other_language_term": "Информирано съгласие",
            "forms": "consent form, consent forms",
            "definition": "A person's voluntary decision to take part in research or to accept treatment after receiving clear information about its aim, risks, benefits and alternatives. It is usually given in writing and can be withdrawn at any time without giving a reason.",
        },
    },
    {
        "slug": "ethics-committee",
        "topics": ["bioethics", "clinical-trials"],
        "bg": {
            "term": "Комисия по етика",
            "other_language_term": "Ethics committee",
            "forms": "комисията по етика, комисии по етика, комисиите по етика, етична комисия, етичната комисия",
            "definition": "Независим орган от лекари, учени, юристи и представители на обществеността, който преценява дали изследване с хора е етично и научно обосновано. Без положителното ѝ становище клинично изпитване в ЕС не може да започне.",
        },
        "en": {
            "term": "Ethics committee",
            "other_language_term": "Комисия по етика",
            "forms": "ethics committees, research ethics committee",
            "definition": "An independent body of doctors, scientists, lawyers and lay members that judges whether research with people is ethical and scientifically sound. No clinical trial in the EU may start without its positive opinion.",
        },
    },
    {
        "slug": "declaration-of-helsinki",
        "topics": ["bioethics"],
        "bg": {
            "term": "Декларация от Хелзинки",
            "other_language_term": "Declaration of Helsinki",
            "forms": "Декларацията от Хелзинки, Хелзинкската декларация",
            "definition": "Етичните принципи за медицинските изследвания с хора, приети от Световната медицинска асоциация през 1964 г. и преработвани многократно, последно през 2024 г. Те са основен ориентир за лекарите и комисиите по етика по целия свят.",
        },
        "en": {
            "term": "Declaration of Helsinki",
            "other_language_term": "Декларация от Хелзинки",
            "forms": "Helsinki Declaration",
            "definition": "The ethical principles for medical research involving people, adopted by the World Medical Association in 1964 and revised many times, most recently in 2024. They are a main point of reference for doctors and ethics committees worldwide.",
        },
    },
    # From research to business
    {
        "slug": "technology-transfer",
        "topics": ["technology-transfer"],
        "bg": {
            "term": "Трансфер на технологии",
            "other_language_term": "Technology transfer",
            "forms": "трансферът на технологии, трансфера на технологии, технологичен трансфер, технологичния трансфер, технологичният трансфер",
            "definition": "Пътят, по който знания и изобретения от университетите и научните институти стигат до компаниите и до пазара: чрез лицензи, договорни изследвания или нови компании. Често се нарича и комерсиализация на научните резултати.",
        },
        "en": {
            "term": "Technology transfer",
            "other_language_term": "Трансфер на технологии",
            "forms": "tech transfer",
            "definition": "The route by which knowledge and inventions from universities and research institutes reach companies and the market: through licences, contract research or new companies. It is often called the commercialisation of research.",
        },
    },
    {
        "slug": "technology-transfer-office",
        "topics": ["technology-transfer", "innovation-ecosystems"],
        "bg": {
            "term": "Офис за технологичен трансфер",
            "other_language_term": "Technology transfer office",
            "forms": "офиси за технологичен трансфер, офисът за технологичен трансфер, офиса за технологичен трансфер, офисите за технологичен трансфер",
            "definition": "Звено в университет или научен институт, което открива обещаващите научни резултати, урежда защитата им с патенти, договаря лицензи и помага на изследователите да създават спиноф компании.",
        },
        "en": {
            "term": "Technology transfer office",
            "other_language_term": "Офис за технологичен трансфер",
            "forms": "technology transfer offices, TTO, TTOs",
            "definition": "A unit of a university or research institute that spots promising research results, protects them with patents, negotiates licences and helps researchers set up spin-off companies.",
        },
    },
    {
        "slug": "spin-off",
        "topics": ["technology-transfer"],
        "bg": {
            "term": "Спиноф компания",
            "other_language_term": "Spin-off",
            "forms": "спиноф, спиноф компании, спиноф компаниите, спиноф компанията, спин-оф",
            "definition": "Нова компания, създадена, за да развие резултати от научни изследвания или интелектуална собственост на университет, научен институт или корпорация, обикновено по споразумение с тях. Инициативата Spinoff Bulgaria си поставя за цел 100 такива компании в България до 2030 г.",
        },
        "en": {
            "term": "Spin-off",
            "other_language_term": "Спиноф компания",
            "forms": "spin-offs, spinoff, spinoffs, spin-off company, spin-off companies",
            "definition": "A new company set up to develop research results or intellectual property from a university, research institute or corporation, usually under an agreement with it. The Spinoff Bulgaria initiative aims at 100 such companies in Bulgaria by 2030.",
        },
    },
    {
        "slug": "patent",
        "topics": ["technology-transfer"],
        "bg": {
            "term": "Патент",
            "other_language_term": "Patent",
            "forms": "патенти, патента, патентът, патентите, патентна заявка, патентни заявки",
            "definition": "Право, което дава на притежателя изключителната възможност да използва изобретение, обикновено до 20 години, срещу публикуване на описанието му. В Европа заявката трябва да бъде подадена, преди изобретението да бъде оповестено публично, например в научна статия.",
        },
        "en": {
            "term": "Patent",
            "other_language_term": "Патент",
            "forms": "patents, patent application, patent applications",
            "definition": "A right that gives its owner the exclusive use of an invention, usually for up to 20 years, in exchange for publishing how it works. In Europe the application must be filed before the invention is made public, for example in a scientific paper.",
        },
    },
    {
        "slug": "licence",
        "topics": ["technology-transfer"],
        "bg": {
            "term": "Лиценз",
            "other_language_term": "Licence",
            "forms": "лицензи, лиценза, лицензът, лицензите, лицензиране, лицензирането, лицензионна сделка, лицензионни сделки, лицензионно споразумение",
            "definition": "Договор, с който притежателят на патент или ноу-хау разрешава на друг да ги използва срещу заплащане: първоначална сума, плащания при постигнати етапи и процент от продажбите (роялти). Лицензирането е основен начин университетите да предават изобретенията си на компании.",
        },
        "en": {
            "term": "Licence",
            "other_language_term": "Лиценз",
            "forms": "licences, license, licenses, licensing, licensing deal, licensing deals, licence agreement",
            "definition": "An agreement by which the owner of a patent or know-how lets someone else use it in return for payment: an upfront sum, milestone payments and a share of sales (royalties). Licensing is a main way for universities to hand their inventions to companies.",
        },
    },
    {
        "slug": "incubator",
        "topics": ["technology-transfer", "innovation-ecosystems"],
        "bg": {
            "term": "Инкубатор",
            "other_language_term": "Incubator",
            "forms": "инкубатори, инкубаторът, инкубатора, инкубаторите, бизнес инкубатор, инкубиране",
            "definition": "Организация, която подкрепя стартиращи компании в ранен етап с помещения, оборудване, съвети и понякога с предначално финансиране. Биотехнологичните инкубатори предлагат и лаборатории и помощ с интелектуалната собственост.",
        },
        "en": {
            "term": "Incubator",
            "other_language_term": "Инкубатор",
            "forms": "incubators, business incubator, incubation",
            "definition": "An organisation that supports early-stage start-ups with space, equipment, advice and sometimes pre-seed money. Biotech incubators also offer laboratories and help with intellectual property.",
        },
    },
    {
        "slug": "venture-builder",
        "topics": ["technology-transfer", "innovation-ecosystems"],
        "bg": {
            "term": "Венчър билдър",
            "other_language_term": "Venture builder",
            "forms": "венчър билдъри, венчър билдърът, венчър билдъра, венчър студио, венчър студиа",
            "definition": "Организация, която създава нови компании систематично: намира идеи, изгражда екипи, привлича капитал, участва в управлението и осигурява общи услуги. За разлика от инкубатора тя обикновено е съосновател и притежава значителен дял.",
        },
        "en": {
            "term": "Venture builder",
            "other_language_term": "Венчър билдър",
            "forms": "venture builders, venture studio, venture studios",
            "definition": "An organisation that creates new companies systematically: it finds ideas, builds teams, raises capital, helps to run the ventures and provides shared services. Unlike an incubator, it is usually a co-founder with a sizeable stake.",
        },
    },
    # Money
    {
        "slug": "seed-funding",
        "topics": ["eu-funding", "technology-transfer"],
        "bg": {
            "term": "Начално финансиране",
            "other_language_term": "Seed funding",
            "forms": "началното финансиране, предначално финансиране, предначалното финансиране, фондове за начално финансиране, посевно финансиране",
            "definition": "Първите външни инвестиции в нова компания, с които идеята се превръща в прототип или в доказателство, че концепцията работи. Предначалното финансиране идва още по-рано – често от самите основатели, от бизнес ангели или от инкубатори.",
        },
        "en": {
            "term": "Seed funding",
            "other_language_term": "Начално финансиране",
            "forms": "seed round, seed fund, seed funds, seed money, pre-seed",
            "definition": "The first outside investment in a new company, used to turn an idea into a prototype or a proof of concept. Pre-seed money comes even earlier, often from the founders themselves, business angels or incubators.",
        },
    },
    {
        "slug": "business-angel",
        "topics": ["eu-funding", "innovation-ecosystems"],
        "bg": {
            "term": "Бизнес ангел",
            "other_language_term": "Business angel",
            "forms": "бизнес ангели, бизнес ангелите",
            "definition": "Частен инвеститор, който влага собствени пари в млада компания срещу дял и често ѝ помага с опит и контакти. Бизнес ангелите обикновено инвестират преди фондовете за рисков капитал.",
        },
        "en": {
            "term": "Business angel",
            "other_language_term": "Бизнес ангел",
            "forms": "business angels, angel investor, angel investors",
            "definition": "A private investor who puts their own money into a young company in return for a stake, and often helps with experience and contacts. Business angels usually invest before venture capital funds do.",
        },
    },
    {
        "slug": "venture-capital",
        "topics": ["eu-funding", "innovation-ecosystems"],
        "bg": {
            "term": "Рисков капитал",
            "other_language_term": "Venture capital",
            "forms": "рисковия капитал, рисковият капитал, фонд за рисков капитал, фондове за рисков капитал, фондовете за рисков капитал, венчър капитал",
            "definition": "Инвестиции на специализирани фондове в млади компании с висок потенциал и висок риск срещу дял от собствеността. Обикновено се влагат на кръгове (серия A, B, C), а фондът очаква печалба при продажба на компанията или при листването ѝ на борсата.",
        },
        "en": {
            "term": "Venture capital",
            "other_language_term": "Рисков капитал",
            "forms": "VC, venture capital fund, venture capital funds",
            "definition": "Investment by specialised funds in young, high-potential, high-risk companies in return for a share of ownership. It usually comes in rounds (Series A, B, C), and the fund expects its return when the company is sold or listed on a stock exchange.",
        },
    },
    {
        "slug": "horizon-europe",
        "topics": ["eu-funding"],
        "bg": {
            "term": "Хоризонт Европа",
            "other_language_term": "Horizon Europe",
            "forms": "програма Хоризонт Европа, програмата Хоризонт Европа",
            "definition": "Рамковата програма на ЕС за научни изследвания и иновации за периода 2021–2027 г. с бюджет от 95,5 млрд. евро. Нейният клъстер „Здраве“ финансира изследвания в здравеопазването, а Европейският съвет по иновациите в рамките на програмата подкрепя компании с високорискови технологии.",
        },
        "en": {
            "term": "Horizon Europe",
            "other_language_term": "Хоризонт Европа",
            "forms": "Horizon Europe programme",
            "definition": "The EU's research and innovation framework programme for 2021–2027, with a budget of €95.5 billion. Its Health cluster funds health research, and its European Innovation Council supports companies with high-risk technologies.",
        },
    },
    {
        "slug": "european-innovation-council",
        "topics": ["eu-funding"],
        "bg": {
            "term": "Европейски съвет по иновациите",
            "other_language_term": "European Innovation Council",
            "forms": "Европейския съвет по иновациите, Европейският съвет по иновациите, EIC",
            "definition": "Част от „Хоризонт Европа“, която подкрепя пробивни технологии от изследователския етап до пазара. Програмата EIC Accelerator съчетава грант до 2,5 млн. евро с възможност за дялова инвестиция в стартиращи и малки компании.",
        },
        "en": {
            "term": "European Innovation Council",
            "other_language_term": "Европейски съвет по иновациите",
            "forms": "EIC, EIC Accelerator",
            "definition": "The part of Horizon Europe that supports breakthrough technologies from the research stage to the market. Its EIC Accelerator combines a grant of up to €2.5 million with the possibility of an equity investment in start-ups and small companies.",
        },
    },
    {
        "slug": "bioeconomy",
        "topics": ["bioeconomy"],
        "bg": {
            "term": "Биоикономика",
            "other_language_term": "Bioeconomy",
            "forms": "биоикономиката",
            "definition": "Частта от икономиката, която използва възобновяеми биологични ресурси – растения, животни, микроорганизми и отпадъци – за производство на храни, материали, химикали и енергия. Тя е тясно свързана с кръговата икономика и с биотехнологиите.",
        },
        "en": {
            "term": "Bioeconomy",
            "other_language_term": "Биоикономика",
            "forms": "bio-economy",
            "definition": "The part of the economy that uses renewable biological resources, such as plants, animals, microorganisms and waste, to make food, materials, chemicals and energy. It is closely linked to the circular economy and to biotechnology.",
        },
    },
    # Data
    {
        "slug": "health-data",
        "topics": ["health-data"],
        "bg": {
            "term": "Здравни данни",
            "other_language_term": "Health data",
            "forms": "здравните данни, лични здравни данни, данни за здравословното състояние, данните за здравословното състояние",
            "definition": "Лични данни за физическото или психичното здраве на човек, включително за получената от него медицинска помощ. Според GDPR те са специална категория лични данни и обработването им е разрешено само при строго определени условия.",
        },
        "en": {
            "term": "Health data",
            "other_language_term": "Здравни данни",
            "forms": "data concerning health, personal health data, electronic health data",
            "definition": "Personal data about a person's physical or mental health, including the care they have received. Under the GDPR they are a special category of personal data, and processing them is allowed only under strict conditions.",
        },
    },
    {
        "slug": "gdpr",
        "topics": ["health-data", "bioethics"],
        "bg": {
            "term": "Общ регламент относно защитата на данните",
            "other_language_term": "General Data Protection Regulation",
            "forms": "GDPR, ОРЗД, Общия регламент относно защитата на данните, Общият регламент относно защитата на данните",
            "definition": "Регламент (ЕС) 2016/679, който от 25 май 2018 г. урежда обработването на лични данни в ЕС. Здравните и генетичните данни са в него специални категории данни с допълнителна защита.",
        },
        "en": {
            "term": "General Data Protection Regulation",
            "other_language_term": "Общ регламент относно защитата на данните",
            "forms": "GDPR",
            "definition": "Regulation (EU) 2016/679, which has governed the processing of personal data in the EU since 25 May 2018. Health and genetic data are special categories in it, with extra protection.",
        },
    },
    {
        "slug": "pseudonymisation",
        "topics": ["health-data"],
        "bg": {
            "term": "Псевдонимизация",
            "other_language_term": "Pseudonymisation",
            "forms": "псевдонимизацията, псевдонимизирани, псевдонимизираните",
            "definition": "Замяна на имената, ЕГН и другите преки идентификатори с кодове, като ключът за връзка с човека се пази отделно. Псевдонимизираните данни остават лични данни, защото могат да бъдат свързани обратно с конкретен човек.",
        },
        "en": {
            "term": "Pseudonymisation",
            "other_language_term": "Псевдонимизация",
            "forms": "pseudonymised, pseudonymised data, pseudonymization, pseudonymized",
            "definition": "Replacing names, identity numbers and other direct identifiers with codes, while the key that links them to a person is kept separately. Pseudonymised data remain personal data, because they can be traced back to a particular person.",
        },
    },
    {
        "slug": "anonymisation",
        "topics": ["health-data"],
        "bg": {
            "term": "Анонимизация",
            "other_language_term": "Anonymisation",
            "forms": "анонимизацията, анонимизирани, анонимизираните, анонимни данни, анонимните данни",
            "definition": "Обработване на данни така, че човекът да не може да бъде идентифициран по никакъв разумен начин. Анонимните данни вече не са лични данни, но при подробните здравни данни истинската анонимизация се постига трудно.",
        },
        "en": {
            "term": "Anonymisation",
            "other_language_term": "Анонимизация",
            "forms": "anonymised, anonymised data, anonymous data, anonymization, anonymized",
            "definition": "Processing data so that the person can no longer be identified by any reasonable means. Anonymous data are no longer personal data, but with detailed health records true anonymisation is hard to achieve.",
        },
    },
    {
        "slug": "biobank",
        "topics": ["health-data", "personalised-medicine"],
        "bg": {
            "term": "Биобанка",
            "other_language_term": "Biobank",
            "forms": "биобанки, биобанката, биобанките",
            "definition": "Колекция от биологични проби – кръв, тъкани, ДНК – заедно със свързаните с тях данни, съхранявани за бъдещи изследвания. Биобанките изискват ясни правила за съгласието на донорите, за защитата на данните и за достъпа на изследователите.",
        },
        "en": {
            "term": "Biobank",
            "other_language_term": "Биобанка",
            "forms": "biobanks",
            "definition": "A collection of biological samples, such as blood, tissue or DNA, stored with the data linked to them for future research. Biobanks need clear rules on donors' consent, data protection and researchers' access.",
        },
    },
    {
        "slug": "ehds",
        "topics": ["health-data", "digital-health"],
        "bg": {
            "term": "Европейско пространство за здравни данни",
            "other_language_term": "European Health Data Space",
            "forms": "EHDS, ЕПЗД, Европейското пространство за здравни данни",
            "definition": "Регламент (ЕС) 2025/327, в сила от 26 март 2025 г., който дава на хората електронен достъп до здравните им данни в целия ЕС и урежда вторичното им използване за изследвания и политики. Правилата се прилагат поетапно, основно от 2029 до 2031 г.",
        },
        "en": {
            "term": "European Health Data Space",
            "other_language_term": "Европейско пространство за здравни данни",
            "forms": "EHDS",
            "definition": "Regulation (EU) 2025/327, in force since 26 March 2025, which gives people electronic access to their health data across the EU and governs its secondary use for research and policy. Its rules apply in stages, mainly from 2029 to 2031.",
        },
    },
    {
        "slug": "secondary-use",
        "topics": ["health-data"],
        "bg": {
            "term": "Вторично използване на здравни данни",
            "other_language_term": "Secondary use of health data",
            "forms": "вторично използване, вторичното използване",
            "definition": "Повторно използване на здравни данни, събрани при лечението, за изследвания, иновации, обществено здраве и политики. По правилата на EHDS то става с разрешение от орган за достъп до здравни данни, само за позволени цели и в защитена среда за обработване.",
        },
        "en": {
            "term": "Secondary use of health data",
            "other_language_term": "Вторично използване на здравни данни",
            "forms": "secondary use",
            "definition": "Re-using health data collected during care for research, innovation, public health and policy. Under the EHDS it requires a permit from a health data access body, is allowed only for permitted purposes and takes place in a secure processing environment.",
        },
    },
    {
        "slug": "real-world-data",
        "topics": ["health-data", "clinical-trials"],
        "bg": {
            "term": "Данни от реалната практика",
            "other_language_term": "Real-world data",
            "forms": "данните от реалната практика, доказателства от реалната практика",
            "definition": "Данни за здравето и лечението, събрани извън клиничните изпитвания: от болнични досиета, регистри, аптеки или носими устройства. Анализът им показва как лечението действа в ежедневието, но изисква внимание към качеството и пълнотата на данните.",
        },
        "en": {
            "term": "Real-world data",
            "other_language_term": "Данни от реалната практика",
            "forms": "real-world evidence, RWD, RWE",
            "definition": "Data on health and treatment collected outside clinical trials: from hospital records, registries, pharmacies or wearable devices. Analysing them shows how treatments work in everyday life, but requires care over the quality and completeness of the data.",
        },
    },
    {
        "slug": "open-science",
        "topics": ["bioethics", "eu-funding"],
        "bg": {
            "term": "Отворена наука",
            "other_language_term": "Open science",
            "forms": "отворената наука",
            "definition": "Подход, при който научните публикации, данни и методи се споделят възможно най-свободно, така че други да могат да ги проверят и използват. „Хоризонт Европа“ изисква открит достъп до публикациите на финансираните проекти, а данните се споделят по принципа „толкова отворени, колкото е възможно, и толкова затворени, колкото е необходимо“.",
        },
        "en": {
            "term": "Open science",
            "other_language_term": "Отворена наука",
            "forms": "open-science",
            "definition": "An approach in which research papers, data and methods are shared as freely as possible, so that others can check and use them. Horizon Europe requires open access to the publications of the projects it funds, and data are shared on the principle “as open as possible, as closed as necessary”.",
        },
    },
    # AI and devices
    {
        "slug": "ai-act",
        "topics": ["ai-in-health"],
        "bg": {
            "term": "Акт за изкуствения интелект",
            "other_language_term": "AI Act",
            "forms": "Актът за изкуствения интелект, Акта за изкуствения интелект, акт за ИИ, актът за ИИ, акта за ИИ, AI Act",
            "definition": "Регламент (ЕС) 2024/1689, законът на ЕС за изкуствения интелект, в сила от 1 август 2024 г. Той поставя изисквания според риска: забранява някои практики, налага строги задължения за високорисковите системи и изисква прозрачност от системите с ограничен риск.",
        },
        "en": {
            "term": "AI Act",
            "other_language_term": "Акт за изкуствения интелект",
            "forms": "Artificial Intelligence Act, EU AI Act",
            "definition": "Regulation (EU) 2024/1689, the EU's law on artificial intelligence, in force since 1 August 2024. It sets requirements according to risk: it bans some practices, places strict duties on high-risk systems and requires transparency from systems with limited risk.",
        },
    },
    {
        "slug": "high-risk-ai-system",
        "topics": ["ai-in-health", "medical-devices"],
        "bg": {
            "term": "Високорискова система с ИИ",
            "other_language_term": "High-risk AI system",
            "forms": "високорискови системи с ИИ, високорисковите системи с ИИ, високорискови системи, високорисковите системи, високорисковия ИИ, високорисков ИИ",
            "definition": "Система с изкуствен интелект, която по Акта за изкуствения интелект трябва да отговаря на строги изисквания: управление на риска, качествени данни, документация, човешки надзор и киберсигурност. В здравеопазването това са най-вече системи, които са медицински изделия или част от такива и подлежат на оценка от нотифициран орган.",
        },
        "en": {
            "term": "High-risk AI system",
            "other_language_term": "Високорискова система с ИИ",
            "forms": "high-risk AI systems, high-risk AI, high-risk systems, high-risk system",
            "definition": "An AI system that under the AI Act must meet strict requirements: risk management, good-quality data, documentation, human oversight and cybersecurity. In health these are mostly systems that are medical devices, or parts of them, and must be assessed by a notified body.",
        },
    },
    {
        "slug": "medical-device",
        "topics": ["medical-devices"],
        "bg": {
            "term": "Медицинско изделие",
            "other_language_term": "Medical device",
            "forms": "медицински изделия, медицинското изделие, медицинските изделия",
            "definition": "Инструмент, апарат, имплант, софтуер или друг продукт с медицинско предназначение, който не действа главно по химичен път, както лекарството. В ЕС медицинските изделия се уреждат от Регламент (ЕС) 2017/745 (MDR), а изделията за инвитро диагностика – от Регламент (ЕС) 2017/746 (IVDR).",
        },
        "en": {
            "term": "Medical device",
            "other_language_term": "Медицинско изделие",
            "forms": "medical devices",
            "definition": "An instrument, apparatus, implant, piece of software or other product with a medical purpose that does not act mainly by chemical means, as a medicine does. In the EU medical devices are governed by Regulation (EU) 2017/745 (MDR), and in vitro diagnostic devices by Regulation (EU) 2017/746 (IVDR).",
        },
    },
    {
        "slug": "ce-marking",
        "topics": ["medical-devices"],
        "bg": {
            "term": "Маркировка CE",
            "other_language_term": "CE marking",
            "forms": "маркировката CE, CE маркировка, CE маркировката",
            "definition": "Знак, с който производителят заявява, че продуктът отговаря на законодателството на ЕС и може да се продава в Европейското икономическо пространство. За повечето медицински изделия, без тези с най-нисък риск, съответствието се проверява от нотифициран орган.",
        },
        "en": {
            "term": "CE marking",
            "other_language_term": "Маркировка CE",
            "forms": "CE mark",
            "definition": "A mark by which a manufacturer declares that a product meets EU law and may be sold in the European Economic Area. For most medical devices, except those with the lowest risk, conformity is checked by a notified body.",
        },
    },
    {
        "slug": "notified-body",
        "topics": ["medical-devices"],
        "bg": {
            "term": "Нотифициран орган",
            "other_language_term": "Notified body",
            "forms": "нотифицирани органи, нотифицирания орган, нотифицираният орган, нотифицираните органи",
            "definition": "Независима организация, определена от държава членка, която проверява дали даден продукт, например медицинско изделие, отговаря на изискванията на ЕС, преди да получи маркировка CE. При медицинските изделия с ИИ тя проверява и изискванията на Акта за изкуствения интелект.",
        },
        "en": {
            "term": "Notified body",
            "other_language_term": "Нотифициран орган",
            "forms": "notified bodies",
            "definition": "An independent organisation designated by a member state to check whether a product, such as a medical device, meets EU requirements before it can carry the CE marking. For medical devices with AI it also checks the requirements of the AI Act.",
        },
    },
]


# --- Explainers -----------------------------------------------------------------------------------

EXPLAINERS = [
    {
        "slug": "advanced-therapies-atmp",
        "topics": ["atmp", "personalised-medicine"],
        "experts": ["demo-016", "demo-003", "demo-024", "demo-031"],
        "reviewer": "demo-016",
        "reviewed": (2026, 10, 14),
        "sources": [
            {
                "url": "https://www.ema.europa.eu/en/human-regulatory-overview/advanced-therapy-medicinal-products-overview",
                "bg": "Европейска агенция по лекарствата: лекарствени продукти за модерна терапия (на английски)",
                "en": "European Medicines Agency: advanced therapy medicinal products, overview",
            },
            {
                "url": EUR_LEX_ATMP,
                "bg": "Регламент (ЕО) № 1394/2007 относно лекарствените продукти за модерна терапия (EUR-Lex)",
                "en": "Regulation (EC) No 1394/2007 on advanced therapy medicinal products (EUR-Lex)",
            },
            {
                "url": "https://www.ema.europa.eu/en/committees/committee-advanced-therapies-cat",
                "bg": "Комитет за модерни терапии (CAT) към EMA (на английски)",
                "en": "EMA Committee for Advanced Therapies (CAT)",
            },
        ],
        "bg": {
            "title": "Модерни терапии (ATMP): какво са и какво не са",
            "summary": "Лекарствените продукти за модерна терапия (ATMP) са лекарства, създадени на основата на гени, клетки или тъкани. В ЕС те са отделна правна категория по Регламент (ЕО) № 1394/2007 и получават разрешение за употреба за целия съюз чрез Европейската агенция по лекарствата (EMA). Много от терапиите, за които се пише, все още са в клинични изпитвания или са одобрени за малки групи пациенти, затова в материала трябва да е ясно кой е продуктът, за кое заболяване е и на какъв етап на изпитване се намира.",
            "sections": [
                heading("Три вида модерни терапии"),
                para(
                    "Европейското законодателство определя три основни вида. Генната терапия внася генетичен материал в клетките на пациента, за да добави, изключи или поправи даден ген; обикновено материалът се пренася от модифициран безвреден вирус, наречен вектор. Соматичната клетъчна терапия използва клетки или тъкани, които са съществено променени в лаборатория или се прилагат, за да изпълняват в организма различна функция от първоначалната. Тъканното инженерство създава клетки или тъкани, предназначени да възстановят, регенерират или заменят човешка тъкан – например хрущял, кожа или части от повърхността на окото."
                ),
                para(
                    "Четвърта група, комбинираните ATMP, съчетават някой от тези продукти с медицинско изделие, например клетки, отгледани върху поддържаща матрица. CAR-T терапиите, които най-често попадат в новините, от правна гледна точка са генни терапии: собствените имунни клетки на пациента (Т-лимфоцити) се събират, в лаборатория се променят така, че да разпознават белтък по повърхността на раковите клетки, и се вливат обратно. В ЕС те са одобрени за някои видове рак на кръвта, най-често след като други лечения не са помогнали."
                ),
                key_facts(
                    "ATMP накратко",
                    "Правна основа: Регламент (ЕО) № 1394/2007, прилаган от 30 декември 2008 г.",
                    "Видове: генна терапия, соматична клетъчна терапия, продукти на тъканното инженерство и комбинирани ATMP",
                    "Разрешение за употреба: една процедура за целия ЕС чрез Европейската агенция по лекарствата",
                    "Научна оценка: Комитетът за модерни терапии (CAT) към EMA",
                    "Болнично изключение: продукт, изработен за конкретен пациент в болница, по национални правила и без разрешение на ЕС",
                ),
                heading("Защо се произвеждат и заплащат трудно"),
                para(
                    "Таблетките се произвеждат в милиони еднакви бройки. Много модерни терапии, напротив, се изработват поотделно за всеки пациент. Клетките трябва да бъдат взети, транспортирани, обработени в чисти помещения при строги изисквания за качество и върнати в болницата в кратък срок. Затова производството е бавно и скъпо, а цените достигат стотици хиляди евро на пациент, при някои генни терапии – и над милион."
                ),
                para(
                    "Тъй като много ATMP са насочени към редки заболявания, клиничните изпитвания зад тях често са малки. Някои продукти стигат до пациентите с условно разрешение за употреба, което задължава компанията да представи още данни след одобрението. Дългосрочното проследяване също е част от условията: хората, лекувани с генна терапия, може да бъдат наблюдавани в продължение на години, защото ефектът – и евентуалните късни нежелани реакции – може да продължи цял живот."
                ),
                figure(
                    "photo-atmp",
                    "Модерните терапии включват генни и клетъчни терапии и продукти на тъканното инженерство.",
                    ILLUSTRATION["bg"],
                ),
                heading("Къде е България"),
                para(
                    "Модерните терапии са един от двата стълба – заедно със здравните данни – на PRECISEU, проект по „Хоризонт Европа“, признат за Регионална иновационна долина за персонализирана медицина. Биотехнологичният и здравен клъстер България е един от 25-те партньори от 12 европейски региона; консорциумът се ръководи от Biocat, биорегиона на Каталуния, а работата започна през юли 2024 г. в Барселона. Целта е регионите да учат един от друг и да разширяват високотехнологичните иновации, основани на ATMP."
                ),
                para(
                    "За българските журналисти най-полезни са практическите въпроси. Кои клинични изпитвания с модерни терапии са отворени за пациенти в България? Кои болници могат да прилагат такова лечение, за което са нужни специални условия и обучени екипи? Как се заплаща лечението в чужбина, когато терапията не е достъпна у нас?"
                ),
                expert_quote(
                    "demo-016",
                    "За пациента първият въпрос не е дали терапията е нова, а дали е изпитана при хора с неговото заболяване. Много от модерните терапии, които влизат в заглавията, са още в ранни клинични изпитвания, а добрият резултат в лабораторията е началото на работата, не краят ѝ.",
                ),
                mistakes(
                    (
                        "Частни клиники предлагат „одобрено лечение със стволови клетки“.",
                        "Малко клетъчни терапии са одобрени в ЕС, а EMA предупреждава изрично за нерегулирани модерни терапии. Лечение, което се продава извън клинично изпитване и без разрешение за употреба, не е доказана терапия – поискайте номера на разрешението или регистрацията на изпитването.",
                    ),
                    (
                        "Всяко лечение с клетки или гени е ATMP.",
                        "Кръвопреливането и стандартната трансплантация на костен мозък или стволови клетки не са ATMP. Категорията обхваща генните терапии и клетките или тъканите, които са съществено обработени или се използват за различна функция.",
                    ),
                    (
                        "Успех при мишки или в първо малко изпитване означава, че лечението скоро ще е налично.",
                        "Ранните резултати показват, че нещо може да действа. По-големите изпитвания, оценката от EMA и решенията за цена и реимбурсиране обикновено отнемат години.",
                    ),
                ),
                para(
                    "Преди публикуване проверете името на продукта, статуса му (в изпитване, с условно или с пълно разрешение за употреба), заболяването и групата пациенти, както и кой финансира изследването. За всяко лекарство, което получава разрешение, EMA публикува оценъчен доклад и резюме, написано за широката публика."
                ),
            ],
        },
        "en": {
            "title": "Advanced therapies (ATMPs): what they are and what they are not",
            "summary": "Advanced therapy medicinal products, or ATMPs, are medicines based on genes, cells or tissues. In the EU they form a separate legal category under Regulation (EC) No 1394/2007 and are authorised for the whole Union through the European Medicines Agency (EMA). Many of the therapies in the news are still in clinical trials or approved for small groups of patients, so a report should always say which product it is, for which disease, and at what stage of testing.",
            "sections": [
                heading("Three kinds of advanced therapy"),
                para(
                    "EU law sets out three main types. A gene therapy brings genetic material into a patient's cells to add, switch off or correct a gene; the material is usually carried by a modified, harmless virus called a vector. A somatic cell therapy uses cells or tissues that have been substantially changed in a laboratory, or that are given to do a different job in the body from the one they did originally. Tissue engineering produces cells or tissues designed to repair, regenerate or replace human tissue, such as cartilage, skin or parts of the surface of the eye."
                ),
                para(
                    "A fourth group, combined ATMPs, joins one of these with a medical device, for example cells grown on a supporting matrix. CAR-T therapies, the advanced therapies that appear most often in the news, are gene therapies in legal terms: a patient's own immune cells, called T cells, are collected, modified in a laboratory so that they recognise a protein on the surface of cancer cells, and infused back. In the EU they are approved for certain blood cancers, mostly after other treatments have failed."
                ),
                key_facts(
                    "ATMPs at a glance",
                    "Legal basis: Regulation (EC) No 1394/2007, applied since 30 December 2008",
                    "Types: gene therapy, somatic cell therapy, tissue-engineered products and combined ATMPs",
                    "Marketing authorisation: one EU-wide procedure through the European Medicines Agency",
                    "Scientific assessment: the EMA's Committee for Advanced Therapies (CAT)",
                    "Hospital exemption: a product made for one patient in a hospital, under national rules and without EU authorisation",
                ),
                heading("Why they are hard to make and to pay for"),
                para(
                    "A tablet is produced in millions of identical units. Many advanced therapies, by contrast, are made for one patient at a time. Cells have to be collected, shipped, processed in clean rooms under strict quality rules and returned to the hospital within a short window. This makes manufacturing slow and costly, and prices reach hundreds of thousands of euros per patient, and for some gene therapies more than a million."
                ),
                para(
                    "Because many ATMPs target rare diseases, the clinical trials behind them are often small. Some products reach patients with a conditional marketing authorisation, which obliges the company to provide more data after approval. Long-term follow-up is part of the deal: people treated with a gene therapy may be monitored for years, because the effect, and any late side effect, can last a lifetime."
                ),
                figure(
                    "photo-atmp",
                    "Advanced therapies include gene therapies, cell therapies and tissue-engineered products.",
                    ILLUSTRATION["en"],
                ),
                heading("Where Bulgaria fits"),
                para(
                    "Advanced therapies are one of the two pillars, together with health data, of PRECISEU, a Horizon Europe project recognised as the Regional Innovation Valley for Personalised Medicine. Health & Life Sciences Cluster Bulgaria is one of its 25 partners from 12 European regions; the consortium is led by Biocat, the BioRegion of Catalonia, and the work started in July 2024 in Barcelona. The aim is for regions to learn from each other and to scale up deep-tech innovation based on ATMPs."
                ),
                para(
                    "For Bulgarian reporters the most useful questions are practical ones. Which clinical trials with advanced therapies are open to patients in Bulgaria? Which hospitals are able to give such treatment, which needs special facilities and trained teams? How is treatment abroad paid for when a therapy is not available at home?"
                ),
                expert_quote(
                    "demo-016",
                    "For a patient, the first question is not whether a therapy is new but whether it has been tested in people with their disease. Many of the advanced therapies that make headlines are still in early clinical trials, and a good result in the laboratory is where the work starts, not where it ends.",
                ),
                mistakes(
                    (
                        "Private clinics offer an “approved stem cell treatment”.",
                        "Few cell therapies are approved in the EU, and the EMA explicitly warns against unregulated advanced therapies. A treatment sold outside a clinical trial and without a marketing authorisation is not a proven therapy: ask for the authorisation number or the trial registration.",
                    ),
                    (
                        "Every treatment that uses cells or genes is an ATMP.",
                        "Blood transfusions and standard bone marrow or stem cell transplants are not ATMPs. The category covers gene therapies and cells or tissues that are substantially processed or used for a different function.",
                    ),
                    (
                        "Success in mice or in a first small trial means the treatment will soon be available.",
                        "Early results show that something may work. Larger trials, review by the EMA and decisions on price and reimbursement usually take years.",
                    ),
                ),
                para(
                    "Before publishing, check the product's name, its status (in trials, with a conditional or a full marketing authorisation), the disease and the patient group, and who paid for the research. For every medicine that is authorised, the EMA publishes an assessment report and a summary written for the public."
                ),
            ],
        },
    },
    {
        "slug": "personalised-medicine",
        "topics": ["personalised-medicine", "epigenetics"],
        "experts": ["demo-036", "demo-007", "demo-001", "demo-020"],
        "reviewer": "demo-036",
        "reviewed": (2026, 9, 22),
        "sources": [
            {
                "url": "https://www.icpermed.eu/",
                "bg": "Международен консорциум за персонализирана медицина ICPerMed (на английски)",
                "en": "International Consortium for Personalised Medicine (ICPerMed)",
            },
            {
                "url": "https://www.genome.gov/genetics-glossary",
                "bg": "Речник на генетичните термини на Националния институт за изследване на човешкия геном, САЩ (на английски)",
                "en": "Talking Glossary of Genomic and Genetic Terms, US National Human Genome Research Institute",
            },
            {
                "url": CLUSTER_SITE,
                "bg": "Биотехнологичен и здравен клъстер България: проекти PRECISEU и VELES",
                "en": "Health & Life Sciences Cluster Bulgaria: the PRECISEU and VELES projects",
            },
        ],
        "bg": {
            "title": "Персонализирана медицина: точното лечение за точния пациент",
            "summary": "Персонализираната медицина, наричана още прецизна медицина, използва информация за конкретния човек – гени, биомаркери, начин на живот и среда, – за да избере как да се предотврати, открие и лекува заболяването. В някои области тя вече е рутина, например при таргетните лекарства срещу рак и при генетичните тестове преди определени медикаменти. Това не е една технология и рядко означава лекарство, създадено само за един човек.",
            "sections": [
                heading("Какво означава „персонализирана“ на практика"),
                para(
                    "Повечето лекарства са разработени и изпитани за средностатистическия пациент, но хората реагират на тях различно. Персонализираната медицина се опитва да предвиди тези разлики. Основният ѝ инструмент е биомаркерът – измерим признак, като генен вариант в тумора, белтък в кръвта или особеност на образно изследване, който подсказва на лекарите коя група пациенти вероятно ще има полза от дадено лечение и коя не."
                ),
                para(
                    "Най-ясните примери идват от онкологията. Жените с рак на гърдата се изследват за белтъка HER2, преди да им бъдат предложени лекарства, насочени срещу него, а туморите на белия дроб се изследват за промени в гени като EGFR, преди да се избере таргетно лечение. Фармакогенетиката прилага същата идея към нежеланите реакции: от 2020 г. Европейската агенция по лекарствата препоръчва изследване за дефицит на ензима DPD, преди пациентите да започнат химиотерапия с флуороурацил или сродни лекарства, защото при липса на ензима може да се стигне до тежка токсичност."
                ),
                key_facts(
                    "Персонализираната медицина накратко",
                    "Нарича се още прецизна медицина; двата термина се използват почти като синоними",
                    "Опира се на биомаркери: генни варианти, белтъци, образи и други измерими признаци",
                    "Най-утвърдена е в онкологията, при редките болести и при дозирането на лекарства",
                    "Зависи от големи количества добре защитени здравни данни",
                    "PRECISEU – проект по „Хоризонт Европа“ с 25 партньори – свързва европейски региони, които работят в тази област; клъстерът е сред партньорите",
                ),
                heading("Гените са само част от историята"),
                para(
                    "Прочитането на целия геном на човек днес е бързо и много по-евтино, отколкото преди двайсет години, но геномът не е прогноза. Повечето чести заболявания, като диабета и сърдечносъдовите болести, зависят от много гени с малък ефект и от начина на живот. Епигенетиката добавя още едно ниво: химични белези като метилирането на ДНК променят кои гени са активни и се изменят с възрастта, храненето, тютюнопушенето и средата. Епигенетичните тестове са обещаващ инструмент за изследвания; българската компания Epix.AI, която работи в тази област, беше сред отличените най-добри спиноф компании на Spinoff Bulgaria 2023."
                ),
                para(
                    "Персонализираната медицина има нужда от данни за много пациенти, не само за един. Изследователите сравняват хиляди геноми, медицински досиета и проби, съхранявани в биобанки, за да разберат кои биомаркери имат значение. Затова областта е тясно свързана с правилата за здравните данни, като Общия регламент относно защитата на данните (GDPR) и новото Европейско пространство за здравни данни. VELES, друг проект по „Хоризонт Европа“ с български партньори, изгражда регионално интелигентно пространство за здравни данни в Югоизточна Европа, като използва големи данни, изкуствен интелект и свързани устройства в подкрепа на персонализираната грижа и на по-точното прогнозиране на заболяванията."
                ),
                figure(
                    "photo-preciseu",
                    "PRECISEU стартира в Барселона на 10–11 юли 2024 г. и свързва региони, които развиват персонализираната медицина.",
                    ILLUSTRATION["bg"],
                ),
                heading("Какво да попитате"),
                para(
                    "Когато нов тест или лечение се представя като персонализирано, попитайте какви доказателства стоят зад него. Изпитано ли е в рандомизирано контролирано изпитване, или само в малка група? Валидиран ли е тестът и прави ли се в акредитирана лаборатория? Заплаща ли го Националната здравноосигурителна каса, или пациентите плащат сами? Кой получава достъп и кой остава извън него? Персонализираните подходи могат да задълбочат неравенството, ако само някои болници и региони са в състояние да ги предложат."
                ),
                expert_quote(
                    "demo-036",
                    "Генетичният тест може да ни покаже, че стандартната доза на дадено лекарство вероятно е твърде силна за конкретния пациент. Това е персонализираната медицина в най-практичния ѝ вид и при някои лекарства срещу рак тя вече е част от рутинната грижа.",
                ),
                mistakes(
                    (
                        "Персонализираната медицина означава лекарство, създадено за един човек.",
                        "Обикновено става дума за избор между съществуващи лечения за група пациенти с общ биомаркер. Наистина индивидуалните продукти, като някои клетъчни терапии, са изключение.",
                    ),
                    (
                        "ДНК тест, купен онлайн, показва от какво ще се разболеете.",
                        "Повечето чести заболявания зависят от много гени и от начина на живот. Такива тестове дават вероятности, а не диагнози, и резултатът трябва да се обсъди с лекар или генетичен консултант.",
                    ),
                    (
                        "Прецизната и персонализираната медицина са различни области.",
                        "Понятията почти напълно се припокриват; „прецизна“ поставя акцент върху разделянето на пациентите на групи, но повечето източници ги използват като синоними.",
                    ),
                ),
                para(
                    "Добрата новина за журналистите е, че много от най-полезните примери не са футуристични. Фармакогенетичен тест преди химиотерапия или изследване на тумора преди таргетно лечение се случват всеки ден в българските болници и могат да бъдат обяснени конкретно, с думите на лекаря и пациента."
                ),
            ],
        },
        "en": {
            "title": "Personalised medicine: the right treatment for the right patient",
            "summary": "Personalised medicine, also called precision medicine, uses information about a particular person – genes, biomarkers, way of life and environment – to choose how to prevent, diagnose and treat disease. In some areas it is already routine, for example with targeted cancer drugs and with genetic tests before certain medicines. It is not a single technology, and it rarely means a drug made for one person only.",
            "sections": [
                heading("What “personalised” means in practice"),
                para(
                    "Most medicines were developed and tested for the average patient, yet people respond to them differently. Personalised medicine tries to predict these differences. Its key tool is the biomarker: a measurable sign, such as a gene variant in a tumour, a protein in the blood or a feature on a scan, that tells doctors which group of patients is likely to benefit from a treatment and which is not."
                ),
                para(
                    "Cancer care offers the clearest examples. Women with breast cancer are tested for the HER2 protein before they are offered drugs that target it, and lung tumours are tested for changes in genes such as EGFR before a targeted treatment is chosen. Pharmacogenetics applies the same idea to side effects: since 2020 the European Medicines Agency has recommended testing for a deficiency of the enzyme DPD before patients start chemotherapy with fluorouracil or related drugs, because patients who lack the enzyme can suffer severe toxicity."
                ),
                key_facts(
                    "Personalised medicine at a glance",
                    "Also called precision medicine; the two terms are used almost as synonyms",
                    "Relies on biomarkers: gene variants, proteins, images and other measurable signs",
                    "Best established in cancer care, rare diseases and drug dosing",
                    "Depends on large amounts of well-protected health data",
                    "PRECISEU, a Horizon Europe project with 25 partners, links European regions working in the field; the cluster is one of the partners",
                ),
                heading("Genes are only part of the story"),
                para(
                    "Reading a person's whole genome is now fast and far cheaper than twenty years ago, but a genome is not a forecast. Most common diseases, such as diabetes and heart disease, depend on many genes with small effects and on how people live. Epigenetics adds another layer: chemical marks such as DNA methylation change which genes are active, and they shift with age, diet, smoking and environment. Epigenetic tests are promising research tools; the Bulgarian company Epix.AI, which works in this field, was among the best spin-offs awarded at Spinoff Bulgaria 2023."
                ),
                para(
                    "Personalised medicine needs data from many patients, not just one. Researchers compare thousands of genomes, medical records and samples stored in biobanks to learn which biomarkers matter. That is why the field is closely tied to the rules on health data, such as the GDPR and the new European Health Data Space. VELES, another Horizon Europe project with Bulgarian partners, is building a regional smart health data space for South-East Europe, using big data, artificial intelligence and connected devices to support personalised care and better disease prediction."
                ),
                figure(
                    "photo-preciseu",
                    "PRECISEU started in Barcelona on 10–11 July 2024 and links regions that are developing personalised medicine.",
                    ILLUSTRATION["en"],
                ),
                heading("Questions to ask"),
                para(
                    "When a new test or treatment is presented as personalised, ask what evidence supports it. Has it been tested in a randomised controlled trial, or only in a small group? Is the test validated and done in an accredited laboratory? Is it paid for by the National Health Insurance Fund, or do patients pay themselves? Who gets access, and who is left out? Personalised approaches can widen inequality if only some hospitals and regions are able to offer them."
                ),
                expert_quote(
                    "demo-036",
                    "A genetic test can tell us that the standard dose of a medicine is probably too strong for a particular patient. That is personalised medicine at its most practical, and for some cancer drugs it is already part of routine care.",
                ),
                mistakes(
                    (
                        "Personalised medicine means a drug made for one person.",
                        "Usually it means choosing among existing treatments for a group of patients who share a biomarker. Truly individual products, such as some cell therapies, are the exception.",
                    ),
                    (
                        "A DNA test bought online shows which diseases you will get.",
                        "Most common diseases depend on many genes and on way of life. Such tests give probabilities, not diagnoses, and the result should be discussed with a doctor or a genetic counsellor.",
                    ),
                    (
                        "Precision medicine and personalised medicine are different fields.",
                        "The terms overlap almost completely; “precision” stresses dividing patients into groups, but most sources use the two as synonyms.",
                    ),
                ),
                para(
                    "The good news for journalists is that many of the most useful examples are not futuristic. A pharmacogenetic test before chemotherapy, or testing a tumour before targeted treatment, happens every day in Bulgarian hospitals and can be explained concretely, in the words of the doctor and the patient."
                ),
            ],
        },
    },
    {
        "slug": "clinical-trial-phases",
        "topics": ["clinical-trials", "bioethics"],
        "experts": ["demo-002", "demo-022", "demo-031", "demo-036"],
        "reviewer": "demo-002",
        "reviewed": (2026, 10, 2),
        "sources": [
            {
                "url": EUR_LEX_CTR,
                "bg": "Регламент (ЕС) № 536/2014 относно клиничните изпитвания на лекарствени продукти за хуманна употреба (EUR-Lex)",
                "en": "Regulation (EU) No 536/2014 on clinical trials on medicinal products for human use (EUR-Lex)",
            },
            {
                "url": "https://euclinicaltrials.eu/",
                "bg": "Информационна система за клинични изпитвания (CTIS): публично търсене",
                "en": "Clinical Trials Information System (CTIS): public search",
            },
            {
                "url": "https://www.ich.org/page/efficacy-guidelines",
                "bg": "Международен съвет за хармонизация (ICH): насоки за ефикасност и добра клинична практика (на английски)",
                "en": "International Council for Harmonisation (ICH): efficacy and Good Clinical Practice guidelines",
            },
        ],
        "bg": {
            "title": "Фази на клиничните изпитвания: от първия доброволец до ежедневната практика",
            "summary": "Преди да стигне до пациентите, новото лекарство преминава през предклинични изследвания, а след това през клинични изпитвания с хора, обикновено в четири фази. Всяка фаза отговаря на различен въпрос: безопасно ли е, в каква доза, действа ли по-добре от сегашното лечение и какво се случва при ежедневна употреба. В ЕС клиничните изпитвания се уреждат от Регламент (ЕС) № 536/2014 и се вписват в публичен регистър.",
            "sections": [
                heading("Преди първия пациент: предклинични изследвания"),
                para(
                    "Кандидатът за лекарство първо се изучава върху клетки, тъкани и животни. Предклиничните изследвания проследяват как действа веществото, как се усвоява и извежда от организма и при какви дози става токсично. Само малка част от кандидатите са достатъчно обещаващи и безопасни, за да бъдат изпитани при хора. Опитите с животни в ЕС са строго регулирани и изследователите трябва да покажат, че навсякъде, където е възможно, са заменили, намалили и усъвършенствали използването на животни."
                ),
                heading("Четирите фази"),
                bullets(
                    "Фаза 1: първо приложение при хора, обикновено при няколко десетки здрави доброволци, а при лекарствата срещу рак – при пациенти. Основните въпроси са безопасността, подходящата доза и как организмът обработва лекарството.",
                    "Фаза 2: до няколкостотин пациенти със съответното заболяване. Има ли признаци, че лекарството действа, в каква доза и с какви нежелани реакции?",
                    "Фаза 3: от стотици до хиляди пациенти, често в много държави. Лекарството се сравнява с плацебо или с най-доброто налично лечение. Положителните резултати са основа за заявление за разрешение за употреба.",
                    "Фаза 4: проучвания след одобрението, в ежедневната практика, които търсят редки или дългосрочни нежелани реакции и сравняват лекарството с други.",
                ),
                figure(
                    "chart-trial-phases",
                    "Илюстративна графика: клиничните изпитвания растат от няколко десетки души във фаза 1 до хиляди във фаза 3.",
                    MEDIA_CENTER["bg"],
                ),
                para(
                    "Фазите не винаги са отделни. Някои изпитвания съчетават фаза 1 и фаза 2, а при редките болести решаващото изпитване може да включва само няколко десетки пациенти, защото просто няма повече. Медицинските изделия следват свой път: те се изпитват в клинични изпитвания по Регламента за медицинските изделия, без номерираните фази на лекарствата."
                ),
                heading("Как се изгражда честен тест"),
                para(
                    "Най-силните доказателства идват от рандомизираното контролирано изпитване. Пациентите се разпределят към новото лечение или към контролна група по случаен принцип, така че групите да са сходни, и често нито пациентите, нито лекарите знаят кой какво получава (заслепяване). Плацебо се използва само когато това е етически допустимо; при тежки заболявания контролната група обикновено получава най-доброто стандартно лечение. Всяко изпитване трябва да спазва добрата клинична практика, да е одобрено от комисия по етика и от националния регулаторен орган и може да включва само хора, дали информирано съгласие."
                ),
                para(
                    "В ЕС възложителите подават заявленията си чрез Информационната система за клинични изпитвания (CTIS). Едно заявление обхваща всички държави членки, в които ще се провежда изпитването, а основните документи и резултати стават публични. В България националният орган е Изпълнителната агенция по лекарствата. Биотехнологичният и здравен клъстер България е организирал форум за възможностите страната да се превърне в европейски център за предклинични изследвания и за изпитвания във всичките четири фази."
                ),
                key_facts(
                    "Клиничните изпитвания в ЕС",
                    "Правна основа: Регламент (ЕС) № 536/2014, прилаган от 31 януари 2022 г.",
                    "От 31 януари 2025 г. всички текущи изпитвания в ЕС се провеждат по регламента",
                    "Заявления и публична информация: CTIS, на адрес euclinicaltrials.eu",
                    "Никое изпитване не може да започне без положително становище на комисия по етика и информирано съгласие на участниците",
                    "След края на изпитването се публикува резюме на резултатите, включително разбираемо за неспециалисти",
                ),
                expert_quote(
                    "demo-002",
                    "Когато в прессъобщение пише, че лекарство действа, питам три неща: в коя фаза, в сравнение с какво и при колко пациенти. Резултат от фаза 2 при четиридесет души е добра причина за по-голямо изпитване, а не за заглавие за излекуване.",
                ),
                mistakes(
                    (
                        "„Изпитване във фаза 3 доказа, че лекарството действа“ – написано, преди да има резултати.",
                        "Изпитването във фаза 3 проверява дали лекарството действа. При старта съобщете дизайна и целите му, а за резултата изчакайте публикувани данни – за предпочитане в рецензирано научно списание, а не само прессъобщение или препринт.",
                    ),
                    (
                        "Пациентите в групата с плацебо са лишени от лечение.",
                        "В повечето изпитвания при тежки заболявания контролната група получава най-доброто стандартно лечение; плацебо се добавя или използва самостоятелно само когато това е етически допустимо.",
                    ),
                    (
                        "Участниците са опитни зайчета без права.",
                        "Участието е доброволно, изисква информирано съгласие, може да бъде прекратено по всяко време без обяснение и е под надзора на комисия по етика и на националния регулаторен орган.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "Clinical trial phases: from the first volunteer to everyday use",
            "summary": "Before a new medicine reaches patients, it passes through preclinical research and then through clinical trials in people, usually in four phases. Each phase answers a different question: is it safe, at what dose, does it work better than current treatment, and what happens in everyday use? In the EU, clinical trials are governed by Regulation (EU) No 536/2014 and are listed in a public register.",
            "sections": [
                heading("Before the first patient: preclinical research"),
                para(
                    "A candidate medicine is first studied in cells, tissues and animals. Preclinical studies look at how the substance acts, how it is absorbed and removed from the body, and at which doses it becomes toxic. Only a small share of candidates is promising and safe enough to be tried in people. Animal studies are tightly regulated in the EU, and researchers must show that they have replaced, reduced and refined the use of animals wherever possible."
                ),
                heading("The four phases"),
                bullets(
                    "Phase 1: the first use in people, usually in a few dozen healthy volunteers or, for cancer drugs, in patients. The main questions are safety, the right dose and how the body handles the medicine.",
                    "Phase 2: up to a few hundred patients with the disease. Does the medicine show signs that it works, at what dose, and with which side effects?",
                    "Phase 3: hundreds to thousands of patients, often in many countries. The medicine is compared with a placebo or with the best existing treatment. Positive results support an application for marketing authorisation.",
                    "Phase 4: studies after approval, in everyday practice, which look for rare or long-term side effects and compare the medicine with others.",
                ),
                figure(
                    "chart-trial-phases",
                    "Illustrative chart: clinical trials grow from a few dozen people in phase 1 to thousands in phase 3.",
                    MEDIA_CENTER["en"],
                ),
                para(
                    "The phases are not always separate. Some trials combine phase 1 and phase 2, and in rare diseases the decisive trial may include only a few dozen patients, because there are simply no more. Medical devices follow their own route: they are tested in clinical investigations under the Medical Devices Regulation rather than in the numbered phases used for medicines."
                ),
                heading("How a fair test is built"),
                para(
                    "The strongest evidence comes from the randomised controlled trial. Patients are assigned to the new treatment or to a control group by chance, so that the groups are alike, and often neither the patients nor the doctors know who receives what (blinding). A placebo is used only when this is ethically acceptable; in serious diseases the control group usually receives the best standard treatment. Every trial must follow Good Clinical Practice, must be approved by an ethics committee and the national regulator, and may include only people who have given informed consent."
                ),
                para(
                    "In the EU, sponsors apply through the Clinical Trials Information System (CTIS). One application covers all the member states in which a trial will run, and the main documents and results become public. In Bulgaria the national authority is the Bulgarian Drug Agency. Health & Life Sciences Cluster Bulgaria has held a forum on how the country could become a European hub for preclinical research and for trials in all four phases."
                ),
                key_facts(
                    "Clinical trials in the EU",
                    "Legal basis: Regulation (EU) No 536/2014, applied since 31 January 2022",
                    "Since 31 January 2025 all ongoing trials in the EU run under the Regulation",
                    "Applications and public information: CTIS, at euclinicaltrials.eu",
                    "No trial may start without an ethics committee's positive opinion and the participants' informed consent",
                    "After a trial ends, a summary of its results is published, including one for laypeople",
                ),
                expert_quote(
                    "demo-002",
                    "When a press release says that a medicine works, I ask three things: in which phase, compared with what, and in how many patients? A phase 2 result in forty people is a good reason for a larger trial, not for a headline about a cure.",
                ),
                mistakes(
                    (
                        "“Phase 3 trial proves the drug works”, written before any results exist.",
                        "A phase 3 trial tests whether the medicine works. When it starts, report its design and aims; for the outcome, wait for published data, ideally in a peer-reviewed journal rather than only a press release or a preprint.",
                    ),
                    (
                        "Patients in the placebo group are denied treatment.",
                        "In most trials of serious diseases the control group receives the best standard treatment; a placebo is added, or used alone, only when this is ethically acceptable.",
                    ),
                    (
                        "Participants are guinea pigs without rights.",
                        "Taking part is voluntary, requires informed consent, can be stopped at any time without explanation, and is supervised by an ethics committee and the national regulator.",
                    ),
                ),
            ],
        },
    },
    {
        "slug": "spin-offs-technology-transfer",
        "topics": ["technology-transfer", "innovation-ecosystems"],
        "experts": ["demo-010", "demo-018", "demo-032"],
        "reviewer": "demo-010",
        "reviewed": (2026, 9, 8),
        "sources": [
            {
                "url": SPINOFF_SITE,
                "bg": "Spinoff Bulgaria: конференция и инициатива за 100 спиноф компании до 2030 г.",
                "en": "Spinoff Bulgaria: the conference and the initiative for 100 spin-offs by 2030",
            },
            {
                "url": "https://www.oxentia.com/",
                "bg": "Oxentia – оксфордската компания за иновации и комерсиализация (на английски)",
                "en": "Oxentia, Oxford's global innovation and commercialisation consultancy",
            },
            {
                "url": "https://www.wipo.int/patents/en/",
                "bg": "Световна организация за интелектуална собственост: патенти (на английски)",
                "en": "World Intellectual Property Organization: patents",
            },
        ],
        "bg": {
            "title": "Спиноф компании и трансфер на технологии: как науката става бизнес",
            "summary": "Трансферът на технологии е пътят, по който знанията от университетите и научните институти стигат до компаниите и пациентите: чрез лицензи, съвместни проекти или нови фирми. Спиноф компанията се създава, за да развие резултати от научни изследвания на университет, институт или корпорация. В България инициативата Spinoff Bulgaria си поставя за цел 100 нови спиноф компании до 2030 г.; в материала трябва да е ясно на какво изследване се основава компанията и на какъв етап е.",
            "sections": [
                heading("Три пътя от лабораторията до пазара"),
                bullets(
                    "Лицензиране: компания плаща за правото да използва патент или ноу-хау, често с първоначална сума и с възнаграждение (роялти) върху продажбите.",
                    "Договорни и съвместни изследвания: компания финансира работата на университетски екип или участва в нея, като предварително се договаря кой притежава резултатите.",
                    "Спиноф компания: изследователите, често заедно с институцията си като съдружник, създават нова фирма, която да развие изобретението и да привлече инвестиции.",
                ),
                para(
                    "Повечето от тези пътища започват със защитата на изобретението. Патентът дава на притежателя си изключителното право да използва изобретението, обикновено до 20 години, срещу това да публикува как то работи. Времето е важно: в Европа изобретение, описано в статия или на конференция преди подаването на патентна заявка, обикновено вече не може да бъде патентовано. Затова изследователите, които искат и да публикуват, и да патентоват, трябва да планират и двете."
                ),
                heading("С какво се занимава офисът за технологичен трансфер"),
                para(
                    "Университетите и институтите, които се отнасят сериозно към трансфера, поддържат офис за технологичен трансфер. Служителите му откриват обещаващите резултати, решават дали да се подаде патентна заявка, търсят компании, които биха взели лиценз, и помагат на изследователите да създадат спиноф компании. Капацитетът на отделните институции е много различен и много малки екипи разчитат на външна помощ. Биотехнологичният и здравен клъстер България работи по дигитална платформа за трансфер на технологии, която да свързва науката с инвеститорите чрез данни и анализи, и има партньорство с Oxentia – оксфордската компания за управление на иновации и комерсиализация на технологии, която работи в над 70 държави."
                ),
                key_facts(
                    "Spinoff Bulgaria",
                    "Цел: 100 нови технологични компании от науката, университетите и корпорациите до 2030 г.",
                    "Създадена от Биотехнологичния и здравен клъстер България, Клъстер Изкуствен интелект България и Venrize; ISTEB е съорганизатор",
                    "Второ издание: 28–29 септември 2023 г., София; трето: 20–21 юни 2024 г., София Тех Парк",
                    "„Най-добър български Spinoff“ 2023: Epix.AI, Kelvin Health, Hemokin Pharmaceuticals, Barin Sports, BullCharge и MatriChem",
                ),
                fact_sheet("cluster-in-figures"),
                heading("Инкубатори, венчър билдъри и инвеститори"),
                para(
                    "На младата спиноф компания ѝ трябва повече от патент. Инкубаторът предлага лабораторни площи, споделено оборудване, предначално финансиране, бизнес съвети и помощ с интелектуалната собственост. Венчър билдърът отива по-далеч: той създава компании систематично и работи едновременно по пет неща – намира идеи, изгражда екипи, привлича капитал, помага в управлението и осигурява общи услуги. БиоЦентър София, съвместна инициатива на клъстера, Столичната община и София Тех Парк, има за цел да събере тази подкрепа на едно място."
                ),
                para(
                    "Инвеститорите идват на етапи: първо бизнес ангели и фондове за начално финансиране, по-късно рисков капитал, а често и индустриален партньор, който лицензира продукта или купува компанията. Изграждането на постоянен поток от спиноф компании отнема години последователни усилия на университетите, държавата и инвеститорите и няма преки пътища."
                ),
                figure(
                    "photo-spinoff-2023",
                    "Spinoff Bulgaria 2023 се проведе в София на 28–29 септември 2023 г. като част от Европейската седмица на биотехнологиите.",
                    ILLUSTRATION["bg"],
                ),
                expert_quote(
                    "demo-010",
                    "Най-трудната стъпка обикновено не е науката, а първото споразумение между изследователите и университета: кой какво притежава, кой какво прави и как институцията участва в успеха. Когато това е ясно отрано, инвеститорите приемат екипа сериозно.",
                ),
                mistakes(
                    (
                        "Всеки стартъп, основан от учен, е спиноф компания.",
                        "Спиноф компанията се основава на резултати или интелектуална собственост на институция, обикновено по споразумение с нея. Фирма на учен без такава връзка е просто стартъп.",
                    ),
                    (
                        "Патент означава, че продуктът е на път.",
                        "Патентът защитава изобретение; повечето патенти никога не стават продукти. Попитайте дали е лицензиран, на кого и докъде е стигнала разработката.",
                    ),
                    (
                        "Университетът губи, когато изследователите му създадат компания.",
                        "Университетите обикновено запазват дял, получават приходи от лицензи или продължават сътрудничеството, а много учени остават на академичните си позиции. Правилата са различни във всяка институция и трябва да се проверят.",
                    ),
                ),
                para(
                    "Когато пишете за спиноф компания, попитайте на чие изследване се основава тя и кой притежава интелектуалната собственост, дали има лицензионно споразумение с университета, колко пари е привлякла и от кого, какъв е продуктът и колко е далеч от пазара, и дали изследователите продължават да работят в своята институция. Отговорите показват дали става дума за истински трансфер на технологии, или за обещание."
                ),
            ],
        },
        "en": {
            "title": "Spin-offs and technology transfer: how research becomes a business",
            "summary": "Technology transfer is the route by which knowledge from universities and research institutes reaches companies and patients: through licences, joint projects or new companies. A spin-off is a company set up to develop research results from a university, an institute or a corporation. In Bulgaria the Spinoff Bulgaria initiative aims at 100 new spin-offs by 2030; a report should make clear which research a company is built on and what stage it has reached.",
            "sections": [
                heading("Three routes from the lab to the market"),
                bullets(
                    "Licensing: a company pays for the right to use a patent or know-how, often with an upfront sum and royalties on sales.",
                    "Contract and collaborative research: a company funds or shares the work of a university team, and who owns the results is agreed in advance.",
                    "A spin-off: researchers, often with their institution as a shareholder, set up a new company to take the invention further and raise investment.",
                ),
                para(
                    "Most of these routes start with protecting the invention. A patent gives its owner the exclusive right to use an invention, usually for up to 20 years, in exchange for publishing how it works. Timing matters: in Europe an invention described in a paper or at a conference before the patent application is filed can usually no longer be patented. Researchers who want both to publish and to patent therefore have to plan both."
                ),
                heading("What a technology transfer office does"),
                para(
                    "Universities and institutes that take transfer seriously run a technology transfer office. Its staff spot promising results, decide whether to file a patent application, look for companies that might take a licence and help researchers to set up spin-offs. Capacity differs widely between institutions, and many small teams rely on outside help. Health & Life Sciences Cluster Bulgaria has worked on a digital technology transfer platform that would link research with investors through data and analysis, and has a partnership with Oxentia, Oxford's global innovation and technology commercialisation consultancy, which works in more than 70 countries."
                ),
                key_facts(
                    "Spinoff Bulgaria",
                    "Goal: 100 new technology companies from science, universities and corporations by 2030",
                    "Created by Health & Life Sciences Cluster Bulgaria, AI Cluster Bulgaria and Venrize; ISTEB co-organises",
                    "Second edition: 28–29 September 2023, Sofia; third: 20–21 June 2024, Sofia Tech Park",
                    "Best Bulgarian Spinoff 2023: Epix.AI, Kelvin Health, Hemokin Pharmaceuticals, Barin Sports, BullCharge and MatriChem",
                ),
                fact_sheet("cluster-in-figures"),
                heading("Incubators, venture builders and investors"),
                para(
                    "A young spin-off needs more than a patent. An incubator offers lab space, shared equipment, pre-seed money, business advice and help with intellectual property. A venture builder goes further: it creates companies systematically and works on five things at once – finding ideas, building teams, raising capital, helping to run the ventures and providing shared services. BioCenter Sofia, a joint initiative of the cluster, Sofia Municipality and Sofia Tech Park, is meant to bring this kind of support together in one place."
                ),
                para(
                    "Investors come in stages: business angels and seed funds first, venture capital later, and often an industry partner that licenses the product or buys the company. Building a steady flow of spin-offs takes years of consistent effort from universities, government and investors, and there are no shortcuts."
                ),
                figure(
                    "photo-spinoff-2023",
                    "Spinoff Bulgaria 2023 took place in Sofia on 28–29 September 2023, as part of European Biotech Week.",
                    ILLUSTRATION["en"],
                ),
                expert_quote(
                    "demo-010",
                    "The hardest step is usually not the science but the first agreement between the researchers and their university: who owns what, who does what, and how the institution shares in success. When that is clear early on, investors take the team seriously.",
                ),
                mistakes(
                    (
                        "Every start-up founded by a scientist is a spin-off.",
                        "A spin-off is built on research results or intellectual property of an institution, usually under an agreement with it. A scientist's company without such a link is simply a start-up.",
                    ),
                    (
                        "A patent means a product is on the way.",
                        "A patent protects an invention; most patents never become products. Ask whether it has been licensed, to whom, and how far development has got.",
                    ),
                    (
                        "A university loses out when its researchers start a company.",
                        "Universities usually keep a stake, earn licence income or continue to collaborate, and many scientists keep their academic posts. The rules differ between institutions and should be checked.",
                    ),
                ),
                para(
                    "When writing about a spin-off, ask whose research it is built on and who owns the intellectual property, whether there is a licence agreement with the university, how much money it has raised and from whom, what the product is and how far it is from the market, and whether the researchers still work at their institution. The answers show whether this is real technology transfer or a promise."
                ),
            ],
        },
    },
    {
        "slug": "eu-ai-act-health",
        "topics": ["ai-in-health", "medical-devices"],
        "experts": ["demo-026", "demo-005", "demo-038"],
        "reviewer": "demo-026",
        "reviewed": (2026, 10, 28),
        "sources": [
            {
                "url": EUR_LEX_AI_ACT,
                "bg": "Регламент (ЕС) 2024/1689 – Акт за изкуствения интелект (EUR-Lex)",
                "en": "Regulation (EU) 2024/1689, the Artificial Intelligence Act (EUR-Lex)",
            },
            {
                "url": "https://digital-strategy.ec.europa.eu/en/policies/regulatory-framework-ai",
                "bg": "Европейска комисия: регулаторната рамка за изкуствения интелект (на английски)",
                "en": "European Commission: the regulatory framework for AI",
            },
            {
                "url": EUR_LEX_MDR,
                "bg": "Регламент (ЕС) 2017/745 за медицинските изделия (EUR-Lex)",
                "en": "Regulation (EU) 2017/745 on medical devices (EUR-Lex)",
            },
        ],
        "bg": {
            "title": "Актът за изкуствения интелект и здравеопазването: какво се променя за медицинския ИИ",
            "summary": "Актът за изкуствения интелект на ЕС, Регламент (ЕС) 2024/1689, е в сила от 1 август 2024 г. и поставя изисквания според риска. Изкуственият интелект, който е част от медицинско изделие и подлежи на оценка от нотифициран орган, е високорискова система с ИИ. За тези системи актът добавя задължения към правилата за медицинските изделия, без да ги заменя; след промяна, приета през 2026 г., те се прилагат от 2 август 2028 г.",
            "sections": [
                heading("Закон, изграден върху нива на риск"),
                para(
                    "Актът не регулира технологията като такава, а начините, по които се използва изкуственият интелект. Кратък списък от практики, смятани за неприемливи, като социалното оценяване на хората или манипулацията, която използва уязвимостта им, е забранен от 2 февруари 2025 г. Високорисковите системи могат да се използват, но трябва да отговарят на строги изисквания. Системите с ограничен риск, например чатботовете, трябва да съобщават на хората, че общуват с машина. Всичко останало – от филтрите за спам до повечето офис програми – няма нови задължения. От 2 август 2025 г. има правила и за доставчиците на модели на ИИ с общо предназначение – големите модели зад популярните чат асистенти."
                ),
                heading("Кога медицинският ИИ е високорисков?"),
                para(
                    "В здравеопазването решаваща е връзката с Регламента за медицинските изделия (MDR) и Регламента за медицинските изделия за инвитро диагностика (IVDR). Софтуерът, който помага за диагностика, наблюдение или лечение на пациенти, обикновено е медицинско изделие. Ако е така и ако изделието трябва да бъде проверено от нотифициран орган, преди да получи маркировка CE, вграденият в него ИИ е високорисков по смисъла на акта. Според MDR повечето софтуерни продукти за диагностика и подкрепа на лечението попадат в клас, който изисква такава проверка, затова повечето клинични инструменти с ИИ ще бъдат високорискови. Актът посочва и други високорискови приложения, сред които ИИ за триаж на пациенти в спешната помощ и за преценка кой има право на публични здравни услуги."
                ),
                key_facts(
                    "Актът за ИИ и здравеопазването",
                    "Регламент (ЕС) 2024/1689, в сила от 1 август 2024 г.",
                    "Забраните за неприемливи практики се прилагат от 2 февруари 2025 г., а общите правила – от 2 август 2026 г.",
                    "Високорисковите системи с ИИ в продукти като медицинските изделия: от 2 август 2028 г.; самостоятелните високорискови системи, например за спешен триаж: от 2 декември 2027 г.",
                    "Задължения при висок риск: управление на риска, качество на данните, техническа документация, регистриране на събития, човешки надзор, точност и киберсигурност",
                    "Една оценка на съответствието и една маркировка CE обхващат и правилата за изделията, и акта",
                ),
                para(
                    "Задълженията засягат две групи. Доставчиците – компаниите, които разработват системата – трябва да управляват рисковете през целия ѝ жизнен цикъл, да я обучават и изпитват с данни, които са подходящи и възможно най-малко засегнати от грешки и пристрастия, да документират как работи и да пазят записи. Внедрителите, например болниците, трябва да използват системата според инструкциите, да възложат човешкия надзор на обучени служители, да пазят генерираните от нея записи и да съобщават за сериозни инциденти."
                ),
                figure(
                    "chart-ai-act-timeline",
                    "Илюстративна графика: актът за ИИ се прилага поетапно от 2025 до 2028 г.",
                    "Медиен център по Регламент (ЕС) 2024/1689",
                    EUR_LEX_AI_ACT,
                ),
                heading("Датите бяха отложени"),
                para(
                    "Първоначално задълженията за високорисковия ИИ в медицинските изделия трябваше да се прилагат от 2 август 2027 г. През ноември 2025 г. Европейската комисия предложи пакет за опростяване на цифровото законодателство, известен като „Дигитален омнибус“, а през юни 2026 г. Европейският парламент и Съветът приеха промени в акта: срокът за ИИ в продукти като медицинските изделия беше преместен на 2 август 2028 г., а за самостоятелните високорискови системи – на 2 декември 2027 г. Медицинските изделия с ИИ остават обхванати и от двата закона. Преди да цитирате дата, проверете консолидирания текст в EUR-Lex."
                ),
                para(
                    "Актът действа заедно с други закони. Общият регламент относно защитата на данните (GDPR) продължава да урежда личните данни, с които се обучава и работи медицинският ИИ, а Европейското пространство за здравни данни определя условията за повторното им използване при разработката му. Регулацията, включително актът за ИИ, актът за данните и етиката, е едно от стратегическите направления на Биотехнологичния и здравен клъстер България, който работи в тясно партньорство с Клъстер Изкуствен интелект България."
                ),
                fact_sheet("eu-health-rules"),
                expert_quote(
                    "demo-026",
                    "За болницата актът за ИИ не е въпрос само на доставчика. Болницата решава кой надзирава системата, как се обучава персоналът и какво се случва, когато софтуерът и лекарят не са на едно мнение. Тези решения трябва да са записани, преди инструментът да бъде включен.",
                ),
                mistakes(
                    (
                        "Актът за ИИ забранява изкуствения интелект в медицината.",
                        "Той забранява само кратък списък от практики, сред които няма обичайна клинична употреба. Медицинският ИИ е разрешен, но когато е високорисков, трябва да отговаря на строги изисквания.",
                    ),
                    (
                        "Досега ИИ в болниците не е бил регулиран.",
                        "Софтуерът с медицинско предназначение и досега се регулира като медицинско изделие по MDR и IVDR; актът за ИИ добавя специфични изисквания към тях.",
                    ),
                    (
                        "Всички правила на акта вече се прилагат.",
                        "Актът се прилага на етапи; за високорисковия ИИ в медицинските изделия основните задължения идват последни – от 2 август 2028 г.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "The EU AI Act and health: what changes for medical AI",
            "summary": "The EU Artificial Intelligence Act, Regulation (EU) 2024/1689, has been in force since 1 August 2024 and sets requirements according to risk. AI that is part of a medical device and must be assessed by a notified body is a high-risk AI system. For such systems the AI Act adds duties to the medical device rules rather than replacing them; after an amendment adopted in 2026, these duties apply from 2 August 2028.",
            "sections": [
                heading("A law built on levels of risk"),
                para(
                    "The AI Act does not regulate the technology as such but the ways AI is used. A short list of practices judged unacceptable, such as social scoring of people or manipulation that exploits their vulnerabilities, has been banned since 2 February 2025. High-risk systems may be used but must meet strict requirements. Systems with limited risk, such as chatbots, must tell people that they are dealing with a machine. Everything else, from spam filters to most office software, has no new obligations. Since 2 August 2025 there have also been rules for providers of general-purpose AI models, the large models behind popular chat assistants."
                ),
                heading("When is medical AI high-risk?"),
                para(
                    "In health the decisive link is with the Medical Devices Regulation (MDR) and the In Vitro Diagnostic Medical Devices Regulation (IVDR). Software that helps to diagnose, monitor or treat patients is usually a medical device. If it is, and if the device must be checked by a notified body before it can carry the CE marking, the AI in it is high-risk under the AI Act. Under the MDR most diagnostic and treatment-support software falls into a class that needs such a check, so most clinical AI tools will be high-risk. The Act also lists other high-risk uses, among them AI for triage of patients in emergency care and for deciding who is eligible for public health services."
                ),
                key_facts(
                    "The AI Act and health",
                    "Regulation (EU) 2024/1689, in force since 1 August 2024",
                    "Bans on unacceptable practices apply since 2 February 2025, the general rules from 2 August 2026",
                    "High-risk AI systems in products such as medical devices: from 2 August 2028; stand-alone high-risk systems, such as emergency triage: from 2 December 2027",
                    "High-risk duties: risk management, data quality, technical documentation, logging, human oversight, accuracy and cybersecurity",
                    "One conformity assessment and one CE marking cover both the device rules and the Act",
                ),
                para(
                    "The duties fall on two groups. Providers, the companies that develop the system, must manage risks across its life cycle, train and test it on data that are relevant and as free of errors and bias as possible, document how it works and keep records. Deployers, such as hospitals, must use the system according to its instructions, give human oversight to trained staff, keep the logs it produces and report serious incidents."
                ),
                figure(
                    "chart-ai-act-timeline",
                    "Illustrative chart: the AI Act applies in stages from 2025 to 2028.",
                    "Media Center, based on Regulation (EU) 2024/1689",
                    EUR_LEX_AI_ACT,
                ),
                heading("The dates were pushed back"),
                para(
                    "Originally, the duties for high-risk AI in medical devices were to apply from 2 August 2027. In November 2025 the European Commission proposed a package to simplify EU digital law, known as the Digital Omnibus, and in June 2026 the European Parliament and the Council adopted changes to the Act: the deadline for AI in products such as medical devices moved to 2 August 2028, and for stand-alone high-risk systems to 2 December 2027. Medical devices with AI remain covered by both laws. Before quoting a date, check the consolidated text on EUR-Lex."
                ),
                para(
                    "The Act works alongside other laws. The GDPR still governs the personal data used to train and run medical AI, and the European Health Data Space sets the conditions for re-using health data to develop it. Regulation, including the AI Act, the Data Act and ethics, is one of the strategic directions of Health & Life Sciences Cluster Bulgaria, which works closely with AI Cluster Bulgaria."
                ),
                fact_sheet("eu-health-rules"),
                expert_quote(
                    "demo-026",
                    "For a hospital, the AI Act is not only the supplier's business. The hospital decides who supervises the system, how staff are trained and what happens when the software and the doctor disagree. Those decisions should be written down before the tool is switched on.",
                ),
                mistakes(
                    (
                        "The AI Act bans artificial intelligence in medicine.",
                        "It bans only a short list of practices, none of which is normal clinical use. Medical AI is allowed but, when it is high-risk, must meet strict requirements.",
                    ),
                    (
                        "AI in hospitals has been unregulated until now.",
                        "Software with a medical purpose has long been regulated as a medical device under the MDR and IVDR; the AI Act adds AI-specific requirements on top.",
                    ),
                    (
                        "All the rules of the AI Act already apply.",
                        "The Act applies in stages; for high-risk AI in medical devices the main duties come last, from 2 August 2028.",
                    ),
                ),
            ],
        },
    },
    {
        "slug": "research-ethics",
        "topics": ["bioethics", "clinical-trials"],
        "experts": ["demo-022", "demo-013", "demo-002"],
        "reviewer": "demo-022",
        "reviewed": (2026, 8, 27),
        "sources": [
            {
                "url": "https://www.wma.net/policies-post/wma-declaration-of-helsinki/",
                "bg": "Световна медицинска асоциация: Декларация от Хелзинки (на английски)",
                "en": "World Medical Association: Declaration of Helsinki",
            },
            {
                "url": "https://www.coe.int/en/web/bioethics/oviedo-convention",
                "bg": "Съвет на Европа: Конвенцията от Овиедо за правата на човека и биомедицината (на английски)",
                "en": "Council of Europe: the Oviedo Convention on Human Rights and Biomedicine",
            },
            {
                "url": EUR_LEX_CTR,
                "bg": "Регламент (ЕС) № 536/2014 относно клиничните изпитвания (EUR-Lex)",
                "en": "Regulation (EU) No 536/2014 on clinical trials (EUR-Lex)",
            },
        ],
        "bg": {
            "title": "Етика на научните изследвания: как се защитават хората и животните в проучванията",
            "summary": "Етиката на изследванията определя как проучванията трябва да се отнасят към хората и животните, които участват в тях: с уважение към решенията им, с рискове, съразмерни на очакваната полза, със справедлив подбор и със защитена лична информация. Основните документи са Декларацията от Хелзинки, последно преработена през 2024 г., Конвенцията от Овиедо на Съвета на Европа и правото на ЕС за клиничните изпитвания и данните. Независими комисии по етика проверяват изследванията, преди да започнат.",
            "sections": [
                heading("Откъде идват правилата"),
                para(
                    "Съвременната етика на изследванията се ражда като отговор на злоупотреби. Нюрнбергският кодекс от 1947 г. е формулиран след процеса срещу лекари, провеждали опити върху затворници в нацистките лагери. През 1964 г. Световната медицинска асоциация приема Декларацията от Хелзинки, която лекарите и комисиите по етика по света използват и днес и която беше преработена за последно през 2024 г. Конвенцията за правата на човека и биомедицината на Съвета на Европа, подписана в Овиедо през 1997 г. и ратифицирана от България, превръща много от тези принципи в задължително международно право."
                ),
                bullets(
                    "Уважение към личността: хората сами решават дали да участват, а тези, които не могат да решат, като малките деца, получават допълнителна защита.",
                    "Полза и вреда: рисковете трябва да са възможно най-малки и оправдани от стойността на знанието или от очакваната полза.",
                    "Справедливост: тежестите и ползите от изследванията се разпределят честно и никоя група не се включва само защото е лесно достъпна.",
                    "Поверителност: личните и здравните данни, събрани в проучването, са защитени и се използват само за съгласуваните цели.",
                ),
                heading("Какво означава информирано съгласие"),
                para(
                    "Информираното съгласие е практическият израз на уважението към личността. Преди да се включи в проучване, човек трябва да получи ясна информация на разбираем език за целта, процедурите, рисковете, възможните ползи и алтернативите и да има време да зададе въпросите си. Съгласието се дава свободно и писмено и може да бъде оттеглено по всяко време, без обяснение и без да се губи правото на обичайно лечение. За децата съгласие дават родителите, като доколкото е възможно се търси и мнението на самото дете; специални правила има за спешните изследвания, при които пациентът е в безсъзнание и решението не може да чака."
                ),
                heading("Кой проверява: комисиите по етика"),
                para(
                    "Комисията по етика е независим орган от лекари, учени, юристи и представители на обществеността. Тя разглежда плана на изследването, информационните листове и формулярите за съгласие и може да поиска промени или да отхвърли проучването. Според Регламента на ЕС за клиничните изпитвания становището ѝ е част от решението дали клиничното изпитване може да започне в дадена държава. Изследванията с животни следват отделни европейски правила, основани на принципа на трите „R“: животните да се заменят, където е възможно, броят им да се намалява, а методите да се усъвършенстват, за да се ограничи страданието."
                ),
                key_facts(
                    "Етиката на изследванията накратко",
                    "Декларация от Хелзинки (Световна медицинска асоциация): приета през 1964 г., последно преработена през 2024 г.",
                    "Конвенция от Овиедо (Съвет на Европа), 1997 г.: задължителна за ратифициралите я държави, сред които и България",
                    "Никое клинично изпитване в ЕС не започва без положително становище на комисия по етика",
                    "Съгласието може да бъде оттеглено по всяко време, без да се посочва причина",
                    "Изследвания с животни: европейските правила на трите „R“ – замяна, намаляване, усъвършенстване",
                ),
                para(
                    "В България Bioethical Hub (Биоетичен хъб) – независима организация и част от програмата на клъстера – популяризира биоетиката, защитава правата на пациентите и на хората и животните, участващи в медицински изследвания, и предлага консултации и обучения по медицинска етика, етика на изследванията и етично отношение към животните и околната среда. Новите области непрекъснато поставят нови въпроси, например как да се получи съгласие за проби, които ще се съхраняват в биобанка десетилетия, или как данните да се споделят в духа на отворената наука, без участниците да бъдат изложени на риск."
                ),
                expert_quote(
                    "demo-022",
                    "Нашата комисия връща повече планове на изследвания заради информационния лист, отколкото заради науката. Ако участникът не може да разбере какво ще се случи с него, съгласието не е наистина информирано, колкото и подписи да има под него.",
                ),
                mistakes(
                    (
                        "Пациентът е подписал, значи етичният въпрос е решен.",
                        "Съгласието е процес, а не подпис: участникът може да се откаже по всяко време, а подписът не прави допустим неоправдан риск.",
                    ),
                    (
                        "Комисиите по етика са формалност.",
                        "Комисията може да поиска промени или да отхвърли проучването; положителното ѝ становище е законово условие, за да започне клинично изпитване.",
                    ),
                    (
                        "Щом данните са анонимни, етични въпроси няма.",
                        "Наистина анонимните данни са рядкост в здравните изследвания; псевдонимизираните данни остават лични данни и повторното им използване изисква правно основание и гаранции.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "Research ethics: how people and animals in studies are protected",
            "summary": "Research ethics sets out how studies must treat the people and animals taking part in them: with respect for their choices, with risks in proportion to the expected benefit, with fair selection and with protected personal information. The main reference texts are the Declaration of Helsinki, last revised in 2024, the Council of Europe's Oviedo Convention and EU law on clinical trials and data. Independent ethics committees check studies before they start.",
            "sections": [
                heading("Where the rules come from"),
                para(
                    "Modern research ethics grew out of abuses. The Nuremberg Code of 1947 was drawn up after the trial of doctors who had experimented on prisoners in Nazi camps. In 1964 the World Medical Association adopted the Declaration of Helsinki, which doctors and ethics committees around the world still use today and which was last revised in 2024. The Council of Europe's Convention on Human Rights and Biomedicine, signed in Oviedo in 1997 and ratified by Bulgaria, turned many of these principles into binding international law."
                ),
                bullets(
                    "Respect for persons: people decide for themselves whether to take part, and those who cannot decide, such as young children, get extra protection.",
                    "Benefit and harm: risks must be as small as possible and justified by the value of the knowledge or by the expected benefit.",
                    "Justice: the burdens and benefits of research are shared fairly, and no group is enrolled simply because it is easy to reach.",
                    "Privacy: the personal and health data collected in a study are protected and used only for the agreed purposes.",
                ),
                heading("What informed consent means"),
                para(
                    "Informed consent is the practical form of respect for persons. Before joining a study, a person must receive clear information in plain language about its aim, procedures, risks, possible benefits and alternatives, and must have time to ask questions. Consent is given freely and in writing, and it can be withdrawn at any time, without explanation and without losing the right to normal care. For children, the parents give consent and the child's own view is sought as far as possible; special rules apply to emergency research, where the patient is unconscious and a decision cannot wait."
                ),
                heading("Who checks: ethics committees"),
                para(
                    "An ethics committee is an independent body of doctors, scientists, lawyers and lay members. It reads the study plan, the information sheets and the consent forms, and may demand changes or reject a study. Under the EU Clinical Trials Regulation its opinion is part of the decision on whether a clinical trial may start in a given country. Research with animals follows separate EU rules built on the principle of the three Rs: replace animals where possible, reduce their number and refine methods to limit suffering."
                ),
                key_facts(
                    "Research ethics in brief",
                    "Declaration of Helsinki (World Medical Association): adopted in 1964, last revised in 2024",
                    "Oviedo Convention (Council of Europe), 1997: binding on the states that ratified it, Bulgaria among them",
                    "No clinical trial in the EU starts without an ethics committee's positive opinion",
                    "Consent can be withdrawn at any time without giving a reason",
                    "Animal research: the EU rules of the three Rs – replace, reduce, refine",
                ),
                para(
                    "In Bulgaria the Bioethical Hub, an independent organisation and part of the cluster's programme, promotes bioethics, stands up for the rights of patients and of the people and animals involved in medical research, and offers advice and training in medical ethics, research ethics and the ethical treatment of animals and the environment. New fields keep raising new questions, for example how to obtain consent for samples that will be kept in a biobank for decades, or how to share data in the spirit of open science without putting participants at risk."
                ),
                expert_quote(
                    "demo-022",
                    "Our committee sends back more study plans because of the information sheet than because of the science. If participants cannot understand what will happen to them, their consent is not really informed, however many signatures it carries.",
                ),
                mistakes(
                    (
                        "The patient has signed, so the ethical question is settled.",
                        "Consent is a process, not a signature: participants can withdraw at any time, and a signature does not make an unjustified risk acceptable.",
                    ),
                    (
                        "Ethics committees are a formality.",
                        "A committee can demand changes or reject a study; its positive opinion is a legal condition for starting a clinical trial.",
                    ),
                    (
                        "If the data are anonymous, there are no ethical questions.",
                        "Truly anonymous data are rare in health research; pseudonymised data remain personal data, and re-using them needs a legal basis and safeguards.",
                    ),
                ),
            ],
        },
    },
    {
        "slug": "european-health-data-space",
        "topics": ["health-data", "digital-health"],
        "experts": ["demo-025", "demo-035", "demo-013", "demo-017"],
        "reviewer": "demo-025",
        "reviewed": (2026, 11, 5),
        "sources": [
            {
                "url": EUR_LEX_EHDS,
                "bg": "Регламент (ЕС) 2025/327 за Европейското пространство за здравни данни (EUR-Lex)",
                "en": "Regulation (EU) 2025/327 on the European Health Data Space (EUR-Lex)",
            },
            {
                "url": "https://health.ec.europa.eu/ehealth-digital-health-and-care/european-health-data-space-regulation-ehds_en",
                "bg": "Европейска комисия: Регламентът за Европейското пространство за здравни данни (на английски)",
                "en": "European Commission: the European Health Data Space Regulation",
            },
            {
                "url": EUR_LEX_GDPR,
                "bg": "Регламент (ЕС) 2016/679 – Общ регламент относно защитата на данните (EUR-Lex)",
                "en": "Regulation (EU) 2016/679, the General Data Protection Regulation (EUR-Lex)",
            },
        ],
        "bg": {
            "title": "Европейското пространство за здравни данни: кой и как може да използва здравните данни",
            "summary": "Европейското пространство за здравни данни (EHDS), Регламент (ЕС) 2025/327, е в сила от 26 март 2025 г. То дава на хората безплатен електронен достъп до собствените им здравни данни в целия ЕС и създава контролирана система за повторното използване на здравни данни за изследвания, иновации и политики. Правилата му се прилагат поетапно, най-вече от 2029 до 2031 г., а Общият регламент относно защитата на данните (GDPR) продължава да действа успоредно с него.",
            "sections": [
                heading("Защо здравните данни са специални"),
                para(
                    "Според GDPR данните за здравословното състояние и генетичните данни са специални категории лични данни. Обработването им е забранено, освен ако е налице едно от ограничен брой условия: например човекът е дал изрично съгласие, данните са нужни за лечението му или се използват за обществено здраве или научни изследвания с подходящи гаранции."
                ),
                para(
                    "Две техники се споменават непрекъснато. Анонимизацията премахва връзката с човека толкова пълно, че никой не може разумно да го идентифицира; анонимните данни вече не са лични данни, но при подробните здравни досиета това се постига трудно. Псевдонимизацията заменя имената и ЕГН с кодове, а ключът се пази отделно; псевдонимизираните данни все още могат да бъдат свързани с човека и остават лични данни."
                ),
                heading("Две употреби на едни и същи данни"),
                para(
                    "Първата част на EHDS се отнася до първичното използване, т.е. грижата за пациента. Хората ще могат да виждат електронните си здравни данни безплатно и без забавяне, да ги споделят с лекар в друга държава членка и да ограничават кой какво може да вижда. Първи са пациентските резюмета и електронните рецепти, а след тях идват лабораторните резултати, медицинските изображения и епикризите, всички в общ европейски формат."
                ),
                para(
                    "Втората част урежда вторичното използване: повторната употреба на данните за изследвания, иновации, обществено здраве, официална статистика и политики. Всяка държава членка определя поне един орган за достъп до здравни данни. Изследователи, публични институции и компании кандидатстват пред него за разрешение за данни с конкретна цел; данните се предоставят, най-често псевдонимизирани или анонимизирани, в защитена среда за обработване, от която личните данни не могат да бъдат изнесени. Някои цели са забранени, например използването на данните за повишаване на застрахователната премия на човек или за реклама. Хората могат да се откажат от вторичното използване на данните си."
                ),
                key_facts(
                    "EHDS накратко",
                    "Регламент (ЕС) 2025/327, в сила от 26 март 2025 г.",
                    "Обмен на пациентски резюмета и електронни рецепти в целия ЕС от 26 март 2029 г.; на изображения, лабораторни резултати и епикризи – от 2031 г.",
                    "Всяка държава членка определя орган за достъп до здравни данни за вторичното използване",
                    "Хората могат да се откажат от вторичното използване на своите данни",
                    "GDPR продължава да се прилага наред с EHDS",
                ),
                figure(
                    "chart-ehds-timeline",
                    "Илюстративна графика: EHDS влезе в сила през 2025 г. и се прилага поетапно до 2031 г.",
                    "Медиен център по Регламент (ЕС) 2025/327",
                    EUR_LEX_EHDS,
                ),
                heading("Регионалната картина: VELES"),
                para(
                    "Биотехнологичният и здравен клъстер България е един от 15-те партньори от 7 държави във VELES – проект по „Хоризонт Европа“, стартирал в София през юни 2023 г. Целта му е да повиши иновационния капацитет на Югоизточна Европа чрез Регионално интелигентно пространство за здравни данни, като използва големи данни, изкуствен интелект и интернет на нещата в подкрепа на персонализираната медицина, на по-добрите решения и на прогнозирането на заболявания. Сред българските партньори са институтът GATE, Министерството на електронното управление и „Телелинк Бизнес Сървисис“. Такива проекти показват как данните от реалната практика в болниците и от свързаните устройства могат да подпомагат изследванията много преди EHDS да се прилага изцяло."
                ),
                fact_sheet("eu-health-rules"),
                expert_quote(
                    "demo-025",
                    "EHDS не отваря магазин за медицински досиета. То създава обществен вход с охрана: посочвате целта си, получавате разрешение и работите с данните в защитена стая, от която не можете да ги изнесете.",
                ),
                mistakes(
                    (
                        "EHDS позволява на компании да купуват медицинските досиета на гражданите.",
                        "Достъпът за вторично използване изисква разрешение от публичен орган за достъп до здравни данни, само за позволени цели и най-често с псевдонимизирани или анонимизирани данни в защитена среда; данните не се продават и не се предават.",
                    ),
                    (
                        "EHDS вече работи.",
                        "Регламентът е в сила, но се прилага постепенно; първият трансграничен обмен по него е предвиден за 2029 г.",
                    ),
                    (
                        "Псевдонимизираните данни са анонимни.",
                        "Псевдонимизираните данни могат да бъдат свързани обратно с човека чрез допълнителна информация и според GDPR остават лични данни.",
                    ),
                ),
                para(
                    "За България практическите въпроси са коя институция ще стане орган за достъп до здравни данни, как националната здравноинформационна система ще се свърже с европейската инфраструктура и как пациентите ще научат за правото си да откажат вторичното използване на своите данни. Това са добри теми за журналистите още сега, години преди правилата да започнат да се прилагат."
                ),
            ],
        },
        "en": {
            "title": "The European Health Data Space: who may use health data, and how",
            "summary": "The European Health Data Space (EHDS), Regulation (EU) 2025/327, has been in force since 26 March 2025. It gives people free electronic access to their own health data across the EU and sets up a controlled system for re-using health data for research, innovation and policy. Its rules apply in stages, mostly from 2029 to 2031, and the GDPR continues to apply alongside it.",
            "sections": [
                heading("Why health data are special"),
                para(
                    "Under the GDPR, data concerning health and genetic data are special categories of personal data. Processing them is forbidden unless one of a limited set of conditions applies: for example, the person has given explicit consent, the data are needed for their care, or they are used for public health or scientific research with appropriate safeguards."
                ),
                para(
                    "Two techniques come up again and again. Anonymisation removes the link to a person so completely that no one can reasonably identify them; anonymous data are no longer personal data, but with detailed health records this is hard to achieve. Pseudonymisation replaces names and identity numbers with codes, while the key is kept separately; pseudonymised data can still be traced back to a person and remain personal data."
                ),
                heading("Two uses of the same data"),
                para(
                    "The first part of the EHDS deals with primary use, that is, care for the patient. People will be able to see their electronic health data free of charge and without delay, share them with a doctor in another member state and restrict who can see what. Patient summaries and e-prescriptions come first, followed by laboratory results, medical images and hospital discharge reports, all in a common European format."
                ),
                para(
                    "The second part deals with secondary use: re-using the data for research, innovation, public health, official statistics and policy. Each member state designates at least one health data access body. Researchers, public bodies and companies apply to it for a data permit for a defined purpose; the data are then provided, mostly pseudonymised or anonymised, in a secure processing environment from which personal data cannot be taken out. Some purposes are forbidden, such as using the data to raise a person's insurance premium or for advertising. People can opt out of the secondary use of their data."
                ),
                key_facts(
                    "The EHDS at a glance",
                    "Regulation (EU) 2025/327, in force since 26 March 2025",
                    "Patient summaries and e-prescriptions exchanged across the EU from 26 March 2029; images, lab results and discharge reports from 2031",
                    "Each member state designates a health data access body for secondary use",
                    "People can opt out of the secondary use of their data",
                    "The GDPR continues to apply alongside the EHDS",
                ),
                figure(
                    "chart-ehds-timeline",
                    "Illustrative chart: the EHDS entered into force in 2025 and applies in stages until 2031.",
                    "Media Center, based on Regulation (EU) 2025/327",
                    EUR_LEX_EHDS,
                ),
                heading("The regional picture: VELES"),
                para(
                    "Health & Life Sciences Cluster Bulgaria is one of 15 partners from 7 countries in VELES, a Horizon Europe project that started in Sofia in June 2023. It aims to raise the innovation capacity of South-East Europe through a Regional Smart Health Data Space, using big data, artificial intelligence and the internet of things to support personalised medicine, better decisions and disease prediction. The Bulgarian partners include the GATE institute, the Ministry of Electronic Governance and Telelink Business Services. Projects like this show how real-world data from hospitals and connected devices could support research long before the EHDS applies in full."
                ),
                fact_sheet("eu-health-rules"),
                expert_quote(
                    "demo-025",
                    "The EHDS does not open a shop for medical records. It builds a public gate with a guard: you state your purpose, you get a permit, and you work on the data inside a secure room you cannot carry them out of.",
                ),
                mistakes(
                    (
                        "The EHDS lets companies buy citizens' medical records.",
                        "Access for secondary use needs a permit from a public health data access body, is allowed only for permitted purposes and mostly uses pseudonymised or anonymised data in a secure environment; the data are neither sold nor handed over.",
                    ),
                    (
                        "The EHDS already works.",
                        "The Regulation is in force but applies gradually; the first cross-border exchanges under it are due in 2029.",
                    ),
                    (
                        "Pseudonymised data are anonymous.",
                        "Pseudonymised data can be linked back to a person with extra information and remain personal data under the GDPR.",
                    ),
                ),
                para(
                    "For Bulgaria the practical questions are which institution will become the health data access body, how the national health information system will connect to the European infrastructure, and how patients will learn about their right to opt out of secondary use. These are good stories for journalists now, years before the rules start to apply."
                ),
            ],
        },
    },
    {
        "slug": "biotech-venture-funding",
        "topics": ["eu-funding", "innovation-ecosystems", "biotechnology"],
        "experts": ["demo-032", "demo-011", "demo-030", "demo-010"],
        "reviewer": "demo-032",
        "reviewed": (2026, 9, 30),
        "sources": [
            {
                "url": HORIZON_EUROPE,
                "bg": "Европейска комисия: „Хоризонт Европа“ (на английски)",
                "en": "European Commission: Horizon Europe",
            },
            {
                "url": "https://eic.ec.europa.eu/index_en",
                "bg": "Европейски съвет по иновациите (EIC) (на английски)",
                "en": "European Innovation Council (EIC)",
            },
            {
                "url": "https://www.fmfib.bg/",
                "bg": "Фонд на фондовете",
                "en": "Fund of Funds, Bulgaria",
            },
            {
                "url": "https://www.europabio.org/",
                "bg": "EuropaBio – Европейската асоциация на биоиндустриите (на английски)",
                "en": "EuropaBio, the European Association for Bioindustries",
            },
        ],
        "bg": {
            "title": "Как се финансират биотехнологичните компании: грантове, начално финансиране и рисков капитал",
            "summary": "Биотехнологичните компании обикновено имат нужда от много години и големи суми, преди да реализират приходи, затова се финансират на етапи: първо публични грантове и предначално финансиране, после начално финансиране и кръгове рисков капитал, а по-късно партньорства, лицензионни сделки, листване на борсата или продажба. Публичните програми като „Хоризонт Европа“ и Европейския съвет по иновациите често идват първи и намаляват риска за частните инвеститори. Обявените суми често са ангажименти за няколко години, а не пари, получени наведнъж.",
            "sections": [
                heading("Защо биотехнологиите се финансират различно"),
                para(
                    "Разработването на ново лекарство обикновено отнема повече от десет години, а повечето кандидати отпадат някъде между лабораторията и одобрението. Затова биотехнологичната компания може да работи години наред, без да продава нищо, като живее от средства, привлечени срещу нейната наука, патенти и данни. Инвеститорите приемат този риск, защото успешният продукт може да струва много, но освобождават парите стъпка по стъпка, когато се постигнат определени етапи: успешно предклинично изследване, първо клинично изпитване, регулаторно решение."
                ),
                heading("Стълбицата на финансирането"),
                bullets(
                    "Грантове и публични програми: „Хоризонт Европа“, Европейският съвет по иновациите (EIC), национални програми и конкурси като „Наука с бъдеще“ на фондация „Америка за България“. Грантът не взема дял от компанията.",
                    "Предначално и начално финансиране: собствени средства на основателите, бизнес ангели, инкубатори, акселератори и фондове за начално финансиране, за да се превърне резултатът в първи прототип или в доказателство, че концепцията работи.",
                    "Рисков капитал: фондове, които купуват дялове в кръгове, обикновено наричани серия A, B и C, за да платят разработката и клиничните изпитвания.",
                    "Партньорства и лицензионни сделки с по-големи компании: първоначално плащане, плащания при постигнати етапи и роялти.",
                    "Изход: листване на фондовата борса или продажба на компанията, което позволява на ранните инвеститори да реализират печалбата си.",
                ),
                para(
                    "Публичните средства са най-важни в началото. EIC Accelerator, част от „Хоризонт Европа“, съчетава грантове до 2,5 млн. евро с възможност за дялова инвестиция и е предназначен за стартиращи и малки компании, чиято технология е твърде рискова за повечето частни инвеститори. В България Фондът на фондовете управлява публични ресурси, които се инвестират чрез частни фондове за рисков капитал и за начално финансиране. Сред частните фондове, активни у нас, Innovation Capital има мандат да предоставя дялово и квазидялово финансиране на български стартъпи; той осигури награда от 50 000 евро в конкурса Pitch2Pitch."
                ),
                figure(
                    "chart-horizon-europe",
                    "Илюстративна графика: „Хоризонт Европа“, програмата на ЕС за научни изследвания и иновации за 2021–2027 г., разполага с бюджет от 95,5 млрд. евро.",
                    "Медиен център по данни на Европейската комисия",
                    HORIZON_EUROPE,
                ),
                key_facts(
                    "Цифри за финансирането",
                    "„Хоризонт Европа“ 2021–2027: бюджет от 95,5 млрд. евро",
                    "България е привлякла 80 млн. евро по „Хоризонт Европа“ за две години, а български екипи участват в 214 проекта (МОН, септември 2023 г.)",
                    "EuropaBio, чийто член е клъстерът, представлява над 1800 малки и средни биотехнологични компании в Европа",
                    "Грантът не купува дялове, а инвестицията с рисков капитал – да",
                    "Обявената стойност на лицензионна сделка обикновено включва плащания при постигнати етапи, които може никога да не бъдат изплатени",
                ),
                heading("Българската екосистема"),
                para(
                    "Българските стартъпи в науките за живота разчитат на различни източници: програми на ЕС, национални фондове, регионални инвеститори и партньорства в чужбина. Клъстерът помага, като свързва българските екипи с инвеститори, например като партньор по знания на HealthTech Investor Summit, организиран от фламандския клъстер за здравни технологии MEDVIA, и като работи със Столичната община и София Тех Парк по БиоЦентър София, който трябва да предложи лаборатории и инкубиране на едно място. Биотехнологиите излизат и извън медицината – в биоикономиката, от храните до материалите, където важи същата стълбица от грантове и рисков капитал."
                ),
                fact_sheet("eu-research-funding"),
                expert_quote(
                    "demo-032",
                    "Когато стартъп обяви нов кръг, гледам три числа: колко пари реално постъпват сега, при каква оценка и за колко време стигат. В биотехнологиите кръг, който изглежда голям, може да покрие едва едно клинично изпитване.",
                ),
                mistakes(
                    (
                        "„Компания Х набра 20 млн. евро“ означава 20 млн. евро в банката.",
                        "Кръговете често се изплащат на транши, обвързани с постигнати етапи, а обявените суми може да включват заеми или ангажименти за няколко години. Попитайте колко се плаща сега.",
                    ),
                    (
                        "„Лицензионна сделка за 500 млн. евро.“",
                        "Обявената стойност събира всички възможни плащания при етапи. Първоначалното плащане обикновено е малка част от сумата – посочете го отделно.",
                    ),
                    (
                        "ЕС даде пари на компанията, значи притежава част от нея.",
                        "Грантът не купува дялове, а плаща за определена работа, за която компанията се отчита. Дяловите инвеститори, включително фондът на EIC, наистина притежават дял.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "How biotech companies are funded: grants, seed money and venture capital",
            "summary": "Biotech companies usually need many years and large sums before they earn revenue, so they are funded in stages: public grants and pre-seed money first, then seed funding and venture capital rounds, and later partnerships, licensing deals, a stock market listing or a sale. Public programmes such as Horizon Europe and the European Innovation Council often come first and lower the risk for private investors. Headline amounts are often commitments spread over several years, not cash received at once.",
            "sections": [
                heading("Why biotech is funded differently"),
                para(
                    "Developing a new medicine commonly takes more than ten years, and most candidates fail somewhere between the laboratory and approval. A biotech company may therefore work for years without selling anything, living on money raised against its science, its patents and its data. Investors accept this risk because a product that succeeds can be worth a great deal, but they release money step by step as milestones are reached: a successful preclinical study, a first clinical trial, a regulatory decision."
                ),
                heading("The funding ladder"),
                bullets(
                    "Grants and public programmes: Horizon Europe, the European Innovation Council (EIC), national programmes and competitions such as Science with a Future by the America for Bulgaria Foundation. A grant takes no share of the company.",
                    "Pre-seed and seed funding: the founders' own money, business angels, incubators, accelerators and seed funds, to turn a research result into a first prototype or a proof of concept.",
                    "Venture capital: funds that buy shares in rounds, usually called Series A, B and C, to pay for development and clinical trials.",
                    "Partnerships and licensing deals with larger companies: an upfront payment, milestone payments and royalties.",
                    "Exit: a listing on a stock exchange or a sale of the company, which lets early investors realise their returns.",
                ),
                para(
                    "Public money matters most at the start. The EIC Accelerator, part of Horizon Europe, combines grants of up to €2.5 million with the possibility of an equity investment, and is meant for start-ups and small companies whose technology is too risky for most private investors. In Bulgaria, the Fund of Funds manages public resources that are invested through private venture capital and seed funds. Among the private funds active in the country, Innovation Capital has a mandate to provide equity and quasi-equity funding to Bulgarian start-ups; it put up a €50,000 prize in the Pitch2Pitch competition."
                ),
                figure(
                    "chart-horizon-europe",
                    "Illustrative chart: Horizon Europe, the EU's research and innovation programme for 2021–2027, has a budget of €95.5 billion.",
                    "Media Center, based on European Commission data",
                    HORIZON_EUROPE,
                ),
                key_facts(
                    "Funding figures",
                    "Horizon Europe 2021–2027: a budget of €95.5 billion",
                    "Bulgaria attracted €80 million from Horizon Europe in two years, and Bulgarian teams took part in 214 projects (Ministry of Education and Science, September 2023)",
                    "EuropaBio, of which the cluster is a member, represents more than 1,800 biotech SMEs across Europe",
                    "A grant buys no shares; a venture capital investment does",
                    "The headline value of a licensing deal usually includes milestone payments that may never be paid",
                ),
                heading("Bulgaria's ecosystem"),
                para(
                    "Bulgarian life sciences start-ups draw on a mix of sources: EU programmes, national funds, regional investors and partnerships abroad. The cluster helps by bringing Bulgarian teams together with investors, for example as a knowledge partner of the HealthTech Investor Summit run by MEDVIA, the Flemish health technology cluster, and by working with Sofia Municipality and Sofia Tech Park on BioCenter Sofia, which is meant to offer laboratories and incubation in one place. Biotechnology also reaches beyond medicine into the bioeconomy, from food to materials, where the same ladder of grants and venture capital applies."
                ),
                fact_sheet("eu-research-funding"),
                expert_quote(
                    "demo-032",
                    "When a start-up announces a round, I look at three numbers: how much money actually arrives now, at what valuation, and how long it will last. In biotech a round that looks large may pay for just one clinical trial.",
                ),
                mistakes(
                    (
                        "“Company X raises €20 million” means €20 million in the bank.",
                        "Rounds are often paid in tranches tied to milestones, and headline figures may include loans or commitments spread over several years. Ask how much is paid now.",
                    ),
                    (
                        "“A licensing deal worth €500 million.”",
                        "The headline value adds up every possible milestone payment. The upfront payment is usually a small part of the total; report it separately.",
                    ),
                    (
                        "The EU gave the company money, so it owns part of it.",
                        "A grant does not buy shares; it pays for defined work that the company must report on. Equity investors, including the EIC's fund, do own a stake.",
                    ),
                ),
            ],
        },
    },
    {
        "slug": "epigenetics-biological-age",
        "topics": ["epigenetics"],
        "experts": ["demo-001", "demo-028", "demo-020"],
        "reviewer": "demo-001",
        "reviewed": (2026, 7, 16),
        "sources": [
            {
                "url": "https://www.genome.gov/genetics-glossary",
                "bg": "Речник на генетичните термини на Националния институт за изследване на човешкия геном, САЩ (на английски)",
                "en": "Talking Glossary of Genomic and Genetic Terms, US National Human Genome Research Institute",
            },
            {
                "url": "https://www.who.int/news-room/fact-sheets/detail/ageing-and-health",
                "bg": "Световна здравна организация: стареене и здраве (на английски)",
                "en": "World Health Organization: ageing and health",
            },
            {
                "url": SPINOFF_SITE,
                "bg": "Spinoff Bulgaria: наградите за най-добър спиноф",
                "en": "Spinoff Bulgaria: the best spin-off awards",
            },
        ],
        "bg": {
            "title": "Епигенетика и биологична възраст: какво могат и какво не могат да кажат тестовете",
            "summary": "Епигенетиката изучава химичните белези върху ДНК и нейната „опаковка“, които включват и изключват гени, без да променят последователността на ДНК. Моделите на метилиране на ДНК се променят с възрастта и епигенетичните часовници ги използват, за да изчислят биологичната възраст на човека. Часовниците са ценен инструмент за изследвания, но резултатите от различните тестове се различават, а „по-младата биологична възраст“ не е медицинска диагноза.",
            "sections": [
                heading("Един геном, различни клетки"),
                para(
                    "Почти всяка клетка в тялото съдържа един и същ геном, но чернодробната и нервната клетка изглеждат и работят съвсем различно. Разликата е в това кои гени са активни, а епигенетичните белези помагат да се реши това. Най-добре изученият белег е метилирането на ДНК, при което малки химични групи, наречени метилови групи, се прикрепят към ДНК, най-често на места, където буквата C е следвана от G. Други белези се намират върху белтъците, около които е навита ДНК, и променят колко плътно е опакована тя."
                ),
                para(
                    "Някои белези се поставят по време на развитието и остават за цял живот; други се променят с възрастта, храненето, тютюнопушенето, стреса, замърсяването или болестите. Тъй като много от тях по принцип са обратими, епигенетиката интересува и разработчиците на лекарства: някои лекарства срещу рак на кръвта вече действат, като блокират ензимите, които поставят или разчитат тези белези."
                ),
                heading("Епигенетични часовници и биологична възраст"),
                para(
                    "През 2013 г. две изследователски групи показаха, че метилирането на десетки до няколкостотин места в генома предсказва възрастта на човека в години със забележителна точност. След тези първи епигенетични часовници се появиха по-нови, обучени да предсказват здравни последици като заболявания и смъртност, а не календарната възраст. Разликата между възрастта, изчислена от такъв часовник, и действителната възраст на човека често се нарича биологична възраст или ускорено стареене."
                ),
                para(
                    "Часовниците станаха стандартен инструмент за изучаване на стареенето и за проверка дали диети, лекарства или промени в начина на живот го забавят. Ограниченията им обаче са важни за журналистите. Различните часовници дават различни резултати за един и същ човек, резултатите може да варират между лабораториите и нито един часовник не е одобрен като тест, който предсказва колко дълго ще живее конкретен човек. Тестовете за потребители, които обещават да измерят и да „върнат назад“ биологичната възраст, отиват далеч отвъд доказателствата."
                ),
                key_facts(
                    "Епигенетиката накратко",
                    "Последователността на ДНК остава същата; променя се кои гени са активни",
                    "Метилирането на ДНК е най-добре изученият епигенетичен белег",
                    "Първите епигенетични часовници са публикувани през 2013 г.",
                    "Оценките на биологичната възраст се различават между часовниците и лабораториите",
                    "Епигенетичните тестове са инструмент за изследвания, а не одобрени диагностични тестове за продължителността на живота",
                ),
                figure(
                    "photo-epigenetics",
                    "Епигенетичните белези, като метилирането на ДНК, помагат да се реши кои гени са активни в клетката.",
                    ILLUSTRATION["bg"],
                ),
                heading("От лабораторията до бизнеса"),
                para(
                    "Епигенетиката е и бизнес област в България. Epix.AI, компания, която работи в епигенетиката, беше сред носителите на наградата „Най-добър български Spinoff“ на Spinoff Bulgaria 2023. Български изследователи, включително експерти от този указател, изучават как храненето, ранното детство и средата оставят следи в епигенома. За журналистите най-полезните въпроси са какво точно измерва тестът, кой часовник използва, публикувани ли са резултатите му в рецензирани научни списания и какво човек може разумно да направи с отговора."
                ),
                expert_quote(
                    "demo-001",
                    "Епигенетичният часовник е добър термометър за науката, а не кристално кълбо за отделния човек. Бих се доверила много повече на промяна, измерена в добре планирано проучване със стотици участници, отколкото на едно число от тест, купен онлайн.",
                ),
                mistakes(
                    (
                        "Епигенетиката доказва, че можете да промените гените си.",
                        "Последователността на ДНК остава същата; епигенетичните белези променят кои гени са активни и само някои от тях зависят от поведението.",
                    ),
                    (
                        "Тест показа, че биологичната ми възраст е с десет години по-ниска, значи ще живея по-дълго.",
                        "Часовниците дават статистически оценки; резултатите се различават между часовниците и лабораториите и нито един не е одобрен за предсказване на продължителността на живота.",
                    ),
                    (
                        "Епигенетичните промени винаги се предават на децата.",
                        "При хората доказателствата за предаване през поколенията са ограничени и спорни; повечето белези се изтриват в яйцеклетките и сперматозоидите.",
                    ),
                ),
                para(
                    "Много епигенетични проучвания са наблюдателни: те показват, че даден навик е свързан с по-млад или по-стар резултат на часовника, но не и че го причинява. Преди да напишете, че храна, добавка или упражнение „подмладяват“, проверете колко души са участвали, имало ли е контролна група, колко дълго са проследени и дали резултатът е потвърден от друг екип."
                ),
            ],
        },
        "en": {
            "title": "Epigenetics and biological age: what the tests can and cannot say",
            "summary": "Epigenetics studies chemical marks on DNA and its packaging that switch genes on and off without changing the DNA sequence. Patterns of DNA methylation change with age, and epigenetic clocks use them to estimate a person's biological age. The clocks are valuable research tools, but results differ between tests, and a “younger biological age” is not a medical diagnosis.",
            "sections": [
                heading("Same genome, different cells"),
                para(
                    "Almost every cell in the body carries the same genome, yet a liver cell and a nerve cell look and work very differently. The difference lies in which genes are active, and epigenetic marks help to decide this. The best studied is DNA methylation, in which small chemical groups called methyl groups are attached to DNA, mostly at sites where the letter C is followed by G. Other marks sit on the proteins around which DNA is wound and change how tightly it is packed."
                ),
                para(
                    "Some marks are set during development and stay for life; others change with age, diet, smoking, stress, pollution or disease. Because many of them can in principle be reversed, epigenetics also interests drug developers: some medicines for blood cancers already work by blocking the enzymes that place or read these marks."
                ),
                heading("Epigenetic clocks and biological age"),
                para(
                    "In 2013 two research groups showed that methylation at tens to a few hundred sites in the genome predicts a person's age in years with remarkable accuracy. These first epigenetic clocks were followed by newer ones trained to predict health outcomes, such as disease and death, rather than calendar age. The gap between the age such a clock estimates and a person's real age is often called biological age, or age acceleration."
                ),
                para(
                    "The clocks have become a standard tool for studying ageing and for testing whether diets, drugs or changes in lifestyle slow it down. Their limits, however, matter for reporting. Different clocks give different results for the same person, results can vary between laboratories, and no clock is approved as a test that predicts how long an individual will live. Consumer tests that promise to measure and “reverse” biological age go well beyond the evidence."
                ),
                key_facts(
                    "Epigenetics at a glance",
                    "The DNA sequence stays the same; what changes is which genes are active",
                    "DNA methylation is the best-studied epigenetic mark",
                    "The first epigenetic clocks were published in 2013",
                    "Biological age estimates differ between clocks and laboratories",
                    "Epigenetic tests are research tools, not approved diagnostic tests of lifespan",
                ),
                figure(
                    "photo-epigenetics",
                    "Epigenetic marks such as DNA methylation help to decide which genes are active in a cell.",
                    ILLUSTRATION["en"],
                ),
                heading("From the lab to business"),
                para(
                    "Epigenetics is also a business field in Bulgaria. Epix.AI, a company working in epigenetics, was among the winners of the Best Bulgarian Spinoff award at Spinoff Bulgaria 2023. Bulgarian researchers, including experts in this directory, study how nutrition, early childhood and environment leave traces in the epigenome. For journalists, the most useful questions are what exactly a test measures, which clock it uses, whether its results have been published in peer-reviewed journals, and what a person can reasonably do with the answer."
                ),
                expert_quote(
                    "demo-001",
                    "An epigenetic clock is a good thermometer for science, not a crystal ball for an individual. I would trust a change measured in a well-designed study of hundreds of people far more than a single number from a test bought online.",
                ),
                mistakes(
                    (
                        "Epigenetics proves that you can change your genes.",
                        "The DNA sequence stays the same; epigenetic marks change which genes are active, and only some of them depend on behaviour.",
                    ),
                    (
                        "A test showed my biological age is ten years younger, so I will live longer.",
                        "Clocks give statistical estimates; results differ between clocks and laboratories, and none is approved for predicting lifespan.",
                    ),
                    (
                        "Epigenetic changes are always passed on to children.",
                        "In humans the evidence for inheritance across generations is limited and disputed; most marks are wiped clean in egg and sperm cells.",
                    ),
                ),
                para(
                    "Many epigenetic studies are observational: they show that a habit is linked with a younger or older clock result, not that it causes it. Before writing that a food, a supplement or exercise “rejuvenates”, check how many people took part, whether there was a control group, how long they were followed and whether another team has confirmed the result."
                ),
            ],
        },
    },
]
