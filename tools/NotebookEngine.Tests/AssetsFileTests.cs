using NotebookEngine.Packages;

namespace NotebookEngine.Tests;

public sealed class AssetsFileTests
{
    [Fact]
    public void Runtime_and_native_assets_of_the_rid_target_are_read()
    {
        var root = Directory.CreateTempSubdirectory("assets-").FullName;
        try
        {
            var packages = Path.Combine(root, "packages");
            Directory.CreateDirectory(Path.Combine(packages, "a", "1.0.0"));
            Directory.CreateDirectory(Path.Combine(packages, "b", "2.0.0"));
            var assets = Path.Combine(root, "project.assets.json");
            File.WriteAllText(
                assets,
                $$"""
                {
                  "version": 3,
                  "targets": {
                    "net10.0": { "A/1.0.0": { "type": "package", "runtime": { "lib/net8.0/Wrong.dll": {} } } },
                    "net10.0/linux-x64": {
                      "A/1.0.0": { "type": "package", "compile": { "ref/net8.0/A.dll": {} }, "runtime": { "lib/net8.0/A.dll": {} } },
                      "B/2.0.0": { "type": "package", "runtime": { "lib/net8.0/_._": {} },
                                   "native": { "runtimes/linux-x64/native/libb.so": {} } },
                      "Project/1.0.0": { "type": "project" }
                    }
                  },
                  "libraries": { "A/1.0.0": { "path": "a/1.0.0" }, "B/2.0.0": { "path": "b/2.0.0" } },
                  "packageFolders": { "{{packages.Replace("\\", "\\\\")}}/": {} }
                }
                """
            );
            var restored = AssetsFileReader.Read(assets, "net10.0", "linux-x64");
            Assert.Equal(["A/1.0.0", "B/2.0.0"], restored.Packages);
            Assert.Equal([Path.Combine(packages, "a", "1.0.0", "lib", "net8.0", "A.dll")], restored.RuntimeAssemblies);
            Assert.Equal(
                [Path.Combine(packages, "b", "2.0.0", "runtimes", "linux-x64", "native")],
                restored.NativeDirectories
            );
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
