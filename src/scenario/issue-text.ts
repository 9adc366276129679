/**
 * The English wording of every validator issue, by code. An issue carries its code and
 * parameters besides this text, so the page can say the same thing in another language
 * (src/ui/i18n/messages/validation.ts) while the command line prints this text.
 *
 * Parameters are strings already written as the document has them (`show(value)`, paths, ids):
 * values quoted from the document stay verbatim in every language. `{what}` names an
 * expectation code (EXPECTATION_TEXT below), itself filled from the same parameters.
 */

import { ROUTING_EXPECTATION_TEXT, ROUTING_ISSUE_TEXT } from "./issue-text-routing";

export const ISSUE_TEXT = {
  ...ROUTING_ISSUE_TEXT,
  required: "is required ({what})",
  mustBe: "must be {what}, got {got}",
  notJson: "is not valid JSON: {reason}",
  newerVersion:
    "was written by a newer archsim (version {version}); this one reads version {supported}",
  unknownField: "unknown field (ignored)",
  atLeastMin: "must be >= min ({min}), got {max}",
  warmupTooLong: "must be less than duration ({duration}), got {warmup}",
  noClient: "has no client, so no request will ever be sent",
  noScenario: "no scenario is loaded",
  cacheNeedsSize: "a cache needs a capacity (keys held, for requests with keys) or a hitRatio",
  rateZero: "is 0 and no schedule raises it, so this client sends nothing",
  underNanosecond:
    "takes about {value} s: above 0 but under a nanosecond, which nothing real does. A loop of such steps (instant answers, retries, think times) can run without end while the clock barely moves; use 0 for no time (a loop that takes none is then stopped and reported) or a realistic duration",
  requestRateTooHigh:
    "sends up to {rate} requests per simulated second, far beyond what can run: at the few million a second archsim simulates at best, one simulated second takes {seconds} s of computing or more",
  workBeyondBudget:
    "asks for about {requests} requests at the clients' peak rates, {events} events or more: beyond the {max} a run may take (about a minute of computing), so the run will be stopped, where it would take {seconds} s of computing at best. Shorten the duration or lower the load (the command line's --max-events raises the limit)",
  retryLoop:
    "allows {max} retries as little as {delay} s apart: against a target that refuses at once (a full queue, an open breaker) each request can loop that many times while the clock barely moves, and the run could never end. Give the retries a backoff of a millisecond or more, or a max of a few",
  paretoInfiniteMean:
    "is {alpha}: a pareto law with alpha <= 1 has an infinite mean, so the run's averages and percentiles never settle however long it runs, and near 0 its draws exceed any time a run can reach. Use an alpha above 1 (2 to 3 for heavy tails seen in practice)",
  scheduleOrder:
    "must be later than the previous entry's at ({previous}): a schedule is sorted by time, got {at}",
  mixEmpty: "must name at least one class",
  duplicateClass: "duplicate class {class} (also {other})",
  cannotFail: "a {type} has no instances that could fail",
  partitionInstance: "a partition cuts off a whole component",
  callCycle: "call cycle {cycle} would never end",
  callCycleOfClass: "call cycle {cycle} would never end (requests of class {class})",
  tooManyCycles: "more than {max} call cycles; only the first are reported",
  tooDeep:
    "is nested more than {max} levels deep; a scenario needs about 8, so nothing of this document is read",
  tooManyComponents: "holds {count} components; at most {max} can be simulated",
  textTooLong: "is longer than {max} characters",
  overLimit: "must be at most {max} (a limit of archsim, see docs/scenario-format.md), got {got}",
  serviceMissingClass: 'no entry for class {class} (sent by {client}) and no "default" entry',
  whenNeverSent: "no client sends class {class}, so this call is never made",
  duplicateId: "duplicate id {id} (also {other})",
  unknownId: "no component has id {id}",
  targetIsClient: "{id} is a client; clients send requests, they do not receive them",
  scalesNonServer: "{id} is a {type}; an autoscaler scales a server",
  targetIsAutoscaler: "{id} is an autoscaler; it scales a server and does not receive requests",
  faultOnClient: "{id} is a client, which has no instances to fault",
  instanceOutOfRangeOne: "must be < {count} ({id} has {count} instance), got {instance}",
  instanceOutOfRange: "must be < {count} ({id} has {count} instances), got {instance}",
  codelIgnored: 'applies only with discipline "codel" or "adaptive-lifo" (ignored)',
  arrivalFieldIgnored: "applies only with arrival {arrival} (ignored)",
  capacityChangeEmpty: "sets neither workers nor replicas, so it changes nothing",
  scheduledAutoscaled:
    "cannot follow a schedule: autoscaler {autoscaler} sets this server's replicas",
  serviceMapEmpty: "must be a Dist, or map at least one request class to a Dist",
  emptyClassName: "a request class must have a non-empty name",
  traceNeedsOne: "a trace needs either timestamps or rates (one of the two)",
  traceBackwards: "must not go back in time: value {index} ({value}) is before {previous}",
  traceTooLong: "holds {count} values; at most {max} are read",
  traceValue: "value {index} must be a finite number >= 0, got {got}",
  noTargets: "a load balancer needs at least one target",
  ttlIgnored: 'applies only with algorithm "dns" (ignored)',
  unknownLanguage: "unknown language {language} (ignored); the languages are {languages}",
  noLanguage: "must have a text in at least one of {languages}",
  changeOneOf:
    'must have either "set" (an edit of the scenario) or "live" (a what-if on the running simulation)',
  setEmpty: "must set at least one value",
  pathEmptySegment: "has an empty segment",
  pathPrototype: "names an object's prototype",
  pathRoot: "must start with one of {roots}",
  pathComponentField: "must name a field of a component: components.<id>.<field>",
  changeFails: "cannot be applied: {reason}",
  changeInvalid: "gives a scenario that does not validate: {issue}",
  liveTarget: "{id} is a {type}; a {kind} what-if applies to a {needs}",
  liveReplicas: "must be at most {max} (4 times the replicas of {id}) for a live change, got {got}",
  choicesCount: "must offer between 2 and {max} choices, got {count}",
  predictionPartial:
    "a prediction needs figure, choices, answer and try together; {missing} is missing",
  classPriorityConflict:
    "class {class} has priority {other} at {at}; a class has one priority wherever it is sent from, got {priority}",
  preemptiveSharedCpu:
    "preemption needs a core per worker (cores >= workers, got {cores} < {workers}): under a shared CPU no request has a worker to itself",
  priorityUnderCodel:
    "request classes have priorities, but a {discipline} queue orders itself by waiting time: priorities are not applied here",
  predictedTryNoChange:
    "try item {index} has no set change: a prediction compares the runs before and after an edit",
} as const;

