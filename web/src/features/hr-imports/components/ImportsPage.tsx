import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ImportHistoryTable } from './ImportHistoryTable';
import { ImportUploader } from './ImportUploader';

/** `/hr/imports`: upload a payroll CSV (validate only or import) and the history of every attempt. */
export function ImportsPage() {
  const { t } = useTranslation();
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
        <ImportUploader />
      </Paper>
      <Paper variant="outlined" component="section" aria-labelledby="imports-history" sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="h2" id="imports-history" gutterBottom>
          {t('hr.imports.historyTitle')}
        </Typography>
        <ImportHistoryTable />
      </Paper>
    </Box>
  );
}
