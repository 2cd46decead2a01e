import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDispatch } from 'react-redux';
import { useSearchParams } from 'react-router';
import { api } from '@/api/api';
import { useLanguage } from '@/lib/i18n';
import { chatReset } from '@/features/chat/chatSlice';
import { LanguageSwitch } from '@/features/preferences/components/LanguageSwitch';
import { loginUrl } from '@/lib/navigation';
import { usePageTitle } from '@/lib/usePageTitle';

/** `/signed-out`: public, calls no API. "Sign in again" is a full-page navigation to the BFF. */
export function SignedOutRoute() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const lang = useLanguage();
  const [params] = useSearchParams();
  // the gateway sends a cancelled or failed sign-in here too
  const signInFailed = params.get('reason') === 'sign-in-failed';
  usePageTitle(t('signedOut.title'));
  // Nothing of the session stays in memory: the API cache and the conversation are dropped
  // here, after the signed-in pages (and their subscriptions) are gone.
  useEffect(() => {
    dispatch(api.util.resetApiState());
    dispatch(chatReset());
  }, [dispatch]);
  return (
    <Box component="main" sx={{ minHeight: '100dvh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, maxWidth: 480, width: '100%', textAlign: 'center' }}>
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1, mt: { xs: -1, sm: -3 }, mr: { xs: -1, sm: -3 } }}>
          <LanguageSwitch color="primary" />
        </Box>
        <Typography variant="h1" gutterBottom>
          {t('signedOut.title')}
        </Typography>
        {signInFailed ? (
          <Alert severity="warning" sx={{ mb: 3, textAlign: 'left' }}>
            {t('signedOut.signInFailed')}
          </Alert>
        ) : (
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            {t('signedOut.body')}
          </Typography>
        )}
        <Button variant="contained" size="large" href={loginUrl('/', lang)}>
          {t('signedOut.signIn')}
        </Button>
      </Paper>
    </Box>
  );
}
