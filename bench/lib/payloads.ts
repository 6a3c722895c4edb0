/** Request bodies for the benchmarks: a teacher walking the first meldcode steps, again and again. */
const meldcodeChoices = ['route/meldcode', 'meldcode-proo/intro/signalen', 'meldcode-proo/stap1/gedaan', 'meldcode-proo/stap2/gedaan', 'cmd/restart'];

export function chatBody(user: number, n: number, prefix: string): unknown {
  return {
    conversationId: `${prefix}-${user}`,
    schoolId: 'proo-leiden',
    user: { id: `bench-${prefix}-${user}`, role: 'leerkracht' },
    choiceId: meldcodeChoices[n % meldcodeChoices.length],
  };
}

/** Teams text turns: commands that move through the engine and answer with cards. */
const teamsTexts = ['wat nu', 'help', 'opnieuw', 'terug'];

export function teamsActivity(user: number, n: number, prefix: string, serviceUrl: string): unknown {
  const now = new Date().toISOString();
  return {
    type: 'message',
    id: `${prefix}${user}x${n}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: now,
    from: { id: `29:${prefix}-${user}`, name: 'Bench', aadObjectId: `aad-${prefix}-${user}` },
    recipient: { id: '28:bench-bot', name: 'WatNu' },
    conversation: { conversationType: 'personal', tenantId: 'tenant-bench', id: `a:${prefix}-${user}` },
    channelData: { tenant: { id: 'tenant-bench' } },
    locale: 'nl-NL',
    text: teamsTexts[n % teamsTexts.length],
    textFormat: 'plain',
  };
}
