/**
 * CodeIgniter 4 reads its `.env` with its own loader (`CodeIgniter\Config\DotEnv`): keys name
 * configuration properties with dots (`database.default.password`, `app.baseURL`) and `=` may
 * have blanks around it. Symfony Dotenv and the `dotenv` package refuse or mangle such lines, so
 * the dotenv rules would report every line of a correct file. A file is taken for CodeIgniter's
 * when it sets `CI_ENVIRONMENT`, or at least two keys of CodeIgniter's configuration classes.
 */

/** An assignment of `CI_ENVIRONMENT`, CodeIgniter's own variable. */
const CI_ENVIRONMENT = /^[ \t]*(?:export[ \t]+)?CI_ENVIRONMENT[ \t]*=/m;

/** An assignment of a property of one of CodeIgniter's configuration classes (`app.`, `database.default.`…). */
const CONFIG_KEY =
  /^[ \t]*(?:app|database|encryption|session|cookie|security|logger|email|honeypot|curlrequest|contentsecuritypolicy|toolbar|migrations|cache|filters)\.[A-Za-z_][\w.]*[ \t]*=/gm;

/** How much of a file is read to tell (the settings come first in CodeIgniter's template). */
const HEAD = 16_384;

export function isCodeIgniterEnv(text: string): boolean {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  if (CI_ENVIRONMENT.test(head)) return true;
  let count = 0;
  CONFIG_KEY.lastIndex = 0;
  while (CONFIG_KEY.exec(head) !== null) if (++count >= 2) return true;
  return false;
}
