import type { Coordinates } from '@perhekeskus/core';

/** Where asking for the user's location stands. */
export type GeoState = 'idle' | 'locating' | 'denied' | 'unavailable' | 'unsupported' | 'ok';

/**
 * Asks the browser for the user's location, only when they press the button; a coarse, recent
 * position is enough to order places by distance.
 *
 * @param done - called with `locating` at once, then with the outcome (and the location when `ok`)
 */
export function locate(done: (state: GeoState, location?: Coordinates) => void): void {
  if (!('geolocation' in navigator) || !navigator.geolocation) {
    done('unsupported');
    return;
  }
  done('locating');
  navigator.geolocation.getCurrentPosition(
    (position) => done('ok', { lat: position.coords.latitude, lon: position.coords.longitude }),
    (error) => done(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
  );
}
