import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AnswerSource, FeedbackRating } from '@/api/types';
import { visuallyHidden } from '@/lib/a11y';
import { useCountdown } from '@/lib/hooks';
import type { ChatError, ExchangeStatus } from '../chatSlice';
import { AnswerSources } from './AnswerSources';
import { FeedbackButtons } from './FeedbackButtons';

/** What one exchange shows, whether it comes from the history or from this session. */
export interface ExchangeView {
  key: string;
  message: string;
  status: ExchangeStatus;
  text: string;
  messageId: string | null;
  sources: AnswerSource[];
  error: ChatError | null;
  feedback: FeedbackRating | null;
  /** Set for this session's exchanges (retry, reveal). */
  clientMessageId?: string;
  /** Stopped, and the full answer has arrived since. */
  answerAvailable?: boolean;
}

interface Props {
  exchange: ExchangeView;
  connected: boolean;
  onRetry(clientMessageId: string): void;
  onReveal(clientMessageId: string): void;
  onRate(messageId: string, rating: FeedbackRating, comment?: string): Promise<boolean>;
}

function ErrorNotice({ error, onRetry }: { error: ChatError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const left = useCountdown(error.kind === 'busy' ? error.receivedAt : undefined, error.retryAfter);
  let message: string;
  switch (error.kind) {
    case 'busy':
      message = left > 0 ? t('chat.busy', { seconds: left }) : t('chat.busyNow');
      break;
    case 'invalid':
      message = t('chat.invalid', { detail: error.detail ?? error.title ?? '' });
      break;
    case 'offline':
      message = t('chat.offline');
      break;
    default:
      message = t('chat.failed');
  }
  return (
    <Alert
      severity={error.kind === 'busy' || error.kind === 'offline' ? 'warning' : 'error'}
      sx={{ mt: 1 }}
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry} disabled={left > 0}>
            {t('chat.retry')}
          </Button>
        ) : undefined
      }
    >
      {message}
    </Alert>
  );
}

/** One question and its answer (thinking, streaming, answered, stopped or failed). */
export function ChatExchangeItem({ exchange, connected, onRetry, onReveal, onRate }: Props) {
  const { t } = useTranslation();
  const { status, clientMessageId, messageId } = exchange;
  return (
    <Box component="li" sx={{ display: 'flex', flexDirection: 'column', gap: 1, mb: 2 }}>
      <Paper
        elevation={0}
        sx={{
          alignSelf: 'flex-end',
          maxWidth: '85%',
          px: 2,
          py: 1,
          bgcolor: 'primary.main',
          color: 'primary.contrastText',
        }}
      >
        <Box component="span" sx={visuallyHidden}>
          {t('chat.you')}:{' '}
        </Box>
        <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{exchange.message}</Typography>
      </Paper>
      <Paper variant="outlined" sx={{ alignSelf: 'flex-start', maxWidth: '85%', px: 2, py: 1 }}>
        <Box component="span" sx={visuallyHidden}>
          {t('chat.assistant')}:{' '}
        </Box>
        {status === 'pending' && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <CircularProgress size={16} aria-hidden="true" />
            <Typography color="text.secondary">{connected ? t('chat.thinking') : t('chat.waitingForConnection')}</Typography>
          </Box>
        )}
        {exchange.text && (
          <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="answer-text">
            {exchange.text}
          </Typography>
        )}
        {status === 'stopped' && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Typography variant="body2" color="text.secondary">
              {t('chat.stopped')}
            </Typography>
            {exchange.answerAvailable && clientMessageId && (
              <Button size="small" onClick={() => onReveal(clientMessageId)}>
                {t('chat.showFullAnswer')}
              </Button>
            )}
          </Box>
        )}
        {status === 'failed' && exchange.error && (
          <ErrorNotice error={exchange.error} {...(clientMessageId ? { onRetry: () => onRetry(clientMessageId) } : {})} />
        )}
        {status === 'answered' && (
          <>
            <AnswerSources sources={exchange.sources} />
            {messageId && (
              <FeedbackButtons
                rating={exchange.feedback}
                onRate={(rating, comment) => onRate(messageId, rating, comment)}
              />
            )}
          </>
        )}
      </Paper>
    </Box>
  );
}
