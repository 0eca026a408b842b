using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NotebookEngine;

namespace NotebookKernel.Execution;

/// <summary>
/// PROVISIONAL: un ejecutor mínimo sobre Roslyn scripting para probar el protocolo con clientes reales mientras
/// llega <c>NotebookSession</c> del motor. Sin display, formateadores, #r "nuget:" ni interrupción de bucles.
/// </summary>
internal sealed class ScriptingExecutor : ICellExecutor
{
    private static readonly string[] Imports = ["System", "System.Linq", "System.Collections.Generic", "System.Text"];
    private readonly string[] _references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => Path.GetDirectoryName(p) == Path.GetDirectoryName(typeof(object).Assembly.Location))
        .ToArray();
    private readonly List<string> _submissions = [];
    private ScriptState<object?>? _state;

    public ScriptContext Context => new(_submissions.ToArray(), _references, Imports, null);

    public async Task<CellResult> ExecuteAsync(string code, Action<CellOutput>? onOutput, CancellationToken cancellationToken)
    {
        var outputs = new List<CellOutput>();
        void Emit(CellOutput output)
        {
            outputs.Add(output);
            onOutput?.Invoke(output);
        }
        var started = DateTime.UtcNow;
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(new EmittingWriter("stdout", Emit));
        Console.SetError(new EmittingWriter("stderr", Emit));
        try
        {
            var options = ScriptOptions.Default.WithReferences(_references).WithImports(Imports);
            _state = _state is null
                ? await CSharpScript.RunAsync(code, options, cancellationToken: cancellationToken)
                : await _state.ContinueWithAsync(code, options, cancellationToken);
            _submissions.Add(code);
            if (_state.Exception is { } thrown)
                Emit(new ErrorOutput(thrown.GetType().Name, thrown.Message, [thrown.ToString()]));
            else if (_state.ReturnValue is { } value)
                Emit(new ResultOutput(new Dictionary<string, JsonNode> { ["text/plain"] = value.ToString() ?? "" }));
        }
        catch (CompilationErrorException e)
        {
            Emit(new ErrorOutput("CompilationError", string.Join("\n", e.Diagnostics), e.Diagnostics.Select(d => d.ToString()).ToArray()));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Emit(new ErrorOutput(e.GetType().Name, e.Message, [e.ToString()]));
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
        return new CellResult(!outputs.OfType<ErrorOutput>().Any(), outputs, DateTime.UtcNow - started);
    }

    public void Dispose()
    {
    }

    private sealed class EmittingWriter(string name, Action<CellOutput> emit) : StringWriter
    {
        public override void Write(char value) => emit(new StreamOutput(name, value.ToString()));
        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value))
                emit(new StreamOutput(name, value));
        }
        public override void WriteLine(string? value) => Write(value + "\n");
    }
}
