/** Adds nl to every press-widgets bundle on the page, loaded before or after this module. */
import { nl } from '../i18n/translations/nl.js';
import { announceTranslation } from '../i18n/announce.js';

announceTranslation(nl);
