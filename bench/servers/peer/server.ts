/**
 * The peer: what a Teams developer would build instead of WatNu — botbuilder
 * + botbuilder-dialogs on the same HTTP stack as the echo bot (express,
 * CloudAdapter, authentication off on loopback), dialog and user state in
 * PostgreSQL. Benchmark only: nothing in src/ imports it.
 *
 * Usage: tsx bench/servers/peer/server.ts <port> <postgres url> [schema]
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, UserState } from 'botbuilder';
import { type DialogState, runDialog } from 'botbuilder-dialogs';
import express from 'express';
import { MeldcodeDialog, type UserProfile } from './meldcode-dialog.js';
import { PostgresStorage } from './postgres-storage.js';

const [portArg = '0', url = 'postgres://postgres@127.0.0.1:5432/test', schema = 'bench_peer'] = process.argv.slice(2);
const storage = new PostgresStorage(url, schema);
await storage.init();

const conversationState = new ConversationState(storage);
const userState = new UserState(storage);
const dialogState = conversationState.createProperty<DialogState>('dialogState');
const dialog = new MeldcodeDialog(userState.createProperty<UserProfile>('profile'));

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`peer turn failed: ${(error as Error).message}`);
  await conversationState.delete(context);
  await context.sendActivity('Er ging iets mis. Probeer het opnieuw.');
};

const app = express();
app.post('/api/messages', express.json({ limit: '256kb' }), async (req, res) => {
  await adapter.process(req, res, async (context) => {
    if (context.activity.type !== 'message') return;
    await runDialog(dialog, context, dialogState);
    await conversationState.saveChanges(context);
    await userState.saveChanges(context);
  });
});

const server = app.listen(Number(portArg), '127.0.0.1', () => {
  const address = server.address();
  console.log(`PEER READY ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void storage.end().finally(() => process.exit(0));
});
