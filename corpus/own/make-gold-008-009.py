import json,os,sys
from goldlib import rec, ch, load
# readings for own-008 / own-009 (written by reading the text, before any extractor run);
# offsets are Java String indices of the whole file content read as UTF-8 with no newline translation
os.chdir(os.path.dirname(os.path.abspath(__file__)))
out=[]

d='own-008-traffic-police'; t=load(d)
AG=("绵阳市公安局交通警察支队","绵阳市公安局交警支队","绵阳市交警支队","绵阳市公安交管部门")
FC=("绵阳市公安局交通警察支队涪城区大队","绵阳市公安局交通警察支队涪城区交警大队","绵阳市公安局交警支队涪城区大队",
    "绵阳市公安局交警支队涪城区交警大队","绵阳市涪城区交警大队","涪城区交警大队")
Y=("2024",); B="与上年相比"
BR=("百日会战","道路交通安全百日会战"); BP=("2024-09-01/2024-12-10","2024-09/2024-12","2024")
D2=("2024-12-02",)
out+= [# headline: a change without a figure of its own, and the drunk-driving total rounded
 rec(d,t,"下降11.3%",1,"道路交通事故死亡人数",None,None,change=ch("down",11.3,None,None),agency=AG,period=Y),
 rec(d,t,"近3000起",1,"查处酒驾醉驾",3000.0,"起",approx="under",agency=AG,period=Y),
 # 1月7日, 一次死亡3人以上 (a threshold) are not facts
 rec(d,t,"1286起",1,"发生道路交通事故",1286.0,"起",change=ch("down",8.4,118.0,B),agency=AG,period=Y),
 rec(d,t,"213人",1,"道路交通事故死亡",213.0,"人",change=ch("down",11.3,None,B),agency=AG,period=Y),
 rec(d,t,"1097人",1,"道路交通事故受伤",1097.0,"人",change=ch("down",6.7,None,B),agency=AG,period=Y),
 rec(d,t,"486.3万元",1,"直接财产损失",4863000.0,"元",change=ch("up",3.5,None,B),agency=AG,period=Y),
 rec(d,t,"118起",1,"事故起数减少",118.0,"起",change=ch("down",None,118.0,B),agency=AG,period=Y,optional=True),
 rec(d,t,"2968起",1,"查处酒驾醉驾违法行为",2968.0,"起",change=ch("up",12.6,None,"同比"),agency=AG,period=Y),
 rec(d,t,"743起",1,"查处醉驾",743.0,"起",agency=AG,period=Y),
 rec(d,t,"5.9%",1,"酒驾醉驾肇事导致的亡人事故占亡人事故总数的比例",5.9,"%",change=ch("down",None,1.7,"较上年"),agency=AG,period=Y),
 # “一盔一带” is a slogan
 rec(d,t,"5.4万起",1,"查处不戴安全头盔、不系安全带违法行为",54000.0,"起",agency=AG,period=Y),
 rec(d,t,"91.6%",1,"电动自行车骑乘人员头盔佩戴率",91.6,"%",change=ch("up",None,4.8,"同比"),agency=AG,period=Y),
 # “两客一危”, “两站两员” are codes
 rec(d,t,"312家",1,"检查“两客一危”运输企业",312.0,"家",agency=AG,period=Y),
 rec(d,t,"1460辆",1,"督促注销逾期未检验、逾期未报废重点车辆",1460.0,"辆",agency=AG,period=Y),
 rec(d,t,"2.3万余名",1,"清理逾期未换证驾驶人",23000.0,"名",approx="over",agency=AG,period=Y),
 rec(d,t,"124套",1,"新增电子监控抓拍设备",124.0,"套",agency=AG,period=Y),
 rec(d,t,"38个",1,"新建农村交通安全劝导站",38.0,"个",agency=AG,period=Y),
 rec(d,t,"426个",1,"劝导站总数",426.0,"个",agency=AG,period=Y+(None,)),
 # the campaign, 9月1日至12月10日; 国道108线 is a road name
 rec(d,t,"1.2万人次",1,"出动警力",12000.0,"人次",approx="over",agency=AG,campaign=BR,period=BP),
 rec(d,t,"8.6万起",1,"查处各类交通违法行为",86000.0,"起",agency=AG,campaign=BR,period=BP),
 rec(d,t,"1.3万起",1,"查处超速违法",13000.0,"起",agency=AG,campaign=BR,period=BP),
 rec(d,t,"2140起",1,"查处货车超载违法",2140.0,"起",agency=AG,campaign=BR,period=BP),
 rec(d,t,"87处",1,"排查整治道路交通安全隐患点段",87.0,"处",agency=AG,campaign=BR,period=BP),
 rec(d,t,"46家",1,"约谈运输企业",46.0,"家",agency=AG,campaign=BR,period=BP),
 # the district brigade beside the city's detachment
 rec(d,t,"806起",1,"查处酒驾醉驾违法行为",806.0,"起",agency=FC,period=Y),
 rec(d,t,"197起",1,"查处醉驾",197.0,"起",agency=FC,period=Y),
 rec(d,t,"下降10.3%",1,"道路交通事故起数",None,None,change=ch("down",10.3,None,"同比"),agency=FC,period=Y),
 rec(d,t,"14.6%",1,"道路交通事故死亡人数",None,None,change=ch("down",14.6,None,"同比"),agency=FC,period=Y),
 # 12月2日 (of 2024, not of the publication year) and 第十三个 are not facts; what was done that day is
 rec(d,t,"1.5万余份",1,"发放宣传资料",15000.0,"份",approx="over",agency=AG,period=D2),
 rec(d,t,"3000余人次",1,"现场受教育群众",3000.0,"人次",approx="over",agency=AG,period=D2)]
 # 2025年 (a plan), 122, 12123 are not facts

