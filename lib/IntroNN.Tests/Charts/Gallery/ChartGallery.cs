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
Save("04-log-verosimilitud", Charts.LogLikelihoodByWeight(ws, ws.Select(w => -10 * Math.Log(1 + Math.Exp(-w)) - 5 * Math.Log(1 + Math.Exp(w - 1.5))).ToArray()));
Save("05-entropia-cruzada", Charts.CrossEntropy());
