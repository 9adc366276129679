/** archsim's version, as package.json gives it: bundled in, so it is the code's own. */
import packageJson from "../../package.json";

export const VERSION: string = packageJson.version;
