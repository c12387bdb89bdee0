/** One status line on stderr, rewritten in place on a terminal and printed at intervals elsewhere. */
export interface ProgressLine {
  update(text: string): void;
  /** Prints the last text for good and moves to a new line. */
  done(text?: string): void;
}

/**
 * On a TTY the line is redrawn at most every 100 ms; in a log file or a pipe a line is printed
 * at most every `logIntervalMillis`, so a long crawl does not flood the log.
 */
export function createProgressLine(
  stream: NodeJS.WriteStream = process.stderr,
  options: { logIntervalMillis?: number; now?: () => number } = {},
): ProgressLine {
  const now = options.now ?? Date.now;
  const interval = stream.isTTY ? 100 : (options.logIntervalMillis ?? 5_000);
  let last = '';
  let lastWrittenAt = -Infinity;
  let written = '';
  const write = (text: string) => {
    if (stream.isTTY) stream.write(`\r\x1b[2K${text}`);
    else stream.write(`${text}\n`);
    written = text;
    lastWrittenAt = now();
  };
  return {
    update(text) {
      last = text;
      if (now() - lastWrittenAt >= interval) write(text);
    },
    done(text) {
      const final = text ?? last;
      if (stream.isTTY) stream.write(`\r\x1b[2K${final}\n`);
      else if (final && final !== written) stream.write(`${final}\n`);
    },
  };
}
