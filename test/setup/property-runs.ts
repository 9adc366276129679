/**
 * Every fast-check property without a count of its own tries propertyRuns(100) cases (100 is
 * fast-check's default): a fifth in `npm test`, all of them in CI.
 */
import fc from "fast-check";
import { propertyRuns } from "../property-runs";

fc.configureGlobal({ numRuns: propertyRuns(100) });
