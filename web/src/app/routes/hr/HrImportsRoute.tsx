import { useTranslation } from 'react-i18next';
import { ImportsPage } from '@/features/hr-imports/components/ImportsPage';
import { usePageTitle } from '@/lib/usePageTitle';

/** `/hr/imports` (lazy). */
export default function HrImportsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('hr.imports.title'));
  return <ImportsPage />;
}
