using System.Diagnostics;

namespace NotebookEngine.Tests;

/// <summary>Chromium sin ventana, con las opciones que funcionan en esta máquina (ver shared/PLATFORM.md).</summary>
internal static class HeadlessChromium
{
    /// <summary>Abre <paramref name="page"/> y devuelve el DOM tras dejar correr los scripts 10 s de tiempo virtual.</summary>
    public static string DumpDom(string chromium, string page)
    {
        var profile = Directory.CreateTempSubdirectory("chromium-perfil-");
        try
        {
            var start = new ProcessStartInfo(chromium)
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
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    $"--user-data-dir={profile.FullName}",
                    "--virtual-time-budget=10000",
                    "--dump-dom",
                    new Uri(Path.GetFullPath(page)).AbsoluteUri,
                }
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
            _ = error.Result;
            return output.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
