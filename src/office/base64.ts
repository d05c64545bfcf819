/** Office hands file contents and whole messages over as base64 text; the core wants bytes. */
export function base64ToBytes(base64: string): Uint8Array | undefined {
  const compact = base64.replace(/[\s\r\n]+/g, "");
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact)) return undefined;
  const standard = compact.replace(/-/g, "+").replace(/_/g, "/");
  try {
    const binary = atob(standard);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return undefined;
  }
}
