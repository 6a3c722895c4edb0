import type { Client as ApiClient } from '@microsoft/teams.api';
import { describe, expect, it } from 'vitest';
import { connectorClients } from './connector-clients.js';

/** A stand-in for the App's API client that records what it was cloned for. */
function fakeApi() {
  const clonedFor: string[] = [];
  const api = {
    clone: ({ serviceUrl }: { serviceUrl: string }) => {
      clonedFor.push(serviceUrl);
      return { serviceUrl } as unknown as ApiClient;
    },
  } as unknown as ApiClient;
  return { api, clonedFor };
}

describe('connectorClients', () => {
  it('clones the App client once per Bot Connector URL and hands out the same client after that', async () => {
    const { api, clonedFor } = fakeApi();
    const clients = connectorClients(async () => api);
    const first = await clients('https://smba.example/emea');
    const again = await clients('https://smba.example/emea');
    const other = await clients('https://smba.example/amer');
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(clonedFor).toEqual(['https://smba.example/emea', 'https://smba.example/amer']);
  });

  it('starts over when more URLs than it keeps were seen, so a flood of URLs cannot grow it without bound', async () => {
    const { api, clonedFor } = fakeApi();
    const clients = connectorClients(async () => api, 2);
    await clients('https://a.example');
    await clients('https://b.example');
    await clients('https://c.example');
    await clients('https://a.example');
    expect(clonedFor).toEqual(['https://a.example', 'https://b.example', 'https://c.example', 'https://a.example']);
  });
});
