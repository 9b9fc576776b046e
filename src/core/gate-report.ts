/**
 * Pure helpers for the gate's reports: why a platform call failed, as a catalogue message, and
 * the size budgets GitHub imposes on each channel.
 */
import type { PlatformFailure } from './ports/review-platform.ts';
import type { MessageParams } from './problem.ts';

/** A sticky comment body above 65,536 characters is refused; stay well below. */
export const COMMENT_LIMIT = 60_000;
/** A step summary above 1 MiB is dropped; keep room for the truncation note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

export interface GateMessage {
  message: string;
  params: MessageParams;
}

export function explainFailure(failure: PlatformFailure): GateMessage {
  switch (failure.kind) {
    case 'timeout':
      return { message: 'gate/failed-timeout', params: { seconds: failure.seconds } };
    case 'rate-limit':
      return { message: 'gate/failed-rate-limit', params: { reset: failure.resetAt ?? '?' } };
    case 'server':
      return { message: 'gate/failed-server', params: { status: failure.status } };
    case 'http':
      return {
        message: 'gate/failed-http',
        params: { status: failure.status, reason: failure.reason },
      };
    case 'network':
      return { message: 'gate/failed-network', params: { reason: failure.reason } };
    case 'bad-response':
      return { message: 'gate/failed-bad-response', params: { reason: failure.reason } };
  }
}

/** Cuts text to at most `limit` characters (code points kept whole), ending with `note`. */
export function fitCharacters(text: string, limit: number, note: string): string {
  if (text.length <= limit) return text;
  const room = Math.max(0, limit - note.length - 2);
  return `${cutWhole(text.slice(0, room))}\n\n${note}`;
}

/** Cuts text to at most `limit` UTF-8 bytes, ending with `note`. */
export function fitBytes(text: string, limit: number, note: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= limit) return text;
  const room = Math.max(0, limit - encoder.encode(note).length - 2);
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so this is a safe first cut; trim the rest.
  let cut = text.slice(0, room);
  while (encoder.encode(cut).length > room) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return `${cutWhole(cut)}\n\n${note}`;
}

/** Drops a lone high surrogate left at the end of a cut. */
function cutWhole(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}
