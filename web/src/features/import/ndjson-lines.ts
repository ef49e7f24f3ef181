/**
 * Reads a newline-delimited JSON body as it grows (XMLHttpRequest's responseText while it
 * loads): each call takes the whole text so far and hands back the lines completed since the
 * last call, parsed. A line still being written is left for the next call.
 */
export function ndjsonReader() {
  let consumed = 0;
  return (textSoFar: string): unknown[] => {
    const end = textSoFar.lastIndexOf('\n');
    if (end < consumed) return [];
    const lines = textSoFar.slice(consumed, end).split('\n');
    consumed = end + 1;
    const parsed: unknown[] = [];
    for (const line of lines) {
      if (line.trim() === '') continue;
      try {
        parsed.push(JSON.parse(line));
      } catch {
        // A line that is not JSON is not an event; the final answer decides the outcome.
      }
    }
    return parsed;
  };
}
