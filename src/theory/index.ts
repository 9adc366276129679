export {
  type BlockingTandemFigures,
  blockingTandem,
  MAX_TANDEM_STATES,
} from "./blocking-tandem";
export { type CheFigures, cheLru, zipfPopularities } from "./che";
export { type Ekm1Figures, ekm1 } from "./ekm1";
export type { QueueFigures } from "./figures";
export { balancedH2, type HyperExponential, h2m1, kingmanWait } from "./gim1";
export {
  type JacksonFigures,
  type JacksonStation,
  type JacksonStationFigures,
  jacksonNetwork,
} from "./jackson";
export { md1, mg1, mg1WithScv } from "./mg1";
export { mm1, mm1SojournQuantile } from "./mm1";
export { type Mm1kFigures, mm1k } from "./mm1k";
export { erlangB, erlangC, type MmcFigures, mmc } from "./mmc";
export { batchMm1, mmpp2Gaps } from "./mmpp";
export { type MvaFigures, type MvaStation, mva } from "./mva";
export {
  exponentialClass,
  nonPreemptivePriority,
  type PriorityClass,
  type PriorityClassFigures,
  preemptiveResumePriority,
} from "./priority";
export { mg1Ps, mg1PsSojournForSize, type PsFigures } from "./processor-sharing";
