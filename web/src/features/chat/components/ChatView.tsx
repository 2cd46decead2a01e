import ForumIcon from '@mui/icons-material/Forum';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { skipToken } from '@reduxjs/toolkit/query/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDispatch, useSelector } from 'react-redux';
import type { FeedbackRating } from '@/api/types';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { visuallyHidden } from '@/lib/a11y';
import { useGetConversationHistoryQuery, useSendFeedbackMutation } from '../api/chatApi';
import {
  answerRevealed,
  conversationSelected,
  feedbackRecorded,
  selectConnection,
  selectConversationId,
  selectExchanges,
  selectFeedback,
  selectInFlight,
} from '../chatSlice';
import { useChatConnection } from '../hooks/ChatConnectionProvider';
import { ChatAnnouncer } from './ChatAnnouncer';
import { ChatComposer } from './ChatComposer';
import { ChatExchangeItem, type ExchangeView } from './ChatExchangeItem';
import { ConversationList } from './ConversationList';

/** The chat page: conversations, the selected conversation's messages, the message box. */
export function ChatView() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const connection = useChatConnection();
  const conversationId = useSelector(selectConversationId);
  const exchanges = useSelector(selectExchanges);
  const feedback = useSelector(selectFeedback);
  const inFlight = useSelector(selectInFlight);
  const connectionStatus = useSelector(selectConnection);
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'));
  const [listOpen, setListOpen] = useState(false);
  const listId = useId();
  const headingId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [sendFeedback] = useSendFeedbackMutation();

  useEffect(() => connection.ensureConnected(), [connection]);

  const history = useGetConversationHistoryQuery(conversationId ?? skipToken, { refetchOnMountOrArgChange: true });

  const items = useMemo<ExchangeView[]>(() => {
    const liveMessageIds = new Set(exchanges.map((e) => e.answer?.messageId).filter(Boolean));
    const liveClientIds = new Set(exchanges.map((e) => e.clientMessageId));
    const past: ExchangeView[] = (history.data ?? [])
      .filter((h) => !liveMessageIds.has(h.messageId) && !(h.clientMessageId && liveClientIds.has(h.clientMessageId)))
      .map((h) => ({
        key: h.messageId,
        message: h.message,
        status: 'answered',
        text: h.answer,
        messageId: h.messageId,
        sources: [],
        error: null,
        feedback: feedback[h.messageId] ?? h.feedback,
      }));
    const live: ExchangeView[] = exchanges.map((e) => ({
      key: e.clientMessageId,
      clientMessageId: e.clientMessageId,
      message: e.message,
      status: e.status,
      text: e.text,
      messageId: e.answer?.messageId ?? null,
      sources: e.answer?.sources ?? [],
      error: e.error,
      feedback: e.answer ? (feedback[e.answer.messageId] ?? null) : null,
      answerAvailable: e.status === 'stopped' && e.answer !== null,
    }));
    return [...past, ...live];
  }, [exchanges, feedback, history.data]);

  // Follow the conversation as it grows.
  const lastText = items.at(-1)?.text;
  useEffect(() => {
    const el = scrollRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [items.length, lastText]);

  const select = (id: string | null) => {
    if (id !== conversationId) dispatch(conversationSelected(id));
    if (!wide) setListOpen(false);
  };

  const rate = async (messageId: string, rating: FeedbackRating, comment?: string) => {
    const result = await sendFeedback({ messageId, rating, ...(comment ? { comment } : {}) });
    if ('error' in result) return false;
    dispatch(feedbackRecorded({ messageId, rating }));
    return true;
  };

  const list = (
    <ConversationList selectedId={conversationId} onSelect={select} onNew={() => select(null)} headingId={headingId} />
  );

  return (
    <Box
      sx={{ display: 'flex', height: '100%', minHeight: 0 }}
      // Esc stops the answer wherever the focus is in the chat (the message box handles its own)
      onKeyDown={(event) => {
        if (event.key === 'Escape' && inFlight && !event.defaultPrevented) {
          event.preventDefault();
          connection.stop();
        }
      }}
    >
      <Typography variant="h1" sx={visuallyHidden}>
        {t('chat.title')}
      </Typography>
      {wide && (
        <>
          <Box sx={{ width: 300, flexShrink: 0, display: 'flex', flexDirection: 'column', minHeight: 0 }}>{list}</Box>
          <Divider orientation="vertical" flexItem />
        </>
      )}
      <Box sx={{ flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0 }}>
        {!wide && (
          <Box sx={{ px: 1, pt: 1 }}>
            <Button
              startIcon={<ForumIcon />}
              aria-expanded={listOpen}
              aria-controls={listId}
              onClick={() => setListOpen((open) => !open)}
            >
              {listOpen ? t('chat.hideConversations') : t('chat.showConversations')}
            </Button>
            <Collapse in={listOpen} id={listId}>
              <Box sx={{ maxHeight: '50vh', display: 'flex', flexDirection: 'column' }}>{list}</Box>
              <Divider />
            </Collapse>
          </Box>
        )}
        {connectionStatus === 'reconnecting' && (
          <Alert severity="info" sx={{ borderRadius: 0 }}>
            {t('chat.reconnecting')}
          </Alert>
        )}
        <Box
          ref={scrollRef}
          role="region"
          aria-label={t('chat.conversation')}
          tabIndex={0}
          sx={{ flex: 1, overflowY: 'auto', px: { xs: 1, sm: 3 }, py: 2 }}
        >
          {history.isFetching && !history.data && <LoadingState label={t('chat.loadingHistory')} />}
          {history.error && (
            <QueryError error={history.error} onRetry={() => void history.refetch()} notFound={t('chat.historyFailed')} />
          )}
          {items.length === 0 && !history.isFetching && !history.error && (
            <Box sx={{ textAlign: 'center', mt: { xs: 4, sm: 8 }, px: 2 }}>
              <Typography variant="h2" component="p" gutterBottom>
                {t('chat.emptyTitle')}
              </Typography>
              <Typography color="text.secondary">{t('chat.emptyHint')}</Typography>
            </Box>
          )}
          {items.length > 0 && (
            <Box component="ol" aria-label={t('chat.messages')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {items.map((item) => (
                <ChatExchangeItem
                  key={item.key}
                  exchange={item}
                  connected={connectionStatus === 'open'}
                  onRetry={connection.retry}
                  onReveal={(id) => dispatch(answerRevealed(id))}
                  onRate={rate}
                />
              ))}
            </Box>
          )}
        </Box>
        <ChatAnnouncer latest={exchanges.at(-1)} />
        <Divider />
        <ChatComposer onSend={connection.send} onStop={connection.stop} answering={inFlight !== undefined} />
      </Box>
    </Box>
  );
}
