import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '@/lib/hooks';

/** Shown across the app while the browser is offline. */
export function OfflineBanner() {
  const online = useOnlineStatus();
  const { t } = useTranslation();
  if (online) return null;
  return (
    <Alert severity="warning" role="status" sx={{ borderRadius: 0 }}>
      {t('status.offline')}
    </Alert>
  );
}
