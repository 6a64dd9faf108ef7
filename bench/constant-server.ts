import { fastify } from 'fastify';

// The baseline for the API figures: plain Fastify, no logger, one constant JSON answer.
// Run as a child process by the bench: PORT chooses the port; it listens on 127.0.0.1 only.
const CONSTANT = { id: 'stf_baseline', name: 'Baseline', role: 'owner', permissions: ['read'] } as const;

const app = fastify({ logger: false });
app.get('/constant', async () => CONSTANT);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
