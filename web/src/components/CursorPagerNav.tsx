import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { SxProps, Theme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { CursorPager } from '@/lib/useCursorPager';

interface Props {
  pager: Pick<CursorPager, 'hasNewer' | 'newer' | 'older'>;
  /** The page's `next` cursor from the server: null on the oldest page. */
  next: number | null;
  /** Both buttons wait while a page loads. */
  isFetching: boolean;
  sx?: SxProps<Theme>;
}

/**
 * The "newer" / "older" buttons of a cursor-paged list (navigation "Páginas"/"Pages"), beside a
 * {@link useCursorPager}. Nothing when there is only one page.
 */
export function CursorPagerNav({ pager, next, isFetching, sx = [] }: Props) {
  const { t } = useTranslation();
  if (!pager.hasNewer && next === null) return null;
  return (
    <Box
      component="nav"
      aria-label={t('hr.paging')}
      sx={[{ display: 'flex', gap: 1, justifyContent: 'flex-end' }, ...(Array.isArray(sx) ? sx : [sx])]}
    >
      <Button onClick={pager.newer} disabled={!pager.hasNewer || isFetching}>
        {t('hr.newer')}
      </Button>
      <Button onClick={() => next !== null && pager.older(next)} disabled={next === null || isFetching}>
        {t('hr.older')}
      </Button>
    </Box>
  );
}
