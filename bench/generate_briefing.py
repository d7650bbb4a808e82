#!/usr/bin/python3
"""Writes a synthetic briefing (the XML input format, version 1) for benchmarks and tests.

A fictional delegation from China visits Japan and ends with a stop in Seoul. The text mixes
English, Simplified Chinese and Japanese: romanized and native names, organization names in both
forms, English paragraphs with Chinese and Japanese spans, whole Chinese and Japanese paragraphs
rich in CJK punctuation, agendas, talking points, logistics, <ref to> and <a href> links, lists and
quotes. Every person and organization is invented; names of well-known real people are refused.

Deterministic: the same arguments give byte-identical output. Randomness comes from a seeded
SplitMix64 of our own (not the `random` module, whose algorithms may change between Python
versions), and nothing depends on the clock, the locale or hash order.

    bench/generate_briefing.py --size large -o /tmp/large.xml
    bench/generate_briefing.py --delegates 40 --sessions 14 --people 72 --orgs 16 -o x.xml
    bench/generate_briefing.py --write-test-data tests/data/generated   # the checked-in inputs

Standard library only (Debian's /usr/bin/python3).
"""

import argparse
import datetime
import re
import sys
import unicodedata
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape, quoteattr

# ---- Sizes ------------------------------------------------------------------------------------

# people, sessions, organizations, delegates
SIZES = {
    "sample": (17, 5, 10, 7),  # the real sample trip's size
    "medium": (250, 60, 50, 24),
    "large": (600, 150, 120, 40),  # about a 300-page book
}

# The test inputs checked in under tests/data/generated/, and the arguments that make each one.
# tests/scripts/test_generator.py regenerates them and compares bytes.
CHECKED_IN = {
    # 40 delegates, each attending a different subset of the sessions (batch tests, issue 6).
    "delegation-40.xml": ["--delegates", "40", "--sessions", "14", "--people", "72", "--orgs", "16"],
    # A 60-person delegation: the delegation briefing lists all 60 (participant table across
    # pages, issue 5).
    "participants-60.xml": ["--delegates", "60", "--sessions", "4", "--people", "70", "--orgs", "8"],
}

DEFAULT_SEED = 20250414
TRIP_START = datetime.date(2025, 4, 14)  # a Monday
HOME_TZ = "Asia/Shanghai"
TRIP_TZ = "Asia/Tokyo"
SEOUL_TZ = "Asia/Seoul"

# ---- Deterministic randomness ------------------------------------------------------------------

_MASK64 = (1 << 64) - 1


class Rng:
    """SplitMix64: small, fast, and fixed forever, so that output never depends on Python's version."""

    def __init__(self, seed: int):
        self._state = seed & _MASK64

    def next_u64(self) -> int:
        self._state = (self._state + 0x9E3779B97F4A7C15) & _MASK64
        z = self._state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
        return z ^ (z >> 31)

    def below(self, n: int) -> int:
        return self.next_u64() % n

    def between(self, low: int, high: int) -> int:
        return low + self.below(high - low + 1)

    def chance(self, probability: float) -> bool:
        return (self.next_u64() >> 11) < int(probability * (1 << 53))

    def choice(self, items):
        return items[self.below(len(items))]

    def shuffled(self, items) -> list:
        out = list(items)
        for i in range(len(out) - 1, 0, -1):
            j = self.below(i + 1)
            out[i], out[j] = out[j], out[i]
        return out

    def sample(self, items, k: int) -> list:
        return self.shuffled(items)[:k]


# ---- Word lists (all combinations are fictional) ------------------------------------------------

ZH_SURNAMES = [
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
    ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
    ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"),
    ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("唐", "Tang"),
    ("韩", "Han"), ("曹", "Cao"), ("邓", "Deng"), ("肖", "Xiao"), ("冯", "Feng"), ("曾", "Zeng"),
    ("程", "Cheng"), ("蔡", "Cai"), ("彭", "Peng"), ("潘", "Pan"), ("袁", "Yuan"), ("董", "Dong"),
    ("苏", "Su"), ("叶", "Ye"), ("吕", "Lü"), ("魏", "Wei"), ("蒋", "Jiang"), ("田", "Tian"),
    ("杜", "Du"), ("丁", "Ding"), ("沈", "Shen"), ("范", "Fan"), ("傅", "Fu"), ("钟", "Zhong"),
    ("卢", "Lu"), ("戴", "Dai"), ("崔", "Cui"), ("任", "Ren"), ("廖", "Liao"), ("姚", "Yao"),
    ("方", "Fang"), ("金", "Jin"), ("邱", "Qiu"), ("夏", "Xia"), ("谭", "Tan"), ("贾", "Jia"),
    ("邹", "Zou"), ("石", "Shi"), ("熊", "Xiong"), ("孟", "Meng"), ("秦", "Qin"), ("薛", "Xue"),
    ("侯", "Hou"), ("雷", "Lei"), ("白", "Bai"), ("龙", "Long"), ("段", "Duan"), ("郝", "Hao"),
    ("孔", "Kong"), ("邵", "Shao"), ("毛", "Mao"), ("常", "Chang"), ("顾", "Gu"), ("赖", "Lai"),
    ("康", "Kang"), ("贺", "He"), ("严", "Yan"), ("尹", "Yin"), ("钱", "Qian"), ("施", "Shi"),
    ("洪", "Hong"), ("龚", "Gong"), ("欧阳", "Ouyang"), ("司马", "Sima"), ("诸葛", "Zhuge"),
]

ZH_GIVEN = [
    ("伟", "wei"), ("芳", "fang"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
    ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"),
    ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"),
    ("华", "hua"), ("玉", "yu"), ("文", "wen"), ("建", "jian"), ("海", "hai"), ("晓", "xiao"),
    ("宇", "yu"), ("思", "si"), ("佳", "jia"), ("欣", "xin"), ("子", "zi"), ("浩", "hao"),
    ("博", "bo"), ("睿", "rui"), ("嘉", "jia"), ("怡", "yi"), ("雨", "yu"), ("晨", "chen"),
    ("轩", "xuan"), ("泽", "ze"), ("鹏", "peng"), ("志", "zhi"), ("宏", "hong"), ("云", "yun"),
    ("琳", "lin"), ("婷", "ting"), ("慧", "hui"), ("颖", "ying"), ("楠", "nan"), ("斌", "bin"),
    ("鑫", "xin"), ("东", "dong"), ("亮", "liang"), ("蕾", "lei"), ("清", "qing"), ("卓", "zhuo"),
    ("然", "ran"), ("昊", "hao"), ("凯", "kai"), ("安", "an"), ("恩", "en"), ("瑶", "yao"),
    ("璐", "lu"), ("舒", "shu"), ("彤", "tong"), ("蓉", "rong"), ("帆", "fan"), ("航", "hang"),
    ("川", "chuan"), ("岚", "lan"), ("逸", "yi"), ("铭", "ming"), ("琪", "qi"), ("悦", "yue"),
    ("薇", "wei"), ("宁", "ning"), ("远", "yuan"), ("舟", "zhou"), ("辰", "chen"), ("珂", "ke"),
    ("湘", "xiang"), ("蔚", "wei"), ("澄", "cheng"),
]

JA_SURNAMES = [
    ("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"), ("伊藤", "Ito"),
    ("渡辺", "Watanabe"), ("山本", "Yamamoto"), ("中村", "Nakamura"), ("小林", "Kobayashi"),
    ("加藤", "Kato"), ("吉田", "Yoshida"), ("山田", "Yamada"), ("佐々木", "Sasaki"),
    ("山口", "Yamaguchi"), ("松本", "Matsumoto"), ("井上", "Inoue"), ("木村", "Kimura"),
    ("林", "Hayashi"), ("斎藤", "Saito"), ("清水", "Shimizu"), ("山崎", "Yamazaki"), ("森", "Mori"),
    ("橋本", "Hashimoto"), ("阿部", "Abe"), ("石川", "Ishikawa"), ("山下", "Yamashita"),
    ("中島", "Nakajima"), ("石井", "Ishii"), ("小川", "Ogawa"), ("前田", "Maeda"), ("岡田", "Okada"),
    ("長谷川", "Hasegawa"), ("藤田", "Fujita"), ("後藤", "Goto"), ("近藤", "Kondo"), ("遠藤", "Endo"),
    ("青木", "Aoki"), ("坂本", "Sakamoto"), ("福田", "Fukuda"), ("太田", "Ota"), ("西村", "Nishimura"),
    ("藤井", "Fujii"), ("金子", "Kaneko"), ("岡本", "Okamoto"), ("藤原", "Fujiwara"), ("中野", "Nakano"),
    ("三浦", "Miura"), ("原田", "Harada"), ("松田", "Matsuda"), ("竹内", "Takeuchi"), ("田村", "Tamura"),
    ("中川", "Nakagawa"), ("和田", "Wada"), ("石田", "Ishida"), ("上田", "Ueda"), ("森田", "Morita"),
    ("柴田", "Shibata"), ("酒井", "Sakai"), ("横山", "Yokoyama"), ("宮崎", "Miyazaki"),
    ("内田", "Uchida"), ("高木", "Takagi"), ("安藤", "Ando"), ("島田", "Shimada"), ("谷口", "Taniguchi"),
    ("丸山", "Maruyama"), ("今井", "Imai"), ("藤本", "Fujimoto"), ("村田", "Murata"), ("杉山", "Sugiyama"),
    ("増田", "Masuda"), ("小山", "Koyama"), ("大塚", "Otsuka"), ("平野", "Hirano"), ("菅原", "Sugawara"),
    ("久保", "Kubo"), ("千葉", "Chiba"), ("岩崎", "Iwasaki"), ("桜井", "Sakurai"), ("木下", "Kinoshita"),
    ("野口", "Noguchi"), ("松尾", "Matsuo"), ("菊地", "Kikuchi"), ("野村", "Nomura"), ("新井", "Arai"),
    # Hepburn with macrons, as some people write their names.
    ("大野", "Ōno"), ("工藤", "Kudō"), ("河野", "Kōno"), ("伊東", "Itō"), ("大西", "Ōnishi"),
]

JA_GIVEN = [
    ("翔太", "Shota"), ("大輔", "Daisuke"), ("健太", "Kenta"), ("直樹", "Naoki"), ("和也", "Kazuya"),
    ("達也", "Tatsuya"), ("誠", "Makoto"), ("隆", "Takashi"), ("浩", "Hiroshi"), ("健一", "Ken'ichi"),
    ("修平", "Shuhei"), ("茂樹", "Shigeki"), ("亮介", "Ryosuke"), ("恵子", "Keiko"), ("裕子", "Yuko"),
    ("直美", "Naomi"), ("美穂", "Miho"), ("由美", "Yumi"), ("真理子", "Mariko"), ("智子", "Tomoko"),
    ("久美子", "Kumiko"), ("明美", "Akemi"), ("さくら", "Sakura"), ("美咲", "Misaki"), ("彩", "Aya"),
    ("葵", "Aoi"), ("結衣", "Yui"), ("優花", "Yuka"), ("恵美", "Emi"), ("悠人", "Yuto"), ("蓮", "Ren"),
    ("陸", "Riku"), ("大翔", "Hiroto"), ("颯太", "Sota"), ("湊", "Minato"), ("樹", "Itsuki"),
    ("涼子", "Ryoko"), ("まゆみ", "Mayumi"), ("ひとみ", "Hitomi"), ("香織", "Kaori"), ("拓海", "Takumi"),
    ("慎也", "Shin'ya"), ("純一", "Jun'ichi"), ("洋平", "Yohei"), ("雅人", "Masato"), ("千尋", "Chihiro"),
    ("奈々", "Nana"), ("遥", "Haruka"), ("俊介", "Shunsuke"), ("康介", "Kosuke"), ("紀子", "Noriko"),
    ("秀樹", "Hideki"), ("友美", "Tomomi"), ("理恵", "Rie"), ("沙織", "Saori"), ("克也", "Katsuya"),
    ("哲也", "Tetsuya"), ("圭", "Kei"), ("みなみ", "Minami"), ("ゆかり", "Yukari"), ("陽子", "Yoko"),
]

KO_SURNAMES = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin",
               "Seo", "Kwon", "Hwang"]
