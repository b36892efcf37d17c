/**
 * A file as base64, for the tRPC inputs that carry attachments. Read through FileReader rather than
 * `btoa(String.fromCharCode(...bytes))`: spreading a file's bytes into one call's arguments throws
 * RangeError for files of a few hundred kilobytes.
 */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** What an attachment input sends: name, declared type and bytes. */
export async function attachmentsOf(files: File[]) {
  return Promise.all(
    files.map(async (f) => ({
      fileName: f.name,
      mimeType: f.type || "application/octet-stream",
      base64: await fileToBase64(f),
    })),
  );
}
