import TranslateIcon from '@mui/icons-material/Translate';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { Language } from '@/api/types';
import { useLanguage } from '@/lib/i18n';
import { saveLanguage } from '@/lib/preferences';

/**
 * The language switch (two languages: one button naming the other, in that language, e.g.
 * "English" while the page is in Spanish). Remembered in localStorage; <html lang> follows.
 */
export function LanguageSwitch({ compact = false, color = 'inherit' }: { compact?: boolean; color?: 'inherit' | 'primary' }) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const other: Language = lang === 'es' ? 'en' : 'es';
  const name = t(`languages.${other}`);
  return (
    <Button
      color={color}
      lang={other}
      startIcon={<TranslateIcon />}
      aria-label={name}
      title={t('app.language')}
      onClick={() => {
        saveLanguage(other);
        void i18n.changeLanguage(other);
      }}
    >
      {compact ? other.toUpperCase() : name}
    </Button>
  );
}
