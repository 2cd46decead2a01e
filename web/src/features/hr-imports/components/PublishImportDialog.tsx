import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPublicationResult } from '@/api/types';
import { problemText } from '@/lib/problems';
import { isApiError } from '@/api/errors';
import { QueryError } from '@/components/QueryError';
import { usePublishImportMutation } from '../api/importsApi';

interface Props {
  importId: number | null;
  onClose(): void;
  onPublished(result: ImportPublicationResult): void;
}

/** `datetime-local`'s value (local time, no zone) as an ISO instant; undefined when empty or invalid. */
export function localToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** "Publish import no. N": now, or at a date and time (`POST /api/payroll/imports/{id}/publish`). */
export function PublishImportDialog({ importId, onClose, onPublished }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [at, setAt] = useState('');
  const [atError, setAtError] = useState<string | undefined>();
  const [publish, { isLoading, error, reset }] = usePublishImportMutation();

  const close = () => {
    setWhen('now');
    setAt('');
    setAtError(undefined);
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (importId === null) return;
    const iso = when === 'later' ? localToIso(at) : undefined;
    if (when === 'later' && !iso) {
      setAtError(t('hr.imports.publishAtRequired'));
      document.getElementById(`${id}-at`)?.focus();
      return;
    }
    setAtError(undefined);
    const result = await publish({ importId, at: iso });
    if ('data' in result && result.data) {
      onPublished(result.data);
      close();
    }
  };

  // a 400 (a moment in the past) or 404 (nothing to publish) says why in its own words
  const refusal = isApiError(error) && (error.kind === 'invalid' || error.kind === 'notFound') ? (problemText(error) ?? t('hr.imports.publishRefused')) : undefined;

  return (
    <Dialog open={importId !== null} onClose={close} aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id={`${id}-title`}>{t('hr.imports.publishTitle', { id: importId ?? '' })}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText id={`${id}-body`}>{t('hr.imports.publishBody')}</DialogContentText>
          <FormControl>
            <FormLabel id={`${id}-when`}>{t('hr.imports.publishWhen')}</FormLabel>
            <RadioGroup aria-labelledby={`${id}-when`} value={when} onChange={(event) => setWhen(event.target.value === 'later' ? 'later' : 'now')}>
              <FormControlLabel value="now" control={<Radio />} label={t('hr.imports.publishAtNow')} />
              <FormControlLabel value="later" control={<Radio />} label={t('hr.imports.publishAtLater')} />
            </RadioGroup>
          </FormControl>
          {when === 'later' && (
            <TextField
              id={`${id}-at`}
              type="datetime-local"
              label={t('hr.imports.publishAt')}
              value={at}
              onChange={(event) => setAt(event.target.value)}
              error={!!atError}
              helperText={atError}
              required
              slotProps={{ inputLabel: { shrink: true } }}
            />
          )}
          {refusal && <Alert severity="error">{refusal}</Alert>}
          {error && !refusal && <QueryError error={error} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('hr.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={isLoading}>
            {t('hr.imports.publish')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