d='own-009-drug-control'; t=load(d)
# the year is only in the date line (2024-10-12): 前三季度 -> 2024-01/2024-09, 去年同期 -> 2023-01/2023-09, 今年以来 -> 2024-01/2024-10
AG=("会泽县公安局","曲靖市会泽县公安局","会泽县公安机关","会泽警方")
JD=("会泽县公安局禁毒大队","曲靖市会泽县公安局禁毒大队","会泽县公安局")
Q3=("2024-01/2024-09","2024"); L3=("2023-01/2023-09","2023"); YTD=("2024-01/2024-10","2024")
S9=("2024-09-30","2024-09","2024-01/2024-09","2024")
QY=("清源断流",None); B="与去年同期相比"
out+= [rec(d,t,"86起",1,"破获毒品刑事案件",86.0,"起",agency=AG,campaign=QY,period=Q3),
 rec(d,t,"31.6公斤",1,"缴获毒品",31.6,"公斤",agency=AG,campaign=QY,period=Q3),
 # “一体化” is a slogan
 rec(d,t,"86起",2,"破获毒品刑事案件",86.0,"起",change=ch("up",19.4,None,B),agency=AG,campaign=QY,period=Q3),
 rec(d,t,"113名",1,"抓获毒品犯罪嫌疑人",113.0,"名",change=ch("up",22.8,None,B),agency=AG,campaign=QY,period=Q3),
 rec(d,t,"31.6公斤",2,"缴获各类毒品",31.6,"公斤",change=ch("up",41.1,None,B),agency=AG,campaign=QY,period=Q3),
 rec(d,t,"27起",1,"破获跨省贩毒案件",27.0,"起",agency=AG,campaign=QY,period=Q3),
 rec(d,t,"31.4%",1,"跨省贩毒案件占破案总数的比例",31.4,"%",agency=AG,campaign=QY,period=Q3),
 rec(d,t,"2起",1,"破获公安部毒品目标案件",2.0,"起",agency=AG,campaign=QY,period=Q3),
 rec(d,t,"5起",1,"破获省级毒品目标案件",5.0,"起",agency=AG,campaign=QY,period=Q3),
 rec(d,t,"17.3公斤",1,"缴获海洛因",17.3,"公斤",agency=AG,campaign=QY,period=Q3),
 rec(d,t,"12.5公斤",1,"缴获甲基苯丙胺（冰毒）",12.5,"公斤",agency=AG,campaign=QY,period=Q3),
 rec(d,t,"862克",1,"缴获新型毒品",862.0,"克",agency=AG,campaign=QY,period=Q3),
 # 7月18日: the 禁毒大队 acts (with a police station); 一起 is a count
 rec(d,t,"一起",1,"破获特大运输毒品案",1.0,"起",agency=JD,campaign=QY,period=("2024-07-18",)),
 rec(d,t,"3名",2,"抓获犯罪嫌疑人",3.0,"名",agency=JD,campaign=QY,period=("2024-07-18",)),
 rec(d,t,"6.8公斤",1,"缴获海洛因",6.8,"公斤",agency=JD,campaign=QY,period=("2024-07-18",)),
 rec(d,t,"2辆",1,"扣押作案车辆",2.0,"辆",agency=JD,campaign=QY,period=("2024-07-18",)),
 rec(d,t,"436万元",1,"查封、扣押、冻结涉毒资产价值",4360000.0,"元",change=ch("up",28.7,None,"同比"),agency=AG,campaign=QY,period=Q3),
 rec(d,t,"236个次",1,"检查物流寄递网点",236.0,"个次",agency=AG,campaign=QY,period=Q3),
 rec(d,t,"1.1万余件",1,"查验可疑包裹",11000.0,"件",approx="over",agency=AG,campaign=QY,period=Q3),
 rec(d,t,"19家",1,"检查涉及易制毒化学品的企业",19.0,"家",agency=AG,campaign=QY,period=Q3),
 rec(d,t,"23个",1,"督促整改隐患问题",23.0,"个",agency=AG,campaign=QY,period=Q3),
 rec(d,t,"264人次",1,"查处吸毒人员",264.0,"人次",change=ch("down",15.1,None,"较去年同期"),agency=AG,campaign=QY,period=Q3),
 rec(d,t,"311人次",1,"查处吸毒人员",311.0,"人次",agency=AG,campaign=QY,period=L3),
 rec(d,t,"97名",1,"强制隔离戒毒",97.0,"名",agency=AG,campaign=QY,period=Q3),
 rec(d,t,"58名",1,"责令社区戒毒",58.0,"名",agency=AG,campaign=QY,period=Q3),
 # 累计: the paragraph is about 前三季度 but the sentence names no span
 rec(d,t,"1.8万余人次",1,"开展社会面吸毒人员毛发检测",18000.0,"人次",approx="over",agency=AG,campaign=QY,period=Q3+(None,)),
 rec(d,t,"16名",1,"发现隐性吸毒人员",16.0,"名",agency=AG,campaign=QY,period=Q3+(None,)),
 # 截至9月底; 戒断三年 is a qualifier
 rec(d,t,"1432名",1,"戒断三年未复吸人员",1432.0,"名",change=ch("up",6.2,None,"同比"),agency=AG,campaign=QY,period=S9),
 rec(d,t,"98%",1,"社区戒毒社区康复执行率",98.0,"%",approx="over",agency=AG,campaign=QY,period=S9),
 # publicity: quantities of what the bureau did are facts; “6·26” is a date; not part of 清源断流
 rec(d,t,"43场",1,"组织开展集中宣传活动",43.0,"场",agency=AG,period=YTD),
 rec(d,t,"152场",1,"开展禁毒宣传进校园活动",152.0,"场",agency=AG,period=YTD),
 rec(d,t,"6.3万余人",1,"覆盖师生",63000.0,"人",approx="over",agency=AG,period=YTD),
 rec(d,t,"4.6万份",1,"发放禁毒宣传资料",46000.0,"份",agency=AG,period=YTD),
 rec(d,t,"12万人次",1,"受教育群众",120000.0,"人次",approx="over",agency=AG,period=YTD)]
 # 110 and 最高可获5万元奖励 (a reward ceiling, not something done) are not facts

# sanity: each anchor must be a distinct span, and the anchor text must sit where we computed it
seen=set()
for r in out:
    t=load(r['doc'])
    assert t[r['start']:r['end']]==r['text'], r
    # a numeric anchor must not sit inside a longer number (3名 inside 113名)
    assert r['start']==0 or not (t[r['start']-1].isdigit() or t[r['start']-1]=='.'), r
    assert not (t[r['end']:r['end']+1].isdigit()), r
    k=(r['doc'],r['start'],r['end']); assert k not in seen, k; seen.add(k)
with open('own-008-009.gold.jsonl','w',encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
from collections import Counter
c=Counter((r['doc'],r['optional']) for r in out)
print(len(out), dict(c))
