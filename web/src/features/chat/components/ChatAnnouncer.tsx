import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { visuallyHidden } from '@/lib/a11y';
import type { Exchange } from '../chatSlice';

/**
 * The chat's polite live region: "thinking…" while the latest message waits for its first
 * words, then the whole answer once it is done (not word by word, which would be noise).
 */
export function ChatAnnouncer({ latest }: { latest: Exchange | undefined }) {
  const { t } = useTranslation();
  let text = '';
  if (latest?.status === 'pending') text = t('chat.thinking');
  else if (latest?.status === 'answered') text = t('chat.answerReady', { text: latest.text });
  return (
    <Box role="status" aria-live="polite" aria-atomic="true" sx={visuallyHidden}>
      {text}
    </Box>
  );
}
