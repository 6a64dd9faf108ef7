import { buildProgram } from './program';
import { reportFailure } from './output';

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFailure(error);
}
