import type { GraphQLContext } from '../../platform/graphql/context';
import { requireViewer } from '../../platform/policy';
import type { InputError } from '../../platform/validation';
import { NotificationSetting } from './entities';

/**
 * Every kind of event a user can be told about, in the order settings are shown. Each has
 * `events.<kind>` (title and body) and `notificationKinds.<kind>` (its label) in the i18n catalogues.
 */
export const NOTIFICATION_KINDS = [
  'listing.PUBLISHED',
  'listing.CHANGES_REQUESTED',
  'listing.REJECTED',
  'listing.expiring',
  'interest.received',
  'interest.accepted',
  'interest.declined',
  'interest.reminder',
  'interest.overdue',
  'case.opened',
  'case.assigned',
  'case.stageChanged',
  'case.closed',
  'case.message',
  'case.meeting',
  'case.deadline',
  'match.introduced',
  'complaint.filed',
  'complaint.answered',
  'savedSearch.match',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const KNOWN = new Set<string>(NOTIFICATION_KINDS);
/** More entries than kinds is never a real request. */
const MAX_SETTINGS = NOTIFICATION_KINDS.length * 2;

export interface NotificationSettingItem {
  kind: string;
  label: string;
  email: boolean;
}

type Errors = InputError<'INVALID'>[];

/** The signed-in user's e-mail choice for every kind (a kind without a row: e-mail on). */
export async function listNotificationSettings(ctx: GraphQLContext): Promise<NotificationSettingItem[]> {
  const viewer = requireViewer(ctx);
  const rows = await ctx.em.find(NotificationSetting, { userId: viewer.user.id });
  const off = new Set(rows.filter((r) => !r.email).map((r) => r.kind));
  return NOTIFICATION_KINDS.map((kind) => ({
    kind,
    label: ctx.t(`notificationKinds.${kind}`),
    email: !off.has(kind),
  }));
}

/** Turns e-mails of some kinds on or off for the signed-in user; in-app notifications always arrive. */
export async function updateNotificationSettings(
  ctx: GraphQLContext,
  input: { settings: { kind: string; email: boolean }[] },
): Promise<{ settings: NotificationSettingItem[] | null; errors: Errors }> {
  const viewer = requireViewer(ctx);
  const unknown = input.settings.filter((s) => !KNOWN.has(s.kind)).map((s) => s.kind);
  if (unknown.length || input.settings.length > MAX_SETTINGS) {
    return {
      settings: null,
      errors: [
        {
          field: 'settings',
          code: 'INVALID',
          message: unknown.length
            ? ctx.t('errors.UNKNOWN_NOTIFICATION_KIND', {
                kinds: [...new Set(unknown)].map((k) => `“${k.slice(0, 64)}”`).join(', '),
              })
            : ctx.t('errors.TOO_MANY', { field: ctx.t('fields.settings'), max: MAX_SETTINGS }),
        },
      ],
    };
  }
  const wanted = new Map(input.settings.map((s) => [s.kind, s.email]));
  if (wanted.size) {
    // An upsert: two saves at once both succeed, the last one wins.
    await ctx.em.upsertMany(
      NotificationSetting,
      [...wanted].map(([kind, email]) => ({ userId: viewer.user.id, kind, email })),
    );
  }
  return { settings: await listNotificationSettings(ctx), errors: [] };
}
