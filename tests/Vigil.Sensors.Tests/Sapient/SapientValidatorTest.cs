using Vigil.Sensors.Sapient;

namespace Vigil.Sensors.Tests.Sapient;

public partial class SapientValidatorTest
{
    [Fact]
    public void Validate_Null_Throws() => Assert.Throws<ArgumentNullException>(() => SapientValidator.Validate(null!));
}
