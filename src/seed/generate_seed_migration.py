#!/usr/bin/env python3
"""Generates src/main/resources/db/migration/V2__seed_data.sql from src/seed/seed-facts.yaml.

Run once when the extraction changes (python3 src/seed/generate_seed_migration.py) and commit the SQL:
the application never reads the YAML, so a fresh database is built by Flyway alone.

The YAML is a quote-checked extraction of the five seed articles. This script adds only the portal's own
classification (slugs, administrative levels, kinds, sectors, indicator codes) and well-known names in Chinese;
every statement and figure it writes carries the seed's verbatim quote and source.
"""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "src", "main", "resources", "db", "migration", "V2__seed_data.sql")

# ---------------------------------------------------------------- sources: the date as the portal shows it
SOURCE_DATES = {
    "seed-000": ("about 2017 (estimated)", 2017, "ESTIMATED"),
    "seed-001": ("first half of 2018 (estimated)", 2018, "ESTIMATED"),
    "seed-002": ("2025, probably July (estimated)", 2025, "ESTIMATED"),
    "seed-003": ("2025, probably August or later (estimated)", 2025, "ESTIMATED"),
    "seed-004": ("on or before about May 2025 (estimated)", 2025, "ESTIMATED"),
}
UNNAMED_PUBLISHER = {
    "seed-002": "Unnamed blog on a retail site",
    "seed-003": None,
    "seed-004": None,
}

# ---------------------------------------------------------------- cities (hubs and areas)
# Levels, provinces and Chinese names are standard reference data, not claims from the seeds.
CITIES = {
    "hub-beijing": dict(slug="beijing", zh="北京", level="MUNICIPALITY", province=None, parent=None,
                        nick="China's AI capital",
                        summary="China's capital, named with Shenzhen and Shanghai as a leader of the country's 17 tech hubs. "
                                "The sources describe a city that plans to become a global hub for tech innovation, home to many "
                                "leading technology firms and to Peking and Tsinghua universities, with over 2,400 registered AI "
                                "companies and a US$2.1 billion AI park announced around 2018."),
    "hub-zhongguancun": dict(slug="zhongguancun", zh="中关村", level="AREA", province=None, parent="hub-beijing",
                             nick="China's Silicon Valley",
                             summary="A technology hub in Haidian District in the north-west of Beijing, often called "
                                     "\"China's Silicon Valley\". Home to Lenovo, Google and Microsoft, known for nurturing "
                                     "leading startups, and headquarters of the AI company Yi+."),
    "hub-shanghai": dict(slug="shanghai", zh="上海", level="MUNICIPALITY", province=None, parent=None, nick=None,
                         summary="A major financial centre in China's developed east and one of the three leaders of the 17 "
                                 "tech hubs. The sources describe an end-to-end AI industrial ecosystem, a target of five new "
                                 "data centres by 2025 with more than 100 exaflops of computing power, and policies for "
                                 "domestic chips. Liulishuo grew here."),
    "hub-shenzhen": dict(slug="shenzhen", zh="深圳", level="SUB_PROVINCIAL_CITY", province="Guangdong", parent=None, nick=None,
                         summary="A vibrant tech hub at the forefront of China's AI race and one of the three leaders of the 17 "
                                 "tech hubs, where robot taxis, driverless cars and delivery drones are part of daily traffic. "
                                 "One source also places the World AI Conference and 1 billion yuan of subsidies here; both are "
                                 "disputed."),
    "hub-hangzhou": dict(slug="hangzhou", zh="杭州", level="SUB_PROVINCIAL_CITY", province="Zhejiang", parent=None, nick=None,
                         summary="Best known as the headquarters of Alibaba, and of NetEase and Hikvision, Hangzhou is where "
                                 "China is incubating its next generation of AI innovators: DeepSeek, Game Science and Unitree, "
                                 "backed by local and provincial tax incentives and subsidies."),
    "hub-liangzhu": dict(slug="liangzhu", zh="良渚", level="AREA", province="Zhejiang", parent="hub-hangzhou", nick=None,
                         summary="A suburb of Hangzhou that the sources describe as an emerging AI hub with a dynamic startup "
                                 "culture, many Zhejiang University alumni, and two hurdles: foreign investment and access to "
                                 "advanced chips."),
    "hub-guizhou": dict(slug="guizhou", zh="贵州", level="PROVINCE", province=None, parent=None, nick=None,
                        summary="A province whose strategic investments and natural advantages have made it an emerging AI "
                                "data-centre powerhouse, with computing power reported at 85 exaflops."),
    "hub-inner-mongolia": dict(slug="inner-mongolia", zh="内蒙古", level="AUTONOMOUS_REGION", province=None, parent=None, nick=None,
                               summary="A province-level region investing heavily in data centres as part of China's "
                                       "strategy to enhance its AI capabilities."),
    "hub-guangdong": dict(slug="guangdong", zh="广东", level="PROVINCE", province=None, parent=None, nick=None,
                          summary="A province investing heavily in data centres as part of China's strategy to enhance its "
                                  "AI capabilities."),
}
# Seed hubs that are context rather than hubs: their statements become national context (no subject).
CONTEXT_HUBS = {"hub-china", "hub-17-tech-hubs", "hub-silicon-valley", "hub-united-states", "hub-singapore", "hub-san-jose"}
HUB_ALIASES = {"hub-haidian": "hub-zhongguancun"}

