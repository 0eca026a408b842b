using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace IntroNN.Kernels;

/// <summary>
/// log s para muchos s ≥ 1 a la vez: el log Σₖ e^(zₖ − máx) de la entropía cruzada de la softmax (la suma vale entre
/// 1 y K), sin salir del bucle vectorizado del paso.
/// </summary>
/// <remarks>
/// Con s = 2ᵉ·m y m ∈ [1, 2) (el exponente y la mantisa, leídos de los bits): log s = e·ln 2 + log(1 + (m − 1)), y
/// el segundo término es <see cref="VectorLog1p.OfUnit(Vector{double})"/> con m − 1 ∈ [0, 1). ln 2 va partido en dos
/// para que e·ln 2 no pierda cifras. Solo para s finito y ≥ 1 (lo que garantiza la softmax).
/// </remarks>
internal static class VectorLog
{
    private const double Ln2High = 0.693147180369123816490;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const long MantissaBits = 0x000F_FFFF_FFFF_FFFF;
    private const long ExponentOfOne = 0x3FF0_0000_0000_0000;

    /// <summary>log s en cada componente, para s ≥ 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> OfAtLeastOne(Vector<double> s)
    {
        var bits = Vector.AsVectorInt64(s);
        var exponent = Vector.ConvertToDouble(Vector.ShiftRightArithmetic(bits, 52) - new Vector<long>(1023));
        var mantissa = Vector.AsVectorDouble((bits & new Vector<long>(MantissaBits)) | new Vector<long>(ExponentOfOne));
        var logMantissa = VectorLog1p.OfUnit(mantissa - Vector<double>.One);
        return Vector.FusedMultiplyAdd(
            exponent,
            new Vector<double>(Ln2High),
            Vector.FusedMultiplyAdd(exponent, new Vector<double>(Ln2Low), logMantissa)
        );
    }

    /// <summary>La misma cuenta con vectores de 512 bits (ver <see cref="VectorExp"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> OfAtLeastOne(Vector512<double> s)
    {
        var bits = s.AsInt64();
        var exponent = Vector512.ConvertToDouble(Vector512.ShiftRightArithmetic(bits, 52) - Vector512.Create(1023L));
        var mantissa = ((bits & Vector512.Create(MantissaBits)) | Vector512.Create(ExponentOfOne)).AsDouble();
        var logMantissa = VectorLog1p.OfUnit(mantissa - Vector512<double>.One);
        return Vector512.FusedMultiplyAdd(
            exponent,
            Vector512.Create(Ln2High),
            Vector512.FusedMultiplyAdd(exponent, Vector512.Create(Ln2Low), logMantissa)
        );
    }
}
