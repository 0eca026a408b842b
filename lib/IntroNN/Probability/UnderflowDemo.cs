namespace IntroNN;

/// <summary>Resultado de <see cref="Bernoulli.Underflow"/>: el producto de probabilidades frente a la suma de sus logaritmos.</summary>
/// <remarks>Capítulo 2: notebooks/02-verosimilitud-bernoulli.ipynb.</remarks>
/// <param name="Samples">Número de muestras multiplicadas.</param>
/// <param name="Probability">Probabilidad de cada muestra.</param>
/// <param name="Product">Πᵢ p: 0 cuando ya no cabe en un double.</param>
/// <param name="LogSum">Σᵢ log p: finita.</param>
/// <param name="FirstZeroAt">Número de muestras con el que el producto llegó a 0 por primera vez; null si no llegó.</param>
public sealed record UnderflowDemo(int Samples, double Probability, double Product, double LogSum, int? FirstZeroAt);
