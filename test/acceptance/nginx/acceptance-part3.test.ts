// The nginx acceptance cases, part 3 of 3 (see acceptance-suite.ts).
import { acceptanceSuite } from './acceptance-suite.ts';

acceptanceSuite(2, 3);
