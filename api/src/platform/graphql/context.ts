import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Meilisearch } from 'meilisearch';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Orm } from '../database/orm';
import type { Mailer } from '../mail/mailer';
import type { MailQueue } from '../mail/queue';
import type { Viewer } from '../policy';
import type { SearchSync } from '../../modules/search/sync';
import type { ViewCounter } from '../../modules/brokering/views';
import type { PublicDataCache } from '../public-cache';
import { langFromEnum, langFromHeader, translator, type Lang, type T } from '../i18n';
import { loadViewer, type ViewerCache } from '../../modules/account/sessions';
import { setAuditActor } from '../../modules/audit/subscriber';

/** Long-lived things one API process holds; safe to share between requests. */
export interface AppServices {
  config: Config;
  logger: Logger;
  orm: Orm;
  mailer: Mailer;
  /** Delivers queued e-mails (`outgoing_emails`); `flushAll()` in tests. */
  mailQueue: MailQueue;
  search: Meilisearch;
  /** Drains the search outbox to Meilisearch; `kick()` it after a listing change commits. */
  searchSync: SearchSync;
  /** Visitors' answers and public lookups, emptied at every commit that changes public data. */
  publicCache: PublicDataCache;
  /** Listing page views, written in batches. */
  views: ViewCounter;
  /** Sessions read a moment ago (`SESSION_CACHE_SECONDS`), emptied by every change to them in this process. */
  viewers: ViewerCache;
}

/** What every resolver gets: a fresh EntityManager fork, who is asking, and in which language. */
export interface GraphQLContext extends AppServices {
  em: EntityManager;
  viewer: Viewer | null;
  lang: Lang;
  t: T;
  requestId: string;
  req: Request;
  res: Response;
  /** Absolute URL of the web app, for links in e-mails. */
  publicUrl: string;
}

/** A context's own state behind its lazy `logger`. */
type ContextState = GraphQLContext & { ownLogger?: Logger };

/**
 * What every request's context shares, one object per process: the services (read through the prototype,
 * not copied into each context), `logger`, a child logger with the request id made when a resolver first
 * logs (most requests never do: a child logger costs a serialization), and `publicUrl`, worked out when an
 * e-mail needs it (without PUBLIC_URL, `req.protocol` asks proxy-addr whether to trust the proxy). The
 * getters live here, not in the context: Apollo copies each context with `Object.assign` before running
 * the operation, which would call a getter of the context itself for every request.
 */
const sharedContexts = new WeakMap<AppServices, object>();
function sharedContext(app: AppServices): object {
  let shared = sharedContexts.get(app);
  if (!shared) {
    shared = Object.create(app, {
      logger: {
        get(this: ContextState) {
          return (this.ownLogger ??= app.logger.child({ requestId: this.requestId }));
        },
      },
      publicUrl: {
        get(this: ContextState) {
          return (
            app.config.PUBLIC_URL?.replace(/\/$/, '') ?? `${this.req.protocol}://${this.req.get('host')}`
          );
        },
      },
    }) as object;
    sharedContexts.set(app, shared);
  }
  return shared;
}

export async function buildContext(app: AppServices, req: Request, res: Response): Promise<GraphQLContext> {
  const em = app.orm.em.fork();
  const viewer = await loadViewer(em, app.config, req, app.viewers);
  setAuditActor(em, viewer?.userId ?? null);
  const lang =
    langFromHeader(req.get('accept-language')) ?? (viewer ? langFromEnum(viewer.user.language) : 'vi');
  const requestId = (res.locals.requestId as string | undefined) ?? randomUUID();
  const own: Omit<GraphQLContext, keyof AppServices | 'publicUrl'> = {
    em,
    viewer,
    lang,
    t: translator(lang),
    requestId,
    req,
    res,
  };
  return Object.assign(Object.create(sharedContext(app)) as GraphQLContext, own);
}
