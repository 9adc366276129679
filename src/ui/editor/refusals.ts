/** An edit's refusal in the user's language: the model gives a code and the ids involved. */

import type { MessageKey } from "../i18n/index";
import { t } from "../i18n/index";
import type { EditResult, Refusal } from "./operations";

const KEYS: Record<Refusal, MessageKey> = {
  notEditable: "editor.refused.notEditable",
  unknownComponent: "editor.refused.unknownComponent",
  unknownType: "editor.refused.unknownType",
  self: "editor.refused.self",
  toClient: "editor.refused.toClient",
  toAutoscaler: "editor.refused.toAutoscaler",
  sendsNothing: "editor.refused.sendsNothing",
  scalesServers: "editor.refused.scalesServers",
  already: "editor.refused.already",
  cycle: "editor.refused.cycle",
  notConnected: "editor.refused.notConnected",
  badId: "editor.refused.badId",
  idTaken: "editor.refused.idTaken",
};

export function refusalMessage(result: EditResult & { ok: false }): string {
  return t(KEYS[result.reason], result.params);
}
