export { mountTopology } from "./view";
