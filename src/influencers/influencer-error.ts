/** Why an influencer action could not be done; `reason` maps to a locale message. */
export type InfluencerErrorReason = 'code_taken' | 'unknown_code' | 'invalid_code' | 'bad_owner';

/** A failed influencer action, with the audience code it was about. */
export class InfluencerError extends Error {
  constructor(
    readonly reason: InfluencerErrorReason,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`influencer ${code}: ${reason}`, options);
    this.name = 'InfluencerError';
  }
}
