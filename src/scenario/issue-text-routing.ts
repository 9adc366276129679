/**
 * The English wording of the issues about probabilistic routing, bounded feedback and zones,
 * kept apart from issue-text.ts so that these features' wording lives in one place. The page's
 * Chinese is in src/ui/i18n/messages/validation-routing.ts.
 */
export const ROUTING_ISSUE_TEXT = {
  choiceNotAdjacent:
    "the calls of choice {choice} must be next to each other (another one is at calls[{other}])",
  choiceNeedsProbability: "a call of choice {choice} needs a probability",
  choiceOverOne: "the probabilities of choice {choice} add up to {sum}, more than 1",
  choiceWhen: "the calls of choice {choice} must all have the same when (calls[{other}] differs)",
  maxVisitsAsync:
    "applies to a sync call only: an async call does not wait, so the request's visits cannot be counted",
  feedbackThroughAsync:
    "this capped call is on a loop ({cycle}) that passes an async call or a queue, where a request's visits stop being counted, so the loop is not bounded",
  feedbackTooDeep:
    "the loops through {id} could nest up to {depth} calls deep in one request; at most {max} are simulated (lower maxVisits)",
  unknownZone: "no component is in zone {zone}",
  samePair: "a pair needs two different zones, got {zone} twice",
  duplicatePair: "the pair {a} – {b} is given twice (also {other})",
  zoneInstance: "a zone fault takes down every instance in the zone",
} as const;

/** What a value of these features should have been, for `required` and `mustBe`. */
export const ROUTING_EXPECTATION_TEXT = {
  zonePair: "an array of two zone names",
} as const;
