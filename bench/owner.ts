import { waitForOutput, type ServerProcess } from './server-process';

/** The owner's sign-in printed once by a first start. */
export type OwnerCredentials = { email: string; oneTimePassword: string };

/** Reads the owner's e-mail and one-time password from a first start's stdout. */
export async function readOwnerCredentials(server: ServerProcess): Promise<OwnerCredentials> {
  const email = (await waitForOutput(server, /^\s*e-mail:\s+(\S+)\s*$/m))[1];
  const oneTimePassword = (await waitForOutput(server, /^\s*one-time password:\s+(\S+)\s*$/m))[1];
  if (!email || !oneTimePassword) throw new Error('no owner credentials in the first start output');
  return { email, oneTimePassword };
}
