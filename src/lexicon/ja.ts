import type {LanguageLexicon} from './categories.js'

/** Japanese. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ["関連記事", "関連ニュース", "おすすめ記事", "あわせて読みたい", "こちらもおすすめ", "この記事を読んだ人におすすめ", "関連"],
  popular: ["人気記事", "アクセスランキング", "よく読まれている記事", "ランキング", "人気の記事"],
  recent: ["最新記事", "新着記事", "最新ニュース", "新着", "最近の投稿"],
  newsletter: ["メルマガ登録", "ニュースレター", "ニュースレターに登録", "メールマガジン", "購読する", "メールアドレスを入力"],
  share: ["シェア", "シェアする", "ツイート", "はてなブックマーク", "lineで送る", "リンクをコピー", "この記事をシェアする"],
  postedIn: ["カテゴリー", "カテゴリ", "タグ", "投稿日", "この記事のカテゴリ"],
  readMore: ["続きを読む", "もっと見る", "詳しくはこちら", "あわせて読む", "続きはこちら"],
  comments: ["コメント", "コメントを書く", "コメントする", "{n}件のコメント", "コメントはまだありません"],
  cookie: ["このサイトはクッキーを使用しています", "クッキーを使用しています", "cookieの設定", "クッキーポリシー", "すべて同意する", "同意する", "プライバシーポリシー", "利用規約"],
  copyright: ["無断転載禁止", "all rights reserved", "著作権"],
  advertisement: ["広告", "スポンサー", "pr", "スポンサーリンク", "プロモーション"],
  breadcrumbHome: ["ホーム", "トップ", "トップページ"],
  authorLabel: ["著者", "筆者", "文", "執筆"],
  sourceLabel: ["初出", "出典", "転載元", "初出誌"],
  photoCredit: ["写真", "画像", "撮影", "イラスト", "写真提供"],
  readingTime: ["読了時間", "この記事は約{n}分で読めます", "約{n}分"],
  login: ["ログイン", "新規登録", "会員登録", "マイページ", "ログアウト", "読者になる"],
} satisfies LanguageLexicon
