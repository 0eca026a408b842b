using System.Diagnostics;

namespace NotebookBook.Tests;

/// <summary>
/// Chromium sin ventana, con las opciones que funcionan en esta máquina (ver shared/PLATFORM.md). Lo usan también las
/// pruebas del motor (enlazado desde su proyecto).
/// </summary>
internal static class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Executable);

    /// <summary>
    /// Abre <paramref name="page"/> y devuelve el DOM tras dejar correr los scripts <paramref name="virtualSeconds"/>
    /// s de tiempo virtual.
    /// </summary>
    public static string DumpDom(string page, int virtualSeconds = 5) =>
        Run(["--dump-dom", FileUrl(page)], out _, virtualSeconds);

    /// <summary>Captura <paramref name="page"/> en <paramref name="png"/> con una ventana del tamaño dado.</summary>
    public static void Screenshot(string page, string png, int width, int height)
    {
        Run(
            [$"--window-size={width},{height}", $"--screenshot={png}", "--hide-scrollbars", FileUrl(page)],
            out var log
        );
        if (!File.Exists(png))
            throw new InvalidOperationException($"Chromium no escribió la captura '{png}':\n{log}");
    }

    private static string Run(IEnumerable<string> arguments, out string log, int virtualSeconds = 5)
    {
        var profile = Directory.CreateTempSubdirectory("chromium-profile-");
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (
                var argument in new[]
                {
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    $"--user-data-dir={profile.FullName}",
                    $"--virtual-time-budget={virtualSeconds * 1000}",
                }.Concat(arguments)
            )
                start.ArgumentList.Add(argument);

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium no terminó en 90 s.");
            }
            log = error.Result;
            return output.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string FileUrl(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}

/// <summary>Una prueba que necesita Chromium: se salta, diciendo por qué, si no está instalado.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled)
            Skip =
                $"Chromium no está instalado en {Chromium.Executable} (apt-get install -y chromium): "
                + "no se puede comprobar que lo que se dibuja en una página se dibuja.";
    }
}
