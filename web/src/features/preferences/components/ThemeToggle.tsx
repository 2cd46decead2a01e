import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import IconButton from '@mui/material/IconButton';
import { useTranslation } from 'react-i18next';
import { useDispatch } from 'react-redux';
import { saveThemeMode, type ThemeMode } from '@/lib/preferences';
import { themeModeChosen } from '../preferencesSlice';

/** Light/dark switch; the choice is remembered, otherwise the system's preference applies. */
export function ThemeToggle({ mode }: { mode: ThemeMode }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const next: ThemeMode = mode === 'dark' ? 'light' : 'dark';
  const label = next === 'dark' ? t('app.themeToDark') : t('app.themeToLight');
  return (
    <IconButton
      color="inherit"
      aria-label={label}
      title={label}
      onClick={() => {
        saveThemeMode(next);
        dispatch(themeModeChosen(next));
      }}
    >
      {mode === 'dark' ? <LightModeIcon /> : <DarkModeIcon />}
    </IconButton>
  );
}
