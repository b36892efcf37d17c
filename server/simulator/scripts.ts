// Scripted conversations for the demo book (prisma/seed-demo.ts): each fits a real demo customer,
// so the screen pop, the tools and the call report all have something true to show.
export type ScriptLine = { speaker: "customer" | "agent"; text: string; afterMs: number };
export type DemoScript = {
  key: string;
  title: string;
  channel: "CALL" | "CHAT";
  from: string;
  line: string;
  lines: ScriptLine[];
};

export const DEMO_SCRIPTS: DemoScript[] = [
  {
    key: "fx-spot",
    title: "Northwind Wealth Partners buys EUR/USD and asks for a call-back (Alice, FX desk)",
    channel: "CALL",
    from: "+441144960958",
    line: "+442079460111",
    lines: [
      { speaker: "customer", text: "Good morning, Daan Fernández at Northwind here.", afterMs: 1500 },
      {
        speaker: "customer",
        text: "We would like to buy 5 million EUR/USD spot, what can you show me?",
        afterMs: 2500,
      },
      {
        speaker: "agent",
        text: "Good morning Daan. I can offer 5 million EUR/USD at 1.0852.",
        afterMs: 2500,
      },
      {
        speaker: "customer",
        text: "Done at 1.0852. Could you also call me back tomorrow at 3pm about a GBP/USD forward for 10 million?",
        afterMs: 3000,
      },
      {
        speaker: "agent",
        text: "Confirmed, 5 million EUR/USD at 1.0852. I will call you back tomorrow at 3pm with GBP/USD forward prices.",
        afterMs: 2500,
      },
    ],
  },
  {
    key: "gilt-hedge",
    title: "Wessex Global Macro asks for a large UST 10Y sale beyond its credit (Ben)",
    channel: "CALL",
    from: "+33199005553",
    line: "+442079460112",
    lines: [
      {
        speaker: "customer",
        text: "Hi, Christopher at Wessex. We need to sell 25 million UST 10Y today.",
        afterMs: 1500,
      },
      {
        speaker: "agent",
        text: "Let me check our lines. The price is around 98.42 for that size.",
        afterMs: 2500,
      },
      {
        speaker: "customer",
        text: "Fine, go ahead at 98.42 and let me know on Friday if anything changes.",
        afterMs: 2500,
      },
    ],
  },
  {
    key: "eurgbp-chat",
    title: "Silverline Insurance chats about EUR/GBP analytics and a trade (Chloe)",
    channel: "CHAT",
    from: "+441514960394",
    line: "+442079460113",
    lines: [
      {
        speaker: "customer",
        text: "Hi, Mateo from Silverline. Could you show me how our EUR/GBP position has done this year?",
        afterMs: 1500,
      },
      {
        speaker: "customer",
        text: "We are thinking of buying 2 million EUR/GBP if the level is right.",
        afterMs: 3000,
      },
      {
        speaker: "customer",
        text: "Please get back to me on Friday with GBP/USD levels as well.",
        afterMs: 4000,
      },
    ],
  },
  {
    key: "unknown-caller",
    title: "A caller nobody knows (any agent)",
    channel: "CALL",
    from: "+441614960999",
    line: "+442079460111",
    lines: [
      {
        speaker: "customer",
        text: "Hello, I saw your advert and would like to talk about FX payments for my company.",
        afterMs: 2000,
      },
    ],
  },
];
