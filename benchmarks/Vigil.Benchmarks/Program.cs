using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Vigil.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
