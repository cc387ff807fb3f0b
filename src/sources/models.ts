/** An article as every element sees it, whatever CMS or feed it came from. All text is plain text. */
export interface Article {
  /** Stable id within its source (WordPress post id, feed item id or URL). */
  id: string;
  /** Absolute http(s) URL of the article, or '' when the source gave none that is safe. */
  url: string;
  headline: string;
  /** Untrusted HTML: render only through the sanitizer. */
  excerptHtml: string;
  image?: ArticleImage;
  /** Photo credit as text, e.g. "Foto: MIBS/C. Stoll". */
  credit?: string;
  author?: string;
  /** Publication date, ISO 8601 with a zone where the source gave one. */
  date?: string;
  category?: string;
}

export interface ArticleImage {
  src: string;
  /** Responsive candidates (`url 300w, url 768w`), each URL already checked. */
  srcset?: string;
  alt: string;
  width?: number;
  height?: number;
}

/** One comment, normalized. */
export interface Comment {
  id: number;
  post: number;
  /** 0 for a top-level comment. */
  parent: number;
  authorName: string;
  /** The commenter's website, already checked to be http(s), or ''. */
  authorUrl: string;
  /** Avatar URL, checked to be http(s), or ''. */
  avatar: string;
  date: string;
  /** Untrusted HTML: render only through the sanitizer. */
  contentHtml: string;
  /** Permalink of the comment on the site, or ''. */
  link: string;
  /** 'approved', or 'hold' for a comment awaiting moderation (shown to its author only). */
  status: 'approved' | 'hold' | string;
}

/** One page of a comment thread. */
export interface CommentPage {
  comments: Comment[];
  total: number;
  totalPages: number;
  /** URL of the next page, or null on the last. */
  next: string | null;
}
