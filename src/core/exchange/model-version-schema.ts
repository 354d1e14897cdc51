// Validation of an exported model as a whole: the registry version, its series, and that the parts
// agree (the family and the fit match the spec, the series matches its recorded digest).
import { canonicalJson } from '../canonical-json';
import { bad, field, int, isoTime, literal, nullable, oneOf, plainJson, range, record, text, type Check } from './json-reader';
import type { ExportedModel } from './model-json-format';
import { futureOfModel } from './future-schema';
import { evaluation, fittedModel, forecastTable, MAX_HORIZON, modelSpec, object, provenance, trainingData, weeklySeries } from './model-schema';
import type { ModelVersion } from '../registry/registry-types';
import { seriesDigest } from '../data/series-digest';

const io = object((o, p) => ({
  frequency: field(o, 'frequency', p, literal('weekly')),
  weekEndingDay: field(o, 'weekEndingDay', p, int(0, 6)),
  horizon: field(o, 'horizon', p, int(1, MAX_HORIZON)),
  units: field(o, 'units', p, text(100)),
}));

const study = nullable(object((o, p) => ({ key: field(o, 'key', p, text(500, 1)), trial: field(o, 'trial', p, int(0, 1_000_000)) })));
const millis = range(0, 1e12);

export const modelVersion: Check<ModelVersion> = object((o, p) => {
  const spec = field(o, 'spec', p, modelSpec);
  const family = field(o, 'family', p, oneOf('arima', 'sarima', 'fourier', 'baseline', 'combination'));
  if (family !== spec.family) bad(`${p}.family`, `must match spec.family "${spec.family}"`, family);
  const fitted = field(o, 'fitted', p, nullable(fittedModel));
  if (fitted && canonicalJson(fitted.spec) !== canonicalJson(spec)) bad(`${p}.fitted.spec`, 'must be the same as the model spec');
  const config = field(o, 'config', p, plainJson);
  return {
    recordVersion: 2,
    name: field(o, 'name', p, text(300, 1)),
    version: field(o, 'version', p, int(1, Number.MAX_SAFE_INTEGER)),
    productId: field(o, 'productId', p, text(200, 1)),
    productTitle: field(o, 'productTitle', p, text(500)),
    family,
    spec,
    engine: field(o, 'engine', p, oneOf('wasm', 'native')),
    fitted,
    data: field(o, 'data', p, trainingData),
    evaluation: field(o, 'evaluation', p, evaluation),
    forecast: field(o, 'forecast', p, nullable(forecastTable)),
    future: field(o, 'future', p, futureOfModel(spec)),
    config: record(config, `${p}.config`),
    study: field(o, 'study', p, study),
    fitMs: field(o, 'fitMs', p, millis),
    searchMs: field(o, 'searchMs', p, millis),
    createdAt: field(o, 'createdAt', p, isoTime),
    appVersion: field(o, 'appVersion', p, text(50, 1)),
    io: field(o, 'io', p, io),
    provenance: field(o, 'provenance', p, provenance),
  };
});

/** Validates one exported model; a present series must be the one the model records (same digest). */
export async function checkExportedModel(value: unknown, path: string): Promise<ExportedModel> {
  const o = record(value, path);
  const model = field(o, 'model', path, modelVersion);
  const series = field(o, 'series', path, nullable(weeklySeries));
  if (series) {
    const sp = `${path}.series`;
    if (series.start !== model.data.start || series.values.length !== model.data.weeks) {
      bad(sp, `must start on ${model.data.start} and have ${model.data.weeks} weeks, as model.data records`);
    }
    if ((await seriesDigest({ ...series, id: model.productId })) !== model.data.digest)
      bad(sp, 'does not match model.data.digest: the series was changed after export');
  }
  return { model, series };
}