KO_GIVEN = ["Minjun", "Seoyeon", "Jiho", "Haeun", "Dohyun", "Yejin", "Junseo", "Sumin", "Jiwoo",
            "Hyunwoo", "Eunji", "Siwoo", "Chaeyoung", "Geonwoo", "Dayeon", "Yunseo"]

WESTERN_GIVEN = ["Claire", "Martin", "Sofia", "Daniel", "Elena", "Tomás", "Ingrid", "Lucas", "Amelia",
                 "Noah", "Chloé", "Henrik", "Priya", "Mateo", "Hannah", "Oliver", "Isabel", "Felix",
                 "Nadia", "Pieter", "Greta", "Rafael", "Leonie", "Samuel", "Zoë", "Anders", "Marta",
                 "Julien", "Aisha", "Connor"]
WESTERN_FAMILY = ["Duval", "Okafor", "Lindqvist", "Hartmann", "Rossi", "Ferreira", "Solberg", "Bernard",
                  "Clarke", "Brennan", "Novak", "Kowalski", "Jansen", "Moreau", "Fischer", "Costa",
                  "Nilsson", "Dubois", "Keller", "Whitaker", "Sørensen", "Alvarez", "Mendes", "Petrov",
                  "O'Neill", "Schäfer", "Laurent", "Bianchi", "Haddad", "Ostrowski"]

# Well-known real people whose names the word lists above could spell: never generated.
REAL_NAMES = {
    ("Li", "Qiang"), ("Wang", "Yi"), ("Li", "Xi"), ("Cai", "Qi"), ("Han", "Zheng"), ("Yin", "Li"),
    ("Liu", "Yang"), ("Yang", "Liwei"), ("Zhao", "Wei"), ("Sun", "Li"), ("Zhou", "Xun"), ("Gong", "Li"),
    ("Yao", "Ming"), ("Ma", "Long"), ("Lin", "Dan"), ("Liu", "Xiang"), ("Wu", "Jing"), ("Huang", "Bo"),
    ("Deng", "Chao"), ("Sun", "Yang"), ("Liu", "Wen"), ("Lu", "Han"), ("Lei", "Jun"), ("Ding", "Lei"),
    ("Wang", "Xing"), ("Zhang", "Yiming"), ("Ma", "Yun"), ("Liu", "He"), ("Chen", "Xi"), ("Cao", "Fei"),
    ("Feng", "Lan"), ("Song", "Ruilin"), ("Yang", "Dajun"), ("Liang", "Wenqing"), ("Mou", "Xiaodun"),
    ("Zhang", "Jie"), ("Li", "Yuchun"), ("Zhou", "Shen"), ("Hu", "Ge"), ("Zhang", "Yixing"),
    ("Nakamura", "Shunsuke"), ("Matsui", "Hideki"), ("Watanabe", "Naomi"), ("Ono", "Yoko"),
    ("Ogawa", "Yoko"), ("Kimura", "Takuya"), ("Suzuki", "Ichiro"), ("Kono", "Taro"), ("Kōno", "Taro"),
    ("Takahashi", "Naoko"), ("Inoue", "Naoya"), ("Hayashi", "Yoshimasa"), ("Kato", "Katsunobu"),
    ("Murakami", "Nobuo"), ("Kagawa", "Osamu"), ("Ikeda", "Junya"), ("Yamano", "Ooki"),
    ("Oga", "Shoichi"), ("Terao", "Yasuko"), ("Fujimori", "Shigeru"), ("Fujimura", "Ken"),
    ("Furuta", "Milano"), ("Shan", "Sean"), ("Hasegawa", "Hiroshi"), ("Yamada", "Hanako"),
    ("Ishida", "Yuri"), ("Ueda", "Aya"), ("Okada", "Makoto"), ("Sato", "Takeru"), ("Aoi", "Yu"),
    ("Sakai", "Masato"), ("Miura", "Haruma"),
}

TOPICS = [  # (English, Simplified Chinese, Japanese)
    ("antibody–drug conjugates", "抗体偶联药物", "抗体薬物複合体"),
    ("cell and gene therapy", "细胞与基因治疗", "細胞・遺伝子治療"),
    ("real-world data", "真实世界数据", "リアルワールドデータ"),
    ("multi-regional clinical trials", "国际多中心临床试验", "国際共同治験"),
    ("regulatory convergence", "监管协调", "規制調和"),
    ("rare disease treatment", "罕见病治疗", "希少疾患治療"),
    ("digital health", "数字健康", "デジタルヘルス"),
    ("AI-assisted drug discovery", "人工智能辅助药物发现", "AI創薬"),
    ("vaccine manufacturing", "疫苗生产", "ワクチン製造"),
    ("medical device approval", "医疗器械审批", "医療機器承認"),
    ("pharmaceutical supply chains", "医药供应链", "医薬品サプライチェーン"),
    ("early-stage research partnerships", "早期研发合作", "早期研究提携"),
    ("oncology pipelines", "肿瘤药物管线", "がん領域パイプライン"),
    ("elderly care technology", "养老科技", "介護テクノロジー"),
    ("market access", "市场准入", "市場アクセス"),
    ("data protection in clinical research", "临床研究数据保护", "臨床研究におけるデータ保護"),
]

TITLES = [  # job titles (English, Simplified Chinese, Japanese)
    ("Chief Executive Officer", "首席执行官", "最高経営責任者"),
    ("Vice President, Research and Development", "研发副总裁", "研究開発担当副社長"),
    ("Director, International Affairs", "国际事务部主任", "国際部長"),
    ("Head of Clinical Operations", "临床运营负责人", "臨床開発部長"),
    ("Chief Scientific Officer", "首席科学官", "最高科学責任者"),
    ("General Manager, Asia Pacific", "亚太区总经理", "アジア太平洋地域統括"),
    ("Professor of Pharmacology", "药理学教授", "薬理学教授"),
    ("Senior Researcher", "高级研究员", "上席研究員"),
    ("Deputy Secretary-General", "副秘书长", "事務局次長"),
    ("Head of Regulatory Affairs", "注册事务负责人", "薬事部長"),
    ("Chief Medical Officer", "首席医学官", "最高医学責任者"),
    ("Director, Business Development", "业务拓展总监", "事業開発部長"),
    ("Manager, Public Affairs", "公共事务经理", "広報渉外マネージャー"),
    ("Chairman of the Board", "董事长", "代表取締役会長"),
    ("President", "总裁", "代表取締役社長"),
]

ZH_CITIES = [("北京", "Beijing"), ("上海", "Shanghai"), ("苏州", "Suzhou"), ("杭州", "Hangzhou"),
             ("深圳", "Shenzhen"), ("广州", "Guangzhou"), ("成都", "Chengdu"), ("武汉", "Wuhan"),
             ("南京", "Nanjing"), ("天津", "Tianjin"), ("西安", "Xi'an"), ("厦门", "Xiamen"),
             ("青岛", "Qingdao"), ("合肥", "Hefei"), ("长沙", "Changsha"), ("重庆", "Chongqing")]

ZH_BRANDS = [("澜桥", "Lanqiao"), ("溪石", "Xishi"), ("禾光", "Heguang"), ("砚川", "Yanchuan"),
             ("栖云", "Qiyun"), ("闻溪", "Wenxi"), ("朗峰", "Langfeng"), ("沐泽", "Muze"),
             ("宁拓", "Ningtuo"), ("璟和", "Jinghe"), ("汇岚", "Huilan"), ("知岸", "Zhi'an"),
             ("鹭川", "Luchuan"), ("橙桥", "Chengqiao"), ("岳衡", "Yueheng"), ("青禾", "Qinghe"),
             ("云舟", "Yunzhou"), ("泓石", "Hongshi"), ("星湾", "Xingwan"), ("岚峰", "Lanfeng"),
             ("清岩", "Qingyan"), ("瀚川", "Hanchuan"), ("景澄", "Jingcheng"), ("松岭", "Songling"),
             ("晴川", "Qingchuan"), ("苇岸", "Wei'an"), ("鹤鸣", "Heming"), ("砺石", "Lishi")]

