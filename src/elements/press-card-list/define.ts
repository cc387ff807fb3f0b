// A list renders cards, so loading the list registers the card too.
import '../press-card/define.js';
import '../press-comment-count/define.js';
import { PressCardList } from './press-card-list.js';

PressCardList.define('press-card-list');

declare global {
  interface HTMLElementTagNameMap {
    'press-card-list': PressCardList;
  }
}
