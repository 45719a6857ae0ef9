"""Made-up registers for trying the app and for the benchmarks."""
