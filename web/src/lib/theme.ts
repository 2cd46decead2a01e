import { createTheme, type Theme } from '@mui/material/styles';
import type { ThemeMode } from './preferences';

/**
 * The one theme module (MUI templates' habit): light and dark palettes, the system font stack
 * (no web fonts: the CSP allows only 'self' and nothing is bundled), a visible focus ring.
 * Colours are chosen for WCAG AA contrast in both modes: primary #1565c0 on white is 5.7:1,
 * #90caf9 on #121212 is 10:1.
 */
const systemFonts = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans"',
  'sans-serif',
  '"Apple Color Emoji"',
  '"Segoe UI Emoji"',
].join(',');

export function createAppTheme(mode: ThemeMode): Theme {
  const dark = mode === 'dark';
  return createTheme({
    palette: {
      mode,
      primary: dark ? { main: '#90caf9' } : { main: '#1565c0' },
      secondary: dark ? { main: '#ce93d8' } : { main: '#7b1fa2' },
      success: dark ? { main: '#81c784' } : { main: '#1b5e20' },
      // outlined chips write in the main colour: MUI's light info (#0288d1) and warning (#ed6c02) are under 4.5:1 on white
      ...(dark ? {} : { info: { main: '#01579b' }, warning: { main: '#9a4d00' } }),
      background: dark ? { default: '#121212', paper: '#1e1e1e' } : { default: '#f6f7f9', paper: '#ffffff' },
    },
    typography: {
      fontFamily: systemFonts,
      h1: { fontSize: '1.75rem', fontWeight: 600 },
      h2: { fontSize: '1.35rem', fontWeight: 600 },
      h3: { fontSize: '1.1rem', fontWeight: 600 },
    },
    shape: { borderRadius: 10 },
    components: {
      MuiCssBaseline: {
        styleOverrides: {
          // plain elements (links, the skip link): a ring in the primary colour
          ':focus-visible': {
            outline: `3px solid ${dark ? '#90caf9' : '#1565c0'}`,
            outlineOffset: 2,
          },
        },
      },
      MuiButtonBase: {
        styleOverrides: {
          // buttons: a ring in their own text colour, so it shows on the app bar too
          root: { '&.Mui-focusVisible': { outline: '3px solid currentColor', outlineOffset: 2 } },
        },
      },
      MuiButton: {
        styleOverrides: {
          contained: { '&.Mui-focusVisible': { outlineColor: dark ? '#90caf9' : '#1565c0' } },
        },
      },
      MuiLink: { defaultProps: { underline: 'always' } },
    },
  });
}
