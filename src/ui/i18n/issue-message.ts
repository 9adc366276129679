/**
 * A validator issue in the page's language: its code and parameters through the validation
 * catalogue (messages/validation.ts); the document's own values stay as written.
 */
import type { Issue } from "../../scenario/issues";
import { CATALOGUES, type MessageKey } from "./catalogue";
import type { Locale } from "./locale";
import { currentLocale, t } from "./translate";

export function issueMessage(issue: Issue, locale: Locale = currentLocale()): string {
  const key = `issue.${issue.code}`;
  // An issue from a newer validator than this page's catalogue still says something.
  if (!Object.hasOwn(CATALOGUES.en, key)) return issue.message;
  const params = { ...issue.params };
  if (params.what !== undefined) {
    params.what = t(`expect.${params.what}` as MessageKey, issue.params, locale);
  }
  const text = t(key as MessageKey, params, locale);
  if (params.suggestion === undefined) return text;
  return text + t("issue.suggestion", params, locale);
}

/** Where the issue is: its path, or "(document)" for the document itself. */
export function issuePlace(issue: Issue, locale: Locale = currentLocale()): string {
  return issue.path === "" ? t("issue.document", undefined, locale) : issue.path;
}
