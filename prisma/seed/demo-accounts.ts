// Demo credentials, printed in the README and by the seed. Demo databases only.
export const DEMO_ACCOUNTS = [
  { email: 'admin@chatshift.example', password: 'demo-admin-2026', name: 'Марина Админова', role: 'admin' },
  { email: 'employer1@chatshift.example', password: 'demo-employer-1', name: 'Олег Смирнов', role: 'employer' },
  { email: 'employer2@chatshift.example', password: 'demo-employer-2', name: 'Дина Касымова', role: 'employer' },
] as const;
