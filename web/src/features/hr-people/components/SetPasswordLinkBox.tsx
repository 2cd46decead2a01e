import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { SetPasswordLink } from '@/api/types';

/** The one-time set-password link to hand over (shown once: nothing keeps it), its expiry and a copy button. */
export function SetPasswordLinkBox({ link }: { link: SetPasswordLink }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const url = new URL(link.setPasswordUrl, window.location.origin).href;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Alert severity="info">{t('hr.people.linkOnce')}</Alert>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
        <TextField
          label={t('hr.people.setPasswordLink')}
          value={url}
          fullWidth
          size="small"
          slotProps={{ htmlInput: { readOnly: true, spellCheck: false }, }}
          onFocus={(event) => event.target.select()}
        />
        <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={() => void copy()} sx={{ flexShrink: 0 }}>
          {t('hr.people.copyLink')}
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t('hr.people.linkExpires', { when: formatDateTime(link.setPasswordExpiresAt, lang) })}
      </Typography>
      <Typography variant="body2" role="status" aria-live="polite">
        {copied === 'yes' ? t('hr.people.copied') : copied === 'no' ? t('hr.people.copyFailed') : ''}
      </Typography>
    </Box>
  );
}
