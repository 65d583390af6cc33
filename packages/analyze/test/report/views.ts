// The report views of the fixed results (results.ts), as the renderers see them.
import { toView } from '../../src/report/from-result.ts';
import type { ReportView } from '../../src/report/view.ts';
import { enResult, hostileResult, zhResult } from './results.ts';

export { HOSTILE } from './results.ts';
export const zhView = (): ReportView => toView(zhResult());
export const enView = (): ReportView => toView(enResult());
export const hostileView = (): ReportView => toView(hostileResult());
