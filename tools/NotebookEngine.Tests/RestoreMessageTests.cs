using System.IO.Compression;
using NotebookEngine;
using NotebookEngine.Packages;

namespace NotebookEngine.Tests;

/// <summary>
/// Lo que ve quien aprende cuando <c>#r "nuget:"</c> falla, en español de principio a fin y con el código NUxxxx para
/// buscarlo. Sin red: un NuGet.Config en la carpeta de la prueba deja como únicas fuentes una carpeta local con un
/// paquete de juguete (versión 1.0.0) y las de <c>#i</c>.
/// </summary>
public sealed class RestoreMessageTests : TemporaryFolder
{
    private readonly string _feed;

    public RestoreMessageTests()
        : base("engine-restore-")
    {
        _feed = Path.Combine(Folder, "feed");
        Directory.CreateDirectory(_feed);
        // La caché de restauración está debajo de Folder: NuGet lee este NuGet.Config al restaurar allí.
        File.WriteAllText(
            Path.Combine(Folder, "NuGet.Config"),
            $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{_feed}" />
              </packageSources>
            </configuration>
            """
        );
        WriteToyPackage(_feed, "Paquete.De.Juguete", "1.0.0");
    }

    /// <summary>Un paquete NuGet mínimo (solo su .nuspec) en la carpeta-fuente <paramref name="feed"/>.</summary>
    internal static void WriteToyPackage(string feed, string id, string version)
    {
        using var zip = ZipFile.Open(Path.Combine(feed, $"{id}.{version}.nupkg"), ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry($"{id}.nuspec").Open());
        writer.Write(
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata><id>{id}</id><version>{version}</version><authors>pruebas</authors><description>juguete</description></metadata>
            </package>
            """
        );
    }

    private async Task<ErrorOutput> RestoreError(string cell)
    {
        await using var session = NotebookSession.Create(
            new SessionOptions
            {
                WorkingDirectory = Folder,
                PackageCacheDirectory = Path.Combine(Folder, "cache"),
                RenderChartImages = false,
            }
        );
        var result = await session.ExecuteAsync(cell);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("PackageRestoreError", error.Name);
        return error;
    }

    [Fact]
    public async Task A_version_that_does_not_exist_lists_the_versions_found_in_spanish()
    {
        var error = await RestoreError("#r \"nuget: Paquete.De.Juguete, 9.9.9\"");

        Assert.StartsWith(
            "El paquete NuGet 'Paquete.De.Juguete' no tiene la versión 9.9.9 en las fuentes configuradas (NU1102).",
            error.Message
        );
        Assert.Contains("Versiones encontradas en local: 1 [ versión más cercana: 1.0.0 ]", error.Message);
        Assert.DoesNotContain("Found", error.Message);
        Assert.DoesNotContain("Nearest", error.Message);
    }

    [Fact]
    public async Task A_package_that_does_not_exist_is_named_with_its_version()
    {
        var error = await RestoreError("#r \"nuget: Paquete.Que.No.Esta, 1.0.0\"");

        Assert.Equal(
            "El paquete NuGet 'Paquete.Que.No.Esta' no existe en las fuentes configuradas (pedido: versión 1.0.0; NU1101).",
            error.Message
        );
    }

    [Fact]
    public async Task An_unreachable_source_says_so_in_spanish_and_marks_the_system_detail()
    {
        var error = await RestoreError(
            "#i \"https://127.0.0.1:9/v3/index.json\"\n#r \"nuget: Paquete.De.Juguete, 2.0.0\""
        );

        Assert.StartsWith(
            "No se pudo leer una fuente de paquetes: ¿está bien escrita la dirección del #i",
            error.Message
        );
        Assert.Contains(
            "NU1301: No se puede cargar el índice de servicio para el origen https://127.0.0.1:9/v3/index.json.",
            error.Message
        );
        // El detalle es el error de conexión de .NET, que solo existe en inglés: va marcado, no suelto.
        var lines = error.Message.Split('\n');
        Assert.All(lines.Skip(1), line => Assert.StartsWith("  Detalle de la conexión (en inglés): «", line));
        Assert.DoesNotContain("Unable to load", error.Message);
    }

    [Fact]
    public void NuGet_lines_are_read_by_their_code_whatever_the_language()
    {
        // La misma salida en inglés (un SDK sin traducciones): el paquete se reconoce igual y los detalles se
        // conservan, corchetes del texto incluidos; el proyecto del final de cada línea, no.
        var output = """
            /tmp/x/Restore.csproj : error NU1102: Unable to find package MathNet.Numerics with version (>= 99.0.0) [/tmp/x/Restore.csproj]
            /tmp/x/Restore.csproj : error NU1102:   - Found 2 version(s) in nuget.org [ Nearest version: 5.0.0 ] [/tmp/x/Restore.csproj]
            /tmp/x/Restore.csproj : error NU1101: No se encuentra el paquete MathNet. No existe ningún paquete con este id. en los orígenes: nuget.org
            """;

        var message = RestoreErrorParser.Describe(output, [new("MathNet", "1.0.0"), new("MathNet.Numerics", "99.0.0")]);

        Assert.Equal(
            "El paquete NuGet 'MathNet.Numerics' no tiene la versión 99.0.0 en las fuentes configuradas (NU1102).\n"
                + "  - Found 2 version(s) in nuget.org [ Nearest version: 5.0.0 ]\n"
                + "El paquete NuGet 'MathNet' no existe en las fuentes configuradas (pedido: versión 1.0.0; NU1101).",
            message
        );
    }
}
