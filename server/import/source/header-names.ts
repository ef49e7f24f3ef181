/**
 * Column names as the person will see and map them: trimmed, a blank header named by its position,
 * and a repeated one told apart by a suffix ("Estado", "Estado (2)"), as Mercado Libre repeats
 * "Estado" and "Unidades".
 */
export function distinctHeaderNames(raw: readonly string[]): { headers: string[]; repeated: string[] } {
  const seen = new Map<string, number>();
  const repeated: string[] = [];
  const headers = raw.map((cell, index) => {
    const name = cell.replace(/\s+/g, ' ').trim() || `Column ${index + 1}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return name;
    if (count === 2) repeated.push(name);
    return `${name} (${count})`;
  });
  return { headers, repeated };
}
