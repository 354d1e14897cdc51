/// <reference types="svelte" />
/// <reference types="vite/client" />

/** The app's version from package.json, injected by Vite at build time. */
declare const __APP_VERSION__: string;
