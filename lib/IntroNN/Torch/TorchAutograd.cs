using TorchSharp;
using static TorchSharp.torch;

namespace IntroNN.Torch;

/// <summary>
/// El paso con autograd que comparten los dos modelos de TorchSharp, como se escribe en PyTorch:
/// <c>optimizer.zero_grad(); loss = ...; loss.backward(); optimizer.step()</c>.
/// </summary>
internal static class TorchAutograd
{
    /// <summary><c>torch.optim.SGD(parameters, learningRate)</c>: descenso por gradiente sin momento.</summary>
    public static TorchSharp.Modules.SGD SGD(IEnumerable<TorchSharp.Modules.Parameter> parameters, double learningRate)
    {
        Guard.LearningRate(learningRate);
        return optim.SGD(parameters, learningRate);
    }

    /// <summary>
    /// Calcula la pérdida con <paramref name="loss"/>, y si es finita la propaga y da el paso del optimizador.
    /// Devuelve la pérdida antes de actualizar; si no es finita, explica la causa sin tocar los parámetros.
    /// </summary>
    public static double Step(
        Func<Tensor> loss,
        optim.Optimizer optimizer,
        Tensor x,
        params (string Name, Tensor Value)[] parameters
    )
    {
        Guard.NotNull(optimizer, nameof(optimizer));
        using var scope = NewDisposeScope();
        optimizer.zero_grad();
        var value = loss();
        var number = value.to(ScalarType.Float64).item<double>();
        if (!double.IsFinite(number))
            throw Guard.ExplainNonFiniteLoss(number, x, parameters);
        value.backward();
        optimizer.step();
        return number;
    }
}
