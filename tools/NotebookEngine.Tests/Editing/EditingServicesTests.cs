using NotebookEngine.Editing;

namespace NotebookEngine.Tests.Editing;

public sealed class EditingServicesTests : IDisposable
{
    private readonly EditingServices _editing = new();

    [Fact]
    public void Completes_a_variable_declared_in_a_previous_cell()
    {
        var result = _editing.Complete(Sessions.After("var contadorDeEpocas = 41;"), "contadorDe", 10);

        Assert.Contains(result.Matches, m => m.Text == "contadorDeEpocas" && m.Kind is "field" or "variable");
        Assert.Equal(0, result.Start);
        Assert.Equal(10, result.End);
    }

    [Fact]
    public void Completes_members_of_a_variable_from_a_previous_cell_after_the_dot()
    {
        const string code = "pesos.";
        var result = _editing.Complete(Sessions.After("var pesos = new List<double> { 0.5 };"), code, code.Length);

        var texts = result.Matches.Select(m => m.Text).ToList();
        Assert.Contains("Add", texts);
        Assert.Contains("Count", texts);
        Assert.Contains("Select", texts); // extensión de System.Linq, importado por la sesión
        Assert.Equal(code.Length, result.Start);
    }

    [Fact]
    public void Filters_by_what_is_typed_ignoring_case()
    {
        const string code = "Math.sq";
        var result = _editing.Complete(Sessions.After(), code, code.Length);

        Assert.Equal(["Sqrt"], result.Matches.Select(m => m.Text));
        Assert.Equal(5, result.Start);
        Assert.Equal(7, result.End);
    }

    [Fact]
    public void Types_from_namespaces_not_imported_are_not_offered()
    {
        const string code = "Rege";
        var imported = _editing.Complete(Sessions.After("using System.Text.RegularExpressions;"), code, code.Length);
        var notImported = _editing.Complete(Sessions.After(), code, code.Length);

        Assert.Contains(imported.Matches, m => m.Text == "Regex"); // con el using, sí se ofrece
        Assert.DoesNotContain(notImported.Matches, m => m.Text == "Regex");
    }

    [Fact]
    public void A_later_cell_that_redeclares_a_variable_wins()
    {
        const string code = "dato.Len";
        var result = _editing.Complete(Sessions.After("var dato = 3;", "var dato = \"tres\";"), code, code.Length);

        Assert.Equal(["Length"], result.Matches.Select(m => m.Text));
    }

    [Fact]
    public void A_using_in_a_middle_cell_applies_to_later_cells()
    {
        const string code = "patron.IsMa";
        var result = _editing.Complete(
            Sessions.After("var a = 1;", "using System.Text.RegularExpressions;", "var patron = new Regex(\"x+\");"),
            code,
            code.Length
        );

        Assert.Equal(["IsMatch"], result.Matches.Select(m => m.Text));
    }

    [Fact]
    public void Many_cells_still_see_the_first_one()
    {
        var cells = new[] { "var primera = \"hola\";" }
            .Concat(Enumerable.Range(0, 40).Select(i => $"var x{i} = {i};"))
            .ToArray();
        const string code = "primera.ToUpperI";

        var result = _editing.Complete(Sessions.After(cells), code, code.Length);

        Assert.Equal(["ToUpperInvariant"], result.Matches.Select(m => m.Text));
    }

    [Fact]
    public void The_workspace_follows_a_session_that_restarted()
    {
        var before = _editing.Complete(Sessions.After("var valorViejo = 1;"), "valor", 5);

        var after = _editing.Complete(Sessions.After("var valorNuevo = 2;"), "valor", 5);

        Assert.Contains(before.Matches, m => m.Text == "valorViejo");
        Assert.Contains(after.Matches, m => m.Text == "valorNuevo");
        Assert.DoesNotContain(after.Matches, m => m.Text == "valorViejo");
    }

    [Fact]
    public void Inspect_shows_the_overloads_and_the_documentation()
    {
        const string code = "Console.WriteLine";
        var inspection = _editing.Inspect(Sessions.After(), code, code.Length);

        Assert.NotNull(inspection);
        Assert.Contains("void Console.WriteLine(string? value)", inspection.PlainText);
        Assert.Contains("void Console.WriteLine(double value)", inspection.PlainText);
        Assert.Contains("```csharp", inspection.Markdown);
        // La documentación XML sale de los ensamblados de referencia del SDK, si está instalado.
        if (
            Directory.Exists(
                Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "packs")
            )
        )
            Assert.Contains("line terminator", inspection.PlainText);
    }

    [Fact]
    public void Inspect_a_method_declared_in_a_previous_cell()
    {
        const string code = "var y = Sigmoide(0.0);";
        var inspection = _editing.Inspect(
            Sessions.After(
                "/// <summary>La función logística.</summary>\ndouble Sigmoide(double z) => 1 / (1 + Math.Exp(-z));"
            ),
            code,
            code.IndexOf("Sigmoide", StringComparison.Ordinal) + 2
        );

        Assert.NotNull(inspection);
        Assert.Contains("double Sigmoide(double z)", inspection.PlainText);
    }

    [Theory]
    [InlineData("Math.Sqrt(", "double Math.Sqrt(double d)")]
    [InlineData("var r = Math.Sqrt(2.0", "double Math.Sqrt(double d)")]
    [InlineData("Math.Max(1, ", "int Math.Max(int val1, int val2)")]
    [InlineData("var azar = new Random(", "Random.Random(int Seed)")]
    public void Shift_Tab_right_after_the_opening_parenthesis_shows_the_signature_of_the_call(
        string code,
        string signature
    )
    {
        var inspection = _editing.Inspect(Sessions.After(), code, code.Length);

        Assert.NotNull(inspection);
        Assert.Contains(signature, inspection.PlainText);
    }

    [Fact]
    public void Shift_Tab_after_the_closing_parenthesis_is_not_inside_the_call()
    {
        const string code = "Math.Sqrt(2.0); ";
        Assert.Null(_editing.Inspect(Sessions.After(), code, code.Length));
    }

    [Fact]
    public void Inspect_finds_nothing_in_blank_space()
    {
        Assert.Null(_editing.Inspect(Sessions.After(), "   ", 1));
    }

    public void Dispose() => _editing.Dispose();
}
