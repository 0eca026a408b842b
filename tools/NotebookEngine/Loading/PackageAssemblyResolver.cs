using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace NotebookEngine.Loading;

/// <summary>
/// Hace cargables las DLL y las bibliotecas nativas de los paquetes restaurados, para todo el proceso
/// (un ensamblado cargado en .NET no se descarga: lo que se registra aquí vale para todas las sesiones).
/// <list type="bullet">
/// <item>Ensamblados por nombre simple, sin mirar la versión: Plotly.NET pide FSharp.Core 5.0.0.0 y el paquete trae
/// 10.x; el cargador por defecto fallaría por la diferencia de versión de nombre fuerte.</item>
/// <item>Bibliotecas nativas de las carpetas <c>runtimes/&lt;rid&gt;/native</c> de los paquetes, vía
/// <see cref="AssemblyLoadContext.ResolvingUnmanagedDll"/> (no <c>NativeLibrary.SetDllImportResolver</c>, que solo
/// admite un resolutor por ensamblado y lo necesita el cargador de TorchSharp de la biblioteca del curso).</item>
/// </list>
/// </summary>
internal static class PackageAssemblyResolver
{
    private static readonly ConcurrentDictionary<string, string> AssembliesByName = new(
        StringComparer.OrdinalIgnoreCase
    );
    private static readonly ConcurrentDictionary<string, byte> NativeDirectories = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<AssemblyLoadContext, byte> HookedContexts = new();
    private static int s_installed;

    /// <summary>Instala los manejadores una sola vez por proceso.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref s_installed, 1) == 1)
            return;
        Hook(AssemblyLoadContext.Default);
        // Roslyn carga las referencias de los scripts en sus propios contextos: se engancha cada uno al aparecer.
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) =>
        {
            if (AssemblyLoadContext.GetLoadContext(e.LoadedAssembly) is { } context)
                Hook(context);
        };
    }

    /// <summary>Registra las DLL de ejecución de un paquete; la primera registrada con un nombre gana.</summary>
    public static void AddAssemblies(IEnumerable<string> paths)
    {
        foreach (var path in paths)
            AssembliesByName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
    }

    /// <summary>Registra carpetas donde buscar bibliotecas nativas.</summary>
    public static void AddNativeDirectories(IEnumerable<string> directories)
    {
        foreach (var directory in directories)
            NativeDirectories.TryAdd(directory, 0);
    }

    private static void Hook(AssemblyLoadContext context)
    {
        if (!HookedContexts.TryAdd(context, 0))
            return;
        context.Resolving += ResolveAssembly;
        context.ResolvingUnmanagedDll += ResolveNative;
    }

    private static Assembly? ResolveAssembly(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is null || !AssembliesByName.TryGetValue(name.Name, out var path))
            return null;
        // Si ya está cargado en algún contexto, se reutiliza: dos copias darían tipos incompatibles entre celdas.
        // Por el texto de FullName y no con GetName(): GetName() de un ensamblado satélite "es" lanza una excepción con
        // InvariantGlobalization (no puede crear la cultura).
        var loaded = AppDomain
            .CurrentDomain.GetAssemblies()
            .FirstOrDefault(a =>
                !a.IsDynamic && string.Equals(SimpleName(a), name.Name, StringComparison.OrdinalIgnoreCase)
            );
        return loaded ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
    }

    private static string SimpleName(Assembly assembly)
    {
        var fullName = assembly.FullName ?? "";
        var comma = fullName.IndexOf(',');
        return comma < 0 ? fullName : fullName[..comma];
    }

    private static IntPtr ResolveNative(Assembly requester, string libraryName)
    {
        foreach (var directory in NativeDirectories.Keys)
        {
            foreach (var candidate in NativeFileNames(libraryName))
            {
                var path = Path.Combine(directory, candidate);
                if (File.Exists(path) && NativeLibrary.TryLoad(path, out var handle))
                    return handle;
            }
        }
        return IntPtr.Zero;
    }

    private static IEnumerable<string> NativeFileNames(string libraryName)
    {
        yield return libraryName;
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            yield return libraryName + ".dll";
            yield break;
        }
        var extension = RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? ".dylib" : ".so";
        yield return libraryName + extension;
        if (!libraryName.StartsWith("lib", StringComparison.Ordinal))
        {
            yield return "lib" + libraryName + extension;
            yield return "lib" + libraryName;
        }
    }
}
