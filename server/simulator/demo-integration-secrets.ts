/**
 * Webhook secrets of the demo integrations. The simulator CLI signs with them by default; the demo
 * seed gives them to the integrations it creates, and the e2e journeys sign with them too.
 */
export const DEMO_INTEGRATION_SECRETS = {
  "Demo PBX": "demo-pbx-webhook-secret-not-for-production",
  "Demo Turret": "demo-turret-webhook-secret-not-for-production",
  "Demo Chat": "demo-chat-webhook-secret-not-for-production",
} as const;
