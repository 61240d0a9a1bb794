import type {
  BrokeringCaseResolvers,
  CaseEventResolvers,
  ComplaintResolvers,
  InterestResolvers,
} from '../../../generated/graphql';
import type { GraphQLContext } from '../../../platform/graphql/context';
import { byIdLoader } from '../../../platform/graphql/loaders';
import { can } from '../../../platform/policy';
import { workingCalendar } from '../../../platform/deadlines';
import { Organization } from '../../organization/entities';
import { User } from '../../account/entities';
import { CaseEvent as CaseEventEntity, Complaint as ComplaintEntity } from '../entities';
import { brokeringPolicy } from '../policy';

const users = (ctx: GraphQLContext) =>
  byIdLoader(ctx.em, 'user', (ids) => ctx.em.find(User, { id: { $in: [...ids] } }));
const orgs = (ctx: GraphQLContext) =>
  byIdLoader(ctx.em, 'organization', (ids) => ctx.em.find(Organization, { id: { $in: [...ids] } }));

function clockOf(ctx: GraphQLContext, dueAt: Date | null | undefined, closedAt: Date | null | undefined) {
  if (!dueAt) return { status: 'ON_TIME' as const, workingDaysLeft: 0 };
  return workingCalendar(ctx.config).clock(dueAt, new Date(), closedAt ?? null);
}

export const Interest: InterestResolvers = {
  listing: (i) => i.listing.loadOrFail({ dataloader: true }),
  organization: (i) => i.organization.loadOrFail({ dataloader: true }),
  senderName: async (i, _a, ctx) => (await users(ctx).load(i.sender.id))?.displayName ?? '',
  senderContact: async (i, _a, ctx) => {
    if (!can(ctx.viewer, brokeringPolicy, 'interest:viewContact', i)) return null;
    const u = await users(ctx).load(i.sender.id);
    return u ? { name: u.displayName, email: u.email, phone: '' } : null;
  },
  viewerCanAnswer: (i, _a, ctx) =>
    i.status === 'PENDING' && can(ctx.viewer, brokeringPolicy, 'interest:answer', i),
};

export const BrokeringCase: BrokeringCaseResolvers = {
  requester: (c) => c.requester.loadOrFail({ dataloader: true }),
  listing: (c) => c.listing?.load({ dataloader: true }) ?? null,
  counterparts: async (c, _a, ctx) =>
    (await orgs(ctx).loadMany(c.counterpartIds)).filter((o): o is Organization => o instanceof Organization),
  assignee: (c) => c.assignee?.load({ dataloader: true }) ?? null,
  dueAt: (c) => (c.stage === 'CLOSED' ? null : (c.dueAt ?? null)),
  clock: (c, _a, ctx) => clockOf(ctx, c.dueAt, c.closedAt).status,
  workingDaysLeft: (c, _a, ctx) => clockOf(ctx, c.dueAt, c.closedAt).workingDaysLeft,
  agreement: (c) =>
    c.outcome === 'DEAL' && c.agreementType && c.agreementValue && c.agreementDate
      ? {
          type: c.agreementType,
          value: Number(c.agreementValue),
          signedOn: c.agreementDate,
          contractRegistered: !!c.contractRegistered,
        }
      : null,
  timeline: async (c, _a, ctx) => {
    const internal = can(ctx.viewer, brokeringPolicy, 'case:viewInternal', c);
    return ctx.em.find(
      CaseEventEntity,
      { case: c.id, ...(internal ? {} : { internal: false }) },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
  },
  complaints: (c, _a, ctx) => ctx.em.find(ComplaintEntity, { case: c.id }, { orderBy: { createdAt: 'asc' } }),
  viewerIsBroker: (c, _a, ctx) => can(ctx.viewer, brokeringPolicy, 'case:manage', c),
  viewerCanRate: (c, _a, ctx) =>
    c.stage === 'CLOSED' && !c.rating && can(ctx.viewer, brokeringPolicy, 'case:rate', c),
};

export const CaseEvent: CaseEventResolvers = {
  authorName: async (e, _a, ctx) =>
    e.author ? ((await users(ctx).load(e.author.id))?.displayName ?? null) : null,
  document: (e) => e.document?.load({ dataloader: true }) ?? null,
};

export const Complaint: ComplaintResolvers = {
  caseId: (c) => c.case?.id ?? null,
  organization: (c) => c.organization.loadOrFail({ dataloader: true }),
  clock: (c, _a, ctx) => clockOf(ctx, c.dueAt, c.answeredAt).status,
};
