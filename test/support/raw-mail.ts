// Reads back what the mail sink received, just enough to check it: headers (unfolded, RFC 2047
// encoded words decoded) and the parts of a multipart message, each decoded from base64 or
// quoted-printable. No parser is installed, and nodemailer only writes, never reads.

export interface MailEntity {
  header(name: string): string | undefined;
  /** The body decoded by its Content-Transfer-Encoding. */
  content: Buffer;
  parts: MailEntity[];
}

function decodeQuotedPrintable(text: string, underscoreIsSpace: boolean): Buffer {
  const bytes: number[] = [];
  const unfolded = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < unfolded.length; i++) {
    const char = unfolded[i]!;
    if (char === '=' && /^[0-9A-F]{2}$/i.test(unfolded.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(unfolded.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(underscoreIsSpace && char === '_' ? ' ' : char, 'utf8'));
  }
  return Buffer.from(bytes);
}

/** `=?UTF-8?Q?Revisi=C3=B3n?=` → `Revisión`; adjacent encoded words join without the space between. */
function decodeEncodedWords(value: string): string {
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  return joined.replace(/(?:=\?[^?]+\?[BbQq]\?[^?]*\?=)+/g, (run) => {
    const bytes = [...run.matchAll(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g)].map(([, encoding, text]) =>
      encoding!.toUpperCase() === 'B' ? Buffer.from(text!, 'base64') : decodeQuotedPrintable(text!, true),
    );
    return Buffer.concat(bytes).toString('utf8');
  });
}

export function readMail(raw: string): MailEntity {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), decodeEncodedWords(line.slice(colon + 1).trim()));
  }
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  const parts = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((part) => readMail(part.replace(/^\r?\n/, '').replace(/\r?\n$/, '')))
    : [];
  return {
    header: (name) => headers.get(name.toLowerCase()),
    content: encoding === 'base64' ? Buffer.from(body, 'base64') : encoding === 'quoted-printable' ? decodeQuotedPrintable(body, false) : Buffer.from(body, 'utf8'),
    parts,
  };
}
