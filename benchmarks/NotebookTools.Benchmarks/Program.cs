using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/NotebookTools.Benchmarks -- --filter '*'
// Cada clase trae su configuración ([Config]): en proceso para lo caliente, procesos nuevos para el arranque en frío.
BenchmarkSwitcher.FromAssembly(typeof(NotebookTools.Benchmarks.RepositoryPaths).Assembly).Run(args);
