import { createInterface } from 'node:readline';

/**
 * Parses one JSONL input line that must be an object. The thrown Error's message becomes the
 * `error` of that line's output, so it names what was expected (`shape`, e.g. `{"id","title","body"}`).
 */
export function parseObjectLine(line: string, shape: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`expected a JSON object ${shape}`);
  }
  return value as Record<string, unknown>;
}

/** The id of a line that failed, when it has one, so the caller can match the error to its input. */
function idOf(line: string): unknown {
  try {
    const value = JSON.parse(line) as { id?: unknown };
    return typeof value === 'object' && value !== null ? (value.id ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * Reads JSONL on stdin and writes one JSON line per non-empty input line: what `handle` returns,
 * or `{"id","error"}` when it throws, so one bad line never stops the stream. Waits for stdout to
 * drain, so a slow reader downstream does not make memory grow.
 */
export async function mapJsonLines(handle: (line: string) => unknown): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let out: string;
    try {
      out = JSON.stringify(handle(line));
    } catch (error) {
      out = JSON.stringify({ id: idOf(line), error: (error as Error).message });
    }
    if (!process.stdout.write(`${out}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}
