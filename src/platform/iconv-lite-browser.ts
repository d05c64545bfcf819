/**
 * Browser stand-in for iconv-lite, wired in by webpack.config.js (resolve.alias). The real
 * iconv-lite needs Node's Buffer; @kenjiuno/msgreader only calls `decode` (reading ANSI strings
 * in .msg files), which the browser's TextDecoder does natively for the WHATWG encodings
 * (windows-125x, iso-8859-x, koi8, shift_jis, gb18030, …). Node keeps the real package.
 */
function decoderFor(encoding: string): TextDecoder {
  try {
    return new TextDecoder(encoding.trim().toLowerCase());
  } catch {
    // Unknown label: Windows-1252 is what an ANSI .msg string most often is.
    return new TextDecoder("windows-1252");
  }
}

export function decode(bytes: Uint8Array, encoding: string): string {
  return decoderFor(encoding).decode(bytes);
}

/** Only UTF-8 can be encoded in the browser; msgreader encodes only when writing .msg files. */
export function encode(text: string, encoding: string): Uint8Array {
  if (!/^utf-?8$/i.test(encoding.trim())) {
    throw new Error(`encoding ${encoding} is not available in the browser build`);
  }
  return new TextEncoder().encode(text);
}

export function encodingExists(encoding: string): boolean {
  try {
    new TextDecoder(encoding.trim().toLowerCase());
    return true;
  } catch {
    return false;
  }
}

export default { decode, encode, encodingExists };
