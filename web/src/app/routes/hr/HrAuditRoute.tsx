import { useTranslation } from 'react-i18next';
import { AuditPage } from '@/features/hr-audit/components/AuditPage';
import { usePageTitle } from '@/lib/usePageTitle';

/** `/hr/audit` (lazy). */
export default function HrAuditRoute() {
  const { t } = useTranslation();
  usePageTitle(t('hr.audit.title'));
  return <AuditPage />;
}
