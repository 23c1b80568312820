/**
 * The first characters of China's and Taiwan's common family names, in simplified and traditional script (the
 * hundred or so most frequent, which most people bear; of the compound ones, 欧阳 司马 诸葛 慕容 令狐 皇甫, the
 * first). Characters that mostly stand for a word (文, 成, 明, 上, 东) are left out: the set tells a name from a
 * word after a reporter's glued title ("記者陳怡君", not "記者手記", the reporter's notes).
 */
const surnames = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶艾尤穆卓简连麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬栾隋荣巫寇桑郎甄丛仲虞敖巩佘池查苑迟邝谈匡鞠惠荆冀郁胥班储栗燕楚鄢劳谌奚皮冼蔺楼闻厉伊郜阚帅屠朴廉禹祖巴卿狄宣晋芮阙浦戈薄邸雍辜裘邰赫杭况宿逯隆茹诸慕嵇湛戎茅揭尉司令皇',
  ...'張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧蔣鍾鐘譚陸賈韋鄒閻龍賀顧龔萬錢嚴湯溫喬龐顏莊聶魯歐關蘭紀畢單塗駱藍鮑華饒繆簡連麥婁竇黨費衛閔鄔欒榮鄺賴諸',
])

/** Whether a run of Han characters opens with a common family name's first character. */
export function opensWithSurname(name: string): boolean {
  return surnames.has(name.charAt(0))
}
