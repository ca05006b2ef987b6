export const PLAYWRIGHT_DISABLED_FEATURES: readonly string[];
export const OMNIBOX_POPUP_FEATURES: readonly string[];
export const disableFeaturesSwitch: string;
