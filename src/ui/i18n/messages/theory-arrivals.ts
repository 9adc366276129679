import { defineMessages } from "../define";

/**
 * Theory beside simulation for a client's bursty arrivals (src/ui/theory-view.ts): what the
 * H2/M/1 and M^X/M/1 models were given besides the rate, in the words of the arrival fields.
 */
export const theoryArrivals = defineMessages({
  en: {
    "theory.h2Arrivals":
      "; hyper-exponential gaps between arrivals, squared coefficient of variation {scv}",
    "theory.batchArrivals": "; Poisson batches of {mean} requests on average",
  },
  "zh-CN": {
    "theory.h2Arrivals": "；到达间隔服从超指数分布，变异系数的平方为 {scv}",
    "theory.batchArrivals": "；批次按泊松过程到达，平均每批 {mean} 个请求",
  },
});
