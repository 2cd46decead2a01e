import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { QueryError } from '@/components/QueryError';
import {
  useDeactivateEmployeeMutation,
  useNewSetPasswordLinkMutation,
  useReactivateEmployeeMutation,
  useSignOutEverywhereMutation,
} from '../api/peopleApi';
import type { HrEmployee, SetPasswordLink } from '@/api/types';
import { SetPasswordLinkBox } from './SetPasswordLinkBox';

type Confirming = 'deactivate' | 'reactivate' | 'signOut' | null;
type Done = 'deactivated' | 'reactivated' | 'signedOut' | null;

/** Deactivate / reactivate (confirmed), a new set-password link, sign out everywhere (confirmed). */
export function EmployeeAccessActions({ employee, name }: { employee: HrEmployee; name: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [done, setDone] = useState<Done>(null);
  const [link, setLink] = useState<SetPasswordLink | null>(null);
  const [deactivate, deactivation] = useDeactivateEmployeeMutation();
  const [reactivate, reactivation] = useReactivateEmployeeMutation();
  const [newLink, linking] = useNewSetPasswordLinkMutation();
  const [signOut, signingOut] = useSignOutEverywhereMutation();
  const deactivated = employee.status === 'deactivated';
  const error = deactivation.error ?? reactivation.error ?? linking.error ?? signingOut.error;
  const busy = deactivation.isLoading || reactivation.isLoading || linking.isLoading || signingOut.isLoading;

  const confirm = async () => {
    const action = confirming;
    setConfirming(null);
    setDone(null);
    if (action === 'deactivate') {
      if (!('error' in (await deactivate(employee.id)))) setDone('deactivated');
    } else if (action === 'reactivate') {
      if (!('error' in (await reactivate(employee.id)))) setDone('reactivated');
    } else if (action === 'signOut') {
      if (!('error' in (await signOut(employee.id)))) setDone('signedOut');
    }
  };

  const askLink = async () => {
    setDone(null);
    const result = await newLink(employee.id);
    if ('data' in result && result.data) setLink(result.data);
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {deactivated ? (
          <Button variant="outlined" color="success" onClick={() => setConfirming('reactivate')} disabled={busy}>
            {t('hr.employee.reactivate')}
          </Button>
        ) : (
          <Button variant="outlined" color="error" onClick={() => setConfirming('deactivate')} disabled={busy}>
            {t('hr.employee.deactivate')}
          </Button>
        )}
        <Button variant="outlined" onClick={() => void askLink()} disabled={busy || deactivated}>
          {t('hr.employee.newLink')}
        </Button>
        <Button variant="outlined" onClick={() => setConfirming('signOut')} disabled={busy}>
          {t('hr.employee.signOutEverywhere')}
        </Button>
      </Box>
      <Box role="status" aria-live="polite">
        {done && <Alert severity="success">{t(`hr.employee.done.${done}`, { name })}</Alert>}
      </Box>
      {error && <QueryError error={error} />}
      {link && <SetPasswordLinkBox link={link} />}

      <ConfirmDialog
        open={confirming === 'deactivate'}
        title={t('hr.employee.deactivateTitle', { name })}
        confirmLabel={t('hr.employee.deactivate')}
        cancelLabel={t('hr.cancel')}
        destructive
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(null)}
      >
        {t('hr.employee.deactivateBody')}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'reactivate'}
        title={t('hr.employee.reactivateTitle', { name })}
        confirmLabel={t('hr.employee.reactivate')}
        cancelLabel={t('hr.cancel')}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(null)}
      >
        {t('hr.employee.reactivateBody')}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'signOut'}
        title={t('hr.employee.signOutTitle', { name })}
        confirmLabel={t('hr.employee.signOutEverywhere')}
        cancelLabel={t('hr.cancel')}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(null)}
      >
        {t('hr.employee.signOutBody')}
      </ConfirmDialog>
    </Box>
  );
}
