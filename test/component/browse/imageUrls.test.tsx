// Issue 13 item 5: only absolute https: URLs (http: on localhost, for development) reach an <img>.
// A relative logo URL made the browser call the host site with its cookies.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BookingInfo, Member } from '../../../src/api/types';
import { safeImageUrl } from '../../../src/booking/safeImageUrl';
import { Avatar } from '../../../src/components/Avatar';
import { Header } from '../../../src/components/Header';
import { defaultMessages } from '../../../src/i18n/Messages';
import { bookingInfo, page } from '../../unit/hooks/fakeClient';

const REFUSED = [
  '/account/delete?confirm=1',
  '//evil.example/x.png',
  'account/delete',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/png;base64,iVBORw0KGgo=',
  'http://evil.example/x.png',
  'ftp://cdn.example/x.png',
  'blob:https://cdn.example/1',
  'https://',
  '',
  '   ',
];
const ALLOWED = ['https://cdn.example/logo.png', 'HTTPS://cdn.example/a b.png', 'http://localhost:5173/logo.png', 'http://127.0.0.1/x.png'];

function member(id: string, displayName: string): Member {
  return { id, userId: `u${id}`, isOffline: false, isSalesStarter: false, calendarProvider: 'GOOGLE', displayName, busyTimes: [] };
}

function info(url: string): BookingInfo {
  const base = bookingInfo(page([], false));
  return {
    ...base,
    members: [member('1', 'John Doe')],
    displayInfo: { publicDisplayAvatarOption: 'COMPANY_LOGO', companyAvatar: url },
    welcomeScreen: { useCompanyLogo: true, logoUrl: url },
    branding: { ...base.branding, logoUrl: url, companyAvatar: url, companyName: 'Acme' },
  };
}

describe('image URLs from the API', () => {
  it.each(REFUSED)('%j reaches no <img>; the header degrades to initials', (url) => {
    const { container } = render(<Header info={info(url)} messages={defaultMessages} />);
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(container.querySelector('.ms-avatar__initials')).not.toBeNull();
    const avatar = render(<Avatar src={url} name="Ada Lovelace" />);
    expect(avatar.container.querySelector('img')).toBeNull();
  });

  it.each(ALLOWED)('%j is shown, normalized', (url) => {
    const { container } = render(<Header info={info(url)} messages={defaultMessages} />);
    const images = [...container.querySelectorAll('img')];
    expect(images.length).toBe(2);
    for (const image of images) expect(image.getAttribute('src')).toBe(new URL(url.trim()).href);
  });

  it('safeImageUrl allows http: beyond localhost only when told it is development', () => {
    expect(safeImageUrl('http://cdn.example/x.png')).toBeUndefined();
    expect(safeImageUrl('http://cdn.example/x.png', { allowHttp: true })).toBe('http://cdn.example/x.png');
    expect(safeImageUrl('javascript:alert(1)', { allowHttp: true })).toBeUndefined();
  });
});
