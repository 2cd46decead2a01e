import { useTranslation } from 'react-i18next';
import { PayslipYearView } from '@/features/payslips/components/PayslipYearView';
import { usePageTitle } from '@/lib/usePageTitle';

/** `/payslips` (lazy-loaded route). */
export default function PayslipsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('payslips.title'));
  return <PayslipYearView />;
}
