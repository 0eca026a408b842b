using static TorchSharp.torch;

namespace IntroNN.Torch;

/// <summary>
/// La inferencia que comparten los dos modelos de TorchSharp: sin grafo de autograd, liberando los intermedios, y sin
/// devolver nunca un NaN en silencio (los logits ±∞ sí valen: la sigmoide y la softmax tienen límite).
/// </summary>
internal static class TorchInference
{
    /// <summary><paramref name="output"/> aplicado a los logits de <paramref name="x"/> que da <paramref name="logits"/>.</summary>
    /// <exception cref="ArgumentException">x trae NaN o ∞ (dice fila y columna).</exception>
    /// <exception cref="InvalidOperationException">Con datos finitos, los logits desbordan a NaN (∞ − ∞).</exception>
    public static Tensor Run(Tensor x, Func<Tensor, Tensor> logits, Func<Tensor, Tensor> output)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var z = logits(x);
        if (z.isnan().any().item<bool>())
            throw (Exception?)Guard.NonFiniteData(x)
                ?? new InvalidOperationException(
                    $"Los logits de x {Guard.Shape(x)} dan NaN con datos y pesos finitos: el producto Xw desborda (∞ − ∞). "
                        + "Estandariza x o usa pesos más pequeños."
                );
        return output(z).MoveToOuterDisposeScope();
    }
}
