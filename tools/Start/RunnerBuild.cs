using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using DotnetBuild;

namespace Start;

/// <summary>
/// El ejecutor de cuadernos (<c>tools/NotebookRunner</c>, que arrastra el kernel, el motor y Roslyn) y su DLL. Si falta
/// o es anterior a su código, lo compila con <c>dotnet build</c> y va diciendo qué paquete descarga (y cuánto ocupa) y
/// qué proyecto queda compilado; si está al día, no cuesta nada (no pregunta a MSBuild).
/// </summary>
internal sealed class RunnerBuild(string project, string configuration, string targetFramework)
{
    /// <summary>La DLL del ejecutor: <c>bin/&lt;configuración&gt;/&lt;marco&gt;/NotebookRunner.dll</c> junto a su proyecto.</summary>
    public string Assembly { get; } =
        Path.Combine(
            Path.GetDirectoryName(project)!,
            "bin",
            configuration,
            targetFramework,
            ProjectInputs.AssemblyNameOf(project) + ".dll"
        );

    /// <summary>El ejecutor que esta orden lleva apuntado al compilarse (ver Start.csproj).</summary>
    public static RunnerBuild FromThisAssembly()
    {
        var metadata = typeof(RunnerBuild)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(attribute => attribute.Key, attribute => attribute.Value ?? "");
        return new RunnerBuild(metadata["RunnerProject"], metadata["Configuration"], metadata["TargetFramework"]);
    }

    /// <summary>Compila el ejecutor si hace falta; <c>false</c> (con los errores ya escritos) si no se pudo.</summary>
    public async Task<bool> EnsureBuiltAsync(TextWriter log, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var outcome = await ProjectBuild
            .EnsureBuiltAsync(
                project,
                Assembly,
                configuration,
                "Preparando las herramientas (el ejecutor de cuadernos y el kernel de C#), porque faltan o cambió su "
                    + "código. La primera vez descargan sus paquetes de NuGet (unos 90 MB) y tarda un par de minutos; "
                    + "las demás, nada o unos segundos.",
                log,
                cancellationToken
            )
            .ConfigureAwait(false);
        if (outcome.Errors is { } errors)
        {
            log.WriteLine($"No se pudieron compilar las herramientas ({project}):\n{errors}");
            return false;
        }
        if (outcome.Built)
            log.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Herramientas listas en {clock.Elapsed.TotalSeconds:F0} s."
                )
            );
        return true;
    }
}
