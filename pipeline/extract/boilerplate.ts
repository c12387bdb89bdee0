/**
 * Heuristics of the generic extractor, as data. Class and id tokens are matched against the
 * lower-cased `class` + `id` of an element; headings against its normalised text.
 */

/**
 * Elements whose content is never article text. Not `form`: ASP.NET portals (many provincial
 * government sites) wrap the whole page in one.
 */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio',
  'map', 'button', 'select', 'textarea', 'input', 'head', 'link', 'meta', 'dialog', 'option', 'label',
]);

/** Elements that are page chrome by their tag alone. */
export const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'menu']);

/** Elements that end a line of text. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption',
  'header', 'footer', 'nav', 'aside', 'address', 'hr', 'center', 'details', 'summary', 'fieldset', 'picture',
]);

/**
 * Class/id tokens of chrome: menus, sidebars, related and most-read lists, comments, sharing,
 * advertising, tags. Matched as substrings of the class and id.
 */
export const NEGATIVE_PATTERN = new RegExp(
  [
    'nav', 'menu', 'footer', 'header', 'sidebar', 'side-bar', 'aside', 'breadcrumb', 'bread-crumb',
    'related', 'relate', 'lien-quan', 'lienquan', 'tinlienquan', 'tin-khac', 'tinkhac', 'other-news', 'othernews',
    'more-news', 'morenews', 'most-read', 'mostread', 'doc-nhieu', 'docnhieu', 'xem-nhieu', 'xemnhieu', 'xem-them',
    'xemthem', 'cung-chuyen-muc', 'same-cate', 'samecate', 'readmore', 'read-more', 'suggest', 'recommend',
    'comment', 'binh-luan', 'binhluan', 'feedback', 'share', 'social', 'sharing', 'like-', 'facebook', 'zalo',
    'advert', 'banner', 'quang-cao', 'quangcao', 'sponsor', 'taitro', 'tai-tro', 'adsbygoogle', 'popup', 'modal',
    'newsletter', 'subscribe', 'tags', 'tag-list', 'keyword', 'hashtag', 'widget', 'toolbar', 'tool-bar',
    'print', 'rating', 'vote', 'poll', 'login', 'search', 'hotline', 'copyright', 'box-category', 'list-news',
    'listnews', 'news-list', 'newslist', 'topic', 'trending', 'hot-news', 'hotnews', 'latest', 'lastest',
    'tin-moi', 'tinmoi', 'box-tin', 'slide', 'carousel', 'marquee', 'ticker', 'player', 'weather', 'gia-vang',
    'paywall', 'regwall', 'sign-in', 'signin', 'signup', 'sign-up', 'author-bio', 'authorbio', 'about-author',
    'about-the-author', 'author-box', 'bio-box', 'recirc', 'read-next', 'readnext', 'most-popular', 'mostpopular',
    'twitter-tweet', 'instagram-media', 'tiktok-embed', 'fb-post', 'cookie', 'consent', 'onetrust', 'gdpr',
  ].join('|'),
);

/** Tokens that say "this is the article" and override a negative match on the same element. */
export const POSITIVE_PATTERN =
  /article|content|detail|entry|post-body|story|fck|noi-dung|noidung|chi-tiet|chitiet|main-text|maincontent|body-text|news-body|cms-body|text-body/;

/** A negative token that still wins over a positive one on the same element (`related-content`). */
export const STRONG_NEGATIVE_PATTERN =
  /postmetadata|entry-footer|entry-utility|cookie|consent|related|relate|lien-?quan|tin-?khac|other-?news|more-?news|most-?read|doc-?nhieu|xem-?nhieu|xem-?them|comment|binh-?luan|share|social|sidebar|breadcrumb|banner|advert|quang-?cao|sponsor|tai-?tro|box-category|tags|tag-list|newsletter|paywall|regwall|author-?bio|about-(?:the-)?author|read-?next|recirc/;

/** Class/id tokens of image captions. */
export const CAPTION_PATTERN = /caption|image_desc|img_desc|image-desc|imgdesc|photo-desc|desc-img|chu-thich|chuthich|pic-note|ck_legend|expnoedit|legend|img-note|image-note/;

