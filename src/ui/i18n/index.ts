export { label, relabel } from "./bind";
export type { MessageKey } from "./catalogue";
export { defineMessages } from "./define";
export {
  initialLocale,
  isLocale,
  LOCALE_NAMES,
  LOCALE_STORAGE_KEY,
  LOCALES,
  type Locale,
} from "./locale";
export { currentLocale, formatFixed, formatNumber, setLocale, t } from "./translate";
