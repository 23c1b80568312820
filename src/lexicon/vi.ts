import type {LanguageLexicon} from './categories.js'

/** Vietnamese. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['bài viết liên quan', 'tin liên quan', 'bài liên quan', 'có thể bạn quan tâm', 'bài viết khác', 'tin khác', 'tin cùng chuyên mục', 'xem thêm các bài'],
  popular: ['đọc nhiều nhất', 'đọc nhiều', 'xem nhiều nhất', 'xem nhiều', 'phổ biến', 'bài viết phổ biến', 'tin nổi bật'],
  recent: ['bài viết mới nhất', 'bài viết mới', 'tin mới nhất', 'mới nhất', 'tin mới', 'mới'],
  newsletter: ['đăng ký nhận bản tin', 'đăng ký nhận tin', 'đăng ký nhận tin tức', 'bản tin', 'nhập email của bạn', 'địa chỉ email của bạn', 'đăng ký ngay'],
  share: ['chia sẻ', 'chia sẻ bài viết', 'chia sẻ lên facebook', 'chia sẻ lên twitter', 'chia sẻ qua email', 'sao chép liên kết', 'sao chép link'],
  postedIn: ['đăng trong', 'chuyên mục', 'danh mục', 'thẻ', 'từ khóa', 'chủ đề'],
  readMore: ['xem thêm', 'đọc thêm', 'đọc tiếp', 'xem tiếp', 'xem chi tiết', 'xem toàn bộ'],
  comments: ['bình luận', 'viết bình luận', 'gửi bình luận', 'bình luận của bạn', '{n} bình luận', 'chưa có bình luận', 'ý kiến', 'ý kiến của bạn', 'ý kiến bạn đọc'],
  commentsOn: ['{n} bình luận về', '{n} suy nghĩ về'],
  authorBox: ['về tác giả'],
  cookie: ['trang web này sử dụng cookie', 'chúng tôi sử dụng cookie', 'cài đặt cookie', 'chính sách cookie', 'chấp nhận tất cả', 'chấp nhận', 'chính sách bảo mật', 'điều khoản sử dụng'],
  copyright: ['bản quyền thuộc về', 'giữ bản quyền', 'bản quyền'],
  advertisement: ['quảng cáo', 'nội dung tài trợ', 'được tài trợ', 'thông tin quảng cáo'],
  breadcrumbHome: ['trang chủ', 'home'],
  authorLabel: ['tác giả', 'bởi', 'người viết'],
  sourceLabel: ['bài viết được đăng lần đầu trên', 'đăng lần đầu trên', 'nguồn', 'theo'],
  photoCredit: ['ảnh', 'ảnh minh họa', 'ảnh tư liệu', 'ảnh chụp màn hình', 'minh họa', 'nguồn ảnh', 'đồ họa'],
  readingTime: ['thời gian đọc', '{n} phút đọc', 'đọc trong {n} phút'],
  login: ['đăng nhập', 'đăng ký', 'tài khoản của tôi', 'đăng xuất', 'tạo tài khoản'],
} satisfies LanguageLexicon
