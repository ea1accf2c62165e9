import JSZip from "jszip";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { BookInput } from "@/lib/books/book-input";
import { typesetEpub } from "@/lib/books/typeset-epub";

const book: BookInput = {
  title: "Letters from Your Life",
  subtitle: "A year of letters",
  credit: "The writers of Beautiful Handwritten Letters",
  language: "en-GB",
  trimSize: "6x9",
  dedication: "For everyone who kept the letters.",
  foreword: "These letters were written for particular people.\n\nThey are shared with consent.",
  blurb: "Some letters are too good to keep in a drawer.",
  year: 2026,
  parts: [
    { title: null, letters: [{ title: "For Ana María, on a birthday", text: "Dear Ana María,\n\nFish & chips <b>on the pier</b>, and “ẞ Łódź Ngọc 🌷”.\n\nWith love, Clara" }] },
    { title: "Thanks", letters: [{ title: "For Søren, with thanks", text: "Dear Søren,\n\nThank you.\nTruly.\n\nYours, Björn\n\nP.S. The cake!" }] },
  ],
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
const list = <T,>(v: T | T[]) => (Array.isArray(v) ? v : [v]);

describe("typesetEpub", () => {
  it("makes an EPUB a reader opens: mimetype first and stored, container, package, and every chapter well-formed", async () => {
    const bytes = Buffer.from(await typesetEpub(book));
    // The OCF rule readers check first: "mimetype" is the first entry, uncompressed, with no extra field.
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0); // stored
    const nameLength = bytes.readUInt16LE(26);
    expect(bytes.subarray(30, 30 + nameLength).toString()).toBe("mimetype");
    expect(bytes.subarray(30 + nameLength + bytes.readUInt16LE(28), 30 + nameLength + bytes.readUInt16LE(28) + 20).toString()).toBe("application/epub+zip");

    const zip = await JSZip.loadAsync(bytes);
    const read = async (name: string) => {
      const file = zip.file(name);
      expect(file, name).not.toBeNull();
      const text = await file!.async("string");
      expect(XMLValidator.validate(text), name).toBe(true);
      return text;
    };
    const container = parser.parse(await read("META-INF/container.xml"));
    const opfPath: string = list(container.container.rootfiles.rootfile)[0]["full-path"];
    const opf = parser.parse(await read(opfPath)).package;
    expect(opf.version).toBe("3.0");
    expect(JSON.stringify(opf.metadata)).toContain("Letters from Your Life");
    expect(opf.metadata["dc:language"]).toBe("en-GB");

    // Every file the package lists is in the archive; every chapter in the reading order parses.
    const base = opfPath.includes("/") ? opfPath.slice(0, opfPath.lastIndexOf("/") + 1) : "";
    const manifest = new Map(list(opf.manifest.item).map((item: { id: string; href: string; "media-type": string }) => [item.id, item]));
    for (const item of manifest.values()) expect(zip.file(base + item.href), item.href).not.toBeNull();
    const chapters: string[] = [];
    for (const ref of list(opf.spine.itemref) as { idref: string }[]) {
      const item = manifest.get(ref.idref)!;
      expect(item["media-type"]).toBe("application/xhtml+xml");
      chapters.push(await read(base + item.href));
    }
    // The library writes non-ASCII characters as numeric references (valid XHTML): read them back.
    const text = chapters.join("\n").replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    // In book order, with the letter's markup-like text escaped rather than obeyed, every character kept.
    const order = ["Dedication", "Foreword", "For Ana María, on a birthday", "Part One: Thanks", "For Søren, with thanks"].map((t) => text.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain("Fish &amp; chips &lt;b&gt;on the pier&lt;/b&gt;");
    expect(text).toContain("“ẞ Łódź Ngọc 🌷”");
    expect(text).not.toContain("<b>on the pier");
    expect(text).toMatch(/class="closing">With love,<br\s*\/>Clara/);
    expect(text).toContain("P.S. The cake!");
  });
});
