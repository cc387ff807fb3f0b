import { PressCommentCount } from './press-comment-count.js';

PressCommentCount.define('press-comment-count');

declare global {
  interface HTMLElementTagNameMap {
    'press-comment-count': PressCommentCount;
  }
}
