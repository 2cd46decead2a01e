import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { LabelledSelect } from '@/components/LabelledSelect';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { useGetSessionQuery } from '@/features/session/api/sessionApi';
import { isAdmin, isRole, ROLES, type Role } from '@/lib/roles';
import { useChangeRoleMutation, useGetEmployeeAccountQuery, useResetSecondFactorMutation } from '../api/peopleApi';
import type { HrEmployee } from '@/api/types';

type Confirming = 'role' | 'reset' | null;
type Done = 'roleChanged' | 'secondFactorReset' | null;

/**
 * The account's role and second factor (`GET /api/users/{id}/account`). An admin may change the role
 * and reset the second factor (both confirmed; both end every session of the employee at once); nobody
 * changes their own. HR sees them read-only.
 */
export function EmployeeAccountSecurity({ employee, name }: { employee: HrEmployee; name: string }) {
  const { t } = useTranslation();
  const { data: session } = useGetSessionQuery();
  const { data: account, error, isFetching, refetch } = useGetEmployeeAccountQuery(employee.id);
  const [changeRole, roleChange] = useChangeRoleMutation();
  const [resetSecondFactor, reset] = useResetSecondFactorMutation();
  const [chosen, setChosen] = useState<Role | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [done, setDone] = useState<Done>(null);

  if (!account) {
    return (
      <Box>
        {isFetching && <LoadingState label={t('app.loading')} />}
        {error && <QueryError error={error} onRetry={() => void refetch()} notFound={t('hr.employee.account.unavailable')} />}
      </Box>
    );
  }

  const own = session?.sub === employee.id;
  const admin = isAdmin(session) && !own && employee.status !== 'deactivated';
  const role = isRole(account.role) ? account.role : null;
  const selected = chosen ?? role ?? 'employee';
  const roleName = (r: string) => (isRole(r) ? t(`hr.employee.account.roles.${r}`) : r);
  const mutationError = roleChange.error ?? reset.error;
  const busy = roleChange.isLoading || reset.isLoading;
  const { enrolled, recoveryCodesLeft } = account.secondFactor;

  const confirm = async () => {
    const action = confirming;
    setConfirming(null);
    setDone(null);
    if (action === 'role') {
      if (!('error' in (await changeRole({ id: employee.id, role: selected })))) {
        setChosen(null);
        setDone('roleChanged');
      }
    } else if (action === 'reset') {
      if (!('error' in (await resetSecondFactor(employee.id)))) setDone('secondFactorReset');
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '200px 1fr' }, gap: { xs: 0.5, sm: 1 }, m: 0 }}>
        <Typography component="dt" color="text.secondary">
          {t('hr.employee.account.role')}
        </Typography>
        <Typography component="dd" sx={{ m: 0 }}>
          {roleName(account.role)}
        </Typography>
        <Typography component="dt" color="text.secondary">
          {t('hr.employee.account.secondFactor')}
        </Typography>
        <Box component="dd" sx={{ m: 0, display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <Chip
            size="small"
            variant="outlined"
            color={enrolled ? 'success' : 'default'}
            label={t(enrolled ? 'hr.employee.account.enrolled' : 'hr.employee.account.notEnrolled')}
          />
          {enrolled && <Typography variant="body2">{t('hr.employee.account.recoveryCodesLeft', { count: recoveryCodesLeft })}</Typography>}
        </Box>
      </Box>

      {admin && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <LabelledSelect
            label={t('hr.employee.account.newRole')}
            value={selected}
            options={ROLES.map((r) => ({ value: r, label: roleName(r) }))}
            onChange={(value) => setChosen(value)}
            minWidth={180}
            disabled={busy}
          />
          <Button variant="outlined" onClick={() => setConfirming('role')} disabled={busy || selected === role}>
            {t('hr.employee.account.changeRole')}
          </Button>
          <Button variant="outlined" color="error" onClick={() => setConfirming('reset')} disabled={busy || !enrolled}>
            {t('hr.employee.account.resetSecondFactor')}
          </Button>
        </Box>
      )}
      {own && <Typography color="text.secondary">{t('hr.employee.account.notYourOwn')}</Typography>}
      <Box role="status" aria-live="polite">
        {done && <Alert severity="success">{t(`hr.employee.account.done.${done}`, { name, role: roleName(account.role) })}</Alert>}
      </Box>
      {mutationError && <QueryError error={mutationError} />}

      <ConfirmDialog
        open={confirming === 'role'}
        title={t('hr.employee.account.changeRoleTitle', { name, role: roleName(selected) })}
        confirmLabel={t('hr.employee.account.changeRole')}
        cancelLabel={t('hr.cancel')}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(null)}
      >
        {t('hr.employee.account.changeRoleBody')}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'reset'}
        title={t('hr.employee.account.resetTitle', { name })}
        confirmLabel={t('hr.employee.account.resetSecondFactor')}
        cancelLabel={t('hr.cancel')}
        destructive
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(null)}
      >
        {t('hr.employee.account.resetBody')}
      </ConfirmDialog>
    </Box>
  );
}
