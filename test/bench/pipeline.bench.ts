/**
 * Pipeline benchmark (`npm run bench:pipeline`): the sample site scaled to thousands of article
 * pages on localhost, crawled and processed through the queues by real `vnnews worker` processes,
 * first one worker and then two, each round on a fresh PostgreSQL database and queue prefix.
 * Prints articles stored per second (crawl → process → stored, from the first enqueue to the last
 * article) and the peak RSS of each worker process (VmHWM from /proc).
 *
 * Politeness is off for the bench: HOST_DELAY_MILLIS=0 (the sample site is ours, on localhost),
 * so the number measures the pipeline, not the one-second spacing meant for real newsrooms. The
 * three outlets also get more requests in flight each (BENCH_SOURCE_CONCURRENCY, default 16)
 * than a real source's allowance: a deployment crawls forty-odd sources at two requests each at
 * once, and three sources at four each would measure the latency of one request chain instead.
 * The crawls are backfills (`since` 2000-01-01) so they follow every listing page and sitemap.
 *
 * Needs PostgreSQL and Redis on this machine. Knobs: BENCH_ARTICLES_PER_OUTLET (three outlets,
 * default 700 → 2,100 articles), BENCH_CONCURRENCY (jobs per worker, default 4: a process job is a
 * batch of up to 25 pages, so 100 pages in flight, and a worker takes half as many crawls, 2, so
 * that two workers share the three outlets instead of one taking every crawl), BENCH_WORKERS
 * (default "1,2"), BENCH_NODE_ARGS (node flags of the workers, default `--max-old-space-size=224`: without a
 * cap V8 lets a crawling worker's heap grow past 500 MB of mostly garbage before it collects; with
 * it the same work stays near 250–300 MB at no measured cost in speed), BENCH_OWN_SESSION=1 (each
 * worker in a session of its own: with the kernel's autogroup scheduling, the processes of one
 * session share one session's part of the CPU, so on a machine busy with other sessions a second
 * worker in the bench's session gets no more CPU, only a share of the first one's; separate
 * services, as in production, are scheduled on their own).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { syncSourcesToDatabase } from '../../crawlers/sources/sync-sources.ts';
import { crawlThroughQueues } from '../../pipeline/runtime/queued-crawl.ts';
import { startSampleSite } from '../../sample-site/server.ts';
import type { Database } from '../../storage/tables/database.ts';
import { createTestPostgres } from '../setup/postgres.ts';
import { destroyTestQueues, openTestQueues, redisAvailable, testRedisUrl } from '../setup/redis.ts';
import { spawnWorker, type SpawnedWorker } from '../pipeline/workers/spawn-worker.ts';

const articlesPerOutlet = Number(process.env.BENCH_ARTICLES_PER_OUTLET ?? 700);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);
/** Requests in flight per outlet (the registry's `politeness.concurrency`). */
const sourceConcurrency = Number(process.env.BENCH_SOURCE_CONCURRENCY ?? 16);
const workerCounts = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);
/** Extra node flags for the worker processes, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const workerNodeArgs = (process.env.BENCH_NODE_ARGS ?? '--max-old-space-size=224').split(' ').filter(Boolean);
/** Each worker in a session of its own (BENCH_OWN_SESSION=1), as separate services would be scheduled. */
const ownSession = process.env.BENCH_OWN_SESSION === '1';
/** Workers alive now: a worker in its own session does not get the terminal's Ctrl-C, so the bench passes it on. */
const liveWorkers = new Set<SpawnedWorker>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const worker of liveWorkers) worker.child.kill('SIGTERM');
    process.exit(130);
  });
}

/** Peak resident set of a process in MB (VmHWM), or NaN off Linux. */
function peakRssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(status);
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on every Linux this runs on). */
const TICKS_PER_SECOND = 100;

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces), or undefined. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** User + system CPU seconds of a process; with `reaped`, also those of its children that exited. */
function cpuSeconds(pid: number | undefined, reaped = false): number {
  const fields = pid === undefined ? undefined : statFields(pid);
  if (!fields) return Number.NaN;
  // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
  const own = Number(fields[11]) + Number(fields[12]);
  return (reaped ? own + Number(fields[13]) + Number(fields[14]) : own) / TICKS_PER_SECOND;
}

