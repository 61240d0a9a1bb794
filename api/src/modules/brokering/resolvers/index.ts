import type { Resolvers } from '../../../generated/graphql';
import { interest } from './Query/interest';
import { interests } from './Query/interests';
import { listingQuality } from './Query/listingQuality';
import { caseQuery } from './Query/case';
import { cases } from './Query/cases';
import { brokers } from './Query/brokers';
import { expressInterest } from './Mutation/expressInterest';
import { acceptInterest } from './Mutation/acceptInterest';
import { declineInterest } from './Mutation/declineInterest';
import { withdrawInterest } from './Mutation/withdrawInterest';
import { openCase } from './Mutation/openCase';
import { openCaseFromInterest } from './Mutation/openCaseFromInterest';
import { assignCase } from './Mutation/assignCase';
import { moveCase } from './Mutation/moveCase';
import { closeCase } from './Mutation/closeCase';
import { addCaseMessage } from './Mutation/addCaseMessage';
import { addCaseDocument } from './Mutation/addCaseDocument';
import { addCaseMeeting } from './Mutation/addCaseMeeting';
import { rateCase } from './Mutation/rateCase';
import { fileComplaint } from './Mutation/fileComplaint';
import { answerComplaint } from './Mutation/answerComplaint';
import { Interest, BrokeringCase, CaseEvent, Complaint } from './types';

export const brokeringResolvers: Resolvers = {
  Query: { interest, interests, listingQuality, case: caseQuery, cases, brokers },
  Mutation: {
    expressInterest,
    acceptInterest,
    declineInterest,
    withdrawInterest,
    openCase,
    openCaseFromInterest,
    assignCase,
    moveCase,
    closeCase,
    addCaseMessage,
    addCaseDocument,
    addCaseMeeting,
    rateCase,
    fileComplaint,
    answerComplaint,
  },
  Interest,
  BrokeringCase,
  CaseEvent,
  Complaint,
};
