/** The Chromium the tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined. */
export function chromiumPath(): string | undefined;
