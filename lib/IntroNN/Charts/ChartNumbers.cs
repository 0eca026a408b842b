using System.Globalization;

namespace IntroNN;

/// <summary>Rejillas, redondeos y formatos numéricos que usan los gráficos.</summary>
internal static class ChartNumbers
{
    /// <summary><paramref name="count"/> valores equiespaciados de <paramref name="min"/> a <paramref name="max"/>, ambos incluidos.</summary>
    public static double[] Linspace(double min, double max, int count)
    {
        if (count == 1)
            return [min];
        var values = new double[count];
        for (var i = 0; i < count; i++)
            values[i] = min + (max - min) * i / (count - 1);
        values[^1] = max;
        return values;
    }

    /// <summary>
    /// Redondea a 5 cifras significativas. Las rejillas y los datos precalculados de los deslizadores
    /// ocupan así un tercio del JSON (0.11920 en vez de 0.11920292202211755) sin diferencia visible.
    /// </summary>
    public static double Compact(double value) =>
        double.IsFinite(value)
            ? double.Parse(value.ToString("G5", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : value;

    /// <summary>Número corto para títulos y anotaciones: 0.105, 2.303, -1.5.</summary>
    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// Evalúa <paramref name="f"/> en la rejilla: fila i para ys[i], columna j para xs[j] (el orden de
    /// plotly.js para z). Falla en español si la función devuelve NaN o infinito.
    /// </summary>
    public static double[][] Grid(Func<double, double, double> f, double[] xs, double[] ys, string functionName)
    {
        var z = new double[ys.Length][];
        for (var i = 0; i < ys.Length; i++)
        {
            z[i] = new double[xs.Length];
            for (var j = 0; j < xs.Length; j++)
            {
                var value = f(xs[j], ys[i]);
                if (!double.IsFinite(value))
                    throw Guard.Error(
                        $"{functionName}({Format(xs[j])}, {Format(ys[i])})",
                        $"devolvió {value.ToString(CultureInfo.InvariantCulture)}",
                        "un número finito en toda la rejilla",
                        null,
                        functionName
                    );
                z[i][j] = value;
            }
        }

        return z;
    }

    /// <summary>
    /// Caja que contiene todos los puntos con un margen del 10 % de su lado (al menos 0.5), para que
    /// ningún punto quede pegado al borde del gráfico.
    /// </summary>
    public static (double XMin, double XMax, double YMin, double YMax) PaddedBox(double[,] points)
    {
        double xMin = double.PositiveInfinity,
            xMax = double.NegativeInfinity;
        double yMin = double.PositiveInfinity,
            yMax = double.NegativeInfinity;
        for (var i = 0; i < points.GetLength(0); i++)
        {
            xMin = Math.Min(xMin, points[i, 0]);
            xMax = Math.Max(xMax, points[i, 0]);
            yMin = Math.Min(yMin, points[i, 1]);
            yMax = Math.Max(yMax, points[i, 1]);
        }

        var xPad = Math.Max(0.1 * (xMax - xMin), 0.5);
        var yPad = Math.Max(0.1 * (yMax - yMin), 0.5);
        return (xMin - xPad, xMax + xPad, yMin - yPad, yMax + yPad);
    }
}
