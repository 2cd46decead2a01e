/** Test stand-in for vite-plugin-pwa's virtual module (no service worker in jsdom). */
export function useRegisterSW() {
  return {
    needRefresh: [false, () => undefined] as [boolean, (value: boolean) => void],
    offlineReady: [false, () => undefined] as [boolean, (value: boolean) => void],
    updateServiceWorker: async () => undefined,
  };
}
