import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "@/lib/recipients/decode-csv";

const text = "Name,City\nZoë Łukasz,Kraków\n";
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));
const utf16be = (s: string) => utf16le(s).map((_, i, a) => a[i % 2 ? i - 1 : i + 1]);

describe("reading a CSV file's bytes", () => {
  it("reads UTF-8, with or without a byte-order mark", () => {
    expect(decodeCsvBytes(new TextEncoder().encode(text))).toBe(text);
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
  });

  it("reads UTF-16 (Excel's 'Unicode text'), little- or big-endian, with or without a mark", () => {
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, ...utf16le(text)]))).toBe(text);
    expect(decodeCsvBytes(new Uint8Array([0xfe, 0xff, ...utf16be(text)]))).toBe(text);
    expect(decodeCsvBytes(utf16le(text))).toBe(text);
    expect(decodeCsvBytes(utf16be(text))).toBe(text);
  });

  it("reads Windows-1252 from older spreadsheet apps", () => {
    expect(decodeCsvBytes(new Uint8Array([0x5a, 0x6f, 0xeb]))).toBe("Zoë");
  });
});
