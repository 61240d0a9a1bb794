/**
 * The detail baseline: the least a server can do to answer "this listing, with its organisation, sectors,
 * IP records and images" — Node's `http`, one hand-written SQL query through a `pg` pool as large as the
 * API's, JSON out. Run as its own process, like the API, so the load generator does not share its event
 * loop. `GET /listing?slug=…`. Reports `{ type: 'ready', url, pid }` over IPC.
 */
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const SQL = `
  select l.id, l.slug, l.kind, l.status, l.published_at, l.expires_at, l.last_confirmed_at,
         l.content - 'confidentialDetail' - 'contactName' - 'contactEmail' - 'contactPhone' as content,
         case when (l.content->>'anonymous')::boolean then null else
           json_build_object('id', o.id, 'name', o.name, 'type', o.type,
                             'verificationStatus', o.verification_status, 'provinceCode', o.province_code)
         end as organization,
         (select coalesce(json_agg(json_build_object('id', s.id, 'code', s.code, 'label', s.label_vi)
                                   order by s.position), '[]')
            from sectors s where s.id::text in (select jsonb_array_elements_text(l.content->'sectorIds'))) as sectors,
         (select coalesce(json_agg(json_build_object('id', a.id, 'fileName', a.file_name,
                                                     'url', '/files/' || a.id)), '[]')
            from attachments a where a.id::text in (select jsonb_array_elements_text(l.content->'imageIds'))) as images
    from listings l join organizations o on o.id = l.organization_id
   where l.slug = $1 and l.status = 'PUBLISHED'`;

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/listing') {
    res.writeHead(404).end();
    return;
  }
  pool
    .query({ name: 'listing-detail', text: SQL, values: [url.searchParams.get('slug') ?? ''] })
    .then((result) => {
      const row = result.rows[0];
      const body = JSON.stringify({ data: { listing: row ?? null } });
      res.writeHead(row ? 200 : 404, { 'content-type': 'application/json' }).end(body);
    })
    .catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
});

async function stop() {
  server.close();
  await pool.end().catch(() => undefined);
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.on('disconnect', () => void stop());
process.on('message', (m: { type?: string }) => {
  if (m?.type === 'stop') void stop();
});

server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}`, pid: process.pid });
});