/** Class/id tokens of a lead paragraph (sapo) near the title. */
export const SAPO_PATTERN = /sapo|chapeau|lead|summary|description|excerpt|intro|tom-tat|tomtat|txt-head|subtitle|sub-title|teaser|abstract|news-sapo|trichyeu|trich-yeu|mota|mo-ta|standfirst|\bdek\b|\bdeck\b/;

/** Class/id tokens of bylines and dates in an article header. */
export const AUTHOR_PATTERN = /author|byline|tac-gia|tacgia|writer|reporter|signature|source-name/;
export const DATE_PATTERN = /date|time|publish|posted|ngay|thoi-gian|thoigian/;

/**
 * Headings that open a list of other articles: everything from such a heading to the end of
 * its container is chrome. Compared against the heading's text, lower-cased, NFC.
 */
export const LIST_HEADINGS = [
  'tin liên quan', 'bài liên quan', 'tin cùng chuyên mục', 'tin cùng chủ đề', 'bài cùng chuyên mục', 'tin khác',
  'các tin khác', 'tin mới', 'tin mới nhất', 'tin mới hơn', 'tin cũ hơn', 'tin đã đưa', 'đọc nhiều', 'đọc nhiều nhất',
  'xem nhiều', 'xem nhiều nhất', 'xem thêm', 'đọc thêm', 'có thể bạn quan tâm', 'bạn có thể quan tâm',
  'tin nổi bật', 'tin tiêu điểm', 'tin hot', 'tin nóng', 'ý kiến bạn đọc', 'bình luận', 'gửi bình luận',
  'tin tức liên quan', 'chủ đề', 'từ khóa', 'từ khoá', 'tags', 'tag', 'chia sẻ', 'video', 'tin ảnh', 'podcast',
  'tiêu điểm', 'nổi bật', 'mới nhất', 'cùng chuyên mục', 'liên quan', 'tin bài liên quan', 'bài viết liên quan',
  // English
  'related', 'related articles', 'related stories', 'related posts', 'related content', 'related coverage',
  'related news', 'related topics', 'read more', 'read next', 'read also', 'also read', 'see also', 'more stories',
  'more news', 'more to read', 'further reading', 'most popular', 'most read', 'most viewed', 'popular', 'popular posts',
  'popular stories', 'trending', 'trending now', 'recommended', 'recommended for you', 'recommended stories',
  'you may also like', 'you might also like', 'you may be interested in', 'you might be interested in',
  'latest news', 'latest stories', 'latest', 'top stories', 'recent posts', 'comments', 'leave a reply',
  'leave a comment', 'join the conversation', 'share this', 'share this article', 'share this story', 'share this post',
  'topics', 'explore more on these topics', 'editor\'s picks', 'editors\' picks', 'what to read next',
];

/**
 * Starts of short English headings that open a list of other articles ("More in Climate", "Read
 * more on coastal change", "Also in this issue"); matched against headings of at most 40 characters.
 */
export const LIST_HEADING_START =
  /^(?:more (?:from|in|on|about|stories|articles|news)\b|read more\b|related (?:articles|stories|posts|news|coverage|reading|to)\b|also in\b|other stories\b|latest (?:from|in|on)\b|most (?:read|viewed|popular|shared)\b|recommended\b|trending\b|explore more\b)/;

/** Short lines that are widget labels rather than text. */
export const NOISE_LINES = new Set([
  'chia sẻ', 'bình luận', 'in bài', 'in bài viết', 'gửi bài viết', 'lưu bài viết', 'theo dõi', 'quay lại',
  'trở lại', 'về đầu trang', 'đầu trang', 'top', 'share', 'tweet', 'email', 'print', 'copy link', 'sao chép link',
  'nghe', 'nghe bài viết', 'đọc bài', 'tải ứng dụng', 'xem thêm', 'xem tiếp', 'thu gọn', 'quảng cáo',
  // English widget labels
  'advertisement', 'skip advertisement', 'sponsored', 'share this', 'share this article', 'share this story',
  'share full article', 'share on facebook', 'share on twitter', 'share on x', 'share via email', 'like this',
  'loading', 'loading...', 'comments', 'comment', 'reply', 'read more', 'continue reading', 'show more', 'back to top',
  'listen to this article', 'save', 'save article', 'save for later', 'gift this article', 'link copied', 'follow',
  'follow us', 'subscribe', 'sign up', 'log in', 'sign in', 'register', 'close', 'menu', 'skip to content',
  'skip to main content', 'order reprints', 'print this page', 'email this', 'tags', 'topics', 'related',
  'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'pinterest', 'reddit', 'telegram', 'messenger', 'copy',
  'copy link', 'copied', 'share on whatsapp', 'share on linkedin', 'image', 'video', 'audio', 'gallery', 'photo',
  'watch', 'play', 'pause', 'enlarge', 'expand', 'view image in fullscreen', 'view gallery', 'open image in gallery',
]);

