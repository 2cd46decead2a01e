import { useTranslation } from 'react-i18next';
import { ProfileDetails } from '@/features/profile/components/ProfileDetails';
import { useGetSessionQuery } from '@/features/session/api/sessionApi';
import { usePageTitle } from '@/lib/usePageTitle';

/** `/profile` (lazy-loaded route). */
export default function ProfileRoute() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  const { data: session } = useGetSessionQuery();
  return <ProfileDetails session={session} />;
}
