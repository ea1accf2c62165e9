// Spreadsheet apps save "CSV" in several encodings (Excel's "Unicode text" is UTF-16, older ones
// Windows-1252). The browser reads the file's bytes and this turns them into text, so the server
// always receives what the file says. Pure: runs in the browser and in tests.

function utf16WithoutMark(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  // Mostly-ASCII UTF-16 has a zero in every other byte: odd positions for LE, even for BE.
  const sample = bytes.subarray(0, 2000);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) oddZeros++;
    else evenZeros++;
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.4 && evenZeros < half * 0.05) return "utf-16le";
  if (evenZeros > half * 0.4 && oddZeros < half * 0.05) return "utf-16be";
  return null;
}

export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes); // drops a UTF-8 byte-order mark
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
