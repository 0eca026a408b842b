using Microsoft.CodeAnalysis.Scripting;
using NotebookEngine.Cancellation;
using NotebookEngine.Formatting;
using NotebookEngine.Packages;
using NotebookEngine.Pipeline;
using NotebookEngine.Scripting;

namespace NotebookEngine.Tests;

/// <summary>Cada etapa de la sesión (Pipeline/) por separado, sin pasar por <see cref="NotebookSession"/>.</summary>
public sealed class PipelineTests() : TemporaryFolder("engine-etapas-")
{
    private static readonly ScriptOptions Options = ScriptEnvironment.CreateOptions(Path.GetTempPath());

    // Una ranura de cancelación propia de estas pruebas, para las celdas que no se paran.
    private static readonly int Slot = CellCancellation.Allocate();

    [Theory]
    [InlineData("#!fsharp\nlet x = 1", "KernelNotSupported")]
    [InlineData("#!about\n1 + 1", "MagicNotSupported")]
    [InlineData("#!set --name x --value @input:nombre", "MagicNotSupported")]
    public void Preparation_refuses_other_kernels_and_magic_commands(string code, string error) =>
        Assert.Equal(error, CellPreparation.Prepare(code).Error?.Name);

    [Fact]
    public void Preparation_takes_the_nuget_lines_out_and_keeps_the_line_numbers()
    {
        var prepared = CellPreparation.Prepare("#r \"nuget: Algo, 1.2.3\"\nvar x = 1;");

        Assert.False(prepared.Failed);
        Assert.Equal("\nvar x = 1;", prepared.Value!.Code);
        Assert.Equal([new PackageRequest("Algo", "1.2.3")], prepared.Value.Packages);
    }

    [Fact]
    public async Task Packages_without_nuget_lines_add_nothing_and_a_dropped_package_restores_nothing()
    {
        var packages = new SessionPackages(
            new SessionOptions
            {
                WorkingDirectory = Folder,
                PackageCacheDirectory = Path.Combine(Folder, "cache"),
                PackageRules = [new("Solo.Para.Polyglot", null, [], "no hace falta")],
            }
        );

        var none = await packages.AddAsync(CellSource.Parse("var x = 1;"), default);
        var dropped = await packages.AddAsync(CellSource.Parse("#r \"nuget: Solo.Para.Polyglot, 1.0.0\""), default);

        Assert.Empty(none.Value!);
        Assert.Empty(dropped.Value!);
        Assert.False(Directory.Exists(Path.Combine(Folder, "cache"))); // no hubo ninguna restauración
    }

    [Fact]
    public async Task A_dll_that_is_not_the_output_of_a_project_needs_no_build() =>
        Assert.Null(await ReferencedProjects.BuildAsync("#r \"suelta.dll\"", Folder, null, default));

    [Fact]
    public void The_compiler_reports_errors_at_the_line_the_user_wrote_despite_the_instrumentation()
    {
        var compiled = Compile("for (var i = 0; i < 3; i++)\n{\n    noExiste();\n}");

        Assert.True(compiled.Failed);
        Assert.Equal(3, compiled.Error!.Line);
        Assert.Equal(5, compiled.Error.Column);
    }

    [Theory]
    [InlineData("1 + 1", true)]
    [InlineData("var x = 1;", false)]
    [InlineData("Console.WriteLine(1)", false)] // void: nada que mostrar
    public void The_compiler_knows_whether_the_cell_ends_in_a_value(string code, bool showsValue) =>
        Assert.Equal(showsValue, Compile(code).Value!.ShowsValue);

    [Fact]
    public async Task The_runner_stops_a_loop_at_its_timeout_and_keeps_the_state_before_it()
    {
        var run = await RunWithTimeout("var antes = 41;\nwhile (true) { }", TimeSpan.FromMilliseconds(300));

        Assert.Equal("CellStopped", run.Stop!.Name);
        Assert.Equal("La celda superó el tiempo máximo de 0.3 s y se detuvo.", run.Stop.Message);
        Assert.NotNull(run.State);
    }

    [Fact]
    public async Task The_runner_abandons_a_cell_that_cannot_be_stopped_and_says_so()
    {
        var run = await RunWithTimeout("System.Threading.Thread.Sleep(6000);", TimeSpan.FromMilliseconds(100));

        Assert.Equal(NotebookSession.CellNotStoppedName, run.Stop!.Name);
        Assert.Contains("Thread.Sleep", run.Stop.Message);
        Assert.Null(run.State);
    }

    [Fact]
    public async Task The_result_stage_shows_the_exception_with_its_line_or_the_last_value()
    {
        var formatter = new ValueFormatter([new PlainTextFormatter()]);
        var throwing = Compile("var a = 1;\nthrow new InvalidOperationException(\"a propósito\");").Value!;
        var valued = Compile("6 * 7").Value!;

        var error = ResultStage.Format(await Run(throwing), throwing, formatter);
        var result = ResultStage.Format(await Run(valued), valued, formatter);

        var thrown = Assert.IsType<ErrorOutput>(error);
        Assert.Equal(("InvalidOperationException", 2), (thrown.Name, thrown.Line));
        Assert.Equal("42", Outputs.Text(Assert.IsType<ResultOutput>(result).Data));
    }

    private StageResult<CompiledCell> Compile(string code, int? slot = null) =>
        CellCompiler.Compile(
            CellSource.Parse(code),
            CellNames.PathFor(Folder, 1),
            slot ?? Slot,
            Options,
            null,
            default
        );

    private static Task<ScriptRun> Run(CompiledCell cell) => ScriptRunner.RunAsync(cell, null, Slot, null, default);

    // Con su propia ranura de cancelación: la que se pide parar no debe afectar a las demás pruebas.
    private async Task<ScriptRun> RunWithTimeout(string code, TimeSpan timeout)
    {
        var slot = CellCancellation.Allocate();
        try
        {
            return await ScriptRunner.RunAsync(Compile(code, slot).Value!, null, slot, timeout, default);
        }
        finally
        {
            CellCancellation.Release(slot);
        }
    }
}
