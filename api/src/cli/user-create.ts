/**
 * `pnpm user:create --email a@b.vn --name "Họ Tên" [--role ADMIN|BROKER|MEMBER]`
 * Creates a verified account; the password is read from TECHBRIDGE_PASSWORD or typed at the prompt.
 * This is how production gets its first admin: there is no default password.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { ensureServices } from '../platform/embedded/services';
import { initOrm, migrate } from '../platform/database/orm';
import { createUser, PASSWORD_MIN } from '../modules/account/service';
import { ROLES, User, type Role } from '../modules/account/entities';
import { cliLogger, loadConfigOrExit } from './runtime';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'ADMIN' },
  },
});
const role = values.role?.toUpperCase() as Role;
if (
  !values.email ||
  !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email) ||
  !values.name ||
  !ROLES.includes(role)
) {
  console.error('Usage: pnpm user:create --email <e-mail> --name "<full name>" [--role ADMIN|BROKER|MEMBER]');
  process.exit(2);
}
let password = process.env.TECHBRIDGE_PASSWORD ?? '';
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question(`Password (≥ ${PASSWORD_MIN} characters): `);
  rl.close();
}
if (password.length < PASSWORD_MIN) {
  console.error(`The password must have at least ${PASSWORD_MIN} characters.`);
  process.exit(2);
}
const config = loadConfigOrExit();
const services = await ensureServices(config, cliLogger(config));
try {
  const orm = await initOrm({ databaseUrl: services.databaseUrl });
  await migrate(orm);
  const em = orm.em.fork();
  if (await em.count(User, { email: values.email.toLowerCase() })) {
    console.error(`An account with ${values.email} exists.`);
    process.exitCode = 1;
  } else {
    const user = await createUser(em, { email: values.email, password, displayName: values.name, role });
    await em.flush();
    console.log(`Created ${role} ${user.email} (${user.id}).`);
  }
  await orm.close(true);
} finally {
  await services.stop();
}
