import ThumbDownIcon from '@mui/icons-material/ThumbDown';
import ThumbDownOutlinedIcon from '@mui/icons-material/ThumbDownOutlined';
import ThumbUpIcon from '@mui/icons-material/ThumbUp';
import ThumbUpOutlinedIcon from '@mui/icons-material/ThumbUpOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackRating } from '@/api/types';

const FeedbackDialog = lazy(() => import('./FeedbackDialog'));

interface Props {
  rating: FeedbackRating | null;
  /** Resolves true when the rating was saved. */
  onRate(rating: FeedbackRating, comment?: string): Promise<boolean>;
}

/** Thumbs up / down under an answer; thumbs down asks for an optional comment first. */
export function FeedbackButtons({ rating, onRate }: Props) {
  const { t } = useTranslation();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [dialogLoaded, setDialogLoaded] = useState(false);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');

  const rate = async (value: FeedbackRating, comment?: string) => {
    setState('saving');
    const ok = await onRate(value, comment);
    setState(ok ? 'saved' : 'failed');
  };

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 0.5 }}>
      <IconButton
        size="small"
        aria-label={t('chat.helpful')}
        title={t('chat.helpful')}
        aria-pressed={rating === 'up'}
        disabled={state === 'saving'}
        onClick={() => void rate('up')}
      >
        {rating === 'up' ? <ThumbUpIcon fontSize="small" /> : <ThumbUpOutlinedIcon fontSize="small" />}
      </IconButton>
      <IconButton
        size="small"
        aria-label={t('chat.notHelpful')}
        title={t('chat.notHelpful')}
        aria-pressed={rating === 'down'}
        aria-haspopup="dialog"
        disabled={state === 'saving'}
        onClick={() => {
          setDialogLoaded(true);
          setDialogOpen(true);
        }}
      >
        {rating === 'down' ? <ThumbDownIcon fontSize="small" /> : <ThumbDownOutlinedIcon fontSize="small" />}
      </IconButton>
      <Typography variant="caption" role="status" color={state === 'failed' ? 'error' : 'text.secondary'}>
        {state === 'saved' ? t('chat.feedbackThanks') : state === 'failed' ? t('chat.feedbackFailed') : ''}
      </Typography>
      {dialogLoaded && (
        <Suspense fallback={null}>
          <FeedbackDialog
            open={dialogOpen}
            onClose={() => setDialogOpen(false)}
            onSubmit={(comment) => {
              setDialogOpen(false);
              void rate('down', comment);
            }}
          />
        </Suspense>
      )}
    </Box>
  );
}
