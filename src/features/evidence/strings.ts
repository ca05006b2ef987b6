import { localized } from '../../i18n/core';
import { evidenceText } from '../../i18n/en/evidence';

/** The feature's words, in the interface's language; the English ones are in src/i18n/en/evidence.ts. */
export const evidenceStrings = localized(evidenceText);
