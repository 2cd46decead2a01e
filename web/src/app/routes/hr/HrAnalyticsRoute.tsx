import { useTranslation } from 'react-i18next';
import { AnalyticsPage } from '@/features/hr-analytics/components/AnalyticsPage';
import { usePageTitle } from '@/lib/usePageTitle';

/** `/hr/analytics` (lazy). */
export default function HrAnalyticsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('hr.analytics.title'));
  return <AnalyticsPage />;
}
