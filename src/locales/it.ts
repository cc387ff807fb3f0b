/** Adds it to every press-widgets bundle on the page, loaded before or after this module. */
import { it } from '../i18n/translations/it.js';
import { announceTranslation } from '../i18n/announce.js';

announceTranslation(it);
