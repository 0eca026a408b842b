using System.Globalization;
using Plotly.NET;

namespace IntroNN;

public static partial class Charts
{
    /// <summary>
    /// La matriz de confusión como mapa de calor con el recuento en cada celda: filas = clase real,
    /// columnas = clase predicha; la diagonal son los aciertos. El título da la exactitud.
    /// Capítulo 5 (<c>05-softmax.ipynb</c>).
    /// </summary>
    /// <param name="counts">K × K recuentos: <c>counts[real, predicha]</c>, como los da <c>Metrics.ConfusionMatrix</c>.</param>
    /// <param name="classNames">Nombre de cada clase; por defecto «clase 0», «clase 1»...</param>
    /// <param name="title">Título; por defecto «Matriz de confusión (exactitud …)».</param>
    public static GenericChart ConfusionMatrix(
        int[,] counts,
        IReadOnlyList<string>? classNames = null,
        string? title = null
    )
    {
        Guard.NotNull(counts, nameof(counts));
        var k = counts.GetLength(0);
        if (k != counts.GetLength(1))
            Guard.Fail(nameof(counts), $"es de {k}×{counts.GetLength(1)}", "una matriz cuadrada (K×K)");
        Guard.AtLeast(k, 2, nameof(counts) + " (clases)");
        Guard.ClassNames(classNames, k, nameof(classNames));
        long total = 0,
            correct = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                if (counts[i, j] < 0)
                    throw Guard.Error(
                        $"counts[{i}, {j}]",
                        $"vale {counts[i, j]}",
                        "un recuento mayor o igual que 0",
                        null,
                        nameof(counts)
                    );
                total += counts[i, j];
                if (i == j)
                    correct += counts[i, j];
            }
        }

        var names = Enumerable.Range(0, k).Select(c => classNames?[c] ?? $"clase {c}").ToArray();
        var z = Enumerable
            .Range(0, k)
            .Select(i => Enumerable.Range(0, k).Select(j => counts[i, j]).ToArray())
            .ToArray();
        var heat = ChartParts
            .Trace("heatmap")
            .With("name", "recuento")
            .With("x", names)
            .With("y", names)
            .With("z", z)
            .With("zmin", 0)
            .With("zmax", Math.Max(1, z.Max(row => row.Max()))) // both ends, or plotly.js ignores zmin
            .With("texttemplate", "%{z}")
            .With("textfont", new { size = 16 })
            .With("colorscale", new object[][] { [0, "#FFFFFF"], [1, ChartColors.Class(0)] })
            .With("showscale", false)
            .With("xgap", 2)
            .With("ygap", 2)
            .With("hovertemplate", "real: %{y}<br>predicha: %{x}<br>%{z} muestras<extra></extra>");

        var accuracy =
            total == 0
                ? ""
                : $" (exactitud {(100.0 * correct / total).ToString("0.0", CultureInfo.InvariantCulture)} %)";
        // Square cells (scaleanchor below); the extra width leaves room for the class names on the left.
        var size = Math.Min(640, 260 + 90 * k);
        var layout = ChartLayout.Create(
            title ?? "Matriz de confusión" + accuracy,
            "clase predicha",
            "clase real",
            width: size + 180,
            height: size
        );
        layout.With(
            "xaxis",
            ChartLayout.Axis("clase predicha").With("showgrid", false).With("showline", false).With("ticks", "")
        );
        layout.With(
            "yaxis",
            ChartLayout
                .Axis("clase real")
                .With("autorange", "reversed")
                .With("showgrid", false)
                .With("showline", false)
                .With("ticks", "")
                .With("scaleanchor", "x")
        );
        layout.With(
            "margin",
            new
            {
                l = 70,
                r = 30,
                t = 60,
                b = 60,
            }
        );
        return ChartParts.Build(layout, [heat]);
    }

    /// <summary>
    /// La matriz de confusión a partir de las clases predichas y las reales de cada muestra (en el mismo
    /// orden que <c>Metrics.ConfusionMatrix</c>). Capítulo 5 (<c>05-softmax.ipynb</c>).
    /// </summary>
    /// <param name="predicted">Clase predicha de cada muestra: 0 … K − 1.</param>
    /// <param name="actual">Clase real de cada muestra: 0 … K − 1.</param>
    /// <param name="classNames">Nombre de cada clase; por defecto «clase 0», «clase 1»...</param>
    /// <param name="classCount">Número de clases K; por defecto el de <paramref name="classNames"/> o la mayor clase + 1.</param>
    /// <param name="title">Título; por defecto «Matriz de confusión (exactitud …)».</param>
    public static GenericChart ConfusionMatrix(
        IReadOnlyList<int> predicted,
        IReadOnlyList<int> actual,
        IReadOnlyList<string>? classNames = null,
        int? classCount = null,
        string? title = null
    )
    {
        Guard.NotEmpty(predicted, nameof(predicted));
        Guard.NotEmpty(actual, nameof(actual));
        Guard.SameLength(predicted.Count, nameof(predicted), actual.Count, nameof(actual));
        var k = classCount ?? classNames?.Count ?? Math.Max(Math.Max(actual.Max(), predicted.Max()) + 1, 2);
        Guard.AtLeast(k, 2, nameof(classCount));
        Guard.Labels(actual, k, nameof(actual));
        Guard.Labels(predicted, k, nameof(predicted));
        var counts = new int[k, k];
        for (var i = 0; i < actual.Count; i++)
            counts[actual[i], predicted[i]]++;
        return ConfusionMatrix(counts, classNames, title);
    }
}
