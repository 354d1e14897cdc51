// SHA-256 through Web Crypto, present in browsers, workers and Node ≥ 19 alike.

interface SubtleDigest {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}
// core compiles without DOM types, so declare the one Web Crypto call it uses.
declare const crypto: { subtle: SubtleDigest };

/** Lower-case hex SHA-256 of a UTF-8 string. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}
