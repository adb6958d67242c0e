// The caps that bound what one register, and the whole deployment, can make the worker send:
// distinct recipients per register, confirmation emails per register per night, messages per
// register per night and messages per deployment per night. The operator sets them as vars in
// wrangler.toml; a missing or malformed var falls back to the default here, so a typo can only
// make a cap the documented default, never unlimited. A cap reached is reported to the
// register's admin (planNotices' 'capReached'), never silently dropped: what was held back is
// still unrecorded, so the next night owes it again.

export interface Caps {
  recipientsPerRegister: number;
  confirmationsPerRegisterPerNight: number;
  messagesPerRegisterPerNight: number;
  messagesPerDeploymentPerNight: number;
}

export const DEFAULT_CAPS: Caps = {
  recipientsPerRegister: 200,
  confirmationsPerRegisterPerNight: 20,
  messagesPerRegisterPerNight: 100,
  messagesPerDeploymentPerNight: 20_000,
};

/** The vars that set the caps (all optional strings, as wrangler passes vars). */
export interface CapVars {
  CAP_RECIPIENTS_PER_REGISTER?: string;
  CAP_CONFIRMATIONS_PER_REGISTER_PER_NIGHT?: string;
  CAP_MESSAGES_PER_REGISTER_PER_NIGHT?: string;
  CAP_MESSAGES_PER_DEPLOYMENT_PER_NIGHT?: string;
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

export function capsFrom(env: CapVars): Caps {
  return {
    recipientsPerRegister: positive(env.CAP_RECIPIENTS_PER_REGISTER, DEFAULT_CAPS.recipientsPerRegister),
    confirmationsPerRegisterPerNight: positive(
      env.CAP_CONFIRMATIONS_PER_REGISTER_PER_NIGHT,
      DEFAULT_CAPS.confirmationsPerRegisterPerNight,
    ),
    messagesPerRegisterPerNight: positive(
      env.CAP_MESSAGES_PER_REGISTER_PER_NIGHT,
      DEFAULT_CAPS.messagesPerRegisterPerNight,
    ),
    messagesPerDeploymentPerNight: positive(
      env.CAP_MESSAGES_PER_DEPLOYMENT_PER_NIGHT,
      DEFAULT_CAPS.messagesPerDeploymentPerNight,
    ),
  };
}

export type CapKind = 'recipients' | 'confirmations' | 'registerMessages' | 'deploymentMessages';
