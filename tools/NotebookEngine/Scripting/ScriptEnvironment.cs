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

    /// <summary>Espera a que acabe el calentamiento (lo empieza si no había empezado): no se compila nada a la vez.</summary>
    public static void WaitForWarmUp() => WarmUpTask.Value.Wait();

    /// <summary>
    /// Las opciones de script iniciales de una sesión con carpeta base <paramref name="workingDirectory"/>.
    /// <para>
    /// El código de las celdas se compila sin optimizar (<see cref="OptimizationLevel.Debug"/>, lo mismo que
    /// Polyglot, que usa <c>ScriptOptions.Default</c>): así cada excepción dice su línea de la celda. Optimizado, el
    /// JIT junta los <c>throw</c> de sus propias comprobaciones (índice fuera del array, desbordamiento en
    /// <c>checked</c>) en un bloque compartido al final del método que no corresponde a ninguna línea, y el error de
    /// <c>a[5]</c> no decía dónde estaba. Solo afecta al código escrito en las celdas: las bibliotecas siguen
    /// optimizadas. Coste medido: los bucles escritos en una celda tardan entre 1.3 y 2.2 veces más (el «bucle por
    /// muestra» del cuaderno 4c, de 144 a 319 ms), que es lo que ve quien abre el cuaderno en Polyglot.
    /// </para>
    /// </summary>
    public static ScriptOptions CreateOptions(string workingDirectory) =>
        ScriptOptions
            .Default.WithReferences(FrameworkReferences)
            .WithImports(DefaultImports)
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithOptimizationLevel(OptimizationLevel.Debug)
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
