/**
 * A generated deployment workspace: many application folders, each with the config files of
 * the formats Harden parses. Generators per format are passed in, so a format joins the
 * workload as soon as it has one.
 */
export interface WorkloadFile {
  path: string;
  text: string;
}

export function generatedWorkloadFiles(
  count: number,
  random: () => number,
  dotenv: (random: () => number) => string,
): WorkloadFile[] {
  const files: WorkloadFile[] = [];
  const names = ['.env', '.env.local', '.env.prod', '.env.prod.local', '.env.dist'];
  for (let i = 0; i < count; i++) {
    const app = `apps/app-${Math.floor(i / names.length)}`;
    files.push({ path: `${app}/${names[i % names.length]}`, text: dotenv(random) });
  }
  return files;
}
