// The SMS settings of an e2e run, shared by the app server (it needs SMS_GATEWAY_URL,
// SMS_INBOUND_SECRET and SMS_CALLBACK_URL at boot) and e2e/sms.spec.ts (which starts the Kannel
// they point at with scripts/kannel/start.sh). Kannel's ports are fixed per run from
// E2E_KANNEL_PORT_BASE (default 13150: admin +0, box link +1, fake SMSC +2, sendsms +3).
const USER = "dealfloor-e2e";
const PASSWORD = "e2e-sendsms";
export const E2E_INBOUND_SECRET = "e2e-inbound-secret-0123456789";

export function kannelE2ePorts(env = process.env) {
  const base = Number(env.E2E_KANNEL_PORT_BASE ?? 13150);
  return { admin: base, box: base + 1, smsc: base + 2, sendsms: base + 3 };
}

/** What the e2e app server's environment needs for SMS to go through the e2e Kannel. */
export function smsE2eEnv(appPort, env = process.env) {
  const { sendsms } = kannelE2ePorts(env);
  return {
    SMS_GATEWAY_URL: `http://${USER}:${PASSWORD}@127.0.0.1:${sendsms}/cgi-bin/sendsms`,
    SMS_INBOUND_SECRET: E2E_INBOUND_SECRET,
    SMS_CALLBACK_URL: `http://127.0.0.1:${appPort}`,
  };
}

/** The environment for scripts/kannel/start.sh so Kannel calls the e2e app on appPort. */
export function kannelE2eStartEnv(appPort, runDir, env = process.env) {
  const p = kannelE2ePorts(env);
  return {
    KANNEL_RUN_DIR: runDir,
    KANNEL_ADMIN_PORT: String(p.admin),
    KANNEL_BOX_PORT: String(p.box),
    KANNEL_SMSC_PORT: String(p.smsc),
    KANNEL_SENDSMS_PORT: String(p.sendsms),
    KANNEL_USER: USER,
    KANNEL_PASSWORD: PASSWORD,
    KANNEL_INBOUND_URL: `http://127.0.0.1:${appPort}/api/sms/inbound?secret=${E2E_INBOUND_SECRET}&from=%p&to=%P&text=%a`,
  };
}
