/**
 * Why a live what-if was refused, as a code with parameters and its English wording: the page
 * says it in its own language (src/ui/i18n/messages/refusals.ts), tests and logs read `reason`.
 */
export const REFUSAL_TEXT = {
  noComponent: 'no component "{target}"',
  clientFault: "a client cannot be faulted",
  duration: "duration must be > 0",
  noInstance: "{target} has no instance {instance}",
  factor: "factor must be > 0",
  errorRate: "rate must be between 0 and 1",
  notClient: "{target} is not a client",
  rate: "rate must be a finite number >= 0",
  noRate: "{target} has no rate to change: its workload is closed or a trace",
  notServer: "{target} is not a server",
  workers: "workers must be an integer >= 1",
  replicas: "replicas must be an integer >= 1",
  maxReplicas: "{target} can have at most {max} replicas here",
  noZone: 'no zone "{zone}"',
  zoneDown: "zone {zone} is already down",
  zoneUp: "zone {zone} is not down",
  noScenario: "no scenario is loaded",
  ended: "the run has ended: restart it first",
} as const;

export type RefusalCode = keyof typeof REFUSAL_TEXT;

export interface Refusal {
  ok: false;
  /** The English text. */
  reason: string;
  code: RefusalCode;
  params: Readonly<Record<string, string>>;
}

export function refuse(code: RefusalCode, params: Record<string, string> = {}): Refusal {
  const reason = REFUSAL_TEXT[code].replace(
    /\{(\w+)\}/g,
    (whole, name: string) => params[name] ?? whole,
  );
  return { ok: false, reason, code, params };
}
