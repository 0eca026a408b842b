using System.Globalization;

namespace NotebookEngine.Widgets;

/// <summary>Las comprobaciones de los deslizadores, con mensajes en español que dicen qué argumento falla y por qué.</summary>
internal static class SliderRange
{
    public static void Check(double min, double max, double step)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
            throw new WidgetArgumentException(
                $"min y max deben ser números finitos, pero son {Show(min)} y {Show(max)}.",
                nameof(min)
            );
        if (min >= max)
            throw new WidgetArgumentException(
                $"min debe ser menor que max, pero min = {Show(min)} y max = {Show(max)}.",
                nameof(max)
            );
        if (!double.IsFinite(step) || step <= 0)
            throw new WidgetArgumentException(
                $"step debe ser un número mayor que 0, pero es {Show(step)}.",
                nameof(step)
            );
    }

    public static double Accept(double value, double min, double max, string argument)
    {
        if (double.IsNaN(value) || value < min || value > max)
            throw new WidgetArgumentException(
                $"El valor del deslizador debe estar entre {Show(min)} y {Show(max)}, pero es {Show(value)}.",
                argument
            );
        return value;
    }

    /// <summary>Cuántos decimales hacen falta para escribir el paso (0.1 → 1, 0.05 → 2, 1 → 0), como mucho 6.</summary>
    public static int Decimals(double step)
    {
        for (var decimals = 0; decimals < 6; decimals++)
        {
            if (Math.Abs(Math.Round(step, decimals) - step) < 1e-12)
                return decimals;
        }
        return 6;
    }

    private static string Show(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
