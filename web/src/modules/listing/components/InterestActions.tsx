import { Anchor, Button, Modal, Stack, Text } from '@mantine/core';
import { IconHeartHandshake, IconMessages } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { signInPath } from '../../../platform/next';

/**
 * "Bày tỏ quan tâm" and "Đề nghị Sở hỗ trợ kết nối". Until interests and brokering requests exist they
 * open a dialog saying so; visitors are asked to sign in first.
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
  const { t } = useTranslation();
  const location = useLocation();
  const [dialog, setDialog] = useState<'interest' | 'brokering' | null>(null);
  const interestBlocked = !signedIn || !openForInterest || closed;

  return (
    <Stack gap="sm">
      <Button
        size="md"
        leftSection={<IconHeartHandshake size={20} aria-hidden />}
        disabled={interestBlocked}
        aria-describedby={interestBlocked ? 'interest-explanation' : undefined}
        onClick={() => setDialog('interest')}
      >
        {t('listing.cta.interest')}
      </Button>
      <Button
        size="md"
        variant="default"
        leftSection={<IconMessages size={20} aria-hidden />}
        disabled={!signedIn}
        aria-describedby={!signedIn ? 'interest-explanation' : undefined}
        onClick={() => setDialog('brokering')}
      >
        {t('listing.cta.brokering')}
      </Button>
      <Text size="sm" c="gray.7" id="interest-explanation">
        {!signedIn ? (
          <>
            {t('listing.cta.signInFirst')}{' '}
            <Anchor component={Link} to={signInPath(location.pathname)} fw={600}>
              {t('listing.cta.signIn')}
            </Anchor>
          </>
        ) : closed ? (
          t('listing.cta.closed')
        ) : !openForInterest ? (
          t('listing.cta.notOpen')
        ) : (
          t('listing.cta.hint')
        )}
      </Text>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog === 'brokering' ? t('listing.cta.brokering') : t('listing.cta.interest')}
        centered
      >
        <Stack gap="md">
          <Text>{t('listing.cta.comingSoon')}</Text>
          <Button onClick={() => setDialog(null)} style={{ alignSelf: 'flex-end' }}>
            {t('common.close')}
          </Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
