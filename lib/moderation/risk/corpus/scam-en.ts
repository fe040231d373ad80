import type { RiskCorpusEntry } from './types';

// Scam ads in English: onboarding fees, "refundable" deposits, the fake-cheque equipment scheme, ID and card
// requests over WhatsApp, gambling and adult "chatter" jobs, investment schemes, Telegram-only interviews.
export const SCAM_EN: RiskCorpusEntry[] = [
  {
    id: 's-en-onboarding-fee',
    label: 'scam',
    lang: 'en',
    why: 'one-time onboarding fee for training materials',
    input: {
      title: 'Remote Chat Support Agent — Start This Week',
      description: `Join our fast-growing support team! Work from home answering customer chats for top brands.

No experience required. Earn $25/hour.

To get started, you pay a one-time $49 onboarding fee for training materials and account setup. It is fully refundable after your first month.`,
      experience: 'noExperience',
      applyMode: 'email',
      applyEmail: 'hiring.supportteam@outlook.com',
      salaryFrom: 25,
      salaryCurrency: 'USD',
      salaryPeriod: 'hour',
      company: { name: 'Support Solutions Global' },
    },
  },
  {
    id: 's-en-laptop-deposit',
    label: 'scam',
    lang: 'en',
    why: 'refundable security deposit for a company laptop',
    input: {
      title: 'Live Chat Representative (Work From Home)',
      description: `We are a customer experience agency hiring chat representatives.

We ship you a company laptop with all the software installed. A refundable security deposit of $100 is required before shipping; it is returned with your first paycheck.

Schedule: 30 hours per week. Pay: $1,800 per month.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 1800,
      salaryCurrency: 'USD',
      salaryPeriod: 'month',
      company: { name: 'CX Partners Agency', website: 'https://cxpartners-agency.com' },
    },
  },
  {
    id: 's-en-fake-cheque',
    label: 'scam',
    lang: 'en',
    why: 'fake-cheque scheme: buy equipment from "our approved vendor"',
    input: {
      title: 'Customer Chat Assistant — Remote',
      description: `Congratulations on your interest in our remote position!

After a short text interview we will send you a check to cover your home office. You will then purchase the equipment and software from our approved vendor and send the remaining balance back.

Pay: $28 per hour, weekly payments, flexible hours.`,
      experience: 'noExperience',
      applyMode: 'email',
      applyEmail: 'hr.department.remote@gmail.com',
      salaryFrom: 28,
      salaryCurrency: 'USD',
      salaryPeriod: 'hour',
      company: { name: 'Brightline Services' },
    },
  },
  {
    id: 's-en-id-whatsapp',
    label: 'scam',
    lang: 'en',
    why: 'ID photo, SSN and card details requested over WhatsApp before any interview',
    input: {
      title: 'Chat Moderator (Immediate Start)',
      description: `We need chat moderators immediately. No interview — you can start today.

To complete onboarding, send a photo of your ID, your social security number and your bank card details to our HR manager on WhatsApp.

Pay: $300 per week for 15 hours.`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://wa.me/15551234567',
      company: { name: 'Moderation Hub' },
    },
  },
  {
    id: 's-en-casino',
    label: 'scam',
    lang: 'en',
    why: 'online casino and sports betting brand, crypto payouts',
    input: {
      title: 'Live Chat Agent — iGaming',
      description: `Fast-growing online casino and sportsbook brand is hiring Russian-speaking live chat agents.

You will help players with deposits, bonuses and withdrawals. Salary paid in crypto (USDT).

No experience required. Apply via Telegram: t.me/igaming_hr.`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://t.me/igaming_hr',
      salaryFrom: 1500,
      salaryTo: 2500,
      salaryCurrency: 'USD',
      salaryPeriod: 'month',
      company: { name: 'Lucky Star Media' },
    },
  },
  {
    id: 's-en-telegram-interview',
    label: 'scam',
    lang: 'en',
    why: 'interview by Telegram text chat only, $35/hour with no experience, no company details',
    input: {
      title: 'Customer Service Chat Agent',
      description: `A leading e-commerce company is hiring chat agents. Entry level, full training provided.

Interviews are conducted only via Telegram text chat with our recruiter — please contact @recruiter_emma_hr to schedule.

Pay: $35 per hour, 20–40 hours per week.`,
      experience: 'noExperience',
      applyMode: 'form',
      salaryFrom: 35,
      salaryCurrency: 'USD',
      salaryPeriod: 'hour',
      hoursPerWeek: 30,
      company: { name: 'Global Commerce Ltd' },
    },
  },
  {
    id: 's-en-onlyfans-chatter',
    label: 'scam',
    lang: 'en',
    why: 'adult "chatter" for OnlyFans creators',
    input: {
      title: 'Chat Operator — Creator Management Agency',
      description: `Our agency manages top OnlyFans creators. We are hiring chatters to talk with fans on behalf of the models and sell exclusive content.

Commission-based: 10% of sales, top chatters make $3,000+ a month. Night shifts available.

DM us on Telegram to apply.`,
      experience: 'noExperience',
      applyMode: 'form',
      company: { name: 'Velvet Agency' },
    },
  },
  {
    id: 's-en-invest',
    label: 'scam',
    lang: 'en',
    why: 'investment platform: you need to invest to activate the account, guaranteed earnings',
    input: {
      title: 'Community Chat Moderator — Investment Platform',
      description: `Moderate the community chat of our trading platform and help new members get started.

To activate your moderator account you need to invest $200 into the platform. Your earnings are guaranteed: 2% daily on your balance plus a $1,000 monthly salary.

Register here: tinyurl.com/mod-invest-2024`,
      experience: 'noExperience',
      applyMode: 'url',
      applyUrl: 'https://tinyurl.com/mod-invest-2024',
      salaryFrom: 1000,
      salaryCurrency: 'USD',
      salaryPeriod: 'month',
      company: { name: 'TradeCircle' },
    },
  },
];
