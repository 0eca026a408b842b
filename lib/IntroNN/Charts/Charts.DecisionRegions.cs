using MathNet.Numerics.LinearAlgebra;
using Plotly.NET;
using static IntroNN.ChartNumbers;

namespace IntroNN;

public static partial class Charts
{
    /// <summary>
    /// Las regiones de decisión de un clasificador de K clases (cada celda coloreada con la clase que
    /// predice, en tono claro) con los datos encima, en el color pleno de su clase real.
    /// Capítulo 5 (<c>05-softmax.ipynb</c>).
    /// </summary>
    /// <param name="points">Una fila por muestra y dos columnas: las dos características que se dibujan.</param>
    /// <param name="labels">Clase real de cada muestra: 0 … K − 1.</param>
    /// <param name="predictClass">Clase que predice el modelo en (x₁, x₂), p. ej. el argmax de softmax.</param>
    /// <param name="classNames">Nombre de cada clase; por defecto «clase 0», «clase 1»...</param>
    /// <param name="classCount">Número de clases K; por defecto el de <paramref name="classNames"/> o la mayor etiqueta + 1.</param>
    /// <param name="featureNames">Títulos de los ejes; por defecto x₁ y x₂.</param>
    /// <param name="resolution">Celdas por lado de la rejilla de regiones.</param>
    /// <param name="title">Título; por defecto «Regiones de decisión».</param>
    public static GenericChart DecisionRegions(
        double[,] points,
        IReadOnlyList<int> labels,
        Func<double, double, int> predictClass,
        IReadOnlyList<string>? classNames = null,
        int? classCount = null,
        IReadOnlyList<string>? featureNames = null,
        int resolution = 120,
        string? title = null
    )
    {
        Guard.Points2D(points, nameof(points));
        Guard.NotEmpty(labels, nameof(labels));
        Guard.SameLength(labels.Count, nameof(labels), points.GetLength(0), "points (filas)");
        Guard.NotNull(predictClass, nameof(predictClass));
        var k = classCount ?? classNames?.Count ?? Math.Max(labels.Max() + 1, 2);
        Guard.AtLeast(k, 2, nameof(classCount));
        Guard.Labels(labels, k, nameof(labels));
        Guard.ClassNames(classNames, k, nameof(classNames));
        Guard.ClassNames(featureNames, 2, nameof(featureNames));
        Guard.AtLeast(resolution, 2, nameof(resolution));

        var (xMin, xMax, yMin, yMax) = PaddedBox(points);
        var xs = Linspace(xMin, xMax, resolution);
        var ys = Linspace(yMin, yMax, resolution);
        var regions = new int[ys.Length][];
        for (var i = 0; i < ys.Length; i++)
        {
            regions[i] = new int[xs.Length];
            for (var j = 0; j < xs.Length; j++)
            {
                var c = predictClass(xs[j], ys[i]);
                if (c < 0 || c >= k)
                    throw Guard.Error(
                        $"predictClass({Format(xs[j])}, {Format(ys[i])})",
                        $"devolvió {c}",
                        $"una clase entre 0 y {k - 1}",
                        null,
                        nameof(predictClass)
                    );
                regions[i][j] = c;
            }
        }

        // A stepwise colour scale: the value c in [c − 0.5, c + 0.5] gets class c's pale colour, with no blending.
        var colorscale = new List<object[]>();
        for (var c = 0; c < k; c++)
        {
            colorscale.Add([(double)c / k, ChartColors.PaleClass(c)]);
            colorscale.Add([(double)(c + 1) / k, ChartColors.PaleClass(c)]);
        }

        var names = Enumerable.Range(0, k).Select(c => classNames?[c] ?? $"clase {c}").ToArray();
        var heat = ChartParts
            .Trace("heatmap")
            .With("name", "regiones")
            .With("x", xs.Select(Compact).ToArray())
            .With("y", ys.Select(Compact).ToArray())
            .With("z", regions)
            .With("zmin", -0.5)
            .With("zmax", k - 0.5)
            .With("colorscale", colorscale)
            .With("showscale", false)
            // The class index, not its name: names in every cell would triple the JSON.
            .With("hovertemplate", "el modelo predice la clase %{z}<extra></extra>");

        var traces = new List<Trace> { heat };
        traces.AddRange(ClassScatter(points, labels, k, names));
        var layout = ChartLayout.Create(
            title ?? "Regiones de decisión",
            featureNames?[0] ?? "x<sub>1</sub>",
            featureNames?[1] ?? "x<sub>2</sub>",
            height: 560
        );
        SetBox(layout, featureNames, xMin, xMax, yMin, yMax);
        return ChartParts.Build(layout, traces);
    }

