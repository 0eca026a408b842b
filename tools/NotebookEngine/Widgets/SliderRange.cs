using System.Globalization;

namespace NotebookEngine.Widgets;

/// <summary>Las comprobaciones de los deslizadores, con mensajes en español que dicen qué argumento falla y por qué.</summary>
internal static class SliderRange
{
    public static void Check(double min, double max, double step)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
            throw WidgetArgumentException.Create(
                "min y max",
                $"valen {Show(min)} y {Show(max)}",
                "un número finito en cada uno",
                double.IsFinite(min) ? nameof(max) : nameof(min)
            );
        if (min >= max)
            throw WidgetArgumentException.Create(
                nameof(max),
                $"vale {Show(max)} y min {Show(min)}",
                "un máximo mayor que el mínimo",
                nameof(max)
            );
        if (!double.IsFinite(step) || step <= 0)
            throw WidgetArgumentException.Create(nameof(step), $"vale {Show(step)}", "un número mayor que 0");
    }

    public static double Accept(double value, double min, double max, string argument)
    {
        if (double.IsNaN(value) || value < min || value > max)
            throw WidgetArgumentException.Create(
                argument,
                $"vale {Show(value)}",
                $"un valor del deslizador entre {Show(min)} y {Show(max)}"
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