/**
 * CPU seconds used so far by the PostgreSQL backends serving database `name` (other agents' tests
 * share the server, so the server's total says little). Backends that close during the round are
 * missed; the workers' pools keep theirs open while they are busy.
 */
async function backendCpuSeconds(db: Kysely<Database>, name: string): Promise<Map<number, number>> {
  const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = ${name}`.execute(db);
  return new Map(rows.map((row) => [row.pid, cpuSeconds(row.pid)]));
}

/**
 * CPU seconds used so far by every process named `command` and the children its root process
 * reaped (PostgreSQL backends of closed connections), or NaN when none runs.
 */
function serviceCpuSeconds(command: string): number {
  let total = 0;
  let found = false;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let name: string;
    try {
      name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
    } catch {
      continue;
    }
    if (name !== command) continue;
    const fields = statFields(Number(entry));
    if (!fields) continue;
    found = true;
    const parentIsSame = (() => {
      try {
        return readFileSync(`/proc/${fields[1]}/comm`, 'utf8').trim() === command;
      } catch {
        return false;
      }
    })();
    total += cpuSeconds(Number(entry), !parentIsSame);
  }
  return found ? total : Number.NaN;
}

interface Round {
  workers: number;
  articles: number;
  seconds: number;
  perSecond: number;
  peakRssMb: number[];
  /** CPU milliseconds per stored article: each worker, PostgreSQL, Redis, and this process (the sample site). */
  cpuMillisPerArticle: { workers: number[]; postgres: number; backends: number; redis: number; bench: number };
  loadAverage: string;
  /** Which worker ran each crawl, and for how long: one worker taking every crawl caps the rate. */
  crawls: Array<{ source: string; worker: string; seconds: number }>;
}

async function runRound(workerCount: number): Promise<Round> {
  const pg = await createTestPostgres();
  const queues = openTestQueues();
  const site = await startSampleSite({ articlesPerOutlet, includeFixtures: false, slowMillis: 100 });
  const workers: SpawnedWorker[] = [];
  try {
    await syncSourcesToDatabase(
      pg.db,
      site.sources.map((source) => ({ ...source, politeness: { ...source.politeness, concurrency: sourceConcurrency } })),
    );
    const env = {
      DATABASE_URL: pg.url,
      REDIS_URL: testRedisUrl,
      QUEUE_PREFIX: queues.prefix,
      HOST_DELAY_MILLIS: '0',
      LOG_LEVEL: 'warn',
    };
    for (let i = 0; i < workerCount; i += 1) {
      const worker = await spawnWorker(['--queues', 'crawl,process', '--concurrency', String(concurrency)], env, 60_000, workerNodeArgs, {
        ownSession,
      });
      workers.push(worker);
      liveWorkers.add(worker);
    }
    const started = performance.now();
    const postgresBefore = serviceCpuSeconds('postgres');
    const backendsBefore = await backendCpuSeconds(pg.db, pg.name);
    const redisBefore = serviceCpuSeconds('redis-server');
    const benchBefore = process.cpuUsage();
    const workersBefore = workers.map((worker) => cpuSeconds(worker.child.pid));
    let lastPrint = 0;
    const outcomes = await crawlThroughQueues(
      queues,
      site.sources.map((source) => ({ sourceId: source.id, since: '2000-01-01', trigger: 'cli' as const })),
      {
        wait: true,
        pollMillis: 250,
        onProgress: (text) => {
          if (performance.now() - lastPrint > 5_000) {
            lastPrint = performance.now();
            process.stderr.write(`  [${workerCount} worker(s)] ${text}\n`);
          }
        },
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const workersCpu = workers.map((worker, i) => cpuSeconds(worker.child.pid) - (workersBefore[i] ?? 0));
    const postgresCpu = serviceCpuSeconds('postgres') - postgresBefore;
    const backendsAfter = await backendCpuSeconds(pg.db, pg.name);
    let backendsCpu = 0;
    for (const [pid, seconds] of backendsAfter) backendsCpu += seconds - (backendsBefore.get(pid) ?? 0);
    const redisCpu = serviceCpuSeconds('redis-server') - redisBefore;
    const benchUsage = process.cpuUsage(benchBefore);
    const benchCpu = (benchUsage.user + benchUsage.system) / 1e6;
    const loadAverage = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const failedCrawls = outcomes.filter((outcome) => outcome.state !== 'completed');
    if (failedCrawls.length > 0) throw new Error(`crawls failed: ${JSON.stringify(failedCrawls)}`);
    const crawlJobs = await Promise.all(outcomes.map((outcome) => queues.crawl.getJob(outcome.jobId)));
    const crawls = crawlJobs.map((job) => ({
      source: job?.data.sourceId ?? '?',
      worker: job?.processedBy ?? '?',
      seconds: job?.finishedOn && job.processedOn ? (job.finishedOn - job.processedOn) / 1000 : Number.NaN,
    }));
    const failedJobs = await queues.process.getFailedCount();
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from articles`.execute(pg.db);
    const articles = rows[0]?.n ?? 0;
    if (failedJobs > 0) process.stderr.write(`  warning: ${failedJobs} process jobs failed\n`);
    const peaks = workers.map((worker) => peakRssMb(worker.child.pid));
    const perArticle = (cpu: number) => (1000 * cpu) / Math.max(1, articles);
    return {
      workers: workerCount,
      articles,
      seconds,
      perSecond: articles / seconds,
      peakRssMb: peaks,
      cpuMillisPerArticle: {
        workers: workersCpu.map(perArticle),
        postgres: perArticle(postgresCpu),
        backends: perArticle(backendsCpu),
        redis: perArticle(redisCpu),
        bench: perArticle(benchCpu),
      },
      loadAverage,
      crawls,
    };
  } finally {
    for (const worker of workers) worker.child.kill('SIGTERM');
    await Promise.all(workers.map((worker) => worker.exited));
    for (const worker of workers) liveWorkers.delete(worker);
    await site.close();
    await destroyTestQueues(queues);
    await pg.close();
  }
}

