/** Adds pl to every press-widgets bundle on the page, loaded before or after this module. */
import { pl } from '../i18n/translations/pl.js';
import { announceTranslation } from '../i18n/announce.js';

announceTranslation(pl);
