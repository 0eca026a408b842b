using System.Text.Json.Nodes;

namespace NotebookTools.Benchmarks;

/// <summary>
/// Rutas del repositorio que usan las medidas: se busca <c>RedesNeuronales.slnx</c> subiendo desde la carpeta del
/// ensamblado (sirve igual para el proceso de <c>dotnet run</c> y para los que genera BenchmarkDotNet debajo de bin/).
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>La raíz del repositorio.</summary>
    public static string Root => RootLazy.Value;

    /// <summary>La carpeta de los cuadernos: base de sus <c>#r "../lib/..."</c>.</summary>
    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>
    /// El código de la primera celda de código de un capítulo, tal como está en el cuaderno (los <c>#r "nuget:"</c>
    /// de todos los paquetes, el <c>#r</c> de IntroNN.dll y los <c>using</c>).
    /// </summary>
    public static string FirstCodeCell(string notebook)
    {
        var path = Path.Combine(Notebooks, notebook);
        var cells =
            JsonNode.Parse(File.ReadAllText(path))?["cells"]?.AsArray()
            ?? throw new InvalidDataException($"El cuaderno {path} no tiene lista de celdas.");
        var cell =
            cells.FirstOrDefault(c => (string?)c?["cell_type"] == "code")
            ?? throw new InvalidDataException($"El cuaderno {path} no tiene celdas de código.");
        return cell["source"] switch
        {
            JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
            JsonValue text => (string?)text ?? "",
            _ => throw new InvalidDataException($"La primera celda de código de {path} no tiene «source»."),
        };
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RedesNeuronales.slnx")))
                return folder.FullName;
        }
        throw new DirectoryNotFoundException(
            $"No se encontró la raíz del repositorio (RedesNeuronales.slnx) por encima de {AppContext.BaseDirectory}."
        );
    }
}
