using System.Globalization;

namespace IntroNN;

/// <summary>
/// Colores que comparten todos los gráficos de <see cref="Charts"/>: la clase 0 es siempre azul y la
/// clase 1 siempre bermellón, en la nube de puntos, en las curvas de Bernoulli y de entropía cruzada
/// (y = 0 / y = 1) y en las regiones de decisión. Paleta de Okabe e Ito, legible con daltonismo.
/// </summary>
public static class ChartColors
{
    /// <summary>Color de cada clase, por índice (0, 1, 2...). Más allá de 8 clases se repiten.</summary>
    public static IReadOnlyList<string> Classes { get; } =
    ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D1F", "#000000"];

    /// <summary>Curvas del modelo: la recta, la sigmoide, la log-verosimilitud, los tiempos.</summary>
    public const string Model = "#5B2A86";

    /// <summary>Pérdida sobre el conjunto de entrenamiento.</summary>
    public const string Train = "#2B2B2B";

    /// <summary>Pérdida sobre el conjunto de validación.</summary>
    public const string Validation = "#E69F00";

    /// <summary>Curvas de referencia y guías (σ(x) con w = 1 y b = 0, umbral 0.5).</summary>
    public const string Reference = "#9AA0A6";

    /// <summary>Camino del descenso por gradiente sobre la superficie de pérdida (visible sobre Viridis).</summary>
    public const string Path = "#FF3B30";

    /// <summary>
    /// Colores de los caminos cuando se dibujan varios sobre la misma superficie: el primero es <see cref="Path"/>;
    /// todos contrastan con el violeta y el verde de Viridis (donde están los valles) y con el blanco de la leyenda.
    /// </summary>
    public static IReadOnlyList<string> Paths { get; } = [Path, "#F24BD8", "#00C2E0", "#FF9F0A"];

    /// <summary>Color del camino número <paramref name="pathIndex"/> (se repiten pasado el cuarto).</summary>
    public static string PathColor(int pathIndex) => Paths[((pathIndex % Paths.Count) + Paths.Count) % Paths.Count];

    /// <summary>Punto de partida del descenso por gradiente.</summary>
    public const string Start = "#FFFFFF";

    /// <summary>Frontera de decisión y texto de las anotaciones.</summary>
    public const string Ink = "#1F1F1F";

    /// <summary>Color de la clase <paramref name="classIndex"/> (se repiten pasado el octavo).</summary>
    public static string Class(int classIndex) =>
        Classes[((classIndex % Classes.Count) + Classes.Count) % Classes.Count];

    /// <summary>
    /// Tinte claro del color de la clase, para fondos (mapas de probabilidad, regiones) sobre los que los
    /// puntos de esa clase, en su color pleno, se siguen viendo.
    /// </summary>
    /// <param name="classIndex">Índice de la clase.</param>
    /// <param name="strength">Cuánto color conserva: 0 es blanco, 1 el color pleno.</param>
    public static string PaleClass(int classIndex, double strength = 0.35) => Blend(Class(classIndex), strength);

    // Mezcla lineal con blanco en RGB: basta para tintes de fondo y evita depender de una librería de color.
    private static string Blend(string hex, double strength)
    {
        int Channel(int start)
        {
            var value = int.Parse(hex.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return (int)Math.Round(255 - (255 - value) * strength);
        }

        return $"#{Channel(1):X2}{Channel(3):X2}{Channel(5):X2}";
    }
}
