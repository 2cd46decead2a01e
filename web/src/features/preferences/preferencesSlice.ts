import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { ThemeMode } from '@/lib/preferences';

/**
 * The theme choice: null follows the system (prefers-color-scheme). The UI language lives in
 * i18next (its own store with change events); both are remembered in localStorage by
 * lib/preferences — the only things this app stores in the browser.
 */
export interface PreferencesState {
  themeMode: ThemeMode | null;
}

export const preferencesSlice = createSlice({
  name: 'preferences',
  initialState: { themeMode: null } as PreferencesState,
  reducers: {
    themeModeChosen(state, action: PayloadAction<ThemeMode>) {
      state.themeMode = action.payload;
    },
  },
});

export const { themeModeChosen } = preferencesSlice.actions;
export const preferencesReducer = preferencesSlice.reducer;
export const selectThemeMode = (state: { preferences: PreferencesState }) => state.preferences.themeMode;
