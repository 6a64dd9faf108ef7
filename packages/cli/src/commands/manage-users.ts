import type { Command } from 'commander';
import { ROLES, createStaffInputSchema, type Role } from '@regulars/contracts';
import {
  AppError,
  createStaff,
  findStaffByEmail,
  listStaff,
  listStores,
  resetStaffPassword,
  updateStaff,
  type Ctx,
} from '@regulars/core';
import { globalOverrides } from '../global-options';
import { say } from '../output';
import { withContext } from '../with-context';

/** `regulars users add|reset-password|disable|list`: staff accounts from the command line. */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('manage staff accounts');

  users
    .command('add')
    .description('create a staff account and print its one-time password')
    .requiredOption('--email <email>', 'login e-mail')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', `one of: ${ROLES.join(', ')}`)
    .option('--stores <codes>', 'comma-separated store codes or ids (required for store_manager and cashier)')
    .action(
      async (opts: { email: string; name: string; role: string; stores?: string }, command: Command) => {
        await withContext('cli: users add', globalOverrides(command), async (ctx) => {
          const storeIds = opts.stores ? await resolveStores(ctx, opts.stores) : null;
          const parsed = createStaffInputSchema.safeParse({
            email: opts.email,
            name: opts.name,
            role: opts.role as Role,
            storeIds,
          });
          if (!parsed.success) {
            const option = (key: unknown) => (key === 'storeIds' ? '--stores' : `--${String(key)}`);
            const fields = parsed.error.issues.map((i) => `${option(i.path[0])}: ${i.message}`).join('; ');
            throw new AppError('validation_failed', fields);
          }
          const { staff, oneTimePassword } = await createStaff(ctx, parsed.data);
          say(`Created ${staff.role} ${staff.email}.`);
          say(`One-time password (shown once; to be changed at first sign-in): ${oneTimePassword}`);
        });
      },
    );

  users
    .command('reset-password <email>')
    .description('issue a new one-time password (also clears a lock-out and ends sessions)')
    .action(async (email: string, _opts: unknown, command: Command) => {
      await withContext('cli: users reset-password', globalOverrides(command), async (ctx) => {
        const staff = await requireStaff(ctx, email);
        const { oneTimePassword } = await resetStaffPassword(ctx, staff.id);
        say(`New one-time password for ${staff.email} (shown once): ${oneTimePassword}`);
      });
    });

  users
    .command('disable <email>')
    .description('disable an account and end its sessions')
    .action(async (email: string, _opts: unknown, command: Command) => {
      await withContext('cli: users disable', globalOverrides(command), async (ctx) => {
        const staff = await requireStaff(ctx, email);
        await updateStaff(ctx, staff.id, { status: 'disabled' });
        say(`Disabled ${staff.email}.`);
      });
    });

  users
    .command('list')
    .description('list staff accounts')
    .action(async (_opts: unknown, command: Command) => {
      await withContext('cli: users list', globalOverrides(command), async (ctx) => {
        let cursor: string | undefined;
        do {
          const page = await listStaff(ctx, { limit: 200, cursor });
          for (const s of page.items) say(`${s.email.padEnd(40)} ${s.role.padEnd(14)} ${s.status}`);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
      });
    });
}

async function requireStaff(ctx: Ctx, email: string) {
  const staff = await findStaffByEmail(ctx, email.trim().toLowerCase());
  if (!staff) throw new AppError('not_found', `No staff account with e-mail ${email}`);
  return staff;
}

async function resolveStores(ctx: Ctx, list: string): Promise<string[]> {
  const stores = await listStores(ctx);
  return list.split(',').map((token) => {
    const wanted = token.trim();
    const store = stores.find((s) => s.id === wanted || s.code.toLowerCase() === wanted.toLowerCase());
    if (!store) throw new AppError('store_not_found', `No store with code or id ${wanted}`);
    return store.id;
  });
}
