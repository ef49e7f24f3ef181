// What `inversa notify-test` sends: a message that says it is a test, so that an operator can
// check each channel's settings, and a receiver can tell it from a real alert by its `event`.
import type { OutgoingMessage } from './outgoing-message.ts';

export function testMessage(sentFrom: string): OutgoingMessage {
  return {
    event: 'test',
    subject: 'Inversa: test message — this channel works',
    text: `A test from ${sentFrom} (inversa notify-test). Alerts and the monthly review will arrive here the same way.`,
    data: { sentFrom },
  };
}
