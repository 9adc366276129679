import { requireCount, requireNonNegative, requirePositive } from "./arguments";
import { type MmcFigures, mmc } from "./mmc";

/** One station of an open Jackson network. */
export interface JacksonStation {
  /** c: identical servers sharing one FCFS queue. */
  servers: number;
  /** μ: each server's exponential service rate, per second. */
  serviceRate: number;
  /**
   * v: mean visits per external arrival, the solution of the traffic equations (1 at every
   * station of a tandem line; 1/(1-p) for a station that sends a fraction p straight back).
   */
  visits: number;
}

/** A station's figures, seen per visit, with the arrival rate it receives. */
export interface JacksonStationFigures extends MmcFigures {
  /** λ_k = v_k·λ: visits per second. */
  arrivalRate: number;
}

export interface JacksonFigures {
  stations: JacksonStationFigures[];
  /** Mean requests in the whole network, Σ L_k. */
  meanInSystem: number;
  /** End-to-end mean sojourn of an external arrival, Σ v_k·W_k. */
  meanSojourn: number;
}

/**
 * An open Jackson network (tandem lines included): Poisson external arrivals at rate λ,
 * Markovian routing summarised by visit ratios v_k, and M/M/c stations. Jackson's theorem says
 * the stationary distribution is the product of the stations' distributions, each station
 * behaving as an M/M/c queue with arrival rate λ_k = v_k·λ (Jackson 1957, 1963; Kleinrock,
 * Queueing Systems Vol. 1, ch. 4; Harchol-Balter, Performance Modeling and Design of Computer
 * Systems, ch. 17). So W_k is the M/M/c sojourn at λ_k and, by Little's law,
 *
 *   end-to-end W = Σ_k v_k·W_k = Σ_k L_k / λ.
 *
 * A station with ρ_k >= 1 makes its own means and the network's `Infinity`.
 */
export function jacksonNetwork(
  arrivalRate: number,
  stations: readonly JacksonStation[],
): JacksonFigures {
  requireNonNegative("arrivalRate", arrivalRate);
  let meanInSystem = 0;
  let meanSojourn = 0;
  const figures = stations.map((station, k) => {
    requireCount(`stations[${k}].servers`, station.servers, 1);
    requirePositive(`stations[${k}].serviceRate`, station.serviceRate);
    requireNonNegative(`stations[${k}].visits`, station.visits);
    const stationRate = station.visits * arrivalRate;
    const f = mmc(stationRate, station.serviceRate, station.servers);
    meanInSystem += f.meanInSystem;
    meanSojourn += station.visits * f.meanSojourn;
    return { ...f, arrivalRate: stationRate };
  });
  return { stations: figures, meanInSystem, meanSojourn };
}
