/**
 * Prometheus metrics in the text exposition format, without a client library: a request latency
 * histogram kept in memory, and gauges read at scrape time (queue depths, crawl counters).
 */

/** Seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  counts: number[];
  sum: number;
  count: number;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

export function formatLabels(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(([key, value]) => `${key}="${escapeLabel(value)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

/** A gauge or counter sample gathered at scrape time. */
export interface Sample {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  values: Array<{ labels: Record<string, string>; value: number }>;
}

/** The request histogram of one server. */
export class RequestMetrics {
  private readonly series = new Map<string, { labels: Record<string, string>; data: Series }>();

  /** Records one request; `route` is the route pattern (`/api/articles/:id`), never the raw URL. */
  observe(labels: { method: string; route: string; status: string }, seconds: number): void {
    const key = `${labels.method} ${labels.route} ${labels.status}`;
    let entry = this.series.get(key);
    if (!entry) {
      entry = { labels, data: { counts: BUCKETS.map(() => 0), sum: 0, count: 0 } };
      this.series.set(key, entry);
    }
    BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) entry.data.counts[i]! += 1;
    });
    entry.data.sum += seconds;
    entry.data.count += 1;
  }

  /** The histogram in exposition format. */
  render(): string {
    const name = 'vnnews_http_request_duration_seconds';
    const lines = [`# HELP ${name} HTTP request latency by route and status.`, `# TYPE ${name} histogram`];
    for (const { labels, data } of this.series.values()) {
      BUCKETS.forEach((bound, i) => lines.push(`${name}_bucket${formatLabels({ ...labels, le: String(bound) })} ${data.counts[i]}`));
      lines.push(`${name}_bucket${formatLabels({ ...labels, le: '+Inf' })} ${data.count}`);
      lines.push(`${name}_sum${formatLabels(labels)} ${data.sum}`);
      lines.push(`${name}_count${formatLabels(labels)} ${data.count}`);
    }
    return `${lines.join('\n')}\n`;
  }
}

/** Samples in exposition format. */
export function renderSamples(samples: Sample[]): string {
  const lines: string[] = [];
  for (const sample of samples) {
    lines.push(`# HELP ${sample.name} ${sample.help}`, `# TYPE ${sample.name} ${sample.type}`);
    for (const { labels, value } of sample.values) lines.push(`${sample.name}${formatLabels(labels)} ${value}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
