/** Typed send/handle over runtime messaging; payloads are parsed where they are received. */
import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { Request, Responses, type Envelope, type RequestOf, type RequestType, type ResponseOf } from './schemas';

export type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, sender: Browser.runtime.MessageSender) => Promise<ResponseOf<T>>;
};

const envelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export async function send<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  const answer = envelope.parse(raw);
  if (!answer.ok) throw new Error(answer.error);
  return Responses[request.type].parse(answer.value) as ResponseOf<T>;
}

/** Only our own extension's pages and content scripts may talk to the background. */
export function isOwnSender(sender: Browser.runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

export async function dispatch(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  ownId: string,
  handlers: Handlers,
): Promise<Envelope<unknown>> {
  if (!isOwnSender(sender, ownId)) return { ok: false, error: 'sender is not this extension' };
  const parsed = Request.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `malformed message: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  const request = parsed.data;
  try {
    const handler = handlers[request.type] as (r: Request, s: Browser.runtime.MessageSender) => Promise<unknown>;
    return { ok: true, value: await handler(request, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) =>
    dispatch(raw, sender, browser.runtime.id, handlers),
  );
}