/**
 * Credit and caption labels English pages print in or beside the text ("Image source, Getty Images",
 * "Photo: Reuters", "Image caption, …"): matched against a short line's start, lower-cased.
 */
export const CAPTION_LINE = /^(?:(?:image|photo|picture|video|media) (?:source|caption|credit|copyright)s?\b|(?:photo|photograph|image|picture|illustration|credit|photo credit)\s*:|\(?(?:photo|image|picture)s? (?:by|courtesy of)\b)/;

/**
 * Promotion lines papers append to articles ("Mời quý độc giả đón đọc…", "Theo dõi fanpage…",
 * "Tải ứng dụng…"); matched against a short line's start, lower-cased.
 */
export const PROMO_PATTERN =
  /^(?:mời (?:quý )?(?:bạn đọc|độc giả|quý vị)|kính mời|độc giả (?:có thể )?(?:xem|theo dõi|đón đọc)|bạn đọc (?:có thể )?(?:xem|theo dõi)|theo dõi (?:fanpage|trang|kênh|báo)|tải (?:ứng dụng|app)|đăng ký (?:kênh|nhận tin)|mời xem (?:video|thêm)|>> ?xem thêm|xem thêm:|video: |advertisement\b|skip advertisement|sponsored content|sign up (?:for|to|now|here)|subscribe (?:to|for|now|today)|get (?:the|our) .{0,60}(?:newsletter|in your inbox|to your inbox)|get it sent to your inbox|(?:read|see) more:|also read:|read also:|related:|click here to|follow us on|download (?:the|our) app|this (?:article|story) was (?:originally )?published|enjoying this (?:article|story)|register: it|you have \d+ free articles?|support (?:our|independent) journalism|(?:the )?(?:story|article) continues (?:below|after)|continue reading (?:below|the main story)|(?:do you have|have you got|got) a (?:story|news tip|tip)\b|\d+ min(?:ute)?s? read\b|this entry was posted\b)/;

/**
 * Credit lines of wire stories and newspapers at the end of the text: "Reporting by …; Editing by …",
 * "Additional reporting by …", "Compiled by …". Matched against a short line's start, lower-cased.
 */
export const CREDIT_LINE =
  /^(?:(?:additional )?reporting by|writing by|editing by|compiled by|produced by|graphics by|photos? by|with reporting by|contributing:|contributors?:|(?:media|press|investor) (?:contacts?|inquiries|enquiries)\b)\s?/;

/** A contributor's note closing a wire story: "Associated Press writer … contributed from …". */
export const CONTRIBUTOR_LINE = /\bcontributed (?:to this (?:report|story|article)|reporting|from)\b/i;

/**
 * Words a line made only of a date may hold besides numbers: labels ("Posted", "Updated"), weekdays,
 * months, clock and time-zone words (English; the Vietnamese forms have their own pattern).
 */
export const DATE_LINE_WORDS = new Set([
  'posted', 'published', 'updated', 'last', 'modified', 'created', 'on', 'at', 'of', 'the', 'and', 'date', 'time',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'am', 'pm', 'a', 'p', 'm', 'noon', 'midnight', 'st', 'nd', 'rd', 'th', 'ago', 'hours', 'hour', 'minutes', 'minute', 'days', 'day',
  'hrs', 'hr', 'mins', 'min', 'weeks', 'week', 'yesterday', 'today',
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest',
  'ist', 'aest', 'aedt', 'jst', 'kst', 'sgt', 'hkt', 'ict', 'wib', 'z',
]);
