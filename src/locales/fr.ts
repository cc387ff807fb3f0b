/** Adds fr to every press-widgets bundle on the page, loaded before or after this module. */
import { fr } from '../i18n/translations/fr.js';
import { announceTranslation } from '../i18n/announce.js';

announceTranslation(fr);
