// The nginx acceptance cases, part 2 of 3 (see acceptance-suite.ts).
import { acceptanceSuite } from './acceptance-suite.ts';

acceptanceSuite(1, 3);
