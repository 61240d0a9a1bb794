import { Meilisearch } from 'meilisearch';
import type { Config } from './config';
import type { Logger } from './logger';
import { initOrm, type Orm } from './database/orm';
import { createMailer, createMailTransport } from './mail/mailer';
import { MailQueue, mailRetryJob } from './mail/queue';
import { createHttpApp, type HttpApp } from './http/app';
import type { AppServices } from './graphql/context';
import { SearchSync } from '../modules/search/sync';
import { Jobs } from './jobs';
import { freshnessJob } from '../modules/listing/freshness';
import { matchRefreshJob, startMatchingWorker } from '../modules/matching/queue';
import { remindersJob } from '../modules/notification/reminders';
import { startSavedSearchAlertsWorker } from '../modules/search/alerts';
import { ViewCounter } from '../modules/brokering/views';
import { PublicDataCache } from './public-cache';
import { closeSearchHttp } from './search-http';
import { ViewerCache } from '../modules/account/sessions';

export interface Endpoints {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
}

/** Connects to PostgreSQL and Meilisearch and builds the long-lived services of one API process. */
export async function createAppServices(
  config: Config,
  logger: Logger,
  endpoints: Endpoints,
): Promise<AppServices> {
  const orm: Orm = await initOrm({ databaseUrl: endpoints.databaseUrl });
  const search = new Meilisearch({
    host: endpoints.meiliUrl,
    apiKey: endpoints.meiliMasterKey,
    // Uncompressed answers: fetch asks for gzip by default, which costs Meilisearch a compression and this
    // process a decompression of every search answer, on the same machine or network.
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
  });
  const searchSync = new SearchSync({ orm, search, config, logger });
  const mailQueue = new MailQueue({ orm, transport: createMailTransport(config), logger });
  const publicCache = new PublicDataCache(endpoints.databaseUrl, logger, {
    maxBytes: config.PUBLIC_CACHE_MB * 1024 * 1024,
  });
  orm.em.getEventManager().registerSubscriber(publicCache.subscriber());
  const views = new ViewCounter(orm, config, logger);
  const viewers = new ViewerCache(config.SESSION_CACHE_SECONDS * 1000);
  orm.em.getEventManager().registerSubscriber(viewers.subscriber());
  return {
    config,
    logger,
    orm,
    search,
    searchSync,
    mailer: createMailer(),
    mailQueue,
    publicCache,
    views,
    viewers,
  };
}

export interface RunningApi {
  url: string;
  port: number;
  http: HttpApp;
  services: AppServices;
  /** The scheduled-job queue, when JOBS_ENABLED. */
  jobs: Jobs | null;
  close(): Promise<void>;
}

/** Starts one API process (GraphQL, health, and the built web app when present). */
export async function startApi(
  config: Config,
  logger: Logger,
  endpoints: Endpoints,
  listen: { port?: number; host?: string } = {},
): Promise<RunningApi> {
  const services = await createAppServices(config, logger, endpoints);
  const http = await createHttpApp(services);
  void services.searchSync.start();
  services.mailQueue.start();
  services.views.start();
  await services.publicCache.start();
  const jobs = config.JOBS_ENABLED
    ? await Jobs.start(endpoints.databaseUrl, logger, [
        freshnessJob(services),
        matchRefreshJob(services),
        mailRetryJob(services),
        remindersJob(services),
      ])
    : null;
  if (jobs) await startMatchingWorker(services, jobs);
  if (jobs) await startSavedSearchAlertsWorker(services, jobs);
  const host = listen.host ?? config.HOST;
  const port = await http.listen(listen.port ?? config.PORT, host);
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    http,
    services,
    jobs,
    close: async () => {
      await http.close();
      await jobs?.stop();
      await services.searchSync.stop();
      await services.mailQueue.stop();
      services.mailQueue.close();
      await services.views.stop();
      await services.publicCache.close();
      await closeSearchHttp(services.search);
      services.mailer.close();
      await services.orm.close(true);
    },
  };
}
