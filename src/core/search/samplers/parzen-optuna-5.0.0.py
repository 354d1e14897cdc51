# Writes parzen-optuna-5.0.0.json: log densities of Optuna 5.0.0 Parzen estimators (TPESampler
# defaults) over whole integer and categorical domains, the reference for parzen.test.ts.
#   python parzen-optuna-5.0.0.py > parzen-optuna-5.0.0.json   (needs optuna==5.0.0)
import json
import numpy as np
from optuna.distributions import IntDistribution, CategoricalDistribution
from optuna.samplers._tpe.parzen_estimator import _ParzenEstimator, _ParzenEstimatorParameters
from optuna.samplers._tpe.sampler import default_weights
params = _ParzenEstimatorParameters(prior_weight=1.0, consider_magic_clip=True, consider_endpoints=False, weights=default_weights, multivariate=False)
cases = []
for (low, high, obs) in [(0, 4, []), (0, 4, [3]), (0, 4, [3, 3, 4]), (0, 3, [0, 2, 2, 1, 3, 0]), (1, 10, [4, 5, 4, 9, 1, 2, 3, 4, 6, 7, 8, 4, 4, 5]),
                         # > 25 observations (ramped weights) without ties: numpy's default argsort
                         # is not stable, so with unequal weights tied kernels depend on the machine
                         # (parzen.ts sorts stably); with flat weights (< 25) ties do not matter.
                         (0, 40, [17, 3, 29, 8, 40, 12, 25, 0, 33, 21, 6, 37, 14, 27, 9, 31, 2, 19, 35, 11, 23, 5, 39, 16, 28, 1, 30, 10])]:
    d = IntDistribution(low, high)
    pe = _ParzenEstimator({"x": np.asarray(obs, dtype=float)}, {"x": d}, params)
    xs = np.arange(low, high + 1, dtype=float)
    cases.append({"kind": "int", "low": low, "high": high, "observations": obs, "logPdf": pe.log_pdf({"x": xs}).tolist()})
for (choices, obs) in [(["sarima", "fourier", "arima"], []), (["sarima", "fourier", "arima"], [0, 0, 2]), (["wasm", "native"], [1] * 30)]:
    d = CategoricalDistribution(choices)
    pe = _ParzenEstimator({"x": np.asarray(obs, dtype=float)}, {"x": d}, params)
    xs = np.arange(len(choices), dtype=float)
    cases.append({"kind": "categorical", "choices": choices, "observations": obs, "logPdf": pe.log_pdf({"x": xs}).tolist()})
print(json.dumps({"generator": "parzen.py with optuna 5.0.0 (_ParzenEstimator, TPESampler defaults)", "cases": cases}, indent=1))
