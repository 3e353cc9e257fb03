import { useState } from 'react';
import type { BookingInfo, Member } from '../api/types';
import { safeImageUrl } from '../booking/safeImageUrl';
import type { BrowseMessages } from '../i18n/browseMessages';
import { Avatar } from './Avatar';
import { Icon } from './Icon';

/** Props of {@link Header}. */
export interface HeaderProps {
  /** The page's booking info: members, display info, branding, welcome screen, location. */
  info: BookingInfo;
  /** The strings it shows. */
  messages: Pick<BrowseMessages, 'roundRobinMembers' | 'groupMembers' | 'locationLabel' | 'labelSeparator'>;
}

const MAX_AVATARS = 3;

function memberName(member: Member): string | undefined {
  return member.displayName ?? member.email;
}

/** The organizer's picture as `displayInfo.publicDisplayAvatarOption` asks. */
function organizerAvatarSrc(info: BookingInfo): string | undefined {
  const { displayInfo, branding } = info;
  switch (displayInfo.publicDisplayAvatarOption) {
    case 'COMPANY_LOGO':
      return safeImageUrl(displayInfo.companyAvatar) ?? safeImageUrl(branding.companyAvatar) ?? safeImageUrl(branding.logoUrl);
    case 'CUSTOM_AVATAR':
    case 'PROFILE_IMAGE':
    default:
      return safeImageUrl(displayInfo.avatar);
  }
}

/**
 * Who the visitor meets and about what: the organizer (or the team of a round-robin or group
 * link), the company logo, the welcome title and description, and the location.
 */
export function Header({ info, messages }: HeaderProps) {
  const { branding, welcomeScreen } = info;
  const isTeam = info.linkType !== 'PERSONAL_LINK' && info.members.length > 1;
  const organizer = info.members[0];
  const organizerName = organizer ? memberName(organizer) : undefined;
  const companyAvatar = info.displayInfo.publicDisplayAvatarOption === 'COMPANY_LOGO';
  const title = welcomeScreen.title ?? (isTeam ? branding.companyName : organizerName) ?? branding.companyName;
  // Only absolute https: URLs reach an <img> (see safeImageUrl); an unsafe one counts as none.
  const logoUrl = safeImageUrl(welcomeScreen.logoUrl) ?? safeImageUrl(branding.logoUrl);
  const [failedLogo, setFailedLogo] = useState<string>();
  const names = info.members.map(memberName).filter((name): name is string => Boolean(name));

  return (
    // A div, not <header>: a header outside sectioning content is the page's banner landmark,
    // and a widget is never the page's banner.
    <div className="ms-header">
      {logoUrl && logoUrl !== failedLogo && (
        <img
          className="ms-header__logo"
          src={logoUrl}
          // The logo says whose page this is, so it gets the alt text the organizer wrote.
          alt={branding.logoAltText ?? branding.companyName ?? ''}
          // A logo that cannot load is left out rather than shown as a broken image.
          onError={() => setFailedLogo(logoUrl)}
        />
      )}
      <div className="ms-header__main">
        <div className="ms-header__avatars">
          {isTeam ? (
            <>
              {info.members.slice(0, MAX_AVATARS).map((member) => (
                <Avatar key={member.id} name={memberName(member)} size="small" />
              ))}
              {info.members.length > MAX_AVATARS && (
                <span className="ms-avatar ms-avatar--more" data-size="small" aria-hidden="true">
                  +{info.members.length - MAX_AVATARS}
                </span>
              )}
            </>
          ) : (
            <Avatar
              src={organizerAvatarSrc(info)}
              name={companyAvatar ? (branding.companyName ?? organizerName) : organizerName}
            />
          )}
        </div>
        <div className="ms-header__text">
          {/* The organizer's own words may be in another script than the widget's locale: dir="auto"
              lets each text take its own direction, so an English sentence keeps its full stop at
              the end inside an Arabic layout. */}
          {title && (
            <h2 className="ms-header__title" dir="auto">
              {title}
            </h2>
          )}
          {!isTeam && organizerName && organizerName !== title && (
            <p className="ms-header__organizer" dir="auto">
              {organizerName}
            </p>
          )}
          {isTeam && names.length > 0 && (
            <p className="ms-header__members">
              {info.linkType === 'ROUND_ROBIN_CALENDAR' ? messages.roundRobinMembers(names) : messages.groupMembers(names)}
            </p>
          )}
        </div>
      </div>
      {welcomeScreen.description && (
        <p className="ms-header__description" dir="auto">
          {welcomeScreen.description}
        </p>
      )}
      {info.location && (
        <p className="ms-header__location ms-summary__fact" data-fact="location">
          <Icon name="pin" />
          <span>
            <span className="ms-visually-hidden">
              {messages.locationLabel}
              {messages.labelSeparator}
            </span>{' '}
            <bdi>{info.location}</bdi>
          </span>
        </p>
      )}
    </div>
  );
}
