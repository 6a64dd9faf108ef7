import { count } from 'drizzle-orm';
import type { Ctx } from './context';
import { loadDemo, type DemoSummary } from './modules/demo/load-demo';
import { brands } from './modules/org/org.tables';
import { ensureOwner } from './modules/staff/bootstrap';

/**
 * What every start does before serving: make sure an owner exists (first start: a generated
 * one-time password, returned once) and, when wanted, load the demo brand into an empty database.
 */
export async function prepareInstallation(
  ctx: Ctx,
  options: { demo: boolean; onDemoStart?: () => void },
): Promise<{ owner?: { email: string; oneTimePassword: string }; demo?: DemoSummary }> {
  const owner = await ensureOwner(ctx);
  const [{ brandCount } = { brandCount: 0 }] = await ctx.db.select({ brandCount: count() }).from(brands);
  if (!options.demo || Number(brandCount) > 0) return { owner };
  options.onDemoStart?.();
  return { owner, demo: await loadDemo(ctx) };
}
