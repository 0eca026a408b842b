using System.Buffers.Binary;
using System.Text.Json.Nodes;
using NotebookKernel.Install;

namespace NotebookKernel.Tests.Install;

public sealed class KernelSpecInstallerTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("jupyter-datos-").FullName;

    // Como lo escribe «dotnet interactive jupyter install» (.NET Interactive).
    private const string DotnetInteractiveSpec = """
        {"argv": ["dotnet", "interactive", "jupyter", "--default-kernel", "csharp", "{connection_file}",
          "--http-port-range", "2048-3000"], "display_name": ".NET (C#)", "language": "C#"}
        """;

    private static KernelCommand Tool(string path = "/opt/herramientas/csharp-kernel") =>
        new([path], new Dictionary<string, string> { ["DOTNET_ROOT"] = "/usr/share/dotnet" }, BuildFolder: null);

    private static KernelCommand FromBuild() =>
        new(
            ["dotnet", Path.Combine(AppContext.BaseDirectory, "NotebookKernel.dll")],
            new Dictionary<string, string>(),
            AppContext.BaseDirectory
        );

    [Fact]
    public void Writes_a_kernelspec_that_launches_the_tool_command()
    {
        var folder = Install("csharp-prueba", Tool("/bin/sh"));

        Assert.Equal(Path.Combine(_dataDirectory, "kernels", "csharp-prueba"), folder);
        var spec = Spec(folder);
        Assert.Equal(["/bin/sh", "-f", "{connection_file}"], Strings(spec["argv"]));
        Assert.Equal("/usr/share/dotnet", spec["env"]!["DOTNET_ROOT"]!.GetValue<string>());
        Assert.Equal("C# (.NET 10)", spec["display_name"]!.GetValue<string>());
        Assert.Equal("C#", spec["language"]!.GetValue<string>());
        Assert.Equal("message", spec["interrupt_mode"]!.GetValue<string>());
    }

    [Fact]
    public void From_a_build_folder_it_launches_dotnet_with_the_kernel_assembly()
    {
        var spec = Spec(Install("csharp-prueba", FromBuild()));

        var argv = Strings(spec["argv"]);
        Assert.Equal("dotnet", argv[0]);
        Assert.True(File.Exists(argv[1]));
        Assert.Equal(["-f", "{connection_file}"], argv[2..]);
    }

    [Fact]
    public void The_current_process_is_launched_through_an_existing_file()
    {
        var command = KernelCommand.Current();

        Assert.All(command.Arguments.Where(Path.IsPathRooted), path => Assert.True(File.Exists(path), path));
        // Estas pruebas se ejecutan desde bin/, no desde una herramienta instalada.
        Assert.NotNull(command.BuildFolder);
    }

    [Theory]
    [InlineData(32)]
    [InlineData(64)]
    public void Copies_the_logos_as_png_of_the_right_size(int size)
    {
        var folder = Install("csharp-prueba", Tool("/bin/sh"));

        var png = File.ReadAllBytes(Path.Combine(folder, $"logo-{size}x{size}.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // Cabecera IHDR: ancho y alto en big-endian en los bytes 16-23.
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void Installing_again_replaces_our_previous_spec()
    {
        Install("csharp-prueba", FromBuild());
        var folder = Install("csharp-prueba", Tool("/bin/sh"));

        Assert.Equal("/bin/sh", Strings(Spec(folder)["argv"])[0]);
        Assert.Equal(
            ["kernel.json", "logo-32x32.png", "logo-64x64.png"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order()
        );
    }

    [Fact]
    public void A_spec_from_an_earlier_version_without_the_mark_is_ours_too()
    {
        var folder = WriteSpec(
            "csharp-redes-neuronales",
            """{"argv": ["/usr/bin/dotnet", "/home/ana/repo/tools/NotebookKernel/bin/Release/net10.0/NotebookKernel.dll", "-f", "{connection_file}"], "display_name": "C# (Redes neuronales)", "language": "C#"}"""
        );

        Install("csharp-redes-neuronales", Tool("/bin/sh"));

        Assert.Equal("/bin/sh", Strings(Spec(folder)["argv"])[0]);
    }

    [Fact]
    public void Someone_elses_spec_is_left_alone_and_the_message_says_what_is_there()
    {
        var folder = WriteSpec("csharp", DotnetInteractiveSpec);

        var error = Assert.Throws<KernelSpecConflictException>(() => Install("csharp", Tool("/bin/sh")));

        Assert.Contains("«.NET (C#)»", error.Message);
        Assert.Contains("dotnet interactive jupyter", error.Message);
        Assert.Contains(folder, error.Message);
        Assert.Contains("--force", error.Message);
        Assert.Equal(DotnetInteractiveSpec, File.ReadAllText(Path.Combine(folder, "kernel.json")));
    }

    [Fact]
    public void Force_replaces_someone_elses_spec()
    {
        var folder = WriteSpec("csharp", DotnetInteractiveSpec);

        KernelSpecInstaller.Install(_dataDirectory, "csharp", "C# (.NET 10)", Tool("/bin/sh"), force: true);

        Assert.Equal("/bin/sh", Strings(Spec(folder)["argv"])[0]);
    }

    [Fact]
    public void A_folder_with_other_files_and_no_kernel_json_is_not_ours_either()
    {
        var folder = Path.Combine(_dataDirectory, "kernels", "csharp");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notas.txt"), "de otro");

        var error = Assert.Throws<KernelSpecConflictException>(() => Install("csharp", Tool("/bin/sh")));

        Assert.Contains("sin kernel.json", error.Message);
    }

    [Fact]
    public void The_polyglot_alias_is_installed_where_nobody_has_that_name()
    {
        var outcome = PolyglotAlias.Install(_dataDirectory, [], "C# (.NET 10)", Tool("/bin/sh"), force: false);

        Assert.Equal(Path.Combine(_dataDirectory, "kernels", ".net-csharp"), outcome.Folder);
        var spec = Spec(outcome.Folder!);
        Assert.Equal(["/bin/sh", "-f", "{connection_file}"], Strings(spec["argv"]));
        Assert.Contains(".net-csharp", spec["display_name"]!.GetValue<string>());
    }

    [Fact]
    public void The_polyglot_alias_respects_a_net_interactive_kernel_in_any_jupyter_folder()
    {
        var system = Directory.CreateTempSubdirectory("jupyter-sistema-").FullName;
        try
        {
            var theirs = Path.Combine(system, "kernels", ".net-csharp");
            Directory.CreateDirectory(theirs);
            File.WriteAllText(Path.Combine(theirs, "kernel.json"), DotnetInteractiveSpec);

            var skipped = PolyglotAlias.Install(_dataDirectory, [system], "C# (.NET 10)", Tool("/bin/sh"), false);
            var forced = PolyglotAlias.Install(_dataDirectory, [system], "C# (.NET 10)", Tool("/bin/sh"), true);

            Assert.Null(skipped.Folder);
            Assert.Contains(theirs, skipped.Foreign);
            Assert.Equal(Path.Combine(_dataDirectory, "kernels", ".net-csharp"), forced.Folder);
            Assert.Equal(DotnetInteractiveSpec, File.ReadAllText(Path.Combine(theirs, "kernel.json")));
        }
        finally
        {
            Directory.Delete(system, recursive: true);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("con espacios")]
    [InlineData("../fuera")]
    [InlineData("..")]
    public void Rejects_a_name_jupyter_would_not_accept(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Install(name, Tool("/bin/sh")));
        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void Uninstall_removes_our_spec_and_says_where_it_was()
    {
        var folder = Install("csharp", Tool("/bin/sh"));

        Assert.Equal(folder, KernelSpecInstaller.Uninstall(_dataDirectory, "csharp"));
        Assert.False(Directory.Exists(folder));
        Assert.Null(KernelSpecInstaller.Uninstall(_dataDirectory, "csharp")); // ya no hay nada que quitar
    }

    [Fact]
    public void Uninstall_leaves_someone_elses_spec_alone_and_says_how_to_remove_it()
    {
        var folder = WriteSpec(".net-csharp", DotnetInteractiveSpec);

        var error = Assert.Throws<KernelSpecConflictException>(() =>
            KernelSpecInstaller.Uninstall(_dataDirectory, ".net-csharp")
        );

        Assert.Contains("«.NET (C#)»", error.Message);
        Assert.Contains("jupyter kernelspec remove .net-csharp", error.Message);
        Assert.Equal(DotnetInteractiveSpec, File.ReadAllText(Path.Combine(folder, "kernel.json")));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../fuera")]
    public void Uninstall_never_leaves_the_kernels_folder(string name)
    {
        var outside = Path.Combine(_dataDirectory, "fuera");
        Directory.CreateDirectory(outside);

        Assert.Throws<ArgumentException>(() => KernelSpecInstaller.Uninstall(_dataDirectory, name));
        Assert.True(Directory.Exists(outside));
    }

    [Fact]
    public void Rejects_a_command_that_does_not_exist()
    {
        var error = Assert.Throws<ArgumentException>(() => Install("csharp-prueba", Tool("/no/existe/csharp-kernel")));
        Assert.Contains("/no/existe/csharp-kernel", error.Message);
    }

    [Fact]
    public void Prefix_installs_go_under_share_jupyter()
    {
        Assert.Equal(
            Path.Combine("/opt/entorno", "share", "jupyter"),
            JupyterPaths.PrefixDataDirectory("/opt/entorno")
        );
    }

    [Fact]
    public void Jupyter_searches_the_user_folder_and_the_system_ones()
    {
        var folders = JupyterPaths.SearchDataDirectories();

        Assert.Contains(JupyterPaths.UserDataDirectory(), folders);
        if (!OperatingSystem.IsWindows())
            Assert.Contains("/usr/share/jupyter", folders);
    }

    private string Install(string name, KernelCommand command) =>
        KernelSpecInstaller.Install(_dataDirectory, name, "C# (.NET 10)", command);

    private string WriteSpec(string name, string json)
    {
        var folder = Path.Combine(_dataDirectory, "kernels", name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "kernel.json"), json);
        return folder;
    }

    private static JsonNode Spec(string folder) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!;

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);
}
