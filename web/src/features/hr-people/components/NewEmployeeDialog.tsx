import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { todayIso } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { fieldErrors } from '@/lib/problems';
import { useCreateEmployeeMutation } from '../api/peopleApi';
import type { CreateEmployeeRequest, CreateEmployeeResult } from '@/api/types';
import { EmployeeSaveError } from './EmployeeSaveError';
import { SetPasswordLinkBox } from './SetPasswordLinkBox';

type Field = keyof CreateEmployeeRequest;
const TEXT_FIELDS = ['employeeNumber', 'firstName', 'lastName', 'email', 'department', 'position'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function blank(lang: 'es' | 'en'): CreateEmployeeRequest {
  return { employeeNumber: '', email: '', firstName: '', lastName: '', department: '', position: '', hireDate: todayIso(), preferredLanguage: lang };
}

/** "New employee": the profile and the credential in one call; then the one-time set-password link to hand over. */
export function NewEmployeeDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const [form, setForm] = useState<CreateEmployeeRequest>(() => blank(lang));
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const [created, setCreated] = useState<CreateEmployeeResult | null>(null);
  const [create, { isLoading, error, reset }] = useCreateEmployeeMutation();
  const serverErrors = fieldErrors(error);
  const labels: Record<Field, string> = {
    employeeNumber: t('hr.people.employeeNumber'),
    firstName: t('hr.people.firstName'),
    lastName: t('hr.people.lastName'),
    email: t('hr.people.email'),
    department: t('hr.people.department'),
    position: t('hr.people.position'),
    hireDate: t('hr.people.hireDate'),
    preferredLanguage: t('hr.people.language'),
  };
  const errorOf = (field: Field) => clientErrors[field] ?? serverErrors[field];

  const close = () => {
    setForm(blank(lang));
    setClientErrors({});
    setCreated(null);
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    for (const field of [...TEXT_FIELDS, 'hireDate'] as const) {
      if (!(form[field] ?? '').trim()) found[field] = t('hr.people.required');
    }
    if (form.email.trim() && !EMAIL.test(form.email.trim())) found.email = t('hr.people.invalidEmail');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      // focus the first field that needs attention
      const first = [...TEXT_FIELDS, 'hireDate'].find((f) => found[f as Field]);
      document.getElementById(`new-employee-${first}`)?.focus();
      return;
    }
    const body = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])) as unknown as CreateEmployeeRequest;
    const result = await create(body);
    if ('data' in result && result.data) setCreated(result.data);
  };

  return (
    <Dialog open={open} onClose={close} fullScreen={fullScreen} maxWidth="sm" fullWidth aria-labelledby="new-employee-title">
      <DialogTitle id="new-employee-title">{created ? t('hr.people.createdTitle') : t('hr.people.newEmployee')}</DialogTitle>
      {created ? (
        <>
          <DialogContent sx={{ display: 'grid', gap: 2 }}>
            <Alert severity="success" role="status">
              {t('hr.people.created', { name: `${created.employee.firstName} ${created.employee.lastName}` })}
            </Alert>
            <SetPasswordLinkBox link={created} />
          </DialogContent>
          <DialogActions>
            <Button component={RouterLink} to={`/hr/employees/${created.employee.id}`} onClick={close}>
              {t('hr.people.openEmployee')}
            </Button>
            <Button variant="contained" onClick={close}>
              {t('hr.people.done')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
          <DialogContent sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, pt: 1 }}>
            <EmployeeSaveError error={error} hasFieldErrors={Object.keys(serverErrors).length > 0} conflictLabel={t('hr.people.duplicate')} />
            {TEXT_FIELDS.map((field) => (
              <TextField
                key={field}
                id={`new-employee-${field}`}
                label={labels[field]}
                value={form[field]}
                onChange={(event) => setForm((f) => ({ ...f, [field]: event.target.value }))}
                required
                size="small"
                type={field === 'email' ? 'email' : 'text'}
                error={!!errorOf(field)}
                helperText={errorOf(field)}
                autoComplete="off"
                sx={field === 'email' ? { gridColumn: '1 / -1' } : undefined}
              />
            ))}
            <TextField
              id="new-employee-hireDate"
              label={labels.hireDate}
              type="date"
              value={form.hireDate ?? ''}
              onChange={(event) => setForm((f) => ({ ...f, hireDate: event.target.value }))}
              required
              size="small"
              error={!!errorOf('hireDate')}
              helperText={errorOf('hireDate')}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              select
              id="new-employee-preferredLanguage"
              label={labels.preferredLanguage}
              value={form.preferredLanguage}
              onChange={(event) => setForm((f) => ({ ...f, preferredLanguage: event.target.value === 'en' ? 'en' : 'es' }))}
              size="small"
              error={!!errorOf('preferredLanguage')}
              helperText={errorOf('preferredLanguage')}
            >
              <MenuItem value="es">{t('languages.es')}</MenuItem>
              <MenuItem value="en">{t('languages.en')}</MenuItem>
            </TextField>
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{t('hr.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={isLoading}>
              {isLoading ? t('hr.people.creating') : t('hr.people.create')}
            </Button>
          </DialogActions>
        </Box>
      )}
    </Dialog>
  );
}
