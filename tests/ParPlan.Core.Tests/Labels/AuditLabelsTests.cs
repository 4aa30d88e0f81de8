using ParPlan.Core.Labels;

namespace ParPlan.Core.Tests.Labels;

public sealed class AuditLabelsTests
{
    private const string VietnameseLetters = "ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";

    [Fact]
    public void Every_entity_and_field_label_is_written_in_vietnamese()
    {
        var english = AuditLabels.AllLabels.Where(l => !l.ToLowerInvariant().Any(VietnameseLetters.Contains)).ToList();
        Assert.Empty(english);
    }

    [Theory]
    [InlineData("AppUser", "Tài khoản người dùng")]
    [InlineData("PlanTask", "Nhiệm vụ")]
    [InlineData("Unit", "Đơn vị")]
    public void Entities_are_named_as_users_know_them(string type, string label) => Assert.Equal(label, AuditLabels.Entity(type));

    [Fact]
    public void A_field_takes_its_entity_name_first_then_the_shared_one_and_never_shows_the_property_name()
    {
        Assert.Equal("Họ và tên", AuditLabels.Field("AppUser", "DisplayName"));
        Assert.Equal("Hiệu lực từ", AuditLabels.Field("Unit", "ValidFrom"));
        Assert.Equal("Trường khác", AuditLabels.Field("Unit", "SomethingNew"));
        Assert.Equal("Dữ liệu khác", AuditLabels.Entity("SomethingNew"));
    }

    [Theory]
    [InlineData("Added", "Thêm")]
    [InlineData("Modified", "Sửa")]
    [InlineData("Deleted", "Xóa")]
    public void The_three_actions_have_vietnamese_names(string action, string label) => Assert.Equal(label, AuditLabels.Action(action));
}
