import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  detectEncoding,
  hasUtf8Bom,
  hexBytes,
  utf8Census,
  utf8PendingTail,
  utf8Replacements,
} from "./encoding.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("detectEncoding", () => {
  it("recognises the UTF-8 BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("案号,案由\n")]);
    expect(hasUtf8Bom(bytes)).toBe(true);
    expect(detectEncoding(bytes)).toBe("utf-8-bom");
  });

  it("takes pure ASCII and the empty sample as UTF-8", () => {
    expect(detectEncoding(utf8("caseNumber,cause\r\n1,2\r\n"))).toBe("utf-8");
    expect(detectEncoding(new Uint8Array())).toBe("utf-8");
  });

  it("takes valid UTF-8 Chinese as UTF-8", () => {
    expect(detectEncoding(utf8("案号,案由\n（2024）内0602民初1234号,民间借贷纠纷,𠮷\n"))).toBe("utf-8");
  });

  it("does not fail on a character cut by the end of the sample", () => {
    const full = utf8("案号,案由,𠮷");
    // Cut inside the 4-byte 𠮷 (F0 A0 AE B7) and inside the 3-byte 由.
    for (let cut = 1; cut <= 3; cut++)
      expect(detectEncoding(full.subarray(0, full.length - cut))).toBe("utf-8");
    const you = utf8("案由");
    expect(detectEncoding(you.subarray(0, you.length - 1))).toBe("utf-8");
    expect(detectEncoding(you.subarray(0, you.length - 2))).toBe("utf-8");
  });

  it("takes GBK/GB18030 bytes as gb18030", () => {
    expect(detectEncoding(iconv.encode("案号,案由\n民间借贷纠纷,物业服务合同纠纷\n", "gb18030"))).toBe(
      "gb18030",
    );
    expect(detectEncoding(iconv.encode("承办人,张三,𠮷\n", "gb18030"))).toBe("gb18030");
  });

  it("takes an invalid byte inside the sample as gb18030", () => {
    expect(detectEncoding(new Uint8Array([...utf8("案号,"), 0xff, ...utf8("\n")]))).toBe("gb18030");
  });

  it("takes UTF-8 with a few bad bytes as UTF-8, so that the reader names them by row", () => {
    const lines = ["案号,案由,立案日期,审理程序,承办部门,承办人"];
    for (let i = 1; i < 30; i++)
      lines.push(`（2024）内0602民初${i}号,民间借贷纠纷,2024-03-01,简易程序,民事审判第一庭,张三`);
    const bytes = Buffer.from(`${lines.join("\n")}\n`, "utf8");
    bytes[bytes.indexOf(Buffer.from("张三", "utf8"), 200)] = 0xff;
    expect(utf8Census(bytes).invalid).toBe(3); // FF, then the two bytes of 张 left: B C, A0
    expect(detectEncoding(bytes)).toBe("utf-8");
  });

  it("still takes Chinese GBK text as gb18030, a line or a page of it", () => {
    const page = [
      "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式",
      "（2024）内0602民初1号,民间借贷纠纷,2024-03-01,简易程序,民事审判第一庭,张三,2024-05-20,调解",
      "（2024）内0602执3号,,2024年4月1日,,执行实施一庭,李四,2024-10-09,执行完毕",
    ];
    for (const text of [page[0]!, page.join("\n")]) {
      const bytes = iconv.encode(text, "gb18030");
      const { characters, invalid } = utf8Census(bytes);
      // GBK read as UTF-8: far more invalid sequences than characters.
      expect(characters).toBeLessThan(invalid);
      expect(detectEncoding(bytes)).toBe("gb18030");
    }
  });
});

describe("utf8Replacements", () => {
  const fffd = (bytes: Uint8Array) =>
    [...new TextDecoder().decode(bytes)].filter((c) => c === "\uFFFD").length;
  // Bytes that make every kind of sequence: ASCII, leads, continuations, bytes never in UTF-8.
  const anyBytes = fc
    .uint8Array({ maxLength: 40 })
    .map((a) => a.map((b) => (b % 3 === 0 ? b & 0x7f : b | 0x80)));

  it("gives one entry per U+FFFD that TextDecoder writes", () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        expect(utf8Replacements(bytes, true).length).toBe(fffd(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the same entries when the bytes come in two pieces (the held-back tail carried over)", () => {
    fc.assert(
      fc.property(anyBytes, fc.nat(), (bytes, k) => {
        const cut = bytes.length === 0 ? 0 : k % (bytes.length + 1);
        const first = bytes.subarray(0, cut);
        const pending = utf8PendingTail(first);
        const rest = new Uint8Array([...pending, ...bytes.subarray(cut)]);
        const pieces = [...utf8Replacements(first, false), ...utf8Replacements(rest, true)].map(hexBytes);
        expect(pieces).toEqual(utf8Replacements(bytes, true).map(hexBytes));
      }),
      { numRuns: 3000 },
    );
  });

  it("names the bytes the way a hex editor shows them", () => {
    const bytes = new Uint8Array([0x61, 0xe5, 0xbc, 0x62, 0xef, 0xbf, 0xbd, 0xf0, 0x9f]);
    expect(utf8Replacements(bytes, true).map(hexBytes)).toEqual(["E5 BC", "EF BF BD", "F0 9F"]);
    expect(utf8Replacements(bytes, false).map(hexBytes)).toEqual(["E5 BC", "EF BF BD"]);
    expect(hexBytes(utf8PendingTail(bytes))).toBe("F0 9F");
  });
});