# ---------------------------------------------------------------- companies
AI, EDU, TECH, ROBOT, GAMES, CHIPS, ELEC, LEGAL = ("Artificial intelligence", "Education", "Technology",
                                                    "Robotics", "Games", "Semiconductors", "Consumer electronics",
                                                    "Legal services")
COMPANIES = {
    "co-liulishuo": dict(zh="流利说", kind="STARTUP", sectors=[AI, EDU], hq="hub-shanghai", founded=2013,
                         summary="An app that uses AI to analyse each student's learning quirks and tailor English-language "
                                 "teaching, built in Shanghai by Ben Hu and his ex-Google partners and launched in 2013."),
    "co-yi-plus": dict(zh=None, kind="COMPANY", sectors=[AI], hq="hub-zhongguancun", location="Offices in Singapore and San Jose",
                       summary="An AI company headquartered in Zhongguancun, led by CEO Mo Zhang, with a talent-sharing "
                               "agreement with Nanyang Technological University."),
    "co-sensetime": dict(zh="商汤科技", kind="STARTUP", sectors=[AI], hq=None,
                         location="No Chinese hub given in the sources; planned a U.S. R&D centre",
                         summary="A Chinese AI startup that planned to open a research and development centre in the U.S. "
                                 "(reported about 2018)."),
    "co-lenovo": dict(zh="联想", kind="TECH_GIANT", sectors=[TECH], hq=None, presence={"hub-zhongguancun": "present (\"home to\")"},
                      summary="Named among the tech giants that Zhongguancun is home to."),
    "co-google": dict(zh=None, kind="FOREIGN_MULTINATIONAL", sectors=[TECH], hq=None, location="Silicon Valley",
                      presence={"hub-zhongguancun": "present (\"home to\")"},
                      summary="One of Silicon Valley's mightiest technology companies, present in Zhongguancun."),
    "co-microsoft": dict(zh=None, kind="FOREIGN_MULTINATIONAL", sectors=[TECH], hq=None,
                         presence={"hub-zhongguancun": "present (\"home to\")"},
                         summary="Named among the international tech giants that Zhongguancun is home to."),
    "co-facebook": dict(zh=None, kind="FOREIGN_MULTINATIONAL", sectors=[TECH], hq=None, location="Silicon Valley",
                        summary="One of Silicon Valley's mightiest technology companies; Felix Tao worked there."),
    "co-apple": dict(zh=None, kind="FOREIGN_MULTINATIONAL", sectors=[TECH], hq=None, location="Silicon Valley",
                     summary="One of Silicon Valley's mightiest technology companies."),
    "co-netflix": dict(zh=None, kind="FOREIGN_MULTINATIONAL", sectors=[TECH], hq=None, location="Silicon Valley",
                       summary="One of Silicon Valley's mightiest technology companies."),
    "co-alibaba": dict(zh="阿里巴巴", kind="TECH_GIANT", sectors=[TECH], hq="hub-hangzhou",
                       summary="The industry giant Hangzhou is best known for, central to the city's transformation."),
    "co-netease": dict(zh="网易", kind="TECH_GIANT", sectors=[TECH], hq="hub-hangzhou",
                       summary="One of the major players headquartered in Hangzhou."),
    "co-hikvision": dict(zh="海康威视", kind="TECH_GIANT", sectors=[TECH], hq="hub-hangzhou",
                         summary="One of the major players headquartered in Hangzhou."),
    "co-deepseek": dict(zh="深度求索", kind="STARTUP", sectors=[AI], hq="hub-hangzhou",
                        summary="A Hangzhou startup focused on advanced AI research and development, one of the \"six tigers "
                                "of Hangzhou\", recognised internationally for an open-source model seen as a cheap "
                                "alternative to Western ones. Its founder studied at Zhejiang University."),
    "co-game-science": dict(zh="游戏科学", kind="STARTUP", sectors=[GAMES], hq="hub-hangzhou",
                            summary="The Hangzhou developer of the hit game Black Myth: Wukong."),
    "co-unitree": dict(zh="宇树科技", kind="STARTUP", sectors=[ROBOT], hq="hub-hangzhou",
                       summary="A Hangzhou-region startup famous for its robotic dogs."),
    "co-bytedance": dict(zh="字节跳动", kind="TECH_GIANT", sectors=[TECH], hq=None,
                         summary="TikTok's parent company; engineers wait for its non-compete agreements to expire before "
                                 "founding startups, and its regulatory scrutiny worries foreign investors."),
    "co-xiaomi": dict(zh="小米", kind="TECH_GIANT", sectors=[ELEC], hq=None,
                      summary="A major electronics company; a core engineer's move to Xiaomi made headlines."),
    "co-huawei": dict(zh="华为", kind="TECH_GIANT", sectors=[TECH, CHIPS], hq=None,
                      summary="A Chinese tech giant that U.S. export controls pushed to speed up domestic chip alternatives."),
    "co-smic": dict(zh="中芯国际", kind="TECH_GIANT", sectors=[CHIPS], hq=None,
                    summary="A Chinese chipmaker that U.S. export controls pushed to speed up domestic alternatives."),
    "co-nvidia": dict(zh=None, kind="FOREIGN_MULTINATIONAL", sectors=[CHIPS], hq=None,
                      summary="A leading supplier of high-performance chips that U.S. export controls keep from Chinese firms."),
    "co-rajah-tann": dict(zh=None, kind="COMPANY", sectors=[LEGAL], hq=None,
                          summary="The law firm where Benjamin Cheong, quoted on AI overinvestment, works."),
}
COMPANY_CLAIMS_TO_CITY = {"co-six-tigers": "hub-hangzhou"}

