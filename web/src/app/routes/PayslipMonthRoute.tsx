import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PayslipMonthView } from '@/features/payslips/components/PayslipMonthView';
import { formatMonthYear } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { usePageTitle } from '@/lib/usePageTitle';
import { NotFoundRoute } from './NotFoundRoute';

/** `/payslips/:year/:month` (lazy-loaded route). */
export default function PayslipMonthRoute() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const params = useParams();
  const year = Number(params.year);
  const month = Number(params.month);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100 && Number.isInteger(month) && month >= 1 && month <= 12;
  usePageTitle(valid ? t('payslips.monthTitle', { period: formatMonthYear(year, month, lang) }) : t('app.notFoundTitle'));
  if (!valid) return <NotFoundRoute />;
  return <PayslipMonthView key={`${year}-${month}`} year={year} month={month} />;
}
