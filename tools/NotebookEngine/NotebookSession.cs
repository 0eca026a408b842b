using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NotebookEngine.Cancellation;
using NotebookEngine.Formatting;
using NotebookEngine.Pipeline;
using NotebookEngine.Scripting;
using NotebookEngine.Widgets;

namespace NotebookEngine;

/// <summary>
/// Una sesión de C# como la del kernel C# de Polyglot: cada celda se compila como continuación de las anteriores
/// (<c>CSharpScript.Create</c> y luego <c>ContinueWith</c>), así que ve sus variables, métodos y clases.
/// Resuelve <c>#r "nuget:"</c>, <c>#r "x.dll"</c> y <c>#load</c>, y produce las salidas de cada celda
/// (consola, <c>display</c>, resultado, errores) en el orden en que ocurren.
/// <para>Las celdas de una sesión se ejecutan de una en una; llamadas concurrentes esperan su turno. Cada celda pasa
/// por las etapas de <c>Pipeline/</c>: preparar, paquetes, proyectos referenciados, compilar, ejecutar bajo
/// cancelación y tiempo máximo, y formatear el resultado. Lo que toca a todo el proceso está en
/// <see cref="ProcessWideState"/>.</para>
/// </summary>
public sealed class NotebookSession : IAsyncDisposable
{
    /// <summary>
    /// El nombre del error de una celda que no paró al pedírselo (código nativo, <c>Thread.Sleep</c>): su hilo sigue
    /// vivo en el proceso. Quien pueda (el ejecutor de cuadernos) debe terminar el proceso.
    /// </summary>
    public const string CellNotStoppedName = "CellNotStopped";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SessionPackages _packages;
    private readonly ValueFormatter _formatter;
    private readonly ChartImageRenderer? _chartRenderer;
    private readonly int _cancellationSlot;
    private readonly List<string> _submissions = [];
    private ScriptOptions _scriptOptions;
    private ScriptState<object>? _state;
    private int _executions;
    private bool _callbackRunning;
    private bool _disposed;

    private NotebookSession(SessionOptions options)
    {
        Options = options;
        WorkingDirectory = Path.GetFullPath(options.WorkingDirectory);
        _scriptOptions = ScriptEnvironment.CreateOptions(WorkingDirectory);
        _packages = new SessionPackages(options);
        _cancellationSlot = CellCancellation.Allocate();
        _chartRenderer =
            options.RenderChartImages && File.Exists(options.ChromiumPath)
                ? ChartImageRenderer.Shared(options.ChromiumPath, options.Log)
                : null;
        Widgets = new WidgetHub(RunCallbackAsync, InterruptCallback);
        _formatter = new ValueFormatter(
            [
                new PlotlyChartFormatter(_chartRenderer),
                new TypeFormatterSourceFormatter(),
                new MathNetFormatter(),
                new CollectionFormatter(),
                new PlainTextFormatter(),
            ],
            Widgets
        );
        Widgets.Formatter = _formatter;
    }

    /// <summary>
    /// Los controles de la sesión (deslizadores, <c>Interact</c>...). Sin cliente conectado se muestran con su
    /// respaldo estático; el kernel conecta el suyo.
    /// </summary>
    public WidgetHub Widgets { get; }

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
    /// Espera a que acabe el calentamiento del compilador que empezó al crear la sesión
    /// (<see cref="ScriptEnvironment.StartWarmUp"/>), para que el JIT de Roslyn no lo pague la primera celda de verdad.
    /// </summary>
    /// <remarks>No compila otra celda suelta ni ocupa la sesión: antes compilaba una segunda a la vez que la del
    /// proceso (dos hilos haciendo el mismo JIT en dos núcleos) y retenía la sesión mientras tanto, así que la
    /// primera celda no podía ni resolver sus paquetes hasta que acabara. Ahora la primera celda resuelve paquetes y
    /// proyectos mientras el calentamiento sigue, y solo la compilación lo espera (ver <see cref="CellCompiler"/>).
    /// </remarks>
    public void WarmUpCompiler()
    {
        if (!_disposed)
            ScriptEnvironment.WaitForWarmUp();
    }

    /// <summary>Crea una sesión vacía. No compila nada hasta la primera celda.</summary>
    public static NotebookSession Create(SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(options.WorkingDirectory))
            throw new ArgumentException( // sin paramName, que añadiría «(Parameter 'options')» en inglés
                $"options.WorkingDirectory vale '{options.WorkingDirectory}', pero se esperaba una carpeta que exista."
            );
        ProcessWideState.RouteConsoleToCells();
        ProcessWideState.ResolvePackageAssemblies();
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

