using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/IntroNN.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
