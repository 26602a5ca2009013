import json,sys
def rec(doc, text, anchor, nth, metric, value, unit, approx=None, change=None, agency=None, campaign=(None,), period=None, optional=False):
    i=-1
    for _ in range(nth):
        i=text.index(anchor, i+1)
    return {"doc":doc,"text":anchor,"start":i,"end":i+len(anchor),"metric":metric,"value":value,"unit":unit,"approx":approx,
            "change":change,"agency":list(agency),"campaign":list(campaign),"period":list(period),"optional":optional}
def ch(d,p=None,a=None,b=None): return {"direction":d,"percent":p,"amount":a,"basis":b}
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
with open('own.gold.jsonl','w') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(out))
