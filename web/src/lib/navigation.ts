/**
 * Full-page navigations that leave the single-page app (sign-in round trip through the
 * gateway). Behind one object so tests can replace `browser.assign`.
 */
export const browser = {
  assign(url: string): void {
    window.location.assign(url);
  },
};

/**
 * The BFF's sign-in, coming back to `returnUrl`. `lang` (es|en) asks the auth service's sign-in
 * page for the app's language; by default the one `<html lang>` says (it follows the UI language).
 */
export function loginUrl(returnUrl: string, lang: string = document.documentElement.lang): string {
  const url = `/bff/login?returnUrl=${encodeURIComponent(returnUrl)}`;
  return lang === 'es' || lang === 'en' ? `${url}&lang=${lang}` : url;
}

export function currentPath(): string {
  return window.location.pathname + window.location.search;
}

let redirecting = false;

/** Sends the browser to the gateway's sign-in (once, however many requests got a 401). */
export function redirectToLogin(returnUrl: string = currentPath()): void {
  if (redirecting) return;
  redirecting = true;
  // Never come back to the signed-out page after signing in again.
  browser.assign(loginUrl(returnUrl.startsWith('/signed-out') ? '/' : returnUrl));
}

/** For tests. */
export function resetRedirectGuard(): void {
  redirecting = false;
}