/** What a value should have been, for `required` and `mustBe`. */
export const EXPECTATION_TEXT = {
  ...ROUTING_EXPECTATION_TEXT,
  finiteNumber: "a finite number",
  positiveNumber: "a number > 0",
  positiveFiniteNumber: "a finite number > 0",
  nonNegativeNumber: "a number >= 0",
  nonNegativeFiniteNumber: "a finite number >= 0",
  fraction: "a number between 0 and 1",
  finiteFraction: "a finite number between 0 and 1",
  positiveFraction: "a number > 0 and <= 1",
  positiveFiniteFraction: "a finite number > 0 and <= 1",
  atLeastOne: "a number >= 1",
  finiteAtLeastOne: "a finite number >= 1",
  positiveInteger: "an integer >= 1",
  nonNegativeInteger: "an integer >= 0",
  integerBetween: "an integer between {min} and {max}",
  string: "a string",
  nonEmptyString: "a non-empty string",
  boolean: "true or false",
  oneOf: "one of {options}",
  array: "an array",
  object: "an object",
  scenario: "a scenario object",
  versionOne: "1",
  componentArray: "an array of components",
  componentId: 'an id of lowercase letters, digits, "_" and "-"',
  faultArray: "an array of faults",
  idArray: "an array of component ids",
  target: 'a component id or {"id":…,"weight":…}',
  dist: 'a Dist, such as {"dist":"exp","mean":0.1}',
  service: "a Dist, or a map from request class to Dist",
  traceValues: "an array of numbers, or CSV text with one number per line",
  text: 'a string or an object of texts by language ({"en": …})',
  tryItem: 'a string or {"text": …, "change": …}',
  question: 'a string or {"text": …}',
  anyValue: "a JSON value (null removes the field)",
} as const;

/** `; did you mean "workers"?`, added when an issue has a `suggestion` parameter. */
export const SUGGESTION_TEXT = "; did you mean {suggestion}?";

export type IssueCode = keyof typeof ISSUE_TEXT;
export type ExpectationCode = keyof typeof EXPECTATION_TEXT;
export type IssueParams = Readonly<Record<string, string>>;

/** `{name}` placeholders filled from params; an unknown name is left as written. */
export function fill(template: string, params: IssueParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** The English text of an issue. */
export function issueText(code: IssueCode, params: IssueParams): string {
  const what = params.what as ExpectationCode | undefined;
  const filled =
    what === undefined ? params : { ...params, what: fill(EXPECTATION_TEXT[what], params) };
  const text = fill(ISSUE_TEXT[code], filled);
  return params.suggestion === undefined ? text : text + fill(SUGGESTION_TEXT, params);
}
