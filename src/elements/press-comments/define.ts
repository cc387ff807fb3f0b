import { PressComments } from './press-comments.js';

PressComments.define('press-comments');

declare global {
  interface HTMLElementTagNameMap {
    'press-comments': PressComments;
  }
}
