using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using NotebookEngine.Cancellation;
using NotebookEngine.Formatting;
using NotebookEngine.Loading;
using NotebookEngine.Packages;
using NotebookEngine.Scripting;

namespace NotebookEngine;

/// <summary>
/// Una sesión de C# como la del kernel C# de Polyglot: cada celda se compila como continuación de las anteriores
/// (<c>CSharpScript.Create</c> y luego <c>ContinueWith</c>), así que ve sus variables, métodos y clases.
/// Resuelve <c>#r "nuget:"</c>, <c>#r "x.dll"</c> y <c>#load</c>, y produce las salidas de cada celda
/// (consola, <c>display</c>, resultado, errores) en el orden en que ocurren.
/// <para>Las celdas de una sesión se ejecutan de una en una; llamadas concurrentes esperan su turno.</para>
/// </summary>
public sealed partial class NotebookSession : IAsyncDisposable
{
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(3);

    /// <summary>
    /// El nombre del error de una celda que no paró al pedírselo (código nativo, <c>Thread.Sleep</c>): su hilo sigue
    /// vivo en el proceso. Quien pueda (el ejecutor de cuadernos) debe terminar el proceso.
    /// </summary>
    public const string CellNotStoppedName = "CellNotStopped";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly PackageRestorer _restorer;
    private readonly ValueFormatter _formatter;
    private readonly ChartImageRenderer? _chartRenderer;
    private readonly int _cancellationSlot;
    private readonly List<PackageRequest> _packages = [];
    private readonly List<string> _sources = [];
    private readonly HashSet<string> _referencedPaths = new(StringComparer.Ordinal);
    private readonly List<string> _submissions = [];
    private ScriptOptions _scriptOptions;
    private ScriptState<object>? _state;
    private int _executions;
    private bool _disposed;

    private NotebookSession(SessionOptions options)
    {
        Options = options;
        WorkingDirectory = Path.GetFullPath(options.WorkingDirectory);
        _scriptOptions = ScriptEnvironment.CreateOptions(WorkingDirectory);
        _restorer = new PackageRestorer(options.PackageCacheDirectory, options.Log);
        _cancellationSlot = CellCancellation.Allocate();
        _chartRenderer =
            options.RenderChartImages && File.Exists(options.ChromiumPath)
                ? ChartImageRenderer.Shared(options.ChromiumPath, options.Log)
                : null;
        _formatter = new ValueFormatter([
            new PlotlyChartFormatter(_chartRenderer),
            new TypeFormatterSourceFormatter(),
            new MathNetFormatter(),
            new CollectionFormatter(),
            new PlainTextFormatter(),
        ]);
    }

    /// <summary>Las opciones con que se creó la sesión.</summary>
    public SessionOptions Options { get; }

    /// <summary>Carpeta del cuaderno (ruta absoluta).</summary>
    public string WorkingDirectory { get; }

    /// <summary>
    /// Las opciones de script actuales: referencias (framework, paquetes, <c>#r</c>), <c>using</c> por defecto y
    /// resolutores. Sirven para compilar código "como si fuera la siguiente celda" (completado, ayuda).
    /// </summary>
    public ScriptOptions ScriptOptions => _scriptOptions;

    /// <summary>
    /// Lo que la celda siguiente vería de la sesión (celdas compiladas, referencias, <c>using</c>, resolutores), para
    /// completar e inspeccionar código con <see cref="Editing.EditingServices"/> como si fuera esa celda.
    /// </summary>
    public Editing.ScriptContext EditingContext =>
        new(
            [.. _submissions],
            [
                .. _scriptOptions
                    .MetadataReferences.OfType<PortableExecutableReference>()
                    .Select(r => r.FilePath)
                    .OfType<string>(),
            ],
            _scriptOptions.Imports,
            GlobalsType: null,
            _scriptOptions.MetadataResolver,
            _scriptOptions.SourceResolver
        );

    /// <summary>
    /// Compila (sin ejecutar ni tocar la sesión) una celda suelta con las opciones de la sesión, para que el JIT del
    /// compilador no lo pague la primera celda de verdad.
    /// </summary>
    public void WarmUpCompiler() => CSharpScript.Create("Math.Sqrt(2.0)", _scriptOptions).Compile();

