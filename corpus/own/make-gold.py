import json,sys
from goldlib import rec, ch, load
out=[]
d='own-001-customs'; t=open(d+'.txt').read()
NAT=("全国海关","海关总署"); Q3=("2024-01/2024-09","2024")
out+= [rec(d,t,"412起",1,"立案侦办走私毒品犯罪案件",412.0,"起",change=ch("up",12.4,None,"同比"),agency=NAT,period=Q3),
 rec(d,t,"538名",1,"抓获犯罪嫌疑人",538.0,"名",change=ch("up",8.9,None,"同比"),agency=NAT,period=Q3),
 rec(d,t,"5.6吨",1,"查获各类毒品",5.6,"吨",change=ch("up",160.0,None,"同比"),agency=NAT,period=Q3),
 rec(d,t,"37起",1,"破获走私冰毒案件",37.0,"起",change=ch("up",None,None,"比上年同期"),agency=("深圳海关缉私局",),period=Q3),
 rec(d,t,"1.2吨",1,"缴获冰毒",1.2,"吨",change=ch("up",None,None,"比上年同期"),agency=("深圳海关缉私局",),period=Q3),
 rec(d,t,"3.5亿元",1,"案值",350000000.0,"元",approx="about",change=ch("up",None,None,"比上年同期"),agency=("深圳海关缉私局",),period=Q3),
 rec(d,t,"96个",1,"打掉走私犯罪团伙",96.0,"个",change=ch("up",20.0,None,"较去年同期"),agency=NAT+("海关缉私部门",),campaign=("国门利剑2024",),period=Q3+(None,)),
 rec(d,t,"2.7%",1,"旅检渠道查验率",2.7,"%",change=ch("up",None,0.8,"比上年"),agency=NAT+("海关缉私部门",),campaign=("国门利剑2024",None),period=Q3+(None,))]
d='own-002-procuratorate'; t=open(d+'.txt').read()
AG=("宁波市人民检察院",); H1=("2024-01/2024-06","2024")
out+= [rec(d,t,"1526件",1,"受理审查逮捕案件",1526.0,"件",agency=AG,period=H1),
 rec(d,t,"2103人",1,"受理审查逮捕案件",2103.0,"人",agency=AG,period=H1),
 rec(d,t,"1188人",1,"批准逮捕",1188.0,"人",agency=AG,period=H1),
 rec(d,t,"28.6%",1,"不捕率",28.6,"%",agency=AG,period=("2023-01/2023-06","2023")),
 rec(d,t,"35.2%",1,"不捕率",35.2,"%",agency=AG,period=H1),
 rec(d,t,"2874件",1,"受理审查起诉案件",2874.0,"件",agency=AG,period=H1),
 rec(d,t,"3651人",1,"受理审查起诉案件",3651.0,"人",agency=AG,period=H1),
 rec(d,t,"2960人",1,"起诉",2960.0,"人",change=ch("down",6.3,None,"同比"),agency=AG,period=H1),
 rec(d,t,"92.4%",1,"认罪认罚从宽制度适用率",92.4,"%",change=ch("up",None,3.1,"比去年同期"),agency=AG,period=H1),
 rec(d,t,"41.5%",1,"诉前羁押率",41.5,"%",agency=AG,period=H1+(None,)),
 rec(d,t,"33.8%",1,"诉前羁押率",33.8,"%",agency=AG,period=H1),
 rec(d,t,"312件",1,"办理民事检察监督案件",312.0,"件",change=ch("up",18.2,None,"同比"),agency=AG,period=H1),
 rec(d,t,"97件",1,"办理行政检察监督案件",97.0,"件",change=ch("up",7.7,None,"同比"),agency=AG,period=H1),
 rec(d,t,"16.5天",1,"案件平均审查时间",16.5,"天",change=ch("down",None,2.3,"较去年"),agency=AG,period=H1)]
d='own-003-taiwan-police'; t=open(d+'.txt').read()
AG=("新北市政府警察局","新北市警察局"); P=("2024-01/2024-10","2024")
out+= [rec(d,t,"2千人",1,"查獲車手",2000.0,"人",approx="over",agency=AG,period=P),
 rec(d,t,"3,215件",1,"偵破詐欺案件",3215.0,"件",agency=AG,period=P),
 rec(d,t,"2,046人",1,"查獲車手",2046.0,"人",change=ch("up",21.3,None,"較去年同期"),agency=AG,period=P),
 rec(d,t,"4億6,800萬元",1,"攔阻民眾被騙金額",468000000.0,"元",agency=AG,period=P),
 rec(d,t,"1,287個",1,"查扣人頭帳戶",1287.0,"個",agency=AG,campaign=("安居專案",),period=P+(None,)),
 rec(d,t,"562張",1,"查扣預付卡",562.0,"張",agency=AG,campaign=("安居專案",),period=P+(None,)),
 rec(d,t,"12個",1,"查獲詐欺集團",12.0,"個",agency=("新北市政府警察局板橋分局","新北市警察局板橋分局","板橋分局"),campaign=("安居專案",None),period=P+(None,)),
 rec(d,t,"168人",1,"移送嫌犯",168.0,"人",agency=("新北市政府警察局板橋分局","新北市警察局板橋分局","板橋分局"),campaign=("安居專案",None),period=P+(None,)),
 rec(d,t,"四成",1,"假投資詐騙佔比",40.0,"%",approx="about",agency=AG,period=("2024",))]