# (kind, English pattern, Chinese pattern, short-name suffix)
ZH_ORG_FORMS = [
    ("company", "{city} {brand} Biotechnology Co., Ltd.", "{city}{brand}生物科技有限公司", " Bio"),
    ("company", "{brand} Pharmaceutical Group Co., Ltd.", "{brand}医药集团股份有限公司", " Pharma"),
    ("company", "{city} {brand} Medical Devices Co., Ltd.", "{city}{brand}医疗器械有限公司", " Medical"),
    ("company", "{brand} Gene Technology Co., Ltd.", "{brand}基因科技有限公司", " Gene"),
    ("company", "{brand} Digital Health Technology Co., Ltd.", "{brand}数字健康科技有限公司", " Digital"),
    ("research-center", "{city} {brand} Institute of Biomedical Research", "{city}{brand}生物医学研究院",
     " Institute"),
    ("hospital", "{city} {brand} Hospital", "{city}{brand}医院", " Hospital"),
    ("foundation", "{brand} Health Foundation", "{brand}健康基金会", " Foundation"),
]

JA_BRANDS = [("翠嶺", "Suirei"), ("朝凪", "Asanagi"), ("花筏", "Hanaikada"), ("星窓", "Hoshimado"),
             ("青嵐", "Seiran"), ("風待", "Kazamachi"), ("月舟", "Gesshu"), ("白砂", "Shirasuna"),
             ("夕凪", "Yunagi"), ("水鏡", "Mizukagami"), ("藍染", "Aizome"), ("雪洲", "Sesshu"),
             ("ヒカリノ", "Hikarino"), ("ミナモ", "Minamo"), ("ソラノ", "Sorano"), ("コハク", "Kohaku"),
             ("ツムギ", "Tsumugi"), ("千鳥ヶ丘", "Chidorigaoka"), ("若狭野", "Wakasano"), ("宵星", "Yoiboshi")]

JA_ORG_FORMS = [
    ("company", "{brand} Pharmaceutical Co., Ltd.", "{brand}製薬株式会社", " Pharma"),
    ("company", "{brand} Bio Inc.", "株式会社{brand}バイオ", " Bio"),
    ("company", "{brand} Medical Devices Co., Ltd.", "{brand}医療機器株式会社", " Medical"),
    ("company", "{brand} Life Sciences Corporation", "{brand}ライフサイエンス株式会社", " Life Sciences"),
    ("research-center", "{brand} Institute for Drug Discovery", "{brand}創薬研究所", " Institute"),
    ("hospital", "{city} {brand} Medical Center", "{city}{brand}医療センター", " Medical Center"),
    ("university", "{brand} University of Health Sciences", "{brand}医療大学", " University"),
    ("association", "{brand} Council for Pharmaceutical Innovation", "{brand}医薬イノベーション協議会",
     " Council"),
    ("science-park", "{brand} Health Innovation Park", "{brand}ヘルスイノベーションパーク", " Park"),
    ("foundation", "{brand} Foundation for Medical Research", "公益財団法人{brand}医学研究財団", " Foundation"),
]

# (city, city in Japanese, prefecture prefix for addresses, area in Japanese, area romanized)
JA_CITIES = [
    ("Tokyo", "東京", "東京都", "中央区日本橋", "Nihonbashi, Chuo-ku"),
    ("Tokyo", "東京", "東京都", "港区芝浦", "Shibaura, Minato-ku"),
    ("Tokyo", "東京", "東京都", "千代田区丸の内", "Marunouchi, Chiyoda-ku"),
    ("Tokyo", "東京", "東京都", "江東区豊洲", "Toyosu, Koto-ku"),
    ("Osaka", "大阪", "大阪府大阪市", "北区中之島", "Nakanoshima, Kita-ku"),
    ("Kyoto", "京都", "京都府京都市", "下京区", "Shimogyo-ku"),
    ("Yokohama", "横浜", "神奈川県横浜市", "西区みなとみらい", "Minatomirai, Nishi-ku"),
    ("Kobe", "神戸", "兵庫県神戸市", "中央区港島", "Minatojima, Chuo-ku"),
    ("Fujisawa", "藤沢", "神奈川県藤沢市", "村岡東", "Muraoka-higashi"),
    ("Tsukuba", "つくば", "茨城県つくば市", "千現", "Sengen"),
    ("Kawasaki", "川崎", "神奈川県川崎市", "川崎区殿町", "Tonomachi, Kawasaki-ku"),
]

KO_BRANDS = ["Hanbit", "Saerom", "Dasol", "Nuri", "Haneul", "Boram", "Areum", "Gaon"]
KO_ORG_FORMS = [("research-center", "{brand} Biomedical Research Center"), ("company", "{brand} Biopharma Co., Ltd."),
                ("hospital", "{brand} Medical Center")]
KO_AREAS = ["Gangnam-gu", "Jongno-gu", "Mapo-gu", "Seocho-gu", "Songpa-gu"]

OTHER_WORDS = ["Meridian", "Bluewater", "Northgate", "Silverline", "Harborview", "Crestmoor", "Lantern",
               "Keystone", "Brightfield", "Windrose"]
OTHER_FORMS = [("company", "{w} Language Services", "Language Services"),
               ("company", "{w} Travel and Events (Tokyo office)", "Travel"),
               ("association", "{w} Forum for Asia-Pacific Clinical Research", "Forum"),
               ("company", "{w} Health Policy Consulting", "Consulting")]

ZH_DOCS = ["中日医药创新合作白皮书", "{topic}合作备忘录", "{topic}发展路线图（2025—2030）", "关于加强{topic}交流的倡议"]
JA_DOCS = ["{topic}に関する共同声明", "日中医薬品産業協力の手引き", "{topic}の現状と課題"]
JA_PLACES = [("Ueno Park", "上野恩賜公園"), ("Asakusa", "浅草"), ("Ginza", "銀座"), ("Nihonbashi", "日本橋"),
             ("the Imperial Palace East Gardens", "皇居東御苑")]


# ---- Model of what is written -------------------------------------------------------------------


@dataclass
class Native:
    lang: str
    text: str


@dataclass
class NativeName:
    lang: str
    family: str
    given: str

    @property
    def full(self) -> str:
        return self.family + self.given


@dataclass
class DrawnName:
    kind: str  # zh, ja, ko, western
    family: str
    given: str
    native: Optional[NativeName] = None
    syllables: tuple = ()  # pinyin of the given name, for the pronunciation guide


@dataclass
class Org:
    id: str
    country: str
    kind: str
    name: str
    native: Optional[Native]
    short: str
    location: str
    city: tuple = ()  # JA_CITIES row for Japanese organizations
    website: str = ""
    people: list = field(default_factory=list)
    hosted: list = field(default_factory=list)
    profile: list = field(default_factory=list)
    topic: tuple = ()


@dataclass
class Person:
    id: str
    side: str
    org: Optional[Org]
    family: str
    given: str
    order: Optional[str]  # None: left to the engine's default
    plain: bool  # romanized name written as plain text
    native: Optional[NativeName]
    title: tuple
    role: str
    precedence: Optional[int] = None
    pronunciation: str = ""
    sessions: list = field(default_factory=list)
    bio: list = field(default_factory=list)
    topic: tuple = ()


@dataclass
class Session:
    id: str
    kind: str
    day: int
    start: datetime.datetime
    end: datetime.datetime
    tz: Optional[str]  # None: the briefing's default zone
    title: str
    title_native: Optional[Native] = None
    venue: str = ""
    venue_native: Optional[Native] = None
    address: str = ""
    address_native: Optional[Native] = None
    host: Optional[Org] = None
    topic: tuple = ()
    slot: str = ""  # sessions sharing a slot run in parallel; a person attends at most one
    whole_delegation: bool = False
    attendees: list = field(default_factory=list)  # (Person, role)
    objectives: list = field(default_factory=list)
    agenda: list = field(default_factory=list)  # (HH:MM, inline XML)
    talking_points: list = field(default_factory=list)
    logistics: list = field(default_factory=list)
    notes: list = field(default_factory=list)


# Blocks are ("p", lang or None, inline XML), ("ul" | "ol", [inline XML]), ("quote", inline XML).


# ---- Inline XML helpers -------------------------------------------------------------------------


def text(s: str) -> str:
    return escape(s)


def span(lang: str, s: str) -> str:
    return f'<span xml:lang="{lang}">{escape(s)}</span>'


def ref(target) -> str:
    return f'<ref to="{target.id}"/>'


def link(href: str, label: str) -> str:
    return f"<a href={quoteattr(href)}>{escape(label)}</a>"


def bold(inline: str) -> str:
    return f"<b>{inline}</b>"


def italic(inline: str) -> str:
    return f"<i>{inline}</i>"


