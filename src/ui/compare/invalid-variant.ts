/**
 * A variant that does not validate, in the page's language: its name, then its first issue at
 * its place, worded from the issue's code and parameters as the main page words it. Shared by
 * the side-by-side run and the paired comparison, which both check every variant first.
 */
import { issueMessage, issuePlace } from "../i18n/issue-message";
import type { InvalidVariant } from "./state";

export function invalidVariantText({ variant, issue }: InvalidVariant): string {
  if (issue === null) return `${variant}: `;
  return `${variant}: ${issuePlace(issue)}: ${issueMessage(issue)}`;
}
