import { buildQueryString } from '../api/helpers/buildQueryString';
import { meetingsApiPaths } from '../api/meetingsApiPaths';
import { resolveTimeZone } from '../scheduling/resolveTimeZone';
import type { AttributeProps } from './attributesToProps';

/**
 * The URL the widget's first request (booking info) goes to for these props, built exactly as
 * `createMeetingsClient` and `SchedulerFlow` build it (same base, version, slug and zone), so the
 * loader can start that request before the widget's code has arrived. Undefined for a slug the
 * client would refuse.
 */
export function bookingInfoUrl(props: Pick<AttributeProps, 'slug' | 'apiBaseUrl' | 'apiVersion' | 'timezone'>): string | undefined {
  const slug = props.slug?.trim();
  if (!slug || slug === '.' || slug === '..') return undefined;
  const baseUrl = (props.apiBaseUrl ?? '').replace(/\/+$/, '');
  const path = meetingsApiPaths(props.apiVersion ?? 'v3').bookingInfo(slug);
  return `${baseUrl}${path}${buildQueryString({ timezone: resolveTimeZone(props.timezone) })}`;
}
