import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker (app shell only) and offers a new version when one is
 * waiting, instead of reloading the page under the user's feet mid-conversation.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <Alert
      severity="info"
      sx={{ borderRadius: 0 }}
      action={
        <>
          <Button color="inherit" size="small" onClick={() => void updateServiceWorker(true)}>
            {t('app.update')}
          </Button>
          <Button color="inherit" size="small" onClick={() => setNeedRefresh(false)}>
            {t('app.dismiss')}
          </Button>
        </>
      }
    >
      {t('app.updateAvailable')}
    </Alert>
  );
}