# own-004..007: read as UTF-8 exactly as the extractor reads a .txt (no newline translation), so offsets are the
# Java String indices of the whole file content (BMP text: UTF-16 units = code points)
d='own-004-fire'; t=load(d)
AG=("江西省消防救援总队","江西省消防救援队伍","江西省消防救援机构"); H1=("2024-01/2024-06","2024")
B="与去年同期相比"
out+= [rec(d,t,"3.8万起",1,"接警出动",38000.0,"起",approx="under",agency=AG,period=H1),
 rec(d,t,"37862起",1,"接警出动",37862.0,"起",agency=AG,period=H1),
 rec(d,t,"31.6万人次",1,"出动指战员",316000.0,"人次",agency=AG,period=H1),
 rec(d,t,"5.2万辆次",1,"出动消防车",52000.0,"辆次",agency=AG,period=H1),
 rec(d,t,"4100余人",1,"营救和疏散被困群众",4100.0,"人",approx="over",agency=AG,period=H1),
 rec(d,t,"2亿元",1,"抢救保护财产价值",200000000.0,"元",approx="over",agency=AG,period=H1),
 # the 分别 list names the figures just stated (火灾起数、死亡人数和直接财产损失), and 受伤人数 the fourth: their changes
 rec(d,t,"7416起",1,"接报火灾",7416.0,"起",change=ch("down",12.3,None,B),agency=AG,period=H1),
 rec(d,t,"11人",1,"火灾死亡",11.0,"人",change=ch("down",26.7,None,B),agency=AG,period=H1),
 rec(d,t,"19人",1,"火灾受伤",19.0,"人",change=ch("up",5.6,None,B),agency=AG,period=H1),
 rec(d,t,"8623.5万元",1,"直接财产损失",86235000.0,"元",change=ch("down",8.9,None,B),agency=AG,period=H1),
 rec(d,t,"2985起",1,"接报住宅火灾",2985.0,"起",agency=AG,period=H1),
 rec(d,t,"7人",1,"住宅火灾死亡",7.0,"人",agency=AG,period=H1),
 rec(d,t,"40.3%",1,"住宅火灾占火灾总数的比例",40.3,"%",agency=AG,period=H1),
 rec(d,t,"2781起",1,"接报电气火灾",2781.0,"起",agency=AG,period=H1),
 rec(d,t,"37.5%",1,"电气火灾占火灾总数的比例",37.5,"%",change=ch("down",None,2.4,"较去年同期"),agency=AG,period=H1),
 rec(d,t,"19.6%",1,"22时至次日6时发生的火灾占总数的比例",19.6,"%",agency=AG,period=H1),
 rec(d,t,"6.2万家",1,"检查社会单位",62000.0,"家",agency=AG,period=H1),
 rec(d,t,"11.4万处",1,"督促整改火灾隐患",114000.0,"处",agency=AG,period=H1),
 rec(d,t,"900处",1,"临时查封场所",900.0,"处",approx="under",agency=AG,period=H1),
 rec(d,t,"1862万元",1,"罚款",18620000.0,"元",agency=AG,period=H1),
 rec(d,t,"1.3万场",1,"组织消防宣传活动",13000.0,"场",agency=AG,period=H1),
 rec(d,t,"300万人次",1,"受教育群众",3000000.0,"人次",approx="over",agency=AG,period=H1)]
