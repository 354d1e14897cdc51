// How the scripts and browser benchmarks launch Debian's Chromium (Playwright downloads no browser on
// our machines): the same binary and flags as the end-to-end tests (playwright.config.ts).
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
