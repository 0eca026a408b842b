using BenchmarkDotNet.Attributes;
using IntroNN;
using IntroNN.Torch;
using MathNet.Numerics.LinearAlgebra;
using TorchSharp;
using static TorchSharp.torch;
using TensorPrimitives = System.Numerics.Tensors.TensorPrimitives;

/// <summary>
/// Un paso de descenso por gradiente con todo el lote (n = 1 000 000, d = 32, float64), comparado con el suelo:
/// una pasada que solo lee X. Los dos pasos necesitan X dos veces (XW y Xᵀ(P − Y)); la biblioteca las hace por
/// bloques que caben en la caché, así que X se lee de memoria una sola vez. Objetivos (issue 12), en la columna Ratio
/// (el paso entre la lectura): el logístico, 1.3 como mucho; el softmax con K = 10, que además hace unos 1.3 GFLOP,
/// 3 como mucho. Los pasos de TorchSharp se comparan con los de PyTorch en benchmarks/side-by-side.sh.
/// </summary>
[MemoryDiagnoser]
public class GradientStepBenchmarks
{
    private Matrix<double> _x = null!;
    private int[] _binaryLabels = null!;
    private int[] _classLabels = null!;
    private LogisticRegression _logistic = null!;
    private SoftmaxRegression _softmax = null!;
    private readonly Dictionary<ScalarType, (Tensor X, Tensor Y, Tensor Classes)> _tensors = new();
    private readonly Dictionary<
        ScalarType,
        (TorchLogisticRegression Logistic, TorchSoftmaxRegression Softmax)
    > _torchModels = new();

    /// <summary>Filas de X (muestras).</summary>
    [Params(1_000_000)]
    public int Rows { get; set; }

    /// <summary>Columnas de X (características).</summary>
    public const int Features = 32;

    /// <summary>Clases del paso softmax.</summary>
    public const int Classes = 10;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _x = Matrix<double>.Build.Dense(Rows, Features, (_, _) => random.NextDouble() * 2 - 1);
        _classLabels = Enumerable.Range(0, Rows).Select(_ => random.Next(Classes)).ToArray();
        _binaryLabels = _classLabels.Select(c => c % 2).ToArray();
        _logistic = LogisticRegression.Zeros(Features);
        _softmax = SoftmaxRegression.Zeros(Features, Classes);
        foreach (var dtype in new[] { ScalarType.Float64, ScalarType.Float32 })
        {
            _tensors[dtype] = (
                TorchData.Features(_x, dtype),
                TorchData.BinaryLabels(_binaryLabels, dtype),
                TorchData.ClassLabels(_classLabels, Classes)
            );
            _torchModels[dtype] = (
                new TorchLogisticRegression(new double[Features], 0, dtype),
                TorchSoftmaxRegression.Zeros(Features, Classes, dtype)
            );
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (x, y, classes) in _tensors.Values)
        {
            x.Dispose();
            y.Dispose();
            classes.Dispose();
        }
        foreach (var (logistic, softmax) in _torchModels.Values)
        {
            logistic.Dispose();
            softmax.Dispose();
        }
    }

    /// <summary>
    /// El suelo: sumar todos los elementos de X (256 MB) con los dos núcleos, cada uno su mitad, igual que reparten
    /// el trabajo los pasos. Es lo más rápido que se puede leer X de memoria.
    /// </summary>
    [Benchmark(Baseline = true, Description = "lectura de X (suelo, 2 núcleos)")]
    public double ReadPass()
    {
        var values = _x.AsColumnMajorArray();
        int workers = Environment.ProcessorCount,
            chunk = (values.Length + workers - 1) / workers;
        var partial = new double[workers];
        Parallel.For(
            0,
            workers,
            w =>
            {
                int start = Math.Min(w * chunk, values.Length);
                partial[w] = TensorPrimitives.Sum<double>(values.AsSpan(start, Math.Min(chunk, values.Length - start)));
            }
        );
        return partial.Sum();
    }

    /// <summary>La misma lectura con un solo núcleo, para ver cuánto aporta el segundo.</summary>
    [Benchmark(Description = "lectura de X (1 núcleo)")]
    public double ReadPassSingleCore() => TensorPrimitives.Sum<double>(_x.AsColumnMajorArray());

    [Benchmark(Description = "logístico: bucle por muestra")]
    public double LogisticLoop() => _logistic.LoopStep(_x, _binaryLabels, 0.1);

    [Benchmark(Description = "logístico: MathNet + kernels")]
    public double LogisticVectorized() => _logistic.Step(_x, _binaryLabels, 0.1);

    [Benchmark(Description = "softmax K=10: MathNet + kernels")]
    public double SoftmaxVectorized() => _softmax.Step(_x, _classLabels, 0.1);

    [Benchmark(Description = "logístico: TorchSharp float64 (CPU)")]
    public double LogisticTorch64() => TorchLogistic(ScalarType.Float64);

    [Benchmark(Description = "logístico: TorchSharp float32 (CPU)")]
    public double LogisticTorch32() => TorchLogistic(ScalarType.Float32);

    [Benchmark(Description = "softmax K=10: TorchSharp float64 (CPU)")]
    public double SoftmaxTorch64() => TorchSoftmax(ScalarType.Float64);

    [Benchmark(Description = "softmax K=10: TorchSharp float32 (CPU)")]
    public double SoftmaxTorch32() => TorchSoftmax(ScalarType.Float32);

    private double TorchLogistic(ScalarType dtype)
    {
        var (x, y, _) = _tensors[dtype];
        return _torchModels[dtype].Logistic.Step(x, y, 0.1);
    }

    private double TorchSoftmax(ScalarType dtype)
    {
        var (x, _, classes) = _tensors[dtype];
        return _torchModels[dtype].Softmax.Step(x, classes, 0.1);
    }
}
