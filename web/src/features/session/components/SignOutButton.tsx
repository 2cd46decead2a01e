import LogoutIcon from '@mui/icons-material/Logout';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignOutMutation } from '../api/sessionApi';

/**
 * `POST /bff/logout` (204), then the public /signed-out page (which clears what the app holds
 * in memory: API cache, conversation).
 */
export function SignOutButton({
  compact,
  onFailed,
}: {
  compact: boolean;
  onFailed(failed: boolean): void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [signOut, { isLoading }] = useSignOutMutation();

  const run = async () => {
    onFailed(false);
    const result = await signOut();
    if ('error' in result && result.error && !('status' in result.error && result.error.status === 401)) {
      onFailed(true);
      return;
    }
    await navigate('/signed-out', { replace: true });
  };

  const label = isLoading ? t('app.signingOut') : t('app.signOut');
  return compact ? (
    <IconButton color="inherit" aria-label={t('app.signOut')} title={label} onClick={() => void run()} disabled={isLoading}>
      <LogoutIcon />
    </IconButton>
  ) : (
    <Button color="inherit" startIcon={<LogoutIcon />} onClick={() => void run()} disabled={isLoading}>
      {label}
    </Button>
  );
}
