import type { ApiKey, CreateApiKeyInput } from '@regulars/contracts';
import { api } from '../../app/api-client';

/** A new key with its secret, which the server never shows again. */
export type CreatedApiKey = { apiKey: ApiKey; secret: string };

/** Every API key of the brand, revoked ones included. */
export async function listApiKeys(): Promise<ApiKey[]> {
  return (await api.get<{ items: ApiKey[] }>('/api/api-keys')).items;
}

/** Creates a key; the answer carries its secret once. */
export function createApiKey(input: CreateApiKeyInput): Promise<CreatedApiKey> {
  return api.post('/api/api-keys', input);
}

/** Revokes a key at once; cannot be undone. */
export function revokeApiKey(id: string): Promise<ApiKey> {
  return api.post(`/api/api-keys/${encodeURIComponent(id)}/revoke`);
}
