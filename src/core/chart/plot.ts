// The plot area inside a chart of a given pixel size: margins sized to the tick labels they hold, so
// a chart keeps its text size on a phone and shows fewer ticks instead.

/** A chart's pixel size and its plot area (x0..x1 left to right, y0..y1 top to bottom). */
export interface Plot {
  width: number;
  height: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Tick labels are 12 px text: about 7 px per character, 22 px per line with its gap. */
export const CHAR_PX = 7;
export const LINE_PX = 22;

/** The plot area of a `width` × `height` chart whose y-axis labels are up to `yLabelChars` long. */
export function plotArea(width: number, height: number, yLabelChars: number, xTitle = false): Plot {
  const left = 12 + CHAR_PX * Math.max(1, yLabelChars);
  // Room above for the y-axis title, below for the x tick labels (and the x-axis title under them).
  return { width, height, x0: left, x1: Math.max(left + 10, width - 16), y0: LINE_PX, y1: height - LINE_PX * (xTitle ? 2 : 1) - 4 };
}

/** The x tick labels that fit along the plot when each is `chars` characters long. */
export const xTickBudget = (plot: Plot, chars: number) => Math.max(2, Math.floor((plot.x1 - plot.x0) / (CHAR_PX * chars + 24)) + 1);

/** The y ticks that fit down the plot. */
export const yTickBudget = (plot: Plot) => Math.max(2, Math.floor((plot.y1 - plot.y0) / 36) + 1);