# ---------------------------------------------------------------- universities and institutes
UNIVERSITIES = {
    "inst-peking-university": dict(slug="peking-university", zh="北京大学", kind="UNIVERSITY", city="hub-beijing",
                                   summary="One of the renowned universities that give Beijing its talent pool."),
    "inst-tsinghua-university": dict(slug="tsinghua-university", zh="清华大学", kind="UNIVERSITY", city="hub-beijing",
                                     summary="One of the renowned universities that give Beijing its talent pool."),
    "inst-bit": dict(slug="beijing-institute-of-technology", zh="北京理工大学", kind="UNIVERSITY", city="hub-beijing",
                     summary="Named among Beijing's leading schools and institutions."),
    "inst-cas": dict(slug="chinese-academy-of-sciences", zh="中国科学院", kind="ACADEMY", city="hub-beijing",
                     summary="Named among Beijing's leading institutions; many Yi+ employees graduated from it.",
                     companies={"co-yi-plus": "Many Yi+ employees graduated from it (Mo Zhang)"}),
    "inst-zhejiang-university": dict(slug="zhejiang-university", zh="浙江大学", kind="UNIVERSITY", city="hub-liangzhu",
                                     location="The sources tie it to Liangzhu through its alumni; they do not say where it is",
                                     summary="One of China's premier engineering institutions, alma mater of DeepSeek's founder "
                                             "and of many of the engineers driving innovation in Liangzhu.",
                                     companies={"co-deepseek": "Alma mater of DeepSeek's founder"}),
    "inst-ntu": dict(slug="nanyang-technological-university", zh="南洋理工大学", kind="UNIVERSITY", city=None,
                     location="Singapore",
                     summary="A Singapore university with a talent-sharing agreement with Yi+.",
                     companies={"co-yi-plus": "Talent-sharing agreement"}),
    "inst-baai": dict(slug="beijing-academy-of-artificial-intelligence", zh="北京智源人工智能研究院", kind="RESEARCH_INSTITUTE",
                      city="hub-beijing", summary="One of Beijing's leading AI research institutes."),
    "inst-zgc-science-park": dict(slug="zhongguancun-science-park", zh="中关村科技园区", kind="SCIENCE_PARK",
                                  city="hub-zhongguancun",
                                  summary="Listed by one source among Beijing's leading universities and research institutes, "
                                          "although it is a science park."),
    "inst-scowcroft-center": dict(slug="scowcroft-center", zh=None, kind="THINK_TANK", city=None,
                                  location="Atlantic Council",
                                  summary="The Atlantic Council's Scowcroft Center for Strategy and Security, where Yujia He, "
                                          "quoted on China's government-led AI push, is a visiting fellow."),
}
# Government bodies and events are not institutions here: their statements go to the place they concern.
INSTITUTION_CLAIMS_TO = {"inst-state-council": None, "inst-beijing-city-officials": "hub-beijing",
                         "inst-hangzhou-governments": "hub-hangzhou", "inst-us-government": None,
                         "inst-waic": "hub-shenzhen"}

