/**
 * The classic `POST /wp-comments-post.php` form that every WordPress with comments open
 * accepts anonymously: 302 to the comment on success, WordPress's `wp_die()` page on errors.
 */
import { POSTS } from './data.js';
import type { ApiResponse, Context } from './http.js';
import type { CommentStore } from './store.js';
import { DUPLICATE_MESSAGE, FLOOD_MESSAGE, isEmail, refusalFor, storeComment, type CommentInput } from './wp-comments.js';
import { postLink } from './wp-shapes.js';

const NO_CACHE = { Expires: 'Wed, 11 Jan 1984 05:00:00 GMT', 'Cache-Control': 'no-cache, must-revalidate, max-age=0' };

/** The page `wp_die()` prints, as recorded in classic-form-error-*.body.html (styles trimmed). */
export function wpDiePage(status: number, messageHtml: string, title = 'Comment Submission Failure'): ApiResponse {
  const body = `<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<meta name="viewport" content="width=device-width">
		<meta name='robots' content='max-image-preview:large, noindex, follow' />
	<title>${title}</title>
	<style type="text/css">
		html { background: #f1f1f1; }
		body { background: #fff; border: 1px solid #ccd0d4; color: #444; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; margin: 2em auto; padding: 1em 2em; max-width: 700px; }
		#error-page { margin-top: 50px; }
		#error-page p, #error-page .wp-die-message { font-size: 14px; line-height: 1.5; margin: 25px 0 20px; }
	</style>
</head>
<body id="error-page">
	<div class="wp-die-message"><p>${messageHtml}</p></div>
<p><a href='javascript:history.back()'>&laquo; Back</a></p></body>
</html>
	`;
  return { status, headers: { 'Content-Type': 'text/html; charset=UTF-8', ...NO_CACHE }, body };
}

/** A short stable hash, standing in for `wp_hash()` in the moderation link. */
function moderationHash(text: string): string {
  let hash = 5381;
  for (const char of text) hash = Math.imul(hash, 33) ^ char.charCodeAt(0);
  return (hash >>> 0).toString(16).padStart(8, '0').repeat(4);
}

export function classicCommentPost(ctx: Context, store: CommentStore, body: string): ApiResponse {
  const form = new URLSearchParams(body);
  const field = (name: string) => (form.get(name) ?? '').trim();
  const post = POSTS.find((p) => p.id === Number(field('comment_post_ID')));
  // WordPress fires `comment_id_not_found` and exits without a word.
  if (!post) return { status: 200, headers: { 'Content-Type': 'text/html; charset=UTF-8', ...NO_CACHE }, body: '' };

  const input: CommentInput = {
    post: post.id,
    parent: Number(field('comment_parent')) || 0,
    author_name: field('author'),
    author_email: field('email'),
    author_url: field('url'),
    content: field('comment'),
  };
  if (!input.author_name || !input.author_email) return wpDiePage(200, '<strong>Error:</strong> Please fill the required fields.');
  if (!isEmail(input.author_email)) return wpDiePage(200, '<strong>Error:</strong> Please enter a valid email address.');
  if (!input.content) return wpDiePage(200, '<strong>Error:</strong> Please type your comment text.');
  if (input.author_name.length > 245) return wpDiePage(200, '<strong>Error:</strong> Your name is too long.');
  if (input.content.length > 65525) return wpDiePage(200, '<strong>Error:</strong> Your comment is too long.');
  if (input.author_url && !/^https?:\/\//i.test(input.author_url)) input.author_url = /^[a-z][a-z0-9+.-]*:/i.test(input.author_url) ? '' : `http://${input.author_url}`;
  const refusal = refusalFor(store, input, ctx.now);
  if (refusal === 'duplicate') return wpDiePage(409, DUPLICATE_MESSAGE);
  if (refusal === 'flood') return wpDiePage(429, FLOOD_MESSAGE);

  const stored = storeComment(store, input, ctx.now);
  const link = new URL(postLink(ctx, post));
  const redirectTo = field('redirect_to');
  // Like wp_safe_redirect(): only back to this site.
  const target = redirectTo && new URL(redirectTo, link).origin === link.origin ? new URL(redirectTo, link) : link;
  if (stored.status === 'hold') {
    target.searchParams.set('unapproved', String(stored.id));
    target.searchParams.set('moderation-hash', moderationHash(stored.date_gmt));
  }
  target.hash = `comment-${stored.id}`;
  return { status: 302, headers: { ...NO_CACHE, 'X-Redirect-By': 'WordPress', Location: target.href, 'Content-Type': 'text/html; charset=UTF-8' }, body: '' };
}

/** A GET of the form's URL: WordPress answers 405 with an empty page. */
export function classicMethodNotAllowed(): ApiResponse {
  return { status: 405, headers: { Allow: 'POST', 'Content-Type': 'text/html; charset=UTF-8', ...NO_CACHE }, body: '' };
}

/** An error page with the same markup as WordPress's fatal error screen. */
export function criticalErrorPage(): ApiResponse {
  return wpDiePage(500, 'There has been a critical error on this website.', 'WordPress &rsaquo; Error');
}
