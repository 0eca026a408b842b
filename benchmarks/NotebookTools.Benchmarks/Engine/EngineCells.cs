using System.Runtime.InteropServices;
using NotebookEngine;
using NotebookKernel.Packages;

namespace NotebookTools.Benchmarks.Engine;

/// <summary>Sesiones del motor para medir y la ejecución de una celda que falla en voz alta.</summary>
public static class EngineCells
{
    // Una carpeta fija (no una nueva por proceso): las medidas en frío lanzan muchos procesos y no dejan rastro.
    private static readonly Lazy<string> WorkingDirectory = new(() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "notebook-tools-benchmarks")).FullName
    );

    /// <summary>
    /// Una sesión nueva en <paramref name="workingDirectory"/> (por defecto una carpeta temporal), sin imágenes de
    /// gráficos, con la caché de paquetes de siempre (<c>~/.cache/notebook-engine</c>) y las reglas de paquetes del
    /// kernel (TorchSharp-cpu como los paquetes de Linux), como las sesiones del ejecutor y el kernel.
    /// </summary>
    public static NotebookSession NewSession(string? workingDirectory = null) =>
        NotebookSession.Create(
            new SessionOptions
            {
                WorkingDirectory = workingDirectory ?? WorkingDirectory.Value,
                RenderChartImages = false,
                PackageRules = HostPackageRules.For(
                    HostPackageRules.TorchBackendFromEnvironment(),
                    RuntimeInformation.RuntimeIdentifier
                ),
            }
        );

    /// <summary>
    /// Ejecuta una celda y espera a que termine. Si falla, lanza una excepción con sus salidas: una medida de una
    /// celda que no compila no mide lo que dice.
    /// </summary>
    public static CellResult Run(NotebookSession session, string code)
    {
        var result = session.ExecuteAsync(code).GetAwaiter().GetResult();
        if (!result.Succeeded)
            throw new InvalidOperationException(
                $"La celda «{code}» falló al medir: {string.Join(" | ", result.Outputs)}"
            );
        return result;
    }

    /// <summary>Ejecuta las celdas en orden, cada una como <see cref="Run"/>.</summary>
    public static void RunAll(NotebookSession session, IEnumerable<string> cells)
    {
        foreach (var cell in cells)
            Run(session, cell);
    }

    /// <summary>Libera la sesión esperando a que termine (las medidas son síncronas).</summary>
    public static void Dispose(NotebookSession session) => session.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
