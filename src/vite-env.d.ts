/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the local sandbox account (default http://127.0.0.1:4510). */
  readonly VITE_SANDBOX_URL?: string;
}
