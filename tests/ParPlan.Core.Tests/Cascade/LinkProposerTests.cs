using ParPlan.Core.Cascade;

namespace ParPlan.Core.Tests.Cascade;

public class LinkProposerTests
{
    [Fact]
    public void A_child_task_is_proposed_the_most_alike_parent_task_of_its_area_and_nothing_below_the_threshold()
    {
        var inspect = new TaskText(Guid.NewGuid(), "direction", "Kiểm tra công tác CCHC tại ít nhất 30% cơ quan, đơn vị");
        var sameWordsOtherArea = new TaskText(Guid.NewGuid(), "procedures", "Tổ chức kiểm tra công tác CCHC năm 2026");
        var child = new TaskText(Guid.NewGuid(), "direction", "Tổ chức kiểm tra công tác CCHC năm 2026");
        var unrelated = new TaskText(Guid.NewGuid(), "direction", "Tổ chức đối thoại với người dân");

        var proposals = LinkProposer.Propose([child, unrelated], [inspect, sameWordsOtherArea]);

        var only = Assert.Single(proposals);
        Assert.Equal((child.Id, inspect.Id), (only.ChildTaskId, only.ParentTaskId));
        Assert.InRange(only.Score, LinkProposer.Threshold, 1);
    }
}
