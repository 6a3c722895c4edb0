/** The bot's answer to one chat turn, or null when the instance did not answer (killed mid-request, or an error). */
export async function postChat(baseUrl: string, conversationId: string, message: Record<string, string>): Promise<string | null> {
  try {
    const response = await fetch(`${baseUrl}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId, schoolId: 'proo-leiden', user: { id: `t-${conversationId}` }, ...message }),
    });
    if (response.status !== 200) return null;
    const body = (await response.json()) as { replies: Array<{ text: string }> };
    return body.replies.map((r) => r.text).join('\n');
  } catch {
    return null;
  }
}

const steps: ReadonlyArray<Record<string, string>> = [
  { text: 'overdracht' },
  { choiceId: 'handoff/urgency/hoog' },
  { text: 'K.L.' },
  { text: '4' },
  { choiceId: 'handoff/send' },
];

/** One handoff through the real chat flow, each turn to the server `baseUrl()` names then; true once the bot confirmed it. */
export async function createHandoff(conversationId: string, baseUrl: () => string | null): Promise<boolean> {
  for (const step of steps) {
    const url = baseUrl();
    const text = url ? await postChat(url, conversationId, step) : null;
    if (text === null) return false;
    if (step.choiceId === 'handoff/send') return text.includes('Doorgegeven');
  }
  return false;
}
