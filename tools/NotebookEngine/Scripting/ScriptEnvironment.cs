using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace NotebookEngine.Scripting;

/// <summary>
/// Lo que una celda ve sin pedirlo: los ensamblados del framework compartido (los de ejecución, no los de
/// referencia de <c>packs/*.Ref</c>, que darían CS0518 en scripts), los <c>using</c> por defecto del kernel C# de
/// Polyglot y las funciones <c>display</c> del motor.
/// </summary>
internal static class ScriptEnvironment
{
    /// <summary>
    /// Los espacios de nombres que el kernel C# de Polyglot importa en cada celda, más los del motor
    /// (<c>x.Display()</c> y los controles: <c>FloatSlider</c>, <c>Dropdown</c>...). <c>display(x)</c> e
    /// <c>Interact(...)</c> llegan por <see cref="ScriptGlobals"/>.
    /// </summary>
    public static readonly ImmutableArray<string> DefaultImports =
    [
        "System",
        "System.Text",
        "System.Collections",
        "System.Collections.Generic",
        "System.Threading.Tasks",
        "System.Linq",
        typeof(NotebookFunctions).Namespace!,
        typeof(Widgets.Widget).Namespace!,
    ];

    /// <summary>
    /// Las opciones de análisis de toda celda, las únicas del motor: C# más reciente, tipo script (instrucciones
    /// sueltas, <c>#r</c>, <c>#load</c>) y comentarios de documentación analizados (la ayuda de <c>inspect</c> muestra
    /// los <c>///</c> de los métodos declarados en celdas).
    /// </summary>
    public static readonly CSharpParseOptions ParseOptions = new(
        LanguageVersion.Latest,
        DocumentationMode.Parse,
        SourceCodeKind.Script
    );

    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferencesLazy = new(
        LoadFrameworkReferences
    );
    private static readonly Lazy<HashSet<string>> FrameworkNamesLazy = new(() =>
        FrameworkPaths().Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.OrdinalIgnoreCase)!
    );

    /// <summary>Las referencias del framework compartido y del propio motor; se crean una vez por proceso.</summary>
    public static ImmutableArray<MetadataReference> FrameworkReferences => FrameworkReferencesLazy.Value;

    /// <summary>
    /// Si un ensamblado con ese nombre ya viene en el framework: la copia de un paquete (p. ej. System.Memory para
    /// netstandard) no se referencia, gana la del framework, como hace el SDK al compilar.
    /// </summary>
    public static bool IsFrameworkAssembly(string simpleName) => FrameworkNamesLazy.Value.Contains(simpleName);

    private static readonly Lazy<Task> WarmUpTask = new(() =>
        Task.Run(() => CSharpScript.Create("0", CreateOptions(Path.GetTempPath()), typeof(ScriptGlobals)).Compile())
    );

    /// <summary>
    /// Compila una celda vacía en segundo plano, una vez por proceso: la primera compilación de Roslyn tarda 1-2 s en
    /// JIT; así coincide con lo que pasa antes de la primera celda (restaurar paquetes, esperar a que el usuario
    /// escriba en el kernel) en vez de sumarse.
    /// </summary>
    public static void StartWarmUp() => _ = WarmUpTask.Value;

    /// <summary>Las opciones de script iniciales de una sesión con carpeta base <paramref name="workingDirectory"/>.</summary>
    public static ScriptOptions CreateOptions(string workingDirectory) =>
        ScriptOptions
            .Default.WithReferences(FrameworkReferences)
            .WithImports(DefaultImports)
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithAllowUnsafe(true)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(workingDirectory))
            .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(workingDirectory));

    private static IEnumerable<string> FrameworkPaths()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(
            Path.PathSeparator,
            StringSplitOptions.RemoveEmptyEntries
        );
        return trusted.Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDirectory, StringComparison.Ordinal));
    }

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences() =>
        [
            .. FrameworkPaths().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(ScriptEnvironment).Assembly.Location),
        ];
}
