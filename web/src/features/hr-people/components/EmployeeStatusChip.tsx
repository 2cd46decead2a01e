import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { EmployeeStatus } from '@/api/types';

const COLORS = { active: 'success', deactivated: 'default', pending: 'warning' } as const;

/** Active / deactivated / pending (set-password link not used yet). Nothing while the list does not say. */
export function EmployeeStatusChip({ status }: { status: EmployeeStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Chip size="small" variant="outlined" color={COLORS[status] ?? 'default'} label={t(`hr.people.status.${status}`)} />;
}
