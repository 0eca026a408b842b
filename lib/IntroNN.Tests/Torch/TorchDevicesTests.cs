using IntroNN.Torch;
using TorchNativeLoader;
using TorchSharp;

namespace IntroNN.Tests.Torch;

public class TorchDevicesTests
{
    [Fact]
    public void AutomaticChoiceFollowsCudaAvailability()
    {
        var choice = TorchDevices.Select(request: null);

        if (torch.cuda.is_available())
        {
            Assert.Equal(DeviceType.CUDA, choice.Device.type);
            Assert.StartsWith("Usando CUDA", choice.Reason);
        }
        else
        {
            Assert.Equal(DeviceType.CPU, choice.Device.type);
            Assert.Equal(
                "Usando CPU: torch.cuda.is_available() es falso (este paquete de TorchSharp no trae CUDA o no hay GPU).",
                choice.Reason
            );
        }
        Assert.Equal(TorchNative.EnsureLoaded(), choice.NativeNote);
        Assert.EndsWith(choice.Reason, choice.ToString());
    }

    [Theory]
    [InlineData("cpu")]
    [InlineData(" CPU ")]
    public void CpuCanAlwaysBeForced(string request)
    {
        var choice = TorchDevices.Select(request);

        Assert.Equal(DeviceType.CPU, choice.Device.type);
        Assert.Equal($"Usando CPU: lo pide INTRONN_DEVICE={request}.", choice.Reason);
    }

    [Fact]
    public void EmptyRequestMeansAutomatic()
    {
        Assert.Equal(TorchDevices.Select(null).Reason, TorchDevices.Select("  ").Reason);
    }

    [Fact]
    public void AvailableListsTheCpuFirstAndEveryGpu()
    {
        var devices = TorchDevices.Available();

        Assert.Equal(DeviceType.CPU, devices[0].type);
        Assert.Equal(1 + (torch.cuda.is_available() ? torch.cuda.device_count() : 0), devices.Count);
    }
}
