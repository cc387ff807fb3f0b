/** Adds es to every press-widgets bundle on the page, loaded before or after this module. */
import { es } from '../i18n/translations/es.js';
import { announceTranslation } from '../i18n/announce.js';

announceTranslation(es);
