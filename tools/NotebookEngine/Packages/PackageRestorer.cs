using System.Runtime.InteropServices;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DotnetBuild;

namespace NotebookEngine.Packages;

/// <summary>
/// Resuelve <c>#r "nuget: ..."</c> de verdad: escribe un proyecto SDK con los PackageReference pedidos, ejecuta
/// <c>dotnet restore</c> contra las fuentes NuGet configuradas (más las de <c>#i</c>) y lee <c>project.assets.json</c>.
/// El resultado se guarda en la caché bajo una clave del conjunto de paquetes y fuentes: la segunda vez no se restaura.
/// </summary>
internal sealed class PackageRestorer(string cacheDirectory, TextWriter? log)
{
    /// <summary>Marco de destino de los proyectos de restauración: el mismo que el del motor.</summary>
    public const string TargetFramework = "net10.0";

    /// <summary>RID del proceso actual (portable, p. ej. <c>linux-x64</c>).</summary>
    public static string RuntimeIdentifier => RuntimeInformation.RuntimeIdentifier;

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Restaura (o lee de la caché) el conjunto de paquetes.</summary>
    /// <exception cref="PackageRestoreException">Si NuGet no puede restaurar alguno; el mensaje lo nombra.</exception>
    public async Task<RestoredPackages> RestoreAsync(
        IReadOnlyList<PackageRequest> packages,
        IReadOnlyList<string> sources,
        CancellationToken cancellationToken
    )
    {
        var directory = Path.Combine(cacheDirectory, "nuget", CacheKey(packages, sources));
        var resultPath = Path.Combine(directory, "restored.json");
        if (TryReadCached(resultPath) is { } cached)
            return cached;
        // El ejecutor lanza dos cuadernos a la vez, y en un clon nuevo los dos piden los mismos paquetes: uno restaura
        // y el otro espera y lee su resultado, en vez de repetir el mismo trabajo en los mismos dos núcleos.
        using var restoreLock = await BuildLock
            .AcquireAsync(directory, "restaurar estos mismos paquetes", log, cancellationToken)
            .ConfigureAwait(false);
        if (TryReadCached(resultPath) is { } restoredByOther)
            return restoredByOther;

        // Cada restauración trabaja en su propia carpeta: dos procesos (el kernel y el ejecutor) pueden restaurar el
        // mismo conjunto a la vez sin pisarse obj/. Solo se publica restored.json, con un renombrado atómico.
        var work = Path.Combine(directory, "work-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        try
        {
            var projectPath = Path.Combine(work, "Restore.csproj");
            await File.WriteAllTextAsync(projectPath, ProjectText(packages, sources), cancellationToken)
                .ConfigureAwait(false);
            log?.WriteLine(
                $"Restaurando paquetes NuGet: {string.Join(", ", packages)} (los que no estén en la caché de NuGet se "
                    + "descargan; la primera vez puede tardar unos minutos)"
            );
            // Verbosidad normal: NuGet escribe entonces qué descarga y qué instala, y BuildProgress lo cuenta.
            using var progress = log is null ? null : new BuildProgress(log, BuildProgress.DefaultPackagesFolder());
            var result = await DotnetCli
                .RunAsync(
                    ["restore", projectPath, "-nodeReuse:false", "-v", "n"],
                    work,
                    cancellationToken,
                    progress is null ? null : progress.OnLine
                )
                .ConfigureAwait(false);
            if (result.ExitCode != 0)
                throw new PackageRestoreException(RestoreErrorParser.Describe(result.Output, packages));

            var restored = AssetsFileReader.Read(
                Path.Combine(work, "obj", "project.assets.json"),
                TargetFramework,
                RuntimeIdentifier
            );
            var temporary = Path.Combine(work, "restored.json");
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(restored, JsonOptions), cancellationToken)
                .ConfigureAwait(false);
            File.Move(temporary, resultPath, overwrite: true);
            return restored;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException) { }
        }
    }

    private static RestoredPackages? TryReadCached(string resultPath)
    {
        if (!File.Exists(resultPath))
            return null;
        try
        {
            var cached = JsonSerializer.Deserialize<RestoredPackages>(File.ReadAllText(resultPath));
            // Si alguien vació ~/.nuget/packages, la caché ya no vale: se restaura de nuevo.
            return
                cached is not null
                && cached.RuntimeAssemblies.All(File.Exists)
                && cached.NativeDirectories.All(Directory.Exists)
                ? cached
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string CacheKey(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources)
    {
        var text = new StringBuilder($"{TargetFramework}|{RuntimeIdentifier}");
        foreach (var package in packages.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
            text.Append($"|{package.Name.ToLowerInvariant()}/{package.VersionOrLatest}");
        foreach (var source in sources.Order(StringComparer.Ordinal))
            text.Append($"|source:{source}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    // Un proyecto aislado: sin Directory.Build.props ni versiones centrales del repositorio que lo rodee.
    private static string ProjectText(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources)
    {
        var references = string.Join(
            "\n",
            packages.Select(p =>
                $"    <PackageReference Include=\"{SecurityElement.Escape(p.Name)}\" Version=\"{SecurityElement.Escape(p.VersionOrLatest)}\" />"
            )
        );
        var extraSources =
            sources.Count == 0
                ? ""
                : $"    <RestoreAdditionalProjectSources>{SecurityElement.Escape(string.Join(';', sources))}</RestoreAdditionalProjectSources>\n";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{TargetFramework}</TargetFramework>
                <RuntimeIdentifier>{RuntimeIdentifier}</RuntimeIdentifier>
                <SelfContained>false</SelfContained>
                <UseAppHost>false</UseAppHost>
                <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                <ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets>
                <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <NuGetAudit>false</NuGetAudit>
            {extraSources}  </PropertyGroup>
              <ItemGroup>
            {references}
              </ItemGroup>
            </Project>
            """;
    }
}
