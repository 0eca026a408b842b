using BenchmarkDotNet.Attributes;
using IntroNN;
using MathNet.Numerics.LinearAlgebra;

/// <summary>
/// Un paso de descenso por gradiente con todo el lote (N = 1.000.000, d = 32, float64), comparado con el suelo:
/// una pasada que solo lee X. El paso logístico lee X dos veces (Xw y Xᵀ(ŷ − y)), así que su cociente frente a
/// la lectura debería rondar 2 si va al ritmo de la memoria; el objetivo es no pasar de 4 (2 × dos lecturas).
/// </summary>
[MemoryDiagnoser]
public class GradientStepBenchmarks
{
    private Matrix<double> _x = null!;
    private int[] _binaryLabels = null!;
    private int[] _classLabels = null!;
    private LogisticRegression _logistic = null!;
    private SoftmaxRegression _softmax = null!;

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
    }

    /// <summary>El suelo: sumar todos los elementos de X, una lectura de 256 MB.</summary>
    [Benchmark(Baseline = true, Description = "lectura de X (suelo)")]
    public double ReadPass() => System.Numerics.Tensors.TensorPrimitives.Sum<double>(_x.AsColumnMajorArray());

    [Benchmark(Description = "logístico: bucle por muestra")]
    public double LogisticLoop() => _logistic.LoopStep(_x, _binaryLabels, 0.1);

    [Benchmark(Description = "logístico: MathNet + kernels")]
    public double LogisticVectorized() => _logistic.Step(_x, _binaryLabels, 0.1);

    [Benchmark(Description = "softmax K=10: MathNet + kernels")]
    public double SoftmaxVectorized() => _softmax.Step(_x, _classLabels, 0.1);
}
