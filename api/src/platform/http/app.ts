import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { seoRouter } from '../../modules/listing/seo';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { pino } from 'pino';
import compression from 'compression';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger';
import { buildContext, type AppServices, type GraphQLContext } from '../graphql/context';
import { buildResolvers, loadTypeDefs } from '../graphql/schema';
import { EXPOSED_CODES } from '../graphql/errors';
import { graphqlLimits } from '../graphql/limits';
import { translator, langFromHeader } from '../i18n';
import { attachmentRouter } from '../../modules/attachment/http';
import { reportRouter } from '../../modules/report/http';
import { publicFastPath, publicResponseStore } from './public-responses';
import { pageRenderer } from './ssr';

export interface HttpApp {
  server: http.Server;
  /** Starts listening; resolves with the bound port (PORT=0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

/** Content-Security-Policy and the usual headers for every response. */
function securityHeaders(production: boolean): (res: http.ServerResponse) => void {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return (res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    res.setHeader('Content-Security-Policy', csp);
    if (production) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}

declare module 'node:http' {
  interface IncomingMessage {
    /** The request id (also in `X-Request-Id` and `res.locals.requestId`), for logs and error messages. */
    id?: string;
  }
}

/**
 * Gives every request an id (`X-Request-Id`, `req.id`, `res.locals.requestId`) and logs the ones that end
 * in a 5xx, with the request (cookies redacted by the logger), the response and the time taken. Successful
 * requests are not logged, so nothing is built for them: pino-http made a child logger with the serialized
 * request for every request (about 6 % of a signed-in search's API CPU) only to stay silent.
 */
function requestIds(logger: Logger): express.RequestHandler {
  return (req, res, next) => {
    const id = randomUUID();
    req.id = id;
    res.locals.requestId = id;
    res.setHeader('X-Request-Id', id);
    const started = Date.now();
    const done = () => {
      res.removeListener('finish', done);
      res.removeListener('close', done);
      if (res.statusCode < 500) return;
      logger.error(
        {
          req: pino.stdSerializers.req(req),
          res: pino.stdSerializers.res(res),
          err: new Error(`failed with status code ${res.statusCode}`),
          responseTime: Date.now() - started,
        },
        'request errored',
      );
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}

/** graphql-js's error once it has found too many bad variable values (`maxCoercionErrors`, 50). */
const TOO_MANY_COERCION_ERRORS = /^Too many errors processing variables/;

/**
 * What a client sees of an error: codes meant for clients pass; an optimistic-lock failure becomes
 * CONFLICT; anything else (a bug) becomes INTERNAL_SERVER_ERROR with no message, stack or SQL.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && EXPOSED_CODES.has(code)) return formatted;
  const original = unwrapResolverError(error) as { name?: string } | undefined;
  if (original?.name === 'OptimisticLockError') {
    return {
      message: translator('vi')('errors.CONFLICT'),
      extensions: { code: 'CONFLICT' },
      path: formatted.path,
    };
  }
  return {
    message: 'Internal server error',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
    path: formatted.path,
  };
}

/**
 * A body the JSON parser refused (too large, not JSON, an unknown charset) answers like any GraphQL error:
 * its HTTP status (413, 400, 415), a JSON `errors` list with a code, and nothing else, before Apollo, the
 * context or the database are touched.
 */
function graphqlBodyErrors(maxBytes: number): express.ErrorRequestHandler {
  return (err: { status?: number; type?: string }, _req, res, next) => {
    const status = err.status ?? 500;
    if (status >= 500) return next(err);
    const [code, message] =
      err.type === 'entity.too.large'
        ? ['PAYLOAD_TOO_LARGE', `The request body is larger than ${Math.floor(maxBytes / 1024)} kB.`]
        : err.type === 'entity.parse.failed'
          ? ['BAD_REQUEST', 'The request body is not valid JSON.']
          : ['BAD_REQUEST', 'The request body cannot be read.'];
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

export async function createHttpApp(app: AppServices): Promise<HttpApp> {
  const { config, logger } = app;
  const expressApp = express();
  expressApp.disable('x-powered-by');
  // No ETag over every GraphQL answer (hashing each body costs more than it saves); static files keep theirs.
  expressApp.set('etag', false);
  expressApp.set('trust proxy', config.TRUST_PROXY);
  const setSecurityHeaders = securityHeaders(config.isProduction);
  // Visitors' repeated public reads are answered before Express (logging, compression, body parsing).
  const fastPath = publicFastPath(app, setSecurityHeaders);
  const server = http.createServer((req, res) => fastPath(req, res, () => void expressApp(req, res)));

  expressApp.use(requestIds(logger));
  expressApp.use((_req, res, next) => {
    setSecurityHeaders(res);
    next();
  });
  // gzip for browsers (web app, HTML, JSON answers over 1 kB); clients that do not ask get plain bodies.
  expressApp.use(compression({ threshold: 1024 }));

  expressApp.get('/healthz', async (_req, res) => {
    const [postgres, meilisearch] = await Promise.all([
      app.orm.em
        .fork()
        .getConnection()
        .execute('select 1')
        .then(() => 'ok' as const)
        .catch(() => 'down' as const),
      app.search
        .health()
        .then((h) => (h.status === 'available' ? ('ok' as const) : ('down' as const)))
        .catch(() => 'down' as const),
    ]);
    const ok = postgres === 'ok' && meilisearch === 'ok';
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', postgres, meilisearch });
  });

  // Query-shape limits (depth, aliases, directives, tokens, cost): refused before anything runs.
  const limits = graphqlLimits(config);
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers() as never,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // No cache hints are used (HTTP caching of GraphQL answers is off); the plugin ran a hook per field.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
      ...limits.plugins,
      {
        // Mask every error we did not mean to show; log it with the request id.
        async requestDidStart({ contextValue }) {
          return {
            async didEncounterErrors({ errors }) {
              for (const err of errors) {
                // graphql-js gives up after 50 bad variable values with an error of its own that carries no
                // code (the 50 before it are BAD_USER_INPUT): it is the client's input too, not a bug.
                if (!err.extensions?.code && TOO_MANY_COERCION_ERRORS.test(err.message)) {
                  (err.extensions as Record<string, unknown>).code = 'BAD_USER_INPUT';
                }
                const code = err.extensions?.code as string | undefined;
                if (!code || !EXPOSED_CODES.has(code)) {
                  contextValue.logger?.error(
                    { err: unwrapResolverError(err), path: err.path },
                    'internal error',
                  );
                }
              }
            },
          };
        },
      },
    ],
    formatError: maskError,
  });
  await apollo.start();

  expressApp.use(
    '/graphql',
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      // Answers depend on who asks: no shared cache (proxy, CDN) keeps them.
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    express.json({ limit: config.GRAPHQL_MAX_BODY_BYTES }),
    // Keeps answers for the fast path (visitors' listing pages and searches), emptied at every change.
    publicResponseStore(app),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(app, req, res) }),
    graphqlBodyErrors(config.GRAPHQL_MAX_BODY_BYTES),
  );

  // Uploads (POST /uploads) and downloads (GET /files/:id[/thumbnail]) of listing images and documents.
  expressApp.use(attachmentRouter(app));

  // Period report downloads (GET /reports/period.xlsx|.csv?period=…), brokers and admins.
  expressApp.use(reportRouter(app));

  // The built web app (web/dist), with a single-page fallback for client-side routes.
  const dist = config.WEB_DIST_DIR;
  if (fs.existsSync(path.join(dist, 'index.html'))) {
    const indexHtml = path.join(dist, 'index.html');
    // Vite names built assets by their content hash: a browser may keep them for good.
    expressApp.use(
      '/assets',
      express.static(path.join(dist, 'assets'), {
        index: false,
        immutable: true,
        maxAge: '1y',
        fallthrough: false,
      }),
    );
    expressApp.use(express.static(dist, { index: false, maxAge: config.isProduction ? '1h' : 0 }));
    expressApp.use((req, res, next) => {
      res.setHeader('Content-Language', langFromHeader(req.get('accept-language')) ?? 'vi');
      next();
    });
    expressApp.use(seoRouter(app, indexHtml, pageRenderer(app, dist)));
  } else if (config.isProduction) {
    logger.warn({ dist }, 'web app not built: run `pnpm --filter @techbridge/web build`');
  }

  expressApp.use((err: Error, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = (err as { status?: number }).status ?? 500;
    if (status >= 500) logger.error({ err, requestId: req.id }, 'unhandled HTTP error');
    res
      .status(status)
      .json({ error: status >= 500 ? 'Internal server error' : err.message, requestId: req.id });
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const addr = server.address();
          resolve(typeof addr === 'object' && addr ? addr.port : port);
        });
      }),
    close: async () => {
      await apollo.stop();
      if (server.listening) await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
