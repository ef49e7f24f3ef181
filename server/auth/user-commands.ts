import readline from 'node:readline/promises';
import { Writable } from 'node:stream';
import { Command, InvalidArgumentError } from 'commander';
import { z, ZodError } from 'zod';
import { readSettings } from '../config.ts';
import { ApiError } from '../http/api-error.ts';
import { Database } from '../store/database.ts';
import { commandLineUser, recordAudit, type AuditAction } from './audit.ts';
import { roles, type Role } from './roles.ts';
import { newUserNameSchema, passwordSchema, roleSchema, userNameSchema } from './user-fields.ts';
import { addUser, changeUser, userListQuery } from './users.ts';

/** Asks without echoing what is typed: the prompt goes to stderr, the keys nowhere. */
async function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new ApiError(400, 'no_terminal', 'There is no terminal to ask the password on: give it with --password-stdin.');
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const prompt = readline.createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = prompt.question(question);
    muted = true;
    return await answer;
  } finally {
    prompt.close();
    process.stderr.write('\n');
  }
}

/** The password from the first line of stdin (scripts, tests), or typed twice at the terminal. */
async function newPassword(fromStdin: boolean | undefined): Promise<string> {
  if (fromStdin) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return passwordSchema.parse(Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0]);
  }
  const password = passwordSchema.parse(await askHidden('Password: '));
  if ((await askHidden('Password again: ')) !== password) throw new ApiError(400, 'passwords_differ', 'The two passwords differ; nothing was changed.');
  return password;
}

const parsedWith = (schema: z.ZodType<string>) => (value: string) => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(parsed.error.issues[0]!.message);
  return parsed.data;
};

/**
 * Runs `work` on the database file the server would open (INVERSA_DB), recording in the audit
 * trail who at this machine did it. A server holding the file makes Database.open refuse
 * (DatabaseInUseError, said by cli.ts): then manage users through the server's /api/users.
 */
async function withDatabase(action: AuditAction | undefined, work: (db: Database) => Promise<Record<string, unknown> | void>) {
  const settings = readSettings();
  const db = await Database.open({ path: settings.databasePath, threads: settings.threads, memoryLimit: settings.memoryLimit });
  try {
    const details = await work(db);
    if (action && details) await recordAudit(db, { who: commandLineUser(), from: null, action, details });
  } catch (error) {
    if (!(error instanceof ApiError) && !(error instanceof ZodError)) throw error;
    console.error(`[inversa] nothing changed: ${error instanceof ZodError ? error.issues.map((i) => i.message).join('; ') : error.message}`);
    process.exitCode = 1;
  } finally {
    db.close();
  }
}

/** `inversa user add|list|disable|reset-password`: the people who may sign in in team mode. */
export function userCommand(): Command {
  const user = new Command('user').description('manage who may sign in when team mode is on (the server must be stopped; or use /api/users)');
  user
    .command('add')
    .description('add a user; asks the password twice')
    .argument('<name>', 'sign-in name', parsedWith(newUserNameSchema))
    .requiredOption('--role <role>', roles.join(' | '), parsedWith(roleSchema))
    .option('--password-stdin', 'read the password from the first line of stdin instead of asking')
    .action((name: string, options: { role: Role; passwordStdin?: boolean }) =>
      withDatabase('user_added', async (db) => {
        const added = await addUser(db, { name, role: options.role, password: await newPassword(options.passwordStdin) });
        console.log(`[inversa] added ${added.name} (${added.role})`);
        return added;
      }),
    );
  user
    .command('list')
    .description('list the users')
    .action(() =>
      withDatabase(undefined, async (db) => {
        for (const row of await userListQuery.run(db)) console.log([row.name, row.role, row.disabled ? 'disabled' : 'enabled', row.createdAt].join('\t'));
      }),
    );
  user
    .command('disable')
    .description('stop a user signing in, and end their sessions')
    .argument('<name>', 'sign-in name', parsedWith(userNameSchema))
    .action((name: string) =>
      withDatabase('user_changed', async (db) => {
        await changeUser(db, name, { disabled: true });
        console.log(`[inversa] disabled ${name}`);
        return { name, disabled: true };
      }),
    );
  user
    .command('reset-password')
    .description("set a user's password (asked twice), and end their sessions")
    .argument('<name>', 'sign-in name', parsedWith(userNameSchema))
    .option('--password-stdin', 'read the password from the first line of stdin instead of asking')
    .action((name: string, options: { passwordStdin?: boolean }) =>
      withDatabase('user_changed', async (db) => {
        await changeUser(db, name, { password: await newPassword(options.passwordStdin) });
        console.log(`[inversa] new password set for ${name}`);
        return { name, passwordReset: true };
      }),
    );
  return user;
}
