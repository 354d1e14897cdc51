// Registers the service worker of a production build, so the lab works offline after one visit.

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Relative URL: the build works from any sub-path of a static host.
  navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
    console.warn('Offline support is unavailable:', error);
  });
}
