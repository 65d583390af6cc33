// What every chart shares: no animation (static SVG), a font list that renders
// Chinese (Noto Sans CJK first), dark text for contrast, a colour-blind-safe palette.
// Font names are single-quoted: ECharts writes them into a double-quoted attribute.
import type { EChartsOption } from 'echarts';

const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Liberation Sans', sans-serif";

/** Okabe–Ito, reordered so neighbouring series stay distinct. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export const COLORS = {
  text: '#1b1b1f',
  muted: '#4a4a55',
  met: '#1a7f37',
  missed: '#b3261e',
  target: '#1b1b1f',
  promoters: '#1a7f37',
  passives: '#8a8a94',
  detractors: '#b3261e',
};

export function base(): EChartsOption {
  return {
    animation: false,
    backgroundColor: '#ffffff',
    color: PALETTE,
    textStyle: { fontFamily: FONT_FAMILY, color: COLORS.text, fontSize: 13 },
  };
}
