/** The header the widget puts the human check's token in (`getBookingVerificationToken`). */
export const VERIFICATION_HEADER = 'X-Booking-Verification';

/** What a `verifyBooking` hook answers: true to forward, false (or a reason) to refuse with 403. */
export type BookingVerdict = boolean | { ok: false; message?: string };

/** A check run on every book call before it reaches HubSpot. */
export type VerifyBooking = (request: Request, context: { slug: string; clientAddress: string }) => BookingVerdict | Promise<BookingVerdict>;

/** Options of the ready verifiers. */
export interface HumanCheckVerifierOptions {
  /** The secret key of your Turnstile widget or hCaptcha site. */
  secret: string;
  /** The siteverify URL. @defaultValue the provider's public endpoint */
  endpoint?: string;
  /** hCaptcha only: the site key the token must be for. */
  sitekey?: string;
  /** Send the client address along (`remoteip`). @defaultValue true */
  sendRemoteIp?: boolean;
  /** Time limit of the verify call in ms; a slow provider counts as a failed check. @defaultValue 5000 */
  timeoutMs?: number;
  /** The fetch used to reach the provider. @defaultValue global fetch */
  fetch?: typeof fetch;
}

function siteverify(defaultEndpoint: string, options: HumanCheckVerifierOptions): VerifyBooking {
  return async (request, context) => {
    const token = request.headers.get(VERIFICATION_HEADER)?.trim();
    if (!token || token.length > 4096) return { ok: false, message: 'The human check is missing.' };
    const form = new URLSearchParams({ secret: options.secret, response: token });
    if (options.sendRemoteIp !== false && context.clientAddress !== 'unknown') form.set('remoteip', context.clientAddress);
    if (options.sitekey) form.set('sitekey', options.sitekey);
    try {
      const answer = await (options.fetch ?? globalThis.fetch)(options.endpoint ?? defaultEndpoint, {
        method: 'POST',
        body: form,
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      });
      const result = (await answer.json()) as { success?: unknown };
      return result.success === true ? true : { ok: false, message: 'The human check failed.' };
    } catch {
      return { ok: false, message: 'The human check could not be verified.' };
    }
  };
}

/**
 * A `verifyBooking` hook for Cloudflare Turnstile: checks the widget's token (header
 * `X-Booking-Verification`) with Turnstile's siteverify endpoint.
 *
 * @example createMeetingsProxy({ verifyBooking: turnstileVerifier({ secret: env.TURNSTILE_SECRET }) })
 */
export function turnstileVerifier(options: HumanCheckVerifierOptions): VerifyBooking {
  return siteverify('https://challenges.cloudflare.com/turnstile/v0/siteverify', options);
}

/** The same for hCaptcha (`https://api.hcaptcha.com/siteverify` by default). */
export function hcaptchaVerifier(options: HumanCheckVerifierOptions): VerifyBooking {
  return siteverify('https://api.hcaptcha.com/siteverify', options);
}
