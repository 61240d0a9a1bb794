import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { createLogger } from '../../api/src/platform/logger';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../api/src/platform/embedded/postgres';
import {
  startEmbeddedMeilisearch,
  type EmbeddedMeiliHandle,
} from '../../api/src/platform/embedded/meilisearch';
import { initOrm, migrate } from '../../api/src/platform/database/orm';

export const TEMPLATE_DB = 'techbridge_test_template';

import '../kit/provided';

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/**
 * Starts the real servers once per run: embedded PostgreSQL and Meilisearch, unless DATABASE_URL
 * (a role that may create databases) and MEILI_URL/MEILI_MASTER_KEY are set. Migrations are applied
 * once to a template database that each test file clones.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', 'test');
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'techbridge-test-'));
  await fs.chmod(tmp, 0o755);
  let pgHandle: EmbeddedPostgresHandle | null = null;
  let meili: EmbeddedMeiliHandle | null = null;

  const teardown = async () => {
    await meili?.stop();
    await pgHandle?.stop();
    await fs.rm(tmp, { recursive: true, force: true });
  };

  try {
    let adminUrl = process.env.DATABASE_URL;
    if (!adminUrl) {
      pgHandle = await startEmbeddedPostgres(path.join(tmp, 'postgres'), logger);
      adminUrl = pgHandle.adminUrl;
    }
    let meiliUrl = process.env.MEILI_URL;
    let meiliMasterKey = process.env.MEILI_MASTER_KEY;
    if (!meiliUrl || !meiliMasterKey) {
      meili = await startEmbeddedMeilisearch(path.join(tmp, 'meilisearch'), logger);
      meiliUrl = meili.url;
      meiliMasterKey = meili.masterKey;
    }

    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`drop database if exists ${TEMPLATE_DB}`);
    await client.query(`create database ${TEMPLATE_DB}`);
    await client.end();
    const orm = await initOrm({ databaseUrl: withDatabase(adminUrl, TEMPLATE_DB) });
    await migrate(orm);
    await orm.close(true);

    project.provide('pgAdminUrl', adminUrl);
    project.provide('templateDb', TEMPLATE_DB);
    project.provide('meiliUrl', meiliUrl);
    project.provide('meiliMasterKey', meiliMasterKey);
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
