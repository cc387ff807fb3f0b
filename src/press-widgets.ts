/**
 * The script-tag entry: `<script type="module" src=".../press-widgets.js">` registers every
 * element. Loading it twice, or next to another copy, is harmless: each define is guarded.
 */
import './elements/press-card/define.js';
import './elements/press-card-list/define.js';
import './elements/press-comment-count/define.js';
import './elements/press-comments/define.js';
import './elements/press-nav/define.js';

export * from './index.js';
