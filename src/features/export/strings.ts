import { localized } from '../../i18n/core';
import { exportsText } from '../../i18n/en/exports';

/** The feature's words, in the interface's language; the English ones are in src/i18n/en/exports.ts. */
export const exportStrings = localized(exportsText);
