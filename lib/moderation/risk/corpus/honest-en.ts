import type { RiskCorpusEntry } from './types';

// Honest English ads from international employers hiring Russian-speaking or bilingual chat agents.
export const HONEST_EN: RiskCorpusEntry[] = [
  {
    id: 'h-en-saas-eur',
    label: 'honest',
    lang: 'en',
    why: 'EU SaaS paying in EUR: far above the Russian market, normal for a B2 English role',
    input: {
      title: 'Customer Support Specialist (Live Chat, Russian & English)',
      description: `Tallyboard is a project-management tool used by 40,000 teams. We are hiring a remote support specialist to cover Russian- and English-speaking customers.

What you will do:
- answer live-chat and email tickets about billing, integrations and permissions;
- reproduce bugs and hand them to engineering with clear steps;
- improve help-centre articles.

You have 1+ year in customer support and strong written English (B2 or higher).

We offer EUR 1,800–2,200 per month as a contractor, 25 paid days off, a home-office budget.`,
      experience: 'between1And3',
      languages: [{ language: 'en', level: 'B2' }, { language: 'ru', level: 'native' }],
      applyMode: 'url',
      applyUrl: 'https://tallyboard.io/careers/support-ru',
      salaryFrom: 1800,
      salaryTo: 2200,
      salaryCurrency: 'EUR',
      salaryPeriod: 'month',
      company: { name: 'Tallyboard', website: 'https://tallyboard.io', legalName: 'Tallyboard OÜ', taxId: 'EE102345678', country: 'EE', verified: true },
    },
  },
  {
    id: 'h-en-neobank-warning',
    label: 'honest',
    lang: 'en',
    why: 'neobank that states it never asks for payment or card details',
    input: {
      title: 'Chat Support Agent — Digital Bank',
      description: `Nordbank is a licensed digital bank. Our chat team helps customers with cards, transfers and account security.

Responsibilities: resolve chat requests, spot social-engineering attempts, escalate fraud cases to the security team.

Our hiring process is an online application, a short written test and a video interview. We will never ask you to pay for training or to share your card details at any stage.

Full-time, shifts between 08:00 and 22:00 CET, paid two-week onboarding.`,
      experience: 'noExperience',
      languages: [{ language: 'en', level: 'B2' }],
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'url',
      applyUrl: 'https://careers.nordbank.eu/jobs/chat-agent',
      salaryFrom: 1300,
      salaryTo: 1500,
      salaryCurrency: 'EUR',
      salaryPeriod: 'month',
      company: { name: 'Nordbank', website: 'https://nordbank.eu', legalName: 'Nordbank AB', taxId: 'SE556123456701', country: 'SE', verified: true },
    },
  },
  {
    id: 'h-en-store-hourly',
    label: 'honest',
    lang: 'en',
    why: 'US online store, part-time hourly in USD',
    input: {
      title: 'Part-time Live Chat Agent for an Online Store',
      description: `Pine & Pebble sells handmade home goods across the US. We need a part-time chat agent for evenings (US Eastern time).

You will answer questions about orders, shipping and returns in our website chat and process simple refunds in Shopify.

About 20 hours per week, $9 per hour, paid every two weeks via Deel. No experience needed — we train you with paid shadowing sessions.`,
      experience: 'noExperience',
      languages: [{ language: 'en', level: 'C1' }],
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'email',
      applyEmail: 'jobs@pineandpebble.com',
      salaryFrom: 9,
      salaryTo: 9,
      salaryCurrency: 'USD',
      salaryPeriod: 'hour',
      hoursPerWeek: 20,
      company: { name: 'Pine & Pebble', website: 'https://pineandpebble.com', legalName: 'Pine and Pebble LLC', country: 'US', verified: false },
    },
  },
  {
    id: 'h-en-game-studio',
    label: 'honest',
    lang: 'en',
    why: 'video-game publisher: players, in-game purchases and refunds, not gambling',
    input: {
      title: 'Player Support Agent (Russian-speaking)',
      description: `Frostbyte Games publishes mobile strategy games with 5 million monthly players.

Your job: help Russian-speaking players in the in-game chat with lost progress, in-game purchases and refunds, report bugs to QA, and keep an eye on toxic behaviour.

We are looking for someone who plays games, writes clearly in Russian and reads English well.

Remote, 5 days a week, flexible hours within 10:00–22:00 MSK.`,
      experience: 'noExperience',
      languages: [{ language: 'ru', level: 'native' }, { language: 'en', level: 'B1' }],
      applyMode: 'url',
      applyUrl: 'https://frostbyte.games/jobs/player-support-ru',
      salaryFrom: 55000,
      salaryTo: 70000,
      salaryCurrency: 'RUB',
      salaryPeriod: 'month',
      company: { name: 'Frostbyte Games', website: 'https://frostbyte.games', legalName: 'Frostbyte Games Ltd', taxId: 'CY10345678X', country: 'CY', verified: true },
    },
  },
  {
    id: 'h-en-telecom-telegram',
    label: 'honest',
    lang: 'en',
    why: 'support runs in Telegram and WhatsApp; applications go to the careers site',
    input: {
      title: 'Messaging Support Agent (Telegram & WhatsApp)',
      description: `Airlink is a mobile operator in Central Asia. Most of our customers reach us through Telegram and WhatsApp, so our agents work in those messengers all day.

You will help subscribers with tariffs, roaming and balance top-ups and troubleshoot mobile internet.

Requirements: Russian native, English B1, typing speed 150+ characters per minute.

Apply on our careers site; shortlisted candidates get a video interview within a week.`,
      experience: 'noExperience',
      languages: [{ language: 'ru', level: 'native' }, { language: 'en', level: 'B1' }],
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'url',
      applyUrl: 'https://careers.airlink.kz/support-agent',
      salaryFrom: 250000,
      salaryTo: 320000,
      salaryCurrency: 'KZT',
      salaryPeriod: 'month',
      company: { name: 'Airlink', website: 'https://airlink.kz', legalName: 'Airlink LLP', taxId: '123456789012', country: 'KZ', verified: true },
    },
  },
  {
    id: 'h-en-edtech-paid-training',
    label: 'honest',
    lang: 'en',
    why: '"paid training" and "training is free" must not read as an upfront fee',
    input: {
      title: 'Student Success Chat Agent',
      description: `LinguaLeap is an online language school. Our student success team answers learners in chat, helps them book lessons and solves payment questions.

- Paid training: two weeks, fully paid at your regular rate.
- Training is free for you and there are no fees of any kind.
- Flexible shifts, 25–40 hours a week.

You need good written English and patience.`,
      experience: 'noExperience',
      languages: [{ language: 'en', level: 'B2' }],
      trainingProvided: true,
      trainingPaid: true,
      applyMode: 'form',
      salaryFrom: 900,
      salaryTo: 1100,
      salaryCurrency: 'USD',
      salaryPeriod: 'month',
      company: { name: 'LinguaLeap', website: 'https://lingualeap.com', legalName: 'LinguaLeap Inc.', country: 'US', verified: false },
    },
  },
  {
    id: 'h-en-travel-nights',
    label: 'honest',
    lang: 'en',
    why: 'night shifts for an experienced agent, USD salary',
    input: {
      title: 'Night-shift Chat Support Agent, Travel Bookings',
      description: `Roamly helps travellers book flights and hotels. We need an agent for the night shift (23:00–07:00 MSK) to handle urgent booking changes.

You have at least a year of chat or phone support experience, English C1 and calm under pressure.

$1,200–1,500 per month, 2/2 schedule, night premium included, equipment allowance.`,
      experience: 'between1And3',
      languages: [{ language: 'en', level: 'C1' }],
      applyMode: 'url',
      applyUrl: 'https://roamly.travel/careers/night-agent',
      salaryFrom: 1200,
      salaryTo: 1500,
      salaryCurrency: 'USD',
      salaryPeriod: 'month',
      shiftPattern: '2/2',
      company: { name: 'Roamly', website: 'https://roamly.travel', legalName: 'Roamly Travel Ltd', taxId: 'GB123456789', country: 'GB', verified: true },
    },
  },
  {
    id: 'h-en-crypto-exchange',
    label: 'honest',
    lang: 'en',
    why: 'licensed crypto exchange with senior bilingual pay: risky client type, but nothing else wrong',
    input: {
      title: 'Senior Support Specialist (Russian/English), Crypto Exchange',
      description: `Coinvault is a licensed cryptocurrency exchange regulated in Lithuania. We are looking for a senior support specialist for Russian-speaking clients.

You will handle complex cases: blocked withdrawals, verification disputes, account recovery. You will mentor junior agents.

Requirements: 3+ years in fintech or exchange support, English C1.

Compensation: $2,500–3,000 per month, remote, full-time.`,
      experience: 'between3And6',
      languages: [{ language: 'en', level: 'C1' }, { language: 'ru', level: 'native' }],
      applyMode: 'url',
      applyUrl: 'https://coinvault.com/careers/senior-support-ru',
      salaryFrom: 2500,
      salaryTo: 3000,
      salaryCurrency: 'USD',
      salaryPeriod: 'month',
      company: { name: 'Coinvault', website: 'https://coinvault.com', legalName: 'Coinvault UAB', taxId: 'LT100012345678', country: 'LT', verified: true },
    },
  },
];
