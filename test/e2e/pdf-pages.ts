import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page of a PDF with its size in points and its text, read back as a PDF reader would. */
export async function pdfPages(pdf: Uint8Array) {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: Array<{ width: number; height: number; text: string }> = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    pages.push({ width, height, text: content.items.map((item) => ('str' in item ? item.str : '')).join(' ') });
  }
  await document.destroy();
  return pages;
}

/** Text with every space removed: a PDF's text runs split and join spaces (and no-break spaces) as they like. */
export const squeezed = (text: string) => text.replace(/\s+/gu, '');
