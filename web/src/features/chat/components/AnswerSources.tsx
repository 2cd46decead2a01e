import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { AnswerSource } from '@/api/types';
import { formatMonthYear } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';

/** The app route a source points at (the API href names the same resource), or null. */
export function sourceRoute(source: AnswerSource): string | null {
  if (source.type === 'payslip') {
    const fromHref = /\/payslips\/(\d{4})\/(\d{1,2})(?:$|[/?#])/.exec(source.href);
    const year = source.year ?? (fromHref ? Number(fromHref[1]) : undefined);
    const month = source.month ?? (fromHref ? Number(fromHref[2]) : undefined);
    if (year && month && month >= 1 && month <= 12) return `/payslips/${year}/${month}`;
    return null;
  }
  if (source.type === 'profile' || source.href === '/api/users/me') return '/profile';
  return null;
}

/** A payslip's PDF (same-origin API path only), or null: the chat links the PDF when it was asked for. */
export function sourcePdf(source: AnswerSource): { href: string; year: number; month: number } | null {
  if (source.type !== 'payslip_pdf') return null;
  const match = /^\/api\/payroll\/payslips\/(\d{4})\/(\d{1,2})\/pdf(?:\?lang=(?:es|en))?$/.exec(source.href);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { href: source.href, year: Number(match[1]), month } : null;
}

/** The sources an answer was built from, as links to the app's pages (and payslip PDFs as downloads). */
export function AnswerSources({ sources }: { sources: AnswerSource[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  const links = sources.flatMap((source) => {
    const pdf = sourcePdf(source);
    if (pdf) {
      return [{ to: pdf.href, download: true, label: t('chat.sourcePdf', { period: formatMonthYear(pdf.year, pdf.month, lang) }) }];
    }
    const to = sourceRoute(source);
    if (!to) return [];
    const [, , y, m] = to.split('/');
    const label =
      to === '/profile'
        ? t('chat.sourceProfile')
        : t('chat.sourcePayslip', { period: formatMonthYear(Number(y), Number(m), lang) });
    return [{ to, download: false, label }];
  });
  const unique = links.filter((link, i) => links.findIndex((l) => l.to === link.to) === i);
  if (unique.length === 0) return null;
  return (
    <Box sx={{ mt: 1 }}>
      <Typography id={headingId} variant="caption" color="text.secondary" component="p">
        {t('chat.sources')}
      </Typography>
      {/* a group, not a list: the exchange it sits in is already a list item */}
      <Box role="group" aria-labelledby={headingId} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
        {unique.map((link) =>
          link.download ? (
            <Link key={link.to} href={link.to} download variant="body2">
              {link.label}
            </Link>
          ) : (
            <Link key={link.to} component={RouterLink} to={link.to} variant="body2">
              {link.label}
            </Link>
          ),
        )}
      </Box>
    </Box>
  );
}
