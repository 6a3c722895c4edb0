/**
 * The ceiling: a bare botbuilder echo bot on the same HTTP stack (express,
 * CloudAdapter with authentication off on loopback), no state, no engine.
 * POST /api/messages echoes the text through the connector; POST /api/chat
 * echoes the JSON body.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import express from 'express';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const app = express();
app.post('/api/messages', express.json({ limit: '256kb' }), async (req, res) => {
  await adapter.process(req, res, async (context) => {
    if (context.activity.type === 'message') await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  });
});
app.post('/api/chat', express.json({ limit: '64kb' }), (req, res) => {
  const body = req.body as { conversationId?: string; text?: string; choiceId?: string };
  res.json({ conversationId: body.conversationId, replies: [{ text: body.text ?? body.choiceId ?? '' }] });
});
const server = app.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`ECHO READY ${typeof address === 'object' && address ? address.port : ''}`);
});
