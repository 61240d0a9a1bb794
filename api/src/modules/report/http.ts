import express from 'express';
import type { AppServices } from '../../platform/graphql/context';
import { langFromEnum, langFromHeader, translator } from '../../platform/i18n';
import { can } from '../../platform/policy';
import { loadViewer } from '../account/sessions';
import { setAuditActor } from '../audit/subscriber';
import { fileName, toCsv, toXlsx } from './export';
import { parsePeriod } from './period';
import { reportPolicy } from './policy';
import { loadPeriodReport, timeZoneOf } from './service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Period report downloads for brokers and admins, with the session cookie:
 * `GET /reports/period.xlsx?period=2026-Q4` and `GET /reports/period.csv?period=2026-11` (or a year).
 * 401 without a session, 403 for others, 400 naming `period` when it is missing or malformed.
 * Read-only, so a cross-site GET can do no harm (and cannot read the answer: no CORS).
 */
export function reportRouter(app: AppServices): express.Router {
  const router = express.Router();

  const download =
    (format: 'xlsx' | 'csv'): express.RequestHandler =>
    async (req, res, next) => {
      try {
        const em = app.orm.em.fork();
        const viewer = await loadViewer(em, app.config, req, app.viewers);
        setAuditActor(em, viewer?.userId ?? null);
        const lang =
          langFromHeader(req.get('accept-language')) ?? (viewer ? langFromEnum(viewer.user.language) : 'vi');
        const t = translator(lang);
        res.set('Cache-Control', 'no-store').set('Content-Language', lang);
        const fail = (status: number, code: string, message: string, field?: string) =>
          res.status(status).json({ error: { code, message, ...(field ? { field } : {}) } });
        if (!viewer) return void fail(401, 'UNAUTHENTICATED', t('errors.UNAUTHENTICATED'));
        if (!can(viewer, reportPolicy, 'report:view', null))
          return void fail(403, 'FORBIDDEN', t('errors.FORBIDDEN'));
        const raw = typeof req.query.period === 'string' ? req.query.period : '';
        const period = parsePeriod(raw, timeZoneOf(app.config));
        if (!period)
          return void fail(400, 'BAD_USER_INPUT', t('report.errors.PERIOD', { value: raw }), 'period');
        const data = await loadPeriodReport(em, app.config, period);
        const name = fileName(data, format);
        res.set('Content-Disposition', `attachment; filename="${name}"`);
        if (format === 'xlsx') res.type(XLSX_TYPE).send(await toXlsx(app.config, data));
        else res.type('text/csv; charset=utf-8').send(toCsv(app.config, data));
      } catch (err) {
        next(err);
      }
    };

  router.get('/reports/period.xlsx', download('xlsx'));
  router.get('/reports/period.csv', download('csv'));
  return router;
}