if (!redisAvailable) {
  process.stderr.write('bench:pipeline needs Redis (REDIS_URL or 127.0.0.1:6379)\n');
  process.exit(1);
}
process.stdout.write(
  `pipeline bench: sample site with ${articlesPerOutlet * 3} generated articles (3 outlets), ` +
    `worker concurrency ${concurrency}, ${sourceConcurrency} requests in flight per outlet, politeness delay 0, worker node flags: ${workerNodeArgs.join(' ') || 'none'}, ` +
    `workers ${ownSession ? 'each in a session of its own' : "in the bench's session"}\n`,
);
const rounds: Round[] = [];
for (const count of workerCounts) {
  process.stderr.write(`round: ${count} worker process(es)\n`);
  rounds.push(await runRound(count));
}
for (const round of rounds) {
  process.stdout.write(
    `${round.workers} worker(s): ${round.articles} articles in ${round.seconds.toFixed(1)} s = ` +
      `${round.perSecond.toFixed(1)} articles/s · peak RSS per worker: ${round.peakRssMb.map((mb) => `${mb.toFixed(0)} MB`).join(', ')}\n` +
      `  CPU ms per article: workers ${round.cpuMillisPerArticle.workers.map((ms) => ms.toFixed(1)).join(' + ')}, ` +
      `PostgreSQL ${round.cpuMillisPerArticle.postgres.toFixed(1)} (server, all databases; this database's backends ` +
      `${round.cpuMillisPerArticle.backends.toFixed(1)}), Redis ${round.cpuMillisPerArticle.redis.toFixed(1)}, ` +
      `bench + sample site ${round.cpuMillisPerArticle.bench.toFixed(1)} · load average at the end ${round.loadAverage}\n` +
      `  crawls: ${round.crawls.map((crawl) => `${crawl.source} by ${crawl.worker} in ${crawl.seconds.toFixed(1)} s`).join(', ')}\n`,
  );
}
const two = rounds.find((round) => round.workers === 2);
if (two) {
  const fast = two.perSecond >= 150;
  const lean = two.peakRssMb.every((mb) => mb < 300);
  process.stdout.write(
    `target (two workers ≥ 150 articles/s, each < 300 MB): ${fast ? 'met' : 'MISSED'} on speed, ${lean ? 'met' : 'MISSED'} on memory\n`,
  );
}
