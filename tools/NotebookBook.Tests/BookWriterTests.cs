using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookFormat;
using static NotebookFormat.Tests.NotebookJson;

namespace NotebookBook.Tests;

public class BookWriterTests
{
    private static readonly JsonObject Figure = new()
    {
        ["data"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "scatter",
                ["x"] = new JsonArray(1, 2),
                ["y"] = new JsonArray(1, 4),
            }
        ),
        ["layout"] = new JsonObject(),
    };

    private static string[] ThreeChapters(TempDirectory dir) =>
        [
            Notebook(Markdown("# La sigmoide $\\sigma$\n\nPrimer párrafo con $z = w x + b$."), Code("1", 1))
                .Save(dir.Path, "01-sigmoide.ipynb"),
            Notebook(
                    Markdown(
                        "Sin título al principio.\n\n# Entropía *cruzada*\n\n![fig](no-existe.png)\n\nLa pérdida $L_{CE}$."
                    )
                )
                .Save(dir.Path, "02-entropia.ipynb"),
            Notebook(
                    Code(
                        "Chart.Line(x, y)",
                        1,
                        Display(new JsonObject { ["application/vnd.plotly.v1+json"] = Figure.DeepClone() })
                    ),
                    Code(
                        "Chart.Point(x, y)",
                        2,
                        Display(new JsonObject { ["application/vnd.plotly.v1+json"] = Figure.DeepClone() })
                    )
                )
                .Save(dir.Path, "03-graficos.ipynb"),
        ];

    [Fact]
    public void Writes_one_page_per_notebook_and_an_index_in_the_given_order()
    {
        using var dir = new TempDirectory();
        var paths = ThreeChapters(dir);
        var output = dir.Combine("html");

        // El orden es el recibido, no el alfabético.
        var result = BookWriter.Write([paths[1], paths[0], paths[2]], output);

        Assert.Equal(
            ["02-entropia.html", "01-sigmoide.html", "03-graficos.html"],
            result.PagePaths.Select(Path.GetFileName)
        );
        Assert.All(result.PagePaths, p => Assert.True(File.Exists(p)));
        var index = File.ReadAllText(result.IndexPath);
        var links = Regex
            .Matches(index, "<li><a href=\"([^\"]+)\">(.*?)</a>")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value))
            .ToList();
        Assert.Equal(
            [
                ("02-entropia.html", "Entropía <em>cruzada</em>"),
                ("01-sigmoide.html", "La sigmoide <span class=\"math math-inline\">\\sigma</span>"),
                ("03-graficos.html", "03-graficos"),
            ],
            links
        );
        Assert.Contains("<p>Primer párrafo con <span class=\"math math-inline\">z = w x + b</span>.</p>", index);
        Assert.Contains("<p>La pérdida <span class=\"math math-inline\">L_{CE}</span>.</p>", index);
    }

    [Fact]
    public void Page_titles_come_from_the_first_level_one_heading()
    {
        using var dir = new TempDirectory();
        var result = BookWriter.Write(ThreeChapters(dir), dir.Combine("html"), new BookOptions { Title = "Mi libro" });

        string Title(int i) =>
            Regex.Match(File.ReadAllText(result.PagePaths[i]), "<title>(.*?)</title>").Groups[1].Value;
        Assert.Equal("La sigmoide \\sigma · Mi libro", Title(0));
        Assert.Equal("Entropía cruzada · Mi libro", Title(1));
        Assert.Equal("03-graficos · Mi libro", Title(2));
        Assert.Contains("<h1>Mi libro</h1>", File.ReadAllText(result.IndexPath));
    }

    [Fact]
    public void Every_page_links_to_its_neighbours_and_to_the_index()
    {
        using var dir = new TempDirectory();
        var result = BookWriter.Write(ThreeChapters(dir), dir.Combine("html"));

        (string? Prev, string? Next, int Index) Links(int i)
        {
            var html = File.ReadAllText(result.PagePaths[i]);
            string? Rel(string rel) =>
                Regex.Match(html, $"rel=\"{rel}\" href=\"([^\"]+)\"") is { Success: true } m ? m.Groups[1].Value : null;
            return (Rel("prev"), Rel("next"), HtmlText.Count(html, "href=\"index.html\""));
        }
        Assert.Equal((null, "02-entropia.html", 2), Links(0));
        Assert.Equal(("01-sigmoide.html", "03-graficos.html", 2), Links(1));
        Assert.Equal(("02-entropia.html", null, 2), Links(2));
        Assert.Contains(
            "rel=\"next\" href=\"02-entropia.html\">Entropía <em>cruzada</em> →</a>",
            File.ReadAllText(result.PagePaths[0])
        );
    }

    [Fact]
    public void Pages_are_spanish_utf8_and_load_only_local_scripts_with_plotly_once_when_needed()
    {
        using var dir = new TempDirectory();
        var result = BookWriter.Write(ThreeChapters(dir), dir.Combine("html"));

        foreach (var page in result.PagePaths.Append(result.IndexPath))
        {
            var html = File.ReadAllText(page);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">", html);
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
            foreach (Match reference in Regex.Matches(html, "(?:src|href)=\"(assets/[^\"]+)\""))
                Assert.True(
                    File.Exists(Path.Combine(dir.Combine("html"), reference.Groups[1].Value)),
                    reference.Groups[1].Value
                );
        }
        Assert.DoesNotContain("plotly-", File.ReadAllText(result.PagePaths[0]));
        var charts = File.ReadAllText(result.PagePaths[2]);
        Assert.Equal(1, HtmlText.Count(charts, "<script src=\"assets/plotly-2.28.0.min.js\"></script>"));
        Assert.Equal(2, HtmlText.Count(charts, "class=\"plotly-chart\""));
    }

    [Fact]
    public void Static_assets_are_katex_with_its_fonts_and_plotly_2_28_from_plotly_net()
    {
        using var dir = new TempDirectory();
        BookWriter.Write(ThreeChapters(dir), dir.Combine("html"));
        var assets = dir.Combine("html", "assets");

        Assert.StartsWith("/**\n* plotly.js v2.28.0", File.ReadAllText(Path.Combine(assets, "plotly-2.28.0.min.js")));
        var css = File.ReadAllText(Path.Combine(assets, "katex", "katex.min.css"));
        var fonts = Regex
            .Matches(css, @"url\((fonts/[^)]+\.woff2)\)")
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();
        Assert.Equal(20, fonts.Count);
        Assert.All(fonts, f => Assert.True(File.Exists(Path.Combine(assets, "katex", f)), f));
        Assert.True(File.Exists(Path.Combine(assets, "katex", "katex.min.js")));
        Assert.Contains("MIT", File.ReadAllText(Path.Combine(assets, "katex", "LICENSE")));
        Assert.True(File.Exists(Path.Combine(assets, "book.js")));
        Assert.True(File.Exists(Path.Combine(assets, "book.css")));
    }

    [Fact]
    public void Rewriting_an_existing_book_replaces_files_and_leaves_no_temporary_files()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("html");
        var paths = ThreeChapters(dir);
        BookWriter.Write(paths, output);
        Notebook(Markdown("# Versión nueva")).Save(dir.Path, "01-sigmoide.ipynb");

        var result = BookWriter.Write(paths, output);

        Assert.Contains("<title>Versión nueva", File.ReadAllText(result.PagePaths[0]));
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_malformed_notebook_stops_the_book_before_anything_is_written()
    {
        using var dir = new TempDirectory();
        var good = Notebook(Markdown("# Bien")).Save(dir.Path, "01-bien.ipynb");
        var bad = dir.Combine("02-mal.ipynb");
        File.WriteAllText(bad, "{ \"cells\": [ ");

        var error = Assert.Throws<NotebookFormatException>(() => BookWriter.Write([good, bad], dir.Combine("html")));

        Assert.Contains("'02-mal.ipynb' no es JSON válido", error.Message);
        Assert.False(Directory.Exists(dir.Combine("html")));
    }

    [Fact]
    public void Bad_arguments_are_explained()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("a"));
        Directory.CreateDirectory(dir.Combine("b"));
        var one = Notebook(Markdown("# A")).Save(dir.Combine("a"), "01-x.ipynb");
        var other = Notebook(Markdown("# B")).Save(dir.Combine("b"), "01-x.ipynb");

        Assert.Equal(
            "notebooks está vacía, pero se esperaba al menos un cuaderno.",
            Assert.Throws<ArgumentException>(() => BookWriter.Write(new List<Notebook>(), dir.Path)).Message
        );
        Assert.Contains(
            "misma página '01-x.html'",
            Assert.Throws<ArgumentException>(() => BookWriter.Write([one, other], dir.Path)).Message
        );
        Assert.Contains(
            "No existe el cuaderno",
            Assert.Throws<FileNotFoundException>(() => BookWriter.Write([dir.Combine("no.ipynb")], dir.Path)).Message
        );
    }

    [Fact]
    public void Images_are_copied_next_to_the_pages_and_chapter_links_point_to_pages()
    {
        using var dir = new TempDirectory();
        var executed = Directory.CreateDirectory(dir.Combine("out", "notebooks")).FullName;
        var sources = Directory.CreateDirectory(dir.Combine("notebooks")).FullName;
        Directory.CreateDirectory(dir.Combine("images"));
        byte[] picture = [0x89, 0x50, 0x4E, 0x47, 7, 7, 7];
        File.WriteAllBytes(dir.Combine("images", "figura 1.png"), picture);
        File.WriteAllBytes(Path.Combine(executed, "local.png"), [1, 2, 3]);
        var first = Notebook(
                Markdown(
                    "# Uno\n\n![fig](../images/figura%201.png) ![local](local.png) ![falta](falta.png)\n\n"
                        + "[siguiente](02-dos.ipynb#inicio) [web](https://example.org/a.png)"
                )
            )
            .Save(executed, "01-uno.ipynb");
        var second = Notebook(Markdown("# Dos")).Save(executed, "02-dos.ipynb");

        var result = BookWriter.Write(
            [first, second],
            dir.Combine("out", "html"),
            new BookOptions { ResourceDirectories = [sources] }
        );

        var html = File.ReadAllText(result.PagePaths[0]);
        var copied = Regex.Match(html, "<img src=\"(media/[^\"]+)\" alt=\"fig\"").Groups[1].Value;
        Assert.EndsWith("-figura%201.png", copied);
        Assert.Equal(picture, File.ReadAllBytes(dir.Combine("out", "html", Uri.UnescapeDataString(copied))));
        Assert.Matches("<img src=\"media/[0-9a-f]{12}-local.png\" alt=\"local\"", html);
        Assert.Contains("<img src=\"falta.png\" alt=\"falta\"", html);
        Assert.Contains("<a href=\"02-dos.html#inicio\">siguiente</a>", html);
        Assert.Contains("<a href=\"https://example.org/a.png\">web</a>", html);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("'01-uno.ipynb' muestra la imagen 'falta.png', que no se encontró", warning);
    }

    [Fact]
    public void Code_cells_show_their_execution_count_and_unexecuted_ones_an_empty_mark()
    {
        using var dir = new TempDirectory();
        var path = Notebook(Code("var a = 1;", 12), Code("var b = 2;"), Code("   ")).Save(dir.Path, "01-c.ipynb");

        var html = File.ReadAllText(BookWriter.Write([path], dir.Combine("html")).PagePaths[0]);

        Assert.Contains(">[12]:</span>", html);
        Assert.Contains(">[ ]:</span>", html);
        Assert.Equal(2, HtmlText.Count(html, "class=\"cell code-cell\""));
    }

    [Fact]
    public void A_linked_markdown_file_becomes_a_page_whose_links_lead_back_to_the_chapters()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("notebooks"));
        File.WriteAllText(
            dir.Combine("README.md"),
            "# Léeme\n\n## Si algo falla\n\nVuelve al [capítulo 1](notebooks/01-sigmoide.ipynb).\n"
        );
        var chapter = Notebook(Markdown("# Uno\n\nMira [Si algo falla](../README.md#si-algo-falla)."))
            .Save(dir.Combine("notebooks"), "01-sigmoide.ipynb");

        var result = BookWriter.Write([chapter], dir.Combine("html"));

        Assert.Equal(["01-sigmoide.html", "README.html"], result.PagePaths.Select(Path.GetFileName));
        Assert.Contains("href=\"README.html#si-algo-falla\"", File.ReadAllText(result.PagePaths[0]));
        var readme = File.ReadAllText(result.PagePaths[1]);
        Assert.Contains("id=\"si-algo-falla\"", readme);
        Assert.Contains("href=\"01-sigmoide.html\"", readme);
        Assert.DoesNotContain("README.html", File.ReadAllText(result.IndexPath));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_link_to_a_missing_markdown_file_is_left_as_it_is_and_reported()
    {
        using var dir = new TempDirectory();
        var chapter = Notebook(Markdown("# Uno\n\n[ayuda](no-existe.md)")).Save(dir.Path, "01-uno.ipynb");

        var result = BookWriter.Write([chapter], dir.Combine("html"));

        Assert.Single(result.PagePaths);
        Assert.Contains("href=\"no-existe.md\"", File.ReadAllText(result.PagePaths[0]));
        Assert.Contains(result.Warnings, w => w.Contains("no-existe.md") && w.Contains("no existe"));
    }
}
