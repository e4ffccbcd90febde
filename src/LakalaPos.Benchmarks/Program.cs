using BenchmarkDotNet.Running;
using LakalaPos.Benchmarks;

// dotnet run -c Release --project src/LakalaPos.Benchmarks -- --filter '*'   (docs/performance.md)
BenchmarkSwitcher.FromAssembly(typeof(SaleMessage).Assembly).Run(args, BenchConfig.Short());