# ---------------------------------------------------------------- incentives
INCENTIVES = {
    "inc-17-tech-hubs": dict(level="NATIONAL", kind="PLAN", cities=[], announced=("not stated (source about 2017)", None, None),
                             summary="The central government's choice of 17 tech hubs, led by Beijing, Shenzhen and Shanghai, to "
                                     "move China from a manufacturing-reliant economy to one led by tech and innovation. The "
                                     "sources never list the 17."),
    "inc-nationwide-innovation-campaign": dict(level="NATIONAL", kind="PLAN", cities=[], announced=("not stated", None, None),
                                               summary="A nationwide innovation campaign driven by China's top decision makers."),
    "inc-ai-leader-2030": dict(level="NATIONAL", kind="PLAN", cities=[], announced=("not stated", None, None), target=2030,
                               summary="China's goal to be the global leader in AI by 2030."),
    "inc-national-ai-plan-2017": dict(level="NATIONAL", kind="PLAN", cities=[], announced=("2017", 2017, "YEAR"),
                                      summary="The national AI plan released in 2017."),
    "inc-beijing-ai-park": dict(level="MUNICIPAL", kind="PARK_OR_INFRASTRUCTURE", cities=["hub-beijing"],
                                announced=("\"earlier this year\" (about 2018)", 2018, "ESTIMATED"),
                                summary="A US$2.1 billion development site dedicated to AI on Beijing's western outskirts, "
                                        "reported to house 400 enterprises with an estimated US$7.7 billion in annual output: "
                                        "the crown jewel of the city's plan."),
    "inc-beijing-civic-plan-2017": dict(level="MUNICIPAL", kind="PLAN", cities=["hub-beijing"],
                                        announced=("late 2017", 2017, "LATE_YEAR"),
                                        summary="The wider vision for the capital laid out by city officials in late 2017, of "
                                                "which expanding the AI sector is part."),
    "inc-vpn-crackdown": dict(level="NATIONAL", kind="RESTRICTION", cities=["hub-beijing"],
                              announced=("within days of the AI park announcement (about early 2018)", 2018, "ESTIMATED"),
                              summary="Reports of a crackdown on VPN use by foreign companies, surfacing within days of the AI "
                                      "park announcement: a restriction that works against the hub."),
    "inc-foreign-worker-restrictions": dict(level="NATIONAL", kind="RESTRICTION", cities=["hub-beijing"],
                                            announced=("months before early 2018 (estimated)", 2017, "ESTIMATED"),
                                            summary="Months of tightened restrictions on foreigners working in the capital, "
                                                    "unwelcoming to the international talent the AI push needs."),
    "inc-beijing-gov-support": dict(level="MUNICIPAL", kind="FUNDING", cities=["hub-beijing"], announced=("not stated", None, None),
                                    summary="Government support that, with private funding, puts Beijing in the lead in AI "
                                            "investment."),
    "inc-shanghai-data-centers": dict(level="MUNICIPAL", kind="COMPUTING", cities=["hub-shanghai"],
                                      announced=("not stated (source about 2025)", None, None), target=2025,
                                      summary="Shanghai's expansion of AI computing capacity: five new data centres by 2025, "
                                              "aiming to exceed 100 exaflops."),
    "inc-shanghai-domestic-chips": dict(level="MUNICIPAL", kind="POLICY", cities=["hub-shanghai"],
                                        announced=("not stated", None, None),
                                        summary="Policies to boost the adoption of domestic computing chips, for "
                                                "self-sufficiency in AI."),
    "inc-guizhou-compute": dict(level="PROVINCIAL", kind="COMPUTING", cities=["hub-guizhou"], announced=("not stated", None, None),
                                summary="Strategic investments in computing power that have made Guizhou an AI data-centre "
                                        "powerhouse (85 exaflops reported)."),
    "inc-datacenters-inner-mongolia-guangdong": dict(level="PROVINCIAL", kind="COMPUTING",
                                                     cities=["hub-inner-mongolia", "hub-guangdong"],
                                                     announced=("not stated", None, None),
                                                     summary="Heavy investment in data centres by Inner Mongolia and Guangdong."),
    "inc-hangzhou-ai-investment": dict(level="MUNICIPAL", kind="FUNDING", cities=["hub-hangzhou"], announced=("not stated", None, None),
                                       summary="Hangzhou's heavy investment in AI development."),
    "inc-shenzhen-1bn-subsidies": dict(level="MUNICIPAL", kind="SUBSIDY", cities=["hub-shenzhen"],
                                       announced=("not stated (source about 2025)", None, None),
                                       title="1 billion yuan subsidies for AI adoption (placed in Shenzhen by one source; disputed)",
                                       summary="1 billion yuan in subsidies to help local firms and start-ups adopt AI "
                                               "solutions. One source places it in Shenzhen; it very probably belongs to "
                                               "Shanghai (see the dispute)."),
    "inc-hangzhou-tax-subsidies": dict(level="PROVINCIAL", kind="TAX", cities=["hub-hangzhou", "hub-liangzhu"],
                                       announced=("not stated", None, None),
                                       summary="Tax incentives and subsidies from local and provincial governments to attract "
                                               "and nurture startups in Hangzhou."),
    "inc-government-funding-startups": dict(level="NATIONAL", kind="FUNDING", cities=["hub-liangzhu"],
                                            announced=("not stated", None, None),
                                            summary="Government funding for startups, which founders say makes foreign "
                                                    "investment harder to get."),
    "inc-hangzhou-regulatory-environment": dict(level="MUNICIPAL", kind="POLICY", cities=["hub-hangzhou"],
                                                announced=("not stated", None, None),
                                                summary="A supportive regulatory environment encouraging rapid development "
                                                        "and vertical integration of AI."),
    "inc-local-government-ai-plans": dict(level="NATIONAL", kind="PLAN", cities=[], announced=("not stated", None, None),
                                          summary="Ambitious AI plans rolled out by local governments across China. One "
                                                  "headline speaks of incentives worth several billion yuan that the "
                                                  "article never itemises."),
    "inc-national-ai-strategic-priority": dict(level="NATIONAL", kind="PLAN", cities=["hub-hangzhou"],
                                               announced=("not stated", None, None),
                                               summary="Officials' statements that AI is strategically important for "
                                                       "modernising the economy, military and public infrastructure."),
    "inc-us-export-controls": dict(level="FOREIGN", kind="RESTRICTION", cities=["hub-liangzhu"], announced=("not stated", None, None),
                                   summary="U.S. export controls on high-performance chips, which keep Chinese firms from "
                                           "suppliers like Nvidia and push Huawei and SMIC toward domestic alternatives."),
}
# Not incentives (an expert's list of tools; a forecast): their statements go to the place they concern.
INCENTIVE_CLAIMS_TO = {"inc-policy-levers-expert-view": None, "inc-liangzhu-future-support": "hub-liangzhu"}

