/**
 * A generated deployment workspace: many application folders, each with the config files of
 * the formats Harden parses. Generators per format are passed in, so a format joins the
 * workload as soon as it has one.
 */
export interface WorkloadFile {
  path: string;
  text: string;
}

export interface WorkloadGenerators {
  dotenv: (random: () => number) => string;
  nginx: (random: () => number) => string;
}

/** The files of one application folder, by the generator that writes them. */
const APP_FILES: readonly (readonly [string, keyof WorkloadGenerators])[] = [
  ['.env', 'dotenv'],
  ['.env.local', 'dotenv'],
  ['.env.prod', 'dotenv'],
  ['.env.prod.local', 'dotenv'],
  ['.env.dist', 'dotenv'],
  ['deploy/nginx/site.conf', 'nginx'],
];

export function generatedWorkloadFiles(
  count: number,
  random: () => number,
  generators: WorkloadGenerators,
): WorkloadFile[] {
  const files: WorkloadFile[] = [];
  for (let i = 0; i < count; i++) {
    const app = `apps/app-${Math.floor(i / APP_FILES.length)}`;
    const [name, format] = APP_FILES[i % APP_FILES.length]!;
    files.push({ path: `${app}/${name}`, text: generators[format](random) });
  }
  return files;
}