def slug(s: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def hhmm(t: datetime.datetime) -> str:
    return t.strftime("%H:%M")


class Ids:
    """Unique, readable ids."""

    def __init__(self):
        self._used = set()

    def make(self, base: str) -> str:
        base = slug(base) or "x"
        candidate, n = base, 2
        while candidate in self._used:
            candidate, n = f"{base}-{n}", n + 1
        self._used.add(candidate)
        return candidate


# ---- Names --------------------------------------------------------------------------------------


class Names:
    """Draws unique fictional names."""

    def __init__(self, rng: Rng):
        self._rng = rng
        self._used = set(REAL_NAMES)

    def _unique(self, draw) -> DrawnName:
        for _ in range(10000):
            name = draw()
            if (name.family, name.given) not in self._used:
                self._used.add((name.family, name.given))
                return name
        raise SystemExit("generate_briefing: ran out of distinct names; use fewer people")

    def draw(self, kind: str) -> DrawnName:
        return self._unique({"zh": self._chinese, "ja": self._japanese, "ko": self._korean,
                             "western": self._western}[kind])

    def _chinese(self) -> DrawnName:
        family_zh, family = self._rng.choice(ZH_SURNAMES)
        parts = [self._rng.choice(ZH_GIVEN) for _ in range(1 if self._rng.chance(0.12) else 2)]
        given = parts[0][1]
        for _, syllable in parts[1:]:
            # Pinyin: an apostrophe before a syllable that starts with a, e or o (Xin'an).
            given += ("'" if syllable[0] in "aeo" else "") + syllable
        native = NativeName("zh-Hans", family_zh, "".join(p[0] for p in parts))
        return DrawnName("zh", family, given.capitalize(), native, tuple(p[1] for p in parts))

    def _japanese(self) -> DrawnName:
        family_ja, family = self._rng.choice(JA_SURNAMES)
        given_ja, given = self._rng.choice(JA_GIVEN)
        return DrawnName("ja", family, given, NativeName("ja", family_ja, given_ja))

    def _korean(self) -> DrawnName:
        return DrawnName("ko", self._rng.choice(KO_SURNAMES), self._rng.choice(KO_GIVEN))

    def _western(self) -> DrawnName:
        return DrawnName("western", self._rng.choice(WESTERN_FAMILY), self._rng.choice(WESTERN_GIVEN))


# ---- The generator ------------------------------------------------------------------------------


@dataclass
class Counts:
    people: int
    sessions: int
    orgs: int
    delegates: int
    seed: int


class Generator:
    def __init__(self, counts: Counts):
        self.counts = counts
        self.rng = Rng(counts.seed)
        self.ids = Ids()
        self.names = Names(self.rng)
        self.orgs: list[Org] = []
        self.people: list[Person] = []
        self.sessions: list[Session] = []
        self.lead: Optional[Org] = None

    # -- organizations --

    def build_orgs(self):
        k = self.counts.orgs
        seoul = self.counts.sessions >= 5
        n_kr = min(max(1, round(k * 0.05)), 3) if seoul and k >= 4 else 0
        n_other = round(k * 0.1) if k >= 6 else 0
        n_cn = max(1, round(k * 0.3))
        n_ja = k - n_cn - n_kr - n_other
        if n_ja < 1:  # very few organizations: China and Japan first
            n_cn, n_ja, n_kr, n_other = max(1, k - 1), min(1, k - 1), 0, 0
        rng = self.rng
        zh_brands = rng.shuffled(ZH_BRANDS)
        ja_brands = rng.shuffled(JA_BRANDS)
        used_names = set()

        # The association leading the delegation.
        brand_zh, brand = zh_brands[0]
        initials = "".join(w[0] for w in f"{brand} Biomedical Innovation Alliance".split())
        self.lead = self._org("CN", "association", f"{brand} Biomedical Innovation Alliance",
                              Native("zh-Hans", f"{brand_zh}生物医药创新联盟"), initials.upper(), "Beijing, China")
        used_names.add(self.lead.name)
        for i in range(1, n_cn):
            for attempt in range(1000):
                brand_zh, brand = zh_brands[(i + attempt) % len(zh_brands)]
                kind, en, zh, suffix = rng.choice(ZH_ORG_FORMS)
                city_zh, city = rng.choice(ZH_CITIES)
                name = en.format(city=city, brand=brand)
                if name not in used_names:
                    break
            else:
                raise SystemExit("generate_briefing: ran out of distinct organization names; use fewer")
            used_names.add(name)
            self._org("CN", kind, name, Native("zh-Hans", zh.format(city=city_zh, brand=brand_zh)),
                      brand + suffix, f"{city}, China")
        for i in range(n_ja):
            for attempt in range(1000):
                brand_ja, brand = ja_brands[(i + attempt) % len(ja_brands)]
                # Every form once before any repeats, so that even a small briefing has each kind.
                form = JA_ORG_FORMS[i] if i < len(JA_ORG_FORMS) else rng.choice(JA_ORG_FORMS)
                kind, en, ja, suffix = form
                city = rng.choice(JA_CITIES)
                name = en.format(city=city[0], brand=brand)
                if name not in used_names:
                    break
            else:
                raise SystemExit("generate_briefing: ran out of distinct organization names; use fewer")
            used_names.add(name)
            org = self._org("JP", kind, name, Native("ja", ja.format(city=city[1], brand=brand_ja)),
                            brand + suffix, f"{city[0]}, Japan")
            org.city = city
        for i in range(n_kr):
            brand = KO_BRANDS[i % len(KO_BRANDS)]
            kind, en = KO_ORG_FORMS[i % len(KO_ORG_FORMS)]
            self._org("KR", kind, en.format(brand=brand), None, brand, "Seoul, Korea")
        for i in range(n_other):
            word = OTHER_WORDS[i % len(OTHER_WORDS)]
            kind, en, suffix = OTHER_FORMS[i % len(OTHER_FORMS)]
            self._org("other", kind, en.format(w=word), None, f"{word} {suffix}",
                      "Tokyo, Japan" if i % 2 == 0 else "Singapore")

    def _org(self, country, kind, name, native, short, location) -> Org:
        org = Org(id=self.ids.make(short), country=country, kind=kind, name=name, native=native, short=short,
                  location=location, topic=self.rng.choice(TOPICS))
        org.website = f"https://{slug(short)}.example.com/"
        self.orgs.append(org)
        return org

    def orgs_of(self, country):
        return [o for o in self.orgs if o.country == country]

    # -- people --

    def build_people(self):
        rng = self.rng
        d = self.counts.delegates
        rest = self.counts.people - d
        cn, ja, kr, other = self.orgs_of("CN"), self.orgs_of("JP"), self.orgs_of("KR"), self.orgs_of("other")
        n_kr = min(rest, 2 * len(kr) + (1 if kr and rest > 40 else 0)) if kr else 0
        n_other = round(rest * 0.15) if rest >= 6 else 0
        n_host = rest - n_kr - n_other

        for i in range(d):
            name = self.names.draw("zh")
            if i == 0:
                org, role, title = self.lead, "Head of delegation", ("Executive President", "常务会长", "常務会長")
            else:
                org = cn[i % len(cn)] if i < len(cn) else rng.choice(cn)
                role = "Deputy head of delegation" if i == 1 else (
                    "Secretary of the delegation" if i == 2 else "Delegation member")
                title = rng.choice(TITLES)
            self._person("delegation", org, name, title, role, i + 1)
        for i in range(n_host):
            org = ja[i % len(ja)] if i < len(ja) else rng.choice(ja)
            self._person("host", org, self.names.draw("ja"), rng.choice(TITLES),
                         "Host" if not org.people else "Host delegation member", i + 1)
        for i in range(n_kr):
            self._person("host", kr[i % len(kr)], self.names.draw("ko"), rng.choice(TITLES), "Host (Seoul)",
                         n_host + i + 1)
        for i in range(n_other):
            kind = i % 3
            if kind == 0:
                name = self.names.draw("zh")
                role, title = "Interpreter (Chinese–Japanese)", ("Conference Interpreter", "会议口译", "会議通訳者")
            elif kind == 1:
                name = self.names.draw("ja")
                role, title = "Liaison officer", ("Programme Coordinator", "项目协调员", "プログラム・コーディネーター")
            else:
                name = self.names.draw("western")
                role, title = "Observer", rng.choice(TITLES)
            org = other[i % len(other)] if other else None
            # Observers without precedence print in file order after those with it.
            self._person("other", org, name, title, role, None if kind == 2 else i + 1)

    def _person(self, side, org, name: DrawnName, title, role, precedence) -> Person:
        rng = self.rng
        western = name.kind == "western"
        # Explicit order on most romanized East Asian names; some are left to the default (the
        # person also has a CJK name, so the engine must infer family-first).
        if western:
            order = None if rng.chance(0.5) else "given-first"
        elif name.native is None or rng.chance(0.75):
            order = "family-first"
        else:
            order = None
        person = Person(id=self.ids.make(f"{name.given}-{name.family}" if western else f"{name.family}-{name.given}"),
                        side=side, org=org, family=name.family, given=name.given, order=order,
                        plain=western and rng.chance(0.25), native=name.native, title=title, role=role,
                        precedence=precedence, topic=rng.choice(TOPICS))
        if name.syllables and rng.chance(0.4):
            person.pronunciation = f"{name.family.lower()} {'-'.join(name.syllables)}"
        if org is not None:
            org.people.append(person)
        self.people.append(person)
        return person

    # -- sessions --

    def build_sessions(self):
        m = self.counts.sessions
        # Special sessions, in order of priority: which of them a small briefing keeps.
        specials = ["briefing", "arrival", "reception", "seoul-meeting", "departure", "late-call",
                    "seoul-flight"]
        thresholds = {"briefing": 1, "arrival": 2, "reception": 3, "seoul-meeting": 5, "departure": 7,
                      "late-call": 8, "seoul-flight": 10}
        enabled = {s for s in specials if m >= thresholds[s]}
        n_seoul = 0
        if "seoul-meeting" in enabled:
            n_seoul = 1 if m < 30 else min(4, 1 + m // 40)
        regular = m - len(enabled) - (n_seoul - 1 if n_seoul else 0)
        tracks = 1 if m <= 16 else (2 if m <= 80 else 3)
        slots = [((9, 30), (11, 30), None), ((12, 0), (13, 30), "lunch"), ((14, 0), (15, 45), None),
                 ((16, 15), (17, 45), None), ((18, 30), (20, 30), "dinner")]
        per_day = len(slots) * tracks
        japan_days = max(1, -(-regular // per_day)) + 1  # day 1 is arrival and the briefing
        rng = self.rng
        hosts = rng.shuffled(self.orgs_of("JP"))
        host_cycle = [0]

        def next_host():
            org = hosts[host_cycle[0] % len(hosts)]
            host_cycle[0] += 1
            return org

        def at(day, hm, tz_offset_days=0):
            date = TRIP_START + datetime.timedelta(days=day - 1 + tz_offset_days)
            return datetime.datetime(date.year, date.month, date.day, hm[0], hm[1])

        if "arrival" in enabled:
            self._travel("arrival", 1, at(1, (8, 40)), at(1, (11, 50)), HOME_TZ,
                         "Flight from Shanghai Pudong to Tokyo Haneda", "上海浦东—东京羽田航班",
                         "zh-Hans", "Shanghai Pudong International Airport, Terminal 2",
                         Native("zh-Hans", "上海浦东国际机场2号航站楼"))
        if "briefing" in enabled:
            s = self._session("meeting", 1, at(1, (15, 0)), at(1, (16, 30)), None, "Delegation briefing",
                              Native("zh-Hans", "代表团行前情况介绍会"), slot="d1-briefing")
            s.whole_delegation = True
            s.venue, s.venue_native = "Hotel Shirasuna Garden, Banquet Room B", Native("ja", "ホテル白砂ガーデン　宴会場B")
            s.address, s.address_native = "1-8-3 Shibaura, Minato-ku, Tokyo", Native("ja", "東京都港区芝浦1-8-3")

        # Regular sessions, slot by slot from day 2, `tracks` in parallel.
        index = 0
        for day in range(2, japan_days + 1):
            for slot_index, (begin, finish, meal) in enumerate(slots):
                for track in range(tracks):
                    if index >= regular:
                        break
                    index += 1
                    self._regular(day, at(day, begin), at(day, finish), meal, next_host(),
                                  f"d{day}-s{slot_index}", track)
        last_japan_day = japan_days
        if "reception" in enabled:
            day = 2 if japan_days >= 2 else 1
            host = next_host()
            s = self._session("ceremony", day, at(day, (21, 0)), at(day, (0, 30), 1), None,
                              f"Evening reception and cultural performance hosted by {host.short}",
                              Native("ja", f"{host.native.text}主催　歓迎レセプション・伝統芸能鑑賞"),
                              host=host, slot=f"d{day}-night")
            self._venue_at_host(s)
        if "late-call" in enabled:
            # 00:45 in Tokyo is 23:45 of the day before in Beijing: crosses midnight at home only.
            day = last_japan_day
            s = self._session("meeting", day, at(day, (0, 45), 1), at(day, (1, 15), 1), None,
                              "Video call with the secretariat in Beijing",
                              Native("zh-Hans", "与北京秘书处视频连线"), slot=f"d{day}-late")
            s.venue, s.venue_native = "Hotel Shirasuna Garden, delegation office", Native("ja", "ホテル白砂ガーデン　代表団事務室")
        day = last_japan_day + 1
        if "seoul-flight" in enabled:
            self._travel("seoul-flight", day, at(day, (8, 30)), at(day, (10, 45)), None,
                         "Flight from Tokyo Haneda to Seoul Gimpo", "羽田空港からソウル金浦空港へ",
                         "ja", "Tokyo International Airport (Haneda), Terminal 3",
                         Native("ja", "東京国際空港（羽田）第3ターミナル"))
        if n_seoul:
            seoul_day = day  # never the same day as Tokyo sessions: a delegate cannot be in both
            korean = self.orgs_of("KR")
            for i in range(n_seoul):
                begin = (14, 0) if i % 2 == 0 else (16, 30)
                d = seoul_day + i // 2
                host = korean[i % len(korean)] if korean else None
                s = self._session("meeting" if i % 2 == 0 else "visit", d, at(d, begin),
                                  at(d, (begin[0] + 2, begin[1])), SEOUL_TZ,
                                  f"Meeting with {host.name}" if host else "Meeting with the Seoul partners",
                                  None, host=host, slot=f"seoul-{i}", topic=rng.choice(TOPICS))
                s.venue = f"{host.short if host else 'Partner'} conference centre"
                s.address = f"{rng.between(10, 480)} Teheran-ro, {rng.choice(KO_AREAS)}, Seoul"
            day = seoul_day + (n_seoul - 1) // 2 + 1
        if "departure" in enabled:
            in_seoul = n_seoul > 0
            self._travel("departure", day, at(day, (10, 0)), at(day, (12, 10)),
                         SEOUL_TZ if in_seoul else None,
                         "Return flight from Seoul Gimpo to Shanghai Hongqiao" if in_seoul
                         else "Return flight from Tokyo Haneda to Shanghai Pudong",
                         "返程：首尔金浦—上海虹桥" if in_seoul else "返程：东京羽田—上海浦东", "zh-Hans",
                         "Gimpo International Airport" if in_seoul
                         else "Tokyo International Airport (Haneda), Terminal 3",
                         None if in_seoul else Native("ja", "東京国際空港（羽田）第3ターミナル"))
        self.sessions.sort(key=lambda s: (self._utc(s.start, s.tz), s.slot))

    @staticmethod
    def _utc(local: datetime.datetime, tz: Optional[str]) -> datetime.datetime:
        # The zones used here have no daylight saving time.
        offset = {HOME_TZ: 8, None: 9, TRIP_TZ: 9, SEOUL_TZ: 9}[tz]
        return local - datetime.timedelta(hours=offset)

    def _session(self, kind, day, start, end, tz, title, title_native, host=None, slot="", topic=None) -> Session:
        base = f"d{day}-{title}"
        if len(base) > 48:  # cut at a word
            base = base[:48].rsplit(" ", 1)[0]
        s = Session(id=self.ids.make(base), kind=kind, day=day,
                    start=start, end=end, tz=tz, title=title, title_native=title_native, host=host,
                    topic=topic or (host.topic if host else self.rng.choice(TOPICS)), slot=slot or f"d{day}-{kind}")
        if host is not None:
            host.hosted.append(s)
        self.sessions.append(s)
        return s

    def _travel(self, tag, day, start, end, tz, title, native_title, native_lang, venue, venue_native):
        s = self._session("travel", day, start, end, tz, title, Native(native_lang, native_title), slot=f"d{day}-{tag}")
        s.whole_delegation = True
        s.venue, s.venue_native = venue, venue_native
        return s

    def _venue_at_host(self, s: Session):
        host = s.host
        city = host.city or JA_CITIES[0]
        block = f"{self.rng.between(1, 4)}-{self.rng.between(1, 20)}-{self.rng.between(1, 30)}"
        place = self.rng.choice([("headquarters", "本社"), ("main building", "本館"), ("conference hall", "会議棟")])
        s.venue = f"{host.name}, {place[0]}"
        s.venue_native = Native("ja", f"{host.native.text}　{place[1]}")
        s.address = f"{block} {city[4]}, {city[0]}"
        s.address_native = Native("ja", f"{city[2]}{city[3]}{block}")

    def _regular(self, day, start, end, meal, host, slot, track):
        rng = self.rng
        topic = rng.choice(TOPICS)
        if meal:
            label = "Working lunch" if meal == "lunch" else "Dinner"
            s = self._session("meal", day, start, end, None, f"{label} hosted by {host.short}",
                              Native("ja", f"{host.native.text}主催{'昼食会' if meal == 'lunch' else '夕食会'}"),
                              host=host, slot=slot, topic=topic)
            self._venue_at_host(s)
            return
        kind = rng.choice(["meeting"] * 9 + ["visit"] * 7 + ["ceremony"] * 2 + ["free", "travel"])
        if kind == "meeting":
            form = rng.below(3)
            if form == 0:
                title, native = (f"Working meeting with {host.short}: {topic[0]}",
                                 Native("ja", f"{host.native.text}との意見交換：{topic[2]}"))
            elif form == 1:
                title, native = f"Round-table on {topic[0]}", Native("zh-Hans", f"{topic[1]}圆桌会议")
            else:
                title, native = f"Seminar: {topic[0]} in China and Japan", Native("zh-Hans", f"中日{topic[1]}研讨会")
        elif kind == "visit":
            title, native = f"Visit to {host.name}", Native("ja", f"{host.native.text}訪問")
        elif kind == "ceremony":
            title = f"Signing of the memorandum of understanding on {topic[0]}"
            native = Native("zh-Hans", f"《{topic[1]}合作备忘录》签署仪式")
        elif kind == "free":
            place = rng.choice(JA_PLACES)
            s = self._session("free", day, start, end, None, f"Free time: {place[0]}", Native("ja", f"自由行動：{place[1]}"),
                              slot=slot, topic=topic)
            s.venue, s.venue_native = place[0], Native("ja", place[1])
            return
        else:
            city = rng.choice(JA_CITIES[4:])
            s = self._session("travel", day, start, end, None, f"Transfer by Shinkansen to {city[0]}",
                              Native("ja", f"新幹線で{city[1]}へ移動"), slot=slot, topic=topic)
            s.venue, s.venue_native = "Tokyo Station, Yaesu Central Exit", Native("ja", "東京駅八重洲中央口")
            return
        s = self._session(kind, day, start, end, None, title, native, host=host, slot=slot, topic=topic)
        self._venue_at_host(s)

    # -- who attends what --

    def assign_attendance(self):
        rng = self.rng
        delegates = [p for p in self.people if p.side == "delegation"]
        groups = {}
        for s in self.sessions:
            if not s.whole_delegation:
                groups.setdefault(s.slot, []).append(s)
        slot_order = sorted(groups)
        # choice[d][slot] = index of the session attended in that slot, or -1.
        choice = []
        for i, _ in enumerate(delegates):
            row = {}
            for slot in slot_order:
                members = groups[slot]
                if i == 0:  # the head of delegation goes to the first track everywhere
                    row[slot] = 0
                elif rng.chance(0.55):
                    row[slot] = rng.below(len(members))
                else:
                    row[slot] = -1
            choice.append(row)
        # Every session has at least one delegate: hand empty ones to delegates who are free then.
        for slot in slot_order:
            for k in range(len(groups[slot])):
                if delegates and not any(row[slot] == k for row in choice):
                    free = [i for i in range(1, len(choice)) if choice[i][slot] == -1] or [len(choice) - 1]
                    choice[rng.choice(free)][slot] = k
        # Each delegate attends a different subset (when there are enough sessions to tell apart).
        possible = 1
        for slot in slot_order:
            possible *= len(groups[slot]) + 1
        if possible > len(delegates) and slot_order:
            for _ in range(100 * len(delegates) + 100):
                seen, duplicate = {}, None
                for i, row in enumerate(choice):
                    key = tuple(row[s] for s in slot_order)
                    if key in seen:
                        duplicate = i
                        break
                    seen[key] = i
                if duplicate is None:
                    break
                slot = rng.choice(slot_order)
                row = choice[duplicate]
                current = row[slot]
                leaving_empties = current >= 0 and sum(1 for r in choice if r[slot] == current) == 1
                if not leaving_empties:
                    row[slot] = rng.between(-1, len(groups[slot]) - 1)
        attended = {id(s): [] for s in self.sessions}
        for i, person in enumerate(delegates):
            for slot in slot_order:
                if choice[i][slot] >= 0:
                    attended[id(groups[slot][choice[i][slot]])].append(person)
        others = [p for p in self.people if p.side == "other"]
        busy = set()  # (person id, slot): nobody is in two parallel sessions
        for s in self.sessions:
            members = delegates if s.whole_delegation else attended[id(s)]
            s.attendees = [(p, self._attendee_role(p, s)) for p in members]
            if s.host is not None and s.host.people:
                free = [p for p in s.host.people if (p.id, s.slot) not in busy]
                chosen = rng.sample(free, min(len(free), rng.between(1, 4)))
                for n, p in enumerate(sorted(chosen, key=lambda p: p.precedence or 0)):
                    s.attendees.append((p, self._attendee_role(p, s, leads_hosts=n == 0)))
                    busy.add((p.id, s.slot))
            if others and not s.whole_delegation and s.kind not in ("travel", "free") and rng.chance(0.6):
                free = [p for p in others if (p.id, s.slot) not in busy]
                if free:
                    p = rng.choice(free)
                    s.attendees.append((p, p.role))
                    busy.add((p.id, s.slot))
            for p, _ in s.attendees:
                p.sessions.append(s)

    def _attendee_role(self, person: Person, s: Session, leads_hosts: bool = False) -> str:
        if person.side == "delegation":
            if s.kind == "meeting" and person.precedence == 1 and s.host is not None:
                return "Head of delegation; opening remarks"
            return person.role
        if leads_hosts:
            return "Host; welcome remarks" if s.kind != "meal" else "Host"
        return self.rng.choice([f"Presentation on {s.topic[0]}", "Discussion", person.title[0], "Guide"])


# ---- Prose --------------------------------------------------------------------------------------


class Prose:
    """Sentences and paragraphs in English (with Chinese and Japanese spans), Chinese and Japanese."""

    def __init__(self, gen: Generator):
        self.gen = gen
        self.rng = gen.rng

    def topic2(self, topic):
        other = self.rng.choice(TOPICS)
        return other if other != topic else TOPICS[(TOPICS.index(topic) + 1) % len(TOPICS)]

    def doc_zh(self, topic):
        return self.rng.choice(ZH_DOCS).format(topic=topic[1]).replace("合作合作", "合作")

    def doc_ja(self, topic):
        return self.rng.choice(JA_DOCS).format(topic=topic[2])

    def org_with_native(self, org: Org) -> str:
        if org.native is None:
            return text(org.name)
        return f"{text(org.name)} ({span(org.native.lang, org.native.text)})"

    def native_name(self, person: Person) -> str:
        return person.native.full if person.native else f"{person.given} {person.family}"

    def english(self, topic, org: Optional[Org], people=(), sessions=()) -> str:
        rng = self.rng
        t2 = self.topic2(topic)
        org_ref = ref(org) if org else "the host"
        options = [
            lambda: f"The delegation will meet representatives of {self.org_with_native(org)} to discuss "
                    f"{text(topic[0])}." if org else f"The delegation will discuss {text(topic[0])}.",
            lambda: f"In recent years both sides have exchanged views on {text(topic[0])} and {text(t2[0])}; "
                    f"{org_ref} has become a trusted partner in this field.",
            lambda: f"Delegates should know the Japanese term {span('ja', '「' + topic[2] + '」')} "
                    f"and its Chinese equivalent {span('zh-Hans', topic[1])}: both will appear on the slides.",
            lambda: f"The Chinese side will present its paper {span('zh-Hans', '《' + self.doc_zh(topic) + '》')}, "
                    f"which sets out proposals on {text(topic[0])}.",
            lambda: f"Bring business cards ({span('ja', '名刺')}, {span('zh-Hans', '名片')}) and exchange them "
                    f"with both hands, the host side first.",
            lambda: f"The host expects a short statement (three to five minutes) on {text(topic[0])}; "
                    f"avoid commitments on pricing or timelines.",
            lambda: f"Figures quoted by {text(org.short) if org else 'the host'}: about {rng.between(2, 90) * 100} employees and "
                    f"{rng.between(5, 60)} active projects, {rng.between(2, 9)} of them in {text(topic[0])}.",
            lambda: f"Background reading: {link(org.website if org else 'https://www.example.org/', 'public site of ' + (org.short if org else 'the host'))}"
                    f" and the summary of {text(t2[0])} circulated by the secretariat.",
            lambda: f"Interpretation is consecutive between Chinese and Japanese; the slides are in English, with "
                    f"key terms such as {span('ja', topic[2])} in Japanese.",
            lambda: f"Both sides see {bold(text(topic[0]))} as an area where the two industries complement each "
                    f"other: China brings scale, Japan brings decades of {italic('process know-how')}.",
        ]
        if people:
            p = rng.choice(list(people))
            options.append(lambda: f"{ref(p)} will speak on {text(topic[0])} and may ask about {text(t2[0])}.")
            if p.native is not None:
                options.append(lambda: f"Address {ref(p)} ({span(p.native.lang, self.native_name(p))}) by family "
                                       f"name and title ({text(p.title[0])}).")
        if sessions:
            s = rng.choice(list(sessions))
            options.append(lambda: f"This follows up on {ref(s)}, where {text(t2[0])} was first raised.")
        return rng.choice(options)()

    @staticmethod
    def _name_in(lang: str, org: Optional[Org], fallback: str) -> str:
        """An organization's name inside a `lang` paragraph: a name in another language is a span, so
        that it gets its own glyph forms."""
        if org is None:
            return text(fallback)
        if org.native is None:
            return text(org.name)
        return text(org.native.text) if org.native.lang == lang else span(org.native.lang, org.native.text)

    def _person_in(self, lang: str, person: Optional[Person], fallback: str, suffix: str = "") -> str:
        if person is None:
            return text(fallback)
        if person.native is None or person.native.lang == lang:
            return text(self.native_name(person)) + suffix
        return span(person.native.lang, self.native_name(person)) + suffix

    def chinese(self, topic, org: Optional[Org], person: Optional[Person] = None) -> str:
        """One Simplified Chinese sentence, as inline XML."""
        rng = self.rng
        t2 = self.topic2(topic)
        org_zh = self._name_in("zh-Hans", org, "主办方")
        who = self._person_in("zh-Hans", person, "代表团团长")
        options = [
            f"会上，{org_zh}代表介绍了在{topic[1]}、{t2[1]}等领域的最新进展。",
            f"双方一致认为：{topic[1]}是未来十年最具潜力的方向之一；{t2[1]}同样值得高度关注。",
            f"代表团将围绕《{self.doc_zh(topic)}》交换意见，并就下一步合作（包括人员交流、联合研究和数据共享）提出具体建议。",
            f"{who}指出，中日两国在{topic[1]}方面互补性强——既有市场优势，也有技术积累。",
            "请各位团员注意：会议期间请勿拍照；如需翻译，请提前与秘书处联系。",
            "此次访问旨在落实双方此前达成的合作意向……具体安排以主办方最终通知为准。",
            f"据介绍，{org_zh}成立于{rng.between(1950, 2019)}年，现有员工约{rng.between(2, 90) * 100}人，主要从事{topic[1]}研究。",
            "交流环节分为三个部分：一、情况介绍；二、专题讨论；三、自由交流。",
            f"与会者还就“{topic[1]}”的监管路径、临床评价标准等问题进行了深入讨论。",
            f"秘书处提示：近日早晚温差较大（最低约{rng.between(4, 12)}℃），请注意增添衣物。",
            f"{org_zh}表示，愿意以此次访问为契机，进一步深化在{topic[1]}领域的务实合作。",
            f"日方提出的「{span('ja', topic[2])}」一词，与我国常用的“{topic[1]}”含义基本一致，但适用范围略有不同。",
        ]
        return rng.choice(options)

    def japanese(self, topic, org: Optional[Org], person: Optional[Person] = None) -> str:
        """One Japanese sentence, as inline XML."""
        rng = self.rng
        t2 = self.topic2(topic)
        org_ja = self._name_in("ja", org, "主催者")
        who = self._person_in("ja", person, "団長", suffix="氏")
        options = [
            f"本日の会議では、{org_ja}より{topic[2]}に関する最新の取り組みをご紹介いただきます。",
            f"{who}は「{topic[2]}の分野では、日中の協力がこれまで以上に重要になる」と述べました。",
            f"訪問団の皆様には、事前に資料（{topic[2]}の概要、参加者名簿など）をお送りしております。",
            "質疑応答の時間は限られておりますので、ご質問は簡潔にお願いいたします……。",
            "会場内では写真撮影をご遠慮ください；ただし、記念撮影の時間は別途設けております。",
            "当日は、施設見学・意見交換・懇親会——の三部構成で進行します。",
            f"{org_ja}は{rng.between(1950, 2019)}年に設立され、主に{topic[2]}や{t2[2]}の研究開発に取り組んでいます。",
            f"移動には新幹線（約{rng.between(40, 150)}分）を利用します。集合時刻：{rng.between(7, 9)}時{rng.choice(['00', '15', '30', '45'])}分、集合場所：ホテル一階ロビー。",
            f"先方からは『{self.doc_ja(topic)}』について説明があり、今後の連携の方向性が確認されました。",
            "なお、当日の天候によっては、屋外の見学を中止する場合があります。",
            "通訳は日本語・中国語の逐次通訳とし、英語の資料も用意します。",
            "ご不明な点がございましたら、事務局までお問い合わせください。",
        ]
        return rng.choice(options)

    def paragraph(self, topic, org=None, people=(), sessions=(), sentences=(2, 4)):
        """A block: mostly English with spans; sometimes wholly Chinese or Japanese."""
        rng = self.rng
        roll = rng.below(10)
        person = rng.choice(list(people)) if people else None
        n = rng.between(*sentences)
        if roll == 0:
            return ("p", "zh-Hans", "".join(self.distinct(lambda: self.chinese(topic, org, person), n + 1)))
        if roll == 1:
            return ("p", "ja", "".join(self.distinct(lambda: self.japanese(topic, org, person), n + 1)))
        return ("p", None, " ".join(self.distinct(lambda: self.english(topic, org, people, sessions), n)))

    @staticmethod
    def distinct(draw, n: int) -> list:
        """Up to n sentences, no two starting alike (the same template with other numbers reads as a
        repeat)."""
        out, starts = [], set()
        for _ in range(4 * n):
            sentence = draw()
            if sentence[:16] not in starts:
                starts.add(sentence[:16])
                out.append(sentence)
            if len(out) == n:
                break
        return out

    def items(self, topic, org=None, people=(), sessions=(), count=(2, 4)):
        return self.distinct(lambda: self.english(topic, org, people, sessions), self.rng.between(*count))

    def quote(self, person: Person, topic) -> tuple:
        said = self.rng.choice([
            f"“Cooperation in {topic[0]} is a long road, and we are glad to walk it together.”",
            f"“What we learn from each other in {topic[0]} will reach patients in both countries.”",
            "“Trust is built one meeting at a time.”",
        ])
        return ("quote", None, f"{text(said)} — {ref(person)}")


# ---- Filling in the text ------------------------------------------------------------------------


def write_content(gen: Generator, prose: Prose):
    rng = gen.rng
    for s in gen.sessions:
        delegation = [p for p, _ in s.attendees if p.side == "delegation"]
        hosts = [p for p, _ in s.attendees if p.side == "host"]
        earlier = [o for o in gen.sessions if o is not s and delegation and delegation[0] in [a for a, _ in o.attendees]]
        earlier = [o for o in earlier if o.start < s.start and o.kind not in ("travel", "free")][-3:]
        t, org = s.topic, s.host
        if s.kind == "travel":
            s.objectives = [("p", None, f"Transfer of the delegation ({len(delegation)} people). "
                                        f"Luggage is collected at the hotel lobby 45 minutes before departure.")]
            s.logistics = [("p", None, "Check-in closes 60 minutes before departure. Carry your passport and the "
                                       "printed itinerary; the duty officer's number is under Contacts."),
                           ("p", "zh-Hans", text(f"集合时间：{hhmm(s.start - datetime.timedelta(minutes=90))}；"
                                                 "集合地点：酒店大堂。请随身携带护照、登机牌及《团组行程单》。"))]
            continue
        if s.kind == "free":
            s.objectives = [("p", None, "No official programme. Delegates may explore the area on their own; "
                                        "the duty officer stays at the hotel.")]
            s.logistics = [("p", "ja", prose.japanese(t, None))]
            continue
        s.objectives = [("ul", prose.items(t, org, hosts, earlier, (2, 4)))] if rng.chance(0.6) else \
            [prose.paragraph(t, org, hosts, earlier)]
        s.agenda = agenda(s, prose, hosts, delegation)
        s.talking_points = [("ul", prose.items(t, org, hosts, earlier, (3, 5)))]
        if rng.chance(0.35):
            s.talking_points.append(prose.paragraph(t, org, hosts, earlier))
        minutes = 5 * rng.between(4, 14)
        s.logistics = [("p", None, f"Depart the hotel at {hhmm(s.start - datetime.timedelta(minutes=minutes + 15))} "
                                   f"by coach (about {minutes} minutes). Dress code: "
                                   f"{'business formal' if s.kind != 'visit' else 'business; flat shoes for the laboratory tour'}. "
                                   f"{link('https://maps.example.com/?q=' + slug(s.venue or s.title), 'Map of the venue')}.")]
        if rng.chance(0.5):
            lang = rng.choice(["ja", "zh-Hans"])
            sentence = prose.japanese if lang == "ja" else prose.chinese
            s.logistics.append(("p", lang, "".join(prose.distinct(lambda: sentence(t, org), 2))))
        if rng.chance(0.6):
            s.notes = [prose.paragraph(t, org, hosts, earlier, sentences=(2, 5))]
            if hosts and rng.chance(0.4):
                s.notes.append(prose.quote(hosts[0], t))

    for person in gen.people:
        t, org = person.topic, person.org
        own = [s for s in person.sessions if s.kind not in ("travel", "free") and not s.whole_delegation][:2]
        first = f"{ref(person)} is {text(person.title[0])}" + (f" of {ref(org)}." if org else ".")
        if own:
            first += " Attends " + ", ".join(ref(s) for s in own) + "."
        person.bio = [("p", None, first + " " + prose.english(t, org, (), own))]
        if rng.chance({"delegation": 0.8, "host": 0.4}.get(person.side, 0.0)):
            person.bio.append(prose.paragraph(t, org, (), own, sentences=(1, 3)))
        if person.native is not None and rng.chance(0.35):
            native = prose.native_name(person)
            if person.native.lang == "zh-Hans":
                org_zh = org.native.text if org and org.native else ""
                person.bio.append(("p", "zh-Hans", text(
                    f"{native}，{org_zh}{person.title[1]}。长期从事{t[1]}、{prose.topic2(t)[1]}等领域的研究与管理工作，"
                    f"曾参与《{prose.doc_zh(t)}》的起草——此次随团访问日本。")))
            else:
                org_ja = org.native.text if org and org.native else ""
                person.bio.append(("p", "ja", text(
                    f"{native}（{person.given} {person.family}）は、{org_ja}の{person.title[2]}。"
                    f"{t[2]}および{prose.topic2(t)[2]}を専門とし、「現場から考える」を信条としている……")))

    for org in gen.orgs:
        t = org.topic
        hosted = org.hosted[:3]
        first = f"{prose.org_with_native(org)} is based in {text(org.location)} and works on {text(t[0])}."
        if hosted:
            first += " It hosts " + ", ".join(ref(s) for s in hosted) + "."
        if org.people:
            first += " Its representatives in this book: " + ", ".join(ref(p) for p in org.people[:4]) + "."
        org.profile = [("p", None, first), prose.paragraph(t, org, org.people[:3], hosted)]
        if org.native is not None:
            sentence = prose.chinese if org.native.lang == "zh-Hans" else prose.japanese
            org.profile.append(("p", org.native.lang, "".join(prose.distinct(lambda: sentence(t, org), 2))))


def agenda(s: Session, prose: Prose, hosts, delegation):
    rng = prose.rng
    total = int((s.end - s.start).total_seconds() // 60)
    steps = min(max(2, total // 25), 7)
    times = [s.start + datetime.timedelta(minutes=(total * i // steps) // 5 * 5) for i in range(steps)]
    t = s.topic
    host = hosts[0] if hosts else None
    head = delegation[0] if delegation else None
    items = []
    for i, when in enumerate(times):
        if i == 0:
            line = f"Welcome remarks: {ref(host)}" if host else "Opening"
        elif i == 1 and head is not None:
            line = f"Remarks by the head of delegation: {ref(head)}"
        elif i == len(times) - 1:
            line = rng.choice(["Summary and close", "Exchange of gifts and group photo", "Close and departure"])
        else:
            line = rng.choice([
                f"Presentation: {text(t[0])}",
                f"Discussion: {text(t[0])} ({span('ja', t[2])})",
                f"Tour of the laboratories and the {text(rng.choice(['pilot plant', 'data centre', 'clinical unit']))}",
                f"Case study: {span('zh-Hans', '《' + prose.doc_zh(t) + '》')}",
                "Questions and answers",
                f"{span('ja', '乾杯')} (toast) and buffet" if s.kind == "meal" else f"Working session on {text(t[0])}",
            ])
        items.append((hhmm(when), line))
    return items


# ---- Writing the XML ----------------------------------------------------------------------------


def _is_cjk(ch: str) -> bool:
    c = ord(ch)
    return (0x3000 <= c <= 0x30FF or 0x3400 <= c <= 0x4DBF or 0x4E00 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF
            or 0xFF00 <= c <= 0xFFEF)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(inline: str, first: str, rest: str, limit: int = 100) -> list:
    """Breaks inline XML into source lines at spaces, or between two CJK characters (where the format
    says no space is inserted): never inside a tag."""
    pieces, start, in_tag = [], 0, False
    for i, ch in enumerate(inline):
        if ch == "<":
            in_tag = True
        elif ch == ">":
            in_tag = False
        elif in_tag:
            continue
        elif ch == " ":
            pieces.append((inline[start:i], " "))
            start = i + 1
        elif i > start and _is_cjk(ch) and _is_cjk(inline[i - 1]):
            pieces.append((inline[start:i], ""))
            start = i
    pieces.append((inline[start:], ""))
    lines, line, pending = [], first, ""
    for piece, sep in pieces:
        if line not in (first, rest) and _width(line) + _width(pending) + _width(piece) > limit:
            lines.append(line)
            line = rest + piece
        else:
            line += pending + piece
        pending = sep
    lines.append(line)
    return lines


class Writer:
    def __init__(self):
        self.lines = []

    def line(self, depth: int, s: str):
        self.lines.append("  " * depth + s)

    def element(self, depth: int, tag: str, inline: str, attrs: str = ""):
        indent = "  " * depth
        wrapped = wrap(f"<{tag}{attrs}>{inline}</{tag}>", indent, indent + "  ")
        self.lines.extend(wrapped)

    def blocks(self, depth: int, tag: str, blocks: list):
        if not blocks:
            return
        self.line(depth, f"<{tag}>")
        for block in blocks:
            if block[0] == "p":
                self.element(depth + 1, "p", block[2], f' xml:lang="{block[1]}"' if block[1] else "")
            elif block[0] in ("ul", "ol"):
                self.line(depth + 1, f"<{block[0]}>")
                for item in block[1]:
                    self.element(depth + 2, "li", item)
                self.line(depth + 1, f"</{block[0]}>")
            else:
                self.element(depth + 1, "quote", block[2])
        self.line(depth, f"</{tag}>")

    def named(self, depth: int, tag: str, primary: str, native: Optional[Native]):
        if primary:
            self.element(depth, tag, text(primary))
        if native is not None:
            self.element(depth, tag, text(native.text), f' xml:lang="{native.lang}"')


def render(gen: Generator, command: str) -> str:
    w = Writer()
    lead = gen.lead
    w.line(0, '<?xml version="1.0" encoding="UTF-8"?>')
    w.line(0, "<!--")
    w.line(0, "  Synthetic briefing for benchmarks and tests. Every person and organization in it is fictional.")
    w.line(0, f"  Generated by bench/generate_briefing.py with options: {command}")
    w.line(0, f"  {len(gen.sessions)} sessions, {len(gen.people)} people, {len(gen.orgs)} organizations, "
              f"{sum(1 for p in gen.people if p.side == 'delegation')} delegates.")
    w.line(0, "-->")
    w.line(0, '<briefing version="1" xml:lang="en">')
    w.line(1, "<meta>")
    w.named(2, "title", f"{lead.short} Delegation Visit to Japan and Korea",
            Native("zh-Hans", f"{lead.native.text}访日韩代表团"))
    w.element(2, "subtitle", text("China–Japan Exchange on Biomedical Innovation (synthetic test briefing)"))
    w.element(2, "classification", "For delegation use only")
    w.element(2, "prepared-by", text(f"{lead.short} Secretariat"))
    w.element(2, "version", "Edition 1")
    w.element(2, "date", (TRIP_START - datetime.timedelta(days=10)).isoformat())
    w.element(2, "timezone", TRIP_TZ)
    w.element(2, "home-timezone", HOME_TZ)
    w.line(1, "</meta>")

    w.blocks(1, "overview", overview(gen))

    w.line(1, "<organizations>")
    for org in gen.orgs:
        w.line(2, f'<organization id="{org.id}" country="{org.country}" kind="{org.kind}">')
        w.named(3, "name", org.name, org.native)
        w.element(3, "short", text(org.short))
        w.element(3, "location", text(org.location))
        w.element(3, "website", text(org.website))
        w.blocks(3, "profile", org.profile)
        w.line(2, "</organization>")
    w.line(1, "</organizations>")

    w.line(1, "<people>")
    for p in gen.people:
        attrs = f' id="{p.id}"' + (f' org="{p.org.id}"' if p.org else "") + f' side="{p.side}"'
        if p.precedence is not None:
            attrs += f' precedence="{p.precedence}"'
        w.line(2, f"<person{attrs}>")
        if p.plain:
            w.element(3, "name", text(f"{p.given} {p.family}"))
        else:
            order = f' order="{p.order}"' if p.order else ""
            w.line(3, f"<name family={quoteattr(p.family)} given={quoteattr(p.given)}{order}/>")
        if p.native is not None:
            w.line(3, f'<name xml:lang="{p.native.lang}" family="{p.native.family}" given="{p.native.given}"/>')
        w.element(3, "title", text(p.title[0]))
        w.element(3, "role", text(p.role))
        if p.pronunciation:
            w.element(3, "pronunciation", text(p.pronunciation))
        w.blocks(3, "bio", p.bio)
        w.line(2, "</person>")
    w.line(1, "</people>")

    w.line(1, "<sessions>")
    for s in gen.sessions:
        attrs = f' id="{s.id}" kind="{s.kind}"' + (f' host="{s.host.id}"' if s.host else "")
        times = f'start="{s.start.isoformat(timespec="minutes")}" end="{s.end.isoformat(timespec="minutes")}"'
        if s.tz:
            times += f' timezone="{s.tz}"'
        w.line(2, f"<session{attrs}")
        w.line(2, f"         {times}>")
        w.named(3, "title", s.title, s.title_native)
        w.named(3, "venue", s.venue, s.venue_native)
        w.named(3, "address", s.address, s.address_native)
        if s.attendees:
            w.line(3, "<attendees>")
            for p, role in s.attendees:
                w.line(4, f'<attendee ref="{p.id}" role={quoteattr(role)}/>')
            w.line(3, "</attendees>")
        w.blocks(3, "objectives", s.objectives)
        if s.agenda:
            w.line(3, "<agenda>")
            for when, line in s.agenda:
                w.element(4, "item", line, f' time="{when}"')
            w.line(3, "</agenda>")
        w.blocks(3, "talking-points", s.talking_points)
        w.blocks(3, "logistics", s.logistics)
        w.blocks(3, "notes", s.notes)
        w.line(2, "</session>")
    w.line(1, "</sessions>")

    w.line(1, "<contacts>")
    contacts = [
        ("Delegation secretariat", "+86 10 0000 0000", f"office@{slug(lead.short)}.example.org", "24h duty officer"),
        ("Hotel Shirasuna Garden, front desk", "+81 3 0000 0000", "frontdesk@shirasuna-garden.example.jp", "Hotel"),
        ("Chinese–Japanese interpreters' coordinator", "+81 80 0000 0000", "interpreters@example.com",
         "Interpretation"),
        ("Seoul programme coordinator", "+82 2 0000 0000", "seoul@example.com", "Seoul stop"),
    ]
    for name, phone, email, role in contacts:
        w.line(2, f"<contact name={quoteattr(name)} phone={quoteattr(phone)} email={quoteattr(email)} "
                  f"role={quoteattr(role)}/>")
    w.line(1, "</contacts>")
    w.line(0, "</briefing>")
    return "\n".join(w.lines) + "\n"


def overview(gen: Generator) -> list:
    lead = gen.lead
    head = next((p for p in gen.people if p.side == "delegation"), None)
    japanese = gen.orgs_of("JP")[:3]
    hosted = [s for s in gen.sessions if s.host is not None][:4]
    inviters = [ref(o) for o in japanese]
    inviters = ", ".join(inviters[:-1]) + " and " + inviters[-1] if len(inviters) > 1 else "".join(inviters)
    intro = f"At the invitation of {inviters or 'Japanese partners'}, "
    intro += f"{ref(head)} leads " if head else ""
    intro += (f"a delegation of {sum(1 for p in gen.people if p.side == 'delegation')} representatives of "
              f"{prose_org(lead)} on a visit to Japan, ending with a stop in Seoul.")
    days = len({s.start.date() for s in gen.sessions})
    blocks = [
        ("p", None, intro),
        ("p", None, f"{bold('Purpose.')} To deepen exchanges between the Chinese and Japanese biomedical industries "
                    f"over {days} days: to share experience, explore cooperation, and prepare joint projects."),
    ]
    if hosted:
        blocks.append(("p", None, f"{bold('Programme highlights.')} " + "; ".join(ref(s) for s in hosted) + "."))
    blocks.append(("p", None, bold("Key messages.")))
    blocks.append(("ul", [text(f"Cooperation in {t[0]} serves patients in both countries.") for t in TOPICS[:4]]
                   + [f"{span('zh-Hans', '互利共赢、务实合作')} (mutual benefit and practical cooperation) "
                      f"is the theme of the visit."]))
    blocks.append(("p", "zh-Hans", text(
        f"本次访问由{lead.native.text}组织，代表团成员来自医药企业、科研院所和医疗机构。"
        "访问期间，代表团将与日方就监管协调、临床试验合作、早期研发等议题进行深入交流；"
        "并参观多家企业和研究机构——力争在人才交流、联合研究等方面取得实质性成果……")))
    blocks.append(("p", "ja", text(
        "訪問団は、日本の製薬企業・研究機関・医療機関を訪れ、意見交換を行います。"
        "「相互理解から共同研究へ」をテーマに、規制調和（レギュラトリー・サイエンス）、国際共同治験、"
        "早期研究提携などについて議論する予定です。")))
    if head is not None:
        blocks.append(("quote", None, f"{text('“We come to listen, to learn, and to build lasting partnerships.”')} "
                                      f"— {ref(head)}"))
    return blocks


def prose_org(org: Org) -> str:
    return f"{ref(org)} ({span(org.native.lang, org.native.text)})" if org.native else ref(org)


# ---- Checks and entry point ---------------------------------------------------------------------


def self_check(xml_text: str):
    """The output must be well-formed with unique ids and resolvable references; a failure is a bug here."""
    root = ElementTree.fromstring(xml_text.encode("utf-8"))
    ids = [e.get("id") for e in root.iter() if e.get("id") is not None]
    assert len(ids) == len(set(ids)), "duplicate ids"
    known = set(ids)
    for e in root.iter():
        for attr in ("org", "host", "ref", "to"):
            value = e.get(attr)
            assert value is None or value in known, f"{e.tag} {attr}={value!r} does not resolve"


def generate(counts: Counts, command: str) -> str:
    gen = Generator(counts)
    gen.build_orgs()
    gen.build_people()
    gen.build_sessions()
    gen.assign_attendance()
    write_content(gen, Prose(gen))
    out = render(gen, command)
    self_check(out)
    return out


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="generate_briefing.py",
        description="Deterministic synthetic briefings (English, Simplified Chinese, Japanese) for benchmarks "
                    "and tests. Same arguments, same bytes.")
    parser.add_argument("--size", choices=sorted(SIZES), default="sample",
                        help="preset counts: sample (17 people, 5 sessions, 10 orgs), medium (250/60/50), "
                             "large (600/150/120, about 300 pages)")
    parser.add_argument("--people", type=int, help="number of people (overrides the preset)")
    parser.add_argument("--sessions", type=int, help="number of sessions")
    parser.add_argument("--orgs", type=int, help="number of organizations")
    parser.add_argument("--delegates", type=int,
                        help="size of the delegation; each delegate attends a different subset of the sessions, "
                             "and the delegation briefing lists all of them")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    parser.add_argument("--write-test-data", metavar="DIR",
                        help="write the checked-in test inputs (" + ", ".join(sorted(CHECKED_IN)) + ") into DIR")
    return parser.parse_args(argv)


def counts_from(args) -> Counts:
    people, sessions, orgs, delegates = SIZES[args.size]
    people = args.people if args.people is not None else people
    sessions = args.sessions if args.sessions is not None else sessions
    orgs = args.orgs if args.orgs is not None else orgs
    delegates = args.delegates if args.delegates is not None else min(delegates, max(1, people // 2))
    if sessions < 1 or orgs < 2 or delegates < 1:
        raise SystemExit("generate_briefing: need at least 1 session, 2 organizations and 1 delegate")
    if people < delegates + 1:
        raise SystemExit(f"generate_briefing: --people ({people}) must exceed --delegates ({delegates})")
    return Counts(people=people, sessions=sessions, orgs=orgs, delegates=delegates, seed=args.seed)


def options_text(argv) -> str:
    """The options as `name=value` words: an XML comment may not contain a double hyphen."""
    words, pending = [], None
    for a in argv:
        if pending is not None:
            words.append(f"{pending}={a}")
            pending = None
        elif a.startswith("--") and "=" in a:
            words.append(a[2:])
        elif a.startswith("--"):
            pending = a[2:]
        else:
            words.append(a)
    return " ".join(words) if words else "(defaults)"


def main(argv) -> int:
    args = parse_args(argv)
    if args.write_test_data:
        folder = Path(args.write_test_data)
        folder.mkdir(parents=True, exist_ok=True)
        for name, file_args in sorted(CHECKED_IN.items()):
            xml_text = generate(counts_from(parse_args(file_args)), options_text(file_args))
            (folder / name).write_bytes(xml_text.encode("utf-8"))
            print(f"wrote {folder / name}", file=sys.stderr)
        return 0
    shown, skip = [], False
    for a in argv:  # the output file is not part of what the content depends on
        if skip or a.startswith("--output=") or (a.startswith("-o") and len(a) > 2):
            skip = False
        elif a in ("-o", "--output"):
            skip = True
        else:
            shown.append(a)
    xml_text = generate(counts_from(args), options_text(shown))
    if args.output:
        Path(args.output).write_bytes(xml_text.encode("utf-8"))
    else:
        sys.stdout.buffer.write(xml_text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
