# R's forecasts for bench/choice.bench.ts: forecast::auto.arima, ets and thetaf per series, with
# 80/95% intervals, the model chosen and seconds per fit.
# Usage: Rscript bench/choice-reference.R <in.csv: id,y in time order> <out.csv> <frequency> <horizon> <methods, comma-separated>
# Rows are appended series by series, so a caller that stops a slow run (auto.arima at frequency 52
# on years of weeks can take minutes per series) keeps the series already done.
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
input <- read.csv(args[1], colClasses = c("character", "numeric"))
frequency <- as.numeric(args[3])
h <- as.integer(args[4])
methods <- strsplit(args[5], ",")[[1]]

fitters <- list(
  arima = function(y) { m <- auto.arima(y); list(fc = forecast(m, h = h, level = c(80, 95)), spec = forecast:::arima.string(m, padding = FALSE)) },
  ets = function(y) { m <- suppressWarnings(ets(y)); list(fc = forecast(m, h = h, level = c(80, 95)), spec = m$method) },
  theta = function(y) list(fc = thetaf(y, h = h, level = c(80, 95)), spec = "thetaf")
)

first <- TRUE
for (id in unique(input$id)) {
  rows <- list()
  y <- ts(input$y[input$id == id], frequency = frequency)
  for (method in methods) {
    t0 <- proc.time()[["elapsed"]]
    out <- tryCatch(fitters[[method]](y), error = function(e) list(fc = NULL, spec = paste("error:", conditionMessage(e))))
    seconds <- proc.time()[["elapsed"]] - t0
    fc <- out$fc
    na <- rep(NA_real_, h)
    rows[[length(rows) + 1]] <- data.frame(
      id = id, method = method, h = seq_len(h),
      mean = if (is.null(fc)) na else as.numeric(fc$mean),
      lower80 = if (is.null(fc)) na else as.numeric(fc$lower[, 1]), upper80 = if (is.null(fc)) na else as.numeric(fc$upper[, 1]),
      lower95 = if (is.null(fc)) na else as.numeric(fc$lower[, 2]), upper95 = if (is.null(fc)) na else as.numeric(fc$upper[, 2]),
      seconds = seconds, spec = gsub("[\r\n\"]", " ", out$spec)
    )
  }
  write.table(do.call(rbind, rows), args[2], sep = ",", row.names = FALSE, col.names = first, append = !first, qmethod = "double")
  first <- FALSE
}
