using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

public sealed partial class LogisticRegression
{
    /// <summary>
    /// La versión LENTA, para enseñar: el mismo paso que <see cref="Step(Matrix{double}, IReadOnlyList{int}, double)"/>
    /// escrito con bucles anidados, muestra a muestra y peso a peso, tal como se deriva a mano.
    /// Devuelve la pérdida antes de actualizar.
    /// </summary>
    /// <remarks>
    /// Capítulo 4c: notebooks/04c-vectorizar.ipynb, donde se cronometra frente a la vectorizada.
    /// Da los mismos números (hasta el redondeo) pero recorre X elemento a elemento con el indexador de MathNet,
    /// sin SIMD ni varios núcleos: no la uses para entrenar.
    /// </remarks>
    public double LoopStep(Matrix<double> x, IReadOnlyList<int> labels, double learningRate)
    {
        Guard.LearningRate(learningRate);
        CheckBatch(x, labels, 0);
        int n = x.RowCount,
            d = _p.Features;
        var gradient = new double[d];
        double gradientBias = 0,
            loss = 0;
        for (int i = 0; i < n; i++)
        {
            double z = Bias;
            for (int j = 0; j < d; j++)
                z += x[i, j] * _p.Weights[j];
            double yHat = Activations.StableSigmoid(z);
            double residual = yHat - labels[i]; // ∂Lᵢ/∂zᵢ = ŷᵢ − yᵢ
            for (int j = 0; j < d; j++)
                gradient[j] += residual * x[i, j];
            gradientBias += residual;
            loss += Losses.BinaryCrossEntropyWithLogitsUnchecked(z, labels[i]);
        }
        if (!double.IsFinite(loss))
            Guard.Finite(x, nameof(x));
        for (int j = 0; j < d; j++)
            _p.Weights[j] -= learningRate * gradient[j] / n;
        _p.Bias[0] -= learningRate * gradientBias / n;
        return loss / n;
    }
}
