// The emitters' output for one compiled survey, as { fileName: contents }.
import { emitAll as emitAllMap } from '@survey/emitters';

export function emitAll(result) {
  return Object.fromEntries(emitAllMap(result));
}
