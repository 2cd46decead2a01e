import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateEmployeeRequest } from '@/api/types';
import { fieldErrors } from '@/lib/problems';
import { useUpdateEmployeeMutation } from '../api/peopleApi';
import type { HrEmployee } from '@/api/types';
import { EmployeeSaveError } from './EmployeeSaveError';

/** What HR may change of a profile (`PUT /api/users/{id}`): department, position, language. */
export function EmployeeProfileForm({ employee }: { employee: HrEmployee }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<UpdateEmployeeRequest>({
    department: employee.department,
    position: employee.position,
    preferredLanguage: employee.preferredLanguage,
  });
  const [required, setRequired] = useState<Partial<Record<keyof UpdateEmployeeRequest, string>>>({});
  const [saved, setSaved] = useState(false);
  const [update, { isLoading, error }] = useUpdateEmployeeMutation();
  const server = fieldErrors(error);
  const errorOf = (field: keyof UpdateEmployeeRequest) => required[field] ?? server[field];
  const changed =
    form.department !== employee.department || form.position !== employee.position || form.preferredLanguage !== employee.preferredLanguage;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: Partial<Record<keyof UpdateEmployeeRequest, string>> = {};
    if (!form.department.trim()) found.department = t('hr.people.required');
    if (!form.position.trim()) found.position = t('hr.people.required');
    setRequired(found);
    if (Object.keys(found).length > 0) return;
    const result = await update({ id: employee.id, body: { ...form, department: form.department.trim(), position: form.position.trim() } });
    if (!('error' in result)) setSaved(true);
  };

  return (
    <Box
      component="form"
      noValidate
      aria-label={t('hr.employee.editProfile')}
      onSubmit={(event) => void submit(event)}
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 200px' }, alignItems: 'start' }}
    >
      <TextField
        size="small"
        label={t('hr.people.department')}
        value={form.department}
        onChange={(event) => setForm((f) => ({ ...f, department: event.target.value }))}
        required
        error={!!errorOf('department')}
        helperText={errorOf('department')}
      />
      <TextField
        size="small"
        label={t('hr.people.position')}
        value={form.position}
        onChange={(event) => setForm((f) => ({ ...f, position: event.target.value }))}
        required
        error={!!errorOf('position')}
        helperText={errorOf('position')}
      />
      <TextField
        size="small"
        select
        label={t('hr.people.language')}
        value={form.preferredLanguage}
        onChange={(event) => setForm((f) => ({ ...f, preferredLanguage: event.target.value }))}
        error={!!errorOf('preferredLanguage')}
        helperText={errorOf('preferredLanguage')}
      >
        <MenuItem value="es">{t('languages.es')}</MenuItem>
        <MenuItem value="en">{t('languages.en')}</MenuItem>
      </TextField>
      <Box sx={{ gridColumn: '1 / -1', display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" disabled={isLoading || !changed}>
          {t('hr.employee.save')}
        </Button>
        <Box role="status" aria-live="polite">
          {saved && !changed && <Alert severity="success">{t('hr.employee.saved')}</Alert>}
        </Box>
      </Box>
      <EmployeeSaveError error={error} hasFieldErrors={Object.keys(server).length > 0} />
    </Box>
  );
}
