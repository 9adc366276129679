/**
 * A try item's edit applied to the scenario's text: the text the page loads next. It fails, with
 * a reason, when the user has since edited the scenario so that the change no longer fits.
 */
import { applyChange, type SetOperation } from "../../scenario/lesson-change";

export type ChangedText = { ok: true; text: string } | { ok: false; reason: string };

export function changedText(text: string, operations: readonly SetOperation[]): ChangedText {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const result = applyChange(document, operations);
  if (!result.ok) return result;
  return { ok: true, text: `${JSON.stringify(result.document, null, 2)}\n` };
}
