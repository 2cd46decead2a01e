import { useTranslation } from 'react-i18next';
import { DirectoryPage } from '@/features/hr-people/components/DirectoryPage';
import { usePageTitle } from '@/lib/usePageTitle';

/** `/hr/employees` (lazy). */
export default function HrDirectoryRoute() {
  const { t } = useTranslation();
  usePageTitle(t('hr.people.title'));
  return <DirectoryPage />;
}
