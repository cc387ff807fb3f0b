import { PressNav } from './press-nav.js';

PressNav.define('press-nav');

declare global {
  interface HTMLElementTagNameMap {
    'press-nav': PressNav;
  }
}