    // La celda pasa por las etapas de Pipeline/ en orden; la primera que falla pone su error y la celda acaba ahí.
    // Las órdenes mágicas que muestran algo lo hacen antes o después del código, según dónde estén en la celda.
    private async Task<bool> ExecuteCoreAsync(
        string code,
        CellContext cell,
        TimeSpan? timeout,
        CancellationToken cancellationToken
    )
    {
        var execution = ++_executions;
        var prepared = CellPreparation.Prepare(code);
        if (prepared.Failed)
            return Fail(cell, prepared.Error!);
        var source = prepared.Value!;
        var watch = Stopwatch.StartNew();
        ShowMagics(source, cell, beforeCode: true);
        var succeeded = await RunCodeAsync(source, execution, cell, timeout, cancellationToken).ConfigureAwait(false);
        if (succeeded)
            ShowMagics(source, cell, beforeCode: false);
        if (source.Magics.Any(m => m.Name == "time"))
            cell.Emit(MagicOutputs.Time(watch.Elapsed));
        return succeeded;
    }

    private void ShowMagics(CellSource source, CellContext cell, bool beforeCode)
    {
        foreach (var magic in source.Magics.Where(m => m.BeforeCode == beforeCode))
            if (MagicOutputs.For(magic, _state) is { } output)
                cell.Emit(output);
    }

    private async Task<bool> RunCodeAsync(
        CellSource source,
        int execution,
        CellContext cell,
        TimeSpan? timeout,
        CancellationToken cancellationToken
    )
    {
        StageResult<CompiledCell> compiled;
        try
        {
            var references = await _packages.AddAsync(source, cancellationToken).ConfigureAwait(false);
            if (references.Failed)
                return Fail(cell, references.Error!);
            _scriptOptions = _scriptOptions.AddReferences(references.Value!);
            // Una celda solo de paquetes, de Markdown o de órdenes mágicas no tiene nada que compilar.
            if (string.IsNullOrWhiteSpace(source.Code))
                return true;
            var buildError = await ReferencedProjects
                .BuildAsync(source.Code, WorkingDirectory, Options.ProgressLog, cancellationToken)
                .ConfigureAwait(false);
            if (buildError is not null)
                return Fail(cell, buildError);
            compiled = CellCompiler.Compile(
                source,
                CellNames.PathFor(WorkingDirectory, execution),
                _cancellationSlot,
                _scriptOptions,
                _state,
                cancellationToken
            );
        }
        catch (OperationCanceledException)
        {
            return Fail(
                cell,
                ErrorReport.Simple(
                    "CellStopped",
                    "La celda se interrumpió antes de empezar (restaurando paquetes, compilando proyectos o la celda)."
                )
            );
        }
        if (compiled.Failed)
            return Fail(cell, compiled.Error!);
        _submissions.Add(source.Code);

        ProcessWideState.EnterNotebookFolder(WorkingDirectory);
        var run = await ScriptRunner
            .RunAsync(compiled.Value!, _state, _cancellationSlot, timeout, cancellationToken)
            .ConfigureAwait(false);
        _state = run.State ?? _state;
        if (run.Stop is { } stop)
            return Fail(cell, stop);
        if (ResultStage.Format(run, compiled.Value!, _formatter) is { } output)
            cell.Emit(output);
        return run.State!.Exception is null;
    }

    // Detiene la función de un control que se esté ejecutando (lo que hace interrumpir con una celda).
    private void InterruptCallback()
    {
        if (Volatile.Read(ref _callbackRunning))
            CellCancellation.Request(_cancellationSlot);
    }

    // La función de un control, por turno con las celdas (la misma puerta) y parable como ellas. Lo que escribe va al
    // cliente tal cual, salvo que la función lo dirija a un área de salida.
    private async Task RunCallbackAsync(Action work)
    {
        if (_disposed)
            return;
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            CellCancellation.Reset(_cancellationSlot);
            Volatile.Write(ref _callbackRunning, true);
            ProcessWideState.EnterNotebookFolder(WorkingDirectory);
            await Task.Run(() => CellContext.Redirect(_formatter, Widgets.PublishCallbackOutput, work))
                .ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _callbackRunning, false);
            _gate.Release();
        }
    }

    private static bool Fail(CellContext cell, ErrorOutput error)
    {
        cell.Emit(error);
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
