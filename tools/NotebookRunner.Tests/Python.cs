using System.Diagnostics;

namespace NotebookRunner.Tests;

/// <summary>
/// El Python de Debian (<c>/usr/bin/python3</c>) con sus paquetes de Jupyter: los clientes que no escribimos nosotros
/// contra los que se comparan el ejecutor y el formato.
/// </summary>
internal static class Python
{
    public const string Path = "/usr/bin/python3";

    /// <summary>Si están instalados todos los módulos; se comprueba una vez por módulo y proceso.</summary>
    public static bool HasModules(params string[] modules) => modules.All(m => Cache.GetOrAdd(m, Probe));

    /// <summary>Por qué faltan: un mensaje que dice qué instalar.</summary>
    public static string Missing(params string[] modules) =>
        $"Hace falta {Path} con los módulos {string.Join(", ", modules)}: "
        + $"apt-get install {string.Join(" ", modules.Select(m => "python3-" + m))}.";

    /// <summary>Ejecuta <paramref name="code"/> con argumentos y variables de entorno; devuelve el código y la salida.</summary>
    public static (int ExitCode, string Output) Run(
        string code,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null
    )
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(code);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Cache = new();

    private static bool Probe(string module) => File.Exists(Path) && Run($"import {module}", []).ExitCode == 0;
}

/// <summary>Una prueba que necesita módulos de Python de Debian; sin ellos se salta y dice qué instalar.</summary>
public sealed class RequiresPythonFactAttribute : FactAttribute
{
    public RequiresPythonFactAttribute(params string[] modules)
    {
        if (!Python.HasModules(modules))
            Skip = Python.Missing(modules);
    }
}
