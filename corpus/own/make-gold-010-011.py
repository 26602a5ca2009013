# Gold for own-new-B (own-010, own-011): written by reading the articles, no extractor run.
# rec()/ch() as in /work/main/corpus/own/make-gold.py; rec() also takes ctx=: a unique stretch of text that holds the
# anchor, for short anchors that recur inside other numbers (1人 in 211人) -- the anchor is the first one inside ctx.
import json,sys
from goldlib import rec, ch, load
# read as UTF-8 exactly as the extractor reads a .txt (no newline translation): offsets are Java String indices (BMP text)
out=[]

d='own-010-ecology-enforcement'; t=load(d)
AG=("湖北省生态环境厅","湖北省生态环境部门","湖北省各级生态环境部门","湖北省生态环境系统")
WH=("武汉市生态环境局",); YC=("宜昌市生态环境局",)
Y=("2024",); CP=("2024-03/2024-11","2024")
CQ=("清废净土","清废净土专项执法"); CQN=CQ+(None,)
out+= [
 # headline: 去年 against the 2025-01-22 date line
 rec(d,t,"3412件",1,"查处环境行政处罚案件",3412.0,"件",agency=AG,period=Y),
 rec(d,t,"2.6亿元",1,"罚款",260000000.0,"元",approx="over",agency=AG,period=Y),
 # lead: 同比分别 pairs the two values with the two percents in order
 rec(d,t,"3412件",2,"立案查处环境行政处罚案件",3412.0,"件",change=ch("up",8.7,None,"同比"),agency=AG,period=Y),
 rec(d,t,"2.63亿元",1,"罚款金额",263000000.0,"元",change=ch("up",12.4,None,"同比"),agency=AG,period=Y),
 rec(d,t,"86件",1,"移送公安机关涉嫌环境污染犯罪案件",86.0,"件",change=ch("up",None,37.0,"较上年"),agency=AG,period=Y),
 # the amount of a change, stated as a count of its own: optional (as 增加731宗 in own-006)
 rec(d,t,"37件",1,"移送公安机关涉嫌环境污染犯罪案件增加",37.0,"件",change=ch("up",None,37.0,"较上年"),agency=AG,period=Y,optional=True),
 rec(d,t,"152件",1,"移送公安机关行政拘留案件",152.0,"件",agency=AG,period=Y),
 rec(d,t,"713件",1,"办理配套办法案件",713.0,"件",change=ch("down",5.1,None,"较上年"),agency=AG,period=Y),
 # 分别为 pairs the three case types with the three counts
 rec(d,t,"398件",1,"查封扣押案件",398.0,"件",agency=AG,period=Y),
 rec(d,t,"56件",1,"限产停产案件",56.0,"件",agency=AG,period=Y),
 rec(d,t,"21件",1,"按日连续处罚案件",21.0,"件",agency=AG,period=Y,ctx="56件和21件"),
 rec(d,t,"4365.8万元",1,"按日连续处罚罚款金额",43658000.0,"元",agency=AG,period=Y),
 # 第六十九条, 2024年版: not facts
 # “清废净土”专项执法行动, 2024年3月至11月
 rec(d,t,"2.3万人次",1,"出动执法人员",23000.0,"人次",agency=AG,campaign=CQ,period=CP),
 rec(d,t,"5600余家",1,"检查危险废物产生和经营单位",5600.0,"家",approx="over",agency=AG,campaign=CQ,period=CP),
 rec(d,t,"1027个",1,"发现环境问题",1027.0,"个",agency=AG,campaign=CQ,period=CP),
 rec(d,t,"268件",1,"立案查处危险废物环境违法案件",268.0,"件",agency=AG,campaign=CQ,period=CP),
 rec(d,t,"3160万元",1,"罚款",31600000.0,"元",agency=AG,campaign=CQ,period=CP),
 rec(d,t,"29件",1,"移送涉嫌犯罪案件",29.0,"件",agency=AG,campaign=CQ,period=CP),
 # 行动中 a prefecture bureau's case: 一起 counts (as 破获了一起 in the seed)
 rec(d,t,"一起",1,"查办非法倾倒废矿物油案件",1.0,"起",agency=YC,campaign=CQN,period=CP),
 rec(d,t,"12吨",1,"查扣废矿物油",12.0,"吨",approx="about",agency=YC,campaign=CQN,period=CP),
 # the two prefecture bureaus, beside the province's own figures
 rec(d,t,"604件",1,"查处环境违法案件",604.0,"件",agency=WH,period=Y),
 rec(d,t,"6382.5万元",1,"罚款金额",63825000.0,"元",change=ch("down",4.2,None,"同比"),agency=WH,period=Y),
 rec(d,t,"295件",1,"查处环境违法案件",295.0,"件",change=ch("up",15.3,None,"较上年"),agency=YC,period=Y),
 rec(d,t,"2186万元",1,"罚款",21860000.0,"元",agency=YC,period=Y),
 rec(d,t,"百件",1,"涉及长江岸线化工企业的案件",100.0,"件",approx="under",agency=YC,period=Y),
 # 12369 (hotline, twice): not a fact
 rec(d,t,"1.86万件",1,"受理群众生态环境信访举报",18600.0,"件",agency=AG,period=Y),
 rec(d,t,"98.6%",1,"办结率",98.6,"%",agency=AG,period=Y),
 rec(d,t,"95.3%",1,"群众满意率",95.3,"%",change=ch("up",None,2.1,"较上年"),agency=AG,period=Y),
 rec(d,t,"417件",1,"对首次轻微违法行为案件不予处罚",417.0,"件",agency=AG,period=Y),
 rec(d,t,"400家",1,"不予处罚案件涉及企业",400.0,"家",approx="under",agency=AG,period=Y),
 rec(d,t,"30名",1,"评选出执法标兵",30.0,"名",agency=AG,period=Y),
 # closing paragraph: 2025年, “十四五”, 第三次全体会议, PM2.5, “双随机、一公开”, 12369; footer ICP number: none are facts
]

