import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPublicationResult } from '@/api/types';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { ImportHistoryTable } from './ImportHistoryTable';
import { ImportUploader } from './ImportUploader';
import { PublishImportDialog } from './PublishImportDialog';
import { publicationOf, type Publication, type Publications } from './publication';

/**
 * `/hr/imports`: upload a payroll CSV (validate only, import, import and publish now) and the history of
 * every attempt, where an applied import can be published now or at a date.
 */
export function ImportsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [publications, setPublications] = useState<Publications>({});
  const [publishing, setPublishing] = useState<number | null>(null);
  const [lastPublished, setLastPublished] = useState<ImportPublicationResult | null>(null);

  const remember = useCallback((importId: number, publication: Publication) => {
    setPublications((known) => ({ ...known, [importId]: publication }));
  }, []);

  const onPublished = (result: ImportPublicationResult) => {
    remember(result.importId, publicationOf(result));
    setLastPublished(result);
  };

  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Typography variant="h1">{t('hr.imports.title')}</Typography>
      <Paper variant="outlined" component="section" aria-labelledby="imports-upload" sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="h2" id="imports-upload" gutterBottom>
          {t('hr.imports.uploadTitle')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('hr.imports.formatHelp')}
        </Typography>
        <ImportUploader publications={publications} onImported={remember} onPublish={setPublishing} />
      </Paper>
      <Paper variant="outlined" component="section" aria-labelledby="imports-history" sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="h2" id="imports-history" gutterBottom>
          {t('hr.imports.historyTitle')}
        </Typography>
        <Box role="status" aria-live="polite" sx={{ mb: lastPublished ? 2 : 0 }}>
          {lastPublished && (
            <Alert severity="success">
              {lastPublished.published
                ? t('hr.imports.publishDone', { id: lastPublished.importId, count: lastPublished.payslips, alreadyPublished: lastPublished.alreadyPublished })
                : t('hr.imports.publishScheduled', { id: lastPublished.importId, count: lastPublished.payslips, when: formatDateTime(lastPublished.publishedAt, lang) })}
            </Alert>
          )}
        </Box>
        <ImportHistoryTable publications={publications} onPublish={setPublishing} />
      </Paper>
      <PublishImportDialog importId={publishing} onClose={() => setPublishing(null)} onPublished={onPublished} />
    </Box>
  );
}
