import { useEffect, useState, useSyncExternalStore } from 'react';

function subscribeOnline(callback: () => void): () => void {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

/** navigator.onLine, kept current by the online/offline events. */
export function useOnlineStatus(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/** Seconds left until `since + seconds` (ms epoch), ticking every second; 0 when over or unknown. */
export function useCountdown(since: number | undefined, seconds: number | undefined): number {
  const remaining = () =>
    since === undefined || seconds === undefined ? 0 : Math.max(0, Math.ceil((since + seconds * 1000 - Date.now()) / 1000));
  const [left, setLeft] = useState(remaining);
  useEffect(() => {
    setLeft(remaining());
    if (since === undefined || seconds === undefined) return;
    const timer = window.setInterval(() => {
      const value = remaining();
      setLeft(value);
      if (value <= 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- remaining depends only on these
  }, [since, seconds]);
  return left;
}