# ---------------------------------------------------------------- indicators and figures
INDICATORS = [
    # code, name, unit, higher is better, definition, sort
    ("registered-ai-companies", "Registered AI companies", "companies", True,
     "Number of AI companies registered in the hub.", 10),
    ("computing-power", "AI computing power", "exaflops", True,
     "AI computing capacity in exaflops (EFLOPS). Sources rarely say at which numeric precision it is measured.", 20),
    ("new-data-centres", "New data centres", "data centres", True, "Number of new data centres built or planned.", 30),
    ("ai-park-investment", "AI park investment", "USD", True, "Announced investment in a dedicated AI park.", 40),
    ("ai-park-capacity", "AI park capacity", "enterprises", True, "Number of enterprises an AI park is built to house.", 50),
    ("ai-park-output", "AI park annual output (estimated)", "USD per year", True,
     "Estimated annual output capacity of an AI park.", 60),
    ("ai-adoption-subsidies", "AI adoption subsidies", "CNY", True,
     "Subsidies for local firms and start-ups adopting AI solutions.", 70),
    ("plan-horizon", "Plan horizon", "years", False, "Years within which a plan is to be realised.", 80),
    ("paid-users", "Paid users", "users", True, "Number of paying users of a product.", 90),
]
FIGURES = {  # seed claim -> (indicator, kind, as_of_year, target_year)
    "hub-beijing.c24": ("registered-ai-companies", "ACTUAL", None, None),
    "hub-beijing.c06": ("plan-horizon", "TARGET", 2018, None),
    "hub-beijing.c08": ("ai-park-investment", "ACTUAL", 2018, None),
    "hub-beijing.c09": ("ai-park-capacity", "ESTIMATE", 2018, None),
    "hub-beijing.c10": ("ai-park-output", "ESTIMATE", 2018, None),
    "hub-shanghai.c05": ("new-data-centres", "TARGET", None, 2025),
    "hub-shanghai.c06": ("computing-power", "TARGET", None, 2025),
    "hub-shenzhen.c06": ("ai-adoption-subsidies", "ACTUAL", None, None),
    "hub-guizhou.c01": ("computing-power", "ACTUAL", None, None),
    "co-liulishuo.c03": ("paid-users", "ACTUAL", 2017, None),
}
QUALIFIERS = {"over": "OVER", "exceed": "EXCEEDING", "about": "ABOUT"}

# ---------------------------------------------------------------- disputes
DISPUTE_TITLES = {
    "cav-003-waic-location": "The World AI Conference is held in Shanghai, not Shenzhen",
    "cav-003-1bn-subsidy-city": "The 1 billion yuan AI subsidies very probably belong to Shanghai, not Shenzhen",
    "cav-003-zgc-science-park-category": "Zhongguancun Science Park is a science park, not a university or institute",
    "cav-000-liulishuo-profitable": "Liulishuo's profitability (about 2017) is doubtful",
    "cav-002-six-tigers": "Who the \"six tigers of Hangzhou\" are is not clear",
    "cav-17-hubs-ambiguous": "The 17 tech hubs are never listed or dated",
    "cav-001-timeline": "Two different horizons for Beijing's plan: 15 years or a decade",
    "cav-001-relative-dates": "Dates in the 2018 OZY article are only relative (\"earlier this year\")",
    "cav-003-undated-figures": "Figures with no as-of date or measurement basis",
    "cav-003-shanghai-100ef-scope": "Unclear what Shanghai's \"100 exaflops\" covers",
    "cav-003-headline-unsupported": "A headline promises what the article never shows",
    "cav-002-alibaba-liangzhu": "Alibaba is headquartered in Hangzhou, not necessarily Liangzhu",
    "cav-liangzhu-admin-status": "Liangzhu is a suburb (subdistrict), not a district",
    "cav-province-not-named": "The sources never name Hangzhou's province",
    "cav-002-xiaomi-defector": "The engineer who moved to Xiaomi is not named",
    "cav-002-deepseek-january-year": "DeepSeek's January breakthrough has no year or model name",
    "cav-silicon-valley-label": "\"China's Silicon Valley\" is applied to several places",
    "cav-temporal-spread": "The sources span 2017 to 2025: older figures may be out of date",
    "cav-provenance-derivative": "Three sources are unattributed rewrites of other reporting",
    "cav-000-ben-hu-role": "Ben Hu's role at Liulishuo is not stated",
    "cav-001-lenovo-international": "Lenovo is a Chinese company, not an \"international\" giant",
    "cav-001-majority-of-schools": "\"A majority of leading schools\" in Beijing is not measured",
    "cav-san-jose-unspecified": "Which San Jose is not stated",
    "cav-004-date-from-sidebar": "The only date on one source belongs to its sidebar",
}

