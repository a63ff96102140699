import type { Credits } from './credit-settings';
import type { Settings } from './settings';

/** A service's own setting, else the default one (SPEC 4): targets, user bases, credits and fees. */

export function targetFor(settings: Settings, service: string): number {
  return ownOr(settings.targets.services, service, settings.targets.default);
}

/** Own keys only, as targetFor: a service named "__proto__" must not read Object.prototype. */
function ownOr<T>(map: Record<string, T>, service: string, fallback: T): T {
  return Object.hasOwn(map, service) ? map[service]! : fallback;
}

/** The user base of a service: its own, else the default; null when none is set. */
export function usersFor(settings: Settings, service: string): number | null {
  return ownOr<number | null>(settings.usersByService, service, settings.users);
}

/** The credit tiers a service is measured against: its own, else the default. */
export function creditsFor(settings: Settings, service: string): Credits {
  return ownOr(settings.creditsByService, service, settings.credits);
}

/** The monthly fee of a service: its own, else the default; null when none is set. */
export function feeFor(settings: Settings, service: string): number | null {
  return ownOr<number | null>(settings.fees.services, service, settings.fees.default);
}
