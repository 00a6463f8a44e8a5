/**
 * Realistic `.env` workloads: Symfony-style files with comments, bundle sections, quoted DSNs,
 * references and a few problems, generated from a seeded PRNG so runs are comparable.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTIONS = [
  'symfony/framework-bundle',
  'doctrine/doctrine-bundle',
  'symfony/mailer',
  'symfony/messenger',
  'nelmio/cors-bundle',
  'lexik/jwt-authentication-bundle',
];

export function generateDotenvFile(random: () => number, targetLines: number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const lines: string[] = [
    '# In all environments, the following files are loaded if they exist,',
    '# the latter taking precedence over the former:',
    '',
  ];
  let n = 0;
  while (lines.length < targetLines) {
    const section = SECTIONS[n % SECTIONS.length]!;
    lines.push(`###> ${section} ###`);
    lines.push(`APP_ENV=${random() < 0.5 ? 'prod' : 'dev'}`);
    lines.push(`APP_SECRET_${n}=${random() < 0.9 ? hex(32) : 'changeme'}`);
    lines.push(
      `DATABASE_URL_${n}="mysql://app:${hex(12)}@127.0.0.1:3306/app_${n}?serverVersion=8.0&charset=utf8mb4"`,
    );
    lines.push(`MAILER_DSN_${n}=smtp://localhost:25`);
    lines.push(`CORS_ALLOW_ORIGIN_${n}='^https?://(localhost|127\\.0\\.0\\.1)(:[0-9]+)?$'`);
    lines.push(`JWT_PASSPHRASE_${n}=${hex(24)}`);
    lines.push(`APP_URL_${n}=https://app${n}.example.org`);
    lines.push(`API_BASE_${n}=\${APP_URL_${n}}/api`);
    lines.push(`###< ${section} ###`);
    lines.push('');
    n++;
  }
  return lines.join('\n') + '\n';
}