    /// <summary>Crea una sesión vacía. No compila nada hasta la primera celda.</summary>
    public static NotebookSession Create(SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(options.WorkingDirectory))
            throw new ArgumentException(
                $"La carpeta de trabajo '{options.WorkingDirectory}' no existe.",
                nameof(options)
            );
        ConsoleRouter.Install();
        PackageAssemblyResolver.Install();
        ScriptEnvironment.StartWarmUp();
        return new NotebookSession(options);
    }

    /// <summary>
    /// Ejecuta una celda. Cada salida se entrega a <paramref name="onOutput"/> en cuanto ocurre (nunca en paralelo
    /// consigo misma) y todas se devuelven en orden en el <see cref="CellResult"/>, con los trozos seguidos de consola
    /// del mismo flujo unidos. Cancelar <paramref name="cancellationToken"/> detiene la celda (tiempo agotado o
    /// interrupción): el código del usuario comprueba la cancelación en cada bucle y cada método, y la sesión sigue
    /// sirviendo para las celdas siguientes.
    /// </summary>
    public Task<CellResult> ExecuteAsync(
        string code,
        Action<CellOutput>? onOutput = null,
        CancellationToken cancellationToken = default
    ) => ExecuteAsync(code, onOutput, timeout: null, cancellationToken);

    /// <summary>
    /// Como <see cref="ExecuteAsync(string, Action{CellOutput}?, CancellationToken)"/>, con un tiempo máximo para el
    /// código de la celda: empieza a contar cuando el código empieza a ejecutarse (después de restaurar paquetes,
    /// compilar proyectos referenciados y compilar la celda), para que una restauración o un compilador aún frío no
    /// cuenten como celda colgada. Agotado, la celda se detiene con una salida
    /// <c>error</c> de nombre <c>CellStopped</c> que dice el tiempo.
    /// </summary>
    public async Task<CellResult> ExecuteAsync(
        string code,
        Action<CellOutput>? onOutput,
        TimeSpan? timeout,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(code);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var watch = Stopwatch.StartNew();
        using var cell = new CellContext(_formatter, onOutput);
        try
        {
            cell.Activate();
            var succeeded = await ExecuteCoreAsync(code, cell, timeout, cancellationToken).ConfigureAwait(false);
            return new CellResult(succeeded, cell.Complete(), watch.Elapsed);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> ExecuteCoreAsync(
        string code,
        CellContext cell,
        TimeSpan? timeout,
        CancellationToken cancellationToken
    )
    {
        var execution = ++_executions;
        var source = CellSource.Parse(code);
        if (source.ForeignKernel is { } kernel)
            return Fail(
                cell,
                "KernelNotSupported",
                $"Esta celda es para el kernel '#!{kernel}', pero este motor solo ejecuta C#. Pásala a C# o quita la celda."
            );
        if (source.UnsupportedMagic is { } magic)
            return Fail(
                cell,
                "MagicNotSupported",
                $"La orden mágica '{magic}' de Polyglot no está disponible en este motor; quítala de la celda."
            );

        try
        {
            if (!await AddPackagesAsync(source, cell, cancellationToken).ConfigureAwait(false))
                return false;
            if (!await BuildReferencedProjectsAsync(source.Code, cell, cancellationToken).ConfigureAwait(false))
                return false;
        }
        catch (OperationCanceledException)
        {
            return Fail(
                cell,
                "CellStopped",
                "La celda se interrumpió mientras se restauraban paquetes o se compilaban proyectos."
            );
        }
        using var timeoutSource = new CancellationTokenSource();
        using var stopSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        var stopToken = stopSource.Token;

        var cellPath = Path.Combine(WorkingDirectory, $"celda{execution}.csx");
        var (instrumented, map) = CancellationInjector.Inject(
            source.Code,
            _cancellationSlot,
            ScriptEnvironment.ParseOptions
        );
        var options = _scriptOptions.WithFilePath(cellPath);
        var script = _state is null
            ? CSharpScript.Create(instrumented, options, typeof(ScriptGlobals))
            : _state.Script.ContinueWith(instrumented, options);

        ImmutableArray<Diagnostic> diagnostics;
        try
        {
            diagnostics = script.Compile(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return Fail(cell, "CellStopped", "La celda se interrumpió mientras se compilaba.");
        }
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            cell.Emit(ErrorReport.FromDiagnostics(diagnostics, cellPath, source.Code, map));
            return false;
        }
        _submissions.Add(source.Code);
        var showsValue = LastExpression.HasValue(script.GetCompilation());

        Directory.SetCurrentDirectory(WorkingDirectory);
        CellCancellation.Reset(_cancellationSlot);
        if (timeout is { } limit)
            timeoutSource.CancelAfter(limit);
        ScriptState<object> state;
        try
        {
            var previous = _state;
            var run = Task.Run(() =>
                previous is null
                    ? script.RunAsync(new ScriptGlobals(), catchException: _ => true, CancellationToken.None)
                    : script.RunFromAsync(previous, catchException: _ => true, CancellationToken.None)
            );
            using (stopToken.Register(() => CellCancellation.Request(_cancellationSlot)))
            {
                var stopped = WhenStopRequestExpires(stopToken);
                if (await Task.WhenAny(run, stopped).ConfigureAwait(false) != run)
                    return Fail(
                        cell,
                        CellNotStoppedName,
                        "La celda no respondió a la orden de parar (¿espera en código nativo o en un Sleep?); "
                            + "se abandona y la sesión sigue con el estado de antes de esta celda."
                    );
            }
            state = await run.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            cell.Emit(ErrorReport.FromException(exception, cellPath, DescribeCell));
            return false;
        }
        _state = state;
        if (state.Exception is CellStoppedException)
            return Fail(cell, "CellStopped", StopMessage(timeoutSource, timeout, "y se detuvo"));
        if (state.Exception is { } thrown)
        {
            cell.Emit(ErrorReport.FromException(thrown, cellPath, DescribeCell));
            return false;
        }
        if (showsValue)
            cell.Emit(new ResultOutput(_formatter.Format(state.ReturnValue, mimeTypes: null, isResult: true)));
        return true;
    }

    private async Task<bool> AddPackagesAsync(CellSource source, CellContext cell, CancellationToken cancellationToken)
    {
        _sources.AddRange(source.Sources.Where(s => !_sources.Contains(s)));
        if (source.Packages.Count == 0)
            return true;
        var (wanted, notes, hints) = PackageRules.Apply(source.Packages, Options.PackageRules);
        foreach (var note in notes)
            Options.Log?.WriteLine(note);
        foreach (var package in wanted)
        {
            var existing = _packages.FindIndex(p => p.Name.Equals(package.Name, StringComparison.OrdinalIgnoreCase));
            if (existing < 0)
                _packages.Add(package);
            else if (_packages[existing].Version != package.Version)
                return Fail(
                    cell,
                    "PackageConflict",
                    $"El paquete '{package.Name}' ya se cargó en esta sesión con la versión {_packages[existing].VersionOrLatest}; "
                        + $"no se puede cargar además la {package.VersionOrLatest}. Reinicia la sesión para cambiar de versión."
                );
        }
        if (wanted.Count == 0)
            return true;

        RestoredPackages restored;
        try
        {
            // Se restaura el conjunto entero de paquetes de la sesión, como Polyglot: las versiones quedan coherentes.
            restored = await _restorer.RestoreAsync(_packages, _sources, cancellationToken).ConfigureAwait(false);
        }
        catch (PackageRestoreException exception)
        {
            _packages.RemoveAll(p => wanted.Contains(p));
            var message = string.Join('\n', [exception.Message, .. hints]);
            return Fail(cell, "PackageRestoreError", message);
        }

        var newAssemblies = restored
            .RuntimeAssemblies.Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Where(path => !ScriptEnvironment.IsFrameworkAssembly(Path.GetFileNameWithoutExtension(path)))
            .Where(_referencedPaths.Add)
            .ToList();
        PackageAssemblyResolver.AddAssemblies(newAssemblies);
        PackageAssemblyResolver.AddNativeDirectories(restored.NativeDirectories);
        _scriptOptions = _scriptOptions.AddReferences(
            newAssemblies.Select(path => MetadataReference.CreateFromFile(path))
        );
        return true;
    }

    private async Task<bool> BuildReferencedProjectsAsync(
        string code,
        CellContext cell,
        CancellationToken cancellationToken
    )
    {
        var root = CSharpSyntaxTree
            .ParseText(code, ScriptEnvironment.ParseOptions)
            .GetCompilationUnitRoot(cancellationToken);
        foreach (var directive in root.GetReferenceDirectives())
        {
            var file = directive.File.ValueText;
            if (!file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                continue;
            var path = Path.GetFullPath(file, WorkingDirectory);
            var error = await ProjectOutputBuilder
                .EnsureBuiltAsync(path, Options.Log, cancellationToken)
                .ConfigureAwait(false);
            if (error is not null)
                return Fail(cell, "ReferenceBuildError", error);
        }
        return true;
    }

    // Termina cuando ha pasado el margen de gracia desde que se pidió parar; nunca si no se pide.
    private static async Task WhenStopRequestExpires(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) { }
        await Task.Delay(StopGracePeriod, CancellationToken.None).ConfigureAwait(false);
    }

    private static string DescribeCell(string path)
    {
        var match = CellFileName().Match(Path.GetFileName(path));
        return match.Success ? $"la celda ejecutada en el paso {match.Groups[1].Value}" : Path.GetFileName(path);
    }

    [GeneratedRegex(@"^celda(\d+)\.csx$")]
    private static partial Regex CellFileName();

    private static string StopMessage(CancellationTokenSource timeoutSource, TimeSpan? timeout, string when) =>
        timeoutSource.IsCancellationRequested && timeout is { } limit
            ? $"La celda superó el tiempo máximo de {limit.TotalSeconds:0.###} s {when}."
            : $"La celda se interrumpió {when}.";

    private static bool Fail(CellContext cell, string name, string message)
    {
        cell.Emit(ErrorReport.Simple(name, message));
        return false;
    }

    /// <summary>
    /// Libera la ranura de cancelación. El Chromium de las imágenes se comparte entre las sesiones del proceso y se
    /// cierra al terminar el proceso.
    /// </summary>
    public ValueTask DisposeAsync()
    {
        if (_disposed)
            return ValueTask.CompletedTask;
        _disposed = true;
        CellCancellation.Request(_cancellationSlot);
        CellCancellation.Release(_cancellationSlot);
        _gate.Dispose();
        return ValueTask.CompletedTask;
    }
}
