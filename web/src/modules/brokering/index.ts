/**
 * What other features use of brokering: the listing page's "Bày tỏ quan tâm" and "Đề nghị Sở hỗ trợ kết
 * nối" dialogs, and the panel that holds them with the state of one's interest.
 */
export { ExpressInterestDialog } from './components/ExpressInterestDialog';
export { RequestBrokeringDialog } from './components/RequestBrokeringDialog';
export { ListingInterestActions } from './components/ListingInterestActions';
export { ClockBadge, CaseStageBadge, InterestStatusBadge } from './components/BrokeringBadges';
export { casePath, casesPath, interestsPath } from './model';
