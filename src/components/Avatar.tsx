import { useState } from 'react';
import { safeImageUrl } from '../booking/safeImageUrl';
import { initials } from './helpers/initials';

/** Props of {@link Avatar}. */
export interface AvatarProps {
  /** Image URL; initials are shown without one, for one that is not absolute https: (see `safeImageUrl`), or when it fails to load. */
  src?: string;
  /** Whose avatar: gives the initials. */
  name?: string;
  /** Large for the organizer, small for each member of a team. Default large. */
  size?: 'small' | 'large';
}

/**
 * A round picture or initials. Decorative (`alt=""`, `aria-hidden` initials): the name is always
 * written next to it, so reading the picture too would only repeat it.
 */
export function Avatar({ src, name, size = 'large' }: AvatarProps) {
  const [failedSrc, setFailedSrc] = useState<string>();
  const safeSrc = safeImageUrl(src);
  const showImage = safeSrc !== undefined && failedSrc !== safeSrc;
  return (
    <span className="ms-avatar" data-size={size}>
      {showImage ? (
        <img className="ms-avatar__image" src={safeSrc} alt="" onError={() => setFailedSrc(safeSrc)} />
      ) : (
        <span className="ms-avatar__initials" aria-hidden="true">
          {initials(name)}
        </span>
      )}
    </span>
  );
}
