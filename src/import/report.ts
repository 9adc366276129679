/** What the importer says about its inference, as data (codes and figures), worded in messages.ts. */
export type ReportLevel = "info" | "assumed" | "warning" | "error";

export interface ReportItem {
  level: ReportLevel;
  code: ReportCode;
  params: Record<string, string | number>;
}

export type ReportCode =
  | "read"
  | "noSpans"
  | "noRoots"
  | "orphans"
  | "arrivals"
  | "source"
  | "schedule"
  | "fewRoots"
  | "measured"
  | "cycle"
  | "call"
  | "fractionalCalls"
  | "service"
  | "workers"
  | "errors"
  | "network"
  | "noNetwork"
  | "queues"
  | "problems";
