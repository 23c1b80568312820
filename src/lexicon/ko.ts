import type {LanguageLexicon} from './categories.js'

/** Korean. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['관련기사', '관련 기사', '관련 뉴스', '관련 글', '추천 기사', '함께 보면 좋은 기사', '이 기사와 함께 본 기사', '함께 볼만한 뉴스'],
  popular: ['많이 본 뉴스', '많이 본 기사', '가장 많이 본 뉴스', '인기 기사', '인기 뉴스', '인기글', '실시간 인기', '랭킹'],
  recent: ['최신 기사', '최신 뉴스', '최근 글', '최신글', '새 글', '최신'],
  newsletter: ['뉴스레터 구독', '뉴스레터 신청', '뉴스레터', '구독하기', '구독', '이메일을 입력하세요', '이메일 주소'],
  share: ['공유', '공유하기', '페이스북 공유', '트위터 공유', '카카오톡 공유', '링크 복사', 'url 복사'],
  postedIn: ['카테고리', '태그', '키워드', '분류', '주제'],
  readMore: ['더 보기', '더보기', '자세히 보기', '계속 읽기', '전문 보기', '기사 전문 보기'],
  comments: ['댓글', '댓글 쓰기', '댓글 달기', '댓글 보기', '댓글 {n}', '{n}개의 댓글', '댓글이 없습니다'],
  commentsOn: [],
  authorBox: ['저자 소개', '필자 소개'],
  cookie: ['이 웹사이트는 쿠키를 사용합니다', '쿠키를 사용합니다', '쿠키 설정', '쿠키 정책', '모두 허용', '동의', '개인정보처리방침', '개인정보 처리방침', '이용약관'],
  copyright: ['무단전재 및 재배포 금지', '무단 전재 및 재배포 금지', '무단전재 재배포 금지', 'all rights reserved', '저작권자'],
  advertisement: ['광고', '스폰서', '협찬', 'ad'],
  breadcrumbHome: ['홈', '처음으로', '메인'],
  authorLabel: ['기자', '글', '작성자', '필자'],
  sourceLabel: ['출처', '원문', '원문 출처'],
  photoCredit: ['사진', '사진 제공', '사진 출처', '이미지', '그래픽', '일러스트'],
  readingTime: ['읽는 시간', '{n}분 읽기', '읽는 데 {n}분'],
  login: ['로그인', '회원가입', '회원 가입', '마이페이지', '내 정보', '로그아웃'],
} satisfies LanguageLexicon
