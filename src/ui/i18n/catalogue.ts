/**
 * Every string of the page, by language: the union of the feature catalogues in messages/.
 * A feature adds its own file there and one line here, so features never edit each other's.
 */
import type { Locale } from "./locale";
import { app } from "./messages/app";
import { banner } from "./messages/banner";
import { budgets } from "./messages/budgets";
import { charts } from "./messages/charts";
import { compare } from "./messages/compare";
import { controls } from "./messages/controls";
import { editor } from "./messages/editor";
import { importTraces } from "./messages/import-traces";
import { insights } from "./messages/insights";
import { inspector } from "./messages/inspector";
import { intro } from "./messages/intro";
import { ownFigures } from "./messages/own-figures";
import { qr } from "./messages/qr";
import { recovery } from "./messages/recovery";
import { refusals } from "./messages/refusals";
import { scenario } from "./messages/scenario";
import { share } from "./messages/share";
import { summary } from "./messages/summary";
import { sweep } from "./messages/sweep";
import { theoryArrivals } from "./messages/theory-arrivals";
import { topology } from "./messages/topology";
import { traces } from "./messages/traces";
import { validation } from "./messages/validation";
import { workshop } from "./messages/workshop";
import { zoneWhatIfs } from "./messages/zone-what-ifs";
import { zones } from "./messages/zones";

const features = [
  app,
  banner,
  budgets,
  recovery,
  charts,
  controls,
  validation,
  compare,
  editor,
  summary,
  share,
  sweep,
  topology,
  scenario,
  refusals,
  insights,
  inspector,
  workshop,
  qr,
  intro,
  traces,
  importTraces,
  ownFigures,
  zones,
  theoryArrivals,
  zoneWhatIfs,
] as const;

type Union<T> = T extends readonly (infer E)[] ? E : never;
type FeatureKeys<F> = F extends Record<Locale, Record<infer K, string>> ? K : never;
export type MessageKey = FeatureKeys<Union<typeof features>>;

function merge(locale: Locale): Record<MessageKey, string> {
  return Object.assign({}, ...features.map((feature) => feature[locale]));
}

export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = {
  en: merge("en"),
  "zh-CN": merge("zh-CN"),
};
