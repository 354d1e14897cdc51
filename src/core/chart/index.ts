// Chart geometry shared by every chart of the lab (pure: numbers and strings for an SVG).
export { niceAxis, niceStep, formatNumber, linearScale, type Tick, type ValueAxis } from './scale';
export { dateTicks, humanDay, type DateTick } from './dates';
export { clippedAxis, clampTo, isClipped, robustCap, type ClippedAxis } from './outliers';
export { plotArea, xTickBudget, yTickBudget, type Plot } from './plot';
export { fitPlot, placeTicks, weekAxis, type PlacedTick } from './axes';
export { nearestPoint, stepPoint, inReadingOrder, type ReadoutPoint } from './readout';
