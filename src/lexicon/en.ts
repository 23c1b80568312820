import type {LanguageLexicon} from './categories.js'

/** English. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['related articles', 'related posts', 'related stories', 'related', 'you may also like', 'you might also like', 'more from this author', 'more stories', 'recommended for you', 'other posts', 'more on this topic', 'further reading', 'more from', 'more stories from', 'recommended stories', 'other news', 'other stories'],
  popular: ['most popular', 'most read', 'popular posts', 'trending', 'trending now', 'most viewed', 'top stories'],
  recent: ['recent posts', 'latest news', 'latest articles', 'recent articles', 'latest', 'new', 'newest'],
  newsletter: ['subscribe to our newsletter', 'sign up for our newsletter', 'sign up for the newsletter', 'join our newsletter', 'get our newsletter', 'subscribe', 'sign up', 'enter your email', 'newsletter'],
  share: ['share this article', 'share this', 'sharing is caring', 'share on facebook', 'share on twitter', 'share on linkedin', 'share', 'tweet', 'email this', 'copy link', 'share on x', 'post on x', 'share on whatsapp', 'share via email', 'print this article', 'print this page', 'print this', 'print', 'follow us', 'follow us on', 'permalink', 'go to permalink'],
  postedIn: ['posted in', 'filed under', 'categories', 'category', 'tags', 'tagged', 'topics', 'this entry was posted in', 'this entry was written by', 'this entry was filed under', 'bookmark the permalink', 'filed to'],
  readMore: ['read more', 'read also', 'see also', 'see more', 'continue reading', 'continue reading below', 'continue reading the main story', 'read next', 'also read', 'read the rest of this entry', 'read the full story', "don't miss"],
  comments: ['comments', 'leave a comment', 'leave a reply', 'post reply', 'reply', '{n} comments', '{n} comment', 'no comments', 'add a comment', 'join the conversation', 'your email address will not be published', 'required fields are marked', 'notify me of follow-up comments', 'notify me of new comments', 'notify me of new posts', 'save my name, email, and website', 'this is only a preview. your comment', 'your comment has not yet been posted', 'your comment could not be posted', 'your comment has been saved', 'comments are moderated', 'post a comment', 'you are commenting using your', 'cancel reply', 'you can follow this conversation', 'this site uses akismet to reduce spam', 'name (required)', 'email (required)', 'mail (will not be published)', 'the letters and numbers you entered', 'as a final step before posting your comment', 'having trouble reading this image', 'view comments'],
  commentsOn: ['{n} responses to', 'one response to', '{n} thoughts on', 'one thought on', '{n} comments on', 'one comment on', '{n} replies to', 'one reply to', '{n} responses', 'one response'],
  authorBox: ['about the author', 'about the authors', 'about author', 'author bio', 'meet the author', 'about the writer', 'about …'],
  cookie: ['we use cookies', 'this website uses cookies', 'cookie settings', 'cookie policy', 'accept cookies', 'accept all', 'manage preferences', 'privacy policy', 'terms of service', 'terms of use', 'always enabled', 'necessary always enabled'],
  copyright: ['all rights reserved', 'copyright', '©'],
  advertisement: ['advertisement', 'sponsored', 'sponsored content', 'ad', 'story continues below advertisement', 'paid content', 'this post contains affiliate links', 'this article contains affiliate links', 'as an amazon associate we earn from qualifying', 'as an amazon associate i earn from qualifying'],
  breadcrumbHome: ['home', 'homepage', 'start', 'front page', 'back to top', 'back to overview'],
  authorLabel: ['by', 'author', 'written by', 'posted by', 'words by'],
  sourceLabel: ['originally appeared on', 'originally published on', 'originally published at', 'this article first appeared on', 'source', 'republished from'],
  photoCredit: ['photo', 'photo by', 'image', 'image by', 'photograph', 'credit', 'image credit', 'photo credit', 'illustration'],
  readingTime: ['{n} min read', '{n} minute read', '{n} minutes read', 'reading time: {n} minutes', 'reading time'],
  login: ['log in', 'login', 'sign in', 'register', 'create an account', 'my account', 'sign out', 'log out', 'this article is for subscribers only', 'this content is for subscribers only', 'subscribe to continue reading', 'already a subscriber', 'become a subscriber', 'subscribers only'],
} satisfies LanguageLexicon
