import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { paymentStatus } from '@/lib/format';

/** "Pagada" / "Programada" (outlined: its text keeps AA contrast in both themes). */
export function PaymentStatusChip({ paymentDate }: { paymentDate: string }) {
  const { t } = useTranslation();
  const status = paymentStatus(paymentDate);
  return (
    <Chip
      size="small"
      variant="outlined"
      color={status === 'paid' ? 'success' : 'primary'}
      label={status === 'paid' ? t('payslips.paid') : t('payslips.scheduled')}
    />
  );
}