# ---------------------------------------------------------------- SQL helpers

def q(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def ref(table, column, key):
    return "null" if key is None else f"(select id from {table} where {column} = {q(key)})"


class Ids:
    def __init__(self):
        self.city = {k: v["slug"] for k, v in CITIES.items()}
        self.company = {k: k[3:] for k in COMPANIES}
        self.university = {k: v["slug"] for k, v in UNIVERSITIES.items()}
        self.incentive = {k: k[4:] for k in INCENTIVES}

    def subject(self, entity_id):
        """Maps a seed id to (column, slug-subquery) or None for national context."""
        entity_id = HUB_ALIASES.get(entity_id, entity_id)
        if entity_id in self.city:
            return "city_id", ref("city", "slug", self.city[entity_id])
        if entity_id in self.company:
            return "company_id", ref("company", "slug", self.company[entity_id])
        if entity_id in self.university:
            return "university_id", ref("university", "slug", self.university[entity_id])
        if entity_id in self.incentive:
            return "incentive_id", ref("incentive", "slug", self.incentive[entity_id])
        return None


def paraphrase(text):
    """The extraction's paraphrases sometimes name seed ids; readers know them as sources."""
    for seed in ("seed-000", "seed-001", "seed-002", "seed-003", "seed-004"):
        text = text.replace(f"{seed} says", "One source says").replace(f"{seed} lists", "One source lists")
        text = text.replace(f"in {seed}", "in one source")
    return text.replace("The seed says", "One source says").replace("(seed: ", "(the source: ")


def reader_text(text):
    """Caveat texts speak of "the seed" and "the brief"; readers know the articles as sources (seed-000 … seed-004)."""
    if text is None:
        return None
    text = text.replace("The seed", "The source").replace("the seed", "the source").replace("(seed wording)", "(the source's wording)")
    return text.replace("the brief called it a district", "some descriptions call it a district")


def main():
    data = yaml.safe_load(open(os.path.join(HERE, "seed-facts.yaml"), encoding="utf-8"))
    ids = Ids()
    out = ["-- Seed data generated by src/seed/generate_seed_migration.py from src/seed/seed-facts.yaml.",
           "-- Do not edit by hand: change the generator or the extraction and regenerate.", ""]

    people_by_quote = {}
    for person in data["people"]:
        speaker = person["name"] if person.get("named") else person["name"].strip("()")
        role = person.get("role_as_stated", "")
        label = f"{speaker}, {role}" if person["id"] in ("per-mo-zhang", "per-yujia-he", "per-benjamin-cheong") else speaker
        for quote in person.get("quotes") or []:
            people_by_quote[quote["quote"]] = label

    # sources
    source_slug = {}
    for s in data["sources"]:
        label, year, precision = SOURCE_DATES[s["id"]]
        hint = s["publication_date_hint"]
        basis = hint["basis"]
        if "Outside the seeds" in basis:  # keep only what the seed itself shows
            basis = basis.split("Outside the seeds")[0].strip().rstrip(".") + "."
        publisher = s.get("publisher") or UNNAMED_PUBLISHER.get(s["id"])
        publisher_note = s.get("publisher_basis") or s.get("publisher_note")
        source_slug[s["id"]] = s["id"]
        out.append("insert into source (slug, title, subtitle, publisher, publisher_note, author, author_note, published_label, "
                   "published_year, date_precision, date_basis, date_confidence, seed_file, completeness_note) values ("
                   + ", ".join(q(v) for v in [s["id"], s["title"], s.get("subtitle"), publisher, reader_text(publisher_note),
                                              s.get("author"), reader_text(s.get("author_note")), label, year, precision,
                                              reader_text(basis), hint.get("confidence"), s["file"],
                                              reader_text(s.get("text_completeness"))]) + ");")
    out.append("")

    def src(seed_id):
        return ref("source", "slug", seed_id)

    # cities: parents first
    for key in sorted(CITIES, key=lambda k: CITIES[k]["parent"] is not None):
        c = CITIES[key]
        name = next(h["name"] for h in data["hubs"] if h["id"] == key)
        out.append("insert into city (slug, name, name_zh, level, province, parent_id, summary, nicknames) values ("
                   + ", ".join([q(c["slug"]), q(name), q(c["zh"]), q(c["level"]), q(c["province"]),
                                ref("city", "slug", CITIES[c["parent"]]["slug"]) if c["parent"] else "null",
                                q(c["summary"]), q(c["nick"])]) + ");")
    out.append("")

    # companies
    seed_companies = {c["id"]: c for c in data["companies"]}
    for key, c in COMPANIES.items():
        name = seed_companies[key]["name"]
        hq = ref("city", "slug", CITIES[c["hq"]]["slug"]) if c.get("hq") else "null"
        out.append("insert into company (slug, name, name_zh, kind, founded_year, hq_city_id, location_note, summary) values ("
                   + ", ".join([q(ids.company[key]), q(name), q(c["zh"]), q(c["kind"]), q(c.get("founded")), hq,
                                q(c.get("location")), q(c["summary"])]) + ");")
        for sector in c["sectors"]:
            out.append(f"insert into company_sector (company_id, sector) values ({ref('company', 'slug', ids.company[key])}, {q(sector)});")
        for hub, relation in (c.get("presence") or {}).items():
            out.append("insert into company_presence (company_id, city_id, relation) values ("
                       f"{ref('company', 'slug', ids.company[key])}, {ref('city', 'slug', CITIES[hub]['slug'])}, {q(relation)});")
    out.append("")

    # universities
    seed_insts = {i["id"]: i for i in data["institutions"]}
    for key, u in UNIVERSITIES.items():
        city = ref("city", "slug", CITIES[u["city"]]["slug"]) if u["city"] else "null"
        out.append("insert into university (slug, name, name_zh, kind, city_id, location_note, summary) values ("
                   + ", ".join([q(u["slug"]), q(seed_insts[key]["name"]), q(u["zh"]), q(u["kind"]), city,
                                q(u.get("location")), q(u["summary"])]) + ");")
        for company, relation in (u.get("companies") or {}).items():
            out.append("insert into university_company (university_id, company_id, relation) values ("
                       f"{ref('university', 'slug', u['slug'])}, {ref('company', 'slug', ids.company[company])}, {q(relation)});")
    out.append("")

    # incentives
    seed_incs = {i["id"]: i for i in data["incentives"]}
    for key, i in INCENTIVES.items():
        s = seed_incs[key]
        amount = s.get("amount") or {}
        as_written, year, precision = i["announced"]
        title = i.get("title") or s["name"]
        out.append("insert into incentive (slug, title, level, kind, issuer, amount_as_written, amount_value, currency, "
                   "announced_as_written, announced_year, announced_precision, target_year, status, summary) values ("
                   + ", ".join([q(ids.incentive[key]), q(title), q(i["level"]), q(i["kind"]), q(reader_text(paraphrase(s["issuer"])) if s.get("issuer") else None),
                                q(amount.get("as_written")), q(amount.get("value")), q(amount.get("currency")),
                                q(as_written), q(year), q(precision), q(i.get("target")), q(s.get("status")),
                                q(i["summary"])]) + ");")
        for hub in i["cities"]:
            out.append("insert into incentive_city (incentive_id, city_id) values ("
                       f"{ref('incentive', 'slug', ids.incentive[key])}, {ref('city', 'slug', CITIES[hub]['slug'])});")
    out.append("")

    # indicators
    for code, name, unit, higher, definition, order in INDICATORS:
        out.append("insert into indicator (code, name, unit, higher_is_better, definition, sort_order) values ("
                   + ", ".join(q(v) for v in [code, name, unit, higher, definition, order]) + ");")
    out.append("")

    # figures and citations
    seen = set()  # (subject column, subject key, quote): one statement per subject
    figure_refs, citation_refs = set(), set()
    figure_quotes = set()

    def add_citation(claim, subject_key, speaker=None):
        subject = ids.subject(subject_key) if subject_key else None
        dedupe = (subject[1] if subject else None, claim["quote"])
        if dedupe in seen:
            return
        seen.add(dedupe)
        column = subject[0] if subject else None
        cols = ["source_id", "quote", "paraphrase", "nature", "location", "speaker", "seed_ref"]
        vals = [src(claim["source"]), q(claim["quote"]), q(reader_text(paraphrase(claim["text"]))), q(claim["nature"].upper()),
                q(claim.get("where")), q(speaker or people_by_quote.get(claim["quote"])), q(claim.get("id"))]
        if column:
            cols.insert(0, column)
            vals.insert(0, subject[1])
        out.append(f"insert into citation ({', '.join(cols)}) values ({', '.join(vals)});")
        if claim.get("id"):
            citation_refs.add(claim["id"])

    def add_figure(claim, subject_key):
        indicator, kind, as_of_year, target_year = FIGURES[claim["id"]]
        column, subject = ids.subject(subject_key)
        qualifier = QUALIFIERS.get(claim.get("qualifier"), "NONE")
        as_of = claim.get("as_of")
        if claim.get("target_year"):
            as_of = as_of or f"target year {claim['target_year']}"
        out.append(f"insert into figure ({column}, indicator_id, value_numeric, value_as_written, qualifier, figure_kind, "
                   "as_of_label, as_of_year, target_year, source_id, quote, seed_ref) values ("
                   + ", ".join([subject, ref("indicator", "code", indicator), q(claim.get("value")),
                                q(claim["value_as_written"]), q(qualifier), q(kind), q(as_of), q(as_of_year),
                                q(target_year or claim.get("target_year")), src(claim["source"]), q(claim["quote"]),
                                q(claim["id"])]) + ");")
        figure_refs.add(claim["id"])
        figure_quotes.add(claim["quote"])
        seen.add((subject, claim["quote"]))

    for hub in data["hubs"]:
        key = HUB_ALIASES.get(hub["id"], hub["id"])
        for claim in hub.get("claims", []):
            if claim["id"] in FIGURES:
                add_figure(claim, key)
    for company in data["companies"]:
        for claim in company.get("claims", []):
            if claim["id"] in FIGURES:
                add_figure(claim, company["id"])
    out.append("")

    for hub in data["hubs"]:
        key = HUB_ALIASES.get(hub["id"], hub["id"])
        for claim in hub.get("claims", []):
            if claim["id"] in FIGURES:
                continue
            if key in CONTEXT_HUBS:
                add_citation(claim, None)
            elif key in CITIES:
                add_citation(claim, key)
    for company in data["companies"]:
        if company.get("incidental"):
            continue
        for claim in company.get("claims", []):
            if claim["id"] in FIGURES:
                continue
            if company["id"] in COMPANIES:
                add_citation(claim, company["id"])
            elif company["id"] in COMPANY_CLAIMS_TO_CITY:
                add_citation(claim, COMPANY_CLAIMS_TO_CITY[company["id"]])
    for inst in data["institutions"]:
        for claim in inst.get("claims", []):
            if inst["id"] in UNIVERSITIES:
                add_citation(claim, inst["id"])
            elif inst["id"] in INSTITUTION_CLAIMS_TO:
                add_citation(claim, INSTITUTION_CLAIMS_TO[inst["id"]])
    for inc in data["incentives"]:
        for claim in inc.get("claims", []):
            if inc["id"] in INCENTIVES:
                add_citation(claim, inc["id"])
            elif inc["id"] in INCENTIVE_CLAIMS_TO:
                add_citation(claim, INCENTIVE_CLAIMS_TO[inc["id"]])
    skip_people = {"per-ben-halder", "per-simon-song", "per-mike-kemp", "per-ian-krietzberg"}
    for person in data["people"]:
        if person["id"] in skip_people:
            continue
        target = person.get("hub")
        if not target:
            target = next((a for a in person.get("affiliations") or [] if a in COMPANIES), None)
        if person["id"] == "per-xiaomi-defector":
            target = "hub-liangzhu"
        speaker = person["name"] if person.get("named") else None
        for claim in person.get("claims", []):
            add_citation(claim, target, speaker)
        for quote in person.get("quotes") or []:
            add_citation(dict(quote, text=f"Quote from {person['name'].strip('()')}.", nature="attributed_view"),
                         target, people_by_quote.get(quote["quote"]))
    out.append("")

    # disputes and what they affect
    for cav in data["caveats"]:
        refs = "\n".join(cav.get("outside_references") or [])
        known = cav.get("known_otherwise")
        out.append("insert into dispute (slug, title, severity, confidence, dispute_type, source_id, quote, issue, "
                   "known_otherwise, outside_references) values ("
                   + ", ".join([q(cav["id"][4:]), q(DISPUTE_TITLES[cav["id"]]), q(cav["severity"].upper()),
                                q(cav.get("confidence")), q(cav["type"]), src(cav.get("source")), q(cav.get("quote")),
                                q(reader_text(cav["issue"])), q(None if known in (None, "n/a") else reader_text(known)), q(refs or None)]) + ");")
        dispute = ref("dispute", "slug", cav["id"][4:])
        linked = set()
        for affected in cav.get("affects") or []:
            subject = ids.subject(affected)
            if subject and subject not in linked:
                linked.add(subject)
                out.append(f"insert into dispute_link (dispute_id, {subject[0]}) values ({dispute}, {subject[1]});")
    # claims that name a caveat
    for section in ("hubs", "companies", "institutions", "incentives", "people"):
        for entity in data[section]:
            for claim in entity.get("claims", []):
                for cav in claim.get("caveats") or []:
                    dispute = ref("dispute", "slug", cav[4:])
                    if claim["id"] in figure_refs:
                        out.append(f"insert into dispute_link (dispute_id, figure_id) values ({dispute}, "
                                   f"{ref('figure', 'seed_ref', claim['id'])});")
                    elif claim["id"] in citation_refs:
                        out.append(f"insert into dispute_link (dispute_id, citation_id) values ({dispute}, "
                                   f"{ref('citation', 'seed_ref', claim['id'])});")

    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {OUT}: {sum(1 for l in out if l.startswith('insert'))} inserts, "
          f"{len(figure_refs)} figures, {len(citation_refs)} cited claims", file=sys.stderr)


if __name__ == "__main__":
    main()
