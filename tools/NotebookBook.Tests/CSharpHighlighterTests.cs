using CsCheck;

namespace NotebookBook.Tests;

public class CSharpHighlighterTests
{
    private const string Sample = """
        #!csharp
        #r "nuget: Plotly.NET, 6.0.0"
        #i "nuget: https://example.org/v3/index.json"
        using MathNet.Numerics.LinearAlgebra;

        /* Pesos iniciales */
        var w = new List<double> { 0.5, -1.25e-3 };
        static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z)); // la logística
        Console.WriteLine($"σ(0) = {Sigmoid(0)}");
        char c = 'x';
        record Punto(double X, double Y);
        """;

    [Fact]
    public void Each_kind_of_token_gets_its_class()
    {
        var html = CSharpHighlighter.ToHtml(Sample);

        Assert.Equal(
            ["#!csharp", "#r \"nuget: Plotly.NET, 6.0.0\"", "#i \"nuget: https://example.org/v3/index.json\""],
            HtmlText.Spans(html, "hl-directive")
        );
        Assert.Equal(["/* Pesos iniciales */", "// la logística"], HtmlText.Spans(html, "hl-comment"));
        Assert.Equal(["0.5", "1.25e-3", "1.0", "1.0", "0"], HtmlText.Spans(html, "hl-number"));
        Assert.Contains("'x'", HtmlText.Spans(html, "hl-string"));
        Assert.Contains("$\"", HtmlText.Spans(html, "hl-string"));
        Assert.Contains("σ(0) = ", HtmlText.Spans(html, "hl-string"));
        var keywords = HtmlText.Spans(html, "hl-keyword");
        foreach (var keyword in new[] { "using", "var", "new", "static", "double", "char", "record" })
            Assert.Contains(keyword, keywords);
        Assert.Equal(["List", "Math", "Console", "Punto"], HtmlText.Spans(html, "hl-type"));
        Assert.Equal(["Sigmoid", "Exp", "WriteLine", "Sigmoid"], HtmlText.Spans(html, "hl-method"));
    }

    [Fact]
    public void Markup_in_the_code_is_escaped()
    {
        var html = CSharpHighlighter.ToHtml("var ok = a < b && c > \"<script>\";");

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;", html);
        Assert.Contains("&amp;&amp;", html);
        Assert.Contains("<span class=\"hl-string\">&quot;&lt;script&gt;&quot;</span>", html);
    }

    [Fact]
    public void The_visible_text_is_exactly_the_source_for_any_input()
    {
        // Roslyn conserva cada carácter, también en código roto: colorear nunca debe perder ni cambiar texto.
        Gen.String.Sample(source => HtmlText.Visible(CSharpHighlighter.ToHtml(source)) == source);
        Gen.Char["abc ;{}()\"'$@#!/*\n\\<>&=+-.0123456789ruvsintg"]
            .Array[0, 80]
            .Select(c => new string(c))
            .Sample(source => HtmlText.Visible(CSharpHighlighter.ToHtml(source)) == source);
        Assert.Equal(Sample, HtmlText.Visible(CSharpHighlighter.ToHtml(Sample)));
    }
}
