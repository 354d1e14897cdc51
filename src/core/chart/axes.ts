// The axes every chart draws, placed in pixels: a value axis fitted to the chart's height (its labels
// set the left margin) and a weekly date axis fitted to its width.
import { dateTicks } from './dates';
import { plotArea, xTickBudget, yTickBudget, type Plot } from './plot';
import { linearScale, type ValueAxis } from './scale';

/** A tick placed on the chart: its pixel position along its axis and its label. */
export interface PlacedTick {
  position: number;
  label: string;
}

/** The plot of a `width` × `height` chart and its value axis, the margin fitted to the axis labels. */
export function fitPlot<A extends ValueAxis>(
  width: number,
  height: number,
  axisFor: (maxTicks: number) => A,
  xTitle = false,
): { plot: Plot; axis: A; y: (v: number) => number } {
  // The number of y ticks depends only on the height, so one pass fits the margin to the labels.
  const axis = axisFor(yTickBudget(plotArea(width, height, 1, xTitle)));
  const plot = plotArea(width, height, Math.max(...axis.ticks.map((t) => t.label.length)), xTitle);
  return { plot, axis, y: linearScale(axis.min, axis.max, plot.y1, plot.y0) };
}

/** The value axis' ticks placed by `y`. */
export const placeTicks = (axis: ValueAxis, at: (v: number) => number): PlacedTick[] => axis.ticks.map((t) => ({ position: at(t.value), label: t.label }));

/** An x axis of weeks (0 = the week of `startDay`) from `first` to `last`, with month/quarter/year ticks. */
export function weekAxis(plot: Plot, startDay: number, first: number, last: number): { x: (week: number) => number; ticks: PlacedTick[] } {
  const x = linearScale(first, Math.max(last, first + 1), plot.x0, plot.x1);
  const ticks = dateTicks(startDay + 7 * first, startDay + 7 * last, xTickBudget(plot, 8)).map((t) => ({
    position: x((t.day - startDay) / 7),
    label: t.label,
  }));
  return { x, ticks };
}
