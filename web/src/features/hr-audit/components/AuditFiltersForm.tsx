import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionLabel } from './actionLabel';
import { AUDIT_ACTIONS, type AuditFilters } from '../api/auditApi';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Props {
  value: AuditFilters;
  onApply(filters: AuditFilters): void;
  /** The server's validation errors per parameter. */
  serverErrors: Record<string, string>;
}

/** The audit's filters: whose data, who read, the days, the action, own reads included or not. */
export function AuditFiltersForm({ value, onApply, serverErrors }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>(value);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<AuditFilters>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const subject = draft.subject?.trim();
    const reader = draft.reader?.trim();
    if (subject && !UUID.test(subject)) found.subject = t('hr.audit.invalidId');
    if (reader && !UUID.test(reader)) found.reader = t('hr.audit.invalidId');
    if (draft.from && draft.to && draft.from > draft.to) found.to = t('hr.audit.toBeforeFrom');
    setErrors(found);
    if (Object.keys(found).length === 0) onApply({ ...draft, subject, reader });
  };

  const error = (name: keyof AuditFilters) => errors[name] ?? serverErrors[name];

  return (
    <Box
      component="form"
      noValidate
      onSubmit={submit}
      aria-label={t('hr.audit.filters')}
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(3, 1fr)' }, alignItems: 'start' }}
    >
      <TextField
        size="small"
        label={t('hr.audit.subject')}
        value={draft.subject ?? ''}
        onChange={(event) => set({ subject: event.target.value })}
        error={!!error('subject')}
        helperText={error('subject') ?? t('hr.audit.idHint')}
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
      />
      <TextField
        size="small"
        label={t('hr.audit.reader')}
        value={draft.reader ?? ''}
        onChange={(event) => set({ reader: event.target.value })}
        error={!!error('reader')}
        helperText={error('reader') ?? t('hr.audit.idHint')}
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
      />
      <TextField
        size="small"
        select
        label={t('hr.audit.action')}
        value={draft.action ?? ''}
        onChange={(event) => set({ action: event.target.value })}
        error={!!error('action')}
        helperText={error('action')}
      >
        <MenuItem value="">{t('hr.audit.anyAction')}</MenuItem>
        {AUDIT_ACTIONS.map((action) => (
          <MenuItem key={action} value={action}>
            {actionLabel(t, action)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        type="date"
        label={t('hr.audit.from')}
        value={draft.from ?? ''}
        onChange={(event) => set({ from: event.target.value })}
        error={!!error('from')}
        helperText={error('from')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        size="small"
        type="date"
        label={t('hr.audit.to')}
        value={draft.to ?? ''}
        onChange={(event) => set({ to: event.target.value })}
        error={!!error('to')}
        helperText={error('to')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <FormControlLabel
        control={<Checkbox checked={!!draft.includeOwn} onChange={(event) => set({ includeOwn: event.target.checked })} />}
        label={t('hr.audit.includeOwn')}
      />
      <Box sx={{ display: 'flex', gap: 1, gridColumn: '1 / -1' }}>
        <Button type="submit" variant="contained">
          {t('hr.audit.apply')}
        </Button>
        <Button
          type="button"
          onClick={() => {
            setDraft({});
            setErrors({});
            onApply({});
          }}
        >
          {t('hr.audit.clear')}
        </Button>
      </Box>
    </Box>
  );
}