d='own-005-court'; t=load(d)
AG=("洛阳市法院","洛阳全市法院","洛阳法院","洛阳市中级人民法院"); ZY=("洛阳市中级人民法院","洛阳中院","洛阳市中院")
Y=("2023",); PRE=("2022",None)
out+= [rec(d,t,"14.2万件",1,"审结案件",142000.0,"件",agency=AG,period=Y),
 rec(d,t,"153 627件",1,"受理各类案件",153627.0,"件",change=ch("up",6.8,None,"同比"),agency=AG,period=Y),
 rec(d,t,"142 318件",1,"审结案件",142318.0,"件",change=ch("up",7.4,None,"同比"),agency=AG,period=Y),
 rec(d,t,"92.6%",1,"结案率",92.6,"%",agency=AG,period=Y),
 rec(d,t,"21 406件",1,"受理案件",21406.0,"件",agency=ZY,period=Y),
 rec(d,t,"19 873件",1,"审结案件",19873.0,"件",agency=ZY,period=Y),
 rec(d,t,"92.8%",1,"结案率",92.8,"%",agency=ZY,period=Y),
 rec(d,t,"9 216件",1,"审结刑事案件",9216.0,"件",agency=AG,period=Y),
 rec(d,t,"11 384人",1,"判处罪犯",11384.0,"人",change=ch("down",3.1,None,"同比"),agency=AG,period=Y),
 rec(d,t,"1 127件",1,"审结电信网络诈骗及关联犯罪案件",1127.0,"件",agency=AG,period=Y),
 rec(d,t,"98 542件",1,"审结民事(含商事)案件",98542.0,"件",change=ch("up",9.2,None,"同比"),agency=AG,period=Y),
 rec(d,t,"386.7亿元",1,"涉案标的额",38670000000.0,"元",agency=AG,period=Y),
 rec(d,t,"436件",1,"审结相关纠纷案件",436.0,"件",agency=AG,period=Y),
 rec(d,t,"2 061件",1,"审结行政案件",2061.0,"件",agency=AG,period=Y),
 # 由X提高到Y: two levels, the change is theirs to imply (as 不捕率由…上升至… in own-002)
 rec(d,t,"76.5%",1,"行政机关负责人出庭应诉率",76.5,"%",agency=AG,period=PRE),
 rec(d,t,"98.3%",1,"行政机关负责人出庭应诉率",98.3,"%",agency=AG,period=Y),
 rec(d,t,"31 508件",1,"执结案件",31508.0,"件",agency=AG,period=Y),
 rec(d,t,"52.4亿元",1,"执行到位金额",5240000000.0,"元",change=ch("up",11.6,None,"同比"),agency=AG,period=Y),
 rec(d,t,"2 873名",1,"将被执行人纳入失信被执行人名单",2873.0,"名",agency=AG,period=Y),
 rec(d,t,"1 346人",1,"促使主动履行义务",1346.0,"人",agency=AG,period=Y),
 rec(d,t,"95.1%",1,"法定审限内结案率",95.1,"%",agency=AG,period=PRE),
 rec(d,t,"97.6%",1,"法定审限内结案率",97.6,"%",agency=AG,period=Y),
 rec(d,t,"89.7%",1,"一审服判息诉率",89.7,"%",agency=AG,period=Y),
 # 缩短至 with no earlier level: the direction is the only change stated (as 分别提高到99.4% in p034)
 rec(d,t,"48.2天",1,"案件平均审理天数",48.2,"天",change=ch("down"),agency=AG,period=Y)]
