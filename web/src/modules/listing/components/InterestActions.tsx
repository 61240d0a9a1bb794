import { useParams } from 'react-router';
import { ListingInterestActions } from '../../brokering';

/**
 * "Bày tỏ quan tâm" and "Đề nghị Sở hỗ trợ kết nối": the brokering feature's dialogs, with where the
 * organisation's interest stands and the owner's contact once accepted; visitors are asked to sign in.
 */
export function InterestActions({
  signedIn,
  openForInterest,
  closed,
}: {
  signedIn: boolean;
  openForInterest: boolean;
  /** A request past its deadline. */
  closed: boolean;
}) {
  const { slug = '' } = useParams();
  return (
    <ListingInterestActions
      slug={slug}
      signedIn={signedIn}
      openForInterest={openForInterest}
      closed={closed}
    />
  );
}
