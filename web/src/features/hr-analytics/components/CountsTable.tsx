import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsCount } from '@/api/types';
import { formatCount, formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';

/** Counts by key (what is asked: measures, operations), with their share drawn as a bar. */
export function CountsTable({ title, items, label }: { title: string; items: AnalyticsCount[]; label(key: string): string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const titleId = useId();
  const num = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ minWidth: 0 }}>
      <Typography variant="h3" id={titleId} sx={{ fontSize: '1.1rem', fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      {items.length === 0 ? (
        <Typography color="text.secondary">{t('hr.analytics.nothing')}</Typography>
      ) : (
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('hr.analytics.what')}</TableCell>
              <TableCell scope="col" sx={num}>
                {t('hr.analytics.count')}
              </TableCell>
              <TableCell scope="col" sx={{ ...num, width: '40%' }}>
                {t('hr.analytics.share')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.key}>
                <TableCell component="th" scope="row">
                  {label(item.key)}
                </TableCell>
                <TableCell sx={num}>{formatCount(item.count, lang)}</TableCell>
                <TableCell sx={num}>
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, justifyContent: 'flex-end' }}>
                    <LinearProgress
                      variant="determinate"
                      value={Math.min(100, (item.share ?? 0) * 100)}
                      aria-hidden="true"
                      sx={{ flex: 1, height: 8, borderRadius: 1, maxWidth: 160 }}
                    />
                    {formatPercent(item.share, lang)}
                  </Box>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
