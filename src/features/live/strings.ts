import { localized } from '../../i18n/core';
import { liveText } from '../../i18n/en/live';

/** The live pages' words, in the interface's language; the English ones are in src/i18n/en/live.ts. */
export const LIVE = localized(liveText);
