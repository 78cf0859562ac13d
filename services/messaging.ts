import { browser } from 'wxt/browser';
import type { Message, ReplyTo } from '../lib/messages';

/** Sends a message to the background (or, from the background, nowhere else): the reply is typed by lib/messages.ts. */
export function sendMessage<M extends Message>(message: M): Promise<ReplyTo<M>> {
  return browser.runtime.sendMessage(message) as Promise<ReplyTo<M>>;
}

/** Sends a message to one frame of a tab, or to every frame when `frameId` is 'all' (the background's relay). */
export function sendToTab<M extends Message>(tabId: number, message: M, frameId: number | 'all'): Promise<ReplyTo<M>> {
  const sent =
    frameId === 'all'
      ? browser.tabs.sendMessage(tabId, message)
      : browser.tabs.sendMessage(tabId, message, { frameId });
  return sent as Promise<ReplyTo<M>>;
}
