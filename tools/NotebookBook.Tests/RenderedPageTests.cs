using System.Text.RegularExpressions;

namespace NotebookBook.Tests;

/// <summary>
/// La página del cuaderno de ejemplo abierta de verdad en Chromium, desde disco y sin red: KaTeX debe convertir cada
/// fórmula y plotly.js debe dibujar el gráfico. Las capturas quedan en <c>bin/…/capturas/</c> para mirarlas.
/// </summary>
public class RenderedPageTests
{
    private static readonly string Fixture = Path.Combine(
        AppContext.BaseDirectory,
        "Fixtures",
        "01-regresion-logistica.ipynb"
    );

    [ChromiumFact]
    public void Katex_typesets_every_formula_and_plotly_draws_the_chart()
    {
        using var dir = new TempDirectory();
        var result = BookWriter.Write([Fixture], dir.Combine("html"));
        var source = File.ReadAllText(result.PagePaths[0]);

        var dom = Chromium.DumpDom(result.PagePaths[0]);

        var formulas = HtmlText.Count(source, "class=\"math ");
        Assert.True(formulas >= 15, $"El ejemplo debería tener al menos 15 fórmulas, tiene {formulas}.");
        Assert.Equal(formulas, Regex.Matches(dom, "<span class=\"katex\">").Count);
        Assert.Equal(
            HtmlText.Count(source, "math-display"),
            Regex.Matches(dom, "<span class=\"katex-display\">").Count
        );
        Assert.DoesNotContain("katex-error", dom);
        Assert.Contains("class=\"main-svg\"", dom);
        // Los tres trazos del ejemplo (dos nubes de puntos y la curva σ(z)), dibujados por plotly.js.
        Assert.Equal(3, Regex.Matches(dom, "class=\"trace scatter").Count);
        Assert.Contains("Sigmoide y frontera de decisión", dom);
        Assert.DoesNotContain("chart-error", dom);
    }

    [ChromiumFact]
    public void The_screenshot_shows_the_chart_colours_and_the_page_text()
    {
        using var dir = new TempDirectory();
        var result = BookWriter.Write([Fixture], dir.Combine("html"));
        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "capturas")).FullName;
        var png = Path.Combine(screenshots, "01-regresion-logistica.png");

        Chromium.Screenshot(result.PagePaths[0], png, 900, 2400);
        var image = PngImage.Read(png);

        Assert.Equal((900, 2400), (image.Width, image.Height));
        // Colores del ejemplo: la curva #2ca02c, la clase 1 #d62728 y la clase 0 #1f77b4. Sólo plotly los pinta.
        Assert.True(CountNear(image, (0x2c, 0xa0, 0x2c)) > 300, "No se ve la curva verde σ(z).");
        Assert.True(CountNear(image, (0xd6, 0x27, 0x28)) > 300, "No se ven los puntos rojos de la clase 1.");
        Assert.True(CountNear(image, (0x1f, 0x77, 0xb4)) > 300, "No se ven los puntos azules de la clase 0.");
        var dark = CountWhere(image, p => p.R < 80 && p.G < 80 && p.B < 80);
        Assert.True(dark > 20_000, $"La página parece vacía: sólo {dark} píxeles de texto oscuro.");
    }

    private static int CountNear(PngImage image, (int R, int G, int B) colour) =>
        CountWhere(image, p => Math.Abs(p.R - colour.R) + Math.Abs(p.G - colour.G) + Math.Abs(p.B - colour.B) < 30);

    private static int CountWhere(PngImage image, Func<(byte R, byte G, byte B), bool> predicate)
    {
        var count = 0;
        for (var y = 0; y < image.Height; y++)
        for (var x = 0; x < image.Width; x++)
            if (predicate(image[x, y]))
                count++;
        return count;
    }
}
