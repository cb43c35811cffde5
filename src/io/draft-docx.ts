/** A small Word document standing for a draft judgment (the demo court's 阅核 drafts). */
import { Document, HeadingLevel, Packer, Paragraph } from "docx";

export async function draftDocx(title: string, paragraphs: readonly string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
          ...paragraphs.map((p) => new Paragraph({ text: p })),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
