import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDispatch } from 'react-redux';
import { api } from '@/api/api';
import type { ApiError } from '@/api/errors';
import type { ImportResult } from '@/api/types';
import { QueryError } from '@/components/QueryError';
import { formatBytes, formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { problemText, rowErrors } from '@/lib/problems';
import { uploadPayrollImport } from '../api/importsApi';
import { ImportErrorTable } from './ImportErrorTable';
import { publicationOf, type Publication, type Publications } from './publication';

type Outcome =
  | { kind: 'none' }
  | { kind: 'uploading'; sent: number; total: number }
  | { kind: 'done'; result: ImportResult; fileName: string }
  | { kind: 'refused'; error: ApiError; fileName: string };

/**
 * Sends a payroll CSV (dropped on the zone or chosen with the button) to the import route, as a
 * dry run ("validate only", on by default) or for real — published at once ("publish now", on by default)
 * or left for later — with upload progress; shows what it did, whether it is published, its warnings, or
 * every row's problem. Either way the attempt lands in the history below.
 */
interface Props {
  /** What the page knows of each import's publication (this upload's answer, a later publish). */
  publications: Publications;
  onImported(importId: number, publication: Publication): void;
  /** Opens "publish import no. N". */
  onPublish(importId: number): void;
}

export function ImportUploader({ publications, onImported, onPublish }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const dispatch = useDispatch();
  const inputRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const hintId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [publishNow, setPublishNow] = useState(true);
  const [dragging, setDragging] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const uploading = outcome.kind === 'uploading';

  useEffect(() => () => abortRef.current?.abort(), []);

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setOutcome({ kind: 'none' });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!uploading) choose(event.dataTransfer.files[0]);
  };

  const send = async () => {
    if (!file) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setOutcome({ kind: 'uploading', sent: 0, total: file.size });
    const result = await uploadPayrollImport(
      file,
      { dryRun, publish: publishNow },
      (sent, total) => setOutcome({ kind: 'uploading', sent, total }),
      controller.signal,
    );
    if (controller.signal.aborted) return;
    if (result.ok && !result.data.dryRun && result.data.importId != null) onImported(result.data.importId, publicationOf(result.data));
    setOutcome(result.ok ? { kind: 'done', result: result.data, fileName: file.name } : { kind: 'refused', error: result.error, fileName: file.name });
    dispatch(api.util.invalidateTags(['Imports']));
  };

  const percent = uploading && outcome.total > 0 ? Math.round((outcome.sent / outcome.total) * 100) : 0;
  const errors = outcome.kind === 'refused' ? rowErrors(outcome.error) : [];
  const warnings = outcome.kind === 'done' ? (outcome.result.warnings ?? []) : [];
  const importId = outcome.kind === 'done' && !outcome.result.dryRun ? (outcome.result.importId ?? null) : null;
  const publication = importId !== null ? publications[importId] : undefined;

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Paper
        variant="outlined"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        sx={{
          p: { xs: 2, sm: 3 },
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: dragging ? 'primary.main' : 'divider',
          bgcolor: dragging ? 'action.hover' : undefined,
          textAlign: 'center',
          display: 'grid',
          justifyItems: 'center',
          gap: 1,
        }}
      >
        <UploadFileIcon fontSize="large" color="action" aria-hidden="true" />
        <Typography id={hintId}>{t('hr.imports.dropHint')}</Typography>
        <input
          ref={inputRef}
          type="file"
          accept=".csv,text/csv"
          aria-label={t('hr.imports.fileInput')}
          tabIndex={-1}
          hidden
          onChange={(event) => {
            choose(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <Button variant="outlined" onClick={() => inputRef.current?.click()} disabled={uploading} aria-describedby={hintId}>
          {t('hr.imports.chooseFile')}
        </Button>
        <Typography variant="body2" color="text.secondary" aria-live="polite">
          {file ? t('hr.imports.chosen', { name: file.name, size: formatBytes(file.size, lang) }) : t('hr.imports.noFile')}
        </Typography>
      </Paper>

      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
        <FormControlLabel
          control={<Switch checked={dryRun} onChange={(event) => setDryRun(event.target.checked)} disabled={uploading} />}
          label={t('hr.imports.validateOnly')}
        />
        {!dryRun && (
          <FormControlLabel
            control={<Checkbox checked={publishNow} onChange={(event) => setPublishNow(event.target.checked)} disabled={uploading} />}
            label={t('hr.imports.publishNow')}
          />
        )}
        <Button variant="contained" onClick={() => void send()} disabled={!file || uploading}>
          {dryRun ? t('hr.imports.validate') : t('hr.imports.import')}
        </Button>
      </Box>

      {uploading && (
        <Box role="status" aria-live="polite" sx={{ display: 'grid', gap: 0.5 }}>
          <LinearProgress
            variant={percent < 100 ? 'determinate' : 'indeterminate'}
            value={percent}
            aria-label={t('hr.imports.progress')}
          />
          <Typography variant="body2">
            {percent < 100 ? t('hr.imports.sending', { percent }) : t('hr.imports.checking')}
          </Typography>
        </Box>
      )}

      {outcome.kind === 'done' && (
        <Alert severity="success" role="status">
          {outcome.result.dryRun
            ? t('hr.imports.dryRunDone', { ...outcome.result, count: outcome.result.rows, name: outcome.fileName })
            : t('hr.imports.importDone', { ...outcome.result, count: outcome.result.rows, name: outcome.fileName })}
        </Alert>
      )}

      {importId !== null && publication && (
        <Alert
          severity={publication.published ? 'success' : 'info'}
          action={
            publication.published ? undefined : (
              <Button color="inherit" size="small" onClick={() => onPublish(importId)}>
                {t('hr.imports.publish')}
              </Button>
            )
          }
        >
          {publication.published
            ? t('hr.imports.published')
            : publication.publishedAt
              ? t('hr.imports.scheduled', { when: formatDateTime(publication.publishedAt, lang) })
              : t('hr.imports.unpublished')}
        </Alert>
      )}

      {outcome.kind === 'done' && warnings.length > 0 && (
        <>
          <Alert severity="warning">{t('hr.imports.warningsTitle', { count: warnings.length, name: outcome.fileName })}</Alert>
          <Paper variant="outlined">
            <ImportErrorTable errors={warnings} fileName={outcome.fileName} kind="warnings" />
          </Paper>
        </>
      )}

      {outcome.kind === 'refused' && errors.length > 0 && (
        <>
          <Alert severity="error">{t('hr.imports.refusedRows', { count: errors.length, name: outcome.fileName })}</Alert>
          <Paper variant="outlined">
            <ImportErrorTable errors={errors} fileName={outcome.fileName} />
          </Paper>
        </>
      )}
      {outcome.kind === 'refused' && errors.length === 0 && outcome.error.kind === 'invalid' && (
        <Alert severity="error">{problemText(outcome.error) ?? t('hr.imports.refused')}</Alert>
      )}
      {outcome.kind === 'refused' && errors.length === 0 && outcome.error.kind !== 'invalid' && (
        outcome.error.status === 413 || outcome.error.status === 415 ? (
          <Alert severity="error">{problemText(outcome.error) ?? t('hr.imports.refused')}</Alert>
        ) : (
          <QueryError error={outcome.error} onRetry={() => void send()} />
        )
      )}
    </Box>
  );
}
