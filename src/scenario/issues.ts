/**
 * What the validator says about a document: an issue names where (a path such as
 * `components[2].workers`) and what is wrong. Errors refuse the document; warnings let it run.
 */

import { type IssueCode, type IssueParams, issueText } from "./issue-text";
import { show } from "./show";

export interface Issue {
  /** Where in the document: `components[2].workers`; `""` for the document itself. */
  path: string;
  /** The English text (what the command line prints). */
  message: string;
  /** What is wrong, for saying it in another language (see issue-text.ts). */
  code: IssueCode;
  params: IssueParams;
}

export function issue(path: string, code: IssueCode, params: IssueParams = {}): Issue {
  return { path, message: issueText(code, params), code, params };
}

export function formatIssue(issue: Issue): string {
  return `${issue.path === "" ? "(document)" : issue.path}: ${issue.message}`;
}

/** Collects every issue of one validation, so a user sees all of them at once. */
export class Report {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];

  error(path: string, code: IssueCode, params?: IssueParams): void {
    this.errors.push(issue(path, code, params));
  }

  warn(path: string, code: IssueCode, params?: IssueParams): void {
    this.warnings.push(issue(path, code, params));
  }
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The path of a field: `components[2]` + `workers`; odd keys are quoted: `service["a b"]`. */
export function fieldPath(path: string, key: string): string {
  if (!PLAIN_KEY.test(key)) return `${path}[${show(key)}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** The path of an array element: `components` + 2. */
export function itemPath(path: string, index: number): string {
  return `${path}[${index}]`;
}
