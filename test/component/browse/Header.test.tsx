import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BookingInfo, Member } from '../../../src/api/types';
import { Header } from '../../../src/components/Header';
import { defaultMessages } from '../../../src/i18n/Messages';
import { bookingInfo, page } from '../../unit/hooks/fakeClient';
import { expectNoAxeViolations } from '../../helpers/axe';

function member(id: string, displayName: string): Member {
  return { id, userId: `u${id}`, isOffline: false, isSalesStarter: false, calendarProvider: 'GOOGLE', displayName, busyTimes: [] };
}

function info(patch: Partial<BookingInfo>): BookingInfo {
  return { ...bookingInfo(page([], false)), members: [member('1', 'John Doe')], ...patch };
}

function renderHeader(value: BookingInfo) {
  return render(<Header info={value} messages={defaultMessages} />);
}

describe('Header', () => {
  it('names the organizer of a personal link, with initials when there is no picture', () => {
    const { container } = renderHeader(info({}));
    expect(screen.getByRole('heading', { name: 'John Doe' })).toBeInTheDocument();
    expect(container.querySelector('.ms-avatar__initials')).toHaveTextContent('JD');
  });

  it('uses the custom avatar and the welcome title, keeping the organizer’s name', () => {
    const { container } = renderHeader(
      info({
        displayInfo: { publicDisplayAvatarOption: 'CUSTOM_AVATAR', avatar: 'https://cdn.example/me.png' },
        welcomeScreen: { title: 'Intro call', description: 'Twenty minutes to meet.', useCompanyLogo: false },
        location: 'Zoom',
      }),
    );
    expect(screen.getByRole('heading', { name: 'Intro call' })).toBeInTheDocument();
    expect(screen.getByText('John Doe')).toBeInTheDocument();
    expect(screen.getByText('Twenty minutes to meet.')).toBeInTheDocument();
    expect(screen.getByText('Location:').parentElement).toHaveTextContent('Location: Zoom');
    // Decorative: the name is written next to it.
    expect(container.querySelector('.ms-avatar__image')).toHaveAttribute('src', 'https://cdn.example/me.png');
    expect(container.querySelector('.ms-avatar__image')).toHaveAttribute('alt', '');
  });

  it('shows the company avatar when the page asks for the company logo', () => {
    const { container } = renderHeader(
      info({
        displayInfo: { publicDisplayAvatarOption: 'COMPANY_LOGO', companyAvatar: 'https://cdn.example/co.png', avatar: 'https://cdn.example/me.png' },
      }),
    );
    expect(container.querySelector('.ms-avatar__image')).toHaveAttribute('src', 'https://cdn.example/co.png');
  });

  it('gives the logo the organizer’s alt text', async () => {
    const { container } = renderHeader(
      info({ branding: { logoUrl: 'https://cdn.example/logo.png', logoAltText: 'Salt Pig Kitchen', companyAddress: [], showMarketingAd: false, showSalesAd: false } }),
    );
    expect(screen.getByRole('img', { name: 'Salt Pig Kitchen' })).toHaveAttribute('src', 'https://cdn.example/logo.png');
    await expectNoAxeViolations(container);
  });

  it('lists the people of a round-robin link', () => {
    renderHeader(
      info({
        linkType: 'ROUND_ROBIN_CALENDAR',
        members: [member('1', 'Avery Chen'), member('2', 'Bruno Díaz'), member('3', 'Chidi Okafor'), member('4', 'Dana Ito')],
        branding: { companyName: 'Northwind', companyAddress: [], showMarketingAd: false, showSalesAd: false },
      }),
    );
    expect(screen.getByRole('heading', { name: 'Northwind' })).toBeInTheDocument();
    expect(screen.getByText('You will meet one of: Avery Chen, Bruno Díaz, Chidi Okafor, or Dana Ito')).toBeInTheDocument();
    expect(screen.getByText('+1')).toBeInTheDocument();
  });

  it('lists the people of a group link', () => {
    renderHeader(info({ linkType: 'GROUP_CALENDAR', members: [member('1', 'Ana'), member('2', 'Ben')] }));
    expect(screen.getByText('You will meet: Ana and Ben')).toBeInTheDocument();
  });

  it('ignores an avatar URL that is not http(s) or an image', () => {
    const { container } = renderHeader(info({ displayInfo: { avatar: 'javascript:alert(1)' } }));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.ms-avatar__initials')).toHaveTextContent('JD');
  });
});
