/** Adds pt to every press-widgets bundle on the page, loaded before or after this module. */
import { pt } from '../i18n/translations/pt.js';
import { announceTranslation } from '../i18n/announce.js';

announceTranslation(pt);
