import type { KeyValueStorageInterface } from 'aws-amplify/utils';

/**
 * Amplify keeps tokens and the identity id in localStorage unless given another store. The test user's tokens are
 * secrets of this browser session, so each run gets a fresh store that lives in memory and dies with the page.
 */
export class MemoryStorage implements KeyValueStorageInterface {
  private readonly items = new Map<string, string>();

  async setItem(key: string, value: string): Promise<void> {
    this.items.set(key, value);
  }

  async getItem(key: string): Promise<string | null> {
    return this.items.get(key) ?? null;
  }

  async removeItem(key: string): Promise<void> {
    this.items.delete(key);
  }

  async clear(): Promise<void> {
    this.items.clear();
  }
}
