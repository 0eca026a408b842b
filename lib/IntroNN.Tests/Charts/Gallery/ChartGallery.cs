#:project ../../../IntroNN/IntroNN.csproj
// Galería de los gráficos de IntroNN.Charts, para MIRARLOS (no es una prueba automática).
//
//   dotnet run lib/IntroNN.Tests/Charts/Gallery/ChartGallery.cs -- /tmp/galeria
//
// Escribe una página HTML por gráfico y plotly-2.28.0.min.js (el que Plotly.NET lleva dentro) en la
// carpeta indicada: las páginas funcionan sin red. Para capturarlas con Chromium sin pantalla:
//
//   for f in /tmp/galeria/*.html; do chromium --headless --no-sandbox --disable-gpu --disable-quic \
//     --no-first-run --disable-background-networking --disable-component-update --disable-sync \
//     --user-data-dir=$(mktemp -d) --window-size=760,660 --virtual-time-budget=3000 \
//     --screenshot="${f%.html}.png" "file://$f"; done
using IntroNN;
using Plotly.NET;

var folder = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "galeria");
Directory.CreateDirectory(folder);
using (var script = typeof(GenericChart).Assembly.GetManifestResourceStream("Plotly.NET.plotly-2.28.0.min.js")!)
using (var file = File.Create(Path.Combine(folder, "plotly-2.28.0.min.js")))
    script.CopyTo(file);

void Save(string name, GenericChart chart)
{
    var page = $"""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>{name}</title>
        <script src="plotly-2.28.0.min.js"></script></head>
        <body style="margin:8px">{GenericChart.toChartHTML(chart)}</body></html>
        """;
    File.WriteAllText(Path.Combine(folder, name + ".html"), page);
    Console.WriteLine($"{name}.html  ({GenericChart.toJson(chart).Length / 1024.0:F1} KB de JSON)");
}

Save("01-recta", Charts.Line(2, 1));
Save("02-sigmoide", Charts.SigmoidWithSliders());
Save("03-bernoulli", Charts.BernoulliLikelihood(prediction: 0.9));
var ws = Enumerable.Range(0, 61).Select(i => -3 + 0.1 * i).ToArray();
Save(
    "04-log-verosimilitud",
    Charts.LogLikelihoodByWeight(
        ws,
        ws.Select(w => -10 * Math.Log(1 + Math.Exp(-w)) - 5 * Math.Log(1 + Math.Exp(w - 1.5))).ToArray()
    )
);
Save("05-entropia-cruzada", Charts.CrossEntropy());
var steps = Enumerable.Range(0, 100).ToArray();
Save(
    "06-perdida",
    Charts.LossHistory(
        steps.Select(s => 0.25 + 0.6 * Math.Exp(-s / 15.0)).ToArray(),
        steps.Select(s => 0.3 + 0.6 * Math.Exp(-s / 15.0) + 0.0008 * s).ToArray()
    )
);

// Two Gaussian blobs like the tutorial's (centres (1, 2) and (3, 4), std 1), drawn with a seeded Box-Muller.
var random = new Random(42);
double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
var blobs = new double[100, 2];
var blobLabels = new int[100];
for (var i = 0; i < 100; i++)
{
    blobLabels[i] = i % 2;
    blobs[i, 0] = (i % 2 == 0 ? 1 : 3) + Normal();
    blobs[i, 1] = (i % 2 == 0 ? 2 : 4) + Normal();
}
double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
double w1 = 1.1,
    w2 = 1.0,
    b = -6.2;
Save(
    "07-frontera",
    Charts.DecisionBoundary(
        blobs,
        blobLabels,
        (x1, x2) => Sigmoid(w1 * x1 + w2 * x2 + b),
        boundary: (-w1 / w2, -b / w2),
        classNames: ["no es perro", "perro"]
    )
);
Save("07b-frontera-contorno", Charts.DecisionBoundary(blobs, blobLabels, (x1, x2) => Sigmoid(w1 * x1 + w2 * x2 + b)));

// Loss surface of a one-feature logistic regression over (w, b), and plain gradient descent on it.
double[] xData = [-2, -1.2, -0.5, 0.3, 0.8, 1.5, 2.2, -0.2];
double[] yData = [0, 0, 0, 1, 0, 1, 1, 1];
double Loss(double w, double bias) =>
    xData
        .Zip(yData)
        .Average(p =>
        {
            var z = w * p.First + bias;
            return Math.Max(z, 0) - z * p.Second + Math.Log(1 + Math.Exp(-Math.Abs(z)));
        });
