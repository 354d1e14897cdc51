// Sharing models as JSON: the public entry points of the exchange format (see model-json-format.ts).
export { buildModelDocument, exportModelsJson, modelJsonFileName, type ExportOptions } from './model-json-export';
export { checkModelFileSize, importModelsJson, type ImportedModel } from './model-json-import';
export { restore } from './model-json-restore';
export {
  CURRENT_FORMAT_VERSION,
  MAX_MODEL_JSON_BYTES,
  MODEL_FORMAT,
  type ExportedModel,
  type ModelDocumentV1,
  type ModelDocumentV2,
  type ModelDocumentV3,
  type ModelImportErrorCode,
} from './model-json-format';
export { forecastCsv, FORECAST_CSV_HEADER } from './forecast-csv';
export { forecastFromModelFile, type ModelFileForecast, type ModelFileForecastErrorCode, type ModelFileForecastOptions } from './model-file-forecast';
