// A file made in the browser (a plan's Markdown, a sample CSV), or one read with fetch (an
// export), saved through a temporary link.

export function downloadText(
  fileName: string,
  text: string,
  type = 'text/markdown;charset=utf-8',
): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Saves the bytes as they are (a Shift_JIS CSV stays Shift_JIS). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
