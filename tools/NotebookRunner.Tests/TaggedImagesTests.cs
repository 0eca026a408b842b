using System.Text.Json.Nodes;
using NotebookFormat;
using NotebookRunner.Images;

namespace NotebookRunner.Tests;

public sealed class TaggedImagesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("runner-images-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Un cuaderno ejecutado mínimo con las celdas dadas (metadatos y salidas).
    private Notebook Write(params JsonObject[] cells)
    {
        var root = new JsonObject
        {
            ["cells"] = new JsonArray(cells.Cast<JsonNode?>().ToArray()),
            ["metadata"] = new JsonObject(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 4,
        };
        var path = Path.Combine(_folder, "cuaderno.ipynb");
        File.WriteAllText(path, root.ToJsonString());
        return Notebook.Read(path);
    }

    private static JsonObject Cell(string[] tags, params JsonObject[] outputs) =>
        new()
        {
            ["cell_type"] = "code",
            ["execution_count"] = 1,
            ["metadata"] = new JsonObject { ["tags"] = new JsonArray(tags.Select(t => (JsonNode?)t).ToArray()) },
            ["outputs"] = new JsonArray(outputs.Cast<JsonNode?>().ToArray()),
            ["source"] = "Chart()",
        };

    private static JsonObject Display(string mime, string value) =>
        new()
        {
            ["output_type"] = "display_data",
            ["data"] = new JsonObject { [mime] = value },
            ["metadata"] = new JsonObject(),
        };

    [Fact]
    public void Tagged_cell_writes_its_first_png_bytes_exactly()
    {
        byte[] first = [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3],
            second = [9, 9];
        var notebook = Write(
            Cell(["otra-etiqueta"], Display("image/png", Convert.ToBase64String([7, 7]))),
            Cell(
                ["imagen:sigmoide"],
                Display("text/plain", "gráfico"),
                Display("image/png", Convert.ToBase64String(first)),
                Display("image/png", Convert.ToBase64String(second))
            )
        );

        var (written, warnings) = TaggedImages.Export(notebook, Path.Combine(_folder, "images"));

        Assert.Empty(warnings);
        var path = Assert.Single(written);
        Assert.Equal("sigmoide.png", Path.GetFileName(path));
        Assert.Equal(first, File.ReadAllBytes(path));
    }

    [Fact]
    public void Tagged_cell_without_png_gives_a_warning_naming_the_cell()
    {
        var notebook = Write(Cell([]), Cell(["imagen:perdida"], Display("text/plain", "sin imagen")));

        var (written, warnings) = TaggedImages.Export(notebook, Path.Combine(_folder, "images"));

        Assert.Empty(written);
        var warning = Assert.Single(warnings);
        Assert.Contains("celda 2", warning);
        Assert.Contains("imagen:perdida", warning);
        Assert.False(Directory.Exists(Path.Combine(_folder, "images")));
    }

    [Theory]
    [InlineData("imagen:")]
    [InlineData("imagen:../fuera")]
    public void Tag_that_is_not_a_file_name_is_rejected(string tag)
    {
        var notebook = Write(Cell([tag], Display("image/png", Convert.ToBase64String([1]))));

        var error = Assert.Throws<ArgumentException>(() => TaggedImages.Export(notebook, _folder));
        Assert.Contains(tag, error.Message);
    }
}
