import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/LoadingState';
import { visuallyHidden } from '@/lib/a11y';
import { QueryError } from '@/components/QueryError';
import { formatCount, formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { QUESTION_KINDS, QUESTIONS_PAGE_SIZE, useGetQuestionsToImproveQuery, type AnalyticsRange, type QuestionKind } from '../api/analyticsApi';
import { reasonLabel } from './labels';

/** The questions to improve: unanswered or thumbed down, with the comment, newest first; never who asked. */
export function QuestionsTable({ range }: { range: AnalyticsRange }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const captionId = useId();
  const [kind, setKind] = useState<QuestionKind>('all');
  const [page, setPage] = useState(1);
  const { data, error, isFetching, refetch } = useGetQuestionsToImproveQuery({ ...range, kind, page });
  const kindNames: Record<QuestionKind, string> = {
    all: t('hr.analytics.kindAll'),
    unanswered: t('hr.analytics.kindUnanswered'),
    thumbs_down: t('hr.analytics.kindThumbsDown'),
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <TextField
        select
        size="small"
        label={t('hr.analytics.questionKind')}
        value={kind}
        onChange={(event) => {
          setKind(event.target.value as QuestionKind);
          setPage(1);
        }}
        sx={{ maxWidth: 320 }}
      >
        {QUESTION_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {kindNames[k]}
          </MenuItem>
        ))}
      </TextField>
      <Box role="status" aria-live="polite">
        {data && (
          <Typography variant="body2" color="text.secondary">
            {t('hr.analytics.questionsTotal', { count: data.total, formatted: formatCount(data.total, lang) })}
          </Typography>
        )}
      </Box>
      {isFetching && !data && <LoadingState label={t('app.loading')} />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length > 0 && (
        <TableContainer role="region" aria-labelledby={captionId} tabIndex={0} sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <Box component="caption" id={captionId} sx={visuallyHidden}>
              {t('hr.analytics.questionsCaption', { kind: kindNames[kind] })}
            </Box>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('hr.analytics.day')}</TableCell>
                <TableCell scope="col">{t('hr.analytics.question')}</TableCell>
                <TableCell scope="col">{t('hr.analytics.why')}</TableCell>
                <TableCell scope="col">{t('hr.analytics.comment')}</TableCell>
                <TableCell scope="col">{t('hr.analytics.language')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.items.map((item, index) => (
                <TableRow key={`${data.page}-${index}`}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(item.date, lang)}</TableCell>
                  <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere', minWidth: 200 }}>
                    {item.question}
                  </TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                      {item.reason && <Chip size="small" variant="outlined" color="warning" label={reasonLabel(t, item.reason)} />}
                      {item.rating === 'down' && <Chip size="small" variant="outlined" color="error" label={t('hr.analytics.thumbsDown')} />}
                      {item.rating === 'up' && <Chip size="small" variant="outlined" color="success" label={t('hr.analytics.thumbsUp')} />}
                    </Box>
                  </TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere', minWidth: 160 }}>{item.comment ?? '—'}</TableCell>
                  <TableCell>{item.language}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {data && data.total > QUESTIONS_PAGE_SIZE && (
        <TablePagination
          component="div"
          count={data.total}
          page={page - 1}
          rowsPerPage={QUESTIONS_PAGE_SIZE}
          rowsPerPageOptions={[]}
          onPageChange={(_event, next) => setPage(next + 1)}
          labelDisplayedRows={({ from, to, count }) => t('hr.rangeOf', { from, to, count })}
          getItemAriaLabel={(type) => (type === 'next' ? t('hr.nextPage') : type === 'previous' ? t('hr.previousPage') : type)}
        />
      )}
    </Box>
  );
}
