import { combineReducers, configureStore } from '@reduxjs/toolkit';
import { api } from '@/api/api';
import { chatReducer } from '@/features/chat/chatSlice';
import { preferencesReducer, type PreferencesState } from '@/features/preferences/preferencesSlice';

const rootReducer = combineReducers({
  [api.reducerPath]: api.reducer,
  chat: chatReducer,
  preferences: preferencesReducer,
});

export type RootState = ReturnType<typeof rootReducer>;

/** The store holds everything in memory only; nothing is persisted (no redux-persist, by design). */
export function makeStore(preloaded?: { preferences?: PreferencesState }) {
  return configureStore({
    reducer: rootReducer,
    preloadedState: preloaded,
    middleware: (getDefault) => getDefault().concat(api.middleware),
  });
}

export type AppStore = ReturnType<typeof makeStore>;
export type AppDispatch = AppStore['dispatch'];
