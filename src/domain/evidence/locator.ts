/**
 * A locator for a passage selected in a source's text: the nearest heading or section number
 * above it ("5.2 Weaknesses", "§3", "Table 1"), or else its paragraph number ("¶ 12").
 */
const SECTION_LINE = /^\s*(?:§\s*)?(\d+(?:\.\d+)*)\.?\s+(\S.{0,80})$/u;
const NAMED_LINE = /^\s*((?:Table|Figure|Section|Chapter|Appendix|Таблица|Рисунок|Раздел|Глава|Кесте|Сурет|Бөлім)\s+[\w.]+.{0,60})$/iu;
const MARKDOWN_HEADING = /^\s*#{1,6}\s+(\S.{0,80})$/u;

function headingOf(line: string): string | null {
  const markdown = MARKDOWN_HEADING.exec(line);
  if (markdown) return markdown[1]!.trim();
  const named = NAMED_LINE.exec(line);
  if (named) return named[1]!.trim();
  const section = SECTION_LINE.exec(line);
  // A numbered line is a heading when it is short and does not read as a sentence.
  if (section && line.trim().length <= 90 && !/[.;:]\s*$/.test(line.trim())) return `§${section[1]} ${section[2]!.trim()}`;
  return null;
}

export function locatorFor(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const heading = headingOf(lines[i]!);
    if (heading) return heading.slice(0, 120);
  }
  const paragraph = before.split(/\n\s*\n/).length;
  return `¶ ${paragraph}`;
}
