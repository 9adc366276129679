/** Saves a Blob as a file through a temporary object URL (revoked once the download has begun). */

/** Long enough for the browser to have started reading the URL after the click. */
const REVOKE_AFTER_MS = 10_000;

export function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function downloadText(fileName: string, text: string, type: string): void {
  download(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}
