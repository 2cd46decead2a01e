import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Box sx={{ p: 3, maxWidth: 720, mx: 'auto' }}>
      <Typography variant="h1" gutterBottom>
        {t('app.notFoundTitle')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('app.notFoundBody')}</Typography>
      <Button component={RouterLink} to="/" variant="contained">
        {t('app.backHome')}
      </Button>
    </Box>
  );
}
