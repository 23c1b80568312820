import type {LanguageLexicon} from './categories.js'

/** Chinese. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["相关文章", "相關文章", "相关阅读", "相關閱讀", "相关新闻", "相關新聞", "猜你喜欢", "推荐阅读", "推薦閱讀", "延伸阅读"],
  popular: ["热门文章", "熱門文章", "热门推荐", "熱門推薦", "最受欢迎", "阅读排行", "排行榜"],
  recent: ["最新文章", "最新消息", "最新新闻", "最新", "最近更新"],
  newsletter: ["订阅我们的邮件", "订阅", "訂閱", "订阅新闻邮件", "电子报", "輸入您的電子郵件", "输入您的邮箱"],
  share: ["分享", "分享到", "分享至", "转发", "複製連結", "复制链接", "微信", "微博"],
  postedIn: ["分类", "分類", "标签", "標籤", "发布于", "栏目"],
  readMore: ["阅读全文", "閱讀全文", "阅读更多", "查看更多", "点击查看", "继续阅读"],
  comments: ["评论", "評論", "发表评论", "我要评论", "评论（{n}）", "{n}条评论", "留言"],
  cookie: ["本网站使用cookie", "我们使用cookie", "cookie设置", "接受全部", "同意", "隐私政策", "隱私權政策", "用户协议"],
  copyright: ["版权所有", "版權所有", "未经授权禁止转载", "版权声明", "免责声明", "责任编辑"],
  advertisement: ["广告", "廣告", "赞助内容", "推广"],
  breadcrumbHome: ["首页", "首頁", "主页"],
  authorLabel: ["作者", "记者", "文", "撰文"],
  sourceLabel: ["来源", "來源", "原文首发于", "本文首发于", "转载自"],
  photoCredit: ["图片来源", "圖片來源", "图片", "图", "摄影", "供图"],
  readingTime: ["阅读时间", "閱讀時間", "预计阅读{n}分钟", "阅读需要{n}分钟"],
  login: ["登录", "登錄", "注册", "註冊", "登录注册", "我的账户", "退出"],
} satisfies LanguageLexicon