    /// <summary>
    /// Las regiones de decisión de un modelo ya entrenado sobre un conjunto de dos características: cada celda con la
    /// clase que predice <paramref name="model"/> en ese punto, y las muestras de <paramref name="data"/> encima.
    /// Capítulo 5 (<c>05-softmax.ipynb</c>).
    /// </summary>
    /// <param name="data">Las muestras que se dibujan: exactamente dos características (columnas).</param>
    /// <param name="model">Un clasificador de dos características, p. ej. una <c>SoftmaxRegression</c>.</param>
    /// <param name="classNames">Nombre de cada clase; por defecto «clase 0», «clase 1»...</param>
    /// <param name="featureNames">Títulos de los ejes; por defecto x₁ y x₂.</param>
    /// <param name="resolution">Celdas por lado de la rejilla de regiones.</param>
    /// <param name="title">Título; por defecto «Regiones de decisión».</param>
    public static GenericChart DecisionRegions(
        Dataset data,
        IClassifier model,
        IReadOnlyList<string>? classNames = null,
        IReadOnlyList<string>? featureNames = null,
        int resolution = 120,
        string? title = null
    )
    {
        Guard.NotNull(data, nameof(data), "un conjunto de datos con 2 características");
        Guard.NotNull(model, nameof(model), "un clasificador de 2 características");
        if (data.FeatureCount != 2)
            Guard.Fail(
                nameof(data),
                $"tiene {data.FeatureCount} características",
                "exactamente 2: el gráfico es un plano"
            );
        if (model.FeatureCount != 2)
            Guard.Fail(
                nameof(model),
                $"espera {model.FeatureCount} características",
                "un modelo de 2, las mismas que data, para dibujar sus regiones"
            );
        var point = Matrix<double>.Build.Dense(1, 2);
        int PredictAt(double x1, double x2)
        {
            point[0, 0] = x1;
            point[0, 1] = x2;
            return model.Predict(point)[0];
        }
        return DecisionRegions(
            data.Features.ToArray(),
            data.Labels,
            PredictAt,
            classNames,
            model.ClassCount,
            featureNames,
            resolution,
            title
        );
    }

    /// <inheritdoc cref="DecisionRegions(double[,], IReadOnlyList{int}, Func{double, double, int}, IReadOnlyList{string}?, int?, IReadOnlyList{string}?, int, string?)"/>
    /// <remarks>Versión para MathNet: los puntos en una <see cref="Matrix{T}"/> de n × 2, como <c>Dataset.Features</c>.</remarks>
    public static GenericChart DecisionRegions(
        Matrix<double> points,
        IReadOnlyList<int> labels,
        Func<double, double, int> predictClass,
        IReadOnlyList<string>? classNames = null,
        int? classCount = null,
        IReadOnlyList<string>? featureNames = null,
        int resolution = 120,
        string? title = null
    )
    {
        Guard.NotNull(points, nameof(points));
        return DecisionRegions(
            points.ToArray(),
            labels,
            predictClass,
            classNames,
            classCount,
            featureNames,
            resolution,
            title
        );
    }
}
