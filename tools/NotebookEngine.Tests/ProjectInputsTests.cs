using DotnetBuild;

namespace NotebookEngine.Tests;

/// <summary>
/// Cuándo la salida de un proyecto está vieja sin preguntar a MSBuild (el lanzador de la orden principal y los
/// <c>#r</c> de lib/IntroNN lo usan): proyectos de mentira con fechas puestas a mano, sin compilar nada.
/// </summary>
public sealed class ProjectInputsTests : TemporaryFolder
{
    private static readonly DateTime Built = new(2026, 1, 10, 12, 0, 0, DateTimeKind.Utc);

    private readonly string _app;
    private readonly string _output;

    // App → Core → Format (y Format → App, un ciclo que no debe colgar el recorrido), todos con fuentes de antes de
    // compilar; las DLL de los tres en bin/Debug/net10.0 de App, como las deja MSBuild.
    public ProjectInputsTests()
        : base("project-inputs-")
    {
        _app = Project("App", "../Core/Core.csproj");
        Project("Core", "../Format/Format.csproj");
        Project("Format", "../App/App.csproj");
        _output = Path.Combine(Folder, "App", "bin", "Debug", "net10.0");
        Directory.CreateDirectory(_output);
        foreach (var name in (string[])["App", "Core", "Format"])
            Touch(Path.Combine(_output, name + ".dll"), Built);
        Directory.CreateDirectory(Path.Combine(Folder, "Core", "obj"));
        // Crear un archivo cambia la fecha de su carpeta: todas como si fueran de antes de compilar.
        foreach (var folder in Directory.EnumerateDirectories(Folder, "*", SearchOption.AllDirectories))
            Directory.SetLastWriteTimeUtc(folder, Built.AddHours(-1));
    }

    [Fact]
    public void Output_newer_than_every_source_is_up_to_date()
    {
        Assert.False(ProjectInputs.IsStale(_app, OutputOf("App")));
    }

    [Fact]
    public void A_missing_output_is_stale()
    {
        Assert.True(ProjectInputs.IsStale(_app, Path.Combine(_output, "Otra.dll")));
    }

    [Theory]
    [InlineData("App/Program.cs")]
    [InlineData("Core/Model/Deep.cs")] // una referencia, en una subcarpeta
    [InlineData("Format/Format.csproj")] // la referencia de la referencia
    [InlineData("Directory.Packages.props")] // reglas comunes de encima
    public void A_source_changed_after_the_build_anywhere_in_the_references_makes_it_stale(string changed)
    {
        Touch(Path.Combine(Folder, changed), Built.AddMinutes(1));

        Assert.True(ProjectInputs.IsStale(_app, OutputOf("App")));
    }

    [Fact]
    public void Deleting_a_source_file_after_the_build_makes_it_stale()
    {
        File.Delete(Path.Combine(Folder, "Core", "Model", "Deep.cs"));

        Assert.True(ProjectInputs.IsStale(_app, OutputOf("App")));
    }

    [Fact]
    public void A_reference_is_compared_with_its_own_copy_in_the_output_folder()
    {
        // Core cambió y se recompiló, pero App no (su DLL conserva la fecha vieja): está al día.
        Touch(Path.Combine(Folder, "Core", "Model", "Deep.cs"), Built.AddMinutes(1));
        Touch(OutputOf("Core"), Built.AddMinutes(2));

        Assert.False(ProjectInputs.IsStale(_app, OutputOf("App")));
    }

    [Fact]
    public void What_the_build_writes_in_bin_and_obj_does_not_count()
    {
        Touch(Path.Combine(Folder, "Core", "obj", "project.assets.json"), Built.AddMinutes(5));
        Touch(Path.Combine(Folder, "App", "bin", "Debug", "net10.0", "App.deps.json"), Built.AddMinutes(5));

        Assert.False(ProjectInputs.IsStale(_app, OutputOf("App")));
    }

    [Fact]
    public void References_are_followed_once_each_and_an_assembly_name_is_read_from_the_project()
    {
        var names = ProjectInputs.WithReferences(_app).Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(["App", "Core", "Format"], names.Order());
        File.WriteAllText(
            Path.Combine(Folder, "Otro.csproj"),
            "<Project><PropertyGroup><AssemblyName> Renombrado </AssemblyName></PropertyGroup></Project>"
        );
        Assert.Equal("Renombrado", ProjectInputs.AssemblyNameOf(Path.Combine(Folder, "Otro.csproj")));
    }

    private string OutputOf(string name) => Path.Combine(_output, name + ".dll");

    private string Project(string name, string reference)
    {
        var path = Path.Combine(Folder, name, name + ".csproj");
        Touch(path, Built.AddHours(-1));
        File.WriteAllText(
            path,
            $"""<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><ProjectReference Include="{reference}" /></ItemGroup></Project>"""
        );
        File.SetLastWriteTimeUtc(path, Built.AddHours(-1));
        Touch(Path.Combine(Folder, name, "Program.cs"), Built.AddHours(-1));
        Touch(Path.Combine(Folder, name, "Model", "Deep.cs"), Built.AddHours(-1));
        Touch(Path.Combine(Folder, "Directory.Packages.props"), Built.AddHours(-1));
        return path;
    }

    private static void Touch(string path, DateTime time)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
            File.WriteAllText(path, "");
        File.SetLastWriteTimeUtc(path, time);
    }
}