d='own-006-hk-police'; t=load(d)
EK=("香港警務處東九龍總區","東九龍總區","警務處東九龍總區","香港警方東九龍總區"); EKP=EK+("香港警務處","香港警方")
NT=("香港警務處新界北總區","新界北總區","警務處新界北總區","香港警方新界北總區")
H1=("2024-01/2024-06","2024"); L1=("2023-01/2023-06","2023"); B="較去年同期"
out+= [rec(d,t,"8千宗",1,"錄得罪案",8000.0,"宗",approx="over",agency=EK,period=H1),
 rec(d,t,"上升兩成",1,"詐騙案",None,None,change=ch("up",20.0,None,None),agency=EK,period=H1),
 rec(d,t,"8,126宗",1,"錄得罪案",8126.0,"宗",change=ch("up",9.9,731.0,B),agency=EK,period=H1),
 rec(d,t,"7,395宗",1,"錄得罪案",7395.0,"宗",agency=EK,period=L1),
 rec(d,t,"731宗",1,"罪案增加",731.0,"宗",change=ch("up",None,731.0,B),agency=EK,period=H1,optional=True),
 rec(d,t,"1,204宗",1,"暴力罪案",1204.0,"宗",change=ch("down",None,77.0,B),agency=EK,period=H1),
 rec(d,t,"1,281宗",1,"暴力罪案",1281.0,"宗",agency=EK,period=L1),
 rec(d,t,"77宗",1,"暴力罪案減少",77.0,"宗",change=ch("down",None,77.0,B),agency=EK,period=H1,optional=True),
 rec(d,t,"百分之36.4",1,"整體破案率",36.4,"%",agency=EK,period=L1),
 rec(d,t,"百分之33.1",1,"整體破案率",33.1,"%",agency=EK,period=H1),
 rec(d,t,"3,280宗",1,"詐騙案",3280.0,"宗",change=ch("up",20.0,None,B),agency=EK,period=H1),
 rec(d,t,"百分之40.4",1,"詐騙案佔總區罪案總數的比例",40.4,"%",agency=EK,period=H1),
 rec(d,t,"4億元",1,"詐騙案涉款",400000000.0,"元",approx="over",agency=EK,period=H1),
 rec(d,t,"946宗",1,"網上購物騙案",946.0,"宗",agency=EK,period=H1),
 rec(d,t,"612宗",1,"投資騙案",612.0,"宗",agency=EK,period=H1),
 rec(d,t,"318宗",1,"電話騙案",318.0,"宗",change=ch("down",35.0,None,None),agency=EK,period=H1),
 rec(d,t,"186宗",1,"爆竊案",186.0,"宗",change=ch("down",None,41.0,B),agency=EK,period=H1),
 rec(d,t,"227宗",1,"爆竊案",227.0,"宗",agency=EK,period=L1),
 rec(d,t,"41宗",1,"爆竊案減少",41.0,"宗",change=ch("down",None,41.0,B),agency=EK,period=H1,optional=True),
 rec(d,t,"14宗",1,"行劫案",14.0,"宗",agency=EK,period=L1+(None,)),
 rec(d,t,"9宗",1,"行劫案",9.0,"宗",agency=EK,period=H1),
 rec(d,t,"214名",1,"拘捕涉及詐騙案的人士",214.0,"名",agency=EKP,period=H1),
 rec(d,t,"67名",1,"拘捕傀儡戶口持有人",67.0,"名",agency=EKP,period=H1),
 # 又訊: a second report, its own agency
 rec(d,t,"5,032宗",1,"錄得罪案",5032.0,"宗",change=ch("down",7.1,386.0,B),agency=NT,period=H1),
 rec(d,t,"5,418宗",1,"錄得罪案",5418.0,"宗",agency=NT,period=L1),
 rec(d,t,"386宗",1,"罪案減少",386.0,"宗",change=ch("down",None,386.0,B),agency=NT,period=H1,optional=True),
 rec(d,t,"百分之41.2",1,"破案率",41.2,"%",agency=NT,period=L1+(None,)),
 rec(d,t,"百分之44.6",1,"破案率",44.6,"%",agency=NT,period=H1),
 rec(d,t,"36公斤",1,"檢獲各類毒品",36.0,"公斤",approx="about",agency=NT,period=H1),
 rec(d,t,"152人",1,"拘捕毒品罪行疑犯",152.0,"人",agency=NT,period=H1)]
d='own-007-market-regulation'; t=load(d)
AG=("肥东县市场监督管理局","肥东县市场监管局"); P=("2024-01/2024-11","2024"); TQ=("铁拳","民生领域案件查办铁拳","2024民生领域案件查办铁拳"); TQN=TQ+(None,)
out+= [rec(d,t,"136件",1,"查办民生领域案件",136.0,"件",agency=AG,campaign=TQ,period=P),
 rec(d,t,"136件",2,"立案查处民生领域违法案件",136.0,"件",change=ch("up",21.4,None,"同比"),agency=AG,campaign=TQ,period=P),
 rec(d,t,"119件",1,"结案",119.0,"件",agency=AG,campaign=TQ,period=P),
 rec(d,t,"263.8万元",1,"罚没款",2638000.0,"元",agency=AG,campaign=TQ,period=P),
 rec(d,t,"3件",1,"移送公安机关涉嫌犯罪案件",3.0,"件",agency=AG,campaign=TQ,period=P),
 rec(d,t,"2640人次",1,"出动执法人员",2640.0,"人次",agency=AG,campaign=TQ,period=P),
 rec(d,t,"5812户次",1,"检查各类经营主体",5812.0,"户次",agency=AG,campaign=TQ,period=P),
 rec(d,t,"3476件",1,"下架问题商品",3476.0,"件",agency=AG,campaign=TQ,period=P),
 rec(d,t,"217户",1,"责令整改问题经营主体",217.0,"户",agency=AG,campaign=TQ,period=P),
 # 一次查获: 一次 is an adverb (in one go), not a count
 rec(d,t,"1260件",1,"查获超过保质期的食品",1260.0,"件",agency=AG,campaign=TQN,period=("2024-09",)),
 rec(d,t,"8600余元",1,"货值",8600.0,"元",approx="over",agency=AG,campaign=TQN,period=("2024-09",)),
 rec(d,t,"6.5万元",1,"罚款",65000.0,"元",agency=AG,campaign=TQN,period=("2024-09",)),
 rec(d,t,"65批次",1,"抽检重点产品",65.0,"批次",agency=AG,campaign=TQN,period=P),
 rec(d,t,"7批次",1,"发现不合格产品",7.0,"批次",agency=AG,campaign=TQN,period=P),
 rec(d,t,"2317件",1,"受理并办结消费投诉举报",2317.0,"件",agency=AG,campaign=TQN,period=P),
 rec(d,t,"86.5万元",1,"为消费者挽回经济损失",865000.0,"元",agency=AG,campaign=TQN,period=P)]
with open('own.gold.jsonl','w') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(out))
