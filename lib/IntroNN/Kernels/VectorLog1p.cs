using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace IntroNN.Kernels;

/// <summary>
/// log(1 + e) para 0 ≤ e ≤ 1, con vectores SIMD: el «softplus» log(1 + e^(−|z|)) de la entropía cruzada binaria
/// desde logits (capítulo 3), que el paso logístico calcula una vez por muestra.
/// </summary>
/// <remarks>
/// Escrita a mano, como <see cref="VectorExp"/>, para que todo el bucle del paso logístico sea código nuestro
/// compilado con optimización desde la primera llamada: <c>TensorPrimitives.LogP1</c> vive en un paquete NuGet sin
/// precompilar, y sus primeras llamadas (código de nivel 0 del JIT) hacían que los primeros pasos con 200 000 × 32
/// tardaran 60–80 ms en lugar de 6 (medido en esta máquina, capítulo 4).
/// Método: con s = e / (2 + e) ∈ [0, 1/3], log(1 + e) = 2·atanh(s) = 2s·Σₖ s²ᵏ/(2k + 1). Como s² ≤ 1/9, 17 términos
/// (hasta s³²/33) dejan el error de truncado por debajo de 10⁻¹⁷ relativo; para e diminuto sale e − e²/2 + …, sin la
/// pérdida de cifras de calcular 1 + e primero.
/// </remarks>
internal static class VectorLog1p
{
    /// <summary>log(1 + e) en cada componente; e en [0, 1]. NaN da NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> OfUnit(Vector<double> e)
    {
        var s = e / (new Vector<double>(2) + e);
        var s2 = s * s;

        // Horner de Σ s²ᵏ/(2k + 1) para k = 0..16, escrito entero: constantes que el JIT deja en registros.
        var p = new Vector<double>(1.0 / 33);
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 31));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 29));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 27));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 25));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 23));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 21));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 19));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 17));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 15));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 13));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 11));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 9));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 7));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 5));
        p = Vector.FusedMultiplyAdd(p, s2, new Vector<double>(1.0 / 3));
        p = Vector.FusedMultiplyAdd(p, s2, Vector<double>.One);
        return (s + s) * p;
    }

    /// <summary>La misma cuenta con vectores de 512 bits (ver <see cref="VectorExp"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> OfUnit(Vector512<double> e)
    {
        var s = e / (Vector512.Create(2.0) + e);
        var s2 = s * s;
        var p = Vector512.Create(1.0 / 33);
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 31));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 29));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 27));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 25));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 23));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 21));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 19));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 17));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 15));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 13));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 11));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 9));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 7));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 5));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 3));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512<double>.One);
        return (s + s) * p;
    }

    /// <summary>La misma cuenta con un solo número (para las filas que no llenan un vector).</summary>
    public static double OfUnit(double e)
    {
        double s = e / (2 + e),
            s2 = s * s,
            p = 1.0 / 33;
        for (int k = 31; k >= 1; k -= 2)
            p = Math.FusedMultiplyAdd(p, s2, 1.0 / k);
        return (s + s) * p;
    }
}
