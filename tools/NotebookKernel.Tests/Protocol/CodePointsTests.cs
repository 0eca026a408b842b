using System.Text;
using CsCheck;
using JupyterProtocol;
using NotebookKernel.Protocol;

namespace NotebookKernel.Tests.Protocol;

public class CodePointsTests
{
    // "x😀" + "." : el emoji es un punto de código y dos unidades UTF-16.
    private const string Text = "x😀.y";

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 4)]
    [InlineData(4, 5)]
    [InlineData(99, 5)]
    public void Code_points_to_utf16(int codePoints, int utf16)
    {
        Assert.Equal(utf16, CodePoints.ToUtf16Index(Text, codePoints));
    }

    [Fact]
    public void Utf16_to_code_points_counts_a_surrogate_pair_once()
    {
        Assert.Equal(2, CodePoints.FromUtf16Index(Text, 3));
        Assert.Equal(4, CodePoints.FromUtf16Index(Text, Text.Length));
    }

    [Fact]
    public void Round_trip_for_any_text_and_position()
    {
        Gen.Int[0, 0x10FFFF]
            .Where(Rune.IsValid)
            .Array[0, 20]
            .Select(scalars => string.Concat(scalars.Select(s => new Rune(s).ToString())))
            .Sample(text =>
            {
                int count = text.EnumerateRunes().Count();
                for (int n = 0; n <= count; n++)
                    Assert.Equal(n, CodePoints.FromUtf16Index(text, CodePoints.ToUtf16Index(text, n)));
            });
    }
}
