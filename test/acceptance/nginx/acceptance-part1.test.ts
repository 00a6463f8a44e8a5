// The nginx acceptance cases, part 1 of 3 (see acceptance-suite.ts).
import { acceptanceSuite } from './acceptance-suite.ts';

acceptanceSuite(0, 3);