var path = new List<(double, double)>();
double pw = -3,
    pb = 3;
for (var step = 0; step <= 60; step++)
{
    path.Add((pw, pb));
    double gw = 0,
        gb = 0;
    foreach (var (xi, yi) in xData.Zip(yData))
    {
        var err = Sigmoid(pw * xi + pb) - yi;
        gw += err * xi / xData.Length;
        gb += err / xData.Length;
    }
    pw -= 1.5 * gw;
    pb -= 1.5 * gb;
}
Save("08-superficie", Charts.LossSurface(Loss, (-4, 6), (-4, 4), path));
Save("08b-superficie-3d", Charts.LossSurface(Loss, (-4, 6), (-4, 4), path, surface3D: true));

// The same start with a step 3 times longer: it zig-zags across the valley.
var zigzag = new List<(double, double)>();
(pw, pb) = (-3, 3);
for (var step = 0; step <= 12; step++)
{
    zigzag.Add((pw, pb));
    double gw = 0,
        gb = 0;
    foreach (var (xi, yi) in xData.Zip(yData))
    {
        var err = Sigmoid(pw * xi + pb) - yi;
        gw += err * xi / xData.Length;
        gb += err / xData.Length;
    }
    pw -= 12 * gw;
    pb -= 12 * gb;
}
Save("08c-superficie-caminos", Charts.LossSurface(Loss, (-4, 6), (-4, 4), [("η = 1.5", path), ("η = 12", zigzag)]));
Save(
    "08d-curvas",
    Charts.Curves(
        new[] { 0.005, 0.05, 0.5, 5 }.Select(rate =>
            (
                $"η = {rate}",
                Enumerable
                    .Range(0, 100)
                    .Select(s => 0.2 + Math.Exp(-rate * s / 5) * (1 + (rate > 1 ? Math.Abs(Math.Sin(s)) * 5 : 0)))
                    .ToArray()
            )
        ),
        logY: true,
        title: "Pérdida con cuatro tasas de aprendizaje"
    )
);

Save(
    "09-softmax",
    Charts.SoftmaxProbabilities([0.08, 0.71, 0.21], ["setosa", "versicolor", "virginica"], trueClass: 1)
);

// Three blobs and a nearest-centre classifier, standing in for softmax regression.
double[][] centres =
[
    [0, 0],
    [3, 1],
    [1, 3],
];
var three = new double[90, 2];
var threeLabels = new int[90];
for (var i = 0; i < 90; i++)
{
    threeLabels[i] = i % 3;
    three[i, 0] = centres[i % 3][0] + 0.8 * Normal();
    three[i, 1] = centres[i % 3][1] + 0.8 * Normal();
}
int Nearest(double x1, double x2) =>
    Enumerable.Range(0, 3).MinBy(k => Math.Pow(x1 - centres[k][0], 2) + Math.Pow(x2 - centres[k][1], 2));
Save(
    "10-regiones",
    Charts.DecisionRegions(
        three,
        threeLabels,
        Nearest,
        ["setosa", "versicolor", "virginica"],
        featureNames: ["largo del pétalo (estandarizado)", "ancho del pétalo (estandarizado)"]
    )
);

Save(
    "11-tiempos",
    Charts.Timings(
        ["bucle por muestra", "MathNet", "TorchSharp float64", "TorchSharp float32"],
        [812.4, 27.9, 24.1, 9.6],
        device: "CPU"
    )
);
Save(
    "11b-tiempos-lineal",
    Charts.Timings(["MathNet", "TorchSharp float64", "TorchSharp float32"], [27.9, 24.1, 9.6], device: "CUDA")
);
Save(
    "12-confusion",
    Charts.ConfusionMatrix(
        new[,]
        {
            { 16, 0, 0 },
            { 0, 14, 2 },
            { 0, 1, 17 },
        },
        ["setosa", "versicolor", "virginica"]
    )
);
Save(
    "12b-confusion-binaria",
    Charts.ConfusionMatrix([0, 0, 1, 1, 1, 0, 1, 0], [0, 1, 1, 1, 0, 0, 1, 0], ["no es perro", "perro"])
);
