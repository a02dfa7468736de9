/** Hands bytes to the browser's download as a file (no downloads permission needed). */
export function downloadBytes(bytes: ArrayBuffer | Uint8Array, fileName: string, type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    // Firefox downloads only from an anchor that is in the document
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // the download has started from the click; the URL is not needed after this turn
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Hands a JSON text (an export file) to the browser's download as a file. */
export function downloadJson(text: string, fileName: string): void {
  downloadBytes(new TextEncoder().encode(text), fileName, 'application/json');
}
