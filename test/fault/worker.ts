/**
 * Fault-test worker: the real app in its own process, with the fake platform
 * as its Slack channel. The test SIGKILLs and restarts it.
 */
import { createApp } from '../../src/app/create-app.js';
import { loadConfig } from '../../src/config.js';
import { createRootLogger } from '../../src/log.js';
import { fakePlatformChannel } from './fake-platform-channel.js';

const config = loadConfig();
const log = createRootLogger(config.LOG_LEVEL);
const app = await createApp(config, log, { channels: [fakePlatformChannel(process.env.FAKE_PLATFORM_URL ?? '')] });
console.log(`WORKER READY ${app.url}`);
