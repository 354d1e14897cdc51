// Saves text as a file the browser downloads (nothing leaves the machine: a blob URL, revoked after).
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
