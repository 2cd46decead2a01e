import AddCommentIcon from '@mui/icons-material/AddComment';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useListConversationsQuery } from '../api/chatApi';

interface Props {
  selectedId: string | null;
  onSelect(id: string): void;
  onNew(): void;
  headingId: string;
}

/** The user's conversations, newest first, and the "new conversation" button. */
export function ConversationList({ selectedId, onSelect, onNew, headingId }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { data, error, isLoading, refetch } = useListConversationsQuery();

  return (
    <Box component="nav" aria-labelledby={headingId} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Box sx={{ px: 2, pt: 2, pb: 1, display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Typography id={headingId} variant="h2" component="h2">
          {t('chat.conversations')}
        </Typography>
        <Button variant="outlined" startIcon={<AddCommentIcon />} onClick={onNew}>
          {t('chat.newConversation')}
        </Button>
      </Box>
      {isLoading && <LoadingState label={t('app.loading')} />}
      {error && (
        <Box sx={{ px: 2 }}>
          <QueryError error={error} onRetry={() => void refetch()} />
        </Box>
      )}
      {data && data.length === 0 && (
        <Typography sx={{ px: 2 }} color="text.secondary">
          {t('chat.noConversations')}
        </Typography>
      )}
      {data && data.length > 0 && (
        <List dense sx={{ overflowY: 'auto' }}>
          {data.map((conversation) => {
            const when = conversation.updatedAt ?? conversation.createdAt;
            const primary =
              conversation.title ??
              t('chat.conversationFrom', { date: conversation.createdAt ? formatDateTime(conversation.createdAt, lang) : '—' });
            const secondary =
              conversation.messageCount !== undefined
                ? `${t('chat.messageCount', { count: conversation.messageCount })} · ${formatDateTime(when, lang)}`
                : when
                  ? formatDateTime(when, lang)
                  : undefined;
            const selected = conversation.id === selectedId;
            return (
              <li key={conversation.id}>
                <ListItemButton
                  selected={selected}
                  aria-current={selected ? 'true' : undefined}
                  onClick={() => onSelect(conversation.id)}
                >
                  <ListItemText primary={primary} secondary={secondary} />
                </ListItemButton>
              </li>
            );
          })}
        </List>
      )}
    </Box>
  );
}
