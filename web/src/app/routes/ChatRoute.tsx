import { useTranslation } from 'react-i18next';
import { ChatView } from '@/features/chat/components/ChatView';
import { usePageTitle } from '@/lib/usePageTitle';

export function ChatRoute() {
  const { t } = useTranslation();
  usePageTitle(t('chat.title'));
  return <ChatView />;
}
