import type { ArticleTagsTable } from './article-tags.table.ts';
import type { ArticlesTable } from './articles.table.ts';
import type { CrawlRunsTable } from './crawl-runs.table.ts';
import type { PagesTable } from './pages.table.ts';
import type { CountriesTable, ProvincesTable } from './reference.table.ts';
import type { SourcesTable } from './sources.table.ts';

/** Every table Kysely knows, keyed by SQL name. */
export interface Database {
  sources: SourcesTable;
  crawl_runs: CrawlRunsTable;
  pages: PagesTable;
  articles: ArticlesTable;
  article_tags: ArticleTagsTable;
  provinces: ProvincesTable;
  countries: CountriesTable;
}
