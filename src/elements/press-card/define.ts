import { PressCard } from './press-card.js';

PressCard.define('press-card');

declare global {
  interface HTMLElementTagNameMap {
    'press-card': PressCard;
  }
}