d='own-011-macau-police'; t=load(d)
PJ=("司法警察局","澳門司法警察局","司警局","司警","澳門特別行政區司法警察局")
AC=("司法警察局反詐騙協調中心","澳門司法警察局反詐騙協調中心","司警局反詐騙協調中心","反詐騙協調中心")
PSP=("治安警察局","澳門治安警察局","治警局","治警","澳門特別行政區治安警察局")
Q3=("2024-07/2024-09","2024"); L3=("2023-07/2023-09","2023"); M9=("2024-01/2024-09","2024"); AUG=("2024-08","2024")
B="按年"
out+= [
 # headline
 rec(d,t,"1,300宗",1,"開立刑事案",1300.0,"宗",approx="over",agency=PJ,period=Q3),
 rec(d,t,"升23.4%",1,"詐騙案",None,None,change=ch("up",23.4,None,B),agency=PJ,period=Q3),
 # 二〇二四年第三季度 = 今年7月至9月
 rec(d,t,"1,327宗",1,"開立刑事專案調查案件",1327.0,"宗",change=ch("up",6.2,None,B),agency=PJ,period=Q3),
 # the earlier level is named inside the change phrase, and the direction is stated (有所提升) without a figure
 rec(d,t,"百分之68.4",1,"整體破案率",68.4,"%",change=ch("up",None,None,"較去年同期"),agency=PJ,period=Q3),
 rec(d,t,"百分之65.1",1,"整體破案率",65.1,"%",agency=PJ,period=L3),
 rec(d,t,"412宗",1,"錄得詐騙案",412.0,"宗",change=ch("up",23.4,None,B),agency=PJ,period=Q3),
 rec(d,t,"4,860萬澳門元",1,"詐騙案涉案金額",48600000.0,"澳門元",approx="about",agency=PJ,period=Q3),
 # 其中 breakdown (203+122+87 = 412)
 rec(d,t,"203宗",1,"網絡詐騙案",203.0,"宗",agency=PJ,period=Q3),
 rec(d,t,"122宗",1,"電腦詐騙案",122.0,"宗",agency=PJ,period=Q3),
 rec(d,t,"87宗",1,"電話詐騙案",87.0,"宗",change=ch("down",11.0,None,B),agency=PJ,period=Q3),
 rec(d,t,"六成",1,"假冒政府機關人員或銀行職員的手法佔電話詐騙案的比例",60.0,"%",approx="over",agency=PJ,period=Q3),
 # 第7/2024號法律: not a fact
 rec(d,t,"1,150萬澳門元",1,"攔截被騙款項",11500000.0,"澳門元",approx="over",agency=PJ,period=Q3),
 # 8月中旬: one case
 rec(d,t,"一個",1,"偵破跨境電話詐騙集團",1.0,"個",agency=PJ,period=AUG),
 rec(d,t,"12名",1,"拘捕成員",12.0,"名",agency=PJ,period=AUG),
 rec(d,t,"300萬澳門元",1,"涉案金額",3000000.0,"澳門元",approx="over",agency=PJ,period=AUG),
 # a duration of the investigation: debatable (as 不足3小時 in p079)
 rec(d,t,"兩個多月",1,"跟進調查用時",2.0,"個月",approx="over",agency=PJ,period=(None,),optional=True),
 rec(d,t,"186宗",1,"與博彩相關的犯罪",186.0,"宗",change=ch("up",9.4,None,B),agency=PJ,period=Q3),
 rec(d,t,"95宗",1,"涉及非法兌換的案件",95.0,"宗",agency=PJ,period=Q3),
 rec(d,t,"27宗",1,"販毒案件",27.0,"宗",change=ch("down",20.6,None,B),agency=PJ,period=Q3,ctx="則有27宗"),
 rec(d,t,"1.8公斤",1,"檢獲各類毒品",1.8,"公斤",approx="about",agency=PJ,period=Q3),
 rec(d,t,"648人",1,"拘捕犯罪嫌疑人",648.0,"人",agency=PJ,period=Q3),
 rec(d,t,"352人",1,"拘捕內地居民",352.0,"人",agency=PJ,period=Q3),
 rec(d,t,"211人",1,"拘捕本澳居民",211.0,"人",agency=PJ,period=Q3),
 rec(d,t,"86場",1,"舉辦防騙講座及社區宣傳活動",86.0,"場",agency=PJ,period=Q3),
 rec(d,t,"1.2萬人次",1,"參與人數",12000.0,"人次",approx="over",agency=PJ,period=Q3),
 rec(d,t,"2,315宗",1,"接獲市民查詢",2315.0,"宗",change=ch("up",31.2,None,B),agency=AC,period=Q3),
 # 2024年1月至9月 (the year in Arabic digits here)
 rec(d,t,"3,904宗",1,"累計開立刑事專案調查案件",3904.0,"宗",change=ch("up",8.9,None,B),agency=PJ,period=M9),
 rec(d,t,"1.6億澳門元",1,"詐騙案涉案金額",160000000.0,"澳門元",approx="over",agency=PJ,period=M9),
 # 24小時, 993, 110: not facts
 # 又訊: another agency's report, same quarter
 rec(d,t,"3,204宗",1,"處理交通事故",3204.0,"宗",change=ch("down",2.7,None,B),agency=PSP,period=Q3),
 rec(d,t,"1人",1,"交通事故造成死亡",1.0,"人",agency=PSP,period=Q3,ctx="造成1人死亡"),
 rec(d,t,"438人",1,"交通事故造成受傷",438.0,"人",agency=PSP,period=Q3),
 rec(d,t,"58,612宗",1,"檢控各類交通違例",58612.0,"宗",agency=PSP,period=Q3),
 rec(d,t,"4,317宗",1,"檢控超速違例",4317.0,"宗",agency=PSP,period=Q3),
 rec(d,t,"46人",1,"截獲非法入境者",46.0,"人",agency=PSP,period=Q3),
 rec(d,t,"1,105人次",1,"處理逾期逗留者",1105.0,"人次",agency=PSP,period=Q3),
 # 九月初, 一號風球 (a signal's name: not a fact)
 rec(d,t,"320人次",1,"出動警員",320.0,"人次",approx="about",agency=PSP,period=("2024-09","2024")),
]

# every anchor must sit where it says, and no two facts share an anchor
for r in out:
    t=load(r["doc"]); assert t[r["start"]:r["end"]]==r["text"], r
    # a numeric anchor must not be the tail of a longer number (27宗 inside 1,327宗)
    assert not (r["text"][0].isdigit() and r["start"]>0 and (t[r["start"]-1].isdigit() or t[r["start"]-1] in ",.")), r
spans=[(r["doc"],r["start"]) for r in out]; assert len(spans)==len(set(spans))
with open('own-010-011.gold.jsonl','w',encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
import collections
c=collections.Counter((r["doc"],r["optional"]) for r in out)
for k in sorted(c): print(k, c[k])
print(len(out))
