import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectEncoding, hasUtf8Bom } from "./encoding.js";

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
});
