/**
 * Whether a cell's number format shows its number as a percentage (0.4 as 40 %): a % outside
 * quoted text ("%"), escapes (\%) and brackets ([Red]), which show the sign without scaling.
 */
export function showsPercent(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .includes('%');
}
