/**
 * Who a site build is for and where it goes: the audience (`internal`, `public`,
 * `customer:CUS-003`), the base path (GitHub Pages project sites live under `/repo/`) and the
 * default output folder of each audience. Pure: parsing returns errors as data.
 */
import { CUSTOMER_ID } from './layout.ts';

export type AudienceName = 'internal' | 'public' | `customer:${string}`;

const CUSTOMER_AUDIENCE = new RegExp(`^customer:${CUSTOMER_ID.prefix}\\d{${CUSTOMER_ID.digits}}$`);

export function parseAudience(value: string): AudienceName | undefined {
  if (value === 'internal' || value === 'public') return value;
  return CUSTOMER_AUDIENCE.test(value) ? (value as AudienceName) : undefined;
}

/** `/`, `/repo/`: starts and ends with one slash; undefined for anything else (`//x`, `http:`). */
export function parseBasePath(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^\/([A-Za-z0-9._~-]+\/?)*$/.test(trimmed)) return undefined;
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** dist/ for the public site (safe to host anywhere); every other audience its own folder. */
export function defaultOutDir(audience: AudienceName): string {
  if (audience === 'public') return 'dist';
  return `dist-${audience.replace(':', '-')}`;
}
