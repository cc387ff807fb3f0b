import { SITE } from './data.js';

/**
 * WordPress keeps two clocks: `date` in the site's time zone and `date_gmt` in UTC, both
 * without a zone suffix. These helpers convert between them for the site's zone.
 */

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE.timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `2025-09-04T10:15:00` in the site's zone. */
export function siteLocal(date: Date): string {
  const parts = Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** `2025-09-04T08:15:00` in UTC. */
export function gmt(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** The instant a site-local date (without zone) stands for. */
export function fromSiteLocal(local: string): Date {
  const guess = new Date(`${local}Z`);
  const offset = new Date(`${siteLocal(guess)}Z`).getTime() - guess.getTime();
  return new Date(guess.getTime() - offset);
}

/** The site's UTC offset at `date`, as `+02:00`. */
export function offsetOf(date: Date): string {
  const minutes = Math.round((new Date(`${siteLocal(date)}Z`).getTime() - date.getTime()) / 60000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Reads a `before`/`after` parameter as WordPress does: RFC 3339 with or without a zone (no
 * zone means site time). Returns the site-local form, or null when it is not a date.
 */
export function parseQueryDate(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/i.exec(value.trim());
  if (!match) return null;
  const [, day, time, , zone] = match;
  if (!zone) return Number.isNaN(new Date(`${day}T${time}Z`).getTime()) ? null : `${day}T${time}`;
  const instant = new Date(`${day}T${time}${zone.toUpperCase()}`);
  return Number.isNaN(instant.getTime()) ? null : siteLocal(instant);
}
