using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NotebookKernel.Kernel;

namespace NotebookKernel.Install;

/// <summary>
/// Escribe el kernelspec: <c>kernel.json</c> (cómo lanzar este kernel, su nombre en pantalla, su lenguaje y que
/// se interrumpe por mensaje) y los logotipos, en la carpeta de kernels de Jupyter. Nunca sustituye sin
/// <c>force</c> un kernelspec que instaló otro programa (p. ej. uno de .NET Interactive que quedó).
/// </summary>
internal static class KernelSpecInstaller
{
    /// <summary>El nombre del kernelspec (su carpeta) y lo que se pasa a <c>--ExecutePreprocessor.kernel_name</c>.</summary>
    public const string DefaultName = "csharp";

    /// <summary>El nombre que ven los usuarios en el selector de kernels.</summary>
    public const string DefaultDisplayName = "C# (.NET 10)";

    /// <summary>
    /// El kernelspec de Polyglot (.NET Interactive): el que dicen los metadatos de sus cuadernos. Registrado como
    /// alias de este kernel, nbconvert, nbclient y papermill ejecutan esos cuadernos sin que se les nombre un kernel.
    /// </summary>
    public const string PolyglotName = ".net-csharp";

    // La marca que distingue en kernel.json los kernelspecs de este kernel (y el valor de «implementation» en
    // kernel_info_reply).
    private const string MarkerKey = "kernel_implementation";
    private const string MarkerValue = "redes-neuronales-csharp";

    private static readonly string[] Logos = ["logo-32x32.png", "logo-64x64.png"];

    /// <summary>
    /// Instala el kernelspec <paramref name="name"/> en <paramref name="dataDirectory"/>/kernels para lanzar
    /// <paramref name="command"/>. Uno anterior de este kernel se sustituye; uno de otro programa solo con
    /// <paramref name="force"/>. Devuelve su carpeta.
    /// </summary>
    /// <exception cref="ArgumentException">El nombre no es válido o la orden apunta a un fichero que no existe.</exception>
    /// <exception cref="KernelSpecConflictException">Hay un kernelspec de otro programa con ese nombre.</exception>
    public static string Install(
        string dataDirectory,
        string name,
        string displayName,
        KernelCommand command,
        bool force = false
    )
    {
        CheckName(name);
        if (string.IsNullOrWhiteSpace(displayName))
            throw new ArgumentException("El nombre en pantalla del kernel no puede estar vacío.", nameof(displayName));
        foreach (var path in command.Arguments.Where(Path.IsPathRooted))
            if (!File.Exists(path))
                throw new ArgumentException($"No existe '{path}', con que se lanzaría el kernel.", nameof(command));

        var directory = JupyterPaths.KernelDirectory(dataDirectory, name);
        if (!force && ForeignSpecIn(directory) is { } foreign)
            throw new KernelSpecConflictException(
                $"Ya hay un kernel «{name}» que no instaló este programa: {foreign}. No se ha tocado. Para "
                    + "sustituirlo, repita con --force; para instalar este al lado, elija otro nombre con --name."
            );
        Directory.CreateDirectory(directory);
        WriteAtomically(Path.Combine(directory, "kernel.json"), SpecJson(displayName, command));
        foreach (var logo in Logos)
        {
            var source = Path.Combine(AppContext.BaseDirectory, "KernelSpec", logo);
            if (File.Exists(source))
                File.Copy(source, Path.Combine(directory, logo), overwrite: true);
        }
        return directory;
    }

    /// <summary>
    /// Borra el kernelspec <paramref name="name"/> de <paramref name="dataDirectory"/>/kernels si es de este kernel.
    /// Devuelve su carpeta, o <c>null</c> si no había ninguno con ese nombre.
    /// </summary>
    /// <exception cref="KernelSpecConflictException">El de ese nombre es de otro programa: no se toca.</exception>
    /// <exception cref="ArgumentException">El nombre no es válido (p. ej. «../otra»: nunca se sale de kernels/).</exception>
    public static string? Uninstall(string dataDirectory, string name)
    {
        CheckName(name);
        var directory = JupyterPaths.KernelDirectory(dataDirectory, name);
        if (!Directory.Exists(directory))
            return null;
        if (ForeignSpecIn(directory) is { } foreign)
            throw new KernelSpecConflictException(
                $"El kernel «{name}» no es de este programa: {foreign}. No se ha tocado; si quiere quitarlo, use "
                    + $"«jupyter kernelspec remove {name}»."
            );
        Directory.Delete(directory, recursive: true);
        return directory;
    }

    /// <summary>
    /// Describe el kernelspec de <paramref name="directory"/> si existe y no es de este kernel (su nombre en pantalla,
    /// su orden y su carpeta); <c>null</c> si no hay ninguno o es de este kernel.
    /// </summary>
    public static string? ForeignSpecIn(string directory)
    {
        var file = Path.Combine(directory, "kernel.json");
        if (!File.Exists(file))
            return Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any()
                ? $"la carpeta {directory} existe, con otros ficheros y sin kernel.json"
                : null;
        JsonNode? spec;
        try
        {
            spec = JsonNode.Parse(File.ReadAllText(file));
        }
        catch (JsonException e)
        {
            return $"{file} no se puede leer como JSON ({e.Message})";
        }
        if (IsOurs(spec))
            return null;
        var display = Text(spec?["display_name"]) ?? "(sin nombre)";
        var argv = spec?["argv"] is JsonArray array ? string.Join(' ', array.Select(Text)) : "(sin argv)";
        return $"«{display}», que lanza «{argv}», en {directory}";
    }

    // Los nombres que acepta Jupyter; así además ni install ni uninstall salen nunca de la carpeta kernels/.
    private static void CheckName(string name)
    {
        if (string.IsNullOrEmpty(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw new ArgumentException(
                $"El nombre del kernel solo puede tener letras ASCII, dígitos, '-', '_' y '.', pero es '{name}'.",
                nameof(name)
            );
        if (name is "." or "..")
            throw new ArgumentException($"El nombre del kernel no puede ser '{name}'.", nameof(name));
    }

    private static bool IsOurs(JsonNode? spec) =>
        Text(spec?["metadata"]?[MarkerKey]) == MarkerValue
        // Las versiones anteriores no ponían la marca: lanzaban «dotnet …/NotebookKernel.dll».
        || (
            spec?["argv"] is JsonArray argv
            && argv.Any(a => Path.GetFileName(Text(a) ?? "") == KernelCommand.AssemblyFileName)
        );

    private static string SpecJson(string displayName, KernelCommand command)
    {
        var environment = new JsonObject();
        foreach (var (variable, value) in command.Environment)
            environment[variable] = value;
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray([
                .. command.Arguments.Append("-f").Append("{connection_file}").Select(a => JsonValue.Create(a)),
            ]),
            ["display_name"] = displayName,
            ["language"] = KernelInfo.LanguageName,
            ["interrupt_mode"] = "message",
            ["env"] = environment,
            ["metadata"] = new JsonObject { ["debugger"] = false, [MarkerKey] = MarkerValue },
        };
        return spec.ToJsonString(
            new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
        );
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static void WriteAtomically(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
